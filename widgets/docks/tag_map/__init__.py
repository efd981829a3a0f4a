"""Live tag map dock (实时定位): who and what is where, on the floor plans, live or played back."""

from widgets.docks.tag_map.panel import SPEC

__all__ = ["SPEC"]
