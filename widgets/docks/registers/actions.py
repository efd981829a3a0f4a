"""The action ids of the registers: the object names of its QActions, by which tests and
shortcuts find them. Constants (any thread)."""

from __future__ import annotations

ACTION_IMPORT = "registers.import"
ACTION_EXPORT = "registers.export"
ACTION_BIND = "registers.bind_tag"
ACTION_UNBIND = "registers.unbind_tag"
ACTION_ZONES = "registers.zones"
ACTION_REVEAL = "registers.reveal"  # show the selected record's masked numbers in full (audited)
