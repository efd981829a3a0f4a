"""Main window: docks by permission, layout saved per user, reset, theme and language, status bar."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDockWidget

from app.rbac import Role
from widgets.main_window import LAYOUT_VERSION, layout_key


def test_docks_follow_permissions(services, make_user, open_window) -> None:  # type: ignore[no-untyped-def]
    admin = open_window(make_user("root", Role.ADMIN))
    assert set(admin.docks) == {
        "dock.map",
        "dock.readers",
        "dock.overview",
        "dock.registers",
        "dock.zones",
        "dock.audit",
        "dock.users",
        "dock.capture",
        "dock.templates",
        "dock.authz_stats",
        "dock.authz_rules",
    }
    assert {d.objectName() for d in admin.findChildren(QDockWidget)} == set(admin.docks)
    operator = open_window(make_user("op", Role.OPERATOR))
    assert set(operator.docks) == {"dock.map", "dock.readers", "dock.overview"}
    auditor = open_window(make_user("aud", Role.AUDITOR))
    assert set(auditor.docks) == {"dock.overview", "dock.audit", "dock.authz_stats"}
    teller = open_window(make_user("teller", Role.TELLER))
    assert set(teller.docks) == {"dock.overview", "dock.capture", "dock.authz_request"}  # no statistics
    chief = open_window(make_user("chief", Role.SUPERVISOR))
    assert {"dock.authz_queue", "dock.authz_stats", "dock.capture"} <= set(chief.docks)


def test_layout_saved_per_user_and_restored(  # type: ignore[no-untyped-def]
    qtbot, services, make_user, open_window, ui_settings
) -> None:
    who = make_user("lay", Role.ADMIN)
    w = open_window(who)
    w.docks["dock.users"].hide()
    w.docks["dock.audit"].setFloating(True)
    w._closing_for_logout = True
    w.close()
    assert ui_settings.contains(layout_key("lay", "state")) and f"v{LAYOUT_VERSION}" in layout_key(
        "lay", "state"
    )
    again = open_window(who)
    assert not again.docks["dock.users"].isVisible()
    assert again.docks["dock.audit"].isFloating()
    other = open_window(make_user("other", Role.ADMIN))  # another user keeps the default layout
    assert other.docks["dock.users"].isVisible() and not other.docks["dock.audit"].isFloating()
    again.reset_layout()
    assert again.docks["dock.users"].isVisible() and not again.docks["dock.audit"].isFloating()


def test_view_menu_toggles_docks(services, make_user, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window(make_user("menu", Role.ADMIN))
    toggle = w.docks["dock.overview"].toggleViewAction()
    assert toggle in w.view_menu.actions() and toggle.text() == "概览"
    toggle.trigger()
    assert not w.docks["dock.overview"].isVisible()
    toggle.trigger()
    assert w.docks["dock.overview"].isVisible()


def test_language_and_theme_switch(  # type: ignore[no-untyped-def]
    qtbot, services, make_user, open_window, ui_settings
) -> None:
    w = open_window(make_user("lang", Role.ADMIN))
    assert "银行运营监控套件" in w.windowTitle() and w.docks["dock.audit"].windowTitle() == "审计日志"
    w.set_language("en")
    qtbot.waitUntil(lambda: w.windowTitle().startswith("Bank"), timeout=3000)  # LanguageChange is posted
    assert (
        w.windowTitle().startswith("Bank Operator Suite")
        and w.docks["dock.audit"].windowTitle() == "Audit log"
    )
    assert "Administrator" in w.user_indicator.text()
    w.set_language("zh_CN")
    qtbot.waitUntil(lambda: w.file_menu.title() == "文件(&F)", timeout=3000)
    assert w.file_menu.title() == "文件(&F)" and "中心管理员" in w.user_indicator.text()
    assert ui_settings.value("ui/language") == "zh_CN"
    w.set_theme("light")
    assert QApplication.instance().property("suiteTheme") == "light"  # type: ignore[union-attr]
    w.set_theme("dark")


def test_status_bar_shows_database_state(  # type: ignore[no-untyped-def]
    qtbot, services, make_user, open_window
) -> None:
    w = open_window(make_user("stat", Role.OPERATOR))
    assert "已连接" in w.db_indicator.text() and w.db_indicator.property("state") == "ok"
    w.link.health._on_result(False, "server closed the connection")
    assert "无法连接" in w.db_indicator.text() and w.db_indicator.property("state") == "error"
    with qtbot.waitSignal(w.link.health.changed, timeout=5000) as blocker:
        w.link.health.probe()  # a real round trip on the worker thread
    assert blocker.args[0] is True
    assert w.db_indicator.property("state") == "ok"


def test_close_records_logout(services, make_user, open_window) -> None:  # type: ignore[no-untyped-def]
    from app.audit import AuditQuery
    from app.rbac import system_principal

    w = open_window(make_user("bye", Role.OPERATOR))
    w.close()
    records, _ = services.audit.query(system_principal("t"), AuditQuery(action_prefix="auth.logout"))
    assert records and records[0].actor_name == "bye"


@pytest.mark.parametrize(
    ("role", "dock"),
    [
        (Role.TELLER, "dock.authz_request"),
        (Role.OPERATOR, "dock.map"),
        (Role.AUDITOR, "dock.audit"),
        (Role.SUPERVISOR, "dock.authz_queue"),
        (Role.ADMIN, "dock.users"),
    ],
)
def test_each_role_starts_on_its_main_dock_with_the_keyboard_in_it(  # type: ignore[no-untyped-def]
    qtbot, make_user, open_window, role, dock
) -> None:
    w = open_window(make_user(f"main_{role.value}", role))
    main = w.docks[dock]
    qtbot.waitUntil(lambda: not main.visibleRegion().isEmpty(), timeout=3000)  # on top of its tabs
    for other in w.tabifiedDockWidgets(main):
        assert other.visibleRegion().isEmpty(), other.objectName()
    qtbot.waitUntil(lambda: w.focusWidget() is not None and main.isAncestorOf(w.focusWidget()), timeout=3000)


def test_f2_takes_the_next_request_from_anywhere_in_the_authorizers_window(  # type: ignore[no-untyped-def]
    qtbot, make_user, open_window
) -> None:
    from PySide6.QtCore import Qt

    w = open_window(make_user("chief", Role.SUPERVISOR))
    queue = w.docks["dock.authz_queue"]
    audit = w.docks["dock.audit"]
    search = audit.panel.search
    behind = w.tabifiedDockWidgets(queue)
    assert behind, "the queue shares its area with another dock"
    behind[0].raise_()  # the queue behind another dock's tab, the keyboard in the audit log's search
    qtbot.waitUntil(lambda: queue.visibleRegion().isEmpty(), timeout=3000)
    with qtbot.waitActive(w):
        w.activateWindow()
    search.setFocus()
    qtbot.waitUntil(search.hasFocus, timeout=3000)
    claims: list[bool] = []
    queue.panel.ops.run = lambda *a, **k: claims.append(True)  # the claim itself: test_authz_docks
    qtbot.keyClick(search, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: not queue.visibleRegion().isEmpty(), timeout=3000)
    assert claims == [True]


def test_quitting_with_work_open_asks_first(qtbot, make_user, open_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    w = open_window(make_user("clerk", Role.TELLER))
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def exec_(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.informativeText())
        return answer[0]

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert w.open_work() == []
    w.docks["dock.authz_request"].panel.form.account.setText("6222020200112233445")
    assert len(w.open_work()) == 1
    w.quit_action.trigger()  # Ctrl+Q
    assert asked and "未发送" in asked[0] and w.isVisible()  # kept working
    answer[0] = QMessageBox.StandardButton.Yes
    w.quit_action.trigger()
    assert len(asked) == 2 and not w.isVisible()


def test_a_request_in_hand_is_open_work(qtbot, make_user, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window(make_user("chief2", Role.SUPERVISOR))
    assert w.open_work() == []
    w.docks["dock.authz_queue"].panel.held_id = 7  # as a claim leaves it
    assert w.open_work() == ["第 7 号申请已领取，尚未处理。"]


def test_the_view_menu_ticks_the_open_docks(qtbot, make_user, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window(make_user("ticks", Role.ADMIN))
    w.docks["dock.registers"].hide()
    actions = {a.text(): a for a in w.view_menu.actions()}
    for dock in w.docks.values():
        action = dock.toggleViewAction()
        assert action in actions.values() and action.isCheckable()
        assert action.icon().isNull()  # an icon would take the place of the tick (Fusion with a style sheet)
        assert action.isChecked() == (dock.objectName() != "dock.registers")


def test_the_light_theme_draws_menus_and_toolbars_light(qtbot, qapp, make_user, open_window) -> None:  # type: ignore[no-untyped-def]
    from widgets.theme import apply_theme

    w = open_window(make_user("bright", Role.SUPERVISOR))
    try:
        w.set_theme("light")
        qtbot.wait(50)
        bar = w.menuBar().grab().toImage()
        toolbar = w.docks["dock.authz_queue"].panel.toolbar
        tools = toolbar.grab().toImage()
        for image in (bar, tools):
            corner = image.pixelColor(image.width() - 3, image.height() // 2)
            assert corner.lightness() > 200, corner.name()
    finally:
        apply_theme(qapp, "dark")
