"""Log-ins at the suite server, as an outsider on the network would try them: they cannot take the
threads the signed-in workstations' calls need."""

from __future__ import annotations

import threading
import time

from app import security, wire
from app.client.transport import Connection
from app.rbac import Role

from .conftest import PW, start_server


def test_a_flood_of_log_ins_leaves_the_calls_their_threads(
    services, server_identity, make_user, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    make_user("boss", Role.ADMIN)
    make_user("teller", Role.TELLER)
    live = start_server(services, server_identity, threads=4)
    admin = Connection([live.url], live.pin)
    flood = [Connection([live.url], live.pin) for _ in range(6)]
    try:
        admin.login(wire.LoginRequest(station="WS1", username="boss", password=PW))
        real = security._derive

        def slow(*args):  # type: ignore[no-untyped-def]
            time.sleep(2.0)  # a KDF at a cost an attacker would love
            return real(*args)

        monkeypatch.setattr(security, "_derive", slow)
        threads = [
            threading.Thread(
                target=c.login, args=(wire.LoginRequest(station="X", username="teller", password=PW),)
            )
            for c in flood
        ]
        for t in threads:
            t.start()
        time.sleep(0.3)  # the log-ins are hashing
        started = time.perf_counter()
        admin.post("/api/call/identity.list_users", b"{}")
        assert time.perf_counter() - started < 1.0  # not queued behind the log-ins' KDFs
        for t in threads:
            t.join(30)
    finally:
        for c in (admin, *flood):
            c.close()
        live.stop()
