"""A station's reader health reporter: a link state change is reported at once, every reader's
newest snapshot on every beat, and what could not be sent goes with the next report that does."""

from __future__ import annotations

import threading
import time

from app.tracking.events import EventBus, EventKind, TrackingEvent
from app.tracking.health import HealthReporter
from app.tracking.reads import LinkState, ReaderStatus


def status(reader: str, state: LinkState, frames: int = 0) -> ReaderStatus:
    return ReaderStatus(reader, state, time.time(), frames, 0, 0, 0, 0.0)


def publish(bus: EventBus, st: ReaderStatus) -> None:
    bus.publish(TrackingEvent(EventKind.READER_STATUS, time.time(), reader=st.reader, detail={"status": st}))


def wait_for(condition, timeout: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


class Server:
    def __init__(self) -> None:
        self.reports: list[list[tuple[str, LinkState, int]]] = []
        self.down = threading.Event()
        self.lock = threading.Lock()

    def __call__(self, statuses: list[ReaderStatus]) -> None:
        if self.down.is_set():
            raise ConnectionRefusedError("unreachable")
        with self.lock:
            self.reports.append([(s.reader, s.state, s.frames_ok) for s in statuses])

    def all(self) -> list[list[tuple[str, LinkState, int]]]:
        with self.lock:
            return list(self.reports)


def test_changes_go_at_once_and_every_reader_on_each_beat() -> None:
    bus, server = EventBus(), Server()
    reporter = HealthReporter(bus, server, ["R1", "R2"], every=0.6, min_gap=0.05)
    reporter.start()
    try:
        publish(bus, status("R9", LinkState.CONNECTED))  # not this station's reader: never reported
        publish(bus, status("R1", LinkState.CONNECTED))
        publish(bus, status("R2", LinkState.CONNECTED))
        wait_for(lambda: {r for rep in server.all() for r, _s, _f in rep} == {"R1", "R2"})
        count = len(server.all())
        publish(bus, status("R1", LinkState.CONNECTED, frames=5))  # no state change: waits for the beat
        time.sleep(0.2)
        assert len(server.all()) == count
        publish(bus, status("R2", LinkState.DISCONNECTED))  # a change: at once, alone
        wait_for(lambda: server.all()[-1] == [("R2", LinkState.DISCONNECTED, 0)], timeout=0.4)
        wait_for(lambda: ("R1", LinkState.CONNECTED, 5) in server.all()[-1])  # the beat: everything, newest
        assert sorted(r for r, _s, _f in server.all()[-1]) == ["R1", "R2"]
        assert "R9" not in {r for rep in server.all() for r, _s, _f in rep}
    finally:
        reporter.stop(2.0)
    assert not reporter._thread.is_alive()


def test_what_could_not_be_sent_goes_with_the_next_report() -> None:
    bus, server = EventBus(), Server()
    server.down.set()
    reporter = HealthReporter(bus, server, ["R1", "R2"], every=60.0, min_gap=0.05)
    reporter.start()
    try:
        publish(bus, status("R1", LinkState.CONNECTED))
        wait_for(lambda: reporter.failures >= 1)
        publish(bus, status("R2", LinkState.STALE))
        server.down.clear()
        wait_for(lambda: {r for rep in server.all() for r, _s, _f in rep} == {"R1", "R2"}, timeout=8.0)
    finally:
        reporter.stop(2.0)
