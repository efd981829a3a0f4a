"""The map's tracking source at a workstation of a shared deployment (``TrackingSource``): the
devices of every other station arrive over the push stream, and this station's own runtime, if it
runs readers, feeds the map directly as in embedded mode. No Qt: the ``TrackingBridge`` on top of it
coalesces for the GUI thread as it does for a local runtime.

The source has a bus of its own: the local runtime's events are forwarded onto it, and the other
stations' reports are published on it only, never on the runtime's bus (what subscribes there, the
station's health reporter for one, must see this station's devices only).

Threads: ``_on_reports`` runs on the push client's thread; it keeps the presence and the reader
statuses it was told (under a lock) and publishes them on the bus as the local runtime would
(ENTER/LEAVE, READER_STATUS, and READER_ONLINE/STALE/OFFLINE on a link state change). Reports of
this station's own devices, when its runtime runs here, only update what is kept: their events are
on the bus already.
``statuses``/``stats``/``presence`` are in-memory reads (the GUI thread calls them).

While the stream is down this workstation cannot know how the other stations' readers are: their
connected readers show as stale (the map draws their zones' markers as last seen, and says it is not
live when no reader is left connected) until the stream is live again. Each time the stream goes
live (the first time, and after every reconnect) the source re-reads who
is where and the readers' health from the server (``reload``, on the push thread) and publishes the
differences as ENTER/LEAVE and status events: the server keeps tracking entries only minutes
(``app.changelog.TRACKING_RETENTION``), so a workstation away longer still ends where everybody is.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace

import msgspec

from app.client.push import PushClient
from app.errors import SuiteError
from app.tracking.events import EventBus, EventKind, TrackingEvent
from app.tracking.ingest import StationReport, apply_movements
from app.tracking.pipeline import PipelineStats
from app.tracking.reads import LinkState, ReaderStatus
from widgets.bridges.tracking import SimulatorControls, TrackingSource

log = logging.getLogger(__name__)
_LINK_EVENTS = {
    LinkState.CONNECTED: EventKind.READER_ONLINE,
    LinkState.STALE: EventKind.READER_STALE,
    LinkState.DISCONNECTED: EventKind.READER_OFFLINE,
}
NO_PIPELINE = PipelineStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.0, 0.0)
Presence = dict[str, tuple[str, float]]
Reload = Callable[[], tuple[Presence, dict[str, ReaderStatus]]]


class SharedTracking:
    def __init__(
        self,
        push: PushClient,
        station: str,
        presence: dict[str, tuple[str, float]],
        statuses: dict[str, ReaderStatus],
        local: TrackingSource | None = None,
        reload: Reload | None = None,
    ) -> None:
        """``presence`` and ``statuses``: the server's, read at log-in (``positions.presence``,
        ``tracking.health``); the push stream moves them on from there. ``reload`` reads both again
        (each time the stream goes live)."""
        self._reload = reload
        self.resyncs = 0
        self.station = station
        self.local = local
        self.bus = EventBus()
        self._presence = dict(presence)
        self._statuses = dict(statuses)
        self._lock = threading.Lock()
        self._decoder = msgspec.json.Decoder(StationReport)
        self.reports = 0
        self._removers = [push.on_tracking(self._on_reports), push.on_state(self._on_state)]
        self._stopped = False
        if local is not None:
            self._removers.append(local.bus.subscribe(self.bus.publish))  # its own devices, as they come

    def attach(self, local: TrackingSource) -> None:
        """This station's devices started after the window opened (the server let them in late):
        from now on their events come straight from the runtime, as if it had been there from the
        start (until then the map had them from the server like any other station's). Any thread."""
        with self._lock:
            if self._stopped or self.local is not None:
                return
            self.local = local
            self._removers.append(local.bus.subscribe(self.bus.publish))

    # -- the push client's thread ---------------------------------------------------------------
    def _on_reports(self, batches: list[msgspec.Raw]) -> None:
        for raw in batches:
            try:
                report = self._decoder.decode(raw)
            except msgspec.DecodeError:
                log.warning("a tracking report the workstation cannot read was skipped")
                continue
            self.reports += 1
            self._apply(report, publish=self.local is None or report.station != self.station)

    def _on_state(self, online: bool, _detail: str) -> None:
        if not online:
            self._lost_stream()
            return
        if self._reload is None:
            return
        try:
            presence, statuses = self._reload()
        except SuiteError as exc:  # the next reconnect tries again; live reports go on meanwhile
            log.warning("tracking not re-read after reconnecting: %s", exc)
            return
        self.resyncs += 1
        own = set(self.local.presence()) if self.local is not None else set()  # this station knows best
        with self._lock:
            before, self._presence = self._presence, dict(presence)
        for tag, (zone, since) in before.items():
            if tag not in own and presence.get(tag, ("", 0.0))[0] != zone:
                self.bus.publish(TrackingEvent(EventKind.LEAVE, since, tag, zone))
        for tag, (zone, since) in presence.items():
            if tag not in own and before.get(tag, ("", 0.0))[0] != zone:
                self.bus.publish(TrackingEvent(EventKind.ENTER, since, tag, zone))
        own_readers = set(self.local.statuses()) if self.local is not None else set()
        self._statuses_arrived([st for r, st in statuses.items() if r not in own_readers], publish=True)

    def _lost_stream(self) -> None:
        """The push stream is down: the other stations' connected readers are stale from here."""
        own = set(self.local.statuses()) if self.local is not None else set()
        with self._lock:
            stale = [
                replace(st, state=LinkState.STALE)
                for code, st in self._statuses.items()
                if code not in own and st.state == LinkState.CONNECTED
            ]
        self._statuses_arrived(stale, publish=True)

    def _apply(self, report: StationReport, *, publish: bool) -> None:
        with self._lock:
            # a station replaying its spool after an outage sends movements older than what another
            # station reported since: a movement older than the tag's present place changes nothing
            moves = [m for m in report.moves if m.ts >= self._presence.get(m.tag_id, ("", 0.0))[1]]
            self._presence = apply_movements(self._presence, moves)
        if publish:
            for m in moves:
                self.bus.publish(TrackingEvent(m.kind, m.ts, m.tag_id, m.zone, m.reader, {"rssi": m.rssi}))
        self._statuses_arrived(list(report.statuses), publish=publish)

    def _statuses_arrived(self, statuses: list[ReaderStatus], *, publish: bool) -> None:
        with self._lock:
            changed = [
                st
                for st in statuses
                if (old := self._statuses.get(st.reader)) is None or old.state != st.state
            ]
            self._statuses.update((st.reader, st) for st in statuses)
        if not publish:
            return
        for st in changed:
            kind = _LINK_EVENTS.get(st.state)
            if kind is not None:
                self.bus.publish(TrackingEvent(kind, st.last_frame_ts or 0.0, reader=st.reader))
        for st in statuses:
            self.bus.publish(
                TrackingEvent(
                    EventKind.READER_STATUS, st.last_frame_ts or 0.0, reader=st.reader, detail={"status": st}
                )
            )

    # -- any thread (in-memory) ------------------------------------------------------------------
    def statuses(self) -> dict[str, ReaderStatus]:
        with self._lock:
            shared = dict(self._statuses)
        return shared | (self.local.statuses() if self.local is not None else {})

    def stats(self) -> PipelineStats:
        return self.local.stats() if self.local is not None else NO_PIPELINE

    def presence(self) -> dict[str, tuple[str, float]]:
        with self._lock:
            shared = dict(self._presence)
        return shared | (self.local.presence() if self.local is not None else {})

    def reload_mapping(self) -> None:
        """Registers or readers changed: this station's runtime re-reads its mapping."""
        reload = getattr(self.local, "reload_mapping", None)
        if callable(reload):
            reload()

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            removers, self._removers = self._removers, []
        for remove in removers:
            remove()


class SharedStationTracking(SharedTracking):
    """``SharedTracking`` whose local runtime has simulated readers: the reader health dock's
    unplug/replug/silence act on them (``SimulatorControls``)."""

    def _controls(self) -> SimulatorControls:
        assert isinstance(self.local, SimulatorControls)
        return self.local

    def is_simulated(self, code: str) -> bool:
        return self._controls().is_simulated(code)

    def unplug(self, code: str) -> None:
        self._controls().unplug(code)

    def replug(self, code: str) -> None:
        self._controls().replug(code)

    def silence(self, code: str, silent: bool = True) -> None:
        self._controls().silence(code, silent)

    def is_silenced(self, code: str) -> bool:
        return self._controls().is_silenced(code)


def shared_tracking(
    push: PushClient,
    station: str,
    presence: dict[str, tuple[str, float]],
    statuses: dict[str, ReaderStatus],
    local: TrackingSource | None,
    reload: Reload | None = None,
) -> SharedTracking:
    cls = SharedStationTracking if isinstance(local, SimulatorControls) else SharedTracking
    return cls(push, station, presence, statuses, local, reload)
