"""A floor plan (SVG) as a graphics item that follows the theme: the plan's own dark colours in the
dark theme, their light counterparts in the light one. Used by the live map and the zone editor.
GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import QGraphicsItem

from widgets.theme import plan_svg


class PlanItem(QGraphicsSvgItem):
    def __init__(self, path: Path, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.svg = path.read_text(encoding="utf-8")
        self.renderers: dict[bool, QSvgRenderer] = {}
        self.light: bool | None = None
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.follow(light=False)

    def follow(self, *, light: bool) -> None:
        """Draw in the light or the dark colours (the view calls this when its palette changes)."""
        if light == self.light:
            return
        self.light = light
        renderer = self.renderers.get(light)
        if renderer is None:
            renderer = QSvgRenderer(QByteArray(plan_svg(self.svg, light)))
            self.renderers[light] = renderer
        self.setSharedRenderer(renderer)
        self.update()
