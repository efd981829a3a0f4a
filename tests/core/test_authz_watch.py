"""Live updates across workstations: LISTEN/NOTIFY on PostgreSQL, polling as the fallback that
also catches a lost notification, and an unreachable database shown as offline."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import update

from app import security
from app.authz_watch import RequestWatcher
from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import AuthRequest
from app.errors import DatabaseUnavailable
from app.rbac import Principal, Role, system_principal
from app.services import Services
from app.services.authorization import AuthorizationService, Draft
from tests.images import IMAGES, upload_if_services

PW = "Str0ng!pass"


class Seen:
    def __init__(self) -> None:
        self.events: list[tuple[float, str, tuple[int, ...]]] = []
        self.changed = threading.Event()

    def __call__(self, source: str, ids: tuple[int, ...]) -> None:
        self.events.append((time.monotonic(), source, ids))
        self.changed.set()

    def wait(self, timeout: float) -> bool:
        ok = self.changed.wait(timeout)
        self.changed.clear()
        return ok


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(security, "LOG2_N", 10)


@pytest.fixture(autouse=True)
def _images_on_the_server(request: pytest.FixtureRequest) -> None:
    upload_if_services(request)  # a request names only images the server holds


def submit(services: Services, amount: int = 6_000_000) -> int:
    try:
        teller = services.identity.authenticate("t1", PW)
    except Exception:
        services.identity.create_user(system_principal("t"), "t1", "T", PW, [Role.TELLER], reason="t")
        teller = services.identity.authenticate("t1", PW)
    draft = Draft("CASH_WD", "CNY", amount, "6222020200112233445", "张三", "取现", "BR01", attachments=IMAGES)
    return int(services.authorization.submit(teller, draft).target_ids[0])


def started(watcher: RequestWatcher) -> RequestWatcher:
    watcher.start()
    deadline = time.monotonic() + 10
    while not watcher.online and time.monotonic() < deadline:
        time.sleep(0.02)
    assert watcher.online, watcher.detail
    return watcher


def test_a_new_request_reaches_another_workstation_at_once(services: Services, db: Database) -> None:
    seen = Seen()
    watcher = started(services.authorization.watch(seen, poll_s=30.0))  # polling too slow to be what we see
    try:
        seen.wait(1.0)  # the initial look
        submit(services, 6_100_000)  # the teller exists and is signed in before the clock starts
        seen.wait(2.0)
        t0 = time.monotonic()
        rid = submit(services)
        if db.dialect == "postgresql":
            deadline = time.monotonic() + 3.0
            while not any(rid in ids for _at, _src, ids in seen.events) and time.monotonic() < deadline:
                seen.wait(0.1)
            at, source, _ids = next(e for e in seen.events if rid in e[2])
            assert source == "notify" and at - t0 < 0.5
        else:
            pytest.skip("SQLite has no notifications; the poll is tested below")
    finally:
        assert watcher.stop()


def test_the_poll_catches_a_change_without_notification(services: Services, db: Database) -> None:
    seen = Seen()
    submit(services)
    watcher = started(services.authorization.watch(seen, poll_s=0.2))  # what a dock's bridge starts
    try:
        seen.wait(1.0)
        seen.events.clear()
        with db.write() as s:  # a change whose notification was lost (written behind the service)
            s.execute(update(AuthRequest).values(updated_at=utcnow()))
        assert seen.wait(3.0)
        assert any(source == "poll" for _at, source, _ids in seen.events)
        # the poll names what changed since it last looked, so a queue need not read everything
        seen.events.clear()
        rid = submit(services, 7_000_000)
        deadline = time.monotonic() + 3.0
        while not any(source == "poll" for _at, source, _ids in seen.events) and time.monotonic() < deadline:
            time.sleep(0.05)
        polls = [ids for _at, source, ids in seen.events if source == "poll"]
        # the new request, and (the writers' clock slack) the one changed a moment before
        assert polls and all(rid in ids and set(ids) <= {rid - 1, rid} for ids in polls), seen.events
    finally:
        assert watcher.stop()


def test_an_unreachable_database_shows_offline_and_stops_cleanly() -> None:
    states: list[tuple[bool, str]] = []
    db = Database("postgresql+psycopg://nobody@127.0.0.1:1/none", connect_timeout=1)
    watcher = RequestWatcher(db, lambda *_a: None, poll_s=0.2, on_state=lambda o, d: states.append((o, d)))
    watcher.start()
    try:
        deadline = time.monotonic() + 10
        while not states and time.monotonic() < deadline:
            time.sleep(0.05)
        assert states and states[0][0] is False and states[0][1]
        assert not watcher.online
    finally:
        assert watcher.stop(5.0)
        db.dispose()


def test_signing_out_at_an_unreachable_database_says_so_as_a_suite_error() -> None:
    """The center dock signs out when it closes; the database gone, the service says so in its own
    terms (the dock logs it; the session then expires without heartbeats)."""
    db = Database("postgresql+psycopg://nobody:secret@127.0.0.1:1/none", connect_timeout=1)
    try:
        with pytest.raises(DatabaseUnavailable) as caught:
            AuthorizationService(db).sign_out(Principal(7, "chief1", "Chief", frozenset({Role.SUPERVISOR})))
        assert caught.value.params["url"] == db.masked_url and "secret" not in caught.value.message
    finally:
        db.dispose()


def test_on_sqlite_a_commit_wakes_the_watcher_long_before_its_poll(services: Services, db: Database) -> None:
    """Issue 11: on SQLite the queue learnt of a change only at the watcher's next poll (2 s, 1 s on
    average). It now looks every WAKE_S whether anything was committed (PRAGMA data_version) and
    then names what changed."""
    if db.dialect != "sqlite":
        pytest.skip("PostgreSQL is notified (tested above)")
    seen = Seen()
    submit(services, 6_100_000)  # the teller exists before the clock starts
    watcher = started(services.authorization.watch(seen, poll_s=30.0))  # no poll during the test
    try:
        polls = watcher.polls
        time.sleep(0.3)
        assert watcher.polls == polls  # nothing committed: no query
        t0 = time.monotonic()
        rid = submit(services)
        deadline = t0 + 3.0
        while not any(rid in ids for _at, _src, ids in seen.events) and time.monotonic() < deadline:
            seen.wait(0.05)
        at, source, ids = next(e for e in seen.events if rid in e[2])
        assert source == "poll" and at - t0 < 1.0 and rid in ids
    finally:
        assert watcher.stop()
