"""Trails follow corridors (issue 11): doors between adjacent zones, ways through them, and never a
segment through a wall. Pure geometry, no Qt."""

from __future__ import annotations

import itertools
import json
import math
import re

import pytest

from app.paths import RESOURCES
from app.tracking.floorpaths import (
    FloorPaths,
    Point,
    Segment,
    door_points_from_svg,
    find_doors,
    point_segment_distance,
    polygon_edges,
    segment_intersection,
    segments_intersect,
    shared_edges,
)


def demo_floor(plan: str) -> tuple[dict[str, list[Point]], str]:
    """The demo's zones of ``plan`` (as seeded) and the plan's SVG."""
    spec = json.loads((RESOURCES / "demo" / "sites.json").read_text(encoding="utf-8"))
    zones, file = {}, ""
    for site in spec["sites"]:
        for fp in site["floorplans"]:
            if fp["code"] == plan:
                file = fp["file"]
        for z in site["zones"]:
            if z["floorplan"] == plan:
                zones[z["code"]] = [(float(x), float(y)) for x, y in z["polygon"]]
    return zones, (RESOURCES / file).read_text(encoding="utf-8")


def svg_walls(svg: str) -> list[Segment]:
    """The wall segments the plan draws (its ``walls`` layer: M, H and V path commands)."""
    layer = svg.split('<g id="walls">')[1].split("</g>")[0]
    walls: list[Segment] = []
    for d in re.findall(r' d="([^"]+)"', layer):
        x = y = 0.0
        for cmd, args in re.findall(r"([MHVL])([-\d.,]+)", d):
            nums = [float(v) for v in args.split(",")]
            if cmd == "M":
                x, y = nums
                continue
            nx, ny = {"H": (nums[0], y), "V": (x, nums[0]), "L": (nums[0], nums[1] if len(nums) > 1 else y)}[
                cmd
            ]
            walls.append(((x, y), (nx, ny)))
            x, y = nx, ny
    return walls


def segments(lines: list[list[Point]]) -> list[Segment]:
    return [(a, b) for line in lines for a, b in itertools.pairwise(line)]


def near_door(p: Point, paths: FloorPaths, tol: float = 0.5) -> bool:
    return any(math.dist(p, d.point) <= tol for d in paths.doors)


def assert_crosses_only_at_doors(paths: FloorPaths, lines: list[list[Point]]) -> None:
    """Every point where the trail meets a zone boundary is a door."""
    for a, b in segments(lines):
        for poly in paths.zones.values():
            for p, q in polygon_edges(poly):
                if not segments_intersect(a, b, p, q):
                    continue
                hit = segment_intersection(a, b, p, q)
                assert hit is not None and near_door(hit, paths), (a, b, p, q, hit)


# -- a synthetic floor ---------------------------------------------------------------------------

ROOM_A = [(0.0, 0.0), (100.0, 0.0), (100.0, 100.0), (0.0, 100.0)]
ROOM_B = [(100.0, 0.0), (200.0, 0.0), (200.0, 100.0), (100.0, 100.0)]
# an L-shaped corridor under both rooms, turning up along B's right side
CORRIDOR = [(0.0, 100.0), (200.0, 100.0), (200.0, 0.0), (260.0, 0.0), (260.0, 160.0), (0.0, 160.0)]
ROOM_C = [(260.0, 0.0), (360.0, 0.0), (360.0, 160.0), (260.0, 160.0)]


def test_adjacent_zones_share_an_edge_and_a_marked_door_sits_on_it() -> None:
    assert shared_edges(ROOM_A, ROOM_B) == [((100.0, 0.0), (100.0, 100.0))]
    assert shared_edges(ROOM_A, ROOM_C) == []
    doors = find_doors({"A": ROOM_A, "B": ROOM_B, "C": ROOM_C}, [(101.5, 30.0)])
    assert [(d.point, d.zones) for d in doors] == [((100.0, 30.0), ("A", "B"))]
    open_plan = find_doors({"A": ROOM_A, "B": ROOM_B}, None)  # no doors marked: open at the middle
    assert [(d.point, d.zones) for d in open_plan] == [((100.0, 50.0), ("A", "B"))]


def test_a_trail_between_rooms_passes_their_door_not_the_wall() -> None:
    zones = {"A": ROOM_A, "B": ROOM_B, "CORR": CORRIDOR, "C": ROOM_C}
    # A-B through a door high up their shared wall; each room opens onto the corridor; C only
    # from the corridor's upright arm
    doors = [(100.0, 20.0), (50.0, 100.0), (150.0, 100.0), (260.0, 130.0)]
    paths = FloorPaths(zones, doors)
    lines = paths.trail(["A", "B"])
    assert len(lines) == 1 and lines[0][0] == (50.0, 50.0) and lines[0][-1] == (150.0, 50.0)
    assert (100.0, 20.0) in lines[0]  # through the door, not straight across the wall at y=50
    assert_crosses_only_at_doors(paths, lines)

    # A to C (a missed read in the corridor): down into the corridor, along it, round its corner
    lines = paths.trail(["A", "C"])
    assert len(lines) == 1
    assert (50.0, 100.0) in lines[0] and (260.0, 130.0) in lines[0]
    assert_crosses_only_at_doors(paths, lines)
    assert all(not segments_intersect(a, b, (200.0, 0.0), (200.0, 100.0)) for a, b in segments(lines))


def test_zones_no_way_joins_break_the_trail_instead_of_crossing_a_wall() -> None:
    paths = FloorPaths({"A": ROOM_A, "B": ROOM_B, "C": ROOM_C}, [(100.0, 20.0)])
    lines = paths.trail(["A", "B", "C", "C", "B"])
    assert [len(line) > 1 for line in lines] == [True, False, False]  # A-B, then C alone, then B
    assert paths.route("B", "C") is None
    assert_crosses_only_at_doors(paths, lines)


# -- the demo floor plans ------------------------------------------------------------------------


@pytest.mark.parametrize("plan", ["BR01-F1", "OC01-F3"])
def test_demo_doors_sit_in_openings_of_the_walls_the_plan_draws(plan: str) -> None:
    zones, svg = demo_floor(plan)
    points = door_points_from_svg(svg)
    assert points
    paths = FloorPaths(zones, points)
    assert len(paths.doors) == len(points)  # each marked door joins exactly one pair of zones
    walls = svg_walls(svg)
    for door in paths.doors:  # in a gap of the walls, clear of their ends
        assert min(point_segment_distance(door.point, w) for w in walls) > 5, door


@pytest.mark.parametrize("plan", ["BR01-F1", "OC01-F3"])
def test_every_demo_trail_crosses_walls_only_through_doors(plan: str) -> None:
    """Every pair of zones of a demo floor: the way between them (when there is one) meets zone
    boundaries only at doors and never crosses a wall segment the plan draws."""
    zones, svg = demo_floor(plan)
    paths = FloorPaths(zones, door_points_from_svg(svg))
    walls = svg_walls(svg)
    routed = 0
    for a, b in itertools.permutations(zones, 2):
        lines = paths.trail([a, b])
        assert_crosses_only_at_doors(paths, lines)
        for s in segments(lines):
            assert not any(segments_intersect(*s, *w) for w in walls), (a, b, s)
        routed += len(lines) == 1
    assert routed == len(zones) * (len(zones) - 1)  # every zone of the demo floors reaches every other


def test_the_branch_vault_is_reached_through_the_handover_room() -> None:
    zones, svg = demo_floor("BR01-F1")
    paths = FloorPaths(zones, door_points_from_svg(svg))
    assert not paths.adjacent("BR01-VAULT", "BR01-CORRIDOR")  # they touch, but a wall parts them
    lines = paths.trail(["BR01-VAULT", "BR01-CORRIDOR", "BR01-HALL"])
    assert len(lines) == 1
    line = lines[0]
    for door in [(340.0, 185.0), (502.5, 330.0), (757.5, 400.0), (790.0, 500.0)]:
        assert door in line  # vault -> handover -> corridor -> counters -> hall
    assert line[0] == paths.anchors["BR01-VAULT"] and line[-1] == paths.anchors["BR01-HALL"]
