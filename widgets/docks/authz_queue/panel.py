"""Authorization center dock (授权中心), the authorizer's side: the live queue of open remote requests
with SLA timers, claim next (F2) or the selected one, the claimed request in detail with its images,
and approve / reject / return (with a reason) / release. GUI thread.

Claims, releases and decisions (each checks four eyes, limits and the lease, and audits) run on the
panel's ``Operations`` worker, one at a time in the order made (a decision after its claim), the
actions off while one runs; the answer is shown when it arrives. Every read is on a ``Worker`` (the
queue; the rules; the claimed request in detail, shown when it arrives); abandoned claims are
returned to the queue by ``expire_leases`` on another ``Worker`` every 15 s (in-process services
only: a suite server expires leases itself, on its own clock); live updates from other workstations
come through ``AuthzBridge`` (its watcher thread) and from this window through the change bus: in
server mode as the changed requests' views, in embedded mode as ids whose requests are read (one
read at a time); either way applied in place (``app.authz_lists``) to the rows they touch
(``QueueModel.update_rows``); only a change that names nothing reloads the queue. The whole queue's
figures (it may hold more than the table's ``QUEUE_ROWS``) are counted after a change is shown, at
most once a second. A one-second timer advances the waiting times and the lease countdown without
reading the database. The table's columns fit the rows on screen (fitting all its rows asked every
cell for its size at each change and each tick).
"""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QSizePolicy, QSplitter, QToolBar, QVBoxLayout, QWidget

from app.authz_lists import LiveList, in_queue, queue_order
from app.authz_policy import REMOTE, Policy
from app.clock import utcnow
from app.errors import SuiteError
from app.operations import Change, Target
from app.rbac import Permission
from app.services.authorization import RequestView
from app.statuses import AuthzDecision, RequestStatus
from widgets.actions import build_actions, name_actions
from widgets.authz.pills import OnlinePill, PillDelegate
from widgets.authz.texts import SLA_LATE, refusal
from widgets.bridges.authz import AuthzBridge
from widgets.bus import OTHER_WORKSTATION
from widgets.docks import DockContext, DockSpec
from widgets.docks.authz_queue.actions import (
    ACTION_APPROVE,
    ACTION_CLAIM,
    ACTION_CLAIM_NEXT,
    ACTION_FIT,
    ACTION_REFRESH,
    ACTION_REJECT,
    ACTION_RELEASE,
    ACTION_RETURN,
    ACTION_ROTATE_LEFT,
    ACTION_ROTATE_RIGHT,
    ACTION_ZOOM_IN,
    ACTION_ZOOM_OUT,
)
from widgets.docks.authz_queue.detail import DetailPane
from widgets.docks.authz_queue.model import QueueModel
from widgets.i18n import Retranslating
from widgets.messages import add_message_row, error_text
from widgets.table_model import record_table
from widgets.theme import set_role
from widgets.workers import Operations, Worker

log = logging.getLogger(__name__)
OBJECT_NAME = "dock.authz_queue"
POLL_S = 2.0  # the watcher's poll (tests shorten it)
QUEUE_ROWS = 500  # the queue the table holds: its most urgent, oldest requests
TICK_MS = 1000
EXPIRE_MS = 15_000
COUNTS_S = 1.0  # the whole queue's figures are read again at most this often (a change asks)


class QueuePanel(Retranslating, QWidget):
    def __init__(self, ctx: DockContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.authz = ctx.services.authorization
        self.me = ctx.principal
        self.setObjectName("authz_queue.panel")
        self.clock: Callable[[], datetime] = utcnow  # tests inject one
        self.store = ctx.images  # the requests' images, through the image service
        self.held_id: int | None = None
        self.policy: Policy | None = None
        self.loads = 0
        self.worker = Worker(self)  # the queue
        self.policy_worker = Worker(self)  # the rules (business names)
        self.detail_worker = Worker(self)  # the claimed request in detail
        self.views_worker = Worker(self)  # the requests changes name (the latest read has them all)
        self._wanted: set[int] = set()  # named by changes, not read yet
        self._views_out = False  # a read of named requests is on its way
        self.counts_worker = Worker(self)  # the whole queue's figures
        self._counting = False  # a count is on its way
        self._count_again = False  # a change came since the last count began
        self._counted_at = float("-inf")  # time.monotonic() when the last count began
        self.totals: tuple[int, int] | None = None  # the whole queue's (waiting, late), last read
        self.expire_worker = Worker(self)
        self.ops = Operations(self, name="authz-center")  # claims, releases, decisions
        self.decided: Change | None = None  # the last decision recorded here, once recorded
        self.bridge = AuthzBridge(ctx.services.authorization, poll_s=POLL_S, parent=self)
        self.model = QueueModel(self.me.username)
        # the queue as the table shows it (its first QUEUE_ROWS): reloads, pushed and named views
        self.live = LiveList(in_queue, queue_order, limit=QUEUE_ROWS)
        self._build()
        self.ops.busy_changed.connect(self._update_actions)
        self.ticker = QTimer(self)
        self.ticker.setObjectName("authz_queue.ticker")
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.expirer = QTimer(self)
        self.expirer.setObjectName("authz_queue.expirer")
        self.expirer.setInterval(EXPIRE_MS)
        self.expirer.timeout.connect(self.expire_leases)
        self.bridge.changed.connect(self._on_remote_change)
        self.bridge.views.connect(self._on_views)
        self.bridge.online_changed.connect(self.online.show_state)
        ctx.bus.changed.connect(self._on_bus)
        self.retranslate()
        self._ready = True
        self.reload_policy()
        self.reload()
        self.bridge.start()
        self.ticker.start()
        self.expirer.start()
        # signed in to the center while the dock is open: push dispatch offers work to live sessions
        station = ctx.capture.station if ctx.capture is not None else socket.gethostname()
        authz, me = self.authz, self.me
        self.expire_worker.submit(
            lambda: authz.sign_in(me, station), lambda _change: None, self._worker_failed
        )

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("authz_queue.toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.detail = DetailPane(self.store)
        a = build_actions(
            self,
            self.toolbar,
            (
                (ACTION_CLAIM_NEXT, self.claim_next, QKeySequence(Qt.Key.Key_F2)),
                (ACTION_CLAIM, self.claim_selected, QKeySequence("Shift+F2")),
            ),
        )
        self.toolbar.addSeparator()
        a |= build_actions(
            self,
            self.toolbar,
            (
                (ACTION_APPROVE, self.approve, QKeySequence("Ctrl+Return")),
                (ACTION_REJECT, self.reject, QKeySequence("Ctrl+R")),
                (ACTION_RETURN, self.return_, QKeySequence("Ctrl+T")),
                (ACTION_RELEASE, self.release, QKeySequence("Ctrl+Shift+R")),
            ),
        )
        self.toolbar.addSeparator()
        a |= build_actions(self, self.toolbar, ((ACTION_REFRESH, self.reload, QKeySequence(Qt.Key.Key_F5)),))
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.stats = QLabel()
        self.stats.setObjectName("authz_queue.stats")
        self.toolbar.addWidget(self.stats)
        self.online = OnlinePill()
        self.online.setObjectName("authz_queue.online")
        self.toolbar.addWidget(self.online)
        layout.addWidget(self.toolbar)
        a |= build_actions(
            self,
            self.detail.viewer_bar,
            (
                (ACTION_ZOOM_IN, self.detail.viewer.zoom_in, QKeySequence.StandardKey.ZoomIn),
                (ACTION_ZOOM_OUT, self.detail.viewer.zoom_out, QKeySequence.StandardKey.ZoomOut),
                (ACTION_FIT, self.detail.viewer.fit, QKeySequence("Ctrl+0")),
                (ACTION_ROTATE_LEFT, self.detail.viewer.rotate_left, QKeySequence("Ctrl+[")),
                (ACTION_ROTATE_RIGHT, self.detail.viewer.rotate_right, QKeySequence("Ctrl+]")),
            ),
        )
        self.actions_by_name: dict[str, QAction] = a
        d = self.detail
        for button, name in (
            (d.approve_button, ACTION_APPROVE),
            (d.return_button, ACTION_RETURN),
            (d.reject_button, ACTION_REJECT),
            (d.release_button, ACTION_RELEASE),
        ):
            button.bind(a[name])

        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("authz_queue.split")
        split.setChildrenCollapsible(False)
        self.table = record_table("authz_queue.table", self.model)
        self.table.setItemDelegateForColumn(QueueModel.COLUMNS.index("waiting"), PillDelegate(self.table))
        self.table.setItemDelegateForColumn(QueueModel.COLUMNS.index("claimed"), PillDelegate(self.table))
        self.table.setWordWrap(False)
        # columns fit what is on screen, not all QUEUE_ROWS rows: fitting them all asked every cell of
        # every row for its size at each change and at each second's tick of the waiting times (0.4 s
        # of the GUI thread at 500 rows on a loaded machine, which held up every change behind it)
        self.table.horizontalHeader().setResizeContentsPrecision(0)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.table.activated.connect(lambda _index: self.claim_selected())
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([250, 600])
        layout.addWidget(split, 1)
        self.message = add_message_row(layout, "authz_queue.message")

    # -- the queue ----------------------------------------------------------------------------------
    def reload_policy(self) -> None:
        authz, me = self.authz, self.me
        self.policy_worker.submit(lambda: authz.policy(me)[1], self._apply_policy, self._worker_failed)

    @property
    def loaded(self) -> bool:
        """The queue and the rules have arrived from the workers at least once."""
        return self.loads >= 1 and self.policy is not None

    def _apply_policy(self, policy: Policy) -> None:
        self.policy = policy
        self.model.businesses = dict(policy.business)
        self.detail.businesses = dict(policy.business)
        self.model.refresh_cells()  # the business names in the rows

    def reload(self) -> None:
        authz, me = self.authz, self.me
        self.live.reloading()
        late_s = int(SLA_LATE.total_seconds())

        def read() -> tuple[list[RequestView], tuple[int, int]]:
            rows = [r for r in authz.queue(me, QUEUE_ROWS) if r.mode == REMOTE]
            return rows, authz.queue_counts(me, late_s)

        def done(result: tuple[list[RequestView], tuple[int, int]]) -> None:
            self.totals = result[1]
            self._apply_rows(result[0])

        self.worker.submit(read, done, self._worker_failed)

    def _read_views(self, ids: tuple[int, ...]) -> None:
        """The requests a change names, read on the worker and applied in place (embedded mode's
        watcher and this window's own docks name them; the server pushes the views themselves).

        One read at a time: the ids named while one is out wait for its answer, which is shown
        first, and are read next (a newer read superseding it would hold back what it has, a change
        a few milliseconds old, until the next one is back). Nothing here counts the whole queue:
        that is ``_recount``'s, after the change is shown."""
        self._wanted.update(ids)
        if self._views_out or not self._wanted:
            return
        authz, me, wanted = self.authz, self.me, sorted(self._wanted)
        self._wanted.clear()
        self._views_out = True

        def done(views: list[RequestView]) -> None:
            self._views_out = False
            self._on_views(views)
            if self._wanted:
                self._read_views(())

        def failed(exc: Exception) -> None:
            self._views_out = False
            self._wanted.update(wanted)  # read with the next change
            self._worker_failed(exc)

        self.views_worker.submit(lambda: authz.views(me, wanted), done, failed)

    def _recount(self) -> None:
        """The whole queue's (waiting, late) while the table holds only its top (else its own are
        right): a count reads every waiting request's index entry (38 ms at 100,000, 212 at
        1,000,000), so it is read off the change's way, one at a time, at most every ``COUNTS_S``
        (a change that asks sooner is counted by the next ``tick``)."""
        if len(self.live.rows) < QUEUE_ROWS:
            self.totals = None
            return
        if self._counting or time.monotonic() - self._counted_at < COUNTS_S:
            self._count_again = True
            return
        authz, me, late_s = self.authz, self.me, int(SLA_LATE.total_seconds())
        self._counting, self._count_again, self._counted_at = True, False, time.monotonic()

        def done(totals: tuple[int, int]) -> None:
            self._counting = False
            self.totals = totals if len(self.live.rows) >= QUEUE_ROWS else None
            self._update_stats()

        def failed(exc: Exception) -> None:
            self._counting = False
            self._worker_failed(exc)

        self.counts_worker.submit(lambda: authz.queue_counts(me, late_s), done, failed)

    def _apply_rows(self, rows: list[RequestView]) -> None:
        self.loads += 1
        self._show_rows(self.live.loaded(rows))

    def _on_views(self, views: list[RequestView]) -> None:
        """Requests changed, as they now stand (server mode: pushed; else read): in place; then
        the whole queue's figures."""
        self._show_rows(self.live.pushed(views))
        self._recount()

    def _show_rows(self, rows: list[RequestView]) -> None:
        selected = self.selected()
        self.model.update_rows(rows, self.clock())
        if selected is not None and (row := self.model.row_of(selected.id)) >= 0:
            self.table.selectRow(row)
        if self.ops.busy:  # a claim, release or decision is on its way: its answer sets what is held
            self._update_stats()
            self._update_actions()
            return
        now = self.clock()
        mine = [
            r
            for r in rows
            if r.status == RequestStatus.CLAIMED
            and r.claimed_by == self.me.username
            and (r.id == self.held_id or (r.lease_until is not None and r.lease_until > now))
        ]
        held = next((r for r in mine if r.id == self.held_id), None)
        if held is None and self.held_id is not None:
            lost = self.held_id
            self.held_id = None
            self.detail.show_request(None, self.clock())
            self.show_message(
                self.tr("Request no. %1 is no longer yours: the lease ran out or it was decided.").replace(
                    "%1", str(lost)
                )
            )
        if held is None and mine:  # a claim made before (this window reopened)
            held = mine[0]
            self.held_id = held.id
        if held is not None:
            newly = self.held() is None  # the refresh came before the claimed request's own read
            self.detail.show_request(held, self.clock())
            if newly:
                self.detail.comment.setFocus()  # ready for the comment, whichever read came first
        self._update_stats()
        self._update_actions()

    def _on_remote_change(self, ids: tuple[int, ...]) -> None:
        if ids:
            self._read_views(ids)
        else:  # a poll saw something change without naming it
            self.reload()

    def _on_bus(self, change: Change, source: object = None) -> None:
        if source is self:  # our own change: already shown
            return
        if change.target_type == Target.AUTH_REQUEST:
            if source == OTHER_WORKSTATION:  # its view comes on the bridge
                return
            self._read_views(tuple(int(i) for i in change.target_ids))
        elif change.target_type == Target.AUTH_POLICY:
            self.reload_policy()

    def selected(self) -> RequestView | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.rows[index.row()]

    def held(self) -> RequestView | None:
        view = self.detail.view
        return view if view is not None and view.id == self.held_id else None

    def tick(self) -> None:
        now = self.clock()
        self.model.tick(now)
        self.detail.tick(now)
        self._update_stats()
        if self._count_again:  # a change asked for the whole queue's figures too soon after a count
            self._recount()

    def _update_stats(self) -> None:
        waiting, late = self.model.counts()
        if self.totals is not None and self.totals[0] > waiting:  # more wait than the table holds
            waiting, late = self.totals[0], max(late, self.totals[1])
        text = self.tr("%1 waiting").replace("%1", str(waiting))
        if late:
            text += " · " + self.tr("%1 over 5 min").replace("%1", str(late))
        self.stats.setText(text)
        set_role(self.stats, "state", "error" if late else ("warn" if waiting else "off"))

    def expire_leases(self) -> None:
        """Return abandoned claims to the queue (on a worker)."""
        authz, me = self.authz, self.me
        # the in-process services only (embedded mode: one machine, one clock); a suite server
        # expires leases itself, on its own clock, and offers no workstation a way to
        expire = getattr(authz, "expire_leases", None)

        def job() -> list[int]:
            authz.heartbeat(me)  # this workstation is alive and taking work
            return list(expire()) if expire is not None else []

        self.expire_worker.submit(job, self._expired, self._worker_failed)

    def _expired(self, ids: list[int]) -> None:
        if ids:
            self.reload()

    # -- claims -------------------------------------------------------------------------------------
    def claim_next(self) -> bool:
        """F2: claim the next request on the worker; True if the claim was sent (the request in
        detail arrives from the worker once claimed, ``_show_held``)."""
        if self.ops.busy or self._busy_with_one():
            return False
        authz, me = self.authz, self.me
        self._show_busy(self.tr("Claiming the next request…"))
        self.ops.run(lambda: authz.claim_next(me), self._claimed_next, self._claim_refused)
        return True

    def _claimed_next(self, change: Change | None) -> None:
        if change is None:
            self.show_message(self.tr("No request is waiting that you may decide."), ok=True)
            return
        self._took(change)

    def claim_selected(self) -> bool:
        """Claim the selected request on the worker; True if the claim was sent (or it is held)."""
        view = self.selected()
        if view is None or self.ops.busy or self._busy_with_one():
            return False
        if view.id == self.held_id:
            return True
        authz, me, request_id = self.authz, self.me, view.id
        self._show_busy(self.tr("Claiming request no. %1…").replace("%1", str(request_id)))
        self.ops.run(lambda: authz.claim(me, request_id), self._took, self._claim_refused_reload)
        return True

    def _claim_refused(self, exc: SuiteError) -> None:
        self.show_message(refusal(exc)[1])

    def _claim_refused_reload(self, exc: SuiteError) -> None:
        self.show_message(refusal(exc)[1])
        self.reload()

    def _busy_with_one(self) -> bool:
        if self.held_id is None:  # also while the claimed request's detail is on its way
            return False
        self.show_message(self.tr("Decide or release request no. %1 first.").replace("%1", str(self.held_id)))
        return True

    def _took(self, change: Change) -> int:
        """Claimed: the request in detail arrives from the worker (``_show_held``)."""
        request_id = int(change.target_ids[0])
        self.held_id = request_id
        self.show_message(
            self.tr("Request no. %1 is yours: check it and decide.").replace("%1", str(request_id)), ok=True
        )
        self._changed(change)
        authz, me = self.authz, self.me
        self.detail_worker.submit(lambda: authz.get(me, request_id), self._show_held, self._worker_failed)
        return request_id

    def _show_held(self, view: RequestView) -> None:
        if view.id != self.held_id:
            return  # released or lost meanwhile
        self.detail.show_request(view, self.clock())
        self._update_actions()
        self.detail.comment.setFocus()

    def release(self) -> None:
        view = self.held()
        if view is None or self.ops.busy:
            return
        authz, me, request_id = self.authz, self.me, view.id

        def released(change: Change) -> None:
            self.show_message(
                self.tr("Request no. %1 released to the queue.").replace("%1", str(request_id)), ok=True
            )
            self._changed(change)
            let_go()

        def refused(exc: SuiteError) -> None:
            self.show_message(refusal(exc)[1])
            let_go()

        def let_go() -> None:
            self.held_id = None
            self.detail.show_request(None, self.clock())
            self._update_actions()

        self.ops.run(lambda: authz.release(me, request_id), released, refused)

    # -- decisions ----------------------------------------------------------------------------------
    def approve(self) -> bool:
        return self.decide(AuthzDecision.APPROVE)

    def reject(self) -> bool:
        return self.decide(AuthzDecision.REJECT)

    def return_(self) -> bool:
        return self.decide(AuthzDecision.RETURN)

    def decide(self, decision: AuthzDecision) -> bool:
        """Record the decision on the held request on the worker; True if it was sent (``decided``
        holds the change once recorded), False if there is nothing to decide or a comment is missing."""
        view = self.held()
        if view is None or self.ops.busy:
            return False
        comment = self.detail.comment_text()
        if decision != AuthzDecision.APPROVE and not comment:
            text = (
                self.tr("Give the reason for the rejection in the comment.")
                if decision == AuthzDecision.REJECT
                else self.tr("Tell the teller what to correct in the comment.")
            )
            self.detail.show_error(text)
            self.show_message(text)
            self.detail.comment.setFocus()
            return False
        authz, me = self.authz, self.me
        self.decided = None
        self._show_busy(self.tr("Recording the decision on request no. %1…").replace("%1", str(view.id)))
        self.ops.run(
            lambda: authz.decide(me, view.id, decision, comment),
            lambda change: self._decided(view, change),
            self._decision_refused,
        )
        return True

    def _decision_refused(self, exc: SuiteError) -> None:
        field, text = refusal(exc)
        self.detail.show_error(text)
        self.show_message(text)
        if field in ("lease", "status"):
            self.held_id = None
            self.detail.show_request(None, self.clock(), text)
            if field == "lease":
                self.expire_leases()  # back to the queue now, not at the next round
            self.reload()
        self._update_actions()

    def _decided(self, view: RequestView, change: Change) -> None:
        status = str(change.detail.get("status", ""))
        texts = {
            RequestStatus.APPROVED: self.tr("Request no. %1 approved."),
            RequestStatus.REJECTED: self.tr("Request no. %1 rejected."),
            RequestStatus.RETURNED: self.tr("Request no. %1 returned to the teller."),
            RequestStatus.PENDING: self.tr(
                "Request no. %1: level %2 approved; a second authorizer decides next."
            ),
        }
        text = texts.get(status, "%1").replace("%1", str(view.id)).replace("%2", str(view.levels_done + 1))
        self.held_id = None
        self.detail.show_request(None, self.clock(), text + "\n" + self.tr("Press F2 to take the next one."))
        self.show_message(text, ok=True)
        self.decided = change
        self._changed(change)

    def _changed(self, change: Change) -> None:
        self.reload()
        self.ctx.bus.publish(change, self)
        self._update_actions()

    # -- state --------------------------------------------------------------------------------------
    def _update_actions(self) -> None:
        a = self.actions_by_name
        idle = not self.ops.busy  # nothing on its way: no second claim or decision meanwhile
        held = self.held() is not None
        selected = self.selected()
        a[ACTION_CLAIM_NEXT].setEnabled(idle and not held)
        a[ACTION_CLAIM].setEnabled(
            idle
            and not held
            and selected is not None
            and selected.status == RequestStatus.PENDING
            and selected.teller != self.me.username
        )
        for name in (ACTION_APPROVE, ACTION_REJECT, ACTION_RETURN, ACTION_RELEASE):
            a[name].setEnabled(idle and held)
        has_image = self.detail.viewer.item is not None or held
        for name in (ACTION_ZOOM_IN, ACTION_ZOOM_OUT, ACTION_FIT, ACTION_ROTATE_LEFT, ACTION_ROTATE_RIGHT):
            a[name].setEnabled(has_image)

    def show_message(self, text: str, ok: bool = False) -> None:
        self.message.setText(text)
        set_role(self.message, "state", "ok" if ok else "error")

    def _show_busy(self, text: str) -> None:
        self.message.setText(text)
        set_role(self.message, "state", "off")

    def _worker_failed(self, exc: Exception) -> None:
        self.show_message(error_text(exc) if isinstance(exc, SuiteError) else f"{type(exc).__name__}: {exc}")

    def retranslate(self) -> None:
        texts = (
            (ACTION_CLAIM_NEXT, self.tr("Claim next")),
            (ACTION_CLAIM, self.tr("Claim selected")),
            (ACTION_APPROVE, self.tr("Approve")),
            (ACTION_REJECT, self.tr("Reject")),
            (ACTION_RETURN, self.tr("Return")),
            (ACTION_RELEASE, self.tr("Release")),
            (ACTION_REFRESH, self.tr("Refresh")),
            (ACTION_ZOOM_IN, self.tr("Zoom in")),
            (ACTION_ZOOM_OUT, self.tr("Zoom out")),
            (ACTION_FIT, self.tr("Fit")),
            (ACTION_ROTATE_LEFT, self.tr("Rotate left")),
            (ACTION_ROTATE_RIGHT, self.tr("Rotate right")),
        )
        name_actions(self.actions_by_name, texts)
        self.model.retranslate()
        self.online.retranslate()
        if self._ready:
            self._update_stats()
            self._update_actions()

    def open_work(self) -> list[str]:
        """A request in hand is open work (quitting leaves it claimed until its lease ends)."""
        if self.held_id is None:
            return []
        return [self.tr("Request no. %1 is in your hands, not decided.").replace("%1", str(self.held_id))]

    def shutdown(self) -> None:
        """Stop the timers, the watcher and the workers (bounded waits)."""
        self.ticker.stop()
        self.expirer.stop()
        self.bridge.shutdown()
        self.worker.stop()
        self.policy_worker.stop()
        self.detail_worker.stop()
        self.views_worker.stop()
        self.counts_worker.stop()
        self.expire_worker.stop()
        self.detail.shutdown()
        authz, me = self.authz, self.me

        def sign_out() -> None:  # worker thread: nobody is left to show a refusal to
            try:
                authz.sign_out(me)
            except SuiteError as exc:  # the session simply expires without heartbeats
                log.warning("could not sign out of the authorization center: %s", exc)

        self.ops.run(sign_out, lambda _none: None)
        if not self.ops.stop():  # after any decision still on its way; a bounded wait
            log.warning("the authorization center's sign-out is still on its way")


def _title() -> str:
    return QCoreApplication.translate("Docks", "Authorization center")


SPEC = DockSpec(
    OBJECT_NAME,
    _title,
    Qt.DockWidgetArea.RightDockWidgetArea,
    QueuePanel,
    permission=Permission.AUTHORIZE,
    icon="lock.svg",
    window_actions=(ACTION_CLAIM_NEXT,),
)
