"""Loading captured files (scans, photos, PDFs) into page images, refusing anything unsafe with a
reason. Any thread; PDFium calls are serialised by ``PDFIUM_LOCK`` (PDFium is not thread-safe).

The input is untrusted bytes (a hot folder, a file import, a camera frame). What it is comes from
its magic bytes, never from its file name. Every failure is a ``LoadError`` with a stable ``reason``:

- ``empty_file``: zero bytes;
- ``unsupported_format``: not PNG, JPEG, TIFF, BMP, WebP or PDF;
- ``corrupt_file``: the header or the pixel data cannot be decoded (truncated, damaged, a PDF that
  PDFium cannot open, an encrypted PDF);
- ``too_large``: a page has more than ``max_pixels`` pixels (a decompression bomb), or decoding it
  the way its format and mode are decoded would take more than ``MAX_DECODE_BYTES`` of memory (a
  file within the pixel limit can still cost gigabytes: a 330 KB 16-bit RGBA PNG of 79 MP took
  1.4 GB). The size comes from the header (Pillow opens lazily; PDF page sizes are read before
  rendering), so nothing is decoded or allocated first. Running out of memory while decoding is
  reported the same way;
- ``too_many_pages``: more than ``max_pages`` pages, checked before any page is decoded.

Pages come out as BGR uint8 arrays with three channels whatever the input (16-bit, greyscale,
palette, CMYK); transparent pixels are composited onto white (paper), not black. EXIF/TIFF
orientation is applied. ``iter_pages`` holds one page in memory at a time.

Pillow's own bomb guard (``PIL.Image.MAX_IMAGE_PIXELS``, process-wide) is left as it is and its
``DecompressionBombError`` is reported as ``too_large``; it only matters for a ``max_pixels`` above
twice Pillow's limit (about 179 MP by default), which it then caps.
"""

from __future__ import annotations

import io
import math
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
import pypdfium2 as pdfium
from numpy.typing import NDArray
from PIL import Image, ImageCms

from app.blobs import ImageProblem

# The media types and ``sniff`` are defined with ``Capture`` (capture sources sniff what they receive).
from app.captures import BMP as BMP
from app.captures import JPEG as JPEG
from app.captures import PDF as PDF
from app.captures import PNG as PNG
from app.captures import SUPPORTED as SUPPORTED
from app.captures import TIFF as TIFF
from app.captures import UNKNOWN as UNKNOWN
from app.captures import WEBP as WEBP
from app.captures import sniff as sniff

MAX_PIXELS = 80_000_000  # a 600-dpi A3 page (7016 x 9921 = 69.6 MP) fits the pixel limit
# Memory a page's decoding may take at its peak (above what the process held before). A 600-dpi A4
# scan (35 MP) fits every way of decoding but the alpha one; a 600-dpi A3 JPEG or PDF page fits too.
MAX_DECODE_BYTES = 512 << 20
# Peak bytes per pixel of each way of decoding (peak RSS over pixels, measured on 36-80 MP pages:
# JPEG 5.8, PNG 9.6, 16-bit grey PNG 7.7, LZW TIFF 10.5, RGBA PNG 22, PDFium render 5.7), rounded up.
DECODE_COST = {"jpeg": 7, "cv2": 11, "pil": 12, "alpha": 24, "pdf": 7}
MAX_PAGES = 200
PDF_DPI = 200
MIN_DPI, MAX_DPI = 20.0, 10_000.0  # a stated resolution outside this is treated as unknown

PDFIUM_LOCK = threading.RLock()  # held for every PDFium call in the process (re-entrant: GC may close)

_ALPHA_MODES = ("RGBA", "RGBa", "LA", "La", "PA")
_CV2_FORMATS = (PNG, JPEG, BMP, WEBP)

Pixels = NDArray[np.uint8]


class LoadError(ValueError):
    """Why a file gives no page images; ``reason`` is a stable code, ``detail`` says what was found."""

    def __init__(self, reason: str, detail: str, *, name: str = "", page: int | None = None) -> None:
        where = f"{name}: " if name else ""
        super().__init__(f"{reason}: {where}{detail}")
        self.reason = reason
        self.detail = detail
        self.name = name
        self.page = page  # the 0-based page of a multi-page document that failed; None: the whole file


@dataclass(frozen=True)
class PageImage:
    image: Pixels  # BGR, uint8, shape (h, w, 3)
    index: int  # 0-based page number in the document
    count: int  # pages in the document
    dpi: float | None  # from the file's metadata where present; for PDFs the render dpi


def page_count(data: bytes) -> int:
    """Pages in the document, from its structure only (no pixels decoded). Raises LoadError."""
    kind = _kind(data, "")
    if kind == PDF:
        doc = _open_pdf(data, "")
        try:
            with PDFIUM_LOCK:
                return len(doc)
        finally:
            _close_pdf(doc)
    if kind == TIFF:
        with _open_pil(data, "") as im:
            return _tiff_frames(im, "", None)
    return 1


def check_image(data: bytes) -> str | ImageProblem:
    """The image service's checker (``app.services.blobs``, injected by the composition): the media
    type of ``data``, or why it may not be stored. ``check_file`` with the default limits."""
    try:
        return check_file(data)
    except LoadError as exc:
        return ImageProblem(exc.reason, exc.detail)


def check_file(
    data: bytes, *, max_pixels: int = MAX_PIXELS, max_pages: int = MAX_PAGES, pdf_dpi: float = PDF_DPI
) -> str:
    """What a file must pass before it is stored for others to open: a supported format by its
    magic bytes, at most ``max_pages`` pages, every page's size within ``max_pixels`` as its header
    (or PDF page box) states it, so a decompression bomb is refused without decoding anything, and
    the first page's pixels decoded (a corrupt file). Later pages of a document are not decoded: a
    damaged one is the capture pipeline's verdict on that page, not a reason to lose the others.
    Returns the media type; raises LoadError."""
    kind = _kind(data, "")
    if kind == PDF:
        doc = _open_pdf(data, "")
        try:
            with PDFIUM_LOCK:
                count = len(doc)
            if count > max_pages:
                raise LoadError("too_many_pages", f"{count} pages, the limit is {max_pages}")
            if count == 0:
                raise LoadError("corrupt_file", "the document has no pages")
            scale = pdf_dpi / 72.0
            for index in range(count):
                with PDFIUM_LOCK:
                    width_pt, height_pt = doc.get_page_size(index)
                if not (math.isfinite(width_pt) and math.isfinite(height_pt)):
                    raise LoadError("corrupt_file", f"page {index + 1}: size {width_pt} x {height_pt}")
                size = (math.ceil(width_pt * scale), math.ceil(height_pt * scale))
                _check_size(size, max_pixels, "", f"page {index + 1} of {count}: ")
            _render_pdf_page(doc, 0, count, "", max_pixels, pdf_dpi)
        finally:
            _close_pdf(doc)
    elif kind == TIFF:
        with _open_pil(data, "") as im:
            count = _tiff_frames(im, "", max_pages + 1)
            if count > max_pages:
                raise LoadError("too_many_pages", f"more than {max_pages} pages")
            for index in range(count):
                try:
                    im.seek(index)
                except Exception as exc:
                    raise LoadError(
                        "corrupt_file", f"page {index + 1} of {count}: cannot read: {exc}"
                    ) from exc
                _check_size(im.size, max_pixels, "", f"page {index + 1} of {count}: ")
            _tiff_page(im, 0, count, "", max_pixels)
    else:
        _single_page(data, kind, "", max_pixels)
    return kind


def load_pages(data: bytes, **kw: Any) -> list[PageImage]:
    """All pages at once (``iter_pages`` with the same keywords)."""
    return list(iter_pages(data, **kw))


def iter_pages(
    data: bytes,
    *,
    name: str = "",
    max_pixels: int = MAX_PIXELS,
    max_pages: int = MAX_PAGES,
    pdf_dpi: float = PDF_DPI,
    first: int = 0,
) -> Iterator[PageImage]:
    """The document's pages from index ``first`` on, decoded one at a time as the iterator advances
    (a caller resumes after a damaged page with ``first=index + 1``).

    Nothing is checked before the first ``next()``; that call checks the format and the page count
    (``too_many_pages`` before any page decodes), then each page's size before it is decoded.
    ``name`` (the file name) only goes into error messages. Bad input raises LoadError and nothing
    else; only non-positive limits (a programming error) raise a plain ValueError.
    """
    if max_pixels <= 0 or max_pages <= 0 or pdf_dpi <= 0:
        raise ValueError("max_pixels, max_pages and pdf_dpi must be positive")
    kind = _kind(data, name)
    if kind == PDF:
        yield from _pdf_pages(data, name, max_pixels, max_pages, pdf_dpi, first)
    elif kind == TIFF:
        yield from _tiff_pages(data, name, max_pixels, max_pages, first)
    elif first == 0:
        yield _single_page(data, kind, name, max_pixels)


# -- formats ---------------------------------------------------------------------------------------------


def _kind(data: bytes, name: str) -> str:
    if not data:
        raise LoadError("empty_file", "the file has 0 bytes", name=name)
    kind = sniff(data)
    if kind == UNKNOWN:
        raise LoadError(
            "unsupported_format",
            f"not PNG, JPEG, TIFF, BMP, WebP or PDF (starts with {data[:8].hex(' ')})",
            name=name,
        )
    return kind


def _open_pil(data: bytes, name: str) -> Image.Image:
    """Pillow's lazy open: reads the header only. Raises LoadError."""
    try:
        return Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:  # warning: if made an error
        raise LoadError("too_large", str(exc), name=name) from exc
    except MemoryError as exc:
        raise LoadError("too_large", "out of memory reading the header", name=name) from exc
    except Exception as exc:  # UnidentifiedImageError, SyntaxError, struct.error, ...
        raise LoadError("corrupt_file", f"cannot read the header: {exc}", name=name) from exc


def _check_size(size: tuple[int, int], max_pixels: int, name: str, where: str = "") -> None:
    w, h = size
    if w <= 0 or h <= 0:
        raise LoadError("corrupt_file", f"{where}the header says {w}x{h} pixels", name=name)
    if w * h > max_pixels:
        raise LoadError(
            "too_large",
            f"{where}{w}x{h} = {w * h / 1e6:.1f} MP exceeds the {max_pixels / 1e6:.1f} MP limit",
            name=name,
        )


def _check_cost(size: tuple[int, int], way: str, name: str, where: str = "") -> None:
    """Refuse a page whose decoding (``way``, a key of ``DECODE_COST``) would take more than
    ``MAX_DECODE_BYTES`` at its peak."""
    need = size[0] * size[1] * DECODE_COST[way]
    if need > MAX_DECODE_BYTES:
        raise LoadError(
            "too_large",
            f"{where}decoding {size[0]}x{size[1]} pixels takes about {need >> 20} MB of memory, "
            f"the limit is {MAX_DECODE_BYTES >> 20} MB",
            name=name,
        )


def _single_page(data: bytes, kind: str, name: str, max_pixels: int) -> PageImage:
    if kind == PNG:
        _check_png_chunks(data, name)
    with _open_pil(data, name) as im:
        _check_size(im.size, max_pixels, name)
        alpha = im.mode in _ALPHA_MODES or "transparency" in im.info
        _check_cost(im.size, "alpha" if alpha else "jpeg" if kind == JPEG else "cv2", name)
        orientation = _orientation(im)  # after the checks: Pillow decodes a PNG to look for EXIF
        dpi = _dpi(im.info, transposed=orientation in (5, 6, 7, 8))
        try:
            # Transparency: Pillow composites onto white, where OpenCV would drop alpha (black paper).
            image = _pil_upright(im) if alpha else _cv2_decode(data, kind, name)
        except LoadError:
            raise
        except MemoryError as exc:
            raise LoadError("too_large", "out of memory decoding the image", name=name) from exc
        except Exception as exc:  # cv2.error, OSError "image file is truncated", ...
            raise LoadError("corrupt_file", f"cannot decode the image: {exc}", name=name) from exc
    return PageImage(image, 0, 1, dpi)


def _check_png_chunks(data: bytes, name: str) -> None:
    """Every chunk must fit in the file, up to IEND. OpenCV allocates what a chunk's length field
    claims before reading it: one damaged length in a 1 KB file costs gigabytes and seconds."""
    pos, end = 8, len(data)
    while pos + 12 <= end:
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8]
        if length > 0x7FFFFFFF or pos + 12 + length > end:
            shown = kind.decode("ascii", "replace")
            raise LoadError(
                "corrupt_file",
                f"PNG chunk {shown!r} at byte {pos} claims {length} bytes, {end - pos - 12} remain",
                name=name,
            )
        if kind == b"IEND":
            return
        pos += 12 + length
    raise LoadError("corrupt_file", "the PNG ends before its IEND chunk (truncated)", name=name)


def _cv2_decode(data: bytes, kind: str, name: str) -> Pixels:
    """OpenCV: fast, applies EXIF orientation, gives 8-bit BGR for any depth or colour model."""
    image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    if image is None:
        raise LoadError("corrupt_file", "cannot decode the image (truncated or damaged)", name=name)
    if kind == JPEG and not data.rstrip(b"\x00\r\n ").endswith(b"\xff\xd9"):
        # Older OpenCV fills a truncated JPEG with grey and says nothing; Pillow refuses it.
        with _open_pil(data, name) as im:
            im.load()
    return _as_bgr(image)


def _tiff_pages(data: bytes, name: str, max_pixels: int, max_pages: int, first: int) -> Iterator[PageImage]:
    with _open_pil(data, name) as im:
        count = _tiff_frames(im, name, max_pages + 1)
        if count > max_pages:
            raise LoadError("too_many_pages", f"more than {max_pages} pages", name=name)
        for index in range(first, count):
            try:
                image, dpi = _tiff_page(im, index, count, name, max_pixels)
            except LoadError as exc:
                exc.page = index
                raise
            yield PageImage(image, index, count, dpi)
            del image


def _tiff_page(
    im: Image.Image, index: int, count: int, name: str, max_pixels: int
) -> tuple[Pixels, float | None]:
    """One TIFF page decoded upright, and its dpi."""
    where = f"page {index + 1} of {count}: "
    try:
        im.seek(index)
    except Exception as exc:
        raise LoadError("corrupt_file", f"{where}cannot read: {exc}", name=name) from exc
    _check_size(im.size, max_pixels, name, where)
    _check_cost(
        im.size, "alpha" if im.mode in _ALPHA_MODES or "transparency" in im.info else "pil", name, where
    )
    orientation = _orientation(im)
    try:
        image = _pil_upright(im)
    except MemoryError as exc:
        raise LoadError("too_large", f"{where}out of memory decoding", name=name) from exc
    except Exception as exc:
        raise LoadError("corrupt_file", f"{where}cannot decode: {exc}", name=name) from exc
    return image, _dpi(im.info, transposed=orientation in (5, 6, 7, 8))


def _tiff_frames(im: Image.Image, name: str, limit: int | None) -> int:
    """Count the pages by walking the directory chain, stopping at ``limit``: a crafted file may
    chain millions. One step at a time: Pillow miscounts after a seek past the end."""
    count = 1
    try:
        while limit is None or count < limit:
            im.seek(count)
            count += 1
    except EOFError:
        pass
    except Exception as exc:
        raise LoadError("corrupt_file", f"cannot read the TIFF directory: {exc}", name=name) from exc
    return count


def _pdf_pages(
    data: bytes, name: str, max_pixels: int, max_pages: int, dpi: float, first: int
) -> Iterator[PageImage]:
    doc = _open_pdf(data, name)
    try:
        with PDFIUM_LOCK:
            count = len(doc)
        if count > max_pages:
            raise LoadError("too_many_pages", f"{count} pages, the limit is {max_pages}", name=name)
        if count == 0:
            raise LoadError("corrupt_file", "the document has no pages", name=name)
        for index in range(first, count):
            try:
                image = _render_pdf_page(doc, index, count, name, max_pixels, dpi)
            except LoadError as exc:
                exc.page = index
                raise
            yield PageImage(image, index, count, float(dpi))
            del image
    finally:
        _close_pdf(doc)


def _open_pdf(data: bytes, name: str) -> Any:
    try:
        with PDFIUM_LOCK:
            return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        detail = "password-protected" if exc.err_code == pdfium.raw.FPDF_ERR_PASSWORD else str(exc)
        raise LoadError("corrupt_file", f"PDFium cannot open the document: {detail}", name=name) from exc
    except MemoryError as exc:
        raise LoadError("too_large", "out of memory opening the document", name=name) from exc
    except Exception as exc:
        raise LoadError("corrupt_file", f"PDFium cannot open the document: {exc}", name=name) from exc


def _close_pdf(doc: Any) -> None:
    with PDFIUM_LOCK:
        doc.close()


def _render_pdf_page(doc: Any, index: int, count: int, name: str, max_pixels: int, dpi: float) -> Pixels:
    where = f"page {index + 1} of {count}: "
    scale = dpi / 72.0  # PDF units are 1/72 inch
    page = bitmap = None
    try:
        with PDFIUM_LOCK:
            page = doc[index]
            width_pt, height_pt = page.get_size()  # includes the page's /Rotate
            if not (math.isfinite(width_pt) and math.isfinite(height_pt)):
                raise LoadError("corrupt_file", f"{where}page size {width_pt} x {height_pt}", name=name)
            size = (math.ceil(width_pt * scale), math.ceil(height_pt * scale))
            _check_size(size, max_pixels, name, where)
            _check_cost(size, "pdf", name, where)
            bitmap = page.render(scale=scale, fill_color=(255, 255, 255, 255))
            # A copy: the array is a view of the bitmap's buffer, which is freed when it closes.
            return _as_bgr(np.array(bitmap.to_numpy()[:, :, :3], dtype=np.uint8, copy=True))
    except LoadError:
        raise
    except MemoryError as exc:
        raise LoadError("too_large", f"{where}out of memory rendering", name=name) from exc
    except Exception as exc:  # PdfiumError, ValueError from a degenerate page box, ...
        raise LoadError("corrupt_file", f"{where}cannot render: {exc}", name=name) from exc
    finally:
        with PDFIUM_LOCK:
            if bitmap is not None:
                bitmap.close()
            if page is not None:
                page.close()


# -- pixels ----------------------------------------------------------------------------------------------


def _pil_to_bgr(im: Image.Image) -> Pixels:
    """Any Pillow mode to BGR uint8; transparency is composited onto white. An alpha channel that is
    0 everywhere is taken as unused padding (32-bit BMPs often carry one), not as an invisible page."""
    mode = im.mode
    if mode in _ALPHA_MODES or "transparency" in im.info:
        rgba = im.convert("RGBA")
        low, high = rgba.getchannel("A").getextrema()
        if high == 0 or low == 255:
            rgb = rgba.convert("RGB")
        else:
            white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
            rgb = Image.alpha_composite(white, rgba).convert("RGB")
        return _as_bgr(cv2.cvtColor(np.asarray(rgb), cv2.COLOR_RGB2BGR))
    if mode.startswith("I;16"):  # 16-bit grey: keep the high byte
        arr16 = np.asarray(im).astype(np.uint16)
        return _as_bgr((arr16 >> 8).astype(np.uint8))
    if mode == "I":  # 32-bit integer grey: 16-bit data in practice, else already 8-bit
        arr32 = np.asarray(im)
        top = int(arr32.max()) if arr32.size else 0
        if top > 255:
            return _as_bgr((np.clip(arr32, 0, 65535) >> 8).astype(np.uint8))
        return _as_bgr(np.clip(arr32, 0, 255).astype(np.uint8))
    if mode == "F":  # float grey: 0..1 or 0..255
        arrf = np.nan_to_num(np.asarray(im, dtype=np.float32))
        if arrf.size and float(arrf.max()) <= 1.0:
            arrf = arrf * 255.0
        return _as_bgr(np.clip(arrf + 0.5, 0, 255).astype(np.uint8))
    if mode in ("1", "L"):
        return _as_bgr(np.asarray(im.convert("L")))
    if mode == "LAB":  # Pillow's plain convert would treat L*a*b* as RGB
        lab_to_rgb = ImageCms.buildTransform(
            ImageCms.createProfile("LAB"), ImageCms.createProfile("sRGB"), "LAB", "RGB"
        )
        converted = ImageCms.applyTransform(im, lab_to_rgb)
        if converted is None:
            raise ValueError("L*a*b* conversion failed")
        return _as_bgr(cv2.cvtColor(np.asarray(converted), cv2.COLOR_RGB2BGR))
    rgb = im if mode == "RGB" else im.convert("RGB")  # no copy of a page that is RGB already
    return _as_bgr(cv2.cvtColor(np.asarray(rgb), cv2.COLOR_RGB2BGR))


def _pil_upright(im: Image.Image) -> Pixels:
    """Decode with Pillow, then apply the orientation tag unless Pillow already did while decoding
    (it does for some TIFFs, and then the tag reads 1)."""
    image = _pil_to_bgr(im)
    return _orient(image, _orientation(im))


def _as_bgr(image: NDArray[Any]) -> Pixels:
    """Three channels, uint8, C-contiguous."""
    if image.dtype != np.uint8:
        raise ValueError(f"unexpected pixel type {image.dtype}")
    if image.ndim == 2:
        image = cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    elif image.ndim == 3 and image.shape[2] == 4:
        image = cv2.cvtColor(image, cv2.COLOR_BGRA2BGR)
    elif image.ndim != 3 or image.shape[2] != 3:
        raise ValueError(f"unexpected image shape {image.shape}")
    return np.ascontiguousarray(image)


def _orientation(im: Image.Image) -> int:
    """The EXIF/TIFF orientation tag (1..8; 1 = as stored); 1 when absent or unreadable."""
    try:
        tags = getattr(im, "tag_v2", None)  # a TIFF frame's own directory
        value = tags.get(274) if tags is not None else im.getexif().get(274)
        value = int(value) if value is not None else 1
    except Exception:  # a damaged EXIF block does not make the pixels unusable
        return 1
    return value if 1 <= value <= 8 else 1


def _orient(image: Pixels, orientation: int) -> Pixels:
    if orientation == 2:
        return np.ascontiguousarray(image[:, ::-1])
    if orientation == 3:
        return cv2.rotate(image, cv2.ROTATE_180)  # type: ignore[return-value]
    if orientation == 4:
        return np.ascontiguousarray(image[::-1])
    if orientation == 5:  # transpose
        return np.ascontiguousarray(image.transpose(1, 0, 2))
    if orientation == 6:
        return cv2.rotate(image, cv2.ROTATE_90_CLOCKWISE)  # type: ignore[return-value]
    if orientation == 7:  # transverse
        return np.ascontiguousarray(image.transpose(1, 0, 2)[::-1, ::-1])
    if orientation == 8:
        return cv2.rotate(image, cv2.ROTATE_90_COUNTERCLOCKWISE)  # type: ignore[return-value]
    return image


def _dpi(info: Mapping[Any, Any], *, transposed: bool = False) -> float | None:
    """The horizontal resolution of the upright page, if the file states a plausible one in dots per
    inch (writers put 1 where they mean "unknown")."""
    value = info.get("dpi")
    if not isinstance(value, tuple) or len(value) != 2:
        return None
    try:
        dpi = float(value[1] if transposed else value[0])
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return round(dpi, 2) if math.isfinite(dpi) and MIN_DPI <= dpi <= MAX_DPI else None
