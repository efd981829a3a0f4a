"""Zoomable, pannable view of a floor scene (the live map, the zone editor); the scene's floor plan
follows the view's palette (light or dark theme). GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from widgets.common.plan_item import PlanItem
from widgets.common.zoom_view import ZoomView
from widgets.theme import is_light


class MapView(ZoomView):
    MIN_ZOOM, MAX_ZOOM = 0.2, 8.0
    WHEEL_STEP = 1.15

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, canvas="map")
        self.setObjectName("map.view")
        self.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    @property
    def auto_fit(self) -> bool:
        """The map's name for ``fit_mode``: keep the whole floor in view until the user zooms."""
        return self.fit_mode

    @auto_fit.setter
    def auto_fit(self, value: bool) -> None:
        self.fit_mode = value

    def setScene(self, scene: QGraphicsScene | None) -> None:
        super().setScene(scene)
        self.follow_theme()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.follow_theme()

    def follow_theme(self) -> None:
        scene = self.scene()
        if scene is None:
            return
        light = is_light(self.palette())
        for item in scene.items():
            if isinstance(item, PlanItem):
                item.follow(light=light)
