"""Capture sources as device channels: a scanner's hot folder and a (document) camera, each a thread
that hands ``Capture`` values to a sink, plus the one-shot file import.

Threads: ``HotFolder.run`` / ``CameraSource.run`` and every callback they make (``sink``,
``on_preview``, ``on_status``) run on the source's own non-daemon thread ("hotfolder-<folder>",
"camera-<target>"); ``start()``, ``stop()``, ``status()`` and ``capture_now()`` may be called from any
thread. ``import_files`` runs on the caller's thread.

Channel URLs (``open_source``): ``folder:///abs/path`` (a hot folder), ``camera://0`` (a video device
by index), ``camera:///abs/file.avi`` (a video file standing in for a document camera).

States (``SourceStatus.state``), as for the RFID readers (``hardware.reader``): "connecting" until the
first attempt ends; "connected"; "disconnected" while the folder or device is missing or failed, with
retries after an exponential backoff with jitter; "finished" when a video file has ended (the thread
ends); "stopped" once the thread ends otherwise.

The sink decides what happens to a capture. Returning means "accepted"; raising means "not taken":
a hot folder then keeps the file and retries it, a camera counts the error and tries again once
the scene has been still for another ``still_s``. The sink runs on the source's thread, so while
it works the folder is not polled and camera frames are not read (fine for a hot folder, where
files wait on disk; a camera's sink should hand the capture over and return).
"""

from __future__ import annotations

import logging
import math
import os
import random
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

import cv2
import numpy as np
from numpy.typing import NDArray

from app.threads import stop_thread
from imaging.loader import sniff

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 1 << 30  # a file larger than this is not read into memory (no scan is this big)
DONE_DIR = ".done"
FAILED_DIR = ".failed"

Frame = NDArray[np.uint8]
Signature = tuple[int, int, int]  # size, mtime_ns, inode: a file counts as unchanged while all three are


@dataclass(frozen=True)
class Capture:
    source: str  # the channel URL (``import`` for the file-import button)
    name: str  # the file name, or "frame-000123" for a camera frame
    data: bytes  # the file as received; a camera frame encoded as PNG
    received_at: datetime  # UTC, tz-aware
    media_type: str  # from ``imaging.loader.sniff``
    error: str = ""  # why ``data`` is empty although the file was not: it could not be read (import only)


@dataclass(frozen=True)
class SourceStatus:
    """A snapshot; a new one replaces the old, so any thread may read ``status()`` at any time."""

    url: str
    state: str  # "connecting" | "connected" | "disconnected" | "finished" | "stopped"
    detail: str = ""
    captured: int = 0  # captures the sink accepted
    errors: int = 0  # sink failures, unreadable files, failed reads, callback errors
    frames: int = 0  # camera: frames read
    previews: int = 0  # camera: preview frames handed to on_preview
    pending: int = 0  # hot folder: files present and not yet delivered
    failed: int = 0  # hot folder: files given up on (moved to .failed)
    reconnects: int = 0  # recoveries after a disconnection
    last_capture: datetime | None = None


class CaptureSource(threading.Thread):
    """Common life cycle: status snapshots, reconnection backoff, bounded ``stop()``."""

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
        super().__init__(name=thread_name, daemon=False)
        if not 0 < backoff_initial <= backoff_max:
            raise ValueError("need 0 < backoff_initial <= backoff_max")
        if status_interval <= 0:
            raise ValueError("status_interval must be positive")
        self.url = url
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        self.status_interval = status_interval
        self._sink = sink
        self._on_status = on_status
        self._stopping = threading.Event()
        self._state = "connecting"
        self._detail = ""
        self._captured = 0
        self._errors = 0
        self._frames = 0
        self._previews = 0
        self._pending = 0
        self._failed = 0
        self._reconnects = 0
        self._last_capture: datetime | None = None
        self._latest = self._snapshot()

    def status(self) -> SourceStatus:
        """The last published status (any thread)."""
        return self._latest

    def stop(self, timeout: float = 2.0) -> bool:
        """Ask the thread to end and wait up to ``timeout`` seconds; True if it has ended (or never
        started). A sink that is still working delays the end until it returns, and so does a camera
        driver blocked in a read (until the driver's own timeout)."""
        if self.ident is None and self._state not in ("finished", "stopped"):
            self._set_state("stopped", "never started")
        return stop_thread(self, self._stopping, timeout, self.url)

    def run(self) -> None:
        detail = ""
        try:
            self._publish()
            self._loop()
        except Exception as exc:  # a bug in this source: make it visible, then end
            log.exception("%s: source failed", self.url)
            detail = f"source failed: {exc!r}"
        finally:
            if self._state != "finished" or detail:
                self._set_state("stopped", detail)

    def _loop(self) -> None:
        raise NotImplementedError

    # -- the source's thread --------------------------------------------------------------------------------

    def _sleep(self, delay: float) -> bool:
        """Wait ``delay`` seconds, publishing the periodic status; True if stopped meanwhile."""
        deadline = time.monotonic() + delay
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return self._stopping.is_set()
            if self._stopping.wait(min(left, self.status_interval)):
                return True
            if deadline - time.monotonic() > 0:
                self._publish()

    def _retry_delay(self, backoff: float) -> float:
        return backoff * random.uniform(0.8, 1.0)

    def _deliver(self, capture: Capture) -> str:
        """Hand a capture to the sink: "" if it returned, else why not (the error is counted)."""
        try:
            self._sink(capture)
        except Exception as exc:
            log.warning("%s: sink refused %s: %r", self.url, capture.name, exc, exc_info=True)
            self._errors += 1
            return f"sink failed: {exc!r}"
        self._captured += 1
        self._last_capture = capture.received_at
        self._publish()
        return ""

    def _set_state(self, state: str, detail: str) -> None:
        if state != self._state or detail != self._detail:
            self._state = state
            self._detail = detail
            self._publish()

    def _set_detail(self, detail: str) -> None:
        self._detail = detail
        self._publish()

    def _snapshot(self) -> SourceStatus:
        return SourceStatus(
            url=self.url,
            state=self._state,
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

    def _publish(self) -> None:
        status = self._latest = self._snapshot()
        if self._on_status is None:
            return
        try:
            self._on_status(status)
        except Exception:
            log.exception("%s: on_status failed", self.url)


# -- hot folder ------------------------------------------------------------------------------------------


def folder_url(path: str | os.PathLike[str]) -> str:
    return "folder://" + quote(os.path.abspath(path))


def _ignored(name: str) -> bool:
    """Hidden files (and .done/.failed), editor backups and files still being written by name."""
    lower = name.lower()
    return name.startswith((".", "~")) or lower.endswith((".tmp", ".part", ".error.txt"))


def _natural(name: str) -> list[tuple[int, int | str]]:
    """Name order as people read it: "p2" before "p10" (zero-padded names sort the same either way)."""
    return [(0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", name.casefold())]


def _unique(folder: Path, name: str) -> Path:
    """``folder/name``, or ``folder/stem.N.ext`` with the first free N."""
    target = folder / name
    stem, ext = os.path.splitext(name)
    n = 1
    while target.exists() or target.is_symlink():
        target = folder / f"{stem}.{n}{ext}"
        n += 1
    return target


def _now() -> datetime:
    return datetime.now(UTC)


class HotFolder(CaptureSource):
    """Watches a folder a scanner writes into and delivers each finished file once, in name order.

    A file is taken when its size and modification time have not changed for ``settle_polls``
    polls; names starting with "." or "~" and ending in .tmp, .part or .error.txt are skipped, as
    are subfolders and symlinks. A settled file also waits while a file that sorts before it is still
    changing, so a batch arrives in page order. The file's bytes go to ``sink``; only after the sink
    returned is the file moved into ``<folder>/.done/`` (a counter is added to a name already
    there), so a crash in between delivers it again at the next start (at least once). If the sink
    raises, the file stays and is retried after a backoff (``retry_s``, doubling); after
    ``max_attempts`` failures it moves to ``<folder>/.failed/`` with ``<name>.error.txt`` beside it
    saying why. Empty files are delivered like any other (the consumer decides). A missing or
    unreadable folder is "disconnected" and watched again after a backoff. One HotFolder per folder.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        sink: Callable[[Capture], None],
        *,
        poll_s: float = 0.5,
        settle_polls: int = 2,
        max_attempts: int = 3,
        retry_s: float | None = None,
        backoff_max: float = 5.0,
        max_bytes: int = MAX_FILE_BYTES,
        on_status: Callable[[SourceStatus], None] | None = None,
        status_interval: float = 1.0,
    ) -> None:
        if poll_s <= 0 or settle_polls < 1 or max_attempts < 1 or max_bytes < 0:
            raise ValueError("need poll_s > 0, settle_polls >= 1, max_attempts >= 1 and max_bytes >= 0")
        self.path = Path(os.path.abspath(path))
        super().__init__(
            folder_url(self.path),
            f"hotfolder-{self.path.name or 'root'}",
            sink,
            on_status=on_status,
            backoff_initial=poll_s,
            backoff_max=max(backoff_max, poll_s),
            status_interval=status_interval,
        )
        self.poll_s = poll_s
        self.settle_polls = settle_polls
        self.max_attempts = max_attempts
        self.retry_s = 2 * poll_s if retry_s is None else retry_s
        self.max_bytes = max_bytes
        self._seen: dict[str, tuple[Signature, int]] = {}  # name -> (signature, polls unchanged)
        self._attempts: dict[str, int] = {}  # name -> failed deliveries
        self._retry_at: dict[str, float] = {}  # name -> monotonic time of the next attempt
        self._stuck: dict[str, Signature] = {}  # handled but could not be moved: skipped while unchanged

    # -- the source's thread --------------------------------------------------------------------------------

    def _loop(self) -> None:
        backoff = self.backoff_initial
        ever_connected = False
        while not self._stopping.is_set():
            try:
                listing = self._scan()
            except OSError as exc:
                self._seen.clear()  # whatever comes back is observed afresh
                self._pending = 0
                delay = self._retry_delay(backoff)
                level = logging.WARNING if self._state != "disconnected" else logging.DEBUG
                log.log(level, "%s: cannot read the folder: %s", self.url, exc)
                self._set_state(
                    "disconnected", f"cannot read {self.path}: {exc.strerror or exc} (retry in {delay:.2f} s)"
                )
                if self._sleep(delay):
                    break
                backoff = min(backoff * 2, self.backoff_max)
                continue
            backoff = self.backoff_initial
            if self._state != "connected":
                if ever_connected:
                    self._reconnects += 1
                    log.info("%s: folder is back", self.url)
                ever_connected = True
                self._set_state("connected", "")
            self._take(listing)
            if self._sleep(self.poll_s):
                break

    def _scan(self) -> dict[str, Signature]:
        listing: dict[str, Signature] = {}
        with os.scandir(self.path) as entries:
            for entry in entries:
                if _ignored(entry.name):
                    continue
                try:
                    if not entry.is_file(follow_symlinks=False):
                        continue
                    st = entry.stat(follow_symlinks=False)
                except OSError:  # gone between the listing and the stat
                    continue
                listing[entry.name] = (st.st_size, st.st_mtime_ns, st.st_ino)
        return listing

    def _take(self, listing: dict[str, Signature]) -> None:
        for table in (self._seen, self._attempts, self._retry_at, self._stuck):
            for name in [n for n in table if n not in listing]:  # deleted or renamed by someone else
                del table[name]
        for name, sig in listing.items():
            previous = self._seen.get(name)
            self._seen[name] = (sig, previous[1] + 1 if previous and previous[0] == sig else 0)
            if name in self._stuck and self._stuck[name] != sig:
                del self._stuck[name]  # rewritten: a new file
        now = time.monotonic()
        for name in sorted(listing, key=_natural):
            if self._stopping.is_set():
                break
            if name in self._stuck or now < self._retry_at.get(name, 0.0):
                continue  # a file waiting for its retry does not hold back the others
            sig, unchanged = self._seen[name]
            if unchanged < self.settle_polls:
                break  # still being written: it and every later name wait
            self._take_file(name, sig)
        self._pending = sum(1 for name in listing if name in self._seen and name not in self._stuck)
        self._publish()

    def _take_file(self, name: str, sig: Signature) -> None:
        path = self.path / name
        if sig[0] > self.max_bytes:
            self._give_up(name, f"{sig[0]} bytes: larger than the {self.max_bytes}-byte limit")
            return
        try:
            data = path.read_bytes()
            st = path.stat(follow_symlinks=False)
        except FileNotFoundError:
            self._seen.pop(name, None)
            return
        except OSError as exc:
            self._errors += 1
            self._attempt_failed(name, f"cannot read: {exc.strerror or exc}")
            return
        if (st.st_size, st.st_mtime_ns, st.st_ino) != sig or len(data) != sig[0]:
            self._seen.pop(name, None)  # changed while being read: let it settle again
            return
        capture = Capture(self.url, name, data, _now(), sniff(data))
        why = self._deliver(capture)
        if why:
            self._attempt_failed(name, why)
            return
        self._seen.pop(name, None)
        self._attempts.pop(name, None)
        self._retry_at.pop(name, None)
        try:
            _move(path, self.path / DONE_DIR)
        except OSError as exc:
            self._stuck[name] = sig  # delivered: must not be delivered again while it stays as it is
            self._errors += 1
            log.error("%s: %s delivered but not moved to %s: %s", self.url, name, DONE_DIR, exc)
            self._set_detail(f"{name}: delivered but could not be moved to {DONE_DIR}: {exc.strerror or exc}")

    def _attempt_failed(self, name: str, why: str) -> None:
        """One more failed delivery (already counted in ``errors``): retry later, or give up."""
        attempts = self._attempts[name] = self._attempts.get(name, 0) + 1
        if attempts >= self.max_attempts:
            self._give_up(name, f"{why} (attempt {attempts} of {self.max_attempts})")
            return
        delay = self._retry_delay(self.retry_s * 2 ** (attempts - 1))
        self._retry_at[name] = time.monotonic() + delay
        self._set_detail(f"{name}: {why} (attempt {attempts} of {self.max_attempts}; retry in {delay:.2f} s)")

    def _give_up(self, name: str, why: str) -> None:
        """Move the file into .failed with a note saying why."""
        for table in (self._seen, self._attempts, self._retry_at):
            table.pop(name, None)
        self._failed += 1
        try:
            moved = _move(self.path / name, self.path / FAILED_DIR)
        except OSError as exc:
            self._stuck[name] = self._scan_one(name)
            self._errors += 1
            log.error(
                "%s: %s failed (%s) and could not be moved to %s: %s", self.url, name, why, FAILED_DIR, exc
            )
            self._set_detail(f"{name}: {why}; could not be moved to {FAILED_DIR}: {exc.strerror or exc}")
            return
        when = _now().isoformat(timespec="seconds")
        note = f"file: {name}\nmoved: {when}\nsource: {self.url}\nreason: {why}\n"
        try:
            moved.with_name(moved.name + ".error.txt").write_text(note, encoding="utf-8")
        except OSError:
            log.exception("%s: could not write the error note for %s", self.url, name)
        log.warning("%s: gave up on %s: %s", self.url, name, why)
        self._set_detail(f"{name}: moved to {FAILED_DIR}: {why}")

    def _scan_one(self, name: str) -> Signature:
        try:
            st = (self.path / name).stat(follow_symlinks=False)
        except OSError:
            return (-1, -1, -1)
        return (st.st_size, st.st_mtime_ns, st.st_ino)


def _move(path: Path, folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    target = _unique(folder, path.name)
    os.rename(path, target)
    return target


# -- camera ----------------------------------------------------------------------------------------------


def camera_url(target: int | str | os.PathLike[str]) -> str:
    if isinstance(target, int):
        return f"camera://{target}"
    return "camera://" + quote(os.path.abspath(target))


class CameraSource(CaptureSource):
    """Reads a camera (device index) or a video file (a stand-in for a document camera) and captures
    a page whenever one lies still.

    Each frame is reduced to a small grey image (``analysis_width`` pixels wide, blurred). Motion is
    the mean absolute difference from the previous one (grey levels, 0-255), and also from the
    first frame of the current still spell, so a slow drift counts as motion. When the scene has
    been still for ``still_s`` and shows a page (Otsu threshold: a bright region clearly brighter
    than the rest, largest outline over 10 % of the frame; the desk must be darker than paper), the
    full-resolution frame is sent as a PNG capture. It is captured once: capturing again needs motion
    first. ``capture_now()`` captures the next frame whatever it shows.

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
        super().__init__(
            camera_url(target),
            f"camera-{label}",
            sink,
            on_status=on_status,
            backoff_initial=backoff_initial,
            backoff_max=backoff_max,
            status_interval=status_interval,
        )
        self.is_file = not isinstance(target, int)
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
        backoff = self.backoff_initial
        attempts = 0
        ever_connected = False
        while not self._stopping.is_set():
            cap, why = self._open()
            if cap is None:
                attempts += 1
                delay = self._retry_delay(backoff)
                log.log(logging.WARNING if attempts == 1 else logging.DEBUG, "%s: %s", self.url, why)
                self._set_state("disconnected", f"{why} (attempt {attempts}; retry in {delay:.2f} s)")
                if self._sleep(delay):
                    break
                backoff = min(backoff * 2, self.backoff_max)
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
                self._set_state("finished", f"end of file after {self._frames} frames")
                return
            self._errors += 1
            if self._frames > frames_before:  # the device worked: start the backoff afresh
                backoff = self.backoff_initial
            delay = self._retry_delay(backoff)
            self._set_state("disconnected", f"{outcome} (retry in {delay:.2f} s)")
            if self._sleep(delay):
                break
            backoff = min(backoff * 2, self.backoff_max)

    def _open(self) -> tuple[Any, str]:
        """An opened ``cv2.VideoCapture``, or None and why not."""
        if self.is_file and not os.path.isfile(self.target):
            return None, f"no such video file {self.target}"
        try:
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
        self._set_state("connected", "")
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
        why = self._deliver(Capture(self.url, name, data, _now(), sniff(data)))
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


# -- file import and the registry ------------------------------------------------------------------------


def import_files(
    paths: Iterable[str | os.PathLike[str]], source: str = "import", *, max_bytes: int = MAX_FILE_BYTES
) -> Iterator[Capture]:
    """One capture per file, in the order given (the file-import button). Never raises for a bad
    file: one that cannot be read (missing, a folder, no permission, over ``max_bytes``) gives a
    capture with empty ``data`` and the reason in ``error``, so it is recorded with a verdict like
    every other file instead of vanishing or aborting the rest of the import."""
    for item in paths:
        path = Path(item)
        try:
            size = path.stat().st_size
            if size > max_bytes:
                raise OSError(f"{size} bytes: larger than the {max_bytes}-byte limit")
            data = path.read_bytes()
        except OSError as exc:
            why = f"{exc.strerror}: {path}" if exc.strerror else str(exc)
            log.warning("import: cannot read %s: %s", path, why)
            yield Capture(source, path.name, b"", _now(), sniff(b""), error=why)
            continue
        yield Capture(source, path.name, data, _now(), sniff(data))


_USAGE = "expected folder:///<absolute folder>, camera://<device index> or camera:///<absolute video file>"


def open_source(url: str, sink: Callable[[Capture], None], **kw: Any) -> HotFolder | CameraSource:
    """The (not yet started) source for a channel URL; keywords go to its constructor.

    ``folder:///srv/scans/desk1`` -> ``HotFolder("/srv/scans/desk1")``; ``camera://0`` ->
    ``CameraSource(0)``; ``camera:///data/demo.avi`` -> ``CameraSource("/data/demo.avi")``.
    Percent-escapes in paths are decoded. Raises ValueError for anything else.
    """
    parts = urlsplit(url)
    if parts.query or parts.fragment:
        raise ValueError(f"capture source {url!r}: options go in keywords, not the URL; {_USAGE}")
    path = unquote(parts.path)
    if parts.scheme == "folder":
        if parts.netloc or not path.startswith("/") or path == "/":
            raise ValueError(f"capture source {url!r}: needs an absolute folder (three slashes); {_USAGE}")
        return HotFolder(path, sink, **kw)
    if parts.scheme == "camera":
        if parts.netloc:
            if not (parts.netloc.isascii() and parts.netloc.isdigit()) or path not in ("", "/"):
                raise ValueError(f"capture source {url!r}: a device is camera://<index>, e.g. camera://0")
            return CameraSource(int(parts.netloc), sink, **kw)
        if not path.startswith("/") or path.endswith("/"):
            raise ValueError(f"capture source {url!r}: needs an absolute video file path; {_USAGE}")
        return CameraSource(path, sink, **kw)
    raise ValueError(f"unsupported capture source {url!r}; {_USAGE}")
