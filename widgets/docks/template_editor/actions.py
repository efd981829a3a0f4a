"""The action ids of the template editor: the object names of its QActions, by which tests and
shortcuts find them. Constants (any thread)."""

from __future__ import annotations

ACTION_NEW = "templates.new"
ACTION_DUPLICATE = "templates.duplicate"
ACTION_SAMPLE = "templates.sample"
ACTION_CAPTURED = "templates.captured_sample"
ACTION_DRAW = "templates.draw"
ACTION_DELETE = "templates.delete_region"
ACTION_VALIDATE = "templates.validate"
ACTION_TEST = "templates.test"
ACTION_SAVE = "templates.save"
ACTION_FIT = "templates.fit"
