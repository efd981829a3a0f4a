"""The action ids of the authorization center: the object names of its QActions, by which tests and
shortcuts find them. Constants (any thread)."""

from __future__ import annotations

ACTION_CLAIM_NEXT = "authz_queue.claim_next"
ACTION_CLAIM = "authz_queue.claim"
ACTION_APPROVE = "authz_queue.approve"
ACTION_REJECT = "authz_queue.reject"
ACTION_RETURN = "authz_queue.return"
ACTION_RELEASE = "authz_queue.release"
ACTION_REFRESH = "authz_queue.refresh"
ACTION_ZOOM_IN = "authz_queue.zoom_in"
ACTION_ZOOM_OUT = "authz_queue.zoom_out"
ACTION_FIT = "authz_queue.fit"
ACTION_ROTATE_LEFT = "authz_queue.rotate_left"
ACTION_ROTATE_RIGHT = "authz_queue.rotate_right"
