"""Ingestion benchmark: parse + dedupe + zone presence + batched persistence.

1. Sustained throughput: binary frames for 2,000 tags moving between 40 zones are parsed by the
   real BinaryParser on a producer thread and submitted to the real IngestPipeline (its own thread,
   committing movements through the embedded sink, one ``TrackingService.ingest`` batch per flush)
   as fast as possible; the figure is reads per second until
   every read is processed and every movement committed.
2. Latency: the same at a paced 5,000 reads/s for 10 s; p50/p99 from frame arrival (parser) to the
   presence change committed.

    python bench/ingest.py [--db URL] [--reads 300000] [--seconds 10]

Prints ``figure: value unit`` lines.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.db.bootstrap import open_database
from app.services.tracking import TrackingService, station_principal
from app.tracking.events import EventBus
from app.tracking.pipeline import IngestPipeline
from app.tracking.presence import PresenceConfig
from app.tracking.reads import TagRead
from app.tracking.sinks import ServiceSink
from hardware.protocols import PROTOCOLS

TAGS = 2000
ZONES = 40
CHANGE_EVERY = 20  # on average a tag changes zone once per 20 of its reads
STATION = "BENCH"


def make_stream(n: int, seed: int = 1) -> tuple[list[tuple[str, bytes]], dict[tuple[str, int], str]]:
    """(reader, frame bytes) in time order, and the reader -> zone map."""
    rng = random.Random(seed)
    zone_of = {(f"R{z:02d}", 0): f"Z{z:02d}" for z in range(ZONES)}
    where = [rng.randrange(ZONES) for _ in range(TAGS)]
    tags = [f"{0xA0000000 + i:08X}" for i in range(TAGS)]
    encode = PROTOCOLS["binary"].encode_read
    frames = []
    for _ in range(n):
        t = rng.randrange(TAGS)
        if rng.randrange(CHANGE_EVERY) == 0:
            where[t] = rng.randrange(ZONES)
        reader = f"R{where[t]:02d}"
        frames.append((reader, encode(reader, 1, tags[t], -rng.randint(40, 70))))
    return frames, zone_of


def pipeline_for(
    db_url: str, zone_of: dict[tuple[str, int], str], queue_size: int = 100_000
) -> IngestPipeline:
    db = open_database(db_url)
    known = {f"{0xA0000000 + i:08X}": "person" for i in range(TAGS)}
    # embedded mode: every flush is one TrackingService.ingest call (its batch key, its movements)
    tracking, actor = TrackingService(db), station_principal(STATION)
    sink = ServiceSink(lambda key, moves: tracking.ingest(actor, STATION, key, moves), STATION)
    # dedupe window 0: every read is processed by the zone logic (the harder case)
    return IngestPipeline(
        sink,
        zone_of,
        known,
        EventBus(),
        config=PresenceConfig(dedupe_window=0.0, leave_after=1e9),
        queue_size=queue_size,
    )


def produce(pipeline: IngestPipeline, frames: list[tuple[str, bytes]], rate: float | None) -> None:
    parsers = {reader: PROTOCOLS["binary"].parser(reader) for reader, _ in frames[:10_000]}
    start = time.monotonic()
    for i, (reader, data) in enumerate(frames):
        parser = parsers.get(reader) or parsers.setdefault(reader, PROTOCOLS["binary"].parser(reader))
        for event in parser.feed(data, time.time(), time.monotonic()):
            if isinstance(event, TagRead):
                pipeline.submit(event)
        if rate is not None and i % 50 == 0:
            ahead = start + i / rate - time.monotonic()
            if ahead > 0:
                time.sleep(ahead)


def wait_done(pipeline: IngestPipeline, total: int, timeout: float = 300.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        s = pipeline.stats()
        if s.reads + s.coalesced >= total and s.pending == 0 and s.queued == 0:
            return
        time.sleep(0.005)
    raise SystemExit("pipeline did not finish in time")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", help="database URL (default: a fresh SQLite file)")
    ap.add_argument("--reads", type=int, default=300_000)
    ap.add_argument("--seconds", type=float, default=10.0)
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    url = args.db or f"sqlite:///{tmp.name}/bench.db"

    # 1. As fast as it goes, with a queue large enough that nothing is coalesced: every read is
    #    parsed, run through the presence engine, and every change committed.
    frames, zone_of = make_stream(args.reads)
    p = pipeline_for(url, zone_of, queue_size=args.reads + 1)
    p.start()
    start = time.monotonic()
    producer = threading.Thread(target=produce, args=(p, frames, None))
    producer.start()
    producer.join()
    wait_done(p, args.reads)
    elapsed = time.monotonic() - start
    stats = p.stats()
    p.stop()
    assert stats.coalesced == 0 and stats.reads == args.reads
    print(f"ingest: {args.reads / elapsed:.0f} reads/s")
    print(f"ingest_movements_committed: {stats.persisted} movements")

    # 2. Paced runs: the pipeline must keep up (nothing coalesced) and commit changes promptly.
    for n_run, rate in enumerate((20_000.0, 5_000.0)):
        n = int(rate * args.seconds)
        frames, zone_of = make_stream(n, seed=2 + n_run)
        p = pipeline_for(args.db or f"sqlite:///{tmp.name}/paced{n_run}.db", zone_of)
        p.start()
        producer = threading.Thread(target=produce, args=(p, frames, rate))
        producer.start()
        producer.join()
        wait_done(p, n)
        stats = p.stats()
        p.stop()
        label = f"at_{int(rate)}_reads_s"
        print(f"coalesced_{label}: {stats.coalesced} reads")
        print(f"queue_high_water_{label}: {stats.queue_high_water} reads")
        print(f"latency_p50_{label}: {stats.latency_p50_ms:.1f} ms")
        print(f"latency_p99_{label}: {stats.latency_p99_ms:.1f} ms")
    tmp.cleanup()


if __name__ == "__main__":
    main()
