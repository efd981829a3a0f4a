"""From a captured file to recorded, sliced pages: load, recognize, store blobs, record rows.
``process_file`` runs in worker processes (pure function of bytes, picklable result); the
``CaptureRunner`` methods run on whichever thread calls them (a source's thread, a GUI worker) and
are safe to call from several at once.

Order of work for one file, so nothing is lost on a crash or a fault. Embedded (the image service
is in this process, ``BlobService``): the workers store the blobs themselves.
1. a worker checks the file as the image service's ``put`` would (size, format, bomb, first page
   decoded) and processes each page; every failure becomes a verdict, never an exception (a
   damaged page of a document is one rejected page naming its reason). A file it refuses is one
   rejected page naming the reason, and nothing of it is stored;
2. the same worker writes the original and the derived images (corrected voucher JPEG, slice PNGs)
   into the image store (``BlobStore.put_many``: synced, renamed into place, folders synced once)
   and returns only their names and sizes with the page records;
3. the parent notes the uploads (``BlobService.adopt``: each blob there with its size, not hashed
   again) and records the rows, slices and audit entries of the pages of the files whose results
   are in, in one transaction (``record_pages``). A worker that dies (a crash in a decoder) is
   replaced and the file tried once more; dying again, the file is one ``processing_error`` page
   and its original is checked and stored by another worker (the parent decodes nothing). A file
   that takes more than ``PAGE_CPU_S`` seconds of CPU for a page is stopped (``RLIMIT_CPU``: the
   kernel ends the worker) and recorded as one page rejected ``too_slow``; its bytes are not
   stored.
Shared tier (``--server``: the image service is remote, the workers hold no credential): the
parent uploads the original first (the server refuses a hostile file before anything is done with
it), the workers process and encode, and the parent uploads the derived images (several at once)
before recording.
A hot folder moves its file away only after ``ingest`` returned.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence, Sized
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

import cv2
import numpy as np

from app.blobs import EXTENSIONS, BlobStore, StoredBlob
from app.captures import Capture
from app.errors import ValidationError
from app.lazy import resolved
from app.operations import Change
from app.rbac import Principal
from app.services.blobs import BlobService
from app.services.capture import FILE_FAULTS, CaptureService, KeyedFields, PageRecord, SliceRecord
from app.statuses import PageStatus
from imaging.loader import PDF, TIFF, LoadError, check_image, iter_pages, sniff
from imaging.pipeline import MANUAL_REASONS, PageResult, process_page, status_of
from imaging.templates import Template, builtin_templates

log = logging.getLogger(__name__)

RECORD_BATCH = 32  # pages recorded in one transaction at most (fewer when the next file is late)
BLOB_WRITERS = 4  # threads uploading a file's images at once (shared tier)
PAGE_CPU_S = 30  # CPU seconds a worker process may spend on one page (decode and process): ~0.5 s is usual


@dataclass(frozen=True)
class ProcessedPage:
    """A page's record without blob names yet, plus the encoded images to store."""

    record: PageRecord
    corrected_jpeg: bytes | None = None
    slice_png: dict[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True)
class LocalStore:
    """The image store a worker writes into itself (embedded mode), with the image service's size
    limit; picklable."""

    root: str
    max_bytes: int


@dataclass(frozen=True)
class StoredFile:
    """A file processed by a worker that stored its blobs: the page records with every blob name
    filled (no image bytes), and the blobs written, for the parent to note and check."""

    sha: str
    ext: str
    pages: list[ProcessedPage]
    blobs: tuple[StoredBlob, ...] = ()


def _ready() -> bool:
    return True


def _worker_start(single_threaded: bool) -> None:
    """In each spawned worker: no core file when the CPU limit ends it; with several workers, no
    OpenCV thread pool in each (the workers are the parallelism: a pool per worker only makes them
    compete for the same cores)."""
    import resource

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if single_threaded:
        cv2.setNumThreads(1)


def _cpu_budget(seconds: float | None) -> None:
    """Let this process spend ``seconds`` more CPU seconds (the kernel ends it with SIGXCPU past
    them: a render spinning in C cannot be interrupted otherwise); None lifts the limit. Only in a
    worker process: the limit is the whole process's."""
    import resource

    _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    if seconds is None:
        resource.setrlimit(resource.RLIMIT_CPU, (hard, hard))
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft = int(usage.ru_utime + usage.ru_stime + seconds) + 1
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def _ext(media_type: str) -> str:
    return EXTENSIONS.get(media_type, "bin")


def _encode(image: np.ndarray, ext: str, params: Sequence[int]) -> bytes:
    ok, buf = cv2.imencode(ext, image, list(params))
    if not ok:
        raise RuntimeError(f"could not encode {ext}")
    return bytes(buf)


def _record(result: PageResult, name: str, index: int, side: str) -> PageRecord:
    payload = result.payload
    template = result.template
    return PageRecord(
        source_name=name,
        page_index=index,
        original_sha="",
        original_ext="",
        side=side,
        status=result.status,
        reasons=tuple((r.code, r.detail) for r in result.reasons),
        checks=tuple((c.name, round(c.score, 4), c.ok) for c in result.checks),
        voucher_type=template.code if template else (payload.voucher_type if payload else None),
        voucher_number=payload.number if payload else None,
        copy_no=payload.copy if payload else None,
        account=payload.account if payload else None,
        amount_fen=payload.amount_fen if payload else None,
        qr_text=result.qr_texts[0] if result.qr_texts else None,
        decoder=result.decoder,
        template_code=template.code if template else None,
        template_version=template.version if template else None,
        rotation=result.rotation,
        skew_deg=round(result.skew_deg, 3),
        homography=tuple(tuple(float(v) for v in row) for row in result.homography)
        if result.homography is not None
        else None,
        process_ms=round(sum(result.timings_ms.values()), 2),
        slices=tuple(
            SliceRecord(s.name, s.kind, s.box, tuple((round(x, 1), round(y, 1)) for x, y in s.quad), "")
            for s in result.slices
        ),
    )


def _back_side(result: PageResult) -> PageResult:
    """A back page carries no QR code: only its quality decides."""
    reasons = tuple(r for r in result.reasons if r.code not in MANUAL_REASONS)
    return replace(result, reasons=reasons, status=status_of(reasons))


def process_file(
    data: bytes,
    name: str,
    templates: dict[str, Template],
    *,
    duplex: bool = False,
    force_template: str | None = None,
    only_page: int | None = None,
    error: str = "",
    cpu_limit_s: float | None = None,
) -> list[ProcessedPage]:
    """Every page of one captured file, processed. Never raises: a file that cannot be read is one
    rejected page naming the reason, a damaged page of a document is a rejected page and the pages
    after it are still read, and a page the pipeline fails on is rejected as ``processing_error``.
    ``error`` is the source's reason it could not read the file at all. ``cpu_limit_s``: the CPU
    seconds each page may take (in a worker process only, see ``_cpu_budget``)."""
    if error:
        return [_failed(name, 0, "unreadable_file", error)]
    try:
        return _process_pages(data, name, templates, duplex, force_template, only_page, cpu_limit_s)
    finally:
        if cpu_limit_s is not None:
            _cpu_budget(None)


def _process_pages(
    data: bytes,
    name: str,
    templates: dict[str, Template],
    duplex: bool,
    force_template: str | None,
    only_page: int | None,
    cpu_limit_s: float | None,
) -> list[ProcessedPage]:
    out: list[ProcessedPage] = []
    first = only_page or 0
    while True:
        try:
            pages = iter_pages(data, name=name, first=first)
            while True:
                if cpu_limit_s is not None:
                    _cpu_budget(cpu_limit_s)  # for decoding this page and processing it
                page = next(pages, None)
                if page is None or (only_page is not None and page.index != only_page):
                    return out
                out.append(_process(page.image, name, page.index, templates, duplex, force_template))
        except LoadError as e:
            if e.page is None:  # the file itself: one verdict for it
                return [*out, _failed(name, len(out), e.reason, e.detail)]
            out.append(_failed(name, e.page, e.reason, e.detail))
            if only_page is not None:
                return out
            first = e.page + 1


def _failed(name: str, index: int, reason: str, detail: str) -> ProcessedPage:
    return ProcessedPage(PageRecord(name, index, "", "", PageStatus.REJECTED, ((reason, detail),)))


def process_and_store(
    data: bytes,
    name: str,
    templates: dict[str, Template],
    store: LocalStore,
    *,
    duplex: bool = False,
    error: str = "",
    cpu_limit_s: float | None = None,
) -> StoredFile:
    """``process_file`` in a worker that stores what it makes (embedded mode). The file is first
    checked as the image service's ``put`` checks an upload (``max_bytes``, then
    ``imaging.loader.check_image``; a single image's check is its decoding, done once): a file it
    refuses is one rejected page naming the reason and nothing is written. Otherwise the original,
    the corrected images and the slices go into the store in one ``put_many`` (durable before this
    returns) and the records name them."""
    sha = hashlib.sha256(data).hexdigest()
    ext = _ext(sniff(data))
    try:
        if error:  # nothing to store: the source could not read it
            return StoredFile(
                sha, ext, [_named(p, sha, ext) for p in process_file(data, name, templates, error=error)]
            )
        if cpu_limit_s is not None:
            _cpu_budget(cpu_limit_s)
        refused = _refusal(data, name, store.max_bytes)
        if refused is not None:
            return StoredFile(sha, ext, [_named(refused, sha, ext)])
        pages = process_file(data, name, templates, duplex=duplex, cpu_limit_s=cpu_limit_s)
    finally:
        if cpu_limit_s is not None:
            _cpu_budget(None)
    if (
        sniff(data) not in (PDF, TIFF)
        and len(pages) == 1
        and {c for c, _d in pages[0].record.reasons} & FILE_REFUSALS
    ):  # a single image its decoding refused: what ``put`` would have refused
        return StoredFile(sha, ext, [_named(pages[0], sha, ext)])
    images: list[tuple[bytes, str]] = [(data, ext)]
    for page in pages:
        images.extend((page.slice_png[s.name], "png") for s in page.record.slices)
        if page.corrected_jpeg:
            images.append((page.corrected_jpeg, "jpg"))
    blobs = BlobStore(Path(store.root)).put_many(images)
    names = iter(blobs[1:])
    out = []
    for page in pages:
        slices = tuple(replace(s, image_sha=next(names).sha256) for s in page.record.slices)
        corrected = next(names).sha256 if page.corrected_jpeg else None
        record = replace(
            page.record, original_sha=sha, original_ext=ext, corrected_sha=corrected, slices=slices
        )
        out.append(ProcessedPage(record))
    return StoredFile(sha, ext, out, tuple(dict.fromkeys(blobs)))


# the loader's file-level refusals that the image service's check makes too (``check_image``)
FILE_REFUSALS = frozenset({"empty_file", "corrupt_file", "too_large", "too_many_pages", "unsupported_format"})


def _refusal(data: bytes, name: str, max_bytes: int) -> ProcessedPage | None:
    """What ``BlobService.put`` would refuse the file for, as its rejected page; None if it would
    store it. A single image is not checked here: decoding it is its check (``process_file``
    reports a refusal as the file's one rejected page); a document's pages are checked here
    (every page's size, the first page decoded) before any is processed."""
    if len(data) > max_bytes:
        return _failed(name, 0, "too_large", f"{len(data)} bytes: the limit is {max_bytes}")
    if sniff(data) in (PDF, TIFF):
        verdict = check_image(data)
        if not isinstance(verdict, str):
            return _failed(name, 0, verdict.reason, verdict.detail)
    return None


def store_original(data: bytes, name: str, store: LocalStore, cpu_limit_s: float | None = None) -> StoredFile:
    """Check the file as ``put`` would and store it as received, nothing else (in a worker: for a
    file whose processing killed two workers, so that the parent never decodes it)."""
    sha, ext = hashlib.sha256(data).hexdigest(), _ext(sniff(data))
    try:
        if cpu_limit_s is not None:
            _cpu_budget(cpu_limit_s)
        refused = _refusal(data, name, store.max_bytes)
        if refused is None and sniff(data) not in (PDF, TIFF):
            verdict = check_image(data)
            if not isinstance(verdict, str):
                refused = _failed(name, 0, verdict.reason, verdict.detail)
    finally:
        if cpu_limit_s is not None:
            _cpu_budget(None)
    if refused is not None:
        return StoredFile(sha, ext, [_named(refused, sha, ext)])
    return StoredFile(sha, ext, [], tuple(BlobStore(Path(store.root)).put_many([(data, ext)])))


def _named(page: ProcessedPage, sha: str, ext: str) -> ProcessedPage:
    return ProcessedPage(replace(page.record, original_sha=sha, original_ext=ext))


def _process(
    image: np.ndarray,
    name: str,
    index: int,
    templates: dict[str, Template],
    duplex: bool,
    force_template: str | None,
) -> ProcessedPage:
    side = "back" if duplex and index % 2 == 1 else "front"
    started = time.perf_counter()
    try:
        result = process_page(image, templates, force_template=force_template)
        if side == "back":
            result = _back_side(result)
        record = _record(result, name, index, side)
        corrected = None
        if result.corrected is not None:
            corrected = _encode(result.corrected, ".jpg", (cv2.IMWRITE_JPEG_QUALITY, 90))
        slices = {s.name: _encode(s.image, ".png", (cv2.IMWRITE_PNG_COMPRESSION, 1)) for s in result.slices}
    except Exception as exc:  # a pipeline bug on one page must not lose the rest of the file
        log.exception("processing page %d of %s failed", index + 1, name)
        return _failed(name, index, "processing_error", f"{type(exc).__name__}: {exc}")
    total_ms = (time.perf_counter() - started) * 1000.0
    return ProcessedPage(replace(record, process_ms=round(total_ms, 2)), corrected, slices)


class CaptureRunner:
    """Processes captures for one signed-in operator at one station and records the results."""

    def __init__(
        self,
        service: CaptureService,
        blobs: BlobService,
        actor: Principal,
        station: str,
        *,
        workers: int | None = None,
        processes: bool = True,
        workers_store: bool | None = None,
        cpu_limit_s: float | None = PAGE_CPU_S,
    ) -> None:
        """``workers_store``: the workers write the blobs into the image store themselves (the
        default where the image service is in this process with the imaging checker; False:
        the parent uploads everything, as the shared tier does). ``cpu_limit_s``: CPU seconds per
        page in a worker process (None: no limit; threads are never limited)."""
        self.service = service
        self.blobs = blobs
        self.actor = actor
        self.station = station
        self._workers = workers or max(1, os.cpu_count() or 1)
        self._processes = processes
        self._local = _local_store(blobs) if workers_store is not False else None
        if workers_store and self._local is None:
            raise ValueError("the workers can store blobs only behind an in-process image service")
        self._cpu_limit_s = cpu_limit_s if processes else None
        self._executor: Executor | None = None
        self._lock = threading.Lock()
        self._templates: dict[str, Template] | None = None
        self._blob_writers: ThreadPoolExecutor | None = None
        self._closed = False

    # -- templates ------------------------------------------------------------------------------
    def templates(self) -> dict[str, Template]:
        with self._lock:
            if self._templates is None:
                self._templates = load_templates(self.service, self.actor)
            return self._templates

    def reload_templates(self) -> None:
        with self._lock:
            self._templates = None

    # -- processing -----------------------------------------------------------------------------
    def _pool(self) -> Executor:
        with self._lock:
            if self._closed:
                raise RuntimeError("the capture runner is closed")
            if self._executor is None:
                if self._processes:  # spawned, not forked: never copy a process running Qt or DB threads
                    self._executor = ProcessPoolExecutor(
                        self._workers,
                        mp_context=multiprocessing.get_context("spawn"),
                        initializer=_worker_start,
                        initargs=(self._workers > 1,),
                    )
                else:
                    self._executor = ThreadPoolExecutor(self._workers, thread_name_prefix="capture")
            return self._executor

    def _drop_pool(self, broken: Executor) -> None:
        """A worker died (a crash in a decoder on a hostile file): the next submit gets a new pool."""
        with self._lock:
            if self._executor is broken:
                self._executor = None
        broken.shutdown(wait=False, cancel_futures=True)

    def warm_up(self) -> None:
        """Start the worker processes and let each import the imaging stack (about a second when
        spawned), so the first capture does not wait for it."""
        pool = self._pool()
        for f in [pool.submit(_ready) for _ in range(self._workers)]:
            f.result()

    def ingest(self, capture: Capture, batch_id: int, *, duplex: bool = False) -> list[Change]:
        """Store, process and record one captured file (all its pages)."""
        return self.ingest_many([capture], batch_id, duplex=duplex)

    def ingest_many(
        self,
        captures: Iterable[Capture],
        batch_id: int,
        *,
        duplex: bool = False,
        progress: Callable[[int, int], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> list[Change]:
        """Process files in parallel, at most two per worker in flight (a thousand scans are never
        all in memory), and record them in the order given: the pages of the files whose results
        are in, in one transaction (up to ``RECORD_BATCH`` pages), their images uploaded by the
        blob writers meanwhile. ``progress(done, total)`` is called
        after each file is recorded; a set ``cancel`` stops before the next file is recorded.
        Recording is idempotent per (batch, delivery, original, page), so a file retried after a fault
        never records a page twice."""
        templates = self.templates()
        total = len(captures) if isinstance(captures, Sized) else 0
        source = iter(captures)
        in_flight: deque[tuple[Capture, str, str, Executor, Future[Any]]] = deque()

        def submit_next() -> None:
            capture = next(source, None)
            if capture is None:
                return
            pool = self._pool()
            if self._local is not None:  # the worker checks and stores the file
                in_flight.append((capture, "", "", pool, self._submit(pool, capture, templates, duplex)))
                return
            ext = _ext(sniff(capture.data))
            sha = hashlib.sha256(capture.data).hexdigest()
            refused = self._store_original(capture, sha, ext)  # safe before anything else
            if refused is None:
                future = self._submit(pool, capture, templates, duplex)
            else:  # the server will not keep it: nothing to process
                future = Future()
                future.set_result([refused])
            in_flight.append((capture, sha, ext, pool, future))

        changes: list[Change] = []
        done = 0
        ready: list[PageRecord] = []  # stored, to be recorded with the next files that are ready
        written: list[StoredBlob] = []  # what the workers stored for them, to note before recording
        files_ready = 0

        def record_ready() -> None:
            nonlocal done, files_ready
            if ready:
                recs = self._adopted(list(ready), written)
                changes.extend(self.service.record_pages(self.actor, batch_id, recs))
            for _ in range(files_ready):
                done += 1
                if progress is not None:
                    progress(done, max(total, done))
            ready.clear()
            written.clear()
            files_ready = 0

        try:
            for _ in range(2 * self._workers):
                submit_next()
            while in_flight:
                if cancel is not None and cancel.is_set():
                    break
                capture, sha, ext, pool, future = in_flight.popleft()
                outcome = self._result(pool, future, capture, templates, duplex)
                if isinstance(outcome, StoredFile):
                    pages = [replace(p.record, delivery=capture.key) for p in outcome.pages]
                else:
                    pages = self._stored_all(outcome, sha, ext, capture.key)
                if ready and len(ready) + len(pages) > RECORD_BATCH:
                    record_ready()  # a call holds at most a file of MAX_PAGES or RECORD_BATCH pages
                ready.extend(pages)
                if isinstance(outcome, StoredFile):
                    written.extend(outcome.blobs)
                files_ready += 1
                submit_next()
                waiting = in_flight[0][4] if in_flight else None
                if waiting is None or not waiting.done() or len(ready) >= RECORD_BATCH:
                    record_ready()  # the next file is not ready yet: record what is
            record_ready()
        finally:
            for *_rest, future in in_flight:
                future.cancel()
        return changes

    def _adopted(self, recs: list[PageRecord], written: list[StoredBlob]) -> list[PageRecord]:
        """Note the blobs the workers wrote as this actor's uploads (one transaction, each checked
        by its size); a page naming one that is not there as stated is recorded as a
        ``processing_error`` (never recorded as stored, never lost)."""
        if not written or not isinstance(self.blobs, BlobService):
            return recs
        missing = {b.sha256 for b in self.blobs.adopt(self.actor, written)}
        if not missing:
            return recs
        out = []
        for rec in recs:
            named = {rec.original_sha, rec.corrected_sha or "", *(s.image_sha for s in rec.slices)}
            if named & missing:
                failed = _failed(
                    rec.source_name,
                    rec.page_index,
                    "processing_error",
                    "an image of this page was not stored",
                ).record
                keep_original = rec.original_sha not in missing
                rec = replace(
                    failed,
                    original_sha=rec.original_sha if keep_original else "",
                    original_ext=rec.original_ext if keep_original else "",
                    side=rec.side,
                    delivery=rec.delivery,
                )
            out.append(rec)
        return out

    def _store_original(self, capture: Capture, sha: str, ext: str) -> ProcessedPage | None:
        """Upload the file as received; if the image service refuses it as a file (hostile,
        corrupt, unsupported, too large), the one rejected page that says why. A file the source
        could not read at all is not uploaded: processing records why (``unreadable_file``)."""
        if capture.error:
            return None
        try:
            self.blobs.put(self.actor, capture.data, ext, sha)
        except ValidationError as exc:
            reason = str(exc.params.get("problem", ""))
            if reason not in FILE_FAULTS:
                raise
            return _failed(capture.name, 0, reason, str(exc.params.get("detail", exc.message)))
        return None

    def _put(self, data: bytes, ext: str) -> str:
        sha = hashlib.sha256(data).hexdigest()
        self.blobs.put(self.actor, data, ext, sha)
        return sha

    def _submit(
        self, pool: Executor, capture: Capture, templates: dict[str, Template], duplex: bool
    ) -> Future[Any]:
        if self._local is not None:
            return pool.submit(
                process_and_store,
                capture.data,
                capture.name,
                templates,
                self._local,
                duplex=duplex,
                error=capture.error,
                cpu_limit_s=self._cpu_limit_s,
            )
        return pool.submit(
            process_file,
            capture.data,
            capture.name,
            templates,
            duplex=duplex,
            error=capture.error,
            cpu_limit_s=self._cpu_limit_s,
        )

    def _result(
        self,
        pool: Executor,
        future: Future[Any],
        capture: Capture,
        templates: dict[str, Template],
        duplex: bool,
    ) -> list[ProcessedPage] | StoredFile:
        """The pages of one file (``StoredFile`` where the workers store); a crashed worker is
        replaced and the file tried once more, alone. Dying again, the file is one rejected page:
        ``too_slow`` if the CPU limit ended the worker (nothing of it stored), otherwise
        ``processing_error``, its original checked and stored as received by another worker (the
        parent never decodes a file that kills workers), or the file refused as ``put`` would
        refuse it; a file that kills that worker too is ``corrupt_file`` and not stored."""
        try:
            return cast("list[ProcessedPage] | StoredFile", future.result())
        except BrokenProcessPool:
            log.error("a capture worker died while processing %s; restarting the workers", capture.name)
            self._drop_pool(pool)
        retry_pool = self._pool()
        try:
            return cast(
                "list[ProcessedPage] | StoredFile",
                self._submit(retry_pool, capture, templates, duplex).result(),
            )
        except BrokenProcessPool:
            too_slow = _ended_by_cpu_limit(retry_pool)
            self._drop_pool(retry_pool)
        if too_slow:
            log.error(
                "%s took more than %s s of CPU for a page; recorded as too slow",
                capture.name,
                self._cpu_limit_s,
            )
            page = _failed(
                capture.name, 0, "too_slow", f"took longer than {self._cpu_limit_s:g} s to decode a page"
            )
        else:
            page = _failed(capture.name, 0, "processing_error", "the worker process crashed on this file")
        if self._local is None:
            return [page]
        sha, ext = hashlib.sha256(capture.data).hexdigest(), _ext(sniff(capture.data))
        named = ProcessedPage(replace(page.record, original_sha=sha, original_ext=ext))
        if too_slow or capture.error:
            return StoredFile(sha, ext, [named])
        original = self._original_stored(capture)  # checked and stored as received, by a worker
        if original is None:  # it kills the checker too: a file fault, nothing of it is stored
            crashed = _failed(
                capture.name, 0, "corrupt_file", "the worker process crashed checking this file"
            )
            return StoredFile(sha, ext, [_named(crashed, sha, ext)])
        if original.pages:  # refused as a file
            return original
        return StoredFile(sha, ext, [named], original.blobs)

    def _original_stored(self, capture: Capture) -> StoredFile | None:
        """``store_original`` in a fresh worker; None if that worker dies too."""
        assert self._local is not None
        pool = self._pool()
        try:
            future = pool.submit(store_original, capture.data, capture.name, self._local, self._cpu_limit_s)
            return future.result()
        except BrokenProcessPool:
            log.error("a capture worker died checking %s; its original is not stored", capture.name)
            self._drop_pool(pool)
            return None

    def _stored_all(self, pages: list[ProcessedPage], sha: str, ext: str, delivery: str) -> list[PageRecord]:
        """``_stored`` for a file's pages; their images are uploaded by the blob writers at once
        (each upload waits for its fsync: several overlap instead of queueing)."""
        writers = self._writers()
        return list(writers.map(lambda page: self._stored(page, sha, ext, delivery, writers), pages))

    def _writers(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._blob_writers is None:
                self._blob_writers = ThreadPoolExecutor(BLOB_WRITERS, thread_name_prefix="capture-blobs")
            return self._blob_writers

    def _stored(
        self,
        page: ProcessedPage,
        sha: str,
        ext: str,
        delivery: str,
        writers: ThreadPoolExecutor | None = None,
    ) -> PageRecord:
        images = [(page.slice_png[s.name], "png") for s in page.record.slices]
        if page.corrected_jpeg:
            images.append((page.corrected_jpeg, "jpg"))
        if writers is None:
            shas = [self._put(data, ext) for data, ext in images]
        else:
            shas = [f.result() for f in [writers.submit(self._put, data, ext) for data, ext in images]]
        corrected_sha = shas.pop() if page.corrected_jpeg else None
        slices = tuple(replace(s, image_sha=sha) for s, sha in zip(page.record.slices, shas, strict=True))
        return replace(
            page.record,
            original_sha=sha,
            original_ext=ext,
            corrected_sha=corrected_sha,
            slices=slices,
            delivery=delivery,
        )

    def reclassify(
        self, page_id: int, template_code: str, reason: str, keyed: KeyedFields | None = None
    ) -> Change:
        """The operator says which voucher type a page is: cut it again with that template and
        record the override, with the fields the operator keyed where none were recognised."""
        view = self.service.page(self.actor, page_id)
        data = self.blobs.get(self.actor, view.original_sha, view.original_ext)
        pages = process_file(
            data, view.source_name, self.templates(), force_template=template_code, only_page=view.page_index
        )
        if not pages:
            raise LookupError(f"page {view.page_index} of {view.source_name} is gone from its file")
        record = self._stored(pages[0], view.original_sha, view.original_ext, view.delivery)
        return self.service.decide(
            self.actor, page_id, "override", reason, reclassified=replace(record, side=view.side), keyed=keyed
        )

    def close(self, timeout: float = 5.0) -> None:
        """Stop the workers: a file being processed gets ``timeout`` seconds, then its process is
        terminated (its capture is not lost: the original is stored and a hot folder keeps the file
        until it is recorded)."""
        with self._lock:
            self._closed = True
            executor, self._executor = self._executor, None
            writers, self._blob_writers = self._blob_writers, None
        if writers is not None:
            writers.shutdown(wait=True)
        if executor is None:
            return
        if not isinstance(executor, ProcessPoolExecutor):
            executor.shutdown(wait=True, cancel_futures=True)
            return
        processes = list((getattr(executor, "_processes", None) or {}).values())
        executor.shutdown(wait=False, cancel_futures=True)
        deadline = time.monotonic() + timeout
        for proc in processes:
            proc.join(max(0.0, deadline - time.monotonic()))
            if proc.is_alive():
                log.warning("capture worker %s did not stop in time; terminated", proc.pid)
                proc.terminate()
                proc.join(1.0)


def _local_store(blobs: BlobService) -> LocalStore | None:
    """Where the workers may store blobs themselves: behind an in-process image service that
    checks uploads with the imaging checker (the workers check as it does). None for the shared
    tier's remote image service (the workers hold no credential: the parent uploads)."""
    if isinstance(blobs, BlobService) and resolved(blobs.check_image) is check_image:
        return LocalStore(str(Path(blobs.store.root).resolve()), blobs.max_bytes)
    if isinstance(blobs, BlobService):  # another checker than the workers' own: it decides
        log.info(
            "the image service checks with %r: the capture parent uploads every image", blobs.check_image
        )
    return None


def _ended_by_cpu_limit(pool: Executor) -> bool:
    """Whether a worker of this broken pool was ended by the CPU limit (SIGXCPU)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    deadline = time.monotonic() + 2.0
    for proc in processes:  # the pool's own thread may be reaping it: its exit code comes shortly
        while proc.exitcode is None and time.monotonic() < deadline:
            proc.join(0.05)
    return any(p.exitcode == -signal.SIGXCPU for p in processes)


def load_templates(service: CaptureService, actor: Principal) -> dict[str, Template]:
    """The newest version of each template in the database (read as ``actor``, who needs ``capture``
    or ``register.admin``); the shipped ones where the database has none of that code. A stored
    definition that no longer validates is skipped, not fatal."""
    out = dict(builtin_templates())
    for row in service.templates(actor):
        try:
            out[row.code] = Template.from_json(row.definition)
        except ValueError as e:
            log.error("stored template %s v%s does not validate, skipped: %s", row.code, row.version, e)
    return out
