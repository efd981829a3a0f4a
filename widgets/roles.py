"""Translated role names. GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.rbac import ROLE_NAMES, Role


def role_name(role: Role) -> str:
    zh, en = ROLE_NAMES[role]
    app = QCoreApplication.instance()
    return en if app is not None and app.property("suiteLanguage") == "en" else zh
