"""The one-shot file import (the file-import button): one ``Capture`` per chosen file. Runs on the
caller's thread (a worker).

The capture sources that run as device threads (a scanner's hot folder, a document camera) live in
``hardware`` beside the readers (``hardware.channels``, ``hardware.hotfolder``, ``hardware.camera``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from app.captures import Capture, sniff

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 1 << 30  # a file larger than this is not read into memory (no scan is this big)


def import_files(
    paths: Iterable[str | os.PathLike[str]], source: str = "import", *, max_bytes: int = MAX_FILE_BYTES
) -> Iterator[Capture]:
    """One capture per file, in the order given (the file-import button). Never raises for a bad
    file: one that cannot be read (missing, a folder, no permission, over ``max_bytes``) gives a
    capture with empty ``data`` and the reason in ``error``, so it is recorded with a verdict like
    every other file instead of vanishing or aborting the rest of the import."""
    for item in paths:
        path = Path(item)
        try:
            size = path.stat().st_size
            if size > max_bytes:
                raise OSError(f"{size} bytes: larger than the {max_bytes}-byte limit")
            data = path.read_bytes()
        except OSError as exc:
            why = f"{exc.strerror}: {path}" if exc.strerror else str(exc)
            log.warning("import: cannot read %s: %s", path, why)
            yield Capture(source, path.name, b"", datetime.now(UTC), sniff(b""), error=why)
            continue
        yield Capture(source, path.name, data, datetime.now(UTC), sniff(data))
