"""The action ids of the capture dock: the object names of its QActions, by which tests and
shortcuts find them. Constants (any thread)."""

from __future__ import annotations

ACTION_START = "capture.start"
ACTION_STOP = "capture.stop"
ACTION_SHOOT = "capture.shoot"
ACTION_DUPLEX = "capture.duplex"
ACTION_NEW_BATCH = "capture.new_batch"
ACTION_IMPORT = "capture.import"
ACTION_OVERRIDE = "capture.override"
ACTION_REJECT = "capture.reject"
ACTION_RETAKE = "capture.retake"
ACTION_CORRECTED = "capture.corrected"
ACTION_FIT = "capture.fit"
ACTION_ZOOM_IN = "capture.zoom_in"
ACTION_ZOOM_OUT = "capture.zoom_out"
