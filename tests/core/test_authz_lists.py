"""Keeping a screen's request list current from reloads and pushed views (``app.authz_lists``): views
apply in order, a stale one never undoes a newer row, and a reload that read the list before a view
arrived does not take the view's news back."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from app.authz_lists import LiveList, in_queue, merge, newest_first, queue_order
from app.services.authorization import REMOTE, RequestView
from app.statuses import RequestStatus

T0 = datetime(2026, 12, 2, 9, 0)


def view(rid: int, status: RequestStatus = RequestStatus.PENDING, at: int = 0, **kw: object) -> RequestView:
    base = RequestView(
        id=rid, business_type="CASH_WD", currency="CNY", amount_fen=6_000_000, account="62", customer="张三",
        reason="取现", branch="BR01", teller="teller1", mode=REMOTE, levels_required=1, levels_done=0,
        status=status, priority=5, claimed_by=None, lease_until=None, policy_version=1, submissions=1,
        created_at=T0 + timedelta(seconds=rid), updated_at=T0 + timedelta(seconds=at), decided_at=None,
    )  # fmt: skip
    return replace(base, **kw)  # type: ignore[arg-type]


def ids(rows: list[RequestView]) -> list[int]:
    return [r.id for r in rows]


def test_views_join_change_and_leave_the_queue_in_its_order() -> None:
    rows = [view(1), view(2)]
    rows = merge(rows, [view(3, priority=9, at=5)], in_queue, queue_order)
    assert ids(rows) == [3, 1, 2]  # most urgent first, then oldest
    rows = merge(rows, [view(1, RequestStatus.CLAIMED, at=6, claimed_by="rev1")], in_queue, queue_order)
    assert ids(rows) == [3, 1, 2] and rows[1].claimed_by == "rev1"
    rows = merge(rows, [view(1, RequestStatus.APPROVED, at=7)], in_queue, queue_order)
    assert ids(rows) == [3, 2]
    local = merge(rows, [view(4, at=8, mode="local")], in_queue, queue_order)
    assert ids(local) == [3, 2]  # a local override is not the center's work


def test_a_stale_view_never_undoes_a_newer_row() -> None:
    rows = [view(1, RequestStatus.CLAIMED, at=6, claimed_by="rev1")]
    assert merge(rows, [view(1, at=5)], in_queue, queue_order) == rows


def test_a_tellers_list_is_newest_first_and_limited() -> None:
    mine = LiveList(lambda v: v.teller == "teller1", newest_first, limit=2)
    mine.loaded([view(2), view(1)])
    assert ids(mine.pushed([view(3, at=9)])) == [3, 2]
    assert ids(mine.pushed([view(4, at=9, teller="teller2")])) == [3, 2]  # someone else's


def test_a_reload_keeps_what_arrived_while_it_was_on_its_way() -> None:
    queue = LiveList(in_queue, queue_order)
    queue.loaded([view(1), view(2)])
    queue.reloading()  # the worker reads the queue now ...
    queue.pushed([view(3, at=5)])  # ... a new request arrives while the answer is on its way
    queue.pushed([view(1, RequestStatus.APPROVED, at=6)])  # and request 1 is decided
    queue.reloading()  # a second reload asked for meanwhile keeps what came since the first
    assert ids(queue.loaded([view(1, RequestStatus.CLAIMED, at=4), view(2)])) == [2, 3]
    # a reload that read a later state than a view it crossed keeps its own row
    queue.reloading()
    queue.pushed([view(2, at=1)])
    assert queue.loaded([view(2, RequestStatus.CLAIMED, at=8)])[0].status == RequestStatus.CLAIMED
    assert ids(queue.loaded([view(2)])) == [2]  # no reload out: nothing laid over it
