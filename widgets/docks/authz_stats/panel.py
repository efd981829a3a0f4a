"""Authorization statistics dock (授权统计分析): pick a month or a quarter, see the KPIs, the
figures by branch, business type, authorizer and teller, a bar chart and (for a quarter) the
monthly trend and the findings; export the report as PDF or print it. GUI thread.

Snapshot in, result out: the period goes to a worker that asks the stats service; the result comes
back once and fills everything. The PDF is written on a second worker from the same immutable
result. The print preview renders the same report document as HTML in a QTextDocument.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QImage, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QLabel,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import SuiteError
from app.operations import Change, Target
from app.rbac import Permission
from app.reports import BarChart, Kpi, Report, to_html
from app.reports.authz import monthly_document, monthly_report, quarterly_document, quarterly_report
from app.services.authz_stats import (
    DEFAULT_ZONE,
    KPI_KEYS,
    PeriodStats,
    QuarterAnalysis,
    kpi_block,
    kpi_labels,
)
from widgets.common.flow import FlowLayout
from widgets.common.plain import literal, plain
from widgets.docks import DockContext, DockSpec
from widgets.docks.authz_stats.actions import ACTION_EXPORT, ACTION_PREVIEW, ACTION_REFRESH
from widgets.docks.authz_stats.chart import BarChartWidget, chart_image
from widgets.docks.authz_stats.model import AuthorizerModel, GroupModel, MonthModel, TellerModel
from widgets.i18n import Retranslating, language, ui_is_chinese
from widgets.messages import error_text
from widgets.table_model import record_table
from widgets.theme import set_role
from widgets.workers import Worker

log = logging.getLogger(__name__)

OBJECT_NAME = "dock.authz_stats"
MONTHLY, QUARTERLY = "month", "quarter"
Result = PeriodStats | QuarterAnalysis


@dataclass(frozen=True)
class PeriodChoice:
    kind: str  # MONTHLY | QUARTERLY
    year: int
    number: int  # month 1-12 or quarter 1-4


def previous_month(now: datetime | None = None, tz: tzinfo = DEFAULT_ZONE) -> PeriodChoice:
    """The month before ``now`` (default: the present) in the bank's time zone ``tz``."""
    now = (now or datetime.now(tz)).astimezone(tz)
    return PeriodChoice(MONTHLY, now.year - (now.month == 1), (now.month - 2) % 12 + 1)


class KpiTile(QFrame):
    """A figure of the KPI block: its value over its label, and a note under both (counts, or the
    change on last quarter); a warning is marked, with its threshold as the tooltip."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        self.key = key
        layout = QVBoxLayout(self)
        layout.setSpacing(1)
        layout.setContentsMargins(8, 4, 8, 4)
        self.value = QLabel("–")
        self.value.setObjectName(f"authz_stats.kpi.{key}")
        self.value.setProperty("role", "statValue")
        self.value.setStyleSheet("font-size: 15pt;")  # denser than the theme's cards: twelve share a row pair
        self.label = QLabel()
        self.label.setProperty("role", "statLabel")
        self.note = QLabel()
        self.note.setProperty("role", "hint")
        for w in (self.value, self.label, self.note):
            layout.addWidget(w)

    def show_kpi(self, kpi: Kpi) -> None:
        self.value.setText(kpi.value)
        self.label.setText(kpi.label)
        self.note.setText(kpi.note)
        self.note.setVisible(bool(kpi.note))
        self.setToolTip(kpi.hint)
        set_role(self, "state", "warn" if kpi.warn else "")


class AuthzStatsPanel(Retranslating, QWidget):
    loaded = Signal(object)  # the PeriodStats or QuarterAnalysis now shown
    exported = Signal(str)  # the path of a PDF written
    failed = Signal(str)  # a message shown in the status line

    def __init__(self, ctx: DockContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authz_stats.panel")
        self.ctx = ctx
        self.result: Result | None = None
        self.loading = False
        self.exporting = False
        self.loader = Worker(self)
        self.exporter = Worker(self)
        # the figures scroll when the dock is shorter than they are (a 768-pixel screen: the tiles
        # wrap onto more rows and ran under the tables)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("authz_stats.scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll)
        body = QWidget()
        self.scroll.setWidget(body)
        layout = QVBoxLayout(body)

        bar = FlowLayout()  # wraps when the dock is narrow (beside the map on a 1366-pixel screen)
        self.kind = QComboBox()
        self.kind.setObjectName("authz_stats.kind")
        self.year = QSpinBox()
        self.year.setObjectName("authz_stats.year")
        self.zone = ctx.services.stats.zone
        now = datetime.now(self.zone)
        self.year.setRange(2000, now.year + 1)
        self.year.setValue(now.year)
        self.month = QComboBox()
        self.month.setObjectName("authz_stats.month")
        self.quarter = QComboBox()
        self.quarter.setObjectName("authz_stats.quarter")
        self.refresh_action = self._action(ACTION_REFRESH, self.load)
        self.export_action = self._action(ACTION_EXPORT, self._export_clicked)
        self.preview_action = self._action(ACTION_PREVIEW, self.print_preview)
        for w in (self.kind, self.year, self.month, self.quarter):
            bar.addWidget(w)
        for action in (self.refresh_action, self.export_action, self.preview_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
        self.busy = QProgressBar()
        self.busy.setObjectName("authz_stats.busy")
        self.busy.setRange(0, 0)  # indeterminate
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        bar.addWidget(self.busy)
        layout.addLayout(bar)

        self.heading = QLabel()
        self.heading.setProperty("role", "subtitle")
        self.status = plain(QLabel())  # it quotes file paths and error texts
        self.status.setObjectName("authz_stats.status")
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)

        grid = FlowLayout(uniform=True)  # six tiles a row on a wide dock, fewer rows of fewer when narrow
        self.tiles = {key: KpiTile(key, self) for key in KPI_KEYS}
        for tile in self.tiles.values():
            grid.addWidget(tile)
        layout.addLayout(grid)

        self.findings = QLabel()
        self.findings.setObjectName("authz_stats.findings")
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setVisible(False)
        layout.addWidget(self.findings)

        self.chart = BarChartWidget()
        self.branch_model, self.business_model = GroupModel(), GroupModel()
        self.authorizer_model, self.teller_model = AuthorizerModel(), TellerModel()
        self.month_model = MonthModel()
        self.tables = {
            "branch": record_table("authz_stats.by_branch", self.branch_model),
            "business": record_table("authz_stats.by_business", self.business_model),
            "authorizer": record_table("authz_stats.by_authorizer", self.authorizer_model),
            "teller": record_table("authz_stats.by_teller", self.teller_model),
            "months": record_table("authz_stats.months", self.month_model),
        }
        self.tabs = QTabWidget()
        self.tabs.setObjectName("authz_stats.tabs")
        self.tabs.addTab(self.chart, "")
        for table in self.tables.values():
            self.tabs.addTab(table, "")
        layout.addWidget(self.tabs, 1)

        choice = previous_month(tz=self.zone)
        self.year.setValue(choice.year)
        self.retranslate()
        self.month.setCurrentIndex(choice.number - 1)
        self.quarter.setCurrentIndex((choice.number - 1) // 3)
        self._sync_kind()
        for combo in (self.kind, self.month, self.quarter):
            combo.currentIndexChanged.connect(self._period_changed)
        self.year.valueChanged.connect(self._period_changed)
        ctx.bus.changed.connect(self._on_change)
        self._ready = True
        self.load()

    def _action(self, name: str, slot: Any) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- period ---------------------------------------------------------------------------------
    def choice(self) -> PeriodChoice:
        kind = str(self.kind.currentData() or MONTHLY)
        number = self.month.currentIndex() + 1 if kind == MONTHLY else self.quarter.currentIndex() + 1
        return PeriodChoice(kind, self.year.value(), number)

    def set_period(self, kind: str, year: int, number: int) -> None:
        """Show a month (``number`` 1-12) or a quarter (1-4) and load it."""
        widgets = (self.kind, self.year, self.month, self.quarter)
        for w in widgets:
            w.blockSignals(True)
        try:
            self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
            self.year.setValue(year)
            if kind == MONTHLY:
                self.month.setCurrentIndex(number - 1)
            else:
                self.quarter.setCurrentIndex(number - 1)
        finally:
            for w in widgets:
                w.blockSignals(False)
        self._sync_kind()
        self.load()

    def _period_changed(self) -> None:
        self._sync_kind()
        self.load()

    def _sync_kind(self) -> None:
        quarterly = self.kind.currentData() == QUARTERLY
        self.month.setVisible(not quarterly)
        self.quarter.setVisible(quarterly)

    # -- loading --------------------------------------------------------------------------------
    def load(self) -> None:
        choice = self.choice()
        stats, principal = self.ctx.services.stats, self.ctx.principal

        def job() -> Result:  # worker thread
            if choice.kind == QUARTERLY:
                return stats.quarterly(principal, choice.year, choice.number)
            return stats.monthly(principal, choice.year, choice.number)

        self.loading = True
        self._busy(self.tr("Loading the figures…"))
        self.loader.submit(job, self._loaded, self._load_failed)

    def _loaded(self, result: Result) -> None:
        self.loading = False
        self.result = result
        self._fill()
        self._idle()
        self.loaded.emit(result)

    def _load_failed(self, exc: Exception) -> None:
        self.loading = False
        self._idle()
        text = error_text(exc) if isinstance(exc, SuiteError) else str(exc)
        self._report_failure(self.tr("Could not load the statistics: %1").replace("%1", text))

    def _busy(self, text: str) -> None:
        self.busy.setVisible(True)
        self.status.setText(text)
        set_role(self.status, "state", "")
        self._update_actions()

    def _idle(self) -> None:
        self.busy.setVisible(self.loading or self.exporting)
        self.status.setText(self._describe())
        self._update_actions()

    def _update_actions(self) -> None:
        ready = self.result is not None and not self.loading
        self.export_action.setEnabled(ready and not self.exporting)
        self.preview_action.setEnabled(ready)

    def _report_failure(self, text: str) -> None:
        log.warning("%s", text)
        self.status.setText(text)
        set_role(self.status, "state", "error")
        self.failed.emit(text)

    def _describe(self) -> str:
        stats = self._stats()
        if stats is None:
            return ""
        at = stats.generated_at.astimezone(stats.start.tzinfo).strftime("%Y-%m-%d %H:%M")
        text = self.tr("Figures as of %1; periods are calendar months and quarters in %2.")
        return text.replace("%1", at).replace("%2", stats.zone_name)

    def _on_change(self, change: Change) -> None:
        stats = self._stats()
        open_ = stats is not None and (
            stats.end > datetime.now(self.zone)
            or (isinstance(self.result, QuarterAnalysis) and self.result.to_date)  # ends when it was read
        )
        if change.touches(Target.AUTH_REQUEST) and open_:
            self.status.setText(self.tr("New authorization activity: refresh to include it."))

    def _stats(self) -> PeriodStats | None:
        if isinstance(self.result, QuarterAnalysis):
            return self.result.stats
        return self.result

    # -- showing --------------------------------------------------------------------------------
    def _fill(self) -> None:
        result, lang = self.result, language()
        stats = self._stats()
        if result is None or stats is None:
            return
        quarterly = isinstance(result, QuarterAnalysis)
        title = self.tr("Quarterly analysis") if quarterly else self.tr("Monthly statistics")
        self.heading.setText(f"{title} · {result.label(lang)}")
        for kpi in kpi_block(result, lang).items:
            self.tiles[kpi.key].show_kpi(kpi)

        self.branch_model.set_rows(list(stats.by_branch), lang)
        self.business_model.set_rows(list(stats.by_business), lang)
        self.authorizer_model.set_rows(list(stats.by_authorizer), lang)
        self.teller_model.set_rows(list(stats.by_teller), lang)
        months = [*result.months, result.stats] if isinstance(result, QuarterAnalysis) else []
        self.month_model.set_rows(months, lang)
        self.tabs.setTabVisible(self.tabs.indexOf(self.tables["months"]), quarterly)

        if isinstance(result, QuarterAnalysis):
            self.chart.set_data(
                self.tr("Requests per month"),
                [m.label(lang) for m in result.months],
                [
                    (self.tr("Submitted"), [float(m.total.submitted) for m in result.months]),
                    (self.tr("Approved"), [float(m.total.approved) for m in result.months]),
                    (self.tr("Returned"), [float(m.total.returned) for m in result.months]),
                ],
            )
            items = "".join(
                f"<li>{'<b>' if f.warn else ''}{html.escape(f.text(lang))}{'</b>' if f.warn else ''}</li>"
                for f in result.findings
            )
            heading = html.escape(self.tr("Key findings"))
            self.findings.setText(f"<b>{heading}</b><ol>{items}</ol>")
            self.findings.setVisible(True)
        else:
            self.chart.set_data(
                self.tr("Daily volume"),
                [str(d.day.day) for d in stats.daily],
                [
                    (self.tr("Submitted"), [float(d.submitted) for d in stats.daily]),
                    (self.tr("Decided that day"), [float(d.decided) for d in stats.daily]),
                ],
            )
            self.findings.clear()
            self.findings.setVisible(False)

    # -- report ---------------------------------------------------------------------------------
    def document(self) -> Report | None:
        """The report of what is shown, in the UI's language (the PDF and the print preview)."""
        if isinstance(self.result, QuarterAnalysis):
            return quarterly_document(self.result, language())
        if isinstance(self.result, PeriodStats):
            return monthly_document(self.result, language())
        return None

    def default_file_name(self) -> str:
        choice = self.choice()
        if isinstance(self.result, QuarterAnalysis):
            return f"authz-analysis-{self.result.year}-Q{self.result.quarter}.pdf"
        if isinstance(self.result, PeriodStats):
            return f"authz-statistics-{self.result.start:%Y-%m}.pdf"
        return f"authz-{choice.year}.pdf"

    def _export_clicked(self) -> None:
        self.export_pdf()

    def export_pdf(self, path: str | Path | None = None) -> bool:
        """Write the report as PDF on the worker; asks where (a file dialog) unless ``path`` is given.
        False if there is nothing to export or the dialog was cancelled."""
        result = self.result
        if result is None or self.loading:
            return False
        if path is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export PDF"),
                str(Path(folder or Path.home()) / self.default_file_name()),
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return False
            path = chosen
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        lang = language()

        def job() -> Path:  # worker thread
            if isinstance(result, QuarterAnalysis):
                return quarterly_report(result, target, lang)
            return monthly_report(result, target, lang)

        self.exporting = True
        self._busy(self.tr("Writing %1…").replace("%1", target.name))
        self.exporter.submit(job, self._exported, self._export_failed)
        return True

    def _exported(self, path: Path) -> None:
        self.exporting = False
        self._idle()
        self.status.setText(self.tr("Saved %1").replace("%1", str(path)))
        set_role(self.status, "state", "ok")
        self.exported.emit(str(path))

    def _export_failed(self, exc: Exception) -> None:
        self.exporting = False
        self._idle()
        text = self.tr("The PDF could not be written: %1").replace("%1", str(exc))
        self._report_failure(text)
        QMessageBox.warning(self, self.tr("Export PDF"), literal(text))  # it quotes the file path

    def print_document(self, printer: QPrinter) -> None:
        """Render the report on ``printer`` (the preview's, or a real one): the report document as
        rich text, its charts drawn by the chart widget into images, black on white."""
        report = self.document()
        if report is None:
            return
        doc = QTextDocument()
        doc.setDefaultFont(self.font())
        images: dict[str, QImage] = {}

        def chart_src(n: int, chart: BarChart) -> str:
            name = f"chart-{n}"
            images[name] = chart_image(chart)
            return name

        html = to_html(report, chart_src)
        for name, image in images.items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        doc.setHtml(html)
        doc.print_(printer)

    def print_preview(self) -> None:
        if self.result is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setObjectName("authz_stats.preview")
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(self.print_document)
        dialog.exec()
        dialog.deleteLater()

    def shutdown(self) -> None:
        self.loader.stop()
        self.exporter.stop()

    # -- language -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        months = QLocale("zh_CN" if ui_is_chinese() else "en")
        fmt = QLocale.FormatType.ShortFormat if ui_is_chinese() else QLocale.FormatType.LongFormat
        for combo, items in (
            (
                self.kind,
                [(self.tr("Monthly statistics"), MONTHLY), (self.tr("Quarterly analysis"), QUARTERLY)],
            ),
            (
                self.month,
                [(months.monthName(m, fmt), m) for m in range(1, 13)],
            ),
            (self.quarter, [(self.tr("Q%1").replace("%1", str(q)), q) for q in range(1, 5)]),
        ):
            current = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(current, 0))
            combo.blockSignals(False)
        self.year.setToolTip(self.tr("Year"))
        self.refresh_action.setText(self.tr("Refresh"))
        self.export_action.setText(self.tr("Export PDF…"))
        self.preview_action.setText(self.tr("Print preview…"))
        labels = kpi_labels(language())  # the block's own labels once there are figures
        for key, tile in self.tiles.items():
            tile.label.setText(labels[key])
        self.branch_model.set_headers(GroupModel.headers(self.tr("Branch")))
        self.business_model.set_headers(GroupModel.headers(self.tr("Business type")))
        self.authorizer_model.set_headers(AuthorizerModel.headers())
        self.teller_model.set_headers(TellerModel.headers())
        self.month_model.set_headers(MonthModel.headers())
        for widget, text in (
            (self.chart, self.tr("Chart")),
            (self.tables["branch"], self.tr("By branch")),
            (self.tables["business"], self.tr("By business type")),
            (self.tables["authorizer"], self.tr("By authorizer")),
            (self.tables["teller"], self.tr("By teller")),
            (self.tables["months"], self.tr("Monthly trend")),
        ):
            self.tabs.setTabText(self.tabs.indexOf(widget), text)
        if self.result is not None:
            self._fill()
            self._idle()
        self._update_actions()


def _title() -> str:
    return QCoreApplication.translate("Docks", "Authorization statistics")


SPEC = DockSpec(
    OBJECT_NAME,
    _title,
    Qt.DockWidgetArea.RightDockWidgetArea,
    AuthzStatsPanel,
    permission=Permission.STATS_READ,
    icon="stats.svg",
)
