"""The page viewer (the original image with each slice's outline, or the straightened image with the
slice boxes; wheel and key zoom, fit) and the camera's live preview pane. GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.services.capture import PageView
from widgets.common.kinds import kind_colour
from widgets.common.plain import tooltip
from widgets.common.zoom_view import ZoomView


class LabelItem(QGraphicsItem):
    """A field label tag that keeps its size on screen whatever the zoom."""

    def __init__(self, text: str, colour: QColor, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.colour = colour
        self.font = QFont()
        self.font.setPointSizeF(8.5)
        self.font.setBold(True)
        fm = QFontMetricsF(self.font)
        self.rect = QRectF(0, -fm.height() - 4, fm.horizontalAdvance(text) + 10, fm.height() + 4)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(20)

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour)
        painter.drawRoundedRect(self.rect, 3, 3)
        painter.setFont(self.font)
        painter.setPen(QColor("#0b1118"))
        painter.drawText(self.rect, int(Qt.AlignmentFlag.AlignCenter), self.text)


class PageViewer(ZoomView):
    """Shows one page; ``outlines`` holds one polygon per slice (keyed by slice name)."""

    slice_clicked = Signal(str)
    MESSAGE_SCALE = 1.2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capture.viewer")
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.pixmap_item: QGraphicsPixmapItem | None = None
        self.outlines: dict[str, QGraphicsPolygonItem] = {}
        self.labels: dict[str, LabelItem] = {}
        self.selected = ""

    def content_rect(self) -> QRectF | None:
        return self.pixmap_item.sceneBoundingRect() if self.pixmap_item is not None else None

    # -- content --------------------------------------------------------------------------------------
    def clear_page(self, message: str = "") -> None:
        self._scene.clear()
        self._scene.setSceneRect(QRectF(0, 0, 1, 1))  # no scroll bars around nothing
        self.pixmap_item = None
        self.outlines = {}
        self.labels = {}
        self.selected = ""
        self.message = message
        self.viewport().update()

    def show_image(
        self,
        image: QImage | None,
        page: PageView,
        *,
        corrected: bool,
        labels: dict[str, str],
        message: str = "",
    ) -> None:
        """The page image with one outline per slice: the slice's quad in original pixels, or its
        box in the corrected image."""
        keep = self.selected
        self.clear_page(message if image is None else "")
        if image is None:
            return
        self.pixmap_item = self._scene.addPixmap(QPixmap.fromImage(image))
        self.pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        for s in page.slices:
            if corrected:
                x, y, w, h = s.box
                points = [QPointF(x, y), QPointF(x + w, y), QPointF(x + w, y + h), QPointF(x, y + h)]
            else:
                points = [QPointF(px, py) for px, py in s.quad]
            poly = QPolygonF(points)
            colour = kind_colour(s.kind)
            pen = QPen(colour, 2)
            pen.setCosmetic(True)
            fill = QColor(colour)
            fill.setAlpha(28)
            item = self._scene.addPolygon(poly, pen, QBrush(fill))
            item.setData(0, s.name)
            item.setData(1, s.kind)
            item.setZValue(10)
            item.setToolTip(tooltip(labels.get(s.name, s.name)))
            self.outlines[s.name] = item
            label = LabelItem(labels.get(s.name, s.name), colour)
            top_left = min(points, key=lambda p: p.x() + p.y())
            label.setPos(top_left)
            self._scene.addItem(label)
            self.labels[s.name] = label
        self._scene.setSceneRect(self.pixmap_item.boundingRect().adjusted(-40, -40, 40, 40))
        if self.fit_mode:
            self.fit()
        if keep in self.outlines:
            self.select_slice(keep, scroll=False)

    def select_slice(self, name: str, *, scroll: bool = True) -> None:
        for n, item in self.outlines.items():
            colour = kind_colour(str(item.data(1)))
            chosen = n == name
            pen = QPen(colour, 4 if chosen else 2)
            pen.setCosmetic(True)
            item.setPen(pen)
            fill = QColor(colour)
            fill.setAlpha(80 if chosen else 28)
            item.setBrush(QBrush(fill))
            item.setZValue(12 if chosen else 10)
        self.selected = name if name in self.outlines else ""
        if scroll and self.selected:
            self.ensureVisible(self.outlines[name], 60, 60)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            for item in self.items(event.position().toPoint()):
                name = item.data(0)
                if isinstance(item, QGraphicsPolygonItem) and name:
                    self.select_slice(str(name), scroll=False)
                    self.slice_clicked.emit(str(name))
                    break
        super().mousePressEvent(event)


class LivePreview(QWidget):
    """The camera's latest preview frame, scaled to fit, with a live badge and the source state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capture.preview")
        self.setProperty("canvas", "image")  # the stylesheet's hook for the background
        self.setMinimumHeight(120)
        self.pixmap: QPixmap | None = None
        self.frames = 0
        self.caption = ""
        self.badge = "LIVE"

    def set_frame(self, image: QImage) -> None:
        self.pixmap = QPixmap.fromImage(image)
        self.frames += 1
        self.update()

    def clear(self) -> None:
        self.pixmap = None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        if self.pixmap is not None and not self.pixmap.isNull():
            scaled = self.pixmap.scaled(
                self.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            painter.drawPixmap(
                (self.width() - scaled.width()) // 2, (self.height() - scaled.height()) // 2, scaled
            )
        fm = QFontMetricsF(self.font())
        badge = QRectF(10, 10, fm.horizontalAdvance(self.badge) + 28, fm.height() + 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 150))
        painter.drawRoundedRect(badge, 4, 4)
        painter.setBrush(QColor("#f04a4a"))
        painter.drawEllipse(QPointF(badge.left() + 10, badge.center().y()), 4.5, 4.5)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(badge.adjusted(20, 0, 0, 0), int(Qt.AlignmentFlag.AlignVCenter), self.badge)
        if self.caption:
            cap = QRectF(10, self.height() - fm.height() - 14, self.width() - 20, fm.height() + 6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 150))
            painter.drawRoundedRect(cap, 4, 4)
            painter.setPen(QColor("#e4eaf1"))
            painter.drawText(
                cap.adjusted(8, 0, -8, 0),
                int(Qt.AlignmentFlag.AlignVCenter),
                fm.elidedText(self.caption, Qt.TextElideMode.ElideRight, cap.width() - 16),
            )
        painter.end()
