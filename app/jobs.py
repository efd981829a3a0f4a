"""Background jobs that must run in exactly one place: lease expiry, change-log pruning, the audit
sequencer and its checkpoints, later alarm evaluation and escalation. In the shared tier one server
process among several is the leader (a PostgreSQL advisory lock held on a connection of its own:
if that process dies or loses the connection, the lock is released and another takes over); on
SQLite (the embedded app process, one machine) this process is. The runner has its own thread;
each job's exceptions are logged and the job runs again at its next turn. The leader checks every
tick that its session still holds the lock, and its connection has keepalives (``Leadership``).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.db.engine import Database
from app.threads import stop_thread

log = logging.getLogger(__name__)
LEADER_KEY = 0x42534C31  # pg_try_advisory_lock key of the job leader ("BSL1")


class Leadership:
    """Whether this process is the job leader. Called from the runner's thread only, every tick.

    The lock lives as long as its connection's session, so the connection is watched: TCP keepalives
    on both ends (the server's settings passed in ``options``, so PostgreSQL drops the session, and
    with it the lock, within ``DEAD_AFTER_S`` of the leader's host going silent, and another process
    takes over), ``tcp_user_timeout`` so a check on a dead link fails within that time instead of
    hanging for the kernel's retransmission minutes, and each check asks whether this session still
    holds the lock (``pg_locks``), not just whether the connection answers. Lost: the leader steps
    down at once (the connection is closed) and tries to become leader again at the next tick."""

    def __init__(self, db: Database, key: int = LEADER_KEY) -> None:
        self.db = db
        self.key = key
        self._conn: Any = None

    def held(self) -> bool:
        if self.db.dialect != "postgresql":
            return True
        try:
            if self._conn is None:
                conn = _connect(self.db.psycopg_dsn)
                row = conn.execute("SELECT pg_try_advisory_lock(%s)", (self.key,)).fetchone()
                if not (row and row[0]):
                    conn.close()
                    return False
                self._conn = conn
                log.info("jobs: this process is the leader")
                return True
            row = self._conn.execute(HOLDS_LOCK, (self.key >> 32, self.key & 0xFFFFFFFF)).fetchone()
            if row and row[0]:
                return True
            log.warning("jobs: the leader's lock is gone (its session no longer holds it): stepping down")
        except Exception as exc:
            log.warning("jobs: leadership lost or not reachable: %s", exc)
        self.release()
        return False

    def release(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()  # ends the session, which releases the lock
            self._conn = None


# does this session hold the advisory lock (a bigint key: its high and low 32 bits, objsubid 1)?
HOLDS_LOCK = (
    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()"
    " AND classid = %s::bigint::oid AND objid = %s::bigint::oid AND objsubid = 1 AND granted"
)
KEEPALIVE_IDLE_S, KEEPALIVE_INTERVAL_S, KEEPALIVE_COUNT = 5, 2, 3
DEAD_AFTER_S = KEEPALIVE_IDLE_S + KEEPALIVE_INTERVAL_S * KEEPALIVE_COUNT  # 11 s of silence
USER_TIMEOUT_MS = DEAD_AFTER_S * 1000  # unacknowledged data on a dead link: the check fails then


def _connect(dsn: str) -> Any:
    """The leader's own connection, with keepalives on both ends (the DSN's own options kept)."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    server = (
        f"-c tcp_keepalives_idle={KEEPALIVE_IDLE_S} -c tcp_keepalives_interval={KEEPALIVE_INTERVAL_S}"
        f" -c tcp_keepalives_count={KEEPALIVE_COUNT} -c tcp_user_timeout={USER_TIMEOUT_MS}"
    )
    options = f"{conninfo_to_dict(dsn).get('options') or ''} {server}".strip()
    return psycopg.connect(
        dsn,
        autocommit=True,
        connect_timeout=5,
        keepalives=1,
        keepalives_idle=KEEPALIVE_IDLE_S,
        keepalives_interval=KEEPALIVE_INTERVAL_S,
        keepalives_count=KEEPALIVE_COUNT,
        tcp_user_timeout=USER_TIMEOUT_MS,
        options=options,
    )


@dataclass
class Job:
    name: str
    every: float  # seconds
    run: Callable[[], object]
    due: float = field(default=0.0)
    runs: int = 0
    errors: int = 0


class JobRunner(threading.Thread):
    def __init__(self, db: Database, jobs: list[Job], *, tick: float = 0.5) -> None:
        super().__init__(name="jobs", daemon=False)
        self.leadership = Leadership(db)
        self.jobs = jobs
        self.tick = tick
        self.leader = False
        self._stopping = threading.Event()

    def stop(self, timeout: float = 5.0) -> bool:
        return stop_thread(self, self._stopping, timeout, "job runner")

    def run(self) -> None:
        try:
            while not self._stopping.is_set():
                self.leader = self.leadership.held()
                if self.leader:
                    self._run_due()
                self._stopping.wait(self.tick if self.leader else 2.0)
        finally:
            self.leadership.release()
            self.leader = False

    def _run_due(self) -> None:
        for job in self.jobs:
            if self._stopping.is_set():
                return
            now = time.monotonic()
            if now < job.due:
                continue
            job.due = now + job.every
            try:
                job.run()
                job.runs += 1
            except Exception:
                job.errors += 1
                log.exception("job %s failed", job.name)
