"""A workstation runs only the devices of its station: one whose station owns no reader starts no
reader thread and no simulator, and its map shows the stored presence from the positions service."""

from __future__ import annotations

import argparse
import os
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QDialog

from app import demo
from app.tracking import store
from app.tracking.presence import PresenceChange
from widgets.docks.tag_map.panel import MapPanel
from widgets.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("cheap_kdf")


def _device_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name == "simulator" or t.name.startswith("reader-")]


def test_a_second_workstation_of_the_demo_runs_no_devices_of_its_own(  # type: ignore[no-untyped-def]
    qapp, tmp_path, monkeypatch
) -> None:
    from widgets import application

    db_url = f"sqlite:///{tmp_path / 'embedded.db'}"  # the GUI opens only an embedded database itself

    class Opened(Exception):
        pass

    class FakeLogin:  # the operator logs in at once
        def __init__(self, identity, **_kw) -> None:  # type: ignore[no-untyped-def]
            self.identity = identity
            self.principal = None
            self.language_requested = SimpleNamespace(connect=lambda _fn: None)

        def exec(self) -> QDialog.DialogCode:
            self.principal = self.identity.authenticate("operator", demo.DEMO_PASSWORD)
            return QDialog.DialogCode.Accepted

    seen: dict[str, object] = {}

    def fake_window(*_a, **kw):  # type: ignore[no-untyped-def]
        seen.update(kw)
        seen["device_threads"] = _device_threads()
        raise Opened

    monkeypatch.setattr(application, "LoginDialog", FakeLogin)
    monkeypatch.setattr(application, "MainWindow", fake_window)
    monkeypatch.setattr(application, "setup_logging", lambda folder: folder / "suite.log")
    monkeypatch.setattr(application, "install_excepthook", lambda app: None)
    (Path(os.environ["BANKSUITE_DATA_DIR"]) / "devices").mkdir()
    args = argparse.Namespace(
        db=db_url, lang="en", theme="dark", demo=True, no_devices=False, user="", station="WS2"
    )
    with pytest.raises(Opened):
        application.run_gui(args)
    assert seen["tracking"] is None and seen["device_threads"] == []
    assert seen["capture"].station == "WS2"  # type: ignore[attr-defined]  # one code for all its devices


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
