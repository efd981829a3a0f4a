"""File import for the capture dock: the progress bar with its cancel button, and the worker that
runs ``CaptureRunner.ingest_many`` (snapshot in: the file names, the batch; result out: the changes).
GUI thread; ``job`` runs on the worker and reports progress through a queued signal. The bar shows
at once (``prepare``) while the batch the files go into is still being opened, and the import
starts once it is (``run``); ``start`` does both."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.operations import Change
from imaging.batch import CaptureRunner
from imaging.sources import import_files
from widgets.i18n import Retranslating
from widgets.workers import Worker


class _Progress(QObject):
    advanced = Signal(int, int)  # files recorded, total (emitted on the worker thread)


class ImportBar(Retranslating, QWidget):
    """Hidden until an import runs. Emits ``finished(changes, cancelled)`` or ``failed(exception)``."""

    finished = Signal(object, bool)
    failed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capture.import_bar")
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        self.label = QLabel()
        self.progress = QProgressBar()
        self.progress.setObjectName("capture.progress")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("capture.cancel")
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.label)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.setVisible(False)
        self.worker = Worker(self, name="capture-import")
        self.relay = _Progress(self)
        self.relay.advanced.connect(self._advanced)
        self._cancel: threading.Event | None = None
        self._files: list[str] = []
        self.count = 0
        self.retranslate()
        self._ready = True

    @property
    def busy(self) -> bool:
        return self._cancel is not None

    def start(
        self, runner: CaptureRunner, paths: Sequence[str | Path], batch_id: int, *, duplex: bool
    ) -> bool:
        if not self.prepare(paths):
            return False
        self.run(runner, batch_id, duplex=duplex)
        return True

    def prepare(self, paths: Sequence[str | Path]) -> bool:
        """Show the bar for these files (busy from now on; Cancel works); False if one runs."""
        if self.busy:
            return False
        self._cancel = threading.Event()
        self._files = [str(p) for p in paths]
        self.count = len(self._files)
        self.progress.setRange(0, len(self._files))
        self.progress.setValue(0)
        self.retranslate()
        self.setVisible(True)
        return True

    def run(self, runner: CaptureRunner, batch_id: int, *, duplex: bool) -> None:
        """Import the prepared files into ``batch_id`` on the worker."""
        cancel, files, relay = self._cancel, self._files, self.relay
        assert cancel is not None, "prepare first"

        def job() -> list[Change]:  # worker thread
            return runner.ingest_many(
                import_files(files), batch_id, duplex=duplex, progress=relay.advanced.emit, cancel=cancel
            )

        self.worker.submit(job, self._done, self._failed)

    def abort(self) -> None:
        """The prepared import does not run (its batch could not be opened)."""
        self._end()

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.label.setText(self.tr("Cancelling…"))

    def _advanced(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _end(self) -> bool:
        cancelled = self._cancel is not None and self._cancel.is_set()
        self._cancel = None
        self.setVisible(False)
        return cancelled

    def _done(self, changes: list[Change]) -> None:
        self.finished.emit(changes, self._end())

    def _failed(self, exc: Exception) -> None:
        self._end()
        self.failed.emit(exc)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Importing %1 files…").replace("%1", str(self.count)))
        self.cancel_button.setText(self.tr("Cancel"))

    def shutdown(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
        self.worker.stop()
