"""Live updates of authorization requests across workstations. Runs its own thread; the callback
is called on that thread (a Qt bridge re-emits it as a queued signal).

On PostgreSQL the watcher LISTENs on the ``auth_requests`` channel (the service notifies in every
transaction that changes a request, so a change reaches other workstations as soon as it commits)
and also polls every ``poll_s`` seconds, which catches a notification lost while the connection was
down. On SQLite (one machine) it polls only, but looks every ``WAKE_S`` (25 ms) whether anything
was committed to the database file at all (``PRAGMA data_version`` on a connection of its own: a
few microseconds, no table read) and then polls at once for the latest change stamp (one index
entry); the count that tells a removal runs at most every ``poll_s``, and only after a commit. A
change therefore reaches the queue within about 25 ms on SQLite too, instead of half ``poll_s`` on
average, and an idle database costs no query. A lost connection shows as ``online == False`` and is
retried with backoff; after it comes back, one poll fetches whatever was missed.

Built by ``AuthorizationService.watch`` (a dock's bridge never sees the database). The callback gets
``(source, request_ids)``: ``source`` is ``"notify"`` or ``"poll"``; the ids are
the requests named by notifications, or changed since the last poll (by ``updated_at``, a little
before it for writers' clocks that differ); empty, meaning "look again", when a poll cannot name
them (more than ``POLL_IDS`` changed, or a request was removed).
"""

from __future__ import annotations

import logging
import random
import sqlite3
import threading
import time
from contextlib import closing
from datetime import datetime, timedelta

from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import AuthRequest
from app.threads import stop_thread
from app.watch import Callback, StateCallback

log = logging.getLogger(__name__)

CHANNEL = "auth_requests"  # the service notifies on it in every transaction that changes a request
POLL_IDS = 1000  # a poll names at most this many changed requests; more: "look again"
CLOCK_SLACK = timedelta(seconds=5)  # a poll also names changes stamped this much before the last it saw
WAKE_S = 0.025  # SQLite: how often the watcher asks whether anything was committed (data_version)


class RequestWatcher(threading.Thread):
    def __init__(
        self,
        db: Database,
        callback: Callback,
        *,
        poll_s: float = 2.0,
        listen: bool = True,
        on_state: StateCallback | None = None,
    ) -> None:
        super().__init__(name="authz-watch")
        self.db = db
        self.callback = callback
        self.poll_s = poll_s
        self.listen = listen and db.dialect == "postgresql"
        self.on_state = on_state
        self.online = False
        self.detail = ""
        self.notifications = 0
        self.polls = 0
        self._stopping = threading.Event()
        self._last_seen: tuple[datetime | None, int] | None = None

    def stop(self, timeout: float = 3.0) -> bool:
        return stop_thread(self, self._stopping, timeout, "authorization watcher")

    def _state(self, online: bool, detail: str) -> None:
        if (online, detail) != (self.online, self.detail):
            self.online, self.detail = online, detail
            if self.on_state is not None:
                self.on_state(online, detail)

    def run(self) -> None:
        backoff = 0.5
        while not self._stopping.is_set():
            try:
                if self.listen:
                    self._listen_loop()
                else:
                    self._poll_loop()
                backoff = 0.5
            except Exception as exc:  # the database is unreachable: say so, retry
                log.warning("authorization watcher lost the database: %s", exc)
                self._state(False, str(exc).splitlines()[0][:200])
                self._stopping.wait(backoff * random.uniform(0.8, 1.0))
                backoff = min(backoff * 2, 10.0)

    def _poll(self, count: bool = True) -> None:
        """Look for changes since the last look: the latest change stamp (one index entry) and,
        with ``count``, how many requests there are (which tells a removal; it reads every entry of
        the index: 20-40 ms at 100,000 on SQLite)."""
        current: tuple[datetime | None, int]
        with self.db.read() as s:
            if count or self._last_seen is None:
                seen = s.execute(select(func.max(AuthRequest.updated_at), func.count(AuthRequest.id))).one()
                current = (seen[0], int(seen[1]))
            else:
                current = (s.scalar(select(func.max(AuthRequest.updated_at))), self._last_seen[1])
        self.polls += 1
        last = self._last_seen
        if current != last:
            self._last_seen = current
            if last is not None:
                self.callback("poll", self._changed_since(last, current))

    def _changed_since(
        self, last: tuple[datetime | None, int], now: tuple[datetime | None, int]
    ) -> tuple[int, ...]:
        """The requests changed since the poll that saw ``last`` (ix_auth_requests_updated_at), or
        () if that cannot be told (a request removed, too many changed)."""
        if last[0] is None or now[1] < last[1]:
            return ()
        with self.db.read() as s:
            ids = s.scalars(
                select(AuthRequest.id)
                .where(AuthRequest.updated_at >= last[0] - CLOCK_SLACK)
                .order_by(AuthRequest.updated_at)
                .limit(POLL_IDS + 1)
            ).all()
        return tuple(ids) if len(ids) <= POLL_IDS else ()

    def _poll_loop(self) -> None:
        path = self.db.sqlite_path
        if path is None:  # not a SQLite file (nothing else can write to an in-memory database)
            self._poll()
            self._state(True, "polling")
            while not self._stopping.wait(self.poll_s):
                self._poll()
            return
        # a connection of its own: data_version moves when any other connection (this process's
        # or another's) commits to the file
        # (closing: sqlite3's own context manager ends a transaction, it does not close)
        with closing(sqlite3.connect(str(path), timeout=5, isolation_level=None)) as conn:
            version = _data_version(conn)
            self._poll()
            self._state(True, "polling")
            next_count = time.monotonic() + self.poll_s
            uncounted = False  # something was committed since the last count
            while not self._stopping.wait(min(WAKE_S, self.poll_s)):
                now = _data_version(conn)
                if now != version:
                    version, uncounted = now, True
                    # what changed, at once; the count (a removal) at most every poll_s
                    if time.monotonic() < next_count:
                        self._poll(count=False)
                        continue
                if uncounted and time.monotonic() >= next_count:
                    self._poll()
                    uncounted, next_count = False, time.monotonic() + self.poll_s

    def _listen_loop(self) -> None:
        import psycopg  # only on PostgreSQL

        with psycopg.connect(self.db.psycopg_dsn, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            self._poll()  # whatever changed while not listening
            self.callback("poll", ())
            self._state(True, "listening")
            next_poll = time.monotonic() + self.poll_s
            while not self._stopping.is_set():
                # wait for the first notification, then take whatever else has already arrived
                # without waiting (``timeout`` is a deadline for a whole batch: waiting to fill one
                # would delay the first notification by up to the timeout)
                ids: list[int] = []
                for wait, most in ((min(0.25, self.poll_s), 1), (0.0, 256)):
                    for note in conn.notifies(timeout=wait, stop_after=most):
                        head = note.payload.split(":", 1)[0]
                        if head.isdigit():
                            ids.append(int(head))
                    if not ids:
                        break
                if ids:
                    self.notifications += len(ids)
                    self.callback("notify", tuple(dict.fromkeys(ids)))
                if time.monotonic() >= next_poll:
                    self._poll()
                    next_poll = time.monotonic() + self.poll_s


def _data_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


__all__ = ["CHANNEL", "WAKE_S", "Callback", "RequestWatcher"]
