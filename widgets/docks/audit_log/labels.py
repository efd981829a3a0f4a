"""Human names for audit action codes and target types (the code itself stays in the tooltip).
GUI thread. Every ``app.operations.Action`` and ``Target`` has a label here (tests check it)."""

from __future__ import annotations

import re

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
        Action.AUDIT_EXPORT: QCoreApplication.translate("AuditActions", "Audit log exported"),
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
        Action.REGISTER_REVEAL: QCoreApplication.translate("AuditActions", "Personal data shown in full"),
        Action.ZONE_CREATE: QCoreApplication.translate("AuditActions", "Zone created"),
        Action.ZONE_UPDATE: QCoreApplication.translate("AuditActions", "Zone changed"),
        Action.READER_CREATE: QCoreApplication.translate("AuditActions", "Reader added"),
        Action.READER_UPDATE: QCoreApplication.translate("AuditActions", "Reader changed"),
        Action.ALARM_RULES: QCoreApplication.translate("AuditActions", "Alarm rules saved"),
        Action.ALARM_RAISE: QCoreApplication.translate("AuditActions", "Alarm raised"),
        Action.ALARM_RETRIGGER: QCoreApplication.translate("AuditActions", "Alarm active again"),
        Action.ALARM_RETURN: QCoreApplication.translate("AuditActions", "Alarm returned to normal"),
        Action.ALARM_ACK: QCoreApplication.translate("AuditActions", "Alarm acknowledged"),
        Action.ALARM_CLEAR: QCoreApplication.translate("AuditActions", "Alarm cleared"),
        Action.ALARM_SHELVE: QCoreApplication.translate("AuditActions", "Alarm shelved"),
        Action.ALARM_UNSHELVE: QCoreApplication.translate("AuditActions", "Alarm unshelved"),
        Action.ALARM_SHELVE_EXPIRED: QCoreApplication.translate("AuditActions", "Alarm shelving expired"),
        Action.ALARM_OUT_OF_SERVICE: QCoreApplication.translate("AuditActions", "Alarm taken out of service"),
        Action.ALARM_IN_SERVICE: QCoreApplication.translate("AuditActions", "Alarm returned to service"),
        Action.ALARM_ESCALATE: QCoreApplication.translate("AuditActions", "Alarm escalated"),
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
        Target.ALARM: QCoreApplication.translate("AuditTargets", "Alarm"),
        Target.ALARM_RULES: QCoreApplication.translate("AuditTargets", "Alarm rules"),
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


def _reason_phrases() -> dict[str, str]:
    """Reasons the suite itself writes (not typed by a user), by their stored English."""
    phrases = {
        "unknown user": QCoreApplication.translate("AuditReasons", "unknown user"),
        "inactive": QCoreApplication.translate("AuditReasons", "account disabled"),
        "locked": QCoreApplication.translate("AuditReasons", "locked"),
        "blacklisted": QCoreApplication.translate("AuditReasons", "blacklisted"),
        "3 wrong passwords": QCoreApplication.translate("AuditReasons", "3 wrong passwords"),
        "wrong password": QCoreApplication.translate("AuditReasons", "wrong password"),
        "3 wrong PINs": QCoreApplication.translate("AuditReasons", "3 wrong PINs"),
        "demo seed": QCoreApplication.translate("AuditReasons", "demo seed"),
        "first start with an empty database": QCoreApplication.translate(
            "AuditReasons", "first start with an empty database"
        ),
        "demo authorization history for statistics and reports": QCoreApplication.translate(
            "AuditReasons", "demo authorization history for statistics and reports"
        ),
        "chain not verified by this export": QCoreApplication.translate(
            "AuditReasons", "chain not verified by this export"
        ),
    }
    denied = {  # what a refused caller tried to do (security.denied)
        "ask which images are stored": QCoreApplication.translate(
            "AuditReasons", "ask which images are stored"
        ),
        "authorize": QCoreApplication.translate("AuditReasons", "authorize"),
        "bind a station account": QCoreApplication.translate("AuditReasons", "bind a station account"),
        "bind a tag": QCoreApplication.translate("AuditReasons", "bind a tag"),
        "blacklist card": QCoreApplication.translate("AuditReasons", "blacklist card"),
        "cancel an authorization request": QCoreApplication.translate(
            "AuditReasons", "cancel an authorization request"
        ),
        "capture vouchers": QCoreApplication.translate("AuditReasons", "capture vouchers"),
        "change authorization rules": QCoreApplication.translate(
            "AuditReasons", "change authorization rules"
        ),
        "change roles": QCoreApplication.translate("AuditReasons", "change roles"),
        "change zone permissions": QCoreApplication.translate("AuditReasons", "change zone permissions"),
        "create user": QCoreApplication.translate("AuditReasons", "create user"),
        "decide on captured pages": QCoreApplication.translate("AuditReasons", "decide on captured pages"),
        "edit readers": QCoreApplication.translate("AuditReasons", "edit readers"),
        "edit voucher templates": QCoreApplication.translate("AuditReasons", "edit voucher templates"),
        "edit zones": QCoreApplication.translate("AuditReasons", "edit zones"),
        "enable/disable user": QCoreApplication.translate("AuditReasons", "enable/disable user"),
        "export the audit log": QCoreApplication.translate("AuditReasons", "export the audit log"),
        "issue card": QCoreApplication.translate("AuditReasons", "issue card"),
        "list users": QCoreApplication.translate("AuditReasons", "list users"),
        "play back movements": QCoreApplication.translate("AuditReasons", "play back movements"),
        "read a station's presence": QCoreApplication.translate("AuditReasons", "read a station's presence"),
        "read a station's tracking mapping": QCoreApplication.translate(
            "AuditReasons", "read a station's tracking mapping"
        ),
        "read reader health": QCoreApplication.translate("AuditReasons", "read reader health"),
        "read the audit log": QCoreApplication.translate("AuditReasons", "read the audit log"),
        "read the simulated population": QCoreApplication.translate(
            "AuditReasons", "read the simulated population"
        ),
        "report reader health": QCoreApplication.translate("AuditReasons", "report reader health"),
        "request authorization": QCoreApplication.translate("AuditReasons", "request authorization"),
        "reset password": QCoreApplication.translate("AuditReasons", "reset password"),
        "send movements": QCoreApplication.translate("AuditReasons", "send movements"),
        "sign in to the authorization center": QCoreApplication.translate(
            "AuditReasons", "sign in to the authorization center"
        ),
        "sign out of the authorization center": QCoreApplication.translate(
            "AuditReasons", "sign out of the authorization center"
        ),
        "stay signed in to the authorization center": QCoreApplication.translate(
            "AuditReasons", "stay signed in to the authorization center"
        ),
        "store an image": QCoreApplication.translate("AuditReasons", "store an image"),
        "unbind a tag": QCoreApplication.translate("AuditReasons", "unbind a tag"),
        "unlock card": QCoreApplication.translate("AuditReasons", "unlock card"),
        "unlock user": QCoreApplication.translate("AuditReasons", "unlock user"),
        "verify the audit log": QCoreApplication.translate("AuditReasons", "verify the audit log"),
        "view a reader's setup": QCoreApplication.translate("AuditReasons", "view a reader's setup"),
        "view a trail": QCoreApplication.translate("AuditReasons", "view a trail"),
        "view an authorization request": QCoreApplication.translate(
            "AuditReasons", "view an authorization request"
        ),
        "view authorization statistics": QCoreApplication.translate(
            "AuditReasons", "view authorization statistics"
        ),
        "view captured vouchers": QCoreApplication.translate("AuditReasons", "view captured vouchers"),
        "view the authorization queue": QCoreApplication.translate(
            "AuditReasons", "view the authorization queue"
        ),
        "view the authorization rules": QCoreApplication.translate(
            "AuditReasons", "view the authorization rules"
        ),
        "view the map": QCoreApplication.translate("AuditReasons", "view the map"),
        "acknowledge alarms": QCoreApplication.translate("AuditReasons", "acknowledge alarms"),
        "clear an alarm": QCoreApplication.translate("AuditReasons", "clear an alarm"),
        "shelve an alarm": QCoreApplication.translate("AuditReasons", "shelve an alarm"),
        "unshelve an alarm": QCoreApplication.translate("AuditReasons", "unshelve an alarm"),
        "take an alarm out of service": QCoreApplication.translate(
            "AuditReasons", "take an alarm out of service"
        ),
        "return an alarm to service": QCoreApplication.translate(
            "AuditReasons", "return an alarm to service"
        ),
        "change the alarm rules": QCoreApplication.translate("AuditReasons", "change the alarm rules"),
        "view the alarm rules": QCoreApplication.translate("AuditReasons", "view the alarm rules"),
        "view the alarms": QCoreApplication.translate("AuditReasons", "view the alarms"),
        "view an alarm": QCoreApplication.translate("AuditReasons", "view an alarm"),
        "view user": QCoreApplication.translate("AuditReasons", "view user"),
        "view voucher templates": QCoreApplication.translate("AuditReasons", "view voucher templates"),
        "view who is signed in to the authorization center": QCoreApplication.translate(
            "AuditReasons", "view who is signed in to the authorization center"
        ),
        "view your authorization requests": QCoreApplication.translate(
            "AuditReasons", "view your authorization requests"
        ),
        "view zone permissions": QCoreApplication.translate("AuditReasons", "view zone permissions"),
        "view an image": QCoreApplication.translate("AuditReasons", "view an image"),
        "reset a card's PIN": QCoreApplication.translate("AuditReasons", "reset a card's PIN"),
        "change incompatible roles": QCoreApplication.translate("AuditReasons", "change incompatible roles"),
        "list incompatible roles": QCoreApplication.translate("AuditReasons", "list incompatible roles"),
        "list user proposals": QCoreApplication.translate("AuditReasons", "list user proposals"),
        "reject a user proposal": QCoreApplication.translate("AuditReasons", "reject a user proposal"),
        "approve a user proposal": QCoreApplication.translate("AuditReasons", "approve a user proposal"),
        "attach an image one did not upload": QCoreApplication.translate(
            "AuditReasons", "attach an image one did not upload"
        ),
        "record a page with images one did not upload": QCoreApplication.translate(
            "AuditReasons", "record a page with images one did not upload"
        ),
    }
    return phrases | denied


def _reason_patterns() -> list[tuple[re.Pattern[str], str]]:
    """Reasons the suite writes with a value in them; the value (%1, %2) is kept as written, a
    register kind by its name."""
    kinds = "|".join(re.escape(k) for k in Target.__members__.values())
    return [
        (re.compile(r"log-in at (.+)"), QCoreApplication.translate("AuditReasons", "log-in at %1")),
        (
            re.compile(r"shipped template (.+)"),
            QCoreApplication.translate("AuditReasons", "shipped template %1"),
        ),
        (re.compile(f"export ({kinds})"), QCoreApplication.translate("AuditReasons", "export %1")),
        (re.compile(f"import ({kinds})"), QCoreApplication.translate("AuditReasons", "import %1")),
        (re.compile(f"list ({kinds})"), QCoreApplication.translate("AuditReasons", "list %1")),
        (
            re.compile(r"authorize own request (\S+)"),
            QCoreApplication.translate("AuditReasons", "authorize own request %1"),
        ),
        (
            re.compile(r"report the devices of station (\S+)"),
            QCoreApplication.translate("AuditReasons", "report the devices of station %1"),
        ),
        (
            re.compile(r"approve proposal (\S+)"),
            QCoreApplication.translate("AuditReasons", "approve proposal %1"),
        ),
        (
            re.compile(r"reject proposal (\S+)"),
            QCoreApplication.translate("AuditReasons", "reject proposal %1"),
        ),
        (
            re.compile(r"sign in as station (\S+)"),
            QCoreApplication.translate("AuditReasons", "sign in as station %1"),
        ),
        (
            re.compile(f"show ({kinds}) #(\\S+) in full"),
            QCoreApplication.translate("AuditReasons", "show %1 #%2 in full"),
        ),
    ]


def reason_label(action: str, reason: str, after: object) -> str:
    """An entry's reason in the UI language where the suite wrote it (a log-in refusal, a denial,
    a chain check); what a user typed stays as typed."""
    if action in (Action.AUDIT_VERIFY, Action.AUDIT_EXPORT) and isinstance(after, dict):
        chain = after.get("chain", after) if action == Action.AUDIT_EXPORT else after
        if isinstance(chain, dict) and "ok" in chain:
            return chain_label(chain)
    phrases = _reason_phrases()
    head, sep, tail = reason.partition("; ")  # "3 wrong PINs; log-in at ST01"
    if head in phrases:
        if not sep:
            return phrases[head]
        return phrases[head] + QCoreApplication.translate("AuditReasons", "; ") + _patterned(tail)
    return _patterned(reason)


def _patterned(text: str) -> str:
    for pattern, template in _reason_patterns():
        m = pattern.fullmatch(text)
        if m is not None:
            out = template
            for n, value in enumerate(m.groups(), 1):
                out = out.replace(f"%{n}", target_label(value) if value in _TARGETS else value)
            return out
    return text


_TARGETS = frozenset(Target.__members__.values())


def chain_label(chain: dict[str, object]) -> str:
    """A chain check's result (its audit entry's data) in words."""
    if chain.get("ok"):
        text = QCoreApplication.translate("AuditReasons", "chain intact: %1 entries").replace(
            "%1", str(chain.get("checked", 0))
        )
        if chain.get("checkpoints"):
            text += QCoreApplication.translate("AuditReasons", ", %1 signed checkpoints").replace(
                "%1", str(chain["checkpoints"])
            )
        if chain.get("pending"):
            text += QCoreApplication.translate("AuditReasons", " (%1 not yet chained)").replace(
                "%1", str(chain["pending"])
            )
        return text
    return (
        QCoreApplication.translate("AuditReasons", "chain BROKEN at entry #%1 (%2)")
        .replace("%1", str(chain.get("first_bad_seq")))
        .replace("%2", str(chain.get("problem")))
    )


def actor_label(name: str) -> str:
    """Who acted, as recorded: a user name as it is; the suite's own actors in words."""
    known = {
        "system": QCoreApplication.translate("AuditActors", "System"),
        "system:demo-seed": QCoreApplication.translate("AuditActors", "System (demo data)"),
        "system:setup": QCoreApplication.translate("AuditActors", "System (installation)"),
        "system:serve-demo": QCoreApplication.translate("AuditActors", "System (demo server)"),
        "card-reader": QCoreApplication.translate("AuditActors", "Card reader"),
        "demo": QCoreApplication.translate("AuditActors", "Demo"),
    }
    if name in known:
        return known[name]
    kind, sep, rest = name.partition(":")
    if sep and kind == "station":
        return QCoreApplication.translate("AuditActors", "Station %1").replace("%1", rest)
    if sep and kind == "system":
        return QCoreApplication.translate("AuditActors", "System (%1)").replace("%1", rest)
    return name
