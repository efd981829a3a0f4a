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

In a shared deployment (``shared=True``, the suite server) a station's word is checked, not trusted:
only a service account bound to the station (``users.station``) sends its movements and reader
health; every movement names one of the station's own readers and a time within the server's
window (``PAST_LIMIT`` back, ``FUTURE_LIMIT`` ahead); and every stored batch or health report is
also written to the change log in the same transaction, so that the other workstations' maps follow
it live over the push stream (``StationReport``).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import NoReturn

import msgspec
from sqlalchemy import Table, bindparam, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import changelog
from app.clock import utcnow
from app.db.engine import Database
from app.db.models import IngestBatch, ReaderHealth, User
from app.errors import ValidationError
from app.rbac import Permission, Principal, system_principal
from app.remote import remote
from app.services.guard import authorize, deny
from app.stations import station_code
from app.tracking import store
from app.tracking.events import EventKind
from app.tracking.ingest import MAX_BATCH, STATION_BATCH, IngestReceipt, MovementIn, StationReport
from app.tracking.population import Population, load_population
from app.tracking.reads import LinkState, ReaderStatus

KEY_MAX = 100  # ingest_batches.key is String(100)
TAG_MAX, CODE_MAX = 64, 32  # the movements table's column widths
INGEST_BATCHES: Table = IngestBatch.metadata.tables[IngestBatch.__tablename__]
_KINDS = frozenset({EventKind.ENTER, EventKind.LEAVE})
_LINK_STATES = frozenset(LinkState)
# A shared deployment's window for a movement's time: a station replays a spool hours old after an
# outage, but a clock days off (or ahead of the server) is a broken or forged station.
PAST_LIMIT = timedelta(days=7)
FUTURE_LIMIT = timedelta(minutes=5)
MAX_STATUSES = 256  # reader health snapshots in one report
DETAIL_MAX = 500  # characters of a reader's health detail (its last error) kept and shown
# A report in which no reader's link state changed is stored but not pushed to the other
# workstations again while each reader's previous report is younger than this (a station reports
# every ``app.tracking.health.HEALTH_EVERY`` seconds, and at once on a change).
HEALTH_REPEAT = timedelta(seconds=25)
# A reader whose station has not reported its health for this long shows as stale everywhere (a
# station reports every ``hardware.station.HEALTH_EVERY`` seconds, and at once on a change).
HEALTH_TIMEOUT = timedelta(seconds=90)
_BOUND_STATION = select(User.station).where(User.id == bindparam("uid"))


class _NotTheStation(Exception):
    """A station's call from an account that is not the station's own (audited by the caller)."""

    def __init__(self, station: str) -> None:
        super().__init__(station)
        self.station = station


_status_json = msgspec.json.Encoder()
_status_of = msgspec.json.Decoder(ReaderStatus)


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
    def __init__(self, db: Database, *, shared: bool = False) -> None:
        """``shared``: the suite server of a shared deployment (see the module docstring). Readers
        assigned to no station then run nowhere until an administrator assigns them; in an embedded
        install (one workstation) they run at whichever station asks."""
        self.db = db
        self.shared = shared

    def _readers(self, station: str) -> list[tuple[str, str]]:
        return store.station_readers(self.db, station, unassigned=not self.shared)

    def _check_station(
        self,
        s: Session,
        actor: Principal,
        station: str,
        readers: set[str],
        entered: Collection[tuple[str, str]] = (),
    ) -> None:
        """In a shared deployment: ``actor`` is ``station``'s own service account (else
        ``_NotTheStation``, which the caller audits as a refusal once the transaction is gone),
        ``readers`` are the station's, and each (reader, zone) in ``entered`` is a zone that reader
        covers (an ENTER places a tag where its reader is; a LEAVE names the zone the tag left, which
        another station's reader may cover). First thing in the caller's write transaction ``s``: a
        station checks this on every batch, and a transaction of its own cost two round trips more."""
        if not self.shared:
            return
        conn = s.connection()
        bound = conn.scalar(_BOUND_STATION, {"uid": actor.user_id}) if actor.user_id else None
        if bound != station:
            raise _NotTheStation(station)
        zones = store.reader_zones(s, readers)
        owned = {code for code, owner, _antenna, _zone in zones if owner == station}
        if readers - owned:
            raise ValidationError(
                f"readers {', '.join(sorted(readers - owned))} do not belong to station {station}",
                field="reader",
                problem="not_station_reader",
            )
        wrong = sorted(set(entered) - {(code, zone) for code, _owner, _antenna, zone in zones})
        if wrong:
            raise ValidationError(
                f"reader {wrong[0][0]} does not cover zone {wrong[0][1]}",
                field="zone",
                problem="not_reader_zone",
            )

    def _refuse_station(self, actor: Principal, refused: _NotTheStation) -> NoReturn:
        station = refused.station
        deny(
            self.db,
            actor,
            Permission.TRACKING_INGEST,
            f"report the devices of station {station}",
            f"only station {station}'s own service account reports its devices",
        )

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
        limit = STATION_BATCH if self.shared else MAX_BATCH  # a station's pipeline sends no more
        if len(changes) > limit:
            raise ValidationError(
                f"at most {limit} movements in one batch", field="changes", problem="too_many"
            )
        received = utcnow()
        earliest, latest = (received - PAST_LIMIT).timestamp(), (received + FUTURE_LIMIT).timestamp()
        for m in changes:
            if (
                m.kind not in _KINDS
                or not 0 < len(m.tag_id) <= TAG_MAX
                or len(m.zone) > CODE_MAX
                or len(m.reader) > CODE_MAX
                or not math.isfinite(m.ts)
                or (self.shared and not earliest <= m.ts <= latest)
            ):
                _refuse(m, earliest, latest)
        rows = store.movement_rows(changes)
        batch = {"key": batch_key, "station": station, "received_at": received, "count": len(changes)}
        try:
            with self.db.write() as s:
                self._check_station(
                    s,
                    actor,
                    station,
                    {m.reader for m in changes if m.reader},
                    {(m.reader, m.zone) for m in changes if m.kind == EventKind.ENTER},
                )
                # The key first: a batch stored before (a replay) or being stored right now by another
                # transaction (PostgreSQL makes the primary key wait for it) stops here, before its
                # movements. No look-up first: a replay is the rare case, every flush is not.
                s.execute(insert(INGEST_BATCHES), batch)
                store.insert_movements(s, rows)
                if self.shared and changes:
                    changelog.append(s, changelog.Kind.TRACKING, StationReport(station, tuple(changes)))
        except _NotTheStation as refused:
            self._refuse_station(actor, refused)
        except IntegrityError:
            with self.db.read() as s:
                existing = s.get(IngestBatch, batch_key)
            if existing is None:
                raise
            return _receipt_again(existing, station, len(changes))  # stored once, acknowledged again
        return IngestReceipt(batch_key, station, len(changes), received)

    @remote(station="station")
    def report_health(self, actor: Principal, station: str, statuses: Sequence[ReaderStatus]) -> None:
        """Record the newest health snapshot of ``station``'s readers (machine data, not audited):
        what every workstation's reader health and map show for readers it does not run. A change
        of a reader's link state (an outage, a recovery) is also kept in the tracking history
        (``reader_events``, at the server's time), which playback shows."""
        authorize(self.db, actor, Permission.TRACKING_INGEST, "report reader health")
        station = station_code(station)
        if len(statuses) > MAX_STATUSES:
            raise ValidationError(
                f"at most {MAX_STATUSES} readers in one report", field="statuses", problem="too_many"
            )
        now = utcnow()
        latest = {st.reader: _checked_status(st, now) for st in statuses}  # one per reader, the last given
        if not latest:
            return
        try:
            with self.db.write() as s:
                self._check_station(s, actor, station, set(latest))
                news = False  # a reader's state changed, or its last report is no longer fresh everywhere
                for code, st in latest.items():
                    row = s.get(ReaderHealth, code)
                    if row is None or row.state != st.state:
                        store.add_reader_event(s, station, st, now)
                    if row is None:
                        row = ReaderHealth(reader=code)
                        s.add(row)
                        news = True
                    elif row.state != st.state or now - row.reported_at >= HEALTH_REPEAT:
                        news = True
                    row.station, row.state, row.reported_at = station, st.state, now
                    row.status = _status_json.encode(st).decode()
                if self.shared and news:
                    changelog.append(
                        s, changelog.Kind.TRACKING, StationReport(station, statuses=tuple(latest.values()))
                    )
        except _NotTheStation as refused:
            self._refuse_station(actor, refused)

    def mark_silent(self, *, now: datetime | None = None) -> int:
        """The server's job: the connected readers of a station that has not reported their health
        for ``HEALTH_TIMEOUT`` (a station that died, or lost its network) become stale, once, and
        every workstation's map is told through the push stream; how many. The station's next
        report sets them right again."""
        now = now or utcnow()
        silent: dict[str, list[ReaderStatus]] = {}
        with self.db.write() as s:
            rows = s.scalars(
                select(ReaderHealth).where(
                    ReaderHealth.state == LinkState.CONNECTED, ReaderHealth.reported_at < now - HEALTH_TIMEOUT
                )
            ).all()
            for row in rows:
                stale = replace(_status_of.decode(row.status), state=LinkState.STALE)
                row.state, row.status = stale.state, _status_json.encode(stale).decode()
                store.add_reader_event(s, row.station, stale, now)
                silent.setdefault(row.station, []).append(stale)
            if self.shared:
                for station, statuses in silent.items():
                    changelog.append(
                        s, changelog.Kind.TRACKING, StationReport(station, statuses=tuple(statuses))
                    )
        return sum(len(v) for v in silent.values())

    @remote
    def health(self, actor: Principal) -> dict[str, ReaderStatus]:
        """Every reader's newest reported health (reader code -> status); a reader whose station has
        not reported for ``HEALTH_TIMEOUT`` shows as stale."""
        authorize(self.db, actor, Permission.MAP_VIEW, "read reader health")
        silent_since = utcnow() - HEALTH_TIMEOUT
        result: dict[str, ReaderStatus] = {}
        with self.db.read() as s:
            for row in s.scalars(select(ReaderHealth)):
                status = _status_of.decode(row.status)
                if row.reported_at < silent_since and status.state == LinkState.CONNECTED:
                    status = replace(status, state=LinkState.STALE)
                result[row.reader] = status
        return result


_COUNTERS = ("frames_ok", "frames_bad", "bytes_dropped", "reconnects")


def _checked_status(st: ReaderStatus, now: datetime) -> ReaderStatus:
    """``st`` as stored and shown everywhere: a link state, counts that are counts, a finite rate,
    a last-frame time not ahead of the server's window (``FUTURE_LIMIT``; one long ago is a reader
    silent that long), and its detail cut to ``DETAIL_MAX`` characters."""
    if not isinstance(st, ReaderStatus) or not isinstance(st.reader, str) or st.state not in _LINK_STATES:
        raise ValidationError("a reader's health names a link state", field="state", problem="format")
    for name in _COUNTERS:
        value = getattr(st, name)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValidationError(f"a reader's {name} is a count", field=name, problem="out_of_range")
    rate, ts = st.reads_per_s, st.last_frame_ts
    if not isinstance(rate, int | float) or not math.isfinite(rate) or rate < 0:
        raise ValidationError(
            "a reader's read rate is a finite number", field="reads_per_s", problem="out_of_range"
        )
    if ts is not None and (
        not isinstance(ts, int | float)
        or not math.isfinite(ts)
        or not 0 <= ts <= (now + FUTURE_LIMIT).timestamp()
    ):
        raise ValidationError(
            f"a reader's last frame time is at most {FUTURE_LIMIT.seconds // 60} minutes ahead of the"
            " server's clock",
            field="last_frame_ts",
            problem="out_of_range",
        )
    if not isinstance(st.detail, str):
        raise ValidationError("a reader's health detail is text", field="detail", problem="format")
    return replace(st, detail=st.detail[:DETAIL_MAX]) if len(st.detail) > DETAIL_MAX else st


def _refuse(m: MovementIn, earliest: float, latest: float) -> NoReturn:
    """Why ``m`` cannot be stored (``ingest`` checks every movement in one expression). The problem
    code says whether a station may send the batch again: ``format``, ``too_old`` are final for its
    content; ``in_future`` is the station's clock running ahead, which it may still correct."""
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
    if not math.isfinite(m.ts):
        raise ValidationError("a movement's time is a finite number of seconds", field="ts", problem="format")
    if m.ts < earliest:
        raise ValidationError(
            f"a movement's time must be within {PAST_LIMIT.days} days before the server's clock",
            field="ts",
            problem="too_old",
        )
    raise ValidationError(
        f"a movement's time is more than {FUTURE_LIMIT.seconds // 60} minutes after the server's clock"
        " (is the station's clock ahead?)",
        field="ts",
        problem="in_future",
        ahead_s=round(m.ts - latest + FUTURE_LIMIT.total_seconds(), 1),
    )


def _receipt_again(batch: IngestBatch, station: str, count: int) -> IngestReceipt:
    if (batch.station, batch.count) != (station, count):
        raise ValidationError(
            f"batch key {batch.key} was used before for another batch",
            field="batch_key",
            problem="conflict",
        )
    return IngestReceipt(batch.key, batch.station, batch.count, batch.received_at)
