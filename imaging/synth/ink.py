"""The values on a synthetic voucher: machine-printed text (names, accounts, numbers, memos),
hand-written text (the date and the amounts, per-writer slant, size, wobble and ballpoint ink) and
the printed QR symbol. Any thread (the randomness comes from the caller's generator)."""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import cv2
import numpy as np
import zxingcpp
from numpy.typing import NDArray
from PIL import Image, ImageDraw

from imaging.synth.fonts import font_at, text_width
from imaging.synth.geometry import cv_matrix
from imaging.synth.paint import RGB, Float, image_alpha, inner_px, multiply, paint_over, smooth_noise
from imaging.templates import Box

PRINT_INK: RGB = (28, 28, 34)
_INKS: dict[str, RGB] = {"blue": (28, 50, 150), "black": (30, 30, 36)}


def print_text(
    page: Float, box: Box, text: str, s: float, role: str, rng: np.random.Generator, colour: RGB
) -> None:
    """Machine-printed text, left-aligned in the box, shrunk to fit; a small printer misalignment."""
    x0, y0, x1, y1 = inner_px(box, s)
    w, h = x1 - x0, y1 - y0
    if w <= 4 or h <= 4 or not text:
        return
    pad = 1.2 * s
    size = min(h * 0.5, 4.2 * s)
    font = font_at(role, size)
    tw = text_width(font, text)
    if tw > w - 2 * pad:
        size *= (w - 2 * pad) / tw
        font = font_at(role, size)
        tw = text_width(font, text)
    layer = Image.new("L", (w, h), 0)
    slack_x = max(0.0, w - 2 * pad - tw)
    dx = pad + rng.uniform(0, min(slack_x, 3.0 * s))
    dy = h / 2 + rng.uniform(-0.12, 0.12) * (h - size)
    ImageDraw.Draw(layer).text((dx, dy), text, font=font, fill=255, anchor="lm")
    multiply(page, image_alpha(layer), x0, y0, colour, float(rng.uniform(0.85, 0.97)))


@dataclass(frozen=True)
class Writer:
    ink: RGB
    slant: float  # shear: x += slant * (baseline - y)
    size: float  # glyph size relative to the box height
    spacing: float  # extra advance, relative
    rise: float  # baseline slope
    wobble: float  # elastic distortion, relative to the glyph size
    pressure: float  # ink density


def random_writer(ink: str, rng: np.random.Generator) -> Writer:
    base = _INKS.get(ink, _INKS["blue"])
    jitter = rng.integers(-12, 13, 3)
    colour = tuple(int(min(max(c + j, 0), 255)) for c, j in zip(base, jitter, strict=True))
    return Writer(
        ink=(colour[0], colour[1], colour[2]),
        slant=float(rng.uniform(0.08, 0.3)),
        size=float(rng.uniform(0.6, 0.74)),
        spacing=float(rng.uniform(-0.02, 0.12)),
        rise=float(rng.uniform(-0.035, 0.01)),
        wobble=float(rng.uniform(0.035, 0.055)),
        pressure=float(rng.uniform(0.8, 0.97)),
    )


def handwrite(page: Float, box: Box, text: str, s: float, writer: Writer, rng: np.random.Generator) -> None:
    """Hand-written text: per-glyph size, rotation and baseline jitter, a slant, wobbly strokes and
    uneven ballpoint ink; kept inside the box."""
    x0, y0, x1, y1 = inner_px(box, s)
    w, h = x1 - x0, y1 - y0
    if w <= 6 or h <= 6 or not text:
        return
    pad = 0.8 * s
    size = writer.size * h
    font = font_at("hand", size)
    scales = [float(v) for v in rng.normal(1.0, 0.09, len(text)).clip(0.8, 1.2)]
    advances = [text_width(font, ch) * sc * (1 + writer.spacing) for ch, sc in zip(text, scales, strict=True)]
    avail = w - 2 * pad - size * (writer.slant + 0.15)
    total = sum(advances)
    if total > avail:
        f = avail / total
        size *= f
        font = font_at("hand", size)
        advances = [
            text_width(font, ch) * sc * (1 + writer.spacing) for ch, sc in zip(text, scales, strict=True)
        ]
        total = sum(advances)
    rise = (
        writer.rise
        if abs(writer.rise * total) < 0.12 * h
        else math.copysign(0.12 * h / max(total, 1.0), writer.rise)
    )
    slack = max(0.0, avail - total)
    x = pad + size * 0.1 + rng.uniform(0, min(slack, 6.0 * s))
    baseline = h / 2 + size * 0.36 + rng.uniform(-0.08, 0.08) * max(0.0, h - size * 1.2)
    baseline -= rise * total / 2  # rising lines stay centred
    layer = np.zeros((h, w), np.float32)
    g = round(size * 2.2) + 4
    for ch, sc, adv in zip(text, scales, advances, strict=True):
        if ch.isspace():
            x += adv
            continue
        gimg = Image.new("L", (g, g), 0)
        ImageDraw.Draw(gimg).text((g / 2, g * 0.7), ch, font=font, fill=255, anchor="ms")
        glyph = image_alpha(gimg)
        gx, gy = g / 2, g * 0.7 - size * 0.38  # glyph centre
        angle = float(rng.normal(0.0, 3.5))
        dy = float(rng.normal(0.0, 0.05)) * size + rise * (x - pad)
        tx, ty = x + adv / 2, baseline + dy - size * 0.38 * sc
        a = math.radians(angle)
        c, sn = math.cos(a) * sc, math.sin(a) * sc
        aspect = float(rng.normal(1.0, 0.06))
        lin = np.array([[c, sn], [-sn, c]]) @ np.array([[aspect, -writer.slant], [0.0, 1.0 / aspect]])
        m = np.zeros((2, 3))
        m[:, :2] = lin
        m[:, 2] = np.array([tx, ty]) - lin @ np.array([gx, gy])
        warped = cv2.warpAffine(
            glyph, cv_matrix(np.vstack([m, [0, 0, 1]]))[:2], (w, h), flags=cv2.INTER_LINEAR
        )
        np.maximum(layer, np.asarray(warped, np.float32), out=layer)
        x += adv
    # wobbly strokes: a smooth displacement field with a cell smaller than a glyph
    amp = np.float32(writer.wobble * size)
    cell = max(4.0, float(size) * 0.45)
    map_x = (np.arange(w, dtype=np.float32)[None, :] + smooth_noise((h, w), cell, rng) * amp).astype(
        np.float32
    )
    map_y = (np.arange(h, dtype=np.float32)[:, None] + smooth_noise((h, w), cell, rng) * amp).astype(
        np.float32
    )
    layer = np.asarray(cv2.remap(layer, map_x, map_y, cv2.INTER_LINEAR, borderValue=0.0), np.float32)
    excess = 0.085 * float(size) - 0.42 * s  # font stroke minus a ballpoint line, px
    if excess >= 0.7:
        k = 3 if excess >= 1.6 else 2
        layer = np.asarray(cv2.erode(layer, np.ones((k, k), np.uint8)), np.float32)
    pressure = 0.8 + 0.2 * np.clip(smooth_noise((h, w), size * 0.7, rng) * 0.5 + 0.5, 0, 1)
    skips = np.clip(smooth_noise((h, w), max(2.0, 0.35 * s), rng) * 0.35 + 1.2, 0.4, 1.0)  # ballpoint skips
    pressure *= skips
    layer = np.asarray(cv2.GaussianBlur(layer * pressure, (0, 0), 0.55), np.float32)
    multiply(page, np.clip(layer * 1.15, 0, 1), x0, y0, writer.ink, writer.pressure)


@functools.lru_cache(maxsize=256)
def _qr_modules(text: str) -> NDArray[np.bool_]:
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode)
    modules = np.asarray(code.to_image(scale=1, add_quiet_zones=False), np.uint8) < 128
    modules.flags.writeable = False  # shared by the cache
    return modules


def draw_qr(page: Float, text: str, box: Box, s: float, ink: RGB = (22, 22, 26)) -> None:
    """The QR symbol (modules only) exactly on the box, anti-aliased at its edges."""
    mods = _qr_modules(text)
    n = mods.shape[0]
    x0, y0, x1, y1 = box.x * s, box.y * s, (box.x + box.w) * s, (box.y + box.h) * s
    ix0, iy0, ix1, iy1 = math.floor(x0), math.floor(y0), math.ceil(x1), math.ceil(y1)
    ss = 4  # sub-samples per pixel and axis

    def axis(i0: int, i1: int, v0: float, v1: float) -> tuple[NDArray[np.intp], NDArray[np.bool_]]:
        u = i0 + (np.arange((i1 - i0) * ss) + 0.5) / ss
        k = np.floor((u - v0) / (v1 - v0) * n).astype(np.intp)
        return np.clip(k, 0, n - 1), (k >= 0) & (k < n)

    mx, vx = axis(ix0, ix1, x0, x1)
    my, vy = axis(iy0, iy1, y0, y1)
    dark = mods[my][:, mx] & vy[:, None] & vx[None, :]
    cover = dark.reshape(iy1 - iy0, ss, ix1 - ix0, ss).mean(axis=(1, 3)).astype(np.float32)
    paint_over(page, cover, ix0, iy0, ink)
