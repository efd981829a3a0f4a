"""Docks driven through their actions and forms: every change goes through a service and is audited."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import update

from app.audit_sequencer import sequence_all
from app.db.models import AuditEntry
from app.errors import SuiteError
from app.rbac import Role, system_principal
from tests.audit_tamper import tampering
from widgets.common.dialogs import FormDialog


def test_admin_creates_a_user_through_the_form(
    qtbot, services, make_user, open_window, answer_next_dialog
) -> None:  # type: ignore[no-untyped-def]
    w = open_window(make_user("boss", Role.ADMIN))
    panel = w.docks["dock.users"].panel
    qtbot.waitUntil(lambda: not panel.loading, timeout=3000)  # listed on the dock's worker
    before = panel.model.rowCount()

    def fill(dlg: FormDialog) -> None:
        qtbot.keyClicks(dlg.username, "newbie")
        dlg.display_name.insert("新人")  # QTest types ASCII only
        qtbot.keyClicks(dlg.password, "N3w!person")
        qtbot.keyClicks(dlg.repeat, "N3w!person")
        dlg.roles.boxes[Role.TELLER].setChecked(True)
        dlg.buttons.accepted.emit()  # no reason yet: refused by the form
        assert "原因" in dlg.error.text() and dlg.isVisible()
        dlg.reason.insertPlainText("新员工入职")
        dlg.buttons.accepted.emit()

    answer_next_dialog(fill)
    panel.actions_by_name["users.new"].trigger()
    qtbot.waitUntil(lambda: not panel.loading, timeout=3000)
    assert panel.model.rowCount() == before + 1
    assert any(u.username == "newbie" and u.roles == (Role.TELLER,) for u in panel.model.users)
    audit_panel = w.docks["dock.audit"].panel
    qtbot.waitUntil(
        lambda: not audit_panel.loading and audit_panel.model.records[0].action == "user.create", timeout=3000
    )  # read on the dock's worker
    top = audit_panel.model.records[0]
    assert top.action == "user.create" and top.reason == "新员工入职" and top.actor_name == "boss"
    action_col = audit_panel.model.COLUMNS.index("action")
    assert audit_panel.model.index(0, action_col).data() == "新建用户"  # shown by name, in Chinese


def test_unlock_is_offered_only_for_locked_users_and_not_for_self_and_decided_by_two(
    qtbot, services, make_user, open_window, answer_next_dialog
) -> None:  # type: ignore[no-untyped-def]
    """One administrator proposes the unlock; it waits in the proposals list, where the proposer
    cannot approve it and a second administrator does."""
    boss = make_user("boss2", Role.ADMIN)
    other = make_user("boss3", Role.ADMIN)
    make_user("victim", Role.TELLER)
    for _ in range(3):
        with pytest.raises(SuiteError):
            services.identity.authenticate("victim", "bad")
    w = open_window(boss)
    panel = w.docks["dock.users"].panel
    panel.reload()
    qtbot.waitUntil(lambda: not panel.loading, timeout=3000)

    def select(name: str) -> None:
        for row in range(panel.proxy.rowCount()):
            if panel.proxy.index(row, 0).data().startswith(name):
                panel.table.selectRow(row)
                return
        raise AssertionError(name)

    select("boss2")
    assert not panel.actions_by_name["users.unlock"].isEnabled()
    assert not panel.actions_by_name["users.roles"].isEnabled()
    select("victim")
    assert panel.actions_by_name["users.unlock"].isEnabled()

    def confirm(dlg: FormDialog) -> None:
        dlg.reason.insertPlainText("电话核实本人")
        dlg.buttons.accepted.emit()

    answer_next_dialog(confirm)
    panel.actions_by_name["users.unlock"].trigger()
    qtbot.waitUntil(lambda: not panel.loading and panel.proposals.rowCount() == 1, timeout=3000)
    assert "第二名管理员" in panel.notice.text()
    victim = next(u for u in panel.model.users if u.username == "victim")
    assert victim.locked  # only proposed
    panel.proposal_table.selectRow(0)
    assert panel.proposals.index(0, 1).data() == "解锁用户 victim"
    assert not panel.actions_by_name["users.approve_proposal"].isEnabled()  # not by its proposer
    assert panel.actions_by_name["users.reject_proposal"].isEnabled()  # (withdrawn so)

    w2 = open_window(other)
    panel2 = w2.docks["dock.users"].panel
    qtbot.waitUntil(lambda: not panel2.loading and panel2.proposals.rowCount() == 1, timeout=3000)
    panel2.proposal_table.selectRow(0)
    assert panel2.actions_by_name["users.approve_proposal"].isEnabled()
    answer_next_dialog(confirm)
    panel2.actions_by_name["users.approve_proposal"].trigger()
    qtbot.waitUntil(lambda: not panel2.loading and panel2.proposals.rowCount() == 0, timeout=3000)
    victim = next(u for u in panel2.model.users if u.username == "victim")
    assert not victim.locked
    assert services.identity.authenticate("victim", "Str0ng!pass").username == "victim"


def test_audit_dock_verifies_and_reports_tampering(
    qtbot, services, make_user, open_window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    w = open_window(make_user("aud", Role.AUDITOR))
    panel = w.docks["dock.audit"].panel
    panel.verify_action.trigger()
    qtbot.waitUntil(lambda: not panel.verifying, timeout=3000)  # checked on the dock's worker
    assert panel.chain.property("state") == "ok" and "完整" in panel.chain.text()
    sequence_all(services.db)
    with tampering(services.db) as s:  # the owner's credential, triggers disabled
        s.execute(update(AuditEntry).where(AuditEntry.id == 1).values(actor_name="someone else"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    panel.verify_action.trigger()
    qtbot.waitUntil(lambda: not panel.verifying, timeout=3000)
    assert panel.chain.property("state") == "error" and shown
    assert "第 1 条" in panel.chain.text() and "被改动" in panel.chain.text()


def test_audit_search_filters(  # type: ignore[no-untyped-def]
    qtbot, services, make_user, open_window
) -> None:
    make_user("findme", Role.TELLER)
    w = open_window(make_user("aud2", Role.ADMIN))
    panel = w.docks["dock.audit"].panel
    qtbot.keyClicks(panel.search, "findme")
    qtbot.waitUntil(
        lambda: (
            all("findme" in (r.target_id + r.actor_name + str(r.after)) for r in panel.model.records)
            and panel.model.rowCount() > 0
        ),
        timeout=3000,
    )
    panel.kind.setCurrentIndex(panel.kind.findData("auth."))
    qtbot.waitUntil(lambda: not panel.loading, timeout=3000)
    assert all(r.action.startswith("auth.") for r in panel.model.records)


def test_overview_counts(qtbot, services, make_user, open_window) -> None:  # type: ignore[no-untyped-def]
    from app import demo

    demo.seed_demo(services.db)
    w = open_window(services.identity.authenticate("operator", demo.DEMO_PASSWORD))
    panel = w.docks["dock.overview"].panel
    qtbot.waitUntil(lambda: panel._data is not None and not panel.loading, timeout=3000)  # on its worker
    assert int(panel.cards["people"].value.text()) >= 40
    assert panel.sites.rowCount() == 2 and panel.sites.item(0, 1).text().endswith("营业部")


def test_an_administrator_gives_a_card_of_old_a_new_pin(
    qtbot, services, make_user, open_window, answer_next_dialog
) -> None:  # type: ignore[no-untyped-def]
    """Migration 0015 wiped the 4-digit PINs: the dock's Reset PIN gives one of 6 digits."""
    from sqlalchemy import update

    from app import security
    from app.db.models import Card
    from app.rbac import system_principal

    boss = make_user("boss", Role.ADMIN)
    holder = make_user("vault", Role.OPERATOR)  # (a custodian's PIN is four-eyes: test_four_eyes)
    assert holder.user_id is not None
    services.identity.issue_card(system_principal("t"), holder.user_id, "C0A80101", "395172", "t")
    with services.db.write() as s:
        s.execute(update(Card).values(pin_hash=security.PIN_RESET))
    w = open_window(boss)
    panel = w.docks["dock.users"].panel
    qtbot.waitUntil(lambda: not panel.loading, timeout=3000)
    row = next(r for r in range(panel.proxy.rowCount()) if panel.proxy.index(r, 0).data() == "vault")
    panel.table.selectRow(row)
    assert panel.actions_by_name["users.reset_pin"].isEnabled()

    def fill(dlg: FormDialog) -> None:
        assert dlg.card_uid.text() == "C0A80101" and dlg.card_uid.isReadOnly()
        qtbot.keyClicks(dlg.pin, "604829")
        qtbot.keyClicks(dlg.repeat, "604829")
        dlg.reason.insertPlainText("四位密码作废，重新设置")
        dlg.buttons.accepted.emit()

    answer_next_dialog(fill)
    panel.actions_by_name["users.reset_pin"].trigger()
    qtbot.waitUntil(lambda: not panel.loading, timeout=3000)
    assert services.identity.verify_card_pin("C0A80101", "604829", context="t").user_id == holder.user_id


def test_the_incompatible_roles_table_is_edited_in_the_users_dock_and_approved_by_a_second_admin(
    qtbot, services, make_user, open_window, answer_next_dialog
) -> None:  # type: ignore[no-untyped-def]
    """Issue 11: the separation-of-duties table has a view. A pair added is only local until saved;
    saving proposes the whole table; a second administrator's approval makes it the rule."""
    boss, other = make_user("sod1", Role.ADMIN), make_user("sod2", Role.ADMIN)
    w = open_window(boss)
    panel = w.docks["dock.users"].panel
    page = panel.conflicts
    qtbot.waitUntil(lambda: not panel.loading and page.model.rowCount() == 4, timeout=3000)  # migration's 4
    assert page.model.index(0, 0).data() and "teller" not in page.model.index(0, 0).data()  # role names
    assert panel.tabs.tabText(1) == "不相容岗位"
    assert not page.actions_by_name["users.conflicts.save"].isEnabled()

    def add(dlg: FormDialog) -> None:
        dlg.first.setCurrentIndex(dlg.first.findData(Role.CUSTODIAN.value))
        dlg.second.setCurrentIndex(dlg.second.findData(Role.CUSTODIAN.value))
        dlg.buttons.accepted.emit()  # the same role twice: refused by the form
        assert dlg.isVisible() and dlg.error.text()
        dlg.second.setCurrentIndex(dlg.second.findData(Role.ESCORT.value))
        dlg.buttons.accepted.emit()

    try:
        answer_next_dialog(add)
        page.actions_by_name["users.conflicts.add"].trigger()
        assert ("custodian", "escort") in page.model.rows and page.model.edited
        assert panel.open_work()  # Ctrl+Q asks: the edit would be lost
        assert (
            services.identity.role_conflicts(system_principal("test")) == page.model.saved
        )  # nothing stored yet

        def reason(dlg: FormDialog) -> None:
            dlg.reason.insertPlainText("金库管库与押运分离")
            dlg.buttons.accepted.emit()

        answer_next_dialog(reason)
        page.actions_by_name["users.conflicts.save"].trigger()
        qtbot.waitUntil(lambda: not panel.loading and page.pending is not None, timeout=3000)
        assert "第二名管理员" in page.status.text()
        assert not page.actions_by_name["users.conflicts.save"].isEnabled()  # one proposal at a time
        assert ("custodian", "escort") not in services.identity.role_conflicts(system_principal("test"))

        w2 = open_window(other)
        panel2 = w2.docks["dock.users"].panel
        qtbot.waitUntil(lambda: not panel2.loading and panel2.proposals.rowCount() == 1, timeout=3000)
        assert "不相容岗位" in panel2.proposals.index(0, 1).data()
        panel2.proposal_table.selectRow(0)

        def approve(dlg: FormDialog) -> None:
            dlg.reason.insertPlainText("同意")
            dlg.buttons.accepted.emit()

        answer_next_dialog(approve)
        panel2.actions_by_name["users.approve_proposal"].trigger()
        qtbot.waitUntil(
            lambda: not panel2.loading and ("custodian", "escort") in panel2.conflicts.model.saved,
            timeout=3000,
        )
        assert not panel2.conflicts.model.edited
        with pytest.raises(SuiteError):  # the rule holds in the service
            services.identity.create_user(
                system_principal("test"),
                "both",
                "两岗",
                "Str0ng!pass",
                [Role.CUSTODIAN, Role.ESCORT],
                reason="试",
            )
        page.reload()  # the first window, read again: its edit is now the table
        qtbot.waitUntil(lambda: not page.model.edited and len(page.model.saved) == 5, timeout=3000)
        assert not panel.open_work()
    finally:
        page.discard()  # a failed step must not leave an edit for the close to ask about
