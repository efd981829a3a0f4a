"""Table model over reader statuses, refreshed in place at 2 Hz. GUI thread."""

from __future__ import annotations

import time
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from app.tracking.directory import ReaderInfo
from app.tracking.reads import LinkState, ReaderStatus
from widgets.common.plain import tooltip
from widgets.table_model import Index, ListTableModel

STATE_COLOR = {
    LinkState.CONNECTED: QColor("#26c281"),
    LinkState.CONNECTING: QColor("#90a4ae"),
    LinkState.STALE: QColor("#ffb300"),
    LinkState.DISCONNECTED: QColor("#ef5350"),
    LinkState.STOPPED: QColor("#607d8b"),
}


def state_text(state: LinkState) -> str:
    return {
        LinkState.CONNECTED: QCoreApplication.translate("ReaderHealth", "Connected"),
        LinkState.CONNECTING: QCoreApplication.translate("ReaderHealth", "Connecting"),
        LinkState.STALE: QCoreApplication.translate("ReaderHealth", "Silent (stale)"),
        LinkState.DISCONNECTED: QCoreApplication.translate("ReaderHealth", "Disconnected"),
        LinkState.STOPPED: QCoreApplication.translate("ReaderHealth", "Stopped"),
    }[state]


class ReaderHealthModel(ListTableModel[ReaderInfo]):
    COLUMNS: ClassVar[tuple[str, ...]] = (
        "reader",
        "zone",
        "station",
        "state",
        "last_frame",
        "rate",
        "ok",
        "bad",
        "reconnects",
        "detail",
    )

    def __init__(self, readers: list[ReaderInfo], zone_names: dict[str, str]) -> None:
        super().__init__()
        self.rows = readers
        self.zone_names = zone_names
        self.status: dict[str, ReaderStatus] = {}

    @property
    def readers(self) -> list[ReaderInfo]:
        return self.rows

    def set_readers(self, readers: list[ReaderInfo]) -> None:
        """The registered readers (read by the panel's worker), sorted by code."""
        self.beginResetModel()
        self.rows = sorted(readers, key=lambda r: r.code)
        self.endResetModel()

    def update(self, statuses: dict[str, ReaderStatus]) -> None:
        self.status = statuses
        if self.readers:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.readers) - 1, len(self.COLUMNS) - 1))

    def tick(self) -> None:
        """The ages of the last frames move on with the clock, between health snapshots too."""
        if self.readers:
            col = self.COLUMNS.index("last_frame")
            self.dataChanged.emit(self.index(0, col), self.index(len(self.readers) - 1, col))

    def counts(self) -> tuple[int, int]:
        """(online, total)"""
        online = sum(
            1 for r in self.readers if (st := self.status.get(r.code)) and st.state == LinkState.CONNECTED
        )
        return online, len(self.readers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        reader = self.readers[index.row()]
        st = self.status.get(reader.code)
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "reader":
                return reader.code
            if col == "zone":
                return self.zone_names.get(reader.zone, reader.zone)
            if col == "station":
                return reader.station or QCoreApplication.translate("ReaderHealth", "unassigned")
            if st is None:
                return "—" if col != "state" else state_text(LinkState.CONNECTING)
            if col == "state":
                return state_text(st.state)
            if col == "last_frame":
                if st.last_frame_ts is None:
                    return "—"
                return QCoreApplication.translate("ReaderHealth", "%1 s ago").replace(
                    "%1", f"{max(0.0, time.time() - st.last_frame_ts):.0f}"
                )
            if col == "rate":
                return f"{st.reads_per_s:.1f}"
            if col == "ok":
                return st.frames_ok
            if col == "bad":
                return st.frames_bad
            if col == "reconnects":
                return st.reconnects
            if col == "detail":
                return st.detail
        if role == Qt.ItemDataRole.ForegroundRole and col == "state":
            return STATE_COLOR[st.state if st else LinkState.CONNECTING]
        if role == Qt.ItemDataRole.ForegroundRole and col == "bad" and st and st.frames_bad:
            return QColor("#ffb300")
        if role == Qt.ItemDataRole.ToolTipRole and col == "detail" and st:
            return tooltip(st.detail)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            "rate",
            "ok",
            "bad",
            "reconnects",
            "last_frame",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return reader.code
        return None
