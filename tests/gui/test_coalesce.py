"""The bridges' coalescing helper: producer threads post, the GUI thread gets few, rate-capped
flushes with nothing lost (batches) or the newest value per key (latest), and a stopped coalescer
leaves no timer running and delivers nothing more."""

from __future__ import annotations

import itertools
import threading
import time

import pytest

from widgets.bridges.coalesce import BatchCoalescer, LatestCoalescer

WAIT_MS = 5000


def in_thread(fn) -> threading.Thread:  # type: ignore[no-untyped-def]
    t = threading.Thread(target=fn)
    t.start()
    return t


def test_a_burst_from_another_thread_is_a_handful_of_flushes_with_nothing_lost(  # type: ignore[no-untyped-def]
    qtbot,
) -> None:
    got: list[list[int]] = []
    c: BatchCoalescer[int] = BatchCoalescer(got.append, max_rate_hz=10.0)
    took: list[float] = []

    def burst() -> None:
        start = time.monotonic()
        for i in range(100_000):
            c.post(i)
        took.append(time.monotonic() - start)

    t = in_thread(burst)  # the GUI thread keeps running (and flushing) meanwhile
    qtbot.waitUntil(lambda: sum(map(len, got)) == 100_000, timeout=WAIT_MS)
    t.join()
    qtbot.wait(250)  # nothing else arrives
    assert [i for batch in got for i in batch] == list(range(100_000))  # all of them, in order
    assert c.flushes == len(got) <= 2 + 10 * took[0]  # the rate cap, whatever the machine's pace
    assert len(got) <= 6, (len(got), took)  # a handful
    assert not c.active and c.dropped == 0  # idle: no timer runs between bursts
    c.stop()


def test_the_rate_cap_holds_under_a_steady_stream(qtbot) -> None:  # type: ignore[no-untyped-def]
    times: list[float] = []
    got: list[int] = []

    def deliver(batch: list[int]) -> None:
        times.append(time.monotonic())
        got.extend(batch)

    c: BatchCoalescer[int] = BatchCoalescer(deliver, max_rate_hz=20.0)
    done = threading.Event()

    def stream() -> None:
        i = 0
        end = time.monotonic() + 0.8
        while time.monotonic() < end:
            c.post(i)
            i += 1
            if i % 100 == 0:
                time.sleep(0.001)
        c.post(-1)
        done.set()

    t = in_thread(stream)
    qtbot.waitUntil(lambda: done.is_set() and got and got[-1] == -1, timeout=WAIT_MS)
    t.join()
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert len(times) >= 5  # a steady stream keeps flushing ...
    assert min(gaps) >= 0.05 - 0.002  # ... but never more often than 20 times a second
    assert len(times) <= 0.8 * 20 + 3
    assert got[:-1] == list(range(len(got) - 1))
    c.stop()


def test_the_first_flush_after_a_quiet_spell_is_immediate(qtbot) -> None:  # type: ignore[no-untyped-def]
    got: list[list[str]] = []
    c: BatchCoalescer[str] = BatchCoalescer(got.append, max_rate_hz=1.0)  # one flush a second
    in_thread(lambda: c.post("a")).join()
    qtbot.waitUntil(lambda: got == [["a"]], timeout=300)
    in_thread(lambda: c.post_many(["b", "c"])).join()
    qtbot.wait(300)
    assert got == [["a"]] and c.active  # the second one waits for the rate cap ...
    qtbot.waitUntil(lambda: got == [["a"], ["b", "c"]], timeout=1500)  # ... then comes
    c.stop()


def test_latest_keeps_the_newest_value_per_key(qtbot) -> None:  # type: ignore[no-untyped-def]
    got: list[dict[str, int]] = []
    c: LatestCoalescer[str, int] = LatestCoalescer(got.append, max_rate_hz=5.0)

    def produce(key: str) -> None:
        for i in range(20_000):
            c.post(key, i)

    for t in [in_thread(lambda k=k: produce(k)) for k in ("cam1", "cam2")]:  # type: ignore[misc]
        t.join()
    qtbot.waitUntil(lambda: bool(got) and got[-1] == {"cam1": 19_999, "cam2": 19_999}, timeout=WAIT_MS)
    assert len(got) <= 3
    assert c.replaced >= 2 * 20_000 - 2 * len(got)  # older values were replaced, not queued
    c.post("cam1", 7, replace=False)  # an initial snapshot does not overwrite a newer value ...
    c.post("cam1", 8)
    c.post("cam1", 9, replace=False)
    qtbot.waitUntil(lambda: got[-1] == {"cam1": 8}, timeout=WAIT_MS)
    c.stop()


def test_a_bounded_batch_drops_the_oldest_and_counts_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    got: list[list[int]] = []
    c: BatchCoalescer[int] = BatchCoalescer(got.append, maxlen=1000)

    def burst() -> None:
        for i in range(1500):
            c.post(i)
        c.post_many(range(1500, 2000))

    in_thread(burst).join()  # the GUI thread does not run meanwhile: nothing is flushed yet
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT_MS)
    assert got == [list(range(1000, 2000))] and c.dropped == 1000
    c.stop()


def test_stopping_leaves_no_timer_running_and_ignores_later_posts(  # type: ignore[no-untyped-def]
    qtbot,
) -> None:
    got: list[list[int]] = []
    c: BatchCoalescer[int] = BatchCoalescer(got.append, max_rate_hz=2.0)
    c.post(1)
    qtbot.waitUntil(lambda: got == [[1]], timeout=WAIT_MS)
    c.post(2)  # waits for the rate cap: the single-shot timer is running
    qtbot.waitUntil(lambda: c.active, timeout=WAIT_MS)
    c.stop()
    assert not c.active and c.closed
    in_thread(lambda: c.post(3)).join()
    qtbot.wait(700)
    assert got == [[1]] and not c.active  # neither the pending nor the later post was delivered
    assert not c.flush()


def test_hold_leaves_the_flushing_to_the_caller(qtbot) -> None:  # type: ignore[no-untyped-def]
    got: list[list[int]] = []
    c: BatchCoalescer[int] = BatchCoalescer(got.append)
    c.hold()
    in_thread(lambda: c.post_many(range(5))).join()
    qtbot.wait(200)
    assert got == [] and not c.active
    assert c.flush() and got == [[0, 1, 2, 3, 4]]
    assert not c.flush()  # nothing new
    c.stop()


def test_a_rate_must_be_positive(qapp) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        BatchCoalescer(print, max_rate_hz=0)
