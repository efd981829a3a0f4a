"""The action ids of the overview: the object names of its QActions, by which tests and
shortcuts find them. Constants (any thread)."""

from __future__ import annotations

ACTION_REFRESH = "overview.refresh"
