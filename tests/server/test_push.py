"""The push stream: a change made at one workstation reaches the others at once, never echoes back to
the one that made it, and a workstation that was disconnected resumes where it left off, missing
nothing and receiving nothing twice."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from sqlalchemy.exc import OperationalError

from app import changelog
from app.client.push import PushClient
from app.operations import Action, Change
from app.rbac import Role
from app.server import asgi

from .conftest import PUSH_LIVE_S, PW, wait_for


class Inbox:
    def __init__(self, push: PushClient) -> None:
        self.changes: list[Change] = []
        self.states: list[tuple[bool, str]] = []
        self.lock = threading.Lock()
        push.on_changes(self._got)
        push.on_state(lambda online, detail: self.states.append((online, detail)))

    def _got(self, changes: list[Change]) -> None:
        with self.lock:
            self.changes.extend(changes)

    def users_created(self, among: list[str] | None = None) -> list[str]:
        """The users whose creation arrived (only those in ``among``: the fixtures' own users may
        arrive too, having been published after the workstation logged in)."""
        with self.lock:
            ids = [c.target_ids[0] for c in self.changes if c.action == Action.USER_CREATE]
        return [i for i in ids if among is None or i in among]


def test_a_change_reaches_the_other_workstation_and_not_its_own(live, make_user, workstation) -> None:  # type: ignore[no-untyped-def]
    make_user("boss", Role.ADMIN)
    make_user("auditor", Role.AUDITOR)
    admin, other = workstation("boss", "WS1"), workstation("auditor", "WS2")
    pushes = [PushClient(ws.connection, since=ws.reply.push_seq) for ws in (admin, other)]
    inboxes = [Inbox(p) for p in pushes]
    for p in pushes:
        p.start()
    try:
        wait_for(lambda: all(p.online for p in pushes), PUSH_LIVE_S)
        started = time.perf_counter()
        change = admin.services.identity.create_user(
            admin.me, "clerk", "Clerk", PW, [Role.TELLER], reason="r"
        )
        made = list(change.target_ids)
        wait_for(lambda: inboxes[1].users_created(made) == made)
        assert time.perf_counter() - started < 2.0
        time.sleep(0.5)
        assert inboxes[0].users_created(made) == []  # its own docks had it from its own change bus
    finally:
        for p in pushes:
            p.stop()


def test_a_reconnecting_workstation_misses_nothing_and_gets_nothing_twice(
    live, make_user, workstation
) -> None:  # type: ignore[no-untyped-def]
    make_user("boss", Role.ADMIN)
    make_user("auditor", Role.AUDITOR)
    admin, other = workstation("boss", "WS1"), workstation("auditor", "WS2")
    push = PushClient(other.connection, since=other.reply.push_seq)
    inbox = Inbox(push)
    push.start()
    made: list[str] = []
    try:
        wait_for(lambda: push.online, PUSH_LIVE_S)
        for n in range(3):
            made.append(
                admin.services.identity.create_user(
                    admin.me, f"u{n}", "U", PW, [Role.TELLER], reason="r"
                ).target_ids[0]
            )
        wait_for(lambda: len(inbox.users_created(made)) == 3)
    finally:
        push.stop()
    position = push.since
    for n in range(3, 6):  # while the second workstation is away
        made.append(
            admin.services.identity.create_user(
                admin.me, f"u{n}", "U", PW, [Role.TELLER], reason="r"
            ).target_ids[0]
        )
    again = PushClient(other.connection, since=position)
    again_inbox = Inbox(again)
    again.start()
    try:
        wait_for(lambda: len(again_inbox.users_created(made)) >= 3 and again.online, PUSH_LIVE_S)
        made.append(
            admin.services.identity.create_user(
                admin.me, "u6", "U", PW, [Role.TELLER], reason="r"
            ).target_ids[0]
        )
        wait_for(lambda: len(again_inbox.users_created(made)) == 4)
        time.sleep(0.3)
        assert inbox.users_created(made) + again_inbox.users_created(made) == made  # in order, once each
    finally:
        again.stop()


def test_the_stream_ends_with_the_session(live, make_user, workstation) -> None:  # type: ignore[no-untyped-def]
    make_user("boss", Role.ADMIN)
    ws = workstation("boss")
    push = PushClient(ws.connection)
    push.start()
    try:
        wait_for(lambda: push.online, PUSH_LIVE_S)
        token = ws.connection.token
        ws.connection.logout()
        ws.connection.token = token
        stale = PushClient(ws.connection)
        stale.start()
        wait_for(lambda: not stale.is_alive())
        assert stale.ended == "session_ended" and not stale.online
    finally:
        push.stop()


def test_the_authorization_watch_over_the_stream_says_look_again_when_live(
    live, make_user, workstation
) -> None:  # type: ignore[no-untyped-def]
    make_user("boss", Role.ADMIN)
    ws = workstation("boss")
    push = PushClient(ws.connection, since=ws.reply.push_seq)
    calls: list[tuple[str, tuple[int, ...]]] = []
    states: list[bool] = []
    watch = push.authorization_watch(
        lambda source, ids: calls.append((source, ids)), on_state=lambda o, d: states.append(o)
    )
    watch.start()
    push.start()
    try:
        wait_for(lambda: ("poll", ()) in calls)
        assert states and states[-1] is True and watch.is_alive()
    finally:
        watch.stop()
        push.stop()
    assert not watch.is_alive()


class _Flaky:
    """The server's session check, failing like a database that is restarting while ``down`` is set."""

    def __init__(self, resolve: Callable[[str], object]) -> None:
        self.resolve = resolve
        self.down = threading.Event()
        self.failed = 0

    def __call__(self, token: str) -> object:
        if self.down.is_set():
            self.failed += 1
            raise OperationalError("SELECT", {}, Exception("the database system is shutting down"))
        return self.resolve(token)


def test_a_database_restart_during_a_session_check_does_not_drop_the_stream(
    live, make_user, workstation, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(asgi, "RECHECK_SESSION_S", 0.2)
    monkeypatch.setattr(asgi, "RECHECK_RETRY_S", 0.1)
    make_user("boss", Role.ADMIN)
    make_user("auditor", Role.AUDITOR)
    admin, other = workstation("boss", "WS1"), workstation("auditor", "WS2")
    push = PushClient(other.connection, since=other.reply.push_seq)
    inbox = Inbox(push)
    push.start()
    try:
        wait_for(lambda: push.online, PUSH_LIVE_S)
        # the fixtures' own changes name this user (the stream would check its session at once, and
        # end if it cannot): they are delivered before the database goes away
        wait_for(lambda: live.server.fanout.last >= 2)
        time.sleep(0.3)
        flaky = _Flaky(live.server.sessions.resolve)
        monkeypatch.setattr(live.server.sessions, "resolve", flaky)
        flaky.down.set()
        wait_for(lambda: flaky.failed >= 3)  # the stream's checks, while the database is away
        flaky.down.clear()
        made = list(
            admin.services.identity.create_user(
                admin.me, "clerk", "C", PW, [Role.TELLER], reason="r"
            ).target_ids
        )
        wait_for(lambda: inbox.users_created(made) == made)
        assert push.connects == 1 and push.online  # the same stream all along
    finally:
        push.stop()


def test_a_stream_opened_while_the_database_is_away_is_retried_not_ended(
    live, make_user, workstation, monkeypatch, caplog
) -> None:  # type: ignore[no-untyped-def]
    make_user("auditor", Role.AUDITOR)
    ws = workstation("auditor")
    flaky = _Flaky(live.server.sessions.resolve)
    monkeypatch.setattr(live.server.sessions, "resolve", flaky)
    flaky.down.set()
    push = PushClient(ws.connection, since=ws.reply.push_seq)
    push.start()
    try:
        wait_for(lambda: flaky.failed >= 2)  # refused, tried again
        assert not push.online and not push.ended and push.is_alive()
        flaky.down.clear()
        wait_for(lambda: push.online, PUSH_LIVE_S)
        assert not [r for r in caplog.records if "Exception in ASGI application" in r.getMessage()]
    finally:
        push.stop()


def test_a_stream_resuming_while_the_database_is_away_gets_its_backlog_once_it_is_back(
    live, make_user, workstation, monkeypatch, caplog
) -> None:  # type: ignore[no-untyped-def]
    make_user("boss", Role.ADMIN)
    make_user("auditor", Role.AUDITOR)
    wait_for(lambda: live.server.fanout.last > 0)  # a position to resume from (0 means "start now")
    admin, other = workstation("boss", "WS1"), workstation("auditor", "WS2")
    position = other.reply.push_seq
    assert position > 0
    made = [
        admin.services.identity.create_user(admin.me, f"v{n}", "V", PW, [Role.TELLER], reason="r").target_ids[
            0
        ]
        for n in range(2)
    ]  # while the second workstation is away
    wait_for(lambda: live.server.fanout.last > position)
    read_since = changelog.read_since
    down = threading.Event()
    failed: list[int] = []

    def flaky(db, seq, limit=500):  # type: ignore[no-untyped-def]
        if down.is_set() and seq == position:  # the resuming stream's backlog (not the fan-out's reads)
            failed.append(seq)
            raise OperationalError("SELECT", {}, Exception("the database system is shutting down"))
        return read_since(db, seq, limit)

    monkeypatch.setattr(changelog, "read_since", flaky)
    down.set()
    push = PushClient(other.connection, since=position)
    inbox = Inbox(push)
    push.start()
    try:
        wait_for(lambda: len(failed) >= 2)  # its backlog could not be read: closed, tried again
        assert not push.ended and push.is_alive()
        down.clear()
        wait_for(lambda: inbox.users_created(made) == made and push.online, PUSH_LIVE_S)
        assert not [r for r in caplog.records if "Exception in ASGI application" in r.getMessage()]
    finally:
        push.stop()
