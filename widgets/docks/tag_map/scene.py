"""One floor plan as a graphics scene: the plan, its zones, readers and the markers of whoever is
in them. GUI thread.

Markers sit on fixed slots inside their zone (a grid clipped to the zone's polygon, nearest the
middle first); a marker keeps its slot while it stays, so the map does not reshuffle on every
change. A tag that changes zone keeps its marker item (moved to a slot of the new zone, or handed
to the new floor's scene), and each zone keeps a heap of its freed slots: a change costs the same
whether the floor holds ten markers or ten thousand. Past a zone's last slot markers share slots;
of the markers on one slot only the front one is shown (the selection, else a search match, else
the one there longest, among those the filters let through): the others are under it and would
only cost a blit each per frame (9 of 10 markers at 10,000 on the branch's 525 slots).

A marker in a zone none of whose readers is connected (all stale, disconnected or stopped) is
drawn stale, with the readers' last frame as its "last seen"; it turns live again when a reader
of its zone reconnects. A zone's readers are those in it and those with an antenna covering it
(``ReaderInfo.covers``); a reader is drawn on the floor of its own zone.
"""

from __future__ import annotations

import heapq
import math

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene

from app.paths import RESOURCES
from app.tracking.directory import FloorPlanInfo, ReaderInfo, TagInfo, ZoneInfo
from app.tracking.reads import LinkState, ReaderStatus
from widgets.common.plan_item import PlanItem
from widgets.docks.tag_map.items import (
    LABEL_PX,
    LABEL_W,
    MarkerItem,
    R,
    ReaderItem,
    ZoneItem,
    reserve_pixmap_cache,
)

SLOT = 17.0  # the marker's square in a slot, in floor-plan units
SLOT_X, SLOT_Y = LABEL_W + 2, 2 * R + 4 + LABEL_PX * 1.4  # spacing of marker slots: room for labels


def zone_slots(polygon: QPolygonF, spacing: float = SLOT_X, spacing_y: float = SLOT_Y) -> list[QPointF]:
    """Grid points whose whole marker square lies inside the zone, nearest the middle first."""
    rect = polygon.boundingRect()
    centre = rect.center()
    margin = SLOT * 0.6
    rule = Qt.FillRule.OddEvenFill
    inside = polygon.containsPoint
    points = []
    y = rect.top() + margin
    while y <= rect.bottom() - margin:
        x = rect.left() + margin
        while x <= rect.right() - margin:
            corners = (
                QPointF(x - margin, y - margin),
                QPointF(x + margin, y - margin),
                QPointF(x - margin, y + margin),
                QPointF(x + margin, y + margin),
            )
            if inside(QPointF(x, y), rule) and all(inside(c, rule) for c in corners):
                points.append(QPointF(x, y))
            x += spacing
        y += spacing_y
    if not points:
        points = [centre]
    points.sort(key=lambda p: math.hypot(p.x() - centre.x(), p.y() - centre.y()))
    return points


class FloorScene(QGraphicsScene):
    def __init__(
        self,
        plan: FloorPlanInfo,
        zones: list[ZoneInfo],
        readers: list[ReaderInfo],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # markers move all the time
        self.setSceneRect(QRectF(-20, -20, plan.width + 40, plan.height + 40))
        svg = PlanItem(RESOURCES / plan.file)
        svg.setZValue(0)
        self.addItem(svg)
        self.zones: dict[str, ZoneItem] = {}
        self.slots: dict[str, list[QPointF]] = {}
        self.taken: dict[str, dict[str, int]] = {}  # zone -> tag -> its slot index
        # zone -> heap of freed slot indices, and one past the highest index handed out: the free
        # indices are the heap's and those from the top on
        self.freed: dict[str, list[int]] = {}
        self.top: dict[str, int] = {}
        self.at: dict[str, dict[int, str]] = {}  # zone -> slot index -> tag
        for z in zones:
            poly = QPolygonF([QPointF(x, y) for x, y in z.polygon])
            item = ZoneItem(z.code, poly, z.restricted)
            self.addItem(item)
            self.zones[z.code] = item
            self.slots[z.code] = zone_slots(poly)
            self.taken[z.code] = {}
            self.freed[z.code] = []
            self.top[z.code] = 0
            self.at[z.code] = {}
        self.readers: dict[str, ReaderItem] = {}
        self.zone_readers: dict[str, list[str]] = {}  # zone -> codes of the readers covering it
        self.stale_zones: dict[str, float | None] = {}  # zone -> last frame of its readers
        for r in readers:
            for zone in r.covers():  # its own zone and its antennas' (on this floor)
                if zone in self.zones:
                    self.zone_readers.setdefault(zone, []).append(r.code)
            if r.zone not in self.zones:  # an antenna reaches this floor; the reader is elsewhere
                continue
            item = ReaderItem(r.code, r.x, r.y)
            self.addItem(item)
            self.readers[r.code] = item
        self.markers: dict[str, MarkerItem] = {}
        self.trail = QGraphicsPathItem()
        self.trail.setPen(
            QPen(QColor(255, 255, 255, 170), 2.5, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap)
        )
        self.trail.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        self.trail.setZValue(4)
        self.addItem(self.trail)

    def _take_slot(self, zone: str) -> int:
        """The free slot nearest the zone's middle (the lowest freed index, else the next one); past
        the zone's last slot, markers share slots in turn."""
        freed = self.freed[zone]
        if freed:
            return heapq.heappop(freed)
        self.top[zone] += 1
        return self.top[zone] - 1

    def place(self, tag: TagInfo, zone: str, adopt: MarkerItem | None = None) -> MarkerItem:
        """Put (or move) the tag's marker into ``zone`` of this floor; ``adopt``: the tag's marker
        item taken from another floor's scene (``take``), kept rather than made anew."""
        marker = self.markers.get(tag.tag_id)
        if marker is None:
            marker = adopt if adopt is not None else MarkerItem(tag.tag_id, tag.kind, tag.label)
            marker.zone = ""
            self.addItem(marker)
            self.markers[tag.tag_id] = marker
            reserve_pixmap_cache(len(self.markers))  # one floor's markers are painted at a time
        elif marker.zone == zone:
            marker.set_identity(tag.kind, tag.label)
            return marker
        else:
            self._release(marker)
        marker.set_identity(tag.kind, tag.label)
        index = self._take_slot(zone)
        self.taken[zone][tag.tag_id] = index
        self.at[zone][index] = tag.tag_id
        slots = self.slots[zone]
        marker.zone = zone
        marker.setPos(slots[index % len(slots)])
        marker.set_stale(zone in self.stale_zones, self.stale_zones.get(zone))
        self._recount(zone)
        self.restack(marker)
        return marker

    def restack(self, marker: MarkerItem) -> None:
        """Show the front marker of ``marker``'s slot (see the module docstring), hide the rest."""
        zone = marker.zone
        index = self.taken.get(zone, {}).get(marker.tag_id)
        if index is not None:
            self._restack_slot(zone, index % len(self.slots[zone]))

    def _restack_slot(self, zone: str, first: int) -> None:
        at, n = self.at[zone], len(self.slots[zone])
        stack = [self.markers[at[j]] for j in range(first, self.top[zone], n) if j in at]
        wanted = [m for m in stack if m.wanted]
        front = min(wanted, key=lambda m: (not m.isSelected(), not m.highlight), default=None)
        for m in stack:
            m.setVisible(m is front)

    def select(self, marker: MarkerItem) -> None:
        """Make ``marker`` the only selection, in front of its slot (it may have been under another)."""
        self.clearSelection()
        marker.setVisible(True)  # a hidden item cannot be selected
        marker.setSelected(True)
        self.restack(marker)

    def restack_all(self) -> None:
        for zone, slots in self.slots.items():
            for first in range(min(len(slots), self.top[zone])):
                self._restack_slot(zone, first)

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

    def take(self, tag_id: str) -> MarkerItem | None:
        """Take the tag's marker off this floor and hand it back (for another floor to adopt)."""
        marker = self.markers.pop(tag_id, None)
        if marker is not None:
            self._release(marker)
            self.removeItem(marker)
        return marker

    def remove(self, tag_id: str) -> None:
        self.take(tag_id)

    def _release(self, marker: MarkerItem) -> None:
        index = self.taken.get(marker.zone, {}).pop(marker.tag_id, None)
        if index is not None:
            heapq.heappush(self.freed[marker.zone], index)
            del self.at[marker.zone][index]
            self._restack_slot(marker.zone, index % len(self.slots[marker.zone]))
            self._recount(marker.zone)

    def _recount(self, zone: str) -> None:
        item = self.zones[zone]
        count = len(self.taken[zone])
        if bool(count) != bool(item.occupied):
            item.occupied = count
            item.refresh()
        item.occupied = count

    def zone_centre(self, zone: str) -> QPointF | None:
        item = self.zones.get(zone)
        return item.polygon().boundingRect().center() if item else None

    def show_trail(self, zones: list[str]) -> None:
        path = QPainterPath()
        points = [p for p in (self.zone_centre(z) for z in zones) if p is not None]
        if len(points) >= 2:
            path.moveTo(points[0])
            for p in points[1:]:
                path.lineTo(p)
        self.trail.setPath(path)
