"""Sample images for the template editor, prepared on worker threads: read a file or a captured page,
straighten it with the template being edited (so the regions line up), and test-cut it. Worker
threads: pure functions of their inputs (an image array, an immutable ``Template``); they return
``QImage`` values and plain data, never widgets."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from PySide6.QtGui import QImage

from app.services.capture import PageView
from imaging.loader import iter_pages
from imaging.pipeline import process_page
from imaging.templates import Box, Region, Template
from widgets.common.blob_cache import BlobCache
from widgets.common.images import original_image, qimage_from_bgr

Image = NDArray[np.uint8]


@dataclass(frozen=True)
class SampleResult:
    original: Image  # the page as loaded (kept for test runs)
    shown: QImage  # the straightened page, or the original when it could not be straightened
    straightened: bool
    status: str = ""
    reasons: tuple[tuple[str, str], ...] = ()
    slices: tuple[tuple[str, tuple[int, int, int, int]], ...] = ()
    ms: float = 0.0


def read_file(path: str | Path) -> Image:
    """The first page of an image or PDF file. Raises LoadError or OSError."""
    data = Path(path).read_bytes()
    for page in iter_pages(data, name=Path(path).name):
        return page.image
    raise ValueError(f"{path}: no page")


def read_captured(store: BlobCache, page: PageView) -> Image:
    image = original_image(store, page)
    if image is None:
        raise ValueError(f"page {page.id}: its image cannot be read")
    return image


def placing_template(template: Template) -> Template:
    """A template that places the page even while its regions are still being drawn."""
    if template.regions:
        return template
    whole = Region("page", "text", Box(0.0, 0.0, template.width_mm, template.height_mm))
    return replace(template, regions=(whole,))


def run(image: Image, template: Template, *, keep_slices: bool) -> SampleResult:
    """Straighten (and cut) ``image`` with ``template``, forced: the operator says what it is."""
    t = placing_template(template)
    result = process_page(image, {t.code: t}, force_template=t.code)
    shown = result.corrected if result.corrected is not None else image
    return SampleResult(
        original=image,
        shown=qimage_from_bgr(shown),
        straightened=result.corrected is not None,
        status=result.status,
        reasons=tuple((r.code, r.detail) for r in result.reasons),
        slices=tuple((s.name, s.box) for s in result.slices) if keep_slices and template.regions else (),
        ms=round(sum(result.timings_ms.values()), 1),
    )
