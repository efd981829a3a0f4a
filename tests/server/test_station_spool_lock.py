"""The program started twice at a station: the second one's devices do not start, finally (no
retry), because the first one holds the station's spool (review 10b #2)."""

from __future__ import annotations

from pathlib import Path

from app import demo
from app.client.station import StationAccount
from app.errors import SpoolInUse
from app.tracking.spool import Spool
from hardware.station import StationDevices

from .conftest import Live

WS1 = demo.DEMO_STATION


def test_a_second_program_at_the_station_does_not_run_its_devices(server: Live, tmp_path: Path) -> None:
    held = Spool(tmp_path / "spool" / WS1)  # the first program's spool
    devices = StationDevices(
        lambda: StationAccount([server.url], server.pin, WS1, "station1", demo.DEMO_PASSWORD, "e" * 32),
        WS1,
        tmp_path,
        retry_first=0.05,
    )
    try:
        error = devices.start()
        assert isinstance(error, SpoolInUse) and error.code == "spool_in_use"
        assert not devices.retrying and devices.attempts == 1 and devices.runtime is None
    finally:
        devices.stop()
        held.close()
