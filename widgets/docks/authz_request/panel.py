"""Authorization request dock (授权申请), the teller's side: the request form with its live route hint
and images, submit (a local request then opens the supervisor's local-override dialog), and the
teller's own requests, live, to correct and resend a returned one or cancel a pending one. GUI thread.

Writes (each checks permissions and audits) run on the panel's ``Operations`` worker, the submit
and cancel actions off while one runs; the supervisor's local decision on the dialog's own. Every
read is on a ``Worker`` (the teller's list; the rules; the request just sent, whose local-override
dialog opens when it arrives); live updates come from other workstations through ``AuthzBridge``
(its watcher thread; in server mode as the requests' views, applied in place by ``app.authz_lists``)
and from this window through the change bus. Nothing here blocks the teller
while a request waits.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.authz_lists import LiveList, newest_first
from app.authz_policy import LOCAL, Policy
from app.errors import SuiteError
from app.operations import Change, Target
from app.rbac import Permission
from app.services.authorization import RequestView
from app.services.identity import Credentials
from app.statuses import CANCELLABLE_REQUESTS, RequestStatus
from widgets.actions import build_actions, shortcut_tooltip
from widgets.authz.pills import OnlinePill
from widgets.authz.texts import amount_text, refusal, status_text
from widgets.bridges.authz import AuthzBridge
from widgets.bus import OTHER_WORKSTATION
from widgets.common.dialogs import ReasonDialog
from widgets.docks import DockContext, DockSpec
from widgets.docks.authz_request.actions import (
    ACTION_CANCEL,
    ACTION_EDIT,
    ACTION_LOCAL,
    ACTION_NEW,
    ACTION_REFRESH,
    ACTION_SUBMIT,
)
from widgets.docks.authz_request.form import RequestForm
from widgets.docks.authz_request.local_dialog import LocalOverrideDialog
from widgets.docks.authz_request.my_requests import RequestsView, progress_text
from widgets.i18n import Retranslating
from widgets.messages import add_message_row, error_text
from widgets.theme import set_role
from widgets.workers import Operations, Worker

OBJECT_NAME = "dock.authz_request"
POLL_S = 2.0  # the watcher's poll (tests shorten it)
MINE_LIMIT = 200  # the teller's requests shown, newest first
POLICY_PROBLEMS = ("business_type", "mode", "attachments", "amount_fen")
# Ctrl+L locks the screen (the main window): the same keys here made both shortcuts ambiguous, neither ran
LOCAL_SHORTCUT = "Ctrl+Shift+L"


class RequestPanel(Retranslating, QWidget):
    def __init__(self, ctx: DockContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.authz = ctx.services.authorization
        self.setObjectName("authz_request.panel")
        self.store = ctx.images  # attachments go up, and come back, through the image service
        self.policy: Policy | None = None
        self.worker = Worker(self)  # the teller's requests
        self.policy_worker = Worker(self)  # the rules (the form's route and limit hints)
        self.sent_worker = Worker(self)  # the request just sent, in full
        self.ops = Operations(self, name="authz-requests")  # submit, resubmit, cancel
        self.sent_id: int | None = None  # the request last sent, once recorded
        self.submitted: RequestView | None = None  # the request last sent, once read back
        self.bridge = AuthzBridge(ctx.services.authorization, poll_s=POLL_S, parent=self)
        # the teller's own requests (a supervisor who is a teller too receives everyone's views)
        me = ctx.principal.username
        self.live = LiveList(lambda v: v.teller == me, newest_first, limit=MINE_LIMIT)
        self._known: dict[int, str] = {}  # request id -> status last shown
        self._select_after: int | None = None
        self.loads = 0
        self._build()
        self.ops.busy_changed.connect(self._update_actions)
        self.bridge.changed.connect(self._on_remote_change)
        self.bridge.views.connect(self._on_views)
        self.bridge.online_changed.connect(self.online.show_state)
        ctx.bus.changed.connect(self._on_bus)
        self.retranslate()
        self._ready = True
        self.reload_policy()
        self.reload()
        self.bridge.start()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("authz_request.toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_by_name = build_actions(
            self,
            self.toolbar,
            (
                (ACTION_SUBMIT, self.submit, QKeySequence("Ctrl+Return")),
                (ACTION_NEW, self.new_request, QKeySequence("Ctrl+N")),
            ),
        )
        self.toolbar.addSeparator()
        self.actions_by_name |= build_actions(
            self,
            self.toolbar,
            (
                (ACTION_EDIT, self.edit_returned, QKeySequence("Ctrl+E")),
                (ACTION_LOCAL, self.local_selected, QKeySequence(LOCAL_SHORTCUT)),
                (ACTION_CANCEL, self.cancel_selected, QKeySequence("Ctrl+Shift+D")),
                (ACTION_REFRESH, self.reload, QKeySequence(Qt.Key.Key_F5)),
            ),
        )
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.online = OnlinePill()
        self.online.setObjectName("authz_request.online")
        self.toolbar.addWidget(self.online)
        layout.addWidget(self.toolbar)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("authz_request.split")
        split.setChildrenCollapsible(False)
        self.form = RequestForm(self.ctx.principal, self.store)
        self.form.changed.connect(self._update_actions)
        self.form.error_cleared.connect(self._error_cleared)
        self.form.attachments.message.connect(self.show_message)
        self.form.attachments.busy_changed.connect(self._update_actions)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        scroll.setMinimumWidth(440)
        self.mine = RequestsView()
        self.mine.selected.connect(self._update_actions)
        self.mine.table.doubleClicked.connect(self._open_selected)
        split.addWidget(scroll)
        split.addWidget(self.mine)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([470, 930])
        layout.addWidget(split, 1)
        self.message = add_message_row(layout, "authz_request.message")

    # -- data ---------------------------------------------------------------------------------------
    def reload_policy(self) -> None:
        authz, me = self.authz, self.ctx.principal
        self.policy_worker.submit(lambda: authz.policy(me)[1], self._apply_policy, self._worker_failed)

    @property
    def loaded(self) -> bool:
        """The teller's requests and the rules have arrived from the workers at least once."""
        return self.loads >= 1 and self.policy is not None

    def _apply_policy(self, policy: Policy) -> None:
        self.policy = policy
        self.form.set_policy(self.policy)
        self.mine.model.businesses = dict(self.policy.business)
        self.mine.model.refresh_cells()  # the business names in the rows
        self._update_actions()

    def reload(self) -> None:
        authz, me = self.authz, self.ctx.principal
        self.live.reloading()

        def mine() -> list[RequestView]:
            return authz.requests_of(me, limit=MINE_LIMIT)

        self.worker.submit(mine, self._apply_rows, self._worker_failed)

    def _apply_rows(self, rows: list[RequestView]) -> None:
        self.loads += 1
        self._show_rows(self.live.loaded(rows))

    def _on_views(self, views: list[RequestView]) -> None:
        """The teller's requests as other workstations changed them (server mode): in place."""
        self._show_rows(self.live.pushed(views))

    def _show_rows(self, rows: list[RequestView]) -> None:
        news = [r for r in rows if r.id in self._known and self._known[r.id] != r.status]
        self._known = {r.id: r.status for r in rows}
        self.mine.set_rows(rows)
        if self._select_after is not None:
            self.mine.select(self._select_after)
            self._select_after = None
        if news:
            r = news[0]
            text = self.tr("Request no. %1: %2").replace("%1", str(r.id)).replace("%2", progress_text(r))
            self.show_message(text, ok=r.status not in (RequestStatus.REJECTED, RequestStatus.RETURNED))
        if self.form.editing is not None:  # the request being corrected was cancelled elsewhere
            current = next((r for r in rows if r.id == self.form.editing.id), None)
            if current is not None and current.status != RequestStatus.RETURNED:
                self.form.reset()
        self._update_actions()

    def _on_remote_change(self, _ids: tuple[int, ...]) -> None:
        self.reload()

    def _on_bus(self, change: Change, source: object = None) -> None:
        if source is self:  # our own change: already shown
            return
        if change.target_type == Target.AUTH_REQUEST:
            if source == OTHER_WORKSTATION:  # its view comes on the bridge
                return
            self.reload()
        elif change.target_type == Target.AUTH_POLICY:
            self.reload_policy()

    def _changed(self, change: Change, select: int | None = None) -> None:
        """Our own change: show it, reload, and tell the other docks of this window."""
        self._select_after = select
        self._known[int(change.target_ids[0])] = str(change.detail.get("status", ""))
        self.reload()
        self.ctx.bus.publish(change, self)

    # -- the form -----------------------------------------------------------------------------------
    def submit(self) -> bool:
        """Send the form (a new request, or the corrected returned one) on the worker; True if it
        was sent, False if the form is incomplete or a request is still on its way. Once recorded
        (``sent_id``) the request is read back on a worker (``submitted``); a local one then opens
        the supervisor's dialog. A refusal is shown at its field."""
        if self.policy is None or self.ops.busy:
            return False
        if self.form.attachments.busy:
            self.show_message(self.tr("Wait until the images are attached."))
            return False
        draft = self.form.draft()
        if draft is None:
            self.show_message(self.tr("Please complete the marked fields."))
            return False
        editing, authz, me = self.form.editing, self.authz, self.ctx.principal
        self.sent_id = None
        self._show_busy(self.tr("Sending the request…"))
        if editing is not None:
            editing_id = editing.id
            self.ops.run(lambda: authz.resubmit(me, editing_id, draft), self._recorded, self._refused)
        else:
            self.ops.run(lambda: authz.submit(me, draft), self._recorded, self._refused)
        return True

    def _refused(self, exc: SuiteError) -> None:
        field, text = refusal(exc)
        self.form.show_error(field if field != "status" else "", text)
        self.show_message(text)
        if field in POLICY_PROBLEMS:
            self.reload_policy()  # the rules may have changed since the form was filled in

    def _recorded(self, change: Change) -> None:
        request_id = int(change.target_ids[0])
        self.form.reset()
        self.form.business.setFocus()
        self._changed(change, select=request_id)
        self.submitted = None
        self.sent_id = request_id
        authz, me = self.authz, self.ctx.principal
        self.sent_worker.submit(lambda: authz.get(me, request_id), self._sent, self._worker_failed)

    def _sent(self, view: RequestView) -> None:
        if view.mode == LOCAL:
            text = self.tr("Request no. %1 recorded: the supervisor authorizes it here.")
            self.show_message(text.replace("%1", str(view.id)), ok=True)
            self.open_local(view)
            self.submitted = view  # after the dialog: the request as it was sent
        else:
            text = self.tr("Request no. %1 sent to the authorization center.")
            self.show_message(text.replace("%1", str(view.id)), ok=True)
            self.submitted = view

    def new_request(self) -> None:
        self.form.reset()
        self.form.business.setFocus()
        self._update_actions()

    # -- my requests --------------------------------------------------------------------------------
    def selected(self) -> RequestView | None:
        return self.mine.current()

    def _open_selected(self) -> None:
        view = self.selected()
        if view is None:
            return
        if view.status == RequestStatus.RETURNED:
            self.edit_returned()
        elif view.status == RequestStatus.PENDING and view.mode == LOCAL:
            self.local_selected()

    def edit_returned(self) -> None:
        """Load the selected returned request into the form, read in full on a worker (the list's
        view has its account and numbers masked)."""
        view = self.selected()
        if view is None or view.status != RequestStatus.RETURNED:
            return
        authz, me, request_id = self.authz, self.ctx.principal, view.id
        self.sent_worker.submit(lambda: authz.get(me, request_id), self._edit_loaded, self._worker_failed)

    def _edit_loaded(self, view: RequestView) -> None:
        if view.status != RequestStatus.RETURNED:
            return  # cancelled or sent again elsewhere meanwhile
        self.form.load(view)
        self.show_message(self.tr("Correct the request, then send it again (Ctrl+Return)."), ok=True)
        self._update_actions()

    def local_selected(self) -> None:
        view = self.selected()
        if view is not None and view.status == RequestStatus.PENDING and view.mode == LOCAL:
            self.open_local(view)

    def open_local(self, view: RequestView) -> Change | None:
        """The supervisor's local-override dialog for a pending local request."""
        authz, me, request_id = self.authz, self.ctx.principal, view.id
        business = self.policy.business.get(view.business_type) if self.policy is not None else None

        def decide(supervisor: Credentials, decision: str, comment: str) -> Change:  # the dialog's worker
            return authz.decide_locally(me, request_id, supervisor, decision, comment)

        dlg = LocalOverrideDialog(view, business, decide, self)
        if not dlg.exec() or dlg.change is None:
            self.show_message(
                self.tr("Request no. %1 waits for local authorization (%2).")
                .replace("%1", str(view.id))
                .replace("%2", LOCAL_SHORTCUT)
            )
            return None
        change = dlg.change
        self._changed(change, select=view.id)
        status = str(change.detail.get("status", ""))
        who = dlg.supervisor
        self.show_message(
            self.tr("Request no. %1: %2 by %3 (local).")
            .replace("%1", str(view.id))
            .replace("%2", status_text(status))
            .replace("%3", who),
            ok=status not in (RequestStatus.REJECTED, RequestStatus.RETURNED),
        )
        return change

    def cancel_selected(self) -> None:
        view = self.selected()
        if view is None or view.status not in CANCELLABLE_REQUESTS:
            return
        question = (
            self.tr("Cancel request no. %1 (%2, %3)? It cannot be sent again.")
            .replace("%1", str(view.id))
            .replace("%2", amount_text(view.amount_fen, view.currency))
            .replace("%3", view.customer)
        )
        dlg = ReasonDialog(self.tr("Cancel request"), question, self)
        if dlg.exec():
            self.cancel(view.id, dlg.reason_text())

    def cancel(self, request_id: int, reason: str) -> bool:
        """Cancel the request on the worker; True if the cancellation was sent."""
        if self.ops.busy:
            return False
        authz, me = self.authz, self.ctx.principal

        def cancelled(change: Change) -> None:
            if self.form.editing is not None and self.form.editing.id == request_id:
                self.form.reset()
            self._changed(change, select=request_id)
            self.show_message(self.tr("Request no. %1 cancelled.").replace("%1", str(request_id)), ok=True)

        def refused(exc: SuiteError) -> None:
            self.show_message(refusal(exc)[1])
            self.reload()

        self._show_busy(self.tr("Cancelling request no. %1…").replace("%1", str(request_id)))
        self.ops.run(lambda: authz.cancel(me, request_id, reason), cancelled, refused)
        return True

    # -- state --------------------------------------------------------------------------------------
    def _update_actions(self) -> None:
        a = self.actions_by_name
        view = self.selected()
        idle = not self.ops.busy  # nothing on its way: no second submit or cancel meanwhile
        a[ACTION_SUBMIT].setEnabled(idle and self.policy is not None and not self.form.attachments.busy)
        a[ACTION_EDIT].setEnabled(idle and view is not None and view.status == RequestStatus.RETURNED)
        a[ACTION_LOCAL].setEnabled(
            view is not None and view.status == RequestStatus.PENDING and view.mode == LOCAL
        )
        a[ACTION_CANCEL].setEnabled(idle and view is not None and view.status in CANCELLABLE_REQUESTS)
        editing = self.form.editing is not None
        a[ACTION_SUBMIT].setText(self.tr("Send again") if editing else self.tr("Submit"))
        shortcut_tooltip(a[ACTION_SUBMIT])

    def show_message(self, text: str, ok: bool = False) -> None:
        self.message.setText(text)
        set_role(self.message, "state", "ok" if ok else "error")

    def _error_cleared(self, text: str) -> None:
        if self.message.text() == text:  # the message row said the same: no longer true either
            self._show_busy("")

    def _show_busy(self, text: str) -> None:
        self.message.setText(text)
        set_role(self.message, "state", "off")

    def _worker_failed(self, exc: Exception) -> None:
        self.show_message(error_text(exc) if isinstance(exc, SuiteError) else f"{type(exc).__name__}: {exc}")

    def retranslate(self) -> None:
        for name, text in (
            (ACTION_SUBMIT, self.tr("Submit")),
            (ACTION_NEW, self.tr("New")),
            (ACTION_EDIT, self.tr("Correct and resend")),
            (ACTION_LOCAL, self.tr("Local authorization…")),
            (ACTION_CANCEL, self.tr("Cancel request…")),
            (ACTION_REFRESH, self.tr("Refresh")),
        ):
            action = self.actions_by_name[name]
            action.setText(text)
            shortcut_tooltip(action)
        self.online.retranslate()
        if self._ready:
            self._update_actions()

    def open_work(self) -> list[str]:
        """A request filled in and not sent is open work (what was typed would be lost)."""
        f = self.form
        typed = (
            any(e.text().strip() for e in (f.amount, f.account, f.customer)) or f.reason.toPlainText().strip()
        )
        if not typed and not f.attachments.items:
            return []
        return [self.tr("An authorization request is filled in and not sent.")]

    def shutdown(self) -> None:
        """Stop the watcher and the workers (bounded waits)."""
        self.bridge.shutdown()
        self.worker.stop()
        self.policy_worker.stop()
        self.sent_worker.stop()
        self.ops.stop()
        self.form.shutdown()


def _title() -> str:
    return QCoreApplication.translate("Docks", "Authorization requests")


SPEC = DockSpec(
    OBJECT_NAME,
    _title,
    Qt.DockWidgetArea.RightDockWidgetArea,
    RequestPanel,
    permission=Permission.AUTH_REQUEST,
    icon="lock.svg",
)
