"""Named actions for a dock's toolbar: one place that builds them the same way everywhere. GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

ActionSpec = tuple[str, Callable[..., object], QKeySequence | QKeySequence.StandardKey | None]


def build_actions(
    owner: QWidget, toolbar: QToolBar, specs: Sequence[ActionSpec], checkable: Sequence[str] = ()
) -> dict[str, QAction]:
    """Create one QAction per (object name, slot, shortcut), add it to ``toolbar``; shortcuts work
    while focus is anywhere inside ``owner``. Texts are set by the owner's ``retranslate()``."""
    actions: dict[str, QAction] = {}
    for name, slot, shortcut in specs:
        action = QAction(owner)
        action.setObjectName(name)
        action.setCheckable(name in checkable)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            owner.addAction(action)
        toolbar.addAction(action)
        actions[name] = action
    return actions


def shortcut_tooltip(action: QAction) -> None:
    """The action's tooltip: its text and, if it has one, its shortcut ("Save (Ctrl+S)")."""
    text = action.text()
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{text} ({keys})" if keys else text)


def name_actions(actions: dict[str, QAction], texts: Iterable[tuple[str, str]]) -> None:
    """Set each named action's (translated) text and its tooltip with the shortcut."""
    for name, text in texts:
        actions[name].setText(text)
        shortcut_tooltip(actions[name])
