"""A scanner's hot folder as a device channel (``folder:///abs/path``): a thread that hands each
finished file to a sink once, in name order.

Threads: ``HotFolder.run`` and the callbacks it makes run on the folder's own non-daemon thread
("hotfolder-<folder>"); ``start()``, ``stop()`` and ``status()`` may be called from any thread
(see ``hardware.capture`` for the states and the sink's contract).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import time
from collections.abc import Callable
from pathlib import Path

from app.captures import Capture, sniff
from app.tracking.reads import LinkState
from hardware.capture import CaptureSource, SourceStatus, now_utc
from hardware.channels import folder_url
from hardware.device import Backoff

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 1 << 30  # a file larger than this is not read into memory (no scan is this big)
DONE_DIR = ".done"
FAILED_DIR = ".failed"

Signature = tuple[int, int, int]  # size, mtime_ns, inode: a file counts as unchanged while all three are


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
        backoff = self.backoff
        ever_connected = False
        while not self._stopping.is_set():
            try:
                listing = self._scan()
            except OSError as exc:
                self._seen.clear()  # whatever comes back is observed afresh
                self._pending = 0
                delay = backoff.next()
                level = logging.WARNING if self._link is not LinkState.DISCONNECTED else logging.DEBUG
                log.log(level, "%s: cannot read the folder: %s", self.url, exc)
                self._set_link(
                    LinkState.DISCONNECTED,
                    f"cannot read {self.path}: {exc.strerror or exc} (retry in {delay:.2f} s)",
                )
                if self._sleep(delay):
                    break
                continue
            backoff.reset()
            if self._link is not LinkState.CONNECTED:
                if ever_connected:
                    self._reconnects += 1
                    log.info("%s: folder is back", self.url)
                ever_connected = True
                self._set_link(LinkState.CONNECTED, "")
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
        capture = Capture(self.url, name, data, now_utc(), sniff(data), key=self._key(name, sig))
        why = self._deliver(capture, count=False)
        if why:
            self._attempt_failed(name, why)
            return
        self._seen.pop(name, None)
        self._attempts.pop(name, None)
        self._retry_at.pop(name, None)
        try:
            _move(path, self.path / DONE_DIR)
            self._counted(capture)
        except OSError as exc:
            self._stuck[name] = sig  # delivered: must not be delivered again while it stays as it is
            self._errors += 1
            log.error("%s: %s delivered but not moved to %s: %s", self.url, name, DONE_DIR, exc)
            self._set_detail(f"{name}: delivered but could not be moved to {DONE_DIR}: {exc.strerror or exc}")

    def _key(self, name: str, sig: Signature) -> str:
        """The delivery key of the file as it lies in the folder: the same file delivered again
        (after a fault, or after a crash before it moved) has the same key; a new file of the same
        name (a rewritten file, the scanner's next round) has another."""
        size, mtime_ns, inode = sig
        return hashlib.sha256(f"{self.url}\n{name}\n{size}:{mtime_ns}:{inode}".encode()).hexdigest()[:40]

    def _attempt_failed(self, name: str, why: str) -> None:
        """One more failed delivery (already counted in ``errors``): retry later, or give up."""
        attempts = self._attempts[name] = self._attempts.get(name, 0) + 1
        if attempts >= self.max_attempts:
            self._give_up(name, f"{why} (attempt {attempts} of {self.max_attempts})")
            return
        delay = Backoff.jitter(self.retry_s * 2 ** (attempts - 1))
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
        when = now_utc().isoformat(timespec="seconds")
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
