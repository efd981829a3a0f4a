"""QR layout recognition accuracy on a generated, degraded voucher set, per degradation.

For every page of ``imaging.synth.sets.generate_set`` (default 500 pages, the ten degradations
evenly, both templates, ground truth in its manifest):
- each decoder alone on the plain page (zxing-cpp, ZBar via pyzbar, OpenCV), one call, no retries;
- the suite's chain as the pipeline runs it (fast pass on a working copy, full resolution, then
  preprocessing retries);
- layout recognition: ``process_page`` read the right payload and placed the template; the region
  placement error is the largest distance, in mm on the voucher, between where the pipeline put any
  region corner and where the ground-truth homography puts it.

A page counts as read when the decoder returned exactly the payload printed on it.

    python bench/qr_accuracy.py [--pages 500] [--seed 11] [--dir DIR]

Prints ``figure: value unit`` lines.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import cv2
import numpy as np

from imaging.pipeline import find_qr, process_page, working_copy
from imaging.qr import DECODERS, to_gray
from imaging.synth.scan import DEGRADATIONS
from imaging.synth.sets import generate_set
from imaging.templates import builtin_templates

DECODER_NAMES = ("zxing", "zbar", "opencv")


def region_error_mm(h_true: np.ndarray, h_found: np.ndarray, template_code: str) -> float:
    t = builtin_templates()[template_code]
    pts = np.array([c for r in t.regions for c in r.box.corners], np.float64).reshape(-1, 1, 2)
    a = cv2.perspectiveTransform(pts, h_true).reshape(-1, 2)
    b = cv2.perspectiveTransform(pts, h_found).reshape(-1, 2)
    px_per_mm = float(np.hypot(h_true[0, 0], h_true[1, 0]))  # the scale at the origin
    return float(np.max(np.linalg.norm(a - b, axis=1))) / px_per_mm


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--dir", type=Path, default=None, help="reuse or keep the generated set here")
    args = parser.parse_args()
    tmp = None
    folder = args.dir
    if folder is None:
        tmp = tempfile.TemporaryDirectory()
        folder = Path(tmp.name)
    manifest = folder / "manifest.json"
    t0 = time.perf_counter()
    if manifest.exists() and len(json.loads(manifest.read_text())) == args.pages:
        entries = json.loads(manifest.read_text())
    else:
        entries = generate_set(folder, args.pages, seed=args.seed)
    print(f"generated_set: {len(entries)} pages")
    print(f"generate_time: {time.perf_counter() - t0:.1f} s")
    templates = builtin_templates()
    reads: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    totals: dict[str, int] = defaultdict(int)
    errors: list[float] = []
    errors_by_kind: dict[str, list[float]] = defaultdict(list)
    for n, entry in enumerate(entries):
        kind = entry["degradation"]
        totals[kind] += 1
        image = cv2.imread(str(folder / entry["file"]), cv2.IMREAD_COLOR)
        gray = to_gray(image)
        truth = entry["payload"]
        for name in DECODER_NAMES:
            texts = [s.text for s in DECODERS[name](gray)]
            reads[kind][name] += texts == [truth]
        work, scale = working_copy(gray)
        reads[kind]["chain"] += find_qr(gray, work, scale).texts == (truth,)
        result = process_page(image, templates)
        placed = (
            result.payload is not None
            and result.payload.encode() == truth
            and result.homography is not None
            and result.template is not None
        )
        reads[kind]["layout"] += placed
        if placed:
            assert result.homography is not None
            err = region_error_mm(np.array(entry["homography"]), result.homography, entry["template"])
            errors.append(err)
            errors_by_kind[kind].append(err)
        if (n + 1) % 50 == 0:
            sys.stderr.write(f"\r{n + 1}/{len(entries)}")
            sys.stderr.flush()
    sys.stderr.write("\n")
    columns = (*DECODER_NAMES, "chain", "layout")
    overall: dict[str, int] = defaultdict(int)
    for kind in DEGRADATIONS:
        if not totals[kind]:
            continue
        for col in columns:
            overall[col] += reads[kind][col]
            print(f"{kind}_{col}: {100.0 * reads[kind][col] / totals[kind]:.1f} %")
        if errors_by_kind[kind]:
            print(f"{kind}_region_error_p95: {np.percentile(errors_by_kind[kind], 95):.2f} mm")
    pages = sum(totals.values())
    for col in columns:
        print(f"all_{col}: {100.0 * overall[col] / pages:.1f} %")
    best = max(DECODER_NAMES, key=lambda c: overall[c])
    print(f"best_single_decoder: {best} ({overall[best]} of {pages}) pages")
    print(f"chain_minus_best_single: {overall['chain'] - overall[best]} pages")
    if errors:
        print(f"region_error_median: {np.median(errors):.2f} mm")
        print(f"region_error_p95: {np.percentile(errors, 95):.2f} mm")
        print(f"region_error_max: {np.max(errors):.2f} mm")
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
