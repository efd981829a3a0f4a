"""Scan and phone-photo degradations for synthetic voucher images, keeping the ground-truth
homography in step. Any thread (no shared state; randomness comes from the caller's generator).

Coordinate convention (shared with ``imaging.generator``): image coordinates are continuous with
the *edges* of pixels on integers, pixel ``(i, j)`` covering ``[i, i+1) x [j, j+1)``, so its centre is
``(i + 0.5, j + 0.5)``. This is what zxing-cpp reports for a symbol's corners. OpenCV's warps put
pixel centres on integers; ``cv_matrix`` converts a transform from one convention to the other.

Geometric kinds (rotation, perspective, shift, upside_down) move the page on a canvas grown so that
nothing is cut off, fill the new area with the colour of the image border, and return ``A @ H``.
Photometric kinds (blur, jpeg, noise, low_contrast, shadow) keep ``H``.
"""

from __future__ import annotations

import math
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

Image = NDArray[np.uint8]
Matrix = NDArray[np.float64]

DEGRADATIONS: tuple[str, ...] = (
    "clean",
    "rotation",
    "perspective",
    "shift",
    "blur",
    "jpeg",
    "noise",
    "low_contrast",
    "shadow",
    "upside_down",
)
GEOMETRIC: frozenset[str] = frozenset({"rotation", "perspective", "shift", "upside_down"})

MAX_ROTATION_DEG = 20.0
MIN_JPEG_QUALITY = 15


def translation(dx: float, dy: float) -> Matrix:
    return np.array([[1.0, 0.0, dx], [0.0, 1.0, dy], [0.0, 0.0, 1.0]])


def rotation_about(cx: float, cy: float, angle_deg: float) -> Matrix:
    """Rotation by ``angle_deg`` counter-clockwise as seen on screen (y down), as
    ``cv2.getRotationMatrix2D``, about ``(cx, cy)``."""
    a = math.radians(angle_deg)
    c, s = math.cos(a), math.sin(a)
    r = np.array([[c, s, 0.0], [-s, c, 0.0], [0.0, 0.0, 1.0]])
    return np.asarray(translation(cx, cy) @ r @ translation(-cx, -cy), np.float64)


def cv_matrix(a_edge: Matrix) -> Matrix:
    """The same transform for OpenCV's warps, whose pixel centres are on integers."""
    return translation(-0.5, -0.5) @ a_edge @ translation(0.5, 0.5)


def transform_points(m: Matrix, points: Any) -> NDArray[np.float64]:
    """Apply a 3x3 homography to an (N, 2) array of points."""
    p = np.asarray(points, np.float64).reshape(-1, 2)
    q = np.hstack([p, np.ones((len(p), 1))]) @ m.T
    return q[:, :2] / q[:, 2:3]


def border_fill(image: Image) -> tuple[int, ...]:
    """The median colour of the image's outermost pixels: what the canvas around it looks like."""
    tail = image.shape[2:]
    sides = (image[0], image[-1], image[:, 0], image[:, -1])
    edges = np.concatenate([side.reshape(-1, *tail) for side in sides])
    med = np.median(edges, axis=0)
    return tuple(int(v) for v in np.atleast_1d(med))


def warp_image(image: Image, a_edge: Matrix, size: tuple[int, int], fill: tuple[int, ...]) -> Image:
    """Warp with a 3x3 transform given in the edge convention onto a ``size`` = (w, h) canvas."""
    m = cv_matrix(a_edge)
    border = tuple(float(v) for v in fill) + (0.0,) * (4 - len(fill))
    if np.allclose(m[2], (0.0, 0.0, 1.0)):
        out = cv2.warpAffine(image, m[:2], size, flags=cv2.INTER_LINEAR, borderValue=border)
    else:
        out = cv2.warpPerspective(image, m, size, flags=cv2.INTER_LINEAR, borderValue=border)
    return np.asarray(out, np.uint8)


def _fit_canvas(a_edge: Matrix, w: int, h: int, margin: float) -> tuple[Matrix, tuple[int, int]]:
    """Shift ``a_edge`` so the transformed page plus ``margin`` starts at the origin; the canvas size."""
    corners = transform_points(a_edge, [(0, 0), (w, 0), (w, h), (0, h)])
    lo = corners.min(axis=0) - margin
    hi = corners.max(axis=0) + margin
    a = translation(-math.floor(lo[0]), -math.floor(lo[1])) @ a_edge
    size = (math.ceil(hi[0]) - math.floor(lo[0]), math.ceil(hi[1]) - math.floor(lo[1]))
    return a, size


def _rotation(image: Image, angle: float) -> tuple[Image, Matrix]:
    h, w = image.shape[:2]
    a, size = _fit_canvas(rotation_about(w / 2, h / 2, angle), w, h, 2.0)
    return warp_image(image, a, size, border_fill(image)), a


def _perspective(
    image: Image, severity: float, rng: np.random.Generator
) -> tuple[Image, Matrix, dict[str, Any]]:
    """A phone held at an angle: the far edge shorter (keystone), slightly rotated, corners jittered."""
    h, w = image.shape[:2]
    far = str(rng.choice(["top", "bottom", "left", "right"], p=[0.55, 0.15, 0.15, 0.15]))
    shrink = 0.32 * severity * float(rng.uniform(0.7, 1.0))
    src = np.array([(0, 0), (w, 0), (w, h), (0, h)], np.float64)
    dst = src.copy()
    if far in ("top", "bottom"):
        i, j = (0, 1) if far == "top" else (3, 2)
        dst[i, 0] += shrink * w / 2
        dst[j, 0] -= shrink * w / 2
        foreshorten = shrink * 0.35 * h * (1 if far == "top" else -1)
        dst[i, 1] += foreshorten
        dst[j, 1] += foreshorten
    else:
        i, j = (0, 3) if far == "left" else (1, 2)
        dst[i, 1] += shrink * h / 2
        dst[j, 1] -= shrink * h / 2
        foreshorten = shrink * 0.35 * w * (1 if far == "left" else -1)
        dst[i, 0] += foreshorten
        dst[j, 0] += foreshorten
    jitter = 0.02 * severity * max(w, h)
    dst += rng.uniform(-jitter, jitter, (4, 2))
    angle = float(rng.uniform(-6, 6)) * severity
    dst = transform_points(rotation_about(w / 2, h / 2, angle), dst)
    p = np.asarray(cv2.getPerspectiveTransform(src.astype(np.float32), dst.astype(np.float32)), np.float64)
    a, size = _fit_canvas(p, w, h, 0.03 * max(w, h))
    params = {
        "far_edge": far,
        "shrink": round(shrink, 4),
        "jitter_px": round(jitter, 2),
        "angle_deg": round(angle, 3),
    }
    return warp_image(image, a, size, border_fill(image)), a, params


def _shift(image: Image, severity: float, rng: np.random.Generator) -> tuple[Image, Matrix, dict[str, Any]]:
    """The page lies off-centre on a larger canvas (nothing cut off)."""
    h, w = image.shape[:2]
    dx = int(rng.uniform(0.05, 0.3) * severity * w)
    dy = int(rng.uniform(0.05, 0.3) * severity * h)
    right = int(rng.uniform(0.0, 0.05) * w)
    bottom = int(rng.uniform(0.0, 0.05) * h)
    fill = border_fill(image)
    out = cv2.copyMakeBorder(image, dy, bottom, dx, right, cv2.BORDER_CONSTANT, value=fill)
    return np.asarray(out, np.uint8), translation(dx, dy), {"dx": dx, "dy": dy}


def _upside_down(image: Image) -> tuple[Image, Matrix]:
    h, w = image.shape[:2]
    a = np.array([[-1.0, 0.0, w], [0.0, -1.0, h], [0.0, 0.0, 1.0]])
    return np.ascontiguousarray(image[::-1, ::-1]), a


def _blur(image: Image, severity: float, rng: np.random.Generator) -> tuple[Image, dict[str, Any]]:
    if rng.random() < 0.5:
        sigma = 0.4 + 2.0 * severity
        out = cv2.GaussianBlur(image, (0, 0), sigma)
        return np.asarray(out, np.uint8), {"type": "gaussian", "sigma_px": round(sigma, 3)}
    length = 1 + round(8 * severity)
    angle = float(rng.uniform(0, 180))
    k = np.zeros((length * 2 + 1, length * 2 + 1), np.float32)
    c = length
    dx, dy = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    cv2.line(
        k,
        (round(c - dx * length / 2), round(c - dy * length / 2)),
        (round(c + dx * length / 2), round(c + dy * length / 2)),
        1.0,
        1,
    )
    k /= max(float(k.sum()), 1e-6)
    out = cv2.filter2D(image, -1, k)
    return np.asarray(out, np.uint8), {"type": "motion", "length_px": length, "angle_deg": round(angle, 2)}


def _jpeg(image: Image, severity: float) -> tuple[Image, dict[str, Any]]:
    quality = round(95 - (95 - MIN_JPEG_QUALITY) * severity)
    ok, buf = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    flag = cv2.IMREAD_COLOR if image.ndim == 3 else cv2.IMREAD_GRAYSCALE
    return np.asarray(cv2.imdecode(buf, flag), np.uint8), {"quality": quality}


def _noise(image: Image, severity: float, rng: np.random.Generator) -> tuple[Image, dict[str, Any]]:
    sigma = 4.0 + 21.0 * severity
    salt = 0.02 * severity
    h, w = image.shape[:2]
    grain = rng.standard_normal((h, w), dtype=np.float32) * sigma  # luminance grain, as a sensor
    chroma = rng.standard_normal((h, w, *image.shape[2:]), dtype=np.float32) * (sigma * 0.3)
    noisy = image.astype(np.float32) + (grain[..., None] if image.ndim == 3 else grain) + chroma
    out = np.clip(noisy, 0, 255).astype(np.uint8)
    n = int(salt * h * w)
    if n:
        ys, xs = rng.integers(0, h, n), rng.integers(0, w, n)
        out[ys, xs] = (
            np.where(rng.random(n) < 0.5, 0, 255).astype(np.uint8).reshape(-1, *([1] * (image.ndim - 2)))
        )
    return out, {"sigma": round(sigma, 3), "salt_pepper": round(salt, 5)}


def _low_contrast(image: Image, severity: float, rng: np.random.Generator) -> tuple[Image, dict[str, Any]]:
    """A washed-out scan: black lifted to grey, white pulled down, a slight colour cast."""
    lo = 105.0 * severity * float(rng.uniform(0.85, 1.0))
    hi = 255.0 - 80.0 * severity * float(rng.uniform(0.85, 1.0))
    out = lo + image.astype(np.float32) * ((hi - lo) / 255.0)
    if image.ndim == 3:
        cast = rng.uniform(-6, 6, 3).astype(np.float32) * severity
        out = out + cast
    params = {"black": round(lo, 2), "white": round(hi, 2), "contrast": round((hi - lo) / 255.0, 4)}
    return np.clip(out, 0, 255).astype(np.uint8), params


def _shadow(image: Image, severity: float, rng: np.random.Generator) -> tuple[Image, dict[str, Any]]:
    """Uneven light of a phone photo: a gradient, a vignette and a soft-edged shadow of the phone."""
    h, w = image.shape[:2]
    sh, sw = max(2, h // 8), max(2, w // 8)  # computed small, then scaled up: the field is smooth
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    xx /= sw - 1
    yy /= sh - 1
    angle = float(rng.uniform(0, 2 * math.pi))
    ramp = (xx - 0.5) * math.cos(angle) + (yy - 0.5) * math.sin(angle)
    ramp = (ramp - ramp.min()) / max(float(ramp.max() - ramp.min()), 1e-6)
    gradient = 0.55 * severity
    light = 1.0 - gradient * ramp
    vignette = 0.3 * severity
    r2 = ((xx - 0.5) ** 2 + (yy - 0.5) ** 2) / 0.5
    light *= 1.0 - vignette * r2
    # a phone's shadow: a half-plane beyond a random line, blurred edge
    nx, ny = math.cos(angle + 0.6), math.sin(angle + 0.6)
    offset = float(rng.uniform(0.2, 0.45))
    side = (xx - 0.5) * nx + (yy - 0.5) * ny - offset
    hard = (side > 0).astype(np.float32)
    hard = np.asarray(cv2.GaussianBlur(hard, (0, 0), max(sw, sh) * 0.03), np.float32)
    depth = 0.35 * severity
    light *= 1.0 - depth * hard
    field = np.asarray(cv2.resize(light, (w, h), interpolation=cv2.INTER_LINEAR), np.float32)
    out = image.astype(np.float32) * (field[..., None] if image.ndim == 3 else field)
    if image.ndim == 3:
        out *= np.array([0.96, 0.99, 1.03], np.float32)[: image.shape[2]]  # warm indoor light (BGR)
    params = {"gradient": round(gradient, 4), "vignette": round(vignette, 4), "shadow_depth": round(depth, 4)}
    return np.clip(out, 0, 255).astype(np.uint8), params


def degrade(
    image: Image, h_mat: Matrix, kind: str, severity: float, rng: np.random.Generator
) -> tuple[Image, Matrix, dict[str, Any]]:
    """Apply one degradation. ``h_mat`` maps template mm to pixels of ``image``; the returned matrix
    maps template mm to pixels of the returned image. ``severity`` 0..1 (1: hard, mostly readable)."""
    if kind not in DEGRADATIONS:
        raise ValueError(f"unknown degradation {kind!r}; one of {DEGRADATIONS}")
    severity = float(min(max(severity, 0.0), 1.0))
    h_mat = np.asarray(h_mat, np.float64)
    if kind == "clean":
        return image, h_mat, {}
    if kind == "rotation":
        angle = MAX_ROTATION_DEG * severity * (1 if rng.random() < 0.5 else -1)
        out, a = _rotation(image, angle)
        return out, a @ h_mat, {"angle_deg": round(angle, 4)}
    if kind == "perspective":
        out, a, params = _perspective(image, severity, rng)
        return out, a @ h_mat, params
    if kind == "shift":
        out, a, params = _shift(image, severity, rng)
        return out, a @ h_mat, params
    if kind == "upside_down":
        out, a = _upside_down(image)
        return out, a @ h_mat, {"angle_deg": 180}
    if kind == "blur":
        out, params = _blur(image, severity, rng)
    elif kind == "jpeg":
        out, params = _jpeg(image, severity)
    elif kind == "noise":
        out, params = _noise(image, severity, rng)
    elif kind == "low_contrast":
        out, params = _low_contrast(image, severity, rng)
    else:
        out, params = _shadow(image, severity, rng)
    return out, h_mat, params
