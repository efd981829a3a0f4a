"""Secret key files outside the database (the audit signing key, the voucher QR key, the password
and PIN pepper). Any thread.

A key file is made once, mode 0600 in a 0700 folder, atomically: written to a temporary file and
linked into place, so two processes starting at once end up with the same key, never a torn one.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path


def create_private_file(path: Path, data: bytes) -> bool:
    """Make ``path`` holding ``data`` (mode 0600) unless it exists; True if this call made it."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if path.exists():
        return False
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(tmp, path)  # fails if another process made it first: then that one is the key
        return True
    except FileExistsError:
        return False
    finally:
        tmp.unlink()


def require_private(path: Path, what: str) -> None:
    """Refuse a key file others may read."""
    if path.stat().st_mode & 0o077:
        raise PermissionError(f"{path}: {what} must be readable by its owner only (0600)")
