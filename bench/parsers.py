"""Wire-protocol parser throughput: 100,000 mixed reads and heartbeats per protocol, fed in 4 KiB
chunks (as a driver reads them) to the real parser, and for the binary protocol the same stream
through a minimal reference parser (finds frames, checks CRCs in C, makes events; no field checks,
no resynchronisation) with the real parser's speed as a share of it. Times are this process's CPU
seconds, best of 3 (the machine is shared: wall time swung 2x between runs). Prints
``figure: value unit``."""

from __future__ import annotations

import random
import sys
import time
from binascii import crc_hqx
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.tracking.reads import Heartbeat, TagRead
from hardware.protocols import PROTOCOLS

FRAMES = 100_000


def stream(name: str) -> bytes:
    rng = random.Random(5)
    proto = PROTOCOLS[name]
    parts = []
    for i in range(FRAMES):
        if i % 50 == 0:
            parts.append(proto.encode_heartbeat("R01", i))
        else:
            width = 4 if rng.random() < 0.7 else 12  # active tags and UHF EPCs
            tag = "".join(rng.choice("0123456789ABCDEF") for _ in range(2 * width))
            parts.append(
                proto.encode_read("R01", rng.randint(1, 4), tag, -rng.randint(30, 90), rng.random() < 0.01)
            )
    return b"".join(parts)


def reference_binary(data: bytes) -> int:
    """The least a binary parser does: find each frame, check its CRC (C), and make its event
    (no checks of the fields, no resynchronisation, no buffering across chunks)."""
    frames, pos, n = 0, 0, len(data)
    events: list[object] = []
    while pos < n:
        i = data.find(0xA5, pos)
        if i < 0 or i + 3 > n:
            break
        end = i + data[i + 1] + 4
        if crc_hqx(data[i + 1 : end - 2], 0xFFFF) == (data[end - 2] << 8 | data[end - 1]):
            frames += 1
            if data[i + 2] == 0x22:
                rssi = data[i + 4]
                tag = data[i + 7 : end - 2].hex().upper()
                events.append(TagRead("R01", data[i + 3], tag, rssi - 256, 0.0, 0.0, bool(data[i + 5] & 1)))
            else:
                events.append(Heartbeat("R01", int.from_bytes(data[i + 3 : i + 7], "big"), 0.0, 0.0))
        pos = end
    return frames


def parse(name: str, data: bytes) -> float:
    """Seconds the real parser takes for the stream, fed in 4 KiB chunks."""
    parser = PROTOCOLS[name].parser("R01")
    start = time.process_time()
    events = 0
    for i in range(0, len(data), 4096):
        events += len(parser.feed(data[i : i + 4096], 0.0, 0.0))
    elapsed = time.process_time() - start
    assert events == FRAMES and parser.frames_bad == 0
    return elapsed


def reference_s(data: bytes) -> float:
    """Seconds the reference parser takes (best of 3)."""
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        assert reference_binary(data) == FRAMES
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    reference = FRAMES / reference_s(stream("binary"))
    print(f"parse_binary_reference: {reference:.0f} frames/s")
    for name in ("binary", "ascii"):
        data = stream(name)
        elapsed = min(parse(name, data) for _ in range(3))
        print(f"parse_{name}: {FRAMES / elapsed:.0f} frames/s")
        if name == "binary":
            print(f"parse_binary_vs_reference: {FRAMES / elapsed / reference:.2f} x")


if __name__ == "__main__":
    main()
