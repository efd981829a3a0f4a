"""Command line of the synthetic voucher generator: a folder of degraded scans with its manifest, and
optionally a document-camera video and the hostile inputs. Main thread.

``python -m imaging.synth --out DIR [--count N] [--seed S] [--dpi D] [--fmt jpg|png] [--video FILE]
[--video-count N] [--bad]``
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

from imaging.synth.sets import generate_set, write_bad_inputs, write_video


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m imaging.synth", description=(__doc__ or "").split("\n")[0]
    )
    parser.add_argument("--out", required=True, type=Path, help="output folder")
    parser.add_argument("--count", type=int, default=20, help="scans to write (default 20)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dpi", type=float, default=200)
    parser.add_argument("--fmt", choices=("jpg", "png"), default="jpg")
    parser.add_argument("--video", type=Path, help="also write a document-camera video (MJPG .avi)")
    parser.add_argument("--video-count", type=int, default=5, help="vouchers in the video (default 5)")
    parser.add_argument("--bad", action="store_true", help="also write hostile inputs to OUT/bad")
    args = parser.parse_args(argv)
    entries = generate_set(args.out, args.count, seed=args.seed, dpi=args.dpi, fmt=args.fmt)
    kinds: dict[str, int] = {}
    for e in entries:
        kinds[e["degradation"]] = kinds.get(e["degradation"], 0) + 1
    print(f"wrote {len(entries)} scans and manifest.json to {args.out}")
    print("  " + ", ".join(f"{k}: {n}" for k, n in kinds.items()))
    if args.video:
        truth = args.video.with_suffix(".json")
        vouchers = write_video(args.video, args.video_count, seed=args.seed)
        truth.write_text(json.dumps(vouchers, ensure_ascii=False, indent=1), encoding="utf-8")
        frames = vouchers[-1]["frames"][1] + 1 if vouchers else 0
        print(f"wrote {args.video} ({len(vouchers)} vouchers, about {frames} frames) and {truth}")
    if args.bad:
        bad = write_bad_inputs(args.out / "bad", seed=args.seed)
        print(f"wrote {len(bad)} hostile inputs to {args.out / 'bad'}:")
        for name, what in bad.items():
            print(f"  {name}: {what}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
