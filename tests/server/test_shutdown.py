"""``bank-suite serve`` stops within a few seconds even while workstations are connected: one with an
idle keep-alive connection after its calls, and its push socket (uvicorn configured as ``serve``
configures it)."""

from __future__ import annotations

import socket
import threading
import time

import uvicorn

from app import wire
from app.client.push import PushClient
from app.client.transport import Connection
from app.rbac import Role
from app.server.asgi import SuiteServer
from app.server.command import uvicorn_config

from .conftest import PW, wait_for


def test_the_server_stops_within_seconds_with_workstations_connected(
    services, server_identity, make_user
) -> None:  # type: ignore[no-untyped-def]
    make_user("boss", Role.ADMIN)
    suite = SuiteServer(services, poll_s=0.2)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn_config(suite, server_identity, host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="test-uvicorn")
    thread.start()
    connection = Connection([f"https://127.0.0.1:{port}"], server_identity.fingerprint)
    push = PushClient(connection)
    try:
        wait_for(lambda: server.started, timeout=15)
        connection.login(wire.LoginRequest(station="WS1", username="boss", password=PW))
        connection.post("/api/call/identity.list_users", b"{}")  # its connection stays open, idle
        push.start()
        wait_for(lambda: push.online)
        started = time.monotonic()
        server.should_exit = True  # as SIGTERM does
        thread.join(15)
        assert not thread.is_alive()
        assert time.monotonic() - started < 6.0  # it took 30 s: an idle TLS connection held it
    finally:
        push.stop()
        connection.close()
        if thread.is_alive():
            server.force_exit = True
            thread.join(40)
