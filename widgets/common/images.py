"""Page images made on worker threads, shared by the capture dock, the template editor and the
authorization attachments: BGR arrays to QImage, thumbnails, the original and the corrected image,
slice images. Worker threads: functions of a snapshot (a ``PageView``) that download through the
image service (``BlobCache``, which may wait on the server); they build ``QImage`` values (safe off
the GUI thread), never pixmaps or widgets."""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np
from numpy.typing import NDArray
from PySide6.QtGui import QImage

from app.blobs import BlobMissing
from app.services.capture import PageView
from imaging.loader import LoadError, iter_pages
from widgets.common.blob_cache import BlobCache

THUMB_SIZE = 150  # the long side of a thumbnail, px


def qimage_from_bgr(image: NDArray[np.uint8]) -> QImage:
    """A deep copy of a BGR (or grey) uint8 array as a QImage."""
    bgr = cv2.cvtColor(image, cv2.COLOR_GRAY2BGR) if image.ndim == 2 else image
    bgr = np.ascontiguousarray(bgr)
    h, w = bgr.shape[:2]
    return QImage(bgr.data, w, h, int(bgr.strides[0]), QImage.Format.Format_BGR888).copy()


def scaled(image: NDArray[np.uint8], long_side: int) -> NDArray[np.uint8]:
    """The image with its long side at most ``long_side`` px (never enlarged)."""
    h, w = image.shape[:2]
    f = long_side / max(h, w)
    if f >= 1.0:
        return image
    size = (max(1, round(w * f)), max(1, round(h * f)))
    return np.asarray(cv2.resize(image, size, interpolation=cv2.INTER_AREA), dtype=np.uint8)


def original_image(store: BlobCache, page: PageView) -> NDArray[np.uint8] | None:
    """The page as the pipeline saw it (the loader applies EXIF orientation, renders PDF pages), so
    slice outlines in original pixels land where they belong. None if it cannot be shown."""
    if not page.original_sha:
        return None
    try:
        data = store.get(page.original_sha, page.original_ext)
        for p in iter_pages(data, name=page.source_name):
            if p.index == page.page_index:
                return p.image
    except (BlobMissing, LoadError):
        return None
    return None


def corrected_image(store: BlobCache, page: PageView) -> NDArray[np.uint8] | None:
    if not page.corrected_sha:
        return None
    try:
        data = store.get(page.corrected_sha, "jpg")
    except BlobMissing:
        return None
    return _decode(data)


def _decode(data: bytes) -> NDArray[np.uint8] | None:
    image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    return None if image is None else np.asarray(image, dtype=np.uint8)


def thumbnails(store: BlobCache, pages: list[PageView]) -> dict[tuple[int, str], QImage]:
    """Thumbnails keyed by (page id, image sha): from the corrected image, else the original; a null
    image for a page that has none to show (an empty or corrupt file)."""
    out: dict[tuple[int, str], QImage] = {}
    for page in pages:
        image = corrected_image(store, page)
        if image is None:
            image = original_image(store, page)
        out[thumb_key(page)] = qimage_from_bgr(scaled(image, THUMB_SIZE)) if image is not None else QImage()
    return out


def thumb_key(page: PageView) -> tuple[int, str]:
    return page.id, page.corrected_sha or page.original_sha


@dataclass(frozen=True)
class PageImages:
    page_id: int
    original: QImage | None
    corrected: QImage | None
    slices: dict[str, QImage] = field(default_factory=dict)


def page_images(store: BlobCache, page: PageView) -> PageImages:
    """Everything the viewer and the details pane show for one page."""
    original = original_image(store, page)
    corrected = corrected_image(store, page)
    slices: dict[str, QImage] = {}
    for s in page.slices:
        try:
            data = store.get(s.image_sha, "png")
        except (BlobMissing, ValueError):
            continue
        img = _decode(data)
        if img is not None:
            slices[s.name] = qimage_from_bgr(img)
    return PageImages(
        page.id,
        qimage_from_bgr(original) if original is not None else None,
        qimage_from_bgr(corrected) if corrected is not None else None,
        slices,
    )
