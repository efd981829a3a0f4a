"""The action ids of user administration: the object names of its QActions, by which tests and
shortcuts find them. Constants (any thread)."""

from __future__ import annotations

ACTION_NEW = "users.new"
ACTION_ROLES = "users.roles"
ACTION_UNLOCK = "users.unlock"
ACTION_RESET = "users.reset_password"
ACTION_TOGGLE = "users.toggle_active"
ACTION_CARD = "users.issue_card"
ACTION_CARD_UNLOCK = "users.unlock_card"
ACTION_CARD_PIN = "users.reset_pin"  # a new PIN (PINs of 4 digits were wiped by migration 0015)
ACTION_CARD_BLACKLIST = "users.blacklist_card"
ACTION_APPROVE = "users.approve_proposal"  # four eyes: a second administrator approves
ACTION_REJECT = "users.reject_proposal"
