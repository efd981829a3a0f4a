"""Zone editor dock (区域编辑): draw and reshape the zone outlines on the floor plans."""

from widgets.docks.zone_editor.panel import SPEC

__all__ = ["SPEC"]
