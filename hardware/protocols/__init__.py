"""Wire protocols of RFID readers: the parser interface and the registry (the events they produce,
``TagRead`` and ``Heartbeat``, are defined with ``ReaderStatus`` in ``app.tracking.reads``).

A parser turns a byte stream into ``TagRead`` and ``Heartbeat`` events; an encoder turns values into
the bytes a reader would send (simulators and tests use those). Parsers are plain objects that are
not thread-safe: each one is fed by exactly one thread, the reader driver's thread
(``hardware.reader``). Encoders are pure functions, callable from any thread.

Field limits shared by both protocols (anything outside them is a malformed frame):
antenna 1..255, RSSI -128..0 dBm, tag id 4..32 bytes (8..64 upper-case hex digits),
heartbeat uptime 0..2**32-1 seconds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from app.tracking.reads import Heartbeat, TagRead

ANTENNA_MIN, ANTENNA_MAX = 1, 255
RSSI_MIN, RSSI_MAX = -128, 0
TAG_BYTES_MIN, TAG_BYTES_MAX = 4, 32
UPTIME_MAX = 0xFFFF_FFFF


Event = TagRead | Heartbeat


class BufferedParser:
    """What both parsers share: the reader code, the counters, and the bytes of an unfinished frame
    kept until the next ``feed()``. Subclasses implement ``feed``."""

    __slots__ = ("_buf", "bytes_dropped", "frames_bad", "frames_ok", "reader")

    def __init__(self, reader: str) -> None:
        self.reader = reader
        self.frames_ok = 0
        self.frames_bad = 0
        self.bytes_dropped = 0
        self._buf = b""

    @property
    def buffered(self) -> int:
        return len(self._buf)

    def reset(self) -> None:
        """Forget a partial frame (e.g. after a reconnect); its bytes count as dropped."""
        self.bytes_dropped += len(self._buf)
        self._buf = b""


class StreamParser(Protocol):
    """An incremental, resynchronizing parser (see ``ascii.AsciiParser`` and ``binary.BinaryParser``).

    Counters: ``frames_ok`` good frames, ``frames_bad`` rejected frame candidates (checksum/CRC,
    malformed fields, bad lengths), ``bytes_dropped`` every byte not part of a good frame (garbage
    skipped while resynchronizing and the bytes of bad frames). Always
    ``bytes fed == bytes of good frames + bytes_dropped + buffered``.
    """

    reader: str
    frames_ok: int
    frames_bad: int
    bytes_dropped: int

    @property
    def buffered(self) -> int: ...

    def feed(self, data: bytes, now_wall: float, now_mono: float) -> list[Event]: ...

    def reset(self) -> None: ...


class EncodeRead(Protocol):
    def __call__(self, reader: str, antenna: int, tag_id: str, rssi: int, tamper: bool = False) -> bytes: ...


@dataclass(frozen=True, slots=True)
class WireProtocol:
    name: str
    parser: Callable[[str], StreamParser]  # called with the reader code
    encode_read: EncodeRead
    encode_heartbeat: Callable[[str, int], bytes]  # (reader, uptime seconds)


def check_read_fields(reader: str, antenna: int, tag_id: str, rssi: int) -> bytes:
    """Validate encoder input; return the tag id as bytes. Raises ValueError."""
    if not reader:
        raise ValueError("reader code is empty")
    if not ANTENNA_MIN <= antenna <= ANTENNA_MAX:
        raise ValueError(f"antenna {antenna} outside {ANTENNA_MIN}..{ANTENNA_MAX}")
    if not RSSI_MIN <= rssi <= RSSI_MAX:
        raise ValueError(f"rssi {rssi} dBm outside {RSSI_MIN}..{RSSI_MAX}")
    try:
        raw = bytes.fromhex(tag_id)
    except ValueError:
        raise ValueError(f"tag id {tag_id!r} is not hex") from None
    if len(tag_id) != 2 * len(raw) or not TAG_BYTES_MIN <= len(raw) <= TAG_BYTES_MAX:
        raise ValueError(
            f"tag id {tag_id!r} must be {2 * TAG_BYTES_MIN}..{2 * TAG_BYTES_MAX} hex digits, even"
        )
    return raw


def check_uptime(uptime: int) -> None:
    if not 0 <= uptime <= UPTIME_MAX:
        raise ValueError(f"uptime {uptime} outside 0..{UPTIME_MAX}")


# The protocol modules import the names above from this package, so they are imported last.
from hardware.protocols import ascii as _ascii  # noqa: E402
from hardware.protocols import binary as _binary  # noqa: E402

PROTOCOLS: dict[str, WireProtocol] = {
    "ascii": WireProtocol("ascii", _ascii.AsciiParser, _ascii.encode_read, _ascii.encode_heartbeat),
    "binary": WireProtocol("binary", _binary.BinaryParser, _binary.encode_read, _binary.encode_heartbeat),
}

__all__ = [
    "PROTOCOLS",
    "BufferedParser",
    "EncodeRead",
    "Event",
    "StreamParser",
    "WireProtocol",
]
