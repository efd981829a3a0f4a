"""QR decoding with a chain of decoders: zxing-cpp first, then pyzbar and OpenCV, with
preprocessing retries (binarization, scaling, rotation) only when the fast path finds nothing.
Any thread (decoders are created per call; no shared state).

The result lists every distinct QR text found on the page and which decoder found it; when two
decoders read the same code differently, that is reported as a disagreement rather than guessed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import cv2
import numpy as np
import zxingcpp
from numpy.typing import NDArray

Gray = NDArray[np.uint8]


@dataclass(frozen=True)
class QRResult:
    texts: tuple[str, ...]  # distinct texts, in the order found
    decoder: str  # the decoder (and preprocessing step) that first found something, or "" if none
    attempts: int  # decode calls made
    disagreements: tuple[tuple[str, str, str], ...] = field(default=())  # (decoder a, decoder b, detail)


def to_gray(image: NDArray[np.uint8]) -> Gray:
    if image.ndim == 2:
        return image
    if image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_BGRA2GRAY)  # type: ignore[return-value]
    return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)  # type: ignore[return-value]


def _zxing(gray: Gray) -> list[str]:
    return [
        r.text for r in zxingcpp.read_barcodes(gray) if r.valid and r.format == zxingcpp.BarcodeFormat.QRCode
    ]


def _zbar(gray: Gray) -> list[str]:
    from pyzbar import pyzbar  # loads libzbar: imported lazily so a missing library only disables it

    return [
        d.data.decode("utf-8", "replace") for d in pyzbar.decode(gray, symbols=[pyzbar.ZBarSymbol.QRCODE])
    ]


def _opencv(gray: Gray) -> list[str]:
    ok, texts, _points, _codes = cv2.QRCodeDetector().detectAndDecodeMulti(gray)
    return [t for t in texts if t] if ok else []


DECODERS: dict[str, Callable[[Gray], list[str]]] = {"zxing": _zxing, "zbar": _zbar, "opencv": _opencv}


def _variants(gray: Gray) -> Iterator[tuple[str, Gray]]:
    """Preprocessing tried only after the plain image failed, cheapest first."""
    yield "median", cv2.medianBlur(gray, 3)  # type: ignore[misc]  # scanner speckle, dust
    yield "otsu", cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)[1]  # type: ignore[misc]
    yield (
        "adaptive",
        cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, 51, 10),
    )  # type: ignore[misc]
    h, w = gray.shape[:2]
    if max(h, w) > 1600:
        yield "half", cv2.resize(gray, (w // 2, h // 2), interpolation=cv2.INTER_AREA)  # type: ignore[misc]
    yield "double", cv2.resize(gray, (w * 2, h * 2), interpolation=cv2.INTER_CUBIC)  # type: ignore[misc]
    for angle in (15, -15, 30, -30, 45):
        m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        yield f"rot{angle}", cv2.warpAffine(gray, m, (w, h), borderValue=255)  # type: ignore[misc]


def decode(
    image: NDArray[np.uint8],
    *,
    cross_check: bool = False,
    decoders: tuple[str, ...] = ("zxing", "zbar", "opencv"),
) -> QRResult:
    """Find QR codes on a page. ``cross_check`` runs every decoder on the plain image and reports
    disagreements (slower; for audit and benchmarks)."""
    gray = to_gray(image)
    attempts = 0
    found: list[str] = []
    first = ""
    per_decoder: dict[str, list[str]] = {}
    for name in decoders:
        try:
            texts = DECODERS[name](gray)
        except (ImportError, OSError):  # e.g. libzbar missing: that decoder is skipped, not fatal
            texts = []
        attempts += 1
        per_decoder[name] = texts
        for t in texts:
            if t not in found:
                found.append(t)
        if texts and not first:
            first = name
        if found and not cross_check:
            break
    disagreements = []
    if cross_check:
        reads = {n: set(t) for n, t in per_decoder.items() if t}
        names = list(reads)
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                if reads[a] != reads[b] and reads[a] & reads[b] == set():
                    disagreements.append((a, b, f"{sorted(reads[a])} vs {sorted(reads[b])}"))
    if not found:
        for step, variant in _variants(gray):
            for name in decoders:
                try:
                    texts = DECODERS[name](variant)
                except (ImportError, OSError):
                    texts = []
                attempts += 1
                if texts:
                    return QRResult(tuple(dict.fromkeys(texts)), f"{name}+{step}", attempts)
    return QRResult(tuple(found), first, attempts, tuple(disagreements))
