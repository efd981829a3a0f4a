"""The station's movement spool: batches are durable before they are sent, sent in order, removed
only once acknowledged, replayed under the same keys after an outage, a lost answer, a crash or a
restart; the real tracking service (SQLite and PostgreSQL) stores each batch once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import demo, security
from app.db.engine import Database
from app.db.models import IngestBatch, Movement
from app.errors import PermissionDenied, SpoolInUse, Unreachable, ValidationError
from app.rbac import system_principal
from app.services import Services
from app.services.tracking import TrackingService
from app.tracking import store
from app.tracking.events import EventBus, EventKind, TrackingEvent
from app.tracking.ingest import IngestReceipt, MovementIn
from app.tracking.pipeline import IngestPipeline
from app.tracking.presence import PresenceChange
from app.tracking.reads import TagRead
from app.tracking.spool import Spool, SpoolFull, SpoolingSink
from hardware.compose import build_tracking

ROOT = Path(__file__).resolve().parents[2]
ACTOR = system_principal("station:WS1")
WAIT = 5.0


def wait_for(cond: Callable[[], bool], timeout: float = WAIT) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return
        time.sleep(0.005)
    raise AssertionError("condition not reached")


def moves(n: int, tag: str = "0A0B0C0D", t0: float = 1_800_000_000.0) -> list[MovementIn]:
    kinds = (EventKind.ENTER, EventKind.LEAVE)
    return [MovementIn(tag, kinds[i % 2], f"Z{i // 2}", "R1", -50 - i, t0 + i / 10) for i in range(n)]


def changes(n: int, tag: str = "0A0B0C0D") -> list[PresenceChange]:
    return [PresenceChange(m.tag_id, m.kind, m.zone, m.reader, m.rssi, m.ts, 0.0) for m in moves(n, tag)]  # type: ignore[arg-type]


class FakeServer:
    """Stands in for the tracking service behind a network: unreachable ``fail`` times (or while
    ``down``), then acknowledging; it stores a key once, as the real service does."""

    def __init__(self, fail: int = 0, error: Exception | None = None) -> None:
        self.fail = fail
        self.error = error or Unreachable("the suite server cannot be reached", target="test")
        self.down = threading.Event()
        self.attempts: list[str] = []
        self.stored: dict[str, list[MovementIn]] = {}
        self.lock = threading.Lock()

    def __call__(self, key: str, batch: list[MovementIn]) -> IngestReceipt:
        with self.lock:
            self.attempts.append(key)
            if self.fail > 0 or self.down.is_set():
                self.fail = max(0, self.fail - 1)
                raise self.error
            self.stored.setdefault(key, list(batch))
            return IngestReceipt(key, "WS1", len(batch), datetime(2026, 1, 1, tzinfo=UTC))


@pytest.fixture
def sinks() -> Iterator[Callable[..., SpoolingSink]]:
    made: list[SpoolingSink] = []

    def make(
        spool: Spool, ingest: Callable[[str, list[MovementIn]], IngestReceipt], **kw: float
    ) -> SpoolingSink:
        sink = SpoolingSink(spool, ingest, "WS1", retry_initial=0.01, retry_max=0.05, **kw)
        made.append(sink)
        sink.start()
        return sink

    yield make
    for sink in made:
        sink.close(2.0)


def service_ingest(db: Database) -> Callable[[str, list[MovementIn]], IngestReceipt]:
    tracking = TrackingService(db)
    return lambda key, batch: tracking.ingest(ACTOR, "WS1", key, batch)


def stored_movements(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Movement)) or 0


# -- order, outages, refusals ----------------------------------------------------------------------


def test_batches_go_in_order_once_the_server_answers_after_failing(tmp_path: Path, sinks) -> None:  # type: ignore[no-untyped-def]
    server = FakeServer(fail=3)
    spool = Spool(tmp_path / "spool")
    sink = sinks(spool, server)
    for i in range(5):
        sink.save(changes(2, tag=f"0000000{i}"))
    wait_for(lambda: len(server.stored) == 5)
    assert [batch[0].tag_id for batch in server.stored.values()] == [f"0000000{i}" for i in range(5)]
    assert server.attempts[:4] == [server.attempts[0]] * 4  # the first batch, until it got through
    assert len(spool) == 0 and sink.stats().sent == 5 and sink.stats().failures == 3
    assert sink.stats().online


def test_while_unreachable_batches_accumulate_and_replay_in_order_under_their_keys(  # type: ignore[no-untyped-def]
    tmp_path: Path, sinks
) -> None:
    server = FakeServer()
    server.down.set()
    spool = Spool(tmp_path / "spool")
    sink = sinks(spool, server)
    for i in range(6):
        sink.save(changes(3, tag=f"0000001{i}"))
    wait_for(lambda: len(server.attempts) >= 3)
    spooled = [b.key for b in spool.pending()]
    assert len(spooled) == 6 and set(server.attempts) == {spooled[0]}  # only ever the oldest
    assert not sink.stats().online and "Unreachable" in sink.stats().last_error
    assert sink.backlog() == 6 and spool.bytes > 0
    server.down.clear()
    wait_for(lambda: len(spool) == 0)
    assert list(server.stored) == spooled  # the same keys, in the same order
    assert [m.tag_id for batch in server.stored.values() for m in batch][::3] == [
        f"0000001{i}" for i in range(6)
    ]


def test_a_refused_batch_stays_first_in_line_and_is_sent_again(tmp_path: Path, sinks) -> None:  # type: ignore[no-untyped-def]
    server = FakeServer(
        fail=1, error=PermissionDenied("ws1 may not send movements", permission="tracking.ingest")
    )
    spool = Spool(tmp_path / "spool")
    sink = sinks(spool, server, refused_retry=0.05)
    sink.save(changes(1, tag="0000000A"))
    sink.save(changes(1, tag="0000000B"))
    wait_for(lambda: len(server.stored) == 2)
    assert [b[0].tag_id for b in server.stored.values()] == ["0000000A", "0000000B"]
    assert server.attempts[0] == server.attempts[1]


class RefusingServer(FakeServer):
    """Refuses the content of any batch carrying tag ``bad`` (a reader no longer the station's)."""

    def __init__(self, bad: str) -> None:
        super().__init__()
        self.bad = bad

    def __call__(self, key: str, batch: list[MovementIn]) -> IngestReceipt:
        if any(m.tag_id == self.bad for m in batch):
            with self.lock:
                self.attempts.append(key)
            raise ValidationError(
                "readers R9 do not belong to station WS1", field="reader", problem="not_station_reader"
            )
        return super().__call__(key, batch)


def test_a_batch_refused_for_its_content_is_set_aside_and_the_rest_go_on(tmp_path: Path, sinks) -> None:  # type: ignore[no-untyped-def]
    server = RefusingServer(bad="0000000B")
    spool = Spool(tmp_path / "spool")
    sink = sinks(spool, server, refused_retry=60.0)  # a retry would stall the test: there is none
    for tag in ("0000000A", "0000000B", "0000000C"):
        sink.save(changes(1, tag=tag))
    wait_for(lambda: len(server.stored) == 2)
    assert [b[0].tag_id for b in server.stored.values()] == ["0000000A", "0000000C"]
    assert server.attempts.count(server.attempts[1]) == 1  # the refused batch was tried once
    assert sink.stats().refused == 1 and len(spool) == 0
    refused = (tmp_path / "spool" / "refused.log").read_text(encoding="utf-8").splitlines()
    assert (
        len(refused) == 1
        and "0000000B" in refused[0]
        and refused[0].endswith('"readers R9 do not belong to station WS1"')
    )
    sink.close(2.0)
    assert len(Spool(tmp_path / "spool")) == 0  # not sent again after a restart


class SkewedServer(FakeServer):
    """Refuses a batch the way the server does: ``error`` for the first ``refusals`` tries."""

    def __init__(self, error: ValidationError, refusals: int) -> None:
        super().__init__()
        self.refusal, self.refusals = error, refusals

    def __call__(self, key: str, batch: list[MovementIn]) -> IngestReceipt:
        with self.lock:
            if self.refusals > 0:
                self.refusals -= 1
                self.attempts.append(key)
                raise self.refusal
        return super().__call__(key, batch)


@pytest.mark.parametrize(
    "error",
    [
        # the station's clock runs ahead (NTP broke): its movements are good once it is corrected
        ValidationError("a movement's time is ahead", field="ts", problem="in_future", ahead_s=360.0),
        # a server of another version cannot decode the body (a rolling upgrade)
        ValidationError("bad arguments: Object missing required field", field="body", problem="format"),
        ValidationError("something new", field="changes", problem="not_known_to_this_client"),
    ],
    ids=["in_future", "version_skew", "unknown_problem"],
)
def test_a_refusal_the_batch_is_not_to_blame_for_keeps_it_first_in_line(
    tmp_path: Path,
    sinks,  # type: ignore[no-untyped-def]
    error: ValidationError,
    caplog: pytest.LogCaptureFixture,
) -> None:
    server = SkewedServer(error, refusals=2)
    spool = Spool(tmp_path / "spool")
    sink = sinks(spool, server, refused_retry=0.05)
    for tag in ("0000000A", "0000000B"):
        sink.save(changes(1, tag=tag))
    wait_for(lambda: len(server.stored) == 2)
    assert [b[0].tag_id for b in server.stored.values()] == ["0000000A", "0000000B"]  # in order
    assert server.attempts[0] == server.attempts[1] == server.attempts[2]  # the first, three times
    assert sink.stats().refused == 0 and not (tmp_path / "spool" / "refused.log").exists()
    assert any(r.levelname == "ERROR" and "stays spooled" in r.getMessage() for r in caplog.records)


def test_a_time_before_the_servers_window_is_set_aside(tmp_path: Path, sinks) -> None:  # type: ignore[no-untyped-def]
    server = SkewedServer(ValidationError("too old", field="ts", problem="too_old"), refusals=1)
    spool = Spool(tmp_path / "spool")
    sink = sinks(spool, server, refused_retry=60.0)
    sink.save(changes(1, tag="0000000A"))
    sink.save(changes(1, tag="0000000B"))
    wait_for(lambda: len(server.stored) == 1)
    assert [b[0].tag_id for b in server.stored.values()] == ["0000000B"]
    assert sink.stats().refused == 1


def test_a_full_disk_while_setting_aside_does_not_end_the_sender(
    tmp_path: Path,
    sinks,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = RefusingServer(bad="0000000B")
    spool = Spool(tmp_path / "spool")
    real = spool.set_aside
    failures = [2]

    def set_aside(batch, reason):  # type: ignore[no-untyped-def]
        if failures[0]:
            failures[0] -= 1
            raise OSError(28, "No space left on device")
        real(batch, reason)

    monkeypatch.setattr(spool, "set_aside", set_aside)
    sink = sinks(spool, server, refused_retry=0.05)
    for tag in ("0000000A", "0000000B", "0000000C"):
        sink.save(changes(1, tag=tag))
    wait_for(lambda: len(server.stored) == 2)
    assert [b[0].tag_id for b in server.stored.values()] == ["0000000A", "0000000C"]
    assert sink.stats().refused == 1 and len(spool) == 0 and sink._thread.is_alive()
    assert server.attempts.count(server.attempts[1]) == 3  # kept while it could not be set aside


def test_refused_log_is_bounded(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool", refused_bytes=2000)
    for i in range(40):
        spool.set_aside(spool.append("WS1", moves(3, tag=f"{i:08X}")), "too old")
    folder = tmp_path / "spool"
    sizes = [(folder / name).stat().st_size for name in ("refused.log", "refused.log.1")]
    line = len((folder / "refused.log").read_bytes().splitlines()[0]) + 1
    assert all(size < 2000 + line for size in sizes)
    newest = (folder / "refused.log").read_text(encoding="utf-8").splitlines()
    assert f"{39:08X}" in newest[-1]  # the newest refusals are kept
    assert not (folder / "refused.log.2").exists()
    spool.close()


def test_a_spool_that_does_not_move_on_is_not_sent_in_a_hot_loop(
    tmp_path: Path,
    sinks,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """An acknowledgement that leaves the same batch first (a damaged spool, another program writing
    into it) must not make the sender re-send that batch as fast as it can."""
    server = FakeServer()
    spool = Spool(tmp_path / "spool")
    monkeypatch.setattr(spool, "ack", lambda seq: None)
    sink = sinks(spool, server, refused_retry=0.5)
    sink.save(changes(1))
    time.sleep(1.0)
    assert 1 <= len(server.attempts) <= 3
    assert not sink.stats().online
    assert any("still first in line" in r.getMessage() for r in caplog.records)


def test_close_sends_what_it_can_and_leaves_the_rest_spooled(tmp_path: Path) -> None:
    server = FakeServer()
    server.down.set()
    spool = Spool(tmp_path / "spool")
    sink = SpoolingSink(spool, server, "WS1", retry_initial=0.5, retry_max=5.0)
    sink.start()
    sink.save(changes(2))
    sink.save(changes(2))
    started = time.monotonic()
    sink.close(1.0)
    assert time.monotonic() - started < 1.5
    again = Spool(tmp_path / "spool")
    assert len(again) == 2  # nothing lost: the next start sends them


# -- durability: crash, restart, torn and damaged records, the bound --------------------------------


def test_a_restart_reads_the_spool_back_and_sends_it(tmp_path: Path, sinks) -> None:  # type: ignore[no-untyped-def]
    first = Spool(tmp_path / "spool")
    written = [first.append("WS1", moves(2, tag=f"0000002{i}")) for i in range(3)]
    first.ack(written[0].seq)  # the first one was acknowledged before the station went down
    # no close(): the station died, and the system released its lock on the spool
    first._release_lock()
    restarted = Spool(tmp_path / "spool")
    assert [b.key for b in restarted.pending()] == [b.key for b in written[1:]]
    assert restarted.pending()[0].moves == written[1].moves  # movements come back exactly
    server = FakeServer()
    sinks(restarted, server)
    wait_for(lambda: len(server.stored) == 2)
    assert list(server.stored) == [b.key for b in written[1:]]
    fresh = restarted.append("WS1", moves(1))
    assert fresh.seq > written[-1].seq and fresh.key not in {b.key for b in written}


CRASH = """
import sys
from pathlib import Path
from app.db.engine import Database
from app.rbac import system_principal
from app.services.tracking import TrackingService
from app.tracking.events import EventKind
from app.tracking.ingest import MovementIn
from app.tracking.spool import Spool

db = Database(sys.argv[1])
spool = Spool(Path(sys.argv[2]))
batch = spool.append(
    "WS1", [MovementIn("0A0B0C0D", EventKind.ENTER, "Z%d" % i, "R1", -50, 1.8e9 + i) for i in range(7)]
)
TrackingService(db).ingest(system_principal("station:WS1"), "WS1", batch.key, list(batch.moves))
print(batch.key, flush=True)  # sent and stored: now the station is killed before it acknowledges
sys.stdin.read()
"""


def test_a_station_killed_between_send_and_ack_replays_the_key_and_the_server_stores_once(  # type: ignore[no-untyped-def]
    db: Database, db_url: str, tmp_path: Path, sinks
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CRASH, db_url, str(tmp_path / "spool")],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        key = child.stdout.readline().strip()
        assert key.startswith("WS1:"), child.stderr.read() if child.stderr else ""
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(10)
        for stream in (child.stdin, child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert stored_movements(db) == 7  # stored by the service before the kill ...
    restarted = Spool(tmp_path / "spool")
    assert [b.key for b in restarted.pending()] == [key]  # ... but never acknowledged
    sinks(restarted, service_ingest(db))
    wait_for(lambda: len(restarted) == 0)
    assert stored_movements(db) == 7  # the replay was recognized: stored once
    with db.read() as s:
        assert [(b.key, b.count) for b in s.scalars(select(IngestBatch))] == [(key, 7)]


def test_a_torn_last_record_is_cut_off_and_the_spool_carries_on(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    kept = [spool.append("WS1", moves(2)) for _ in range(2)]
    spool.close()
    (segment,) = (tmp_path / "spool").glob("*.seg")
    with segment.open("ab") as f:
        f.write(b'1234abcd {"seq": 3, "key": "WS1:to')  # the crash hit in the middle of an append
    reopened = Spool(tmp_path / "spool")
    assert [b.key for b in reopened.pending()] == [b.key for b in kept] and reopened.damaged == 0
    third = reopened.append("WS1", moves(1))
    reopened.close()
    assert [b.key for b in Spool(tmp_path / "spool").pending()] == [*(b.key for b in kept), third.key]


def test_a_damaged_record_is_skipped_and_reported(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    spool = Spool(tmp_path / "spool")
    batches = [spool.append("WS1", moves(2)) for _ in range(3)]
    spool.close()
    (segment,) = (tmp_path / "spool").glob("*.seg")
    data = bytearray(segment.read_bytes())
    data[30] ^= 0x01  # a bit flipped inside the first record
    segment.write_bytes(bytes(data))
    reopened = Spool(tmp_path / "spool")
    assert reopened.damaged == 1 and [b.key for b in reopened.pending()] == [b.key for b in batches[1:]]
    assert any("damaged record" in r.getMessage() for r in caplog.records)


def test_the_spool_is_bounded_and_says_so(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool", max_bytes=2000)
    written = []
    with pytest.raises(SpoolFull) as full:
        for _ in range(100):
            written.append(spool.append("WS1", moves(5)))
    assert full.value.params["max_bytes"] == 2000 and spool.bytes <= 2000 and len(written) >= 2
    spool.ack(written[0].seq)
    spool.append("WS1", moves(5))  # room again once the server acknowledged
    assert len(spool) == len(written)


def test_segments_roll_over_and_go_once_acknowledged(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool", segment_bytes=1000)
    written = [spool.append("WS1", moves(5)) for _ in range(20)]
    assert len(list((tmp_path / "spool").glob("*.seg"))) > 3
    for batch in written[:-1]:
        spool.ack(batch.seq)
    assert (
        len(list((tmp_path / "spool").glob("*.seg"))) <= 2
    )  # the one with the last batch, and its successor
    spool.ack(written[-1].seq)
    spool.close()
    assert len(Spool(tmp_path / "spool")) == 0


# -- the pipeline through the spool and the real service -------------------------------------------


def test_the_pipeline_keeps_publishing_while_the_server_is_away_and_nothing_is_lost(  # type: ignore[no-untyped-def]
    db: Database, tmp_path: Path
) -> None:
    real = service_ingest(db)
    down = threading.Event()
    down.set()

    def over_the_network(key: str, batch: list[MovementIn]) -> IngestReceipt:
        if down.is_set():
            raise ConnectionRefusedError("connection refused")
        return real(key, batch)

    bus = EventBus()
    events: list[TrackingEvent] = []
    bus.subscribe(events.append)
    sink = SpoolingSink(
        Spool(tmp_path / "spool"), over_the_network, "WS1", retry_initial=0.01, retry_max=0.05
    )
    pipeline = IngestPipeline(sink, {("R1", 0): "HALL", ("R2", 0): "VAULT"}, {"0A0B0C0D": "person"}, bus)
    pipeline.start()
    try:
        now = time.time()
        for i in range(10):
            pipeline.submit(
                TagRead("R1" if i % 2 == 0 else "R2", 1, "0A0B0C0D", -40, now + 3 * i, time.monotonic())
            )
            time.sleep(0.06)  # one flush each
        wait_for(lambda: pipeline.stats().reads == 10 and pipeline.stats().persisted == 19)
        assert [e.kind for e in events][:3] == [EventKind.ENTER, EventKind.LEAVE, EventKind.ENTER]
        assert pipeline.stats().unsent >= 2 and stored_movements(db) == 0  # published from the spool
        down.clear()
        wait_for(lambda: pipeline.stats().unsent == 0)
    finally:
        pipeline.stop()
    assert stored_movements(db) == 19
    zones = [m.zone for m in store.movements_between(db, now - 1, now + 100)]
    assert zones == ["HALL"] + ["HALL", "VAULT", "VAULT", "HALL"] * 4 + ["HALL", "VAULT"]


def test_a_restarted_station_restores_the_presence_its_unsent_movements_say(  # type: ignore[no-untyped-def]
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(security, "LOG2_N", 10)
    demo.seed_demo(services.db)
    tag = next(tag for tag, kind in store.known_tags(services.db).items() if kind == "person")
    now = time.time()
    store.save_movements(
        services.db, [PresenceChange(tag, EventKind.ENTER, "BR01-HALL", "BR01-R02", -50, now - 60, 0.0)]
    )
    spool = Spool(tmp_path / "spool")  # what the station had not sent when it went down
    spool.append(
        demo.DEMO_STATION,
        [
            MovementIn(tag, EventKind.LEAVE, "BR01-HALL", "BR01-R03", -40, now - 10),
            MovementIn(tag, EventKind.ENTER, "BR01-VAULT", "BR01-R03", -40, now - 10),
        ],
    )
    spool.close()
    rt = build_tracking(
        services.tracking, demo.DEMO_STATION, device_dir=tmp_path / "dev", spool=tmp_path / "spool"
    )
    assert rt is not None
    assert rt.pipeline.restore_presence() >= 1
    assert rt.pipeline.presence()[tag][0] == "BR01-VAULT"
    rt.pipeline.start()
    rt.pipeline.stop()  # the sender delivered the spooled batch on its way
    assert store.current_presence(services.db)[tag][0] == "BR01-VAULT"
    assert len(Spool(tmp_path / "spool")) == 0


def test_a_full_spool_keeps_the_movements_in_the_pipeline_and_says_so(  # type: ignore[no-untyped-def]
    db: Database, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    real = service_ingest(db)
    down = threading.Event()
    down.set()

    def over_the_network(key: str, batch: list[MovementIn]) -> IngestReceipt:
        if down.is_set():
            raise Unreachable("the suite server cannot be reached", target="test")
        return real(key, batch)

    spool = Spool(tmp_path / "spool", max_bytes=600)  # room for about two batches
    sink = SpoolingSink(spool, over_the_network, "WS1", retry_initial=0.01, retry_max=0.05)
    pipeline = IngestPipeline(sink, {("R1", 0): "HALL", ("R2", 0): "VAULT"}, {}, EventBus())
    pipeline.start()
    try:
        now = time.time()
        for i in range(8):
            reader = "R1" if i % 2 == 0 else "R2"
            pipeline.submit(TagRead(reader, 1, "0A0B0C0D", -40, now + 3 * i, time.monotonic()))
            time.sleep(0.06)
        wait_for(lambda: pipeline.stats().persist_errors >= 1)
        assert pipeline.stats().pending > 0 and pipeline.stats().unsent >= 1
        assert any("spool" in r.getMessage() and "full" in r.getMessage() for r in caplog.records)
        down.clear()
        wait_for(lambda: pipeline.stats().pending == 0 and pipeline.stats().unsent == 0)
    finally:
        pipeline.stop()
    assert stored_movements(db) == 15  # nothing lost


def test_a_station_left_without_readers_still_delivers_its_spool(  # type: ignore[no-untyped-def]
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(security, "LOG2_N", 10)
    demo.seed_demo(services.db)  # every reader belongs to WS1
    spool = Spool(tmp_path / "spool")  # WS2's readers were moved away while the server was down
    spool.append("WS2", moves(4))
    spool.close()
    assert (
        build_tracking(services.tracking, "WS2", device_dir=tmp_path / "dev", spool=tmp_path / "spool")
        is None
    )
    assert stored_movements(services.db) == 4 and len(Spool(tmp_path / "spool")) == 0
    assert build_tracking(services.tracking, "WS3", spool=tmp_path / "nothing") is None  # no spool: nothing


def test_a_batch_damaged_after_start_is_reported_and_the_rest_still_goes(  # type: ignore[no-untyped-def]
    tmp_path: Path, sinks, caplog: pytest.LogCaptureFixture
) -> None:
    spool = Spool(tmp_path / "spool")
    first, second = spool.append("WS1", moves(2)), spool.append("WS1", moves(3))
    (segment,) = (tmp_path / "spool").glob("*.seg")
    data = bytearray(segment.read_bytes())
    data[20] ^= 0x01  # the disk damaged the first record while the station ran
    segment.write_bytes(bytes(data))
    server = FakeServer()
    sinks(spool, server)
    wait_for(lambda: len(spool) == 0)
    assert list(server.stored) == [second.key] and spool.damaged == 1
    assert any(first.key in r.getMessage() and "unreadable" in r.getMessage() for r in caplog.records)


def test_a_spool_is_open_in_one_program_at_a_time(tmp_path: Path) -> None:
    """The program started twice at a station must not mix two senders' batches in one spool."""
    folder = tmp_path / "spool"
    first = Spool(folder)
    first.append("WS1", moves(1))
    other = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from app.tracking.spool import Spool\n"
            "from app.errors import SpoolInUse\n"
            "try:\n    Spool(Path(sys.argv[1]))\nexcept SpoolInUse as exc:\n"
            "    print(exc.code, exc.params['folder'])\n",
            str(folder),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    assert other.stdout.split() == ["spool_in_use", str(folder)]
    with pytest.raises(SpoolInUse):  # nor twice in one program
        Spool(folder)
    first.close()
    again = Spool(folder)  # released by close
    assert len(again) == 1
    again.close()
