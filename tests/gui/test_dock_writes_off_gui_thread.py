"""Docks write through their ``Operations`` workers: a slow service (a suite server that takes
seconds to answer, or cannot be reached) keeps the GUI thread free, the control that started the
change is off until it is answered, the change is published on the window's bus when it arrives,
and a refusal is shown as it always was (the same box, the same field error, the form again)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.errors import SuiteError, Unreachable, ValidationError
from app.operations import Action, Change
from app.rbac import Role, system_principal
from widgets.common.plain import literal
from widgets.messages import error_text
from widgets.workers import Operations

WAIT_MS = 5000
ROOT = system_principal("test")


def test_operations_answer_in_order_hold_their_controls_and_raise_faults(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QWidget()
    qtbot.addWidget(owner)
    button, off, action = QPushButton(owner), QPushButton(owner), QAction(owner)
    off.setEnabled(False)
    ops = Operations(owner)
    busy: list[bool] = []
    ops.busy_changed.connect(busy.append)
    gates = {n: threading.Event() for n in (1, 2, 3)}
    ran: list[int] = []
    threads: list[threading.Thread] = []

    def job(n: int):  # type: ignore[no-untyped-def]
        def run() -> int:
            threads.append(threading.current_thread())
            assert gates[n].wait(WAIT_MS / 1000)
            ran.append(n)
            return n

        return run

    answers: list[int] = []
    ops.run(job(1), answers.append, hold=(button, action, off))
    ops.run(job(2), answers.append, hold=(button,))  # held twice: given back after both
    assert ops.busy and busy == [True] and not button.isEnabled() and not action.isEnabled()
    assert owner.cursor().shape() == Qt.CursorShape.BusyCursor
    gates[2].set()  # the second waits for the first: one at a time
    qtbot.wait(50)
    assert ran == [] and answers == []
    gates[1].set()
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=WAIT_MS)
    assert answers == ran == [1, 2] and busy == [True, False]  # in the order started, none superseded
    assert all(t is not threading.main_thread() for t in threads)
    assert button.isEnabled() and action.isEnabled() and not off.isEnabled()  # as they were
    assert owner.cursor().shape() == Qt.CursorShape.ArrowCursor

    ops.run(job(3), answers.append, hold=(button,))
    ops.run(lambda: 4, answers.append, hold=(action,))
    assert not button.isEnabled() and not action.isEnabled()
    gates[3].set()
    qtbot.waitUntil(lambda: len(answers) == 4, timeout=WAIT_MS)
    assert answers == [1, 2, 3, 4] and button.isEnabled() and action.isEnabled()

    refused: list[SuiteError] = []

    def refuse() -> None:
        raise Unreachable("no suite server reachable", servers=[], sent=False)

    ops.run(refuse, answers.append, refused.append, hold=(button,))
    qtbot.waitUntil(lambda: bool(refused), timeout=WAIT_MS)
    assert isinstance(refused[0], Unreachable) and button.isEnabled() and answers == [1, 2, 3, 4]

    with qtbot.captureExceptions() as faults:  # a fault is raised on the GUI thread, as from a slot
        ops.run(lambda: 1 // 0, answers.append, refused.append)
        qtbot.waitUntil(lambda: bool(faults), timeout=WAIT_MS)
    assert faults[0][0] is ZeroDivisionError and len(refused) == 1 and not ops.busy

    gates[5] = threading.Event()
    ops.run(job(5), answers.append)
    assert not ops.stop(50)  # the owner goes away: the call is not withdrawn, its answer dropped
    gates[5].set()
    assert ops.stop(WAIT_MS)
    qtbot.wait(50)
    assert ran == [1, 2, 3, 5] and answers == [1, 2, 3, 4]


@pytest.fixture
def admin_window(qtbot, demo_login, open_window):  # type: ignore[no-untyped-def]
    window = open_window(demo_login("admin"))
    for name in ("dock.registers", "dock.zones"):  # they read their data on workers
        qtbot.waitUntil(lambda name=name: window.docks[name].panel.loaded, timeout=WAIT_MS)
    return window


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append((a[1], a[2])))
    return shown


def published_by(window) -> list[Change]:  # type: ignore[no-untyped-def]
    changes: list[Change] = []
    window.bus.changed.connect(lambda change, _source: changes.append(change))
    return changes


def test_a_tag_is_bound_on_the_worker_and_a_refusal_opens_the_form_again(  # type: ignore[no-untyped-def]
    qtbot, services, admin_window, boxes, answer_next_dialog, slow_call, gui_ticks, monkeypatch
) -> None:
    panel = admin_window.docks["dock.registers"].panel
    changes = published_by(admin_window)
    panel.tabs.setCurrentIndex(1)  # assets
    panel.tables["asset"].selectRow(0)
    bind = panel.actions_by_name["registers.bind_tag"]
    calls = slow_call(services.registers, "bind_tag")

    def fill(dlg) -> None:  # type: ignore[no-untyped-def]
        dlg.tag.setText("0a0b0c0e")
        dlg.reason.insertPlainText("更换防拆标签")
        dlg.buttons.accepted.emit()

    answer_next_dialog(fill)  # the form is filled in on the GUI thread, before the call
    bind.trigger()
    assert panel.ops.busy and not bind.isEnabled() and "…" in panel.busy.text()
    qtbot.waitUntil(calls.entered.is_set, timeout=WAIT_MS)
    assert calls.off_gui_thread
    gui_ticks(panel)
    assert not changes and panel.loading
    calls.release.set()
    qtbot.waitUntil(lambda: not panel.loading, timeout=WAIT_MS)  # bound, then listed again
    assert [c.action for c in changes] == [Action.TAG_BIND] and not panel.busy.text()
    panel.tables["asset"].selectRow(0)
    assert bind.isEnabled()
    assert panel.selected_tag() == "0A0B0C0E"

    away = Unreachable("no suite server reachable", servers=["https://suite:8443"], sent=False)

    def unreachable(*args, **kw):  # type: ignore[no-untyped-def]
        raise away

    monkeypatch.setattr(services.registers, "bind_tag", unreachable)
    seen: list[str] = []

    def again(dlg) -> None:  # type: ignore[no-untyped-def]
        seen.append(dlg.tag.text())  # the form as it was filled in
        dlg.reject()

    answer_next_dialog(fill)
    bind.trigger()
    answer_next_dialog(again)  # after the box: the form once more
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert boxes == [(panel.tr("Registers"), literal(error_text(away), away.message))]  # as before
    assert seen == ["0a0b0c0e"] and len(changes) == 1 and bind.isEnabled()


def test_a_user_is_created_on_the_worker(  # type: ignore[no-untyped-def]
    qtbot, services, cheap_kdf, make_user, open_window, answer_next_dialog, slow_call, gui_ticks
) -> None:
    window = open_window(make_user("boss", Role.ADMIN))
    panel = window.docks["dock.users"].panel
    qtbot.waitUntil(lambda: not panel.loading, timeout=WAIT_MS)
    changes = published_by(window)
    create = slow_call(services.identity, "create_user")

    def fill(dlg) -> None:  # type: ignore[no-untyped-def]
        dlg.username.setText("newbie")
        dlg.display_name.setText("新人")
        dlg.password.setText("N3w!person")
        dlg.repeat.setText("N3w!person")
        dlg.roles.boxes[Role.TELLER].setChecked(True)
        dlg.reason.insertPlainText("新员工入职")
        dlg.buttons.accepted.emit()

    answer_next_dialog(fill)
    panel.actions_by_name["users.new"].trigger()
    assert panel.ops.busy and not panel.actions_by_name["users.new"].isEnabled()
    qtbot.waitUntil(create.entered.is_set, timeout=WAIT_MS)
    assert create.off_gui_thread
    gui_ticks(panel)
    assert not changes and not any(u.username == "newbie" for u in panel.model.users)
    create.release.set()
    qtbot.waitUntil(lambda: not panel.loading, timeout=WAIT_MS)
    assert [c.action for c in changes] == [Action.USER_CREATE]
    assert any(u.username == "newbie" for u in panel.model.users)
    assert panel.actions_by_name["users.new"].isEnabled()


def test_a_zone_is_saved_on_the_worker(  # type: ignore[no-untyped-def]
    qtbot, services, admin_window, give_reason, slow_call, gui_ticks
) -> None:
    editor = admin_window.docks["dock.zones"].panel
    changes = published_by(admin_window)
    editor.zones.setCurrentRow(0)
    handle = editor.canvas.handles[0]
    handle.setPos(handle.pos() + QPointF(4, 4))
    save = editor.actions_by_name["zones.save"]
    assert save.isEnabled()
    calls = slow_call(services.sites, "save_zone")
    give_reason("墙体改造")
    save.trigger()
    assert editor.ops.busy and not save.isEnabled()
    qtbot.waitUntil(calls.entered.is_set, timeout=WAIT_MS)
    assert calls.off_gui_thread
    gui_ticks(editor)
    handle.setPos(handle.pos() + QPointF(1, 0))  # an edit meanwhile: Save stays off until the answer
    assert not save.isEnabled() and not changes
    calls.release.set()
    qtbot.waitUntil(lambda: bool(changes), timeout=WAIT_MS)
    assert changes[0].action == Action.ZONE_UPDATE and save.isEnabled() and len(calls.threads) == 1


def test_a_rules_save_runs_on_the_worker(  # type: ignore[no-untyped-def]
    qtbot, services, cheap_kdf, make_user, open_window, give_reason, slow_call, gui_ticks
) -> None:
    window = open_window(make_user("boss", Role.ADMIN))
    panel = window.docks["dock.authz_rules"].panel
    qtbot.waitUntil(lambda: panel.loaded, timeout=WAIT_MS)
    panel.dispatch.setCurrentIndex(panel.dispatch.findData("push"))
    save = panel.actions_by_name["authz_rules.save"]
    calls = slow_call(services.authorization, "save_policy")
    give_reason("改为推送")
    save.trigger()
    assert panel.loading and not save.isEnabled() and "…" in panel.message.text()
    qtbot.waitUntil(calls.entered.is_set, timeout=WAIT_MS)
    assert calls.off_gui_thread
    gui_ticks(panel)
    assert services.authorization.policy(ROOT)[0] == 0
    calls.release.set()
    qtbot.waitUntil(lambda: not panel.loading, timeout=WAIT_MS)
    assert services.authorization.policy(ROOT)[0] == 1 and panel.version == 1 and save.isEnabled()


def test_a_refused_rules_save_is_marked_as_before(  # type: ignore[no-untyped-def]
    qtbot, services, cheap_kdf, make_user, open_window, give_reason, monkeypatch
) -> None:
    window = open_window(make_user("boss", Role.ADMIN))
    panel = window.docks["dock.authz_rules"].panel
    qtbot.waitUntil(lambda: panel.loaded, timeout=WAIT_MS)

    def refuse(*args, **kw):  # type: ignore[no-untyped-def]
        raise ValidationError("bad order", field="business.CASH_WD", problem="order")

    monkeypatch.setattr(services.authorization, "save_policy", refuse)
    give_reason("试一试")
    panel.actions_by_name["authz_rules.save"].trigger()
    qtbot.waitUntil(lambda: not panel.loading, timeout=WAIT_MS)
    assert panel.message.text() == "⚠ " + panel._problem_text("business.CASH_WD", "order")
    assert panel.business_model.mark is not None


def test_the_password_change_runs_on_the_worker(  # type: ignore[no-untyped-def]
    qtbot, services, make_user, open_window, answer_next_dialog, slow_call, gui_ticks, user_password
) -> None:
    who = make_user("eve", Role.OPERATOR)
    w = open_window(who)
    changes = published_by(w)
    calls = slow_call(services.identity, "change_password")
    seen: list[tuple[str, bool]] = []

    def wrong_old(dlg) -> None:  # type: ignore[no-untyped-def]
        dlg.old.setText("not-my-password")
        dlg.password.setText("N3w!secret")
        dlg.repeat.setText("N3w!secret")
        dlg.buttons.accepted.emit()

    def again(dlg) -> None:  # type: ignore[no-untyped-def]
        seen.append((dlg.error.text(), dlg.isVisible()))  # refused: the form again, saying why
        dlg.old.setText(user_password)
        dlg.buttons.accepted.emit()

    answer_next_dialog(wrong_old)
    w.password_action.trigger()
    assert w.ops.busy and not w.password_action.isEnabled()
    qtbot.waitUntil(calls.entered.is_set, timeout=WAIT_MS)
    assert calls.off_gui_thread
    gui_ticks(w)
    answer_next_dialog(again)
    calls.release.set()  # the first answer: refused
    qtbot.waitUntil(lambda: len(calls.threads) == 2, timeout=WAIT_MS)  # the second try, on the worker
    assert seen and seen[0][1] and seen[0][0]
    assert not w.password_action.isEnabled()
    qtbot.waitUntil(lambda: not w.ops.busy, timeout=WAIT_MS)
    assert [c.action for c in changes] == [Action.USER_PASSWORD_CHANGED] and w.password_action.isEnabled()
    assert services.identity.authenticate("eve", "N3w!secret").username == "eve"


def test_the_lock_screen_checks_the_password_on_the_worker(  # type: ignore[no-untyped-def]
    qtbot, services, make_user, open_window, slow_call, gui_ticks, user_password
) -> None:
    w = open_window(make_user("fay", Role.OPERATOR))
    w.lock()
    screen = w.lock_screen
    calls = slow_call(services.identity, "reauthenticate")
    qtbot.keyClicks(screen.password, user_password)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert screen.ops.busy and not screen.password.isEnabled() and not screen.unlock_button.isEnabled()
    assert screen.password.text() == "" and screen.error.text()  # the field waits, saying so
    qtbot.waitUntil(calls.entered.is_set, timeout=WAIT_MS)
    assert calls.off_gui_thread
    gui_ticks(w)
    screen.try_unlock()  # Enter again meanwhile: nothing more is checked
    assert w.locked and len(calls.threads) == 1
    calls.release.set()
    qtbot.waitUntil(lambda: not w.locked, timeout=WAIT_MS)
    assert w.menuBar().isEnabled() and screen.password.isEnabled() and len(calls.threads) == 1
