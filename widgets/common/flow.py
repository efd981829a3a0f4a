"""A layout that wraps its widgets onto as many rows as its width needs (a toolbar of filters, a set
of figure tiles), so a dock stays usable on a 1366-pixel screen beside another dock instead of
forcing the window wider than the screen. GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items left to right at their size hint, a new row when the next one does not fit; every item
    of a row as tall as the row (vertically centred if it may not grow).

    ``uniform``: a grid of equal cells instead (figure tiles): as many columns as cells of the
    widest item's width fit, the cells sharing the row's width. Its height follows its width
    (``heightForWidth``), which box layouts honour."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6, uniform: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._uniform = uniform
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout -------------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        """Called by ``addWidget`` with the item Qt made (and owns: it deletes it with the layout)."""
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """Everything on one row."""
        items = self._visible()
        m = self.contentsMargins()
        if not items:
            return QSize(m.left() + m.right(), m.top() + m.bottom())
        hints = [i.sizeHint() for i in items]
        width = sum(h.width() for h in hints) + self.spacing() * (len(hints) - 1)
        return QSize(width + m.left() + m.right(), max(h.height() for h in hints) + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """The widest single item: each one can have a row of its own."""
        items = self._visible()
        m = self.contentsMargins()
        width = max((self._min_width(i) for i in items), default=0)
        height = max((i.minimumSize().height() for i in items), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    # -- arrangement --------------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    @staticmethod
    def _min_width(item: QLayoutItem) -> int:
        return max(item.minimumSize().width(), min(item.sizeHint().width(), item.maximumSize().width()))

    def _rows(self, items: list[QLayoutItem], width: int) -> list[list[tuple[QLayoutItem, int]]]:
        """The items of each row with the width each one gets."""
        gap = self.spacing()
        if self._uniform:
            cell = max(self._min_width(i) for i in items)
            columns = max(1, min(len(items), (width + gap) // (cell + gap)))
            share = max(cell, (width - gap * (columns - 1)) // columns)
            return [[(i, share) for i in items[r : r + columns]] for r in range(0, len(items), columns)]
        rows: list[list[tuple[QLayoutItem, int]]] = [[]]
        used = 0
        for item in items:
            w = min(item.sizeHint().width(), width)
            if rows[-1] and used + gap + w > width:
                rows.append([])
                used = 0
            used += (gap if rows[-1] else 0) + w
            rows[-1].append((item, w))
        return rows

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Place the items in ``rect`` (if ``apply``); the height they take."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        items = self._visible()
        if not items:
            return m.top() + m.bottom()
        gap = self.spacing()
        y = area.y()
        for row in self._rows(items, max(1, area.width())):
            height = max(i.sizeHint().height() for i, _w in row)
            x = area.x()
            for item, w in row:
                if apply:
                    grows = bool(item.expandingDirections() & Qt.Orientation.Vertical) or self._uniform
                    h = height if grows else min(height, item.sizeHint().height())
                    item.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(w, h)))
                x += w + gap
            y += height + gap
        return y - gap - area.y() + m.top() + m.bottom()
