"""Users panel: list and administer users and cards. Every action goes through IdentityService,
which checks the role, separation of duties and the reason, and audits. A privileged account, a
role granted, an unlock are only proposed there (four eyes): the proposals list below the users is
where a second administrator approves or rejects them. GUI thread; the list and
the users a change touched are read on the panel's ``Worker``s, and each change runs on its
``Operations`` worker (the actions off until it is answered; a refused form opens again)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.errors import SuiteError
from app.operations import Action, Change, Target
from app.rbac import Permission
from app.services.identity import UserView
from app.services.user_proposals import ProposalView
from app.statuses import CardStatus
from widgets.actions import build_actions
from widgets.common.dialogs import PasswordDialog, ReasonDialog
from widgets.common.plain import literal
from widgets.docks import DockContext, DockSpec
from widgets.docks.users.actions import (
    ACTION_APPROVE,
    ACTION_CARD,
    ACTION_CARD_BLACKLIST,
    ACTION_CARD_PIN,
    ACTION_CARD_UNLOCK,
    ACTION_NEW,
    ACTION_REJECT,
    ACTION_RESET,
    ACTION_ROLES,
    ACTION_TOGGLE,
    ACTION_UNLOCK,
)
from widgets.docks.users.conflicts import ConflictsPage
from widgets.docks.users.dialogs import CardDialog, NewUserDialog, RolesDialog
from widgets.docks.users.model import UsersTableModel
from widgets.docks.users.proposals import ProposalsTableModel, proposal_text
from widgets.i18n import Retranslating
from widgets.messages import error_text
from widgets.table_model import record_table
from widgets.workers import Operations, Worker

OBJECT_NAME = "dock.users"


class UsersPanel(Retranslating, QWidget):
    def __init__(self, ctx: DockContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.identity = ctx.services.identity
        self.model = UsersTableModel()
        self.worker = Worker(self)  # the list
        self.user_worker = Worker(self)  # the users changes touched, read again
        self.ops = Operations(self, name="users")  # the changes
        self._listing = False
        self._stale: set[int] = set()  # user ids to read again
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        layout = QVBoxLayout(self)
        self.toolbar = QToolBar()
        self.actions_by_name = build_actions(
            self,
            self.toolbar,
            (
                (ACTION_NEW, self.new_user, QKeySequence.StandardKey.New),
                (ACTION_ROLES, self.edit_roles, None),
                (ACTION_UNLOCK, self.unlock_user, None),
                (ACTION_RESET, self.reset_password, None),
                (ACTION_TOGGLE, self.toggle_active, None),
                (ACTION_CARD, self.issue_card, None),
                (ACTION_CARD_UNLOCK, self.unlock_card, None),
                (ACTION_CARD_PIN, self.reset_pin, None),
                (ACTION_CARD_BLACKLIST, self.blacklist_card, None),
            ),
        )
        layout.addWidget(self.toolbar)
        row = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setObjectName("users.filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        row.addWidget(self.filter)
        layout.addLayout(row)
        self.table = record_table("users.table", self.proxy, sortable=True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _i: self.edit_roles())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        self.notice = QLabel()  # what the last change did: a proposal waits for a second administrator
        self.notice.setObjectName("users.notice")
        self.notice.setProperty("role", "hint")
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        # the users above; below, in tabs, the proposals (four eyes) and the incompatible roles
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("users.splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("users.tabs")
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)

        proposals_page = QWidget()
        page = QVBoxLayout(proposals_page)
        page.setContentsMargins(0, 0, 0, 0)
        self.proposals_title = QLabel()
        self.proposals_title.setProperty("role", "hint")
        self.proposals_title.setWordWrap(True)
        page.addWidget(self.proposals_title)
        self.proposal_bar = QToolBar()
        self.actions_by_name.update(
            build_actions(
                self,
                self.proposal_bar,
                ((ACTION_APPROVE, self.approve_proposal, None), (ACTION_REJECT, self.reject_proposal, None)),
            )
        )
        page.addWidget(self.proposal_bar)
        self.proposals = ProposalsTableModel()
        self.proposal_worker = Worker(self)  # the pending proposals
        self.proposal_table = record_table("users.proposals", self.proposals)
        page.addWidget(self.proposal_table, 1)
        self.proposal_table.selectionModel().selectionChanged.connect(self._update_actions)
        self.tabs.addTab(proposals_page, "")
        self.conflicts = ConflictsPage(self.identity, ctx.principal, self._run, self)
        self.tabs.addTab(self.conflicts, "")
        ctx.bus.changed.connect(self._on_change)
        self.ops.busy_changed.connect(self._update_actions)
        self.retranslate()
        self._ready = True
        self.reload()

    # -- data -----------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """A listing, a change or a changed user is still on its way from the workers."""
        return self._listing or bool(self._stale) or self.ops.busy

    def reload(self) -> None:
        identity, me = self.identity, self.ctx.principal
        self._listing = True
        self.worker.submit(lambda: identity.list_users(me), self._apply_users, self._list_failed)
        self.reload_proposals()
        self.conflicts.reload()

    def reload_proposals(self) -> None:
        identity, me = self.identity, self.ctx.principal
        self.proposal_worker.submit(
            lambda: identity.list_proposals(me), self._apply_proposals, self._list_failed
        )

    def _apply_proposals(self, proposals: list[ProposalView]) -> None:
        self.proposals.set_proposals(proposals)
        self.conflicts.set_proposals(proposals)
        self._retitle_tabs()
        self._update_actions()

    def _apply_users(self, users: list[UserView]) -> None:
        self._listing = False
        self.model.set_users(users)
        self._update_actions()

    def _list_failed(self, exc: Exception) -> None:
        self._listing = False
        QMessageBox.warning(self, self.tr("Users"), literal(_text(exc)))
        self._update_actions()

    def _on_change(self, change: Change) -> None:
        if change.target_type == Target.USER_PROPOSAL or "proposal" in change.detail:
            self.reload_proposals()
        if change.target_type == Target.ROLE_CONFLICTS:
            self.conflicts.reload()
        user_id = change.detail.get("user_id") if change.target_type == Target.CARD else None
        if change.target_type == Target.USER:
            user_id = int(change.target_ids[0])
        if user_id is None:
            return
        self._stale.add(int(user_id))
        ids = frozenset(self._stale)  # a newer request carries every id still to read
        identity, me = self.identity, self.ctx.principal

        def read() -> tuple[list[UserView], bool]:  # worker thread
            views, missed = [], False
            for uid in sorted(ids):
                try:
                    views.append(identity.get_user(me, uid))
                except SuiteError:
                    missed = True
            return views, missed

        self.user_worker.submit(read, lambda got: self._apply_changed(ids, got), self._changed_failed)

    def _apply_changed(self, ids: frozenset[int], got: tuple[list[UserView], bool]) -> None:
        views, missed = got
        self._stale -= ids
        for view in views:
            self.model.update_user(view)
        if missed:
            self.reload()
        self._update_actions()

    def _changed_failed(self, exc: Exception) -> None:
        del exc  # e.g. the database is away: read the whole list again
        self._stale.clear()
        self.reload()

    def selected(self) -> UserView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        user = self.proxy.data(rows[0], Qt.ItemDataRole.UserRole)
        return user if isinstance(user, UserView) else None

    def selected_proposal(self) -> ProposalView | None:
        rows = self.proposal_table.selectionModel().selectedRows()
        if not rows:
            return None
        found = self.proposals.data(rows[0], Qt.ItemDataRole.UserRole)
        return found if isinstance(found, ProposalView) else None

    def _update_actions(self) -> None:
        proposal = self.selected_proposal() if not self.ops.busy else None
        me = self.ctx.principal.username
        mine = proposal is not None and proposal.proposed_by == me
        about_me = proposal is not None and proposal.target_user_id == self.ctx.principal.user_id
        self.actions_by_name[ACTION_APPROVE].setEnabled(proposal is not None and not mine and not about_me)
        self.actions_by_name[ACTION_REJECT].setEnabled(proposal is not None and not about_me)
        user = self.selected() if not self.ops.busy else None  # one change at a time
        is_self = user is not None and user.id == self.ctx.principal.user_id
        has = user is not None
        self.actions_by_name[ACTION_ROLES].setEnabled(has and not is_self)
        self.actions_by_name[ACTION_UNLOCK].setEnabled(has and not is_self and bool(user and user.locked))
        self.actions_by_name[ACTION_RESET].setEnabled(has and not is_self)
        self.actions_by_name[ACTION_TOGGLE].setEnabled(has and not is_self)
        self.actions_by_name[ACTION_CARD].setEnabled(has)
        cards = user.cards if user else ()
        self.actions_by_name[ACTION_CARD_UNLOCK].setEnabled(any(c.status == CardStatus.LOCKED for c in cards))
        self.actions_by_name[ACTION_CARD_PIN].setEnabled(
            not is_self and any(c.status != CardStatus.BLACKLISTED for c in cards)
        )
        self.actions_by_name[ACTION_CARD_BLACKLIST].setEnabled(
            any(c.status != CardStatus.BLACKLISTED for c in cards)
        )
        self.actions_by_name[ACTION_NEW].setEnabled(not self.ops.busy)
        if user:
            self.actions_by_name[ACTION_TOGGLE].setText(
                self.tr("Disable") if user.active else self.tr("Enable")
            )

    def _run(self, job: Callable[[], Change], again: Callable[[], None] | None = None) -> None:
        """Run one operation on the worker (``job`` runs there: it must not touch a widget); publish
        its change, or show why it was refused and then, if given, ``again`` (the form once more)."""

        def refused(exc: SuiteError) -> None:
            QMessageBox.warning(self, self.tr("Users"), literal(error_text(exc)))  # may quote typed input
            if again is not None:
                again()

        self.ops.run(job, self._done, refused)

    def _done(self, change: Change) -> None:
        if change.action == Action.USER_PROPOSE:
            self.notice.setText(
                self.tr(
                    "Proposal %1 recorded: it takes effect when a second administrator approves it."
                ).replace("%1", change.target_ids[0])
            )
        else:
            self.notice.setText("")
        self.ctx.bus.publish(change, self)

    # -- actions --------------------------------------------------------------------------------
    def new_user(self) -> None:
        if not self.ops.busy:
            self._new_user(NewUserDialog(self))

    def _new_user(self, dlg: NewUserDialog) -> None:
        if not dlg.exec():
            return
        identity, me = self.identity, self.ctx.principal
        username, display_name, password = dlg.username.text(), dlg.display_name.text(), dlg.password.text()
        roles, outsourced, reason = dlg.roles.roles(), dlg.outsourced.isChecked(), dlg.reason_text()
        self._run(
            lambda: identity.create_user(
                me, username, display_name, password, roles, outsourced=outsourced, reason=reason
            ),
            lambda: self._new_user(dlg),  # refused: the form again, as it was filled in
        )

    def edit_roles(self) -> None:
        user = self.selected()
        if user is None or user.id == self.ctx.principal.user_id or self.ops.busy:
            return
        dlg = RolesDialog(user.username, user.roles, self)
        if dlg.exec():
            identity, me, roles, reason = (
                self.identity,
                self.ctx.principal,
                dlg.roles.roles(),
                dlg.reason_text(),
            )
            self._run(lambda: identity.set_roles(me, user.id, roles, reason))

    def unlock_user(self) -> None:
        user = self.selected()
        if user is None or self.ops.busy:
            return
        dlg = ReasonDialog(
            self.tr("Unlock user"),
            self.tr("Unlock %1 (%2)? Confirm the person's identity first.")
            .replace("%1", user.display_name)
            .replace("%2", user.username),
            self,
        )
        if dlg.exec():
            identity, me, reason = self.identity, self.ctx.principal, dlg.reason_text()
            self._run(lambda: identity.unlock_user(me, user.id, reason))

    def reset_password(self) -> None:
        user = self.selected()
        if user is None or self.ops.busy:
            return
        self._reset_password(
            user, PasswordDialog(self.tr("Reset password of %1").replace("%1", user.username), self)
        )

    def _reset_password(self, user: UserView, dlg: PasswordDialog) -> None:
        if not dlg.exec():
            return
        identity, me, password, reason = (
            self.identity,
            self.ctx.principal,
            dlg.password.text(),
            dlg.reason_text(),
        )
        self._run(
            lambda: identity.reset_password(me, user.id, password, reason),
            lambda: self._reset_password(user, dlg),
        )

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None or self.ops.busy:
            return
        title = self.tr("Disable user") if user.active else self.tr("Enable user")
        dlg = ReasonDialog(title, f"{title}: {user.display_name} ({user.username})?", self)
        if dlg.exec():
            identity, me, active, reason = (
                self.identity,
                self.ctx.principal,
                not user.active,
                dlg.reason_text(),
            )
            self._run(lambda: identity.set_active(me, user.id, active, reason))

    def issue_card(self) -> None:
        user = self.selected()
        if user is None or self.ops.busy:
            return
        self._issue_card(user, CardDialog(user.username, self))

    def _issue_card(self, user: UserView, dlg: CardDialog) -> None:
        if not dlg.exec():
            return
        identity, me = self.identity, self.ctx.principal
        card_uid, pin, reason = dlg.card_uid.text(), dlg.pin.text(), dlg.reason_text()
        self._run(
            lambda: identity.issue_card(me, user.id, card_uid, pin, reason),
            lambda: self._issue_card(user, dlg),
        )

    def _pick_card(self, user: UserView, statuses: set[str], title: str) -> str | None:
        cards = [c.card_uid for c in user.cards if c.status in statuses]
        if len(cards) == 1:
            return cards[0]
        choice, ok = QInputDialog.getItem(self, title, self.tr("Card"), cards, 0, False)
        return choice if ok and choice else None

    def unlock_card(self) -> None:
        user = self.selected()
        if user is None or self.ops.busy:
            return
        card = self._pick_card(user, {"locked"}, self.tr("Unlock card"))
        if card is None:
            return
        dlg = ReasonDialog(
            self.tr("Unlock card"),
            self.tr("Unlock card %1 of %2?").replace("%1", card).replace("%2", user.display_name),
            self,
        )
        if dlg.exec():
            identity, me, reason = self.identity, self.ctx.principal, dlg.reason_text()
            self._run(lambda: identity.unlock_card(me, card, reason))

    def reset_pin(self) -> None:
        user = self.selected()
        if user is None or self.ops.busy:
            return
        card = self._pick_card(user, {"active", "locked"}, self.tr("Reset PIN"))
        if card is not None:
            self._reset_pin(card, CardDialog(user.username, self, card=card))

    def _reset_pin(self, card: str, dlg: CardDialog) -> None:
        if not dlg.exec():
            return
        identity, me, pin, reason = self.identity, self.ctx.principal, dlg.pin.text(), dlg.reason_text()
        self._run(lambda: identity.reset_pin(me, card, pin, reason), lambda: self._reset_pin(card, dlg))

    def blacklist_card(self) -> None:
        user = self.selected()
        if user is None or self.ops.busy:
            return
        card = self._pick_card(user, {"active", "locked"}, self.tr("Blacklist card"))
        if card is None:
            return
        dlg = ReasonDialog(
            self.tr("Blacklist card"),
            self.tr("Blacklist card %1 of %2? This is final: the card can never be used again.")
            .replace("%1", card)
            .replace("%2", user.display_name),
            self,
        )
        if dlg.exec():
            identity, me, reason = self.identity, self.ctx.principal, dlg.reason_text()
            self._run(lambda: identity.blacklist_card(me, card, reason))

    def approve_proposal(self) -> None:
        self._decide(True)

    def reject_proposal(self) -> None:
        self._decide(False)

    def _decide(self, approve: bool) -> None:
        proposal = self.selected_proposal()
        if proposal is None or self.ops.busy:
            return
        title = self.tr("Approve proposal") if approve else self.tr("Reject proposal")
        question = (
            self.tr("Approve proposal %1 of %2? %3") if approve else self.tr("Reject proposal %1 of %2? %3")
        )
        dlg = ReasonDialog(
            title,
            question.replace("%1", str(proposal.id))
            .replace("%2", proposal.proposed_by)
            .replace("%3", proposal_text(proposal)),
            self,
        )
        if dlg.exec():
            identity, me, reason, pid = self.identity, self.ctx.principal, dlg.reason_text(), proposal.id
            decide = identity.approve_proposal if approve else identity.reject_proposal
            self._run(lambda: decide(me, pid, reason))

    # -- i18n -----------------------------------------------------------------------------------
    def open_work(self) -> list[str]:
        return self.conflicts.open_work()

    def shutdown(self) -> None:
        """Stop the workers (bounded waits)."""
        self.conflicts.shutdown()
        self.proposal_worker.stop()
        self.worker.stop()
        self.user_worker.stop()
        self.ops.stop()

    def retranslate(self) -> None:
        texts = {
            ACTION_NEW: self.tr("New user"),
            ACTION_ROLES: self.tr("Roles…"),
            ACTION_UNLOCK: self.tr("Unlock"),
            ACTION_RESET: self.tr("Reset password"),
            ACTION_TOGGLE: self.tr("Disable"),
            ACTION_CARD: self.tr("Issue card"),
            ACTION_CARD_UNLOCK: self.tr("Unlock card"),
            ACTION_CARD_PIN: self.tr("Reset PIN"),
            ACTION_CARD_BLACKLIST: self.tr("Blacklist card"),
            ACTION_APPROVE: self.tr("Approve"),
            ACTION_REJECT: self.tr("Reject"),
        }
        for name, text in texts.items():
            self.actions_by_name[name].setText(text)
        self.filter.setPlaceholderText(self.tr("Filter by name, role, status…"))
        self.proposals_title.setText(
            self.tr(
                "Creating a privileged user, granting such a role, unlocking and new secrets of a "
                "privileged account are only proposed: a second administrator approves them here."
            )
        )
        self._retitle_tabs()
        self.proposals.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, len(ProposalsTableModel.COLUMNS) - 1
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(UsersTableModel.COLUMNS) - 1)
        self._update_actions()

    def _retitle_tabs(self) -> None:
        waiting = len(self.proposals.rows)
        self.tabs.setTabText(
            0,
            self.tr("Proposals awaiting approval (%1)").replace("%1", str(waiting))
            if waiting
            else self.tr("Proposals awaiting approval"),
        )
        self.tabs.setTabText(1, self.tr("Incompatible roles"))


def _text(exc: Exception) -> str:
    return error_text(exc) if isinstance(exc, SuiteError) else f"{type(exc).__name__}: {exc}"


def _title() -> str:
    return QCoreApplication.translate("Docks", "Users")


SPEC = DockSpec(
    OBJECT_NAME,
    _title,
    Qt.DockWidgetArea.RightDockWidgetArea,
    UsersPanel,
    permission=Permission.USER_ADMIN,
    icon="users.svg",
)
