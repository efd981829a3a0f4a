"""A station's movement spool: nothing is lost or stored twice while the suite server is away.

Every batch is appended to a local spool file and made durable (``fsync``) BEFORE it is sent. The
spool's own sender thread sends batches one by one, oldest first, and removes a batch only once the
service acknowledged it. While the server is unreachable (``app.errors.Unreachable``,
``DatabaseUnavailable``, ``OSError``) batches accumulate and are sent again, in order and under the
SAME batch keys, once it is back; the service stores a key once (``TrackingService.ingest``), so a
batch stored but not acknowledged (a crash or a lost answer between send and acknowledgement) is
sent again harmlessly. A restarted station reads the spool back and carries on where it stopped.

Files in the spool folder:
- ``<first seq>.seg``: append-only segments. One line per batch: ``<crc32, 8 hex> <json>``, the
  JSON holding the batch's sequence number, key, station and movements. A segment is rolled over at
  ``segment_bytes`` and deleted once all its batches are acknowledged.
- ``refused.log``: batches the service refused for good for their content (a ``ValidationError``
  whose problem is in ``PERMANENT``: a reader no longer this station's, a zone its reader does not
  cover, a time more than the server's window in the past, a malformed movement), one line each as
  in a segment with the reason after the JSON; set aside so that one bad batch does not hold back
  every later one, and kept for an administrator to look at. At ``refused_bytes`` it is renamed
  ``refused.log.1`` (replacing the older one) and started afresh. A batch refused for any other
  reason stays first in line and is tried again after ``refused_retry``: a time in the future (the
  station's clock runs ahead: logged as an error, it may be corrected), a body the server could not
  decode (a client and server of different versions during an upgrade), a permission, a server
  fault, or a refused batch that could not be written to ``refused.log`` (a full disk).
- ``lock``: held (``flock``, exclusive) while a ``Spool`` is open: a second program at the same
  station (started twice, or two devices of one data folder) gets ``SpoolInUse`` instead of mixing
  its batches into this one's segments.
- ``acked``: the sequence number of the newest acknowledged batch, replaced atomically and not
  synced: if a crash loses it, already acknowledged batches are sent again and the service ignores
  them.
At start, an incomplete last line (a crash in the middle of an append, before ``save`` returned, so
the batch was never reported saved) is cut off. The spool holds at most ``max_bytes`` of unsent
batches; past that ``append`` raises ``SpoolFull``, the pipeline keeps the batch in memory and logs.

Threads: ``SpoolingSink.save`` runs on the ingestion thread (an append and an fsync); the sender on
its own thread ("spool-sender"); ``start``/``close`` on the thread that starts and stops the
pipeline. ``Spool`` is thread-safe (one lock). No Qt, no device code.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import random
import threading
import time
import zlib
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from app.errors import DatabaseUnavailable, SpoolInUse, SuiteError, Unreachable, ValidationError
from app.threads import stop_thread
from app.tracking.events import EventKind
from app.tracking.ingest import MovementIn
from app.tracking.presence import PresenceChange
from app.tracking.sinks import IngestCall, new_batch_key

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 256 * 1024 * 1024  # unsent batches: hours of a busy station's movements
DEFAULT_SEGMENT_BYTES = 4 * 1024 * 1024
DEFAULT_REFUSED_BYTES = 16 * 1024 * 1024  # refused.log, and as much again in refused.log.1
UNREACHABLE: tuple[type[BaseException], ...] = (Unreachable, DatabaseUnavailable, OSError)
_SUFFIX = ".seg"
_ACKED = "acked"
_REFUSED = "refused.log"
_LOCK = "lock"
# ValidationError problems (``params['problem']``) that sending the same batch again cannot cure
PERMANENT = frozenset({"too_old", "not_station_reader", "not_reader_zone", "too_many", "conflict"})


def refused_for_good(exc: ValidationError) -> bool:
    """Whether the service refused a batch for its content, now and on every later try. A malformed
    movement is (``format``); a body the server could not decode (``field='body'``: a client and a
    server of different versions) is not, nor a time in the future (``in_future``: the clock)."""
    problem, field = exc.params.get("problem"), exc.params.get("field")
    return problem in PERMANENT or (problem == "format" and field != "body")


class SpoolFull(SuiteError):
    """The spool holds ``params['max_bytes']`` of unsent batches: the server has been away too long."""

    code = "spool_full"


@dataclass(frozen=True)
class SpooledBatch:
    seq: int  # order in this spool
    key: str  # the idempotency key it is sent under, every time
    station: str
    moves: tuple[MovementIn, ...]


@dataclass
class _Segment:
    path: Path
    first: int
    last: int
    size: int


@dataclass(frozen=True)
class _Entry:
    seq: int
    key: str
    segment: _Segment
    offset: int
    length: int


def _encode(seq: int, key: str, station: str, moves: Sequence[MovementIn]) -> bytes:
    body = json.dumps(
        {
            "seq": seq,
            "key": key,
            "station": station,
            "moves": [[m.tag_id, str(m.kind), m.zone, m.reader, m.rssi, m.ts] for m in moves],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    return b"%08x %s\n" % (zlib.crc32(body), body)


def _decode(line: bytes) -> SpooledBatch:
    """The batch of one complete line; ValueError if it is torn or damaged."""
    if len(line) < 10 or not line.endswith(b"\n") or line[8:9] != b" ":
        raise ValueError("incomplete record")
    body = line[9:-1]
    if int(line[:8], 16) != zlib.crc32(body):
        raise ValueError("checksum mismatch")
    try:
        record: dict[str, Any] = json.loads(body)
        moves = tuple(
            MovementIn(str(tag), EventKind(kind), str(zone), str(reader), int(rssi), float(ts))
            for tag, kind, zone, reader, rssi, ts in record["moves"]
        )
        return SpooledBatch(int(record["seq"]), str(record["key"]), str(record["station"]), moves)
    except (KeyError, TypeError) as exc:  # a well-formed line this spool did not write
        raise ValueError(f"not a spooled batch: {exc!r}") from exc


def _sync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Spool:
    """The durable, ordered queue of a station's unsent batches (see the module docstring)."""

    def __init__(
        self,
        folder: Path,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        segment_bytes: int = DEFAULT_SEGMENT_BYTES,
        refused_bytes: int = DEFAULT_REFUSED_BYTES,
    ) -> None:
        self.folder = folder
        self.max_bytes = max_bytes
        self.segment_bytes = segment_bytes
        self.refused_bytes = refused_bytes
        self._lock = threading.Lock()
        self._entries: deque[_Entry] = deque()
        self._segments: list[_Segment] = []
        self._writer: IO[bytes] | None = None
        self.bytes = 0  # of unsent batches
        self.damaged = 0  # records found damaged at start (skipped, logged)
        folder.mkdir(parents=True, exist_ok=True)
        self._lock_file: IO[bytes] | None = self._take_lock()
        try:
            self._acked = self._read_acked()
            self._next = self._acked + 1
            self._load()
        except BaseException:
            self._release_lock()
            raise

    def _take_lock(self) -> IO[bytes]:
        """Hold the spool folder's lock for as long as this ``Spool`` is open; ``SpoolInUse`` if
        another program holds it (released by the system when that program ends, even by a crash)."""
        handle = open(self.folder / _LOCK, "ab")  # noqa: SIM115 - held open until close()
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            handle.close()
            raise SpoolInUse(
                f"the movement spool {self.folder} is in use by another program on this computer:"
                " this station's devices already run there",
                folder=str(self.folder),
            ) from exc
        return handle

    def _release_lock(self) -> None:
        if self._lock_file is not None:
            self._lock_file.close()  # closing the file releases its lock
            self._lock_file = None

    # -- start-up --------------------------------------------------------------------------------------
    def _read_acked(self) -> int:
        try:
            return int((self.folder / _ACKED).read_text(encoding="ascii").strip() or 0)
        except FileNotFoundError:
            return 0
        except ValueError:  # damaged: sending acknowledged batches again is harmless
            log.warning("spool %s: unreadable acknowledgement mark; resending from the start", self.folder)
            return 0

    def _load(self) -> None:
        paths = sorted(self.folder.glob(f"*{_SUFFIX}"), key=lambda p: int(p.stem))
        for index, path in enumerate(paths):
            data = path.read_bytes()
            segment = _Segment(path, int(path.stem), int(path.stem) - 1, len(data))
            offset = 0
            while offset < len(data):
                end = data.find(b"\n", offset)
                line = data[offset : end + 1] if end >= 0 else data[offset:]
                try:
                    record = _decode(line)
                except ValueError as exc:
                    if end < 0 and index == len(paths) - 1:  # torn by a crash in the middle of an append
                        log.warning("spool %s: cutting off an incomplete last record (%s)", path, exc)
                        with path.open("r+b") as f:
                            f.truncate(offset)
                            os.fsync(f.fileno())
                        segment.size = offset
                        break
                    self.damaged += 1
                    log.error("spool %s: a damaged record at byte %d is skipped (%s)", path, offset, exc)
                    offset += len(line)
                    continue
                seq = record.seq
                segment.last = max(segment.last, seq)
                self._next = max(self._next, seq + 1)
                if seq > self._acked:
                    self._entries.append(_Entry(seq, record.key, segment, offset, len(line)))
                    self.bytes += len(line)
                offset += len(line)
            self._segments.append(segment)
        self._drop_acknowledged_segments(keep_last=False)
        if self._entries:
            log.info(
                "spool %s: %d unsent batches (%d bytes) from before; they are sent first",
                self.folder,
                len(self._entries),
                self.bytes,
            )

    # -- any thread ------------------------------------------------------------------------------------
    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def append(self, station: str, moves: Sequence[MovementIn]) -> SpooledBatch:
        """Write a batch under a new key and make it durable; ``SpoolFull`` if there is no room."""
        with self._lock:
            seq = self._next
            key = new_batch_key(station)
            line = _encode(seq, key, station, moves)
            if self.bytes + len(line) > self.max_bytes:
                raise SpoolFull(
                    f"the movement spool {self.folder} is full ({self.bytes} of {self.max_bytes} bytes "
                    "unsent): the server has been unreachable too long",
                    folder=str(self.folder),
                    max_bytes=self.max_bytes,
                )
            writer = self._current_writer(seq)
            segment = self._segments[-1]
            offset = segment.size
            writer.write(line)
            writer.flush()
            os.fsync(writer.fileno())
            segment.size += len(line)
            segment.last = seq
            self._next = seq + 1
            self._entries.append(_Entry(seq, key, segment, offset, len(line)))
            self.bytes += len(line)
            return SpooledBatch(seq, key, station, tuple(moves))

    def _current_writer(self, seq: int) -> IO[bytes]:
        if self._writer is not None and self._segments and self._segments[-1].size < self.segment_bytes:
            return self._writer
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        if not self._segments or self._segments[-1].size >= self.segment_bytes:
            path = self.folder / f"{seq:012d}{_SUFFIX}"
            self._segments.append(_Segment(path, seq, seq - 1, 0))
        segment = self._segments[-1]
        self._writer = segment.path.open("ab")
        _sync_dir(self.folder)  # the segment's name is as durable as what is written into it
        return self._writer

    def oldest(self) -> SpooledBatch | None:
        """The oldest unsent batch, read back from its segment (None if there is none). One that
        can no longer be read (the disk damaged it since) is reported and dropped: it cannot be sent."""
        while True:
            with self._lock:
                if not self._entries:
                    return None
                entry = self._entries[0]
            try:
                return self._read(entry)
            except (OSError, ValueError) as exc:
                log.error("spool %s: batch %s is unreadable and dropped (%s)", self.folder, entry.key, exc)
                self.damaged += 1
                self.ack(entry.seq)

    def pending(self) -> list[SpooledBatch]:
        """Every unsent batch, oldest first (what the service has not acknowledged yet)."""
        with self._lock:
            entries = list(self._entries)
        batches = []
        for entry in entries:
            try:
                batches.append(self._read(entry))
            except (OSError, ValueError):  # acknowledged meanwhile, or unreadable (``oldest`` says so)
                continue
        return batches

    @staticmethod
    def _read(entry: _Entry) -> SpooledBatch:
        with entry.segment.path.open("rb") as f:
            f.seek(entry.offset)
            return _decode(f.read(entry.length))

    def set_aside(self, batch: SpooledBatch, reason: str) -> None:
        """Move ``batch`` (the oldest) to ``refused.log``, durably, then forget it as acknowledged."""
        line = _encode(batch.seq, batch.key, batch.station, batch.moves).rstrip(b"\n")
        path = self.folder / _REFUSED
        with self._lock:
            try:
                full = path.stat().st_size >= self.refused_bytes
            except FileNotFoundError:
                full = False
            if full:  # bounded: the newest refusals, and as many older ones in refused.log.1
                os.replace(path, self.folder / f"{_REFUSED}.1")
            with open(path, "ab") as out:
                out.write(line + b" " + json.dumps(reason, ensure_ascii=False).encode() + b"\n")
                out.flush()
                os.fsync(out.fileno())
        self.ack(batch.seq)

    def ack(self, seq: int) -> None:
        """The service acknowledged batch ``seq``, the oldest: forget it (and any older one)."""
        with self._lock:
            while self._entries and self._entries[0].seq <= seq:
                entry = self._entries.popleft()
                self.bytes -= entry.length
            self._acked = max(self._acked, seq)
            mark = self.folder / f"{_ACKED}.tmp"
            mark.write_text(str(self._acked), encoding="ascii")
            os.replace(mark, self.folder / _ACKED)
            self._drop_acknowledged_segments(keep_last=True)

    def _drop_acknowledged_segments(self, *, keep_last: bool) -> None:
        """Delete segments whose every batch is acknowledged (the one being written to stays)."""
        keep = self._segments[-1:] if keep_last else []
        for segment in list(self._segments):
            if segment in keep or segment.last > self._acked:
                continue
            if any(e.segment is segment for e in self._entries):
                continue
            segment.path.unlink(missing_ok=True)
            self._segments.remove(segment)

    def close(self) -> None:
        with self._lock:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
            self._release_lock()


@dataclass(frozen=True)
class SpoolStats:
    unsent: int  # batches in the spool
    unsent_bytes: int
    sent: int  # batches acknowledged since start
    failures: int  # sends that failed since start
    refused: int  # batches the service refused for their content, set aside since start
    online: bool  # the last send (if any) reached the service
    last_error: str


class SpoolingSink:
    """A ``MovementSink`` for a station of a shared deployment: ``save`` appends to the spool (durable
    when it returns); the sender thread delivers the spool to ``ingest`` in order."""

    def __init__(
        self,
        spool: Spool,
        ingest: IngestCall,
        station: str,
        *,
        retry_initial: float = 0.2,
        retry_max: float = 5.0,
        refused_retry: float = 30.0,
    ) -> None:
        """``retry_initial``..``retry_max``: the backoff (doubling, jittered) while the service is
        unreachable; ``refused_retry``: the wait after the service refused a batch (a permission, a
        validation, a bug: logged with its reason; the batch stays first in line)."""
        self.spool = spool
        self.station = station
        self._ingest = ingest
        self.retry_initial = retry_initial
        self.retry_max = retry_max
        self.refused_retry = refused_retry
        self._wake = threading.Event()
        self._closing = threading.Event()
        self._halt = threading.Event()
        self._thread = threading.Thread(target=self._run, name="spool-sender", daemon=False)
        self.sent = 0
        self.failures = 0
        self.refused = 0
        self.online = True
        self.last_error = ""

    # -- the pipeline's thread -------------------------------------------------------------------------
    def start(self) -> None:
        self._thread.start()

    def close(self, timeout: float) -> None:
        """Send what is left for up to ``timeout`` seconds, then stop; the rest stays in the spool."""
        self._closing.set()
        self._wake.set()
        if self._thread.ident is not None:
            self._thread.join(timeout)
        stop_thread(self._thread, self._halt, 1.0, "movement spool sender")
        self.spool.close()

    # -- the ingestion thread --------------------------------------------------------------------------
    def save(self, changes: Sequence[PresenceChange]) -> None:
        """Durable in the spool on return; ``SpoolFull`` (the pipeline keeps the batch and logs it)."""
        self.spool.append(self.station, [MovementIn.of(c) for c in changes])
        self._wake.set()

    def backlog(self) -> int:
        return len(self.spool)

    def set_aside(self) -> int:
        return self.refused

    # -- any thread ------------------------------------------------------------------------------------
    def stats(self) -> SpoolStats:
        return SpoolStats(
            len(self.spool),
            self.spool.bytes,
            self.sent,
            self.failures,
            self.refused,
            self.online,
            self.last_error,
        )

    # -- the sender thread -----------------------------------------------------------------------------
    def _run(self) -> None:
        try:
            self._send_all()
        except Exception:  # a bug here must not end deliveries silently: say so loudly
            log.exception("movement spool sender failed; batches stay spooled until the next start")
            self.online, self.last_error = False, "the spool sender failed (see the log)"

    def _send_all(self) -> None:
        delay = self.retry_initial
        down_since: float | None = None
        last = -1  # the batch acknowledged (or set aside) last
        while not self._halt.is_set():
            batch = self.spool.oldest()
            if batch is None:
                if self._closing.is_set():
                    return
                self._wake.wait(1.0)
                self._wake.clear()
                continue
            if batch.seq <= last:  # the spool did not move on: sending it again would spin
                self.failures += 1
                self.online, self.last_error = False, "the movement spool does not move on (see the log)"
                log.error(
                    "spool %s: batch %s (seq %d) is still first in line after batch %d was acknowledged;"
                    " is another program writing to this spool? Waiting %.0f s",
                    self.spool.folder,
                    batch.key,
                    batch.seq,
                    last,
                    self.refused_retry,
                )
                if self._closing.is_set():
                    return
                self._closing.wait(self.refused_retry)
                last = -1
                continue
            try:
                self._ingest(batch.key, list(batch.moves))
            except UNREACHABLE as exc:
                self.failures += 1
                self.online, self.last_error = False, f"{type(exc).__name__}: {exc}"
                if down_since is None:
                    down_since = time.monotonic()
                    log.warning(
                        "movement server unreachable (%s); spooling, %d batches wait", exc, len(self.spool)
                    )
                if self._closing.is_set():
                    return  # the rest waits in the spool for the next start
                self._closing.wait(delay * random.uniform(0.8, 1.0))  # a close tries once more at once
                delay = min(delay * 2, self.retry_max)
                continue
            except ValidationError as exc:
                if refused_for_good(exc):  # its content is refused, now and on every later try
                    self.last_error = f"{type(exc).__name__}: {exc}"
                    if self._set_aside(batch, exc):
                        last = batch.seq
                        continue
                elif exc.params.get("problem") == "in_future":
                    self.failures += 1
                    self.last_error = f"{type(exc).__name__}: {exc}"
                    log.error(
                        "the service refused movement batch %s: its times are ahead of the server's"
                        " clock (%s); check this station's clock. The batch stays spooled and is sent"
                        " again in %.0f s",
                        batch.key,
                        exc,
                        self.refused_retry,
                    )
                else:  # e.g. a body the server cannot decode (another version): not the batch's fault
                    self.failures += 1
                    self.last_error = f"{type(exc).__name__}: {exc}"
                    log.error("the service refused movement batch %s (%s); it stays spooled", batch.key, exc)
                if self._closing.is_set():
                    return
                self._closing.wait(self.refused_retry)
                continue
            except Exception as exc:  # refused: keep the batch first in line, say why, try again later
                self.failures += 1
                self.last_error = f"{type(exc).__name__}: {exc}"
                log.error("the service refused movement batch %s; it stays spooled", batch.key, exc_info=exc)
                if self._closing.is_set():
                    return
                self._closing.wait(self.refused_retry)
                continue
            self.spool.ack(batch.seq)
            last = batch.seq
            self.sent += 1
            self.online, self.last_error, delay = True, "", self.retry_initial
            if down_since is not None:
                log.info(
                    "movement server reachable again after %.1f s; %d batches still spooled",
                    time.monotonic() - down_since,
                    len(self.spool),
                )
                down_since = None

    def _set_aside(self, batch: SpooledBatch, exc: ValidationError) -> bool:
        """Move a batch refused for good to ``refused.log``; False if that failed (it stays first)."""
        try:
            self.spool.set_aside(batch, str(exc))
        except OSError as error:  # a full disk: keep the batch, try again later
            self.failures += 1
            log.error(
                "the service refused movement batch %s for good (%s), but it cannot be set aside in %s"
                " (%s); it stays spooled",
                batch.key,
                exc,
                _REFUSED,
                error,
            )
            return False
        self.refused += 1
        log.error("the service refused movement batch %s (%s); set aside in %s", batch.key, exc, _REFUSED)
        return True


def drain(folder: Path, ingest: IngestCall, station: str, timeout: float) -> int:
    """Send what a spool left unsent for up to ``timeout`` seconds, without a pipeline (a station
    that runs no reader any more still delivers what its readers produced); the number of batches
    still unsent (they wait in the spool for the next start). Nothing to do if there is no spool."""
    if not folder.is_dir():
        return 0
    spool = Spool(folder)
    if not len(spool):
        spool.close()
        return 0
    sink = SpoolingSink(spool, ingest, station)
    sink.start()
    sink.close(timeout)
    left = len(spool)
    if left:
        log.warning("spool %s: %d batches still unsent; they are sent at the next start", folder, left)
    return left
