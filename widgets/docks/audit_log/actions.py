"""Human names for audit action codes (the code itself stays in the tooltip). GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def action_label(action: str) -> str:
    labels = {
        "auth.login": QCoreApplication.translate("AuditActions", "Logged in"),
        "auth.logout": QCoreApplication.translate("AuditActions", "Logged out"),
        "auth.login_failed": QCoreApplication.translate("AuditActions", "Log-in failed"),
        "auth.login_refused": QCoreApplication.translate("AuditActions", "Log-in refused"),
        "auth.locked": QCoreApplication.translate("AuditActions", "Account locked"),
        "user.create": QCoreApplication.translate("AuditActions", "User created"),
        "user.roles": QCoreApplication.translate("AuditActions", "Roles changed"),
        "user.unlock": QCoreApplication.translate("AuditActions", "User unlocked"),
        "user.password_reset": QCoreApplication.translate("AuditActions", "Password reset"),
        "user.password_changed": QCoreApplication.translate("AuditActions", "Password changed"),
        "user.active": QCoreApplication.translate("AuditActions", "User enabled/disabled"),
        "card.issue": QCoreApplication.translate("AuditActions", "Card issued"),
        "card.verified": QCoreApplication.translate("AuditActions", "Card and PIN verified"),
        "card.pin_failed": QCoreApplication.translate("AuditActions", "Wrong PIN"),
        "card.locked": QCoreApplication.translate("AuditActions", "Card locked"),
        "card.unlock": QCoreApplication.translate("AuditActions", "Card unlocked"),
        "card.blacklist": QCoreApplication.translate("AuditActions", "Card blacklisted"),
        "card.refused": QCoreApplication.translate("AuditActions", "Card refused"),
        "card.unknown": QCoreApplication.translate("AuditActions", "Unregistered card"),
        "security.denied": QCoreApplication.translate("AuditActions", "Permission denied"),
        "audit.verify": QCoreApplication.translate("AuditActions", "Audit chain verified"),
        "demo.seed": QCoreApplication.translate("AuditActions", "Demo data seeded"),
    }
    return labels.get(action, action)
