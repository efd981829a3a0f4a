"""The table of incompatible roles (separation of duties, 岗位分离) on the users dock: the pairs of
roles no account holds together, edited here and saved as one proposal that a second administrator
approves (the service refuses anything else: ``IdentityService.set_role_conflicts``). GUI thread;
the table is read on the page's ``Worker``, a save runs on the panel's ``Operations``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QToolBar, QVBoxLayout, QWidget

from app.errors import SuiteError
from app.operations import Change
from app.rbac import Principal, Role
from app.services.identity import IdentityService
from app.services.user_proposals import ProposalKind, ProposalView
from widgets.actions import build_actions
from widgets.common.dialogs import FormDialog, ReasonDialog
from widgets.common.plain import literal
from widgets.i18n import Retranslating
from widgets.messages import error_text
from widgets.roles import role_name
from widgets.table_model import Index, ListTableModel, record_table
from widgets.workers import Worker

Pair = tuple[str, str]

ACTION_ADD = "users.conflicts.add"
ACTION_REMOVE = "users.conflicts.remove"
ACTION_SAVE = "users.conflicts.save"
ACTION_DISCARD = "users.conflicts.discard"


def _pair(a: str, b: str) -> Pair:
    first, second = sorted((a, b))
    return first, second


class ConflictsModel(ListTableModel[Pair]):
    COLUMNS = ("a", "b", "state")

    def __init__(self) -> None:
        super().__init__()
        self.saved: list[Pair] = []  # as the database has them

    def set_saved(self, pairs: list[Pair]) -> None:
        """The table as the database has it now; edits not saved stay on it (a pair added stays
        added, one removed stays removed)."""
        added = set(self.rows) - set(self.saved)
        removed = set(self.saved) - set(self.rows)
        self.beginResetModel()
        self.saved = sorted(set(pairs))
        self.rows = sorted((set(self.saved) | added) - removed)
        self.endResetModel()

    def set_rows(self, pairs: list[Pair]) -> None:
        self.beginResetModel()
        self.rows = sorted(set(pairs))
        self.endResetModel()

    @property
    def edited(self) -> bool:
        return self.rows != self.saved

    def removed(self) -> list[Pair]:
        return [p for p in self.saved if p not in self.rows]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            QCoreApplication.translate("RoleConflicts", "Role"),
            QCoreApplication.translate("RoleConflicts", "Not with role"),
            QCoreApplication.translate("RoleConflicts", "Change"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        pair = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return pair
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() < 2:
            return role_name(Role(pair[index.column()]))
        return "" if pair in self.saved else QCoreApplication.translate("RoleConflicts", "added, not saved")


class PairDialog(FormDialog):
    """Two different roles; a pair the table has already is refused."""

    def __init__(self, existing: list[Pair], parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("RoleConflicts", "Add a pair of incompatible roles"),
            parent,
            with_reason=False,
        )
        self.existing = set(existing)
        self.first, self.second = QComboBox(), QComboBox()
        for name, box in (("conflicts.first", self.first), ("conflicts.second", self.second)):
            box.setObjectName(name)
            for r in Role:
                box.addItem(role_name(r), r.value)
        self.second.setCurrentIndex(1)
        self.form.insertRow(0, QCoreApplication.translate("RoleConflicts", "Role"), self.first)
        self.form.insertRow(1, QCoreApplication.translate("RoleConflicts", "Not with role"), self.second)

    def pair(self) -> Pair:
        return _pair(str(self.first.currentData()), str(self.second.currentData()))

    def problem(self) -> str | None:
        a, b = self.pair()
        if a == b:
            return QCoreApplication.translate("RoleConflicts", "Choose two different roles.")
        if (a, b) in self.existing:
            return QCoreApplication.translate("RoleConflicts", "The table has this pair already.")
        return None


class ConflictsPage(Retranslating, QWidget):
    """``run(job)``: the panel runs a change (one at a time) and publishes it."""

    def __init__(
        self,
        identity: IdentityService,
        principal: Principal,
        run: Callable[[Callable[[], Change]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.identity, self.principal, self._run = identity, principal, run
        self.model = ConflictsModel()
        self.worker = Worker(self)
        self.pending: ProposalView | None = None  # a change of this table awaiting approval
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel()
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.toolbar = QToolBar()
        self.actions_by_name = build_actions(
            self,
            self.toolbar,
            (
                (ACTION_ADD, self.add_pair, QKeySequence(Qt.Key.Key_Insert)),
                (ACTION_REMOVE, self.remove_pair, QKeySequence(QKeySequence.StandardKey.Delete)),
                (ACTION_SAVE, self.save, QKeySequence(QKeySequence.StandardKey.Save)),
                (ACTION_DISCARD, self.discard, None),
            ),
        )
        layout.addWidget(self.toolbar)
        self.table = record_table("users.conflicts", self.model)
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setObjectName("users.conflicts.status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.table.selectionModel().selectionChanged.connect(self.update_actions)
        self.retranslate()
        self._ready = True

    # -- data -----------------------------------------------------------------------------------
    def reload(self) -> None:
        identity, me = self.identity, self.principal
        self.worker.submit(lambda: identity.role_conflicts(me), self._loaded, self._failed)

    def _loaded(self, pairs: list[Pair]) -> None:
        self.model.set_saved([_pair(a, b) for a, b in pairs])
        self.update_actions()

    def _failed(self, exc: Exception) -> None:
        text = error_text(exc) if isinstance(exc, SuiteError) else f"{type(exc).__name__}: {exc}"
        QMessageBox.warning(self, self.tr("Incompatible roles"), literal(text))

    def set_proposals(self, proposals: list[ProposalView]) -> None:
        """The pending proposals (the panel reads them): one of this table is shown here."""
        self.pending = next((p for p in proposals if p.kind == ProposalKind.ROLE_CONFLICTS), None)
        self.update_actions()

    def open_work(self) -> list[str]:
        return (
            [self.tr("The table of incompatible roles is edited and not saved.")] if self.model.edited else []
        )

    # -- actions --------------------------------------------------------------------------------
    def selected(self) -> Pair | None:
        rows = self.table.selectionModel().selectedRows()
        found = self.model.data(rows[0], Qt.ItemDataRole.UserRole) if rows else None
        return found if isinstance(found, tuple) else None

    def add_pair(self) -> None:
        dlg = PairDialog(self.model.rows, self)
        if dlg.exec():
            self.model.set_rows([*self.model.rows, dlg.pair()])
            self.update_actions()

    def remove_pair(self) -> None:
        pair = self.selected()
        if pair is not None:
            self.model.set_rows([p for p in self.model.rows if p != pair])
            self.update_actions()

    def discard(self) -> None:
        self.model.set_rows(self.model.saved)
        self.update_actions()

    def save(self) -> None:
        if not self.model.edited or self.pending is not None:
            return
        added = [p for p in self.model.rows if p not in self.model.saved]
        lines = [self.tr("Added: %1").replace("%1", _names(added))] if added else []
        if self.model.removed():
            lines.append(self.tr("Removed: %1").replace("%1", _names(self.model.removed())))
        question = self.tr(
            "Propose this table of incompatible roles? It takes effect when a second administrator "
            "approves it.\n%1"
        ).replace("%1", "\n".join(lines))
        dlg = ReasonDialog(self.tr("Incompatible roles"), question, self)
        if dlg.exec():
            identity, me, reason = self.identity, self.principal, dlg.reason_text()
            pairs = [list(p) for p in self.model.rows]
            self._run(lambda: identity.set_role_conflicts(me, pairs, reason))

    def saved(self, change: Change) -> None:
        """The panel's change landed: the table as the database has it now (a proposal changes
        nothing yet; the edits stay until it is approved or discarded)."""
        del change
        self.reload()

    def update_actions(self) -> None:
        edited = self.model.edited
        self.actions_by_name[ACTION_REMOVE].setEnabled(self.selected() is not None)
        self.actions_by_name[ACTION_SAVE].setEnabled(edited and self.pending is None)
        self.actions_by_name[ACTION_DISCARD].setEnabled(edited)
        if self.pending is not None:
            self.status.setProperty("state", "warn")
            self.status.setText(
                self.tr("Proposal %1 of %2 changes this table and awaits a second administrator.")
                .replace("%1", str(self.pending.id))
                .replace("%2", self.pending.proposed_by)
            )
        elif edited:
            self.status.setProperty("state", "warn")
            self.status.setText(
                self.tr("Edited, not saved: Save proposes the table to a second administrator.")
            )
        else:
            self.status.setProperty("state", "")
            self.status.setText("")
        self.status.style().polish(self.status)

    def shutdown(self) -> None:
        self.worker.stop()

    def retranslate(self) -> None:
        texts = {
            ACTION_ADD: self.tr("Add pair…"),
            ACTION_REMOVE: self.tr("Remove pair"),
            ACTION_SAVE: self.tr("Save…"),
            ACTION_DISCARD: self.tr("Discard changes"),
        }
        for name, text in texts.items():
            self.actions_by_name[name].setText(text)
        self.hint.setText(
            self.tr(
                "No account holds two roles paired here (separation of duties). A user holding both "
                "keeps them until their roles next change; new users and new roles are refused."
            )
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(ConflictsModel.COLUMNS) - 1)
        self.model.refresh_cells()
        self.update_actions()


def _names(pairs: list[Pair]) -> str:
    sep = QCoreApplication.translate("RoleConflicts", " with ")
    return "; ".join(role_name(Role(a)) + sep + role_name(Role(b)) for a, b in pairs)
