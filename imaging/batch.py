"""From a captured file to recorded, sliced pages: load, recognize, store blobs, record rows.
``process_file`` runs in worker processes (pure function of bytes, picklable result); the
``CaptureRunner`` methods run on whichever thread calls them (a source's thread, a GUI worker) and
are safe to call from several at once.

Order of work for one file, so nothing is lost on a crash or a fault:
1. the original bytes go to the image service (before anything can fail on them). A file it
   refuses (a decompression bomb, a corrupt or unsupported file) is one rejected page naming the
   service's reason, and is not processed: nothing the server would not store is ever recorded as
   usable;
2. each page is decoded and processed in a worker; every failure becomes a verdict, never an
   exception (a damaged page of a document is one rejected page naming its reason);
3. derived images (corrected voucher JPEG, slice PNGs) go to the image service;
4. one database transaction records the rows, slices and audit entries of the pages of the files
   whose results are in (``record_pages``: the parent kept two workers waiting when it committed
   each page on its own).
A hot folder moves its file away only after ``ingest`` returned.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence, Sized
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace

import cv2
import numpy as np

from app.blobs import EXTENSIONS
from app.captures import Capture
from app.errors import ValidationError
from app.operations import Change
from app.rbac import Principal
from app.services.blobs import BlobService
from app.services.capture import FILE_FAULTS, CaptureService, KeyedFields, PageRecord, SliceRecord
from app.statuses import PageStatus
from imaging.loader import LoadError, iter_pages, sniff
from imaging.pipeline import MANUAL_REASONS, PageResult, process_page, status_of
from imaging.templates import Template, builtin_templates

log = logging.getLogger(__name__)

RECORD_BATCH = 32  # pages recorded in one transaction at most (fewer when the next file is late)
BLOB_WRITERS = 4  # threads uploading a file's images at once


@dataclass(frozen=True)
class ProcessedPage:
    """A page's record without blob names yet, plus the encoded images to store."""

    record: PageRecord
    corrected_jpeg: bytes | None = None
    slice_png: dict[str, bytes] = field(default_factory=dict)


def _ready() -> bool:
    return True


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
) -> list[ProcessedPage]:
    """Every page of one captured file, processed. Never raises: a file that cannot be read is one
    rejected page naming the reason, a damaged page of a document is a rejected page and the pages
    after it are still read, and a page the pipeline fails on is rejected as ``processing_error``.
    ``error`` is the source's reason it could not read the file at all."""
    if error:
        return [_failed(name, 0, "unreadable_file", error)]
    out: list[ProcessedPage] = []
    first = only_page or 0
    while True:
        try:
            for page in iter_pages(data, name=name, first=first):
                if only_page is not None and page.index != only_page:
                    return out
                out.append(_process(page.image, name, page.index, templates, duplex, force_template))
            return out
        except LoadError as e:
            if e.page is None:  # the file itself: one verdict for it
                return [*out, _failed(name, len(out), e.reason, e.detail)]
            out.append(_failed(name, e.page, e.reason, e.detail))
            if only_page is not None:
                return out
            first = e.page + 1


def _failed(name: str, index: int, reason: str, detail: str) -> ProcessedPage:
    return ProcessedPage(PageRecord(name, index, "", "", PageStatus.REJECTED, ((reason, detail),)))


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
    ) -> None:
        self.service = service
        self.blobs = blobs
        self.actor = actor
        self.station = station
        self._workers = workers or max(1, os.cpu_count() or 1)
        self._processes = processes
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
                        self._workers, mp_context=multiprocessing.get_context("spawn")
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
        in_flight: deque[tuple[Capture, str, str, Executor, Future[list[ProcessedPage]]]] = deque()

        def submit_next() -> None:
            capture = next(source, None)
            if capture is None:
                return
            ext = _ext(sniff(capture.data))
            sha = hashlib.sha256(capture.data).hexdigest()
            refused = self._store_original(capture, sha, ext)  # safe before anything else
            pool = self._pool()
            if refused is None:
                future = self._submit(pool, capture, templates, duplex)
            else:  # the server will not keep it: nothing to process
                future = Future()
                future.set_result([refused])
            in_flight.append((capture, sha, ext, pool, future))

        changes: list[Change] = []
        done = 0
        ready: list[PageRecord] = []  # stored, to be recorded with the next files that are ready
        files_ready = 0

        def record_ready() -> None:
            nonlocal done, files_ready
            if ready:
                changes.extend(self.service.record_pages(self.actor, batch_id, list(ready)))
            for _ in range(files_ready):
                done += 1
                if progress is not None:
                    progress(done, max(total, done))
            ready.clear()
            files_ready = 0

        try:
            for _ in range(2 * self._workers):
                submit_next()
            while in_flight:
                if cancel is not None and cancel.is_set():
                    break
                capture, sha, ext, pool, future = in_flight.popleft()
                pages = self._result(pool, future, capture, templates, duplex)
                if ready and len(ready) + len(pages) > RECORD_BATCH:
                    record_ready()  # a call holds at most a file of MAX_PAGES or RECORD_BATCH pages
                ready.extend(self._stored_all(pages, sha, ext, capture.key))
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

    @staticmethod
    def _submit(
        pool: Executor, capture: Capture, templates: dict[str, Template], duplex: bool
    ) -> Future[list[ProcessedPage]]:
        return pool.submit(
            process_file, capture.data, capture.name, templates, duplex=duplex, error=capture.error
        )

    def _result(
        self,
        pool: Executor,
        future: Future[list[ProcessedPage]],
        capture: Capture,
        templates: dict[str, Template],
        duplex: bool,
    ) -> list[ProcessedPage]:
        """The pages of one file; a crashed worker is replaced and the file tried once more."""
        try:
            return future.result()
        except BrokenProcessPool:
            log.error("a capture worker died while processing %s; restarting the workers", capture.name)
            self._drop_pool(pool)
        retry_pool = self._pool()
        try:
            return self._submit(retry_pool, capture, templates, duplex).result()
        except BrokenProcessPool:
            self._drop_pool(retry_pool)
            return [_failed(capture.name, 0, "processing_error", "the worker process crashed on this file")]

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
