"""The listener thread behind the push fan-out and the change publisher: a failing piece of work is
retried with a growing wait, and the wait starts short again once the work has succeeded (a second
database restart is followed as quickly as the first)."""

from __future__ import annotations

import threading
import time
from itertools import pairwise

from app.db.engine import Database
from app.db.listen import BACKOFF_FIRST, Listener


def test_the_retry_wait_grows_while_failing_and_starts_short_after_a_recovery(db: Database) -> None:
    failing = {0, 1, 2, 5}  # three failures in a row, two good runs, then one more failure
    at: list[float] = []
    done = threading.Event()

    def work() -> None:
        n = len(at)
        at.append(time.monotonic())
        if n >= 6:
            done.set()
        if n in failing:
            raise RuntimeError(f"work {n} fails")

    listener = Listener(db, "bench_test_channel", work, poll_s=0.05, name="test-listener")
    listener.start()
    try:
        assert done.wait(10), f"the work ran {len(at)} times"
    finally:
        assert listener.stop(3.0)
    gaps = [b - a for a, b in pairwise(at)]
    assert gaps[0] >= 0.8 * BACKOFF_FIRST and gaps[1] >= 1.6 * BACKOFF_FIRST  # growing while it fails
    assert gaps[2] >= 3.2 * BACKOFF_FIRST
    assert gaps[5] < 2 * BACKOFF_FIRST  # after the recovery: a short wait again, not 8 x BACKOFF_FIRST
    assert listener.errors == 4
