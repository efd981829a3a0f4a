"""Graphics items of the live map: zones, readers, and each zone's markers. GUI thread.

A marker is not an item: each zone's ``ZoneMarkers`` layer draws all of its markers in one
``paint``, each a sprite (a pixmap per kind, state and zoom, painted once) blitted at its slot in
screen coordinates, so a frame costs one Python loop over the floor's markers and one blit each,
whatever their number; ten thousand items would cost Qt more per frame than the drawing. Markers
drop their glyph when small on screen. In a zone roomy enough for the first layout (``LEVELS``),
from ``LABEL_LOD`` on each marker carries its label, about ``LABEL_PX`` pixels high on screen
whatever the zoom, on a dark plate and elided to its slot's width; a search match has an amber ring
and, like the selection, is drawn over the others with its label at any zoom and density.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
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
        # painted into its item cache (anew when its look changes): a frame blits it instead of
        # filling the translucent polygon again (the zones cover the floor: 9 ms of 27 a frame)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
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


class ReaderItem(QGraphicsRectItem):
    """A reader and its link state. A rect item for its bounds, answered in C++, and painted into
    its item cache: a frame makes no call into Python for it (a call into Python from the paint
    waits for the interpreter lock, which the ingest threads hold much of the time)."""

    def __init__(self, code: str, x: float, y: float) -> None:
        super().__init__(QRectF(-9, -9, 18, 18))
        self.setPen(Qt.PenStyle.NoPen)  # bounds exactly the rect (a pen would widen them)
        self.code = code
        self.state = LinkState.CONNECTING
        self.setPos(x, y)
        self.setZValue(3)
        self.setToolTip(tooltip(code))
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

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


# -- markers: every one drawn, by its zone's layer ------------------------------------------------


class Level(NamedTuple):
    """A zone's marker layout: the grid's spacing, the marker's size (a fraction of ``R``), whether
    the markers carry their labels at the normal zoom, and whether they are drawn as dots (small
    squares in their kind's colour: a few calls for the whole zone rather than a blit each)."""

    dx: float
    dy: float
    scale: float
    labels: bool
    dots: bool = False


# From the roomy grid with labels to ever denser ones: a zone takes the roomiest whose slots hold
# all of its markers (10,000 on the branch's floor need the fourth to sixth; past the last one's
# slots, markers would share them).
LEVELS = (
    Level(LABEL_W + 2, 2 * R + 4 + LABEL_PX * 1.4, 1.0, True),
    Level(2 * R + 4, 2 * R + 4, 1.0, False),
    Level(13.0, 13.0, 0.72, False),
    Level(9.0, 9.0, 0.5, False, True),
    Level(6.5, 6.5, 0.36, False, True),
    Level(4.5, 4.5, 0.25, False, True),
    Level(3.4, 3.4, 0.19, False, True),
    Level(2.6, 2.6, 0.145, False, True),
)
GLYPH_MIN_PX = 5.0  # below this disc radius on screen the kind's glyph is left out


Style = tuple[str, bool, bool, bool, bool]  # kind, stale, alert, selected, search match


def plate_text(label: str) -> str:
    """What a crowded marker's plate says: the part of its label that tells it from its neighbours
    ("客户档案 017" -> "017", "KX-003" -> "003"); names of people and things as they are. The
    tooltip, the details, the selection and a search match show the whole label."""
    tail = label.replace("-", " ").split()
    return tail[-1] if len(tail) > 1 else label


class Marker:
    """One tag on the map: what its zone's ``ZoneMarkers`` layer draws (a glyph disc, a label at
    the normal zoom in a roomy zone), not a graphics item of its own: ten thousand items cost Qt
    more per frame than the drawing itself. It answers the item calls the map and its tests make
    (``pos``, ``isVisible``, ``isSelected``, ``toolTip``, ``zValue``...)."""

    def __init__(self, tag_id: str, kind: str, label: str) -> None:
        self.tag_id = tag_id
        self.kind = kind if kind in KIND_COLORS else "unknown"
        self.label = label
        self.zone = ""
        self.highlight = False
        self.wanted = True  # the filters let it through
        self.alert = False
        self.stale = False  # no reader of its zone is connected: the position is a last known one
        self.last_seen: float | None = None
        self.layer: ZoneMarkers | None = None  # the zone layer drawing it
        self.xy = (0.0, 0.0)  # its position (plan units), as the layer's loop reads it
        self._selected = False
        self._tooltip = tooltip(f"{label} · {tag_id}")

    # the ring and the tallest label, around the marker's position
    BOUNDS = QRectF(-LABEL_W / 2 - 1, -R - 4, LABEL_W + 2, 2 * R + 8 + LABEL_MAX)

    @staticmethod
    def label_rect(lod: float = LABEL_LOD) -> QRectF:
        """Where the label plate goes at zoom ``lod``: under the disc, ``LABEL_PX`` pixels high."""
        height = min(LABEL_MAX, LABEL_PX / max(lod, 1e-3) * 1.25)
        return QRectF(-LABEL_W / 2, R + 2, LABEL_W, height)

    def boundingRect(self) -> QRectF:
        return QRectF(self.BOUNDS)

    def pos(self) -> QPointF:
        return QPointF(*self.xy)

    scenePos = pos

    def setPos(self, p: QPointF) -> None:
        self.xy = (p.x(), p.y())
        self.update()

    def scene(self) -> QGraphicsScene | None:
        return self.layer.scene() if self.layer is not None else None

    def isVisible(self) -> bool:
        """Drawn: on a floor's layer and let through by the filters."""
        return self.wanted and self.layer is not None

    def isSelected(self) -> bool:
        return self._selected

    def setSelected(self, on: bool) -> None:
        if on != self._selected:
            self._selected = on
            self.update()

    def zValue(self) -> float:
        """Search matches and the selection are drawn after (over) the other markers."""
        return 6.0 if self.highlight or self._selected else 5.0

    def toolTip(self) -> str:
        return self._tooltip

    def update(self) -> None:
        if self.layer is not None:
            self.layer.changed(self)

    def set_identity(self, kind: str, label: str) -> None:
        """Who the tag is now (the directory reloaded: a tag first seen as unknown was just imported)."""
        kind = kind if kind in KIND_COLORS else "unknown"
        if (kind, label) == (self.kind, self.label):
            return
        self.kind, self.label = kind, label
        self._tooltip = tooltip(f"{label} · {self.tag_id}")
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
        self._tooltip = tooltip(*lines)
        self.update()

    def set_highlight(self, on: bool) -> None:
        """A search match: an amber ring, drawn above the other markers."""
        if on != self.highlight:
            self.highlight = on
            self.update()

    def style(self) -> Style:
        """What its sprite depends on: kind, stale, alert, selected, search match."""
        return (self.kind, self.stale, self.alert, self._selected, self.highlight)


_SPRITES: dict[tuple[object, ...], tuple[QPixmap, int, int]] = {}
_LABELS: dict[tuple[str, int, bool], tuple[QPixmap, int]] = {}
_LABELS_MAX = 6000


def sprite(
    style: tuple[str, bool, bool, bool, bool], size: float, zoom: float, ratio: float
) -> tuple[QPixmap, int, int]:
    """The marker's picture at ``zoom`` (screen pixels per plan unit), ``size`` times ``R``: a
    pixmap and its centre's offset in pixels; painted once per style, size and zoom."""
    key = (style, size, round(zoom * 64), ratio)
    hit = _SPRITES.get(key)
    if hit is not None:
        return hit
    kind, stale, alert, selected, highlight = style
    r = R * size * zoom  # screen pixels
    half = math.ceil(r + 5)
    pm = QPixmap(int(2 * half * ratio), int(2 * half * ratio))
    pm.setDevicePixelRatio(ratio)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.translate(half, half)
    if highlight:
        p.setPen(QPen(HIGHLIGHT, 2.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QPointF(0, 0), r + 2.5, r + 2.5)
    emphasis = selected or highlight
    pen = QPen(QColor("#ffffff") if emphasis else QColor("#0b1118"), 2.0 if emphasis else 1.0)
    if stale:
        pen.setStyle(Qt.PenStyle.DashLine)
    if r < 3:
        pen.setWidthF(0.8 if not emphasis else 1.5)
    p.setPen(pen)
    p.setBrush(QColor("#ef5350") if alert else (STALE_COLOR if stale else KIND_COLORS[kind]))
    if kind == Target.ASSET:
        p.drawRoundedRect(QRectF(-r, -r, 2 * r, 2 * r), 2, 2)
    elif kind == Target.CASHBOX:
        p.drawPolygon(
            QPolygonF([QPointF(0, -r - 1), QPointF(r + 1, 0), QPointF(0, r + 1), QPointF(-r - 1, 0)])
        )
    else:
        p.drawEllipse(QPointF(0, 0), r, r)
    if r >= GLYPH_MIN_PX:
        font = QFont(MARKER_FONT)
        font.setPixelSize(max(1, round(8 * r / R)))
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor("#0b1118"))
        p.drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, KIND_GLYPH[kind])
    p.end()
    _SPRITES[key] = (pm, half, half)
    return _SPRITES[key]


def label_sprite(text: str, zoom: float, ratio: float) -> tuple[QPixmap, int]:
    """A label on its dark plate, ``LABEL_PX`` high on screen and elided to the slot's width at
    ``zoom``; the pixmap and its half width in pixels (cached; cleared when it grows past a floor)."""
    key = (text, round(zoom * 64), ratio > 1)
    hit = _LABELS.get(key)
    if hit is not None:
        return hit
    if len(_LABELS) > _LABELS_MAX:
        _LABELS.clear()
    rect = Marker.label_rect(max(zoom, 0.2))
    w, h = rect.width() * zoom, rect.height() * zoom
    font = QFont(MARKER_FONT)
    font.setPixelSize(max(1, round(h / 1.25)))
    metrics = QFontMetrics(font)
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(w) - 2)
    plate = metrics.boundingRect(shown).width() + 4
    width = math.ceil(max(plate, 1))
    pm = QPixmap(int(width * ratio) + 1, math.ceil(h * ratio) + 1)
    pm.setDevicePixelRatio(ratio)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(11, 17, 24, 190))
    p.drawRoundedRect(QRectF(0, 0, plate, h), 2, 2)
    p.setFont(font)
    p.setPen(QColor("#e6edf3"))
    p.drawText(QRectF(0, 0, plate, h), Qt.AlignmentFlag.AlignCenter, shown)
    p.end()
    _LABELS[key] = (pm, width // 2)
    return _LABELS[key]


MARKER_FONT = QFont()
Entry = tuple[float, float, QPointF, str]  # a plain marker as its layer draws it: x, y, point, label


def dot_color(style: Style) -> QColor:
    kind, stale, alert, _selected, _highlight = style
    return QColor("#ef5350") if alert else (STALE_COLOR if stale else KIND_COLORS[kind])


class ZoneMarkers(QGraphicsRectItem):
    """Every marker of one zone, drawn in one ``paint``. The layer files each marker the filters
    let through by its style (kind, stale, alert), or among the front ones (search matches and the
    selection, drawn after the rest with their labels); a change refiles only that marker. Roomy
    layouts blit each marker's cached sprite at its slot in screen coordinates (no item and no
    transform per marker), with labels where the layout has room for them at the normal zoom;
    dense ones draw each style's markers as dots, two calls for the lot."""

    def __init__(self, code: str, bounds: QRectF) -> None:
        self.bounds = bounds.adjusted(-LABEL_W / 2 - 4, -R - 6, LABEL_W / 2 + 4, R + 6 + LABEL_MAX)
        super().__init__(self.bounds)  # a rect item: its bounds answered in C++, not Python
        self.setPen(Qt.PenStyle.NoPen)
        self.code = code
        self.markers: dict[str, Marker] = {}
        self.level = LEVELS[0]
        self.drawn = 0  # markers drawn by the last paint (the bench's count)
        self.groups: dict[Style, dict[str, Entry]] = {}  # plain markers by style
        self.filed: dict[str, Style] = {}  # tag -> the style it is filed under
        self.front: dict[str, Marker] = {}  # search matches and the selection
        # each style's points (the dense layouts draw them as they are) and the tag at each index
        self.dots: dict[Style, QPolygonF] = {}
        self._dot_tags: dict[Style, list[str]] = {}
        self._dot_index: dict[str, int] = {}
        self.setZValue(5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the scene picks markers itself
        self.setAcceptHoverEvents(True)  # a pointing hand over a marker

    def add(self, marker: Marker) -> None:
        self.markers[marker.tag_id] = marker
        marker.layer = self
        self.changed(marker)

    def discard(self, marker: Marker) -> None:
        self.markers.pop(marker.tag_id, None)
        self._unfile(marker.tag_id)
        marker.layer = None
        self.update()

    def changed(self, marker: Marker) -> None:
        """Refile one marker (moved, restyled, filtered, selected) and draw anew."""
        self._unfile(marker.tag_id)
        self._file(marker)
        self.update()

    def refresh(self) -> None:
        """Refile every marker (the filters changed, or the layout)."""
        self.groups, self.filed, self.front = {}, {}, {}
        self.dots, self._dot_tags, self._dot_index = {}, {}, {}
        for m in self.markers.values():
            self._file(m)
        self.update()

    def _file(self, m: Marker) -> None:
        if not m.wanted:
            return
        if m.highlight or m._selected:
            self.front[m.tag_id] = m
            return
        style = (m.kind, m.stale, m.alert, False, False)
        point = QPointF(*m.xy)
        self.groups.setdefault(style, {})[m.tag_id] = (m.xy[0], m.xy[1], point, plate_text(m.label))
        self.filed[m.tag_id] = style
        tags = self._dot_tags.setdefault(style, [])
        self._dot_index[m.tag_id] = len(tags)
        tags.append(m.tag_id)
        self.dots.setdefault(style, QPolygonF()).append(point)

    def _unfile(self, tag: str) -> None:
        self.front.pop(tag, None)
        style = self.filed.pop(tag, None)
        if style is None:
            return
        self.groups[style].pop(tag, None)
        # out of its style's points: the last one takes its place (a change costs the same at
        # ten markers or ten thousand)
        i, tags, points = self._dot_index.pop(tag), self._dot_tags[style], self.dots[style]
        last = len(tags) - 1
        if i != last:
            tags[i] = tags[last]
            self._dot_index[tags[i]] = i
            points.swapItemsAt(i, last)
        tags.pop()
        points.removeLast()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        size = self.level.scale
        drawn = 0
        if self.level.dots:
            side = 2 * R * size * 0.9
            outline = QPen(QColor("#0b1118"), side + 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap)
            dots = [(style, points) for style, points in self.dots.items() if not points.isEmpty()]
            painter.setPen(outline)
            for _style, points in dots:
                painter.drawPoints(points)
                drawn += points.size()
            for style, points in dots:
                painter.setPen(QPen(dot_color(style), side, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap))
                painter.drawPoints(points)
        t = painter.worldTransform()
        zoom, dx, dy = t.m11(), t.dx(), t.dy()
        ratio = painter.device().devicePixelRatioF()
        painter.resetTransform()  # blit in screen pixels: no scaling per marker
        draw = painter.drawPixmap
        if not self.level.dots:
            labels = self.level.labels and zoom >= LABEL_LOD
            below = (R + 2) * zoom
            for style, group in self.groups.items():
                pm, hx, hy = sprite(style, size, zoom, ratio)
                for x, y, _point, _label in group.values():
                    draw(int(x * zoom + dx) - hx, int(y * zoom + dy) - hy, pm)
                drawn += len(group)
                if labels:
                    for x, y, _point, label in group.values():
                        plate, half = label_sprite(label, zoom, ratio)
                        draw(int(x * zoom + dx) - half, int(y * zoom + dy + below), plate)
        for m in sorted(self.front.values(), key=lambda m: m._selected):  # the selection last
            pm, hx, hy = sprite(m.style(), size, zoom, ratio)
            x, y = m.xy[0] * zoom + dx, m.xy[1] * zoom + dy
            draw(int(x) - hx, int(y) - hy, pm)
            plate, half = label_sprite(m.label, zoom, ratio)
            draw(int(x) - half, int(y + (R * size + 2) * zoom + 2), plate)
            drawn += 1
        painter.setWorldTransform(t)
        self.drawn = drawn

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if self.marker_at(event.pos()) is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.unsetCursor()

    def marker_at(self, p: QPointF) -> Marker | None:
        """The drawn marker under ``p`` (plan units): the nearest within its disc, search
        matches and the selection first (they are drawn on top)."""
        reach = R * self.level.scale + 2
        px, py = p.x(), p.y()
        best: tuple[int, float, Marker] | None = None
        for m in self.markers.values():
            x, y = m.xy
            if abs(x - px) > reach or abs(y - py) > reach or not m.wanted:
                continue
            d = math.hypot(x - px, y - py)
            if d <= reach:
                rank = (0 if m._selected or m.highlight else 1, d, m)
                if best is None or rank[:2] < best[:2]:
                    best = rank
        return best[2] if best else None
