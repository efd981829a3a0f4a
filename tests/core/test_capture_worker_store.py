"""Capture workers that store their blobs (embedded mode): what they write is what the parent used to
upload (same names, same checks, same records), it is noted as the capturer's uploads in one go, a
worker killed while writing leaves no blob under a final name and no file unrecorded, and a
document that takes too long to decode is stopped and recorded as such while the batch goes on."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
import zlib
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest

from app import security
from app.blobs import BlobStore, StoredBlob
from app.captures import Capture
from app.rbac import Principal, Role, system_principal
from app.services import Services
from app.services.blobs import BlobService
from imaging.batch import CaptureRunner, StoredFile
from imaging.synth.sets import write_bad_inputs
from imaging.synth.voucher import render_voucher
from imaging.templates import builtin_templates

PW = "Str0ng!pass"
ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = builtin_templates()


@pytest.fixture
def teller(services: Services, monkeypatch: pytest.MonkeyPatch) -> Principal:
    monkeypatch.setattr(security, "LOG2_N", 10)
    services.identity.create_user(system_principal("t"), "teller1", "Teller", PW, [Role.TELLER], reason="t")
    return services.identity.authenticate("teller1", PW)


def scan(seed: int) -> bytes:
    from imaging.synth.data import random_voucher_data

    rng = np.random.default_rng(seed)
    image, _h = render_voucher(TEMPLATES["CD"], random_voucher_data(TEMPLATES["CD"], rng), dpi=100, rng=rng)
    ok, jpeg = cv2.imencode(".jpg", image)
    assert ok
    return bytes(jpeg)


def capture(name: str, data: bytes) -> Capture:
    return Capture("import", name, data, datetime.now(UTC), "")


def slow_pdf(lines: int) -> bytes:
    """A valid one-page PDF of ``lines`` strokes across the page: PDFium renders about 50 000 a
    second, so it takes seconds of CPU to decode (a hostile document)."""
    rng = np.random.default_rng(1)
    ops = ["2 w"] + [
        f"{x:.1f} {y:.1f} m {595 - x:.1f} {842 - y:.1f} l" for x, y in rng.uniform(0, 595, (lines, 2))
    ]
    content = zlib.compress("\n".join([*ops, "S"]).encode())
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def recorded(services: Services, actor: Principal, batch: int) -> list[tuple[str, str, str]]:
    return [
        (p.source_name, p.status, p.reasons[0][0] if p.reasons else "")
        for p in services.capture.pages(actor, batch)
    ]


def test_the_workers_store_what_the_parent_uploaded_and_the_pages_name_it(
    services: Services, teller: Principal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad"
    write_bad_inputs(bad)
    files = [
        capture("a.jpg", scan(61)),
        capture("bomb.png", (bad / "bomb.png").read_bytes()),
        capture("empty.jpg", b""),
        capture("two_pages.tif", (bad / "two_pages.tif").read_bytes()),
    ]
    puts: list[str] = []
    real_put = BlobService.put
    monkeypatch.setattr(
        BlobService, "put", lambda self, *a, **k: puts.append(a[3]) or real_put(self, *a, **k)
    )

    def run(store_root: Path, workers_store: bool) -> list[Any]:
        blobs = BlobService(services.db, BlobStore(store_root), services.blobs.check_image)
        runner = CaptureRunner(
            services.capture, blobs, teller, "WS-01", processes=False, workers_store=workers_store
        )
        batch = int(services.capture.open_batch(teller, "import", "WS-01").target_ids[0])
        try:
            runner.ingest_many(files, batch)
        finally:
            runner.close()
        return services.capture.pages(teller, batch)

    by_workers = run(tmp_path / "workers", True)
    assert puts == []  # nothing went through the service's put: the workers stored it all
    assert [(p.source_name, p.status, p.reasons[0][0]) for p in by_workers[:3]] == [
        ("a.jpg", "accepted", "unsigned_qr"),
        ("bomb.png", "rejected", "too_large"),
        ("empty.jpg", "rejected", "empty_file"),
    ]
    store = BlobStore(tmp_path / "workers")
    first = by_workers[0]
    images = [(first.original_sha, "jpg"), (first.corrected_sha or "", "jpg")]
    images += [(s.image_sha, "png") for s in first.slices]
    assert first.original_sha == hashlib.sha256(files[0].data).hexdigest()
    assert all(store.verify(sha, ext) for sha, ext in images)  # whole, under their names
    assert not store.holds(by_workers[1].original_sha)  # a refused file is not stored
    held = BlobService(services.db, store, services.blobs.check_image)
    assert held.get(teller, first.slices[0].image_sha, "png") == store.get(first.slices[0].image_sha, "png")
    assert held.has(teller, [sha for sha, _ext in images]) == [sha for sha, _ext in images]  # noted as theirs
    assert not list((tmp_path / "workers").rglob(".tmp-*"))

    run(tmp_path / "parent", False)  # the shared tier's way: the parent uploads
    assert puts  # it did, and stored the very same blobs
    names = {w: sorted(p.name for p in (tmp_path / w).rglob("*.*")) for w in ("workers", "parent")}
    assert names["workers"] == names["parent"]
    assert {f"{sha}.{ext}" for sha, ext in images} < set(names["workers"])  # and the TIFF's pages


WRITER = """
import os, sys, time
from pathlib import Path
from app.blobs import BlobStore
step, root, ready = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
real = getattr(os, step)
calls = []
def stall(*args):
    calls.append(args)
    if len(calls) == 2:  # the second blob's fsync or rename: killed there
        ready.write_text("stalled")
        time.sleep(60)
    return real(*args)
setattr(os, step, stall)
BlobStore(root).put_many([(bytes([i]) * 200_000, "png") for i in range(3)])
"""


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_a_writer_killed_mid_write_leaves_each_blob_whole_or_absent(tmp_path: Path, step: str) -> None:
    root, ready = tmp_path / "store", tmp_path / "ready"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, step, str(root), str(ready)], cwd=ROOT)
    try:
        for _ in range(600):
            if ready.exists() or proc.poll() is not None:
                break
            time.sleep(0.05)
        assert ready.exists(), "the writer never reached the step"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(10)
    store = BlobStore(root)
    blobs = [bytes([i]) * 200_000 for i in range(3)]
    shas = [hashlib.sha256(b).hexdigest() for b in blobs]
    whole = [store.verify(sha, "png") for sha in shas]
    named = [store.holds(sha) for sha in shas]
    assert whole == named  # nothing under a final name that is not the whole blob
    # killed at the second fsync: no name at all yet; at the second rename: the first one only
    assert named == ([False, False, False] if step == "fsync" else [True, False, False])
    assert list(root.rglob(".tmp-*"))  # what it left is temporary, never a blob's name
    assert [b.sha256 for b in store.put_many([(b, "png") for b in blobs])] == shas  # written again whole
    assert all(store.verify(sha, "png") for sha in shas)


def test_a_worker_dying_on_a_file_twice_still_records_it_with_its_original(
    services: Services, teller: Principal, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = CaptureRunner(services.capture, services.blobs, teller, "WS-01", processes=False)
    batch = int(services.capture.open_batch(teller, "import", "WS-01").target_ids[0])
    good, doomed = capture("good.jpg", scan(62)), capture("doomed.jpg", scan(63))
    submit = runner._submit

    def dies_on_doomed(pool: Any, cap: Capture, *args: Any) -> Future[Any]:
        if cap.name != "doomed.jpg":
            return submit(pool, cap, *args)
        dead: Future[Any] = Future()
        dead.set_exception(BrokenProcessPool("a worker died"))
        return dead

    monkeypatch.setattr(runner, "_submit", dies_on_doomed)
    monkeypatch.setattr(BlobService, "put", lambda *_a, **_k: pytest.fail("the parent decodes nothing"))
    try:
        runner.ingest_many([doomed, good], batch)
    finally:
        runner.close()
    pages = services.capture.pages(teller, batch)
    assert [(p.source_name, p.status, p.reasons[0]) for p in pages] == [
        ("doomed.jpg", "rejected", ("processing_error", "the worker process crashed on this file")),
        ("good.jpg", "accepted", ("unsigned_qr", pages[1].reasons[0][1])),
    ]
    assert pages[0].original_sha == hashlib.sha256(doomed.data).hexdigest()
    assert services.blobs.store.verify(pages[0].original_sha, "jpg")  # checked and stored by a worker
    assert services.blobs.has(teller, [pages[0].original_sha]) == [pages[0].original_sha]  # as theirs


def test_a_file_that_kills_the_checker_too_is_recorded_and_not_stored(
    services: Services, teller: Principal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from imaging import batch as batch_module

    def dead(*_a: Any, **_k: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_exception(BrokenProcessPool("a worker died"))
        return future

    def checker_dies(*_a: Any, **_k: Any) -> None:
        raise BrokenProcessPool("the checker died too")

    runner = CaptureRunner(services.capture, services.blobs, teller, "WS-01", processes=False)
    monkeypatch.setattr(runner, "_submit", dead)
    monkeypatch.setattr(batch_module, "store_original", checker_dies)
    batch = int(services.capture.open_batch(teller, "import", "WS-01").target_ids[0])
    doomed = capture("doomed.jpg", scan(67))
    try:
        runner.ingest_many([doomed], batch)
    finally:
        runner.close()
    (page,) = services.capture.pages(teller, batch)
    assert (page.status, page.reasons[0]) == (
        "rejected",
        ("corrupt_file", "the worker process crashed checking this file"),
    )  # a file fault: it can only be retaken
    assert page.original_sha == hashlib.sha256(doomed.data).hexdigest()
    assert not services.blobs.store.holds(page.original_sha)  # nothing unchecked is stored


def test_a_blob_not_there_as_the_worker_said_is_not_recorded_as_stored(
    services: Services, teller: Principal, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = services.blobs.store
    data = scan(64)
    (blob,) = store.put_many([(data, "jpg")])
    assert services.blobs.adopt(teller, [blob]) == []
    assert services.blobs.has(teller, [blob.sha256]) == [blob.sha256]  # noted as theirs
    short = StoredBlob(blob.sha256, "jpg", blob.size + 1)
    gone = StoredBlob(hashlib.sha256(b"x").hexdigest(), "png", 1)
    assert services.blobs.adopt(teller, [short, gone]) == [short, gone]

    runner = CaptureRunner(services.capture, services.blobs, teller, "WS-01", processes=False)
    batch = int(services.capture.open_batch(teller, "import", "WS-01").target_ids[0])
    submit = runner._submit

    def loses_a_slice(pool: Any, cap: Capture, *args: Any) -> Future[Any]:
        result: StoredFile = submit(pool, cap, *args).result()
        lost = result.pages[0].record.slices[0].image_sha
        store.path(lost, "png").unlink()  # gone between the worker's write and the parent's check
        done: Future[Any] = Future()
        done.set_result(result)
        return done

    monkeypatch.setattr(runner, "_submit", loses_a_slice)
    try:
        runner.ingest_many([capture("a.jpg", scan(65))], batch)
    finally:
        runner.close()
    (page,) = services.capture.pages(teller, batch)
    assert (page.status, page.reasons[0][0], page.slices) == ("rejected", "processing_error", ())
    assert store.verify(page.original_sha, "jpg")  # its original is kept


def test_a_document_too_slow_to_decode_is_stopped_and_the_batch_goes_on(
    services: Services, teller: Principal
) -> None:
    hostile = slow_pdf(250_000)  # about 5 s of CPU to render its page
    runner = CaptureRunner(services.capture, services.blobs, teller, "WS-01", workers=1, cpu_limit_s=1)
    batch = int(services.capture.open_batch(teller, "import", "WS-01").target_ids[0])
    started = time.monotonic()
    try:
        runner.ingest_many([capture("hostile.pdf", hostile), capture("good.jpg", scan(66))], batch)
    finally:
        runner.close()
    assert time.monotonic() - started < 60
    pages = services.capture.pages(teller, batch)
    assert [(p.source_name, p.status, p.reasons[0]) for p in pages] == [
        ("hostile.pdf", "rejected", ("too_slow", "took longer than 1 s to decode a page")),
        ("good.jpg", "accepted", ("unsigned_qr", pages[1].reasons[0][1])),
    ]
    assert not services.blobs.store.holds(pages[0].original_sha)  # never stored: it can only be retaken


def test_the_workers_store_behind_the_checker_the_application_imports_lazily(tmp_path: Path) -> None:
    """The application hands the image service the loader's check as a ``LazyFunction`` (imported
    with the first image): the workers must still see it as their own check and store the blobs
    themselves (they fell back to the parent uploading every image, the slow way, in the app)."""
    from app.lazy import LazyFunction
    from imaging.batch import _local_store

    store = BlobStore(tmp_path / "images")
    lazy = LazyFunction("imaging.loader", "check_image")
    assert _local_store(BlobService(None, store, lazy)) is not None  # type: ignore[arg-type]
    other = LazyFunction("imaging.kinds", "kind_problem")  # not the workers' check: the parent uploads
    assert _local_store(BlobService(None, store, other)) is None  # type: ignore[arg-type]
