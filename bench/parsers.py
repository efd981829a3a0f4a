"""Wire-protocol parser throughput: 100,000 mixed reads and heartbeats per protocol, fed in 4 KiB
chunks (as a driver reads them) to the real parser on one core. Prints ``figure: value unit``."""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

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


def main() -> None:
    for name in ("binary", "ascii"):
        data = stream(name)
        parser = PROTOCOLS[name].parser("R01")
        start = time.perf_counter()
        events = 0
        for i in range(0, len(data), 4096):
            events += len(parser.feed(data[i : i + 4096], 0.0, 0.0))
        elapsed = time.perf_counter() - start
        assert events == FRAMES and parser.frames_bad == 0
        print(f"parse_{name}: {FRAMES / elapsed:.0f} frames/s")


if __name__ == "__main__":
    main()
