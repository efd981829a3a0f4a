"""Translated role names. GUI thread."""

from __future__ import annotations

from app.rbac import ROLE_NAMES, Role
from widgets.i18n import ui_is_chinese


def role_name(role: Role) -> str:
    zh, en = ROLE_NAMES[role]
    return zh if ui_is_chinese() else en
