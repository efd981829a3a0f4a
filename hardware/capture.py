"""What the capture sources (a scanner's hot folder, a document camera) share on top of the device
thread: the status snapshot and handing captures to the sink.

Threads: a source's ``run`` and every callback it makes (``sink``, ``on_preview``, ``on_status``) run
on the source's own non-daemon thread ("hotfolder-<folder>", "camera-<target>"); ``start()``,
``stop()``, ``status()`` and ``capture_now()`` may be called from any thread.

States (``SourceStatus.state``, a ``LinkState``), as for the RFID readers: CONNECTING until the first
attempt ends; CONNECTED; DISCONNECTED while the folder or device is missing or failed, with retries
after an exponential backoff with jitter; FINISHED when a video file has ended (the thread ends);
STOPPED once the thread ends otherwise.

The sink decides what happens to a capture. Returning means "accepted"; raising means "not taken":
a hot folder then keeps the file and retries it, a camera counts the error and tries again once
the scene has been still for another ``still_s``. The sink runs on the source's thread, so while
it works the folder is not polled and camera frames are not read (fine for a hot folder, where
files wait on disk; a camera's sink should hand the capture over and return).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from app.captures import Capture
from app.tracking.reads import LinkState
from hardware.device import DeviceThread

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SourceStatus:
    """A snapshot; a new one replaces the old, so any thread may read ``status()`` at any time."""

    url: str
    state: LinkState
    detail: str = ""
    captured: int = 0  # captures the sink accepted (a hot folder: the files it moved to .done)
    errors: int = 0  # sink failures, unreadable files, failed reads, callback errors
    frames: int = 0  # camera: frames read
    previews: int = 0  # camera: preview frames handed to on_preview
    pending: int = 0  # hot folder: files present and not yet delivered
    failed: int = 0  # hot folder: files given up on (moved to .failed)
    reconnects: int = 0  # recoveries after a disconnection
    last_capture: datetime | None = None


def now_utc() -> datetime:
    return datetime.now(UTC)


class CaptureSource(DeviceThread[SourceStatus]):
    """A device thread whose output is ``Capture`` values handed to a sink."""

    def __init__(
        self,
        url: str,
        thread_name: str,
        sink: Callable[[Capture], None],
        *,
        on_status: Callable[[SourceStatus], None] | None,
        backoff_initial: float,
        backoff_max: float,
        status_interval: float,
    ) -> None:
        super().__init__(
            thread_name,
            url,
            on_status=on_status,
            backoff_initial=backoff_initial,
            backoff_max=backoff_max,
            status_interval=status_interval,
        )
        self.url = url
        self._sink = sink
        self._captured = 0
        self._errors = 0
        self._frames = 0
        self._previews = 0
        self._pending = 0
        self._failed = 0
        self._last_capture: datetime | None = None
        self._start_status()

    # -- the source's thread --------------------------------------------------------------------------------

    def _deliver(self, capture: Capture, *, count: bool = True) -> str:
        """Hand a capture to the sink: "" if it returned, else why not (the error is counted). A
        capture taken is counted in ``captured`` here, or (``count`` False) by the source once it
        is done with it (a hot folder: once the file is in .done)."""
        try:
            self._sink(capture)
        except Exception as exc:
            log.warning("%s: sink refused %s: %r", self.url, capture.name, exc, exc_info=True)
            self._errors += 1
            return f"sink failed: {exc!r}"
        if count:
            self._counted(capture)
        return ""

    def _counted(self, capture: Capture) -> None:
        self._captured += 1
        self._last_capture = capture.received_at
        self._publish()

    def _snapshot(self) -> SourceStatus:
        return SourceStatus(
            url=self.url,
            state=self._link,
            detail=self._detail,
            captured=self._captured,
            errors=self._errors,
            frames=self._frames,
            previews=self._previews,
            pending=self._pending,
            failed=self._failed,
            reconnects=self._reconnects,
            last_capture=self._last_capture,
        )
