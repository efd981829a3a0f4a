"""The left side of the capture dock: the batch list and the shown batch's pages as thumbnail cards
(thumbnails made on a worker). GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHeaderView, QLabel, QListView, QSplitter, QVBoxLayout, QWidget

from app.blobs import BlobStore
from app.rbac import Principal
from app.services.capture import BatchView, CaptureService, PageView
from widgets.common.images import thumbnails
from widgets.docks.capture.model import BatchModel, CountsDelegate, PageModel, ThumbDelegate
from widgets.i18n import Retranslating
from widgets.table_model import record_table
from widgets.workers import Worker


def _titled(title: QLabel, body: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    title.setProperty("role", "subtitle")
    layout.addWidget(title)
    layout.addWidget(body, 1)
    return box


class BatchBrowser(Retranslating, QSplitter):
    """Emits ``page_changed(PageView | None)`` when the current page changes."""

    page_changed = Signal(object)
    failed = Signal(object)  # an exception from the thumbnail worker

    def __init__(
        self, service: CaptureService, store: BlobStore, principal: Principal, parent: QWidget | None = None
    ) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.service = service
        self.principal = principal
        self.store = store
        self.setChildrenCollapsible(False)
        self.batches_title = QLabel()
        self.batch_model = BatchModel()
        self.batch_table = record_table("capture.batches", self.batch_model)
        self.batch_table.setItemDelegateForColumn(BatchModel.COLUMNS.index("pages"), CountsDelegate(self))
        self.batch_table.selectionModel().currentRowChanged.connect(self._batch_changed)
        header = self.batch_table.horizontalHeader()
        header.setSectionResizeMode(BatchModel.COLUMNS.index("source"), QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.addWidget(_titled(self.batches_title, self.batch_table))
        self.pages_title = QLabel()
        self.page_model = PageModel()
        self.pages_view = QListView()
        self.pages_view.setObjectName("capture.pages")
        self.pages_view.setModel(self.page_model)
        self.pages_view.setItemDelegate(ThumbDelegate(self))
        self.pages_view.setViewMode(QListView.ViewMode.IconMode)
        self.pages_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.pages_view.setMovement(QListView.Movement.Static)
        self.pages_view.setUniformItemSizes(True)
        self.pages_view.setSpacing(2)
        self.pages_view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.pages_view.selectionModel().currentChanged.connect(self._page_changed)
        self.addWidget(_titled(self.pages_title, self.pages_view))
        self.setSizes([220, 520])
        self.thumb_worker = Worker(self)
        self.retranslate()
        self._ready = True

    # -- batches --------------------------------------------------------------------------------------
    @property
    def batch_id(self) -> int | None:
        return self.page_model.batch_id

    def batch(self, batch_id: int | None) -> BatchView | None:
        row = self.batch_model.row_of(batch_id) if batch_id is not None else -1
        return self.batch_model.rows[row] if row >= 0 else None

    def reload(self) -> None:
        """All batches again; the shown one stays shown (else the newest)."""
        current = self.batch_id
        self.batch_model.set_batches(self.service.batches(self.principal))
        row = self.batch_model.row_of(current) if current is not None else -1
        self.select_batch(self.batch_model.rows[max(row, 0)].id if self.batch_model.rows else None)

    def upsert_batches(self, batches: list[BatchView]) -> None:
        """Show these batches as read again (their page counts; a new one on top)."""
        for b in batches:
            self.batch_model.upsert(b)

    def select_batch(self, batch_id: int | None) -> None:
        row = self.batch_model.row_of(batch_id) if batch_id is not None else -1
        if row >= 0:
            self.batch_table.selectRow(row)
        if self.batch_id != batch_id or row < 0:
            self._show_batch(batch_id if row >= 0 else None)

    def _batch_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            batch_id = self.batch_model.rows[current.row()].id
            if batch_id != self.batch_id:
                self._show_batch(batch_id)

    def _show_batch(self, batch_id: int | None) -> None:
        pages = self.service.pages(self.principal, batch_id) if batch_id is not None else []
        self.page_model.set_pages(batch_id, pages)
        if pages:
            self.pages_view.setCurrentIndex(self.page_model.index(0))
        else:
            self.page_changed.emit(None)
        self.request_thumbs()
        self.retranslate()

    # -- pages ----------------------------------------------------------------------------------------
    def current_page(self) -> PageView | None:
        index = self.pages_view.currentIndex()
        return self.page_model.pages[index.row()] if index.isValid() else None

    def is_last(self, page: PageView | None) -> bool:
        return page is None or self.page_model.row_of(page.id) == len(self.page_model.pages) - 1

    def upsert_page(self, page: PageView) -> None:
        self.page_model.upsert(page)

    def select_page(self, page_id: int) -> None:
        row = self.page_model.row_of(page_id)
        if row >= 0:
            self.pages_view.setCurrentIndex(self.page_model.index(row))

    def _page_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.page_changed.emit(self.page_model.pages[current.row()] if current.isValid() else None)

    def request_thumbs(self) -> None:
        missing = self.page_model.missing_thumbs()
        if not missing:
            return
        store = self.store

        def done(result: dict[tuple[int, str], Any]) -> None:
            self.page_model.add_thumbs({k: QPixmap.fromImage(v) for k, v in result.items()})

        self.thumb_worker.submit(lambda: thumbnails(store, missing), done, self.failed.emit)

    def retranslate(self) -> None:
        self.batches_title.setText(self.tr("Batches"))
        self.batch_model.set_headers([self.tr("Batch"), self.tr("Source"), self.tr("Time"), self.tr("Pages")])
        if self.batch_id is None:
            self.pages_title.setText(self.tr("Pages"))
        else:
            self.pages_title.setText(
                self.tr("Batch %1 · pages: %2")
                .replace("%1", str(self.batch_id))
                .replace("%2", str(len(self.page_model.pages)))
            )

    def shutdown(self) -> None:
        self.thumb_worker.stop()
