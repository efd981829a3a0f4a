"""The authorization center's queue (待授权队列): open remote requests, most urgent and oldest first, with
how long each has waited (mm:ss, amber after 2 minutes, red after 5), who holds it and the levels
done. GUI thread; ``tick`` repaints only the waiting column; ``update_rows`` applies a change to the
rows it touches (rows removed, inserted, changed), not a reset of the table."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.authz_policy import Business
from app.clock import utcnow
from app.services.authorization import RequestView
from app.statuses import RequestStatus
from widgets.authz.pills import COLOUR_ROLE
from widgets.authz.texts import (
    SLA_COLOURS,
    age_text,
    amount_text,
    business_text,
    levels_text,
    list_time,
    sla_state,
    status_colour,
)
from widgets.common.plain import tooltip
from widgets.table_model import Index, ListTableModel

SLA_ROLE = Qt.ItemDataRole.UserRole + 10  # ok | warn | late
RESET_ABOVE = 50  # more new rows than this at once: a reset (one signal) rather than a row at a time


class QueueModel(ListTableModel[RequestView]):
    COLUMNS = (
        "id",
        "priority",
        "waiting",
        "submitted",
        "business",
        "amount",
        "levels",
        "branch",
        "teller",
        "claimed",
        "customer",
    )

    def __init__(self, me: str) -> None:
        super().__init__()
        self.me = me
        self.businesses: dict[str, Business] = {}
        self.now = utcnow()

    def set_rows(self, rows: list[RequestView], now: datetime) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.now = now
        self.endResetModel()

    def update_rows(self, rows: list[RequestView], now: datetime) -> None:
        """Show ``rows`` (in the queue's order) by removing, inserting and changing only the rows
        that differ, so the view keeps its scroll position, current row and selection and redraws
        only those; a reset when the order of the rows kept changed or most of them are new."""
        self.now = now
        wanted = {r.id for r in rows}
        if len(rows) - sum(1 for r in self.rows if r.id in wanted) > RESET_ABOVE:
            self.set_rows(rows, now)  # a first load, a reload after a long absence
            return
        end = len(self.rows)
        while end > 0:  # gone: removed in runs, from the bottom so the rows above keep their numbers
            if self.rows[end - 1].id in wanted:
                end -= 1
                continue
            start = end - 1
            while start > 0 and self.rows[start - 1].id not in wanted:
                start -= 1
            self.beginRemoveRows(QModelIndex(), start, end - 1)
            del self.rows[start:end]
            self.endRemoveRows()
            end = start
        kept = {r.id for r in self.rows}
        if [r.id for r in rows if r.id in kept] != [r.id for r in self.rows]:
            self.set_rows(rows, now)  # a kept request moved (its priority changed)
            return
        for at, view in enumerate(rows):  # new: inserted where they belong
            if at < len(self.rows) and self.rows[at].id == view.id:
                continue
            self.beginInsertRows(QModelIndex(), at, at)
            self.rows.insert(at, view)
            self.endInsertRows()
        last = len(self.COLUMNS) - 1
        at = 0
        while at < len(rows):  # changed: replaced in runs, one dataChanged each
            if self.rows[at] is rows[at] or self.rows[at] == rows[at]:
                at += 1
                continue
            start = at
            while at < len(rows) and not (self.rows[at] is rows[at] or self.rows[at] == rows[at]):
                self.rows[at] = rows[at]
                at += 1
            self.dataChanged.emit(self.index(start, 0), self.index(at - 1, last))

    def tick(self, now: datetime) -> None:
        self.now = now
        if self.rows:
            col = self.COLUMNS.index("waiting")
            self.dataChanged.emit(self.index(0, col), self.index(len(self.rows) - 1, col))

    def row_of(self, request_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == request_id), -1)

    def sla(self, row: int) -> str:
        return sla_state(self.now - self.rows[row].created_at)

    def counts(self) -> tuple[int, int]:
        """(waiting to be claimed, of those late)."""
        pending = [r for r in self.rows if r.status == RequestStatus.PENDING]
        return len(pending), sum(1 for r in pending if sla_state(self.now - r.created_at) == "late")

    def retranslate(self) -> None:
        self.set_headers(
            [
                QCoreApplication.translate("AuthzQueue", "No."),
                QCoreApplication.translate("AuthzQueue", "Priority"),
                QCoreApplication.translate("AuthzQueue", "Waiting"),
                QCoreApplication.translate("AuthzQueue", "Submitted"),
                QCoreApplication.translate("AuthzQueue", "Business"),
                QCoreApplication.translate("AuthzQueue", "Amount"),
                QCoreApplication.translate("AuthzQueue", "Levels"),
                QCoreApplication.translate("AuthzQueue", "Branch"),
                QCoreApplication.translate("AuthzQueue", "Teller"),
                QCoreApplication.translate("AuthzQueue", "Claimed by"),
                QCoreApplication.translate("AuthzQueue", "Customer · reason"),
            ]
        )
        self.refresh_cells()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        if role == SLA_ROLE:
            return sla_state(self.now - r.created_at)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == COLOUR_ROLE:
            if col == "waiting":
                return QColor(SLA_COLOURS[sla_state(self.now - r.created_at)])
            if col == "claimed" and r.claimed_by:
                return status_colour(RequestStatus.CLAIMED)
        if role == Qt.ItemDataRole.ForegroundRole and col == "priority" and r.priority >= 8:
            return QColor("#e5484d")
        if role == Qt.ItemDataRole.FontRole and (
            (col == "priority" and r.priority >= 8) or r.claimed_by == self.me
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("id", "priority", "amount", "levels"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, r: RequestView, col: str) -> str:
        if col == "id":
            return str(r.id)
        if col == "priority":
            return str(r.priority)
        if col == "business":
            return business_text(self.businesses.get(r.business_type), r.business_type)
        if col == "amount":
            return amount_text(r.amount_fen, r.currency)
        if col == "branch":
            return r.branch
        if col == "teller":
            return r.teller
        if col == "waiting":
            return age_text(self.now - r.created_at)
        if col == "submitted":
            return list_time(r.created_at, self.now)
        if col == "claimed":
            if not r.claimed_by:
                return ""
            return (
                QCoreApplication.translate("AuthzQueue", "You") if r.claimed_by == self.me else r.claimed_by
            )
        if col == "levels":
            return levels_text(r.levels_done, r.levels_required)
        if col == "customer":
            return f"{r.customer} · {r.reason}"
        return ""

    def _tooltip(self, r: RequestView) -> str:
        lines = [f"{r.customer} · {r.account}", r.reason]
        if r.submissions > 1:
            lines.append(
                QCoreApplication.translate(
                    "AuthzQueue", "Sent again after a return (%1 times in all)"
                ).replace("%1", str(r.submissions))
            )
        return tooltip(*lines)
