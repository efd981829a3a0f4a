"""Capture dock (影像采集): capture sources, batches and their pages, the page viewer, the verdict
details and the operator's decisions (override / reject / retake, each with a reason). GUI thread.

Slow work never runs here: imports and reclassification run on ``Worker`` threads, sources on their
own threads (``bridge``), images are decoded on workers (``browser``, ``page_pane``); a new batch
and the operator's decisions are recorded on the panel's ``Operations`` worker (the actions that
start them off until answered; a source or an import waiting for its batch starts once it is
opened). Reads never run here either: the batch list and a batch's pages are read on the
browser's workers, the runner's templates on the warm-up worker (shown from the copy last read,
``templates``). Results come back as ``Change`` records and only the pages and batches they touch
are read again, on a worker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.errors import SuiteError
from app.operations import Change, Target
from app.rbac import Permission
from app.services.capture import BatchView, PageView
from app.statuses import PageDecision
from app.tracking.reads import LinkState
from hardware.capture import SourceStatus
from imaging.batch import CaptureRunner
from imaging.templates import Template
from widgets.actions import build_actions, name_actions
from widgets.bridges.capture import SourceBridge, close_when_ended
from widgets.common.capture_texts import source_text
from widgets.common.images import PageImages, qimage_from_bgr
from widgets.common.plain import plain, tooltip
from widgets.docks import DockContext, DockSpec
from widgets.docks.capture.actions import (
    ACTION_CORRECTED,
    ACTION_DUPLEX,
    ACTION_FIT,
    ACTION_IMPORT,
    ACTION_NEW_BATCH,
    ACTION_OVERRIDE,
    ACTION_REJECT,
    ACTION_RETAKE,
    ACTION_SHOOT,
    ACTION_START,
    ACTION_STOP,
    ACTION_ZOOM_IN,
    ACTION_ZOOM_OUT,
)
from widgets.docks.capture.browser import BatchBrowser
from widgets.docks.capture.decisions import CaptureDecisions
from widgets.docks.capture.details import DetailsPane
from widgets.docks.capture.importer import ImportBar
from widgets.docks.capture.page_pane import PagePane
from widgets.docks.capture.viewer import PageViewer
from widgets.i18n import Retranslating, ui_is_chinese
from widgets.messages import add_message_row, error_text
from widgets.theme import set_role
from widgets.workers import Operations, Worker

OBJECT_NAME = "dock.capture"
IMPORT_ITEM = "import"  # the source combo's "Import files…" entry (also the batches' source name)
USE_PROCESSES = True  # worker processes for recognition (tests use threads)
IMAGE_FILTER = "*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.pdf"


class CapturePanel(Retranslating, QWidget):
    def __init__(self, ctx: DockContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("capture.panel")
        self.runner: CaptureRunner | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        if ctx.capture is None:
            self.not_set_up = QLabel()
            self.not_set_up.setObjectName("capture.not_set_up")
            self.not_set_up.setProperty("role", "hint")
            self.not_set_up.setWordWrap(True)
            self.not_set_up.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(self.not_set_up, 1)
            self.retranslate()
            self._ready = True
            return
        self.store = ctx.images  # the pages' images, read back through the image service
        self.runner = CaptureRunner(
            ctx.services.capture,
            ctx.services.blobs,
            ctx.principal,
            ctx.capture.station,
            processes=USE_PROCESSES,
        )
        self.bridge = SourceBridge(self.runner, qimage_from_bgr, self)
        self.source_options: dict[str, dict[str, Any]] = {"folder": {}, "camera": {}}
        self.templates: dict[str, Template] = {}  # the runner's templates as last read (on a worker)
        self._reading_templates = False
        self.ops = Operations(self, name="capture")  # a new batch, a decision: in the order made
        self.decisions = CaptureDecisions(ctx, self.runner, self, lambda: self.templates, self.ops)
        self._applied: set[int] = set()  # audit numbers of changes already shown
        self.warm_worker = Worker(self, name="capture-warm-up")  # warm-up and the templates
        self.change_worker = Worker(self)  # the pages and batch counts that changes touched
        self._todo_pages: dict[int, bool] = {}  # page id -> a new page (followed if at the end)
        self._todo_batches: set[int] = set()  # batches whose counts to read again
        self._select_batch: int | None = None  # a batch just opened here, shown once it is read
        self._select_url = ""  # its source
        self._warm = not USE_PROCESSES  # worker processes start when the dock is first shown
        self._build(layout, ctx.capture.sources)
        self.bridge.ingested.connect(self.apply_changes)
        self.bridge.failed.connect(self._on_source_failed)
        self.bridge.status.connect(self._on_source_status)
        self.bridge.preview_ready.connect(self._on_preview)
        self.importer.finished.connect(self._import_done)
        self.importer.failed.connect(self._import_failed)
        self.decisions.decided.connect(lambda change: self._changed([change]))
        self.decisions.message.connect(self.show_message)
        self.decisions.busy_changed.connect(self._update_actions)
        self.ops.busy_changed.connect(self._update_actions)
        self.browser.page_changed.connect(self._show_page)
        self.browser.failed.connect(self._worker_failed)
        self.pane.images_loaded.connect(self._on_images)
        self.pane.failed.connect(self._worker_failed)
        self.pane.viewer.slice_clicked.connect(self.details.select_slice)
        self.details.slice_selected.connect(self.pane.viewer.select_slice)
        ctx.bus.changed.connect(self._on_change)
        self.retranslate()
        self._ready = True
        self.browser.reload()
        self._read_templates()

    def _build(self, layout: QVBoxLayout, sources: Sequence[str]) -> None:
        assert self.runner is not None
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("capture.toolbar")
        self.source = QComboBox()
        self.source.setObjectName("capture.source")
        self.source.setMinimumContentsLength(18)
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for url in (*sources, IMPORT_ITEM):
            self.source.addItem(url, url)
            self.source.setItemData(self.source.count() - 1, tooltip(url), Qt.ItemDataRole.ToolTipRole)
        self.source.currentIndexChanged.connect(self._update_actions)
        self.toolbar.addWidget(self.source)
        actions = build_actions(
            self,
            self.toolbar,
            (
                (ACTION_START, self.start_source, QKeySequence(Qt.Key.Key_F5)),
                (ACTION_STOP, self.stop_source, QKeySequence("Shift+F5")),
                (ACTION_SHOOT, self.capture_now, QKeySequence(Qt.Key.Key_F6)),
                (ACTION_DUPLEX, lambda: None, None),
            ),
            checkable=(ACTION_DUPLEX,),
        )
        self.toolbar.addSeparator()
        actions |= build_actions(
            self,
            self.toolbar,
            (
                (ACTION_NEW_BATCH, self.new_batch, QKeySequence("Ctrl+N")),
                (ACTION_IMPORT, self.choose_files, QKeySequence("Ctrl+O")),
            ),
        )
        layout.addWidget(self.toolbar)
        self.importer = ImportBar()
        layout.addWidget(self.importer)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("capture.split")
        split.setChildrenCollapsible(False)
        self.browser = BatchBrowser(self.ctx.services.capture, self.store, self.ctx.principal)
        self.pane = PagePane(self.store)
        actions |= build_actions(
            self,
            self.pane.toolbar,
            (
                (ACTION_OVERRIDE, self.override, QKeySequence("Ctrl+Return")),
                (ACTION_REJECT, self.reject, QKeySequence("Ctrl+R")),
                (ACTION_RETAKE, self.retake, QKeySequence("Ctrl+T")),
            ),
        )
        self.pane.toolbar.addSeparator()
        actions |= build_actions(
            self,
            self.pane.toolbar,
            (
                (
                    ACTION_CORRECTED,
                    lambda: self.pane.set_corrected(self.corrected.isChecked()),
                    QKeySequence("Ctrl+E"),
                ),
                (ACTION_FIT, self.pane.viewer.fit, QKeySequence("Ctrl+0")),
                (ACTION_ZOOM_IN, self.pane.viewer.zoom_in, QKeySequence.StandardKey.ZoomIn),
                (ACTION_ZOOM_OUT, self.pane.viewer.zoom_out, QKeySequence.StandardKey.ZoomOut),
            ),
            checkable=(ACTION_CORRECTED,),
        )
        self.pane.finish_toolbar()
        self.actions_by_name = actions
        self.duplex = actions[ACTION_DUPLEX]
        self.corrected = actions[ACTION_CORRECTED]
        self.details = DetailsPane()
        for i, w in enumerate((self.browser, self.pane, self.details)):
            split.addWidget(w)
            split.setStretchFactor(i, 1 if w is self.pane else 0)
        split.setSizes([380, 800, 340])
        layout.addWidget(split, 1)

        self.source_state = plain(QLabel())  # the source's URL and its driver's error
        self.source_state.setObjectName("capture.source_state")
        self.message = add_message_row(layout, "capture.message", self.source_state)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.runner is not None and not self._warm:
            self._warm = True
            runner = self.runner

            def warm_up() -> dict[str, Template]:  # worker thread
                runner.warm_up()
                return runner.templates()

            self._reading_templates = True  # whichever job on the worker answers last reads them
            self.warm_worker.submit(warm_up, self._templates_read, self._templates_failed)

    def _read_templates(self) -> None:
        """The runner's templates, read (if it has none cached) on the warm-up worker."""
        if self.runner is None:
            return
        self._reading_templates = True
        self.warm_worker.submit(self.runner.templates, self._templates_read, self._templates_failed)

    def _templates_read(self, templates: dict[str, Template]) -> None:
        self._reading_templates = False
        self.templates = templates
        self._show_page(self.current_page(), reload=False)  # the names and labels they give

    def _templates_failed(self, exc: Exception) -> None:
        self._reading_templates = False
        self._worker_failed(exc)

    # -- the shown page -------------------------------------------------------------------------------
    @property
    def batch_id(self) -> int | None:
        return self.browser.batch_id

    @property
    def viewer(self) -> PageViewer:
        return self.pane.viewer

    @property
    def images(self) -> PageImages | None:
        return self.pane.images

    def current_page(self) -> PageView | None:
        return self.browser.current_page()

    def _show_page(self, page: PageView | None, *, reload: bool = True) -> None:
        self.details.show_page(page, self.template_names(), self.slice_labels(page))
        self.pane.show_page(page, self.slice_labels(page), reload=reload)
        self._update_actions()

    def _on_images(self, images: PageImages) -> None:
        self.details.set_slice_images(images.page_id, images.slices)

    def template_names(self) -> dict[str, str]:
        if self.runner is None:
            return {}
        zh = ui_is_chinese()
        return {code: (t.name_zh if zh else t.name_en) or code for code, t in self.templates.items()}

    def slice_labels(self, page: PageView | None) -> dict[str, str]:
        """Each slice's field label from its template region (the name if it has none)."""
        if page is None or self.runner is None or not page.template_code:
            return {}
        template = self.templates.get(page.template_code)
        if template is None:
            return {}
        zh = ui_is_chinese()
        return {r.name: (r.label_zh if zh else r.label_en) or r.name for r in template.regions}

    # -- changes --------------------------------------------------------------------------------------
    @property
    def refreshing(self) -> bool:
        """Pages or batches that changes touched are still being read on the worker."""
        return bool(self._todo_pages or self._todo_batches)

    def apply_changes(self, changes: Sequence[Change]) -> None:
        """Read again, on the worker, only the pages and batches these changes touch (each change
        once); they are shown when they arrive (``_apply_read``)."""
        shown = self._select_batch if self._select_batch is not None else self.browser.wanted_batch
        for change in changes:
            if change.audit_id is not None:
                if change.audit_id in self._applied:
                    continue
                self._applied.add(change.audit_id)
            if change.target_type == Target.CAPTURE_BATCH:
                self._todo_batches.add(int(change.target_ids[0]))
                continue
            if change.target_type != Target.CAPTURED_PAGE:
                continue
            batch = change.detail.get("batch")
            if batch is not None:
                self._todo_batches.add(int(batch))
                if int(batch) != shown:
                    continue  # a page of another batch: only its counts change
            page_id = int(change.target_ids[0])
            self._todo_pages[page_id] = self._todo_pages.get(page_id, False) or batch is not None
        if not self.refreshing:
            return
        pages, batches = dict(self._todo_pages), frozenset(self._todo_batches)  # all still to read
        capture, me, opening = self.ctx.services.capture, self.ctx.principal, self._select_batch

        def read() -> tuple[list[PageView], list[BatchView], list[PageView] | None]:  # worker thread
            views = []
            for page_id in pages:
                try:
                    views.append(capture.page(me, page_id))
                except SuiteError:
                    continue
            wanted = batches | {v.batch_id for v in views}
            counts = [b for b in capture.batches(me) if b.id in wanted] if wanted else []
            return views, counts, capture.pages(me, opening) if opening is not None else None

        self.change_worker.submit(
            read, lambda got: self._apply_read(pages, batches, got, opening), self._changes_failed
        )

    def _apply_read(
        self,
        pages: dict[int, bool],
        batches: frozenset[int],
        got: tuple[list[PageView], list[BatchView], list[PageView] | None],
        opening: int | None,
    ) -> None:
        views, counts, opened = got
        for page_id in pages:
            self._todo_pages.pop(page_id, None)
        self._todo_batches.difference_update(batches)
        browser = self.browser
        browser.upsert_batches(counts)
        follow_all = False
        if self._select_batch is not None:  # opened here: show it (its pages read with it)
            batch_id, self._select_batch = self._select_batch, None
            browser.select_batch(batch_id, opened if opening == batch_id else None)
            follow_all = True
        if browser.reading_pages and any(p.batch_id == browser.wanted_batch for p in views):
            browser.refresh_pages()  # its pages are being read: read them again, with these
        current = browser.current_page()
        follow = follow_all or browser.is_last(current)  # new pages are followed unless one looks back
        newest: int | None = None
        refresh_current = False
        for page in views:
            if page.batch_id == browser.batch_id:
                browser.upsert_page(page)
                newest = page.id if pages.get(page.id) else newest
                refresh_current = refresh_current or (current is not None and page.id == current.id)
        if newest is not None and follow:
            browser.select_page(newest)
        elif refresh_current:
            self._show_page(browser.current_page())
        browser.request_thumbs()
        browser.retranslate()

    def _changes_failed(self, exc: Exception) -> None:
        self._todo_pages.clear()
        self._todo_batches.clear()
        self._select_batch = None
        self._worker_failed(exc)

    def _changed(self, changes: Sequence[Change]) -> None:
        """Our own changes: show them, then tell the other docks (one is enough: they reload)."""
        self.apply_changes(changes)
        if changes:
            self.ctx.bus.publish(changes[-1], self)

    def _on_change(self, change: Change, source: object = None) -> None:
        if source is self:  # our own change: already shown
            return
        if change.target_type == Target.VOUCHER_TEMPLATE and self.runner is not None:
            self.runner.reload_templates()  # forgets them; read again on the worker, shown when read
            self._read_templates()
        elif change.target_type in (Target.CAPTURED_PAGE, Target.CAPTURE_BATCH):
            self.apply_changes([change])

    # -- batches and sources --------------------------------------------------------------------------
    def selected_source(self) -> str:
        return str(self.source.currentData() or "")

    def new_batch(
        self,
        source: str | None = None,
        then: Callable[[int], None] | None = None,
        failed: Callable[[], None] | None = None,
    ) -> bool:
        """Open a new batch for ``source`` (default: the selected one) on the worker; True if asked.
        Once opened it is shown when read (``_apply_read``) and ``then(batch_id)`` runs; refused,
        the message says why and ``failed()`` runs."""
        if self.ops.busy:
            return False
        url = source if isinstance(source, str) else self.selected_source()
        assert self.ctx.capture is not None
        capture, me, station = self.ctx.services.capture, self.ctx.principal, self.ctx.capture.station
        duplex = self.duplex.isChecked()

        def opened(change: Change) -> None:
            batch_id = int(change.target_ids[0])
            self._select_batch, self._select_url = batch_id, url  # shown when read (``_apply_read``)
            self._changed([change])
            if then is not None:
                then(batch_id)

        def refused(exc: SuiteError) -> None:
            self.show_message(error_text(exc))
            if failed is not None:
                failed()

        self._show_busy(self.tr("Opening a new batch…"))
        self.ops.run(lambda: capture.open_batch(me, url, station, duplex=duplex), opened, refused)
        return True

    def _batch_for(
        self, url: str, then: Callable[[int], None], failed: Callable[[], None] | None = None
    ) -> bool:
        """``then(batch)`` with the shown batch if it came from this source, else with a new one
        once it is opened (``failed()`` if it cannot be); False if no batch could be asked for."""
        if self._select_batch is not None and self._select_url == url:
            then(self._select_batch)  # opened a moment ago, not shown yet
            return True
        shown = self.browser.batch(self.batch_id)
        if shown is not None and shown.source == url:
            then(shown.id)
            return True
        return self.new_batch(url, then, failed)

    def start_source(self) -> None:
        url = self.selected_source()
        if url == IMPORT_ITEM:
            self.choose_files()
            return
        if not url or url in self.bridge.running or self.ops.busy:
            return
        self._batch_for(url, lambda batch_id: self._start(url, batch_id))

    def _start(self, url: str, batch_id: int) -> None:
        if url in self.bridge.running:
            return
        options = self.source_options.get(url.split(":", 1)[0], {})
        try:
            running = self.bridge.start(url, batch_id, duplex=self.duplex.isChecked(), **options)
        except (ValueError, RuntimeError, OSError) as exc:
            text = self.tr("Cannot start %1: %2").replace("%1", source_text(url)).replace("%2", str(exc))
            self.show_message(text)
            return
        if running.is_camera:
            self.pane.preview.clear()
            self.pane.preview.caption = source_text(url)
            self.pane.preview.setVisible(True)
        text = self.tr("%1 started: pages go into batch %2.")
        self.show_message(text.replace("%1", source_text(url)).replace("%2", str(batch_id)), ok=True)
        self._update_sources()

    def stop_source(self) -> None:
        url = self.selected_source()
        if url not in self.bridge.running:
            return
        self.bridge.stop(url)
        if not any(r.is_camera for r in self.bridge.running.values()):
            self.pane.preview.setVisible(False)
        self.show_message(self.tr("%1 stopped.").replace("%1", source_text(url)), ok=True)
        self._update_sources()

    def capture_now(self) -> None:
        if not self.bridge.capture_now():
            self.show_message(self.tr("No camera is running."))

    def _on_preview(self) -> None:
        frame = self.bridge.take_frame()
        if frame is not None and self.pane.preview.isVisible():
            self.pane.preview.set_frame(frame)

    def _on_source_status(self, status: SourceStatus) -> None:
        if status.url not in self.bridge.running:
            return
        states = {
            LinkState.CONNECTING: self.tr("connecting"),
            LinkState.CONNECTED: self.tr("connected"),
            LinkState.DISCONNECTED: self.tr("disconnected"),
            LinkState.FINISHED: self.tr("finished"),
            LinkState.STOPPED: self.tr("stopped"),
        }
        state = states.get(status.state, status.state)
        tally = self.bridge.tally(status.url)
        text = (
            self.tr("%1: %2 · files captured %3: pages %4 (rejected %5), duplicates %6 · waiting %7")
            .replace("%1", source_text(status.url))
            .replace("%2", state)
            .replace("%3", str(status.captured))
            .replace("%4", str(tally.pages))
            .replace("%5", str(tally.rejected))
            .replace("%6", str(tally.duplicates))
            .replace("%7", str(status.pending))
        )
        if status.failed or status.errors:
            text += (
                self.tr(" · files failed %1 (in .failed) · errors %2")
                .replace("%1", str(status.failed))
                .replace("%2", str(status.errors))
            )
        if status.detail and status.state != LinkState.CONNECTED:
            text += f" · {status.detail}"
        self.source_state.setText(text)
        roles = {LinkState.CONNECTED: "ok", LinkState.CONNECTING: "warn", LinkState.DISCONNECTED: "error"}
        set_role(self.source_state, "state", roles.get(status.state, "off"))
        if status.url.startswith("camera:") and self.pane.preview.isVisible():
            self.pane.preview.caption = f"{source_text(status.url)} · {state}"
            self.pane.preview.update()

    def _on_source_failed(self, url: str, why: str) -> None:
        text = self.tr("%1: a capture could not be recorded: %2")
        self.show_message(text.replace("%1", source_text(url)).replace("%2", why))

    def _update_sources(self) -> None:
        for i in range(self.source.count()):
            url = str(self.source.itemData(i))
            text = self.tr("Import files…") if url == IMPORT_ITEM else source_text(url)
            self.source.setItemText(i, ("● " if url in self.bridge.running else "") + text)
        self._update_actions()

    # -- import ---------------------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import voucher images"),
            "",
            self.tr("Images and PDF (%1);;All files (*)").replace("%1", IMAGE_FILTER),
        )
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: Sequence[str | Path]) -> bool:
        """Import files into the shown import batch (or a new one, opened first), on a worker
        thread; True if started (the import bar shows at once)."""
        runner = self.runner
        if runner is None or self.importer.busy or self.ops.busy:
            return False
        self.importer.prepare(paths)

        def run(batch_id: int) -> None:
            self.importer.run(runner, batch_id, duplex=self.duplex.isChecked())
            self._update_actions()

        def not_opened() -> None:
            self.importer.abort()
            self._update_actions()

        started = self._batch_for(IMPORT_ITEM, run, not_opened)
        if not started:
            self.importer.abort()
        self._update_actions()
        return started

    @property
    def busy(self) -> bool:
        """An import or a decision is running, or what they changed, the batches, a batch's pages or
        the templates are still being read."""
        return (
            self.importer.busy
            or self.ops.busy
            or self.decisions.busy
            or self.refreshing
            or self._select_batch is not None
            or self.browser.loading
            or self._reading_templates
        )

    def _import_done(self, changes: list[Change], cancelled: bool) -> None:
        self._changed(changes)
        pages = sum(1 for c in changes if c.target_type == Target.CAPTURED_PAGE)
        if cancelled:
            self.show_message(self.tr("Import cancelled: %1 page(s) recorded.").replace("%1", str(pages)))
        else:
            self.show_message(self.tr("Imported %1 page(s).").replace("%1", str(pages)), ok=True)
        self._update_actions()

    def _import_failed(self, exc: Exception) -> None:
        self.browser.reload()
        self._worker_failed(exc)
        self._update_actions()

    # -- decisions ------------------------------------------------------------------------------------
    def override(self) -> None:
        page = self.current_page()
        if page is not None and CaptureDecisions.allowed(page)[PageDecision.OVERRIDE]:
            self.decisions.override(page)

    def reject(self) -> None:
        page = self.current_page()
        if page is not None and CaptureDecisions.allowed(page)[PageDecision.REJECT]:
            self.decisions.reject(page)

    def retake(self) -> None:
        page = self.current_page()
        if page is not None and CaptureDecisions.allowed(page)[PageDecision.RETAKE]:
            self.decisions.retake(page)

    def decide(self, page_id: int, decision: str, reason: str) -> bool:
        """Record a decision on the worker (``decisions.decide``); True if it was sent."""
        return self.decisions.decide(page_id, decision, reason)

    # -- state ----------------------------------------------------------------------------------------
    def _update_actions(self) -> None:
        if self.runner is None:
            return
        a = self.actions_by_name
        url = self.selected_source()
        running = url in self.bridge.running
        idle = not self.ops.busy  # no batch being opened, no decision on its way
        a[ACTION_START].setEnabled(idle and not running and not (url == IMPORT_ITEM and self.importer.busy))
        a[ACTION_STOP].setEnabled(running)
        a[ACTION_SHOOT].setEnabled(any(r.is_camera for r in self.bridge.running.values()))
        a[ACTION_NEW_BATCH].setEnabled(idle)
        a[ACTION_IMPORT].setEnabled(idle and not self.importer.busy)
        page = self.current_page()
        can = self.ctx.principal.can(Permission.CAPTURE) and not self.decisions.busy
        for name, allowed in CaptureDecisions.allowed(page).items():
            a[f"capture.{name}"].setEnabled(can and allowed)
        for name in (ACTION_FIT, ACTION_ZOOM_IN, ACTION_ZOOM_OUT, ACTION_CORRECTED):
            a[name].setEnabled(page is not None)

    def show_message(self, text: str, ok: bool = False) -> None:
        self.message.setText(text)
        set_role(self.message, "state", "ok" if ok else "error")

    def _show_busy(self, text: str) -> None:
        self.message.setText(text)
        set_role(self.message, "state", "off")

    def _worker_failed(self, exc: Exception) -> None:
        self.show_message(error_text(exc) if isinstance(exc, SuiteError) else f"{type(exc).__name__}: {exc}")

    def retranslate(self) -> None:
        if self.runner is None:
            self.not_set_up.setText(
                self.tr(
                    "Image capture is not set up on this workstation: configure its capture sources "
                    "(hot folder, camera) in the settings."
                )
            )
            return
        self.source.setToolTip(self.tr("Capture source"))
        texts = (
            (ACTION_START, self.tr("Start")),
            (ACTION_STOP, self.tr("Stop")),
            (ACTION_SHOOT, self.tr("Capture now")),
            (ACTION_DUPLEX, self.tr("Duplex")),
            (ACTION_NEW_BATCH, self.tr("New batch")),
            (ACTION_IMPORT, self.tr("Import files…")),
            (ACTION_OVERRIDE, self.tr("Override")),
            (ACTION_REJECT, self.tr("Reject")),
            (ACTION_RETAKE, self.tr("Retake")),
            (ACTION_CORRECTED, self.tr("Corrected")),
            (ACTION_FIT, self.tr("Fit")),
            (ACTION_ZOOM_IN, self.tr("Zoom in")),
            (ACTION_ZOOM_OUT, self.tr("Zoom out")),
        )
        name_actions(self.actions_by_name, texts)
        self.duplex.setToolTip(self.tr("Duplex: every second page is the back of the voucher before it."))
        self._update_sources()
        if self._ready:
            self._show_page(self.current_page(), reload=False)

    def shutdown(self) -> None:
        """Stop the sources, the import, the workers and the runner (bounded waits; the runner
        closes only once every source and every job in it (the import, a reclassification, the
        warm-up) has ended, within one deadline, never under an ingest still running)."""
        if self.runner is None:
            return
        lingering = self.bridge.shutdown()
        for part in (self.importer, self.decisions, self.browser, self.pane):
            part.shutdown()
        self.warm_worker.stop()
        self.change_worker.stop()
        self.ops.stop()
        in_runner = (self.importer.worker.activity, self.decisions.worker.activity, self.warm_worker.activity)
        close_when_ended([*lingering, *in_runner], self.runner.close)


def _title() -> str:
    return QCoreApplication.translate("Docks", "Image capture")


SPEC = DockSpec(
    OBJECT_NAME,
    _title,
    Qt.DockWidgetArea.RightDockWidgetArea,
    CapturePanel,
    permission=Permission.CAPTURE,
    icon="overview.svg",
)
