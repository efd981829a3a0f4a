"""hardware.channels: each scheme's parser (valid, invalid, defaults), the registry, and the promise
that a channel the parser accepts is one its driver opens."""

from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import SplitResult

import pytest

from app.captures import Capture
from app.errors import ValidationError
from app.tracking.events import EventBus, EventKind, TrackingEvent
from app.tracking.reads import LinkState, ReaderStatus, TagRead
from hardware.camera import CameraSource
from hardware.capture import CaptureSource, SourceStatus
from hardware.channels import (
    DEFAULT_BAUDRATE,
    SCHEMES,
    CameraChannel,
    ChannelError,
    ChannelKind,
    FolderChannel,
    Port,
    Problem,
    Scheme,
    SerialChannel,
    SimChannel,
    TcpChannel,
    open_capture,
    open_reader,
    parse,
    parse_capture,
    parse_reader,
    problem,
    reader_problem,
    register,
)
from hardware.device import Backoff
from hardware.hotfolder import HotFolder
from hardware.protocols import PROTOCOLS
from hardware.ptylink import PtyLink
from hardware.reader import ReaderDriver

WAIT = 3.0


def _noop(_: object) -> None:
    return None


# -- serial ------------------------------------------------------------------------------------------------


def test_serial_channel_with_its_defaults() -> None:
    spec = parse("serial:///dev/ttyUSB0?protocol=binary")
    assert spec == SerialChannel(
        "serial:///dev/ttyUSB0?protocol=binary", "/dev/ttyUSB0", DEFAULT_BAUDRATE, "binary"
    )
    assert spec.kind is ChannelKind.READER
    assert spec.port() == Port("/dev/ttyUSB0", 115200, "binary")


@pytest.mark.parametrize(
    ("url", "device", "baud", "protocol"),
    [
        ("serial:///dev/ttyS1?protocol=ascii&baud=9600", "/dev/ttyS1", 9600, "ascii"),
        (
            "serial:///dev/serial/by-id/usb-FTDI-if00?baud=57600&protocol=binary",
            "/dev/serial/by-id/usb-FTDI-if00",
            57600,
            "binary",
        ),
        (
            "serial:///tmp/bank-suite-dev/BR01-R01?protocol=ascii",
            "/tmp/bank-suite-dev/BR01-R01",
            115200,
            "ascii",
        ),
        ("serial:///srv/dev%20links/reader?protocol=ascii", "/srv/dev links/reader", 115200, "ascii"),
        ("  serial:///dev/ttyUSB0?protocol=ascii  ", "/dev/ttyUSB0", 115200, "ascii"),
    ],
)
def test_serial_channels(url: str, device: str, baud: int, protocol: str) -> None:
    spec = parse_reader(url)
    assert isinstance(spec, SerialChannel)
    assert (spec.device, spec.baudrate, spec.protocol) == (device, baud, protocol)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("serial:///dev/ttyUSB0", "protocol must be ascii or binary, got ''"),
        ("serial:///dev/ttyUSB0?protocol=", "protocol must be"),
        ("serial:///dev/ttyUSB0?protocol=morse", "protocol must be"),
        ("serial://dev/ttyUSB0?protocol=ascii", "absolute device path"),
        ("serial:///?protocol=ascii", "absolute device path"),
        ("serial:dev?protocol=ascii", "absolute device path"),
        ("serial:///dev/ttyUSB0?protocol=ascii&baud=-1", "baud must be a positive integer"),
        ("serial:///dev/ttyUSB0?protocol=ascii&parity=E", "unknown parameter(s) parity"),
        ("serial:///dev/ttyUSB0?protocol", "malformed query"),
        ("serial:///dev/ttyUSB0?protocol=ascii#x", "no #fragment"),
        ("serial:///dev/?protocol=ascii", "is a directory"),
        ("serial:///dev/serial/by-id/?protocol=ascii", "is a directory"),
    ],
)
def test_serial_channels_refused(url: str, message: str) -> None:
    with pytest.raises(ChannelError, match="reader channel") as info:
        parse(url)
    assert message in info.value.message


# -- tcp ---------------------------------------------------------------------------------------------------


def test_tcp_channel_with_its_defaults() -> None:
    spec = parse("tcp://10.0.0.5:4001?protocol=ascii")
    assert spec == TcpChannel("tcp://10.0.0.5:4001?protocol=ascii", "10.0.0.5", 4001, "ascii")
    assert spec.port() == Port("socket://10.0.0.5:4001", DEFAULT_BAUDRATE, "ascii")
    ipv6 = parse_reader("tcp://[fe80::1]:4001/?protocol=binary")
    assert isinstance(ipv6, TcpChannel) and ipv6.port() == ("socket://[fe80::1]:4001", 115200, "binary")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("tcp://10.0.0.5:4001", "protocol must be"),
        ("tcp://10.0.0.5?protocol=ascii", "needs tcp://<host>:<port>"),
        ("tcp://:4001?protocol=ascii", "needs tcp://<host>:<port>"),
        ("tcp://10.0.0.5:0?protocol=ascii", "needs tcp://<host>:<port>"),
        ("tcp://10.0.0.5:4001/path?protocol=ascii", "needs tcp://<host>:<port>"),
        ("tcp://10.0.0.5:99999?protocol=ascii", "out of range"),
        ("tcp://10.0.0.5:4001?protocol=ascii&baud=9600", "no meaning for a network reader"),
    ],
)
def test_tcp_channels_refused(url: str, message: str) -> None:
    with pytest.raises(ChannelError) as info:
        parse(url)
    assert message in info.value.message and url in info.value.message


@pytest.mark.parametrize(
    "url",
    [
        "tcp://user:s3cret@10.0.0.5:4001?protocol=ascii",
        "tcp://user@10.0.0.5:4001?protocol=ascii",
        "tcp://:s3cret@10.0.0.5:4001?protocol=ascii",
        "serial://user:s3cret@/dev/ttyUSB0?protocol=ascii",
        "camera://user:s3cret@0",
        "folder://user:s3cret@/srv/scans",
    ],
)
def test_a_channel_url_with_a_user_or_password_is_refused_without_echoing_them(url: str) -> None:
    """The URL would be stored, audited and shown with its credentials, and no driver uses them."""
    with pytest.raises(ChannelError) as info:
        parse(url)
    err = info.value
    assert "no user name or password" in err.message and err.params["problem"] == "userinfo"
    assert "s3cret" not in err.message and "user" not in err.message.replace("user name", "")
    assert "s3cret" not in err.params["url"] and "***@" in err.params["url"]
    assert reader_problem(url) is not None


# -- sim ---------------------------------------------------------------------------------------------------


def test_sim_channel() -> None:
    spec = parse("sim://reader/BR01-R01?protocol=ascii")
    assert spec == SimChannel("sim://reader/BR01-R01?protocol=ascii", "BR01-R01", "ascii")
    assert spec.port() is None  # the runtime's pty


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("sim://reader/BR01-R01", "protocol must be"),
        ("sim://reader/?protocol=ascii", "needs sim://reader/<code>"),
        ("sim://camera/X?protocol=ascii", "needs sim://reader/<code>"),
        ("sim://reader/a/b?protocol=ascii", "needs sim://reader/<code>"),
        ("sim://reader/X?protocol=ascii&baud=9600", "unknown parameter(s) baud"),
    ],
)
def test_sim_channels_refused(url: str, message: str) -> None:
    with pytest.raises(ChannelError) as info:
        parse(url)
    assert message in info.value.message


def test_a_sim_reader_is_opened_only_with_its_pty() -> None:
    spec = parse_reader("sim://reader/X?protocol=binary")
    with pytest.raises(ValueError, match="needs the port"):
        open_reader(spec, reader_code="X", on_read=_noop, on_status=_noop)
    driver = open_reader(spec, reader_code="X", port="loop://", on_read=_noop, on_status=_noop)
    assert (driver.url, driver.protocol, driver.reader_code) == ("loop://", "binary", "X")


# -- folder and camera -------------------------------------------------------------------------------------


def test_folder_and_camera_channels() -> None:
    assert parse("folder:///srv/scans/desk%201") == FolderChannel(
        "folder:///srv/scans/desk%201", "/srv/scans/desk 1"
    )
    assert parse("camera://0") == CameraChannel("camera://0", 0)
    assert parse("camera://12/") == CameraChannel("camera://12/", 12)
    assert parse("camera:///data/demo.avi") == CameraChannel("camera:///data/demo.avi", "/data/demo.avi")
    by_path = parse_capture("camera:///dev/video0")
    assert by_path == CameraChannel("camera:///dev/video0", "/dev/video0")
    assert isinstance(by_path, CameraChannel) and not by_path.is_file
    assert isinstance(video := parse_capture("camera:///data/demo.avi"), CameraChannel) and video.is_file
    assert all(parse(u).kind is ChannelKind.CAPTURE for u in ("folder:///x", "camera://0"))


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("folder://host/path", "absolute folder"),
        ("folder:///", "absolute folder"),
        ("folder:///srv/scans?poll=1", "options go in keywords"),
        ("camera://abc", "camera://<index>"),
        ("camera://0/extra", "camera://<index>"),
        ("camera:///data/", "absolute video file"),
        ("camera:///dev/", "absolute video file"),
        ("camera:relative.avi", "absolute video file"),
    ],
)
def test_capture_channels_refused(url: str, message: str) -> None:
    with pytest.raises(ChannelError, match="capture source") as info:
        parse_capture(url)
    assert message in info.value.message


# -- the registry ------------------------------------------------------------------------------------------


def test_errors_name_the_field_for_an_editor_and_are_value_errors() -> None:
    with pytest.raises(ChannelError) as info:
        parse("serial:///dev/ttyUSB0")
    err = info.value
    assert isinstance(err, ValidationError) and isinstance(err, ValueError)
    assert err.params["field"] == "url" and err.params["problem"] == "protocol"
    assert err.params["url"] == "serial:///dev/ttyUSB0" and err.params["why"].startswith("protocol must be")
    with pytest.raises(ChannelError) as info:
        parse("http://example/")
    assert info.value.params["problem"] == "scheme" and "serial:///dev/<device>" in info.value.message


def test_a_kind_admits_only_its_own_schemes() -> None:
    with pytest.raises(ChannelError, match="unsupported reader channel"):
        parse_reader("camera://0")
    with pytest.raises(ChannelError, match="unsupported capture source"):
        parse_capture("serial:///dev/ttyUSB0?protocol=ascii")
    assert problem("camera://0", ChannelKind.READER) is not None and problem("camera://0") is None
    assert reader_problem("tcp://h:1?protocol=ascii") is None
    assert "protocol must be" in (reader_problem("tcp://h:1") or "")
    assert set(SCHEMES) >= {"serial", "tcp", "sim", "folder", "camera"}


def test_a_new_device_kind_is_one_registration(tmp_path: Path) -> None:
    """What the card readers, e-lock readers and handheld terminals will do."""

    class Ticker(CaptureSource):
        def __init__(self, period: float, sink: Callable[[Capture], None], **kw: Any) -> None:
            super().__init__(f"ticker://{period}", "ticker", sink, backoff_initial=0.1, backoff_max=1.0, **kw)

        def _loop(self) -> None:
            self._set_link(LinkState.CONNECTED, "")
            self._sleep(60)

    def parse_ticker(parts: SplitResult, params: dict[str, str]) -> Any:
        if not parts.netloc.isdigit():
            raise Problem("a period in seconds")
        return FolderChannel(parts.geturl(), parts.netloc)  # any spec value will do for the test

    def open_ticker(spec: Any, sink: Callable[[Capture], None], **kw: Any) -> Ticker:
        return Ticker(float(spec.path), sink, **kw)

    register(Scheme("ticker", ChannelKind.CAPTURE, "ticker://<seconds>", parse_ticker, open_ticker))
    try:
        with pytest.raises(ValueError, match="registered twice"):
            register(Scheme("ticker", ChannelKind.CAPTURE, "", parse_ticker, open_ticker))
        with pytest.raises(ChannelError, match="a period in seconds"):
            parse("ticker://soon")
        statuses: queue.Queue[SourceStatus] = queue.Queue()
        source = SCHEMES["ticker"].open(
            parse("ticker://5"), _noop, on_status=statuses.put, status_interval=1.0
        )
        source.start()
        try:
            while statuses.get(timeout=WAIT).state is not LinkState.CONNECTED:
                pass
        finally:
            assert source.stop(WAIT)
    finally:
        del SCHEMES["ticker"]


def test_open_capture_builds_the_scheme_s_source(tmp_path: Path) -> None:
    assert isinstance(open_capture(f"folder://{tmp_path}", _noop), HotFolder)
    assert isinstance(open_capture("camera://3", _noop), CameraSource)


def test_a_camera_by_device_path_is_opened_as_a_device_not_a_video_file(tmp_path: Path) -> None:
    """``camera:///dev/video0`` parses, so the source treats it as a camera: one that is absent is an
    unplugged camera (retried), not "no such video file"; it runs on wall time, never "finished"."""
    absent = "/dev/video-bank-suite-absent"
    statuses: queue.Queue[SourceStatus] = queue.Queue()
    camera = open_capture(f"camera://{absent}", _noop, on_status=statuses.put, backoff_initial=0.05)
    assert isinstance(camera, CameraSource) and camera.target == absent and not camera.is_file
    camera.start()
    try:
        while (status := statuses.get(timeout=WAIT)).state is not LinkState.DISCONNECTED:
            pass
        assert f"no such camera device {absent}" in status.detail and "video file" not in status.detail
    finally:
        assert camera.stop(WAIT)
    video = open_capture(f"camera://{tmp_path}/desk.avi", _noop)
    assert isinstance(video, CameraSource) and video.is_file


# -- what the parser accepts, the driver opens ------------------------------------------------------------


@pytest.mark.parametrize("protocol", sorted(PROTOCOLS))
def test_an_accepted_serial_channel_connects_through_pyserial(protocol: str) -> None:
    """A pty in /tmp: no /dev path, which the old editor refused although the driver opened it."""
    link = PtyLink()
    reads: queue.Queue[TagRead] = queue.Queue()
    statuses: queue.Queue[ReaderStatus] = queue.Queue()
    url = f"serial://{link.port}?protocol={protocol}&baud=9600"
    assert reader_problem(url) is None
    driver = open_reader(parse_reader(url), reader_code="R9", on_read=reads.put, on_status=statuses.put)
    assert isinstance(driver, ReaderDriver) and driver.baudrate == 9600
    driver.start()
    try:
        while statuses.get(timeout=WAIT).state is not LinkState.CONNECTED:
            pass
        link.write(PROTOCOLS[protocol].encode_read("R9", 1, "0A0B0C0D", -50))
        assert reads.get(timeout=WAIT).tag_id == "0A0B0C0D"
    finally:
        assert driver.stop(WAIT)
        link.close()


def test_backoff_doubles_with_jitter_and_resets() -> None:
    backoff = Backoff(0.5, 3.0)
    delays = [backoff.next() for _ in range(5)]
    for delay, base in zip(delays, (0.5, 1.0, 2.0, 3.0, 3.0), strict=True):
        assert 0.8 * base <= delay <= base
    backoff.reset()
    assert backoff.next() <= 0.5
    with pytest.raises(ValueError):
        Backoff(2.0, 1.0)


def test_a_device_thread_never_started_stops_at_once() -> None:
    folder = HotFolder("/nonexistent/scans", _noop)
    assert folder.stop(0.1) and folder.status().state is LinkState.STOPPED
    assert not any(t.name.startswith("hotfolder-") for t in threading.enumerate())


def test_a_device_thread_never_started_calls_back_on_no_other_thread() -> None:
    """``on_status`` runs on the device's own thread only: a stop before start calls nobody back."""
    callers: list[str] = []
    folder = HotFolder("/nonexistent/scans", _noop, on_status=lambda _s: callers.append(current_name()))
    assert folder.stop(0.1) and folder.status().state is LinkState.STOPPED
    assert folder.status().detail == "never started"
    assert callers == []


def current_name() -> str:
    return threading.current_thread().name


def test_the_event_bus_counts_every_event_published_from_many_threads() -> None:
    """Reader threads and the ingestion thread publish at once: no count is lost."""
    bus = EventBus()
    seen: list[TrackingEvent] = []
    bus.subscribe(seen.append)
    event = TrackingEvent(EventKind.READER_STATUS, 0.0, reader="R1")
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [
            threading.Thread(target=lambda: [bus.publish(event) for _ in range(2000)]) for _ in range(8)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(switch)
    assert bus.published == 16000 == len(seen) and bus.subscriber_errors == 0
