"""In-window change bus: operations publish their ``Change`` with the panel that made them; docks
refresh only what it touches, and a dock skips a change it published itself (it already applied it).
What other workstations did (server mode, from the push stream) comes with the source
``OTHER_WORKSTATION``: a dock that gets those changes in full another way (the authorization docks:
the requests' views on their own bridge) skips them. GUI thread."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QObject, Signal

from app.operations import Change

OTHER_WORKSTATION: Final = "other workstation"  # the source of what another workstation did


class ChangeBus(QObject):
    changed = Signal(object, object)  # app.operations.Change, its source (a panel, OTHER_WORKSTATION)

    def publish(self, change: Change, source: QObject | str | None) -> None:
        """``source``: the widget that made the change, ``OTHER_WORKSTATION``, or None
        (the window or a test)."""
        self.changed.emit(change, source)
