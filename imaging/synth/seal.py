"""The red seal on a synthetic voucher: a round company seal with its star and the organisation
around the rim, or a bank teller's rectangular stamp with the branch and the date; uneven stamp
ink, rotated and placed inside the seal region. Any thread (the randomness comes from the caller's
generator)."""

from __future__ import annotations

import math

import cv2
import numpy as np
from PIL import Image, ImageDraw

from imaging.synth.data import VoucherData
from imaging.synth.fonts import font_at, text_width
from imaging.synth.geometry import cv_matrix, rotation_about, transform_points, translation
from imaging.synth.paint import RGB, Float, image_alpha, inner_px, multiply, smooth_noise
from imaging.templates import Region


def _star(cx: float, cy: float, r: float, angle: float = -90.0) -> list[tuple[float, float]]:
    pts = []
    for i in range(10):
        rr = r if i % 2 == 0 else r * 0.382
        a = math.radians(angle + i * 36)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


_SEAL_RED: RGB = (208, 32, 42)


def _seal_imperfect(mask: Float, rng: np.random.Generator) -> Float:
    """Real stamp ink: blotchy, uneven pressure, small dropouts, soft edges."""
    h, w = mask.shape
    blotch = np.clip(0.72 + 0.28 * smooth_noise((h, w), max(h, w) / 7, rng), 0.35, 1.0)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    a = rng.uniform(0, 2 * math.pi)
    ramp = ((xx / w - 0.5) * math.cos(a) + (yy / h - 0.5) * math.sin(a)) * float(rng.uniform(0.2, 0.5))
    speck = np.where(rng.random((h, w)) < 0.06, 0.35, 1.0).astype(np.float32)
    out = mask * blotch * (1.0 - np.clip(ramp, 0, 1)) * speck
    return np.asarray(cv2.GaussianBlur(out, (0, 0), 0.7), np.float32)


def _round_seal(org: str, caption: str, d: int) -> Float:
    img = Image.new("L", (d, d), 0)
    draw = ImageDraw.Draw(img)
    ring = max(2, round(d * 0.035))
    draw.ellipse([1, 1, d - 2, d - 2], outline=255, width=ring)
    draw.polygon(_star(d / 2, d / 2, d * 0.17), fill=255)
    n = max(len(org), 1)
    size = d * 0.15
    radius = d / 2 - ring * 1.9 - size * 0.55
    per_char = size * 1.08 / max(radius, 1.0)  # radians
    if per_char * n > math.radians(250):
        size *= math.radians(250) / (per_char * n)
        radius = d / 2 - ring * 1.9 - size * 0.55
        per_char = size * 1.08 / max(radius, 1.0)
    span = per_char * n
    font = font_at("serif_bold", size * 0.98)
    g = round(size * 1.6) + 2
    for i, ch in enumerate(org):
        theta = -span / 2 + span * (i + 0.5) / n
        glyph = Image.new("L", (g, g), 0)
        ImageDraw.Draw(glyph).text((g / 2, g / 2), ch, font=font, fill=255, anchor="mm")
        glyph = glyph.rotate(-math.degrees(theta), resample=Image.Resampling.BICUBIC)
        cx, cy = d / 2 + radius * math.sin(theta), d / 2 - radius * math.cos(theta)
        img.paste(glyph, (round(cx - g / 2), round(cy - g / 2)), glyph)
    cf = font_at("serif_bold", min(d * 0.105, d * 0.56 / max(len(caption), 1)))
    draw.text((d / 2, d * 0.76), caption, font=cf, fill=255, anchor="mm")
    return image_alpha(img)


def _rect_stamp(org: str, caption: str, date: str, w: int, h: int) -> Float:
    """A bank teller's stamp: double rounded frame, branch, date, the stamp's word."""
    img = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(img)
    lw = max(2, round(h * 0.045))
    draw.rounded_rectangle([1, 1, w - 2, h - 2], radius=h * 0.18, outline=255, width=lw)
    inset = lw * 2.2
    draw.rounded_rectangle(
        [inset, inset, w - 1 - inset, h - 1 - inset], radius=h * 0.12, outline=255, width=max(1, lw // 2)
    )
    inner_w = w - 4 * inset
    lines = (org, date, caption)
    sizes = (h * 0.2, h * 0.2, h * 0.21)
    ys = (h * 0.29, h * 0.52, h * 0.75)
    for text, size, y in zip(lines, sizes, ys, strict=True):
        role = "mono" if text is date else "serif_bold"
        font = font_at(role, size)
        tw = text_width(font, text)
        if tw > inner_w:
            font = font_at(role, size * inner_w / tw)
        draw.text((w / 2, y), text, font=font, fill=255, anchor="mm")
    return image_alpha(img)


def _rotated(mask: Float, angle: float) -> Float:
    h, w = mask.shape
    a = rotation_about(w / 2, h / 2, angle)
    corners = transform_points(a, [(0, 0), (w, 0), (w, h), (0, h)])
    lo, hi = corners.min(axis=0), corners.max(axis=0)
    a = translation(-lo[0], -lo[1]) @ a
    size = (math.ceil(hi[0] - lo[0]), math.ceil(hi[1] - lo[1]))
    return np.asarray(cv2.warpAffine(mask, cv_matrix(a)[:2], size, flags=cv2.INTER_LINEAR), np.float32)


def stamp_seal(page: Float, region: Region, data: VoucherData, s: float, rng: np.random.Generator) -> None:
    x0, y0, x1, y1 = inner_px(region.box, s)
    w, h = x1 - x0, y1 - y0
    org = data.fields.get(region.name, "")
    if w < 10 or h < 10 or not org:
        return
    if data.seal_style == "rect":
        sw = min(44.0 * s, w * 0.86)
        sh = min(sw * 0.5, h * 0.8)
        date = data.date
        if "年" in date:  # 2026年11月23日 -> 2026.11.23
            parts = date.replace("年", ".").replace("月", ".").replace("日", "")
            y, m, d = (int(p) for p in parts.split("."))
            date = f"{y:04d}.{m:02d}.{d:02d}"
        mask = _rect_stamp(org, data.seal_caption, date, round(sw), round(sh))
        angle = float(rng.uniform(-8, 8))
    else:
        d = round(min(h * 0.94, w * 0.94, 42.0 * s))
        mask = _round_seal(org, data.seal_caption, d)
        angle = float(rng.uniform(-25, 25))
    mask = _seal_imperfect(_rotated(mask, angle), rng)
    mh, mw = mask.shape
    if mw > w or mh > h:  # rotation made it too big: shrink to fit
        f = min(w / mw, h / mh)
        mask = np.asarray(
            cv2.resize(mask, (max(1, int(mw * f)), max(1, int(mh * f))), interpolation=cv2.INTER_AREA),
            np.float32,
        )
        mh, mw = mask.shape
    px = x0 + int(rng.integers(0, w - mw + 1))
    py = y0 + int(rng.integers(0, h - mh + 1))
    multiply(page, mask, px, py, _SEAL_RED, float(rng.uniform(0.7, 0.92)))
