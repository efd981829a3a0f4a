"""Table model over audit records (newest first). GUI thread."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, Qt

from app.audit import AuditRecord, canonical_json
from app.operations import Action
from widgets.common.plain import tooltip
from widgets.docks.audit_log.detail import change_text
from widgets.docks.audit_log.labels import action_label, actor_label, reason_label, target_label
from widgets.table_model import Index, ListTableModel


class AuditTableModel(ListTableModel[AuditRecord]):
    COLUMNS: ClassVar[tuple[str, ...]] = (
        "id",
        "seq",
        "time",
        "actor",
        "action",
        "target",
        "reason",
        "detail",
    )

    @property
    def records(self) -> list[AuditRecord]:
        return self.rows

    def set_records(self, records: list[AuditRecord]) -> None:
        self.beginResetModel()
        self.rows = records
        self.endResetModel()

    def append_records(self, records: list[AuditRecord]) -> None:
        if not records:
            return
        first = len(self.records)
        self.beginInsertRows(QModelIndex(), first, first + len(records) - 1)
        self.rows.extend(records)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rec = self.records[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "id" or (col == "seq" and rec.seq is not None):
                return rec.id if col == "id" else rec.seq  # numbers, so they sort as numbers
            return display_text(rec, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == "action":
                return tooltip(rec.action)
            if col == "target":
                return tooltip(f"{rec.target_type}:{rec.target_id}")
            if col == "detail":  # the readable change, then the entry's own data (never markup)
                raw = [canonical_json(v) for v in (rec.before, rec.after) if v is not None]
                return tooltip(change_text(rec.before, rec.after), "", *raw)
            if col == "reason":  # as stored (a user may have typed it): never markup
                label = reason_label(rec.action, rec.reason, rec.after)
                return tooltip(label) if label == rec.reason else tooltip(label, rec.reason)
        if role == Qt.ItemDataRole.UserRole:
            return rec
        if role == Qt.ItemDataRole.ForegroundRole and (
            rec.action.startswith("security.")
            or rec.action in (Action.AUTH_LOCKED, Action.CARD_LOCKED, Action.CARD_UNKNOWN)
        ):
            from PySide6.QtGui import QColor

            return QColor("#ef5350")
        return None


def display_text(rec: AuditRecord, col: str) -> str:
    """The text of column ``col`` of an entry, as the table shows it and an export writes it."""
    if col == "id":
        return str(rec.id)
    if col == "seq":  # its place in the chain, once the sequencer has chained it
        return str(rec.seq) if rec.seq is not None else "…"
    if col == "time":
        return rec.ts.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    if col == "actor":
        return actor_label(rec.actor_name)
    if col == "action":
        return action_label(rec.action)
    if col == "target":
        return f"{target_label(rec.target_type)}:{rec.target_id}"
    if col == "reason":
        return reason_label(rec.action, rec.reason, rec.after)
    if col == "detail":
        return change_text(rec.before, rec.after)
    raise KeyError(col)


def row_texts(rec: AuditRecord) -> tuple[str, ...]:
    return tuple(display_text(rec, col) for col in AuditTableModel.COLUMNS)
