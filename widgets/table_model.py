"""A flat, read-only table model base and the record table view the docks show it in. GUI thread."""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class ListTableModel(QAbstractTableModel, Generic[Row]):
    COLUMNS: ClassVar[tuple[str, ...]] = ()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Row] = []
        self.headers: list[str] = list(self.COLUMNS)

    def set_headers(self, headers: list[str]) -> None:
        self.headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def refresh_cells(self, roles: list[int] | None = None) -> None:
        """Every cell may look different now (a language switch, a new mark): views repaint all."""
        if self.rows:
            last = self.index(len(self.rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last, roles or [])

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def record_table(
    name: str,
    model: QAbstractItemModel,
    *,
    single: bool = True,
    sortable: bool = False,
    fit_columns: bool = True,
) -> QTableView:
    """The docks' record list: whole-row selection, striped rows, no row numbers, last column
    stretched; columns sized to their contents unless ``fit_columns`` is False (user-sized)."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSortingEnabled(sortable)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(
        QHeaderView.ResizeMode.ResizeToContents if fit_columns else QHeaderView.ResizeMode.Interactive
    )
    header.setStretchLastSection(True)
    # fitted to the rows on screen and a sample of 50 more, not to 1,000 rows at every change (a list
    # of 500 rows asked ~34,000 cells for their size per change; the authorization queue measured it)
    header.setResizeContentsPrecision(50)
    return table
