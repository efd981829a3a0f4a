"""The teller's own requests (我的授权申请), live: where each stands (pending, claimed by whom, approved,
rejected, returned with the authorizer's comment), with a coloured status pill and the selected
request's history underneath. GUI thread."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.authz_policy import LOCAL, Business
from app.services.authorization import RequestView
from app.statuses import AuthzDecision, RequestStatus
from widgets.authz.history import history_html
from widgets.authz.pills import COLOUR_ROLE, PillDelegate
from widgets.authz.texts import (
    amount_text,
    business_text,
    list_time,
    mode_text,
    status_colour,
    status_text,
)
from widgets.common.plain import tooltip
from widgets.i18n import Retranslating
from widgets.table_model import Index, ListTableModel, record_table

STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
VIEW_ROLE = Qt.ItemDataRole.UserRole + 2


def deciders(view: RequestView, decision: AuthzDecision) -> str:
    return ", ".join(dict.fromkeys(d.authorizer for d in view.decisions if d.decision == decision))


def progress_text(view: RequestView) -> str:
    """One line: who has the request or who decided it, and why."""
    last = view.decisions[-1] if view.decisions else None
    if view.status == RequestStatus.PENDING:
        if view.levels_done:
            return (
                QCoreApplication.translate(
                    "AuthzRequests", "Level %1 of %2 approved by %3; waiting for the second authorizer"
                )
                .replace("%1", str(view.levels_done))
                .replace("%2", str(view.levels_required))
                .replace("%3", deciders(view, AuthzDecision.APPROVE))
            )
        if view.mode == LOCAL:
            return QCoreApplication.translate(
                "AuthzRequests", "Waiting for the supervisor here (local authorization)"
            )
        return QCoreApplication.translate("AuthzRequests", "Waiting in the authorization center's queue")
    if view.status == RequestStatus.CLAIMED:
        text = QCoreApplication.translate("AuthzRequests", "Being reviewed by %1").replace(
            "%1", view.claimed_by or "?"
        )
        if view.levels_required > 1:
            text += " · " + QCoreApplication.translate("AuthzRequests", "level %1 of %2").replace(
                "%1", str(view.levels_done + 1)
            ).replace("%2", str(view.levels_required))
        return text
    if view.status == RequestStatus.APPROVED:
        text = QCoreApplication.translate("AuthzRequests", "Approved by %1").replace(
            "%1", deciders(view, AuthzDecision.APPROVE)
        )
        return text + (f": {last.comment}" if last is not None and last.comment else "")
    if view.status in (RequestStatus.REJECTED, RequestStatus.RETURNED) and last is not None:
        text = (
            QCoreApplication.translate("AuthzRequests", "Rejected by %1: %2")
            if view.status == RequestStatus.REJECTED
            else QCoreApplication.translate("AuthzRequests", "Returned by %1: %2")
        )
        return text.replace("%1", last.authorizer).replace("%2", last.comment)
    if view.status == RequestStatus.CANCELLED:
        return QCoreApplication.translate("AuthzRequests", "Cancelled")
    return ""


class MyRequestsModel(ListTableModel[RequestView]):
    COLUMNS = ("id", "time", "business", "amount", "customer", "mode", "status", "progress")

    def __init__(self) -> None:
        super().__init__()
        self.businesses: dict[str, Business] = {}

    def set_rows(self, rows: list[RequestView]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, request_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == request_id), -1)

    def view(self, request_id: int) -> RequestView | None:
        row = self.row_of(request_id)
        return self.rows[row] if row >= 0 else None

    def retranslate(self) -> None:
        self.set_headers(
            [
                QCoreApplication.translate("AuthzRequests", "No."),
                QCoreApplication.translate("AuthzRequests", "Submitted"),
                QCoreApplication.translate("AuthzRequests", "Business"),
                QCoreApplication.translate("AuthzRequests", "Amount"),
                QCoreApplication.translate("AuthzRequests", "Customer"),
                QCoreApplication.translate("AuthzRequests", "Mode"),
                QCoreApplication.translate("AuthzRequests", "Status"),
                QCoreApplication.translate("AuthzRequests", "Progress"),
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
        if role == STATUS_ROLE:
            return r.status
        if role == COLOUR_ROLE and col == "status":
            return status_colour(r.status)
        if role == VIEW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == "customer":
                return tooltip(r.customer, r.account)
            if col == "progress":
                return tooltip(self._display(r, col))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("id", "amount"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, r: RequestView, col: str) -> str:
        if col == "id":
            return str(r.id)
        if col == "time":
            return list_time(r.created_at)
        if col == "business":
            return business_text(self.businesses.get(r.business_type), r.business_type)
        if col == "amount":
            return amount_text(r.amount_fen, r.currency)
        if col == "customer":
            return f"{r.customer} (…{r.account[-4:]})" if len(r.account) > 4 else r.customer
        if col == "mode":
            return mode_text(r.mode)
        if col == "status":
            return status_text(r.status)
        if col == "progress":
            return progress_text(r)
        return ""


class RequestsView(Retranslating, QWidget):
    """The list and, under it, the selected request's history."""

    selected = Signal(object)  # RequestView | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MyRequestsModel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.title = QLabel()
        self.title.setProperty("role", "subtitle")
        layout.addWidget(self.title)
        self.table = record_table("authz_request.mine", self.model)
        self.table.setItemDelegateForColumn(MyRequestsModel.COLUMNS.index("status"), PillDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MyRequestsModel.COLUMNS.index("progress"), QHeaderView.ResizeMode.Stretch)
        customer = MyRequestsModel.COLUMNS.index("customer")
        header.setSectionResizeMode(customer, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(customer, 150)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        layout.addWidget(self.table, 1)
        self.history = QLabel()
        self.history.setObjectName("authz_request.history")
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setWordWrap(True)
        self.history.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history.setMinimumHeight(86)
        layout.addWidget(self.history)
        self.retranslate()
        self._ready = True

    def current(self) -> RequestView | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.rows[index.row()]

    def set_rows(self, rows: list[RequestView]) -> None:
        """Replace the rows, keeping the selected request selected."""
        current = self.current()
        self.model.set_rows(rows)
        if current is not None:
            self.select(current.id)
        else:
            self._show(None)

    def select(self, request_id: int) -> None:
        row = self.model.row_of(request_id)
        if row < 0:
            self._show(None)
            return
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        self._show(self.model.rows[row])

    def _current_changed(self) -> None:
        self._show(self.current())

    def _show(self, view: RequestView | None) -> None:
        if view is None:
            hint = QCoreApplication.translate("AuthzRequests", "Select a request to see its history.")
            self.history.setText(f'<span style="color:#8d9db1">{html.escape(hint)}</span>')
        else:
            self.history.setText(history_html(view, self.model.businesses))
        self.selected.emit(view)

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("AuthzRequests", "My requests"))
        self.model.retranslate()
        self._show(self.current())
