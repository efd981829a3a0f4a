"""A screen's list of authorization requests, kept current from two sources: reloads (a snapshot of
the whole list, read by a worker) and the views the suite server pushes after each change of a
request (``app.client.push``). Pure, any thread (a dock calls it on the GUI thread).

Pushed views arrive in the order the changes were made, each the request as it stood after its
change, so applying them one by one keeps the list right. A reload races them: it may have read the
list before a view that arrives while the reload is on its way. ``LiveList`` therefore keeps the
views received since a reload was asked for and lays them over its answer, where they are at least
as new as the row it read (``updated_at``, set by every change).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from app.services.authorization import REMOTE, RequestView
from app.statuses import QUEUED_REQUESTS

Keep = Callable[[RequestView], bool]
Order = Callable[[RequestView], Any]


def merge(
    rows: Sequence[RequestView],
    views: Iterable[RequestView],
    keep: Keep,
    order: Order,
    limit: int | None = None,
) -> list[RequestView]:
    """``rows`` with ``views`` applied in turn: a view replaces its request's row unless the row is
    newer, joins the list if ``keep`` holds for it and leaves it otherwise; sorted by ``order``."""
    by_id = {r.id: r for r in rows}
    for view in views:
        old = by_id.get(view.id)
        if old is not None and old.updated_at > view.updated_at:
            continue  # the list shows a later state already
        if keep(view):
            by_id[view.id] = view
        else:
            by_id.pop(view.id, None)
    merged = sorted(by_id.values(), key=order)
    return merged[:limit] if limit is not None else merged


def in_queue(view: RequestView) -> bool:
    """In the authorization center's queue (as ``AuthorizationService.queue`` lists it, remote only)."""
    return view.status in QUEUED_REQUESTS and view.mode == REMOTE


def queue_order(view: RequestView) -> tuple[int, Any, int]:
    """Most urgent first, then oldest (``AuthorizationService.queue``'s order)."""
    return (-view.priority, view.created_at, view.id)


def newest_first(view: RequestView) -> int:
    """A teller's own requests, newest first (``AuthorizationService.requests_of``)."""
    return -view.id


class LiveList:
    """One screen's list: ``reloading()`` when a reload is asked for, ``loaded(rows)`` with its answer,
    ``pushed(views)`` with views as they arrive; each returns the list to show."""

    def __init__(self, keep: Keep, order: Order, limit: int | None = None) -> None:
        self.keep = keep
        self.order = order
        self.limit = limit
        self.rows: list[RequestView] = []
        self._since: dict[int, RequestView] | None = None  # views received while a reload is out

    def reloading(self) -> None:
        if self._since is None:  # a reload already out keeps what came since it was asked for
            self._since = {}

    def loaded(self, rows: Sequence[RequestView]) -> list[RequestView]:
        since, self._since = self._since, None
        self.rows = merge(rows, (since or {}).values(), self.keep, self.order, self.limit)
        return self.rows

    def pushed(self, views: Sequence[RequestView]) -> list[RequestView]:
        if self._since is not None:
            self._since.update((v.id, v) for v in views)
        self.rows = merge(self.rows, views, self.keep, self.order, self.limit)
        return self.rows


__all__ = ["LiveList", "in_queue", "merge", "newest_first", "queue_order"]
