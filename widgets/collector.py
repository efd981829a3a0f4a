"""Python's cyclic garbage collection, on the GUI thread only. GUI thread.

The collector runs on whichever thread happens to allocate when a generation fills up: a worker
thread, a reader driver, the ingest thread. A Qt object caught in a reference cycle is then
destroyed on that thread: its destructor takes Qt's connection locks and waits for the GIL, while
the GUI thread, holding the GIL, waits for the same locks (seen: the GUI thread in
``QObject::connectImpl``, a worker in ``~QObject`` from ``gc_collect_main``), and the suite hangs
for good. So automatic collection is switched off and the GUI thread collects, generation by
generation, whenever the allocation counts pass the thresholds the collector itself would use.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    """While it runs, cycles are collected on the GUI thread only (``stop`` gives collection back)."""

    def __init__(self, interval_ms: int = 500, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gc.collector")
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setObjectName("gc.collector")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect_due)

    def start(self) -> None:
        gc.disable()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()

    def collect_due(self) -> int:
        """Collect each generation whose count passed its threshold, as the collector would."""
        found = 0
        for generation in (2, 1, 0):  # the oldest due generation collects the younger ones too
            if gc.get_count()[generation] > self.thresholds[generation]:
                found += gc.collect(generation)
                break
        return found


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install the collector on ``app`` (once) and start it."""
    existing = app.findChild(GuiThreadCollector, "gc.collector")
    if isinstance(existing, GuiThreadCollector):
        return existing
    collector = GuiThreadCollector(parent=app)
    collector.start()
    return collector
