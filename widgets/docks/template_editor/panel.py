"""Template editor dock (模板编辑): the voucher templates' page size, QR box and field regions,
drawn over a straightened sample, validated field by field, saved as a new version with a reason.
GUI thread: the templates, the captured pages to choose a sample from and the chosen page are read
through the capture service on workers; samples are read, straightened and test-cut on a worker
(see ``sampling``); a save runs on the ``Operations`` worker (Save off until it is answered)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.errors import SuiteError
from app.operations import Change, Target
from app.rbac import Permission
from app.services.capture import PageView
from imaging.batch import load_templates
from imaging.templates import Template, TemplateError
from widgets.actions import build_actions, name_actions
from widgets.common.capture_texts import reason_text, status_text
from widgets.common.dialogs import ReasonDialog
from widgets.common.plain import plain
from widgets.docks import DockContext, DockSpec
from widgets.docks.template_editor.actions import (
    ACTION_CAPTURED,
    ACTION_DELETE,
    ACTION_DRAW,
    ACTION_DUPLICATE,
    ACTION_FIT,
    ACTION_NEW,
    ACTION_SAMPLE,
    ACTION_SAVE,
    ACTION_TEST,
    ACTION_VALIDATE,
)
from widgets.docks.template_editor.canvas import QR_KEY, TemplateCanvas, TemplateView
from widgets.docks.template_editor.dialogs import CapturedPageDialog, captured_pages
from widgets.docks.template_editor.draft import RegionDraft, TemplateDraft, region_error
from widgets.docks.template_editor.form import TemplateForm
from widgets.docks.template_editor.model import COLUMNS, RegionDelegate, RegionTableModel, TemplateListModel
from widgets.docks.template_editor.sample import SampleResult
from widgets.docks.template_editor.sampling import Sampler
from widgets.docks.template_editor.texts import kind_text, problem_text
from widgets.i18n import Retranslating, ui_is_chinese
from widgets.messages import error_text
from widgets.table_model import record_table
from widgets.theme import set_role
from widgets.workers import Operations, Worker

OBJECT_NAME = "dock.templates"
IMAGE_FILTER = "*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.pdf"


def _subtitle() -> QLabel:
    label = QLabel()
    label.setProperty("role", "subtitle")
    return label


class TemplateEditorPanel(Retranslating, QWidget):
    def __init__(self, ctx: DockContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("templates.panel")
        self.store = ctx.images  # captured pages' images, through the image service
        self.templates: dict[str, Template] = {}
        self.draft = TemplateDraft()
        self.is_new = False
        self.dirty = False
        self.sampler = Sampler(self)
        self.reader = Worker(self)  # the templates
        self.page_reader = Worker(self)  # the captured pages to sample from
        self.ops = Operations(self, name="template-editor")  # a save
        self.saved: Change | None = None  # the version last saved here, once saved
        self._reading = False  # the templates are being read
        self._valid = False  # the draft passed the template rules
        self._build()
        self.ops.busy_changed.connect(self._enable_save)
        self.sampler.loaded.connect(self._sample_loaded)
        self.sampler.tested.connect(self._sample_tested)
        self.sampler.failed.connect(self._sample_failed)
        ctx.bus.changed.connect(self._on_change)
        self.retranslate()
        self._ready = True
        self.reload()

    @property
    def loading(self) -> bool:
        """The templates are being read, or a save is on its way (they are read again after)."""
        return self._reading or self.ops.busy

    @property
    def sample_image(self) -> object | None:
        return self.sampler.image

    # -- construction ---------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("templates.toolbar")
        groups = (
            (
                (ACTION_NEW, self.new_template, QKeySequence("Ctrl+N")),
                (ACTION_DUPLICATE, self.duplicate, QKeySequence("Ctrl+Shift+D")),
            ),
            (
                (ACTION_SAMPLE, self.choose_sample, QKeySequence("Ctrl+O")),
                (ACTION_CAPTURED, self.choose_captured, None),
            ),
            (
                (ACTION_DRAW, self.toggle_draw, QKeySequence("Ctrl+R")),
                (ACTION_DELETE, self.delete_region, QKeySequence(Qt.Key.Key_Delete)),
                (ACTION_FIT, self.fit, QKeySequence("Ctrl+0")),
            ),
            (
                (ACTION_VALIDATE, self.validate, QKeySequence(Qt.Key.Key_F7)),
                (ACTION_TEST, self.test_on_sample, QKeySequence(Qt.Key.Key_F5)),
                (ACTION_SAVE, self.save, QKeySequence.StandardKey.Save),
            ),
        )
        self.actions_by_name: dict[str, QAction] = {}
        for i, group in enumerate(groups):
            if i:
                self.toolbar.addSeparator()
            self.actions_by_name |= build_actions(self, self.toolbar, group, checkable=(ACTION_DRAW,))
        layout.addWidget(self.toolbar)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        side = QWidget()
        side.setMinimumWidth(340)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 4, 0)
        self.list_title = _subtitle()
        self.list_model = TemplateListModel()
        self.list = record_table("templates.list", self.list_model)
        self.list.setMaximumHeight(180)
        self.list.selectionModel().currentRowChanged.connect(self._template_chosen)
        self.form_title = _subtitle()
        self.form = TemplateForm()
        self.form.edited.connect(self._form_edited)
        self.problem = plain(QLabel())  # quotes codes and names as typed
        self.problem.setObjectName("templates.problem")
        self.problem.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("templates.hint")
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        for w in (self.list_title, self.list, self.form_title, self.form, self.problem, self.hint):
            side_layout.addWidget(w)
        side_layout.addStretch(1)
        split.addWidget(side)

        centre = QSplitter(Qt.Orientation.Vertical)
        centre.setChildrenCollapsible(False)
        canvas_box = QWidget()
        canvas_layout = QVBoxLayout(canvas_box)
        canvas_layout.setContentsMargins(0, 0, 0, 0)
        self.canvas = TemplateCanvas(self)
        self.view = TemplateView(self.canvas)
        self.sample_label = plain(QLabel())  # names the sample's file
        self.sample_label.setObjectName("templates.sample_label")
        self.sample_label.setProperty("role", "hint")
        self.sample_label.setWordWrap(True)
        canvas_layout.addWidget(self.view, 1)
        canvas_layout.addWidget(self.sample_label)
        centre.addWidget(canvas_box)
        self.region_model = RegionTableModel(self)
        self.regions = QTableView()
        self.regions.setObjectName("templates.regions")
        self.regions.setProperty("latinColumns", [0, 3])  # the field's code and English label: data
        self.regions.setModel(self.region_model)
        self.regions.setItemDelegate(RegionDelegate(self.regions))
        self.regions.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.regions.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.regions.setAlternatingRowColors(True)
        self.regions.verticalHeader().setDefaultSectionSize(26)
        header = self.regions.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("label_en"), QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.regions.selectionModel().currentRowChanged.connect(self._region_row_chosen)
        centre.addWidget(self.regions)
        centre.setSizes([560, 240])
        split.addWidget(centre)
        split.setStretchFactor(1, 1)
        split.setSizes([340, 1000])
        layout.addWidget(split, 1)

        self.canvas.box_changed.connect(self._box_changed)
        self.canvas.drawn.connect(self.add_region)
        self.canvas.selected.connect(self._canvas_selected)
        self.canvas.delete_requested.connect(self.delete_region)
        self.region_model.edited.connect(self._region_edited)

    # -- templates ------------------------------------------------------------------------------------
    def reload(self, select: str | None = None, then: Callable[[], object] | None = None) -> None:
        """The templates again (shipped ones, overridden by the newest saved versions), read on the
        worker; shown when they arrive, then ``then`` runs. ``select`` is the one to show (else the
        one shown, else the first); a draft edited meanwhile is kept."""
        capture, me = self.ctx.services.capture, self.ctx.principal
        self._reading = True

        def done(templates: dict[str, Template]) -> None:
            self._reading = False
            self._show_templates(templates, select)
            if then is not None:
                then()

        self.reader.submit(lambda: load_templates(capture, me), done, self._templates_failed)

    def _templates_failed(self, exc: Exception) -> None:
        self._reading = False
        self.problem.setText("⚠ " + (error_text(exc) if isinstance(exc, SuiteError) else str(exc)))
        set_role(self.problem, "state", "error")

    def _show_templates(self, templates: dict[str, Template], select: str | None) -> None:
        self.templates = templates
        keep = self.dirty or self.is_new  # edited while they were read: not replaced
        current = select or (self.draft.code if not self.is_new else None)
        self.list_model.set_templates(sorted(self.templates.values(), key=lambda t: t.code))
        if keep:
            return
        row = self.list_model.row_of(current) if current else -1
        if row < 0 and self.list_model.rows:
            row = 0
        if row >= 0:
            self.list.selectionModel().blockSignals(True)
            self.list.selectionModel().setCurrentIndex(
                self.list_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.list.selectionModel().blockSignals(False)
            self.load_template(self.list_model.rows[row].code)

    def _template_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.load_template(self.list_model.rows[current.row()].code)

    def load_template(self, code: str) -> None:
        self.is_new = False
        self.show_draft(TemplateDraft.from_template(self.templates[code]))

    def new_template(self) -> None:
        self._start_new(TemplateDraft())

    def duplicate(self) -> None:
        copy = self.draft.copy()
        copy.code, copy.version = "", 0
        copy.name_zh = f"{copy.name_zh} {self.tr('(copy)')}".strip()
        copy.name_en = f"{copy.name_en} (copy)".strip()
        self._start_new(copy)

    def _start_new(self, draft: TemplateDraft) -> None:
        self.is_new = True
        self.show_draft(draft)
        self.list.clearSelection()
        self.form.code.setFocus()

    def show_draft(self, draft: TemplateDraft) -> None:
        self.draft = draft
        self.dirty = False
        self.form.show_draft(draft, new=self.is_new)
        self.region_model.set_draft(draft)
        self.canvas.set_draft(draft, self._labels(), kind_text("qr"))
        self.view.fit()
        self.validate()

    def _labels(self) -> dict[int, str]:
        zh = ui_is_chinese()
        return {r.key: ((r.label_zh if zh else r.label_en) or r.name) for r in self.draft.regions}

    # -- editing ----------------------------------------------------------------------------------------
    def _form_edited(self) -> None:
        if self.form.read_into(self.draft):
            self.canvas.set_draft(self.draft, self._labels(), kind_text("qr"))
            self.view.fit()
        else:
            self.canvas.refresh(QR_KEY, kind_text("qr"))
        self._touched()

    def _box_changed(self, key: int) -> None:
        if key == QR_KEY:
            self.form.show_qr(self.draft.qr)
        else:
            self.region_model.box_changed(key)
        self._touched()

    def _region_edited(self, key: int) -> None:
        self.canvas.refresh(key, self._labels().get(key, ""))
        self._touched()

    def _touched(self) -> None:
        self.dirty = True
        self.canvas.clear_results()
        self.validate()

    def toggle_draw(self) -> None:
        self.canvas.drawing = self.actions_by_name[ACTION_DRAW].isChecked()
        self.view.setCursor(Qt.CursorShape.CrossCursor if self.canvas.drawing else Qt.CursorShape.ArrowCursor)
        self._update_hint()

    def add_region(self, x: float, y: float, w: float, h: float) -> RegionDraft:
        """A region dragged out on the canvas: added with a free name, selected for naming."""
        region = RegionDraft(self.draft.new_region_name("field"), "text", x, y, w, h)
        self.draft.regions.append(region)
        row = self.region_model.insert(region.key)
        self.canvas.add_region(region.key, region.name)
        self.actions_by_name[ACTION_DRAW].setChecked(False)
        self.toggle_draw()
        self.canvas.select_key(region.key)
        self.regions.selectRow(row)
        self._touched()
        return region

    def delete_region(self, key: int | None = None) -> None:
        if not isinstance(key, int) or key <= 0:
            key = self.canvas.selected_key()
        if key <= 0:
            return
        self.region_model.remove(key)
        self.canvas.remove_region(key)
        self._touched()

    def _canvas_selected(self, key: int) -> None:
        row = self.region_model.row_of(key) if key > 0 else -1
        if row >= 0 and self.regions.currentIndex().row() != row:
            self.regions.selectRow(row)
        self._update_actions()

    def _region_row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.canvas.select_key(int(current.data(Qt.ItemDataRole.UserRole)))

    def fit(self) -> None:
        self.view.fit()

    # -- validation and saving ------------------------------------------------------------------------
    def validate(self) -> Template | None:
        """Check the draft with the template rules; show a problem next to its input."""
        self.form.mark(None)
        self.region_model.set_error(None)
        try:
            template = self.draft.validate()
        except TemplateError as exc:
            self.show_problem(exc)
            self._valid = False
            self._enable_save()
            return None
        text = self.tr("✔ Valid: %1 regions").replace("%1", str(len(template.regions)))
        self.problem.setText(text + (" •" if self.dirty else ""))
        set_role(self.problem, "state", "ok")
        self._valid = True
        self._enable_save()
        return template

    def _enable_save(self, _busy: bool = False) -> None:
        """Save: a valid draft, an administrator, and no save on its way."""
        can = self.ctx.principal.can(Permission.REGISTER_ADMIN)
        self.actions_by_name[ACTION_SAVE].setEnabled(self._valid and can and not self.ops.busy)

    def show_problem(self, exc: TemplateError) -> None:
        self.problem.setText("⚠ " + problem_text(exc))
        set_role(self.problem, "state", "error")
        self.form.mark(exc.field)
        where = region_error(exc)
        if where is not None:
            row, part = where
            self.region_model.set_error((row, part))
            self.regions.scrollTo(self.region_model.index(row, COLUMNS.index(part) if part in COLUMNS else 0))

    def save(self) -> None:
        template = self.validate()
        if template is None or self.ops.busy:
            return
        question = self.tr(
            "Save template %1 as a new version? Pages captured from now on are cut with it."
        ).replace("%1", template.code)
        dlg = ReasonDialog(self.tr("Save template"), question, self)
        if dlg.exec():
            self.save_with_reason(dlg.reason_text())

    def save_with_reason(self, reason: str) -> bool:
        """A new version through the service (permission, reason and audit are checked there), on
        the worker; True if it was sent (``saved`` holds its change once saved), False if the draft
        is invalid or a save is still on its way. A refusal is shown in the problem line."""
        template = self.validate()
        if template is None or self.ops.busy:
            return False
        capture, me, data = self.ctx.services.capture, self.ctx.principal, template.to_json()
        self.saved = None
        self.problem.setText(self.tr("Saving %1…").replace("%1", template.code))
        set_role(self.problem, "state", "off")
        self.ops.run(
            lambda: capture.save_template(
                me,
                template.code,
                data,
                reason,
                name_zh=template.name_zh,
                name_en=template.name_en,
                keying=template.keying,
            ),
            lambda change: self._saved(template, change),
            self._save_refused,
        )
        return True

    def _save_refused(self, exc: SuiteError) -> None:
        self.problem.setText("⚠ " + error_text(exc))
        set_role(self.problem, "state", "error")

    def _saved(self, template: Template, change: Change) -> None:
        self.is_new = False
        self.dirty = False
        version = str(change.detail.get("version", ""))

        def saved() -> None:
            self.problem.setText(
                self.tr("Saved %1 version %2.").replace("%1", template.code).replace("%2", version)
            )
            set_role(self.problem, "state", "ok")

        self.saved = change
        self.reload(template.code, then=saved)  # the new version is shown when read
        self.ctx.bus.publish(change, self)  # the capture dock's runner reloads its templates
        saved()

    def _on_change(self, change: Change, source: object = None) -> None:
        if source is self:  # our own change: already shown
            return
        if change.target_type == Target.VOUCHER_TEMPLATE and not self.dirty and not self.is_new:
            self.reload(self.draft.code)

    # -- samples ----------------------------------------------------------------------------------------
    def choose_sample(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Load a sample voucher"),
            "",
            self.tr("Images and PDF (%1);;All files (*)").replace("%1", IMAGE_FILTER),
        )
        if path:
            self.load_sample(path)

    def load_sample(self, path: str | Path) -> None:
        """Read the file on a worker, straighten it with this template, show it under the regions."""
        self.sample_label.setText(self.tr("Reading %1…").replace("%1", Path(path).name))
        self.sampler.load_file(path, self._placing())

    def choose_captured(self) -> None:
        """The recent captured pages, read on a worker, then a dialog to choose one of them."""
        capture, me = self.ctx.services.capture, self.ctx.principal
        self.page_reader.submit(lambda: captured_pages(capture, me), self._choose_from, self._page_failed)

    def _choose_from(self, pages: list[PageView]) -> None:
        dlg = CapturedPageDialog(pages, self)
        page = dlg.chosen() if dlg.exec() else None
        if page is not None:
            self._load_page(page)

    def load_captured(self, page_id: int) -> None:
        """A captured page as the sample: the page read on a worker, then its image on the sampler's."""
        capture, me = self.ctx.services.capture, self.ctx.principal
        self.page_reader.submit(lambda: capture.page(me, page_id), self._load_page, self._page_failed)

    def _load_page(self, page: PageView) -> None:
        self.sample_label.setText(self.tr("Reading %1…").replace("%1", page.source_name))
        self.sampler.load_page(self.store, page, self._placing())

    def _page_failed(self, exc: Exception) -> None:
        text = error_text(exc) if isinstance(exc, SuiteError) else str(exc)
        self.sample_label.setText(self.tr("The sample cannot be used: %1").replace("%1", text))

    def _placing(self) -> Template | None:
        """The draft as a template good enough to place a sample (its regions may be unfinished)."""
        try:
            return self.draft.validate()
        except TemplateError:
            pass
        d = self.draft.copy()
        d.regions = [RegionDraft("page", "text", 0.0, 0.0, d.width_mm, d.height_mm)]
        d.code = d.code or "NEW"
        try:
            return d.validate()
        except TemplateError:
            return None

    def _sample_loaded(self, result: SampleResult, name: str) -> None:
        self.canvas.set_sample(result.shown)
        self.canvas.clear_results()
        if result.straightened:
            text = self.tr("Sample %1: straightened with this template.").replace("%1", name)
        else:
            text = self.tr("Sample %1 could not be straightened (%2): shown as it is.")
            text = text.replace("%1", name).replace("%2", self._reasons(result))
        self.sample_label.setText(text)
        self._update_actions()

    def test_on_sample(self) -> None:
        """Cut the sample with the template as drawn and overlay where the slices landed."""
        template = self.validate()
        if template is None:
            return
        if self.sampler.test(template):
            self.sample_label.setText(self.tr("Testing…"))
        else:
            self.sample_label.setText(self.tr("Load a sample first."))

    def _sample_tested(self, result: SampleResult) -> None:
        self.canvas.set_sample(result.shown)
        self.canvas.show_results(list(result.slices))
        text = (
            self.tr("Test: %1 · %2 slices · %3 ms")
            .replace("%1", status_text(result.status))
            .replace("%2", str(len(result.slices)))
            .replace("%3", f"{result.ms:.0f}")
        )
        self.sample_label.setText(text + (f" · {self._reasons(result)}" if result.reasons else ""))

    def _reasons(self, result: SampleResult) -> str:
        return " · ".join(reason_text(code) for code, _d in result.reasons) or "—"

    def _sample_failed(self, exc: Exception) -> None:
        reason = getattr(exc, "reason", "")
        text = reason_text(reason) if reason else str(exc)
        self.sample_label.setText(self.tr("The sample cannot be used: %1").replace("%1", text))

    # -- state ------------------------------------------------------------------------------------------
    def _update_actions(self) -> None:
        a = self.actions_by_name
        a[ACTION_TEST].setEnabled(self.sampler.image is not None)
        a[ACTION_DELETE].setEnabled(self.canvas.selected_key() > 0)

    def _update_hint(self) -> None:
        if self.canvas.drawing:
            self.hint.setText(self.tr("Drawing: drag a rectangle on the page for the new region."))
        else:
            self.hint.setText(
                self.tr(
                    "Drag a region to move it, its handles to resize it; Delete removes it. "
                    "Edit names, kinds, labels and millimetres in the table."
                )
            )
        self._update_actions()

    def retranslate(self) -> None:
        self.list_title.setText(self.tr("Templates"))
        self.form_title.setText(self.tr("Template"))
        self.list_model.set_headers([self.tr("Code"), self.tr("Name"), self.tr("Version")])
        self.region_model.set_headers(
            [
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Label (中文)"),
                self.tr("Label (English)"),
                "x (mm)",
                "y (mm)",
                self.tr("w (mm)"),
                self.tr("h (mm)"),
            ]
        )
        texts = (
            (ACTION_NEW, self.tr("New")),
            (ACTION_DUPLICATE, self.tr("Duplicate")),
            (ACTION_SAMPLE, self.tr("Load sample…")),
            (ACTION_CAPTURED, self.tr("Captured page…")),
            (ACTION_DRAW, self.tr("Draw region")),
            (ACTION_DELETE, self.tr("Delete region")),
            (ACTION_FIT, self.tr("Fit")),
            (ACTION_VALIDATE, self.tr("Validate")),
            (ACTION_TEST, self.tr("Test on sample")),
            (ACTION_SAVE, self.tr("Save")),
        )
        name_actions(self.actions_by_name, texts)
        if self.sampler.image is None:
            self.sample_label.setText(
                self.tr("No sample: load a scanned voucher to draw the regions over it.")
            )
        if self._ready:
            self.canvas.set_draft(self.draft, self._labels(), kind_text("qr"))
            self.region_model.layoutChanged.emit()
            self.validate()
        self._update_hint()

    def shutdown(self) -> None:
        self.sampler.shutdown()
        self.reader.stop()
        self.page_reader.stop()
        self.ops.stop()


def _title() -> str:
    return QCoreApplication.translate("Docks", "Voucher templates")


SPEC = DockSpec(
    OBJECT_NAME,
    _title,
    Qt.DockWidgetArea.RightDockWidgetArea,
    TemplateEditorPanel,
    permission=Permission.REGISTER_ADMIN,
    icon="layout_reset.svg",
)
