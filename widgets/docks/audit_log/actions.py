"""Human names for audit action codes (the code itself stays in the tooltip). GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def action_label(action: str) -> str:
    t = QCoreApplication.translate
    labels = {
        "auth.login": t("AuditActions", "Logged in"),
        "auth.logout": t("AuditActions", "Logged out"),
        "auth.login_failed": t("AuditActions", "Log-in failed"),
        "auth.login_refused": t("AuditActions", "Log-in refused"),
        "auth.locked": t("AuditActions", "Account locked"),
        "user.create": t("AuditActions", "User created"),
        "user.roles": t("AuditActions", "Roles changed"),
        "user.unlock": t("AuditActions", "User unlocked"),
        "user.password_reset": t("AuditActions", "Password reset"),
        "user.password_changed": t("AuditActions", "Password changed"),
        "user.active": t("AuditActions", "User enabled/disabled"),
        "card.issue": t("AuditActions", "Card issued"),
        "card.verified": t("AuditActions", "Card and PIN verified"),
        "card.pin_failed": t("AuditActions", "Wrong PIN"),
        "card.locked": t("AuditActions", "Card locked"),
        "card.unlock": t("AuditActions", "Card unlocked"),
        "card.blacklist": t("AuditActions", "Card blacklisted"),
        "card.refused": t("AuditActions", "Card refused"),
        "card.unknown": t("AuditActions", "Unregistered card"),
        "security.denied": t("AuditActions", "Permission denied"),
        "audit.verify": t("AuditActions", "Audit chain verified"),
        "demo.seed": t("AuditActions", "Demo data seeded"),
    }
    return labels.get(action, action)
