"""Snapshot in, result out: run a function on a worker thread, get its result on the GUI thread.

The worker never touches widgets; the result (or the exception) comes back through one queued
signal, and the handler runs only if the request is still the current one for its owner.
``Worker.activity`` says from any thread whether a job is still running (``Activity``: shaped like a
thread, ``is_alive``/``join``, so whoever must outlast the job can wait for it after ``stop``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Activity:
    """Whether a worker's job is running; any thread. Plain Python: it outlives the Worker's QObject."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._running = 0
        self._idle = threading.Condition()

    def enter(self) -> None:
        with self._idle:
            self._running += 1

    def leave(self) -> None:
        with self._idle:
            self._running -= 1
            self._idle.notify_all()

    def is_alive(self) -> bool:
        with self._idle:
            return self._running > 0

    def join(self, timeout: float | None = None) -> None:
        """Wait until no job runs (at most ``timeout`` seconds), as ``Thread.join`` does."""
        with self._idle:
            self._idle.wait_for(lambda: self._running == 0, timeout)


class _Relay(QObject):
    done = Signal(int, object, object)  # token, result, error


class _Job(QRunnable):
    def __init__(self, token: int, fn: Callable[[], Any], relay: _Relay, activity: Activity) -> None:
        super().__init__()
        self.token, self.fn, self.relay, self.activity = token, fn, relay, activity

    def run(self) -> None:  # worker thread
        self.activity.enter()
        try:
            try:
                result = self.fn()
            except Exception as exc:  # handed to the GUI thread, never swallowed
                log.exception("background job failed")
                self.relay.done.emit(self.token, None, exc)
                return
            self.relay.done.emit(self.token, result, None)
        finally:
            self.activity.leave()


class Worker(QObject):
    """One per owner (a dock): ``submit`` replaces any earlier request; stale results are ignored."""

    def __init__(self, parent: QObject | None = None, *, name: str = "worker") -> None:
        super().__init__(parent)
        self.activity = Activity(name)  # a job running now (any thread may ask)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.relay = _Relay(self)
        self.relay.done.connect(self._finish)
        self._token = 0
        self._handlers: dict[int, tuple[Callable[[Any], None], Callable[[Exception], None] | None]] = {}

    def submit(
        self,
        fn: Callable[[], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> int:
        self._token += 1
        self._handlers = {self._token: (on_result, on_error)}
        self.pool.start(_Job(self._token, fn, self.relay, self.activity))
        return self._token

    def _finish(self, token: int, result: object, error: object) -> None:
        handlers = self._handlers.pop(token, None)
        if handlers is None:
            return  # superseded
        on_result, on_error = handlers
        if isinstance(error, Exception):
            if on_error is not None:
                on_error(error)
            return
        on_result(result)

    def stop(self, wait_ms: int = 3000) -> None:
        """Drop the queued jobs and the handlers; wait up to ``wait_ms`` for a running job (which may
        outlive this: ``activity`` says when it has ended)."""
        self._handlers.clear()
        self.pool.clear()
        self.pool.waitForDone(wait_ms)
