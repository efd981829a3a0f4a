"""What a live feed of authorization changes offers its user (a Qt bridge), whoever provides it: the
authorization service over its own database today (``app.authz_watch.RequestWatcher``), a client of
the suite server over its push stream later. Pure protocols (no database, no Qt); any thread.

``Callback(source, request_ids)`` and ``StateCallback(online, detail)`` are called on the feed's own
thread; ``source`` is ``"notify"`` or ``"poll"``, the ids empty for "look again at everything".
A feed that carries the changed requests' views as well (the suite server's push stream) calls
``ViewsCallback(views)`` with them, if one was given, and then names no request by ``"notify"``: its
user's lists update in place. The embedded watcher carries no views; it only names ids.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from app.services.authorization import RequestView

Callback = Callable[[str, tuple[int, ...]], None]
StateCallback = Callable[[bool, str], None]
ViewsCallback = Callable[[list["RequestView"]], None]


class Watch(Protocol):
    """One running feed: started once, stopped with a bounded wait (True if it ended)."""

    def start(self) -> None: ...

    def stop(self, timeout: float = 3.0) -> bool: ...

    def is_alive(self) -> bool: ...


class WatchSource(Protocol):
    """Makes feeds (not started): ``AuthorizationService`` is one."""

    def watch(
        self,
        callback: Callback,
        *,
        poll_s: float = 2.0,
        on_state: StateCallback | None = None,
        on_views: ViewsCallback | None = None,
    ) -> Watch: ...


__all__ = ["Callback", "StateCallback", "ViewsCallback", "Watch", "WatchSource"]
