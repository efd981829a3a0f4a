"""Dark control-room and light office themes (QSS in ``resources/styles``). GUI thread."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from app.paths import RESOURCES

THEMES = ("dark", "light")
ICONS = RESOURCES / "icons"
# the icons (resources/icons/*.svg) are drawn in a light ink for the dark theme; the light theme
# draws them in a dark one
ICON_INK = "#cfd8dc"
ICON_INK_LIGHT = "#46535f"


def apply_theme(app: QApplication, name: str) -> str:
    name = name if name in THEMES else "dark"
    app.setStyle("Fusion")
    path = RESOURCES / "styles" / f"{name}.qss"
    app.setStyleSheet(path.read_text(encoding="utf-8") if path.exists() else "")
    app.setProperty("suiteTheme", name)
    return name


def set_role(widget: QWidget, prop: str, value: str) -> None:
    """Set a QSS selector property (role/state) and re-polish so the style follows."""
    widget.setProperty(prop, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    # A re-polish alone leaves a frame (a QLabel) with the box of the rule it was shown with: a pill given
    # its state once visible kept no padding and border, its text clipped at the edges. StyleChange makes
    # the frame take the new rule's box (and its size hint follow).
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))


# The floor plans (resources/floorplans/*.svg) are drawn for the dark control room; in the light
# theme each of their colours is swapped for its light counterpart (lightness inverted, amber kept
# readable), so a plan reads like the rest of the office theme.
PLAN_LIGHT = {
    "#151a21": "#e3e7ec",
    "#1b212b": "#eef1f5",
    "#1e2530": "#f6f8fa",
    "#212936": "#f1f3f7",
    "#252e3b": "#dfe4ea",
    "#2a2530": "#f5f1ea",
    "#2a323e": "#b9c1cb",
    "#2b3442": "#d0d6de",
    "#2c3a48": "#ccd4dc",
    "#33404f": "#c5cdd6",
    "#3a4452": "#c1c7d0",
    "#58657a": "#9da5b3",
    "#6b7686": "#8a939f",
    "#6c7888": "#8a939f",
    "#6fa3b8": "#4f8aa3",
    "#8f9bab": "#5e6a79",
    "#9aa6b4": "#5e6a79",
    "#b8935a": "#8a6320",
    "#c3cad4": "#4a5461",
    "#d5dbe2": "#343c46",
    "#d8dee6": "#1d2733",
}
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def is_light(palette: QPalette) -> bool:
    """Whether a widget's palette is a light one (its base colour is light)."""
    return palette.color(QPalette.ColorRole.Base).lightness() > 127


def plan_svg(svg: str, light: bool) -> bytes:
    """A floor plan's SVG text in the colours of the theme."""
    if light:
        svg = _HEX.sub(lambda m: PLAN_LIGHT.get(m.group(0).lower(), m.group(0)), svg)
    return svg.encode("utf-8")


def current_theme() -> str:
    app = QCoreApplication.instance()
    return str(app.property("suiteTheme") or "dark") if app is not None else "dark"


def themed_icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>`` in the current theme's ink."""
    path = ICONS / name
    if current_theme() != "light":
        return QIcon(str(path))
    pixmap = QPixmap()
    pixmap.loadFromData(path.read_bytes().replace(ICON_INK.encode(), ICON_INK_LIGHT.encode()), "SVG")
    return QIcon(pixmap)
