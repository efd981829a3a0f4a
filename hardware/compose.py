"""The tracking runtime composed from the registers: the one place where ``hardware`` and the
database meet (the runtime itself reads no table). Qt-free, so a headless station starts its devices
without the GUI. Called on the main thread; what it builds runs on the runtime's threads.
"""

from __future__ import annotations

from pathlib import Path

from app.db.engine import Database
from app.tracking import store
from app.tracking.events import EventBus
from app.tracking.pipeline import IngestPipeline
from app.tracking.population import load_population
from app.tracking.presence import PresenceConfig
from hardware.channels import ChannelError, parse_reader
from hardware.runtime import ReaderEntry, TrackingMapping, TrackingRuntime
from hardware.sim.population import build_world


def build_tracking(
    db: Database,
    *,
    device_dir: Path | None = None,
    stale_after: float = 3.0,
    config: PresenceConfig | None = None,
) -> TrackingRuntime:
    """Compose the tracking runtime from the registers: the enabled readers' channels, the pipeline
    with the current zone mapping and known tags, the mapping provider its worker re-reads, and the
    simulated world (built only if a reader is simulated). Not started: the caller starts it."""

    def mapping() -> TrackingMapping:
        return TrackingMapping(store.zone_map(db), store.known_tags(db))

    def entry(code: str, url: str) -> ReaderEntry:
        try:
            return ReaderEntry(code, parse_reader(url))
        except ChannelError as exc:
            return ReaderEntry(code, None, exc.message)

    first = mapping()
    pipeline = IngestPipeline(db, first.zone_of, first.known_tags, EventBus(), config=config)
    return TrackingRuntime(
        pipeline,
        [entry(code, url) for code, url in store.enabled_readers(db)],
        mapping,
        world=lambda: build_world(load_population(db)),
        device_dir=device_dir,
        stale_after=stale_after,
    )
