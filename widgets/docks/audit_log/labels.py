"""Human names for audit action codes and target types (the code itself stays in the tooltip).
GUI thread. Every ``app.operations.Action`` and ``Target`` has a label here (tests check it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.operations import Action, Target


def _action_labels() -> dict[Action, str]:
    return {
        Action.AUTH_LOGIN: QCoreApplication.translate("AuditActions", "Logged in"),
        Action.AUTH_LOGOUT: QCoreApplication.translate("AuditActions", "Logged out"),
        Action.AUTH_LOGIN_FAILED: QCoreApplication.translate("AuditActions", "Log-in failed"),
        Action.AUTH_LOGIN_REFUSED: QCoreApplication.translate("AuditActions", "Log-in refused"),
        Action.AUTH_LOCKED: QCoreApplication.translate("AuditActions", "Account locked"),
        Action.USER_CREATE: QCoreApplication.translate("AuditActions", "User created"),
        Action.USER_ROLES: QCoreApplication.translate("AuditActions", "Roles changed"),
        Action.USER_UNLOCK: QCoreApplication.translate("AuditActions", "User unlocked"),
        Action.USER_PASSWORD_RESET: QCoreApplication.translate("AuditActions", "Password reset"),
        Action.USER_PASSWORD_CHANGED: QCoreApplication.translate("AuditActions", "Password changed"),
        Action.USER_ACTIVE: QCoreApplication.translate("AuditActions", "User enabled/disabled"),
        Action.USER_STATION: QCoreApplication.translate("AuditActions", "Service account bound to a station"),
        Action.CARD_ISSUE: QCoreApplication.translate("AuditActions", "Card issued"),
        Action.CARD_VERIFIED: QCoreApplication.translate("AuditActions", "Card and PIN verified"),
        Action.CARD_PIN_FAILED: QCoreApplication.translate("AuditActions", "Wrong PIN"),
        Action.CARD_LOCKED: QCoreApplication.translate("AuditActions", "Card locked"),
        Action.CARD_UNLOCK: QCoreApplication.translate("AuditActions", "Card unlocked"),
        Action.CARD_BLACKLIST: QCoreApplication.translate("AuditActions", "Card blacklisted"),
        Action.CARD_PIN_RESET: QCoreApplication.translate("AuditActions", "Card PIN reset"),
        Action.USER_PROPOSE: QCoreApplication.translate("AuditActions", "User change proposed"),
        Action.USER_PROPOSAL_APPROVE: QCoreApplication.translate("AuditActions", "User change approved"),
        Action.USER_PROPOSAL_REJECT: QCoreApplication.translate("AuditActions", "User change rejected"),
        Action.ROLE_CONFLICTS: QCoreApplication.translate("AuditActions", "Incompatible roles changed"),
        Action.CARD_REFUSED: QCoreApplication.translate("AuditActions", "Card refused"),
        Action.CARD_UNKNOWN: QCoreApplication.translate("AuditActions", "Unregistered card"),
        Action.SECURITY_DENIED: QCoreApplication.translate("AuditActions", "Permission denied"),
        Action.AUDIT_VERIFY: QCoreApplication.translate("AuditActions", "Audit chain verified"),
        Action.DEMO_SEED: QCoreApplication.translate("AuditActions", "Demo data seeded"),
        Action.DEMO_AUTHZ_HISTORY: QCoreApplication.translate(
            "AuditActions", "Demo authorization history seeded"
        ),
        Action.AUTHZ_POLICY: QCoreApplication.translate("AuditActions", "Authorization rules changed"),
        Action.AUTHZ_SUBMIT: QCoreApplication.translate("AuditActions", "Authorization requested"),
        Action.AUTHZ_RESUBMIT: QCoreApplication.translate(
            "AuditActions", "Authorization request resubmitted"
        ),
        Action.AUTHZ_CANCEL: QCoreApplication.translate("AuditActions", "Authorization request cancelled"),
        Action.AUTHZ_CLAIM: QCoreApplication.translate("AuditActions", "Authorization request claimed"),
        Action.AUTHZ_RELEASE: QCoreApplication.translate("AuditActions", "Authorization request put back"),
        Action.AUTHZ_APPROVE: QCoreApplication.translate("AuditActions", "Authorization approved"),
        Action.AUTHZ_REJECT: QCoreApplication.translate("AuditActions", "Authorization rejected"),
        Action.AUTHZ_RETURN: QCoreApplication.translate("AuditActions", "Returned to the teller"),
        Action.AUTHZ_LEASE_EXPIRED: QCoreApplication.translate("AuditActions", "Claim expired"),
        Action.AUTHZ_SIGN_IN: QCoreApplication.translate("AuditActions", "Authorizer signed in"),
        Action.AUTHZ_SIGN_OUT: QCoreApplication.translate("AuditActions", "Authorizer signed out"),
        Action.CAPTURE_BATCH: QCoreApplication.translate("AuditActions", "Capture batch opened"),
        Action.CAPTURE_PAGE: QCoreApplication.translate("AuditActions", "Page captured"),
        Action.CAPTURE_OVERRIDE: QCoreApplication.translate("AuditActions", "Page accepted by hand"),
        Action.CAPTURE_REJECT: QCoreApplication.translate("AuditActions", "Page rejected"),
        Action.CAPTURE_RETAKE: QCoreApplication.translate("AuditActions", "Retake requested"),
        Action.TEMPLATE_SAVE: QCoreApplication.translate("AuditActions", "Voucher template saved"),
        Action.TAG_BIND: QCoreApplication.translate("AuditActions", "Tag bound"),
        Action.TAG_UNBIND: QCoreApplication.translate("AuditActions", "Tag unbound"),
        Action.PERSON_ZONES: QCoreApplication.translate("AuditActions", "Zone permissions changed"),
        Action.REGISTER_IMPORT: QCoreApplication.translate("AuditActions", "Register imported from CSV"),
        Action.REGISTER_EXPORT: QCoreApplication.translate("AuditActions", "Register exported to CSV"),
        Action.ZONE_CREATE: QCoreApplication.translate("AuditActions", "Zone created"),
        Action.ZONE_UPDATE: QCoreApplication.translate("AuditActions", "Zone changed"),
        Action.READER_CREATE: QCoreApplication.translate("AuditActions", "Reader added"),
        Action.READER_UPDATE: QCoreApplication.translate("AuditActions", "Reader changed"),
    }


def _target_labels() -> dict[Target, str]:
    return {
        Target.USER: QCoreApplication.translate("AuditTargets", "User"),
        Target.USER_PROPOSAL: QCoreApplication.translate("AuditTargets", "User change proposal"),
        Target.ROLE_CONFLICTS: QCoreApplication.translate("AuditTargets", "Incompatible roles"),
        Target.CARD: QCoreApplication.translate("AuditTargets", "Card"),
        Target.PERMISSION: QCoreApplication.translate("AuditTargets", "Permission"),
        Target.AUDIT_LOG: QCoreApplication.translate("AuditTargets", "Audit log"),
        Target.DATABASE: QCoreApplication.translate("AuditTargets", "Database"),
        Target.AUTH_POLICY: QCoreApplication.translate("AuditTargets", "Authorization rules"),
        Target.AUTH_REQUEST: QCoreApplication.translate("AuditTargets", "Authorization request"),
        Target.AUTH_REQUESTS: QCoreApplication.translate("AuditTargets", "Authorization requests"),
        Target.AUTHORIZER: QCoreApplication.translate("AuditTargets", "Authorizer"),
        Target.CAPTURE_BATCH: QCoreApplication.translate("AuditTargets", "Capture batch"),
        Target.CAPTURED_PAGE: QCoreApplication.translate("AuditTargets", "Captured page"),
        Target.VOUCHER_TEMPLATE: QCoreApplication.translate("AuditTargets", "Voucher template"),
        Target.ZONE: QCoreApplication.translate("AuditTargets", "Zone"),
        Target.READER: QCoreApplication.translate("AuditTargets", "Reader"),
        Target.PERSON: QCoreApplication.translate("AuditTargets", "Staff"),
        Target.ASSET: QCoreApplication.translate("AuditTargets", "Asset"),
        Target.CASHBOX: QCoreApplication.translate("AuditTargets", "Cash box"),
        Target.ARCHIVE: QCoreApplication.translate("AuditTargets", "Archive folder"),
        Target.VIP: QCoreApplication.translate("AuditTargets", "VIP customer"),
    }


def action_label(action: str) -> str:
    """The action's name in the UI language; an unknown code (a newer version's) as it is."""
    return _action_labels().get(action, action)  # type: ignore[call-overload]  # a str finds its Action


def target_label(target_type: str) -> str:
    return _target_labels().get(target_type, target_type)  # type: ignore[call-overload]
