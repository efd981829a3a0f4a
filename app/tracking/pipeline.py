"""The ingestion pipeline: reader threads -> bounded queue -> dedupe + zone presence -> batched
persistence through a sink -> tracking events.

Threads: ``submit`` and ``reader_status`` run on reader threads and never block; everything else
runs on the one ingestion thread this object owns (``start``/``stop`` and the presence provider on
the thread that starts and stops it). Presence changes are handed to the ``MovementSink``
(``app.tracking.sinks``) in batches (every ``flush_interval`` seconds or ``flush_max`` changes) and
published only once the sink has made them durable. If the sink fails, the batch is kept and offered
again as it is (so the sink can send it under the same idempotency key): a fault never loses a movement.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from app.tracking.events import EventBus, EventKind, TrackingEvent
from app.tracking.ingest import STATION_BATCH
from app.tracking.presence import PresenceChange, PresenceConfig, PresenceEngine
from app.tracking.queue import CoalescingQueue
from app.tracking.reads import ReaderStatus, TagRead
from app.tracking.sinks import MovementSink

log = logging.getLogger(__name__)
NOTICE_EVERY = 60.0  # seconds between repeated unknown-tag / tamper events for one tag
RETRY_DELAY = 0.2  # seconds the ingestion thread waits after the sink failed (reads keep queueing)
REPEAT_LOG_EVERY = 30.0  # seconds between log lines while the sink keeps failing

PresenceProvider = Callable[[], Mapping[str, tuple[str, float]]]  # tag -> (zone, since) to restore


@dataclass(frozen=True)
class PipelineStats:
    reads: int
    deduped: int
    coalesced: int
    unknown: int
    changes: int
    persisted: int
    persist_errors: int
    pending: int
    queued: int
    queue_high_water: int
    latency_p50_ms: float
    latency_p99_ms: float
    unsent: int = 0  # batches the sink holds that the service has not acknowledged (a station's spool)
    refused: int = 0  # batches the service refused for good since start, set aside (the spool's refused.log)


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


class IngestPipeline:
    def __init__(
        self,
        sink: MovementSink,
        zone_of: Mapping[tuple[str, int], str],
        known_tags: Mapping[str, str],
        bus: EventBus,
        *,
        presence: PresenceProvider | None = None,
        config: PresenceConfig | None = None,
        queue_size: int = 50_000,
        flush_interval: float = 0.05,
        flush_max: int = STATION_BATCH,  # what a shared deployment's server takes in one batch
        expire_interval: float = 1.0,
    ) -> None:
        """``presence``: who is where to restore at start (``restore_presence``), e.g. the tracking
        service's presence for this station; without it the pipeline starts empty."""
        self.sink = sink
        self.bus = bus
        self._presence = presence
        self.engine = PresenceEngine(dict(zone_of), config or PresenceConfig())
        self.known = dict(known_tags)
        self.queue = CoalescingQueue(queue_size)
        self.flush_interval = flush_interval
        self.flush_max = flush_max
        self.expire_interval = expire_interval
        self._pending: list[PresenceChange] = []
        self._unsaved: tuple[PresenceChange, ...] | None = None  # the batch the sink refused: offered again
        self._failing_since: float | None = None  # monotonic start of the sink's current run of failures
        self._next_failure_log = 0.0
        self._latency: deque[float] = deque(maxlen=20_000)
        self._latency_lock = threading.Lock()  # stats() copies it from other threads
        self._noticed: dict[tuple[str, EventKind], float] = {}
        self._health: dict[str, ReaderStatus] = {}  # the newest status per reader, not yet applied
        self._health_lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.unknown = 0
        self.changes = 0
        self.persisted = 0
        self.persist_errors = 0

    # -- reader threads -------------------------------------------------------------------------
    def submit(self, read: TagRead) -> None:
        """Never blocks (see CoalescingQueue)."""
        self.queue.put(read)

    def reader_status(self, status: ReaderStatus) -> None:
        """A reader's health snapshot, for the presence engine (a reader outage moves nobody: see
        ``app.tracking.presence``). Keeps the newest per reader; never blocks."""
        with self._health_lock:
            self._health[status.reader] = status

    # -- lifecycle ------------------------------------------------------------------------------
    def restore_presence(self) -> int:
        """Seed the engine with who is where according to the presence provider (call before start)."""
        presence = self._presence() if self._presence is not None else {}
        for tag, (zone, since) in presence.items():
            self.engine.restore(tag, zone, since)
        return len(presence)

    def start(self) -> None:
        self.sink.start()
        self._thread = threading.Thread(target=self._run, name="ingest", daemon=False)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Drain what is queued, hand it to the sink, end the thread, then close the sink (bounded
        waits: a spooling sink keeps what it could not send for the next start)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.error("ingestion thread did not stop within %.1f s", timeout)
        self.sink.close(timeout)

    def update_known_tags(self, known_tags: Mapping[str, str]) -> None:
        self.known = dict(known_tags)  # replaced whole: the ingestion thread reads one reference

    def update_zone_map(self, zone_of: Mapping[tuple[str, int], str]) -> None:
        self.engine.zone_of = dict(zone_of)  # replaced whole, as above

    # -- ingestion thread -----------------------------------------------------------------------
    def _run(self) -> None:
        last_flush = last_expire = time.monotonic()
        while True:
            stopping = self._stop.is_set()
            batch = self.queue.get_batch(5000, 0.02)
            self._apply_health()
            for read in batch:
                self._notice(read)
                self._pending.extend(self.engine.process(read))
            mono = time.monotonic()
            if mono - last_expire >= self.expire_interval:
                self._pending.extend(self.engine.expire(time.time(), mono))
                last_expire = mono
            if (self._pending or self._unsaved) and (
                stopping or mono - last_flush >= self.flush_interval or len(self._pending) >= self.flush_max
            ):
                self._flush()
                last_flush = time.monotonic()
            if stopping and not batch:
                if self._pending or self._unsaved:
                    self._flush()
                return

    def _apply_health(self) -> None:
        with self._health_lock:
            statuses, self._health = self._health, {}
        now = time.time()
        for st in statuses.values():
            self.engine.reader_health(st.reader, st.state, st.last_frame_ts, now)

    def _notice(self, read: TagRead) -> None:
        kind = None
        if read.tamper:
            kind = EventKind.TAMPER
        elif read.tag_id not in self.known:
            self.unknown += 1
            kind = EventKind.UNKNOWN_TAG
        if kind is None:
            return
        key = (read.tag_id, kind)
        last = self._noticed.get(key)
        if last is not None and read.ts - last < NOTICE_EVERY:
            return
        self._noticed[key] = read.ts
        zone = self.engine.zone_for(read) or ""
        self.bus.publish(TrackingEvent(kind, read.ts, read.tag_id, zone, read.reader, {"rssi": read.rssi}))

    def _flush(self) -> None:
        """Hand what is pending to the sink in batches of at most ``flush_max``, the refused batch
        first and unchanged; publish each batch once the sink has taken it."""
        while True:
            batch = self._unsaved
            if batch is None:
                if not self._pending:
                    return
                batch = tuple(self._pending[: self.flush_max])
                del self._pending[: self.flush_max]
            try:
                self.sink.save(batch)
            except Exception as exc:
                self._unsaved = batch
                self._sink_failed(exc, len(batch))
                time.sleep(RETRY_DELAY)  # back off; reads keep queueing (bounded, coalescing)
                return
            self._unsaved = None
            if self._failing_since is not None:
                log.info(
                    "movements are being saved again after %.1f s", time.monotonic() - self._failing_since
                )
                self._failing_since = None
            done = time.monotonic()
            self.persisted += len(batch)
            self.changes += len(batch)
            with self._latency_lock:
                self._latency.extend(done - c.arrived for c in batch)
            for c in batch:
                self.bus.publish(TrackingEvent(c.kind, c.ts, c.tag_id, c.zone, c.reader, {"rssi": c.rssi}))

    def _sink_failed(self, exc: Exception, size: int) -> None:
        """Count the failure; log the first of a run with its traceback, then every so often."""
        self.persist_errors += 1
        now = time.monotonic()
        pending = len(self._pending) + size
        if self._failing_since is None:
            self._failing_since = now
            self._next_failure_log = now + REPEAT_LOG_EVERY
            log.error("could not save %d movements (%s); keeping them and retrying", size, exc, exc_info=exc)
        elif now >= self._next_failure_log:
            self._next_failure_log = now + REPEAT_LOG_EVERY
            log.error(
                "movements still not saved after %.0f s (%d failures, %d movements waiting): %s",
                now - self._failing_since,
                self.persist_errors,
                pending,
                exc,
            )

    # -- any thread -----------------------------------------------------------------------------
    def stats(self) -> PipelineStats:
        with self._latency_lock:
            lat = list(self._latency)
        return PipelineStats(
            reads=self.engine.reads,
            deduped=self.engine.deduped,
            coalesced=self.queue.coalesced,
            unknown=self.unknown,
            changes=self.changes,
            persisted=self.persisted,
            persist_errors=self.persist_errors,
            pending=len(self._pending) + len(self._unsaved or ()),
            queued=len(self.queue),
            queue_high_water=self.queue.high_water,
            latency_p50_ms=_percentile(lat, 0.5) * 1000,
            latency_p99_ms=_percentile(lat, 0.99) * 1000,
            unsent=self.sink.backlog(),
            refused=self.sink.set_aside(),
        )

    def presence(self) -> dict[str, tuple[str, float]]:
        """A copy of who is where (tag -> zone, since); safe from any thread."""
        return {tag: (st.zone, st.since) for tag, st in list(self.engine.tags.items())}
