"""The audit sequencer: chains committed entries and signs checkpoints. ``sequence_pending`` runs on
the caller's thread; ``SequencerRunner`` calls it on its own thread (the embedded app's, or the
server leader's).

Operations insert their entries unchained, each with a row in ``audit_pending``, and never wait for
one another. ``sequence_pending`` takes up to ``batch`` committed pending entries in id order, links
each after the chain's head (``app.audit.link_hash``), inserts the links and removes the pending
rows, in one transaction. An entry whose transaction commits late (a lower id committed after higher
ids were chained) is simply pending until the next run, and is chained then, after them: the chain
order is the order entries became visible to the sequencer, which is what the chain records.

Two sequencers at once (two server processes, a CLI run beside the server) are safe: on PostgreSQL
each run takes a transaction-scoped advisory lock (one per schema) before reading the head, so runs
follow one another and each sees the one before; on SQLite the write transaction itself (BEGIN
IMMEDIATE) does that. The primary key of the chain number and the unique entry id stop anything
the lock would miss.

Checkpoints (``CheckpointSigner`` of ``app.audit_keys``): when the chain has grown by
``every_entries`` since the newest checkpoint, or the oldest link not covered by one is older than
``every_s`` seconds, the head (number, hash, time) is signed, inserted into ``audit_checkpoints``
(after the links it names have committed) and appended to the checkpoint file. A checkpoint that was
committed but not filed (the process stopped in between) is filed on the next run.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.audit import GENESIS, link_hash
from app.audit_keys import Checkpoint, CheckpointSigner, key_paths
from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import AuditChainLink, AuditCheckpoint, AuditEntry, AuditPending
from app.threads import stop_thread

log = logging.getLogger(__name__)

LOCK_CLASS = 0x41554454  # "AUDT": the advisory lock's first key; the second is the schema's hash


@dataclass(frozen=True)
class CheckpointPolicy:
    every_entries: int = 1000
    every_s: float = 300.0


def _lock(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text("SELECT pg_advisory_xact_lock(:k, hashtext(current_schema()))"), {"k": LOCK_CLASS}
        )


def _head(session: Session) -> tuple[int, str]:
    row = session.execute(
        select(AuditChainLink.seq, AuditChainLink.hash).order_by(AuditChainLink.seq.desc()).limit(1)
    ).first()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def _anything_pending(db: Database) -> bool:
    with db.read() as s:
        return s.scalar(select(AuditPending.entry_id).limit(1)) is not None


def _chain_batch(db: Database, batch: int) -> int:
    if not _anything_pending(db):  # a cheap look first: no write transaction (SQLite's lock) for nothing
        return 0
    with db.write() as s:
        _lock(s)
        seq, prev = _head(s)
        rows = s.execute(
            select(AuditEntry, AuditChainLink.seq)
            .join(AuditPending, AuditPending.entry_id == AuditEntry.id)
            .outerjoin(AuditChainLink, AuditChainLink.entry_id == AuditEntry.id)
            .order_by(AuditEntry.id)
            .limit(batch)
        ).all()
        if not rows:
            return 0
        links: list[dict[str, object]] = []
        for entry, chained in rows:
            if chained is not None:  # re-queued by a sweep while chained: only the pending row goes
                continue
            seq += 1
            digest = link_hash(prev, seq, entry)
            links.append({"seq": seq, "entry_id": entry.id, "prev_hash": prev, "hash": digest})
            prev = digest
        if links:
            s.execute(insert(AuditChainLink), links)
        s.execute(delete(AuditPending).where(AuditPending.entry_id.in_([e.id for e, _ in rows])))
        return len(links)


def sweep_orphans(db: Database) -> int:
    """Queue again any entry with neither a link nor a pending row (a pending row removed by hand);
    returns how many. Reads the whole log (outside a write transaction): run it at start, not on
    every batch."""

    def orphans(s: Session, among: list[int] | None = None) -> list[int]:
        chained = select(AuditChainLink.entry_id).where(AuditChainLink.entry_id == AuditEntry.id).exists()
        queued = select(AuditPending.entry_id).where(AuditPending.entry_id == AuditEntry.id).exists()
        q = select(AuditEntry.id).where(~chained, ~queued).order_by(AuditEntry.id)
        if among is not None:
            q = q.where(AuditEntry.id.in_(among))
        return list(s.scalars(q))

    with db.read() as s:
        found = orphans(s)
    if not found:
        return 0
    with db.write() as s:
        _lock(s)
        ids = orphans(s, found)  # still orphans now that the sequencers wait
        if ids:
            s.execute(insert(AuditPending), [{"entry_id": i} for i in ids])
            log.warning("audit: %d entries had lost their place in the queue and were queued again", len(ids))
        return len(ids)


def _checkpoint_due(s: Session, policy: CheckpointPolicy, now: datetime) -> tuple[int, str] | None:
    head_seq, head_hash = _head(s)
    last = s.scalar(select(func.max(AuditCheckpoint.seq))) or 0
    if head_seq <= last:
        return None
    if head_seq - last >= policy.every_entries:
        return head_seq, head_hash
    oldest = s.scalar(
        select(AuditEntry.ts)
        .join(AuditChainLink, AuditChainLink.entry_id == AuditEntry.id)
        .where(AuditChainLink.seq == last + 1)
    )
    if oldest is not None and now - oldest >= timedelta(seconds=policy.every_s):
        return head_seq, head_hash
    return None


def file_unfiled(db: Database, signer: CheckpointSigner) -> int:
    """Append to the file the database's checkpoints of this key that it lacks; returns how many."""
    filed = signer.filed_seqs()
    with db.read() as s:
        rows = list(
            s.scalars(
                select(AuditCheckpoint)
                .where(AuditCheckpoint.key_id == signer.key_id)
                .order_by(AuditCheckpoint.seq)
            )
        )
    n = 0
    for r in rows:
        if r.seq not in filed:
            n += signer.append(Checkpoint(r.seq, r.head_hash, r.at, r.key_id, r.signature))
    return n


def checkpoint(
    db: Database,
    signer: CheckpointSigner,
    policy: CheckpointPolicy | None = None,
    *,
    now: datetime | None = None,
) -> Checkpoint | None:
    """Sign the chain's head if a checkpoint is due by ``policy`` (always, if the head is newer than
    the newest checkpoint and ``policy`` is None); returns the new checkpoint, if any."""
    now = now or utcnow()
    if policy is not None:  # a look first, without the write transaction (SQLite's lock)
        with db.read() as s:
            if _checkpoint_due(s, policy, now) is None:
                return None
    try:
        with db.write() as s:
            _lock(s)
            if policy is None:
                head = _head(s)
                last = s.scalar(select(func.max(AuditCheckpoint.seq))) or 0
                due = head if head[0] > last else None
            else:
                due = _checkpoint_due(s, policy, now)
            if due is None:
                return None
            cp = signer.sign(due[0], due[1], now)
            s.add(
                AuditCheckpoint(
                    seq=cp.seq, head_hash=cp.head_hash, at=cp.at, key_id=cp.key_id, signature=cp.signature
                )
            )
    except IntegrityError:  # another sequencer signed this head meanwhile
        return None
    signer.append(cp)
    log.info("audit checkpoint #%d %s…", cp.seq, cp.head_hash[:16])
    return cp


def sequence_pending(
    db: Database,
    batch: int = 500,
    *,
    signer: CheckpointSigner | None = None,
    policy: CheckpointPolicy | None = None,
    now: datetime | None = None,
) -> int:
    """Chain up to ``batch`` committed pending entries; then, with a ``signer``, sign a checkpoint
    if one is due (``policy``, default ``CheckpointPolicy()``). Returns how many entries it chained."""
    n = _chain_batch(db, batch)
    if signer is not None:
        checkpoint(db, signer, policy or CheckpointPolicy(), now=now)
    return n


def sequence_all(db: Database, *, signer: CheckpointSigner | None = None, batch: int = 2000) -> int:
    """Chain every entry committed so far (and, with a ``signer``, sign the head); returns how many.
    Tests and commands that want the chain complete call this."""
    total = 0
    while n := _chain_batch(db, batch):
        total += n
    if signer is not None:
        file_unfiled(db, signer)
        checkpoint(db, signer)
    return total


class SequencerRunner(threading.Thread):
    """Runs ``sequence_pending`` every ``interval_s`` (at once again while batches come back full),
    and the orphan sweep and the filing of unfiled checkpoints once at start. A database error is
    logged and retried with backoff. ``stop`` waits a bounded time."""

    def __init__(
        self,
        db: Database,
        *,
        signer: CheckpointSigner | None = None,
        policy: CheckpointPolicy | None = None,
        interval_s: float = 0.5,
        batch: int = 500,
    ) -> None:
        super().__init__(name="audit-sequencer")
        self.db = db
        self.signer = signer
        self.policy = policy or CheckpointPolicy()
        self.interval_s = interval_s
        self.batch = batch
        self.chained = 0
        self.runs = 0
        self.error = ""
        self._stopping = threading.Event()
        self._wake = threading.Event()

    def poke(self) -> None:
        """Run soon (e.g. after a burst of operations)."""
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> bool:
        self._stopping.set()
        self._wake.set()
        return stop_thread(self, self._stopping, timeout, "audit sequencer")

    def _start_up(self) -> None:
        sweep_orphans(self.db)
        if self.signer is not None:
            file_unfiled(self.db, self.signer)

    def run(self) -> None:
        backoff = 0.5
        started = False
        while not self._stopping.is_set():
            try:
                if not started:
                    self._start_up()
                    started = True
                n = sequence_pending(self.db, self.batch, signer=self.signer, policy=self.policy)
                self.chained += n
                self.runs += 1
                self.error = ""
                backoff = 0.5
                if n >= self.batch:
                    continue
                self._wake.wait(self.interval_s)
                self._wake.clear()
            except Exception as exc:  # the database or the file is unavailable: say so, retry
                self.error = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
                log.warning("audit sequencer: %s", self.error)
                self._stopping.wait(backoff * random.uniform(0.8, 1.0))
                backoff = min(backoff * 2, 10.0)


def start_runner(db: Database, extra: Mapping[str, object] | None = None) -> SequencerRunner:
    """The embedded app's sequencer: the key and file of ``app.audit_keys.key_paths(extra)`` (the
    key made on first use), started. Without a usable key it chains without signing checkpoints and
    says so in the log. The caller stops it (``stop``) on close."""
    signer: CheckpointSigner | None
    try:
        signer = CheckpointSigner.load_or_create(key_paths(extra))
    except (OSError, ValueError) as exc:
        log.error("audit checkpoints are not signed: %s", exc)
        signer = None
    runner = SequencerRunner(db, signer=signer)
    runner.start()
    return runner
