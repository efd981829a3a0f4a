"""The suite as a workstation of a live suite server on loopback (server mode): the window calls the
services through the client proxy, shows the server link in the status bar, and refreshes when
another workstation changes something; a GUI given a shared database's URL refuses it."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtWidgets import QMessageBox

from app import wire
from app.client.proxy import RemoteServices, workstation_services
from app.client.push import PushClient
from app.client.transport import Connection
from app.rbac import Role, system_principal
from tests.server.conftest import PUSH_LIVE_S, PW, shared_demo_services, start_server
from widgets.bridges.link import ServerLink
from widgets.main_window import MainWindow


@pytest.fixture
def live(services, tmp_path):  # type: ignore[no-untyped-def]
    from app.server import tls

    running = start_server(services, tls.init(tmp_path / "tls"))
    yield running
    running.stop()


def _login(live, username: str, station: str) -> Connection:  # type: ignore[no-untyped-def]
    connection = Connection([live.url], live.pin)
    connection.login(wire.LoginRequest(station=station, username=username, password=PW))
    return connection


def test_a_workstation_window_works_through_the_server_and_sees_the_others_changes(  # type: ignore[no-untyped-def]
    qtbot, services, live, ui_settings, translations, cheap_kdf, monkeypatch
) -> None:
    boxes: list[str] = []  # any error box a dock shows is a failure of this test
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *a, **k: boxes.append(f"{title}: {text}")
    )
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _p, title, text, *a, **k: boxes.append(f"{title}: {text}")
    )
    for name in ("boss", "deputy"):
        services.identity.create_user(
            system_principal("test"), name, name.title(), PW, [Role.ADMIN], reason="t"
        )
    mine, other = _login(live, "boss", "WS1"), _login(live, "deputy", "WS2")
    try:
        assert mine.login_reply is not None
        push = PushClient(mine, since=mine.login_reply.push_seq)
        remote = workstation_services(mine, push)
        w = MainWindow(
            remote,  # type: ignore[arg-type]
            mine.login_reply.principal,
            settings=ui_settings,
            translations=translations,
            link=ServerLink(mine, push),
        )
        qtbot.addWidget(w)
        try:
            w.show()
            qtbot.waitExposed(w)
            host = live.url.removeprefix("https://")
            qtbot.waitUntil(lambda: w.db_indicator.text() == f"服务器：{host} — 已连接", timeout=10_000)
            panel = w.docks["dock.users"].panel
            qtbot.waitUntil(
                lambda: boxes or (not panel.loading and panel.model.rowCount() == 2), timeout=10_000
            )
            assert boxes == []
            # another workstation adds a user: this window's users dock shows it without a reload
            RemoteServices(other).identity.create_user(
                other.login_reply.principal,
                "clerk",
                "Clerk",
                PW,
                [Role.TELLER],
                reason="new clerk",  # type: ignore[union-attr]
            )
            qtbot.waitUntil(lambda: any(u.username == "clerk" for u in panel.model.users), timeout=10_000)
            assert boxes == []
        finally:
            w._closing_for_logout = True
            w.close()
        assert not push.is_alive()
        assert mine.token == ""  # closing the window ended the server session
    finally:
        mine.close()
        other.close()


PUSH_LIVE_MS = int(PUSH_LIVE_S * 1000)  # how long a push stream may take to go live (see there)


def _window(qtbot, connection: Connection, ui_settings, translations) -> tuple[MainWindow, PushClient]:  # type: ignore[no-untyped-def]
    """A workstation's window on ``connection`` (logged in), as the server app builds it."""
    assert connection.login_reply is not None
    push = PushClient(connection, since=connection.login_reply.push_seq)
    w = MainWindow(
        workstation_services(connection, push),  # type: ignore[arg-type]
        connection.login_reply.principal,
        settings=ui_settings,
        translations=translations,
        link=ServerLink(connection, push),
    )
    qtbot.addWidget(w)
    return w, push


def test_the_gui_refuses_a_shared_database_url(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from widgets import application

    shown: list[str] = []
    monkeypatch.setattr(application, "setup_logging", lambda folder: folder / "suite.log")
    monkeypatch.setattr(application, "install_excepthook", lambda app: None)
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    args = argparse.Namespace(
        db="postgresql+psycopg://bank:secret@10.0.0.5/bank",
        lang="en",
        theme="dark",
        demo=False,
        no_devices=True,
        user="",
        server=[],
        server_pin=None,
    )
    assert application.run_gui(args) == 2
    assert shown and "--server" in shown[0] and "secret" not in shown[0]


def test_the_second_workstations_map_follows_the_first_ones_readers_live(  # type: ignore[no-untyped-def]
    qtbot, db, tmp_path, ui_settings, translations, cheap_kdf, request
) -> None:
    """The two-workstation demo: WS1's devices run under its station account; the supervisor at WS2,
    which runs none, sees the same tags placed and WS1's readers online on the map and in reader
    health, through the push stream."""
    from app import demo
    from app.client.station import StationAccount
    from app.server import tls
    from app.tracking import store
    from app.tracking.reads import LinkState
    from hardware.compose import build_tracking
    from widgets.server_app import map_source

    shared = shared_demo_services(db, tmp_path / "img")
    live = start_server(shared, tls.init(tmp_path / "tls"))
    request.addfinalizer(live.stop)
    station = StationAccount([live.url], live.pin, "WS1", "station1", demo.DEMO_PASSWORD)
    request.addfinalizer(station.close)
    runtime = build_tracking(
        station.services.tracking,
        "WS1",
        actor=station.sign_in(),
        device_dir=tmp_path / "dev",
        spool=tmp_path / "spool",
    )
    assert runtime is not None
    runtime.start()
    request.addfinalizer(runtime.stop)
    ws2 = Connection([live.url], live.pin)
    request.addfinalizer(ws2.close)
    reply = ws2.login(wire.LoginRequest(station="WS2", username="supervisor", password=demo.DEMO_PASSWORD))
    push = PushClient(ws2, since=reply.push_seq)
    remote = workstation_services(ws2, push)
    source = map_source(remote, reply.principal, push, "WS2", None)
    assert source is not None
    w = MainWindow(
        remote,  # type: ignore[arg-type]
        reply.principal,
        settings=ui_settings,
        translations=translations,
        link=ServerLink(ws2, push),
        tracking=source,
    )
    qtbot.addWidget(w)
    try:
        w.show()
        qtbot.waitExposed(w)
        panel = w.docks["dock.map"].panel
        readers = {code for code, _ in store.enabled_readers(db)}

        def placed() -> set[str]:
            return {tag for scene in panel.scenes.values() for tag in scene.markers}

        qtbot.waitUntil(lambda: len(placed()) >= 10, timeout=20_000)  # WS1's simulated staff and boxes
        qtbot.waitUntil(
            lambda: (
                set(panel.health) == readers
                and all(st.state == LinkState.CONNECTED for st in panel.health.values())
            ),
            timeout=20_000,
        )
        assert w.device_indicator.text() == f"读卡器：{len(readers)}/{len(readers)} 在线"
        stored = set(store.current_presence(db))
        assert len(placed() & stored) >= len(stored) // 2  # the same people and boxes, live
    finally:
        w._closing_for_logout = True
        w.close()


def test_a_window_whose_session_the_server_ends_goes_back_to_the_log_in(  # type: ignore[no-untyped-def]
    qtbot, services, live, ui_settings, translations, cheap_kdf
) -> None:
    root = system_principal("test")
    uid = int(
        services.identity.create_user(root, "clerk", "Clerk", PW, [Role.TELLER], reason="t").target_ids[0]
    )
    mine = _login(live, "clerk", "WS1")
    try:
        assert mine.login_reply is not None
        w, push = _window(qtbot, mine, ui_settings, translations)
        try:
            w.show()
            qtbot.waitUntil(lambda: push.online, timeout=PUSH_LIVE_MS)
            services.identity.reset_password(root, uid, "An0ther!Passw0rd", "forgot it")  # at the center
            qtbot.waitUntil(lambda: w._closing_for_logout, timeout=5_000)
            assert w.logout_reason == "您的会话已结束，请重新登录。"
        finally:
            w._closing_for_logout = True
            w.close()
        assert not push.is_alive()
    finally:
        mine.close()


def test_closing_the_window_waits_only_seconds_for_a_server_that_does_not_answer(  # type: ignore[no-untyped-def]
    qtbot, services, live, ui_settings, translations, cheap_kdf, monkeypatch
) -> None:
    """The log-out at closing runs on the GUI thread: a server that takes the call and never answers
    held the window for the call timeout (a minute)."""
    import threading
    import time

    from app.services.sessions import SessionService
    from widgets.bridges.link import LOGOUT_TIMEOUT_S

    services.identity.create_user(system_principal("test"), "clerk", "Clerk", PW, [Role.TELLER], reason="t")
    mine = _login(live, "clerk", "WS1")
    release = threading.Event()
    try:
        assert mine.login_reply is not None
        w, push = _window(qtbot, mine, ui_settings, translations)
        w.show()
        qtbot.waitUntil(lambda: push.online, timeout=PUSH_LIVE_MS)
        hung = SessionService.close
        monkeypatch.setattr(
            SessionService, "close", lambda self, *a, **k: release.wait(60) and hung(self, *a, **k)
        )
        started = time.monotonic()
        w._closing_for_logout = True
        w.close()
        took = time.monotonic() - started
        assert not w.isVisible() and not push.is_alive()
        assert LOGOUT_TIMEOUT_S <= took < LOGOUT_TIMEOUT_S + 3
    finally:
        release.set()
        mine.close()


def test_the_queue_follows_other_workstations_in_place(  # type: ignore[no-untyped-def]
    qtbot, services, live, ui_settings, translations, cheap_kdf
) -> None:
    """An authorizer's queue shows a teller's new request, another authorizer's claim and its decision
    as they happen, from the views the push stream carries: the queue is not read again."""
    from app.services.authorization import Draft
    from tests.images import ID_CARD, IMAGES, VOUCHER, sha256

    root = system_principal("test")
    for name, role in (("teller", Role.TELLER), ("chief", Role.SUPERVISOR), ("chief2", Role.SUPERVISOR)):
        services.identity.create_user(root, name, name.title(), PW, [role], reason="t")
    teller, mine, other = (
        _login(live, "teller", "WS1"),
        _login(live, "chief", "WS2"),
        _login(live, "chief2", "WS3"),
    )
    try:
        w, push = _window(qtbot, mine, ui_settings, translations)
        try:
            w.show()
            panel = w.docks["dock.authz_queue"].panel
            qtbot.waitUntil(
                lambda: push.online and panel.bridge.online and panel.loaded, timeout=PUSH_LIVE_MS
            )
            qtbot.wait(300)  # the reload that going live asks for
            loads = panel.loads
            at_counter, authorizer = RemoteServices(teller), RemoteServices(other)
            t_me, o_me = teller.login_reply.principal, other.login_reply.principal  # type: ignore[union-attr]
            for data in (ID_CARD, VOUCHER):
                at_counter.blobs.put(t_me, data, "jpg", sha256(data))
            draft = Draft(
                "CASH_WD",
                "CNY",
                8_000_000,
                "6222020200112233445",
                "张三",
                "大额取现",
                "BR01",
                "remote",
                IMAGES,
            )
            rid = int(at_counter.authorization.submit(t_me, draft).target_ids[0])
            qtbot.waitUntil(lambda: panel.model.row_of(rid) >= 0, timeout=10_000)
            authorizer.authorization.claim(o_me, rid)

            def claimed_by() -> str | None:
                row = panel.model.row_of(rid)
                return panel.model.rows[row].claimed_by if row >= 0 else None

            qtbot.waitUntil(lambda: claimed_by() == "chief2", timeout=10_000)
            authorizer.authorization.decide(o_me, rid, "approve", "核对无误")
            qtbot.waitUntil(lambda: panel.model.row_of(rid) < 0, timeout=10_000)
            assert panel.loads == loads  # every step in place
        finally:
            w._closing_for_logout = True
            w.close()
    finally:
        for connection in (teller, mine, other):
            connection.close()
