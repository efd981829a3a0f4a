"""Capture sources (hot folder, camera) wired to the runner and back to the GUI.

A ``SourceBridge`` lives on the GUI thread; the sources run on their own threads. Their sink calls
``runner.ingest`` there (stores, processes and records synchronously), then reports the resulting
changes through a queued signal; status snapshots and preview frames travel the same way. Preview
frames are coalesced: while one is waiting for the GUI thread, newer frames replace it instead of
queueing up, so a slow GUI never falls behind the camera. Signals are emitted from source threads
and delivered on the GUI thread; slots connected to them run on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from app.captures import Capture
from hardware.camera import CameraSource
from hardware.capture import SourceStatus
from hardware.channels import open_capture
from hardware.hotfolder import HotFolder
from imaging.batch import CaptureRunner
from widgets.docks.capture.images import qimage_from_bgr

log = logging.getLogger(__name__)
STOP_TIMEOUT_S = 5.0


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

    def __init__(self, runner: CaptureRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.running: dict[str, RunningSource] = {}
        self._frame_lock = threading.Lock()
        self._frame: QImage | None = None
        self._frame_waiting = False

    # -- GUI thread -----------------------------------------------------------------------------------
    def start(self, url: str, batch_id: int, *, duplex: bool = False, **options: object) -> RunningSource:
        """Open and start the source at ``url``; its captures go into ``batch_id``."""
        if url in self.running:
            raise RuntimeError(f"{url} is already running")
        sink = self._sink(url, batch_id, duplex)
        kw: dict[str, object] = {"on_status": self.status.emit, **options}
        if url.startswith("camera:"):
            kw["on_preview"] = self._on_preview
        source = open_capture(url, sink, **kw)
        running = RunningSource(url, batch_id, source)
        self.running[url] = running
        source.start()
        return running

    def stop(self, url: str) -> bool:
        running = self.running.pop(url, None)
        if running is None:
            return True
        ended = running.source.stop(STOP_TIMEOUT_S)
        if running.is_camera:
            with self._frame_lock:
                self._frame = None
        return ended

    def stop_all(self) -> None:
        for url in list(self.running):
            self.stop(url)

    def capture_now(self) -> bool:
        """Press the shutter of every running camera; False if none runs."""
        cameras = [r.source for r in self.running.values() if isinstance(r.source, CameraSource)]
        for cam in cameras:
            cam.capture_now()
        return bool(cameras)

    def take_frame(self) -> QImage | None:
        """The newest preview frame (once); the next frame will signal again."""
        with self._frame_lock:
            frame, self._frame = self._frame, None
            self._frame_waiting = False
        return frame

    # -- source threads -----------------------------------------------------------------------------
    def _sink(self, url: str, batch_id: int, duplex: bool) -> Callable[[Capture], None]:
        runner = self.runner

        def sink(capture: Capture) -> None:  # the source's thread
            try:
                changes = runner.ingest(capture, batch_id, duplex=duplex)
            except Exception as exc:  # the source keeps the file and retries; the GUI shows why
                self.failed.emit(url, f"{capture.name}: {exc}")
                raise
            self.ingested.emit(changes)

        return sink

    def _on_preview(self, frame: NDArray[np.uint8]) -> None:  # the camera's thread
        image = qimage_from_bgr(frame)
        with self._frame_lock:
            self._frame = image
            if self._frame_waiting:
                return
            self._frame_waiting = True
        self.preview_ready.emit()


__all__ = ["RunningSource", "SourceBridge", "SourceStatus"]
