"""Qt bridge for the authorization watcher (``app.authz_watch.RequestWatcher``).

The watcher runs on its own thread and calls back there. Those callbacks (``_on_watch``,
``_on_watch_state``) only post to coalescers (``widgets.bridges.coalesce``): the changed ids to a
batch, the connection state as the latest value, so a burst of thousands of notifications costs
one event on the GUI thread. Everything else runs on the GUI thread: the ids collected are flushed
at most ``max_rate_hz`` times a second as ``changed(ids)`` (each id once, in order); ``()`` means
"look again at everything" (a poll saw a change it cannot name). Connection state arrives as
``online_changed(online, detail)``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from app.authz_watch import RequestWatcher
from app.db.engine import Database
from widgets.bridges.coalesce import BatchCoalescer, LatestCoalescer

CONNECTING = "connecting"
STOPPED = "stopped"


class AuthzBridge(QObject):
    """One watcher per owner (a dock): ``start``, ``stop`` (bounded wait) and ``shutdown``."""

    changed = Signal(tuple)  # request ids; () = anything may have changed
    online_changed = Signal(bool, str)  # online, detail ("polling", "listening", the error)

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
        self.watcher: RequestWatcher | None = None
        self.online = False
        self.detail = CONNECTING
        self._closed = False
        self._ids: BatchCoalescer[tuple[int, ...]] = BatchCoalescer(
            self._flush, max_rate_hz=max_rate_hz, name="authz.bridge.ids", parent=self
        )
        self._state: LatestCoalescer[str, tuple[bool, str]] = LatestCoalescer(
            self._on_state, max_rate_hz=max_rate_hz, name="authz.bridge.state", parent=self
        )

    # -- GUI thread -----------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.watcher is not None and self.watcher.is_alive()

    @property
    def flushes(self) -> int:
        """How many times ``changed`` was emitted."""
        return self._ids.flushes

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
        self._ids.drop()
        self._state.drop()
        if not self._closed:
            self.set_online(False, STOPPED)
        return ended

    def shutdown(self) -> None:
        """For good: no more signals, the watcher stopped (the owner is closing)."""
        self._closed = True
        self._ids.stop()
        self._state.stop()
        self.stop()

    @Slot(bool, str)
    def set_online(self, online: bool, detail: str) -> None:
        """The watcher's connection state (also called directly: tests, a manual retry)."""
        if (online, detail) == (self.online, self.detail):
            return
        self.online, self.detail = online, detail
        self.online_changed.emit(online, detail)

    def _flush(self, batches: list[tuple[int, ...]]) -> None:
        if any(not ids for ids in batches):
            self.changed.emit(())
            return
        self.changed.emit(tuple(dict.fromkeys(i for ids in batches for i in ids)))

    def _on_state(self, latest: dict[str, tuple[bool, str]]) -> None:
        self.set_online(*latest["state"])

    # -- watcher thread -------------------------------------------------------------------------------
    def _on_watch(self, source: str, ids: tuple[int, ...]) -> None:
        self._ids.post(ids)

    def _on_watch_state(self, online: bool, detail: str) -> None:
        self._state.post("state", (online, detail))


__all__ = ["CONNECTING", "STOPPED", "AuthzBridge"]
