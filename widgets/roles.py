"""Role names in the UI's language (from the text catalogue, ``app.texts``). GUI thread."""

from __future__ import annotations

from app.rbac import Role
from app.texts import ROLE_NAMES
from widgets.i18n import language


def role_name(role: Role) -> str:
    return ROLE_NAMES[role].in_language(language())
