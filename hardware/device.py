"""What every device thread shares (RFID readers, hot folders, cameras, and the card readers, e-lock
readers and handheld terminals to come): the link state, the status snapshot, the reconnection
backoff with jitter, and a bounded ``stop()``.

Threads: ``run`` and everything it calls, including the ``on_status`` callback, run on the device's
own non-daemon thread; ``start()``, ``stop()`` and ``status()`` may be called from any thread.

A subclass implements ``_loop()`` (open the device, pump it, close it, back off and retry until
``_stopping`` is set) and ``_snapshot()`` (its immutable status value, built from ``_link``,
``_detail``, ``_reconnects`` and its own counters). It calls ``_set_link`` on every change of state,
``_publish`` when a counter changed, and ``_sleep`` to wait: the periodic status keeps flowing while
it waits, and a stop ends the wait at once.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

from app.threads import stop_thread
from app.tracking.reads import LinkState

log = logging.getLogger(__name__)

S = TypeVar("S")
JITTER = (
    0.8,
    1.0,
)  # a delay is drawn from this fraction of the backoff, so many devices do not retry in step


class Backoff:
    """Exponential reconnection backoff with jitter: ``initial``, doubling up to ``maximum``."""

    def __init__(self, initial: float, maximum: float) -> None:
        if not 0 < initial <= maximum:
            raise ValueError("need 0 < backoff_initial <= backoff_max")
        self.initial = initial
        self.maximum = maximum
        self.current = initial

    @staticmethod
    def jitter(delay: float) -> float:
        return delay * random.uniform(*JITTER)

    def next(self) -> float:
        """The delay before the next attempt (jittered); the one after it doubles."""
        delay = self.jitter(self.current)
        self.current = min(self.current * 2, self.maximum)
        return delay

    def reset(self) -> None:
        """The link worked: the next outage starts with the initial delay again."""
        self.current = self.initial


class DeviceThread(threading.Thread, Generic[S]):
    """A device's own non-daemon thread: link state, status snapshots, backoff, bounded stop."""

    def __init__(
        self,
        thread_name: str,
        label: str,
        *,
        on_status: Callable[[S], None] | None,
        backoff_initial: float,
        backoff_max: float,
        status_interval: float,
    ) -> None:
        super().__init__(name=thread_name, daemon=False)
        self.backoff = Backoff(backoff_initial, backoff_max)
        if status_interval <= 0:
            raise ValueError("status_interval must be positive")
        self.label = label  # names the device in logs ("reader BR01-R01", "folder:///srv/scans")
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        self.status_interval = status_interval
        self._on_status = on_status
        self._stopping = threading.Event()
        self._link = LinkState.CONNECTING
        self._detail = ""
        self._reconnects = 0

    def _start_status(self) -> None:
        """Subclasses call this at the end of ``__init__``, once their counters exist."""
        self._latest: S = self._snapshot()

    # -- any thread -----------------------------------------------------------------------------------------

    def status(self) -> S:
        """The last published status."""
        return self._latest

    def stop(self, timeout: float = 2.0) -> bool:
        """Ask the thread to end and wait up to ``timeout`` seconds; True if it has ended (or never
        started). A callback that is still working delays the end until it returns, and so does a
        driver blocked in an open or a read (until that call's own timeout). A thread that never
        started reads as stopped (``status()``); ``on_status`` is not called: it only ever runs
        on the device's own thread."""
        if self.ident is None and self._link not in (LinkState.FINISHED, LinkState.STOPPED):
            self._link, self._detail = LinkState.STOPPED, "never started"
            self._latest = self._snapshot()
        return stop_thread(self, self._stopping, timeout, self.label)

    # -- the device's thread --------------------------------------------------------------------------------

    def run(self) -> None:
        detail = ""
        try:
            self._publish()
            self._loop()
        except Exception as exc:  # a bug in this driver: make it visible, then end
            log.exception("%s: driver failed", self.label)
            detail = f"driver failed: {exc!r}"
        finally:
            if self._link is not LinkState.FINISHED or detail:
                self._set_link(LinkState.STOPPED, detail)

    def _loop(self) -> None:
        raise NotImplementedError

    def _snapshot(self) -> S:
        raise NotImplementedError

    def _sleep(self, delay: float) -> bool:
        """Wait ``delay`` seconds, publishing the periodic status; True if stopped meanwhile."""
        deadline = time.monotonic() + delay
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return self._stopping.is_set()
            if self._stopping.wait(min(left, self.status_interval)):
                return True
            if deadline - time.monotonic() > 0:
                self._publish()

    def _set_link(self, link: LinkState, detail: str) -> None:
        if link is not self._link or detail != self._detail:
            self._link = link
            self._detail = detail
            self._publish()

    def _set_detail(self, detail: str) -> None:
        self._detail = detail
        self._publish()

    def _publish(self) -> None:
        status = self._latest = self._snapshot()
        if self._on_status is None:
            return
        try:
            self._on_status(status)
        except Exception:
            log.exception("%s: on_status failed", self.label)
