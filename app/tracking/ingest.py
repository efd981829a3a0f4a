"""What a station sends when it ingests movements, and what it gets back: plain values that the
wire format carries as they are (``TrackingService.ingest``; msgspec-serializable frozen
dataclasses). Any thread (immutable values and pure functions).

A movement leaves the station without its ``arrived`` stamp: that is the station's own monotonic
clock, which means nothing anywhere else.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from app.tracking.events import EventKind
from app.tracking.presence import PresenceChange
from app.tracking.reads import ReaderStatus

MAX_BATCH = 10_000  # movements in one ingest call of an embedded workstation's own devices
# ... and of a station in a shared deployment: its pipeline flushes at most this many at once
# (``IngestPipeline.flush_max``), so a larger batch is no station's.
STATION_BATCH = 1_000


@dataclass(frozen=True, slots=True)
class MovementIn:
    """One presence change as a station reports it: a tag entered or left a zone."""

    tag_id: str
    kind: EventKind  # ENTER or LEAVE
    zone: str
    reader: str
    rssi: int
    ts: float  # wall clock (epoch seconds) of the read, or of the expiry check, that caused it

    @classmethod
    def of(cls, change: PresenceChange) -> MovementIn:
        return cls(change.tag_id, change.kind, change.zone, change.reader, change.rssi, change.ts)


@dataclass(frozen=True)
class IngestReceipt:
    """The service's acknowledgement of a batch: the same for every repetition of its key."""

    batch_key: str
    station: str
    count: int  # movements stored under this key
    received_at: datetime  # the server's clock when the batch was first stored


@dataclass(frozen=True)
class StationReport:
    """What a station's devices did, as the push stream carries it to the other workstations (a
    ``changelog.Kind.TRACKING`` entry): an ingested batch's movements, or its readers' health."""

    station: str
    moves: tuple[MovementIn, ...] = ()
    statuses: tuple[ReaderStatus, ...] = ()


def apply_movements(
    presence: Mapping[str, tuple[str, float]], moves: Iterable[MovementIn]
) -> dict[str, tuple[str, float]]:
    """Who is where (tag -> (zone, since)) after ``moves``, in order, on top of ``presence``: the
    presence to restore when some of a station's movements have not reached the service yet."""
    result = dict(presence)
    for m in moves:
        if m.kind == EventKind.ENTER:
            result[m.tag_id] = (m.zone, m.ts)
        elif result.get(m.tag_id, ("", 0.0))[0] == m.zone:
            del result[m.tag_id]
    return result
