"""The ASCII line protocol (NMEA-like): encoder and incremental parser.

Runs on the reader driver's thread (one parser per driver, not thread-safe); encoders on any thread.

Frames, one per line::

    $RD,<reader>,<antenna>,<tag hex>,<rssi>,<flags>*<CS>\\r\\n    tag read; flags hex, bit0 = tamper
    $HB,<reader>,<uptime s>*<CS>\\r\\n                               heartbeat

``CS`` is the XOR of the bytes between ``$`` and ``*`` as two hex digits (the encoder writes upper
case; the parser accepts either). The parser also accepts a bare ``\\n`` terminator. The
``<reader>`` field is the device's own name (1..32 of ``A-Z a-z 0-9 _ . -``); it is checked but
events carry the reader code the parser was created with, as in the binary protocol, which has no
such field.

Resynchronization: no field can hold ``$`` or ``\\n``, so the only candidate that can be good in a
stretch of bytes ending at ``\\n`` starts at the last ``$`` of that stretch; every earlier ``$`` is
a bad frame (typically one whose terminator was lost). An unterminated line longer than
``MAX_LINE`` bytes is dropped, which bounds the buffer.
"""

from __future__ import annotations

import re

from app.tracking.reads import Heartbeat, TagRead
from hardware.protocols import (
    ANTENNA_MAX,
    ANTENNA_MIN,
    RSSI_MAX,
    RSSI_MIN,
    UPTIME_MAX,
    BufferedParser,
    Event,
    check_read_fields,
    check_uptime,
)

MAX_LINE = 256  # bytes from "$" up to (not including) "\n"; good lines are at most ~120

_FRAME = re.compile(
    rb"\$(?:RD,[0-9A-Za-z_.\-]{1,32},([0-9]{1,3}),((?:[0-9A-Fa-f]{2}){4,32}),(-?[0-9]{1,3}),([0-9A-Fa-f]{1,2})"
    rb"|HB,[0-9A-Za-z_.\-]{1,32},([0-9]{1,10}))"
    rb"\*([0-9A-Fa-f]{2})\r?"
)
_READER = re.compile(r"[0-9A-Za-z_.\-]{1,32}")


def xor_checksum(data: bytes) -> int:
    """XOR of all bytes, folded in halves on one big integer (no per-byte Python loop)."""
    n = len(data)
    x = int.from_bytes(data, "little")
    while n > 1:
        half = (n + 1) >> 1
        bits = half << 3
        x = (x >> bits) ^ (x & ((1 << bits) - 1))
        n = half
    return x


def _frame(body: str) -> bytes:
    raw = body.encode("ascii")
    return b"$%s*%02X\r\n" % (raw, xor_checksum(raw))


def _check_reader(reader: str) -> None:
    if not _READER.fullmatch(reader):
        raise ValueError(f"reader {reader!r} must be 1..32 of A-Z a-z 0-9 _ . -")


def encode_read(reader: str, antenna: int, tag_id: str, rssi: int, tamper: bool = False) -> bytes:
    _check_reader(reader)
    check_read_fields(reader, antenna, tag_id, rssi)
    return _frame(f"RD,{reader},{antenna},{tag_id.upper()},{rssi},{int(tamper):02X}")


def encode_heartbeat(reader: str, uptime: int) -> bytes:
    _check_reader(reader)
    check_uptime(uptime)
    return _frame(f"HB,{reader},{uptime}")


class AsciiParser(BufferedParser):
    """Incremental parser; ``feed()`` returns the events completed by the new bytes."""

    __slots__ = ()
    # _buf: empty, or an unterminated line: "$" and at most MAX_LINE - 1 more bytes

    def feed(self, data: bytes, now_wall: float, now_mono: float) -> list[Event]:
        buf = self._buf + data if self._buf else bytes(data)
        events: list[Event] = []
        end = buf.rfind(b"\n")
        if end >= 0:
            for line in buf[:end].split(b"\n"):
                event = self._line(line, now_wall, now_mono)
                if event is not None:
                    events.append(event)
            buf = buf[end + 1 :]
        start = buf.rfind(b"$")
        if start < 0:
            self.bytes_dropped += len(buf)
            buf = b""
        elif start > 0:
            self.frames_bad += buf.count(b"$", 0, start)
            self.bytes_dropped += start
            buf = buf[start:]
        if len(buf) > MAX_LINE:
            self.frames_bad += 1
            self.bytes_dropped += len(buf)
            buf = b""
        self._buf = buf
        return events

    def _line(self, line: bytes, now_wall: float, now_mono: float) -> Event | None:
        """One line without its "\\n"; the "\\n" is counted with the line."""
        start = line.rfind(b"$")
        if start < 0:
            self.bytes_dropped += len(line) + 1
            return None
        if start > 0:
            self.frames_bad += line.count(b"$", 0, start)
            self.bytes_dropped += start
            line = line[start:]
        m = _FRAME.fullmatch(line)
        if m is not None and int(m[6], 16) == xor_checksum(line[1 : m.start(6) - 1]):
            event: Event | None = None
            if m[1] is not None:
                antenna, rssi = int(m[1]), int(m[3])
                if ANTENNA_MIN <= antenna <= ANTENNA_MAX and RSSI_MIN <= rssi <= RSSI_MAX:
                    tamper = bool(int(m[4], 16) & 1)
                    tag = m[2].decode().upper()
                    event = TagRead(self.reader, antenna, tag, rssi, now_wall, now_mono, tamper)
            else:
                uptime = int(m[5])
                if uptime <= UPTIME_MAX:
                    event = Heartbeat(self.reader, uptime, now_wall, now_mono)
            if event is not None:
                self.frames_ok += 1
                return event
        self.frames_bad += 1
        self.bytes_dropped += len(line) + 1
        return None


Parser = AsciiParser
