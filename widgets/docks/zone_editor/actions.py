"""The action ids of the zone editor: the object names of its QActions, by which tests and
shortcuts find them. Constants (any thread)."""

from __future__ import annotations

ACTION_NEW = "zones.new"
ACTION_SAVE = "zones.save"
ACTION_REVERT = "zones.revert"
