"""The action ids of reader health: the object names of its QActions, by which tests and
shortcuts find them. Constants (any thread)."""

from __future__ import annotations

ACTION_UNPLUG = "readers.unplug"
ACTION_REPLUG = "readers.replug"
ACTION_SILENCE = "readers.silence"
ACTION_EDIT = "readers.edit"
ACTION_NEW = "readers.new"
