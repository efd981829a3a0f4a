"""The binary framed protocol (like common UHF desktop readers): encoder and incremental parser.

Runs on the reader driver's thread (one parser per driver, not thread-safe); encoders on any thread.

Frame::

    0xA5 | LEN | CMD | payload | CRC hi | CRC lo

``LEN`` counts CMD and payload. The CRC is CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no
reflection, no final XOR) over LEN..payload, big-endian. Commands:

- ``0x22`` tag report: antenna (u8), RSSI (i8, dBm), flags (u8, bit0 = tamper), EPC length (u8,
  4..32), EPC bytes; so LEN is 9..37.
- ``0x10`` heartbeat: uptime seconds (u32 big-endian); LEN is 5.

Any other command is a bad frame. The header (SOF, LEN, CMD) is checked before waiting for the rest
of a frame, so the parser never waits for more than ``MAX_FRAME`` bytes; after any bad frame it
resumes at the byte after that frame's SOF, so a good frame hidden inside a bad frame's claimed
length is still found. A frame whose header is plausible but whose bytes have not all arrived is
kept until they do: a corrupt header can delay (never lose) the frames right after it by up to
``MAX_FRAME`` bytes.
"""

from __future__ import annotations

from binascii import crc_hqx

from app.tracking.reads import Heartbeat, TagRead
from hardware.protocols import BufferedParser, Event, check_read_fields, check_uptime

SOF = 0xA5
CMD_TAG = 0x22
CMD_HEARTBEAT = 0x10
TAG_LEN_MIN, TAG_LEN_MAX = 1 + 4 + 4, 1 + 4 + 32
HEARTBEAT_LEN = 1 + 4
MAX_FRAME = 2 + TAG_LEN_MAX + 2


def crc16(data: bytes) -> int:
    """CRC-16/CCITT-FALSE of ``data`` (check value: crc16(b"123456789") == 0x29B1): the C
    implementation (``binascii.crc_hqx`` is this CRC with the initial value given)."""
    return crc_hqx(data, 0xFFFF)


def _frame(cmd: int, payload: bytes) -> bytes:
    body = bytes((1 + len(payload), cmd)) + payload
    return b"\xa5" + body + crc16(body).to_bytes(2, "big")


def encode_read(reader: str, antenna: int, tag_id: str, rssi: int, tamper: bool = False) -> bytes:
    """``reader`` is checked but not sent: the binary protocol has no reader field."""
    epc = check_read_fields(reader, antenna, tag_id, rssi)
    return _frame(CMD_TAG, bytes((antenna, rssi & 0xFF, int(tamper), len(epc))) + epc)


def encode_heartbeat(reader: str, uptime: int) -> bytes:
    if not reader:
        raise ValueError("reader code is empty")
    check_uptime(uptime)
    return _frame(CMD_HEARTBEAT, uptime.to_bytes(4, "big"))


class BinaryParser(BufferedParser):
    """Incremental parser; ``feed()`` returns the events completed by the new bytes."""

    __slots__ = ()
    # _buf: empty, or the start of a frame with a plausible header (< MAX_FRAME bytes)

    def feed(self, data: bytes, now_wall: float, now_mono: float) -> list[Event]:
        buf = self._buf + data if self._buf else bytes(data)
        events: list[Event] = []
        n = len(buf)
        pos = 0
        ok = bad = dropped = 0
        find = buf.find
        reader = self.reader
        while True:
            i = find(SOF, pos)
            if i < 0:
                dropped += n - pos
                pos = n
                break
            dropped += i - pos
            pos = i
            if n - i < 3:
                break  # wait for the header
            length = buf[i + 1]
            cmd = buf[i + 2]
            if cmd == CMD_TAG:
                plausible = TAG_LEN_MIN <= length <= TAG_LEN_MAX
            else:
                plausible = cmd == CMD_HEARTBEAT and length == HEARTBEAT_LEN
            if not plausible:
                bad += 1
                dropped += 1
                pos = i + 1
                continue
            end = i + length + 4
            if end > n:
                break  # wait for the rest of the frame
            if crc_hqx(buf[i + 1 : end - 2], 0xFFFF) != (buf[end - 2] << 8 | buf[end - 1]):
                bad += 1
                dropped += 1
                pos = i + 1
                continue
            if cmd == CMD_TAG:
                antenna = buf[i + 3]
                rssi = buf[i + 4]
                # antenna is 1-based; RSSI must be <= 0 dBm (0 or a negative i8); EPC length must fit LEN
                if antenna == 0 or 0 < rssi < 0x80 or buf[i + 6] != length - 5:
                    bad += 1
                    dropped += 1
                    pos = i + 1
                    continue
                events.append(
                    TagRead(
                        reader,
                        antenna,
                        buf[i + 7 : end - 2].hex().upper(),
                        rssi - 256 if rssi else 0,
                        now_wall,
                        now_mono,
                        bool(buf[i + 5] & 1),
                    )
                )
            else:
                events.append(
                    Heartbeat(reader, int.from_bytes(buf[i + 3 : i + 7], "big"), now_wall, now_mono)
                )
            ok += 1
            pos = end
        self._buf = buf[pos:]
        self.frames_ok += ok
        self.frames_bad += bad
        self.bytes_dropped += dropped
        return events


Parser = BinaryParser
