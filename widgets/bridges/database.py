"""Database health probe: a round trip on a worker thread every few seconds; the result comes back
to the GUI thread as a queued signal. Never blocks the GUI on a slow or dead server."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from app.db.engine import Database
from app.errors import DatabaseUnavailable


class _Signals(QObject):
    result = Signal(bool, str)


class _Check(QRunnable):
    def __init__(self, db: Database, signals: _Signals) -> None:
        super().__init__()
        self.db = db
        self.signals = signals

    def run(self) -> None:  # worker thread
        try:
            self.db.check()
        except DatabaseUnavailable as exc:
            self.signals.result.emit(False, exc.message)
            return
        except Exception as exc:  # reported, never swallowed
            self.signals.result.emit(False, f"{type(exc).__name__}: {exc}")
            return
        self.signals.result.emit(True, "")


class DatabaseHealth(QObject):
    changed = Signal(bool, str)  # ok, message

    def __init__(self, db: Database, interval_ms: int = 15000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ok = True
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.signals = _Signals(self)
        self.signals.result.connect(self._on_result)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.probe)

    def start(self) -> None:
        self.timer.start()

    def probe(self) -> None:
        if self.pool.activeThreadCount() == 0:
            self.pool.start(_Check(self.db, self.signals))

    def stop(self, wait_ms: int = 3000) -> None:
        self.timer.stop()
        self.pool.clear()
        self.pool.waitForDone(wait_ms)

    def _on_result(self, ok: bool, message: str) -> None:
        if ok != self.ok or not ok:
            self.ok = ok
            self.changed.emit(ok, message)
