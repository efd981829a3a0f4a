"""The attachment viewer of the authorization center: one image (ID card, voucher) with zoom (wheel,
keys, fit) and quarter-turn rotation, or a message where there is nothing to show. GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsScene, QWidget

from widgets.common.zoom_view import ZoomView


class ImageViewer(ZoomView):
    MIN_ZOOM, MAX_ZOOM = 0.05, 12.0
    FIT_MARGIN = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authz_queue.viewer")
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setMinimumSize(240, 180)
        self.item: QGraphicsPixmapItem | None = None

    def content_rect(self) -> QRectF | None:
        return self.item.sceneBoundingRect() if self.item is not None else None

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

    # -- events ---------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_R and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.rotate_left()
        elif key == Qt.Key.Key_R:
            self.rotate_right()
        else:
            super().keyPressEvent(event)
