"""Snapshot in, result out: run a function on a worker thread, get its result on the GUI thread.

The worker never touches widgets; the result (or the exception) comes back through one queued
signal, and the handler runs only if the request is still the current one for its owner.
``Worker.activity`` says from any thread whether a job is still running (``Activity``: shaped like a
thread, ``is_alive``/``join``, so whoever must outlast the job can wait for it after ``stop``).

- ``Worker``: reads; a newer request supersedes an older one (only the latest answer is shown).
- ``Operations``: a dock's service calls that change something (a claim, a decision, a save): one at
  a time in the order started, every one answered, the controls that started it disabled meanwhile
  (in server mode each is a round trip to the suite server, seconds if it is unreachable).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from app.errors import SuiteError

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


class Control(Protocol):
    """A widget or an action: what an operation disables while it runs."""

    def isEnabled(self) -> bool: ...

    def setEnabled(self, enabled: bool) -> None: ...


class _Call(_Job):
    def run(self) -> None:  # worker thread
        self.activity.enter()
        try:
            try:
                result = self.fn()
            except SuiteError as exc:  # the service's answer (a refusal, the server away): shown there
                log.info("operation refused: %s", exc)
                self.relay.done.emit(self.token, None, exc)
                return
            except Exception as exc:  # a fault: raised again on the GUI thread
                log.exception("operation failed")
                self.relay.done.emit(self.token, None, exc)
                return
            self.relay.done.emit(self.token, result, None)
        finally:
            self.activity.leave()


_Pending = tuple[Callable[[Any], None], Callable[[Any], None] | None, list[Control]]  # done, refused, held


class Operations(QObject):
    """One per owner (a dock, a dialog, the lock screen): ``run`` calls a service on the worker thread
    (snapshot in: ``fn`` never touches a widget) and answers on the GUI thread, ``on_done(result)``,
    or ``on_refused(error)`` for a ``SuiteError`` (a refusal, an unreachable server; without
    ``on_refused`` it is raised there). Any other exception is raised on the GUI thread, as from a
    slot (the application's excepthook logs and shows it), so errors are shown as they were when the
    call ran there. The calls run one at a time in the order started (a decision after its claim)
    and none supersedes another. While any runs, ``busy`` is True, the controls it ``hold``s are
    disabled (and enabled again after, if they were), the owner shows the busy cursor, and
    ``busy_changed`` lets the owner keep its own enabling rules off meanwhile."""

    busy_changed = Signal(bool)

    def __init__(self, owner: QWidget, *, name: str = "operations") -> None:
        super().__init__(owner)
        self.owner = owner
        self.activity = Activity(name)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one at a time, first in first out
        self.relay = _Relay(self)
        self.relay.done.connect(self._finish)
        self._token = 0
        self._pending: dict[int, _Pending] = {}
        self._holds: dict[Control, list[Any]] = {}  # control -> [enabled before, operations holding it]

    @property
    def busy(self) -> bool:
        """An operation started here has not been answered yet."""
        return bool(self._pending)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_refused: Callable[[Any], None] | None = None,
        *,
        hold: Iterable[Control] = (),
    ) -> int:
        held = list(hold)
        for control in held:
            entry = self._holds.get(control)
            if entry is None:
                self._holds[control] = [control.isEnabled(), 1]
                control.setEnabled(False)
            else:
                entry[1] += 1
        self._token += 1
        first = not self._pending
        self._pending[self._token] = (on_done, on_refused, held)
        if first:
            self.owner.setCursor(Qt.CursorShape.BusyCursor)
            self.busy_changed.emit(True)
        self.pool.start(_Call(self._token, fn, self.relay, self.activity))
        return self._token

    def _finish(self, token: int, result: object, error: object) -> None:
        pending = self._pending.pop(token, None)
        if pending is None:
            return  # stopped meanwhile: nobody waits for the answer
        on_done, on_refused, held = pending
        for control in held:  # the state before the answer: the handler may change it again
            entry = self._holds[control]
            entry[1] -= 1
            if entry[1] == 0:
                del self._holds[control]
                with contextlib.suppress(RuntimeError):  # the control is gone
                    control.setEnabled(bool(entry[0]))
        if not self._pending:
            self.owner.unsetCursor()
            self.busy_changed.emit(False)
        if isinstance(error, SuiteError) and on_refused is not None:
            on_refused(error)
        elif isinstance(error, BaseException):
            raise error
        else:
            on_done(result)

    def stop(self, wait_ms: int = 3000) -> bool:
        """Forget the answers still to come (the owner is going away) and wait up to ``wait_ms``
        for the calls started: they are not withdrawn (each was asked for); True if all ended."""
        self._pending.clear()
        self._holds.clear()
        return self.pool.waitForDone(wait_ms)
