"""Overview panel: tiles with register counts and a table of sites. GUI thread; the counts are read
on the panel's ``Worker``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import SuiteError
from app.operations import Change, Target
from app.services.sites import Overview
from widgets.docks import DockContext, DockSpec
from widgets.docks.overview.actions import ACTION_REFRESH
from widgets.i18n import Retranslating, ui_is_chinese
from widgets.messages import error_text
from widgets.workers import Worker

OBJECT_NAME = "dock.overview"


class StatCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        layout = QVBoxLayout(self)
        self.value = QLabel("–")
        self.value.setProperty("role", "statValue")
        self.label = QLabel()
        self.label.setProperty("role", "statLabel")
        layout.addWidget(self.value)
        layout.addWidget(self.label)


class OverviewPanel(Retranslating, QWidget):
    def __init__(self, ctx: DockContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._data: Overview | None = None
        self.worker = Worker(self)
        self.loading = False
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setProperty("role", "subtitle")
        head.addWidget(self.heading, 1)
        self.refresh_action = QAction(self)
        self.refresh_action.setObjectName(ACTION_REFRESH)
        self.refresh_action.triggered.connect(self.refresh)
        button = QToolButton()
        button.setDefaultAction(self.refresh_action)
        head.addWidget(button)
        layout.addLayout(head)

        grid = QGridLayout()
        self.cards = {
            key: StatCard(self) for key in ("people", "assets", "cash_boxes", "vip", "archive", "readers")
        }
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // 3, i % 3)
        layout.addLayout(grid)

        self.sites = QTableWidget(0, 6, self)
        self.sites.setObjectName("overview.sites")
        self.sites.verticalHeader().setVisible(False)
        self.sites.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.sites.setAlternatingRowColors(True)
        self.sites.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.sites.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.sites, 1)
        ctx.bus.changed.connect(self._on_change)
        self.retranslate()
        self._ready = True
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.target_type in {Target.ZONE, Target.READER, Target.PERSON, Target.ASSET}:
            self.refresh()

    def refresh(self) -> None:
        sites, me = self.ctx.services.sites, self.ctx.principal
        self.loading = True
        self.worker.submit(lambda: sites.overview(me), self._apply, self._failed)

    def _apply(self, data: Overview) -> None:
        self.loading = False
        self._data = data
        self._fill()

    def _failed(self, exc: Exception) -> None:
        self.loading = False
        why = error_text(exc) if isinstance(exc, SuiteError) else f"{type(exc).__name__}: {exc}"
        self.heading.setText(self.tr("Sites and registers") + " — " + why)  # the tiles keep what they showed

    def shutdown(self) -> None:
        """Stop the worker (bounded wait)."""
        self.worker.stop()

    def _fill(self) -> None:
        data = self._data
        if data is None:
            return
        values = {
            "people": data.people,
            "assets": data.assets,
            "cash_boxes": data.cash_boxes,
            "vip": data.vip_customers,
            "archive": data.archive_folders,
            "readers": data.readers,
        }
        for key, value in values.items():
            self.cards[key].value.setText(str(value))
        zh = ui_is_chinese()
        self.sites.setRowCount(len(data.sites))
        kinds = {"branch": self.tr("Branch"), "center": self.tr("Operations center")}
        for row, site in enumerate(data.sites):
            cells = [
                site.code,
                site.name_zh if zh else site.name_en,
                kinds.get(site.kind, site.kind),
                str(site.zones),
                f"{site.restricted_zones}",
                str(site.readers),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.sites.setItem(row, col, item)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Sites and registers"))
        self.refresh_action.setText(self.tr("Refresh"))
        labels = {
            "people": self.tr("Staff with tags"),
            "assets": self.tr("Tagged assets"),
            "cash_boxes": self.tr("Cash boxes"),
            "vip": self.tr("VIP customers"),
            "archive": self.tr("Archive folders"),
            "readers": self.tr("RFID readers"),
        }
        for key, text in labels.items():
            self.cards[key].label.setText(text)
        self.sites.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Site"),
                self.tr("Type"),
                self.tr("Zones"),
                self.tr("Restricted"),
                self.tr("Readers"),
            ]
        )
        self._fill()


def _title() -> str:
    return QCoreApplication.translate("Docks", "Overview")


SPEC = DockSpec(
    OBJECT_NAME, _title, Qt.DockWidgetArea.RightDockWidgetArea, OverviewPanel, icon="overview.svg"
)
