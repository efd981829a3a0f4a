"""Table model over audit records (newest first). GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.audit import AuditRecord, canonical_json
from widgets.docks.audit_log.actions import action_label

Index = QModelIndex | QPersistentModelIndex


class AuditTableModel(QAbstractTableModel):
    COLUMNS = ("seq", "time", "actor", "action", "target", "reason", "detail")

    def __init__(self) -> None:
        super().__init__()
        self.records: list[AuditRecord] = []
        self.headers: list[str] = list(self.COLUMNS)

    def set_records(self, records: list[AuditRecord]) -> None:
        self.beginResetModel()
        self.records = records
        self.endResetModel()

    def append_records(self, records: list[AuditRecord]) -> None:
        if not records:
            return
        first = len(self.records)
        self.beginInsertRows(QModelIndex(), first, first + len(records) - 1)
        self.records.extend(records)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rec = self.records[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "seq":
                return rec.seq
            if col == "time":
                return rec.ts.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            if col == "actor":
                return rec.actor_name
            if col == "action":
                return action_label(rec.action)
            if col == "target":
                return f"{rec.target_type}:{rec.target_id}"
            if col == "reason":
                return rec.reason
            if col == "detail":
                parts = []
                if rec.before is not None:
                    parts.append(canonical_json(rec.before))
                if rec.after is not None:
                    parts.append(canonical_json(rec.after))
                return " → ".join(parts)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == "action":
                return rec.action
            if col in ("detail", "reason"):
                return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.UserRole:
            return rec
        if role == Qt.ItemDataRole.ForegroundRole and (
            rec.action.startswith("security.") or rec.action in ("auth.locked", "card.locked", "card.unknown")
        ):
            from PySide6.QtGui import QColor

            return QColor("#ef5350")
        return None
