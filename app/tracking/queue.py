"""A bounded, never-blocking queue for reads between reader threads and the ingestion thread.

``put`` is called on reader threads and never blocks. When the queue is full, reads are
coalesced instead of queued: the latest read per (tag, reader) is kept, in the order tags were
last seen. So under overload every zone a tag passed through still reaches the presence engine
(no presence change is lost), repeated reads are what gets dropped, and ``coalesced`` counts them.
"""

from __future__ import annotations

import threading
from collections import deque

from app.tracking.reads import TagRead


class CoalescingQueue:
    def __init__(self, maxsize: int = 50_000) -> None:
        self.maxsize = maxsize
        self._items: deque[TagRead] = deque()
        self._overflow: dict[tuple[str, str], TagRead] = {}
        self._cond = threading.Condition(threading.Lock())
        self.accepted = 0
        self.coalesced = 0
        self.high_water = 0

    def put(self, read: TagRead) -> None:
        with self._cond:
            self.accepted += 1
            if len(self._items) < self.maxsize and not self._overflow:
                self._items.append(read)
                if len(self._items) > self.high_water:
                    self.high_water = len(self._items)
            else:
                key = (read.tag_id, read.reader)
                if self._overflow.pop(key, None) is not None:
                    self.coalesced += 1
                self._overflow[key] = read
            self._cond.notify()

    def get_batch(self, max_items: int, timeout: float) -> list[TagRead]:
        """Up to ``max_items`` reads in arrival order; waits up to ``timeout`` for the first."""
        with self._cond:
            if not self._items and not self._overflow:
                self._cond.wait(timeout)
            batch: list[TagRead] = []
            while self._items and len(batch) < max_items:
                batch.append(self._items.popleft())
            while self._overflow and len(batch) < max_items and not self._items:
                key = next(iter(self._overflow))
                batch.append(self._overflow.pop(key))
            return batch

    def __len__(self) -> int:
        with self._cond:
            return len(self._items) + len(self._overflow)
