"""One zoomable, pannable graphics view for the map, the capture page viewer and the authorization
attachment viewer: wheel and +/-/0 keys zoom and fit, the hand pans, quarter turns rotate, and a
message stands in for an empty view. GUI thread.

The view keeps its own scale and rotation (``_apply`` composes them), so zooming a rotated image
works, and ``fit_mode`` keeps the content fitted across resizes until the user zooms. Subclasses say
what to fit (``content_rect``: None while there is nothing to show). The background and the message
colour come from the palette, which the theme's stylesheet sets for ``QGraphicsView[canvas=...]``
(``canvas`` is ``"map"`` or ``"image"``): light in the light theme, dark in the dark one.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPalette, QResizeEvent, QTransform, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

NOTCH = 120  # one wheel step in angleDelta units


class ZoomView(QGraphicsView):
    ZOOM_STEP = 1.25  # the +/- keys and the zoom actions
    WHEEL_STEP = 1.25  # one wheel notch
    MIN_ZOOM, MAX_ZOOM = 0.02, 16.0
    FIT_MARGIN = 2  # px between the fitted content and the viewport's edge
    MESSAGE_SCALE = 1.0  # the message's font size, relative to the view's

    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None, *, canvas: str = "image") -> None:
        super().__init__(parent)
        self.setProperty("canvas", canvas)  # the stylesheet's hook for the background
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.fit_mode = True
        self.rotation = 0  # degrees, a multiple of 90
        self.message = ""

    # -- what is shown --------------------------------------------------------------------------------
    def content_rect(self) -> QRectF | None:
        """The scene rectangle to fit, or None when there is nothing to show (zoom does nothing)."""
        return self.sceneRect() if self.scene() is not None else None

    # -- zoom and rotation ----------------------------------------------------------------------------
    def zoom(self) -> float:
        """The current scale (screen px per scene unit), whatever the rotation."""
        t = self.transform()
        return float(math.hypot(t.m11(), t.m12()))

    def _apply(self, scale: float) -> None:
        self.setTransform(QTransform().rotate(self.rotation).scale(scale, scale))
        self.zoom_changed.emit(scale)

    def zoom_by(self, factor: float) -> None:
        if self.content_rect() is None:
            return
        self.fit_mode = False
        self._apply(min(max(self.zoom() * factor, self.MIN_ZOOM), self.MAX_ZOOM))

    def zoom_in(self) -> None:
        self.zoom_by(self.ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / self.ZOOM_STEP)

    def actual_size(self) -> None:
        self.fit_mode = False
        self._apply(1.0)

    def fit(self) -> None:
        self.fit_mode = True
        rect = self.content_rect()
        if rect is None:
            return
        w, h = (rect.height(), rect.width()) if self.rotation % 180 else (rect.width(), rect.height())
        m = self.FIT_MARGIN
        view = self.viewport().rect().adjusted(m, m, -m, -m)
        if w <= 0 or h <= 0 or view.width() <= 0 or view.height() <= 0:
            return
        self._apply(min(view.width() / w, view.height() / h, self.MAX_ZOOM))
        self.centerOn(rect.center())

    def rotate_by(self, degrees: int) -> None:
        if self.content_rect() is None:
            return
        self.rotation = (self.rotation + degrees) % 360
        if self.fit_mode:
            self.fit()
        else:
            self._apply(self.zoom())

    def rotate_left(self) -> None:
        self.rotate_by(-90)

    def rotate_right(self) -> None:
        self.rotate_by(90)

    # -- events ---------------------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / NOTCH
        if steps:
            self.zoom_by(self.WHEEL_STEP**steps)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fit_mode:
            self.fit()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawForeground(painter, rect)
        if not self.message or self.content_rect() is not None:
            return
        painter.save()
        painter.resetTransform()
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * self.MESSAGE_SCALE)
        painter.setFont(font)
        painter.drawText(
            self.viewport().rect().adjusted(16, 16, -16, -16),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            self.message,
        )
        painter.restore()
