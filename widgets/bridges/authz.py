"""Qt bridge for the authorization watcher (``app.authz_watch.RequestWatcher``).

The watcher runs on its own thread and calls back there. Those callbacks (``_on_watch``,
``_on_watch_state``) only record what changed under a lock and post one queued wake-up while none
is waiting, so a burst of thousands of notifications costs one event on the GUI thread. Everything
else runs on the GUI thread: a wake-up starts a single-shot timer that flushes the collected ids at
most ``max_rate_hz`` times a second as ``changed(ids)``; ``()`` means "look again at everything"
(a poll saw a change it cannot name). Connection state arrives as ``online_changed(online, detail)``.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from app.authz_watch import RequestWatcher
from app.db.engine import Database

log = logging.getLogger(__name__)
CONNECTING = "connecting"
STOPPED = "stopped"


class AuthzBridge(QObject):
    """One watcher per owner (a dock): ``start``, ``stop`` (bounded wait) and ``shutdown``."""

    changed = Signal(tuple)  # request ids; () = anything may have changed
    online_changed = Signal(bool, str)  # online, detail ("polling", "listening", the error)
    _wake = Signal()  # watcher thread -> GUI thread (queued)
    _state = Signal(bool, str)  # watcher thread -> GUI thread (queued)

    def __init__(
        self,
        db: Database,
        *,
        poll_s: float = 2.0,
        max_rate_hz: float = 10.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("authz.bridge")
        self.db = db
        self.poll_s = poll_s
        self.min_interval_s = 1.0 / max_rate_hz
        self.watcher: RequestWatcher | None = None
        self.online = False
        self.detail = CONNECTING
        self.flushes = 0
        self._lock = threading.Lock()
        self._ids: dict[int, None] = {}  # ordered set, guarded by _lock
        self._everything = False
        self._waiting = False
        self._closed = False
        self._last_flush = -math.inf
        self._timer = QTimer(self)
        self._timer.setObjectName("authz.bridge.flush")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._flush)
        self._wake.connect(self._on_wake, Qt.ConnectionType.QueuedConnection)
        self._state.connect(self.set_online, Qt.ConnectionType.QueuedConnection)

    # -- GUI thread -----------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.watcher is not None and self.watcher.is_alive()

    def start(self) -> None:
        if self.watcher is not None or self._closed:
            return
        self.set_online(False, CONNECTING)
        self.watcher = RequestWatcher(
            self.db, self._on_watch, poll_s=self.poll_s, on_state=self._on_watch_state
        )
        self.watcher.start()

    def stop(self, timeout: float = 3.0) -> bool:
        """Stop the watcher (bounded wait) and drop what was not delivered yet; True if it ended."""
        watcher, self.watcher = self.watcher, None
        ended = watcher.stop(timeout) if watcher is not None else True
        self._timer.stop()
        with self._lock:
            self._ids.clear()
            self._everything = False
            self._waiting = False
        if not self._closed:
            self.set_online(False, STOPPED)
        return ended

    def shutdown(self) -> None:
        """For good: no more signals, the watcher stopped (the owner is closing)."""
        with self._lock:
            self._closed = True
        self.stop()

    @Slot(bool, str)
    def set_online(self, online: bool, detail: str) -> None:
        """The watcher's connection state (also called directly: tests, a manual retry)."""
        if (online, detail) == (self.online, self.detail):
            return
        self.online, self.detail = online, detail
        self.online_changed.emit(online, detail)

    def _on_wake(self) -> None:
        if self._timer.isActive() or self._closed:
            return
        wait = self.min_interval_s - (time.monotonic() - self._last_flush)
        self._timer.start(math.ceil(max(0.0, wait) * 1000))

    def _flush(self) -> None:
        with self._lock:
            ids, everything = tuple(self._ids), self._everything
            self._ids.clear()
            self._everything = False
            self._waiting = False
            closed = self._closed
        if closed or not (ids or everything):
            return
        self._last_flush = time.monotonic()
        self.flushes += 1
        self.changed.emit(() if everything else ids)

    # -- watcher thread -------------------------------------------------------------------------------
    def _on_watch(self, source: str, ids: tuple[int, ...]) -> None:
        with self._lock:
            if self._closed:
                return
            if ids:
                self._ids.update(dict.fromkeys(ids))
            else:
                self._everything = True
            if self._waiting:
                return
            self._waiting = True
        self._post(self._wake.emit)

    def _on_watch_state(self, online: bool, detail: str) -> None:
        with self._lock:
            if self._closed:
                return
        self._post(lambda: self._state.emit(online, detail))

    @staticmethod
    def _post(emit: Callable[[], object]) -> None:
        try:
            emit()
        except RuntimeError:  # the bridge was deleted while the watcher was still ending
            log.debug("authorization bridge gone; change dropped")


__all__ = ["CONNECTING", "STOPPED", "AuthzBridge"]
