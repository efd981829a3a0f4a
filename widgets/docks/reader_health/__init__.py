"""Reader health dock (读卡器状态): link state, last frame, read rate, bad frames, reconnects."""

from widgets.docks.reader_health.panel import SPEC

__all__ = ["SPEC"]
