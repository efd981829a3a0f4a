"""The change log behind the workstations' push stream. Any thread.

Every ``Change`` (``app.operations.record``) and every tracking batch is written here in the
transaction that made it, so a change is logged if and only if it committed. Rows get their stream
position (``seq``) afterwards, from ``publish_pending``: one publisher transaction at a time (an
advisory lock on PostgreSQL, the single writer on SQLite) numbers the committed, unnumbered rows
after the highest number so far. A reader that tails ``seq`` therefore sees every committed change
exactly once and in order, even though the writing transactions commit in any order.

On PostgreSQL a writing transaction notifies ``CHANNEL_PENDING`` and a publishing one
``CHANNEL_PUBLISHED`` (both delivered at commit): the server publishes at once and its push stream
wakes at once; a periodic sweep covers a lost notification. ``ORIGIN`` names the session whose call
made the change: the push stream does not echo a workstation's own changes back to it (its docks
already had them from its own change bus).
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

import msgspec
from sqlalchemy import Table, bindparam, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.db.engine import Database
from app.db.models import ChangeLogEntry

ORIGIN: ContextVar[str] = ContextVar("banksuite_change_origin", default="")
CHANNEL_PENDING = "banksuite_changes"
CHANNEL_PUBLISHED = "banksuite_published"
PUBLISH_LOCK = 0x42534331  # pg_advisory_xact_lock key of the publisher ("BSC1")
RETENTION = timedelta(hours=24)  # published rows kept for workstations that reconnect late
# Tracking rows come many a second; a workstation back after longer than this re-reads who is where
# (widgets.bridges.shared_tracking resynchronizes on every reconnect) instead of replaying them.
TRACKING_RETENTION = timedelta(minutes=10)


class Kind(StrEnum):
    CHANGE = "change"  # an app.operations.Change
    TRACKING = "tracking"  # tracking events of one ingested batch
    REQUEST = "request"  # an authorization request's view after a change (authorization.RequestPush)


@dataclass(frozen=True)
class Published:
    seq: int
    kind: Kind
    origin: str
    at: datetime
    payload: bytes  # msgspec JSON, decoded by the reader that knows its kind


_encoder = msgspec.json.Encoder()
_appended = [0]  # rows this process has logged (a hint for the publisher; not exact across threads)


def appended() -> int:
    """How many rows this process has logged so far: a caller that sees it move pokes the publisher."""
    return _appended[0]


def _is_pg(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


_LOG: Table = ChangeLogEntry.metadata.tables[ChangeLogEntry.__tablename__]
_VALUES = {c: bindparam(c, type_=_LOG.c[c].type) for c in ("kind", "origin", "at", "payload")}
_INSERT = insert(_LOG).values(_VALUES)
# PostgreSQL: the row and the publisher's wake-up in one statement (one round trip, not two; the
# insert in the WITH runs once whether or not the outer query reads it). Built once, compiled once.
_INSERT_AND_NOTIFY = select(func.pg_notify(CHANNEL_PENDING, "")).select_from(
    insert(_LOG).values(_VALUES).returning(_LOG.c.id).cte("logged")
)


def append(session: Session, kind: Kind, payload: object) -> None:
    """Log ``payload`` (msgspec-serializable) in the caller's transaction. A Core statement, not an
    ORM object: every ingested batch logs one, and the unit of work's flush was the largest share of
    the server's time per batch."""
    row = {
        "kind": kind.value,
        "origin": ORIGIN.get(),
        "at": utcnow(),
        "payload": _encoder.encode(payload).decode(),
    }
    _appended[0] += 1
    session.execute(_INSERT_AND_NOTIFY if _is_pg(session) else _INSERT, row)


PUBLISH_BATCH = 1000

# PostgreSQL: the committed, unnumbered rows numbered after the highest number, in id order, in one
# statement (after the publish lock: its snapshot then sees every number given before)
_NUMBER_PENDING = text(
    "WITH todo AS ("
    " SELECT id, row_number() OVER (ORDER BY id) AS n FROM change_log"
    " WHERE seq IS NULL ORDER BY id LIMIT :batch),"
    " top AS (SELECT coalesce(max(seq), 0) AS top FROM change_log)"
    " UPDATE change_log SET seq = top.top + todo.n FROM todo, top"
    " WHERE change_log.id = todo.id RETURNING change_log.seq"
)


def publish_pending(db: Database, batch: int = PUBLISH_BATCH) -> int:
    """Number the committed, unnumbered rows in id order; return how many. Safe from any number of
    threads and processes at once: on PostgreSQL one publishes while the others return 0 at once
    (each publisher is notified of every change, so the one at work runs again for what came
    meanwhile; a periodic sweep covers a publisher that dies); on SQLite they take turns."""
    with db.write() as session:
        if _is_pg(session):
            if not session.scalar(text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": PUBLISH_LOCK}):
                # another publisher is at it; it runs again for what was notified meanwhile (the
                # notification reaches every publisher), and the sweep covers it if that one dies
                return 0
            numbers = session.scalars(_NUMBER_PENDING, {"batch": batch}).all()
            if numbers:
                session.execute(
                    text("SELECT pg_notify(:channel, :top)"),
                    {"channel": CHANNEL_PUBLISHED, "top": str(max(numbers))},
                )
            return len(numbers)
        ids = session.scalars(
            select(ChangeLogEntry.id)
            .where(ChangeLogEntry.seq.is_(None))
            .order_by(ChangeLogEntry.id)
            .limit(batch)
        ).all()
        if not ids:
            return 0
        top = session.scalar(select(func.max(ChangeLogEntry.seq))) or 0
        session.execute(
            update(ChangeLogEntry),
            [{"id": row_id, "seq": top + n} for n, row_id in enumerate(ids, 1)],
        )
        return len(ids)


def last_seq(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.max(ChangeLogEntry.seq))) or 0


def first_seq(db: Database) -> int:
    """The oldest position still kept (0 if none): a reader behind it has missed pruned changes."""
    with db.read() as session:
        return session.scalar(select(func.min(ChangeLogEntry.seq))) or 0


def read_since(db: Database, seq: int, limit: int = 500) -> list[Published]:
    with db.read() as session:
        rows = session.execute(
            select(
                ChangeLogEntry.seq,
                ChangeLogEntry.kind,
                ChangeLogEntry.origin,
                ChangeLogEntry.at,
                ChangeLogEntry.payload,
            )
            .where(ChangeLogEntry.seq > seq)
            .order_by(ChangeLogEntry.seq)
            .limit(limit)
        ).all()
    return [Published(s, Kind(k), o, at, p.encode()) for s, k, o, at, p in rows if s is not None]


def prune(db: Database, *, keep: timedelta = RETENTION, keep_tracking: timedelta = TRACKING_RETENTION) -> int:
    """Drop published rows older than ``keep``, tracking rows older than ``keep_tracking`` (the newest
    row always stays: it carries the top seq); how many."""
    now = utcnow()
    with db.write() as session:
        top = session.scalar(select(func.max(ChangeLogEntry.seq))) or 0
        published = (ChangeLogEntry.seq.is_not(None), ChangeLogEntry.seq < top)
        dropped = 0
        for where in (
            ChangeLogEntry.at < now - keep,
            (ChangeLogEntry.kind == Kind.TRACKING) & (ChangeLogEntry.at < now - keep_tracking),
        ):
            result = session.execute(delete(ChangeLogEntry).where(*published, where))
            dropped += int(getattr(result, "rowcount", 0) or 0)
        return dropped
