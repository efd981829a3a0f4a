"""Log-in dialog and idle lock, driven like a user would."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt

from app.rbac import Principal, Role, system_principal
from app.services import Services
from widgets.login_dialog import LoginDialog


def make_dialog(qtbot, services: Services, username: str = "") -> LoginDialog:  # type: ignore[no-untyped-def]
    dlg = LoginDialog(
        services.identity,
        database_label=services.db.masked_url,
        language="zh_CN",
        demo=True,
        username=username,
    )
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.windowHandle().requestActivate()  # offscreen: activate explicitly so focus behaves as on a desktop
    qtbot.waitUntil(dlg.isActiveWindow, timeout=3000)
    return dlg


def test_login_refusals_do_not_tell_whether_the_user_exists_but_still_lock(
    qtbot, services, make_user, translations, user_password
) -> None:  # type: ignore[no-untyped-def]
    """An unknown name, a wrong password and the one that locks read the same (in Chinese); only who
    then gives the right password learns that the account is locked."""
    make_user("amy", Role.OPERATOR)
    dlg = make_dialog(qtbot, services)

    def attempt(name: str, password: str) -> str:
        dlg.username.setText(name)
        dlg.password.setText(password)
        qtbot.keyClick(dlg.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dlg.busy, timeout=5000)
        return str(dlg.error.text())

    qtbot.keyClicks(dlg.username, "amy")
    qtbot.keyClick(dlg.username, Qt.Key.Key_Return)  # Enter moves to the password
    assert dlg.password.hasFocus() and dlg.error.text() == ""
    qtbot.keyClicks(dlg.password, "wrong")
    qtbot.keyClick(dlg.password, Qt.Key.Key_Return)
    assert dlg.busy and not dlg.login.isEnabled() and dlg.error.text() == "正在登录…"  # checked on the worker
    qtbot.keyClick(dlg.password, Qt.Key.Key_Return)  # a second Enter meanwhile counts nothing
    qtbot.waitUntil(lambda: not dlg.busy, timeout=5000)
    first = dlg.error.text()
    assert first == "用户名不存在或密码错误。" and dlg.password.text() == ""
    assert dlg.login.isEnabled() and dlg.password.hasFocus()
    assert attempt("nobody", "wrong") == first  # an unknown name reads the same
    assert [attempt("amy", "wrong") for _ in range(2)] == [first, first]  # the second locks it
    assert services.identity.get_user(system_principal("t"), services_user_id(services, "amy")).locked
    assert attempt("amy", user_password) != first and "锁定" in dlg.error.text()
    assert dlg.principal is None and dlg.isVisible()


def services_user_id(services: Services, username: str) -> int:
    return next(u.id for u in services.identity.list_users(system_principal("t")) if u.username == username)


def test_login_succeeds_and_language_switches_live(
    qtbot, services, make_user, translations, user_password
) -> None:  # type: ignore[no-untyped-def]
    make_user("ben", Role.TELLER)
    dlg = make_dialog(qtbot, services, username="ben")
    assert dlg.login.text() == "登录" and "Demo@2026" in dlg.hint.text()
    dlg.language_requested.connect(translations.switch)
    dlg.language.setCurrentIndex(dlg.language.findData("en"))
    qtbot.waitUntil(lambda: dlg.login.text() == "Log in", timeout=3000)
    dlg.language.setCurrentIndex(dlg.language.findData("zh_CN"))
    qtbot.waitUntil(lambda: dlg.login.text() == "登录", timeout=3000)
    qtbot.mouseClick(dlg.login, Qt.MouseButton.LeftButton)
    assert "请输入" in dlg.error.text()  # empty password: asked, not counted
    qtbot.keyClicks(dlg.password, user_password)
    with qtbot.waitSignal(dlg.accepted, timeout=5000):
        qtbot.mouseClick(dlg.login, Qt.MouseButton.LeftButton)
    assert dlg.principal is not None and dlg.principal.username == "ben"


def test_idle_lock_and_unlock(  # type: ignore[no-untyped-def]
    qtbot, services, make_user, open_window, user_password
) -> None:
    who = make_user("cat", Role.OPERATOR)
    w = open_window(who, idle_minutes=0.002)  # 0.12 s
    qtbot.waitUntil(lambda: w.locked, timeout=5000)
    assert not w.menuBar().isEnabled() and all(not d.isEnabled() for d in w.docks.values())
    w.close()
    assert w.isVisible(), "a locked window must not close without the password"
    qtbot.keyClicks(w.lock_screen.password, "bad")
    qtbot.keyClick(w.lock_screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not w.lock_screen.ops.busy, timeout=5000)  # checked on the worker
    assert w.locked and "2" in w.lock_screen.error.text()
    w.idle.limit = 3600
    qtbot.keyClicks(w.lock_screen.password, user_password)
    qtbot.keyClick(w.lock_screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not w.lock_screen.ops.busy, timeout=5000)
    assert not w.locked and w.menuBar().isEnabled()


def test_three_wrong_passwords_at_lock_screen_log_out(  # type: ignore[no-untyped-def]
    qtbot, services, make_user, open_window
) -> None:
    who = make_user("dan", Role.OPERATOR)
    w = open_window(who)
    w.lock()
    with qtbot.waitSignal(w.logged_out, timeout=5000):
        for _ in range(3):
            qtbot.keyClicks(w.lock_screen.password, "bad")
            qtbot.keyClick(w.lock_screen.password, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: not w.lock_screen.ops.busy, timeout=5000)  # checked on the worker
    assert not w.isVisible()
    assert services.identity.get_user(__import__("app.rbac").rbac.system_principal("t"), who.user_id).locked


class GatedIdentity:
    """A log-in check that takes as long as the test says (a slow server); records log-outs."""

    def __init__(self) -> None:
        self.release, self.finished = threading.Event(), threading.Event()
        self.logged_out: list[tuple[str, str]] = []

    def authenticate(
        self,
        username: str,
        password: str,
        *,
        workstation: str = "",
        public: bool = False,
        new_password: str = "",
    ) -> Principal:
        self.release.wait(10)
        self.finished.set()
        return Principal(7, username, username.title(), frozenset({Role.OPERATOR}))

    def logout(self, principal: Principal, why: str = "") -> None:
        self.logged_out.append((principal.username, why))


def test_closing_while_signing_in_is_at_once_and_the_late_log_in_is_logged_out(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    identity = GatedIdentity()
    dlg = LoginDialog(identity, database_label="x", language="en", demo=False, username="amy")  # type: ignore[arg-type]
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.windowHandle().requestActivate()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=3000)
    try:
        qtbot.keyClicks(dlg.password, "secret")
        qtbot.keyClick(dlg.password, Qt.Key.Key_Return)
        assert dlg.busy
        focus = QApplication.focusWidget()
        assert focus is not dlg.cancel and focus is not None  # Space would quit there
        qtbot.keyClick(focus, Qt.Key.Key_Space)
        assert dlg.isVisible() and dlg.busy
        started = time.monotonic()
        qtbot.keyClick(focus, Qt.Key.Key_Escape)
        assert time.monotonic() - started < 0.5  # the GUI thread does not wait for the check
        assert not dlg.isVisible() and dlg.result() == 0
    finally:
        identity.release.set()
    assert identity.finished.wait(5)
    qtbot.waitUntil(lambda: identity.logged_out == [("amy", "log-in cancelled")], timeout=3000)
    qtbot.wait(50)
    assert dlg.principal is None  # the late success is dropped, and its session ended


def test_a_success_already_on_its_way_when_the_dialog_closes_is_logged_out() -> None:
    from widgets.login_dialog import _Attempt

    identity = GatedIdentity()
    identity.release.set()
    attempt = _Attempt(identity)  # type: ignore[arg-type]
    assert attempt.run("amy", "pw", "host").username == "amy"  # succeeded; not yet taken by the dialog
    assert identity.logged_out == []
    attempt.cancel()
    deadline = time.monotonic() + 3
    while not identity.logged_out and time.monotonic() < deadline:
        time.sleep(0.01)
    assert identity.logged_out == [("amy", "log-in cancelled")]
    taken = _Attempt(identity)  # type: ignore[arg-type]
    taken.run("ben", "pw", "host")
    taken.take()  # the dialog took it: closing later logs nobody out
    taken.cancel()
    assert identity.logged_out == [("amy", "log-in cancelled")]


def test_a_demo_user_of_a_shared_database_sets_a_new_password_in_the_dialog(
    qtbot, services, translations
) -> None:  # type: ignore[no-untyped-def]
    from app import demo

    demo.seed_demo(services.db, shared=True)
    dlg = make_dialog(qtbot, services, username="teller")
    assert dlg.banner.isVisible() and "演示数据" in dlg.banner.text()
    assert dlg.new_password.isHidden()
    qtbot.keyClicks(dlg.password, demo.DEMO_PASSWORD)
    qtbot.keyClick(dlg.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dlg.busy, timeout=5000)
    assert dlg.principal is None and not dlg.new_password.isHidden() and "设置自己的密码" in dlg.error.text()
    assert dlg.password.text() == demo.DEMO_PASSWORD  # kept: the change needs it
    qtbot.keyClicks(dlg.new_password, "My0wn!secret")
    qtbot.keyClicks(dlg.repeat, "My0wn!secreT")
    qtbot.mouseClick(dlg.login, Qt.MouseButton.LeftButton)
    assert "两次" in dlg.error.text() and not dlg.busy  # differ: asked again, nothing sent
    dlg.repeat.setText("My0wn!secret")
    with qtbot.waitSignal(dlg.accepted, timeout=5000):
        qtbot.mouseClick(dlg.login, Qt.MouseButton.LeftButton)
    assert dlg.principal is not None and dlg.principal.username == "teller"
    assert services.identity.authenticate("teller", "My0wn!secret").username == "teller"


def test_every_window_of_the_demo_bank_says_demo_data(  # type: ignore[no-untyped-def]
    qtbot, services, make_user, ui_settings, translations
) -> None:
    from widgets.main_window import MainWindow

    who = make_user("amy", Role.OPERATOR)
    for demo, shown in ((True, True), (False, False)):
        w = MainWindow(services, who, settings=ui_settings, translations=translations, demo=demo)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        assert (w.demo_banner is not None and w.demo_banner.isVisible()) is shown
        if shown:
            assert w.demo_banner is not None and "演示数据" in w.demo_banner.text()
            banner = w.demo_banner
            translations.switch("en")
            qtbot.waitUntil(lambda b=banner: "DEMO DATA" in b.text(), timeout=3000)
            translations.switch("zh_CN")
        w._closing_for_logout = True
        w.close()
