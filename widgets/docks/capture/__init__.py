"""Capture dock (影像采集): capture sources, batches, the page viewer, verdicts and decisions."""

from widgets.docks.capture.panel import SPEC

__all__ = ["SPEC"]
