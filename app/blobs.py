"""Content-addressed image store: a file's name is the SHA-256 of its bytes. Any thread.

Layout ``<root>/<aa>/<bb>/<sha256>.<ext>``. A blob is written once, to a temporary file in the same
folder (``.tmp-*``: never a blob's name), flushed to disk and renamed into place, and the renames
made durable by syncing the folders, so a crash (even a process killed mid-write) never leaves a
half-written image under a real name; writing the same bytes again is a no-op. ``put_many`` writes
several blobs with one sync of each folder they went to, after all their files were synced (the
capture workers write a file's pages in one call). Blobs are never modified or overwritten: an
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

import contextlib
import hashlib
import os
import re
import tempfile
from collections.abc import Sequence
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


@dataclass(frozen=True)
class StoredBlob:
    """A blob as ``put_many`` stored it: its name and size."""

    sha256: str
    ext: str
    size: int


def _make_folders(folder: Path) -> set[Path]:
    """Create ``folder`` (and its missing parents); the folders whose entries changed (the
    parent of each folder made), to be synced before the blobs in them count as stored."""
    made: list[Path] = []
    for p in [folder, *folder.parents]:
        if p.is_dir():
            break
        made.append(p)
    if made:
        folder.mkdir(parents=True, exist_ok=True)
    return {p.parent for p in made}


def _sync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, sha: str, ext: str) -> Path:
        if not _SHA.match(sha) or not _EXT.match(ext):
            raise ValueError(f"not a blob name: {sha}.{ext}")
        return self.root / sha[:2] / sha[2:4] / f"{sha}.{ext}"

    def put(self, data: bytes, ext: str) -> str:
        return self.put_many([(data, ext)])[0].sha256

    def put_many(self, items: Sequence[tuple[bytes, str]]) -> list[StoredBlob]:
        """Store several blobs durably: each is written to a temporary file in its final folder,
        all are flushed (``fsync``), then renamed into place, then each folder touched (and the
        parent of a folder made here) is synced once. Killed at any point, the store holds each
        blob whole under its name or not at all (a ``.tmp-*`` file may be left). The blobs' names
        and sizes, in the order given; blobs held already are not written again."""
        out: list[StoredBlob] = []
        pending: dict[Path, tuple[int, str]] = {}  # target -> (fd, temporary path)
        synced: set[Path] = set()  # folders whose entries must reach the disk
        try:
            for data, ext in items:
                sha = hashlib.sha256(data).hexdigest()
                target = self.path(sha, ext)
                out.append(StoredBlob(sha, ext, len(data)))
                if target in pending or target.exists():
                    continue
                synced |= _make_folders(target.parent)
                fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
                pending[target] = (fd, tmp)
                os.fchmod(fd, 0o644)  # readable by the other server processes sharing the folder
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
            for fd, _tmp in pending.values():
                os.fsync(fd)  # the bytes are on disk before any name points at them
            for target, (fd, tmp) in list(pending.items()):
                os.close(fd)
                os.replace(tmp, target)
                del pending[target]
                synced.add(target.parent)
            for folder in sorted(synced, key=lambda p: len(p.parts), reverse=True):
                _sync_folder(folder)
        except BaseException:
            for fd, tmp in pending.values():
                with contextlib.suppress(OSError):
                    os.close(fd)
                Path(tmp).unlink(missing_ok=True)
            raise
        return out

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
