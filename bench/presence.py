"""Presence benchmark: "who is where now" and "who was where at a playback's start" over a long
history.

Fills N movements (default 1,000,000) of T tags (default 5,000) through ``store.insert_movements``
(the path every ingest takes, ``tag_presence`` kept with it), 20 movements a second of history (a
day's worth at the default N; a tag moving is a LEAVE and an ENTER at one time, one in ten moves
leaves the building), then times ``store.presence_at(db, None)`` (every station's and
workstation's start) and ``store.presence_at(db, newest - 1 h)`` (a playback's start), the median
of 5 calls each. ``--baseline``: the same with the ranking of every movement the suite used before
``tag_presence``, and checks both give the same answer.

    python bench/presence.py [--db URL] [--movements 1000000] [--tags 5000] [--baseline]

``--db`` a PostgreSQL URL: the benchmark works in a schema of its own there, dropped afterwards.
Prints ``figure: value unit`` lines.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.db.bootstrap import open_database
from app.tracking import store
from app.tracking.events import EventKind
from app.tracking.presence import PresenceChange

ZONES = 40
PER_SECOND = 20.0
BATCH = 5_000
Presence = dict[str, tuple[str, float]]


def history(n: int, tags: int, start: float, seed: int = 1) -> list[PresenceChange]:
    """``n`` movements in time order: each tag enters a zone, then moves (LEAVE and ENTER at one
    time) or leaves."""
    rng = random.Random(seed)
    where: dict[int, int | None] = {}
    out: list[PresenceChange] = []
    ts = start
    while len(out) < n:
        ts += 1 / PER_SECOND
        t = rng.randrange(tags)
        tag = f"{0xA0000000 + t:08X}"
        old = where.get(t)
        if old is not None:
            out.append(PresenceChange(tag, EventKind.LEAVE, f"Z{old:02d}", f"R{old:02d}", -60, ts, 0.0))
        if old is None or rng.randrange(10):
            new = rng.randrange(ZONES)
            out.append(PresenceChange(tag, EventKind.ENTER, f"Z{new:02d}", f"R{new:02d}", -60, ts, 0.0))
            where[t] = new
        else:
            where[t] = None
    return out[:n]


def median_ms(read: Callable[[], Presence], runs: int = 5) -> tuple[float, Presence]:
    times, result = [], {}
    for _ in range(runs):
        t0 = time.perf_counter()
        result = read()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def run(url: str, n: int, tags: int, baseline: bool) -> None:
    db = open_database(url)
    try:
        start = time.time() - n / PER_SECOND - 60
        moves = history(n, tags, start)
        t0 = time.perf_counter()
        for i in range(0, n, BATCH):
            with db.write() as s:
                store.insert_movements(s, store.movement_rows(moves[i : i + BATCH]))
        fill = time.perf_counter() - t0
        print(f"fill_through_insert_movements: {n / fill:.0f} movements/s")
        if db.engine.dialect.name == "postgresql":
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("ANALYZE"))
        playback = moves[-1].ts - 3600
        now_ms, now = median_ms(lambda: store.presence_at(db, None))
        then_ms, then = median_ms(lambda: store.presence_at(db, playback))
        print(f"movements: {n} movements")
        print(f"tags: {tags} tags")
        print(f"present_now: {len(now)} tags")
        print(f"presence_now: {now_ms:.1f} ms")
        print(f"presence_at_start_of_playback: {then_ms:.1f} ms")
        if baseline:
            old_now_ms, old_now = median_ms(lambda: store.ranked_presence(db, None), runs=3)
            old_then_ms, old_then = median_ms(lambda: store.ranked_presence(db, playback), runs=3)
            print(f"baseline_presence_now: {old_now_ms:.1f} ms")
            print(f"baseline_presence_at_start_of_playback: {old_then_ms:.1f} ms")
            same = old_now == now and old_then == then
            print(f"same_answer_as_baseline: {'yes' if same else 'NO'}")
            if not same:
                raise SystemExit("presence differs from the ranking of every movement")
    finally:
        db.dispose()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", help="database URL (default: a fresh SQLite file)")
    ap.add_argument("--movements", type=int, default=1_000_000)
    ap.add_argument("--tags", type=int, default=5_000)
    ap.add_argument("--baseline", action="store_true", help="also time the ranking of every movement")
    args = ap.parse_args()
    if not args.db or not args.db.startswith("postgresql"):
        with tempfile.TemporaryDirectory() as tmp:
            run(args.db or f"sqlite:///{tmp}/bench.db", args.movements, args.tags, args.baseline)
        return
    schema = f"bench_presence_{uuid.uuid4().hex[:8]}"
    admin = create_engine(args.db, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = make_url(args.db).update_query_dict({"options": f"-csearch_path={schema}"})
        run(url.render_as_string(hide_password=False), args.movements, args.tags, args.baseline)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


if __name__ == "__main__":
    main()
