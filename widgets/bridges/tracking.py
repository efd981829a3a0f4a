"""Qt bridge for the device layer: tracking events and reader health, coalesced for the GUI.

Reader and ingestion threads publish on the tracking EventBus; the bridge's subscriber only
appends to a deque (non-blocking, thread-safe). A 10 Hz timer on the GUI thread drains it and
emits one batch per tick, so thousands of events per second become at most ten redraws, and the
GUI thread is the only one that touches widgets.
"""

from __future__ import annotations

from collections import deque
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, QTimer, Signal

from app.operations import Change
from app.tracking.events import EventBus, TrackingEvent
from app.tracking.pipeline import PipelineStats
from app.tracking.reads import ReaderStatus

MAPPING_TARGETS = frozenset({"reader", "zone", "person", "asset", "cashbox", "archive", "vip"})
MAX_BACKLOG = 200_000  # beyond this the oldest events are dropped (and counted): the GUI is too slow


class TrackingSource(Protocol):
    """What the GUI needs from the tracking runtime (hardware.runtime.TrackingRuntime)."""

    bus: EventBus

    def statuses(self) -> dict[str, ReaderStatus]: ...

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
    events = Signal(list)  # list[TrackingEvent], oldest first
    health = Signal(dict)  # reader code -> ReaderStatus
    pipeline = Signal(object)  # PipelineStats

    def __init__(
        self, source: TrackingSource, parent: QObject | None = None, *, interval_ms: int = 100
    ) -> None:
        super().__init__(parent)
        self.source = source
        self._backlog: deque[TrackingEvent] = deque(maxlen=MAX_BACKLOG)
        self.dropped = 0
        self._unsubscribe = source.bus.subscribe(self._on_event)
        self._ticks = 0
        self.timer = QTimer(self)
        self.timer.setObjectName("tracking.bridge")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._drain)
        self.timer.start()

    def _on_event(self, event: TrackingEvent) -> None:  # publishing thread: append only
        if len(self._backlog) == MAX_BACKLOG:
            self.dropped += 1
        self._backlog.append(event)

    def _drain(self) -> None:
        batch: list[TrackingEvent] = []
        pop = self._backlog.popleft
        try:
            while True:
                batch.append(pop())
        except IndexError:
            pass
        if batch:
            self.events.emit(batch)
        self._ticks += 1
        if self._ticks % 5 == 0:  # health and counters at 2 Hz
            self.health.emit(self.source.statuses())
            self.pipeline.emit(self.source.stats())

    def presence(self) -> dict[str, tuple[str, float]]:
        return self.source.presence()

    def on_change(self, change: Change) -> None:
        """An operation changed readers, zones or registers: let tracking use the new mapping."""
        if change.target_type in MAPPING_TARGETS:
            reload = getattr(self.source, "reload_mapping", None)
            if callable(reload):
                reload()

    def stop(self) -> None:
        self.timer.stop()
        self._unsubscribe()
