"""The tracking runtime: one reader driver thread per enabled reader, the ingestion pipeline, and
(for ``sim://`` readers) the simulator thread writing real protocol bytes into pseudo-terminals.

Built and stopped on the main thread; drivers, the simulator and the pipeline run on their own
threads. ``statuses()``, ``stats()`` and ``presence()`` may be called from any thread.
"""

from __future__ import annotations

import logging
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Reader
from app.tracking import store
from app.tracking.events import EventBus, EventKind, TrackingEvent
from app.tracking.pipeline import IngestPipeline, PipelineStats
from app.tracking.presence import PresenceConfig
from app.tracking.reads import LinkState, ReaderStatus
from hardware.protocols import PROTOCOLS
from hardware.ptylink import PtyLink
from hardware.reader import ReaderDriver, url_for
from hardware.sim.from_db import build_world
from hardware.sim.world import World

log = logging.getLogger(__name__)
SIM_PREFIX = "sim://reader/"


@dataclass(frozen=True)
class ReaderSpec:
    code: str
    url: str
    protocol: str


class Simulator(threading.Thread):
    """Steps the world at 10 Hz and writes each reader's beacons and heartbeats into its pty."""

    def __init__(
        self,
        world: World,
        links: dict[str, PtyLink],
        protocols: dict[str, str],
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
        started = time.monotonic()
        next_beat = started
        next_tick = started
        while not self._halt.is_set():
            with self.lock:
                beacons = self.world.step(self.tick)
            chunks: dict[str, list[bytes]] = {}
            for b in beacons:
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


class TrackingRuntime:
    def __init__(
        self,
        db: Database,
        *,
        bus: EventBus | None = None,
        config: PresenceConfig | None = None,
        device_dir: Path | None = None,
        stale_after: float = 3.0,
    ) -> None:
        self.db = db
        self.bus = bus or EventBus()
        self.config = config
        self.stale_after = stale_after
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        if device_dir is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="bank-suite-dev-")
            device_dir = Path(self._tmp.name)
        device_dir.mkdir(parents=True, exist_ok=True)  # where the simulated readers' symlinks live
        self.device_dir = device_dir
        self.pipeline: IngestPipeline | None = None
        self.drivers: dict[str, ReaderDriver] = {}
        self.links: dict[str, PtyLink] = {}
        self.simulator: Simulator | None = None
        self._status: dict[str, ReaderStatus] = {}
        self._lock = threading.Lock()

    # -- lifecycle (main thread) ----------------------------------------------------------------
    def reader_specs(self) -> list[ReaderSpec]:
        with self.db.read() as s:
            return [
                ReaderSpec(r.code, r.url, r.protocol)
                for r in s.scalars(select(Reader).where(Reader.enabled.is_(True)).order_by(Reader.code))
            ]

    def start(self) -> None:
        self.pipeline = IngestPipeline(
            self.db, store.zone_map(self.db), store.known_tags(self.db), self.bus, config=self.config
        )
        restored = self.pipeline.restore_presence()
        self.pipeline.start()
        protocols: dict[str, str] = {}
        for spec in self.reader_specs():
            try:
                if spec.url.startswith(SIM_PREFIX):
                    link = PtyLink(symlink=self.device_dir / spec.code)
                    self.links[spec.code] = link
                    url, baud, protocol = link.url, 115200, spec.protocol
                    protocols[spec.code] = protocol
                else:
                    url, baud, protocol = url_for(spec.url)
            except (ValueError, OSError) as exc:
                log.error("reader %s: %s", spec.code, exc)
                self._on_status(
                    ReaderStatus(spec.code, LinkState.DISCONNECTED, None, 0, 0, 0, 0, 0.0, str(exc))
                )
                continue
            driver = ReaderDriver(
                spec.code,
                url,
                protocol,
                self.pipeline.submit,
                self._on_status,
                stale_after=self.stale_after,
                baudrate=baud,
            )
            self.drivers[spec.code] = driver
            driver.start()
        if self.links:
            self.simulator = Simulator(build_world(self.db), self.links, protocols)
            self.simulator.start()
        log.info(
            "tracking: %d readers (%d simulated), %d tags present after restart",
            len(self.drivers),
            len(self.links),
            restored,
        )

    def stop(self, timeout: float = 3.0) -> None:
        """Stop the simulator, the drivers, then drain and stop the pipeline (bounded waits)."""
        if self.simulator is not None:
            self.simulator.stop(timeout)
        for driver in self.drivers.values():
            driver.stop(timeout)
        for link in self.links.values():
            link.close()
        if self.pipeline is not None:
            self.pipeline.stop(timeout)
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def reload_mapping(self) -> None:
        """Registers or readers changed: new reads use the new antenna zones and known tags at once.
        (A changed reader channel takes effect when the runtime next starts.)"""
        if self.pipeline is not None:
            self.pipeline.update_zone_map(store.zone_map(self.db))
            self.pipeline.update_known_tags(store.known_tags(self.db))

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
        with self._lock:
            previous = self._status.get(status.reader)
            self._status[status.reader] = status
        if previous is None or previous.state != status.state:
            kind = {
                LinkState.CONNECTED: EventKind.READER_ONLINE,
                LinkState.STALE: EventKind.READER_STALE,
                LinkState.DISCONNECTED: EventKind.READER_OFFLINE,
            }.get(status.state)
            if kind is not None:
                self.bus.publish(
                    TrackingEvent(kind, time.time(), reader=status.reader, detail={"detail": status.detail})
                )

    def statuses(self) -> dict[str, ReaderStatus]:
        with self._lock:
            return dict(self._status)

    def stats(self) -> PipelineStats:
        assert self.pipeline is not None
        return self.pipeline.stats()

    def presence(self) -> dict[str, tuple[str, float]]:
        return self.pipeline.presence() if self.pipeline is not None else {}
