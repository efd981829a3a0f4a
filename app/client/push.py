"""The workstation's push stream: one WebSocket to the suite server, resumed from the last position
it saw after any disconnect (so a reconnect misses nothing), failing over to the next server
address. Its own thread; listeners are called on that thread (a Qt bridge re-emits them as queued
signals).

Listeners: ``on_changes(changes)`` with the ``Change`` records other workstations made,
``on_requests(views)`` with the views of the authorization requests they changed (each request
change is followed by its view, to those who may read it), ``on_tracking(batches)`` with tracking
batches (raw msgspec JSON, decoded by their reader),
``on_state(online, detail)`` when the stream goes live or is reconnecting, ``on_reset()`` when the
workstation was away longer than the server keeps its log (reload everything). ``authorization_watch``
makes the authorization queue's live feed (``app.watch.Watch``) from the same stream.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from typing import Any

import msgspec
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI
from websockets.sync.client import connect

from app import wire
from app.changelog import Kind
from app.client.transport import CONNECT_TIMEOUT, Connection
from app.errors import ServerIdentityMismatch, SuiteError
from app.operations import Change, Target
from app.services.authorization import RequestPush, RequestView
from app.threads import stop_thread
from app.watch import Callback, StateCallback, ViewsCallback

log = logging.getLogger(__name__)
ChangesListener = Callable[[list[Change]], None]
TrackingListener = Callable[[list[msgspec.Raw]], None]
RequestsListener = Callable[[list[RequestView]], None]


class PushClient(threading.Thread):
    def __init__(self, connection: Connection, *, since: int = 0) -> None:
        super().__init__(name="push-client", daemon=False)
        self.connection = connection
        self.since = since
        self.online = False
        self.detail = ""
        self.connects = 0
        self.received = 0
        self.ended = ""  # why the server ended the stream for good (session_ended)
        self._changes: list[ChangesListener] = []
        self._tracking: list[TrackingListener] = []
        self._requests: list[RequestsListener] = []
        self._states: list[StateCallback] = []
        self._resets: list[Callable[[], None]] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._change_decoder = msgspec.json.Decoder(Change)
        self._request_decoder = msgspec.json.Decoder(RequestPush)
        self._decoder = msgspec.json.Decoder(wire.PushMessage)

    # -- listeners (any thread) -----------------------------------------------------------------
    def on_changes(self, listener: ChangesListener) -> Callable[[], None]:
        return self._add(self._changes, listener)

    def on_requests(self, listener: RequestsListener) -> Callable[[], None]:
        return self._add(self._requests, listener)

    def on_tracking(self, listener: TrackingListener) -> Callable[[], None]:
        return self._add(self._tracking, listener)

    def on_state(self, listener: StateCallback) -> Callable[[], None]:
        return self._add(self._states, listener)

    def on_reset(self, listener: Callable[[], None]) -> Callable[[], None]:
        return self._add(self._resets, listener)

    def _add(self, where: list[Any], listener: Any) -> Callable[[], None]:
        with self._lock:
            where.append(listener)

        def remove() -> None:
            with self._lock:
                if listener in where:
                    where.remove(listener)

        return remove

    def _each(self, where: list[Any]) -> list[Any]:
        with self._lock:
            return list(where)

    def _state(self, online: bool, detail: str) -> None:
        if (online, detail) == (self.online, self.detail):
            return
        self.online, self.detail = online, detail
        for listener in self._each(self._states):
            listener(online, detail)

    # -- the thread -----------------------------------------------------------------------------
    def stop(self, timeout: float = 3.0) -> bool:
        return stop_thread(self, self._stopping, timeout, "push client")

    def run(self) -> None:
        backoff = 0.2
        failing = False  # the last attempt failed: the next failures are logged quietly
        while not self._stopping.is_set():
            for server in self.connection.order():
                if self._stopping.is_set():
                    return
                started = time.monotonic()
                try:
                    self._stream(server)
                    backoff, failing = 0.2, False
                except ServerIdentityMismatch as exc:
                    log.error("push: %s", exc.message)
                    self._state(False, exc.message)
                except (
                    OSError,
                    TimeoutError,
                    ConnectionClosed,
                    InvalidHandshake,
                    InvalidURI,
                    SuiteError,
                ) as exc:
                    level = logging.INFO if failing or self.connects else logging.WARNING
                    log.log(level, "push: %s: %s (after %.1f s)", server, exc, time.monotonic() - started)
                    failing = True
                    self._state(False, "reconnecting")
                if self.ended or self._stopping.is_set():
                    return
            self._stopping.wait(backoff * random.uniform(0.8, 1.0))
            backoff = min(backoff * 2, 5.0)

    def _stream(self, server: str) -> None:
        ctx = self.connection.ssl_context(server)
        uri = server.replace("https://", "wss://", 1) + "/api/push"
        with connect(uri, ssl=ctx, open_timeout=CONNECT_TIMEOUT, max_size=None, close_timeout=1) as ws:
            ws.send(wire.encode(wire.PushHello(self.connection.token, self.since)))
            self.connects += 1
            while not self._stopping.is_set():
                try:
                    raw = ws.recv(timeout=0.5)
                except TimeoutError:
                    continue
                message = self._decoder.decode(raw)
                if isinstance(message, wire.PushBatch):
                    self._deliver(message.items)
                    self.since = message.upto
                elif isinstance(message, wire.PushReady):
                    self.since = max(self.since, message.seq)
                    self._state(True, "live")
                elif isinstance(message, wire.PushReset):
                    self.since = message.seq
                    for listener in self._each(self._resets):
                        listener()
                elif isinstance(message, wire.PushEnd):
                    if message.why == "session_ended":
                        self.ended = message.why
                        self._state(False, "session ended")
                    return

    def _deliver(self, items: list[wire.PushItem]) -> None:
        changes = [self._change_decoder.decode(i.data) for i in items if i.kind == Kind.CHANGE]
        viewers = self._each(self._requests)  # views are decoded only for someone who listens
        decode = self._request_decoder.decode
        views = [decode(i.data).view for i in items if i.kind == Kind.REQUEST] if viewers else []
        tracking = [i.data for i in items if i.kind == Kind.TRACKING]
        self.received += len(items)
        if changes:
            for listener in self._each(self._changes):
                listener(changes)
        if views:
            for listener in viewers:
                listener(views)
        if tracking:
            for listener in self._each(self._tracking):
                listener(tracking)

    # -- the authorization queue's feed ---------------------------------------------------------
    def authorization_watch(
        self,
        callback: Callback,
        *,
        poll_s: float = 2.0,
        on_state: StateCallback | None = None,
        on_views: ViewsCallback | None = None,
    ) -> PushWatch:
        return PushWatch(self, callback, on_state, on_views)


class PushWatch:
    """``app.watch.Watch`` over the push stream: going live (again) becomes ``("poll", ())``, i.e.
    look again at everything. Request changes become ``on_views(views)`` when it is given: the server
    follows every change of a request with its view, to everyone who receives the change and may
    read the request (``app.services.audience``). Without it, and for changes of many requests at
    once, they become ``("notify", ids)``."""

    def __init__(
        self,
        push: PushClient,
        callback: Callback,
        on_state: StateCallback | None,
        on_views: ViewsCallback | None = None,
    ) -> None:
        self.push = push
        self.callback = callback
        self.on_state = on_state
        self.on_views = on_views
        self._removers: list[Callable[[], None]] = []
        self._alive = False

    def start(self) -> None:
        self._alive = True
        self._removers = [self.push.on_changes(self._changes), self.push.on_state(self._state)]
        if self.on_views is not None:
            self._removers.append(self.push.on_requests(self.on_views))
        if self.push.online:
            self._state(True, self.push.detail)

    def _changes(self, changes: list[Change]) -> None:
        named = {Target.AUTH_REQUESTS}  # many requests at once: look again
        if self.on_views is None:
            named.add(Target.AUTH_REQUEST)
        ids = tuple(int(i) for c in changes if c.target_type in named for i in c.target_ids if i.isdigit())
        if ids:
            self.callback("notify", tuple(dict.fromkeys(ids)))

    def _state(self, online: bool, detail: str) -> None:
        if self.on_state is not None:
            self.on_state(online, detail)
        if online:
            self.callback("poll", ())

    def stop(self, timeout: float = 3.0) -> bool:
        for remove in self._removers:
            remove()
        self._removers = []
        self._alive = False
        return True

    def is_alive(self) -> bool:
        return self._alive
