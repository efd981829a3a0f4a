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
from tests.server.conftest import PW, start_server
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
