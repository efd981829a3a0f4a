"""The action ids of the authorization rules: the object names of its QActions, by which tests and
shortcuts find them. Constants (any thread)."""

from __future__ import annotations

ACTION_ADD_BUSINESS = "authz_rules.add_business"
ACTION_REMOVE_BUSINESS = "authz_rules.remove_business"
ACTION_ADD_LIMIT = "authz_rules.add_limit"
ACTION_REMOVE_LIMIT = "authz_rules.remove_limit"
ACTION_VALIDATE = "authz_rules.validate"
ACTION_SAVE = "authz_rules.save"
ACTION_REVERT = "authz_rules.revert"
