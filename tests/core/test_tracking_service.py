"""The tracking service a station runs its devices through: its readers and their mapping, the
presence to restore, and the idempotent ingest of its movements, called as an insider with a script
would (permissions are the service's), on SQLite and PostgreSQL."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from datetime import timedelta

import msgspec
import pytest
from sqlalchemy import func, select, update

from app import changelog, demo, security
from app.audit import AuditQuery
from app.clock import utcnow
from app.db.bootstrap import open_database
from app.db.engine import Database
from app.db.models import IngestBatch, Movement, Reader, ReaderHealth, User
from app.errors import PermissionDenied, ValidationError
from app.rbac import Principal, Role, system_principal
from app.services import Services
from app.services.guard import principal_of
from app.services.sessions import SessionService
from app.services.tracking import StationMapping, TrackingService, station_principal
from app.tracking import store
from app.tracking.events import EventBus, EventKind
from app.tracking.ingest import MAX_BATCH, IngestReceipt, MovementIn, StationReport, apply_movements
from app.tracking.population import Population
from app.tracking.presence import PresenceChange
from app.tracking.reads import LinkState, ReaderStatus

ROOT = system_principal("test")
WS1 = demo.DEMO_STATION


@pytest.fixture
def seeded(services: Services, monkeypatch: pytest.MonkeyPatch) -> Services:
    monkeypatch.setattr(security, "LOG2_N", 10)  # the documented test knob: seeding is faster
    demo.seed_demo(services.db)
    return services


@pytest.fixture
def make_user(services: Services) -> Callable[..., Principal]:
    def make(username: str, *roles: Role, station: str | None = None) -> Principal:
        if Role.STATION in roles and station is None:
            station = username.upper()  # make_user("ws1", Role.STATION) is station WS1's account
        if station is not None:  # one account per station: the demo's station1 gives WS1 up to it
            with services.db.write() as s:
                s.execute(update(User).where(User.station == station.strip().upper()).values(station=None))
        services.identity.create_user(
            ROOT, username, username.title(), "pw-0123456789", roles, station=station, reason="t"
        )
        with services.db.read() as s:
            return principal_of(s.scalars(select(User).where(User.username == username)).one())

    return make


def moves(n: int, t0: float = 1_800_000_000.0, tag: str = "0A0B0C0D") -> list[MovementIn]:
    kinds = (EventKind.ENTER, EventKind.LEAVE)
    return [MovementIn(tag, kinds[i % 2], f"Z{i // 2}", "R1", -50, t0 + i) for i in range(n)]


def stored(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Movement)) or 0


def set_station(db: Database, codes: list[str], station: str | None) -> None:
    with db.write() as s:
        s.execute(update(Reader).where(Reader.code.in_(codes)).values(station=station))


# -- the station's mapping, presence and population ------------------------------------------------


def test_the_demo_station_runs_every_demo_reader_with_its_mapping(seeded: Services) -> None:
    db = seeded.db
    mapping = seeded.tracking.mapping(station_principal(WS1), WS1)
    assert [(r.code, r.url) for r in mapping.readers] == store.enabled_readers(db)
    assert mapping.zone_of() == store.zone_map(db) and mapping.known_tags == store.known_tags(db)
    assert mapping.station == WS1 and all(r.url.startswith("sim://") for r in mapping.readers)


def test_a_station_gets_only_its_readers_and_unassigned_ones_only_when_embedded(seeded: Services) -> None:
    db = seeded.db
    codes = [code for code, _ in store.enabled_readers(db)]
    set_station(db, codes[:2], None)  # unassigned
    set_station(db, codes[2:4], "WS2")
    embedded = seeded.tracking
    server = TrackingService(db, shared=True)

    def runs(service: TrackingService, station: str) -> list[str]:
        return [r.code for r in service.mapping(ROOT, station).readers]

    assert runs(embedded, "ws2") == sorted(codes[:4])  # codes are upper-cased
    assert runs(embedded, WS1) == sorted(codes[:2] + codes[4:])
    assert runs(server, "WS2") == sorted(codes[2:4])
    assert runs(server, WS1) == sorted(codes[4:])
    assert runs(server, "WS3") == [] and server.mapping(ROOT, "WS3").zones == ()
    zone_of = server.mapping(ROOT, "WS2").zone_of()
    assert {reader for reader, _ in zone_of} == set(codes[2:4])  # no other station's readers


def test_presence_is_the_stored_presence_in_the_zones_the_station_covers(seeded: Services) -> None:
    db = seeded.db
    codes = [code for code, _ in store.enabled_readers(db)]
    zone_of = store.zone_map(db)
    branch = next(c for c in codes if c.startswith("BR01"))
    center = next(c for c in codes if c.startswith("OC01"))
    now = time.time()
    store.save_movements(
        db,
        [
            PresenceChange("AAAA0001", EventKind.ENTER, zone_of[(branch, 0)], branch, -50, now, 0.0),
            PresenceChange("AAAA0002", EventKind.ENTER, zone_of[(center, 0)], center, -50, now, 0.0),
        ],
    )
    set_station(db, [c for c in codes if c.startswith("OC01")], "WS2")
    server = TrackingService(db, shared=True)
    assert set(server.presence(ROOT, WS1)) == {"AAAA0001"}
    assert server.presence(ROOT, "WS2") == {"AAAA0002": (zone_of[(center, 0)], pytest.approx(now))}
    assert set(seeded.tracking.presence(ROOT, WS1)) == {"AAAA0001"}


def test_the_population_is_the_simulated_world_of_the_registers(seeded: Services) -> None:
    population = seeded.tracking.population(ROOT, WS1)
    assert sum(len(readers) for readers in population.readers.values()) == len(
        store.enabled_readers(seeded.db)
    )
    assert {c.tag_id for c in population.carriers} <= set(store.known_tags(seeded.db))


def test_what_a_station_exchanges_goes_over_the_wire_unchanged(seeded: Services) -> None:
    tracking = seeded.tracking
    mapping = tracking.mapping(ROOT, WS1)
    assert msgspec.json.decode(msgspec.json.encode(mapping), type=StationMapping) == mapping
    population = tracking.population(ROOT, WS1)
    assert msgspec.json.decode(msgspec.json.encode(population), type=Population) == population
    batch = moves(3)
    assert msgspec.json.decode(msgspec.json.encode(batch), type=list[MovementIn]) == batch
    receipt = tracking.ingest(ROOT, WS1, "WS1:wire", batch)
    assert msgspec.json.decode(msgspec.json.encode(receipt), type=IngestReceipt) == receipt
    presence = tracking.presence(ROOT, WS1)
    assert msgspec.json.decode(msgspec.json.encode(presence), type=dict[str, tuple[str, float]]) == presence
    for name in ("mapping", "presence", "population", "ingest"):
        assert getattr(getattr(TrackingService, name), "__remote__", False) is True


# -- ingest ----------------------------------------------------------------------------------------


def test_a_repeated_batch_key_stores_nothing_and_returns_the_same_receipt(services: Services) -> None:
    tracking, db = services.tracking, services.db
    first = tracking.ingest(ROOT, "ws1", "WS1:b1", moves(4))
    assert (first.batch_key, first.station, first.count) == ("WS1:b1", "WS1", 4)
    assert tracking.ingest(ROOT, "WS1", "WS1:b1", moves(4)) == first
    assert stored(db) == 4
    second = tracking.ingest(ROOT, "WS1", "WS1:b2", moves(2, t0=1_800_000_100.0))
    assert second.count == 2 and stored(db) == 6
    with db.read() as s:
        assert [
            (b.key, b.station, b.count) for b in s.scalars(select(IngestBatch).order_by(IngestBatch.key))
        ] == [
            ("WS1:b1", "WS1", 4),
            ("WS1:b2", "WS1", 2),
        ]
    rows = store.movements_between(db, 1_799_999_999.0, 1_800_000_200.0)
    assert [(m.kind, m.zone, m.ts) for m in rows[:2]] == [
        (EventKind.ENTER, "Z0", 1_800_000_000.0),
        (EventKind.LEAVE, "Z0", 1_800_000_001.0),
    ]


def test_an_empty_batch_is_acknowledged_and_remembered(services: Services) -> None:
    receipt = services.tracking.ingest(ROOT, "WS1", "WS1:empty", [])
    assert receipt.count == 0 and services.tracking.ingest(ROOT, "WS1", "WS1:empty", []) == receipt


def test_a_key_reused_for_another_batch_is_refused(services: Services) -> None:
    services.tracking.ingest(ROOT, "WS1", "WS1:k", moves(2))
    with pytest.raises(ValidationError) as err:
        services.tracking.ingest(ROOT, "WS1", "WS1:k", moves(3))
    assert err.value.params["problem"] == "conflict"
    with pytest.raises(ValidationError):
        services.tracking.ingest(ROOT, "WS2", "WS1:k", moves(2))
    assert stored(services.db) == 2


def test_the_same_batch_sent_at_once_from_two_processes_is_stored_once(
    services: Services, db_url: str
) -> None:
    """Two workstations' worth of engines: on PostgreSQL the second insert of the key waits for the
    first transaction, then the service acknowledges the stored batch instead of failing."""
    other = open_database(db_url)
    try:
        services_b = TrackingService(other)
        barrier = threading.Barrier(2)
        receipts: list[IngestReceipt] = []
        errors: list[BaseException] = []

        def send(service: TrackingService) -> None:
            barrier.wait()
            try:
                receipts.append(service.ingest(ROOT, "WS1", "WS1:race", moves(50)))
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=send, args=(s,)) for s in (services.tracking, services_b)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert not errors, errors
        assert len(receipts) == 2 and receipts[0] == receipts[1]
        assert stored(services.db) == 50
    finally:
        other.dispose()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (MovementIn("T", EventKind.TAMPER, "Z", "R", -50, 1.0), "kind"),
        (MovementIn("T" * 65, EventKind.ENTER, "Z", "R", -50, 1.0), "tag_id"),
        (MovementIn("", EventKind.ENTER, "Z", "R", -50, 1.0), "tag_id"),
        (MovementIn("T", EventKind.ENTER, "Z" * 33, "R", -50, 1.0), "zone"),
        (MovementIn("T", EventKind.ENTER, "Z", "R" * 33, -50, 1.0), "reader"),
        (MovementIn("T", EventKind.ENTER, "Z", "R", -50, float("nan")), "ts"),
    ],
)
def test_a_malformed_movement_refuses_the_whole_batch(
    services: Services, change: MovementIn, field: str
) -> None:
    with pytest.raises(ValidationError) as err:
        services.tracking.ingest(ROOT, "WS1", "WS1:bad", [*moves(2), change])
    assert err.value.params["field"] == field
    assert stored(services.db) == 0
    assert services.tracking.ingest(ROOT, "WS1", "WS1:bad", moves(2)).count == 2  # the key is still free


def test_keys_stations_and_batch_sizes_are_bounded(services: Services) -> None:
    tracking = services.tracking
    for key in ("", "K" * 101):
        with pytest.raises(ValidationError):
            tracking.ingest(ROOT, "WS1", key, moves(1))
    for station in ("", "WS 1", "W" * 33, "-WS"):
        with pytest.raises(ValidationError):
            tracking.ingest(ROOT, station, "WS1:x", moves(1))
    with pytest.raises(ValidationError):
        tracking.ingest(ROOT, "WS1", "WS1:big", moves(MAX_BATCH + 1))
    assert stored(services.db) == 0


# -- permissions -----------------------------------------------------------------------------------


def test_only_a_station_account_or_an_administrator_runs_a_station(
    services: Services, make_user: Callable[..., Principal]
) -> None:
    tracking = services.tracking
    operator = make_user("op", Role.OPERATOR)  # watches the map, runs no devices
    calls: list[Callable[[Principal], object]] = [
        lambda who: tracking.ingest(who, "WS1", f"WS1:{who.username}", moves(1)),
        lambda who: tracking.mapping(who, "WS1"),
        lambda who: tracking.presence(who, "WS1"),
        lambda who: tracking.population(who, "WS1"),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call(operator)
    records, _ = services.audit.query(ROOT, AuditQuery(action_prefix="security.denied"))
    assert [(r.actor_name, r.target_id) for r in records] == [("op", "tracking.ingest")] * 4
    assert stored(services.db) == 0
    for who in (make_user("ws1", Role.STATION), make_user("boss", Role.ADMIN)):
        for call in calls:
            call(who)
    assert stored(services.db) == 2
    records, _ = services.audit.query(ROOT, AuditQuery(action_prefix=""))
    assert not [r for r in records if r.action.startswith("tracking")]  # machine data: not audited


def test_a_locked_station_account_is_refused_at_once(
    services: Services, make_user: Callable[..., Principal]
) -> None:
    station = make_user("ws1", Role.STATION)
    services.tracking.ingest(station, "WS1", "WS1:a", moves(1))
    with services.db.write() as s:
        user = s.get(User, station.user_id)
        assert user is not None
        user.active = False
    with pytest.raises(PermissionDenied):
        services.tracking.ingest(station, "WS1", "WS1:b", moves(1))


# -- presence after movements that have not reached the service yet -----------------------------------


def test_spooled_movements_apply_on_top_of_the_stored_presence() -> None:
    presence = {"A": ("HALL", 1.0), "B": ("VAULT", 2.0)}
    pending = [
        MovementIn("A", EventKind.LEAVE, "HALL", "R", -50, 3.0),
        MovementIn("A", EventKind.ENTER, "VAULT", "R", -50, 3.0),
        MovementIn("B", EventKind.LEAVE, "HALL", "R", -50, 4.0),  # not where B is: no effect
        MovementIn("C", EventKind.ENTER, "GATE", "R", -50, 5.0),
    ]
    assert apply_movements(presence, pending) == {
        "A": ("VAULT", 3.0),
        "B": ("VAULT", 2.0),
        "C": ("GATE", 5.0),
    }
    assert presence == {"A": ("HALL", 1.0), "B": ("VAULT", 2.0)}  # unchanged


# -- a shared deployment checks a station's word ---------------------------------------------------


def test_in_a_shared_deployment_only_the_bound_station_account_reports_its_own_readers(
    seeded: Services, make_user: Callable[..., Principal]
) -> None:
    db = seeded.db
    server = TrackingService(db, shared=True)
    codes = [code for code, _ in store.enabled_readers(db)]
    set_station(db, codes[:1], "WS2")
    mine, theirs = codes[1], codes[0]
    ws1, ws2, admin = (
        make_user("ws1", Role.STATION),
        make_user("ws2", Role.STATION),
        make_user("boss", Role.ADMIN),
    )
    now = time.time()

    zone_of = store.zone_map(db)

    def batch(reader: str, ts: float = now, zone: str = "") -> list[MovementIn]:
        return [MovementIn("0A0B0C0D", EventKind.ENTER, zone or zone_of[(reader, 0)], reader, -50, ts)]

    server.ingest(ws1, WS1, "WS1:ok", batch(mine))
    for who, station in ((ws2, WS1), (admin, WS1)):  # another station's account, an unbound administrator
        with pytest.raises(PermissionDenied):
            server.ingest(who, station, f"{station}:{who.username}", batch(mine))
    with pytest.raises(ValidationError) as refused:  # WS1's account, a reader of WS2
        server.ingest(ws1, WS1, "WS1:theirs", batch(theirs))
    assert refused.value.params["problem"] == "not_station_reader"
    with pytest.raises(
        ValidationError
    ) as elsewhere:  # its own reader, placing a tag in a zone it does not see
        server.ingest(ws1, WS1, "WS1:vault", batch(mine, zone=zone_of[(theirs, 0)]))
    assert elsewhere.value.params["problem"] == "not_reader_zone"
    left = [MovementIn("0A0B0C0D", EventKind.LEAVE, zone_of[(theirs, 0)], mine, -50, now)]
    server.ingest(ws1, WS1, "WS1:left", left)  # a tag seen by its reader left the zone where it was
    # a clock days behind (final for the batch), minutes ahead (the station may correct it), broken
    for ts, problem in ((now - 8 * 86400, "too_old"), (now + 600, "in_future"), (math.nan, "format")):
        with pytest.raises(ValidationError) as late:
            server.ingest(ws1, WS1, f"WS1:{ts}", batch(mine, ts))
        assert (late.value.params["field"], late.value.params["problem"]) == ("ts", problem)
    assert stored(db) == 2
    records, _ = seeded.audit.query(ROOT, AuditQuery(action_prefix="security.denied"))
    assert {r.actor_name for r in records} == {"ws2", "boss"}
    with pytest.raises(PermissionDenied):
        server.report_health(ws2, WS1, [status(mine)])
    with pytest.raises(ValidationError):
        server.report_health(ws1, WS1, [status(theirs)])


def status(reader: str, state: LinkState = LinkState.CONNECTED) -> ReaderStatus:
    return ReaderStatus(reader, state, time.time(), 10, 0, 0, 0, 2.5)


def test_what_a_station_reports_reaches_the_change_log_and_reader_health(
    seeded: Services, make_user: Callable[..., Principal]
) -> None:
    db = seeded.db
    server = TrackingService(db, shared=True)
    reader = store.enabled_readers(db)[0][0]
    ws1 = make_user("ws1", Role.STATION)
    top = changelog.appended()
    before = len(changelog.read_since(db, 0))
    zone = store.zone_map(db)[(reader, 0)]
    server.ingest(
        ws1, WS1, "WS1:a", [MovementIn("0A0B0C0D", EventKind.ENTER, zone, reader, -50, time.time())]
    )
    server.report_health(ws1, WS1, [status(reader, LinkState.STALE), status(reader)])  # the last one counts
    assert changelog.appended() == top + 2
    changelog.publish_pending(db)
    rows = changelog.read_since(db, 0)[before:]
    reports = [
        msgspec.json.decode(r.payload, type=StationReport) for r in rows if r.kind == changelog.Kind.TRACKING
    ]
    assert [(r.station, len(r.moves), [st.state for st in r.statuses]) for r in reports] == [
        (WS1, 1, []),
        (WS1, 0, [LinkState.CONNECTED]),
    ]
    health = server.health(ROOT)
    assert set(health) == {reader} and health[reader].state == LinkState.CONNECTED
    assert health[reader].reads_per_s == 2.5
    assert seeded.tracking.ingest(station_principal(WS1), WS1, "WS1:b", moves(1)).count == 1
    assert changelog.appended() == top + 2  # embedded: no push stream, nothing logged for it
    with db.write() as s:  # the station went silent 2 minutes ago
        s.execute(update(ReaderHealth).values(reported_at=utcnow() - timedelta(minutes=2)))
    assert server.health(ROOT)[reader].state == LinkState.STALE
    # the server's job tells every map once (the push stream), and the station's next report heals it
    logged = changelog.appended()
    assert server.mark_silent() == 1 and server.mark_silent() == 0
    assert changelog.appended() == logged + 1
    changelog.publish_pending(db)
    last = msgspec.json.decode(changelog.read_since(db, 0)[-1].payload, type=StationReport)
    assert (last.station, [(st.reader, st.state) for st in last.statuses]) == (
        WS1,
        [(reader, LinkState.STALE)],
    )
    server.report_health(ws1, WS1, [status(reader)])
    assert server.health(ROOT)[reader].state == LinkState.CONNECTED
    operator = make_user("op", Role.OPERATOR)
    assert set(server.health(operator)) == {reader}  # the map's viewers read it
    with pytest.raises(PermissionDenied):
        server.health(make_user("k", Role.KEYER))


def test_a_station_account_signs_in_as_its_own_station_only(
    seeded: Services, make_user: Callable[..., Principal]
) -> None:
    make_user("ws1", Role.STATION)
    sessions = SessionService(seeded.db, seeded.identity)
    assert sessions.open_with_password("ws1", "pw-0123456789", "ws1").station == "ws1"
    with pytest.raises(PermissionDenied):
        sessions.open_with_password("ws1", "pw-0123456789", "WS2")
    for roles, station in (
        ([Role.STATION], None),
        ([Role.STATION, Role.OPERATOR], "WS3"),
        ([Role.OPERATOR], "WS3"),
    ):
        with pytest.raises(ValidationError):
            seeded.identity.create_user(ROOT, "x", "X", "pw-0123456789", roles, station=station, reason="t")


def test_presence_is_each_tags_newest_movement_by_time_not_by_arrival(seeded: Services) -> None:
    """A station replaying its spool after an outage stores old movements after newer ones."""
    now = time.time()
    store.save_movements(
        seeded.db,
        [PresenceChange("AAAA0009", EventKind.ENTER, "BR01-GATE", "R", -50, now, 0.0)],
    )
    store.save_movements(  # stored later, happened an hour earlier
        seeded.db,
        [PresenceChange("AAAA0009", EventKind.ENTER, "BR01-COUNTER", "R", -50, now - 3600, 0.0)],
    )
    assert store.current_presence(seeded.db)["AAAA0009"] == ("BR01-GATE", pytest.approx(now))
    assert store.presence_at(seeded.db, now - 60)["AAAA0009"][0] == "BR01-COUNTER"


# -- one station account cannot flood the server -------------------------------------------------------


def test_a_station_sends_at_most_what_its_pipeline_flushes_in_one_batch(
    seeded: Services, make_user: Callable[..., Principal]
) -> None:
    from app.tracking.ingest import STATION_BATCH
    from app.tracking.pipeline import IngestPipeline

    db = seeded.db
    ws1 = make_user("ws1", Role.STATION)
    reader = store.enabled_readers(db)[0][0]
    zone = store.zone_map(db)[(reader, 0)]
    now = time.time()
    batch = [MovementIn("0A0B0C0D", EventKind.ENTER, zone, reader, -50, now)] * (STATION_BATCH + 1)
    with pytest.raises(ValidationError) as refused:
        TrackingService(db, shared=True).ingest(ws1, WS1, "WS1:flood", batch)
    assert refused.value.params["problem"] == "too_many"
    assert (
        TrackingService(db, shared=True).ingest(ws1, WS1, "WS1:full", batch[:STATION_BATCH]).count
        == STATION_BATCH
    )
    assert seeded.tracking.ingest(ROOT, WS1, "WS1:own", moves(STATION_BATCH + 1)).count == STATION_BATCH + 1
    pipeline = IngestPipeline(lambda changes: None, {}, {}, EventBus())  # type: ignore[arg-type]
    assert pipeline.flush_max == STATION_BATCH  # what a station's pipeline hands its spool at once


def test_a_station_reports_reader_health_that_is_health(
    seeded: Services, make_user: Callable[..., Principal]
) -> None:
    db = seeded.db
    server = TrackingService(db, shared=True)
    ws1 = make_user("ws1", Role.STATION)
    reader = store.enabled_readers(db)[0][0]
    good = status(reader)
    year = 365 * 86400.0
    for forged in (
        ReaderStatus(reader, LinkState.CONNECTED, time.time() + 10 * year, 1, 0, 0, 0, 1.0),
        ReaderStatus(reader, LinkState.CONNECTED, time.time() + 600, 1, 0, 0, 0, 1.0),  # 10 min ahead
        ReaderStatus(reader, LinkState.CONNECTED, float("nan"), 1, 0, 0, 0, 1.0),
        ReaderStatus(reader, LinkState.CONNECTED, -1.0, 1, 0, 0, 0, 1.0),
        ReaderStatus(reader, LinkState.CONNECTED, None, -5, 0, 0, 0, 1.0),
        ReaderStatus(reader, LinkState.CONNECTED, None, 0, -1, 0, 0, 1.0),
        ReaderStatus(reader, LinkState.CONNECTED, None, 0, 0, -1, 0, 1.0),
        ReaderStatus(reader, LinkState.CONNECTED, None, 0, 0, 0, -1, 1.0),
        ReaderStatus(reader, LinkState.CONNECTED, None, 0, 0, 0, 0, float("inf")),
        ReaderStatus(reader, LinkState.CONNECTED, None, 0, 0, 0, 0, -1.0),
        ReaderStatus(reader, "exploded", None, 0, 0, 0, 0, 1.0),  # type: ignore[arg-type]
    ):
        with pytest.raises(ValidationError):
            server.report_health(ws1, WS1, [good, forged])
    assert server.health(ROOT) == {}  # nothing of a refused report is stored
    silent = ReaderStatus(
        reader, LinkState.DISCONNECTED, time.time() - 30 * 86400, 9, 0, 0, 3, 0.0, "x" * 900_000
    )
    server.report_health(ws1, WS1, [silent])  # a reader silent for a month; its error cut short
    stored = server.health(ROOT)[reader]
    assert stored.detail == "x" * 500 and stored.last_frame_ts == silent.last_frame_ts
    assert stored.state == LinkState.DISCONNECTED


def test_a_repeated_health_report_is_stored_but_pushed_again_only_when_due(
    seeded: Services, make_user: Callable[..., Principal]
) -> None:
    db = seeded.db
    server = TrackingService(db, shared=True)
    ws1 = make_user("ws1", Role.STATION)
    reader = store.enabled_readers(db)[0][0]
    top = changelog.appended()
    for _ in range(50):
        server.report_health(ws1, WS1, [status(reader)])
    assert changelog.appended() == top + 1  # the first one; the others said nothing new
    with db.read() as s:
        first = s.get(ReaderHealth, reader)
        assert first is not None and utcnow() - first.reported_at < timedelta(seconds=5)  # kept fresh
    server.report_health(ws1, WS1, [status(reader, LinkState.STALE)])  # a change: pushed at once
    assert changelog.appended() == top + 2
    server.report_health(ws1, WS1, [status(reader, LinkState.STALE)])
    assert changelog.appended() == top + 2
    with db.write() as s:  # the periodic report 25 s later is pushed: the other maps see it alive
        s.execute(update(ReaderHealth).values(reported_at=utcnow() - timedelta(seconds=25)))
    server.report_health(ws1, WS1, [status(reader, LinkState.STALE)])
    assert changelog.appended() == top + 3


def test_a_station_account_at_a_foreign_station_is_refused_before_its_password_counts(
    seeded: Services, make_user: Callable[..., Principal]
) -> None:
    """Refused before the password or PIN is checked: no auth.login (nor card.verified) in the audit
    log for a log-in that did not happen, no last log-in time, and wrong guesses there lock nothing."""
    ws1 = make_user("ws1", Role.STATION)
    assert ws1.user_id is not None
    seeded.identity.issue_card(ROOT, ws1.user_id, "CARDWS1", "471902", "t")
    sessions = SessionService(seeded.db, seeded.identity)
    top = max(r.id for r in seeded.audit.query(ROOT, AuditQuery(action_prefix=""))[0])
    for attempt in (
        lambda: sessions.open_with_password("ws1", "pw-0123456789", "WS2"),
        lambda: sessions.open_with_password(" ws1 ", "wrong", "WS2"),
        lambda: sessions.open_with_password("ws1", "wrong", "ws2"),
        lambda: sessions.open_with_password("ws1", "wrong", "WS3"),
        lambda: sessions.open_with_card("cardws1", "4711", "WS2"),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    records, _ = seeded.audit.query(ROOT, AuditQuery(action_prefix=""))
    assert sorted(r.action for r in records if r.id > top) == ["security.denied"] * 5
    with seeded.db.read() as s:
        user = s.get(User, ws1.user_id)
        assert user is not None and (user.failed_attempts, user.locked_at, user.last_login_at) == (
            0,
            None,
            None,
        )
    assert sessions.open_with_card("CARDWS1", "471902", "ws1").station == "ws1"  # at its own station it can


def test_a_reader_outage_and_its_recovery_are_kept_for_playback(
    seeded: Services, make_user: Callable[..., Principal], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 11: the outage and the recovery are stored with their times (each change of link state,
    at the server's clock; repeated reports of one state add nothing), in embedded mode and from the
    server's silent-station job, and playback reads each reader's state at the start of its range
    and its changes in it."""
    import app.services.tracking as tracking_module

    db, reader = seeded.db, store.enabled_readers(seeded.db)[0][0]
    clock = [utcnow()]
    monkeypatch.setattr(tracking_module, "utcnow", lambda: clock[0])
    embedded, station = seeded.tracking, station_principal(WS1)

    def report(state: LinkState, after: float) -> None:
        clock[0] += timedelta(seconds=after)
        embedded.report_health(station, WS1, [status(reader, state)])

    t0 = clock[0].timestamp()
    report(LinkState.CONNECTED, 0)
    report(LinkState.CONNECTED, 30)  # the periodic report: no change
    report(LinkState.DISCONNECTED, 30)  # t0 + 60: unplugged
    report(LinkState.DISCONNECTED, 30)
    report(LinkState.CONNECTED, 120)  # t0 + 210: back
    # shared: the station goes silent; the server's job marks the reader stale, once
    server = TrackingService(db, shared=True)
    clock[0] += timedelta(minutes=5)
    assert server.mark_silent(now=clock[0]) == 1 and server.mark_silent(now=clock[0]) == 0
    stale_at = clock[0].timestamp()

    playback = seeded.positions.movements(make_user("op", Role.OPERATOR), t0 + 100, stale_at + 1)
    (before,) = playback.readers.values()
    assert (before.reader, before.state) == (reader, LinkState.DISCONNECTED)
    assert before.ts == pytest.approx(t0 + 60)
    assert [(c.state, round(c.ts - t0)) for c in playback.reader_changes] == [
        (LinkState.CONNECTED, 210),
        (LinkState.STALE, round(stale_at - t0)),
    ]
    assert all(c.reader == reader and c.last_frame_ts is not None for c in playback.reader_changes)
    everything = seeded.positions.movements(ROOT, t0 - 1, stale_at + 1)
    assert everything.readers == {}
    assert [c.state for c in everything.reader_changes] == [
        LinkState.CONNECTED,
        LinkState.DISCONNECTED,
        LinkState.CONNECTED,
        LinkState.STALE,
    ]
    with pytest.raises(PermissionDenied):
        seeded.positions.movements(make_user("k", Role.KEYER), t0, stale_at)
