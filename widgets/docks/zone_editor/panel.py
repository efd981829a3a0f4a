"""Zone editor panel: pick a floor and a zone, reshape it or draw a new one, name it, save it with
a reason (ZoneService checks, validates and audits). GUI thread; the floors and zones are read
through SiteService on the panel's worker, and a save runs on its ``Operations`` worker (the
actions off until it is answered)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.errors import SuiteError
from app.operations import Change, Target
from app.rbac import Permission
from app.services.sites import ZONE_KINDS, polygon_problem
from app.tracking.directory import Directory
from widgets.actions import build_actions
from widgets.common.dialogs import ReasonDialog
from widgets.common.map_view import MapView
from widgets.common.plain import literal, plain
from widgets.docks import DockContext, DockSpec
from widgets.docks.zone_editor.actions import ACTION_NEW, ACTION_REVERT, ACTION_SAVE
from widgets.docks.zone_editor.canvas import EditCanvas
from widgets.i18n import Retranslating, ui_is_chinese
from widgets.messages import error_text
from widgets.workers import Operations, Worker

OBJECT_NAME = "dock.zones"


class ZoneEditorPanel(Retranslating, QWidget):
    def __init__(self, ctx: DockContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.directory = Directory()  # the site layout, filled by the loader
        self.loaded = False
        self.loader = Worker(self)
        self.ops = Operations(self, name="zone-editor")  # a save
        self._select_after_load: str | None = None  # a zone just saved: select it when it arrives
        layout = QVBoxLayout(self)
        self.toolbar = QToolBar()
        self.floor = QComboBox()
        self.floor.setObjectName("zones.floor")
        self.toolbar.addWidget(self.floor)
        self.actions_by_name = build_actions(
            self,
            self.toolbar,
            (
                (ACTION_NEW, self.new_zone, None),
                (ACTION_SAVE, self.save, QKeySequence.StandardKey.Save),
                (ACTION_REVERT, self.revert, None),
            ),
        )
        layout.addWidget(self.toolbar)
        split = QSplitter(Qt.Orientation.Horizontal)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        self.zones = QListWidget()
        self.zones.setObjectName("zones.list")
        self.zones.currentItemChanged.connect(
            lambda cur, _prev: self.select(cur.data(Qt.ItemDataRole.UserRole)) if cur is not None else None
        )
        side_layout.addWidget(self.zones, 1)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setObjectName("zones.code")
        self.name_zh = QLineEdit()
        self.name_zh.setObjectName("zones.name_zh")
        self.name_en = QLineEdit()
        self.name_en.setObjectName("zones.name_en")
        self.kind = QComboBox()
        self.kind.setObjectName("zones.kind")
        for k in ZONE_KINDS:
            self.kind.addItem(zone_kind_text(k), k)
        self.restricted = QCheckBox()
        self.restricted.setObjectName("zones.restricted")
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(
            self.labels, (self.code, self.name_zh, self.name_en, self.kind, self.restricted), strict=True
        ):
            form.addRow(label, field)
        side_layout.addLayout(form)
        self.hint = plain(QLabel())  # may quote a database error
        self.hint.setObjectName("zones.hint")
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        side_layout.addWidget(self.hint)
        split.addWidget(side)
        self.view = MapView()
        self.view.setDragMode(MapView.DragMode.RubberBandDrag)
        split.addWidget(self.view)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)
        self.canvases: dict[str, EditCanvas] = {}
        self.floor.currentIndexChanged.connect(self._show_floor)
        ctx.bus.changed.connect(self._on_change)
        self.ops.busy_changed.connect(self._check)
        self.retranslate()
        self._ready = True
        self._load()

    def _load(self) -> None:
        actor = self.ctx.principal
        self.loader.submit(lambda: self.ctx.services.sites.layout(actor), self._loaded, self._failed)

    def _failed(self, exc: Exception) -> None:
        text = error_text(exc) if isinstance(exc, SuiteError) else str(exc)
        self.hint.setText(self.tr("Could not read the floor plans: %1").replace("%1", text))

    def _loaded(self, directory: Directory) -> None:
        """The first layout builds every floor's canvas; later ones rebuild the floor on show."""
        self.directory = directory
        if not self.loaded:
            self.loaded = True
            for plan in sorted(directory.floorplans.values(), key=lambda p: p.code):
                self.canvases[plan.code] = self._canvas(plan.code)
            self.retranslate()
            self._show_floor(self.floor.currentIndex())
            return
        if not self.has_floor:
            return
        floor = self.floor.currentIndex()
        old = self.canvas
        self.canvases[old.plan.code] = self._canvas(old.plan.code)
        self._show_floor(floor)
        old.deleteLater()
        code, self._select_after_load = self._select_after_load, None
        for row in range(self.zones.count()):
            if self.zones.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.zones.setCurrentRow(row)

    def _canvas(self, plan_code: str) -> EditCanvas:
        plan = self.directory.floorplans[plan_code]
        zones = [z for z in self.directory.zones.values() if z.floorplan == plan.code]
        canvas = EditCanvas(plan, zones, self)
        canvas.polygon_changed.connect(self._check)
        return canvas

    @property
    def canvas(self) -> EditCanvas:
        return self.canvases[str(self.floor.currentData())]

    @property
    def has_floor(self) -> bool:
        return str(self.floor.currentData()) in self.canvases

    def _show_floor(self, index: int) -> None:
        if index < 0 or not self.has_floor:
            return
        self.view.setScene(self.canvas)
        self.view.fit()
        self.zones.clear()
        zh = ui_is_chinese()
        for z in sorted(self.directory.zones.values(), key=lambda z: z.code):
            if z.floorplan == self.canvas.plan.code:
                item = QListWidgetItem(f"{z.name(zh)} · {z.code}")
                item.setData(Qt.ItemDataRole.UserRole, z.code)
                self.zones.addItem(item)
        if self.zones.count():
            self.zones.setCurrentRow(0)

    def select(self, code: str) -> None:
        z = self.directory.zones[code]
        self.canvas.drawing = False
        self.canvas.edit(code, list(z.polygon))
        self.code.setText(z.code)
        self.code.setReadOnly(True)
        self.name_zh.setText(z.name_zh)
        self.name_en.setText(z.name_en)
        self.kind.setCurrentIndex(max(self.kind.findData(z.kind), 0))
        self.restricted.setChecked(z.restricted)

    def new_zone(self) -> None:
        if not self.has_floor:
            return
        self.zones.clearSelection()
        self.canvas.drawing = True
        self.canvas.edit("", [])
        site = self.canvas.plan.site
        self.code.setReadOnly(False)
        self.code.setText(f"{site}-")
        for w in (self.name_zh, self.name_en):
            w.clear()
        self.restricted.setChecked(False)
        self.code.setFocus()
        self._check()

    def revert(self) -> None:
        if not self.has_floor:
            return
        item = self.zones.currentItem()
        if item is not None and not self.canvas.drawing:
            self.select(item.data(Qt.ItemDataRole.UserRole))
        else:
            self.new_zone()

    def _check(self, _busy: bool = False) -> None:
        for action in self.actions_by_name.values():
            action.setEnabled(self.has_floor and not self.ops.busy)  # not while a save is on its way
        if not self.has_floor:
            self.hint.setText(self.tr("There are no floor plans yet."))
            return
        points = self.canvas.points()
        problem = polygon_problem(points, self.canvas.plan.width, self.canvas.plan.height)
        texts = {
            "too_few_points": self.tr("Click at least 3 corners."),
            "self_intersecting": self.tr("The outline crosses itself."),
            "outside_plan": self.tr("A corner lies outside the floor plan."),
            "no_area": self.tr("The outline has no area."),
        }
        base = (
            self.tr("Drawing: click the corners in order, then Save.")
            if self.canvas.drawing
            else self.tr(
                "Drag corners; double-click an edge to add one; select one and press Delete to remove it."
            )
        )
        self.hint.setText(base + ("\n⚠ " + texts.get(problem, problem) if problem else ""))
        self.actions_by_name[ACTION_SAVE].setEnabled(problem is None and not self.ops.busy)

    def save(self) -> None:
        if not self.has_floor or self.ops.busy:
            return
        points = self.canvas.points()
        dlg = ReasonDialog(
            self.tr("Save zone"), self.tr("Save zone %1?").replace("%1", self.code.text()), self
        )
        if not dlg.exec():
            return
        sites, me, code, plan = (
            self.ctx.services.sites,
            self.ctx.principal,
            self.code.text(),
            self.canvas.plan.code,
        )
        name_zh, name_en, kind = self.name_zh.text(), self.name_en.text(), str(self.kind.currentData())
        restricted, reason = self.restricted.isChecked(), dlg.reason_text()

        def save() -> Change:  # worker thread
            return sites.save_zone(
                me,
                code,
                floorplan=plan,
                polygon=points,
                name_zh=name_zh,
                name_en=name_en,
                kind=kind,
                restricted=restricted,
                reason=reason,
            )

        def refused(exc: SuiteError) -> None:
            QMessageBox.warning(self, self.tr("Save zone"), literal(error_text(exc), exc.message))

        self.ops.run(
            save,
            lambda change: self.ctx.bus.publish(change, self),
            refused,
        )

    def _on_change(self, change: Change) -> None:
        if change.target_type != Target.ZONE:
            return
        self._select_after_load = change.target_ids[0]
        self._load()

    def retranslate(self) -> None:
        current = self.floor.currentData()
        self.floor.blockSignals(True)
        self.floor.clear()
        for plan in sorted(self.directory.floorplans.values(), key=lambda p: p.code):
            self.floor.addItem(plan.title(ui_is_chinese()), plan.code)
        self.floor.setCurrentIndex(max(self.floor.findData(current), 0))
        self.floor.blockSignals(False)
        for label, text in zip(
            self.labels,
            (
                self.tr("Code"),
                self.tr("Name (中文)"),
                self.tr("Name (English)"),
                self.tr("Kind"),
                self.tr("Restricted"),
            ),
            strict=True,
        ):
            label.setText(text)
        for i in range(self.kind.count()):
            self.kind.setItemText(i, zone_kind_text(str(self.kind.itemData(i))))
        for name, text in (
            (ACTION_NEW, self.tr("New zone")),
            (ACTION_SAVE, self.tr("Save")),
            (ACTION_REVERT, self.tr("Revert")),
        ):
            self.actions_by_name[name].setText(text)
        self._check()

    def shutdown(self) -> None:
        self.loader.stop()
        self.ops.stop()


def _title() -> str:
    return QCoreApplication.translate("Docks", "Zone editor")


SPEC = DockSpec(
    OBJECT_NAME,
    _title,
    Qt.DockWidgetArea.RightDockWidgetArea,
    ZoneEditorPanel,
    permission=Permission.REGISTER_ADMIN,
    icon="layout_reset.svg",
)


def zone_kind_text(kind: str) -> str:
    """A zone kind (``app.services.sites.ZONE_KINDS``) by its name in the UI language."""
    names = {
        "gate": QCoreApplication.translate("ZoneKinds", "Gate"),
        "hall": QCoreApplication.translate("ZoneKinds", "Business hall"),
        "vault": QCoreApplication.translate("ZoneKinds", "Vault"),
        "secrecy": QCoreApplication.translate("ZoneKinds", "Secrecy room"),
        "archive": QCoreApplication.translate("ZoneKinds", "Archive room"),
        "handover": QCoreApplication.translate("ZoneKinds", "Handover room"),
        "vip": QCoreApplication.translate("ZoneKinds", "VIP room"),
        "counter": QCoreApplication.translate("ZoneKinds", "Counter"),
        "it": QCoreApplication.translate("ZoneKinds", "IT room"),
        "office": QCoreApplication.translate("ZoneKinds", "Office"),
        "keying": QCoreApplication.translate("ZoneKinds", "Keying room"),
        "scan": QCoreApplication.translate("ZoneKinds", "Scanning room"),
        "auth": QCoreApplication.translate("ZoneKinds", "Authorization center"),
        "corridor": QCoreApplication.translate("ZoneKinds", "Corridor"),
    }
    return names.get(kind, kind)
