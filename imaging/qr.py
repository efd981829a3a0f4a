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


Corners = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]


@dataclass(frozen=True)
class QRSymbol:
    """One code found: its text and its four corners in the input image's pixels, in the symbol's own
    orientation (top-left, top-right, bottom-right, bottom-left as printed), so a page's rotation and
    flip follow from them."""

    text: str
    corners: Corners
    decoder: str


@dataclass(frozen=True)
class QRResult:
    texts: tuple[str, ...]  # distinct texts, in the order found
    decoder: str  # the decoder (and preprocessing step) that first found something, or "" if none
    attempts: int  # decode calls made
    disagreements: tuple[tuple[str, str, str], ...] = field(default=())  # (decoder a, decoder b, detail)
    symbols: tuple[QRSymbol, ...] = field(default=())  # first symbol found per distinct text

    def symbol(self, text: str) -> QRSymbol:
        return next(s for s in self.symbols if s.text == text)

    def scaled(self, factor: float) -> QRResult:
        """The same result with corners multiplied by ``factor`` (found on a resized copy)."""
        symbols = tuple(
            QRSymbol(s.text, _corners([(x * factor, y * factor) for x, y in s.corners]), s.decoder)
            for s in self.symbols
        )
        return QRResult(self.texts, self.decoder, self.attempts, self.disagreements, symbols)


def to_gray(image: NDArray[np.uint8]) -> Gray:
    if image.ndim == 2:
        return image
    if image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_BGRA2GRAY)  # type: ignore[return-value]
    return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)  # type: ignore[return-value]


def _zxing(gray: Gray) -> list[QRSymbol]:
    out = []
    for r in zxingcpp.read_barcodes(gray, formats=zxingcpp.BarcodeFormat.QRCode):  # type: ignore[arg-type]
        if r.valid:
            p = r.position
            pts = (p.top_left, p.top_right, p.bottom_right, p.bottom_left)
            out.append(QRSymbol(r.text, _corners([(q.x, q.y) for q in pts]), "zxing"))
    return out


_ZBAR_TURNS = {"UP": 0, "RIGHT": 1, "DOWN": 2, "LEFT": 3}


def _zbar(gray: Gray) -> list[QRSymbol]:
    from pyzbar import pyzbar  # loads libzbar: imported lazily so a missing library only disables it

    out = []
    for d in pyzbar.decode(gray, symbols=[pyzbar.ZBarSymbol.QRCODE]):
        pts = [(float(p.x), float(p.y)) for p in d.polygon]
        if len(pts) != 4:
            continue
        # zbar gives the outline in image order and the symbol's orientation separately
        cx, cy = sum(x for x, _ in pts) / 4, sum(y for _, y in pts) / 4
        pts.sort(key=lambda q: np.arctan2(q[1] - cy, q[0] - cx))  # clockwise on screen (y down)
        first = min(range(4), key=lambda i: pts[i][0] + pts[i][1])  # the image's top-left
        turn = _ZBAR_TURNS.get(getattr(d, "orientation", None) or "UP", 0)
        ordered = [pts[(first + turn + i) % 4] for i in range(4)]
        out.append(QRSymbol(d.data.decode("utf-8", "replace"), _corners(ordered), "zbar"))
    return out


def _opencv(gray: Gray) -> list[QRSymbol]:
    ok, texts, points, _codes = cv2.QRCodeDetector().detectAndDecodeMulti(gray)
    if not ok:
        return []
    return [
        QRSymbol(t, _corners([(float(x), float(y)) for x, y in pts]), "opencv")
        for t, pts in zip(texts, points, strict=True)
        if t
    ]


def _corners(pts: list[tuple[float, float]]) -> Corners:
    a, b, c, d = ((float(x), float(y)) for x, y in pts)
    return (a, b, c, d)


DECODERS: dict[str, Callable[[Gray], list[QRSymbol]]] = {"zxing": _zxing, "zbar": _zbar, "opencv": _opencv}


Affine = NDArray[np.float64]  # 2x3, maps a variant's pixels back to the input image's
_IDENTITY: Affine = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])


def _variants(gray: Gray) -> Iterator[tuple[str, Gray, Affine]]:
    """Preprocessing tried only after the plain image failed, cheapest first, each with the affine
    map from its pixels back to the input's."""
    yield "median", cv2.medianBlur(gray, 3), _IDENTITY  # type: ignore[misc]  # scanner speckle, dust
    otsu = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)[1]
    yield "otsu", otsu, _IDENTITY  # type: ignore[misc]
    adaptive = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, 51, 10)
    yield "adaptive", adaptive, _IDENTITY  # type: ignore[misc]
    h, w = gray.shape[:2]
    if max(h, w) > 1600:
        half = cv2.resize(gray, (w // 2, h // 2), interpolation=cv2.INTER_AREA)
        yield "half", half, np.array([[w / (w // 2), 0.0, 0.0], [0.0, h / (h // 2), 0.0]])  # type: ignore[misc]
    if max(h, w) <= 1000:  # small symbols on a small image; a page-sized image is never doubled
        double = cv2.resize(gray, (w * 2, h * 2), interpolation=cv2.INTER_CUBIC)
        yield "double", double, np.array([[0.5, 0.0, 0.0], [0.0, 0.5, 0.0]])  # type: ignore[misc]
    for angle in (15, -15, 30, -30, 45):
        m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        rotated = cv2.warpAffine(gray, m, (w, h), borderValue=255)
        yield f"rot{angle}", rotated, cv2.invertAffineTransform(m)  # type: ignore[misc]


def _mapped(symbol: QRSymbol, back: Affine, decoder: str) -> QRSymbol:
    pts = [
        (back[0, 0] * x + back[0, 1] * y + back[0, 2], back[1, 0] * x + back[1, 1] * y + back[1, 2])
        for x, y in symbol.corners
    ]
    return QRSymbol(symbol.text, _corners(pts), decoder)


def _run(name: str, gray: Gray) -> list[QRSymbol]:
    try:
        return DECODERS[name](gray)
    except (ImportError, OSError):  # e.g. libzbar missing: that decoder is skipped, not fatal
        return []


def decode(
    image: NDArray[np.uint8],
    *,
    cross_check: bool = False,
    retries: bool = True,
    decoders: tuple[str, ...] = ("zxing", "zbar", "opencv"),
) -> QRResult:
    """Find QR codes on a page. ``cross_check`` runs every decoder on the plain image and reports
    disagreements (slower; for audit and benchmarks). ``retries=False`` stops after the plain image
    (a caller that will retry on a sharper copy of the page itself)."""
    gray = to_gray(image)
    attempts = 0
    symbols: dict[str, QRSymbol] = {}
    first = ""
    per_decoder: dict[str, set[str]] = {}
    for name in decoders:
        found = _run(name, gray)
        attempts += 1
        per_decoder[name] = {s.text for s in found}
        for sym in found:
            symbols.setdefault(sym.text, sym)
        if found and not first:
            first = name
        if symbols and not cross_check:
            break
    disagreements = []
    if cross_check:
        reads = {n: t for n, t in per_decoder.items() if t}
        names = list(reads)
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                if reads[a] != reads[b] and reads[a] & reads[b] == set():
                    disagreements.append((a, b, f"{sorted(reads[a])} vs {sorted(reads[b])}"))
    if not symbols and retries:
        for step, variant, back in _variants(gray):
            for name in decoders:
                found = _run(name, variant)
                attempts += 1
                if found:
                    mapped: dict[str, QRSymbol] = {}
                    for sym in found:
                        mapped.setdefault(sym.text, _mapped(sym, back, f"{name}+{step}"))
                    return QRResult(tuple(mapped), f"{name}+{step}", attempts, symbols=tuple(mapped.values()))
    return QRResult(tuple(symbols), first, attempts, tuple(disagreements), tuple(symbols.values()))
