"""Docks read through their workers: a slow service keeps the GUI thread free, the dock says it is
busy, and the result arrives when the service returns."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from app import audit
from app.audit import ChainReport
from app.audit_sequencer import sequence_all
from app.rbac import Principal, Role
from app.services import Services

WAIT_MS = 5000


def test_the_audit_chain_check_does_not_block_the_gui_thread(  # type: ignore[no-untyped-def]
    qtbot, services: Services, make_user, open_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = open_window(make_user("aud", Role.AUDITOR))
    panel = w.docks["dock.audit"].panel
    qtbot.waitUntil(lambda: not panel.loading, timeout=WAIT_MS)
    release, entered, threads = threading.Event(), threading.Event(), []
    real = services.audit.verify

    def slow_verify(actor: Principal) -> ChainReport:  # a big log: seconds of reading
        threads.append(threading.current_thread())
        entered.set()
        assert release.wait(WAIT_MS / 1000)
        return real(actor)

    monkeypatch.setattr(services.audit, "verify", slow_verify)
    try:
        _check_while_slow(qtbot, panel, entered, release, threads)
    finally:
        release.set()
    qtbot.waitUntil(lambda: not panel.verifying, timeout=WAIT_MS)
    assert panel.chain.property("state") == "ok" and "完整" in panel.chain.text()
    assert panel.verify_button.isEnabled()
    sequence_all(services.db)  # chain what the operations recorded
    report = audit.verify_chain(services.db)
    assert report.ok and report.pending == 0 and report.checked > 0


def _check_while_slow(  # type: ignore[no-untyped-def]
    qtbot, panel, entered: threading.Event, release: threading.Event, threads: list[threading.Thread]
) -> None:
    panel.verify_action.trigger()  # returns at once
    assert panel.verifying and not panel.verify_button.isEnabled() and not panel.verify_action.isEnabled()
    assert "校验" in panel.chain.text()  # the dock shows the check is running
    qtbot.waitUntil(entered.is_set, timeout=WAIT_MS)
    assert threads[0] is not threading.main_thread()

    ticks: list[int] = []  # the GUI thread keeps running its timers meanwhile
    timer = QTimer(panel)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=WAIT_MS)
    loads = panel.loads
    panel.search.setText("aud")  # and the dock stays usable: a search goes through
    qtbot.waitUntil(lambda: panel.loads > loads and panel.model.rowCount() > 0, timeout=WAIT_MS)
    assert all("aud" in (r.target_id + r.actor_name + str(r.after)) for r in panel.model.records)
    assert panel.verifying and not release.is_set()
    timer.stop()


def test_the_registers_csv_import_runs_on_the_worker(  # type: ignore[no-untyped-def]
    qtbot, services: Services, make_user, open_window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    w = open_window(make_user("boss", Role.ADMIN))
    panel = w.docks["dock.registers"].panel
    qtbot.waitUntil(lambda: not panel.loading, timeout=WAIT_MS)
    release, threads = threading.Event(), []
    real = services.registers.import_csv

    def slow_import(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        assert release.wait(WAIT_MS / 1000)
        return real(*args, **kwargs)

    monkeypatch.setattr(services.registers, "import_csv", slow_import)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr("widgets.docks.registers.panel.ReasonDialog.exec", lambda self: True)
    monkeypatch.setattr("widgets.docks.registers.panel.ReasonDialog.reason_text", lambda self: "新员工入职")
    path = tmp_path / "people.csv"
    path.write_text("id_number,name,sex\n110105198804040040,李新岗,F\n", encoding="utf-8")
    try:
        assert panel.import_file(path)  # started, returns at once
        assert panel.importing and not panel.actions_by_name["registers.import"].isEnabled()
        assert "导入" in panel.busy.text()  # the dock shows it is busy
        assert panel.import_file(path) is None  # one import at a time
        qtbot.waitUntil(lambda: bool(threads), timeout=WAIT_MS)
        assert threads[0] is not threading.main_thread() and not shown
    finally:
        release.set()
    qtbot.waitUntil(lambda: not panel.importing, timeout=WAIT_MS)
    result = panel.last_import
    assert result is not None and result.ok and result.created == 1 and shown
    assert panel.actions_by_name["registers.import"].isEnabled()
