"""Who is where now and at a moment, from ``tag_presence`` and per-tag look-ups instead of a ranking
of every movement ever stored: the same answers as that ranking (kept here as the reference), on
SQLite and PostgreSQL, whichever way the movements were stored (``TrackingService.ingest``, the
embedded runtime's sink, ``save_movements``), and the migration that fills the table."""

from __future__ import annotations

import itertools
import time
from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import bindparam, text

from app.db import migrate
from app.db.base import UTCDateTime
from app.db.engine import Database
from app.services.tracking import TrackingService, station_principal
from app.tracking import store
from app.tracking.events import EventKind
from app.tracking.ingest import MovementIn
from app.tracking.presence import PresenceChange
from app.tracking.sinks import ServiceSink

T0 = 1_800_000_000.0  # 2027-01-15, a fixed moment: times below are offsets from it
STATION = "WS9"


def change(tag: str, kind: EventKind, zone: str, ts: float) -> PresenceChange:
    return PresenceChange(tag, kind, zone, "R1", -50, ts, 0.0)


ENTER, LEAVE = EventKind.ENTER, EventKind.LEAVE


def test_an_old_batch_replayed_after_newer_ones_does_not_win(db: Database) -> None:
    store.save_movements(db, [change("A", ENTER, "GATE", T0 + 10)])
    store.save_movements(db, [change("A", ENTER, "VAULT", T0), change("A", LEAVE, "VAULT", T0 + 5)])
    assert store.current_presence(db) == {"A": ("GATE", T0 + 10)}
    assert store.presence_at(db, T0 + 1) == {"A": ("VAULT", T0)}
    assert store.presence_at(db, T0 + 6) == {}
    assert store.presence_at(db, T0 - 1) == {}


def test_a_leave_takes_the_tag_away_and_a_replayed_older_enter_does_not_bring_it_back(db: Database) -> None:
    store.save_movements(db, [change("A", ENTER, "GATE", T0), change("B", ENTER, "HALL", T0)])
    store.save_movements(db, [change("A", LEAVE, "GATE", T0 + 20)])
    assert store.current_presence(db) == {"B": ("HALL", T0)}
    store.save_movements(db, [change("A", ENTER, "VAULT", T0 + 10)])  # replayed: older than the LEAVE
    assert store.current_presence(db) == {"B": ("HALL", T0)}
    assert store.presence_at(db, T0 + 15) == {"A": ("VAULT", T0 + 10), "B": ("HALL", T0)}


def test_a_leave_and_an_enter_of_one_read_count_in_the_order_stored(db: Database) -> None:
    """A tag moving from GATE to HALL on one read: the LEAVE of GATE and the ENTER of HALL share
    their time, and the ENTER, stored last, counts; stored the other way round, the LEAVE would."""
    store.save_movements(db, [change("A", ENTER, "GATE", T0)])
    store.save_movements(db, [change("A", LEAVE, "GATE", T0 + 5), change("A", ENTER, "HALL", T0 + 5)])
    store.save_movements(db, [change("B", ENTER, "HALL", T0 + 5), change("B", LEAVE, "HALL", T0 + 5)])
    assert store.current_presence(db) == {"A": ("HALL", T0 + 5)}
    assert store.presence_at(db, T0 + 5) == {"A": ("HALL", T0 + 5)}
    assert store.presence_at(db, T0 + 4) == {"A": ("GATE", T0)}
    # the same time again in a later batch: stored last, it counts
    store.save_movements(db, [change("A", LEAVE, "HALL", T0 + 5)])
    assert store.current_presence(db) == {} == store.ranked_presence(db, None)


def _movements_sql(db: Database, rows: Sequence[tuple[str, str, str, float]]) -> None:
    """Movements as a version before ``tag_presence`` stored them (plain SQL: no table kept)."""
    insert = text(
        "INSERT INTO movements (ts, tag_id, zone_code, reader_code, kind, rssi) "
        "VALUES (:ts, :tag, :zone, 'R1', :kind, -50)"
    ).bindparams(bindparam("ts", type_=UTCDateTime()))
    with db.write() as s:
        for tag, kind, zone, ts in rows:
            s.execute(insert, {"ts": store._dt(ts), "tag": tag, "zone": zone, "kind": kind})


def test_the_migration_fills_the_table_from_the_movements_there_are(db_url: str) -> None:
    old = Database(db_url)
    try:
        migrate.upgrade(old, "0017_alarms")
        _movements_sql(
            old,
            [
                ("A", "enter", "GATE", T0 + 10),
                ("A", "enter", "VAULT", T0),  # stored later, happened earlier
                ("B", "enter", "HALL", T0),
                ("B", "leave", "HALL", T0 + 3),
                ("C", "leave", "GATE", T0 + 7),
                ("C", "enter", "HALL", T0 + 7),  # same time, stored last: present
            ],
        )
        migrate.upgrade(old)
        assert migrate.current_revision(old) == migrate.head_revision()
        with old.read() as s:
            rows = s.execute(text("SELECT tag_id, zone_code, kind FROM tag_presence ORDER BY tag_id")).all()
        assert [tuple(r) for r in rows] == [
            ("A", "GATE", "enter"),
            ("B", "HALL", "leave"),
            ("C", "HALL", "enter"),
        ]
        assert (
            store.current_presence(old)
            == store.ranked_presence(old, None)
            == {
                "A": ("GATE", T0 + 10),
                "C": ("HALL", T0 + 7),
            }
        )
        store.save_movements(old, [change("B", ENTER, "VAULT", T0 + 1)])  # older than B's LEAVE
        assert store.current_presence(old) == store.ranked_presence(old, None)
        migrate.downgrade(old, "0017_alarms")
        migrate.upgrade(old)
        assert store.current_presence(old) == store.ranked_presence(old, None)
    finally:
        old.dispose()


# -- the same answers as the ranking, on random histories -----------------------------------------

_serial = itertools.count()

moves = st.tuples(
    st.sampled_from("abcd"),  # tag
    st.sampled_from((ENTER, LEAVE)),
    st.sampled_from(("GATE", "HALL", "VAULT")),
    st.integers(0, 6),  # time: few values, so that many share one
)
batches = st.lists(st.lists(moves, min_size=1, max_size=6), min_size=1, max_size=6)


def _store_all(
    db: Database, how: str, prefix: str, history: list[list[tuple[str, EventKind, str, int]]]
) -> None:
    tracking, actor = TrackingService(db), station_principal(STATION)
    sink = ServiceSink(lambda key, ms: tracking.ingest(actor, STATION, key, ms), STATION)
    for n, batch in enumerate(history):
        changes = [change(prefix + tag, kind, zone, T0 + t) for tag, kind, zone, t in batch]
        if how == "ingest":
            tracking.ingest(actor, STATION, f"{prefix}-{n}", [MovementIn.of(c) for c in changes])
        elif how == "runtime":
            sink.save(changes)
        else:
            store.save_movements(db, changes)


def _mine(presence: dict[str, tuple[str, float]], prefix: str) -> dict[str, tuple[str, float]]:
    return {tag: where for tag, where in presence.items() if tag.startswith(prefix)}


@pytest.mark.parametrize("how", ["ingest", "runtime", "save_movements"])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=batches)
def test_presence_is_what_ranking_every_movement_says(
    db: Database, how: str, history: list[list[tuple[str, EventKind, str, int]]]
) -> None:
    prefix = f"P{next(_serial)}-"  # one database for all examples: each its own tags
    _store_all(db, how, prefix, history)
    for at in (None, T0 - 1, T0, T0 + 2.5, T0 + 3, T0 + 6, time.time()):
        assert _mine(store.presence_at(db, at), prefix) == _mine(store.ranked_presence(db, at), prefix), at
