"""A station's service account signs in again by itself when its session ends, but never in a way
that locks it: a refused relogin (a rotated password, a locked or inactive account) is final for the
connection, and later calls raise it at once without contacting the server (review 10b #3)."""

from __future__ import annotations

import threading

import msgspec
import pytest
from sqlalchemy import select, update

from app import demo, wire
from app.audit import AuditQuery
from app.client.station import StationAccount
from app.client.transport import Connection
from app.clock import utcnow
from app.db.engine import Database
from app.db.models import User
from app.errors import AuthenticationFailed, SessionEnded, Unreachable
from app.rbac import system_principal
from app.services import Services

from .conftest import Live

WS1 = demo.DEMO_STATION
ROOT = system_principal("test")


def station_user(db: Database) -> User:
    with db.read() as s:
        return s.scalars(select(User).where(User.username == "station1")).one()


def auth_entries(shared: Services) -> list[str]:
    records, _ = shared.audit.query(ROOT, AuditQuery(action_prefix="auth."))
    return [r.action for r in records]


def test_a_refused_relogin_is_final_and_does_not_lock_the_account(server: Live, shared: Services) -> None:
    """An administrator rotates the station's password; later its session ends. The spool sender,
    the health reporter and the mapping worker then all fail: one refused sign-in, not a lockout."""
    account = StationAccount([server.url], server.pin, WS1, "station1", demo.DEMO_PASSWORD, "a" * 32)
    actor = account.sign_in()
    user = station_user(shared.db)
    shared.identity.reset_password(ROOT, user.id, "N3w!Station-pass", "rotation")
    server.server.sessions.revoke_user(user.id, "lifetime over")
    before = auth_entries(shared).count("auth.login_failed")
    errors = []
    for _ in range(6):
        with pytest.raises(AuthenticationFailed) as refused:
            account.services.tracking.mapping(actor, WS1)
        errors.append(refused.value)
    account.close()
    assert station_user(shared.db).locked_at is None
    assert auth_entries(shared).count("auth.login_failed") - before == 1  # only the first call tried
    assert len({id(e) for e in errors}) == len(errors)  # a fresh exception each time
    assert isinstance(account.connection.relogin_failed, AuthenticationFailed)


def test_threads_failing_at_once_sign_in_once(server: Live, shared: Services) -> None:
    account = StationAccount([server.url], server.pin, WS1, "station1", demo.DEMO_PASSWORD, "b" * 32)
    actor = account.sign_in()
    user = station_user(shared.db)
    shared.identity.reset_password(ROOT, user.id, "N3w!Station-pass", "rotation")
    server.server.sessions.revoke_user(user.id, "lifetime over")
    before = auth_entries(shared).count("auth.login_failed")
    start = threading.Barrier(4)
    outcomes: list[str] = []

    def worker() -> None:
        start.wait()
        try:
            account.services.tracking.mapping(actor, WS1)
        except Exception as exc:  # recorded and asserted below
            outcomes.append(type(exc).__name__)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    account.close()
    assert outcomes == ["AuthenticationFailed"] * 4
    assert auth_entries(shared).count("auth.login_failed") - before == 1
    assert station_user(shared.db).locked_at is None


def test_a_locked_station_does_not_sign_in_again_on_every_call(server: Live, shared: Services) -> None:
    """Its session ends as "locked": a sign-in cannot cure that, and trying would audit a refused
    log-in per call (the health reporter calls every few seconds)."""
    account = StationAccount([server.url], server.pin, WS1, "station1", demo.DEMO_PASSWORD, "c" * 32)
    actor = account.sign_in()
    user = station_user(shared.db)
    with shared.db.write() as s:
        s.execute(update(User).where(User.id == user.id).values(locked_at=utcnow()))
    before = len(auth_entries(shared))
    whys = []
    for _ in range(20):
        with pytest.raises(SessionEnded) as ended:
            account.services.tracking.mapping(actor, WS1)
        whys.append(ended.value.params["why"])
    account.close()
    assert whys == ["locked"] * 20
    assert len(auth_entries(shared)) == before  # nothing tried: no refused log-in


class _Reply(msgspec.Struct):
    result: int


def test_an_unreachable_server_during_a_relogin_is_tried_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The server is away when the session is found ended: the next call signs in again."""
    c = Connection(["https://127.0.0.1:1"], "ab" * 32)
    c.token = "old"
    logins = []

    def relogin() -> None:
        logins.append(1)
        if len(logins) == 1:
            raise Unreachable("no suite server reachable", servers=c.servers, sent=False)
        c.token = "new"

    def post(path: str, body: bytes, *, auth: bool = True) -> bytes:
        if c.token == "old":
            raise SessionEnded("session ended: expired", why="expired")
        return wire.encode({"result": 7})

    c.relogin = relogin
    monkeypatch.setattr(c, "post", post)
    with pytest.raises(Unreachable):
        c.call("x.y", {}, _Reply)
    assert c.relogin_failed is None
    assert c.call("x.y", {}, _Reply) == 7
    assert len(logins) == 2
