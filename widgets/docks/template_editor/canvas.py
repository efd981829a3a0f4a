"""The template canvas: the voucher page at scale (1 mm = ``PX_PER_MM`` scene units, the corrected
image's 200 dpi, so a straightened sample lines up one to one), the regions and the QR box as
rectangles that move by dragging and resize by their handles, and a drawing mode in which a drag
draws a new region. Delete removes the selected region. GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QPainter,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from imaging.pipeline import OUT_DPI
from imaging.templates import Box
from widgets.common.kinds import kind_colour
from widgets.common.plain import tooltip
from widgets.common.zoom_view import ZoomView
from widgets.docks.template_editor.draft import MIN_MM, TemplateDraft, clamp_box

PX_PER_MM = OUT_DPI / 25.4
QR_KEY = -1  # the QR box's key among the region items
HANDLE_PX = 9.0  # on screen
# handle positions: (x, y) as fractions of the box; the edges each one moves
HANDLES = (
    (0.0, 0.0),
    (0.5, 0.0),
    (1.0, 0.0),
    (1.0, 0.5),
    (1.0, 1.0),
    (0.5, 1.0),
    (0.0, 1.0),
    (0.0, 0.5),
)
CURSORS = (
    Qt.CursorShape.SizeFDiagCursor,
    Qt.CursorShape.SizeVerCursor,
    Qt.CursorShape.SizeBDiagCursor,
    Qt.CursorShape.SizeHorCursor,
    Qt.CursorShape.SizeFDiagCursor,
    Qt.CursorShape.SizeVerCursor,
    Qt.CursorShape.SizeBDiagCursor,
    Qt.CursorShape.SizeHorCursor,
)


def mm_rect(x: float, y: float, w: float, h: float) -> QRectF:
    return QRectF(x * PX_PER_MM, y * PX_PER_MM, w * PX_PER_MM, h * PX_PER_MM)


class RegionItem(QGraphicsItem):
    """One region (or the QR box): its rectangle in scene units, label, handles when selected."""

    def __init__(self, canvas: TemplateCanvas, key: int, kind: str, label: str, rect: QRectF) -> None:
        super().__init__()
        self.canvas = canvas
        self.key = key
        self.kind = kind
        self.label = label
        self.rect = rect
        self.square = key == QR_KEY
        self._drag: tuple[int, QPointF, QRectF] | None = None  # handle (-1: move), start, rect
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setAcceptHoverEvents(True)
        self.setZValue(20 if self.square else 10)
        self.setCursor(Qt.CursorShape.SizeAllCursor)

    # -- geometry -----------------------------------------------------------------------------------
    def _scale(self) -> float:
        views = self.scene().views() if self.scene() is not None else []
        return float(views[0].transform().m11()) if views else 1.0

    def _handle_size(self) -> float:
        return HANDLE_PX / max(self._scale(), 1e-6)

    def handle_rects(self) -> list[QRectF]:
        s = self._handle_size()
        r = self.rect
        return [
            QRectF(r.left() + fx * r.width() - s / 2, r.top() + fy * r.height() - s / 2, s, s)
            for fx, fy in HANDLES
        ]

    def boundingRect(self) -> QRectF:
        s = self._handle_size()
        return self.rect.adjusted(-s, -s * 4, s, s)

    def set_rect(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self.rect = rect
        self.update()

    def handle_at(self, pos: QPointF) -> int:
        if not self.isSelected():
            return -1
        for i, h in enumerate(self.handle_rects()):
            if h.adjusted(-2, -2, 2, 2).contains(pos):
                return i
        return -1

    # -- painting -----------------------------------------------------------------------------------
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        colour = QColor("#ffffff") if self.square else kind_colour(self.kind)
        selected = self.isSelected()
        pen = QPen(QColor("#ffb300") if selected else colour, 2.5 if selected else 1.8)
        pen.setCosmetic(True)
        if self.square:
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setColor(QColor("#ffb300") if selected else QColor("#1fc7d4"))
        fill = QColor(colour if not self.square else QColor("#1fc7d4"))
        fill.setAlpha(70 if selected else 35)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawRect(self.rect)
        # the label, constant size on screen, above the top-left corner
        scale = max(self._scale(), 1e-6)
        painter.save()
        painter.translate(self.rect.topLeft())
        painter.scale(1 / scale, 1 / scale)
        font = QFont()
        font.setPointSizeF(8.5)
        font.setBold(True)
        fm = QFontMetricsF(font)
        tag = QRectF(0, -fm.height() - 4, fm.horizontalAdvance(self.label) + 10, fm.height() + 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#ffb300") if selected else (QColor("#1fc7d4") if self.square else colour))
        painter.drawRoundedRect(tag, 3, 3)
        painter.setFont(font)
        painter.setPen(QColor("#0b1118"))
        painter.drawText(tag, int(Qt.AlignmentFlag.AlignCenter), self.label)
        painter.restore()
        if selected:
            painter.setPen(QPen(QColor("#0b1118"), 0))
            painter.setBrush(QColor("#ffb300"))
            for h in self.handle_rects():
                painter.drawRect(h)

    # -- interaction ----------------------------------------------------------------------------------
    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.setZValue(25 if value else (20 if self.square else 10))  # its handles on top
        return super().itemChange(change, value)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        handle = self.handle_at(event.pos())
        self.setCursor(CURSORS[handle] if handle >= 0 else Qt.CursorShape.SizeAllCursor)
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.canvas.drawing:
            event.ignore()
            return
        if not self.isSelected():
            self.canvas.clearSelection()
            self.setSelected(True)
        self._drag = (self.handle_at(event.pos()), event.scenePos(), QRectF(self.rect))
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag is None:
            return
        handle, start, rect = self._drag
        d = event.scenePos() - start
        if handle < 0:
            r = rect.translated(d)
        else:
            fx, fy = HANDLES[handle]
            left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
            if fx == 0.0:
                left += d.x()
            elif fx == 1.0:
                right += d.x()
            if fy == 0.0:
                top += d.y()
            elif fy == 1.0:
                bottom += d.y()
            r = QRectF(QPointF(left, top), QPointF(right, bottom)).normalized()
            if self.square:  # the opposite corner stays; the side follows the dragged edge(s)
                if fx == 0.5:
                    side = r.height()
                elif fy == 0.5:
                    side = r.width()
                else:
                    side = max(r.width(), r.height())
                r = QRectF(
                    rect.right() - side if fx == 0.0 else rect.left(),
                    rect.bottom() - side if fy == 0.0 else rect.top(),
                    side,
                    side,
                )
        self.canvas.item_dragged(self, r, moving=handle < 0)
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag is not None:
            self._drag = None
            self.canvas.item_released(self)
        event.accept()


class TemplateCanvas(QGraphicsScene):
    """The scene. Emits ``box_changed(key)`` after a region moved or resized (the draft is already
    updated), ``drawn(x, y, w, h)`` in mm when a new region was dragged out, ``selected(key)``
    (0: none) and ``delete_requested(key)``."""

    box_changed = Signal(int)
    drawn = Signal(float, float, float, float)
    selected = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft = TemplateDraft()
        self.items_by_key: dict[int, RegionItem] = {}
        self.labels: dict[int, str] = {}
        self.paper: QGraphicsRectItem | None = None
        self.sample: QGraphicsPixmapItem | None = None
        self.results: list[QGraphicsItem] = []
        self.drawing = False
        self._draw_start: QPointF | None = None
        self._rubber: QGraphicsRectItem | None = None
        self.selectionChanged.connect(self._selection_changed)

    # -- content --------------------------------------------------------------------------------------
    def set_draft(self, draft: TemplateDraft, labels: dict[int, str], qr_label: str) -> None:
        """Show a template: the page, the sample (kept when the page size is unchanged), the boxes."""
        self.draft = draft
        for item in list(self.items_by_key.values()):
            self.removeItem(item)
        self.items_by_key = {}
        self.clear_results()
        if self.paper is not None:
            self.removeItem(self.paper)
        w, h = draft.width_mm * PX_PER_MM, draft.height_mm * PX_PER_MM
        self.paper = self.addRect(QRectF(0, 0, w, h), QPen(QColor("#5b6b80"), 0), QBrush(QColor("#fbfaf5")))
        self.paper.setZValue(-10)
        self.setSceneRect(QRectF(-60, -60, w + 120, h + 120))
        self._fit_sample()
        if draft.qr is not None:
            q = draft.qr
            self._add_item(QR_KEY, "qr", qr_label, mm_rect(q.x, q.y, q.w, q.h))
        for r in draft.regions:
            self._add_item(r.key, r.kind, labels.get(r.key, r.name), mm_rect(r.x, r.y, r.w, r.h))

    def _add_item(self, key: int, kind: str, label: str, rect: QRectF) -> RegionItem:
        item = RegionItem(self, key, kind, label, rect)
        self.addItem(item)
        self.items_by_key[key] = item
        return item

    def add_region(self, key: int, label: str) -> RegionItem:
        r = self.draft.region(key)
        return self._add_item(key, r.kind, label, mm_rect(r.x, r.y, r.w, r.h))

    def remove_region(self, key: int) -> None:
        item = self.items_by_key.pop(key, None)
        if item is not None:
            self.removeItem(item)

    def refresh(self, key: int, label: str) -> None:
        """The draft's region (or QR box) changed elsewhere (the table or the form)."""
        item = self.items_by_key.get(key)
        if key == QR_KEY:
            q = self.draft.qr
            if q is None:
                if item is not None:
                    self.remove_region(key)
                return
            if item is None:
                item = self._add_item(QR_KEY, "qr", label, mm_rect(q.x, q.y, q.w, q.h))
            item.set_rect(mm_rect(q.x, q.y, q.w, q.h))
        elif item is not None:
            r = self.draft.region(key)
            item.kind = r.kind
            item.set_rect(mm_rect(r.x, r.y, r.w, r.h))
        if item is not None:
            item.label = label
            item.update()

    def select_key(self, key: int) -> None:
        item = self.items_by_key.get(key)
        if item is None or item.isSelected():
            return
        self.clearSelection()
        item.setSelected(True)
        for view in self.views():
            view.ensureVisible(item, 40, 40)

    def selected_key(self) -> int:
        chosen = [i for i in self.selectedItems() if isinstance(i, RegionItem)]
        return chosen[0].key if chosen else 0

    def _selection_changed(self) -> None:
        self.selected.emit(self.selected_key())

    # -- sample and test results -------------------------------------------------------------------------
    def set_sample(self, image: QImage | None) -> None:
        if self.sample is not None:
            self.removeItem(self.sample)
            self.sample = None
        if image is not None and not image.isNull():
            self.sample = self.addPixmap(QPixmap.fromImage(image))
            self.sample.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            self.sample.setZValue(-5)
            self._fit_sample()

    def _fit_sample(self) -> None:
        """Stretch the sample over the page (a straightened sample already has the page's size)."""
        if self.sample is None:
            return
        size = self.sample.pixmap().size()
        w, h = self.draft.width_mm * PX_PER_MM, self.draft.height_mm * PX_PER_MM
        if size.width() and size.height():
            self.sample.setTransform(QTransform.fromScale(w / size.width(), h / size.height()))

    def show_results(self, boxes: list[tuple[str, tuple[int, int, int, int]]]) -> None:
        """Where a test run cut the slices (boxes in the corrected image's pixels = scene units)."""
        self.clear_results()
        pen = QPen(QColor("#39d98a"), 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        for name, (x, y, w, h) in boxes:
            item = self.addRect(QRectF(x, y, w, h), pen, QBrush(QColor(57, 217, 138, 40)))
            item.setZValue(30)
            item.setToolTip(tooltip(name))
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.results.append(item)

    def clear_results(self) -> None:
        for item in self.results:
            self.removeItem(item)
        self.results = []

    # -- editing ----------------------------------------------------------------------------------------
    def page_rect(self) -> QRectF:
        return QRectF(0, 0, self.draft.width_mm * PX_PER_MM, self.draft.height_mm * PX_PER_MM)

    def item_dragged(self, item: RegionItem, rect: QRectF, *, moving: bool) -> None:
        """Keep the box on the page, at least 1 mm; write it into the draft."""
        x, y, w, h = (v / PX_PER_MM for v in (rect.x(), rect.y(), rect.width(), rect.height()))
        if moving:
            w, h = item.rect.width() / PX_PER_MM, item.rect.height() / PX_PER_MM
        bx, by, bw, bh = clamp_box(x, y, w, h, self.draft.width_mm, self.draft.height_mm)
        if item.square:
            side = min(bw, bh)
            self.draft.qr = Box(bx, by, side, side)
            bw = bh = side
        else:
            region = self.draft.region(item.key)
            region.x, region.y, region.w, region.h = bx, by, bw, bh
        item.set_rect(mm_rect(bx, by, bw, bh))
        self.box_changed.emit(item.key)

    def item_released(self, item: RegionItem) -> None:
        self.box_changed.emit(item.key)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.drawing and event.button() == Qt.MouseButton.LeftButton:
            p = self._on_page(event.scenePos())
            self._draw_start = p
            pen = QPen(QColor("#ffb300"), 2, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            self._rubber = self.addRect(QRectF(p, p), pen, QBrush(QColor(255, 179, 0, 50)))
            self._rubber.setZValue(40)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._draw_start is not None and self._rubber is not None:
            self._rubber.setRect(QRectF(self._draw_start, self._on_page(event.scenePos())).normalized())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._draw_start is not None and self._rubber is not None:
            rect = self._rubber.rect()
            self.removeItem(self._rubber)
            self._rubber = None
            self._draw_start = None
            x, y, w, h = (v / PX_PER_MM for v in (rect.x(), rect.y(), rect.width(), rect.height()))
            if w >= MIN_MM and h >= MIN_MM:
                self.drawn.emit(*clamp_box(x, y, w, h, self.draft.width_mm, self.draft.height_mm))
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def _on_page(self, p: QPointF) -> QPointF:
        r = self.page_rect()
        return QPointF(min(max(p.x(), r.left()), r.right()), min(max(p.y(), r.top()), r.bottom()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = self.selected_key()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and key > 0:
            self.delete_requested.emit(key)
            event.accept()
            return
        super().keyPressEvent(event)


class TemplateView(ZoomView):
    """The canvas view: wheel zoom under the mouse, fit on resize until the user zooms; the mouse
    draws and moves regions (no hand drag)."""

    WHEEL_STEP = 1.2
    MIN_ZOOM, MAX_ZOOM = 0.05, 12.0

    def __init__(self, scene: TemplateCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(scene)
        self.setObjectName("templates.view")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setMouseTracking(True)

    def content_rect(self) -> QRectF | None:
        scene = self.scene()
        return scene.page_rect().adjusted(-30, -40, 30, 30) if isinstance(scene, TemplateCanvas) else None
