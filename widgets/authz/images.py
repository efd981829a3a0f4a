"""Images attached to authorization requests (ID card, voucher): read from files and uploaded to the
image service, thumbnails, and the images an authorizer views (downloaded through it). Worker
threads: functions of paths and blob names that may wait on the service; they build ``QImage``
values (safe off the GUI thread), never pixmaps or widgets."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from PySide6.QtGui import QImage

from app.blobs import EXTENSIONS, BlobMissing
from app.errors import ValidationError
from imaging.loader import LoadError, iter_pages
from imaging.sources import import_files
from widgets.common.blob_cache import BlobCache
from widgets.common.images import qimage_from_bgr, scaled

IMAGE_FILTER = "*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.pdf"
MAX_FILE_BYTES = 40 << 20  # a phone photo or a 600-dpi scan fits easily
THUMB = 180  # the long side of a thumbnail, px
VIEW_MAX = 2600  # the long side of an image in the viewer, px (keeps memory bounded)


@dataclass(frozen=True)
class Attachment:
    kind: str  # id_card, voucher, ...
    sha: str
    ext: str
    name: str = ""  # the file it came from; "" when loaded from the store
    thumb: QImage | None = None  # None: cannot be shown (the server does not hold it)

    @property
    def key(self) -> tuple[str, str, str]:
        return self.kind, self.sha, self.ext


@dataclass(frozen=True)
class Refused:
    name: str
    why: str  # a loader reason code (empty_file, unsupported_format, ...) or the read error


@dataclass(frozen=True)
class Viewable:
    """One attachment as the authorizer sees it: the image (None if it cannot be shown) and why not."""

    kind: str
    sha: str
    ext: str
    image: QImage | None
    problem: str = ""


def first_page(data: bytes, name: str = "") -> NDArray[np.uint8]:
    """The first page of an image or PDF, upright (EXIF). Raises LoadError."""
    for page in iter_pages(data, name=name, max_pages=50):
        return page.image
    raise LoadError("no_page", "the document has no page", name=name)


def attach_files(
    store: BlobCache, kind: str, paths: Sequence[str | Path]
) -> tuple[list[Attachment], list[Refused]]:
    """Upload each readable image file to the image service and make its thumbnail; files that
    are not images (or cannot be read, or the server refuses) are refused with the reason, the
    others still attached."""
    attached: list[Attachment] = []
    refused: list[Refused] = []
    for capture in import_files(paths, max_bytes=MAX_FILE_BYTES):
        if capture.error:
            refused.append(Refused(capture.name, capture.error))
            continue
        ext = EXTENSIONS.get(capture.media_type)
        if ext is None:
            refused.append(Refused(capture.name, "empty_file" if not capture.data else "unsupported_format"))
            continue
        try:
            image = first_page(capture.data, capture.name)
        except LoadError as exc:
            refused.append(Refused(capture.name, exc.reason))
            continue
        try:
            sha = store.put(capture.data, ext)
        except ValidationError as exc:  # the server's checker: a bomb, a damaged file, too large
            refused.append(Refused(capture.name, str(exc.params.get("problem") or exc.message)))
            continue
        attached.append(Attachment(kind, sha, ext, capture.name, qimage_from_bgr(scaled(image, THUMB))))
    return attached, refused


def _load(store: BlobCache, sha: str, ext: str) -> tuple[NDArray[np.uint8] | None, str]:
    try:
        return first_page(store.get(sha, ext)), ""
    except LoadError as exc:  # before ValueError: a LoadError is one
        return None, exc.reason
    except (BlobMissing, ValueError):
        return None, "missing"


def stored_thumbs(store: BlobCache, attachments: Iterable[tuple[str, str, str]]) -> list[Attachment]:
    """Thumbnails of a request's stored attachments (editing a returned request)."""
    out: list[Attachment] = []
    for kind, sha, ext in attachments:
        image, _problem = _load(store, sha, ext)
        thumb = qimage_from_bgr(scaled(image, THUMB)) if image is not None else None
        out.append(Attachment(kind, sha, ext, "", thumb))
    return out


def viewables(store: BlobCache, attachments: Iterable[tuple[str, str, str]]) -> list[Viewable]:
    """The request's images for the authorizer's viewer, scaled to at most ``VIEW_MAX``."""
    out: list[Viewable] = []
    for kind, sha, ext in attachments:
        image, problem = _load(store, sha, ext)
        view = qimage_from_bgr(scaled(image, VIEW_MAX)) if image is not None else None
        out.append(Viewable(kind, sha, ext, view, problem))
    return out
