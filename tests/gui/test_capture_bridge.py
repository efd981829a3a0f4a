"""The capture bridge's way back to the GUI thread: ingested changes and failures from a source's
thread arrive in few batches with nothing lost, preview frames and status snapshots as the newest
value, and after shutdown nothing more arrives and no timer runs."""

from __future__ import annotations

import contextlib
import threading
from datetime import UTC, datetime
from typing import Any

import cv2
import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage

from app.captures import Capture
from app.operations import Change
from hardware.capture import SourceStatus
from widgets.bridges.capture import SourceBridge

WAIT_MS = 5000
URL = "folder:///scans"


class FakeRunner:
    """Stands in for CaptureRunner: every capture is one page change; a file named "bad" fails."""

    def __init__(self) -> None:
        self.seq = 0

    def ingest(self, capture: Capture, batch_id: int, *, duplex: bool = False) -> list[Change]:
        if capture.name.startswith("bad"):
            raise ValueError("unreadable")
        self.seq += 1
        return [Change("capture.ingest", "captured_page", (capture.name,), self.seq, {"batch": batch_id})]


def capture(name: str) -> Capture:
    return Capture(URL, name, b"x", datetime.now(UTC), "image/jpeg")


def to_image(frame: Any) -> QImage:
    image = QImage(int(frame.shape[1]), int(frame.shape[0]), QImage.Format.Format_Grayscale8)
    image.fill(int(frame[0, 0, 0]))
    return image


def make_bridge() -> SourceBridge:
    return SourceBridge(FakeRunner(), to_image)  # type: ignore[arg-type]


def in_thread(fn) -> threading.Thread:  # type: ignore[no-untyped-def]
    t = threading.Thread(target=fn)
    t.start()
    return t


def test_ingested_changes_and_failures_arrive_in_few_batches(qtbot) -> None:  # type: ignore[no-untyped-def]
    bridge = make_bridge()
    batches: list[list[Change]] = []
    failures: list[tuple[str, str]] = []
    bridge.ingested.connect(batches.append)
    bridge.failed.connect(lambda url, why: failures.append((url, why)))
    sink = bridge._sink(URL, 7, False)

    def folder_thread() -> None:
        for i in range(3000):
            sink(capture(f"scan{i:04d}.jpg"))
        for name in ("bad1.jpg", "bad2.jpg"):
            with contextlib.suppress(ValueError):  # the hot folder keeps the file and retries it
                sink(capture(name))

    t = in_thread(folder_thread)
    qtbot.waitUntil(lambda: sum(map(len, batches)) == 3000 and len(failures) == 2, timeout=WAIT_MS)
    t.join()
    names = [c.target_ids[0] for batch in batches for c in batch]
    assert names == [f"scan{i:04d}.jpg" for i in range(3000)]  # each change once, in order
    assert len(batches) <= 6  # coalesced, not one signal per capture
    assert failures == [(URL, "bad1.jpg: unreadable"), (URL, "bad2.jpg: unreadable")]
    bridge.shutdown()


def test_preview_frames_and_status_snapshots_arrive_as_the_newest_value(  # type: ignore[no-untyped-def]
    qtbot,
) -> None:
    bridge = make_bridge()
    ready: list[QImage | None] = []
    seen: list[SourceStatus] = []
    bridge.preview_ready.connect(lambda: ready.append(bridge.take_frame()))
    bridge.status.connect(seen.append)

    def camera_thread() -> None:
        for i in range(256):
            bridge._on_preview("camera://0", np.full((4, 6, 3), i, dtype=np.uint8))
            bridge._on_status(SourceStatus("camera://0", "connected", previews=i + 1))

    in_thread(camera_thread).join()
    qtbot.waitUntil(lambda: bool(ready) and bool(seen), timeout=WAIT_MS)
    qtbot.wait(200)
    assert len(ready) == 1 and ready[0] is not None and ready[0].pixelColor(0, 0).red() == 255
    assert seen == [SourceStatus("camera://0", "connected", previews=256)]
    assert bridge.take_frame() is None  # a frame is taken once
    bridge.shutdown()


def test_a_camera_gets_its_preview_however_its_url_is_written(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The parser accepts " camera://..." and "CAMERA://..."; the bridge asks the parser whether a
    source is a camera, so these get a preview as well."""
    video = tmp_path / "desk.avi"
    writer = cv2.VideoWriter(str(video), cv2.VideoWriter.fourcc(*"MJPG"), 10, (64, 48))
    assert writer.isOpened()
    for _ in range(5):
        writer.write(np.full((48, 64, 3), 200, np.uint8))
    writer.release()
    for url in (f" camera://{video}", f"CAMERA://{video}"):
        bridge = make_bridge()
        frames: list[QImage | None] = []
        bridge.preview_ready.connect(lambda b=bridge, f=frames: f.append(b.take_frame()))
        running = bridge.start(url, 1, realtime=False)
        assert running.is_camera
        qtbot.waitUntil(lambda f=frames: bool(f), timeout=WAIT_MS)
        assert frames[0] is not None and frames[0].width() == 64
        bridge.shutdown()


def test_after_shutdown_nothing_arrives_and_no_timer_runs(qtbot) -> None:  # type: ignore[no-untyped-def]
    bridge = make_bridge()
    got: list[object] = []
    bridge.ingested.connect(got.append)
    bridge.preview_ready.connect(lambda: got.append("frame"))
    sink = bridge._sink(URL, 1, False)
    sink(capture("one.jpg"))
    bridge.shutdown()

    def late_source() -> None:  # a source thread still ending
        sink(capture("two.jpg"))
        bridge._on_preview("camera://0", np.zeros((2, 2, 3), np.uint8))

    in_thread(late_source).join()
    qtbot.wait(300)
    assert got == []
    assert not any(t.isActive() for t in bridge.findChildren(QTimer))


def test_the_runner_closes_after_every_job_using_it_within_one_deadline(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Two sources and a worker's job that never end: the runner is closed once, after one
    deadline for all of them (not one deadline each), and a job that has ended is not waited for."""
    import time

    from widgets.bridges.capture import close_when_ended
    from widgets.workers import Worker

    worker = Worker(name="import")
    never = threading.Event()
    sources = [threading.Thread(target=never.wait, args=(10,), name=f"source-{i}") for i in range(2)]
    for s in sources:
        s.start()
    entered = threading.Event()
    worker.submit(lambda: (entered.set(), never.wait(10)), lambda _r: None)
    assert entered.wait(5) and worker.activity.is_alive()
    closed: list[float] = []
    try:
        started = time.monotonic()
        closer = close_when_ended(
            [*sources, worker.activity], lambda: closed.append(time.monotonic()), timeout=0.6
        )
        assert closer is not None and not closed
        closer.join(5)
        assert len(closed) == 1 and 0.55 <= closed[0] - started < 1.1  # one deadline, not three
    finally:
        never.set()
        for s in sources:
            s.join(5)
        worker.stop()
    assert not worker.activity.is_alive()
    done: list[str] = []
    assert close_when_ended([*sources, worker.activity], lambda: done.append("closed")) is None
    assert done == ["closed"]  # nothing still running: closed at once
