"""Qt bridge for the device layer: tracking events and reader health, coalesced for the GUI.

Reader and ingestion threads publish on the tracking EventBus; the bridge's subscriber runs on
those threads and only posts to two coalescers (``widgets.bridges.coalesce``): every event to a
batch, and each ``READER_STATUS`` event's status to the latest value per reader. The GUI thread
receives ``events(list)`` at most ``EVENTS_HZ`` times a second (thousands of events per second
become at most ten redraws) and ``health(dict)``, every reader's latest status, at most
``HEALTH_HZ`` times a second. Reader health is the events it already is; ``statuses()`` is read
once at start for the initial snapshot. Pipeline counters are not events: a slow timer on the GUI
thread reads ``stats()``. Only the GUI thread touches widgets.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, QTimer, Signal

from app.operations import Change, Target
from app.tracking.events import EventBus, EventKind, TrackingEvent
from app.tracking.pipeline import PipelineStats
from app.tracking.reads import ReaderStatus
from widgets.bridges.coalesce import BatchCoalescer, LatestCoalescer

MAPPING_TARGETS = frozenset(
    {Target.READER, Target.ZONE, Target.PERSON, Target.ASSET, Target.CASHBOX, Target.ARCHIVE, Target.VIP}
)
MAX_BACKLOG = 200_000  # beyond this the oldest events are dropped (and counted): the GUI is too slow
EVENTS_HZ = 10.0  # event batches per second at most
HEALTH_HZ = 2.0  # reader health snapshots per second at most
STATS_INTERVAL_MS = 500  # pipeline counters (not events) are read this often


class TrackingSource(Protocol):
    """What the GUI needs from the tracking runtime (hardware.runtime.TrackingRuntime)."""

    bus: EventBus

    def statuses(self) -> dict[str, ReaderStatus]: ...  # read once, for the initial snapshot

    def stats(self) -> PipelineStats: ...

    def presence(self) -> dict[str, tuple[str, float]]: ...


@runtime_checkable
class SimulatorControls(Protocol):
    """Simulated readers can be unplugged, replugged and silenced (demo and tests)."""

    def is_simulated(self, code: str) -> bool: ...

    def unplug(self, code: str) -> None: ...

    def replug(self, code: str) -> None: ...

    def silence(self, code: str, silent: bool = True) -> None: ...

    def is_silenced(self, code: str) -> bool: ...


class TrackingBridge(QObject):
    """Tracking events as batches, reader health as snapshots, pipeline counters on a slow timer."""

    events = Signal(list)  # list[TrackingEvent], oldest first (READER_STATUS events included)
    health = Signal(dict)  # reader code -> ReaderStatus: every reader's latest status
    pipeline = Signal(object)  # PipelineStats

    def __init__(
        self,
        source: TrackingSource,
        parent: QObject | None = None,
        *,
        max_rate_hz: float = EVENTS_HZ,
        health_hz: float = HEALTH_HZ,
        stats_interval_ms: int = STATS_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tracking.bridge")
        self.source = source
        self.reader_statuses: dict[str, ReaderStatus] = {}  # GUI thread: what ``health`` last said
        self._events: BatchCoalescer[TrackingEvent] = BatchCoalescer(
            self.events.emit, max_rate_hz=max_rate_hz, maxlen=MAX_BACKLOG, name="tracking.events", parent=self
        )
        self._health: LatestCoalescer[str, ReaderStatus] = LatestCoalescer(
            self._on_statuses, max_rate_hz=health_hz, name="tracking.health", parent=self
        )
        self.stats_timer = QTimer(self)
        self.stats_timer.setObjectName("tracking.stats")
        self.stats_timer.setInterval(stats_interval_ms)
        self.stats_timer.timeout.connect(self._emit_stats)
        self._unsubscribe = source.bus.subscribe(self._on_event)
        for code, status in source.statuses().items():  # the initial snapshot, once
            self._health.post(code, status, replace=False)  # an event since subscribing is newer
        self.stats_timer.start()

    @property
    def dropped(self) -> int:
        """Events lost because the GUI thread fell ``MAX_BACKLOG`` behind."""
        return self._events.dropped

    @property
    def running(self) -> bool:
        """True while any of the bridge's timers runs (False after ``stop``)."""
        return self.stats_timer.isActive() or self._events.active or self._health.active

    def _on_event(self, event: TrackingEvent) -> None:  # publishing thread: append only
        self._events.post(event)
        if event.kind == EventKind.READER_STATUS:
            status = event.detail.get("status")
            if isinstance(status, ReaderStatus):
                self._health.post(status.reader, status)

    # -- GUI thread -----------------------------------------------------------------------------
    def _on_statuses(self, latest: dict[str, ReaderStatus]) -> None:
        self.reader_statuses = {**self.reader_statuses, **latest}
        self.health.emit(dict(self.reader_statuses))

    def _emit_stats(self) -> None:
        self.pipeline.emit(self.source.stats())

    def hold(self) -> None:
        """No automatic delivery; ``flush`` delivers by hand (a benchmark timing each frame)."""
        self._events.hold()
        self._health.hold()
        self.stats_timer.stop()

    def flush(self) -> None:
        """Deliver what has arrived now (events first, then health)."""
        self._events.flush()
        self._health.flush()

    def presence(self) -> dict[str, tuple[str, float]]:
        return self.source.presence()

    def on_change(self, change: Change) -> None:
        """An operation changed readers, zones or registers: let tracking use the new mapping."""
        if change.target_type in MAPPING_TARGETS:
            reload = getattr(self.source, "reload_mapping", None)
            if callable(reload):
                reload()

    def stop(self) -> None:
        self._unsubscribe()
        self.stats_timer.stop()
        self._events.stop()
        self._health.stop()
