"""The fonts the synthetic vouchers are drawn with, as Pillow faces at a pixel size. Any thread
(faces are cached per thread: FreeType faces are not shared across threads).

The files come from ``app.fonts`` (the one font finder), by role: sans, sans_bold, serif,
serif_bold, mono, hand.
"""

from __future__ import annotations

import threading

from PIL import ImageFont

from app.fonts import cjk_font

_thread_fonts = threading.local()


def font_at(role: str, px: float) -> ImageFont.FreeTypeFont:
    """A font at ``px`` pixels per em, cached per thread (FreeType faces are not shared across threads)."""
    cache: dict[tuple[str, int], ImageFont.FreeTypeFont] | None = getattr(_thread_fonts, "cache", None)
    if cache is None:
        cache = {}
        _thread_fonts.cache = cache
    size = max(6, round(px))
    key = (role, size)
    font = cache.get(key)
    if font is None:
        if len(cache) > 400:
            cache.clear()
        face = cjk_font(role)
        font = ImageFont.truetype(
            str(face.path), size, index=face.index, layout_engine=ImageFont.Layout.BASIC
        )
        cache[key] = font
    return font


def text_width(font: ImageFont.FreeTypeFont, text: str) -> float:
    return float(font.getlength(text))
