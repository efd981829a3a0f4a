"""The tamper-evident audit log: append inside the caller's transaction, verify the whole chain.

Any thread. Each entry's hash covers the previous hash and its own canonical fields, so editing,
deleting or reordering any entry breaks the chain from that point; the head row (locked FOR UPDATE
while appending) catches removal of the newest entries and serializes writers across workstations.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import AuditEntry, AuditHead
from app.rbac import Principal

if TYPE_CHECKING:  # app.operations imports this module
    from app.operations import Action, Target

GENESIS = "0" * 64


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def _ts_text(ts: datetime) -> str:
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_hash(
    prev_hash: str,
    seq: int,
    ts: datetime,
    actor_id: int | None,
    actor_name: str,
    action: str,
    target_type: str,
    target_id: str,
    reason: str,
    before_json: str,
    after_json: str,
) -> str:
    body = canonical_json(
        [
            seq,
            _ts_text(ts),
            actor_id,
            actor_name,
            action,
            target_type,
            target_id,
            reason,
            before_json,
            after_json,
        ]
    )
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def stored_entry_hash(e: AuditEntry) -> str:
    """The hash an entry as stored should carry."""
    return entry_hash(
        e.prev_hash,
        e.seq,
        e.ts,
        e.actor_id,
        e.actor_name,
        e.action,
        e.target_type,
        e.target_id,
        e.reason,
        e.before_json,
        e.after_json,
    )


def append(
    session: Session,
    actor: Principal | str,
    action: Action,
    target_type: Target,
    target_id: object,
    *,
    reason: str = "",
    before: Any = None,
    after: Any = None,
) -> AuditEntry:
    """Add one entry in the caller's transaction (so it commits or rolls back with the change).

    An operation that returns a ``Change`` calls ``app.operations.record`` instead."""
    head = session.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()).scalar_one()
    if isinstance(actor, Principal):
        actor_id, actor_name = actor.user_id, actor.username
    else:
        actor_id, actor_name = None, actor
    ts = utcnow()
    seq = head.last_seq + 1
    before_json, after_json = canonical_json(before), canonical_json(after)
    digest = entry_hash(
        head.last_hash,
        seq,
        ts,
        actor_id,
        actor_name,
        action,
        target_type,
        str(target_id),
        reason,
        before_json,
        after_json,
    )
    entry = AuditEntry(
        seq=seq,
        ts=ts,
        actor_id=actor_id,
        actor_name=actor_name,
        action=action,
        target_type=target_type,
        target_id=str(target_id),
        reason=reason,
        before_json=before_json,
        after_json=after_json,
        prev_hash=head.last_hash,
        hash=digest,
    )
    session.add(entry)
    head.last_seq, head.last_hash = seq, digest
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    head_seq: int
    head_hash: str
    first_bad_seq: int | None = None
    problem: str | None = None  # hash_mismatch | link_broken | gap | head_mismatch

    def describe(self) -> str:
        if self.ok:
            return f"audit chain OK: {self.checked} entries, head #{self.head_seq} {self.head_hash[:16]}…"
        return (
            f"audit chain BROKEN at entry #{self.first_bad_seq}: {self.problem} "
            f"({self.checked} checked before it)"
        )


def _iter_entries(session: Session, batch: int = 2000) -> Iterator[AuditEntry]:
    last = 0
    while True:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.seq > last).order_by(AuditEntry.seq).limit(batch)
        ).all()
        if not rows:
            return
        yield from rows
        last = rows[-1].seq
        session.expunge_all()


def verify_chain(db: Database) -> ChainReport:
    with db.read() as session:
        head = session.execute(select(AuditHead).where(AuditHead.id == 1)).scalar_one()
        head_seq, head_hash = head.last_seq, head.last_hash
        prev_hash, expected_seq, checked = GENESIS, 1, 0
        for e in _iter_entries(session):
            if e.seq != expected_seq:
                return ChainReport(False, checked, head_seq, head_hash, expected_seq, "gap")
            if e.prev_hash != prev_hash:
                return ChainReport(False, checked, head_seq, head_hash, e.seq, "link_broken")
            digest = stored_entry_hash(e)
            if digest != e.hash:
                return ChainReport(False, checked, head_seq, head_hash, e.seq, "hash_mismatch")
            prev_hash, expected_seq, checked = e.hash, e.seq + 1, checked + 1
        if head_seq != expected_seq - 1 or head_hash != prev_hash:
            return ChainReport(False, checked, head_seq, head_hash, expected_seq, "head_mismatch")
        return ChainReport(True, checked, head_seq, head_hash)


@dataclass(frozen=True)
class AuditRecord:
    seq: int
    ts: datetime
    actor_name: str
    action: str
    target_type: str
    target_id: str
    reason: str
    before: Any
    after: Any


@dataclass(frozen=True)
class AuditQuery:
    text: str = ""
    action_prefix: str = ""
    limit: int = 500
    before_seq: int | None = None


def query(session: Session, q: AuditQuery) -> tuple[list[AuditRecord], int]:
    """Newest first; returns (records, total entries in the log)."""
    stmt = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(q.limit)
    if q.action_prefix:
        stmt = stmt.where(AuditEntry.action.startswith(q.action_prefix))
    if q.before_seq is not None:
        stmt = stmt.where(AuditEntry.seq < q.before_seq)
    if q.text:
        like = f"%{q.text}%"
        stmt = stmt.where(
            AuditEntry.actor_name.ilike(like)
            | AuditEntry.target_id.ilike(like)
            | AuditEntry.reason.ilike(like)
            | AuditEntry.action.ilike(like)
            | AuditEntry.after_json.ilike(like)
            | AuditEntry.before_json.ilike(like)
        )
    records = [
        AuditRecord(
            e.seq,
            e.ts,
            e.actor_name,
            e.action,
            e.target_type,
            e.target_id,
            e.reason,
            json.loads(e.before_json),
            json.loads(e.after_json),
        )
        for e in session.scalars(stmt)
    ]
    total = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    return records, total
