"""Zoomable, pannable view of a floor scene (the live map, the zone editor). GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsView, QWidget

from widgets.common.zoom_view import ZoomView


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
