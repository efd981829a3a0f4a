"""Failed log-ins per client address, in memory. The server's event loop only (no lock needed).

Three wrong passwords lock a user (the domain's rule, kept); the lock is also a way to lock people
out on purpose, by trying their names. So the server also refuses log-ins from an address that has
failed ``max_failures`` times within ``window_s`` seconds, until the oldest of those failures is
that old, before any KDF, database read or audit entry. An attempt counts as a failure while it is
being checked (so parallel attempts cannot slip past the limit) and stops counting if it succeeds.

Each server process counts its own (the limit is per process: with several processes behind one
address, an address gets at most that many failures from each); the counts are lost on restart.
Behind a reverse proxy the address is the one uvicorn reports (``X-Forwarded-For`` from trusted
proxies). A whole branch behind one NAT address shares one allowance: the default, 20 failures in
5 minutes, is well above what a morning of typing mistakes makes there and far below what trying
user names takes (an address can lock at most about 80 accounts an hour instead of thousands a
second). Every failure and every lock is audited, and only an administrator unlocks.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

MAX_FAILURES = 20
WINDOW_S = 300.0
MAX_ADDRESSES = 10_000  # memory bound: past it, the quietest addresses are forgotten first


class LoginThrottle:
    def __init__(
        self,
        *,
        max_failures: int = MAX_FAILURES,
        window_s: float = WINDOW_S,
        max_addresses: int = MAX_ADDRESSES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_failures = max_failures
        self.window_s = window_s
        self.max_addresses = max_addresses
        self.clock = clock
        self._failures: dict[str, deque[float]] = {}

    def begin(self, address: str) -> float | None:
        """Count an attempt from ``address`` as a failure until ``succeeded``; or, if the address has
        failed too often lately, count nothing and return the seconds until it may try again."""
        now = self.clock()
        stamps = self._failures.pop(address, None) or deque()
        while stamps and stamps[0] <= now - self.window_s:
            stamps.popleft()
        self._failures[address] = stamps  # now the most recently seen (forgotten last)
        if len(stamps) >= self.max_failures:
            return max(0.0, stamps[0] + self.window_s - now)
        stamps.append(now)
        if len(self._failures) > self.max_addresses:
            self._forget(now)
        return None

    def succeeded(self, address: str) -> None:
        stamps = self._failures.get(address)
        if stamps:
            stamps.pop()

    def failures(self, address: str) -> int:
        now = self.clock()
        return sum(1 for t in self._failures.get(address, ()) if t > now - self.window_s)

    def _forget(self, now: float) -> None:
        for address in [a for a, s in self._failures.items() if not s or s[-1] <= now - self.window_s]:
            del self._failures[address]
        while len(self._failures) > self.max_addresses:
            del self._failures[next(iter(self._failures))]
