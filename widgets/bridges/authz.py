"""Qt bridge for the authorization watcher: a feed (``app.watch.Watch``) made by a ``WatchSource``
(the ``AuthorizationService``, which builds ``app.authz_watch.RequestWatcher`` on its own database;
a client of the suite server later), so the bridge and its docks never hold a ``Database``.

The watcher runs on its own thread and calls back there. Those callbacks (``_on_watch``,
``_on_watch_state``) only post to coalescers (``widgets.bridges.coalesce``): the changed ids to a
batch, the connection state as the latest value, so a burst of thousands of notifications costs
one event on the GUI thread. Everything else runs on the GUI thread: the ids collected are flushed
at most ``max_rate_hz`` times a second as ``changed(ids)`` (each id once, in order); ``()`` means
"look again at everything" (a poll saw a change it cannot name). A feed that carries the changed
requests' views (the suite server's push stream, ``app.watch``) delivers them as ``views(list)``,
in the order they came, at the same rate; its docks then update their lists in place. Connection
state arrives as ``online_changed(online, detail)``.

Every watcher the bridge starts gets a generation number, and its callbacks post tagged with it;
the GUI thread delivers only what the current watcher posted. A watcher that did not end within
``stop``'s wait is kept (``ending``) until its thread has ended: nothing it still posts arrives,
and ``start`` does not run a second watcher beside it (it starts once the old one has ended).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.services.authorization import RequestView
from app.watch import Watch, WatchSource
from widgets.bridges.coalesce import BatchCoalescer, LatestCoalescer

CONNECTING = "connecting"
STOPPED = "stopped"
RESTART_POLL_MS = 100  # how often a deferred start looks whether the old watcher has ended


class AuthzBridge(QObject):
    """One watcher per owner (a dock): ``start``, ``stop`` (bounded wait) and ``shutdown``."""

    changed = Signal(tuple)  # request ids; () = anything may have changed
    online_changed = Signal(bool, str)  # online, detail ("polling", "listening", the error)
    views = Signal(list)  # RequestView, in the order they came (a feed that carries them)

    def __init__(
        self,
        source: WatchSource,
        *,
        poll_s: float = 2.0,
        max_rate_hz: float = 10.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("authz.bridge")
        self.source = source
        self.poll_s = poll_s
        self.watcher: Watch | None = None
        self.ending: Watch | None = None  # asked to stop, its thread not ended yet
        self.online = False
        self.detail = CONNECTING
        self.flushes = 0  # how many times ``changed`` was emitted
        self._closed = False
        self._generation = 0  # of the current watcher; what older ones post is dropped
        self._ids: BatchCoalescer[tuple[int, tuple[int, ...]]] = BatchCoalescer(
            self._flush, max_rate_hz=max_rate_hz, name="authz.bridge.ids", parent=self
        )
        self._views: BatchCoalescer[tuple[int, list[RequestView]]] = BatchCoalescer(
            self._flush_views, max_rate_hz=max_rate_hz, name="authz.bridge.views", parent=self
        )
        self._state: LatestCoalescer[str, tuple[int, bool, str]] = LatestCoalescer(
            self._on_state, max_rate_hz=max_rate_hz, name="authz.bridge.state", parent=self
        )
        self._restart = QTimer(self)  # a start deferred until the old watcher has ended
        self._restart.setObjectName("authz.bridge.restart")
        self._restart.setInterval(RESTART_POLL_MS)
        self._restart.timeout.connect(self.start)

    # -- GUI thread -----------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.watcher is not None and self.watcher.is_alive()

    def start(self) -> None:
        """Start a watcher; if the previous one is still ending, as soon as it has ended."""
        if self.watcher is not None or self._closed:
            self._restart.stop()
            return
        if self.ending is not None and self.ending.is_alive():
            self._restart.start()  # look again shortly; never two watchers at once
            return
        self._restart.stop()
        self.ending = None
        self._generation += 1
        generation = self._generation
        self.set_online(False, CONNECTING)
        self.watcher = self.source.watch(
            lambda source, ids: self._on_watch(source, ids, generation),
            poll_s=self.poll_s,
            on_state=lambda online, detail: self._on_watch_state(online, detail, generation),
            on_views=lambda views: self._on_watch_views(views, generation),
        )
        self.watcher.start()

    def stop(self, timeout: float = 3.0) -> bool:
        """Stop the watcher (bounded wait) and drop what was not delivered yet; True if it ended.
        A watcher that has not ended is kept in ``ending``; whatever it still posts is dropped."""
        self._restart.stop()
        watcher, self.watcher = self.watcher, None
        self._generation += 1  # from now on, what the old watcher posts is stale
        ended = watcher.stop(timeout) if watcher is not None else True
        if watcher is not None and not ended:
            self.ending = watcher
        self._ids.drop()
        self._views.drop()
        self._state.drop()
        if not self._closed:
            self.set_online(False, STOPPED)
        return ended

    def shutdown(self) -> None:
        """For good: no more signals, the watcher stopped (the owner is closing)."""
        self._closed = True
        self._ids.stop()
        self._views.stop()
        self._state.stop()
        self.stop()

    @Slot(bool, str)
    def set_online(self, online: bool, detail: str) -> None:
        """The watcher's connection state (also called directly: tests, a manual retry)."""
        if (online, detail) == (self.online, self.detail):
            return
        self.online, self.detail = online, detail
        self.online_changed.emit(online, detail)

    def _flush(self, tagged: list[tuple[int, tuple[int, ...]]]) -> None:
        batches = [ids for generation, ids in tagged if generation == self._generation]
        if not batches:  # all from a watcher that was stopped meanwhile
            return
        self.flushes += 1
        if any(not ids for ids in batches):
            self.changed.emit(())
            return
        self.changed.emit(tuple(dict.fromkeys(i for ids in batches for i in ids)))

    def _flush_views(self, tagged: list[tuple[int, list[RequestView]]]) -> None:
        views = [v for generation, batch in tagged if generation == self._generation for v in batch]
        if views:
            self.views.emit(views)

    def _on_state(self, latest: dict[str, tuple[int, bool, str]]) -> None:
        generation, online, detail = latest["state"]
        if generation == self._generation:
            self.set_online(online, detail)

    # -- watcher thread -------------------------------------------------------------------------------
    def _on_watch(self, source: str, ids: tuple[int, ...], generation: int | None = None) -> None:
        """``generation``: the watcher's (None: the current one, for a direct call)."""
        self._ids.post((self._generation if generation is None else generation, ids))

    def _on_watch_views(self, views: list[RequestView], generation: int | None = None) -> None:
        self._views.post((self._generation if generation is None else generation, views))

    def _on_watch_state(self, online: bool, detail: str, generation: int | None = None) -> None:
        self._state.post("state", (self._generation if generation is None else generation, online, detail))


__all__ = ["CONNECTING", "STOPPED", "AuthzBridge"]
