"""Overview dock (概览): sites, readers and registers at a glance."""

from widgets.docks.overview.panel import SPEC

__all__ = ["SPEC"]
