"""Authorization rules panel (授权规则): the administrator edits the business types with their
thresholds and the input/authorization limits per role and user, validates them, and saves a new
version with a reason (AuthorizationService checks the permission, validates, versions and audits).
GUI thread; the rules in force are read through PolicyVersionService on the panel's worker, and a
save runs on its ``Operations`` worker (Save and Revert off until it is answered)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.authz_policy import PULL, PUSH, PolicyError, parse_policy
from app.errors import SuiteError, ValidationError
from app.operations import Change, Target
from app.rbac import Permission
from app.services.policy_versions import PolicyInForce
from widgets.actions import build_actions
from widgets.common.dialogs import ReasonDialog
from widgets.common.plain import literal
from widgets.docks import DockContext, DockSpec
from widgets.docks.authz_rules.actions import (
    ACTION_ADD_BUSINESS,
    ACTION_ADD_LIMIT,
    ACTION_REMOVE_BUSINESS,
    ACTION_REMOVE_LIMIT,
    ACTION_REVERT,
    ACTION_SAVE,
    ACTION_VALIDATE,
)
from widgets.docks.authz_rules.model import (
    BusinessModel,
    BusinessRow,
    LimitModel,
    LimitRow,
    build_json,
    locate,
    rows_from_source,
)
from widgets.i18n import Retranslating
from widgets.messages import error_text
from widgets.table_model import record_table
from widgets.workers import Operations, Worker

OBJECT_NAME = "dock.authz_rules"


class AuthzRulesPanel(Retranslating, QWidget):
    def __init__(self, ctx: DockContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.version = 0
        self.saved_by = ""
        self.saved_at = ""
        self._loaded_json = ""
        self._problem: tuple[str, str] | None = None  # (field, problem) of the last refusal
        self.loaded = False  # the rules in force have arrived once
        self._reading = False
        self.worker = Worker(self)
        self.ops = Operations(self, name="authz-rules")  # a save
        layout = QVBoxLayout(self)
        self.toolbar = QToolBar()
        self.actions_by_name = build_actions(
            self,
            self.toolbar,
            (
                (ACTION_ADD_BUSINESS, self.add_business, None),
                (ACTION_REMOVE_BUSINESS, self.remove_business, None),
                (ACTION_ADD_LIMIT, self.add_limit, None),
                (ACTION_REMOVE_LIMIT, self.remove_limit, None),
                (ACTION_VALIDATE, self.validate, None),
                (ACTION_SAVE, self.save, QKeySequence.StandardKey.Save),
                (ACTION_REVERT, self.revert, None),
            ),
        )
        layout.addWidget(self.toolbar)
        header = QFormLayout()
        self.version_label = QLabel()
        self.version_label.setObjectName("authz_rules.version")
        self.version_label.setTextFormat(Qt.TextFormat.PlainText)  # names a user: never markup
        self.dispatch = QComboBox()
        self.dispatch.setObjectName("authz_rules.dispatch")
        self.dispatch.addItem("", PULL)
        self.dispatch.addItem("", PUSH)
        self.header_labels = [QLabel(), QLabel()]
        header.addRow(self.header_labels[0], self.version_label)
        header.addRow(self.header_labels[1], self.dispatch)
        layout.addLayout(header)
        split = QSplitter(Qt.Orientation.Vertical)
        self.business_model = BusinessModel()
        self.limit_model = LimitModel()
        self.business_box = QGroupBox()
        self.limit_box = QGroupBox()
        self.business_table = self._table("authz_rules.business", self.business_model, self.business_box)
        self.limit_table = self._table("authz_rules.limits", self.limit_model, self.limit_box)
        # the code and the English name are data typed in Latin letters, in the Chinese UI too
        self.business_table.setProperty("latinColumns", [0, 2])
        split.addWidget(self.business_box)
        split.addWidget(self.limit_box)
        layout.addWidget(split, 1)
        self.message = QLabel()
        self.message.setObjectName("authz_rules.message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # quotes codes and names as typed
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        ctx.bus.changed.connect(self._on_change)
        self.load()
        self.retranslate()
        self._ready = True

    @staticmethod
    def _table(name: str, model: BusinessModel | LimitModel, box: QGroupBox) -> QTableView:
        table = record_table(name, model)
        table.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.EditKeyPressed
            | QTableView.EditTrigger.AnyKeyPressed
        )
        QVBoxLayout(box).addWidget(table)
        return table

    # -- loading ---------------------------------------------------------------------------------
    def load(self, *, header_only: bool = False) -> None:
        """Read the version in force on the worker, then show it (discarding edits), or only who
        saved it and when (``header_only``: keeping the administrator's edits)."""
        actor = self.ctx.principal
        self._reading = True
        self.worker.submit(
            lambda: self.ctx.services.policies.in_force(actor),
            self._read_header if header_only else self._show_rules,
            self._failed,
        )

    @property
    def loading(self) -> bool:
        """The rules are being read, or a save is on its way (they are read again after)."""
        return self._reading or self.ops.busy

    def _failed(self, exc: Exception) -> None:
        self._reading = False
        text = error_text(exc) if isinstance(exc, SuiteError) else str(exc)
        self._say(self.tr("Could not read the rules: %1").replace("%1", text), error=True)

    def _show_rules(self, rules: PolicyInForce) -> None:
        self._read_header(rules)
        business, limits, dispatch = rows_from_source(rules.policy.source)
        self.business_model.set_rows(business)
        self.limit_model.set_rows(limits)
        self.dispatch.setCurrentIndex(max(self.dispatch.findData(dispatch), 0))
        self._loaded_json = self.policy_json()
        self._problem = None
        self.loaded = True

    def _read_header(self, rules: PolicyInForce) -> None:
        """Who saved the version in force and when."""
        self._reading = False
        self.version, self.saved_by = rules.version, rules.saved_by
        self.saved_at = rules.saved_at.astimezone().strftime("%Y-%m-%d %H:%M") if rules.saved_at else ""
        self._show_version()

    def policy_json(self) -> str:
        """The JSON of the tables as they stand (a PolicyError if they cannot even be written)."""
        try:
            return build_json(
                self.business_model.rows, self.limit_model.rows, str(self.dispatch.currentData())
            )
        except PolicyError:
            return ""

    @property
    def edited(self) -> bool:
        return self.policy_json() != self._loaded_json

    def _show_version(self) -> None:
        if self.version == 0:
            text = self.tr("Shipped rules (no version saved yet)")
        else:
            text = (
                self.tr("Version %1, saved by %2 at %3")
                .replace("%1", str(self.version))
                .replace("%2", self.saved_by)
                .replace("%3", self.saved_at)
            )
        self.version_label.setText(text)

    # -- editing ---------------------------------------------------------------------------------
    def add_business(self) -> None:
        row = self.business_model.add_row(BusinessRow(code="NEW", name_zh="", name_en=""))
        self.business_table.setCurrentIndex(self.business_model.index(row, 0))
        self.business_table.edit(self.business_model.index(row, 0))

    def remove_business(self) -> None:
        index = self.business_table.currentIndex()
        if index.isValid():
            self.business_model.remove_row(index.row())

    def add_limit(self) -> None:
        row = self.limit_model.add_row(LimitRow())
        self.limit_table.setCurrentIndex(self.limit_model.index(row, 0))
        self.limit_table.edit(self.limit_model.index(row, 0))

    def remove_limit(self) -> None:
        index = self.limit_table.currentIndex()
        if index.isValid():
            self.limit_model.remove_row(index.row())

    def revert(self) -> None:
        self.load()
        self._say(self.tr("Reverted to the rules in force."))

    # -- checking and saving ---------------------------------------------------------------------
    def check(self) -> str | None:
        """The JSON to save, or None after marking the first problem at its row."""
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            focus.clearFocus()  # an open cell editor commits its text first
        self.business_model.set_mark(None)
        self.limit_model.set_mark(None)
        self._problem = None
        try:
            text = build_json(
                self.business_model.rows, self.limit_model.rows, str(self.dispatch.currentData())
            )
            parse_policy(text)
        except PolicyError as e:
            self._refuse(e.field, e.problem)
            return None
        return text

    def validate(self) -> bool:
        if self.check() is None:
            return False
        self._say(self.tr("The rules are valid."))
        return True

    def _refuse(self, field: str, problem: str) -> None:
        self._problem = (field, problem)
        text = self._problem_text(field, problem)
        self._say("⚠ " + text, error=True)
        where = locate(field, self.business_model.rows, self.limit_model.rows)
        if where is None:
            if field == "dispatch":
                self.dispatch.setFocus()
            return
        table_name, row, column = where
        model = self.business_model if table_name == "business" else self.limit_model
        table = self.business_table if table_name == "business" else self.limit_table
        model.set_mark((row, column, text))
        index = model.index(row, column if column is not None else 0)
        table.clearSelection()  # a selected row would hide the mark's colour
        table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        table.scrollTo(index)
        table.setFocus()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("role", "error" if error else "hint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def _problem_text(self, field: str, problem: str) -> str:
        texts = {
            "order": self.tr(
                "The thresholds must rise: authorize over ≤ remote only over ≤ two authorizers over."
            ),
            "format": self.tr("Invalid format (business codes: upper-case letters, digits, _)."),
            "type": self.tr("Invalid value."),
            "range": self.tr("The priority must be from 1 to 9."),
            "choice": self.tr("Not one of the allowed values (role, currency CNY/USD, business code)."),
            "required": self.tr("Please fill this in."),
            "duplicate": self.tr("This entry appears twice."),
            "conflict": self.tr(
                "The rules were just saved at another workstation: "
                "revert to load them, then edit and save again."
            ),
        }
        return texts.get(problem, problem) + f" [{field}]"

    def save(self) -> None:
        if self.ops.busy:
            return
        text = self.check()
        if text is None:
            return
        dlg = ReasonDialog(
            self.tr("Save authorization rules"),
            self.tr("Save the rules as version %1? They apply at once to new requests.").replace(
                "%1", str(self.version + 1)
            ),
            self,
        )
        if not dlg.exec():
            return
        authz, me, reason = self.ctx.services.authorization, self.ctx.principal, dlg.reason_text()
        before = (self.message.text(), self.message.property("role") == "error")  # said again if refused
        self._say(self.tr("Saving…"))
        a = self.actions_by_name
        self.ops.run(
            lambda: authz.save_policy(me, text, reason),
            self._saved,
            lambda exc: self._save_refused(exc, *before),
            hold=(a[ACTION_SAVE], a[ACTION_REVERT]),
        )

    def _save_refused(self, exc: SuiteError, said: str, error: bool) -> None:
        if isinstance(exc, ValidationError):
            self._refuse(str(exc.params.get("field", "")), str(exc.params.get("problem", "")))
            return
        self._say(said, error=error)
        QMessageBox.warning(self, self.tr("Save authorization rules"), literal(error_text(exc), exc.message))

    def _saved(self, change: Change) -> None:
        self.ctx.bus.publish(change, self)
        self.load()  # the saved version, as stored
        version = change.detail.get("version", change.target_ids[0])
        self._say(self.tr("Saved as version %1.").replace("%1", str(version)))

    def _on_change(self, change: Change, source: object = None) -> None:
        if change.target_type != Target.AUTH_POLICY or source is self:
            return
        if self.loaded and self.edited:  # keep the administrator's edits; only the header moves on
            self.version = int(change.detail.get("version", self.version))
            self._show_version()
            self.load(header_only=True)
        else:
            self.load()

    def retranslate(self) -> None:
        self.business_model.retranslate()
        self.limit_model.retranslate()
        self.header_labels[0].setText(self.tr("In force"))
        self.header_labels[1].setText(self.tr("Remote requests"))
        self.dispatch.setItemText(0, self.tr("Pull: authorizers take them from the shared queue"))
        self.dispatch.setItemText(1, self.tr("Push: offered first to the least-busy authorizer"))
        self.business_box.setTitle(self.tr("Business types and thresholds"))
        self.limit_box.setTitle(self.tr("Limits by role and user"))
        for name, text in (
            (ACTION_ADD_BUSINESS, self.tr("Add business")),
            (ACTION_REMOVE_BUSINESS, self.tr("Remove business")),
            (ACTION_ADD_LIMIT, self.tr("Add limit")),
            (ACTION_REMOVE_LIMIT, self.tr("Remove limit")),
            (ACTION_VALIDATE, self.tr("Validate")),
            (ACTION_SAVE, self.tr("Save")),
            (ACTION_REVERT, self.tr("Revert")),
        ):
            self.actions_by_name[name].setText(text)
        self._show_version()
        if self._problem is not None:
            self._refuse(*self._problem)

    def shutdown(self) -> None:
        self.worker.stop()
        self.ops.stop()


def _title() -> str:
    return QCoreApplication.translate("Docks", "Authorization rules")


SPEC = DockSpec(
    OBJECT_NAME,
    _title,
    Qt.DockWidgetArea.RightDockWidgetArea,
    AuthzRulesPanel,
    permission=Permission.REGISTER_ADMIN,
    icon="lock.svg",
)
