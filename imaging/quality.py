"""Image quality checks for a captured page: exposure, contrast, sharpness, page outline and skew.
Any thread; pure functions of a greyscale image.

Each check returns a score and, when it fails, a stable reason code the capture dock shows in the
operator's language. Thresholds are one frozen dataclass so a site can tune them in settings.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np
from numpy.typing import NDArray

Gray = NDArray[np.uint8]
Quad = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]


@dataclass(frozen=True)
class Thresholds:
    too_dark: float = 70.0  # mean grey of the page below this: under-exposed
    too_bright: float = 245.0  # mean grey above this with almost no ink: washed out
    min_contrast: float = 0.25  # (p99 - p1) / 255 of the page
    min_sharpness: float = 0.30  # edge steepness, see sharpness(): 200-dpi text blurred by sigma 3.5 px
    max_skew: float = 30.0  # degrees off the nearest quarter turn that deskew may straighten
    min_page_area: float = 0.08  # a detected page outline covers at least this share of the frame


DEFAULT_THRESHOLDS = Thresholds()


@dataclass(frozen=True)
class Check:
    name: str  # exposure, contrast, sharpness, page, skew
    score: float
    ok: bool
    reason: str = ""  # stable code when not ok: too_dark, too_bright, low_contrast, blurred, no_page, skewed
    detail: str = ""


def percentiles(gray: Gray, qs: tuple[float, ...]) -> tuple[float, ...]:
    """Percentiles (0-100) of an 8-bit image from its histogram (of every other pixel and row of a large
    image: the same figure to a grey level, at a fraction of np.percentile's time)."""
    if gray.size > 400_000:
        gray = gray[::2, ::2]
    hist = cv2.calcHist([np.ascontiguousarray(gray)], [0], None, [256], [0, 256]).ravel()
    cdf = np.cumsum(hist)
    total = float(cdf[-1])
    return tuple(float(np.searchsorted(cdf, q / 100.0 * total)) for q in qs)


def exposure(gray: Gray, t: Thresholds = DEFAULT_THRESHOLDS) -> Check:
    mean = float(gray.mean())
    if mean < t.too_dark:
        return Check("exposure", mean, False, "too_dark", f"mean brightness {mean:.0f} < {t.too_dark:.0f}")
    if mean > t.too_bright and percentiles(gray, (0.5,))[0] > 200:
        return Check("exposure", mean, False, "too_bright", f"mean brightness {mean:.0f}, no dark ink")
    return Check("exposure", mean, True)


def contrast(gray: Gray, t: Thresholds = DEFAULT_THRESHOLDS) -> Check:
    lo, hi = percentiles(gray, (1, 99))
    score = (hi - lo) / 255.0
    if score < t.min_contrast:
        return Check("contrast", score, False, "low_contrast", f"contrast {score:.2f} < {t.min_contrast:.2f}")
    return Check("contrast", score, True)


def sharpness(gray: Gray, t: Thresholds = DEFAULT_THRESHOLDS, *, px_per_mm: float = 8.0) -> Check:
    """How steep the strongest edges are: the 99.5th percentile of the gradient magnitude over the
    page's ink range, at a fixed scale of 8 px/mm (so the score does not depend on the scan's dpi).
    A sharp printed stroke goes from paper to ink within a pixel (score ~0.4-0.8); a defocused or
    shaken one spreads over many (below 0.30 digits stop being unambiguous)."""
    if abs(px_per_mm - 8.0) > 0.5:
        f = min(4.0, max(0.05, 8.0 / px_per_mm))  # a wrong guess of the scale must not explode the image
        gray = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)  # type: ignore[assignment]
    gx = cv2.Sobel(gray, cv2.CV_16S, 1, 0, ksize=3)
    gy = cv2.Sobel(gray, cv2.CV_16S, 0, 1, ksize=3)
    # |gx| + |gy| (cheaper than the Euclidean norm, within 41 %, the same for every page); /8 is Sobel's
    # gain on a step (4) times 2 for the L1 sum's headroom in 8 bits
    steep: Gray = cv2.addWeighted(  # type: ignore[assignment]
        cv2.convertScaleAbs(gx, alpha=0.125), 1.0, cv2.convertScaleAbs(gy, alpha=0.125), 1.0, 0
    )
    lo, hi = percentiles(gray, (1, 99))
    ink_range = max(hi - lo, 16.0)
    score = 2.0 * percentiles(steep, (99.5,))[0] / ink_range
    if score < t.min_sharpness:
        return Check("sharpness", score, False, "blurred", f"sharpness {score:.2f} < {t.min_sharpness:.2f}")
    return Check("sharpness", score, True)


def find_page(gray: Gray, t: Thresholds = DEFAULT_THRESHOLDS) -> Quad | None:
    """The outline of a sheet lying on a darker background (document camera, scanner without a white
    lid), as four corners clockwise from the one nearest the image's top-left; None when the sheet
    fills the frame or cannot be told from the background."""
    small = cv2.GaussianBlur(gray, (5, 5), 0)
    _t, mask = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    contours, _h = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    h, w = gray.shape[:2]
    best = max(contours, key=cv2.contourArea)
    area = cv2.contourArea(best)
    if area < t.min_page_area * w * h or area > 0.97 * w * h:
        return None
    hull = cv2.convexHull(best)
    approx = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True)
    if len(approx) != 4:
        rect = cv2.minAreaRect(hull)  # a torn or folded corner: the best enclosing rectangle
        approx = cv2.boxPoints(rect).reshape(-1, 1, 2)
        if cv2.contourArea(approx) > 1.25 * area:
            return None
    pts = [(float(p[0][0]), float(p[0][1])) for p in approx]
    return order_clockwise(pts)


def order_clockwise(pts: list[tuple[float, float]]) -> Quad:
    """Four points clockwise on screen, starting with the one nearest the image's top-left."""
    cx = sum(p[0] for p in pts) / 4
    cy = sum(p[1] for p in pts) / 4
    pts = sorted(pts, key=lambda p: math.atan2(p[1] - cy, p[0] - cx))
    first = min(range(4), key=lambda i: pts[i][0] + pts[i][1])
    a, b, c, d = (pts[(first + i) % 4] for i in range(4))
    return (a, b, c, d)


def ruling_skew(gray: Gray) -> float | None:
    """Skew in degrees (positive = rotated clockwise on screen) from the long straight lines of a
    form's ruling and text baselines; None when the page has no such lines."""
    edges = cv2.Canny(gray, 60, 180)
    w = gray.shape[1]
    lines = cv2.HoughLinesP(edges, 1, np.pi / 720, threshold=80, minLineLength=w // 6, maxLineGap=4)
    if lines is None or len(lines) == 0:  # no lines: None, or (seen in CI) an empty array
        return None
    angles = []
    weights = []
    for x1, y1, x2, y2 in lines.reshape(-1, 4):
        a = math.degrees(math.atan2(float(y2 - y1), float(x2 - x1)))
        a = (a + 45.0) % 90.0 - 45.0  # horizontal and vertical lines both tell the skew
        angles.append(a)
        weights.append(math.hypot(float(x2 - x1), float(y2 - y1)))
    order = np.argsort(angles)
    cum = np.cumsum(np.asarray(weights)[order])
    return float(np.asarray(angles)[order][int(np.searchsorted(cum, cum[-1] / 2))])  # weighted median


def skew_check(skew_deg: float | None, t: Thresholds = DEFAULT_THRESHOLDS) -> Check:
    if skew_deg is None:
        return Check("skew", 0.0, True, "", "not measurable")
    if abs(skew_deg) > t.max_skew:
        return Check("skew", skew_deg, False, "skewed", f"skew {skew_deg:+.1f}° > {t.max_skew:.0f}°")
    return Check("skew", skew_deg, True)
