"""Raster helpers of the synthetic vouchers: millimetres to pixels, ink over paper (multiply and
normal blends of an alpha mask), smooth noise and paper grain. Any thread (pure functions; the
randomness comes from the caller's generator)."""

from __future__ import annotations

import math
from collections.abc import Sequence

import cv2
import numpy as np
from numpy.typing import NDArray
from PIL import Image

from imaging.templates import Box, Template

BGR = NDArray[np.uint8]
Float = NDArray[np.float32]
RGB = tuple[int, int, int]

MM_PER_INCH = 25.4


def px_per_mm(dpi: float) -> float:
    return dpi / MM_PER_INCH


def page_size(template: Template, dpi: float) -> tuple[int, int]:
    s = px_per_mm(dpi)
    return round(template.width_mm * s), round(template.height_mm * s)


def smooth_noise(shape: tuple[int, int], cell: float, rng: np.random.Generator) -> Float:
    """Smooth random field, about N(0, 1), varying over ``cell`` pixels."""
    h, w = shape
    gh, gw = max(2, math.ceil(h / max(cell, 1.0)) + 2), max(2, math.ceil(w / max(cell, 1.0)) + 2)
    coarse = rng.standard_normal((gh, gw)).astype(np.float32)
    return np.asarray(cv2.resize(coarse, (w, h), interpolation=cv2.INTER_CUBIC), np.float32)


def paper_grain(h: int, w: int, sigma: float, rng: np.random.Generator) -> Float:
    """Fine sensor/paper grain: a random 256-px tile repeated (cheap; the repeat is invisible)."""
    tile = rng.standard_normal((min(h, 256), min(w, 256)), dtype=np.float32) * np.float32(sigma)
    reps = (math.ceil(h / tile.shape[0]), math.ceil(w / tile.shape[1]))
    return np.asarray(np.tile(tile, reps)[:h, :w], np.float32)


def u8_alpha(alpha: NDArray[np.uint8]) -> Float:
    return alpha.astype(np.float32) * np.float32(1.0 / 255.0)


def image_alpha(img: Image.Image) -> Float:
    return np.asarray(img, np.float32) * (1.0 / 255.0)


def multiply(
    page: Float, alpha: Float, x: int, y: int, colour: Sequence[float], strength: float = 1.0
) -> None:
    """Ink of ``colour`` over the paper (multiply blend), ``alpha`` placed with its top-left at (x, y)."""
    ph, pw = page.shape[:2]
    h, w = alpha.shape
    x0, y0, x1, y1 = max(x, 0), max(y, 0), min(x + w, pw), min(y + h, ph)
    if x0 >= x1 or y0 >= y1:
        return
    a = alpha[y0 - y : y1 - y, x0 - x : x1 - x, None] * strength
    absorb = 1.0 - np.asarray(colour, np.float32) / 255.0
    page[y0:y1, x0:x1] *= 1.0 - a * absorb


def paint_over(page: Float, alpha: Float, x: int, y: int, colour: Sequence[float]) -> None:
    """Opaque paint (normal blend)."""
    ph, pw = page.shape[:2]
    h, w = alpha.shape
    x0, y0, x1, y1 = max(x, 0), max(y, 0), min(x + w, pw), min(y + h, ph)
    if x0 >= x1 or y0 >= y1:
        return
    a = alpha[y0 - y : y1 - y, x0 - x : x1 - x, None]
    page[y0:y1, x0:x1] = page[y0:y1, x0:x1] * (1.0 - a) + np.asarray(colour, np.float32) * a


def inner_px(box: Box, s: float) -> tuple[int, int, int, int]:
    """The whole pixels inside a mm box: x0, y0, x1, y1 (exclusive)."""
    return (
        math.ceil(box.x * s),
        math.ceil(box.y * s),
        math.floor((box.x + box.w) * s),
        math.floor((box.y + box.h) * s),
    )
