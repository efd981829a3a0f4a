"""What a reader reports, as the rest of the suite sees it: a tag read, a heartbeat, and the link's
health snapshot. Any thread (immutable values).

Device channels of every kind (readers, hot folders, cameras; ``hardware.device``) share ``LinkState``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class TagRead:
    """One tag seen by one reader antenna.

    ``ts`` is wall-clock time (epoch seconds) when the frame arrived; ``arrived`` is
    ``time.monotonic()`` at arrival, used only to measure latency inside this process.
    """

    reader: str  # reader code, e.g. "BR01-R03"
    antenna: int  # 1-based
    tag_id: str  # upper-case hex: 8 digits for active tags, 24 for UHF EPC
    rssi: int  # dBm, negative; stronger is closer to 0
    ts: float
    arrived: float
    tamper: bool = False  # anti-tamper tag reports it was removed from its asset


@dataclass(frozen=True, slots=True)
class Heartbeat:
    """A reader's sign of life: it proves the link works while no tag is in range."""

    reader: str
    uptime: int  # seconds since the reader booted, as the reader reports it
    ts: float  # wall clock at arrival
    arrived: float  # time.monotonic() at arrival


class LinkState(StrEnum):
    """The state of a device channel's link (readers, hot folders, cameras)."""

    CONNECTING = "connecting"
    CONNECTED = "connected"
    STALE = "stale"  # connected but silent longer than the heartbeat allows
    DISCONNECTED = "disconnected"
    FINISHED = "finished"  # a recording (a video file standing in for a camera) has ended
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class ReaderStatus:
    """A reader driver's health snapshot (published on every state change and periodically)."""

    reader: str
    state: LinkState
    last_frame_ts: float | None  # wall clock of the last good frame
    frames_ok: int
    frames_bad: int
    bytes_dropped: int  # garbage skipped while resynchronizing
    reconnects: int
    reads_per_s: float
    detail: str = ""  # last error, e.g. "could not open port /dev/ttyUSB0: [Errno 2] ..."
