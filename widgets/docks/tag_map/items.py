"""Graphics items of the live map: zones, readers and tag markers. GUI thread.

Markers paint simple vector shapes and drop their label when zoomed far out. Each is painted once
per zoom into its item cache (a pixmap in Qt's QPixmapCache), so repainting or moving it is a blit
with no Python call; ``reserve_pixmap_cache`` grows that cache with the markers of a floor, or ten
thousand markers would evict each other's pixmaps and every frame would paint them all again.
At the map's normal zoom (from ``LABEL_LOD`` on) each marker carries its label, about ``LABEL_PX``
pixels high on screen whatever the zoom, on a dark plate and elided to its slot's width; a search
match has an amber ring and is drawn on top.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QPainter,
    QPainterPath,
    QPen,
    QPixmapCache,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.operations import Target
from app.tracking.reads import LinkState
from widgets.common.plain import tooltip

KIND_COLORS = {
    "person": QColor("#29b6f6"),
    "asset": QColor("#ffb300"),
    "cashbox": QColor("#66bb6a"),
    "vip": QColor("#ffd54f"),
    "archive": QColor("#ab47bc"),
    "unknown": QColor("#ef5350"),
}
KIND_GLYPH = {"person": "人", "asset": "资", "cashbox": "箱", "vip": "V", "archive": "档", "unknown": "?"}
STATE_COLORS = {
    LinkState.CONNECTED: QColor("#26c281"),
    LinkState.CONNECTING: QColor("#90a4ae"),
    LinkState.STALE: QColor("#ffb300"),
    LinkState.DISCONNECTED: QColor("#ef5350"),
    LinkState.STOPPED: QColor("#607d8b"),
}
R = 7.0  # marker radius in floor-plan units
LABEL_W = 38.0  # a label's width in floor-plan units (a marker slot is a little wider)
LABEL_PX = 10.0  # a label's text height on screen, in pixels
LABEL_LOD = 0.55  # below this zoom labels are dropped (only the selection and search matches keep one)
LABEL_MAX = 18.0  # the tallest label text in floor-plan units (at the lowest zoom that has labels)
HIGHLIGHT = QColor("#ffca28")  # the ring of a search match
STALE_COLOR = QColor("#78909c")  # a marker whose zone's readers are silent: last known, not live
CACHE_ZOOM = 1.1  # the pixmap cache holds every marker of a floor up to this zoom (the fitted map: 0.6-1.1)
CACHE_BASE_KB = 16 * 1024  # besides markers: the floor plan's own cache and Qt's other pixmaps


def reserve_pixmap_cache(markers: int) -> int:
    """Let QPixmapCache hold the cached pixmaps of ``markers`` markers (it only ever grows); returns
    the limit in KiB. Qt's default (10 MiB) holds about 1,500 markers at the normal zoom."""
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    side = (MarkerItem.BOUNDS.width() + 2) * CACHE_ZOOM * ratio
    need = CACHE_BASE_KB + int(markers * side * side * 4 / 1024)
    if QPixmapCache.cacheLimit() < need:
        QPixmapCache.setCacheLimit(need)
    return QPixmapCache.cacheLimit()


def stale_text(last_seen: float | None) -> str:
    """What a stale marker says: its zone's readers are offline or silent, and since when."""
    seen = datetime.fromtimestamp(last_seen).strftime("%H:%M:%S") if last_seen else "—"
    return QCoreApplication.translate("MapMarker", "Reader offline or silent: last seen %1").replace(
        "%1", seen
    )


class ZoneItem(QGraphicsPolygonItem):
    def __init__(self, code: str, polygon: QPolygonF, restricted: bool) -> None:
        super().__init__(polygon)
        self.code = code
        self.restricted = restricted
        self.occupied = 0
        self.alert = False
        self.setZValue(1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.refresh()

    def refresh(self) -> None:
        if self.alert:
            fill, edge = QColor(239, 83, 80, 70), QColor("#ef5350")
        elif self.restricted:
            fill, edge = QColor(255, 179, 0, 28 if not self.occupied else 55), QColor(255, 179, 0, 140)
        else:
            fill, edge = QColor(41, 182, 246, 10 if not self.occupied else 32), QColor(41, 182, 246, 60)
        self.setBrush(QBrush(fill))
        self.setPen(QPen(edge, 2 if self.restricted or self.alert else 1))


class ReaderItem(QGraphicsItem):
    def __init__(self, code: str, x: float, y: float) -> None:
        super().__init__()
        self.code = code
        self.state = LinkState.CONNECTING
        self.setPos(x, y)
        self.setZValue(3)
        self.setToolTip(tooltip(code))

    def boundingRect(self) -> QRectF:
        return QRectF(-9, -9, 18, 18)

    def set_state(self, state: LinkState) -> None:
        if state != self.state:
            self.state = state
            self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        color = STATE_COLORS.get(self.state, STATE_COLORS[LinkState.CONNECTING])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#0b1118"), 1.5))
        painter.setBrush(color)
        path = QPainterPath()
        path.addRoundedRect(QRectF(-6, -6, 12, 12), 2, 2)
        painter.drawPath(path)
        painter.setPen(QPen(QColor("#0b1118"), 1.2))
        for r in (2.0, 4.0):  # radio waves
            painter.drawArc(QRectF(-r, -r, 2 * r, 2 * r), 30 * 16, 120 * 16)


class MarkerItem(QGraphicsRectItem):
    """One tag on the map: a coloured glyph disc with a label below.

    A rect item only for its bounds: Qt asks every item's boundingRect() three times per frame, and
    a Python override would be 30,000 calls into Python per frame at 10,000 markers; the rect
    (``BOUNDS``, no pen) answers in C++. It is painted by ``paint`` below, never as a rectangle.
    """

    LABEL_FONT = QFont()

    def __init__(self, tag_id: str, kind: str, label: str) -> None:
        super().__init__(self.BOUNDS)
        self.setPen(Qt.PenStyle.NoPen)  # bounds exactly BOUNDS (a pen would widen them)
        self.tag_id = tag_id
        self.kind = kind if kind in KIND_COLORS else "unknown"
        self.label = label
        self.zone = ""
        self.highlight = False
        self.wanted = True  # the filters let it through (it is shown unless another covers its slot)
        self.alert = False
        self.stale = False  # no reader of its zone is connected: the position is a last known one
        self.last_seen: float | None = None
        self.setZValue(5)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        # Painted once into a pixmap per zoom level; moving or repainting is then a blit.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tooltip(f"{label} · {tag_id}"))

    def set_identity(self, kind: str, label: str) -> None:
        """Who the tag is now (the directory reloaded: a tag first seen as unknown was just imported)."""
        kind = kind if kind in KIND_COLORS else "unknown"
        if (kind, label) == (self.kind, self.label):
            return
        self.kind, self.label = kind, label
        self.setToolTip(tooltip(f"{label} · {self.tag_id}"))
        if self.stale:  # its tooltip says since when, under the new name
            stale, seen = self.stale, self.last_seen
            self.stale = False
            self.set_stale(stale, seen)
        self.update()

    def set_stale(self, stale: bool, last_seen: float | None = None) -> None:
        """Draw the marker greyed and dashed (its zone's readers are offline or silent), with its
        last seen time in the tooltip; or live again."""
        if stale == self.stale and last_seen == self.last_seen:
            return
        self.stale, self.last_seen = stale, last_seen
        lines = [f"{self.label} · {self.tag_id}"]
        if stale:
            lines.append(stale_text(last_seen))
        self.setToolTip(tooltip(*lines))
        self.update()

    # the ring and the tallest label (the item cache clips painting to it)
    BOUNDS = QRectF(-LABEL_W / 2 - 1, -R - 4, LABEL_W + 2, 2 * R + 8 + LABEL_MAX)
    SHAPE = QPainterPath()
    SHAPE.addEllipse(QPointF(0, 0), R + 1, R + 1)

    @staticmethod
    def label_rect(lod: float = LABEL_LOD) -> QRectF:
        """Where the label plate goes at zoom ``lod``: under the disc, ``LABEL_PX`` pixels high."""
        height = min(LABEL_MAX, LABEL_PX / max(lod, 1e-3) * 1.25)
        return QRectF(-LABEL_W / 2, R + 2, LABEL_W, height)

    def set_highlight(self, on: bool) -> None:
        """A search match: an amber ring, drawn above the other markers."""
        if on != self.highlight:
            self.highlight = on
            self.setZValue(6 if on else 5)
            self.update()

    def shape(self) -> QPainterPath:
        return self.SHAPE

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())  # type: ignore[attr-defined]
        color = STALE_COLOR if self.stale else KIND_COLORS[self.kind]
        selected = self.isSelected() or self.highlight
        if self.highlight:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(HIGHLIGHT, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), R + 2.5, R + 2.5)
        pen = QPen(QColor("#ffffff") if selected else QColor("#0b1118"), 2.0 if selected else 1.0)
        if self.stale:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor("#ef5350") if self.alert else color)
        if lod < 0.45:
            painter.drawRect(QRectF(-R * 0.6, -R * 0.6, R * 1.2, R * 1.2))
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.kind == Target.ASSET:
            painter.drawRoundedRect(QRectF(-R, -R, 2 * R, 2 * R), 2, 2)
        elif self.kind == Target.CASHBOX:
            painter.drawPolygon(
                QPolygonF([QPointF(0, -R - 1), QPointF(R + 1, 0), QPointF(0, R + 1), QPointF(-R - 1, 0)])
            )
        else:
            painter.drawEllipse(QPointF(0, 0), R, R)
        font = QFont(painter.font())
        font.setPixelSize(8)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#0b1118"))
        painter.drawText(QRectF(-R, -R, 2 * R, 2 * R), Qt.AlignmentFlag.AlignCenter, KIND_GLYPH[self.kind])
        if lod >= LABEL_LOD or selected:
            self._paint_label(painter, font, max(lod, 0.2))

    def _paint_label(self, painter: QPainter, font: QFont, lod: float) -> None:
        rect = self.label_rect(lod)
        font.setPixelSize(max(1, round(rect.height() / 1.25)))
        font.setBold(False)
        painter.setFont(font)
        text = painter.fontMetrics().elidedText(
            self.label, Qt.TextElideMode.ElideRight, int(rect.width()) - 2
        )
        plate = painter.fontMetrics().boundingRect(text).width() + 4
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(11, 17, 24, 190))
        painter.drawRoundedRect(QRectF(-plate / 2, rect.top(), plate, rect.height()), 2, 2)
        painter.setPen(QColor("#e6edf3"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
