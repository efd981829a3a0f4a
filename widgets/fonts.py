"""CJK font fallback so Chinese renders on a bare Linux box. GUI thread, once at start-up.

If Qt already knows a family that writes Simplified Chinese we use it; otherwise we load a font
file from ``resources/fonts`` or the usual system locations (Noto CJK, WenQuanYi) explicitly.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.paths import RESOURCES

log = logging.getLogger(__name__)

PREFERRED = [
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "SimHei",
]
CANDIDATE_FILES = [
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
]


def _chinese_families() -> list[str]:
    return list(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def ensure_cjk_font(app: QApplication, point_size: float = 10.0) -> str | None:
    """Make a CJK-capable family the application font's first fallback; return its name."""
    families = _chinese_families()
    chosen = next((f for f in PREFERRED if f in families), None)
    if chosen is None:
        files = sorted((RESOURCES / "fonts").glob("*.tt[fc]")) + [Path(p) for p in CANDIDATE_FILES]
        for path in files:
            if not path.exists():
                continue
            font_id = QFontDatabase.addApplicationFont(str(path))
            loaded = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if loaded:
                chosen = next((f for f in loaded if "SC" in f), loaded[0])
                break
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
