"""Station codes: what a workstation runs as (``--station``, settings.toml, the demo, the host) and
which readers its tracking runtime drives."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import demo, security
from app.db.models import Reader
from app.errors import ValidationError
from app.services import Services
from app.stations import DEMO_STATION, host_station, optional_station, station_code, workstation_station
from hardware.compose import build_tracking
from main import build_parser


def test_station_codes_are_normalized_and_checked() -> None:
    assert station_code(" br01-ws03 ") == "BR01-WS03"
    assert optional_station("  ") is None and optional_station(None) is None
    for bad in ("", "WS 1", "W" * 33, "-WS", "柜台1"):
        with pytest.raises(ValidationError):
            station_code(bad)


def test_the_host_name_gives_the_default_station() -> None:
    assert host_station("br01-ws03.bank.local") == "BR01-WS03"
    assert host_station("my_pc (2)") == "MY_PC--2-"
    assert host_station("---") == "WORKSTATION"
    assert len(host_station("x" * 80)) == 32


def test_the_given_station_wins_then_settings_then_the_demo_then_the_host() -> None:
    assert workstation_station("ws7", "BR01-WS03", demo=True) == "WS7"
    assert workstation_station(None, "br01-ws03", demo=True) == "BR01-WS03"
    assert workstation_station(None, None, demo=True) == DEMO_STATION
    assert workstation_station(None, "", demo=False) == host_station()
    with pytest.raises(ValidationError):
        workstation_station(None, "BR01 WS03", demo=False)


def test_main_takes_a_station_and_refuses_a_malformed_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert build_parser().parse_args(["--station", "ws2"]).station == "WS2"
    assert build_parser().parse_args([]).station is None
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--station", "WS 2"])
    assert "station code" in capsys.readouterr().err


def test_a_station_runs_its_readers_and_the_unassigned_ones_only(
    services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(security, "LOG2_N", 10)
    demo.seed_demo(services.db)
    assert build_tracking(services.tracking, "WS2", device_dir=tmp_path) is None  # owns none: nothing runs
    with services.db.write() as s:
        reader = s.query(Reader).filter_by(code="BR01-R01").one()
        reader.station = None  # unassigned: the embedded workstation runs it, whatever its code
        s.query(Reader).filter_by(code="BR01-R02").one().station = "WS2"
    rt = build_tracking(services.tracking, "ws2", device_dir=tmp_path)
    assert rt is not None
    assert [r.code for r in rt.readers] == ["BR01-R01", "BR01-R02"]
    assert {reader for reader, _ in rt.pipeline.engine.zone_of} == {"BR01-R01", "BR01-R02"}
    demo_rt = build_tracking(services.tracking, DEMO_STATION, device_dir=tmp_path)
    assert demo_rt is not None and "BR01-R02" not in [r.code for r in demo_rt.readers]
    assert "BR01-R01" in [r.code for r in demo_rt.readers]
