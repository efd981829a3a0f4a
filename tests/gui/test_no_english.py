"""No English left in the Chinese UI: every dock of every role's window, raised in turn with the demo
bank's data, is walked widget by widget (labels, buttons, tabs, headers, combo items, placeholders,
table cells, menus, the status bar); a Latin word that is neither a name, a code nor a term the
bank writes in Latin letters (PDF, CSV, RFID…) fails the test with where it was seen."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from app import demo
from app.rbac import Principal
from widgets.main_window import MainWindow

pytestmark = pytest.mark.gui

WORD = re.compile(r"(?<![\w.@/:\\-])[A-Za-z][a-z]{2,}(?![\w.@/:\\-])")  # a word: Latin letters only
# what the bank writes in Latin letters, in Chinese too
TERMS = {"PDF", "CSV", "RFID", "VIP", "QR", "SQLite", "PostgreSQL", "PIN", "SHA", "JPEG", "PNG", "TIFF", "ID"}
KEYS = {"Delete", "Tab", "Enter", "Esc", "Ctrl", "Shift", "Alt", "Space", "Home", "End"}  # key caps
MARKUP = re.compile(r"<[^>]*>|&\w+;")  # rich text's tags and entities (&nbsp;)
NAMES = {a.username for a in demo.DEMO_ACCOUNTS} | {"history", "demo"}  # user names and codes: data
CELLS = 30  # rows of each table looked at


def words(text: str) -> list[str]:
    plain = MARKUP.sub(" ", text).replace("&", "")
    return [w for w in WORD.findall(plain) if w not in TERMS | KEYS and w.lower() not in NAMES]


def model_texts(model: QAbstractItemModel, latin: frozenset[int] = frozenset()) -> Iterator[tuple[str, str]]:
    """Headers and the first rows' cells; ``latin``: columns of data typed in Latin letters (a code,
    an English name being edited), which the view names in its ``latinColumns`` property."""
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model hides it: one column
        columns = 1
    for col in range(columns):
        yield "header", str(model.headerData(col, Qt.Orientation.Horizontal) or "")
    for row in range(min(model.rowCount(root), CELLS)):
        for col in range(columns):
            value = model.index(row, col).data()
            if isinstance(value, str) and col not in latin:
                yield f"cell {row},{col}", value


def _dock_of(w: QWidget) -> str:
    while w is not None and not isinstance(w, QDockWidget):
        w = w.parentWidget()
    return w.objectName() if w is not None else "window"


def texts(window: MainWindow) -> Iterator[tuple[str, str]]:
    for w in window.findChildren(QWidget):
        if not w.isVisible():
            continue
        where = f"{_dock_of(w)}: {type(w).__name__} {w.objectName()}".strip()
        if isinstance(w, (QLabel, QAbstractButton)):
            yield where, w.text()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QLineEdit):
            yield where + " placeholder", w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield where + f" item {i}", w.itemText(i)
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield where + f" tab {i}", w.tabText(i)
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model() is not None:
            latin = frozenset(w.property("latinColumns") or ())
            for part, text in model_texts(w.model(), latin):
                yield f"{where} {part}", text
    for menu in window.menuBar().findChildren(QMenu):
        yield "menu", menu.title()
        for action in menu.actions():
            yield "menu item", action.text()
    for dock in window.docks.values():
        yield "dock title", dock.windowTitle()


@pytest.mark.parametrize("username", ["admin", "operator", "supervisor", "teller", "auditor", "reviewer"])
def test_no_english_word_in_any_dock_of_a_chinese_window(  # type: ignore[no-untyped-def]
    qtbot, translations, demo_login: Callable[[str], Principal], open_window, username: str
) -> None:
    window: MainWindow = open_window(demo_login(username))
    found: dict[str, set[str]] = {}
    for dock in window.docks.values():
        dock.show()
        dock.raise_()
        qtbot.wait(300)  # its first read lands
        for where, text in texts(window):
            for word in words(text):
                found.setdefault(word, set()).add(f"{where}: {text[:80]!r}")
    assert not found, "\n".join(f"{w}: {sorted(places)[:3]}" for w, places in sorted(found.items()))
