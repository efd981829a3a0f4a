"""What a scanner or a document camera makes of a synthetic voucher, keeping the ground-truth
homography in step. Any thread (no shared state; the randomness comes from the caller's generator).

Placing: ``place_on_scan`` lays the voucher on a flatbed's white lid or a dark desk (a larger
canvas), shifted and rotated, with the grey rim or the drop shadow it leaves.

Degradations (``degrade``): geometric kinds (rotation, perspective, shift, upside_down) move the page
on a canvas grown so that nothing is cut off, fill the new area with the colour of the image border,
and return ``A @ H``; photometric kinds (blur, jpeg, noise, low_contrast, shadow) keep ``H``.
Coordinates are in the edge convention of ``imaging.synth.geometry``.
"""

from __future__ import annotations

import math
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

from imaging.synth.geometry import Matrix, cv_matrix, rotation_about, transform_points, translation
from imaging.synth.paint import BGR, paper_grain, px_per_mm, smooth_noise

Pixels = NDArray[np.uint8]  # BGR or grey

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


def border_fill(image: Pixels) -> tuple[int, ...]:
    """The median colour of the image's outermost pixels: what the canvas around it looks like."""
    tail = image.shape[2:]
    sides = (image[0], image[-1], image[:, 0], image[:, -1])
    edges = np.concatenate([side.reshape(-1, *tail) for side in sides])
    med = np.median(edges, axis=0)
    return tuple(int(v) for v in np.atleast_1d(med))


def warp_image(image: Pixels, a_edge: Matrix, size: tuple[int, int], fill: tuple[int, ...]) -> Pixels:
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


def _rotation(image: Pixels, angle: float) -> tuple[Pixels, Matrix]:
    h, w = image.shape[:2]
    a, size = _fit_canvas(rotation_about(w / 2, h / 2, angle), w, h, 2.0)
    return warp_image(image, a, size, border_fill(image)), a


def _perspective(
    image: Pixels, severity: float, rng: np.random.Generator
) -> tuple[Pixels, Matrix, dict[str, Any]]:
    """A phone held at an angle: the far edge shorter (keystone), slightly rotated, corners jittered."""
    h, w = image.shape[:2]
    far = str(rng.choice(["top", "bottom", "left", "right"], p=[0.55, 0.15, 0.15, 0.15]))
    shrink = 0.32 * severity * float(rng.uniform(0.7, 1.0))
    src = np.array([(0, 0), (w, 0), (w, h), (0, h)], np.float64)
    dst = src.copy()
    i, j = {"top": (0, 1), "bottom": (3, 2), "left": (0, 3), "right": (1, 2)}[far]  # the far side's corners
    along, across = (0, 1) if far in ("top", "bottom") else (1, 0)  # axes: along that side, towards it
    length, depth = (w, h) if along == 0 else (h, w)
    dst[i, along] += shrink * length / 2
    dst[j, along] -= shrink * length / 2
    foreshorten = shrink * 0.35 * depth * (1 if far in ("top", "left") else -1)
    dst[i, across] += foreshorten
    dst[j, across] += foreshorten
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


def _shift(image: Pixels, severity: float, rng: np.random.Generator) -> tuple[Pixels, Matrix, dict[str, Any]]:
    """The page lies off-centre on a larger canvas (nothing cut off)."""
    h, w = image.shape[:2]
    dx = int(rng.uniform(0.05, 0.3) * severity * w)
    dy = int(rng.uniform(0.05, 0.3) * severity * h)
    right = int(rng.uniform(0.0, 0.05) * w)
    bottom = int(rng.uniform(0.0, 0.05) * h)
    fill = border_fill(image)
    out = cv2.copyMakeBorder(image, dy, bottom, dx, right, cv2.BORDER_CONSTANT, value=fill)
    return np.asarray(out, np.uint8), translation(dx, dy), {"dx": dx, "dy": dy}


def _upside_down(image: Pixels) -> tuple[Pixels, Matrix]:
    h, w = image.shape[:2]
    a = np.array([[-1.0, 0.0, w], [0.0, -1.0, h], [0.0, 0.0, 1.0]])
    return np.ascontiguousarray(image[::-1, ::-1]), a


def _blur(image: Pixels, severity: float, rng: np.random.Generator) -> tuple[Pixels, dict[str, Any]]:
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


def _jpeg(image: Pixels, severity: float) -> tuple[Pixels, dict[str, Any]]:
    quality = round(95 - (95 - MIN_JPEG_QUALITY) * severity)
    ok, buf = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    flag = cv2.IMREAD_COLOR if image.ndim == 3 else cv2.IMREAD_GRAYSCALE
    return np.asarray(cv2.imdecode(buf, flag), np.uint8), {"quality": quality}


def _noise(image: Pixels, severity: float, rng: np.random.Generator) -> tuple[Pixels, dict[str, Any]]:
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


def _low_contrast(image: Pixels, severity: float, rng: np.random.Generator) -> tuple[Pixels, dict[str, Any]]:
    """A washed-out scan: black lifted to grey, white pulled down, a slight colour cast."""
    lo = 105.0 * severity * float(rng.uniform(0.85, 1.0))
    hi = 255.0 - 80.0 * severity * float(rng.uniform(0.85, 1.0))
    out = lo + image.astype(np.float32) * ((hi - lo) / 255.0)
    if image.ndim == 3:
        cast = rng.uniform(-6, 6, 3).astype(np.float32) * severity
        out = out + cast
    params = {"black": round(lo, 2), "white": round(hi, 2), "contrast": round((hi - lo) / 255.0, 4)}
    return np.clip(out, 0, 255).astype(np.uint8), params


def _shadow(image: Pixels, severity: float, rng: np.random.Generator) -> tuple[Pixels, dict[str, Any]]:
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
    image: Pixels, h_mat: Matrix, kind: str, severity: float, rng: np.random.Generator
) -> tuple[Pixels, Matrix, dict[str, Any]]:
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


def backdrop(size: tuple[int, int], kind: str, rng: np.random.Generator) -> BGR:
    w, h = size
    if kind == "white":  # a flatbed's lid
        base = float(rng.uniform(238, 250))
        field = base + smooth_noise((h // 8 + 1, w // 8 + 1), 40, rng) * 1.5
        field = np.asarray(cv2.resize(field, (w, h), interpolation=cv2.INTER_LINEAR), np.float32)
        field += paper_grain(h, w, 1.2, rng)
        grey = np.asarray(np.clip(field, 0, 255), np.uint8)
        blue = np.asarray(np.clip(field * 0.995, 0, 255), np.uint8)  # a faintly warm lamp
        return np.asarray(cv2.merge([blue, grey, grey]), np.uint8)
    if kind != "dark":
        raise ValueError(f"background must be 'white' or 'dark', got {kind!r}")
    # a dark wooden desk under a document camera: grain streaks and a vignette
    colour = np.array(rng.choice([(38, 46, 58), (45, 45, 47), (30, 38, 52)]), np.float32)  # BGR
    gh, gw = h // 4 + 1, w // 4 + 1
    coarse = rng.standard_normal((gh // 3 + 2, 7)).astype(np.float32)
    grain = np.asarray(cv2.resize(coarse, (gw, gh), interpolation=cv2.INTER_CUBIC), np.float32)
    grain += smooth_noise((gh, gw), 6, rng) * 0.3
    yy, xx = np.mgrid[0:gh, 0:gw].astype(np.float32)
    r2 = ((xx / gw - 0.5) ** 2 + (yy / gh - 0.5) ** 2) * 2
    light = (1.15 - 0.5 * r2) * (1 + 0.09 * grain)
    light = np.asarray(cv2.resize(light, (w, h), interpolation=cv2.INTER_LINEAR), np.float32)
    light += paper_grain(h, w, 1.5 / float(colour.mean()), rng)
    return np.asarray(cv2.merge([np.asarray(np.clip(light * c, 0, 255), np.uint8) for c in colour]), np.uint8)


def paste(canvas: BGR, image: BGR, a_edge: Matrix, *, shadow: str) -> None:
    """Lay ``image`` on ``canvas`` through the affine ``a_edge`` (edge convention), in place.
    ``shadow``: "desk" (a soft drop shadow) or "scanner" (a thin grey rim)."""
    ch, cw = canvas.shape[:2]
    h, w = image.shape[:2]
    corners = transform_points(a_edge, [(0, 0), (w, 0), (w, h), (0, h)])
    pad = 12
    bx0 = max(0, math.floor(corners[:, 0].min()) - pad)
    by0 = max(0, math.floor(corners[:, 1].min()) - pad)
    bx1 = min(cw, math.ceil(corners[:, 0].max()) + pad)
    by1 = min(ch, math.ceil(corners[:, 1].max()) + pad)
    if bx0 >= bx1 or by0 >= by1:
        return
    local = translation(-bx0, -by0) @ a_edge
    size = (bx1 - bx0, by1 - by0)
    is_integer = np.allclose(local[:2, :2], np.eye(2)) and np.allclose(local[:2, 2], np.round(local[:2, 2]))
    if is_integer:
        tx, ty = round(local[0, 2]), round(local[1, 2])
        warped = np.zeros((size[1], size[0], 3), np.uint8)
        alpha = np.zeros((size[1], size[0]), np.float32)
        sx0, sy0 = max(0, -tx), max(0, -ty)
        dx0, dy0 = max(0, tx), max(0, ty)
        ww, hh = min(w - sx0, size[0] - dx0), min(h - sy0, size[1] - dy0)
        if ww > 0 and hh > 0:
            warped[dy0 : dy0 + hh, dx0 : dx0 + ww] = image[sy0 : sy0 + hh, sx0 : sx0 + ww]
            alpha[dy0 : dy0 + hh, dx0 : dx0 + ww] = 1.0
    else:
        m = cv_matrix(local)[:2]
        # black outside: at the edges the warped image is premultiplied by the coverage (alpha)
        warped = np.asarray(cv2.warpAffine(image, m, size, flags=cv2.INTER_LINEAR), np.uint8)
        ones = np.ones((h, w), np.float32)
        alpha = np.asarray(cv2.warpAffine(ones, m, size, flags=cv2.INTER_LINEAR), np.float32)
    if shadow == "desk":  # a soft shadow falling down and to the right
        blurred = np.asarray(cv2.GaussianBlur(alpha, (0, 0), 5.0), np.float32)
        dark = np.zeros_like(blurred)
        dark[4:, 3:] = blurred[:-4, :-3] * 0.55
    else:  # the grey rim a flatbed's lid leaves around the paper
        rim = np.asarray(cv2.GaussianBlur(alpha, (0, 0), 1.5), np.float32)
        dark = np.clip(rim - alpha, 0, 1) * 0.5
    roi = canvas[by0:by1, bx0:bx1]
    inside = alpha >= 0.999
    np.copyto(roi, warped, where=inside[..., None])
    ys, xs = np.nonzero(~inside & ((alpha > 0.001) | (dark > 0.001)))  # a band around the paper
    if len(ys):
        a = alpha[ys, xs][:, None]
        under = roi[ys, xs].astype(np.float32) * (1.0 - dark[ys, xs][:, None])
        mixed = under * (1.0 - a) + warped[ys, xs].astype(np.float32)
        roi[ys, xs] = np.clip(mixed + 0.5, 0, 255).astype(np.uint8)


def place_on_scan(
    image: BGR,
    h_mat: Matrix,
    *,
    canvas_px: tuple[int, int],
    offset_px: tuple[float, float] = (0.0, 0.0),
    angle_deg: float = 0.0,
    background: str = "white",
    rng: np.random.Generator,
) -> tuple[BGR, Matrix]:
    """Put the voucher on a larger canvas (``canvas_px`` = (w, h)): a flatbed's white lid or a dark desk.

    ``offset_px`` is where the voucher's top-left corner goes before the rotation; the voucher is then
    rotated by ``angle_deg`` (counter-clockwise on screen) about its own centre. Whatever falls off
    the canvas is cut. Returns the canvas and the homography template mm -> canvas px."""
    canvas = backdrop(canvas_px, background, rng)
    h, w = image.shape[:2]
    a = translation(offset_px[0], offset_px[1]) @ rotation_about(w / 2, h / 2, angle_deg)
    paste(canvas, image, a, shadow="desk" if background == "dark" else "scanner")
    return canvas, a @ np.asarray(h_mat, np.float64)


def scan_pose(
    image: BGR, dpi: float, rng: np.random.Generator, camera: bool
) -> tuple[tuple[int, int], tuple[float, float], float, str]:
    """Canvas, offset, angle and background of a flatbed scan (A4 landscape, voucher towards the
    top-left corner) or a document-camera shot (dark desk); the voucher always lies wholly inside."""
    h, w = image.shape[:2]
    angle = float(rng.uniform(-4, 4) if camera else rng.uniform(-2, 2))
    a = math.radians(abs(angle))
    bw, bh = w * math.cos(a) + h * math.sin(a), w * math.sin(a) + h * math.cos(a)  # rotated bounds
    if camera:
        cw = max(round(w * rng.uniform(1.2, 1.4)), math.ceil(bw) + 16)
        ch = max(round(h * rng.uniform(1.3, 1.6)), math.ceil(bh) + 16)
        u, v = rng.uniform(0.3, 0.7, 2)
    else:
        s = px_per_mm(dpi)
        cw, ch = max(round(297 * s), math.ceil(bw) + 16), max(round(210 * s), math.ceil(bh) + 16)
        u, v = rng.uniform(0.0, 0.6, 2)
    ox = (bw - w) / 2 + 4 + float(u) * (cw - bw - 8)
    oy = (bh - h) / 2 + 4 + float(v) * (ch - bh - 8)
    return (cw, ch), (ox, oy), angle, "dark" if camera else "white"
