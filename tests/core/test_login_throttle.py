"""The suite server's failed log-ins per address (``app.server.throttle``): an attempt counts while it
is checked, so parallel ones cannot slip past the limit; a success stops counting; the failures age
out of the window; and the table of addresses stays bounded."""

from __future__ import annotations

from app.server.throttle import LoginThrottle


def test_an_address_that_failed_too_often_waits_until_its_oldest_failure_is_old_enough() -> None:
    now = [0.0]
    throttle = LoginThrottle(max_failures=3, window_s=60, clock=lambda: now[0])
    for t in (0.0, 10.0, 20.0):
        now[0] = t
        assert throttle.begin("10.0.0.1") is None  # three parallel attempts, none answered yet
    now[0] = 30.0
    assert throttle.begin("10.0.0.1") == 30.0  # the first failure ages out at 60
    assert throttle.begin("10.0.0.2") is None  # another address has its own allowance
    now[0] = 60.0
    assert throttle.begin("10.0.0.1") is None and throttle.failures("10.0.0.1") == 3
    assert throttle.begin("10.0.0.1") is not None  # refused attempts are not counted
    assert throttle.failures("10.0.0.1") == 3


def test_a_successful_log_in_does_not_count() -> None:
    throttle = LoginThrottle(max_failures=2, window_s=60, clock=lambda: 0.0)
    for _ in range(5):
        assert throttle.begin("10.0.0.1") is None
        throttle.succeeded("10.0.0.1")
    assert throttle.failures("10.0.0.1") == 0


def test_the_table_of_addresses_stays_bounded() -> None:
    now = [0.0]
    throttle = LoginThrottle(max_failures=2, window_s=60, max_addresses=100, clock=lambda: now[0])
    for n in range(1000):
        now[0] = n / 10
        throttle.begin(f"10.0.{n // 256}.{n % 256}")
    assert len(throttle._failures) <= 100
    assert throttle.failures("10.0.3.231") == 1  # the latest are kept
