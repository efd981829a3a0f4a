"""CJK font fallback so Chinese renders on a bare Linux box. GUI thread, once at start-up.

If Qt already knows a family that writes Simplified Chinese we use it; otherwise we register with Qt
the font file that ``app.fonts`` (the one font finder: ``resources/fonts``, fontconfig, the usual
folders) finds.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.fonts import FAMILIES, cjk_fonts

log = logging.getLogger(__name__)

PREFERRED = [*FAMILIES["sans"], "Microsoft YaHei", "PingFang SC", "SimHei"]


def _chinese_families() -> list[str]:
    return list(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def _register_cjk_file() -> str | None:
    """Register the first CJK font file Qt accepts; the family it adds (the Simplified Chinese one)."""
    tried: set[str] = set()
    for face in cjk_fonts("sans"):
        if str(face.path) in tried:
            continue
        tried.add(str(face.path))
        font_id = QFontDatabase.addApplicationFont(str(face.path))
        loaded = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if loaded:
            return face.family if face.family in loaded else next((f for f in loaded if "SC" in f), loaded[0])
    return None


def ensure_cjk_font(app: QApplication, point_size: float = 10.0) -> str | None:
    """Make a CJK-capable family the application font's first fallback; return its name."""
    families = _chinese_families()
    chosen = next((f for f in PREFERRED if f in families), None)
    if chosen is None:
        chosen = _register_cjk_file()
    if chosen is None:
        chosen = families[0] if families else None
    if chosen is None:
        log.warning("no Chinese font found: install fonts-noto-cjk or fonts-wqy-microhei")
        return None
    font = QFont(app.font())
    font.setFamilies(["Noto Sans", "DejaVu Sans", chosen])
    font.setPointSizeF(point_size)
    app.setFont(font)
    return chosen
