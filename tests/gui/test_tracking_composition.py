"""The tracking runtime composed from the registers (hardware.compose.build_tracking): a register
change reaches the pipeline through the mapping worker, never re-reading the database on the GUI
thread."""

from __future__ import annotations

import threading
import time

import pytest

from app.demo import DEMO_STATION
from app.rbac import system_principal
from app.services import Services
from app.tracking import store
from hardware.runtime import TrackingRuntime
from widgets.bridges.tracking import TrackingBridge

pytestmark = pytest.mark.usefixtures("cheap_kdf")


def test_a_reader_change_reaches_the_pipeline_off_the_gui_thread(  # type: ignore[no-untyped-def]
    qtbot, services: Services, runtime: TrackingRuntime, monkeypatch: pytest.MonkeyPatch
) -> None:
    readers_on: list[str] = []
    real_zone_map = store.zone_map

    def recording_zone_map(db, *args, **kwargs):  # type: ignore[no-untyped-def]
        readers_on.append(threading.current_thread().name)
        return real_zone_map(db, *args, **kwargs)

    monkeypatch.setattr(store, "zone_map", recording_zone_map)
    bridge = TrackingBridge(runtime)
    try:
        assert ("BR01-R01", 7) not in runtime.pipeline.engine.zone_of
        change = services.sites.save_reader(
            system_principal("test"),
            "BR01-R01",
            zone="BR01-GATE",
            name_zh="大门入口",
            name_en="Main gate entrance",
            url="sim://reader/BR01-R01?protocol=ascii",
            x=440,
            y=720,
            enabled=True,
            antennas={7: "BR01-HALL"},
            station=DEMO_STATION,
            reason="新天线",
        )
        started = time.monotonic()
        bridge.on_change(change)  # the GUI thread
        assert time.monotonic() - started < 0.05
        qtbot.waitUntil(
            lambda: runtime.pipeline.engine.zone_of.get(("BR01-R01", 7)) == "BR01-HALL", timeout=3000
        )
        assert readers_on and threading.main_thread().name not in readers_on
        assert set(readers_on) == {"tracking-mapping"}
    finally:
        bridge.stop()


def test_composed_runtime_drives_the_demo_readers_from_their_channels(
    services: Services, runtime: TrackingRuntime
) -> None:
    codes = [code for code, _ in store.enabled_readers(services.db)]
    assert codes and sorted(runtime.drivers) == codes and sorted(runtime.links) == codes  # all simulated
    assert {d.protocol for d in runtime.drivers.values()} == {"ascii", "binary"}
    assert runtime.simulator is not None and runtime.simulator.protocols["BR01-R01"] == "ascii"
