"""Zone editing: outlines validated, changes audited, only register administrators."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from app import demo
from app.audit import AuditQuery
from app.db.models import Zone
from app.errors import PermissionDenied, ValidationError
from app.rbac import system_principal
from app.services import Services
from app.services.sites import polygon_problem

SYSTEM = system_principal("test")

ROOT = system_principal("test")
SQUARE = [(10.0, 10.0), (110.0, 10.0), (110.0, 90.0), (10.0, 90.0)]


def test_polygon_checks() -> None:
    assert polygon_problem(SQUARE, 1200, 800) is None
    assert polygon_problem(SQUARE[:2], 1200, 800) == "too_few_points"
    assert polygon_problem([(10, 10), (110, 90), (110, 10), (10, 90)], 1200, 800) == "self_intersecting"
    assert polygon_problem([(10, 10), (1300, 10), (10, 90)], 1200, 800) == "outside_plan"
    assert polygon_problem([(10, 10), (20, 20), (30, 30)], 1200, 800) == "no_area"


def test_create_and_reshape_a_zone_with_audit(services: Services) -> None:
    demo.seed_demo(services.db)
    change = services.sites.save_zone(
        ROOT,
        "br01-cctv",
        floorplan="BR01-F1",
        polygon=SQUARE,
        name_zh="监控室",
        name_en="CCTV room",
        kind="office",
        restricted=True,
        reason="新建监控室",
    )
    assert change.action == "zone.create" and change.target_ids == ("BR01-CCTV",)
    moved = [(x + 5, y) for x, y in SQUARE]
    assert (
        services.sites.save_zone(
            ROOT,
            "BR01-CCTV",
            floorplan="BR01-F1",
            polygon=moved,
            name_zh="监控室",
            name_en="CCTV room",
            kind="office",
            restricted=True,
            reason="改造",
        ).action
        == "zone.update"
    )
    with services.db.read() as s:
        zone = s.scalar(select(Zone).where(Zone.code == "BR01-CCTV"))
        assert zone is not None and json.loads(zone.polygon_json)[0] == [15.0, 10.0] and zone.restricted
    records, _ = services.audit.query(ROOT, AuditQuery(action_prefix="zone."))
    assert records[0].before["polygon"][0] == [10.0, 10.0] and records[0].after["polygon"][0] == [15.0, 10.0]


def test_bad_zone_input_is_refused(services: Services) -> None:
    demo.seed_demo(services.db)
    kw = {
        "floorplan": "BR01-F1",
        "name_zh": "x",
        "name_en": "x",
        "kind": "office",
        "restricted": False,
        "reason": "r",
    }
    with pytest.raises(ValidationError) as e:
        services.sites.save_zone(ROOT, "Z1", polygon=[(10, 10), (110, 90), (110, 10), (10, 90)], **kw)  # type: ignore[arg-type]
    assert e.value.params["problem"] == "self_intersecting"
    with pytest.raises(ValidationError):
        services.sites.save_zone(ROOT, "Z1", polygon=SQUARE, **{**kw, "kind": "spaceship"})  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        services.sites.save_zone(ROOT, "Z1", polygon=SQUARE, **{**kw, "floorplan": "NOPE"})  # type: ignore[arg-type]
    with pytest.raises(ValidationError):  # a zone code of the other site's floor
        services.sites.save_zone(ROOT, "OC01-GATE", polygon=SQUARE, **kw)  # type: ignore[arg-type]
    operator = services.identity.authenticate("operator", demo.DEMO_PASSWORD)
    with pytest.raises(PermissionDenied):
        services.sites.save_zone(operator, "Z1", polygon=SQUARE, **kw)  # type: ignore[arg-type]


def test_register_a_reader_with_antenna_zones(services: Services) -> None:
    from app.tracking import store

    demo.seed_demo(services.db)
    change = services.sites.save_reader(
        ROOT,
        "br01-r20",
        zone="BR01-HALL",
        name_zh="大厅门读卡器",
        name_en="Hall door reader",
        url="tcp://127.0.0.1:4001?protocol=binary",
        x=400,
        y=560,
        enabled=True,
        antennas={2: "BR01-GATE"},
        station=None,
        reason="新装读卡器",
    )
    assert change.action == "reader.create"
    mapping = store.zone_map(services.db)
    assert mapping[("BR01-R20", 0)] == "BR01-HALL" and mapping[("BR01-R20", 2)] == "BR01-GATE"
    assert services.sites.reader_setup(SYSTEM, "BR01-R20") == {2: "BR01-GATE"}
    services.sites.save_reader(
        ROOT,
        "BR01-R20",
        zone="BR01-HALL",
        name_zh="大厅门读卡器",
        name_en="Hall door reader",
        url="serial:///dev/ttyUSB3?protocol=binary",
        x=400,
        y=560,
        enabled=False,
        antennas={},
        station=None,
        reason="改串口",
    )
    assert ("BR01-R20", 2) not in store.zone_map(services.db)
    records, _ = services.audit.query(ROOT, AuditQuery(action_prefix="reader."))
    assert records[0].before["antennas"] == {"2": "BR01-GATE"} and records[0].after["enabled"] is False


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("url", "http://example/"),
        ("url", "tcp://nohost"),
        ("url", "sim://reader/X?protocol=morse"),
        ("url", "serial:///dev/ttyUSB0"),  # no protocol: the driver could not read it
        ("zone", "NOWHERE"),
        ("x", 5000.0),
        ("antennas", {1: "OC01-GATE"}),
        ("antennas", {0: "BR01-HALL"}),
        ("station", "WS 1"),
        ("station", "W" * 33),
    ],
)
def test_bad_reader_input_is_refused(services: Services, field: str, value: object) -> None:
    demo.seed_demo(services.db)
    kw: dict[str, object] = {
        "zone": "BR01-HALL",
        "name_zh": "x",
        "name_en": "x",
        "url": "sim://reader/X?protocol=ascii",
        "x": 10.0,
        "y": 10.0,
        "enabled": True,
        "antennas": {},
        "station": None,
        "reason": "r",
    }
    kw[field] = value
    with pytest.raises(ValidationError):
        services.sites.save_reader(ROOT, "BR01-R21", **kw)  # type: ignore[arg-type]


def test_a_readers_station_is_stored_audited_and_decides_who_runs_it(services: Services) -> None:
    demo.seed_demo(services.db)
    before = services.sites.layout(ROOT).readers["BR01-R01"]
    assert before.station == demo.DEMO_STATION
    common = {
        "zone": before.zone,
        "name_zh": before.name_zh,
        "name_en": before.name_en,
        "url": before.url,
        "x": before.x,
        "y": before.y,
        "enabled": True,
        "antennas": dict(before.antennas),
    }
    change = services.sites.save_reader(ROOT, "BR01-R01", station=" ws2 ", reason="移至二号工作站", **common)  # type: ignore[arg-type]
    assert change.action == "reader.update"
    assert services.sites.layout(ROOT).readers["BR01-R01"].station == "WS2"
    records, _ = services.audit.query(ROOT, AuditQuery(action_prefix="reader."))
    assert (records[0].before["station"], records[0].after["station"]) == (demo.DEMO_STATION, "WS2")
    assert records[0].reason == "移至二号工作站"
    assert "BR01-R01" in [r.code for r in services.tracking.mapping(ROOT, "WS2").readers]
    assert "BR01-R01" not in [r.code for r in services.tracking.mapping(ROOT, demo.DEMO_STATION).readers]
    services.sites.save_reader(ROOT, "BR01-R01", station="", reason="不归属工作站", **common)  # type: ignore[arg-type]
    assert services.sites.layout(ROOT).readers["BR01-R01"].station is None  # unassigned
    operator = services.identity.authenticate("operator", demo.DEMO_PASSWORD)
    with pytest.raises(PermissionDenied):
        services.sites.save_reader(operator, "BR01-R01", station="WS3", reason="x", **common)  # type: ignore[arg-type]
