"""The action ids of the live map: the object names of its QActions, by which tests and
shortcuts find them. Constants (any thread)."""

from __future__ import annotations

ACTION_FIT = "map.fit"
ACTION_PLAYBACK = "map.playback"
ACTION_PLAY = "map.play"
