"""The map's source at a workstation of a shared deployment, fed as the push stream feeds it: other
stations' reports become events, this station's own are not repeated, and every time the stream
goes live it ends where the server says everybody is (the server keeps tracking entries minutes)."""

from __future__ import annotations

from collections.abc import Callable

import msgspec

from app.tracking.events import EventBus, EventKind, TrackingEvent
from app.tracking.ingest import MovementIn, StationReport
from app.tracking.pipeline import PipelineStats
from app.tracking.reads import LinkState, ReaderStatus
from widgets.bridges.shared_tracking import NO_PIPELINE, SharedTracking


class FakePush:
    """What SharedTracking needs of the push client: its two kinds of listener."""

    def __init__(self) -> None:
        self.tracking: list[Callable[[list[msgspec.Raw]], None]] = []
        self.states: list[Callable[[bool, str], None]] = []

    def on_tracking(self, fn: Callable[[list[msgspec.Raw]], None]) -> Callable[[], None]:
        self.tracking.append(fn)
        return lambda: self.tracking.remove(fn)

    def on_state(self, fn: Callable[[bool, str], None]) -> Callable[[], None]:
        self.states.append(fn)
        return lambda: self.states.remove(fn)

    def report(self, report: StationReport) -> None:
        for fn in list(self.tracking):
            fn([msgspec.Raw(msgspec.json.encode(report))])

    def live(self) -> None:
        for fn in list(self.states):
            fn(True, "live")


class LocalRuntime:
    """This station's own runtime: its bus, presence and readers."""

    def __init__(self) -> None:
        self.bus = EventBus()

    def statuses(self) -> dict[str, ReaderStatus]:
        return {"R1": status("R1", LinkState.CONNECTED)}

    def stats(self) -> PipelineStats:
        return NO_PIPELINE

    def presence(self) -> dict[str, tuple[str, float]]:
        return {"MINE": ("HALL", 5.0)}


def status(reader: str, state: LinkState) -> ReaderStatus:
    return ReaderStatus(reader, state, 100.0, 1, 0, 0, 0, 1.0)


def move(tag: str, kind: EventKind, zone: str, reader: str = "R2") -> MovementIn:
    return MovementIn(tag, kind, zone, reader, -50, 10.0)


def collect(bus: EventBus) -> list[TrackingEvent]:
    seen: list[TrackingEvent] = []
    bus.subscribe(seen.append)
    return seen


def test_other_stations_reports_become_events_and_state() -> None:
    push = FakePush()
    feed = SharedTracking(push, "WS2", {"A": ("VAULT", 1.0)}, {}, None)  # type: ignore[arg-type]
    seen = collect(feed.bus)
    push.report(
        StationReport("WS1", (move("A", EventKind.LEAVE, "VAULT"), move("A", EventKind.ENTER, "HALL")))
    )
    push.report(StationReport("WS1", statuses=(status("R2", LinkState.CONNECTED),)))
    push.report(
        StationReport("WS1", statuses=(status("R2", LinkState.CONNECTED),))
    )  # no change: no link event
    assert [(e.kind, e.tag_id, e.zone) for e in seen if e.tag_id] == [
        (EventKind.LEAVE, "A", "VAULT"),
        (EventKind.ENTER, "A", "HALL"),
    ]
    assert [e.kind for e in seen if not e.tag_id] == [
        EventKind.READER_ONLINE,
        EventKind.READER_STATUS,
        EventKind.READER_STATUS,
    ]
    assert feed.presence() == {"A": ("HALL", 10.0)} and set(feed.statuses()) == {"R2"}
    assert feed.stats() == NO_PIPELINE
    feed.stop()
    assert push.tracking == [] and push.states == []


def test_a_replayed_old_movement_does_not_move_a_tag_back() -> None:
    push = FakePush()
    feed = SharedTracking(push, "WS2", {"A": ("GATE", 50.0)}, {}, None)  # type: ignore[arg-type]
    seen = collect(feed.bus)
    push.report(
        StationReport("WS1", (move("A", EventKind.LEAVE, "GATE"), move("A", EventKind.ENTER, "HALL")))
    )
    assert feed.presence() == {"A": ("GATE", 50.0)} and seen == []  # WS1's spool, from before (ts 10)


def test_this_stations_own_reports_are_kept_but_not_repeated() -> None:
    push, local = FakePush(), LocalRuntime()
    feed = SharedTracking(push, "WS1", {}, {}, local)  # type: ignore[arg-type]
    seen, on_runtime = collect(feed.bus), collect(local.bus)
    push.report(StationReport("WS1", (move("MINE", EventKind.ENTER, "HALL", "R1"),)))
    push.report(
        StationReport("WS3", (move("B", EventKind.ENTER, "GATE"),), (status("R9", LinkState.CONNECTED),))
    )
    assert [e.tag_id for e in seen if e.tag_id] == ["B"]  # its own movement was on its bus already
    assert on_runtime == []  # nothing of another station on the runtime's bus (its health reporter listens)
    local.bus.publish(TrackingEvent(EventKind.ENTER, 6.0, "MINE", "GATE", "R1"))
    assert [e.tag_id for e in seen if e.tag_id] == ["B", "MINE"]  # the runtime's own events, forwarded
    assert feed.presence() == {"MINE": ("HALL", 5.0), "B": ("GATE", 10.0)}  # its own runtime's is newest
    assert feed.statuses()["R1"].state == LinkState.CONNECTED


def test_going_live_again_ends_where_the_server_says() -> None:
    push = FakePush()
    server = {
        "presence": {"A": ("VAULT", 1.0), "B": ("HALL", 1.0)},
        "statuses": {"R2": status("R2", LinkState.CONNECTED)},
    }
    feed = SharedTracking(
        push,  # type: ignore[arg-type]
        "WS2",
        dict(server["presence"]),  # type: ignore[arg-type]
        {},
        None,
        lambda: (dict(server["presence"]), dict(server["statuses"])),  # type: ignore[arg-type]
    )
    seen = collect(feed.bus)
    # while this workstation was away: A went to the hall, B left, C arrived, R2 went offline
    server["presence"] = {"A": ("HALL", 2.0), "C": ("GATE", 2.0)}
    server["statuses"] = {"R2": status("R2", LinkState.DISCONNECTED)}
    push.live()
    moves = {(e.kind, e.tag_id, e.zone) for e in seen if e.tag_id}
    assert moves == {
        (EventKind.LEAVE, "A", "VAULT"),
        (EventKind.ENTER, "A", "HALL"),
        (EventKind.LEAVE, "B", "HALL"),
        (EventKind.ENTER, "C", "GATE"),
    }
    assert feed.presence() == server["presence"] and feed.resyncs == 1
    assert EventKind.READER_OFFLINE in [e.kind for e in seen]
    seen.clear()
    push.live()  # nothing changed: nothing to say but the readers' health
    assert [e.kind for e in seen] == [EventKind.READER_STATUS]


def test_while_the_stream_is_down_the_other_stations_readers_are_stale() -> None:
    """Issue 11: a workstation that lost its push stream kept showing the other stations' readers
    connected and their tags live. Their connected readers turn stale (this station's own do not)
    until the stream is live again and the server's health is read."""
    push = FakePush()
    server = {"R2": status("R2", LinkState.CONNECTED), "R3": status("R3", LinkState.DISCONNECTED)}
    feed = SharedTracking(
        push,  # type: ignore[arg-type]
        "WS2",
        {},
        dict(server),
        LocalRuntime(),  # type: ignore[arg-type]
        lambda: ({}, dict(server)),
    )
    seen = collect(feed.bus)
    for fn in list(push.states):
        fn(False, "reconnecting")
    states = {code: st.state for code, st in feed.statuses().items()}
    assert states == {"R1": LinkState.CONNECTED, "R2": LinkState.STALE, "R3": LinkState.DISCONNECTED}
    assert [(e.kind, e.reader) for e in seen if e.kind != EventKind.READER_STATUS] == [
        (EventKind.READER_STALE, "R2")
    ]
    push.live()
    assert feed.statuses()["R2"].state == LinkState.CONNECTED
    assert (EventKind.READER_ONLINE, "R2") in [(e.kind, e.reader) for e in seen]
