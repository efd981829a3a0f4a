"""Authorization statistics dock: loads a period of the demo history on its worker, fills the KPI
tiles, tables and chart, switches to a quarter with findings, exports the PDF (given a path, or
through the file dialog), prints through the same document, and shows who may see it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog

from app.rbac import Role
from app.reports import KpiGrid
from app.services.authz_stats import kpi_block
from widgets.bus import ChangeBus
from widgets.docks import DockContext
from widgets.docks.authz_stats.actions import ACTION_EXPORT
from widgets.docks.authz_stats.panel import QUARTERLY, AuthzStatsPanel, previous_month


def last_complete_quarter() -> tuple[int, int]:
    now = datetime.now(UTC)
    q = (now.month - 1) // 3 + 1
    return (now.year - 1, 4) if q == 1 else (now.year, q - 1)


@pytest.fixture
def panel(qtbot, services, demo_login, translations):  # type: ignore[no-untyped-def]
    ctx = DockContext(services, demo_login("supervisor"), ChangeBus())
    p = AuthzStatsPanel(ctx)
    qtbot.addWidget(p)
    p.resize(1100, 800)
    p.show()
    qtbot.waitUntil(lambda: p.result is not None and not p.loading, timeout=10_000)
    yield p
    p.shutdown()


def test_loads_the_last_month_and_fills_everything(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    choice = previous_month()
    stats = panel.result
    assert (stats.start.year, stats.start.month) == (choice.year, choice.number)
    assert stats.total.submitted > 20
    assert panel.tiles["submitted"].value.text() == str(stats.total.submitted)
    assert panel.tiles["approval"].value.text().endswith("%")
    assert panel.branch_model.rowCount() == 3
    names = {panel.branch_model.index(r, 0).data() for r in range(3)}
    assert "城东支行营业部" in names and "城西支行" in names  # the data speaks the UI's language
    assert panel.business_model.rowCount() >= 3
    assert panel.authorizer_model.rowCount() >= 4 and panel.teller_model.rowCount() >= 4
    right = panel.branch_model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole)
    assert right & int(Qt.AlignmentFlag.AlignRight.value)
    assert len(panel.chart.categories) == len(stats.daily) and len(panel.chart.series) == 2
    assert not panel.findings.isVisible() and not panel.busy.isVisible()
    assert panel.export_action.isEnabled() and panel.preview_action.isEnabled()
    assert not panel.tabs.isTabVisible(panel.tabs.indexOf(panel.tables["months"]))


def test_quarter_shows_trend_and_findings(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    year, q = last_complete_quarter()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.set_period(QUARTERLY, year, q)
    analysis = panel.result
    assert (analysis.year, analysis.quarter) == (year, q)
    assert panel.month_model.rowCount() == 4  # three months and the quarter
    assert panel.findings.isVisible() and "<ol>" in panel.findings.text()
    assert analysis.findings[0].text() in panel.findings.text()
    assert panel.tabs.isTabVisible(panel.tabs.indexOf(panel.tables["months"]))
    assert len(panel.chart.categories) == 3 and len(panel.chart.series) == 3
    assert panel.quarter.isVisibleTo(panel) and not panel.month.isVisibleTo(panel)
    # changing the picker reloads on the worker
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.kind.setCurrentIndex(panel.kind.findData("month"))
    assert not panel.findings.isVisible()


def test_tiles_render_the_reports_kpi_block(  # type: ignore[no-untyped-def]
    qtbot, panel, translations
) -> None:
    year, q = last_complete_quarter()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.set_period(QUARTERLY, year, q)
    report_block = next(b for b in panel.document().blocks if isinstance(b, KpiGrid))
    assert report_block == kpi_block(panel.result, "zh_CN")
    assert list(panel.tiles) == [k.key for k in report_block.items]
    for kpi in report_block.items:
        tile = panel.tiles[kpi.key]
        assert (tile.value.text(), tile.label.text(), tile.note.text()) == (kpi.value, kpi.label, kpi.note)
        assert (tile.property("state") == "warn") == kpi.warn and tile.toolTip() == kpi.hint
    assert panel.tiles["submitted"].note.text().startswith("较上季度")
    assert "Asia/Shanghai" in panel.status.text()
    translations.switch("en")
    qtbot.waitUntil(lambda: panel.tiles["decided"].label.text() == "Decided", timeout=3000)
    assert panel.tiles["approval"].note.text() == kpi_block(panel.result, "en").items[2].note


def test_export_pdf_on_the_worker(  # type: ignore[no-untyped-def]
    qtbot, panel, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "monthly.pdf"
    with qtbot.waitSignal(panel.exported, timeout=20_000) as sig:
        assert panel.export_pdf(target)
        assert panel.busy.isVisible() and not panel.export_action.isEnabled()
    assert sig.args == [str(target)] and target.read_bytes().startswith(b"%PDF")
    assert str(target) in panel.status.text() and not panel.busy.isVisible()

    chosen = tmp_path / "from-dialog"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), "PDF (*.pdf)"))
    action = panel.findChild(type(panel.export_action), ACTION_EXPORT)
    with qtbot.waitSignal(panel.exported, timeout=20_000):
        action.trigger()
    assert chosen.with_name("from-dialog.pdf").exists()  # the extension is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert not panel.export_pdf()  # cancelled: nothing written


def test_print_renders_the_same_report(qtbot, panel, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    panel.print_document(printer)
    assert out.exists() and out.stat().st_size > 2000
    report = panel.document()
    assert report is not None and report.title == "授权业务月度统计报表" and report.language == "zh_CN"


def test_print_preview_paints_through_print_document(  # type: ignore[no-untyped-def]
    qtbot, panel, tmp_path: Path, monkeypatch
) -> None:
    out = tmp_path / "preview.pdf"
    shown: list[QPrintPreviewDialog] = []

    def fake_exec(dialog: QPrintPreviewDialog) -> int:  # the preview asks for its pages
        shown.append(dialog)
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        dialog.paintRequested.emit(printer)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    panel.preview_action.trigger()
    assert len(shown) == 1 and shown[0].parent() is panel
    assert out.exists() and out.stat().st_size > 2000


def test_language_switch_renames_the_data(qtbot, panel, translations) -> None:  # type: ignore[no-untyped-def]
    translations.switch("en")
    qtbot.waitUntil(
        lambda: "Chengxi Sub-branch" in {panel.branch_model.index(r, 0).data() for r in range(3)},
        timeout=3000,
    )
    assert panel.document().title == "Authorization statistics – monthly report"
    assert panel.month.currentText() == previous_month_name()


def previous_month_name() -> str:
    return datetime(2000, previous_month().number, 1).strftime("%B")


def test_a_failure_is_reported_not_raised(  # type: ignore[no-untyped-def]
    qtbot, services, make_user, translations
) -> None:
    keyer = make_user("keyer9", Role.KEYER)  # may not see statistics
    p = AuthzStatsPanel(DockContext(services, keyer, ChangeBus()))
    qtbot.addWidget(p)
    qtbot.waitUntil(lambda: not p.loading, timeout=10_000)
    assert p.result is None and p.status.property("state") == "error"
    assert not p.export_action.isEnabled() and not p.export_pdf()
    p.shutdown()


def test_supervisors_and_admins_get_the_dock(demo_login, open_window) -> None:  # type: ignore[no-untyped-def]
    for name in ("supervisor", "admin"):
        w = open_window(demo_login(name))
        assert "dock.authz_stats" in w.docks
        assert w.docks["dock.authz_stats"].windowTitle()
    keyer = open_window(demo_login("keyer1"))
    assert "dock.authz_stats" not in keyer.docks


def test_the_quarter_in_progress_is_headed_quarter_to_date(qtbot, panel, translations) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now(panel.zone)  # the bank's quarter
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.set_period(QUARTERLY, now.year, (now.month - 1) // 3 + 1)
    analysis = panel.result
    elapsed = analysis.stats.end - analysis.stats.start
    assert analysis.to_date and analysis.previous.end - analysis.previous.start == elapsed
    assert panel.heading.text().endswith(analysis.label("zh_CN")) and "至今" in panel.heading.text()
    translations.switch("en")
    qtbot.waitUntil(lambda: "to date" in panel.heading.text(), timeout=5_000)
