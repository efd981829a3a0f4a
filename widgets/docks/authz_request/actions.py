"""The action ids of the teller's authorization requests: the object names of its QActions, by which tests and
shortcuts find them. Constants (any thread)."""

from __future__ import annotations

ACTION_SUBMIT = "authz_request.submit"
ACTION_NEW = "authz_request.new"
ACTION_EDIT = "authz_request.edit"
ACTION_LOCAL = "authz_request.local"
ACTION_CANCEL = "authz_request.cancel"
ACTION_REFRESH = "authz_request.refresh"
