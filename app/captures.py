"""What a capture source hands over: one file or frame as received, and its media type by magic
bytes. Any thread (immutable values and pure functions).

Defined here, below both ``hardware`` (the hot folder and camera threads produce captures) and
``imaging`` (the capture pipeline consumes them), which never import each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from uuid import uuid4

PNG = "image/png"
JPEG = "image/jpeg"
TIFF = "image/tiff"
BMP = "image/bmp"
WEBP = "image/webp"
PDF = "application/pdf"
UNKNOWN = "application/octet-stream"
SUPPORTED = (PNG, JPEG, TIFF, BMP, WEBP, PDF)

_PDF_HEADER_WINDOW = 1024  # PDF readers accept "%PDF-" anywhere in the first KiB
_BMP_DIB_SIZES = (12, 16, 40, 52, 56, 64, 108, 124)  # BITMAPCOREHEADER ... BITMAPV5HEADER


@dataclass(frozen=True)
class Capture:
    source: str  # the channel URL (``import`` for the file-import button)
    name: str  # the file name, or "frame-000123" for a camera frame
    data: bytes  # the file as received; a camera frame encoded as PNG
    received_at: datetime  # UTC, tz-aware
    media_type: str  # from ``sniff``
    error: str = ""  # why ``data`` is empty although the file was not: it could not be read (import only)
    # this handing-over of the file: a source that delivers the same file again after a fault gives
    # the same key (recording is idempotent per key); anything else is a new delivery
    key: str = field(default_factory=lambda: uuid4().hex)


def sniff(data: bytes) -> str:
    """The media type by magic bytes: one of ``SUPPORTED``, else ``application/octet-stream``."""
    head = data[:16]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):  # classic TIFF and BigTIFF
        return TIFF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[:2] == b"BM" and len(data) >= 18 and int.from_bytes(data[14:18], "little") in _BMP_DIB_SIZES:
        return BMP
    if b"%PDF-" in data[:_PDF_HEADER_WINDOW]:
        return PDF
    return UNKNOWN
