"""Capture pipeline benchmark on 300-dpi A4 scans (2480 x 3508 px).

1. One page: quality checks + QR decode + deskew + slicing (``process_page``) on a generated transfer
   slip lying skewed on an A4 scan; median and p90 over repeated runs, and the per-stage medians.
   Also the whole per-file step a worker does (decode the JPEG, process, encode the corrected image
   and the slice PNGs).
2. A batch of 100 such pages (different vouchers, angles, positions), stored, processed in worker
   processes and recorded in a SQLite database with their blobs, with a progress bar on stderr,
   with all workers and with one, each way the blobs can be stored (``--mode``): the parent
   uploading every image through the image service (main's way, the shared tier's) and the
   workers writing them into the store; per way the median pages/s, the parent's and the workers'
   CPU per page, and the speed-up of all workers over one.

    python bench/capture.py [--pages 100] [--runs 30] [--repeats 3] [--mode both] [--no-page]

Prints ``figure: value unit`` lines.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import cv2
import numpy as np

from app import demo, security
from app.blobs import BlobStore
from app.captures import Capture
from app.db.bootstrap import open_database
from app.rbac import Role, system_principal
from app.services import build_services
from app.services.blobs import BlobService
from imaging.batch import CaptureRunner, process_file
from imaging.loader import check_image
from imaging.pipeline import process_page
from imaging.synth.data import random_voucher_data
from imaging.synth.scan import place_on_scan
from imaging.synth.voucher import render_voucher
from imaging.templates import builtin_templates

A4 = (2480, 3508)
PW = "Str0ng!pass"


def a4_scan(seed: int) -> tuple[np.ndarray, str]:
    rng = np.random.default_rng(seed)
    templates = builtin_templates()
    template = templates["TR" if seed % 2 == 0 else "CD"]
    data = random_voucher_data(template, rng)
    image, h = render_voucher(template, data, dpi=300, rng=rng)
    # a transfer slip (210 mm) only fits an A4 bed lengthwise; a deposit slip (190 mm) fits across
    angle = float(rng.uniform(-6, 6)) + (90.0 if template.code == "TR" else 0.0)
    vh, vw = image.shape[:2]
    a = np.radians(angle)
    bw = abs(vw * np.cos(a)) + abs(vh * np.sin(a))  # the rotated voucher's bounding box
    bh = abs(vw * np.sin(a)) + abs(vh * np.cos(a))
    cx = float(rng.uniform(bw / 2 + 10, max(bw / 2 + 11, A4[0] - bw / 2 - 10)))
    cy = float(rng.uniform(bh / 2 + 10, A4[1] - bh / 2 - 10))
    offset = (cx - vw / 2, cy - vh / 2)
    page, _h = place_on_scan(image, h, canvas_px=A4, offset_px=offset, angle_deg=angle, rng=rng)
    return page, data.payload.encode()


def bar(done: int, total: int) -> None:
    filled = int(40 * done / total)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (40 - filled)}] {done}/{total}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def one_page(runs: int) -> None:
    templates = builtin_templates()
    page, payload = a4_scan(7)
    result = process_page(page, templates)
    assert result.payload is not None and result.payload.encode() == payload, result.reasons
    assert result.status == "accepted", result.reasons
    times, stages = [], {}
    for _ in range(runs):
        t0 = time.perf_counter()
        r = process_page(page, templates)
        times.append((time.perf_counter() - t0) * 1000)
        for k, v in r.timings_ms.items():
            stages.setdefault(k, []).append(v)
    times.sort()
    print(f"page_pipeline_median: {statistics.median(times):.1f} ms")
    print(f"page_pipeline_p90: {times[int(0.9 * len(times)) - 1]:.1f} ms")
    for k, v in stages.items():
        print(f"stage_{k}_median: {statistics.median(v):.1f} ms")
    _ok, jpeg = cv2.imencode(".jpg", page, [cv2.IMWRITE_JPEG_QUALITY, 90])
    data = bytes(jpeg)
    per_file = []
    for _ in range(max(5, runs // 3)):
        t0 = time.perf_counter()
        out = process_file(data, "a4.jpg", templates)
        per_file.append((time.perf_counter() - t0) * 1000)
        assert out[0].record.status == "accepted"
    print(f"file_decode_process_encode_median: {statistics.median(per_file):.1f} ms")


def scans(pages: int, first: int) -> list[Capture]:
    out = []
    for i in range(pages):
        page, _payload = a4_scan(first + i)
        _ok, jpeg = cv2.imencode(".jpg", page, [cv2.IMWRITE_JPEG_QUALITY, 90])
        out.append(Capture("bench", f"scan-{i:03}.jpg", bytes(jpeg), datetime.now(UTC), "image/jpeg"))
    return out


def variant(files: list[Capture], tag: str) -> list[Capture]:
    """The same scans as new files: a JPEG comment naming the run after the start-of-image marker
    (other bytes, the same pixels), so no run's pages are duplicates of another's."""
    comment = f"bench run {tag}".encode()
    segment = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
    return [replace(c, data=c.data[:2] + segment + c.data[2:]) for c in files]


def children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


MODES = {"parent_writes": False, "workers_store": True}  # main's way (the parent uploads), this branch's


def batch(pages: int, repeats: int, modes: list[str]) -> None:
    """Each configuration (mode x 1 or all workers) ``repeats`` times, interleaved (the machine is
    shared: its load moves between runs), each run on the same scans as new files; the median run
    of each counts. Per run: wall pages/s; the parent's CPU per page (``time.process_time`` over
    ``ingest_many``: all its threads); the workers' CPU per page (``RUSAGE_CHILDREN`` once they
    are reaped, less the CPU an idle pool of as many workers takes to start and stop)."""
    security.LOG2_N = 10
    parallel = os.cpu_count() or 2
    configs = [
        (mode, workers, label)
        for mode in modes
        for workers, label in ((parallel, "parallel"), (1, "one_worker"))
    ]
    base = scans(pages, 1000)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{tmp}/bench.db")
        demo.seed_demo(db)
        services = build_services(db)
        root = system_principal("bench")
        services.identity.create_user(root, "scanner", "Scanner", PW, [Role.TELLER], reason="bench")
        actor = services.identity.authenticate("scanner", PW)
        startup: dict[int, float] = {}
        for workers in sorted({w for _m, w, _l in configs}):
            blobs = BlobService(db, BlobStore(Path(tmp) / "images-idle"), check_image)
            idle = CaptureRunner(services.capture, blobs, actor, "BENCH", workers=workers)
            c0 = children_cpu_s()
            idle.warm_up()
            idle.close()
            startup[workers] = children_cpu_s() - c0
            print(f"batch_worker_start_cpu_{workers}: {startup[workers]:.2f} s")
        rates: dict[tuple[str, str], list[float]] = {(m, label): [] for m, _w, label in configs}
        parent_ms: dict[tuple[str, str], list[float]] = {(m, label): [] for m, _w, label in configs}
        worker_ms: dict[tuple[str, str], list[float]] = {(m, label): [] for m, _w, label in configs}
        for run in range(repeats):
            for n, (mode, workers, label) in enumerate(configs):
                files = variant(base, f"{run}-{n}")
                store = BlobStore(Path(tmp) / f"images-{mode}-{label}-{run}")  # a fresh store
                runner = CaptureRunner(
                    services.capture,
                    BlobService(db, store, check_image),
                    actor,
                    "BENCH",
                    workers=workers,
                    workers_store=MODES[mode],
                )
                batch_id = int(services.capture.open_batch(actor, "bench", "BENCH").target_ids[0])
                runner.templates()
                c0 = children_cpu_s()
                runner.warm_up()
                p0, t0 = time.process_time(), time.perf_counter()
                changes = runner.ingest_many(files, batch_id, progress=bar)
                elapsed, parent = time.perf_counter() - t0, time.process_time() - p0
                runner.close()
                worker = children_cpu_s() - c0 - startup[workers]
                statuses = [p.status for p in services.capture.pages(actor, batch_id)]
                assert len(changes) == pages
                key = (mode, label)
                rates[key].append(pages / elapsed)
                parent_ms[key].append(1000 * parent / pages)
                worker_ms[key].append(1000 * worker / pages)
                name = f"batch_{mode}_{label}_run{run + 1}"
                print(f"{name}_throughput: {pages / elapsed:.2f} pages/s")
                print(f"{name}_parent_cpu: {1000 * parent / pages:.1f} ms/page")
                print(f"{name}_worker_cpu: {1000 * worker / pages:.1f} ms/page")
                print(f"{name}_accepted: {statuses.count('accepted')} of {pages} pages")
        print(f"batch_parallel_workers: {parallel} processes")
        for mode in modes:
            for _m, _w, label in [c for c in configs if c[0] == mode]:
                key = (mode, label)
                print(f"batch_{mode}_{label}_throughput: {statistics.median(rates[key]):.2f} pages/s")
                print(f"batch_{mode}_{label}_parent_cpu: {statistics.median(parent_ms[key]):.1f} ms/page")
                print(f"batch_{mode}_{label}_worker_cpu: {statistics.median(worker_ms[key]):.1f} ms/page")
            speedup = statistics.median(rates[(mode, "parallel")]) / statistics.median(
                rates[(mode, "one_worker")]
            )
            print(f"batch_{mode}_speedup: {speedup:.2f} x")
            # what the CPU per page allows on free cores (the machine is shared: the wall figures
            # move with the others' load): one worker runs at 1/max(W, P) pages per CPU second,
            # n workers and the parent share n cores: min(n / (W + P), 1 / P)
            w1, p1 = (statistics.median(d[(mode, "one_worker")]) for d in (worker_ms, parent_ms))
            wn, pn = (statistics.median(d[(mode, "parallel")]) for d in (worker_ms, parent_ms))
            bound = min(parallel / (wn + pn), 1 / pn) * max(w1, p1)
            print(f"batch_{mode}_cpu_bound_speedup: {bound:.2f} x")
        db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--repeats", type=int, default=3, help="runs of each batch configuration")
    parser.add_argument(
        "--mode",
        choices=[*MODES, "both"],
        default="both",
        help="parent_writes: the parent uploads every image (main's way, and the shared tier's); "
        "workers_store: the workers write the blobs; both: side by side",
    )
    parser.add_argument("--no-page", action="store_true", help="skip the one-page figures")
    args = parser.parse_args()
    if not args.no_page:
        one_page(args.runs)
    batch(args.pages, args.repeats, list(MODES) if args.mode == "both" else [args.mode])


if __name__ == "__main__":
    main()
