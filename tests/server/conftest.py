"""A live suite server on loopback for the server-mode tests: the real ASGI app on uvicorn over
HTTPS with a fresh self-signed certificate, on the test's database (SQLite, or PostgreSQL with
BANKSUITE_TEST_PG), in a thread of the test process; workstations connect with the real client."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn

from app import demo, security, wire
from app.client.proxy import RemoteServices
from app.client.transport import Connection
from app.db.engine import Database
from app.rbac import Principal, Role, system_principal
from app.server import tls
from app.server.asgi import SuiteServer
from app.server.command import uvicorn_config
from app.services import Services, build_services
from hardware.channels import reader_problem
from imaging.kinds import kind_problem
from imaging.loader import check_image

PW = "Str0ng!Passw0rd"
# A push stream goes live within a second here. On CI one did not within 10 s, twice in some
# thousand streams: a connect that timed out after its 5 s and a next one that was slow as well. The
# stream reconnects by itself; the tests that wait for it wait this long.
PUSH_LIVE_S = 30.0


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(security, "LOG2_N", 10)


def wait_for(condition: Callable[[], object], timeout: float = 10.0) -> None:
    """Poll ``condition`` until it holds (the server's threads and the push stream are asynchronous)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


@dataclass
class Live:
    url: str
    pin: str
    server: SuiteServer
    uvicorn: uvicorn.Server
    thread: threading.Thread

    def stop(self) -> None:
        self.uvicorn.should_exit = True
        self.thread.join(10)
        assert not self.thread.is_alive(), "the server did not stop"


def start_server(services: Services, identity: tls.Identity, **kwargs: object) -> Live:
    suite = SuiteServer(services, poll_s=0.2, **kwargs)  # type: ignore[arg-type]
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn_config(suite, identity, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="test-uvicorn")
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)
    return Live(f"https://127.0.0.1:{port}", identity.fingerprint, suite, server, thread)


def shared_demo_services(db: Database, folder: Path) -> Services:
    """The services as the suite server builds them (a shared deployment), on the demo bank."""
    services = build_services(
        db,
        check_channel=reader_problem,
        check_image=check_image,
        check_kind=kind_problem,
        image_store=folder,
        embedded=False,
    )
    demo.seed_demo(db)
    return services


@pytest.fixture
def shared(db: Database, tmp_path: Path) -> Services:
    """The suite server's services on the demo bank (a shared deployment)."""
    return shared_demo_services(db, tmp_path / "server-images")


@pytest.fixture
def server(shared: Services, server_identity: tls.Identity) -> Iterator[Live]:
    """A live server on ``shared``."""
    running = start_server(shared, server_identity)
    yield running
    running.stop()


@pytest.fixture
def server_identity(tmp_path: Path) -> tls.Identity:
    return tls.init(tmp_path / "tls")


@pytest.fixture
def live(services: Services, server_identity: tls.Identity) -> Iterator[Live]:
    running = start_server(services, server_identity)
    yield running
    running.stop()


@pytest.fixture
def make_user(services: Services) -> Callable[..., int]:
    def make(username: str, *roles: Role) -> int:
        change = services.identity.create_user(
            system_principal("test"), username, username.title(), PW, roles or [Role.OPERATOR], reason="test"
        )
        return int(change.target_ids[0])

    return make


@dataclass
class Workstation:
    connection: Connection
    services: RemoteServices
    me: Principal
    reply: wire.LoginReply


@pytest.fixture
def workstation(live: Live) -> Iterator[Callable[..., Workstation]]:
    opened: list[Connection] = []

    def login(username: str, station: str = "WS1", password: str = PW) -> Workstation:
        connection = Connection([live.url], live.pin)
        opened.append(connection)
        reply = connection.login(wire.LoginRequest(station=station, username=username, password=password))
        return Workstation(connection, RemoteServices(connection), reply.principal, reply)

    yield login
    for connection in opened:
        connection.close()
