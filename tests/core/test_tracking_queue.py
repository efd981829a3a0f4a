"""The reader->ingest queue never blocks and, when full, coalesces without losing a zone visit."""

from __future__ import annotations

import threading
import time

from app.tracking.queue import CoalescingQueue
from app.tracking.reads import TagRead


def r(tag: str, reader: str, t: float) -> TagRead:
    return TagRead(reader, 1, tag, -60, t, t)


def test_fifo_when_not_full() -> None:
    q = CoalescingQueue(10)
    for i in range(5):
        q.put(r("T1", f"R{i}", i))
    assert [x.reader for x in q.get_batch(100, 0)] == ["R0", "R1", "R2", "R3", "R4"]


def test_full_queue_keeps_latest_read_per_tag_and_reader_in_order() -> None:
    q = CoalescingQueue(2)
    q.put(r("T1", "GATE", 0))
    q.put(r("T1", "GATE", 1))
    # Full from here on: T1 passes through HALL and VAULT, repeated reads get coalesced.
    for t in range(2, 6):
        q.put(r("T1", "HALL", t))
    q.put(r("T1", "VAULT", 6))
    q.put(r("T1", "VAULT", 7))
    got = q.get_batch(100, 0)
    assert [(x.reader, x.ts) for x in got] == [("GATE", 0), ("GATE", 1), ("HALL", 5), ("VAULT", 7)]
    assert q.coalesced == 4 and q.accepted == 8 and len(q) == 0


def test_put_never_blocks_under_a_flood() -> None:
    q = CoalescingQueue(100)
    start = time.monotonic()
    for i in range(50_000):
        q.put(r(f"T{i % 500}", "R1", i))
    assert time.monotonic() - start < 2.0
    assert len(q) <= 100 + 500


def test_waiting_consumer_wakes_on_put() -> None:
    q = CoalescingQueue(10)
    got: list[TagRead] = []
    t = threading.Thread(target=lambda: got.extend(q.get_batch(10, 5.0)))
    t.start()
    time.sleep(0.05)
    q.put(r("T", "R", 0))
    t.join(2)
    assert not t.is_alive() and len(got) == 1
