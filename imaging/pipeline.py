"""One captured page through layout recognition: quality checks, QR decoding, template placement,
deskew/perspective correction and slicing. Any thread (worker threads or processes); no shared state.

``process_page`` is the whole of steps 3-4 of the operations flow (版面识别, 影像拆分) for one
page image. It never raises for a bad page: everything it finds is in the result's status and
reasons, so a batch loses nothing. The original image is only read.

Geometry: a template says where its QR symbol and regions are in millimetres. The four decoded QR
corners give a similarity transform (position, scale, rotation incl. upside down); when the page
outline is found as well, a homography from the page corners replaces it if it agrees with the QR,
which also corrects perspective (a phone or document-camera shot). The corrected voucher is
rendered at ``out_dpi``; slices are cut from it, and each slice also keeps its outline in the
original image's pixels for overlays.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import cast

import cv2
import numpy as np
from numpy.typing import NDArray

from app.statuses import PageStatus
from imaging import quality
from imaging.payload import PayloadError, VoucherPayload, parse_payload
from imaging.qr import QRResult, QRSymbol, decode, to_gray
from imaging.quality import DEFAULT_THRESHOLDS, Check, Quad, Thresholds
from imaging.templates import Template

Image = NDArray[np.uint8]
Matrix = NDArray[np.float64]

WORK_LONG_SIDE = 1600  # checks and the fast QR pass run on a copy at most this large
OUT_DPI = 200.0
MIN_SIDE_PX = 100  # a smaller image cannot hold a legible voucher (and would upset the checks)

# the verdict (app.statuses.VERDICTS): accepted = recognized and sliced; manual = needs manual
# classification (版面人工识别); rejected = retake the capture (unreadable, blurred, two vouchers...)

REJECTING = frozenset(
    {"too_small", "too_dark", "too_bright", "low_contrast", "blurred", "two_vouchers", "no_page", "skewed"}
)
# forged_qr and unsigned_qr are the capture service's (which holds the bank's key), never the pipeline's
MANUAL_REASONS = frozenset({"no_qr", "foreign_qr", "bad_payload", "unknown_type", "forged_qr"})
INFO_REASONS = frozenset(
    {"rotated_90", "rotated_180", "rotated_270", "deskewed", "perspective", "unsigned_qr"}
)


@dataclass(frozen=True)
class Reason:
    code: str
    detail: str = ""


@dataclass(frozen=True)
class Slice:
    name: str
    kind: str
    box: tuple[int, int, int, int]  # x, y, w, h in the corrected image
    quad: Quad  # the region's outline in the original image's pixels
    image: Image


@dataclass(frozen=True)
class PageResult:
    status: PageStatus
    reasons: tuple[Reason, ...]
    checks: tuple[Check, ...]
    payload: VoucherPayload | None = None
    qr_texts: tuple[str, ...] = ()
    decoder: str = ""
    template: Template | None = None
    homography: Matrix | None = None  # template mm -> original image px
    rotation: int = 0  # quarter turns the page lay rotated clockwise: 0, 90, 180, 270
    skew_deg: float = 0.0  # the remaining angle that deskew removed
    page_quad: Quad | None = None
    corrected: Image | None = None  # the voucher straightened and cropped, at out_dpi
    slices: tuple[Slice, ...] = ()
    timings_ms: dict[str, float] = field(default_factory=dict)

    @property
    def reason_codes(self) -> tuple[str, ...]:
        return tuple(r.code for r in self.reasons)


def status_of(reasons: Sequence[Reason]) -> PageStatus:
    codes = {r.code for r in reasons}
    if codes & REJECTING:
        return PageStatus.REJECTED
    if codes & MANUAL_REASONS:
        return PageStatus.MANUAL
    return PageStatus.ACCEPTED


def _similarity(src: list[tuple[float, float]], dst: list[tuple[float, float]]) -> Matrix | None:
    m, _inliers = cv2.estimateAffinePartial2D(_f32(src), _f32(dst), method=cv2.LMEDS)
    if m is None:
        return None
    return np.vstack([m, [0.0, 0.0, 1.0]]).astype(np.float64)


def _f32(pts: Sequence[tuple[float, float]]) -> NDArray[np.float32]:
    return np.array(pts, dtype=np.float32)


def _apply(
    h: Matrix, pts: list[tuple[float, float]] | tuple[tuple[float, float], ...]
) -> list[tuple[float, float]]:
    arr = cv2.perspectiveTransform(np.array(pts, dtype=np.float64).reshape(-1, 1, 2), h).reshape(-1, 2)
    return [(float(x), float(y)) for x, y in arr]


def _outline_homography(t: Template, page: Quad) -> Matrix:
    """Template page corners onto the outline alone (no QR): the outline's corner that starts its
    long side goes with the template's, so a sheet lying turned by a quarter is not stretched. (Which
    way up it lies is not known without the QR; upright is assumed.)"""
    corners = [(0.0, 0.0), (t.width_mm, 0.0), (t.width_mm, t.height_mm), (0.0, t.height_mm)]
    pts = list(page)
    top, side = math.dist(pts[0], pts[1]), math.dist(pts[1], pts[2])
    if (top >= side) != (t.width_mm >= t.height_mm):
        pts = pts[3:] + pts[:3]  # turned a quarter: start from the corner before
    return cv2.getPerspectiveTransform(_f32(corners), _f32(pts)).astype(np.float64)


def _page_homography(
    t: Template, qr_h: Matrix, qr_corners: Sequence[tuple[float, float]], page: Quad, tolerance_px: float
) -> Matrix | None:
    """A homography from the template's page corners to the detected outline, if it puts the QR code
    where it was decoded (so a shadow or a second sheet cannot bend the regions). The QR code's
    similarity says which outline corner is which (the page may lie at any angle, upside down)."""
    corners = [(0.0, 0.0), (t.width_mm, 0.0), (t.width_mm, t.height_mm), (0.0, t.height_mm)]
    expected = _apply(qr_h, corners)
    matched = [min(page, key=lambda p, ex=ex: math.dist(p, ex)) for ex in expected]  # type: ignore[misc]
    if len(set(matched)) != 4:
        return None
    h = cv2.getPerspectiveTransform(_f32(corners), _f32(matched)).astype(np.float64)
    assert t.qr is not None
    predicted = _apply(h, list(t.qr.corners))
    if max(math.dist(a, b) for a, b in zip(predicted, qr_corners, strict=True)) > tolerance_px:
        return None
    return h


def _payloads(result: QRResult) -> tuple[list[tuple[VoucherPayload, str]], list[PayloadError]]:
    """The voucher payloads found (each with the exact text it was read from) and the refusals."""
    good: list[tuple[VoucherPayload, str]] = []
    bad: list[PayloadError] = []
    for text in result.texts:
        try:
            p = parse_payload(text)
        except PayloadError as e:
            bad.append(e)
        else:
            if all(p != q for q, _t in good):
                good.append((p, text))
    return good, bad


def working_copy(gray: Image) -> tuple[Image, float]:
    """The page at most WORK_LONG_SIDE pixels long, and the scale factor to it."""
    scale = min(1.0, WORK_LONG_SIDE / max(gray.shape[:2]))
    if scale == 1.0:
        return gray, 1.0
    return cast(Image, cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)), scale


def find_qr(gray: Image, work: Image, scale: float) -> QRResult:
    """Fast pass on the working copy, then the full-resolution page, then preprocessing retries.
    Corners come back in full-resolution pixels; symbols found on the working copy are read again
    from a full-resolution crop, which places their corners to a pixel (a tenth of a degree of skew
    over the symbol's width)."""
    result = decode(work, retries=False)
    if not result.texts:
        result = decode(gray, retries=False) if scale < 1.0 else result
        if result.texts:
            return result
        result = decode(work, retries=True)
    if scale == 1.0:
        return result
    result = result.scaled(1.0 / scale)
    return QRResult(
        result.texts,
        result.decoder,
        result.attempts,
        result.disagreements,
        tuple(_sharpen_corners(gray, s) for s in result.symbols),
    )


def _sharpen_corners(gray: Image, sym: QRSymbol) -> QRSymbol:
    xs = [p[0] for p in sym.corners]
    ys = [p[1] for p in sym.corners]
    pad = 0.25 * max(max(xs) - min(xs), max(ys) - min(ys))
    x0, y0 = max(0, int(min(xs) - pad)), max(0, int(min(ys) - pad))
    x1, y1 = int(max(xs) + pad) + 1, int(max(ys) + pad) + 1
    for found in decode(gray[y0:y1, x0:x1], retries=False, decoders=("zxing",)).symbols:
        if found.text == sym.text:
            a, b, c, d = ((x + x0, y + y0) for x, y in found.corners)
            return QRSymbol(sym.text, (a, b, c, d), sym.decoder)
    return sym


def process_page(
    image: Image,
    templates: dict[str, Template],
    *,
    force_template: str | None = None,
    out_dpi: float = OUT_DPI,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> PageResult:
    """Recognize, check, straighten and slice one page. ``force_template`` is the operator's manual
    classification of a page whose QR code could not be used."""
    t0 = time.perf_counter()
    timings: dict[str, float] = {}

    def lap(name: str) -> None:
        nonlocal t0
        now = time.perf_counter()
        timings[name] = (now - t0) * 1000.0
        t0 = now

    gray = to_gray(image)
    if min(gray.shape[:2]) < MIN_SIDE_PX:
        h, w = gray.shape[:2]
        return PageResult(PageStatus.REJECTED, (Reason("too_small", f"{w}×{h} px"),), ())
    work, scale = working_copy(gray)
    lap("prepare")

    page_small = quality.find_page(work, thresholds)
    page: Quad | None = None
    if page_small is not None:
        a, b, c, d = ((x / scale, y / scale) for x, y in page_small)
        page = (a, b, c, d)
    lap("page")

    qr = find_qr(gray, work, scale)
    lap("qr")

    reasons: list[Reason] = []
    good, bad = _payloads(qr)
    payload: VoucherPayload | None = None
    symbol: QRSymbol | None = None
    if len(good) > 1:
        reasons.append(Reason("two_vouchers", " / ".join(f"{p.voucher_type} {p.number}" for p, _t in good)))
    elif good:
        payload, text = good[0]
        symbol = qr.symbol(text)
    elif bad:
        e = bad[0]
        reasons.append(Reason("foreign_qr" if e.reason == "foreign" else "bad_payload", e.detail))
    else:
        reasons.append(Reason("no_qr"))

    template: Template | None = None
    code = force_template or (payload.voucher_type if payload else None)
    if code is not None:
        template = templates.get(code)
        if template is None:
            reasons.append(Reason("unknown_type", code))
        elif force_template:  # the operator classified it: recognition reasons no longer apply
            reasons = [r for r in reasons if r.code not in MANUAL_REASONS]

    h_mm: Matrix | None = None
    rotation, skew = 0, 0.0
    if template is not None:
        # the QR places the regions only if it is this template's code (not after a reclassification)
        anchor = symbol if payload is not None and payload.voucher_type == template.code else None
        h_mm, rotation, skew = _place(template, anchor, page, reasons)
    if h_mm is None and page is None and not good:
        skew_measured = quality.ruling_skew(work)
        check = quality.skew_check(skew_measured, thresholds)
        if not check.ok:
            reasons.append(Reason("skewed", check.detail))
    if template is not None and h_mm is None:  # nothing to place the regions by: nothing is cut
        reasons.append(Reason("no_page", "neither the QR code nor the page outline was found"))
    lap("place")

    corrected: Image | None = None
    slices: tuple[Slice, ...] = ()
    if template is not None and h_mm is not None:
        corrected, slices = _cut(image, template, h_mm, out_dpi)
    lap("slice")

    content = to_gray(corrected) if corrected is not None else _page_crop(work, page_small)
    px_per_mm = out_dpi / 25.4 if corrected is not None else _px_per_mm(work, scale, qr, template)
    checks = (
        quality.exposure(content, thresholds),
        quality.contrast(content, thresholds),
        quality.sharpness(content, thresholds, px_per_mm=px_per_mm),
    )
    for check in checks:
        if not check.ok:
            reasons.append(Reason(check.reason, check.detail))
    lap("checks")

    return PageResult(
        status=status_of(reasons),
        reasons=tuple(reasons),
        checks=checks,
        payload=payload,
        qr_texts=qr.texts,
        decoder=qr.decoder,
        template=template,
        homography=h_mm,
        rotation=rotation,
        skew_deg=skew,
        page_quad=page,
        corrected=corrected,
        slices=slices,
        timings_ms=timings,
    )


def _place(
    t: Template, symbol: QRSymbol | None, page: Quad | None, reasons: list[Reason]
) -> tuple[Matrix | None, int, float]:
    """The homography template mm -> image px, the quarter turns and the residual skew."""
    h_mm: Matrix | None = None
    qr_corners: Sequence[tuple[float, float]] = ()
    if t.qr is not None and symbol is not None:
        qr_corners = symbol.corners
        h_mm = _similarity(list(t.qr.corners), list(qr_corners))
    if h_mm is None:
        if page is None:
            return None, 0, 0.0
        h_mm = _outline_homography(t, page)
    elif page is not None:
        px_per_mm = math.hypot(h_mm[0, 0], h_mm[1, 0])
        refined = _page_homography(t, h_mm, qr_corners, page, tolerance_px=max(3.0, 1.5 * px_per_mm))
        if refined is not None:
            h_mm = refined
            reasons.append(Reason("perspective"))
    angle = math.degrees(math.atan2(h_mm[1, 0], h_mm[0, 0]))  # where the template's x axis points
    rotation = round(angle / 90.0) % 4 * 90
    skew = (angle + 45.0) % 90.0 - 45.0
    if rotation:
        reasons.append(Reason(f"rotated_{rotation}"))
    if abs(skew) >= 0.3:
        reasons.append(Reason("deskewed", f"{skew:+.1f}°"))
    return h_mm, rotation, skew


def _cut(image: Image, t: Template, h_mm: Matrix, dpi: float) -> tuple[Image, tuple[Slice, ...]]:
    s = dpi / 25.4
    to_out = np.diag([s, s, 1.0]) @ np.linalg.inv(h_mm)
    size = (round(t.width_mm * s), round(t.height_mm * s))
    border = (255, 255, 255) if image.ndim == 3 else 255
    corrected = cast(
        Image, cv2.warpPerspective(image, to_out, size, flags=cv2.INTER_LINEAR, borderValue=border)
    )
    out: list[Slice] = []
    for r in t.regions:
        x0, y0 = round(r.box.x * s), round(r.box.y * s)
        x1, y1 = round((r.box.x + r.box.w) * s), round((r.box.y + r.box.h) * s)
        a, b, c, d = _apply(h_mm, list(r.box.corners))
        out.append(
            Slice(r.name, r.kind, (x0, y0, x1 - x0, y1 - y0), (a, b, c, d), corrected[y0:y1, x0:x1].copy())
        )
    return corrected, tuple(out)


def _page_crop(work: Image, page: Quad | None) -> Image:
    if page is None:
        return work
    xs = [int(p[0]) for p in page]
    ys = [int(p[1]) for p in page]
    crop = work[max(0, min(ys)) : max(ys), max(0, min(xs)) : max(xs)]
    return crop if crop.size else work


def _px_per_mm(work: Image, scale: float, qr: QRResult, t: Template | None) -> float:
    """The working copy's resolution: from the QR symbol's printed size when known, else assume the
    frame spans an A4 page's width (a scanner bed)."""
    if qr.symbols and t is not None and t.qr is not None:
        (ax, ay), (bx, by) = qr.symbols[0].corners[:2]
        return float(math.hypot(bx - ax, by - ay) * scale / t.qr.w)
    return float(min(work.shape[:2])) / 210.0
