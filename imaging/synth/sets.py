"""Synthetic data sets with ground truth: a folder of degraded scans with ``manifest.json``, a
document-camera video with its still frames, and the hostile files an ingest pipeline must survive
(empty, truncated, garbage, a PNG bomb, many pages, foreign or broken QR codes, two vouchers on a
page...). Any thread (``generate_set`` can be cancelled between scans).

Deterministic for a seed: the same seed writes the same bytes. Every entry carries the homography
template mm -> image px and the QR symbol's corners in the image (edge convention).
"""

from __future__ import annotations

import dataclasses
import json
import struct
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray
from PIL import Image

from imaging.synth.data import VoucherData, random_voucher_data
from imaging.synth.form import back_side
from imaging.synth.geometry import Matrix, rotation_about, transform_points, translation
from imaging.synth.paint import BGR, MM_PER_INCH
from imaging.synth.scan import DEGRADATIONS, backdrop, degrade, paste, place_on_scan, scan_pose
from imaging.synth.voucher import render_voucher
from imaging.templates import Template, builtin_templates


def qr_corners_px(template: Template, h_mat: Matrix) -> list[list[float]]:
    """The QR symbol's corners (TL, TR, BR, BL of the voucher's own orientation) in image px."""
    if template.qr is None:
        return []
    pts = transform_points(np.asarray(h_mat, np.float64), template.qr.corners)
    return [[round(float(x), 3), round(float(y), 3)] for x, y in pts]


def _h_list(h_mat: Matrix) -> list[list[float]]:
    return [[float(v) for v in row] for row in np.asarray(h_mat, np.float64)]


def _write_image(path: Path, image: BGR, quality: int = 92) -> None:
    params = [cv2.IMWRITE_JPEG_QUALITY, quality] if path.suffix.lower() in (".jpg", ".jpeg") else []
    if not cv2.imwrite(str(path), image, params):
        raise OSError(f"cannot write {path}")


def generate_set(
    out_dir: str | Path,
    count: int,
    *,
    seed: int = 0,
    kinds: Sequence[str] = DEGRADATIONS,
    dpi: float = 200,
    fmt: str = "jpg",
    cancel: Callable[[], bool] | None = None,
) -> list[dict[str, Any]]:
    """Write ``count`` scans (cycling ``kinds`` evenly, both templates) and ``manifest.json``.
    Deterministic for a seed. Returns the manifest entries. When ``cancel()`` turns true it stops
    before the next scan and writes no manifest."""
    if fmt not in ("jpg", "png"):
        raise ValueError("fmt must be 'jpg' or 'png'")
    if not kinds:
        raise ValueError("no degradation kinds")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    templates = builtin_templates()
    codes = sorted(templates)
    entries: list[dict[str, Any]] = []
    for i in range(count):
        if cancel is not None and cancel():
            return entries
        rng = np.random.default_rng([seed, i])
        kind = kinds[i % len(kinds)]
        template = templates[codes[(i + i // len(kinds)) % len(codes)]]
        data = random_voucher_data(template, rng)
        image, h_mat = render_voucher(template, data, dpi=dpi, rng=rng)
        camera = kind in ("perspective", "shadow") or rng.random() < 0.25
        canvas, offset, angle, background = scan_pose(image, dpi, rng, camera)
        image, h_mat = place_on_scan(
            image, h_mat, canvas_px=canvas, offset_px=offset, angle_deg=angle, background=background, rng=rng
        )
        severity = 0.0 if kind == "clean" else float(rng.uniform(0.3, 1.0))
        image, h_mat, params = degrade(image, h_mat, kind, severity, rng)
        name = f"{i:04d}_{template.code}_{kind}.{fmt}"
        _write_image(out / name, image)
        entries.append(
            {
                "file": name,
                "template": template.code,
                "payload": data.qr_content,
                "fields": dict(data.fields),
                "degradation": kind,
                "severity": round(severity, 4),
                "params": params,
                "scan": {
                    "background": background,
                    "canvas_px": list(canvas),
                    "offset_px": [round(offset[0], 2), round(offset[1], 2)],
                    "angle_deg": round(angle, 4),
                },
                "dpi": dpi,
                "size_px": [int(image.shape[1]), int(image.shape[0])],
                "homography": _h_list(h_mat),
                "qr_corners_px": qr_corners_px(template, h_mat),
            }
        )
    (out / "manifest.json").write_text(json.dumps(entries, ensure_ascii=False, indent=1), encoding="utf-8")
    return entries


def _ease(t: float) -> float:
    return 1.0 - (1.0 - t) ** 3


def write_video(
    path: str | Path, count: int, *, seed: int = 0, fps: int = 10, size: tuple[int, int] = (1280, 720)
) -> list[dict[str, Any]]:
    """A document-camera recording (MJPG .avi): each voucher slides onto a dark desk (~1 s), lies still
    (~1.5 s), slides away, then ~0.5 s of empty desk. Returns per voucher the payload and the frame
    ranges (inclusive): ``still_frames`` [first, last] is when it lies still at ``homography``."""
    w, h = size
    rng0 = np.random.default_rng([seed, 0x71DE0])
    desk = backdrop((w, h), "dark", rng0)
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), float(fps), (w, h))
    if not writer.isOpened():
        raise OSError(f"cannot open a video writer for {path}")
    n_in, n_still = max(2, round(fps * 1.0)), max(1, round(fps * 1.5))
    n_out, n_empty = max(1, round(fps * 0.3)), max(1, round(fps * 0.5))
    templates = builtin_templates()
    codes = sorted(templates)
    widest = max(t.width_mm for t in templates.values())
    tallest = max(t.height_mm for t in templates.values())
    dpi = min(0.8 * w / widest, 0.85 * h / tallest) * MM_PER_INCH
    frame_no = 0
    truth: list[dict[str, Any]] = []

    def emit(frame: BGR, noise_rng: np.random.Generator) -> None:
        nonlocal frame_no
        noise = noise_rng.integers(-3, 4, (h, w, 1), dtype=np.int16) + noise_rng.integers(
            -2, 3, (h, w, 3), dtype=np.int16
        )
        writer.write(np.clip(frame.astype(np.int16) + noise, 0, 255).astype(np.uint8))
        frame_no += 1

    try:
        for _ in range(n_empty):
            emit(desk, rng0)
        for k in range(count):
            rng = np.random.default_rng([seed, k, 1])
            template = templates[codes[k % len(codes)]]
            data = random_voucher_data(template, rng)
            image, h_mat = render_voucher(template, data, dpi=dpi, rng=rng)
            vh, vw = image.shape[:2]
            rest = np.array([(w - vw) / 2, (h - vh) / 2]) + rng.uniform(-0.04, 0.04, 2) * (w, h)
            angle = float(rng.uniform(-6, 6))
            sides = {"left": (-w, 0.0), "right": (w, 0.0), "bottom": (0.0, h), "top": (0.0, -h)}
            enter = np.array(sides[str(rng.choice(list(sides)))], np.float64) * 0.85
            leave = np.array(sides[str(rng.choice(list(sides)))], np.float64) * 0.85
            angle_in, angle_out = angle + float(rng.uniform(-12, 12)), angle + float(rng.uniform(-12, 12))

            def pose(offset: NDArray[np.float64], ang: float, vw: int = vw, vh: int = vh) -> Matrix:
                return translation(float(offset[0]), float(offset[1])) @ rotation_about(vw / 2, vh / 2, ang)

            first = frame_no
            for f in range(n_in):
                t = _ease(f / n_in)
                frame = desk.copy()
                paste(
                    frame,
                    image,
                    pose(rest + enter * (1 - t), angle_in + (angle - angle_in) * t),
                    shadow="desk",
                )
                emit(frame, rng)
            still = desk.copy()
            a = pose(rest, angle)
            paste(still, image, a, shadow="desk")
            still_first = frame_no
            for _ in range(n_still):
                emit(still, rng)
            still_last = frame_no - 1
            for f in range(n_out):
                t = (f + 1) / (n_out + 1)
                frame = desk.copy()
                paste(
                    frame, image, pose(rest + leave * t * t, angle + (angle_out - angle) * t), shadow="desk"
                )
                emit(frame, rng)
            last = frame_no - 1
            for _ in range(n_empty):
                emit(desk, rng)
            hv = a @ h_mat
            truth.append(
                {
                    "index": k,
                    "template": template.code,
                    "payload": data.qr_content,
                    "fields": dict(data.fields),
                    "frames": [first, last],
                    "still_frames": [still_first, still_last],
                    "homography": _h_list(hv),
                    "qr_corners_px": qr_corners_px(template, hv),
                }
            )
    finally:
        writer.release()
    return truth


# ---------------------------------------------------------------------------------------------
# hostile inputs


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def write_png_bomb(
    path: str | Path, width: int = 40000, height: int = 40000, rows_per_block: int = 100
) -> None:
    """A valid, all-zero 8-bit greyscale PNG of ``width`` x ``height`` (1.6 GB decoded at 40000²), a
    few MB on disk. Streamed: each block of rows is deflated once with a full flush (which resets
    the compressor, so every block compresses to the same bytes) and repeated."""
    row = width + 1  # filter byte + pixels, all zero
    blocks, tail_rows = divmod(height, rows_per_block)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(_png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)))
        f.write(_png_chunk(b"IDAT", b"\x78\xda"))  # zlib header, best compression
        comp = zlib.compressobj(9, zlib.DEFLATED, -15)
        block = comp.compress(bytes(row * rows_per_block)) + comp.flush(zlib.Z_FULL_FLUSH)
        chunk = _png_chunk(b"IDAT", block)
        for _ in range(blocks):
            f.write(chunk)
        tail = zlib.compressobj(9, zlib.DEFLATED, -15)
        end = (tail.compress(bytes(row * tail_rows)) if tail_rows else b"") + tail.flush(zlib.Z_FINISH)
        total = row * height  # Adler-32 of n zero bytes: a = 1, b = n mod 65521
        f.write(_png_chunk(b"IDAT", end + struct.pack(">I", ((total % 65521) << 16) | 1)))
        f.write(_png_chunk(b"IEND", b""))


def _to_pil(image: BGR) -> Image.Image:
    return Image.fromarray(np.ascontiguousarray(image[..., ::-1]))


def write_bad_inputs(directory: str | Path, *, seed: int = 0) -> dict[str, str]:
    """Files an ingest pipeline must survive (file name -> what it is)."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    templates = builtin_templates()
    tr, cd = templates["TR"], templates["CD"]
    rng = np.random.default_rng([seed, 0xBAD])
    made: dict[str, str] = {}

    def voucher(template: Template, dpi: float = 200, **override: Any) -> tuple[VoucherData, BGR, Matrix]:
        data = random_voucher_data(template, rng)
        if override:
            data = dataclasses.replace(data, **override)
        image, h_mat = render_voucher(template, data, dpi=dpi, rng=rng)
        return data, image, h_mat

    def on_white(image: BGR, h_mat: Matrix, margin: int = 80) -> tuple[BGR, Matrix]:
        h, w = image.shape[:2]
        return place_on_scan(
            image, h_mat, canvas_px=(w + 2 * margin, h + 2 * margin), offset_px=(margin, margin), rng=rng
        )

    (out / "empty.jpg").write_bytes(b"")
    made["empty.jpg"] = "0 bytes"

    _, img, _ = voucher(tr)
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 90])
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    data_bytes = buf.tobytes()
    (out / "truncated.jpg").write_bytes(data_bytes[: len(data_bytes) // 2])
    made["truncated.jpg"] = (
        f"a valid voucher JPEG cut in half ({len(data_bytes) // 2} of {len(data_bytes)} bytes)"
    )

    (out / "garbage.png").write_bytes(rng.bytes(8192))
    made["garbage.png"] = "8 KiB of random bytes named .png"

    write_png_bomb(out / "bomb.png")
    made["bomb.png"] = (
        "valid PNG, header 40000x40000 8-bit greyscale all zero (1.6 GB decoded), small on disk"
    )

    distinct = [_to_pil(voucher(tr if i % 2 == 0 else cd, dpi=50)[1]) for i in range(6)]
    pages = [distinct[i % len(distinct)] for i in range(60)]
    pages[0].save(out / "many_pages.pdf", save_all=True, append_images=pages[1:], resolution=50.0)
    made["many_pages.pdf"] = "60-page PDF of small voucher images (50 dpi; 6 vouchers repeated)"

    data, front, _ = voucher(tr)
    back = back_side(tr, 200, data.payload.copy)
    _to_pil(front).save(
        out / "two_pages.tif",
        save_all=True,
        append_images=[_to_pil(back)],
        compression="tiff_deflate",
        dpi=(200, 200),
    )
    made["two_pages.tif"] = (
        f"multi-page TIFF: voucher front (QR {data.qr_content}) and its printed back (no QR)"
    )

    foreign = "https://example.com/pay?id=1"
    _, img, hm = voucher(tr, qr_text=foreign)
    _write_image(out / "foreign_qr.png", on_white(img, hm)[0])
    made["foreign_qr.png"] = f"voucher-looking page whose QR is {foreign}"

    data = random_voucher_data(tr, rng)
    good = data.payload.encode()
    body, _, check = good.rpartition(";K=")
    wrong = f"{body};K={(int(check, 16) ^ 0x5A5A5A5A):08X}"
    _, img, hm = voucher(tr, payload=data.payload, fields=data.fields, qr_text=wrong)
    _write_image(out / "bad_check_qr.png", on_white(img, hm)[0])
    made["bad_check_qr.png"] = f"voucher whose QR has a wrong K= check: {wrong}"

    d1, v1, h1 = voucher(tr)
    d2, v2, _ = voucher(cd)
    cw = max(v1.shape[1], v2.shape[1]) + 160
    ch = v1.shape[0] + v2.shape[0] + 300
    page, _ = place_on_scan(v1, h1, canvas_px=(cw, ch), offset_px=(80, 80), angle_deg=1.0, rng=rng)
    paste(
        page,
        v2,
        translation(100, v1.shape[0] + 200) @ rotation_about(v2.shape[1] / 2, v2.shape[0] / 2, -1.5),
        shadow="scanner",
    )
    _write_image(out / "two_vouchers.png", page)
    made["two_vouchers.png"] = f"two vouchers on one page: {d1.qr_content} and {d2.qr_content}"

    data, img, hm = voucher(cd)
    page, hm = on_white(img, hm)
    page, _, _ = degrade(page, hm, "upside_down", 1.0, rng)
    _write_image(out / "upside_down.jpg", page)
    made["upside_down.jpg"] = f"voucher rotated 180 degrees: {data.qr_content}"

    _, img, hm = voucher(tr, qr_text="")
    _write_image(out / "no_qr.png", on_white(img, hm)[0])
    made["no_qr.png"] = "voucher with the QR area blank"

    _, img, hm = voucher(cd)
    page, _ = on_white(img, hm)
    _write_image(out / "blurred.jpg", np.asarray(cv2.GaussianBlur(page, (0, 0), 9.0), np.uint8))
    made["blurred.jpg"] = "voucher under a heavy Gaussian blur (sigma 9 px at 200 dpi): unreadable"

    _, img, hm = voucher(tr)
    page, _ = on_white(img, hm)
    dark = (
        page.astype(np.float32) * 0.05
        + rng.standard_normal(page.shape[:2], dtype=np.float32)[..., None] * 1.5
        + 2
    )
    _write_image(out / "dark.jpg", np.clip(dark, 0, 255).astype(np.uint8))
    made["dark.jpg"] = "nearly black exposure of a voucher"
    return made
