"""The tamper-evident audit log: append inside the caller's transaction, query, verify. Any thread.

An operation inserts its entry with an immutable id and no chain position (``append``): no shared
row is touched, so audited writes on different rows never wait for one another. The sequencer
(``app.audit_sequencer``) chains committed entries later, in id order, into ``audit_chain``: each
link's hash covers the previous hash, its chain number and the entry's canonical fields, so editing,
deleting or reordering an entry breaks the chain from there. Every so many entries or minutes the
sequencer signs a checkpoint (chain number, head hash, time) with a key outside the database
(``app.audit_keys``), so truncating the chain, rewriting its head, or recomputing it after an edit is
seen against a checkpoint (``verify_chain``). The tables refuse UPDATE, DELETE and TRUNCATE
(triggers; on PostgreSQL the server's role also lacks the grants, ``app.db.roles``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.audit_keys import Checkpoint, read_checkpoint_file, ts_text
from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import AuditChainLink, AuditCheckpoint, AuditEntry
from app.rbac import Principal

if TYPE_CHECKING:  # app.operations imports this module
    from app.operations import Action, Target

GENESIS = "0" * 64


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


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
    """The hash of chain link ``seq`` (the same formula since the first revision: entries chained
    before the sequencer keep their hashes)."""
    body = canonical_json(
        [
            seq,
            ts_text(ts),
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


def link_hash(prev_hash: str, seq: int, e: AuditEntry) -> str:
    """The hash the link of entry ``e`` at chain number ``seq`` after ``prev_hash`` must carry."""
    return entry_hash(
        prev_hash,
        seq,
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
    """Add one entry in the caller's transaction (so it commits or rolls back with the change). It
    has its id at once and its chain number once the sequencer has chained it.

    An operation that returns a ``Change`` calls ``app.operations.record`` instead."""
    if isinstance(actor, Principal):
        actor_id, actor_name = actor.user_id, actor.username
    else:
        actor_id, actor_name = None, actor
    values = {
        "ts": utcnow(),
        "actor_id": actor_id,
        "actor_name": actor_name,
        "action": str(action),
        "target_type": str(target_type),
        "target_id": str(target_id),
        "reason": reason,
        "before_json": canonical_json(before),
        "after_json": canonical_json(after),
    }
    # one statement; the database queues the entry for the sequencer (a trigger adds its
    # audit_pending row). The row is not loaded into the session: the entry is returned detached.
    entry_id = session.execute(insert(AuditEntry).values(values).returning(AuditEntry.id)).scalar_one()
    return AuditEntry(id=entry_id, **values)


# -- verification -----------------------------------------------------------------------------------
PROBLEMS = {
    "gap": "a chain number is missing",
    "link_broken": "the link's previous hash is not the hash before it",
    "hash_mismatch": "the link's hash does not match its entry (the entry or the link was altered)",
    "entry_missing": "the link names an entry that is not there",
    "entry_twice": "the link names an entry that an earlier link names",
    "truncated": "the chain ends before a signed checkpoint",
    "checkpoint_mismatch": "the chain's hash here is not the one signed in the checkpoint",
    "checkpoint_forged": "the checkpoint's signature does not verify with the public key",
    "checkpoint_removed": "a checkpoint of the file is missing from the database, or differs there",
    "checkpoint_not_filed": "a database checkpoint is missing between the file's checkpoints",
    "checkpoint_file": "the checkpoint file cannot be read",
    "no_public_key": "there are signed checkpoints but no public key to check them with",
}


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int  # chain links checked
    head_seq: int
    head_hash: str
    first_bad_seq: int | None = None
    problem: str | None = None  # a key of PROBLEMS
    pending: int = 0  # entries not chained yet (not a failure: the sequencer will)
    checkpoints: int = 0  # signed checkpoints verified against the chain
    newest_checkpoint: int = 0  # the chain number of the newest checkpoint (database or file)

    def summary(self) -> dict[str, object]:
        """The result as an audit entry records it (``audit.verify``, ``audit.export``) and the audit
        dock reads it back."""
        return {
            "ok": self.ok,
            "checked": self.checked,
            "first_bad_seq": self.first_bad_seq,
            "problem": self.problem,
            "pending": self.pending,
            "checkpoints": self.checkpoints,
        }

    def describe(self) -> str:
        tail = f"; {self.pending} entries not yet sequenced" if self.pending else ""
        if self.ok:
            signed = (
                f", {self.checkpoints} signed checkpoints up to #{self.newest_checkpoint}"
                if self.checkpoints
                else ", no signed checkpoint yet"
            )
            return (
                f"audit chain OK: {self.checked} entries, head #{self.head_seq} "
                f"{self.head_hash[:16]}…{signed}{tail}"
            )
        why = PROBLEMS.get(str(self.problem), "")
        return (
            f"audit chain BROKEN at entry #{self.first_bad_seq}: {self.problem}, {why} "
            f"({self.checked} links checked){tail}"
        )


def _iter_links(session: Session, batch: int = 2000) -> Iterator[tuple[AuditChainLink, AuditEntry | None]]:
    last = 0
    while True:
        rows = session.execute(
            select(AuditChainLink, AuditEntry)
            .outerjoin(AuditEntry, AuditEntry.id == AuditChainLink.entry_id)
            .where(AuditChainLink.seq > last)
            .order_by(AuditChainLink.seq)
            .limit(batch)
        ).all()
        if not rows:
            return
        yield from ((link, entry) for link, entry in rows)
        last = rows[-1][0].seq
        session.expunge_all()


def _checkpoint(row: AuditCheckpoint) -> Checkpoint:
    return Checkpoint(row.seq, row.head_hash, row.at, row.key_id, row.signature)


def pending_count(session: Session) -> int:
    """Entries without a chain link (committed, not yet sequenced)."""
    chained = select(AuditChainLink.entry_id).where(AuditChainLink.entry_id == AuditEntry.id).exists()
    return session.scalar(select(func.count()).select_from(AuditEntry).where(~chained)) or 0


def verify_chain(
    db: Database,
    *,
    public_key: Ed25519PublicKey | None = None,
    checkpoint_file: Path | None = None,
) -> ChainReport:
    """Check every link (numbers, links, hashes against the entries), then every signed checkpoint
    of the database and of ``checkpoint_file`` (if it exists) with ``public_key``: each must verify,
    the chain must hold its (number, hash) and reach at least the newest, and the file's and the
    database's must agree (a database checkpoint newer than the file's newest is not yet filed: the
    sequencer files it on its next run). Entries not yet chained are counted as pending."""
    file_cps: list[Checkpoint] = []
    file_problem = False
    if checkpoint_file is not None and checkpoint_file.exists():
        try:
            file_cps = read_checkpoint_file(checkpoint_file)
        except (OSError, ValueError):
            file_problem = True
    with db.read() as session:
        db_cps = [
            _checkpoint(r) for r in session.scalars(select(AuditCheckpoint).order_by(AuditCheckpoint.seq))
        ]
        pending = pending_count(session)
        wanted = {c.seq for c in db_cps} | {c.seq for c in file_cps}
        at_seq: dict[int, str] = {}
        prev_hash, expected, checked = GENESIS, 1, 0
        bad: tuple[int, str] | None = None
        for link, entry in _iter_links(session):
            if link.seq != expected:
                bad = (expected, "gap")
            elif link.prev_hash != prev_hash:
                bad = (link.seq, "link_broken")
            elif entry is None:
                bad = (link.seq, "entry_missing")
            elif link_hash(prev_hash, link.seq, entry) != link.hash:
                bad = (link.seq, "hash_mismatch")
            if bad is not None:
                break
            if link.seq in wanted:
                at_seq[link.seq] = link.hash
            prev_hash, expected, checked = link.hash, link.seq + 1, checked + 1
        head_seq, head_hash = expected - 1, prev_hash
        if bad is None:
            twice = session.scalars(
                select(AuditChainLink.entry_id)
                .group_by(AuditChainLink.entry_id)
                .having(func.count() > 1)
                .limit(1)
            ).first()
            if twice is not None:
                seq = session.scalar(
                    select(func.max(AuditChainLink.seq)).where(AuditChainLink.entry_id == twice)
                )
                bad = (int(seq or 0), "entry_twice")

    def report(problem: tuple[int, str] | None, checkpoints: int = 0) -> ChainReport:
        newest = max(wanted, default=0)
        if problem is None:
            return ChainReport(True, checked, head_seq, head_hash, None, None, pending, checkpoints, newest)
        return ChainReport(
            False, checked, head_seq, head_hash, problem[0], problem[1], pending, checkpoints, newest
        )

    if bad is not None:
        return report(bad)
    if file_problem:
        return report((0, "checkpoint_file"))
    return report(*_check_checkpoints(db_cps, file_cps, at_seq, head_seq, public_key))


def _check_checkpoints(
    db_cps: Sequence[Checkpoint],
    file_cps: Sequence[Checkpoint],
    at_seq: dict[int, str],
    head_seq: int,
    public_key: Ed25519PublicKey | None,
) -> tuple[tuple[int, str] | None, int]:
    everything = [*db_cps, *file_cps]
    if not everything:
        return None, 0
    if public_key is None:
        return (max(c.seq for c in everything), "no_public_key"), 0
    for cp in sorted(everything, key=lambda c: c.seq):
        if not cp.verifies(public_key):
            return (cp.seq, "checkpoint_forged"), 0
    newest = max(c.seq for c in everything)
    if head_seq < newest:
        return (head_seq + 1, "truncated"), 0
    for cp in sorted(everything, key=lambda c: c.seq):
        if at_seq.get(cp.seq) != cp.head_hash:
            return (cp.seq, "checkpoint_mismatch"), 0
    in_db = {c.seq: c for c in db_cps}
    for cp in file_cps:
        row = in_db.get(cp.seq)
        if row is None or not row.same_as(cp):
            return (cp.seq, "checkpoint_removed"), 0
    filed_up_to = max((c.seq for c in file_cps), default=0)
    filed = {c.seq for c in file_cps}
    for cp in db_cps:
        if cp.seq <= filed_up_to and cp.seq not in filed:
            return (cp.seq, "checkpoint_not_filed"), 0
    return None, len({c.seq for c in everything})


# -- reading ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AuditRecord:
    id: int  # the entry's id (its order of insertion)
    ts: datetime
    actor_name: str
    action: str
    target_type: str
    target_id: str
    reason: str
    before: Any
    after: Any
    seq: int | None = None  # its chain number; None until the sequencer has chained it


@dataclass(frozen=True)
class AuditQuery:
    text: str = ""
    action_prefix: str = ""
    limit: int = 500
    before_id: int | None = None  # older than this entry (the next page)
    since: datetime | None = None  # entries at or after this time
    until: datetime | None = None  # entries before this time


def _filters(q: AuditQuery) -> list[Any]:
    where: list[Any] = []
    if q.action_prefix:
        where.append(AuditEntry.action.startswith(q.action_prefix))
    if q.since is not None:
        where.append(AuditEntry.ts >= q.since)
    if q.until is not None:
        where.append(AuditEntry.ts < q.until)
    if q.text:
        like = f"%{q.text}%"
        where.append(
            AuditEntry.actor_name.ilike(like)
            | AuditEntry.target_id.ilike(like)
            | AuditEntry.reason.ilike(like)
            | AuditEntry.action.ilike(like)
            | AuditEntry.after_json.ilike(like)
            | AuditEntry.before_json.ilike(like)
        )
    return where


def count(session: Session, q: AuditQuery) -> int:
    """How many entries match ``q``'s filters (its page, ``before_id`` and ``limit`` aside)."""
    return session.scalar(select(func.count()).select_from(AuditEntry).where(*_filters(q))) or 0


def query(session: Session, q: AuditQuery) -> tuple[list[AuditRecord], int]:
    """Newest first (by entry id); returns (records, total entries in the log)."""
    stmt = (
        select(AuditEntry, AuditChainLink.seq)
        .outerjoin(AuditChainLink, AuditChainLink.entry_id == AuditEntry.id)
        .where(*_filters(q))
        .order_by(AuditEntry.id.desc())
        .limit(q.limit)
    )
    if q.before_id is not None:
        stmt = stmt.where(AuditEntry.id < q.before_id)
    records = [
        AuditRecord(
            e.id,
            e.ts,
            e.actor_name,
            e.action,
            e.target_type,
            e.target_id,
            e.reason,
            json.loads(e.before_json),
            json.loads(e.after_json),
            seq,
        )
        for e, seq in session.execute(stmt)
    ]
    total = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    return records, total
