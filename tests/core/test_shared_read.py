"""Concurrent identical reads share one read, and no caller gets an answer older than its own read
would have been (app.shared_read)."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from app.shared_read import SharedRead


def test_callers_arriving_together_share_one_read() -> None:
    shared: SharedRead[int] = SharedRead()
    gate = threading.Event()
    reads: list[int] = []

    def read() -> int:
        gate.wait(5)
        reads.append(1)
        return len(reads)

    with ThreadPoolExecutor(20) as pool:
        first = pool.submit(shared, "q", read)  # reads, blocked on the gate
        time.sleep(0.05)
        rest = [pool.submit(shared, "q", read) for _ in range(19)]  # asked during the first read
        time.sleep(0.05)
        gate.set()
        answers = [first.result(5), *(f.result(5) for f in rest)]
    assert answers[0] == 1
    assert set(answers[1:]) == {2}  # one second read for all 19: it began after they asked
    assert shared.reads == 2 and shared.answers == 20


def test_no_caller_gets_a_read_that_began_before_it_asked() -> None:
    """Each caller notes the value it wrote before asking; its answer must show that write."""
    shared: SharedRead[int] = SharedRead()
    counter = [0]
    lock = threading.Lock()

    def read() -> int:
        with lock:
            seen = counter[0]
        time.sleep(0.002)  # a read takes a while: writes land meanwhile
        return seen

    def caller(_i: int) -> tuple[int, int]:
        with lock:
            counter[0] += 1
            wrote = counter[0]
        return wrote, shared("q", read)

    with ThreadPoolExecutor(16) as pool:
        results = list(pool.map(caller, range(400)))
    assert all(answer >= wrote for wrote, answer in results)
    assert shared.reads < 400  # and they did share


def test_a_failed_read_fails_its_round_and_the_next_round_reads_again() -> None:
    shared: SharedRead[str] = SharedRead()
    calls = [0]

    def read() -> str:
        calls[0] += 1
        if calls[0] == 1:
            raise RuntimeError("database went away")
        return "fine"

    with pytest.raises(RuntimeError):
        shared("q", read)
    assert shared("q", read) == "fine"


def test_different_keys_do_not_share() -> None:
    shared: SharedRead[str] = SharedRead()
    assert shared("a", lambda: "A") == "A"
    assert shared("b", lambda: "B") == "B"
    assert shared.reads == 2
