"""A thread that does one piece of work whenever there may be something new: on a PostgreSQL
notification on its channel, when poked by this process, and at least every ``poll_s`` seconds
(which also covers a notification lost while the connection was down). On SQLite, pokes and the
poll only. Its own thread runs ``work``; an exception in it is logged and retried with backoff, which
starts short again once the work has succeeded (a database restart hours after the last one is
followed as quickly as the first).
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable

from app.db.engine import Database
from app.threads import stop_thread

log = logging.getLogger(__name__)
PG_WAIT = 0.05  # longest a poke waits while the thread listens on PostgreSQL
BACKOFF_FIRST, BACKOFF_MAX = 0.2, 5.0  # seconds before the first retry after a failure, and at most


class Listener(threading.Thread):
    def __init__(
        self, db: Database, channel: str, work: Callable[[], None], *, poll_s: float, name: str
    ) -> None:
        super().__init__(name=name, daemon=False)
        self.db = db
        self.channel = channel
        self.work = work
        self.poll_s = poll_s
        self.errors = 0
        self._worked = False  # the work succeeded since the last failure
        self._poked = threading.Event()
        self._stopping = threading.Event()

    def poke(self) -> None:  # any thread
        self._poked.set()

    def stop(self, timeout: float = 3.0) -> bool:
        self._poked.set()
        return stop_thread(self, self._stopping, timeout, self.name)

    def _run_work(self) -> None:
        self._poked.clear()
        self.work()
        self._worked = True

    def run(self) -> None:
        backoff = BACKOFF_FIRST
        while not self._stopping.is_set():
            try:
                if self.db.dialect == "postgresql":
                    self._listen()
                else:
                    self._poll()
                return
            except Exception:
                self.errors += 1
                log.exception("%s: failed; retrying", self.name)
                if self._worked:  # it had recovered: this is a new failure, not the same one going on
                    backoff, self._worked = BACKOFF_FIRST, False
                self._stopping.wait(backoff * random.uniform(0.8, 1.0))
                backoff = min(backoff * 2, BACKOFF_MAX)

    def _poll(self) -> None:
        self._run_work()
        while not self._stopping.is_set():
            self._poked.wait(self.poll_s)
            if self._stopping.is_set():
                return
            self._run_work()

    def _listen(self) -> None:
        import psycopg  # only on PostgreSQL

        with psycopg.connect(self.db.psycopg_dsn, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f"LISTEN {self.channel}")
            self._run_work()  # whatever happened while not listening
            due = time.monotonic() + self.poll_s
            while not self._stopping.is_set():
                notified = False
                for _note in conn.notifies(timeout=PG_WAIT, stop_after=1):
                    notified = True
                if notified:  # take the rest without waiting
                    for _note in conn.notifies(timeout=0.0, stop_after=1024):
                        pass
                if self._stopping.is_set():
                    return
                if notified or self._poked.is_set() or time.monotonic() >= due:
                    self._run_work()
                    due = time.monotonic() + self.poll_s
