"""Database health probe: a round trip on a worker thread every few seconds (``widgets.workers``);
the result comes back to the GUI thread through the worker's queued signal. Never blocks the GUI on
a slow or dead server; at most one probe is in flight. ``changed`` is emitted on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.db.engine import Database
from app.errors import DatabaseUnavailable
from widgets.workers import Worker


def check(db: Database) -> tuple[bool, str]:
    """One round trip (worker thread): ``(ok, why not)``; a failure is reported, never swallowed."""
    try:
        db.check()
    except DatabaseUnavailable as exc:
        return False, exc.message
    except Exception as exc:
        return False, f"{type(exc).__name__}: {exc}"
    return True, ""


class DatabaseHealth(QObject):
    changed = Signal(bool, str)  # ok, message

    def __init__(self, db: Database, interval_ms: int = 15000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("database.health")
        self.db = db
        self.ok = True
        self.worker = Worker(self)
        self._in_flight = False
        self.timer = QTimer(self)
        self.timer.setObjectName("database.health.probe")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.probe)

    def start(self) -> None:
        self.timer.start()

    def probe(self) -> None:
        if self._in_flight:
            return  # the last round trip has not come back yet (a slow or dead server)
        self._in_flight = True
        db = self.db
        self.worker.submit(
            lambda: check(db),
            lambda result: self._on_result(*result),
            lambda exc: self._on_result(False, repr(exc)),
        )

    def stop(self, wait_ms: int = 3000) -> None:
        self.timer.stop()
        self.worker.stop(wait_ms)
        self._in_flight = False

    def _on_result(self, ok: bool, message: str) -> None:
        self._in_flight = False
        if ok != self.ok or not ok:
            self.ok = ok
            self.changed.emit(ok, message)
