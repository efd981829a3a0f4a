"""The tracking runtime: one reader driver thread per reader, the ingestion pipeline, (for ``sim://``
readers) the simulator thread writing real protocol bytes into pseudo-terminals, and a small
worker that re-reads the zone mapping when asked.

It reads no database itself: whoever composes it (``hardware.compose.build_tracking``) hands it
the readers' parsed channels, the pipeline, a mapping provider and a world factory.

Built and stopped on the main thread; drivers, the simulator, the pipeline and the mapping worker
run on their own threads. ``reload_mapping()``, ``statuses()``, ``stats()`` and ``presence()`` may
be called from any thread and never block on the database. Every reader status snapshot is
published on the bus as ``EventKind.READER_STATUS`` (``detail={"status": ReaderStatus}``); a change
of link state also as ``READER_ONLINE``/``READER_STALE``/``READER_OFFLINE``.
"""

from __future__ import annotations

import logging
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from app.threads import stop_thread
from app.tracking.events import EventBus, EventKind, TrackingEvent
from app.tracking.pipeline import IngestPipeline, PipelineStats
from app.tracking.reads import LinkState, ReaderStatus
from hardware.channels import ReaderChannel, SimChannel, open_reader
from hardware.protocols import PROTOCOLS
from hardware.ptylink import PtyLink
from hardware.reader import ReaderDriver
from hardware.sim.world import World

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReaderEntry:
    """One reader as the runtime needs it: its code and its parsed channel, or why it has none
    (an unusable URL shows as a disconnected reader with that reason)."""

    code: str
    channel: ReaderChannel | None
    problem: str = ""


@dataclass(frozen=True)
class TrackingMapping:
    zone_of: Mapping[tuple[str, int], str]  # (reader, antenna) -> zone; antenna 0 = the reader's own
    known_tags: Mapping[str, str]  # active tag id -> kind


MappingProvider = Callable[[], TrackingMapping]  # re-reads the registers (called on the mapping worker)


class Simulator(threading.Thread):
    """Steps the world at 10 Hz and writes each simulated reader's beacons and heartbeats into its pty.

    The world holds every enabled reader of the registers; beacons heard by a reader without a pty
    here (a real reader, or a simulated one whose channel is unusable) are dropped."""

    def __init__(
        self,
        world: World,
        links: dict[str, PtyLink],
        protocols: Mapping[str, str],
        *,
        tick: float = 0.1,
        heartbeat: float = 1.0,
    ) -> None:
        super().__init__(name="simulator", daemon=False)
        self.world = world
        self.links = links
        self.protocols = protocols
        self.tick = tick
        self.heartbeat = heartbeat
        self.silenced: set[str] = set()  # readers that stop talking (to show "stale")
        self._halt = threading.Event()
        self.lock = threading.Lock()

    def run(self) -> None:
        try:
            self._run()
        except Exception:  # a bug in the world: make it visible (every simulated reader goes stale)
            log.exception("simulator failed; the simulated readers fall silent")

    def _run(self) -> None:
        started = time.monotonic()
        next_beat = started
        next_tick = started
        while not self._halt.is_set():
            with self.lock:
                beacons = self.world.step(self.tick)
            chunks: dict[str, list[bytes]] = {}
            for b in beacons:
                if b.reader not in self.links:  # a real reader in the world, or one without a pty
                    continue
                proto = PROTOCOLS[self.protocols[b.reader]]
                chunks.setdefault(b.reader, []).append(
                    proto.encode_read(b.reader, b.antenna, b.tag_id, b.rssi, b.tamper)
                )
            now = time.monotonic()
            if now >= next_beat:
                for code in self.links:
                    chunks.setdefault(code, []).append(
                        PROTOCOLS[self.protocols[code]].encode_heartbeat(code, int(now - started))
                    )
                next_beat = now + self.heartbeat
            for code, parts in chunks.items():
                if code not in self.silenced:
                    self.links[code].write(b"".join(parts))
            next_tick += self.tick
            self._halt.wait(max(0.0, next_tick - time.monotonic()))

    def stop(self, timeout: float = 2.0) -> None:
        self._halt.set()
        if self.is_alive():
            self.join(timeout)


class MappingWorker(threading.Thread):
    """Re-reads the mapping off the caller's thread: ``request()`` returns at once; requests made
    while a re-read runs are folded into one more re-read."""

    def __init__(self, provider: MappingProvider, apply: Callable[[TrackingMapping], None]) -> None:
        super().__init__(name="tracking-mapping", daemon=False)
        self.provider = provider
        self.apply = apply
        self.reloads = 0  # re-reads applied
        self.errors = 0
        self._wanted = threading.Event()
        self._stopping = threading.Event()

    def request(self) -> None:  # any thread
        self._wanted.set()

    def run(self) -> None:
        while True:
            self._wanted.wait()
            if self._stopping.is_set():
                return
            self._wanted.clear()
            try:
                self.apply(self.provider())
            except Exception:  # the old mapping stays in use; the next request tries again
                self.errors += 1
                log.exception("tracking: could not re-read the zone mapping and known tags")
                continue
            self.reloads += 1

    def stop(self, timeout: float) -> bool:
        self._stopping.set()
        self._wanted.set()
        return stop_thread(self, self._stopping, timeout, "tracking mapping worker")


class Companion(Protocol):
    """Something that runs beside the runtime on threads of its own, started and stopped with it."""

    def start(self) -> None: ...

    def stop(self, timeout: float) -> None: ...


class TrackingRuntime:
    def __init__(
        self,
        pipeline: IngestPipeline,
        readers: Sequence[ReaderEntry],
        mapping: MappingProvider,
        *,
        world: Callable[[], World] | None = None,
        device_dir: Path | None = None,
        stale_after: float = 3.0,
        status_interval: float = 1.0,
        companions: Sequence[Companion] = (),
    ) -> None:
        """``world`` builds the simulated world; it is called only if a reader is simulated.
        ``status_interval``: seconds between a driver's periodic status snapshots. ``companions``
        start after the drivers and stop first (e.g. a station's reader health reporter)."""
        self.companions = list(companions)
        self.pipeline = pipeline
        self.bus: EventBus = pipeline.bus
        self.readers = list(readers)
        self.stale_after = stale_after
        self.status_interval = status_interval
        self._world = world
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        if device_dir is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="bank-suite-dev-")
            device_dir = Path(self._tmp.name)
        device_dir.mkdir(parents=True, exist_ok=True)  # where the simulated readers' symlinks live
        self.device_dir = device_dir
        self.drivers: dict[str, ReaderDriver] = {}
        self.links: dict[str, PtyLink] = {}
        self.simulator: Simulator | None = None
        self.mapping = MappingWorker(mapping, self._apply_mapping)
        self._status: dict[str, ReaderStatus] = {}
        self._lock = threading.Lock()

    # -- lifecycle (main thread) ----------------------------------------------------------------
    def start(self) -> None:
        restored = self.pipeline.restore_presence()
        self.pipeline.start()
        self.mapping.start()
        protocols: dict[str, str] = {}
        for entry in self.readers:
            try:
                if entry.channel is None:
                    raise ValueError(entry.problem or "no channel")
                port = None
                if isinstance(entry.channel, SimChannel):
                    link = PtyLink(symlink=self.device_dir / entry.code)
                    self.links[entry.code] = link
                    port = link.url
                    protocols[entry.code] = entry.channel.protocol
                driver = open_reader(
                    entry.channel,
                    reader_code=entry.code,
                    port=port,
                    on_read=self.pipeline.submit,
                    on_status=self._on_status,
                    stale_after=self.stale_after,
                    status_interval=self.status_interval,
                )
            except (ValueError, OSError) as exc:
                log.error("reader %s: %s", entry.code, exc)
                self._on_status(
                    ReaderStatus(entry.code, LinkState.DISCONNECTED, None, 0, 0, 0, 0, 0.0, str(exc))
                )
                continue
            self.drivers[entry.code] = driver
            driver.start()
        for companion in self.companions:
            companion.start()
        if self.links:
            if self._world is None:
                raise ValueError("simulated readers need a world to simulate")
            self.simulator = Simulator(self._world(), self.links, protocols)
            self.simulator.start()
        log.info(
            "tracking: %d readers (%d simulated), %d tags present after restart",
            len(self.drivers),
            len(self.links),
            restored,
        )

    def stop(self, timeout: float = 3.0) -> None:
        """Stop the companions, the simulator, the drivers, then drain and stop the pipeline (bounded
        waits)."""
        for companion in self.companions:
            companion.stop(timeout)
        if self.simulator is not None:
            self.simulator.stop(timeout)
        for driver in self.drivers.values():
            driver.stop(timeout)
        for link in self.links.values():
            link.close()
        self.mapping.stop(timeout)
        self.pipeline.stop(timeout)
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def reload_mapping(self) -> None:
        """Registers or readers changed: new reads use the new antenna zones and known tags as soon
        as the mapping worker has re-read them. Returns at once (any thread, e.g. the GUI's).
        (A changed reader channel takes effect when the runtime next starts.)"""
        self.mapping.request()

    def _apply_mapping(self, mapping: TrackingMapping) -> None:  # the mapping worker
        self.pipeline.update_zone_map(mapping.zone_of)
        self.pipeline.update_known_tags(mapping.known_tags)

    # -- simulated faults (demo and tests) ------------------------------------------------------
    def unplug(self, code: str) -> None:
        self.links[code].unplug()

    def replug(self, code: str) -> None:
        self.links[code].replug()

    def silence(self, code: str, silent: bool = True) -> None:
        if self.simulator is not None:
            (self.simulator.silenced.add if silent else self.simulator.silenced.discard)(code)

    def is_silenced(self, code: str) -> bool:
        return self.simulator is not None and code in self.simulator.silenced

    def is_simulated(self, code: str) -> bool:
        return code in self.links

    # -- any thread -----------------------------------------------------------------------------
    def _on_status(self, status: ReaderStatus) -> None:  # driver threads
        self.pipeline.reader_status(status)  # before anything else: an outage must hold its tags
        with self._lock:
            previous = self._status.get(status.reader)
            self._status[status.reader] = status
        now = time.time()
        if previous is None or previous.state != status.state:
            kind = {
                LinkState.CONNECTED: EventKind.READER_ONLINE,
                LinkState.STALE: EventKind.READER_STALE,
                LinkState.DISCONNECTED: EventKind.READER_OFFLINE,
            }.get(status.state)
            if kind is not None:
                self.bus.publish(
                    TrackingEvent(kind, now, reader=status.reader, detail={"detail": status.detail})
                )
        self.bus.publish(
            TrackingEvent(EventKind.READER_STATUS, now, reader=status.reader, detail={"status": status})
        )

    def statuses(self) -> dict[str, ReaderStatus]:
        """The newest snapshot of every reader (the initial state; updates arrive as events)."""
        with self._lock:
            return dict(self._status)

    def stats(self) -> PipelineStats:
        return self.pipeline.stats()

    def presence(self) -> dict[str, tuple[str, float]]:
        return self.pipeline.presence()
