"""Persistence of presence changes (movements) and the read models built from them. Any thread;
each call is its own unit of work."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Table, bindparam, func, insert, literal, or_, select, text, true
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import Movement, Reader, ReaderAntenna, ReaderEvent, Tag, TagPresence, Zone
from app.tracking.events import EventKind, PresenceKind
from app.tracking.ingest import MovementIn
from app.tracking.presence import PresenceChange
from app.tracking.reads import LinkState, ReaderStatus

MOVEMENTS: Table = Movement.metadata.tables[Movement.__tablename__]
PRESENCE: Table = TagPresence.metadata.tables[TagPresence.__tablename__]


def _dt(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, UTC)


def _kind(stored: str) -> PresenceKind:
    return EventKind.ENTER if stored == EventKind.ENTER else EventKind.LEAVE


def movement_rows(changes: Iterable[PresenceChange | MovementIn]) -> list[dict[str, object]]:
    """The ``movements`` rows of presence changes (or of ingested movements)."""
    return [
        {
            "ts": _dt(c.ts),
            "tag_id": c.tag_id,
            "zone_code": c.zone,
            "reader_code": c.reader,
            "kind": str(c.kind),
            "rssi": c.rssi,
        }
        for c in changes
    ]


# Each tag's newest movement among those with ids first..last, by (ts, id), moves its
# ``tag_presence`` row forward, never back. The same statement on SQLite and PostgreSQL, run by the
# database over rows it has just written (no row of them goes through Python again). Rows of another
# transaction that fall in the range are folded in too, which is right: the table holds each tag's
# newest movement of all. In tag order: two PostgreSQL transactions that move the same tags lock
# their rows in one order and cannot deadlock.
_FOLD = text(
    """
    INSERT INTO tag_presence (tag_id, movement_id, ts, zone_code, kind)
    SELECT tag_id, id, ts, zone_code, kind FROM (
        SELECT id, tag_id, ts, zone_code, kind,
               row_number() OVER (PARTITION BY tag_id ORDER BY ts DESC, id DESC) AS rank
        FROM movements WHERE id BETWEEN :first AND :last
    ) AS batch
    WHERE rank = 1
    ORDER BY tag_id
    ON CONFLICT (tag_id) DO UPDATE SET
        movement_id = excluded.movement_id, ts = excluded.ts,
        zone_code = excluded.zone_code, kind = excluded.kind
    WHERE excluded.ts > tag_presence.ts
       OR (excluded.ts = tag_presence.ts AND excluded.movement_id > tag_presence.movement_id)
    """
)
_NEWEST_ID = select(func.max(MOVEMENTS.c.id))


def insert_movements(session: Session, rows: list[dict[str, object]]) -> None:
    """Rows from ``movement_rows`` in the caller's transaction, and ``tag_presence`` with them: the
    table ``presence_at`` reads now from, kept in the order it ranks movements in (see there).

    The movements go in as one Core executemany (the column types still apply; the ORM's per-row
    bulk bookkeeping would only cost time), then one statement folds them into ``tag_presence``
    from the range of their ids. PostgreSQL: the ids come back by RETURNING (SQLAlchemy sends it in
    pages of many rows). SQLite, whose RETURNING goes row by row under executemany, needs none: its
    one writer holds the write lock from BEGIN IMMEDIATE to the commit, and new rows get ids above
    the largest before them. Cost: a second statement per batch, no Python per row (the ingest
    thread shares the interpreter with the parsers): bench/ingest.py's throughput is unchanged on
    both; a flush on PostgreSQL takes about 1 ms more (the upsert of its tags)."""
    if not rows:
        return
    if session.get_bind().dialect.name == "sqlite":
        first = (session.execute(_NEWEST_ID).scalar() or 0) + 1
        session.execute(insert(MOVEMENTS), rows)
        last = session.execute(_NEWEST_ID).scalar_one()
    else:
        ids = session.execute(insert(MOVEMENTS).returning(MOVEMENTS.c.id), rows).scalars().all()
        first, last = min(ids), max(ids)
    session.execute(_FOLD, {"first": first, "last": last})


def save_movements(db: Database, changes: Sequence[PresenceChange]) -> None:
    """All changes in one transaction (one executemany), without an ingest batch: tests and tools
    that put history in place. Stations ingest through ``TrackingService.ingest``."""
    if not changes:
        return
    with db.write() as s:
        insert_movements(s, movement_rows(changes))


# (reader code, station, antenna, zone code) of the readers named by the expanding parameter
# ``codes``: a reader's own zone (antenna 0), then the zones its other antennas cover. Built once: a
# station's every ingest checks its readers with it.
_READER_ZONES = (
    select(Reader.code, Reader.station, literal(0).label("antenna"), Zone.code)
    .join(Zone, Reader.zone_id == Zone.id)
    .where(Reader.code.in_(bindparam("codes", expanding=True)))
    .union_all(
        select(Reader.code, Reader.station, ReaderAntenna.antenna, Zone.code)
        .join(ReaderAntenna, ReaderAntenna.reader_id == Reader.id)
        .join(Zone, ReaderAntenna.zone_id == Zone.id)
        .where(Reader.code.in_(bindparam("codes", expanding=True)))
    )
)


def reader_zones(session: Session, readers: Collection[str]) -> list[tuple[str, str | None, int, str]]:
    """(reader code, its station, antenna, zone code) of ``readers``, own zone (antenna 0) first."""
    if not readers:
        return []
    rows = session.connection().execute(_READER_ZONES, {"codes": sorted(readers)})
    return [(code, station, antenna, zone) for code, station, antenna, zone in rows]


def zone_map(db: Database, readers: Collection[str] | None = None) -> dict[tuple[str, int], str]:
    """(reader code, antenna) -> zone code; antenna 0 is the reader's own zone. ``readers``: only
    these readers' (a station's), else every reader's."""
    if readers is not None:
        with db.read() as s:
            return {(code, antenna): zone for code, _station, antenna, zone in reader_zones(s, readers)}
    own = select(Reader.code, Zone.code).join(Zone, Reader.zone_id == Zone.id)
    other = (
        select(Reader.code, ReaderAntenna.antenna, Zone.code)
        .join(ReaderAntenna, ReaderAntenna.reader_id == Reader.id)
        .join(Zone, ReaderAntenna.zone_id == Zone.id)
    )
    with db.read() as s:
        mapping = {(code, 0): zone for code, zone in s.execute(own)}
        for code, antenna, zone in s.execute(other):
            mapping[(code, antenna)] = zone
    return mapping


def enabled_readers(db: Database) -> list[tuple[str, str]]:
    """(code, channel URL) of every enabled reader, by code."""
    with db.read() as s:
        return [
            (code, url)
            for code, url in s.execute(
                select(Reader.code, Reader.url).where(Reader.enabled.is_(True)).order_by(Reader.code)
            )
        ]


def station_readers(db: Database, station: str, *, unassigned: bool) -> list[tuple[str, str]]:
    """(code, channel URL) of the enabled readers ``station`` runs, by code: those assigned to it, and
    with ``unassigned`` (an embedded workstation) also those assigned to no station."""
    owned = Reader.station == station
    if unassigned:
        owned = or_(owned, Reader.station.is_(None))
    with db.read() as s:
        return [
            (code, url)
            for code, url in s.execute(
                select(Reader.code, Reader.url).where(Reader.enabled.is_(True), owned).order_by(Reader.code)
            )
        ]


def known_tags(db: Database) -> dict[str, str]:
    """Active tag ID -> kind."""
    with db.read() as s:
        return {
            tag: kind for tag, kind in s.execute(select(Tag.tag_id, Tag.kind).where(Tag.active.is_(True)))
        }


def current_presence(db: Database) -> dict[str, tuple[str, float]]:
    """Tag -> (zone, since) from each tag's newest movement, if that was an ENTER."""
    return presence_at(db, None)


@dataclass(frozen=True)
class MovementRecord:
    ts: float
    tag_id: str
    zone: str
    reader: str
    kind: PresenceKind


def movements_between(
    db: Database, start: float, end: float, tag_id: str | None = None, limit: int = 200_000
) -> list[MovementRecord]:
    """Movements in [start, end), oldest first (history playback)."""
    with db.read() as s:
        q = select(Movement).where(Movement.ts >= _dt(start), Movement.ts < _dt(end))
        if tag_id:
            q = q.where(Movement.tag_id == tag_id)
        q = q.order_by(Movement.ts, Movement.id).limit(limit)
        return [
            MovementRecord(m.ts.timestamp(), m.tag_id, m.zone_code, m.reader_code, _kind(m.kind))
            for m in s.scalars(q)
        ]


def zone_polygons(db: Database) -> dict[str, list[tuple[float, float]]]:
    with db.read() as s:
        return {
            code: [tuple(p) for p in json.loads(poly)]
            for code, poly in s.execute(select(Zone.code, Zone.polygon_json))
        }


def _moved_since(session: Session, when: datetime) -> list[tuple[str, str, datetime, str]]:
    """(tag, zone, ts, kind) of the newest movement at or before ``when`` of each tag whose newest
    movement is after it, one index descent per tag. PostgreSQL: a LATERAL join (with the SQLite
    form below it planned a hash join over every movement: 430 ms at 1,000,000, not 60); SQLite,
    which has no LATERAL: the id from a correlated subquery, then the row by its id."""
    newest_first = (Movement.ts.desc(), Movement.id.desc())
    at_or_before = (Movement.tag_id == PRESENCE.c.tag_id, Movement.ts <= when)
    if session.get_bind().dialect.name == "postgresql":
        newest = (
            select(Movement.tag_id, Movement.zone_code, Movement.ts, Movement.kind)
            .where(*at_or_before)
            .order_by(*newest_first)
            .limit(1)
            .lateral("newest")
        )
        query = select(newest.c.tag_id, newest.c.zone_code, newest.c.ts, newest.c.kind).select_from(
            PRESENCE.join(newest, true())
        )
    else:
        newest_id = (
            select(Movement.id).where(*at_or_before).order_by(*newest_first).limit(1).correlate(PRESENCE)
        ).scalar_subquery()
        query = (
            select(Movement.tag_id, Movement.zone_code, Movement.ts, Movement.kind)
            .select_from(PRESENCE)
            .join(Movement, Movement.id == newest_id)
        )
    rows = session.execute(query.where(PRESENCE.c.ts > when))
    return [(tag, zone, ts, kind) for tag, zone, ts, kind in rows]


def presence_at(db: Database, at: float | None) -> dict[str, tuple[str, float]]:
    """Who was where at wall-clock time ``at`` (None: now) as tag -> (zone, since): the starting
    state of a playback, or the presence to restore after a restart. Each tag's newest movement by
    its time, not by when it was stored (a station replaying its spool after an outage stores old
    movements after newer ones of another station); a LEAVE and an ENTER of one read share their
    time, and the one stored last (the ENTER: the higher id) counts. Only a tag whose newest
    movement is an ENTER is present.

    Neither read ranks the whole history (it grows without bound: months of tens of movements a
    second). Now is ``tag_presence``, one row per tag, which ``insert_movements`` keeps. At ``at``:
    a tag whose newest movement is at or before ``at`` has that one there too (its row says so);
    only the others are looked up, each one's newest movement at or before ``at`` by one descent of
    the index on (tag_id, ts) (its id orders the ties: the rowid on SQLite, a small sort of the
    ties on PostgreSQL). Its cost grows with the tags ever seen, not with the movements (1,000,000
    movements of 5,000 tags: 60 ms on both, was 2.0 s on SQLite and 0.9 s on PostgreSQL).

    Bounded by the tags ``tag_presence`` knows, which are every tag that has a movement: a tag
    with none at or before ``at`` has no look-up result and is absent, as it was before."""
    with db.read() as s:
        if at is None:
            rows = s.execute(
                select(PRESENCE.c.tag_id, PRESENCE.c.zone_code, PRESENCE.c.ts).where(
                    PRESENCE.c.kind == str(EventKind.ENTER)
                )
            )
            return {tag: (zone, ts.timestamp()) for tag, zone, ts in rows}
        when = _dt(at)
        settled = select(PRESENCE.c.tag_id, PRESENCE.c.zone_code, PRESENCE.c.ts).where(
            PRESENCE.c.ts <= when, PRESENCE.c.kind == str(EventKind.ENTER)
        )
        found = {tag: (zone, ts.timestamp()) for tag, zone, ts in s.execute(settled)}
        for tag, zone, ts, kind in _moved_since(s, when):
            if kind == EventKind.ENTER:
                found[tag] = (zone, ts.timestamp())
        return found


@dataclass(frozen=True)
class ReaderStateRecord:
    """A reader's link state from ``ts`` on (an outage begins, or ends), as playback shows it."""

    ts: float
    reader: str
    state: LinkState
    last_frame_ts: float | None  # the reader's last good frame then: its tags' "last seen"


def add_reader_event(session: Session, station: str, status: ReaderStatus, at: datetime) -> None:
    """Record that ``status.reader`` is in ``status.state`` from ``at`` on (the caller knows it changed)."""
    last = status.last_frame_ts
    session.add(
        ReaderEvent(
            at=at,
            reader=status.reader,
            station=station,
            state=str(status.state),
            last_frame_at=_dt(last) if last is not None else None,
            detail=status.detail[:500],
        )
    )


def _state_record(e: ReaderEvent) -> ReaderStateRecord:
    last = e.last_frame_at.timestamp() if e.last_frame_at is not None else None
    return ReaderStateRecord(e.at.timestamp(), e.reader, LinkState(e.state), last)


def reader_states(
    db: Database, start: float, end: float
) -> tuple[dict[str, ReaderStateRecord], list[ReaderStateRecord]]:
    """Each reader's state at ``start`` (its newest event before it), and its changes in [start, end),
    oldest first: the reader side of a playback range."""
    newest_first = (ReaderEvent.at.desc(), ReaderEvent.id.desc())
    with db.read() as s:
        ranked = (
            select(
                ReaderEvent.id,
                func.row_number().over(partition_by=ReaderEvent.reader, order_by=newest_first).label("rank"),
            )
            .where(ReaderEvent.at < _dt(start))
            .subquery()
        )
        before = s.scalars(
            select(ReaderEvent).join(ranked, ranked.c.id == ReaderEvent.id).where(ranked.c.rank == 1)
        )
        at_start = {e.reader: _state_record(e) for e in before}
        during = s.scalars(
            select(ReaderEvent)
            .where(ReaderEvent.at >= _dt(start), ReaderEvent.at < _dt(end))
            .order_by(ReaderEvent.at, ReaderEvent.id)
        )
        return at_start, [_state_record(e) for e in during]


def ranked_presence(db: Database, at: float | None) -> dict[str, tuple[str, float]]:
    """Who was where at ``at`` (None: now) by ranking every movement per tag, newest (ts, id) first:
    the read ``tag_presence`` replaced. Slow (it reads every movement); no service uses it. It is
    the reference the maintained table must agree with (the tests, ``bench/presence.py --baseline``)."""
    with db.read() as s:
        q = select(
            Movement.tag_id,
            Movement.zone_code,
            Movement.ts,
            Movement.kind,
            func.row_number()
            .over(partition_by=Movement.tag_id, order_by=(Movement.ts.desc(), Movement.id.desc()))
            .label("rank"),
        )
        if at is not None:
            q = q.where(Movement.ts <= _dt(at))
        ranked = q.subquery()
        rows = s.execute(select(ranked).where(ranked.c.rank == 1))
        return {r.tag_id: (r.zone_code, r.ts.timestamp()) for r in rows if r.kind == EventKind.ENTER}
