"""One floor plan as a graphics scene: the plan, its zones, readers and the markers of whoever is
in them. GUI thread.

Every marker is drawn. Markers sit on fixed slots of a grid clipped to their zone's polygon, nearest
the middle first; a marker keeps its slot while it stays, so the map does not reshuffle on every
change, and each zone keeps a heap of its freed slots: a change costs the same whether the floor
holds ten markers or ten thousand. A zone takes the roomiest layout (``LEVELS``: spacing, marker
size, labels) whose slots hold all its markers; it goes denser when they outgrow it and back when
they fit the roomier one again with a margin (no flapping), and then lays its markers out anew in
their slot order. Past the densest layout's last slot markers share slots. Each zone's markers are
drawn by its ``ZoneMarkers`` layer; the scene finds the marker under a click or a tooltip itself.

A marker in a zone none of whose readers is connected (all stale, disconnected or stopped) is
drawn stale, with the readers' last frame as its "last seen"; it turns live again when a reader
of its zone reconnects. A zone's readers are those in it and those with an antenna covering it
(``ReaderInfo.covers``); a reader is drawn on the floor of its own zone.

A selected tag's trail runs from zone to zone through the doors of the floor (``FloorPaths``).
"""

from __future__ import annotations

import heapq
import math

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QToolTip,
)

from app.paths import RESOURCES
from app.tracking.directory import FloorPlanInfo, ReaderInfo, TagInfo, ZoneInfo
from app.tracking.floorpaths import FloorPaths, door_points_from_svg
from app.tracking.reads import LinkState, ReaderStatus
from widgets.common.plan_item import PlanItem
from widgets.docks.tag_map.items import LEVELS, Level, Marker, ReaderItem, ZoneItem, ZoneMarkers

SLOT = 17.0  # the marker's square in a roomy slot, in floor-plan units
SLOT_X, SLOT_Y = LEVELS[0].dx, LEVELS[0].dy  # spacing of the roomy slots: room for labels
BACK_OFF = 0.75  # a zone goes back to a roomier layout once its markers fill this much of it


def _row(edges: list[tuple[float, float, float, float]], y: float) -> list[tuple[float, float]]:
    """The stretches of the horizontal line at ``y`` inside the polygon (even-odd)."""
    xs = sorted(x1 + (y - y1) * (x2 - x1) / (y2 - y1) for x1, y1, x2, y2 in edges if (y1 > y) != (y2 > y))
    return list(zip(xs[::2], xs[1::2], strict=False))


def _common(a: list[tuple[float, float]], b: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo < hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def zone_slots(
    polygon: QPolygonF, spacing: float = SLOT_X, spacing_y: float = SLOT_Y, margin: float = SLOT * 0.6
) -> list[QPointF]:
    """Grid points whose whole marker square lies inside the zone, nearest the middle first.

    Row by row: the stretches inside the zone along the square's top, middle and bottom lines,
    intersected, hold the squares of that row (a few float operations per row and slot, not a
    point-in-polygon test per corner: the densest layout of the branch's hall has 22,000 slots)."""
    rect = polygon.boundingRect()
    centre = rect.center()
    cx, cy = centre.x(), centre.y()
    pts = [(polygon.at(i).x(), polygon.at(i).y()) for i in range(polygon.size())]
    edges = [(*pts[i], *pts[(i + 1) % len(pts)]) for i in range(len(pts))]
    left = rect.left() + margin
    found: list[tuple[float, float, float]] = []
    y = rect.top() + margin
    while y <= rect.bottom() - margin:
        inside = _common(_common(_row(edges, y - margin), _row(edges, y)), _row(edges, y + margin))
        for lo, hi in inside:
            k = max(0, math.ceil((lo + margin - left) / spacing - 1e-9))
            x = left + k * spacing
            while x + margin <= hi and x <= rect.right() - margin:
                found.append(((x - cx) ** 2 + (y - cy) ** 2, x, y))
                k += 1
                x = left + k * spacing
        y += spacing_y
    if not found:
        return [centre]
    found.sort()
    return [QPointF(x, y) for _d, x, y in found]


def level_slots(polygon: QPolygonF, level: Level) -> list[QPointF]:
    if level is LEVELS[0]:
        return zone_slots(polygon)
    return zone_slots(polygon, level.dx, level.dy, level.dx * 0.5)


class FloorScene(QGraphicsScene):
    marker_selection = Signal()  # the selected marker changed (``selected``)

    def __init__(
        self,
        plan: FloorPlanInfo,
        zones: list[ZoneInfo],
        readers: list[ReaderInfo],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setSceneRect(QRectF(-20, -20, plan.width + 40, plan.height + 40))
        svg = PlanItem(RESOURCES / plan.file)
        svg.setZValue(0)
        self.addItem(svg)
        self.paths = FloorPaths({z.code: z.polygon for z in zones}, door_points_from_svg(svg.svg))
        self.zones: dict[str, ZoneItem] = {}
        self.layers: dict[str, ZoneMarkers] = {}
        self.level: dict[str, int] = {}  # zone -> index of its layout in LEVELS
        self._slots: dict[tuple[str, int], list[QPointF]] = {}  # (zone, level) -> its slots
        self.slots: dict[str, list[QPointF]] = {}  # zone -> the slots of its current layout
        self.taken: dict[str, dict[str, int]] = {}  # zone -> tag -> its slot index
        # zone -> heap of freed slot indices, and one past the highest index handed out: the free
        # indices are the heap's and those from the top on
        self.freed: dict[str, list[int]] = {}
        self.top: dict[str, int] = {}
        for z in zones:
            poly = QPolygonF([QPointF(x, y) for x, y in z.polygon])
            item = ZoneItem(z.code, poly, z.restricted)
            self.addItem(item)
            self.zones[z.code] = item
            layer = ZoneMarkers(z.code, poly.boundingRect())
            self.addItem(layer)
            self.layers[z.code] = layer
            self.level[z.code] = 0
            self.slots[z.code] = self._level_slots(z.code, 0)
            self.taken[z.code] = {}
            self.freed[z.code] = []
            self.top[z.code] = 0
        self.readers: dict[str, ReaderItem] = {}
        self.zone_readers: dict[str, list[str]] = {}  # zone -> codes of the readers covering it
        self.stale_zones: dict[str, float | None] = {}  # zone -> last frame of its readers
        for r in readers:
            for zone in r.covers():  # its own zone and its antennas' (on this floor)
                if zone in self.zones:
                    self.zone_readers.setdefault(zone, []).append(r.code)
            if r.zone not in self.zones:  # an antenna reaches this floor; the reader is elsewhere
                continue
            reader = ReaderItem(r.code, r.x, r.y)
            self.addItem(reader)
            self.readers[r.code] = reader
        self.markers: dict[str, Marker] = {}
        self.selected: Marker | None = None
        self.trail = QGraphicsPathItem()
        self.trail.setPen(
            QPen(QColor(255, 255, 255, 170), 2.5, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap)
        )
        self.trail.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        self.trail.setZValue(5.5)  # over the markers: in a crowded zone it would be lost under them
        self.addItem(self.trail)

    def _level_slots(self, zone: str, level: int) -> list[QPointF]:
        key = (zone, level)
        slots = self._slots.get(key)
        if slots is None:
            slots = self._slots[key] = level_slots(self.zones[zone].polygon(), LEVELS[level])
        return slots

    # -- placing ----------------------------------------------------------------------------------
    def _take_slot(self, zone: str) -> int:
        """The free slot nearest the zone's middle (the lowest freed index, else the next one)."""
        freed = self.freed[zone]
        if freed:
            return heapq.heappop(freed)
        self.top[zone] += 1
        return self.top[zone] - 1

    def place(self, tag: TagInfo, zone: str, adopt: Marker | None = None) -> Marker:
        """Put (or move) the tag's marker into ``zone`` of this floor; ``adopt``: the tag's marker
        taken from another floor's scene (``take``), kept rather than made anew."""
        marker = self.markers.get(tag.tag_id)
        if marker is None:
            marker = adopt if adopt is not None else Marker(tag.tag_id, tag.kind, tag.label)
            marker.zone = ""
            self.markers[tag.tag_id] = marker
        elif marker.zone == zone:
            marker.set_identity(tag.kind, tag.label)
            return marker
        else:
            self._release(marker)
        marker.set_identity(tag.kind, tag.label)
        index = self._take_slot(zone)
        self.taken[zone][tag.tag_id] = index
        marker.zone = zone
        marker.set_stale(zone in self.stale_zones, self.stale_zones.get(zone))
        slots = self.slots[zone]
        marker.xy = (slots[index % len(slots)].x(), slots[index % len(slots)].y())
        self.layers[zone].add(marker)
        self._relayout(zone)
        self._recount(zone)
        return marker

    def _relayout(self, zone: str) -> bool:
        """Take the roomiest layout that holds the zone's markers (denser when they outgrow the
        current one, roomier once they fill less than ``BACK_OFF`` of it); on a change, number the
        markers anew in their slot order and move them onto the new slots. True if it changed."""
        n, current = len(self.taken[zone]), self.level[zone]
        want = current
        if n > len(self.slots[zone]):
            want = next(
                (i for i in range(current, len(LEVELS)) if len(self._level_slots(zone, i)) >= n),
                len(LEVELS) - 1,
            )
        else:
            for i in range(current):
                if n <= BACK_OFF * len(self._level_slots(zone, i)):
                    want = i
                    break
        if want == current:
            return False
        self.level[zone] = want
        slots = self.slots[zone] = self._level_slots(zone, want)
        layer = self.layers[zone]
        layer.level = LEVELS[want]
        taken = self.taken[zone]
        order = sorted(taken, key=taken.__getitem__)
        self.taken[zone] = {tag: i for i, tag in enumerate(order)}
        self.freed[zone] = []
        self.top[zone] = len(order)
        for i, tag in enumerate(order):
            slot = slots[i % len(slots)]
            marker = self.markers[tag]
            marker.xy = (slot.x(), slot.y())
        layer.refresh()
        return True

    def restack(self, marker: Marker) -> None:
        """Redraw ``marker``'s zone (its filters or emphasis changed)."""
        marker.update()

    def select(self, marker: Marker) -> None:
        """Make ``marker`` the only selection (drawn over the others)."""
        if self.selected is marker and marker.isSelected():
            return
        if self.selected is not None:
            self.selected.setSelected(False)
        self.selected = marker
        marker.setSelected(True)
        self.marker_selection.emit()

    def clearSelection(self) -> None:
        if self.selected is None:
            return
        self.selected.setSelected(False)
        self.selected = None
        self.marker_selection.emit()

    def restack_all(self) -> None:
        for layer in self.layers.values():
            layer.refresh()

    def marker_at(self, p: QPointF) -> Marker | None:
        """The drawn marker under ``p`` (scene coordinates), if any."""
        for layer in self.layers.values():
            if layer.bounds.contains(p):
                m = layer.marker_at(p)
                if m is not None:
                    return m
        return None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            marker = self.marker_at(event.scenePos())
            if marker is not None:
                self.select(marker)
                event.accept()
                return
            self.clearSelection()
        super().mousePressEvent(event)

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """A marker's tooltip: who it is (and since when it is stale)."""
        marker = self.marker_at(event.scenePos())
        if marker is None:
            super().helpEvent(event)
            return
        QToolTip.showText(event.screenPos(), marker.toolTip())
        event.accept()

    def apply_health(self, statuses: dict[str, ReaderStatus], *, unrecorded_live: bool = False) -> None:
        """Reader items take their link state; markers of zones without a connected reader go stale.
        ``unrecorded_live`` (playback): a zone none of whose readers has a recorded state is not
        called stale (its readers' history is unknown, not an outage)."""
        for code, item in self.readers.items():
            st = statuses.get(code)
            item.set_state(st.state if st else LinkState.STOPPED)
        stale: dict[str, float | None] = {}
        for zone, codes in self.zone_readers.items():
            states = [statuses.get(c) for c in codes]
            if any(st is not None and st.state == LinkState.CONNECTED for st in states):
                continue
            if unrecorded_live and all(st is None for st in states):
                continue
            frames = [st.last_frame_ts for st in states if st is not None and st.last_frame_ts is not None]
            stale[zone] = max(frames) if frames else None
        if stale == self.stale_zones:
            return
        self.stale_zones = stale
        for marker in self.markers.values():
            marker.set_stale(marker.zone in stale, stale.get(marker.zone))

    def take(self, tag_id: str) -> Marker | None:
        """Take the tag's marker off this floor and hand it back (for another floor to adopt)."""
        marker = self.markers.pop(tag_id, None)
        if marker is not None:
            if marker is self.selected:
                self.clearSelection()
            self._release(marker)
        return marker

    def remove(self, tag_id: str) -> None:
        self.take(tag_id)

    def _release(self, marker: Marker) -> None:
        zone = marker.zone
        index = self.taken.get(zone, {}).pop(marker.tag_id, None)
        if index is not None:
            heapq.heappush(self.freed[zone], index)
            self.layers[zone].discard(marker)
            self._relayout(zone)
            self._recount(zone)

    def _recount(self, zone: str) -> None:
        item = self.zones[zone]
        count = len(self.taken[zone])
        if bool(count) != bool(item.occupied):
            item.occupied = count
            item.refresh()
        item.occupied = count

    def drawn_count(self) -> int:
        """Markers drawn by the last paint of this floor (counted by the layers as they draw)."""
        return sum(layer.drawn for layer in self.layers.values())

    # -- trail ------------------------------------------------------------------------------------
    def zone_centre(self, zone: str) -> QPointF | None:
        """Where a trail starts and ends in ``zone``: its anchor (an interior point)."""
        p = self.paths.anchors.get(zone)
        return QPointF(*p) if p is not None else None

    def trail_lines(self, zones: list[str]) -> list[list[QPointF]]:
        return [[QPointF(x, y) for x, y in line] for line in self.paths.trail(zones)]

    def show_trail(self, zones: list[str]) -> None:
        """Draw the trail from zone to zone through the doors (a break where no way joins two)."""
        path = QPainterPath()
        for line in self.trail_lines(zones):
            if len(line) < 2:
                continue
            path.moveTo(line[0])
            for p in line[1:]:
                path.lineTo(p)
        self.trail.setPath(path)
