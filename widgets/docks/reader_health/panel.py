"""Reader health panel: every reader's link state at a glance; simulated readers can be
unplugged, replugged or silenced to rehearse faults. GUI thread; the registered readers and a
reader's antenna setup are read through SiteService on the panel's workers, and a reader's setup
is saved on its ``Operations`` worker (edit and new off until it is answered; a refused form opens
again with the reason)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolBar, QVBoxLayout, QWidget

from app.errors import SuiteError
from app.operations import Change, Target
from app.rbac import Permission
from app.tracking.directory import Directory, ReaderInfo
from app.tracking.pipeline import PipelineStats
from app.tracking.reads import ReaderStatus
from widgets.actions import build_actions
from widgets.bridges.tracking import SimulatorControls
from widgets.common.plain import plain
from widgets.docks import DockContext, DockSpec
from widgets.docks.reader_health.actions import (
    ACTION_EDIT,
    ACTION_NEW,
    ACTION_REPLUG,
    ACTION_SILENCE,
    ACTION_UNPLUG,
)
from widgets.docks.reader_health.editor import ReaderDialog
from widgets.docks.reader_health.model import ReaderHealthModel
from widgets.i18n import Retranslating, ui_is_chinese
from widgets.messages import error_text
from widgets.table_model import record_table
from widgets.theme import set_role
from widgets.workers import Operations, Worker

OBJECT_NAME = "dock.readers"


class ReaderHealthPanel(Retranslating, QWidget):
    def __init__(self, ctx: DockContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.directory = Directory()  # the site layout, filled by the loader
        self.loaded = False
        self._shut = False
        self.loader = Worker(self)  # the site layout
        self.worker = Worker(self)  # a reader's setup for its editor
        self.ops = Operations(self, name="reader-editor")  # a reader saved
        self.model = ReaderHealthModel([], {})
        source = ctx.devices.source if ctx.devices is not None else None
        self.controls = source if isinstance(source, SimulatorControls) else None
        layout = QVBoxLayout(self)
        self.toolbar = QToolBar()
        self.actions_by_name = build_actions(
            self,
            self.toolbar,
            (
                (ACTION_UNPLUG, self.unplug, None),
                (ACTION_REPLUG, self.replug, None),
                (ACTION_SILENCE, self.toggle_silence, None),
                (ACTION_EDIT, self.edit_reader, None),
                (ACTION_NEW, self.new_reader, None),
            ),
            checkable=(ACTION_SILENCE,),
        )
        self.can_edit = ctx.principal.can(Permission.REGISTER_ADMIN)
        self.toolbar.setVisible(self.controls is not None or self.can_edit)
        layout.addWidget(self.toolbar)
        self.table = record_table("readers.table", self.model)
        layout.addWidget(self.table, 1)
        foot = QHBoxLayout()
        self.summary = plain(QLabel())  # may quote a database error
        self.summary.setObjectName("readers.summary")
        self.pipeline_label = QLabel()
        self.pipeline_label.setObjectName("readers.pipeline")
        self.pipeline_label.setProperty("role", "hint")
        self.refused_label = QLabel()  # batches the server refused for good: somebody must look
        self.refused_label.setObjectName("readers.refused")
        set_role(self.refused_label, "state", "warn")
        self.refused_label.hide()
        foot.addWidget(self.summary)
        foot.addStretch(1)
        foot.addWidget(self.pipeline_label)
        # on a row of its own, shown only when there is something to say: beside the counters it
        # widened the dock past a 1366-pixel screen in English
        layout.addWidget(self.refused_label, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(foot)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        # "12 s ago" counts on while the dock is in view: a workstation seeing another station's
        # readers gets a snapshot every half minute, and none once that station has stopped
        self.ticker = QTimer(self)
        self.ticker.setObjectName("readers.ticker")
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.model.tick)
        ctx.bus.changed.connect(self._on_change)
        self.ops.busy_changed.connect(self._update_actions)
        if ctx.devices is not None:
            ctx.devices.health.connect(self.on_health)
            ctx.devices.pipeline.connect(self.on_pipeline)
        self.retranslate()
        if ctx.devices is not None and ctx.devices.reader_statuses:  # built after the first snapshot
            self.on_health(ctx.devices.reader_statuses)
        self._ready = True
        self._load()

    def _load(self) -> None:
        actor = self.ctx.principal
        self.loader.submit(lambda: self.ctx.services.sites.layout(actor), self._loaded, self._failed)

    def _loaded(self, directory: Directory) -> None:
        self.directory = directory
        self.model.set_readers(list(directory.readers.values()))
        self.loaded = True
        self.retranslate()
        if self.ctx.devices is not None:
            self.on_health(self.model.status)

    def _failed(self, exc: Exception) -> None:
        text = error_text(exc) if isinstance(exc, SuiteError) else str(exc)
        self.summary.setText(self.tr("Could not read the readers: %1").replace("%1", text))

    def on_health(self, statuses: dict[str, ReaderStatus]) -> None:
        self.model.update(statuses)
        online, total = self.model.counts()
        self.summary.setText(
            self.tr("%1 of %2 readers online").replace("%1", str(online)).replace("%2", str(total))
        )

    def on_pipeline(self, stats: PipelineStats) -> None:
        text = (
            self.tr("reads %1 · changes %2 · coalesced %3 · unknown %4 · p99 %5 ms")
            .replace("%1", str(stats.reads))
            .replace("%2", str(stats.changes))
            .replace("%3", str(stats.coalesced))
            .replace("%4", str(stats.unknown))
            .replace("%5", f"{stats.latency_p99_ms:.0f}")
        )
        if stats.unsent:  # a station's spool holds batches the server has not acknowledged yet
            text += " · " + self.tr("%1 batches waiting for the server").replace("%1", str(stats.unsent))
        self.pipeline_label.setText(text)
        # refused for good (e.g. older than the server accepts): kept in the spool's refused.log
        self.refused_label.setText(
            self.tr("%1 batches refused by the server").replace("%1", str(stats.refused))
        )
        self.refused_label.setToolTip(
            self.tr("Kept in this station's spool folder, in refused.log, for an administrator to look at")
        )
        self.refused_label.setVisible(stats.refused > 0)
        # a workstation running no readers (the others' seen over the server) has no counters of its own
        self.pipeline_label.setVisible(bool(stats.reads or stats.changes or stats.unsent or stats.refused))

    def selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(Qt.ItemDataRole.UserRole)) if rows else None

    def _update_actions(self) -> None:
        code = self.selected()
        enabled = self.controls is not None and code is not None and self.controls.is_simulated(code)
        for name in (ACTION_UNPLUG, ACTION_REPLUG, ACTION_SILENCE):
            self.actions_by_name[name].setEnabled(enabled)
            self.actions_by_name[name].setVisible(self.controls is not None)
        can_edit = self.can_edit and not self.ops.busy  # one save at a time
        self.actions_by_name[ACTION_EDIT].setEnabled(can_edit and code is not None)
        self.actions_by_name[ACTION_NEW].setEnabled(can_edit)
        for name in (ACTION_EDIT, ACTION_NEW):
            self.actions_by_name[name].setVisible(self.can_edit)
        silence = self.actions_by_name[ACTION_SILENCE]
        silence.blockSignals(True)  # show the selected reader's state; do not toggle anything
        silence.setChecked(bool(enabled and self.controls and code and self.controls.is_silenced(code)))
        silence.blockSignals(False)

    def edit_reader(self) -> None:
        code = self.selected()
        if code is not None:
            self._open_editor(self.directory.readers.get(code))

    def new_reader(self) -> None:
        self._open_editor(None)

    def _open_editor(self, reader: ReaderInfo | None) -> None:
        """Read the reader's antenna setup on the worker, then open the editor with it."""
        if reader is None:
            self._edit(None, {})
            return
        actor, code = self.ctx.principal, reader.code
        self.worker.submit(
            lambda: self.ctx.services.sites.reader_setup(actor, code),
            lambda antennas: self._edit(reader, antennas),
            self._failed,
        )

    def _edit(self, reader: ReaderInfo | None, antennas: dict[int, str]) -> None:
        if not self.ops.busy:
            self._ask(ReaderDialog(self.directory, reader, antennas, self))

    def _ask(self, dlg: ReaderDialog) -> None:
        """The editor; what it was given is saved on the worker (refused: the editor again, saying why)."""
        if not dlg.exec():
            return
        sites, me, code, zone = (
            self.ctx.services.sites,
            self.ctx.principal,
            dlg.code.text(),
            str(dlg.zone.currentData()),
        )
        name_zh, name_en, url, x, y = (
            dlg.name_zh.text(),
            dlg.name_en.text(),
            dlg.url.text(),
            dlg.x.value(),
            dlg.y.value(),
        )
        enabled, antennas, station, reason = (
            dlg.enabled.isChecked(),
            dlg.antenna_map(),
            dlg.station.text(),
            dlg.reason_text(),
        )

        def save() -> Change:  # worker thread
            return sites.save_reader(
                me,
                code,
                zone=zone,
                name_zh=name_zh,
                name_en=name_en,
                url=url,
                x=x,
                y=y,
                enabled=enabled,
                antennas=antennas,
                station=station,
                reason=reason,
            )

        def refused(exc: SuiteError) -> None:
            dlg.error.setText(error_text(exc) + " " + exc.message)
            self._ask(dlg)

        self.ops.run(save, lambda change: self.ctx.bus.publish(change, self), refused)

    def _on_change(self, change: Change) -> None:
        if change.target_type in (Target.READER, Target.ZONE):
            self._load()

    def unplug(self) -> None:
        code = self.selected()
        if self.controls is not None and code:
            self.controls.unplug(code)

    def replug(self) -> None:
        code = self.selected()
        if self.controls is not None and code:
            self.controls.replug(code)

    def toggle_silence(self, on: bool) -> None:
        code = self.selected()
        if self.controls is not None and code:
            self.controls.silence(code, on)

    def retranslate(self) -> None:
        zh = ui_is_chinese()
        self.model.zone_names = {z.code: z.name(zh) for z in self.directory.zones.values()}
        self.model.update(self.model.status)
        self.actions_by_name[ACTION_UNPLUG].setText(self.tr("Unplug (simulated)"))
        self.actions_by_name[ACTION_REPLUG].setText(self.tr("Replug"))
        self.actions_by_name[ACTION_SILENCE].setText(self.tr("Silence"))
        self.actions_by_name[ACTION_EDIT].setText(self.tr("Edit reader…"))
        self.actions_by_name[ACTION_NEW].setText(self.tr("New reader…"))
        self.model.set_headers(
            [
                self.tr("Reader"),
                self.tr("Zone"),
                self.tr("Station"),
                self.tr("State"),
                self.tr("Last frame"),
                self.tr("Reads/s"),
                self.tr("Frames OK"),
                self.tr("Bad frames"),
                self.tr("Reconnects"),
                self.tr("Detail"),
            ]
        )
        self._update_actions()
        if self.ctx.devices is None:
            self.summary.setText(self.tr("No device runtime: readers are not being read."))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shut:
            self.ticker.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.ticker.stop()

    def shutdown(self) -> None:
        self._shut = True
        self.ticker.stop()
        self.loader.stop()
        self.worker.stop()
        self.ops.stop()


def _title() -> str:
    return QCoreApplication.translate("Docks", "Reader health")


SPEC = DockSpec(
    OBJECT_NAME,
    _title,
    Qt.DockWidgetArea.RightDockWidgetArea,
    ReaderHealthPanel,
    permission=Permission.MAP_VIEW,
    icon="refresh.svg",
)
