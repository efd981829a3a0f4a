"""Audit log panel: search, filter by kind and date range, load older entries, verify the chain,
export what the filter shows to CSV or PDF with the chain's state. GUI thread.

Every read runs on a ``Worker``: the entries (a search, the newest page, older pages) on one, the
chain check on another (it reads the whole log and can take seconds: the dock says it is running
and stays usable meanwhile), an export on a third. A result that a newer request replaced is
dropped. The newest page is read again on every change this workstation makes and every few
seconds while the dock is shown and scrolled to the top, so other workstations' entries (log-ins,
denials) appear without a click.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
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
from widgets.common.plain import literal
from widgets.docks import DockContext, DockSpec
from widgets.docks.audit_log.actions import ACTION_EXPORT_CSV, ACTION_EXPORT_PDF, ACTION_MORE, ACTION_VERIFY
from widgets.docks.audit_log.labels import chain_label
from widgets.docks.audit_log.model import AuditTableModel, row_texts
from widgets.i18n import Retranslating, language
from widgets.messages import error_text
from widgets.table_model import record_table
from widgets.theme import set_role
from widgets.workers import Worker

if TYPE_CHECKING:  # the report writers (reportlab) load with the first export, not at start-up
    from app.reports.audit import AuditSheet
    from app.services.audit_service import AuditExport

OBJECT_NAME = "dock.audit"
PAGE = 200
REFRESH_MS = 5000  # the newest page again while shown at the top (other workstations' entries)
NO_DATE = QDate(2000, 1, 1)  # a date edit at its minimum: no bound (shown as "any")


class AuditPanel(Retranslating, QWidget):
    def __init__(self, ctx: DockContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = AuditTableModel()
        self.worker = Worker(self)  # the entries
        self.verify_worker = Worker(self)  # the chain check
        self.export_worker = Worker(self)  # an export being read and written
        self.exporting = False
        self._notice = ""  # the last export's outcome, shown before the entry count
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
        self.since_label, self.until_label = QLabel(), QLabel()
        self.since = self._date_edit("audit.since")
        self.until = self._date_edit("audit.until")
        self.since_label.setBuddy(self.since)
        self.until_label.setBuddy(self.until)
        for w in (self.since_label, self.since, self.until_label, self.until):
            bar.addWidget(w)
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
        self.csv_action = QAction(self)
        self.csv_action.setObjectName(ACTION_EXPORT_CSV)
        self.csv_action.triggered.connect(lambda: self.export("csv"))
        self.pdf_action = QAction(self)
        self.pdf_action.setObjectName(ACTION_EXPORT_PDF)
        self.pdf_action.triggered.connect(lambda: self.export("pdf"))
        self.csv_button, self.pdf_button = QPushButton(), QPushButton()
        self.csv_button.clicked.connect(self.csv_action.trigger)
        self.pdf_button.clicked.connect(self.pdf_action.trigger)
        foot.addWidget(self.status, 1)
        foot.addWidget(self.chain)
        foot.addWidget(self.more_button)
        foot.addWidget(self.csv_button)
        foot.addWidget(self.pdf_button)
        layout.addLayout(foot)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        self.kind.currentIndexChanged.connect(self.reload)
        self.since.dateChanged.connect(self._debounce.start)
        self.until.dateChanged.connect(self._debounce.start)
        ctx.bus.changed.connect(self._on_change)
        self._refresh = QTimer(self)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._refresh_if_shown)  # runs while the dock is shown
        self.total = 0
        self._update_verify()
        self.retranslate()
        self._ready = True
        self.reload()
        header = self.table.horizontalHeader()
        for col, width in enumerate((60, 60, 150, 130, 150, 120, 200)):  # never narrower than its title
            self.table.setColumnWidth(col, max(width, header.sectionSizeHint(col)))

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setDate(NO_DATE)
        return edit

    def _day(self, edit: QDateEdit, *, after: bool = False) -> datetime | None:
        """The local midnight that starts the edit's day (``after``: the next day's), None if unset."""
        d = edit.date()
        if d == NO_DATE:
            return None
        day = datetime.combine(d.toPython(), time()).astimezone()  # type: ignore[arg-type]
        return day + timedelta(days=1) if after else day

    def _query(self, before_id: int | None = None) -> AuditQuery:
        return AuditQuery(
            text=self.search.text().strip(),
            action_prefix=str(self.kind.currentData() or ""),
            limit=PAGE,
            before_id=before_id,
            since=self._day(self.since),
            until=self._day(self.until, after=True),
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._refresh.stop()

    def _refresh_if_shown(self) -> None:
        if (
            self.isVisible()
            and not self.loading
            and not self._debounce.isActive()
            and self.table.verticalScrollBar().value() == 0
        ):
            self.reload()

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
        text = (
            self.tr("Showing %1 of %2 entries")
            .replace("%1", str(len(self.model.records)))
            .replace("%2", str(self.total))
        )
        self.status.setText(f"{self._notice}    {text}" if self._notice else text)

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
        may_export = self.ctx.principal.can(Permission.REPORT_PRINT) and not self.exporting
        for w in (self.csv_action, self.pdf_action, self.csv_button, self.pdf_button):
            w.setEnabled(may_export)

    # -- export -------------------------------------------------------------------------------
    def export(self, kind: str, path: str | Path | None = None) -> bool:
        """Write the entries the filter selects (not only the loaded page) as ``kind`` ("csv" or
        "pdf") on the worker, with the chain checked at the time; asks where unless ``path`` is
        given. False if an export is running or the dialog was cancelled."""
        if self.exporting:
            return False
        suffix = "." + kind
        if path is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            name = f"audit-log-{datetime.now():%Y%m%d-%H%M}{suffix}"
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export audit log"),
                str(Path(folder or Path.home()) / name),
                self.tr("CSV files (*.csv)") if kind == "csv" else self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return False
            path = chosen
        target = Path(path)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        audit, me, query, lang = self.ctx.services.audit, self.ctx.principal, self._query(), language()
        filter_text, headers = self._filter_text(), tuple(self.model.headers)

        def job() -> Path:  # worker thread (the labels translate on any thread)
            from app.reports.audit import write_csv, write_pdf

            export = audit.export(me, query)
            sheet = self._sheet(export, filter_text, headers, lang)
            return write_csv(sheet, target) if kind == "csv" else write_pdf(sheet, target)

        self.exporting = True
        self._update_verify()
        self._notice = self.tr("Writing %1…").replace("%1", target.name)
        self._update_status()
        self.export_worker.submit(job, self._exported, self._export_failed)
        return True

    def _sheet(
        self, export: AuditExport, filter_text: str, headers: tuple[str, ...], lang: str
    ) -> AuditSheet:
        from app.reports.audit import AuditSheet

        if export.chain is None:
            chain, ok = self.tr("not verified (verifying the chain needs the audit verify permission)"), None
            verdict = self.tr("Not verified")
        else:
            chain, ok = chain_label(export.chain.summary()), export.chain.ok
            verdict = self.tr("Intact") if ok else self.tr("BROKEN")
        at = export.at.astimezone()
        offset = at.strftime("%z")
        note = ""
        if export.truncated:
            note = (
                self.tr("Only the newest %1 of %2 matching entries are here; narrow the filter for the rest.")
                .replace("%1", f"{len(export.records):,}")
                .replace("%2", f"{export.matching:,}")
            )
        return AuditSheet(
            title=self.tr("Audit log"),
            filter=filter_text,
            generated_at=f"{at:%Y-%m-%d %H:%M} (UTC{offset[:3]}:{offset[3:]})",
            generated_by=export.by,
            chain=chain,
            chain_ok=ok,
            verdict=verdict,
            headers=headers,
            rows=tuple(row_texts(r) for r in export.records),
            labels=(
                self.tr("Chain verification"),
                self.tr("Entries in this file"),
                self.tr("Entries matching"),
            ),
            matching=export.matching,
            note=note,
            language=lang,
        )

    def _filter_text(self) -> str:
        parts = [self.kind.currentText()]
        if self.search.text().strip():
            parts.append(self.tr("search \u201c%1\u201d").replace("%1", self.search.text().strip()))
        since, until = self.since.date(), self.until.date()
        if since != NO_DATE or until != NO_DATE:
            parts.append(
                self.tr("%1 to %2")
                .replace("%1", since.toString("yyyy-MM-dd") if since != NO_DATE else "…")
                .replace("%2", until.toString("yyyy-MM-dd") if until != NO_DATE else "…")
            )
        return self.tr(", ").join(parts)

    def _exported(self, path: Path) -> None:
        self.exporting = False
        self._update_verify()
        self._notice = self.tr("Saved %1").replace("%1", str(path))
        self._update_status()
        self.reload()  # the export's own entry

    def _export_failed(self, exc: Exception) -> None:
        self.exporting = False
        self._update_verify()
        text = error_text(exc) if isinstance(exc, SuiteError) else str(exc)
        text = self.tr("The export could not be written: %1").replace("%1", text)
        self._notice = text
        self._update_status()
        QMessageBox.warning(self, self.tr("Export audit log"), literal(text))

    def shutdown(self) -> None:
        """Stop the workers (bounded waits)."""
        self._refresh.stop()
        self.worker.stop()
        self.verify_worker.stop()
        self.export_worker.stop()

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
            ("authz.", self.tr("Authorization")),
            ("capture.", self.tr("Capture")),
            ("tag.", self.tr("Tag binding")),
            ("register.", self.tr("Registers")),
            ("zone.", self.tr("Zones")),
            ("reader.", self.tr("Readers")),
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
        self.csv_action.setText(self.tr("Export CSV…"))
        self.csv_button.setText(self.csv_action.text())
        self.pdf_action.setText(self.tr("Export PDF…"))
        self.pdf_button.setText(self.pdf_action.text())
        self.since_label.setText(self.tr("&From"))
        self.until_label.setText(self.tr("&To"))
        for edit in (self.since, self.until):
            edit.setSpecialValueText(self.tr("any date"))
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
