"""In-window change bus: operations publish their ``Change``; docks refresh only what it touches.
GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.operations import Change


class ChangeBus(QObject):
    changed = Signal(object)  # app.operations.Change

    def publish(self, change: Change) -> None:
        self.changed.emit(change)
