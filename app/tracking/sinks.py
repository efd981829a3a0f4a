"""Where the ingest pipeline hands its batches of presence changes: a ``MovementSink``.

``save`` runs on the ingestion thread; ``start`` and ``close`` on the thread that starts and stops
the pipeline. ``save`` returns once the batch is durable (stored by the service, or written to the
station's spool); if it raises, the pipeline keeps the batch and offers exactly that batch again,
so a sink can send it again under the same idempotency key.

- ``ServiceSink`` (embedded): each batch is one ``TrackingService.ingest`` call, in-process.
- ``app.tracking.spool.SpoolingSink`` (a station of a shared deployment): each batch is appended to
  a local spool first, then sent in order by the sink's own thread, surviving outages and restarts.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Protocol

from app.tracking.ingest import IngestReceipt, MovementIn
from app.tracking.presence import PresenceChange

# (batch key, movements) -> the service's receipt: ``TrackingService.ingest`` with the station's actor
# and code bound (in-process, or through the client proxy).
IngestCall = Callable[[str, list[MovementIn]], IngestReceipt]


class MovementSink(Protocol):
    def start(self) -> None: ...

    def save(self, changes: Sequence[PresenceChange]) -> None: ...

    def backlog(self) -> int: ...  # batches saved but not yet acknowledged by the service (any thread)

    def set_aside(self) -> int: ...  # batches the service refused for good since start (any thread)

    def close(self, timeout: float) -> None: ...


def new_batch_key(station: str) -> str:
    """A batch's idempotency key: the station and a random UUID (unique without any counter to keep)."""
    return f"{station}:{uuid.uuid4().hex}"


class ServiceSink:
    """Each batch is one ingest call, made on the ingestion thread (embedded mode: the services are
    in-process). A batch that failed is sent again under the same key: if the service stored it but
    the failure came after (a commit whose answer was lost), it is not stored twice."""

    def __init__(self, ingest: IngestCall, station: str) -> None:
        self._ingest = ingest
        self.station = station
        self._failed: tuple[Sequence[PresenceChange], str] | None = None  # the batch offered again, its key

    def start(self) -> None:
        pass

    def close(self, timeout: float) -> None:
        pass

    def backlog(self) -> int:
        return 0  # a batch is acknowledged when save returns

    def set_aside(self) -> int:
        return 0  # a refusal is raised to the pipeline, which offers the batch again

    def save(self, changes: Sequence[PresenceChange]) -> None:
        failed = self._failed
        if failed is not None and (failed[0] is changes or failed[0] == changes):
            key = failed[1]
        else:
            key = new_batch_key(self.station)
        try:
            self._ingest(key, [MovementIn.of(c) for c in changes])
        except BaseException:
            self._failed = (changes, key)
            raise
        self._failed = None
