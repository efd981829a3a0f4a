"""Ingestion end to end on the database under test: reads -> presence -> movements -> events."""

from __future__ import annotations

import threading
import time

import pytest

from app import demo
from app.db.engine import Database
from app.services import Services
from app.services.tracking import TrackingService, station_principal
from app.tracking import store
from app.tracking.events import EventBus, EventKind, TrackingEvent
from app.tracking.ingest import IngestReceipt, MovementIn
from app.tracking.pipeline import IngestPipeline
from app.tracking.presence import PresenceConfig
from app.tracking.reads import TagRead
from app.tracking.sinks import ServiceSink


@pytest.fixture
def seeded(services: Services) -> Database:
    demo.seed_demo(services.db)
    return services.db


STATION = demo.DEMO_STATION
ACTOR = station_principal(STATION)


def service_sink(db: Database) -> ServiceSink:
    """The embedded sink: each flush is one ingest call on the tracking service."""
    tracking = TrackingService(db)
    return ServiceSink(lambda key, moves: tracking.ingest(ACTOR, STATION, key, moves), STATION)


def make(db: Database, bus: EventBus, sink: ServiceSink | None = None, **kw: float) -> IngestPipeline:
    tracking = TrackingService(db)
    return IngestPipeline(
        sink or service_sink(db),
        store.zone_map(db),
        store.known_tags(db),
        bus,
        presence=lambda: tracking.presence(ACTOR, STATION),
        config=PresenceConfig(leave_after=kw.pop("leave_after", 30.0)),
        **kw,
    )  # type: ignore[arg-type]


def person_tag(db: Database) -> str:
    return next(tag for tag, kind in store.known_tags(db).items() if kind == "person")


def wait_for(cond, timeout: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return
        time.sleep(0.01)
    raise AssertionError("condition not reached")


def test_reads_become_committed_movements_and_events(seeded: Database) -> None:
    bus = EventBus()
    events: list[TrackingEvent] = []
    bus.subscribe(events.append)
    p = make(seeded, bus)
    tag = person_tag(seeded)
    p.start()
    try:
        now = time.time()
        p.submit(TagRead("BR01-R01", 1, tag, -50, now, time.monotonic()))
        p.submit(TagRead("BR01-R01", 1, tag, -50, now + 0.1, time.monotonic()))  # deduped
        p.submit(TagRead("BR01-R03", 1, tag, -40, now + 0.5, time.monotonic()))  # into the vault
        wait_for(lambda: p.stats().persisted == 3)
    finally:
        p.stop()
    assert [(e.kind, e.zone) for e in events] == [
        (EventKind.ENTER, "BR01-GATE"),
        (EventKind.LEAVE, "BR01-GATE"),
        (EventKind.ENTER, "BR01-VAULT"),
    ]
    moves = store.movements_between(seeded, now - 1, now + 10, tag)
    assert [(m.kind, m.zone) for m in moves] == [
        ("enter", "BR01-GATE"),
        ("leave", "BR01-GATE"),
        ("enter", "BR01-VAULT"),
    ]
    assert store.current_presence(seeded)[tag][0] == "BR01-VAULT"
    stats = p.stats()
    assert stats.deduped == 1 and stats.latency_p99_ms < 1000


def test_unknown_and_tamper_tags_are_published_once_a_minute(seeded: Database) -> None:
    bus = EventBus()
    events: list[TrackingEvent] = []
    bus.subscribe(events.append)
    p = make(seeded, bus)
    asset_tag = next(tag for tag, kind in store.known_tags(seeded).items() if kind == "asset")
    p.start()
    try:
        now = time.time()
        for i in range(3):
            p.submit(TagRead("BR01-R02", 1, "DEADBEEF", -60, now + i * 2, time.monotonic()))
            p.submit(TagRead("BR01-R08", 1, asset_tag, -60, now + i * 2, time.monotonic(), tamper=True))
        wait_for(lambda: p.stats().reads == 6)
    finally:
        p.stop()
    kinds = [e.kind for e in events]
    assert kinds.count(EventKind.UNKNOWN_TAG) == 1 and kinds.count(EventKind.TAMPER) == 1
    assert p.stats().unknown == 3


def test_silence_leaves_and_restart_restores_presence(seeded: Database) -> None:
    bus = EventBus()
    p = make(seeded, bus, leave_after=0.3, expire_interval=0.05)
    tags = [tag for tag, kind in store.known_tags(seeded).items() if kind == "person"][:2]
    p.start()
    try:
        now = time.time()
        p.submit(TagRead("BR01-R01", 1, tags[0], -50, now, time.monotonic()))
        wait_for(lambda: p.stats().persisted == 1)
        wait_for(lambda: p.stats().persisted == 2)  # left after 0.3 s of silence
        p.submit(TagRead("BR01-R03", 1, tags[1], -50, time.time(), time.monotonic()))
        wait_for(lambda: p.stats().persisted == 3)
    finally:
        p.stop()
    assert tags[0] not in store.current_presence(seeded)
    again = make(seeded, EventBus())
    assert again.restore_presence() >= 1
    assert again.presence()[tags[1]][0] == "BR01-VAULT"


def test_database_fault_loses_nothing(seeded: Database) -> None:
    bus = EventBus()
    tag = person_tag(seeded)
    failing = threading.Event()
    failing.set()
    keys: list[str] = []
    real = TrackingService(seeded)

    def flaky(key: str, moves: list[MovementIn]) -> IngestReceipt:
        keys.append(key)
        if failing.is_set():
            raise RuntimeError("database went away")
        return real.ingest(ACTOR, STATION, key, moves)

    p = make(seeded, bus, ServiceSink(flaky, STATION))
    p.start()
    try:
        now = time.time()
        p.submit(TagRead("BR01-R01", 1, tag, -50, now, time.monotonic()))
        p.submit(TagRead("BR01-R03", 1, tag, -40, now + 0.5, time.monotonic()))
        wait_for(lambda: p.stats().persist_errors >= 1)
        assert p.stats().persisted == 0
        failing.clear()
        wait_for(lambda: p.stats().persisted == 3)
    finally:
        p.stop()
    assert len(store.movements_between(seeded, now - 1, now + 10, tag)) == 3
    assert len(set(keys)) == 1 and len(keys) >= 2  # the failed batch was offered again under its key


def test_a_batch_stored_but_not_acknowledged_is_not_stored_twice(seeded: Database) -> None:
    """The service committed but the answer was lost: the batch goes again under its key."""
    tag = person_tag(seeded)
    real = TrackingService(seeded)
    keys: list[str] = []

    def lost_answer(key: str, moves: list[MovementIn]) -> IngestReceipt:
        keys.append(key)
        receipt = real.ingest(ACTOR, STATION, key, moves)
        if len(keys) == 1:
            raise ConnectionResetError("connection reset before the answer arrived")
        return receipt

    p = make(seeded, EventBus(), ServiceSink(lost_answer, STATION))
    p.start()
    try:
        now = time.time()
        p.submit(TagRead("BR01-R01", 1, tag, -50, now, time.monotonic()))
        wait_for(lambda: p.stats().persisted == 1)
    finally:
        p.stop()
    assert keys[0] == keys[1] and p.stats().persist_errors == 1
    assert len(store.movements_between(seeded, now - 1, now + 10, tag)) == 1


def test_stop_drains_and_commits_queued_reads(seeded: Database) -> None:
    p = make(seeded, EventBus(), flush_interval=10.0)  # would not flush on its own for 10 s
    tags = [tag for tag, kind in store.known_tags(seeded).items() if kind == "person"][:20]
    p.start()
    now = time.time()
    for i, tag in enumerate(tags):
        p.submit(TagRead("BR01-R02", 1, tag, -50, now + i * 0.001, time.monotonic()))
    p.stop()
    assert p.stats().persisted == 20
    assert len(store.current_presence(seeded)) == 20
