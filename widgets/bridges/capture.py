"""Capture sources (hot folder, camera) wired to the runner and back to the GUI.

A ``SourceBridge`` lives on the GUI thread; the sources run on their own threads. Their sink calls
``runner.ingest`` there (stores, processes and records synchronously), then posts the resulting
changes (and any failure) to a batch coalescer (``widgets.bridges.coalesce``); status snapshots
and preview frames go to latest-value coalescers, so a newer frame or snapshot replaces one still
waiting and a slow GUI never falls behind the camera. The GUI thread gets ``ingested(changes)``,
``failed(url, why)``, ``status(snapshot)`` and ``preview_ready()`` (then ``take_frame()``), each
at most a few times a second; every slot connected to them runs on the GUI thread.

A source that does not end within ``STOP_TIMEOUT_S`` may still be in ``runner.ingest``: ``shutdown``
returns such sources, and ``close_when_ended`` closes the runner only once they, and the dock's
workers still in the runner (an import, a reclassification, the warm-up), have ended (on a thread
of its own, "capture-close", within one deadline), never under a running ingest.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from app.captures import Capture
from app.operations import Change, Target
from app.statuses import PageStatus
from hardware.camera import CameraSource
from hardware.capture import SourceStatus
from hardware.channels import CameraChannel, open_capture, parse_capture
from hardware.hotfolder import HotFolder
from imaging.batch import CaptureRunner
from widgets.bridges.coalesce import BatchCoalescer, LatestCoalescer

log = logging.getLogger(__name__)
STOP_TIMEOUT_S = 5.0
CLOSE_AFTER_S = 60.0  # how long the runner waits for a source that outlived its stop
RESULTS_HZ = 10.0  # ingested changes, failures and status snapshots per second at most
PREVIEW_HZ = 30.0  # preview frames per second at most


@dataclass(frozen=True)
class SourceTally:
    """What a source's files were recorded as, from the pages their ingest returned (a file retried
    after a fault names the same pages again: counted once)."""

    pages: int = 0  # pages recorded, duplicates not included
    rejected: int = 0  # of those, rejected (a damaged file, a bad scan)
    duplicates: int = 0  # pages of files captured before


@dataclass
class RunningSource:
    url: str
    batch_id: int
    source: HotFolder | CameraSource

    @property
    def is_camera(self) -> bool:
        return isinstance(self.source, CameraSource)


class SourceBridge(QObject):
    ingested = Signal(object)  # list[Change] (GUI thread)
    failed = Signal(str, str)  # url, why
    status = Signal(object)  # SourceStatus
    preview_ready = Signal()

    def __init__(
        self,
        runner: CaptureRunner,
        to_image: Callable[[NDArray[np.uint8]], QImage],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("capture.bridge")
        self.runner = runner
        self.to_image = to_image  # a preview frame (BGR) as a QImage, on the camera's thread
        self.running: dict[str, RunningSource] = {}
        self._frame: QImage | None = None  # GUI thread: the newest frame delivered, not yet taken
        self._recorded: dict[str, dict[str, str]] = {}  # url -> page id -> status (source threads)
        self._recorded_lock = threading.Lock()
        self._changes: BatchCoalescer[Change] = BatchCoalescer(
            self.ingested.emit, max_rate_hz=RESULTS_HZ, name="capture.changes", parent=self
        )
        self._failures: BatchCoalescer[tuple[str, str]] = BatchCoalescer(
            self._on_failures, max_rate_hz=RESULTS_HZ, name="capture.failures", parent=self
        )
        self._statuses: LatestCoalescer[str, SourceStatus] = LatestCoalescer(
            self._on_statuses, max_rate_hz=RESULTS_HZ, name="capture.status", parent=self
        )
        self._previews: LatestCoalescer[str, QImage] = LatestCoalescer(
            self._on_previews, max_rate_hz=PREVIEW_HZ, name="capture.preview", parent=self
        )

    # -- GUI thread -----------------------------------------------------------------------------------
    def start(self, url: str, batch_id: int, *, duplex: bool = False, **options: object) -> RunningSource:
        """Open and start the source at ``url``; its captures go into ``batch_id``."""
        if url in self.running:
            raise RuntimeError(f"{url} is already running")
        sink = self._sink(url, batch_id, duplex)
        kw: dict[str, object] = {"on_status": self._on_status, **options}
        if isinstance(parse_capture(url), CameraChannel):  # as the parser reads it (" CAMERA://0" too)
            kw["on_preview"] = lambda frame: self._on_preview(url, frame)
        source = open_capture(url, sink, **kw)
        running = RunningSource(url, batch_id, source)
        self.running[url] = running
        with self._recorded_lock:
            self._recorded[url] = {}
        source.start()
        return running

    def stop(self, url: str) -> bool:
        running = self.running.pop(url, None)
        if running is None:
            return True
        ended = running.source.stop(STOP_TIMEOUT_S)
        if running.is_camera:
            self._previews.discard(url)
            self._frame = None
        return ended

    def stop_all(self) -> list[HotFolder | CameraSource]:
        """Stop every source (bounded waits); the ones that have not ended (maybe mid-ingest)."""
        lingering = []
        for url in list(self.running):
            source = self.running[url].source
            if not self.stop(url):
                lingering.append(source)
        return lingering

    def capture_now(self) -> bool:
        """Press the shutter of every running camera; False if none runs."""
        cameras = [r.source for r in self.running.values() if isinstance(r.source, CameraSource)]
        for cam in cameras:
            cam.capture_now()
        return bool(cameras)

    def tally(self, url: str) -> SourceTally:
        """What the running source's files have been recorded as since it started (any thread)."""
        with self._recorded_lock:
            statuses = list(self._recorded.get(url, {}).values())
        duplicates = statuses.count(PageStatus.DUPLICATE)
        return SourceTally(len(statuses) - duplicates, statuses.count(PageStatus.REJECTED), duplicates)

    def take_frame(self) -> QImage | None:
        """The newest preview frame (once); the next frame will signal again."""
        frame, self._frame = self._frame, None
        return frame

    def shutdown(self) -> list[HotFolder | CameraSource]:
        """For good: every source stopped, nothing more delivered, no timer running. Returns the
        sources that did not end in time (hand them to ``close_when_ended`` with the runner)."""
        lingering = self.stop_all()
        for coalescer in (self._changes, self._failures, self._statuses, self._previews):
            coalescer.stop()
        self._frame = None
        return lingering

    def _on_failures(self, failures: list[tuple[str, str]]) -> None:
        for url, why in failures:
            self.failed.emit(url, why)

    def _on_statuses(self, latest: dict[str, SourceStatus]) -> None:
        for snapshot in latest.values():
            self.status.emit(snapshot)

    def _on_previews(self, latest: dict[str, QImage]) -> None:
        self._frame = next(reversed(latest.values()))  # the camera that sent last
        self.preview_ready.emit()

    # -- source threads -----------------------------------------------------------------------------
    def _sink(self, url: str, batch_id: int, duplex: bool) -> Callable[[Capture], None]:
        runner = self.runner

        def sink(capture: Capture) -> None:  # the source's thread
            try:
                changes = runner.ingest(capture, batch_id, duplex=duplex)
            except Exception as exc:  # the source keeps the file and retries; the GUI shows why
                self._failures.post((url, f"{capture.name}: {exc}"))
                raise
            pages = {
                c.target_ids[0]: str(c.detail.get("status", ""))
                for c in changes
                if c.target_type == Target.CAPTURED_PAGE
            }
            with self._recorded_lock:
                self._recorded.setdefault(url, {}).update(pages)
            self._changes.post_many(changes)

        return sink

    def _on_status(self, status: SourceStatus) -> None:  # the source's thread
        self._statuses.post(status.url, status)

    def _on_preview(self, url: str, frame: NDArray[np.uint8]) -> None:  # the camera's thread
        self._previews.post(url, self.to_image(frame))


class Ending(Protocol):
    """Something that may still use the runner: a source's thread, or a worker's ``Activity``."""

    name: str

    def is_alive(self) -> bool: ...

    def join(self, timeout: float | None = None) -> None: ...


def close_when_ended(
    users: Sequence[Ending], close: Callable[[], object], *, timeout: float = CLOSE_AFTER_S
) -> threading.Thread | None:
    """Call ``close`` (the runner's) once every one of ``users`` (sources that outlived their stop,
    the import, reclassify and warm-up workers) has ended: at once (and None) if none is running,
    else on a "capture-close" thread that waits for them, all within one deadline of ``timeout``
    seconds from now."""
    alive = [u for u in users if u.is_alive()]
    if not alive:
        close()
        return None
    deadline = time.monotonic() + timeout

    def wait_then_close() -> None:  # the capture-close thread
        for user in alive:
            user.join(max(0.0, deadline - time.monotonic()))
            if user.is_alive():
                log.warning("%s still running after %.0f s; closing the capture runner", user.name, timeout)
        close()

    log.warning("capture: %d job(s) still using the runner; it closes when they have ended", len(alive))
    closer = threading.Thread(target=wait_then_close, name="capture-close", daemon=False)
    closer.start()
    return closer


__all__ = ["Ending", "RunningSource", "SourceBridge", "SourceStatus", "SourceTally", "close_when_ended"]
