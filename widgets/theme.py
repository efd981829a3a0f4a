"""Dark control-room and light office themes (QSS in ``resources/styles``). GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from app.paths import RESOURCES

THEMES = ("dark", "light")


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
