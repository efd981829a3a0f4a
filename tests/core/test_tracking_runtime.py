"""The tracking runtime as composed from plain values: reader health arrives as events, and a
mapping reload never blocks its caller (the GUI thread) on the database."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.db.engine import Database
from app.rbac import system_principal
from app.services.tracking import TrackingService
from app.tracking.events import EventBus, EventKind, TrackingEvent
from app.tracking.pipeline import IngestPipeline
from app.tracking.reads import LinkState, ReaderStatus
from app.tracking.sinks import ServiceSink
from hardware.channels import parse_reader
from hardware.runtime import ReaderEntry, TrackingMapping, TrackingRuntime
from hardware.sim.world import Beacon, Entity, World, ZoneInfo

WAIT = 3.0
OLD = TrackingMapping({("R1", 0): "HALL"}, {"0A0B0C0D": "person"})
NEW = TrackingMapping({("R1", 0): "VAULT", ("R1", 2): "GATE"}, {"0A0B0C0D": "person", "11223344": "asset"})


def wait_until(check: object, timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return
        time.sleep(0.01)
    pytest.fail("condition not reached")


class SlowRegisters:
    """A mapping provider that blocks until released, standing in for a slow database."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.calls = 0
        self.threads: list[str] = []

    def __call__(self) -> TrackingMapping:
        self.calls += 1
        self.threads.append(threading.current_thread().name)
        assert self.release.wait(WAIT)
        return NEW


@pytest.fixture
def make_runtime(db: Database, tmp_path: Path) -> Iterator[object]:
    made: list[TrackingRuntime] = []

    def make(
        readers: list[ReaderEntry], mapping: object = lambda: OLD, bus: EventBus | None = None, **kw: object
    ) -> TrackingRuntime:
        tracking, actor = TrackingService(db), system_principal("test")
        sink = ServiceSink(lambda key, moves: tracking.ingest(actor, "WS1", key, moves), "WS1")
        pipeline = IngestPipeline(sink, OLD.zone_of, OLD.known_tags, bus or EventBus())
        rt = TrackingRuntime(pipeline, readers, mapping, device_dir=tmp_path / "dev", **kw)  # type: ignore[arg-type]
        made.append(rt)
        rt.start()
        return rt

    yield make
    for rt in made:
        rt.stop()


def test_reload_mapping_returns_at_once_and_the_pipeline_gets_the_new_mapping(make_runtime) -> None:  # type: ignore[no-untyped-def]
    registers = SlowRegisters()
    rt = make_runtime([], registers)
    started = time.monotonic()
    for _ in range(5):  # a burst of register changes
        rt.reload_mapping()
    assert time.monotonic() - started < 0.05  # nothing waited for the (blocked) registers
    assert rt.pipeline.engine.zone_of == OLD.zone_of
    wait_until(lambda: registers.calls == 1)
    registers.release.set()
    wait_until(lambda: rt.mapping.reloads >= 1 and rt.pipeline.engine.zone_of == NEW.zone_of)
    assert rt.pipeline.known == NEW.known_tags
    time.sleep(0.1)
    wait_until(lambda: rt.mapping.reloads == registers.calls)
    assert registers.calls <= 2  # the burst folded into at most one more re-read
    assert set(registers.threads) == {"tracking-mapping"}  # never the caller's thread


def test_a_failing_reload_keeps_the_old_mapping(make_runtime) -> None:  # type: ignore[no-untyped-def]
    def broken() -> TrackingMapping:
        raise RuntimeError("database gone")

    rt = make_runtime([], broken)
    rt.reload_mapping()
    wait_until(lambda: rt.mapping.errors == 1)
    assert rt.pipeline.engine.zone_of == OLD.zone_of


def test_every_status_snapshot_is_a_reader_status_event(make_runtime, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    events: list[TrackingEvent] = []
    lock = threading.Lock()

    def collect(event: TrackingEvent) -> None:
        with lock:
            events.append(event)

    absent = parse_reader(f"serial://{tmp_path}/ttyUSB9?protocol=ascii")
    readers = [ReaderEntry("R1", absent), ReaderEntry("R2", None, "reader channel 'x': protocol must be ...")]
    bus = EventBus()
    bus.subscribe(collect)
    rt = make_runtime(readers, bus=bus, status_interval=0.05)

    def snapshots(code: str) -> list[ReaderStatus]:
        with lock:
            return [
                e.detail["status"] for e in events if e.kind is EventKind.READER_STATUS and e.reader == code
            ]

    def disconnected() -> list[ReaderStatus]:
        return [s for s in snapshots("R1") if s.state is LinkState.DISCONNECTED]

    wait_until(lambda: len(disconnected()) >= 4)  # periodic, while it backs off: not only on changes
    assert snapshots("R1")[0].state is LinkState.CONNECTING
    assert {s.state for s in snapshots("R1")} == {LinkState.CONNECTING, LinkState.DISCONNECTED}
    with lock:
        offline = [e for e in events if e.kind is EventKind.READER_OFFLINE and e.reader == "R1"]
    assert len(offline) == 1  # a change of state is also published once as such
    assert rt.statuses()["R1"].state is LinkState.DISCONNECTED  # the initial snapshot for a late subscriber
    (r2,) = snapshots("R2")  # an unusable channel: one snapshot saying why, and no driver
    assert r2.state is LinkState.DISCONNECTED and "protocol must be" in r2.detail
    assert rt.statuses()["R2"] == r2 and "R2" not in rt.drivers


def _hall_world(readers: list[str]) -> World:
    """One zone (HALL, heard by ``readers``) and the known tag dwelling in it, beaconing often."""
    return World(
        [ZoneInfo("HALL", "BR01", "hall", False)],
        {"HALL": readers},
        [Entity("0A0B0C0D", "person", "BR01", "HALL", "HALL", until=1e9, beacon_period=0.1)],
    )


def test_the_simulator_ignores_readers_it_does_not_simulate(make_runtime, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The world holds every enabled reader; a real one (R0: no pty here) and a simulated one whose
    URL failed the parser (R2) hear the tag too. The simulator drops their beacons and keeps
    writing the simulated reader's (R1) instead of dying on them."""
    events: list[TrackingEvent] = []
    bus = EventBus()
    bus.subscribe(events.append)
    readers = [
        ReaderEntry("R0", parse_reader(f"serial://{tmp_path}/ttyUSB9?protocol=ascii")),
        ReaderEntry("R1", parse_reader("sim://reader/R1?protocol=ascii")),
        ReaderEntry("R2", None, "reader channel 'sim://reader/R2': protocol must be ascii or binary"),
    ]
    rt = make_runtime(readers, bus=bus, world=lambda: _hall_world(["R0", "R1", "R2"]))
    assert rt.simulator is not None and set(rt.links) == {"R1"}
    wait_until(lambda: any(e.kind is EventKind.ENTER and e.tag_id == "0A0B0C0D" for e in list(events)))
    (enter,) = [e for e in list(events) if e.kind is EventKind.ENTER]
    assert (enter.zone, enter.reader) == ("HALL", "R1")
    time.sleep(0.3)
    assert rt.simulator.is_alive()
    assert rt.statuses()["R1"].state is LinkState.CONNECTED


def test_a_failing_world_is_logged_not_lost(make_runtime, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    class Broken(World):
        def step(self, dt: float) -> list[Beacon]:
            raise RuntimeError("world bug")

    broken = Broken([ZoneInfo("HALL", "BR01", "hall", False)], {"HALL": ["R1"]}, [])
    with caplog.at_level(logging.ERROR, logger="hardware.runtime"):
        rt = make_runtime(
            [ReaderEntry("R1", parse_reader("sim://reader/R1?protocol=ascii"))], world=lambda: broken
        )
        wait_until(lambda: rt.simulator is not None and not rt.simulator.is_alive())
    (record,) = [r for r in caplog.records if "simulator failed" in r.getMessage()]
    assert record.exc_info is not None and "world bug" in str(record.exc_info[1])


VAULT_BOX, VAULT_GUARD = "CB000001", "0A0B0C0D"


def _vault_world() -> World:
    """A vault (reader RV) off a corridor (reader RC): a cash box and a custodian stay in the vault,
    beaconing often; now and then the corridor's reader hears them weakly through the wall."""
    return World(
        [ZoneInfo("VAULT", "BR01", "vault", True), ZoneInfo("CORR", "BR01", "corridor", False)],
        {"VAULT": ["RV"], "CORR": ["RC"]},
        [
            Entity(VAULT_BOX, "cashbox", "BR01", "VAULT", "VAULT", until=1e9, beacon_period=0.1),
            Entity(VAULT_GUARD, "person", "BR01", "VAULT", "VAULT", until=1e9, beacon_period=0.1),
        ],
    )


@pytest.mark.parametrize("fault", ["unplug", "silence"])
def test_a_reader_outage_moves_nobody(db: Database, tmp_path: Path, fault: str) -> None:
    """Issue 11: unplugging the vault reader moved everyone in the vault to the corridor (its reader
    still hears them weakly through the wall) and, later, out of every zone. Through the real path
    (simulator -> pty -> pyserial driver -> pipeline -> tracking service): while RV is down the tags
    stay in the vault, no movement is stored for them, and when RV is back they are still there."""
    from app.tracking import store
    from app.tracking.presence import PresenceConfig

    zone_of = {("RV", 0): "VAULT", ("RC", 0): "CORR"}
    known = {VAULT_BOX: "cashbox", VAULT_GUARD: "person"}
    tracking, actor = TrackingService(db), system_principal("test")
    sink = ServiceSink(lambda key, moves: tracking.ingest(actor, "WS1", key, moves), "WS1")
    config = PresenceConfig(switch_after=0.5, leave_after=1.5)  # the minutes, in seconds
    pipeline = IngestPipeline(sink, zone_of, known, EventBus(), config=config, expire_interval=0.2)
    readers = [ReaderEntry(c, parse_reader(f"sim://reader/{c}?protocol=ascii")) for c in ("RV", "RC")]
    rt = TrackingRuntime(
        pipeline,
        readers,
        lambda: TrackingMapping(zone_of, known),
        world=_vault_world,
        device_dir=tmp_path / "dev",
        stale_after=0.5,
        status_interval=0.1,
    )
    rt.start()
    try:
        wait_until(
            lambda: (
                {t: z for t, (z, _s) in rt.presence().items()} == {VAULT_BOX: "VAULT", VAULT_GUARD: "VAULT"}
            )
        )
        wait_until(lambda: len(store.movements_between(db, 0, 2e9)) == 2)
        rt.unplug("RV") if fault == "unplug" else rt.silence("RV")
        down = LinkState.DISCONNECTED if fault == "unplug" else LinkState.STALE
        wait_until(lambda: rt.statuses()["RV"].state is down)
        time.sleep(4.0)  # through-the-wall reads by RC, and far past leave_after
        assert {t: z for t, (z, _s) in rt.presence().items()} == {VAULT_BOX: "VAULT", VAULT_GUARD: "VAULT"}
        assert rt.pipeline.engine.reads > 0  # RC kept reading (the weak reads through the wall)
        rt.replug("RV") if fault == "unplug" else rt.silence("RV", False)
        wait_until(lambda: rt.statuses()["RV"].state is LinkState.CONNECTED)
        time.sleep(1.0)
        assert {t: z for t, (z, _s) in rt.presence().items()} == {VAULT_BOX: "VAULT", VAULT_GUARD: "VAULT"}
    finally:
        rt.stop()
    moves = store.movements_between(db, 0, 2e9)
    assert [(m.tag_id, m.kind, m.zone) for m in moves] == [
        (m.tag_id, EventKind.ENTER, "VAULT") for m in moves
    ] and len(moves) == 2  # no false leave, no false enter in the corridor
    assert store.current_presence(db).keys() == {VAULT_BOX, VAULT_GUARD}
