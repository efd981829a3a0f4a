"""Role names in the UI's language (from the text catalogue, ``app.texts``). GUI thread."""

from __future__ import annotations

from collections.abc import Collection

from app.rbac import Role
from app.texts import ROLE_NAMES
from widgets.i18n import language


def role_name(role: Role) -> str:
    return ROLE_NAMES[role].in_language(language())


# the dock each role works in, raised at the start (the first role a user has that names one wins)
MAIN_DOCKS: tuple[tuple[Role, str], ...] = (
    (Role.TELLER, "dock.authz_request"),
    (Role.SUPERVISOR, "dock.authz_queue"),
    (Role.REVIEWER, "dock.authz_queue"),
    (Role.OPERATOR, "dock.map"),
    (Role.CUSTODIAN, "dock.map"),
    (Role.AUDITOR, "dock.audit"),
    (Role.ADMIN, "dock.users"),
)


def main_dock(roles: frozenset[Role], docks: Collection[str]) -> str | None:
    """The object name of the dock a user with ``roles`` starts on, among the ``docks`` they have."""
    for role, dock in MAIN_DOCKS:
        if role in roles and dock in docks:
            return dock
    return None
