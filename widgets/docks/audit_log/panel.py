"""Audit log panel: search, filter by kind, load older entries, verify the chain. GUI thread.

Every read runs on a ``Worker``: the entries (a search, the newest page, older pages) on one, the
chain check on another (it reads the whole log and can take seconds: the dock says it is running
and stays usable meanwhile). A result that a newer request replaced is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.audit import AuditQuery, AuditRecord, ChainReport
from app.errors import SuiteError
from app.operations import Change
from app.rbac import Permission
from widgets.docks import DockContext, DockSpec
from widgets.docks.audit_log.actions import ACTION_MORE, ACTION_VERIFY
from widgets.docks.audit_log.model import AuditTableModel
from widgets.i18n import Retranslating
from widgets.messages import error_text
from widgets.table_model import record_table
from widgets.theme import set_role
from widgets.workers import Worker

OBJECT_NAME = "dock.audit"
PAGE = 200


class AuditPanel(Retranslating, QWidget):
    def __init__(self, ctx: DockContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = AuditTableModel()
        self.worker = Worker(self)  # the entries
        self.verify_worker = Worker(self)  # the chain check
        self.loading = False  # entries asked for and not yet arrived
        self.verifying = False
        self.loads = 0
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("audit.search")
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.setObjectName("audit.kind")
        bar.addWidget(self.search, 2)
        bar.addWidget(self.kind, 1)
        self.verify_action = QAction(self)
        self.verify_action.setObjectName(ACTION_VERIFY)
        self.verify_action.triggered.connect(self.verify)
        self.verify_button = QPushButton()
        self.verify_button.clicked.connect(self.verify_action.trigger)
        bar.addWidget(self.verify_button)
        layout.addLayout(bar)

        self.table = record_table("audit.table", self.model, single=False, fit_columns=False)
        self.table.setWordWrap(False)
        layout.addWidget(self.table, 1)

        foot = QHBoxLayout()
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        self.chain = QLabel()
        self.more_action = QAction(self)
        self.more_action.setObjectName(ACTION_MORE)
        self.more_action.triggered.connect(self.load_more)
        self.more_button = QPushButton()
        self.more_button.clicked.connect(self.more_action.trigger)
        foot.addWidget(self.status, 1)
        foot.addWidget(self.chain)
        foot.addWidget(self.more_button)
        layout.addLayout(foot)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        self.kind.currentIndexChanged.connect(self.reload)
        ctx.bus.changed.connect(self._on_change)
        self.total = 0
        self._update_verify()
        self.retranslate()
        self._ready = True
        self.reload()
        header = self.table.horizontalHeader()
        for col, width in enumerate((60, 60, 150, 130, 150, 120, 200)):  # never narrower than its title
            self.table.setColumnWidth(col, max(width, header.sectionSizeHint(col)))

    def _query(self, before_id: int | None = None) -> AuditQuery:
        return AuditQuery(
            text=self.search.text().strip(),
            action_prefix=str(self.kind.currentData() or ""),
            limit=PAGE,
            before_id=before_id,
        )

    def reload(self) -> None:
        audit, me, query = self.ctx.services.audit, self.ctx.principal, self._query()
        self.loading = True
        self.worker.submit(lambda: audit.query(me, query), self._apply_page, self._load_failed)

    def _apply_page(self, page: tuple[list[AuditRecord], int]) -> None:
        records, self.total = page
        self.model.set_records(records)
        self._loaded()

    def load_more(self) -> None:
        if not self.model.records or self.loading:
            return
        audit, me = self.ctx.services.audit, self.ctx.principal
        query = self._query(before_id=self.model.records[-1].id)
        self.loading = True
        self.worker.submit(lambda: audit.query(me, query), self._append_page, self._load_failed)

    def _append_page(self, page: tuple[list[AuditRecord], int]) -> None:
        records, self.total = page
        self.model.append_records(records)
        self._loaded()

    def _loaded(self) -> None:
        self.loading = False
        self.loads += 1
        self._update_status()

    def _load_failed(self, exc: Exception) -> None:
        self.loading = False
        self.status.setText(
            error_text(exc) if isinstance(exc, SuiteError) else f"{type(exc).__name__}: {exc}"
        )

    def _on_change(self, change: Change) -> None:
        del change  # every change is audited: newest entries appear at the top
        if not self.model.records or self.table.verticalScrollBar().value() == 0:
            self.reload()

    def _update_status(self) -> None:
        self.status.setText(
            self.tr("Showing %1 of %2 entries")
            .replace("%1", str(len(self.model.records)))
            .replace("%2", str(self.total))
        )

    def verify(self) -> None:
        """Check the whole chain on the worker; the dock shows it is running meanwhile."""
        if self.verifying:
            return
        audit, me = self.ctx.services.audit, self.ctx.principal
        self.verifying = True
        self._update_verify()
        self.chain.setText(self.tr("Verifying the chain…"))
        set_role(self.chain, "state", "warn")
        self.verify_worker.submit(lambda: audit.verify(me), self._verified, self._verify_failed)

    def _verify_failed(self, exc: Exception) -> None:
        self.verifying = False
        self._update_verify()
        self.chain.setText("")
        set_role(self.chain, "state", "off")
        text = error_text(exc) if isinstance(exc, SuiteError) else f"{type(exc).__name__}: {exc}"
        QMessageBox.warning(self, self.tr("Audit log"), text)

    def _verified(self, report: ChainReport) -> None:
        self.verifying = False
        self._update_verify()
        if report.ok:
            text = self.tr("Chain intact: %1 entries").replace("%1", str(report.checked))
            if report.checkpoints:
                text += self.tr(", signed up to #%1").replace("%1", str(report.newest_checkpoint))
            if report.pending:
                text += self.tr(" (%1 not yet chained)").replace("%1", str(report.pending))
            self.chain.setText(text)
            set_role(self.chain, "state", "ok")
        else:
            problems = {
                "hash_mismatch": self.tr("the entry was altered"),
                "link_broken": self.tr("the link to the previous entry is broken"),
                "gap": self.tr("the entry is missing"),
                "entry_missing": self.tr("the entry is missing"),
                "entry_twice": self.tr("the entry appears twice"),
                "truncated": self.tr("the newest entries were removed"),
                "checkpoint_mismatch": self.tr("the chain differs from its signed checkpoint"),
                "checkpoint_forged": self.tr("a checkpoint's signature is not valid"),
                "checkpoint_removed": self.tr("a signed checkpoint was removed or altered"),
                "checkpoint_not_filed": self.tr("a signed checkpoint is missing from the checkpoint file"),
                "checkpoint_file": self.tr("the checkpoint file cannot be read"),
                "no_public_key": self.tr("the checkpoints' public key is missing"),
            }
            text = (
                self.tr("Chain BROKEN at entry #%1 (%2)")
                .replace("%1", str(report.first_bad_seq))
                .replace("%2", problems.get(str(report.problem), str(report.problem)))
            )
            self.chain.setText(text)
            set_role(self.chain, "state", "error")
            QMessageBox.critical(self, self.tr("Audit log"), text)
        self.reload()

    def _update_verify(self) -> None:
        self.verify_action.setEnabled(not self.verifying)  # one check at a time
        self.verify_button.setEnabled(self.ctx.principal.can(Permission.AUDIT_VERIFY) and not self.verifying)

    def shutdown(self) -> None:
        """Stop the workers (bounded waits)."""
        self.worker.stop()
        self.verify_worker.stop()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search user, action, target, reason…"))
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        for prefix, label in (
            ("", self.tr("All actions")),
            ("auth.", self.tr("Log-in and log-out")),
            ("user.", self.tr("Users and roles")),
            ("card.", self.tr("Cards and PINs")),
            ("security.", self.tr("Denied attempts")),
            ("audit.", self.tr("Audit checks")),
        ):
            self.kind.addItem(label, prefix)
        idx = self.kind.findData(current)
        self.kind.setCurrentIndex(max(idx, 0))
        self.kind.blockSignals(False)
        self.verify_action.setText(self.tr("Verify chain"))
        self.verify_button.setText(self.verify_action.text())
        self.more_action.setText(self.tr("Load older"))
        self.more_button.setText(self.more_action.text())
        self.model.set_headers(
            [
                self.tr("No."),
                self.tr("Chain No."),
                self.tr("Time"),
                self.tr("User"),
                self.tr("Action"),
                self.tr("Target"),
                self.tr("Reason"),
                self.tr("Before → after"),
            ]
        )
        self._update_status()


def _title() -> str:
    return QCoreApplication.translate("Docks", "Audit log")


SPEC = DockSpec(
    OBJECT_NAME,
    _title,
    Qt.DockWidgetArea.LeftDockWidgetArea,
    AuditPanel,
    permission=Permission.AUDIT_READ,
    icon="audit.svg",
    below=True,
)
