"""In-window change bus: operations publish their ``Change`` with the panel that made them; docks
refresh only what it touches, and a dock skips a change it published itself (it already applied it).
GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.operations import Change


class ChangeBus(QObject):
    changed = Signal(object, object)  # app.operations.Change, its source (the publishing panel, or None)

    def publish(self, change: Change, source: QObject | None) -> None:
        """``source``: the widget that made the change (None: the window or a test)."""
        self.changed.emit(change, source)
