"""Content-addressed image store: a file's name is the SHA-256 of its bytes. Any thread.

Layout ``<root>/<aa>/<bb>/<sha256>.<ext>``. A blob is written once, to a temporary file in the same
folder, flushed to disk and renamed into place, so a crash never leaves a half-written image under a
real name; writing the same bytes again is a no-op. Blobs are never modified or overwritten: an
original capture stays exactly as received, and derived images (the straightened voucher, slices)
are blobs of their own.

The store is the folder behind ``app.services.blobs.BlobService``, in the data folder of whoever runs
the services: the suite server, or the embedded app. Workstations never open it: they upload and
download through the service (``--server``), so no folder is shared between them. Several server
processes on one host may share it: the names cannot collide and renames are atomic.

Also here, for the service and for the imaging checker injected into it: the file extension of each
supported media type, and ``ImageProblem``, the checker's refusal.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.captures import BMP, JPEG, PDF, PNG, TIFF, WEBP

_SHA = re.compile(r"^[0-9a-f]{64}$")
_EXT = re.compile(r"^[a-z0-9]{1,5}$")
EXTENSIONS = {JPEG: "jpg", PNG: "png", TIFF: "tif", BMP: "bmp", WEBP: "webp", PDF: "pdf"}  # media -> ext


def is_sha(text: str) -> bool:
    return bool(_SHA.match(text))


def is_ext(text: str) -> bool:
    return bool(_EXT.match(text))


@dataclass(frozen=True)
class ImageProblem:
    """Why the imaging checker refuses a file: a loader reason code (``empty_file``,
    ``unsupported_format``, ``corrupt_file``, ``too_large``, ``too_many_pages``) and what it found."""

    reason: str
    detail: str = ""


class BlobMissing(LookupError):
    pass


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, sha: str, ext: str) -> Path:
        if not _SHA.match(sha) or not _EXT.match(ext):
            raise ValueError(f"not a blob name: {sha}.{ext}")
        return self.root / sha[:2] / sha[2:4] / f"{sha}.{ext}"

    def put(self, data: bytes, ext: str) -> str:
        sha = hashlib.sha256(data).hexdigest()
        target = self.path(sha, ext)
        if target.exists():
            return sha
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            os.fchmod(fd, 0o644)  # readable by the other server processes sharing the folder
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return sha

    def get(self, sha: str, ext: str) -> bytes:
        try:
            return self.path(sha, ext).read_bytes()
        except FileNotFoundError as e:
            raise BlobMissing(f"{sha}.{ext}") from e
        except PermissionError as e:
            raise BlobMissing(f"{sha}.{ext} is not readable here: {e}") from e

    def exists(self, sha: str, ext: str) -> bool:
        return self.path(sha, ext).exists()

    def holds(self, sha: str) -> bool:
        """True if the blob is there under any extension."""
        folder = self.path(sha, "bin").parent
        try:
            return any(p.name.startswith(f"{sha}.") for p in folder.iterdir())
        except FileNotFoundError:
            return False

    def verify(self, sha: str, ext: str) -> bool:
        """True if the blob is there and its bytes still hash to its name."""
        try:
            return hashlib.sha256(self.get(sha, ext)).hexdigest() == sha
        except BlobMissing:
            return False
