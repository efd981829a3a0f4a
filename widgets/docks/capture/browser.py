"""The left side of the capture dock: the batch list and the shown batch's pages as thumbnail cards.
GUI thread: the batch list and a batch's pages are read through the capture service on workers
(each read supersedes the one before; a result for a batch no longer wanted is dropped), and the
thumbnails are made on a worker."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHeaderView, QLabel, QListView, QSplitter, QVBoxLayout, QWidget

from app.rbac import Principal
from app.services.capture import BatchView, CaptureService, PageView
from widgets.common.blob_cache import BlobCache
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
    failed = Signal(object)  # an exception from a worker (a read, the thumbnails)

    def __init__(
        self, service: CaptureService, store: BlobCache, principal: Principal, parent: QWidget | None = None
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
        self.batch_worker = Worker(self)  # the batch list
        self.page_worker = Worker(self)  # the pages of the batch wanted
        self._wanted: int | None = None  # the batch shown, or being read to be shown
        self._reading_batches = False
        self._upserted: dict[int, BatchView] = {}  # batches read again while the list is being read
        self.retranslate()
        self._ready = True

    # -- batches --------------------------------------------------------------------------------------
    @property
    def batch_id(self) -> int | None:
        return self.page_model.batch_id

    def batch(self, batch_id: int | None) -> BatchView | None:
        row = self.batch_model.row_of(batch_id) if batch_id is not None else -1
        return self.batch_model.rows[row] if row >= 0 else None

    @property
    def wanted_batch(self) -> int | None:
        """The batch shown, or the one whose pages are being read to be shown."""
        return self._wanted

    @property
    def reading_pages(self) -> bool:
        """The wanted batch's pages are still being read."""
        return self._wanted != self.batch_id

    @property
    def loading(self) -> bool:
        """The batch list or the wanted batch's pages are still being read."""
        return self._reading_batches or self.reading_pages

    def reload(self) -> None:
        """All batches again, read on the worker; the shown one stays shown (else the newest)."""
        service, me = self.service, self.principal
        self._reading_batches = True
        self._upserted = {}
        self.batch_worker.submit(lambda: service.batches(me), self._batches_read, self._batches_failed)

    def _batches_read(self, batches: list[BatchView]) -> None:
        self._reading_batches = False
        self.batch_model.set_batches(batches)
        self.upsert_batches(list(self._upserted.values()))  # read after the list was: newer
        current = self._wanted
        row = self.batch_model.row_of(current) if current is not None else -1
        self.select_batch(self.batch_model.rows[max(row, 0)].id if self.batch_model.rows else None)

    def _batches_failed(self, exc: Exception) -> None:
        self._reading_batches = False
        self.failed.emit(exc)

    def _pages_failed(self, exc: Exception) -> None:
        self._wanted = self.batch_id  # the wanted batch's pages could not be read: the shown stay
        self.failed.emit(exc)

    def upsert_batches(self, batches: list[BatchView]) -> None:
        """Show these batches as read again (their page counts; a new one on top)."""
        for b in batches:
            self.batch_model.upsert(b)
            if self._reading_batches:
                self._upserted[b.id] = b

    def select_batch(self, batch_id: int | None, pages: list[PageView] | None = None) -> None:
        """Select and show a batch: with ``pages`` (its pages, just read on a worker) at once, else
        its pages are read on the worker (nothing is read if it is already shown or being read)."""
        row = self.batch_model.row_of(batch_id) if batch_id is not None else -1
        target = batch_id if row >= 0 else None
        if pages is not None and target is not None:
            self._wanted = target  # the row change below reads nothing
            self._set_pages(target, pages)
        if row >= 0:
            self.batch_table.selectRow(row)
        if self._wanted != target or target is None:
            self._show_batch(target)

    def refresh_pages(self) -> None:
        """Read the wanted batch's pages again (something changed in it while they were read)."""
        if self._wanted is not None:
            self._show_batch(self._wanted)

    def _batch_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            batch_id = self.batch_model.rows[current.row()].id
            if batch_id != self._wanted:
                self._show_batch(batch_id)

    def _show_batch(self, batch_id: int | None) -> None:
        self._wanted = batch_id
        if batch_id is None:
            self._set_pages(None, [])
            return
        service, me = self.service, self.principal
        self.page_worker.submit(
            lambda: service.pages(me, batch_id),
            lambda pages: self._pages_read(batch_id, pages),
            self._pages_failed,
        )

    def _pages_read(self, batch_id: int, pages: list[PageView]) -> None:
        if batch_id == self._wanted:
            self._set_pages(batch_id, pages)

    def _set_pages(self, batch_id: int | None, pages: list[PageView]) -> None:
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
        for worker in (self.batch_worker, self.page_worker, self.thumb_worker):
            worker.stop()
