"""The change log behind the push stream: logged with the operation or not at all, numbered in an
order that a reader tailing it never skips, pruned without losing the position; and the job leader
is one process at a time."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from app import changelog, wire
from app.clock import utcnow
from app.db.models import ChangeLogEntry
from app.jobs import Leadership
from app.operations import Action, Change, Target, record
from app.services import Services


def _op(services: Services, n: int) -> None:
    with services.db.write() as s:
        record(s, "test", Action.TAG_BIND, Target.PERSON, n, reason="r")


def test_a_change_is_logged_with_its_operation_or_not_at_all(services: Services) -> None:
    _op(services, 1)
    with pytest.raises(RuntimeError), services.db.write() as s:
        record(s, "test", Action.TAG_BIND, Target.PERSON, 2, reason="r")
        raise RuntimeError("the operation fails after recording")
    assert changelog.publish_pending(services.db) == 1
    (row,) = changelog.read_since(services.db, 0)
    change = wire.decode(row.payload, Change)
    assert row.seq == 1 and change.action == Action.TAG_BIND and change.target_ids == ("1",)


def test_a_reader_tailing_the_log_sees_every_change_once_in_order(services: Services) -> None:
    writers, each = 6, 15
    seen: list[int] = []
    done = threading.Event()

    def write(w: int) -> None:
        for i in range(each):
            _op(services, w * 100 + i)

    def publish() -> None:
        while not done.is_set():
            changelog.publish_pending(services.db)

    def tail() -> None:
        last = 0
        while not done.is_set() or last < writers * each:
            for row in changelog.read_since(services.db, last):
                seen.append(row.seq)
                last = row.seq

    threads = [threading.Thread(target=write, args=(w,)) for w in range(writers)]
    helpers = [
        threading.Thread(target=publish),
        threading.Thread(target=publish),
        threading.Thread(target=tail),
    ]
    for t in threads + helpers:
        t.start()
    for t in threads:
        t.join()
    done.set()
    for t in helpers[:2]:
        t.join(30)
    # a publisher that finds the other at work leaves it to them: the other runs again when notified,
    # or the sweep comes by; here, one more round after both stopped
    changelog.publish_pending(services.db)
    helpers[2].join(30)
    assert seen == list(range(1, writers * each + 1))
    with services.db.read() as s:
        assert s.scalar(select(ChangeLogEntry.id).where(ChangeLogEntry.seq.is_(None))) is None


def test_pruning_keeps_the_position(services: Services) -> None:
    for n in range(5):
        _op(services, n)
    changelog.publish_pending(services.db)
    with services.db.write() as s:
        s.execute(update(ChangeLogEntry).values(at=utcnow() - timedelta(days=2)))
    assert changelog.prune(services.db) == 4
    assert changelog.first_seq(services.db) == changelog.last_seq(services.db) == 5
    _op(services, 9)
    changelog.publish_pending(services.db)
    assert [r.seq for r in changelog.read_since(services.db, 5)] == [6]


def test_tracking_rows_are_pruned_sooner_than_changes(services: Services) -> None:
    with services.db.write() as s:
        changelog.append(s, changelog.Kind.TRACKING, {"station": "WS1"})
        changelog.append(s, changelog.Kind.TRACKING, {"station": "WS1"})
    _op(services, 1)
    with services.db.write() as s:
        changelog.append(s, changelog.Kind.TRACKING, {"station": "WS1"})  # the newest: it stays
    changelog.publish_pending(services.db)
    with services.db.write() as s:
        s.execute(update(ChangeLogEntry).values(at=utcnow() - timedelta(minutes=20)))
    assert changelog.prune(services.db) == 2  # 20 minutes old: tracking goes, the change stays
    kinds = [r.kind for r in changelog.read_since(services.db, 0)]
    assert kinds == [changelog.Kind.CHANGE, changelog.Kind.TRACKING]


def test_one_job_leader_at_a_time(services: Services) -> None:
    first, second = Leadership(services.db), Leadership(services.db)
    try:
        assert first.held()
        if services.db.dialect != "postgresql":  # one process on one machine: it is the leader
            assert second.held()
            return
        assert not second.held() and first.held()
        first.release()  # the leader goes away
        assert second.held() and not first.held()
    finally:
        first.release()
        second.release()
