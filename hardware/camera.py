"""A document camera as a device channel (``camera://0`` a video device by index,
``camera:///dev/video0`` one by path, ``camera:///abs/file.avi`` a video file standing in for one):
a thread that captures a page whenever one lies still, and hands preview frames to the GUI.

Threads: ``CameraSource.run`` and the callbacks it makes run on the camera's own non-daemon thread
("camera-<target>"); ``start()``, ``stop()``, ``status()`` and ``capture_now()`` may be called from
any thread (see ``hardware.capture`` for the states and the sink's contract). Uses OpenCV and numpy
directly: ``hardware`` never imports ``imaging``.
"""

from __future__ import annotations

import logging
import math
import os
import threading
import time
from collections.abc import Callable
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

from app.captures import Capture, sniff
from app.tracking.reads import LinkState
from hardware.capture import CaptureSource, SourceStatus, now_utc
from hardware.channels import CameraChannel, camera_url

log = logging.getLogger(__name__)

Frame = NDArray[np.uint8]


class CameraSource(CaptureSource):
    """Reads a camera (a device index, or a device path under ``/dev/``) or a video file (a stand-in
    for a document camera) and captures a page whenever one lies still.

    Each frame is reduced to a small grey image (``analysis_width`` pixels wide, blurred). Motion is
    the mean absolute difference from the previous one (grey levels, 0-255), and also from the
    first frame of the current still spell, so a slow drift counts as motion. When the scene has
    been still for ``still_s`` and shows a page (Otsu threshold: a bright region clearly brighter
    than the rest, largest outline over 10 % of the frame; the desk must be darker than paper), the
    full-resolution frame is sent as a PNG capture. It is captured once: capturing again needs motion
    first. ``capturenow_utc()`` captures the next frame whatever it shows.

    Time for ``still_s`` is wall time for a device, and the file's own clock (frame number / FPS) for
    a video file. Video files are read at their FPS (``realtime``) or as fast as possible. At the
    end of a file the state becomes "finished" and the thread ends, or the file starts again
    (``loop``). A device that cannot be opened or stops delivering is "disconnected" and reopened
    after an exponential backoff with jitter. ``on_preview`` gets frames at most ``preview_width``
    wide at most ``preview_hz`` times a second; it must not block.
    """

    def __init__(
        self,
        target: int | str | os.PathLike[str],
        sink: Callable[[Capture], None],
        *,
        on_preview: Callable[[Frame], None] | None = None,
        preview_hz: float = 10.0,
        preview_width: int = 960,
        still_s: float = 0.6,
        motion_threshold: float = 3.0,
        loop: bool = False,
        realtime: bool = True,
        analysis_width: int = 320,
        backoff_initial: float = 0.5,
        backoff_max: float = 5.0,
        on_status: Callable[[SourceStatus], None] | None = None,
        status_interval: float = 1.0,
    ) -> None:
        if isinstance(target, bool) or (isinstance(target, int) and target < 0):
            raise ValueError(f"camera device index must be a non-negative integer, got {target!r}")
        if (
            preview_hz <= 0
            or preview_width < 16
            or analysis_width < 32
            or still_s < 0
            or motion_threshold <= 0
        ):
            raise ValueError(
                "need preview_hz > 0, preview_width >= 16, analysis_width >= 32, still_s >= 0 "
                "and motion_threshold > 0"
            )
        if isinstance(target, int):
            self.target: int | str = target
            label = str(target)
        else:
            self.target = os.path.abspath(target)
            label = os.path.basename(self.target)
        self.channel = CameraChannel(camera_url(target), self.target)  # says what the target is
        super().__init__(
            self.channel.url,
            f"camera-{label}",
            sink,
            on_status=on_status,
            backoff_initial=backoff_initial,
            backoff_max=backoff_max,
            status_interval=status_interval,
        )
        self.preview_interval = 1.0 / preview_hz
        self.preview_width = preview_width
        self.still_s = still_s
        self.motion_threshold = motion_threshold
        self.loop = loop
        self.realtime = realtime
        self.analysis_width = analysis_width
        self._on_preview = on_preview
        self._shutter = threading.Event()
        # Scene state (the source's thread only).
        self._prev: Frame | None = None
        self._still_since: float | None = None
        self._still_ref: Frame | None = None
        self._armed = True
        self._next_preview = 0.0
        self._next_status = 0.0

    def capture_now(self) -> None:
        """Capture the next frame, whatever it shows (the manual shutter). Any thread."""
        self._shutter.set()

    # -- the source's thread --------------------------------------------------------------------------------

    def _loop(self) -> None:
        backoff = self.backoff
        attempts = 0
        ever_connected = False
        while not self._stopping.is_set():
            cap, why = self._open()
            if cap is None:
                attempts += 1
                delay = backoff.next()
                log.log(logging.WARNING if attempts == 1 else logging.DEBUG, "%s: %s", self.url, why)
                self._set_link(LinkState.DISCONNECTED, f"{why} (attempt {attempts}; retry in {delay:.2f} s)")
                if self._sleep(delay):
                    break
                continue
            if ever_connected:
                self._reconnects += 1
            ever_connected = True
            attempts = 0
            frames_before = self._frames
            try:
                outcome = self._pump(cap)
            except (cv2.error, OSError) as exc:
                log.warning("%s: read failed: %s", self.url, exc)
                outcome = f"read failed: {exc}"
            finally:
                cap.release()
            if self._stopping.is_set():
                break
            if outcome == "end":
                if self.loop:
                    log.debug("%s: end of file, starting again", self.url)
                    continue
                self._set_link(LinkState.FINISHED, f"end of file after {self._frames} frames")
                return
            self._errors += 1
            if self._frames > frames_before:  # the device worked: start the backoff afresh
                backoff.reset()
            delay = backoff.next()
            self._set_link(LinkState.DISCONNECTED, f"{outcome} (retry in {delay:.2f} s)")
            if self._sleep(delay):
                break

    @property
    def is_file(self) -> bool:
        """A video file standing in for a camera, not a device: the channel's answer."""
        return self.channel.is_file

    def _open(self) -> tuple[Any, str]:
        """An opened ``cv2.VideoCapture``, or None and why not."""
        if self.is_file and not os.path.isfile(self.target):
            return None, f"no such video file {self.target}"
        if isinstance(self.target, str) and not self.is_file and not os.path.exists(self.target):
            return None, f"no such camera device {self.target}"  # unplugged: retried
        try:
            if isinstance(self.target, str) and not self.is_file:
                cap = cv2.VideoCapture(self.target, cv2.CAP_V4L2)  # a device node, not a file to decode
            else:
                cap = cv2.VideoCapture(self.target)
        except cv2.error as exc:
            return None, f"cannot open {self.target}: {exc}"
        if not cap.isOpened():
            cap.release()
            return None, f"cannot open {'video file' if self.is_file else 'camera'} {self.target}"
        return cap, ""

    def _pump(self, cap: Any) -> str:
        """Read frames until stopped ("stopped"), the file ended ("end") or reading failed (why)."""
        fps = float(cap.get(cv2.CAP_PROP_FPS)) if self.is_file else 0.0
        if not (math.isfinite(fps) and 1.0 <= fps <= 1000.0):
            fps = 25.0
        self._set_link(LinkState.CONNECTED, "")
        read = 0
        started = time.monotonic()
        while not self._stopping.is_set():
            if self.is_file and self.realtime:
                wait = started + read / fps - time.monotonic()
                if wait > 0 and self._stopping.wait(wait):
                    break
            ok, frame = cap.read()
            if not ok or frame is None:
                if self.is_file:
                    return "end" if read else f"no frame could be read from {self.target}"
                return f"camera {self.target} stopped delivering frames"
            read += 1
            self._frames += 1
            clock = self._frames / fps if self.is_file else time.monotonic()
            self._frame(_to_bgr(frame), clock)
            now = time.monotonic()
            if now >= self._next_status:
                self._next_status = now + self.status_interval
                self._publish()
        return "stopped"

    def _frame(self, frame: Frame, clock: float) -> None:
        small = self._small(frame)
        prev, self._prev = self._prev, small
        if self._shutter.is_set():
            self._shutter.clear()
            if self._capture(frame):
                self._armed = False
        if prev is None:  # the very first frame
            self._moved(small, clock, rearm=False)
        elif prev.shape != small.shape or _motion(prev, small) > self.motion_threshold:
            # Also across a reconnection or a loop: a scene changed meanwhile is a new scene.
            self._moved(small, clock, rearm=True)
        elif self._still_since is None or self._still_ref is None:
            self._moved(small, clock, rearm=False)
        elif (
            self._still_ref.shape != small.shape or _motion(self._still_ref, small) > self.motion_threshold
        ):  # slow drift since the spell began
            self._moved(small, clock, rearm=True)
        elif self._armed and clock - self._still_since >= self.still_s and _has_page(small):
            if self._capture(frame):
                self._armed = False
            else:
                self._still_since = clock  # the sink refused: try again after another still spell
        self._preview(frame)

    def _moved(self, small: Frame, clock: float, *, rearm: bool) -> None:
        """A new still spell may begin here."""
        self._still_since = clock
        self._still_ref = small
        if rearm:
            self._armed = True

    def _capture(self, frame: Frame) -> bool:
        name = f"frame-{self._frames:06d}"
        ok, buf = cv2.imencode(".png", frame, [cv2.IMWRITE_PNG_COMPRESSION, 3])
        if not ok:
            self._errors += 1
            self._set_detail(f"{name}: could not encode the frame as PNG")
            return False
        data = buf.tobytes()
        why = self._deliver(Capture(self.url, name, data, now_utc(), sniff(data)))
        if why:
            self._set_detail(f"{name}: {why}")
        return not why

    def _preview(self, frame: Frame) -> None:
        if self._on_preview is None:
            return
        now = time.monotonic()
        if now < self._next_preview:
            return
        self._next_preview = now + self.preview_interval
        h, w = frame.shape[:2]
        if w > self.preview_width:
            size = (self.preview_width, max(1, round(h * self.preview_width / w)))
            frame = cv2.resize(frame, size, interpolation=cv2.INTER_AREA)  # type: ignore[assignment]
        try:
            self._on_preview(frame)
        except Exception:
            self._errors += 1
            log.exception("%s: on_preview failed", self.url)
            return
        self._previews += 1

    def _small(self, frame: Frame) -> Frame:
        h, w = frame.shape[:2]
        width = min(self.analysis_width, w)
        size = (width, max(1, round(h * width / w)))
        grey = cv2.cvtColor(cv2.resize(frame, size, interpolation=cv2.INTER_AREA), cv2.COLOR_BGR2GRAY)
        return cv2.GaussianBlur(grey, (5, 5), 0)  # type: ignore[return-value]


def _to_bgr(frame: NDArray[Any]) -> Frame:
    if frame.dtype != np.uint8:
        frame = (frame >> 8).astype(np.uint8) if frame.dtype == np.uint16 else frame.astype(np.uint8)
    if frame.ndim == 2:
        return cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)  # type: ignore[return-value]
    if frame.shape[2] == 4:
        return cv2.cvtColor(frame, cv2.COLOR_BGRA2BGR)  # type: ignore[return-value]
    return frame


def _motion(a: Frame, b: Frame) -> float:
    return float(cv2.absdiff(a, b).mean())


PAGE_MIN_AREA = 0.10  # of the frame
PAGE_MIN_CONTRAST = 40.0  # grey levels between the bright region and the rest


def _has_page(small: Frame) -> bool:
    """A large bright region clearly brighter than the rest: paper on a darker desk."""
    _, mask = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    bright = mask > 0
    n_bright = int(bright.sum())
    if n_bright == 0 or n_bright == mask.size:
        return False
    if float(small[bright].mean()) - float(small[~bright].mean()) < PAGE_MIN_CONTRAST:
        return False
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    largest = max((cv2.contourArea(c) for c in contours), default=0.0)
    return largest > PAGE_MIN_AREA * mask.size
