"""Registers panel: one tab per register; bind/unbind tags, zone permissions, CSV import/export.
Every change goes through RegisterService (permission, reason, audit). GUI thread; the listings,
exports and zone permissions are read through the services (register administration) on the
panel's workers, a tag or zone change runs on its ``Operations`` worker and a CSV import (a bulk
write) on its own, while the dock shows it is busy; their ``Change`` is published here, on the GUI
thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.errors import SuiteError
from app.operations import Change, Target
from app.rbac import Permission
from app.services.registers import COLUMNS, KINDS, ImportResult
from app.tracking.directory import Directory
from widgets.actions import build_actions
from widgets.common.dialogs import FormDialog, ReasonDialog
from widgets.common.plain import literal
from widgets.docks import DockContext, DockSpec
from widgets.docks.registers.actions import (
    ACTION_BIND,
    ACTION_EXPORT,
    ACTION_IMPORT,
    ACTION_REVEAL,
    ACTION_UNBIND,
    ACTION_ZONES,
)
from widgets.i18n import Retranslating, ui_is_chinese
from widgets.messages import error_text
from widgets.table_model import record_table
from widgets.workers import Operations, Worker

OBJECT_NAME = "dock.registers"
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TagDialog(FormDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.tag = QLineEdit()
        self.tag.setObjectName("registers.tag")
        self.tag.setMaxLength(80)
        self.form.insertRow(0, QCoreApplication.translate("Registers", "Tag ID (hex)"), self.tag)


class ZonesDialog(FormDialog):
    def __init__(
        self, title: str, zones: list[tuple[str, str, bool]], chosen: set[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.list = QListWidget()
        self.list.setObjectName("registers.zones")
        for code, name, restricted in zones:
            item = QListWidgetItem(f"{name} ({code})" + (" ⚠" if restricted else ""))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.form.insertRow(0, QCoreApplication.translate("Registers", "May enter"), self.list)

    def codes(self) -> list[str]:
        return [
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]


class _ImportProgress(QObject):
    advanced = Signal(int, int)  # rows written, rows in the file (emitted on the import's worker)


class RegistersPanel(Retranslating, QWidget):
    def __init__(self, ctx: DockContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.registers = ctx.services.registers
        self.loader = Worker(self)  # the register listings
        self.worker = Worker(self)  # reads for an action: an export, a person's zone permissions
        self.import_worker = Worker(self)  # a CSV import
        self.ops = Operations(self, name="registers")  # a tag bound or unbound, zone permissions
        self._importing_name = ""
        self._pending: set[str] = set()  # registers whose listing is being read
        self.importing = False
        self.last_import: ImportResult | None = None  # the result of the last import, once done
        self.loaded = False  # every register has been listed once
        layout = QVBoxLayout(self)
        self.toolbar = QToolBar()
        self.actions_by_name = build_actions(
            self,
            self.toolbar,
            (
                (ACTION_IMPORT, self.import_csv, None),
                (ACTION_EXPORT, self.export_csv, None),
                (ACTION_BIND, self.bind_tag, None),
                (ACTION_UNBIND, self.unbind_tag, None),
                (ACTION_ZONES, self.edit_zones, None),
                (ACTION_REVEAL, self.reveal, None),
            ),
        )
        self.busy = QLabel()
        self.busy.setObjectName("registers.busy")
        self.busy.setProperty("role", "hint")
        self.busy.setVisible(False)
        self._busy_action = self.toolbar.addWidget(self.busy)
        self._busy_action.setVisible(False)
        self.progress = QProgressBar()  # an import's batches as they are written
        self.progress.setObjectName("registers.progress")
        self.progress.setRange(0, 0)  # until the rows are checked: busy, no figure
        self.progress.setVisible(False)
        self.relay = _ImportProgress(self)
        self.relay.advanced.connect(self._advanced)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.progress)  # under the toolbar: never in its overflow menu
        self.filter = QLineEdit()
        self.filter.setObjectName("registers.filter")
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("registers.tabs")
        self.models: dict[str, QStandardItemModel] = {}
        self.proxies: dict[str, QSortFilterProxyModel] = {}
        self.tables: dict[str, QTableView] = {}
        for kind in KINDS:
            model = QStandardItemModel(0, len(COLUMNS[kind]), self)
            proxy = QSortFilterProxyModel(self)
            proxy.setSourceModel(model)
            proxy.setFilterKeyColumn(-1)
            proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.filter.textChanged.connect(proxy.setFilterFixedString)
            table = record_table(f"registers.table.{kind}", proxy, sortable=True)
            table.selectionModel().selectionChanged.connect(self._update_actions)
            self.models[kind], self.proxies[kind], self.tables[kind] = model, proxy, table
            self.tabs.addTab(table, "")
        self.reload(*KINDS)
        self.tabs.currentChanged.connect(self._update_actions)
        layout.addWidget(self.tabs, 1)
        ctx.bus.changed.connect(self._on_change)
        self.ops.busy_changed.connect(self._show_busy)
        self.retranslate()
        self._ready = True

    # -- data -----------------------------------------------------------------------------------
    def kind(self) -> str:
        return KINDS[max(self.tabs.currentIndex(), 0)]

    @property
    def loading(self) -> bool:
        """A listing is being read, or a change is on its way (it is listed again once made)."""
        return bool(self._pending) or self.ops.busy

    def reload(self, *kinds: str) -> None:
        """List ``kinds`` (with any still pending) on the worker; the tables fill when they arrive."""
        self._pending.update(kinds)
        actor, wanted = self.ctx.principal, tuple(sorted(self._pending))
        self.loader.submit(
            lambda: {kind: self.registers.listing(actor, kind) for kind in wanted},
            self._listed,
            self._list_failed,
        )

    def _listed(self, tables: dict[str, list[tuple[int, list[str]]]]) -> None:
        for kind, rows in tables.items():
            model = self.models[kind]
            model.removeRows(0, model.rowCount())
            for entity_id, row in rows:
                items = [QStandardItem(v) for v in row]
                for item in items:
                    item.setEditable(False)
                items[0].setData(entity_id, ID_ROLE)
                model.appendRow(items)
        self._pending.difference_update(tables)
        self.loaded = self.loaded or not self._pending
        self._update_actions()

    def _list_failed(self, exc: Exception) -> None:
        self._pending.clear()
        self._failed(exc)

    def _failed(self, exc: Exception) -> None:
        detail = error_text(exc) + "\n" + exc.message if isinstance(exc, SuiteError) else str(exc)
        QMessageBox.warning(self, self.tr("Registers"), literal(detail))

    def _on_change(self, change: Change) -> None:
        if change.target_type in self.models:
            self.reload(change.target_type)
        self._update_actions()

    def selected_id(self) -> int | None:
        table = self.tables[self.kind()]
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].siblingAtColumn(0).data(ID_ROLE)
        return int(value) if value is not None else None

    def selected_tag(self) -> str:
        table = self.tables[self.kind()]
        rows = table.selectionModel().selectedRows()
        if not rows:
            return ""
        col = COLUMNS[self.kind()].index("tag_id")
        return str(rows[0].siblingAtColumn(col).data() or "")

    def _update_actions(self) -> None:
        has = self.selected_id() is not None and not self.ops.busy  # one change at a time
        self.actions_by_name[ACTION_BIND].setEnabled(has)
        self.actions_by_name[ACTION_UNBIND].setEnabled(has and bool(self.selected_tag()))
        self.actions_by_name[ACTION_ZONES].setEnabled(has and self.kind() == Target.PERSON)
        self.actions_by_name[ACTION_REVEAL].setEnabled(
            self.selected_id() is not None and self.ctx.principal.can(Permission.PERSONAL_DATA_VIEW)
        )
        self.actions_by_name[ACTION_IMPORT].setEnabled(not self.importing)  # one import at a time

    def _run(self, job: Callable[[], Change], again: Callable[[], None] | None = None) -> None:
        """Run one change on the worker (``job`` runs there: it must not touch a widget); publish
        it, or show why it was refused and then, if given, ``again`` (the form once more)."""

        def refused(exc: SuiteError) -> None:
            QMessageBox.warning(self, self.tr("Registers"), literal(error_text(exc), exc.message))
            if again is not None:
                again()

        self.ops.run(job, lambda change: self.ctx.bus.publish(change, self), refused)

    # -- actions --------------------------------------------------------------------------------
    def bind_tag(self) -> None:
        entity_id = self.selected_id()
        if entity_id is None or self.ops.busy:
            return
        self._bind(TagDialog(self.tr("Bind a tag"), self), self.kind(), entity_id)

    def _bind(self, dlg: TagDialog, kind: str, entity_id: int) -> None:
        if not dlg.exec():
            return
        registers, actor, tag, reason = self.registers, self.ctx.principal, dlg.tag.text(), dlg.reason_text()
        self._run(
            lambda: registers.bind_tag(actor, kind, entity_id, tag, reason),
            lambda: self._bind(dlg, kind, entity_id),  # refused: the form again, as it was filled in
        )

    def unbind_tag(self) -> None:
        entity_id = self.selected_id()
        if entity_id is None or self.ops.busy:
            return
        dlg = ReasonDialog(
            self.tr("Unbind tag"),
            self.tr("Unbind tag %1? The tag can then be bound to something else.").replace(
                "%1", self.selected_tag()
            ),
            self,
        )
        if dlg.exec():
            registers, actor, kind = self.registers, self.ctx.principal, self.kind()
            reason = dlg.reason_text()
            self._run(lambda: registers.unbind_tag(actor, kind, entity_id, reason))

    def edit_zones(self) -> None:
        entity_id = self.selected_id()
        if entity_id is None or self.kind() != Target.PERSON or self.ops.busy:
            return
        actor = self.ctx.principal
        self.worker.submit(
            lambda: (
                self.ctx.services.sites.layout(actor),
                self.registers.permitted_zones(actor, entity_id),
            ),
            lambda result: self._choose_zones(entity_id, *result),
            self._failed,
        )

    def _choose_zones(self, entity_id: int, layout: Directory, permitted: list[str]) -> None:
        zh = ui_is_chinese()
        zones = sorted(
            ((z.code, z.name(zh), z.restricted) for z in layout.zones.values()), key=lambda z: z[0]
        )
        dlg = ZonesDialog(self.tr("Zone permissions"), zones, set(permitted), self)
        if dlg.exec() and not self.ops.busy:
            registers, actor = self.registers, self.ctx.principal
            codes, reason = dlg.codes(), dlg.reason_text()
            self._run(lambda: registers.set_zone_permissions(actor, entity_id, codes, reason))

    def reveal(self) -> None:
        """Show the selected record's masked numbers in full (the service checks and audits it); the
        next listing masks them again."""
        entity_id = self.selected_id()
        if entity_id is None:
            return
        registers, actor, kind = self.registers, self.ctx.principal, self.kind()
        self.worker.submit(
            lambda: registers.reveal(actor, kind, entity_id),
            lambda row: self._revealed(kind, entity_id, row),
            self._failed,
        )

    def _revealed(self, kind: str, entity_id: int, row: list[str]) -> None:
        model = self.models[kind]
        for r in range(model.rowCount()):
            if model.item(r, 0).data(ID_ROLE) == entity_id:
                for c, value in enumerate(row):
                    model.item(r, c).setText(value)
                return

    def import_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import CSV"), "", self.tr("CSV files (*.csv)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool | None:
        """Ask for the reason and start importing ``path`` into the current register on the worker;
        True once started, None if the file is unreadable, the question declined or an import is
        still running. The result (``last_import``) is reported when it arrives."""
        if self.importing:
            return None
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            QMessageBox.warning(
                self,
                self.tr("Import CSV"),
                literal(self.tr("Cannot read %1: %2").replace("%1", str(path)).replace("%2", str(exc))),
            )
            return None
        dlg = ReasonDialog(
            self.tr("Import CSV"),
            self.tr("Import %1 into the register “%2”?")
            .replace("%1", path.name)
            .replace("%2", self.tabs.tabText(self.tabs.currentIndex())),
            self,
        )
        if not dlg.exec():
            return None
        registers, actor, kind, reason = self.registers, self.ctx.principal, self.kind(), dlg.reason_text()
        advanced = self.relay.advanced.emit  # queued to the GUI thread (a remote import reports none)
        self.last_import = None
        self._set_importing(path.name)
        self.import_worker.submit(
            lambda: registers.import_csv(actor, kind, text, reason, progress=advanced),
            self._imported,
            self._import_failed,
        )
        return True

    def _advanced(self, done: int, total: int) -> None:
        if self.importing:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _set_importing(self, name: str | None) -> None:
        self.importing = name is not None
        self._importing_name = name or ""
        self.progress.setRange(0, 0)
        self.progress.setVisible(self.importing)
        self._show_busy()

    def _show_busy(self, _busy: bool = False) -> None:
        """The toolbar's busy line: an import running, or a change on its way."""
        if self.importing:
            text = self.tr("Importing %1…").replace("%1", self._importing_name)
        else:
            text = self.tr("Saving…") if self.ops.busy else ""
        self.busy.setText(text)
        self.busy.setVisible(bool(text))
        self._busy_action.setVisible(bool(text))
        self._update_actions()

    def _import_failed(self, exc: Exception) -> None:
        self._set_importing(None)
        QMessageBox.warning(
            self,
            self.tr("Import CSV"),
            literal(error_text(exc) if isinstance(exc, SuiteError) else f"{type(exc).__name__}: {exc}"),
        )

    def _imported(self, result: ImportResult) -> None:
        self._set_importing(None)
        self.last_import = result
        if result.change is not None:  # some or all rows were written
            self.ctx.bus.publish(result.change, self)  # -> _on_change reloads; the map and tracking follow
        if result.ok:
            QMessageBox.information(
                self,
                self.tr("Import CSV"),
                self.tr("Imported: %1 new, %2 updated, %3 tags bound.")
                .replace("%1", str(result.created))
                .replace("%2", str(result.updated))
                .replace("%3", str(result.tags_bound)),
            )
            return
        line_word = self.tr("Line")
        lines = "\n".join(f"{line_word} {e.line} {e.column}: {e.message}" for e in result.errors[:30])
        more = len(result.errors) - 30
        if result.partial:
            intro = (
                self.tr(
                    "The import stopped: %1 of %2 rows were imported, the rest were not. Check these rows:"
                )
                .replace("%1", str(result.committed))
                .replace("%2", str(result.rows))
            )
        else:
            intro = self.tr("Nothing was imported. Fix these rows and try again:")
        QMessageBox.warning(
            self,
            self.tr("Import CSV"),
            literal(intro, lines + (f"\n… (+{more})" if more > 0 else "")),  # the rows quote the file's cells
        )

    def export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export CSV"), f"{self.kind()}.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Export the current register to ``path`` on the worker (the file holds personal data: the
        service checks register administration)."""
        actor, kind = self.ctx.principal, self.kind()

        def export() -> Path:  # worker thread
            path.write_text(self.registers.export(actor, kind), encoding="utf-8-sig")
            return path

        self.worker.submit(export, lambda _path: None, self._failed)

    def shutdown(self) -> None:
        self.loader.stop()
        self.worker.stop()
        self.import_worker.stop()
        self.ops.stop()

    # -- i18n -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        names = {
            "person": self.tr("Staff"),
            "asset": self.tr("Assets"),
            "cashbox": self.tr("Cash boxes"),
            "archive": self.tr("Archive folders"),
            "vip": self.tr("VIP customers"),
        }
        headers = {
            "id_number": self.tr("ID number"),
            "name": self.tr("Name"),
            "sex": self.tr("Sex"),
            "department": self.tr("Department"),
            "post": self.tr("Post"),
            "tag_id": self.tr("Tag"),
            "site": self.tr("Site"),
            "zones": self.tr("May enter"),
            "phone": self.tr("Phone"),
            "serial": self.tr("Serial"),
            "asset_type": self.tr("Type"),
            "responsible_id_number": self.tr("Responsible (ID number)"),
            "home_zone": self.tr("Home zone"),
            "code": self.tr("Code"),
            "assigned_id_number": self.tr("Assigned to (ID number)"),
            "customer_no": self.tr("Customer no."),
            "title": self.tr("Title"),
            "shelf": self.tr("Shelf"),
            "honorific": self.tr("Honorific"),
            "level": self.tr("Level"),
            "manager_id_number": self.tr("Manager (ID number)"),
        }
        for i, kind in enumerate(KINDS):
            self.tabs.setTabText(i, names[kind])
            named = (
                {"name": self.tr("Item name")} if kind in ("asset", "archive") else {}
            )  # not a person's name
            self.models[kind].setHorizontalHeaderLabels([named.get(c, headers[c]) for c in COLUMNS[kind]])
        for name, text in (
            (ACTION_IMPORT, self.tr("Import CSV…")),
            (ACTION_EXPORT, self.tr("Export CSV…")),
            (ACTION_BIND, self.tr("Bind tag…")),
            (ACTION_UNBIND, self.tr("Unbind tag")),
            (ACTION_ZONES, self.tr("Zone permissions…")),
            (ACTION_REVEAL, self.tr("Show in full")),
        ):
            self.actions_by_name[name].setText(text)
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self._show_busy()  # its line in the new language too (and the actions' state)


def _title() -> str:
    return QCoreApplication.translate("Docks", "Registers")


SPEC = DockSpec(
    OBJECT_NAME,
    _title,
    Qt.DockWidgetArea.RightDockWidgetArea,
    RegistersPanel,
    permission=Permission.REGISTER_ADMIN,
    icon="users.svg",
)
