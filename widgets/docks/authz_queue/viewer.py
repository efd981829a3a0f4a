"""The attachment viewer of the authorization center: one image (ID card, voucher) with zoom (wheel,
keys, fit) and quarter-turn rotation, or a message where there is nothing to show. GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter, QPixmap, QResizeEvent, QTransform, QWheelEvent
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.05, 12.0


class ImageViewer(QGraphicsView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authz_queue.viewer")
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setBackgroundBrush(QColor("#0b1118"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(240, 180)
        self.item: QGraphicsPixmapItem | None = None
        self.rotation = 0  # degrees, a multiple of 90
        self.scale_factor = 1.0
        self.fit_mode = True
        self.message = ""

    # -- content --------------------------------------------------------------------------------------
    def show_image(self, image: QImage | None, message: str = "") -> None:
        self._scene.clear()
        self.item = None
        self.rotation = 0
        self.message = message
        if image is None or image.isNull():
            self._scene.setSceneRect(QRectF(0, 0, 1, 1))
            self.resetTransform()
            self.viewport().update()
            return
        self.item = self._scene.addPixmap(QPixmap.fromImage(image))
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._scene.setSceneRect(self.item.boundingRect())
        self.fit()

    def clear_image(self, message: str = "") -> None:
        self.show_image(None, message)

    # -- zoom and rotation ----------------------------------------------------------------------------
    def _apply(self) -> None:
        self.setTransform(QTransform().rotate(self.rotation).scale(self.scale_factor, self.scale_factor))

    def zoom_by(self, factor: float) -> None:
        if self.item is None:
            return
        self.fit_mode = False
        self.scale_factor = min(max(self.scale_factor * factor, MIN_ZOOM), MAX_ZOOM)
        self._apply()

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def fit(self) -> None:
        self.fit_mode = True
        if self.item is None:
            return
        rect = self.item.boundingRect()
        w, h = (rect.height(), rect.width()) if self.rotation % 180 else (rect.width(), rect.height())
        view = self.viewport().rect().adjusted(8, 8, -8, -8)
        if w <= 0 or h <= 0 or view.width() <= 0 or view.height() <= 0:
            return
        self.scale_factor = min(view.width() / w, view.height() / h, MAX_ZOOM)
        self._apply()
        self.centerOn(self.item)

    def rotate_by(self, degrees: int) -> None:
        if self.item is None:
            return
        self.rotation = (self.rotation + degrees) % 360
        if self.fit_mode:
            self.fit()
        else:
            self._apply()

    def rotate_left(self) -> None:
        self.rotate_by(-90)

    def rotate_right(self) -> None:
        self.rotate_by(90)

    # -- events ---------------------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.item is None:
            return
        self.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key == Qt.Key.Key_R and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.rotate_left()
        elif key == Qt.Key.Key_R:
            self.rotate_right()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fit_mode:
            self.fit()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # type: ignore[override]
        if self.item is not None or not self.message:
            return
        painter.save()
        painter.resetTransform()
        painter.setPen(QColor("#8d9db1"))
        painter.drawText(
            self.viewport().rect().adjusted(12, 12, -12, -12),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            self.message,
        )
        painter.restore()
