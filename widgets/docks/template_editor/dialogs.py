"""Choosing a captured page as the template editor's sample: ``captured_pages`` reads them (on a
worker), the dialog shows them (GUI thread)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.rbac import Principal
from app.services.capture import CaptureService, PageView
from widgets.common.capture_texts import status_text

RECENT_BATCHES = 10


def captured_pages(service: CaptureService, principal: Principal) -> list[PageView]:
    """The pages of the most recent batches that have an image (a worker thread: it reads)."""
    pages: list[PageView] = []
    for batch in service.batches(principal, limit=RECENT_BATCHES):
        pages += [p for p in service.pages(principal, batch.id) if p.original_sha]
    return pages


class CapturedPageDialog(QDialog):
    """The given pages (``captured_pages``, read before); the chosen one becomes the sample."""

    def __init__(self, pages: list[PageView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("TemplateDialogs", "Sample from a captured page"))
        self.setModal(True)
        self.resize(640, 420)
        self.pages = list(pages)
        self.table = QTableWidget(len(self.pages), 5)
        self.table.setObjectName("templates.captured_pages")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("TemplateDialogs", "Batch"),
                QCoreApplication.translate("TemplateDialogs", "Page"),
                QCoreApplication.translate("TemplateDialogs", "Type"),
                QCoreApplication.translate("TemplateDialogs", "Voucher number"),
                QCoreApplication.translate("TemplateDialogs", "Status"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, p in enumerate(self.pages):
            values = (
                str(p.batch_id),
                f"#{p.seq} {p.source_name}",
                p.voucher_type or "—",
                p.voucher_number or "—",
                status_text(p.status),
            )
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row)
                self.table.setItem(row, col, item)
        if self.pages:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def chosen(self) -> PageView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.pages[rows[0].row()] if rows else None
