"""The reader driver through the real pyserial path: a pty pair (or a TCP socket) carries real protocol
bytes; nothing between the simulator and the parser is mocked. No Qt."""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.tracking.reads import LinkState, ReaderStatus, TagRead
from hardware.channels import Port, port_for
from hardware.protocols import PROTOCOLS
from hardware.ptylink import PtyLink
from hardware.reader import ReaderDriver

CODE = "BR01-R03"
WAIT = 3.0  # generous upper bound for anything that should happen in well under a second


class Harness:
    """Starts drivers whose reads and statuses land in queues; stops them all at teardown."""

    def __init__(self) -> None:
        self.reads: queue.Queue[TagRead] = queue.Queue()
        self.statuses: queue.Queue[ReaderStatus] = queue.Queue()
        self.drivers: list[ReaderDriver] = []
        self.links: list[PtyLink] = []

    def link(self, symlink: Path | None = None) -> PtyLink:
        link = PtyLink(symlink)
        self.links.append(link)
        return link

    def start(self, url: str, protocol: str = "binary", **kwargs: Any) -> ReaderDriver:
        kwargs.setdefault("on_read", self.reads.put_nowait)
        driver = ReaderDriver(CODE, url, protocol, on_status=self.statuses.put_nowait, **kwargs)
        self.drivers.append(driver)
        driver.start()
        return driver

    def status(self, check: Callable[[ReaderStatus], bool], timeout: float = WAIT) -> ReaderStatus:
        deadline = time.monotonic() + timeout
        seen = []
        while (left := deadline - time.monotonic()) > 0:
            try:
                status = self.statuses.get(timeout=left)
            except queue.Empty:
                break
            seen.append((status.state.value, status.detail))
            if check(status):
                return status
        pytest.fail(f"no such status within {timeout} s; saw {seen[-8:]}")

    def state(self, state: LinkState, timeout: float = WAIT) -> ReaderStatus:
        return self.status(lambda s: s.state is state, timeout)

    def read(self, timeout: float = WAIT) -> TagRead:
        return self.reads.get(timeout=timeout)

    def close(self) -> None:
        for driver in self.drivers:
            assert driver.stop(timeout=2.0)
        for link in self.links:
            link.close()


@pytest.fixture
def rig() -> Iterator[Harness]:
    harness = Harness()
    yield harness
    harness.close()


def attempt_no(n: int) -> Callable[[ReaderStatus], bool]:
    return lambda status: f"(attempt {n};" in status.detail


def fds_open_on(path: str) -> int:
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):  # the fd listing itself, closed by now
            count += os.readlink(f"/proc/self/fd/{fd}") == path
    return count


@pytest.mark.parametrize("protocol", sorted(PROTOCOLS))
def test_reads_arrive(rig: Harness, protocol: str) -> None:
    link = rig.link()
    driver = rig.start(link.port, protocol)
    assert driver.name == f"reader-{CODE}" and not driver.daemon
    rig.state(LinkState.CONNECTED)
    proto = PROTOCOLS[protocol]
    link.write(proto.encode_read("dev1", 1, "e2801160600002054cc2f2a1", -61))
    link.write(proto.encode_heartbeat("dev1", 5) + proto.encode_read("dev1", 3, "0A0B0C0D", -48, tamper=True))
    first, second = rig.read(), rig.read()
    assert (first.reader, first.antenna, first.tag_id, first.rssi, first.tamper) == (
        CODE,
        1,
        "E2801160600002054CC2F2A1",
        -61,
        False,
    )
    assert (second.antenna, second.tag_id, second.rssi, second.tamper) == (3, "0A0B0C0D", -48, True)
    assert abs(first.ts - time.time()) < 2 and first.arrived <= time.monotonic()
    assert rig.reads.empty()  # the heartbeat is not a read


def test_garbage_and_bad_frames_show_in_status(rig: Harness) -> None:
    link = rig.link()
    rig.start(link.port, status_interval=0.1)
    rig.state(LinkState.CONNECTED)
    proto = PROTOCOLS["binary"]
    bad = bytearray(proto.encode_read("d", 1, "0A0B0C0D", -50))
    bad[-1] ^= 0xFF
    good = proto.encode_read("d", 2, "0A0B0C0E", -50)
    link.write(b"noise" + bytes(bad) + good)
    assert rig.read().tag_id == "0A0B0C0E"
    status = rig.status(lambda s: s.frames_ok == 1)
    assert (status.frames_bad, status.bytes_dropped) == (1, 5 + len(bad))
    assert status.last_frame_ts is not None and abs(status.last_frame_ts - time.time()) < 2


def test_reads_per_second_is_published_periodically(rig: Harness) -> None:
    link = rig.link()
    rig.start(link.port, status_interval=0.2)
    rig.state(LinkState.CONNECTED)
    frame = PROTOCOLS["binary"].encode_read("d", 1, "0A0B0C0D", -50)
    link.write(frame * 40)
    status = rig.status(lambda s: s.reads_per_s > 0)
    assert status.state is LinkState.CONNECTED
    assert status.reads_per_s <= 40 / 0.1  # a window is at least half the interval
    rig.status(lambda s: s.frames_ok == 40)
    rig.status(lambda s: s.reads_per_s == 0)  # a quiet window brings it back to zero


def test_unplug_backoff_and_replug_through_symlink(rig: Harness, tmp_path: Path) -> None:
    symlink = tmp_path / "usb-RFID_Reader_0001-if00-port0"
    link = rig.link(symlink)
    driver = rig.start(str(symlink), backoff_initial=0.05, backoff_max=0.4)
    rig.state(LinkState.CONNECTED)
    frame = PROTOCOLS["binary"].encode_read("d", 1, "0A0B0C0D", -50)
    link.write(frame)
    assert rig.read().tag_id == "0A0B0C0D"

    link.unplug()
    lost = rig.state(LinkState.DISCONNECTED)
    assert lost.detail.startswith(f"lost {symlink}") and lost.reconnects == 0
    assert driver.is_alive()
    delays = []
    for attempt in range(1, 5):
        status = rig.status(attempt_no(attempt))
        assert status.state is LinkState.DISCONNECTED
        assert f"could not open {symlink}" in status.detail and "No such file" in status.detail
        match = re.search(r"retry in ([0-9.]+) s", status.detail)
        assert match
        delays.append(float(match[1]))
    # 0.1, 0.2, 0.4 (the cap), 0.4, each with up to 20 % jitter below
    assert delays[0] < delays[1] < delays[2] and all(d <= 0.4 for d in delays), delays
    assert 0.08 <= delays[0] <= 0.1 and delays[3] >= 0.32, delays

    link.replug()
    back = rig.state(LinkState.CONNECTED)
    assert back.reconnects == 1 and back.detail == ""
    link.write(PROTOCOLS["binary"].encode_read("d", 2, "0A0B0C0E", -51))
    assert rig.read().tag_id == "0A0B0C0E"
    assert os.readlink(symlink) == link.port  # the symlink follows the new pty


def test_silence_makes_the_link_stale_then_a_frame_revives_it(rig: Harness) -> None:
    link = rig.link()
    rig.start(link.port, "ascii", stale_after=0.3)
    rig.state(LinkState.CONNECTED)
    started = time.monotonic()
    link.write(PROTOCOLS["ascii"].encode_heartbeat("dev1", 1))
    stale = rig.state(LinkState.STALE)
    assert time.monotonic() - started >= 0.3
    assert stale.detail.startswith("no frame for") and stale.frames_ok == 1
    link.write(PROTOCOLS["ascii"].encode_read("dev1", 1, "0A0B0C0D", -50))
    assert rig.state(LinkState.CONNECTED).frames_ok == 2
    assert rig.read().tag_id == "0A0B0C0D"


def test_nonexistent_port(rig: Harness, tmp_path: Path) -> None:
    missing = tmp_path / "ttyUSB9"
    driver = rig.start(str(missing), backoff_initial=0.05, backoff_max=0.1)
    assert rig.state(LinkState.CONNECTING).detail == ""
    status = rig.state(LinkState.DISCONNECTED)
    assert f"could not open {missing}" in status.detail and "No such file or directory" in status.detail
    rig.status(attempt_no(3))  # it keeps trying
    assert driver.is_alive()
    assert driver.stop(timeout=1.0)
    assert rig.state(LinkState.STOPPED).detail == ""
    assert driver.status().state is LinkState.STOPPED


def test_bad_url_is_reported_not_raised(rig: Harness) -> None:
    rig.start("nosuchscheme://x", backoff_initial=0.05)
    status = rig.state(LinkState.DISCONNECTED)
    assert "could not open nosuchscheme://x" in status.detail


def test_stop_is_prompt_and_closes_the_port(rig: Harness) -> None:
    link = rig.link()
    driver = rig.start(link.port)
    rig.state(LinkState.CONNECTED)
    assert fds_open_on(link.port) == 2  # the link's own slave fd and the driver's port
    started = time.monotonic()
    assert driver.stop(timeout=1.0)
    assert time.monotonic() - started < 0.2
    assert not driver.is_alive() and fds_open_on(link.port) == 1
    final = rig.state(LinkState.STOPPED)
    assert final.detail == ""
    assert driver.stop(timeout=1.0)  # a second stop is harmless


def test_stop_during_backoff_is_prompt(rig: Harness, tmp_path: Path) -> None:
    driver = rig.start(str(tmp_path / "absent"), backoff_initial=5.0, backoff_max=5.0)
    rig.state(LinkState.DISCONNECTED)
    started = time.monotonic()
    assert driver.stop(timeout=1.0)
    assert time.monotonic() - started < 0.2


def test_network_reader_over_tcp(rig: Harness) -> None:
    with socket.create_server(("127.0.0.1", 0)) as server:
        server.settimeout(WAIT)
        host, port = server.getsockname()
        url, _, protocol = port_for(f"tcp://{host}:{port}?protocol=ascii")
        rig.start(url, protocol, backoff_initial=0.05)
        conn, _ = server.accept()
        with conn:
            rig.state(LinkState.CONNECTED)
            conn.sendall(PROTOCOLS["ascii"].encode_read("net1", 2, "0a0b0c0d", -70))
            assert rig.read().tag_id == "0A0B0C0D"
        assert "socket disconnected" in rig.state(LinkState.DISCONNECTED).detail
        conn, _ = server.accept()
        with conn:
            assert rig.state(LinkState.CONNECTED).reconnects == 1


def test_a_failing_callback_is_logged_and_reported(rig: Harness, caplog: pytest.LogCaptureFixture) -> None:
    calls = threading.Event()

    def on_read(read: TagRead) -> None:
        calls.set()
        raise RuntimeError("queue consumer bug")

    link = rig.link()
    rig.start(link.port, on_read=on_read, backoff_initial=0.05)
    rig.state(LinkState.CONNECTED)
    with caplog.at_level(logging.ERROR, logger="hardware.reader"):
        link.write(PROTOCOLS["binary"].encode_read("d", 1, "0A0B0C0D", -50))
        status = rig.state(LinkState.DISCONNECTED)
    assert calls.is_set()
    assert "unexpected error" in status.detail and "queue consumer bug" in status.detail
    assert any(r.exc_info and "queue consumer bug" in str(r.exc_info[1]) for r in caplog.records)
    assert rig.state(LinkState.CONNECTED).reconnects == 1  # the link itself is fine: it comes back


def test_constructor_rejects_bad_arguments() -> None:
    def noop(_: object) -> None:
        return None

    with pytest.raises(ValueError, match="unknown reader protocol"):
        ReaderDriver(CODE, "loop://", "morse", noop, noop)
    with pytest.raises(ValueError):
        ReaderDriver(CODE, "loop://", "ascii", noop, noop, backoff_initial=2.0, backoff_max=1.0)
    with pytest.raises(ValueError):
        ReaderDriver(CODE, "loop://", "ascii", noop, noop, stale_after=0)
    assert ReaderDriver(CODE, "loop://", "ascii", noop, noop).stop()  # never started: nothing to join


def test_loop_url_opens(rig: Harness) -> None:
    rig.start("loop://", "ascii")
    assert rig.state(LinkState.CONNECTED).detail == ""


@pytest.mark.parametrize(
    ("channel", "expected"),
    [
        ("serial:///dev/ttyUSB0?baud=115200&protocol=binary", ("/dev/ttyUSB0", 115200, "binary")),
        ("serial:///dev/ttyS1?protocol=ascii&baud=9600", ("/dev/ttyS1", 9600, "ascii")),
        ("serial:///dev/serial/by-id/usb-FTDI_A50285BI-if00-port0?protocol=ascii", None),
        ("tcp://10.0.0.5:4001?protocol=binary", ("socket://10.0.0.5:4001", 115200, "binary")),
        (
            "tcp://reader-7.branch.local:4001/?protocol=ascii",
            ("socket://reader-7.branch.local:4001", 115200, "ascii"),
        ),
        ("tcp://[fe80::1]:4001?protocol=ascii", ("socket://[fe80::1]:4001", 115200, "ascii")),
    ],
)
def test_port_for(channel: str, expected: tuple[str, int, str] | None) -> None:
    result = port_for(channel)
    assert isinstance(result, Port)
    if expected is None:
        assert result == ("/dev/serial/by-id/usb-FTDI_A50285BI-if00-port0", 115200, "ascii")
    else:
        assert result == expected and (result.url, result.baudrate, result.protocol) == expected


@pytest.mark.parametrize(
    ("channel", "message"),
    [
        ("sim://reader/vault?protocol=ascii", "unsupported reader channel"),  # its port is the runtime's pty
        ("camera://0", "unsupported reader channel"),
        ("/dev/ttyUSB0", "unsupported reader channel"),
        ("serial:///dev/ttyUSB0", "protocol must be"),
        ("serial:///dev/ttyUSB0?protocol=morse", "protocol must be"),
        ("serial://dev/ttyUSB0?protocol=ascii", "absolute device path"),
        ("serial:///dev/ttyUSB0?protocol=ascii&baud=fast", "baud must be a positive integer"),
        ("serial:///dev/ttyUSB0?protocol=ascii&baud=0", "baud must be a positive integer"),
        ("serial:///dev/ttyUSB0?protocol=ascii&baudrate=9600", "unknown parameter"),
        ("serial:///dev/ttyUSB0?protocol=ascii&protocol=binary", "given twice"),
        ("tcp://10.0.0.5?protocol=ascii", "needs tcp://<host>:<port>"),
        ("tcp://10.0.0.5:http?protocol=ascii", "10.0.0.5:http"),
        ("tcp://10.0.0.5:99999?protocol=ascii", "99999"),
        ("tcp://10.0.0.5:4001/x?protocol=ascii", "needs tcp://<host>:<port>"),
        ("tcp://10.0.0.5:4001?protocol=ascii&baud=9600", "no meaning"),
    ],
)
def test_port_for_rejects(channel: str, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        port_for(channel)
