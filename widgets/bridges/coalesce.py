"""The one way back to the GUI thread: producers post, the GUI thread gets the collected batch.

``post`` may be called from any thread (reader, watcher, camera, folder threads). It only adds to
the pending collection under a lock and, while no wake-up is pending, posts one queued wake-up to
the GUI thread, so a burst of any size costs one event there. Everything else runs on the GUI
thread: a wake-up starts a single-shot timer that flushes at most ``max_rate_hz`` times a second
(the first flush after a quiet spell is immediate) and hands what was collected to ``deliver``.

Two ways of collecting:

- ``BatchCoalescer``: every item, oldest first (events, request ids, ingested changes); a bound
  drops the oldest and counts them.
- ``LatestCoalescer``: the newest value per key (preview frames, status snapshots).

``stop`` (GUI thread) ends it for good: pending items are dropped, later posts are ignored, no
timer keeps running. ``hold`` stops the automatic flushes (items still collect) for callers that
flush by hand with ``flush`` (the map benchmark times each frame).
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import deque
from collections.abc import Callable, Hashable, Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal

log = logging.getLogger(__name__)

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
B = TypeVar("B")


class _Coalescer(QObject, Generic[B]):
    """The lock, the single pending wake-up and the rate-capped single-shot flush timer."""

    _wake = Signal()  # any thread -> GUI thread (queued)

    def __init__(
        self,
        deliver: Callable[[B], object],
        *,
        max_rate_hz: float = 10.0,
        name: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if max_rate_hz <= 0:
            raise ValueError("max_rate_hz must be positive")
        self.setObjectName(name or "coalescer")
        self.deliver = deliver
        self.min_interval_s = 1.0 / max_rate_hz
        self.flushes = 0  # deliveries so far (GUI thread)
        self._lock = threading.Lock()
        self._waiting = False  # a wake-up is posted or a flush is due (guarded by _lock)
        self._closed = False
        self._held = False
        self._last_flush = -math.inf
        self.timer = QTimer(self)
        self.timer.setObjectName(f"{self.objectName()}.flush")
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # the rate cap is a floor, not a hint
        self.timer.timeout.connect(self.flush)
        self._wake.connect(self._on_wake, Qt.ConnectionType.QueuedConnection)

    # -- subclasses: called with _lock held ------------------------------------------------------
    def _empty(self) -> bool:
        raise NotImplementedError

    def _take(self) -> B:
        raise NotImplementedError

    def _clear(self) -> None:
        raise NotImplementedError

    # -- any thread ----------------------------------------------------------------------------------
    def _post_wake(self) -> None:
        """After the first item since the last flush was added (outside the lock): wake the GUI thread."""
        try:
            self._wake.emit()
        except RuntimeError:  # the owner was deleted while a producer was still ending
            log.debug("%s gone; wake-up dropped", self.objectName())

    @property
    def closed(self) -> bool:
        return self._closed

    # -- GUI thread ----------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        """True while a flush is scheduled."""
        return self.timer.isActive()

    def _on_wake(self) -> None:
        if self._closed or self._held or self.timer.isActive():
            return
        wait = self.min_interval_s - (time.monotonic() - self._last_flush)
        self.timer.start(math.ceil(max(0.0, wait) * 1000))

    def flush(self) -> bool:
        """Hand what was collected to ``deliver`` (nothing if empty); True if something was delivered."""
        with self._lock:
            self._waiting = False
            if self._closed or self._empty():
                return False
            batch = self._take()
        self._last_flush = time.monotonic()
        self.flushes += 1
        self.deliver(batch)
        return True

    def hold(self) -> None:
        """No automatic flushes from now on (items still collect): the caller flushes by hand."""
        self._held = True
        self.timer.stop()

    def drop(self) -> None:
        """Forget what was not delivered yet (the bridge restarts); later posts are delivered."""
        self.timer.stop()
        with self._lock:
            self._clear()
            self._waiting = False

    def stop(self) -> None:
        """For good: pending items dropped, later posts ignored, no timer running."""
        with self._lock:
            self._closed = True
            self._clear()
            self._waiting = False
        self.timer.stop()


class BatchCoalescer(_Coalescer[list[T]]):
    """Every posted item reaches ``deliver(list)`` once, oldest first, in batches."""

    def __init__(
        self,
        deliver: Callable[[list[T]], object],
        *,
        max_rate_hz: float = 10.0,
        maxlen: int | None = None,
        name: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(deliver, max_rate_hz=max_rate_hz, name=name, parent=parent)
        self.maxlen = maxlen
        self.dropped = 0  # items lost to the bound: the GUI thread fell too far behind
        self._items: deque[T] = deque(maxlen=maxlen)

    def post(self, item: T) -> None:  # any thread
        with self._lock:
            if self._closed:
                return
            if self.maxlen is not None and len(self._items) == self.maxlen:
                self.dropped += 1
            self._items.append(item)
            if self._waiting:
                return
            self._waiting = True
        self._post_wake()

    def post_many(self, items: Iterable[T]) -> None:  # any thread
        new = list(items)
        if not new:
            return
        with self._lock:
            if self._closed:
                return
            before = len(self._items)
            self._items.extend(new)
            self.dropped += before + len(new) - len(self._items)  # what the bound pushed out
            if self._waiting:
                return
            self._waiting = True
        self._post_wake()

    def _empty(self) -> bool:
        return not self._items

    def _take(self) -> list[T]:
        batch = list(self._items)
        self._items.clear()
        return batch

    def _clear(self) -> None:
        self._items.clear()


class LatestCoalescer(_Coalescer[dict[K, V]]):
    """Only the newest value per key reaches ``deliver(dict)``; older ones are replaced unseen."""

    def __init__(
        self,
        deliver: Callable[[dict[K, V]], object],
        *,
        max_rate_hz: float = 10.0,
        name: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(deliver, max_rate_hz=max_rate_hz, name=name, parent=parent)
        self.replaced = 0  # values overwritten before the GUI thread saw them
        self._latest: dict[K, V] = {}

    def post(self, key: K, value: V, *, replace: bool = True) -> None:  # any thread
        """``replace=False``: only if nothing newer is pending for ``key`` (an initial snapshot)."""
        with self._lock:
            if self._closed:
                return
            if key in self._latest:
                if not replace:
                    return
                self.replaced += 1
            self._latest[key] = value
            if self._waiting:
                return
            self._waiting = True
        self._post_wake()

    def discard(self, key: K) -> None:  # any thread: a source went away, its last value is moot
        with self._lock:
            self._latest.pop(key, None)

    def _empty(self) -> bool:
        return not self._latest

    def _take(self) -> dict[K, V]:
        latest, self._latest = self._latest, {}
        return latest

    def _clear(self) -> None:
        self._latest.clear()


__all__ = ["BatchCoalescer", "LatestCoalescer"]
