"""The template list, and the region table: one row per region (name, kind, labels, x/y/w/h in mm),
editable, with a kind combo and millimetre spin boxes; the cell a validation error names is marked.
GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from imaging.templates import MAX_PAGE_MM, REGION_KINDS, Template
from widgets.common.kinds import kind_colour
from widgets.docks.template_editor.draft import TemplateDraft, clamp_box
from widgets.docks.template_editor.texts import kind_text
from widgets.i18n import ui_is_chinese
from widgets.table_model import Index, ListTableModel

COLUMNS = ("name", "kind", "label_zh", "label_en", "x", "y", "w", "h")
NUMBERS = ("x", "y", "w", "h")


class RegionTableModel(QAbstractTableModel):
    edited = Signal(int)  # region key: the user changed it in the table

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft = TemplateDraft()
        self.headers = list(COLUMNS)
        self.error_cell: tuple[int, str] | None = None  # (row, column name)

    def set_draft(self, draft: TemplateDraft) -> None:
        self.beginResetModel()
        self.draft = draft
        self.error_cell = None
        self.endResetModel()

    def set_headers(self, headers: list[str]) -> None:
        self.headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.draft.regions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.headers[section]
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def row_of(self, key: int) -> int:
        return next((i for i, r in enumerate(self.draft.regions) if r.key == key), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.draft.regions[index.row()]
        col = COLUMNS[index.column()]
        value = getattr(r, col)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "kind":
                return kind_text(value)
            if col in NUMBERS:
                return f"{value:.1f}"
            return value
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.UserRole:
            return r.key
        if role == Qt.ItemDataRole.DecorationRole and col == "name":
            return kind_colour(r.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self.error_cell is not None and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
        ):
            row, part = self.error_cell
            if row == index.row() and (part == col or (part == "box" and col in NUMBERS) or not part):
                if role == Qt.ItemDataRole.BackgroundRole:
                    return QColor(214, 69, 69, 90)
                if role == Qt.ItemDataRole.ForegroundRole:
                    return QColor("#f04a4a")
                font = QFont()
                font.setBold(True)
                return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        r = self.draft.regions[index.row()]
        col = COLUMNS[index.column()]
        if col in NUMBERS:
            try:
                number = float(value)
            except (TypeError, ValueError):
                return False
            box = dict(zip(NUMBERS, r.box(), strict=True))
            box[col] = number
            r.x, r.y, r.w, r.h = clamp_box(
                box["x"], box["y"], box["w"], box["h"], self.draft.width_mm, self.draft.height_mm
            )
        elif col == "kind":
            if value not in REGION_KINDS:
                return False
            r.kind = str(value)
        else:
            setattr(r, col, str(value).strip())
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1))
        self.edited.emit(r.key)
        return True

    def box_changed(self, key: int) -> None:
        """The canvas moved or resized a region: show its new numbers."""
        row = self.row_of(key)
        if row >= 0:
            self.dataChanged.emit(self.index(row, COLUMNS.index("x")), self.index(row, COLUMNS.index("h")))

    def insert(self, region_key: int) -> int:
        """A region was appended to the draft: show its row."""
        row = self.row_of(region_key)
        self.beginInsertRows(QModelIndex(), row, row)
        self.endInsertRows()
        return row

    def remove(self, key: int) -> None:
        row = self.row_of(key)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.draft.regions[row]
        self.endRemoveRows()

    def set_error(self, cell: tuple[int, str] | None) -> None:
        self.error_cell = cell
        if self.draft.regions:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.draft.regions) - 1, len(COLUMNS) - 1))


class RegionDelegate(QStyledItemDelegate):
    """A kind combo for the kind column, millimetre spin boxes for the box columns."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        col = COLUMNS[index.column()]
        if col == "kind":
            combo = QComboBox(parent)
            for kind in REGION_KINDS:
                combo.addItem(kind_text(kind), kind)
            return combo
        if col in NUMBERS:
            spin = QDoubleSpinBox(parent)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setRange(0.0, MAX_PAGE_MM)
            spin.setSuffix(" mm")
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractTableModel, index: Index) -> None:  # type: ignore[override]
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QDoubleSpinBox):
            model.setData(index, editor.value())
        else:
            super().setModelData(editor, model, index)


class TemplateListModel(ListTableModel[Template]):
    """The templates to choose from: code, name in the UI language, newest version."""

    COLUMNS = ("code", "name", "version")

    def set_templates(self, templates: list[Template]) -> None:
        self.beginResetModel()
        self.rows = templates
        self.endResetModel()

    def row_of(self, code: str) -> int:
        return next((i for i, t in enumerate(self.rows) if t.code == code), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        t = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return t.code
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "code":
                return t.code
            if col == "name":
                return (t.name_zh if ui_is_chinese() else t.name_en) or t.code
            return f"v{t.version}"
        return None
