"""The capture sources (hardware.hotfolder, hardware.camera, imaging.sources.import_files) with real
files and real video: a hot folder on tmp_path that files are dropped into, and MJPG .avi files
written by OpenCV standing in for a document camera. No Qt."""

from __future__ import annotations

import io
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC
from pathlib import Path
from typing import Any, TypeVar

import cv2
import numpy as np
import pytest
from numpy.typing import NDArray
from PIL import Image

from app.captures import Capture
from hardware.camera import CameraSource
from hardware.capture import CaptureSource, SourceStatus
from hardware.channels import open_capture
from hardware.hotfolder import HotFolder
from imaging.sources import import_files

WAIT = 5.0  # generous upper bound for what should take well under a second
POLL = 0.02

S = TypeVar("S", bound=CaptureSource)


class Sink:
    """Collects captures (thread-safe); ``fail`` decides whether to refuse one."""

    def __init__(self, fail: Callable[[Capture], bool] | None = None) -> None:
        self.captures: list[Capture] = []
        self.calls: list[str] = []
        self._fail = fail
        self._lock = threading.Lock()

    def __call__(self, capture: Capture) -> None:
        with self._lock:
            self.calls.append(capture.name)
            if self._fail is not None and self._fail(capture):
                raise RuntimeError(f"refused {capture.name}")
            self.captures.append(capture)

    @property
    def names(self) -> list[str]:
        with self._lock:
            return [c.name for c in self.captures]


class Sources:
    def __init__(self) -> None:
        self.started: list[CaptureSource] = []

    def start(self, source: S) -> S:
        self.started.append(source)
        source.start()
        return source


@pytest.fixture
def scans(tmp_path: Path) -> Path:
    folder = tmp_path / "scans"
    folder.mkdir()
    return folder


@pytest.fixture
def sources() -> Iterator[Sources]:
    holder = Sources()
    yield holder
    for source in holder.started:
        assert source.stop(timeout=WAIT)


def wait_for(check: Callable[[], bool], timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.005)


def wait_status(source: CaptureSource, check: Callable[[SourceStatus], bool]) -> SourceStatus:
    wait_for(lambda: check(source.status()))
    return source.status()


def _png(value: int = 128) -> bytes:
    buf = io.BytesIO()
    Image.new("L", (4, 4), value).save(buf, "PNG")
    return buf.getvalue()


def _polls(n: int) -> None:
    time.sleep(n * POLL)


# -- hot folder --------------------------------------------------------------------------------------------


def test_dropped_files_arrive_once_in_name_order_and_move_to_done(scans: Path, sources: Sources) -> None:
    for i, name in enumerate(["page-10.png", "page-2.png", "page-1.png", "page-3.png"]):
        (scans / name).write_bytes(_png(i))
    for ignored in [".hidden.png", "scan.tmp", "scan.PART", "~lock.png"]:
        (scans / ignored).write_bytes(_png())
    (scans / "sub").mkdir()
    (scans / "sub" / "inner.png").write_bytes(_png())
    sink = Sink()
    folder = sources.start(HotFolder(scans, sink, poll_s=POLL))
    wait_for(lambda: len(sink.names) == 4)
    assert sink.names == ["page-1.png", "page-2.png", "page-3.png", "page-10.png"]
    first = sink.captures[0]
    assert first.source == folder.url == f"folder://{scans}"
    assert first.data == (scans / ".done" / "page-1.png").read_bytes() == _png(2)
    assert first.media_type == "image/png"
    assert first.received_at.tzinfo is UTC
    wait_status(folder, lambda s: s.pending == 0)
    _polls(10)
    assert len(sink.names) == 4  # once only
    assert sorted(p.name for p in (scans / ".done").iterdir()) == sorted(sink.names)
    left = sorted(p.name for p in scans.iterdir())
    assert left == [".done", ".hidden.png", "scan.PART", "scan.tmp", "sub", "~lock.png"]
    status = folder.status()
    assert (status.state, status.captured, status.errors, status.last_capture) == (
        "connected",
        4,
        0,
        sink.captures[-1].received_at,
    )


def test_a_growing_file_waits_until_stable_and_later_pages_wait_for_it(scans: Path, sources: Sources) -> None:
    sink = Sink()
    sources.start(HotFolder(scans, sink, poll_s=0.05, settle_polls=4))  # unchanged for 200 ms
    growing = scans / "scan-001.pdf"
    (scans / "scan-002.pdf").write_bytes(b"%PDF-1.4 second page")
    chunks = [b"%PDF-1.4 ", *(b"x" * 100 for _ in range(15))]
    with growing.open("wb") as out:
        for chunk in chunks:  # one write every 20 ms: never unchanged for 4 polls
            out.write(chunk)
            out.flush()
            time.sleep(0.02)
            assert sink.names == []
    wait_for(lambda: len(sink.names) == 2)
    assert sink.names == ["scan-001.pdf", "scan-002.pdf"]
    assert sink.captures[0].data == b"".join(chunks)
    assert sink.captures[0].media_type == "application/pdf"


def test_an_empty_file_is_delivered_once_it_stays_empty(scans: Path, sources: Sources) -> None:
    sink = Sink()
    sources.start(HotFolder(scans, sink, poll_s=POLL))
    (scans / "blank.jpg").touch()
    wait_for(lambda: sink.names == ["blank.jpg"])
    assert sink.captures[0].data == b""
    assert sink.captures[0].media_type == "application/octet-stream"


def test_a_name_already_in_done_gets_a_counter(scans: Path, sources: Sources) -> None:
    sink = Sink()
    sources.start(HotFolder(scans, sink, poll_s=POLL))
    (scans / "scan.png").write_bytes(_png(1))
    wait_for(lambda: len(sink.names) == 1)
    wait_for(lambda: (scans / ".done" / "scan.png").exists())
    (scans / "scan.png").write_bytes(_png(2))
    wait_for(lambda: (scans / ".done" / "scan.1.png").exists())
    assert (scans / ".done" / "scan.png").read_bytes() == _png(1)
    assert (scans / ".done" / "scan.1.png").read_bytes() == _png(2)
    assert sink.names == ["scan.png", "scan.png"]


def test_a_refused_file_stays_is_retried_then_moves_to_failed(scans: Path, sources: Sources) -> None:
    flaky_failures = [1]

    def fail(capture: Capture) -> bool:
        if capture.name == "bad.png":
            return True
        if capture.name == "flaky.png" and flaky_failures:
            flaky_failures.pop()
            return True
        return False

    sink = Sink(fail)
    (scans / "bad.png").write_bytes(_png())
    (scans / "flaky.png").write_bytes(_png())
    (scans / "good.png").write_bytes(_png())
    folder = sources.start(HotFolder(scans, sink, poll_s=POLL, retry_s=0.05))
    status = wait_status(folder, lambda s: s.failed == 1 and s.captured == 2)
    assert sink.calls.count("bad.png") == 3
    assert sink.calls.count("flaky.png") == 2
    assert sorted(sink.names) == ["flaky.png", "good.png"]
    assert status.errors == 4  # three for bad.png, one for flaky.png
    assert (scans / ".failed" / "bad.png").read_bytes() == _png()
    note = (scans / ".failed" / "bad.png.error.txt").read_text()
    assert "sink failed" in note and "refused bad.png" in note and "attempt 3 of 3" in note
    assert sorted(p.name for p in (scans / ".done").iterdir()) == ["flaky.png", "good.png"]
    assert "bad.png" in status.detail and ".failed" in status.detail
    assert not (scans / "bad.png").exists()


def test_a_retry_waits_for_its_backoff(scans: Path, sources: Sources) -> None:
    sink = Sink(lambda c: True)
    (scans / "bad.png").write_bytes(_png())
    folder = sources.start(HotFolder(scans, sink, poll_s=POLL, retry_s=1.0))
    status = wait_status(folder, lambda s: s.errors == 1)
    assert "attempt 1 of 3" in status.detail and "retry in" in status.detail
    _polls(10)  # 200 ms: well inside the first backoff (at least 800 ms)
    assert sink.calls == ["bad.png"]
    assert (scans / "bad.png").exists()


def test_a_vanished_folder_is_disconnected_and_recovers(scans: Path, sources: Sources) -> None:
    watched = scans / "inbox"
    sink = Sink()
    folder = sources.start(HotFolder(watched, sink, poll_s=POLL, backoff_max=0.1))
    status = wait_status(folder, lambda s: s.state == "disconnected")
    assert "inbox" in status.detail
    watched.mkdir()
    wait_status(folder, lambda s: s.state == "connected")
    (watched / "a.png").write_bytes(_png())
    wait_for(lambda: sink.names == ["a.png"])
    shutil.rmtree(watched)
    wait_status(folder, lambda s: s.state == "disconnected")
    watched.mkdir()
    (watched / "b.png").write_bytes(_png())
    wait_for(lambda: sink.names == ["a.png", "b.png"])
    status = folder.status()
    assert (status.state, status.reconnects) == ("connected", 1)  # the first connection is not a reconnection
    assert (watched / ".done" / "b.png").exists()


def test_stop_is_prompt_and_final(scans: Path) -> None:
    folder = HotFolder(scans, Sink(), poll_s=10.0)
    folder.start()
    wait_status(folder, lambda s: s.state == "connected")
    started = time.monotonic()
    assert folder.stop(timeout=WAIT)
    assert time.monotonic() - started < 0.5
    assert folder.status().state == "stopped"
    unstarted = HotFolder(scans, Sink())
    assert unstarted.stop()
    assert unstarted.status().state == "stopped"


def test_status_callbacks_see_every_state(scans: Path, sources: Sources) -> None:
    seen: list[str] = []
    folder = sources.start(
        HotFolder(scans / "nope", Sink(), poll_s=POLL, on_status=lambda s: seen.append(s.state))
    )
    wait_status(folder, lambda s: s.state == "disconnected")
    assert folder.stop()
    assert seen[0] == "connecting" and "disconnected" in seen and seen[-1] == "stopped"


# -- camera ------------------------------------------------------------------------------------------------

W, H, FPS = 1280, 720, 10


def _desk() -> NDArray[np.uint8]:
    return np.full((H, W, 3), 35, np.uint8)


def _page_at(x: int, y: int) -> NDArray[np.uint8]:
    """A white A4-ish sheet with a few dark lines of "text"."""
    frame = _desk()
    frame[y : y + 420, x : x + 300] = 235
    for row in range(y + 40, y + 400, 40):
        frame[row : row + 6, x + 30 : x + 270] = 40
    return frame


def _write_video(path: Path, frames: list[NDArray[np.uint8]], fps: float = FPS) -> Path:
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), fps, (W, H))
    assert writer.isOpened()
    for frame in frames:
        writer.write(frame)
    writer.release()
    return path


def _decode(png: bytes) -> NDArray[np.uint8]:
    image = cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_COLOR)
    assert image is not None
    return np.asarray(image, np.uint8)


@pytest.fixture(scope="module")
def two_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """1 s empty desk, a page laid down and still for 1 s, moved across for 1 s, still again 1 s."""
    frames = [_desk()] * FPS + [_page_at(100, 100)] * FPS
    frames += [_page_at(100 + 60 * i, 100 + 15 * i) for i in range(1, FPS + 1)]
    frames += [_page_at(700, 250)] * FPS + [_desk()] * 3
    return _write_video(tmp_path_factory.mktemp("video") / "desk.avi", frames)


def test_camera_auto_captures_each_still_page_once(two_pages: Path, sources: Sources) -> None:
    sink = Sink()
    previews: list[NDArray[np.uint8]] = []
    camera = sources.start(
        CameraSource(two_pages, sink, on_preview=previews.append, preview_hz=1000, realtime=False)
    )
    status = wait_status(camera, lambda s: s.state == "finished")
    assert len(sink.captures) == 2
    assert status.captured == 2 and status.errors == 0 and status.frames == 4 * FPS + 3
    first, second = sink.captures
    assert first.source == camera.url == f"camera://{two_pages}"
    assert first.name.startswith("frame-") and first.media_type == "image/png"
    for capture, (x, y) in ((first, (100, 100)), (second, (700, 250))):
        image = _decode(capture.data)
        assert image.shape == (H, W, 3)  # full resolution
        assert image[y + 20, x + 150].min() > 200  # the page, where it lay still
        assert image[10, 10].max() < 60  # the desk
    frame_numbers = [int(c.name.removeprefix("frame-")) for c in sink.captures]
    assert FPS + 6 <= frame_numbers[0] <= 2 * FPS  # after 0.6 s of stillness, before it moved
    assert 3 * FPS + 6 <= frame_numbers[1] <= 4 * FPS
    assert previews and all(p.shape == (540, 960, 3) for p in previews)


def test_a_refused_capture_is_tried_again_after_another_still_spell(tmp_path: Path, sources: Sources) -> None:
    video = _write_video(tmp_path / "long.avi", [_desk()] * 3 + [_page_at(200, 100)] * (3 * FPS))
    refusals = [1]

    def fail(capture: Capture) -> bool:
        return bool(refusals and refusals.pop())

    sink = Sink(fail)
    camera = sources.start(CameraSource(video, sink, realtime=False))
    status = wait_status(camera, lambda s: s.state == "finished")
    assert len(sink.calls) == 2 and len(sink.captures) == 1
    assert (status.captured, status.errors) == (1, 1)


def test_no_page_no_capture_but_the_shutter_still_works(tmp_path: Path, sources: Sources) -> None:
    video = _write_video(tmp_path / "empty.avi", [_desk()] * 10, fps=50)
    sink = Sink()
    camera = sources.start(CameraSource(video, sink, loop=True, status_interval=0.05))  # 50 frames/s
    wait_status(camera, lambda s: s.frames >= 30)
    assert sink.captures == []
    camera.capture_now()
    wait_for(lambda: len(sink.captures) == 1)
    image = _decode(sink.captures[0].data)
    assert image.shape == (H, W, 3)
    assert camera.status().state == "connected"  # looping, not finished
    started = time.monotonic()
    assert camera.stop()
    assert time.monotonic() - started < 0.5
    assert camera.status().state == "stopped"
    assert len(sink.captures) == 1


def test_video_files_play_in_real_time_unless_told_otherwise(tmp_path: Path, sources: Sources) -> None:
    video = _write_video(tmp_path / "short.avi", [_desk()] * 10, fps=20)  # 0.5 s
    for realtime, low, high in ((True, 0.4, 3.0), (False, 0.0, 0.3)):
        camera = sources.start(CameraSource(video, Sink(), realtime=realtime))
        started = time.monotonic()
        wait_status(camera, lambda s: s.state == "finished")
        assert low <= time.monotonic() - started <= high, realtime


def test_looping_file_captures_its_pages_on_every_pass(two_pages: Path, sources: Sources) -> None:
    sink = Sink()
    camera = sources.start(CameraSource(two_pages, sink, realtime=False, loop=True))
    wait_for(lambda: len(sink.captures) >= 5)
    assert camera.stop()
    assert camera.status().frames > 2 * (4 * FPS + 3)


@pytest.mark.parametrize("target", [99, "missing.avi"])
def test_a_missing_device_is_disconnected_and_retried(
    target: int | str, tmp_path: Path, sources: Sources
) -> None:
    if isinstance(target, str):
        target = str(tmp_path / target)
    camera = sources.start(CameraSource(target, Sink(), backoff_initial=0.01, backoff_max=0.02))
    status = wait_status(camera, lambda s: s.state == "disconnected" and "attempt 3" in s.detail)
    assert status.frames == 0 and status.captured == 0
    started = time.monotonic()
    assert camera.stop()
    assert time.monotonic() - started < 0.5
    assert camera.status().state == "stopped"


def test_a_video_file_that_appears_later_is_picked_up(
    two_pages: Path, tmp_path: Path, sources: Sources
) -> None:
    late = tmp_path / "late.avi"
    sink = Sink()
    camera = sources.start(CameraSource(late, sink, realtime=False, backoff_initial=0.02, backoff_max=0.05))
    wait_status(camera, lambda s: s.state == "disconnected")
    shutil.copy(two_pages, tmp_path / "late.tmp")
    os.rename(tmp_path / "late.tmp", late)
    status = wait_status(camera, lambda s: s.state == "finished")
    assert status.captured == 2


def test_camera_arguments_are_checked() -> None:
    with pytest.raises(ValueError):
        CameraSource(-1, Sink())
    with pytest.raises(ValueError):
        CameraSource(0, Sink(), preview_hz=0)


# -- file import -------------------------------------------------------------------------------------------


def test_import_reads_files_in_order_and_never_raises(tmp_path: Path) -> None:
    (tmp_path / "b.png").write_bytes(_png())
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4 x")
    (tmp_path / "big.png").write_bytes(_png() + bytes(100))
    (tmp_path / "folder").mkdir()
    paths: list[Any] = [
        tmp_path / "b.png",
        str(tmp_path / "a.pdf"),
        tmp_path / "gone.jpg",
        tmp_path / "folder",
        tmp_path / "big.png",
    ]
    captures = list(import_files(paths, max_bytes=100))
    assert [c.name for c in captures] == ["b.png", "a.pdf", "gone.jpg", "folder", "big.png"]
    assert {c.source for c in captures} == {"import"}
    b, a, gone, folder, big = captures
    assert (b.data, b.media_type, b.error) == (_png(), "image/png", "")
    assert (a.media_type, a.error) == ("application/pdf", "")
    for failed in (gone, folder, big):
        assert failed.data == b"" and failed.error
    assert "No such file" in gone.error
    assert "limit" in big.error
    assert all(c.received_at.tzinfo is UTC for c in captures)


# -- channel URLs ------------------------------------------------------------------------------------------


def test_open_source_maps_urls_to_sources(tmp_path: Path) -> None:
    folder = open_capture(f"folder://{tmp_path}", Sink(), poll_s=0.1)
    assert isinstance(folder, HotFolder)
    assert (folder.path, folder.poll_s, folder.url) == (tmp_path, 0.1, f"folder://{tmp_path}")
    spaced = open_capture("folder:///srv/scans/desk%201", Sink())
    assert isinstance(spaced, HotFolder) and spaced.path == Path("/srv/scans/desk 1")
    assert spaced.url == "folder:///srv/scans/desk%201"
    device = open_capture("camera://0", Sink())
    assert isinstance(device, CameraSource) and device.target == 0 and device.url == "camera://0"
    video = open_capture("camera:///data/demo%20desk.avi", Sink(), loop=True)
    assert isinstance(video, CameraSource) and video.target == "/data/demo desk.avi" and video.loop
    for source in (folder, spaced, device, video):
        assert not source.is_alive() and source.status().state == "connecting"


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com/scans",
        "scanner://0",
        "folder://relative/path",
        "folder:relative",
        "folder:///",
        "folder:///srv/scans?poll=1",
        "camera://abc",
        "camera://-1",
        "camera://0/extra",
        "camera://",
        "camera:relative.avi",
        "",
    ],
)
def test_open_source_refuses_bad_urls(url: str) -> None:
    with pytest.raises(ValueError, match="capture source"):
        open_capture(url, Sink())


def test_open_source_passes_unknown_keywords_to_the_constructor() -> None:
    with pytest.raises(TypeError):
        open_capture("camera://0", Sink(), poll_s=1.0)
