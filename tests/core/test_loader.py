"""imaging.loader on real encoded files (OpenCV, Pillow and PDFium write them here): every input kind
comes out as BGR uint8 pages, and every unsafe or broken input is refused with its reason."""

from __future__ import annotations

import io
import random
import struct
import time
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import cv2
import numpy as np
import pytest
from numpy.typing import NDArray
from PIL import Image

from imaging import loader
from imaging.loader import LoadError, PageImage, iter_pages, load_pages, page_count, sniff

# -- builders ----------------------------------------------------------------------------------------------


def _scene(w: int = 120, h: int = 80) -> NDArray[np.uint8]:
    """A BGR image whose corners differ, so orientation mistakes show."""
    img = np.full((h, w, 3), 200, np.uint8)
    img[: h // 2, : w // 2] = (255, 0, 0)  # top-left blue
    img[: h // 2, w // 2 :] = (0, 255, 0)  # top-right green
    img[h // 2 :, : w // 2] = (0, 0, 255)  # bottom-left red
    return img


def _cv2_bytes(img: NDArray[Any], ext: str, *params: int) -> bytes:
    ok, buf = cv2.imencode(ext, img, list(params))
    assert ok
    return buf.tobytes()


def _pil_bytes(im: Image.Image, fmt: str, **kw: Any) -> bytes:
    buf = io.BytesIO()
    im.save(buf, fmt, **kw)
    return buf.getvalue()


def _pdf(pages: int, size_px: tuple[int, int] = (850, 1100), resolution: float = 100.0) -> bytes:
    """A PDF of ``pages`` image pages, each size_px / resolution inches large."""
    colours = ["white", "red", "blue", "black"]
    ims = [Image.new("RGB", size_px, colours[i % len(colours)]) for i in range(pages)]
    return _pil_bytes(ims[0], "PDF", save_all=True, append_images=ims[1:], resolution=resolution)


def _tiff(frames: list[Image.Image], **kw: Any) -> bytes:
    return _pil_bytes(frames[0], "TIFF", save_all=True, append_images=frames[1:], **kw)


def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def _bomb_png(width: int, height: int) -> bytes:
    """A valid 1-bit greyscale PNG of zero rows, deflated block by block (never the whole image)."""
    row = bytes(1 + (width + 7) // 8)  # filter byte + packed bits
    block = row * 256
    comp = zlib.compressobj(1)
    parts = [comp.compress(block if height - y >= 256 else row * (height - y)) for y in range(0, height, 256)]
    parts.append(comp.flush())
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", b"".join(parts))
        + _png_chunk(b"IEND", b"")
    )


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return _bomb_png(40_000, 40_000)  # 1.6 gigapixels, under 1 MB


def _only(data: bytes, **kw: Any) -> PageImage:
    pages = load_pages(data, **kw)
    assert len(pages) == 1
    page = pages[0]
    assert (page.index, page.count) == (0, 1)
    _assert_bgr8(page.image)
    return page


def _assert_bgr8(image: NDArray[Any]) -> None:
    assert image.dtype == np.uint8
    assert image.ndim == 3 and image.shape[2] == 3
    assert image.flags.c_contiguous


def _reason(call: Callable[[], object]) -> LoadError:
    with pytest.raises(LoadError) as info:
        call()
    return info.value


# -- image formats -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("ext", [".png", ".bmp", ".tiff", ".webp"])
def test_lossless_formats_round_trip(ext: str) -> None:
    img = _scene()
    params = [cv2.IMWRITE_WEBP_QUALITY, 101] if ext == ".webp" else []  # > 100: lossless
    page = _only(_cv2_bytes(img, ext, *params))
    assert np.array_equal(page.image, img)


def test_jpeg_decodes_with_its_dpi() -> None:
    im = Image.fromarray(cv2.cvtColor(_scene(), cv2.COLOR_BGR2RGB))
    page = _only(_pil_bytes(im, "JPEG", quality=95, dpi=(300, 300)))
    assert page.image.shape == (80, 120, 3)
    assert np.abs(page.image.astype(int) - _scene()).mean() < 4
    assert page.dpi == 300.0


def test_png_without_resolution_has_no_dpi_and_png_with_one_has_it() -> None:
    assert _only(_cv2_bytes(_scene(), ".png")).dpi is None
    im = Image.fromarray(_scene())
    assert _only(_pil_bytes(im, "PNG", dpi=(600, 600))).dpi == pytest.approx(600, abs=0.1)


def test_exif_orientation_is_applied() -> None:
    im = Image.fromarray(cv2.cvtColor(_scene(), cv2.COLOR_BGR2RGB))
    exif = im.getexif()
    exif[274] = 6  # stored rotated: turn 90 degrees clockwise to view
    page = _only(_pil_bytes(im, "JPEG", quality=95, exif=exif, dpi=(200, 200)))
    assert page.image.shape == (120, 80, 3)
    assert np.abs(page.image.astype(int) - cv2.rotate(_scene(), cv2.ROTATE_90_CLOCKWISE)).mean() < 4


def test_tiff_orientation_is_applied_exactly_once() -> None:
    im = Image.fromarray(cv2.cvtColor(_scene(), cv2.COLOR_BGR2RGB))
    for compression in (None, "tiff_lzw"):  # Pillow turns some TIFFs upright itself while decoding
        page = _only(_pil_bytes(im, "TIFF", tiffinfo={274: 6}, compression=compression))
        assert np.array_equal(page.image, cv2.rotate(_scene(), cv2.ROTATE_90_CLOCKWISE)), compression


def test_an_implausible_resolution_is_no_dpi() -> None:
    im = Image.fromarray(_scene())
    assert _only(_pil_bytes(im, "TIFF", dpi=(1, 1))).dpi is None
    assert _only(_pil_bytes(im, "TIFF", dpi=(400, 400))).dpi == 400.0


def test_lab_tiff_is_converted_colorimetrically() -> None:
    grey = _only(_pil_bytes(Image.new("LAB", (4, 4), (128, 128, 128)), "TIFF")).image[0, 0]
    assert np.ptp(grey.astype(int)) <= 2 and 100 < grey[0] < 140  # L* 50, no chroma: mid grey


def test_greyscale_becomes_three_equal_channels() -> None:
    grey = np.tile(np.arange(0, 256, 4, dtype=np.uint8), (10, 1))
    page = _only(_cv2_bytes(grey, ".png"))
    assert page.image.shape == (10, 64, 3)
    for c in range(3):
        assert np.array_equal(page.image[:, :, c], grey)


def test_sixteen_bit_inputs_are_scaled_to_eight_bits() -> None:
    grey16 = np.full((10, 12), 40_000, np.uint16)
    assert _only(_cv2_bytes(grey16, ".png")).image[0, 0].tolist() == [156, 156, 156]  # 40000 >> 8
    colour16 = np.zeros((10, 12, 3), np.uint16)
    colour16[..., 2] = 65535
    assert _only(_cv2_bytes(colour16, ".png")).image[0, 0].tolist() == [0, 0, 255]
    tiff16 = _pil_bytes(Image.fromarray(grey16), "TIFF")
    assert Image.open(io.BytesIO(tiff16)).mode.startswith("I;16")
    assert _only(tiff16).image[0, 0].tolist() == [156, 156, 156]


def test_transparency_is_composited_onto_white_paper() -> None:
    rgba = np.zeros((10, 20, 4), np.uint8)  # fully transparent ...
    rgba[:, 10:] = (0, 0, 0, 255)  # ... except an opaque black right half
    page = _only(_cv2_bytes(rgba, ".png"))
    assert page.image[0, 0].tolist() == [255, 255, 255]
    assert page.image[0, 15].tolist() == [0, 0, 0]
    la = Image.new("LA", (8, 8), (0, 0))
    la.putpixel((7, 7), (0, 255))
    assert _only(_pil_bytes(la, "PNG")).image[0, 0].tolist() == [255, 255, 255]
    half = Image.new("RGBA", (4, 4), (0, 0, 0, 128))
    assert _only(_pil_bytes(half, "PNG")).image[0, 0].tolist() == [127, 127, 127]


def test_an_alpha_channel_that_is_zero_everywhere_is_padding() -> None:
    bmp = _cv2_bytes(np.dstack([_scene(), np.zeros((80, 120), np.uint8)]), ".bmp")  # 32-bit, alpha 0
    assert Image.open(io.BytesIO(bmp)).mode == "RGBA"
    assert np.array_equal(_only(bmp).image, _scene())


def test_palette_and_cmyk_become_bgr() -> None:
    pal = Image.new("P", (8, 8))
    pal.putpalette([255, 0, 0] + [0, 0, 0] * 255)  # index 0 = red
    assert _only(_pil_bytes(pal, "PNG")).image[0, 0].tolist() == [0, 0, 255]
    assert _only(_pil_bytes(pal, "BMP")).image[0, 0].tolist() == [0, 0, 255]
    cmyk = Image.new("CMYK", (16, 16), (0, 0, 0, 0))  # no ink: white
    pixel = _only(_pil_bytes(cmyk, "JPEG", quality=95)).image[8, 8]
    assert pixel.min() > 240
    cmyk_tiff = _pil_bytes(Image.new("CMYK", (16, 16), (0, 255, 255, 0)), "TIFF")  # red
    assert _only(cmyk_tiff).image[0, 0].tolist() == [0, 0, 255]


# -- multi-page documents ------------------------------------------------------------------------------------


def test_multipage_tiff_yields_each_page_lazily_with_its_size_and_dpi() -> None:
    frames = [
        Image.new("RGB", (100, 50), (255, 0, 0)),
        Image.new("L", (60, 90), 128),
        Image.new("1", (30, 20), 1),
    ]
    data = _tiff(frames, dpi=(300, 300), compression="tiff_lzw")
    assert page_count(data) == 3
    it = iter_pages(data, name="batch.tif")
    first = next(it)
    assert (first.index, first.count, first.image.shape) == (0, 3, (50, 100, 3))
    assert first.image[0, 0].tolist() == [0, 0, 255]
    assert first.dpi == 300.0
    rest = list(it)
    assert [(p.index, p.count, p.image.shape) for p in rest] == [(1, 3, (90, 60, 3)), (2, 3, (20, 30, 3))]
    assert rest[0].image[0, 0].tolist() == [128, 128, 128]
    assert rest[1].image[0, 0].tolist() == [255, 255, 255]
    for p in rest:
        _assert_bgr8(p.image)


def test_pdf_pages_render_at_the_requested_dpi() -> None:
    data = _pdf(3)  # 8.5 x 11 inch pages: white, red, blue
    assert sniff(data) == "application/pdf"
    assert page_count(data) == 3
    pages = load_pages(data, pdf_dpi=100)
    assert [(p.index, p.count, p.dpi) for p in pages] == [(0, 3, 100.0), (1, 3, 100.0), (2, 3, 100.0)]
    for p in pages:
        _assert_bgr8(p.image)
        assert p.image.shape == (1100, 850, 3)
    assert pages[0].image[500, 400].tolist() == [255, 255, 255]
    assert np.abs(pages[1].image[500, 400].astype(int) - [0, 0, 255]).max() <= 2
    assert np.abs(pages[2].image[500, 400].astype(int) - [255, 0, 0]).max() <= 2
    default = next(iter_pages(data))
    assert default.image.shape == (2200, 1700, 3) and default.dpi == loader.PDF_DPI


def test_magic_bytes_win_over_the_file_name() -> None:
    pages = load_pages(_pdf(2, (85, 110), resolution=10), name="scan-0001.jpg", pdf_dpi=20)
    assert [p.image.shape for p in pages] == [(220, 170, 3)] * 2
    assert _only(_cv2_bytes(_scene(), ".png"), name="scan.pdf").image.shape == (80, 120, 3)


def test_sniff_names_each_supported_format() -> None:
    img = _scene(16, 16)
    assert sniff(_cv2_bytes(img, ".png")) == "image/png"
    assert sniff(_cv2_bytes(img, ".jpg")) == "image/jpeg"
    assert sniff(_cv2_bytes(img, ".tiff")) == "image/tiff"
    assert sniff(_cv2_bytes(img, ".bmp")) == "image/bmp"
    assert sniff(_cv2_bytes(img, ".webp")) == "image/webp"
    assert sniff(b"\x00" * 10 + b"%PDF-1.7\n") == "application/pdf"  # junk before the header is allowed
    assert sniff(b"BM but just text") == "application/octet-stream"
    assert sniff(b"") == "application/octet-stream"


# -- refusals ----------------------------------------------------------------------------------------------


def test_empty_file() -> None:
    err = _reason(lambda: load_pages(b"", name="empty.jpg"))
    assert err.reason == "empty_file"
    assert isinstance(err, ValueError)
    assert "empty.jpg" in str(err)
    assert _reason(lambda: page_count(b"")).reason == "empty_file"


def test_random_garbage_is_unsupported() -> None:
    garbage = random.Random(7).randbytes(4096)
    assert sniff(garbage) == "application/octet-stream"
    assert _reason(lambda: load_pages(garbage, name="x.png")).reason == "unsupported_format"
    assert _reason(lambda: load_pages(b"GIF89a" + bytes(100))).reason == "unsupported_format"


@pytest.mark.parametrize("ext", [".jpg", ".png", ".webp", ".bmp"])
def test_truncated_image_is_corrupt(ext: str) -> None:
    rng = np.random.default_rng(3)
    img = cv2.GaussianBlur((rng.random((300, 400, 3)) * 255).astype(np.uint8), (9, 9), 3)
    data = _cv2_bytes(img, ext)
    for keep in (0.5, 0.9, 0.99):
        err = _reason(lambda keep=keep: load_pages(data[: int(len(data) * keep)]))  # type: ignore[misc]
        assert err.reason == "corrupt_file", (keep, err)


def test_progressive_jpeg_without_its_end_marker_is_corrupt() -> None:
    rng = np.random.default_rng(4)
    img = cv2.GaussianBlur((rng.random((200, 200, 3)) * 255).astype(np.uint8), (9, 9), 3)
    data = _cv2_bytes(img, ".jpg", cv2.IMWRITE_JPEG_PROGRESSIVE, 1)
    assert _reason(lambda: load_pages(data[: len(data) * 3 // 4])).reason == "corrupt_file"
    assert _only(data + b"\x00trailer").image.shape == (200, 200, 3)  # bytes after the end marker are fine


def test_a_png_chunk_length_beyond_the_file_is_refused_at_once() -> None:
    data = bytearray(_cv2_bytes(_scene(), ".png"))
    idat = data.index(b"IDAT") - 4
    data[idat : idat + 4] = (0x55000000).to_bytes(4, "big")  # a 1.4 GB chunk in a 1 KB file
    start = time.perf_counter()
    err = _reason(lambda: load_pages(bytes(data)))
    assert err.reason == "corrupt_file" and "IDAT" in err.detail
    assert time.perf_counter() - start < 0.1


def test_broken_pdf_is_corrupt() -> None:
    data = _pdf(3, (85, 110), resolution=10)
    assert _reason(lambda: load_pages(data[: len(data) // 2])).reason == "corrupt_file"
    assert _reason(lambda: load_pages(b"%PDF-1.4\n garbage")).reason == "corrupt_file"
    assert _reason(lambda: page_count(b"%PDF-1.4\n garbage")).reason == "corrupt_file"


def test_header_that_is_not_an_image_is_corrupt() -> None:
    assert _reason(lambda: load_pages(b"\x89PNG\r\n\x1a\n" + bytes(40))).reason == "corrupt_file"
    assert _reason(lambda: load_pages(b"II*\x00" + bytes(40))).reason == "corrupt_file"


def test_a_bad_page_in_a_multipage_tiff_names_the_page() -> None:
    frames = [Image.new("RGB", (64, 64), (i * 60, 0, 0)) for i in range(3)]
    data = bytearray(_tiff(frames, compression="tiff_adobe_deflate"))
    with Image.open(io.BytesIO(bytes(data))) as im:
        im.seek(1)
        tags = getattr(im, "tag_v2")  # noqa: B009  # TIFF only
        offset, length = tags[273][0], tags[279][0]  # page 2's strip
    data[offset : offset + length] = b"\xff" * length
    it = iter_pages(bytes(data))
    assert next(it).index == 0
    err = _reason(lambda: next(it))
    assert err.reason == "corrupt_file"
    assert "page 2 of 3" in err.detail


def test_decompression_bomb_is_refused_from_the_header(bomb: bytes) -> None:
    assert len(bomb) < 1_000_000
    start = time.perf_counter()
    err = _reason(lambda: load_pages(bomb, name="bomb.png"))
    assert err.reason == "too_large"
    assert time.perf_counter() - start < 1.0


def test_image_just_over_the_limit_is_refused_by_our_own_check(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_decode(*args: Any) -> None:
        raise AssertionError("decoded before the size check")

    monkeypatch.setattr(cv2, "imdecode", no_decode)
    err = _reason(lambda: load_pages(_bomb_png(9000, 9000)))  # 81 MP: under Pillow's own guard
    assert err.reason == "too_large"
    assert "9000x9000" in err.detail
    assert _reason(lambda: load_pages(_cv2_bytes(_scene(), ".png"), max_pixels=5000)).reason == "too_large"


def test_tiff_and_pdf_pages_are_size_checked_too() -> None:
    frames = [Image.new("L", (10, 10)), Image.new("L", (200, 200))]
    it = iter_pages(_tiff(frames), max_pixels=1000)
    assert next(it).index == 0
    err = _reason(lambda: next(it))
    assert err.reason == "too_large" and "page 2 of 2" in err.detail
    err = _reason(lambda: load_pages(_pdf(1), pdf_dpi=600, max_pixels=10_000_000))  # 5100 x 6600
    assert err.reason == "too_large" and "page 1 of 1" in err.detail


def test_too_many_pages_is_refused_before_any_page_decodes(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_render(*args: Any) -> None:
        raise AssertionError("a page was rendered")

    monkeypatch.setattr(loader, "_render_pdf_page", no_render)
    monkeypatch.setattr(loader, "_pil_to_bgr", no_render)
    pdf = _pdf(loader.MAX_PAGES + 1, (10, 10), resolution=10)
    assert page_count(pdf) == loader.MAX_PAGES + 1
    err = _reason(lambda: next(iter_pages(pdf)))
    assert err.reason == "too_many_pages"
    tiff = _tiff([Image.new("L", (2, 2))] * 6)
    assert _reason(lambda: next(iter_pages(tiff, max_pages=5))).reason == "too_many_pages"


@pytest.mark.filterwarnings("ignore::UserWarning")  # Pillow's notes on damaged TIFF tags
@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_damaged_files_only_ever_raise_load_error() -> None:
    """Flip and cut bytes of every format: each attempt gives pages or a LoadError, nothing else."""
    rng = random.Random(11)
    img = _scene(64, 48)
    samples = [
        _cv2_bytes(img, ".png"),
        _cv2_bytes(img, ".jpg"),
        _cv2_bytes(img, ".bmp"),
        _cv2_bytes(img, ".webp"),
        _tiff([Image.new("RGB", (32, 32), "red"), Image.new("L", (16, 16))], compression="tiff_lzw"),
        _pdf(2, (40, 40), resolution=20),
    ]
    outcomes: set[str] = set()
    for data in samples:
        for _ in range(40):
            damaged = bytearray(data)
            for _ in range(rng.randint(1, 8)):
                damaged[rng.randrange(len(damaged))] = rng.randrange(256)
            if rng.random() < 0.3:
                del damaged[rng.randrange(16, len(damaged)) :]
            try:
                for page in iter_pages(bytes(damaged), pdf_dpi=20, max_pixels=1_000_000):
                    _assert_bgr8(page.image)
                outcomes.add("ok")
            except LoadError as exc:
                outcomes.add(exc.reason)
    assert "ok" in outcomes and "corrupt_file" in outcomes


def test_a_closed_pdf_iterator_releases_its_document() -> None:
    data = _pdf(3, (85, 110), resolution=10)
    it: Iterator[PageImage] = iter_pages(data)
    next(it)
    it.close()  # type: ignore[attr-defined]
    assert len(load_pages(data)) == 3


def test_bad_limits_are_a_programming_error() -> None:
    with pytest.raises(ValueError):
        next(iter_pages(b"x", max_pages=0))


# -- memory of decoding hostile files, measured in a subprocess ---------------------------------------------


def _zero_png(width: int, height: int, bit_depth: int, colour_type: int) -> bytes:
    """A valid PNG of zeros: hundreds of KB on disk, gigabytes once decoded (what a fuzzer makes)."""
    channels = {0: 1, 2: 3, 4: 2, 6: 4}[colour_type]
    row = b"\x00" + bytes(width * channels * bit_depth // 8)
    deflate = zlib.compressobj(9)
    idat = b"".join(deflate.compress(row) for _ in range(height)) + deflate.flush()
    header = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )


def _raw_pdf(objects: list[bytes]) -> bytes:
    body, offsets = b"%PDF-1.4\n", []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(body))
        body += b"%d 0 obj\n%s\nendobj\n" % (number, obj)
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return body + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def _pages_pdf(count: int, side_pt: int, extra: bytes = b"") -> bytes:
    """``count`` square pages of ``side_pt`` points sharing one content stream; ``extra`` goes into
    each page's dictionary."""
    draw = b"0 0 1 rg 0 0 %d %d re f" % (side_pt, side_pt)
    kids = b" ".join(b"%d 0 R" % (4 + i) for i in range(count))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 3 0 R %s>>" % (
        side_pt,
        side_pt,
        extra,
    )
    return _raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(draw), draw),
            *[page] * count,
        ]
    )


_MEASURE = """
import resource, sys
from imaging.loader import LoadError, check_file, iter_pages
data = open(sys.argv[1], "rb").read()
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    check_file(data)
    pages = iter_pages(data)
    for _ in range(3):
        if next(pages, None) is None:
            break
    verdict = "ok"
except LoadError as exc:
    verdict = exc.reason
print(verdict, (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) * 1024)
"""


@pytest.mark.parametrize(
    ("name", "make", "verdict"),
    [
        # a 600-dpi A4 scan's size, as PNG: decoded, within the bound
        ("page.png", lambda: _zero_png(5000, 7000, 8, 2), "ok"),
        # huge declared dimensions just inside the pixel limit: 79 MP
        ("rgb.png", lambda: _zero_png(8900, 8900, 8, 2), "too_large"),
        ("rgba16.png", lambda: _zero_png(8900, 8900, 16, 6), "too_large"),
        ("grey16.png", lambda: _zero_png(8900, 8900, 16, 0), "too_large"),
        ("rgba.png", lambda: _zero_png(6000, 6000, 8, 6), "too_large"),
        # a PDF page of 80 MP at 200 dpi, and two hundred pages of 30 MP each
        ("big-page.pdf", lambda: _pages_pdf(1, 3219), "too_large"),
        ("many-pages.pdf", lambda: _pages_pdf(200, 2000), "ok"),
        # objects nested a million deep in each page's dictionary
        ("deep.pdf", lambda: _pages_pdf(2, 600, b"/Deep " + b"[" * 1_000_000 + b"]" * 1_000_000), "ok"),
    ],
)
def test_decoding_a_hostile_file_stays_within_its_memory_bound(
    tmp_path: Any, name: str, make: Callable[[], bytes], verdict: str
) -> None:
    """A 330 KB PNG took 1.8 GB and a 3 MB PDF 4.2 GB: the pixel limit alone let through files
    whose decoding costs many bytes per pixel. The peak RSS of checking a file and decoding its
    first pages, in a process of its own, stays within ``MAX_DECODE_BYTES`` (and a little slack)."""
    import subprocess
    import sys

    path = tmp_path / name
    path.write_bytes(make())
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path)], capture_output=True, text=True, timeout=120, check=True
    )
    got, grew = done.stdout.split()
    assert got == verdict, done.stdout
    assert int(grew) <= loader.MAX_DECODE_BYTES + (32 << 20), f"{name}: {int(grew) >> 20} MB"
