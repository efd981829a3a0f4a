"""A station's reader health, reported to the suite server: what the other workstations' reader
health and maps show (and, later, what the server's alarm engine watches) for readers they do not
run. Qt-free.

``HealthReporter`` subscribes to the station's tracking bus. Its subscriber (on the reader threads)
only keeps the newest ``ReaderStatus`` per reader and wakes the reporter's own thread
("health-reporter"), which sends a reader whose link state changed at once (at most one report per
``min_gap`` seconds), and every reader's newest snapshot every ``every`` seconds: the station's sign
of life (the server shows a reader as stale once its station has been silent for longer,
``app.services.tracking.HEALTH_TIMEOUT``). Health is a latest value, not a log: while the server is
unreachable nothing is spooled; the readers still to send are sent with the next report that gets
through.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Collection

from app.threads import stop_thread
from app.tracking.events import EventBus, EventKind, TrackingEvent
from app.tracking.reads import ReaderStatus

log = logging.getLogger(__name__)

HEALTH_EVERY = 30.0  # seconds between a station's full health reports
MIN_GAP = 1.0  # seconds between two reports at least
JITTER = 0.2  # a full report comes up to this share of HEALTH_EVERY early (never late)

Report = Callable[[list[ReaderStatus]], None]


class HealthReporter:
    def __init__(
        self,
        bus: EventBus,
        report: Report,
        readers: Collection[str],
        *,
        every: float = HEALTH_EVERY,
        min_gap: float = MIN_GAP,
    ) -> None:
        """``readers``: the station's own readers, the only ones it reports (a status of any other
        reader on the bus is not this station's to report)."""
        self.bus = bus
        self.readers = frozenset(readers)
        self._report = report
        self.every = every
        self.min_gap = min_gap
        self._latest: dict[str, ReaderStatus] = {}
        self._due: set[str] = set()  # readers whose state changed since their last report
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._halt = threading.Event()
        self._thread = threading.Thread(target=self._run, name="health-reporter", daemon=False)
        self._unsubscribe: Callable[[], None] | None = None
        self.reports = 0
        self.failures = 0

    # -- the thread that starts and stops the runtime -------------------------------------------
    def start(self) -> None:
        self._unsubscribe = self.bus.subscribe(self._on_event)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._halt.set()
        self._wake.set()
        if self._thread.ident is not None:
            stop_thread(self._thread, self._halt, timeout, "reader health reporter")

    # -- reader threads (the bus's publishers) --------------------------------------------------
    def _on_event(self, event: TrackingEvent) -> None:
        status = event.detail.get("status") if event.kind == EventKind.READER_STATUS else None
        if not isinstance(status, ReaderStatus) or status.reader not in self.readers:
            return
        with self._lock:
            previous = self._latest.get(status.reader)
            self._latest[status.reader] = status
            changed = previous is None or previous.state != status.state
            if changed:
                self._due.add(status.reader)
        if changed:
            self._wake.set()

    # -- the reporter's thread ------------------------------------------------------------------
    def _run(self) -> None:
        next_full = time.monotonic()  # the first report says everything
        down = False
        while not self._halt.is_set():
            self._wake.wait(max(0.0, next_full - time.monotonic()))
            self._wake.clear()
            if self._halt.is_set():
                return
            full = time.monotonic() >= next_full
            with self._lock:
                readers = set(self._latest) if full else set(self._due)
                batch = [self._latest[r] for r in sorted(readers)]
                self._due -= readers
            if batch:
                try:
                    self._report(batch)
                except Exception as exc:  # unreachable, refused: say so once, send it all next time
                    self.failures += 1
                    with self._lock:
                        self._due |= readers
                    if not down:
                        log.warning("reader health not reported (%s); trying again", exc)
                    down = True
                    next_full = time.monotonic() + min(self.every, 5.0)
                    self._halt.wait(self.min_gap)
                    continue
                self.reports += 1
                if down:
                    log.info("reader health reported again")
                down = False
            if full:  # a little early, by chance: stations started together drift apart
                next_full = time.monotonic() + self.every * random.uniform(1 - JITTER, 1.0)
            self._halt.wait(self.min_gap)
