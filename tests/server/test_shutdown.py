"""``bank-suite serve`` stops within a few seconds even while workstations are connected: one with an
idle keep-alive connection after its calls, and its push socket; and one whose push socket it was
closing when the shutdown came (uvicorn configured as ``serve`` configures it)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable

import uvicorn
from websockets.client import ClientProtocol
from websockets.frames import Frame
from websockets.protocol import State
from websockets.uri import parse_uri

from app import wire
from app.client.push import PushClient
from app.client.transport import Connection
from app.rbac import Role
from app.server.asgi import SuiteServer
from app.server.command import uvicorn_config

from .conftest import PUSH_LIVE_S, PW, wait_for

FAILED: list[BaseException] = []


def serve(services, identity):  # type: ignore[no-untyped-def]
    """The server as ``serve`` runs it, in a thread; how its run ended goes to ``FAILED``."""
    suite = SuiteServer(services, poll_s=0.2)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn_config(suite, identity, host="127.0.0.1", port=port, log_level="warning"))
    FAILED.clear()

    def run() -> None:
        try:
            server.run(sockets=[sock])
        except BaseException as exc:
            FAILED.append(exc)

    thread = threading.Thread(target=run, name="test-uvicorn")
    thread.start()
    wait_for(lambda: server.started, timeout=15)
    return suite, server, thread, port


def test_the_server_stops_within_seconds_with_workstations_connected(
    services, server_identity, make_user
) -> None:  # type: ignore[no-untyped-def]
    make_user("boss", Role.ADMIN)
    _suite, server, thread, port = serve(services, server_identity)
    connection = Connection([f"https://127.0.0.1:{port}"], server_identity.fingerprint)
    push = PushClient(connection)
    try:
        connection.login(wire.LoginRequest(station="WS1", username="boss", password=PW))
        connection.post("/api/call/identity.list_users", b"{}")  # its connection stays open, idle
        push.start()
        wait_for(lambda: push.online, PUSH_LIVE_S)
        started = time.monotonic()
        server.should_exit = True  # as SIGTERM does
        thread.join(15)
        assert not thread.is_alive() and FAILED == []
        assert time.monotonic() - started < 6.0  # it took 30 s: an idle TLS connection held it
    finally:
        push.stop()
        connection.close()
        if thread.is_alive():
            server.force_exit = True
            thread.join(40)


def test_a_push_socket_closing_at_shutdown_does_not_stop_the_server_stopping(
    services, server_identity, make_user
) -> None:  # type: ignore[no-untyped-def]
    make_user("boss", Role.ADMIN)
    suite, server, thread, port = serve(services, server_identity)
    url = f"https://127.0.0.1:{port}"
    connection = Connection([url], server_identity.fingerprint)
    tls = None
    try:
        connection.login(wire.LoginRequest(station="WS1", username="boss", password=PW))
        # a workstation's push socket, spoken by hand: it says goodbye, then goes quiet (its TLS
        # connection stays open, as a workstation's does while it is busy elsewhere)
        tls = connection.ssl_context(url).wrap_socket(socket.create_connection(("127.0.0.1", port)))
        ws = ClientProtocol(parse_uri(f"wss://127.0.0.1:{port}/api/push"))
        ws.send_request(ws.connect())

        def exchange(until: Callable[[], bool]) -> None:
            tls.sendall(b"".join(ws.data_to_send()))  # type: ignore[union-attr]
            while not until():
                ws.receive_data(tls.recv(65536))  # type: ignore[union-attr]

        exchange(lambda: ws.state == State.OPEN)
        ws.send_binary(wire.encode(wire.PushHello(connection.token, 0)))
        exchange(lambda: any(isinstance(e, Frame) for e in ws.events_received()))  # PushReady
        ws.send_close(1000)
        exchange(lambda: ws.close_rcvd is not None)  # the server answered; its side is closing now
        started = time.monotonic()
        server.should_exit = True
        thread.join(15)
        assert not thread.is_alive() and time.monotonic() - started < 6.0
        assert FAILED == []  # it raised InvalidState out of its shutdown: a traceback and exit 1
        assert not suite.jobs.is_alive() and not suite.fanout.listener.is_alive()  # the app stopped too
    finally:
        if tls is not None:
            tls.close()
        connection.close()
        if thread.is_alive():
            server.force_exit = True
            thread.join(40)
        suite.stop()
