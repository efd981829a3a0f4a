"""A workstation runs only the devices of its station: one whose station owns no reader starts no
reader thread and no simulator, and its map shows the stored presence from the positions service."""

from __future__ import annotations

import threading
import time

import pytest

from app.tracking import store
from app.tracking.presence import PresenceChange
from widgets.docks.tag_map.panel import MapPanel
from widgets.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("cheap_kdf")


def _device_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name == "simulator" or t.name.startswith("reader-")]


def test_a_second_workstation_of_the_demo_runs_no_devices_of_its_own(start_embedded_app) -> None:  # type: ignore[no-untyped-def]
    seen = start_embedded_app(_device_threads, station="WS2")
    assert seen["tracking"] is None and seen["probe"] == []
    assert seen["capture"].station == "WS2"  # one code for all its devices


def test_without_a_runtime_the_map_shows_the_stored_presence(  # type: ignore[no-untyped-def]
    qtbot, services, operator, ui_settings, translations
) -> None:
    tag = next(tag for tag, kind in store.known_tags(services.db).items() if kind == "person")
    store.save_movements(
        services.db, [PresenceChange(tag, "enter", "BR01-VAULT", "BR01-R03", -50, time.time(), 0)]
    )
    w = MainWindow(services, operator, settings=ui_settings, translations=translations, tracking=None)
    qtbot.addWidget(w)
    try:
        w.show()
        qtbot.waitExposed(w)
        panel = w.docks["dock.map"].panel
        assert isinstance(panel, MapPanel)
        qtbot.waitUntil(lambda: panel.loaded, timeout=5000)
        assert panel.scenes["BR01-F1"].markers[tag].zone == "BR01-VAULT"
        assert _device_threads() == []
    finally:
        w._closing_for_logout = True
        w.close()
