"""The centre of the capture dock: the camera's live preview (while a camera runs), the page
toolbar and the page viewer, with the page's images loaded on a worker. GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QSplitter, QToolBar, QVBoxLayout, QWidget

from app.services.capture import PageView
from widgets.common.blob_cache import BlobCache
from widgets.common.capture_texts import reason_text
from widgets.common.images import PageImages, page_images
from widgets.docks.capture.model import main_reason
from widgets.docks.capture.viewer import LivePreview, PageViewer
from widgets.i18n import Retranslating
from widgets.workers import Worker


class PagePane(Retranslating, QSplitter):
    """``show_page`` loads a page's images on a worker; ``images_loaded(PageImages)`` follows."""

    images_loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, store: BlobCache, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.store = store
        self.setChildrenCollapsible(False)
        self.preview = LivePreview()
        self.preview.setVisible(False)
        self.addWidget(self.preview)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("capture.view_toolbar")
        self.caption = QLabel()
        self.caption.setObjectName("capture.view_caption")
        self.caption.setProperty("role", "hint")
        layout.addWidget(self.toolbar)
        self.viewer = PageViewer()
        self.viewer.zoom_changed.connect(lambda _z: self._update_caption())
        layout.addWidget(self.viewer, 1)
        self.addWidget(box)
        self.setSizes([260, 600])
        self.worker = Worker(self)
        self.page: PageView | None = None
        self.images: PageImages | None = None
        self.corrected = False
        self.labels: dict[str, str] = {}
        self.retranslate()
        self._ready = True

    def finish_toolbar(self) -> None:
        """After the owner added its actions: the caption at the toolbar's right end."""
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.caption)

    def show_page(self, page: PageView | None, labels: dict[str, str], *, reload: bool) -> None:
        same = page is not None and self.page is not None and page.id == self.page.id
        self.page = page
        self.labels = labels
        if page is None:
            self.images = None
            self.viewer.clear_page(self.tr("No page selected"))
            self._update_caption()
            return
        if same and not reload and self.images is not None:
            self.redraw()
            return
        self.images = None
        self.viewer.clear_page(self.tr("Loading…"))
        store = self.store
        self.worker.submit(lambda: page_images(store, page), self._loaded, self.failed.emit)

    def _loaded(self, images: PageImages) -> None:
        if self.page is None or self.page.id != images.page_id:
            return
        self.images = images
        self.redraw()
        self.images_loaded.emit(images)

    def set_corrected(self, corrected: bool) -> None:
        self.corrected = corrected
        self.redraw()

    def redraw(self) -> None:
        page, images = self.page, self.images
        if page is None or images is None or images.page_id != page.id:
            self._update_caption()
            return
        corrected = self.corrected and images.corrected is not None
        image = images.corrected if corrected else images.original
        message = ""
        if image is None:
            reason = main_reason(page)
            message = self.tr("No image to show.") + ("\n" + reason_text(reason) if reason else "")
        self.viewer.show_image(image, page, corrected=corrected, labels=self.labels, message=message)
        self._update_caption()

    def _update_caption(self) -> None:
        images = self.images
        item = self.viewer.pixmap_item
        if images is None or item is None:
            self.caption.setText("")
            return
        rect = item.boundingRect()
        if self.corrected and images.corrected is not None:
            what = self.tr("Corrected (200 dpi)")
        elif self.corrected:
            what = self.tr("Original (no corrected image)")
        else:
            what = self.tr("Original")
        zoom = self.viewer.zoom() * 100
        self.caption.setText(f"{what} · {int(rect.width())}×{int(rect.height())} px · {zoom:.0f}%")

    def retranslate(self) -> None:
        self.preview.badge = self.tr("LIVE")
        if not self._ready:
            return
        if self.page is None:
            self.viewer.clear_page(self.tr("No page selected"))
        else:
            self.redraw()

    def shutdown(self) -> None:
        self.worker.stop()
