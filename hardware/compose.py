"""The tracking runtime of one station, composed from the tracking service: the one place where
``hardware`` and the services meet (the runtime itself calls no service). Qt-free, so a headless
station starts its devices without the GUI. Called on the main thread; what it builds runs on the
runtime's threads (the mapping worker re-reads the mapping, the ingestion thread sends movements).

Everything comes from ``TrackingService`` (in-process in embedded mode; the client proxy in a shared
deployment has the same methods), never from the database: the readers this station runs with their
channels, their zone mapping and the known tags, the presence to restore, and the simulated world.
"""

from __future__ import annotations

from pathlib import Path

from app.rbac import Principal
from app.services.tracking import StationMapping, TrackingService, station_principal
from app.tracking.events import EventBus
from app.tracking.health import HealthReporter
from app.tracking.ingest import IngestReceipt, MovementIn, apply_movements
from app.tracking.pipeline import IngestPipeline
from app.tracking.presence import PresenceConfig
from app.tracking.sinks import MovementSink, ServiceSink
from app.tracking.spool import Spool, SpoolingSink, drain
from hardware.channels import ChannelError, parse_reader
from hardware.runtime import ReaderEntry, TrackingMapping, TrackingRuntime
from hardware.sim.population import build_world

SPOOL_DRAIN_TIMEOUT = 2.0  # seconds a station without readers spends sending a spool left unsent


def _entry(code: str, url: str) -> ReaderEntry:
    try:
        return ReaderEntry(code, parse_reader(url))
    except ChannelError as exc:
        return ReaderEntry(code, None, exc.message)


def _runtime_mapping(mapping: StationMapping) -> TrackingMapping:
    return TrackingMapping(mapping.zone_of(), mapping.known_tags)


def build_tracking(
    tracking: TrackingService,
    station: str,
    *,
    actor: Principal | None = None,
    device_dir: Path | None = None,
    stale_after: float = 3.0,
    config: PresenceConfig | None = None,
    spool: Path | None = None,
) -> TrackingRuntime | None:
    """Compose ``station``'s tracking runtime: the drivers of the readers it runs, the pipeline with
    their zone mapping, the known tags and the presence to restore, the mapping provider its worker
    re-reads, and the simulated world (built only if a reader is simulated). Not started: the caller
    starts it. None if the station runs no reader: no driver, no simulator, no pipeline (the map
    shows the stored presence from the positions service).

    ``actor``: who the station's devices act as; by default the embedded station principal
    (``app.services.tracking.station_principal``). Without ``spool`` (embedded: the services are
    in-process) movements go to ``tracking.ingest`` on the ingestion thread, one batch key per flush.
    With ``spool`` (a folder: a station of a shared deployment, ``tracking`` being the client proxy)
    every batch is spooled there durably first and sent in order by the spool's sender thread,
    surviving an unreachable server and a restart (``app.tracking.spool``); the presence restored at
    start is the service's with the spooled, unsent movements applied on top. Either way the readers'
    health is reported to the service (``app.tracking.health``): for the other workstations, and so
    that every outage and recovery is kept in the tracking history that playback shows."""
    actor = actor if actor is not None else station_principal(station)
    first = tracking.mapping(actor, station)
    station = first.station

    def ingest(key: str, moves: list[MovementIn]) -> IngestReceipt:  # ingestion thread, or the spool sender
        return tracking.ingest(actor, station, key, moves)

    if not first.readers:
        if spool is not None:  # what its readers produced before they went elsewhere still goes
            drain(spool, ingest, station, SPOOL_DRAIN_TIMEOUT)
        return None

    def mapping() -> TrackingMapping:  # the mapping worker
        return _runtime_mapping(tracking.mapping(actor, station))

    sink: MovementSink
    if spool is None:
        sink = ServiceSink(ingest, station)

        def presence() -> dict[str, tuple[str, float]]:
            return tracking.presence(actor, station)

    else:
        spooled = Spool(spool)
        sink = SpoolingSink(spooled, ingest, station)

        def presence() -> dict[str, tuple[str, float]]:
            unsent = [m for batch in spooled.pending() for m in batch.moves]
            return apply_movements(tracking.presence(actor, station), unsent)

    bus = EventBus()
    pipeline = IngestPipeline(sink, first.zone_of(), first.known_tags, bus, presence=presence, config=config)
    reporter = HealthReporter(
        bus,
        lambda statuses: tracking.report_health(actor, station, statuses),
        [r.code for r in first.readers],
    )
    return TrackingRuntime(
        pipeline,
        [_entry(r.code, r.url) for r in first.readers],
        mapping,
        world=lambda: build_world(tracking.population(actor, station)),
        device_dir=device_dir,
        stale_after=stale_after,
        companions=[reporter],
    )
