"""Tracking for the stations that run readers: what a station needs to run its devices (its readers,
their zone mapping, the known tags, the presence to restore, the simulated population) and the
ingest of the movements it produces. Any thread; a station calls these on its tracking runtime's
threads (start-up, the mapping worker, the ingestion thread or its spool's sender).

A station's devices act as the station, not as whoever is signed in at its screen: they run before
anybody logs in and on through log-outs and lock screens. In a shared deployment the station signs
in to the suite server with a service account holding the ``station`` role (``tracking.ingest``) and
the server injects that principal; an embedded workstation holds the database itself, so its
devices act as the local system (``station_principal``): an account would protect nothing there.

Ingest is machine data: batches are not audited one by one (a station sends several a second). Who
owns which reader is audited where it changes (``SiteService.save_reader``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NoReturn

from sqlalchemy import Table, insert
from sqlalchemy.exc import IntegrityError

from app.clock import utcnow
from app.db.engine import Database
from app.db.models import IngestBatch
from app.errors import ValidationError
from app.rbac import Permission, Principal, system_principal
from app.remote import remote
from app.services.guard import authorize
from app.stations import station_code
from app.tracking import store
from app.tracking.events import EventKind
from app.tracking.ingest import MAX_BATCH, IngestReceipt, MovementIn
from app.tracking.population import Population, load_population

KEY_MAX = 100  # ingest_batches.key is String(100)
TAG_MAX, CODE_MAX = 64, 32  # the movements table's column widths
INGEST_BATCHES: Table = IngestBatch.metadata.tables[IngestBatch.__tablename__]
_KINDS = frozenset({EventKind.ENTER, EventKind.LEAVE})


@dataclass(frozen=True)
class StationReader:
    """A reader a station runs: its code and its device channel (wire protocol included)."""

    code: str
    url: str


@dataclass(frozen=True)
class StationMapping:
    """What a station's tracking runtime needs from the registers."""

    station: str
    # (reader, antenna, zone) of the station's readers; antenna 0 is the reader's own zone
    zones: tuple[tuple[str, int, str], ...]
    known_tags: dict[str, str]  # active tag id -> kind (every tag of the bank, not only the station's)
    readers: tuple[StationReader, ...]  # the enabled readers this station runs, by code

    def zone_of(self) -> dict[tuple[str, int], str]:
        """(reader, antenna) -> zone, as the presence engine looks it up."""
        return {(reader, antenna): zone for reader, antenna, zone in self.zones}


def station_principal(station: str) -> Principal:
    """Who an embedded workstation's devices act as (see the module docstring)."""
    return system_principal(f"station:{station_code(station)}")


class TrackingService:
    def __init__(self, db: Database, *, unassigned_readers: bool = True) -> None:
        """``unassigned_readers``: readers assigned to no station run at whichever station asks (an
        embedded install has one workstation). The suite server passes False: an unassigned reader
        then runs nowhere until an administrator assigns it, instead of at every workstation."""
        self.db = db
        self.unassigned_readers = unassigned_readers

    def _readers(self, station: str) -> list[tuple[str, str]]:
        return store.station_readers(self.db, station, unassigned=self.unassigned_readers)

    @remote(station="station")
    def mapping(self, actor: Principal, station: str) -> StationMapping:
        """The readers ``station`` runs, their zones by antenna, and the known tags."""
        authorize(self.db, actor, Permission.TRACKING_INGEST, "read a station's tracking mapping")
        station = station_code(station)
        readers = self._readers(station)
        zone_of = store.zone_map(self.db, [code for code, _ in readers])
        return StationMapping(
            station,
            tuple(sorted((reader, antenna, zone) for (reader, antenna), zone in zone_of.items())),
            store.known_tags(self.db),
            tuple(StationReader(code, url) for code, url in readers),
        )

    @remote(station="station")
    def presence(self, actor: Principal, station: str) -> dict[str, tuple[str, float]]:
        """Who is where (tag -> (zone, since)) in the zones ``station``'s readers cover: the presence
        its runtime restores at start. Tags elsewhere are another station's to expire."""
        authorize(self.db, actor, Permission.TRACKING_INGEST, "read a station's presence")
        station = station_code(station)
        covered = set(store.zone_map(self.db, [code for code, _ in self._readers(station)]).values())
        return {tag: where for tag, where in store.current_presence(self.db).items() if where[0] in covered}

    @remote(station="station")
    def population(self, actor: Principal, station: str) -> Population:
        """Who and what carries a tag and where each belongs: the simulated world of a station whose
        readers are simulated (the demo)."""
        authorize(self.db, actor, Permission.TRACKING_INGEST, "read the simulated population")
        station_code(station)
        return load_population(self.db)

    @remote(station="station")
    def ingest(
        self, actor: Principal, station: str, batch_key: str, changes: Sequence[MovementIn]
    ) -> IngestReceipt:
        """Store a batch of a station's movements once: the batch's key is recorded in the same
        transaction, and a key seen before is acknowledged again with the receipt it got the first
        time, storing nothing (a station replays a batch whose acknowledgement it did not get)."""
        authorize(self.db, actor, Permission.TRACKING_INGEST, "send movements")
        station = station_code(station)
        if not batch_key or len(batch_key) > KEY_MAX:
            raise ValidationError(
                f"a batch key is 1-{KEY_MAX} characters", field="batch_key", problem="format"
            )
        if len(changes) > MAX_BATCH:
            raise ValidationError(
                f"at most {MAX_BATCH} movements in one batch", field="changes", problem="too_many"
            )
        for m in changes:
            if (
                m.kind not in _KINDS
                or not 0 < len(m.tag_id) <= TAG_MAX
                or len(m.zone) > CODE_MAX
                or len(m.reader) > CODE_MAX
                or not math.isfinite(m.ts)
            ):
                _refuse(m)
        rows = store.movement_rows(changes)
        received = utcnow()
        batch = {"key": batch_key, "station": station, "received_at": received, "count": len(changes)}
        try:
            with self.db.write() as s:
                # The key first: a batch stored before (a replay) or being stored right now by another
                # transaction (PostgreSQL makes the primary key wait for it) stops here, before its
                # movements. No look-up first: a replay is the rare case, every flush is not.
                s.execute(insert(INGEST_BATCHES), batch)
                store.insert_movements(s, rows)
        except IntegrityError:
            with self.db.read() as s:
                existing = s.get(IngestBatch, batch_key)
            if existing is None:
                raise
            return _receipt_again(existing, station, len(changes))  # stored once, acknowledged again
        return IngestReceipt(batch_key, station, len(changes), received)


def _refuse(m: MovementIn) -> NoReturn:
    """Why ``m`` cannot be stored (``ingest`` checks every movement in one expression)."""
    if m.kind not in _KINDS:
        raise ValidationError(
            f"a movement is an enter or a leave, not {m.kind!r}", field="kind", problem="format"
        )
    for name, limit in (("tag_id", TAG_MAX), ("zone", CODE_MAX), ("reader", CODE_MAX)):
        value = getattr(m, name)
        if len(value) > limit or (name == "tag_id" and not value):
            raise ValidationError(
                f"movement {name} must be text of at most {limit} characters", field=name, problem="format"
            )
    raise ValidationError(
        "a movement's time must be a finite number of seconds", field="ts", problem="format"
    )


def _receipt_again(batch: IngestBatch, station: str, count: int) -> IngestReceipt:
    if (batch.station, batch.count) != (station, count):
        raise ValidationError(
            f"batch key {batch.key} was used before for another batch",
            field="batch_key",
            problem="conflict",
        )
    return IngestReceipt(batch.key, batch.station, batch.count, batch.received_at)
