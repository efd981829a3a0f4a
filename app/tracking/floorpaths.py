"""Walkable ways on one floor: the doors between adjacent zones, and a tag's trail drawn from zone
to zone through them rather than in straight lines through walls. Pure geometry; any thread (no
Qt: the map builds one ``FloorPaths`` per floor and asks it for polylines to draw).

Two zones are adjacent where their polygons share a stretch of edge. Where the floor plan marks its
doors (a ``<g id="doors">`` layer of circles in the plan's SVG, ``door_points_from_svg``), a pair of
adjacent zones is joined only at the doors lying on their shared edge: a shared edge without a door
is a wall. A plan that marks no doors is taken as open: each shared stretch is passable at its middle.

Inside a zone a way runs between its anchor (an interior point: the middle of its bounding box when
that is inside, else the interior point farthest from its edges), a point just inside each of its
doors, and a point just inside each reflex corner (so a way around an L-shaped corridor bends at its
corner instead of cutting through the room beside it); two of these are joined when the straight
segment between them stays inside the zone. A trail from zone A to zone B is the shortest way in
that graph from A's anchor to B's: through the door between them when they touch, through the zones
between them when they do not (a missed read). Where no way exists on the floor (the public hall
and the back office of a branch meet only outside), the trail breaks there instead of crossing a wall.
"""

from __future__ import annotations

import heapq
import math
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

Point = tuple[float, float]
Segment = tuple[Point, Point]

TOL = 3.0  # floor-plan units: how far a door point or a shared edge may be off the exact line
CLEARANCE = 18.0  # how far inside a zone its way passes a door or a corner
SVG_NS = "{http://www.w3.org/2000/svg}"


@dataclass(frozen=True)
class Door:
    point: Point
    zones: tuple[str, str]  # the two zones it joins, sorted


def polygon_edges(polygon: Sequence[Point]) -> list[Segment]:
    n = len(polygon)
    return [(polygon[i], polygon[(i + 1) % n]) for i in range(n) if polygon[i] != polygon[(i + 1) % n]]


def _sub(a: Point, b: Point) -> Point:
    return a[0] - b[0], a[1] - b[1]


def _dot(a: Point, b: Point) -> float:
    return a[0] * b[0] + a[1] * b[1]


def _cross(a: Point, b: Point) -> float:
    return a[0] * b[1] - a[1] * b[0]


def _orient(a: Point, b: Point, c: Point) -> float:
    return _cross(_sub(b, a), _sub(c, a))


def point_segment_distance(p: Point, seg: Segment) -> float:
    a, b = seg
    ab = _sub(b, a)
    length2 = _dot(ab, ab)
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, _dot(_sub(p, a), ab) / length2))
    return math.dist(p, (a[0] + t * ab[0], a[1] + t * ab[1]))


def segments_intersect(p1: Point, p2: Point, q1: Point, q2: Point, eps: float = 1e-9) -> bool:
    """Whether the closed segments p1p2 and q1q2 have a point in common (touching counts)."""
    o1, o2 = _orient(p1, p2, q1), _orient(p1, p2, q2)
    o3, o4 = _orient(q1, q2, p1), _orient(q1, q2, p2)
    if ((o1 > eps and o2 < -eps) or (o1 < -eps and o2 > eps)) and (
        (o3 > eps and o4 < -eps) or (o3 < -eps and o4 > eps)
    ):
        return True
    return any(
        abs(o) <= eps and point_segment_distance(p, s) <= 1e-6
        for o, p, s in ((o1, q1, (p1, p2)), (o2, q2, (p1, p2)), (o3, p1, (q1, q2)), (o4, p2, (q1, q2)))
    )


def segment_intersection(p1: Point, p2: Point, q1: Point, q2: Point) -> Point | None:
    """The crossing point of two segments that cross at a single point (None if parallel or apart)."""
    r, s = _sub(p2, p1), _sub(q2, q1)
    denom = _cross(r, s)
    if abs(denom) < 1e-12:
        return None
    t = _cross(_sub(q1, p1), s) / denom
    u = _cross(_sub(q1, p1), r) / denom
    if -1e-9 <= t <= 1 + 1e-9 and -1e-9 <= u <= 1 + 1e-9:
        return p1[0] + t * r[0], p1[1] + t * r[1]
    return None


def contains(polygon: Sequence[Point], p: Point) -> bool:
    """Even-odd point in polygon (a point on an edge may fall either way)."""
    x, y = p
    inside = False
    n = len(polygon)
    for i in range(n):
        (x1, y1), (x2, y2) = polygon[i], polygon[(i + 1) % n]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def boundary_distance(polygon: Sequence[Point], p: Point) -> float:
    return min(point_segment_distance(p, e) for e in polygon_edges(polygon))


def shared_edges(a: Sequence[Point], b: Sequence[Point], tol: float = TOL) -> list[Segment]:
    """The stretches where the boundaries of polygons ``a`` and ``b`` run along each other."""
    out: list[Segment] = []
    for p1, p2 in polygon_edges(a):
        d = _sub(p2, p1)
        length = math.hypot(*d)
        if length < tol:
            continue
        u = (d[0] / length, d[1] / length)
        for q1, q2 in polygon_edges(b):
            # both ends of q on p's line
            if abs(_cross(u, _sub(q1, p1))) > tol or abs(_cross(u, _sub(q2, p1))) > tol:
                continue
            t1, t2 = sorted((_dot(_sub(q1, p1), u), _dot(_sub(q2, p1), u)))
            lo, hi = max(0.0, t1), min(length, t2)
            if hi - lo > tol:
                out.append(((p1[0] + u[0] * lo, p1[1] + u[1] * lo), (p1[0] + u[0] * hi, p1[1] + u[1] * hi)))
    return out


def find_doors(
    zones: Mapping[str, Sequence[Point]], door_points: Iterable[Point] | None, tol: float = TOL
) -> list[Door]:
    """The doors between adjacent zones: each marked door point on a stretch two zones share (put on
    that stretch); with no marked doors (None), one at the middle of every shared stretch."""
    codes = sorted(zones)
    shared: list[tuple[tuple[str, str], Segment]] = []
    for i, a in enumerate(codes):
        for b in codes[i + 1 :]:
            for seg in shared_edges(zones[a], zones[b], tol):
                shared.append(((a, b), seg))
    doors: list[Door] = []
    if door_points is None:
        for pair, (p, q) in shared:
            doors.append(Door(((p[0] + q[0]) / 2, (p[1] + q[1]) / 2), pair))
        return doors
    for point in door_points:
        for pair, seg in shared:
            if point_segment_distance(point, seg) <= tol:
                doors.append(Door(_project(point, seg), pair))
    return doors


def _project(p: Point, seg: Segment) -> Point:
    a, b = seg
    ab = _sub(b, a)
    length2 = _dot(ab, ab)
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, _dot(_sub(p, a), ab) / length2))
    return a[0] + t * ab[0], a[1] + t * ab[1]


def door_points_from_svg(svg: str) -> list[Point] | None:
    """The door points a floor plan marks: the circles (centre ``cx``, ``cy``) of its element with
    ``id="doors"``; None when it has no such layer (an open plan)."""
    root = ET.fromstring(svg)
    for element in root.iter():
        if element.get("id") == "doors":
            return [
                (float(c.get("cx", "0")), float(c.get("cy", "0")))
                for c in element.iter()
                if c.tag in ("circle", f"{SVG_NS}circle")
            ]
    return None


def anchor(polygon: Sequence[Point]) -> Point:
    """A zone's interior point: the middle of its bounding box when that is inside it, else the
    interior point farthest from its edges (an L- or U-shaped zone's box middle may be outside)."""
    xs, ys = [p[0] for p in polygon], [p[1] for p in polygon]
    middle = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
    if contains(polygon, middle):
        return middle
    best, best_d = middle, -1.0
    steps = 24
    for i in range(1, steps):
        for j in range(1, steps):
            p = (min(xs) + (max(xs) - min(xs)) * i / steps, min(ys) + (max(ys) - min(ys)) * j / steps)
            if contains(polygon, p):
                d = boundary_distance(polygon, p)
                if d > best_d:
                    best, best_d = p, d
    return best


def _inside_point(polygon: Sequence[Point], origin: Point, direction: Point, clearance: float) -> Point:
    """``origin`` moved along ``direction`` (unit) by at most ``clearance``, staying inside."""
    step = clearance
    while step > 0.5:
        p = (origin[0] + direction[0] * step, origin[1] + direction[1] * step)
        if contains(polygon, p) and boundary_distance(polygon, p) >= min(step, clearance) * 0.5:
            return p
        step /= 2
    return origin


def _inward_normal(polygon: Sequence[Point], point: Point) -> Point:
    """The unit normal into the polygon at ``point`` on (or near) its boundary."""
    edge = min(polygon_edges(polygon), key=lambda e: point_segment_distance(point, e))
    d = _sub(edge[1], edge[0])
    length = math.hypot(*d) or 1.0
    n = (-d[1] / length, d[0] / length)
    probe = (point[0] + n[0], point[1] + n[1])
    return n if contains(polygon, probe) else (-n[0], -n[1])


def reflex_corners(polygon: Sequence[Point]) -> list[tuple[Point, Point]]:
    """(corner, unit direction into the polygon) of each reflex corner (interior angle > 180°)."""
    n = len(polygon)
    area2 = sum(_cross(polygon[i], polygon[(i + 1) % n]) for i in range(n))
    out = []
    for i in range(n):
        prev, v, nxt = polygon[i - 1], polygon[i], polygon[(i + 1) % n]
        turn = _orient(prev, v, nxt)
        if turn == 0 or (turn > 0) == (area2 > 0):
            continue  # convex or straight
        a, b = _sub(prev, v), _sub(nxt, v)
        la, lb = math.hypot(*a) or 1.0, math.hypot(*b) or 1.0
        bis = (-(a[0] / la + b[0] / lb), -(a[1] / la + b[1] / lb))
        lbis = math.hypot(*bis) or 1.0
        out.append((v, (bis[0] / lbis, bis[1] / lbis)))
    return out


def visible_inside(polygon: Sequence[Point], a: Point, b: Point) -> bool:
    """Whether the segment ab stays inside the polygon (it touches no edge; its middle is inside)."""
    if not contains(polygon, ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)):
        return False
    return not any(segments_intersect(a, b, p, q) for p, q in polygon_edges(polygon))


class FloorPaths:
    """The walkable graph of one floor and the trails drawn on it."""

    def __init__(
        self,
        zones: Mapping[str, Sequence[Point]],
        door_points: Iterable[Point] | None = None,
        clearance: float = CLEARANCE,
    ) -> None:
        self.zones = {code: tuple(poly) for code, poly in zones.items() if len(poly) >= 3}
        self.doors = find_doors(self.zones, door_points)
        self.anchors = {code: anchor(poly) for code, poly in self.zones.items()}
        self.points: list[Point] = []
        self.edges: dict[int, list[tuple[int, float]]] = {}
        self.anchor_node: dict[str, int] = {}
        members: dict[str, list[int]] = {code: [] for code in self.zones}
        for code, p in self.anchors.items():
            self.anchor_node[code] = self._node(p)
            members[code].append(self.anchor_node[code])
        for door in self.doors:
            at = self._node(door.point)
            for code in door.zones:
                poly = self.zones[code]
                inner = self._node(
                    _inside_point(poly, door.point, _inward_normal(poly, door.point), clearance)
                )
                self._link(at, inner)
                members[code].append(inner)
        for code, poly in self.zones.items():
            for corner, direction in reflex_corners(poly):
                members[code].append(self._node(_inside_point(poly, corner, direction, clearance)))
            nodes = members[code]
            for i, a in enumerate(nodes):
                for b in nodes[i + 1 :]:
                    if visible_inside(poly, self.points[a], self.points[b]):
                        self._link(a, b)
        self._routes: dict[tuple[str, str], list[Point] | None] = {}

    def _node(self, p: Point) -> int:
        self.points.append(p)
        self.edges[len(self.points) - 1] = []
        return len(self.points) - 1

    def _link(self, a: int, b: int) -> None:
        w = math.dist(self.points[a], self.points[b])
        self.edges[a].append((b, w))
        self.edges[b].append((a, w))

    def adjacent(self, a: str, b: str) -> bool:
        """Whether a door joins zones ``a`` and ``b`` directly."""
        pair = tuple(sorted((a, b)))
        return any(d.zones == pair for d in self.doors)

    def route(self, a: str, b: str) -> list[Point] | None:
        """The shortest way from zone ``a``'s anchor to zone ``b``'s (None: none on this floor)."""
        key = (a, b)
        if key not in self._routes:
            self._routes[key] = self._shortest(a, b)
        return self._routes[key]

    def _shortest(self, a: str, b: str) -> list[Point] | None:
        if a not in self.anchor_node or b not in self.anchor_node:
            return None
        start, goal = self.anchor_node[a], self.anchor_node[b]
        dist = {start: 0.0}
        back: dict[int, int] = {}
        queue = [(0.0, start)]
        while queue:
            d, n = heapq.heappop(queue)
            if n == goal:
                break
            if d > dist.get(n, math.inf):
                continue
            for m, w in self.edges[n]:
                if d + w < dist.get(m, math.inf):
                    dist[m] = d + w
                    back[m] = n
                    heapq.heappush(queue, (d + w, m))
        if goal not in dist:
            return None
        path = [goal]
        while path[-1] != start:
            path.append(back[path[-1]])
        return [self.points[n] for n in reversed(path)]

    def trail(self, zones: Sequence[str]) -> list[list[Point]]:
        """Polylines through the trail's zones on this floor, oldest first: consecutive zones are
        joined through doors; where no way joins two of them, a new polyline starts."""
        seq = [z for z in zones if z in self.zones]
        seq = [z for i, z in enumerate(seq) if i == 0 or z != seq[i - 1]]
        lines: list[list[Point]] = []
        current: list[Point] = []
        for i, zone in enumerate(seq):
            if i == 0:
                current = [self.anchors[zone]]
                continue
            way = self.route(seq[i - 1], zone)
            if way is None:
                lines.append(current)
                current = [self.anchors[zone]]
            else:
                current.extend(way[1:])
        if current:
            lines.append(current)
        return lines
