"""Concurrent identical reads share one database read, and none sees older data than it would alone.

Every workstation that shows the authorization queue reads it again when it changes: one change makes
dozens of identical reads arrive at the server within milliseconds (a "thundering herd"). A
``SharedRead`` runs them as one: the first caller reads for itself and for everybody who asked while
it was waiting to start, and hands each the same answer. A caller that asks while a read is already
under way does not take that read's answer (it began before the caller asked, and may miss a change
the caller was told about): it waits for the next read, which starts after it asked. So each answer
is at least as fresh as a read of the caller's own, begun when it asked.

The reads run on the callers' threads: the leader of a round reads, then hands the lead to one of the
callers that arrived meanwhile, if any, and returns; nobody reads for others for ever. Any thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")


class _Waiter:
    __slots__ = ("done", "error", "lead", "value")

    def __init__(self) -> None:
        self.done = threading.Event()
        self.lead = False  # woken to read for the next round, not with an answer
        self.value: object = None
        self.error: BaseException | None = None


class SharedRead(Generic[T]):
    """``shared(key, read)``: ``read()``'s answer, shared with the callers of the same ``key`` who
    asked before this round's read began (see the module docstring). ``read`` must not depend on
    who calls: permission checks stay with each caller, before it asks."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._busy: set[Hashable] = set()
        self._waiting: dict[Hashable, list[_Waiter]] = {}
        self.reads = 0  # reads made (for tests and benchmarks)
        self.answers = 0  # answers given

    def __call__(self, key: Hashable, read: Callable[[], T]) -> T:
        me = _Waiter()
        with self._lock:
            self._waiting.setdefault(key, []).append(me)
            lead = key not in self._busy
            self._busy.add(key)
        if not lead:
            me.done.wait()
            if not me.lead:
                return self._answer(me)
        with self._lock:  # this round: everybody waiting now, this caller among them
            batch = self._waiting.pop(key, [])
        try:
            value: object = read()
            error: BaseException | None = None
        except BaseException as exc:  # every caller of the round gets the same failure
            value, error = None, exc
        with self._lock:
            self.reads += 1
            later = self._waiting.get(key)
            if later:  # who asked during the read: one of them reads next
                later[0].lead = True
                later[0].done.set()
            else:
                self._busy.discard(key)
        for waiter in batch:
            waiter.value, waiter.error = value, error
            waiter.done.set()
        return self._answer(me)

    def _answer(self, me: _Waiter) -> T:
        with self._lock:
            self.answers += 1
        if me.error is not None:
            raise me.error
        return me.value  # type: ignore[return-value]
