"""The template editor's sample: read (a file or a captured page), straightened with the template
being edited, and test-cut, each on a worker. GUI thread (the jobs are ``sample`` functions)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.services.capture import PageView
from imaging.templates import Template
from widgets.common.blob_cache import BlobCache
from widgets.common.images import qimage_from_bgr
from widgets.docks.template_editor import sample
from widgets.workers import Worker


class Sampler(QObject):
    """Emits ``loaded(result, name)`` for a new sample, ``tested(result)`` after a test cut and
    ``failed(exception)``. ``image`` is the current sample as loaded (None until one is)."""

    loaded = Signal(object, str)
    tested = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = Worker(self)
        self.image: sample.Image | None = None
        self.name = ""

    def load_file(self, path: str | Path, template: Template | None) -> None:
        self._load(Path(path).name, lambda: sample.read_file(path), template)

    def load_page(self, store: BlobCache, page: PageView, template: Template | None) -> None:
        self._load(f"{page.source_name} (#{page.seq})", lambda: sample.read_captured(store, page), template)

    def _load(self, name: str, read: Callable[[], sample.Image], template: Template | None) -> None:
        def job() -> sample.SampleResult:  # worker thread
            image = read()
            if template is None:
                return sample.SampleResult(image, qimage_from_bgr(image), False)
            return sample.run(image, template, keep_slices=False)

        def done(result: sample.SampleResult) -> None:
            self.image, self.name = result.original, name
            self.loaded.emit(result, name)

        self.worker.submit(job, done, self.failed.emit)

    def test(self, template: Template) -> bool:
        image = self.image
        if image is None:
            return False
        self.worker.submit(
            lambda: sample.run(image, template, keep_slices=True), self.tested.emit, self.failed.emit
        )
        return True

    def shutdown(self) -> None:
        self.worker.stop()
