"""Operations: the audit action codes and target types, the ``Change`` every state-changing service
returns, and ``record``, which audits an operation and builds its ``Change`` in one call. Any thread.

A dock that applied or observed an operation refreshes only what ``Change`` names
(``target_type`` and ``target_ids``) instead of reloading everything. The enum values are what the
audit log stores: never rename one (existing entries and their hashes carry the old text).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from app import audit, changelog
from app.rbac import Principal


class Action(StrEnum):
    """Every audited action (``AuditEntry.action``)."""

    # log-in and log-out
    AUTH_LOGIN = "auth.login"
    AUTH_LOGOUT = "auth.logout"
    AUTH_LOGIN_FAILED = "auth.login_failed"
    AUTH_LOGIN_REFUSED = "auth.login_refused"
    AUTH_LOCKED = "auth.locked"
    # users and roles
    USER_CREATE = "user.create"
    USER_ROLES = "user.roles"
    USER_UNLOCK = "user.unlock"
    USER_PASSWORD_RESET = "user.password_reset"
    USER_PASSWORD_CHANGED = "user.password_changed"
    USER_ACTIVE = "user.active"
    USER_STATION = "user.station"  # the station a station's service account signs in as
    USER_PROPOSE = "user.propose"  # four eyes: a change of user administration proposed
    USER_PROPOSAL_APPROVE = "user.proposal_approve"  # ... approved by a second administrator
    USER_PROPOSAL_REJECT = "user.proposal_reject"
    ROLE_CONFLICTS = "user.role_conflicts"  # the separation-of-duties table changed
    # cards and PINs
    CARD_ISSUE = "card.issue"
    CARD_VERIFIED = "card.verified"
    CARD_PIN_FAILED = "card.pin_failed"
    CARD_LOCKED = "card.locked"
    CARD_UNLOCK = "card.unlock"
    CARD_BLACKLIST = "card.blacklist"
    CARD_PIN_RESET = "card.pin_reset"  # a new PIN given by the administrator
    CARD_REFUSED = "card.refused"
    CARD_UNKNOWN = "card.unknown"
    # security and the audit log itself
    SECURITY_DENIED = "security.denied"
    AUDIT_VERIFY = "audit.verify"
    AUDIT_EXPORT = "audit.export"
    DEMO_SEED = "demo.seed"
    DEMO_AUTHZ_HISTORY = "demo.authz_history"
    # remote authorization
    AUTHZ_POLICY = "authz.policy"
    AUTHZ_SUBMIT = "authz.submit"
    AUTHZ_RESUBMIT = "authz.resubmit"
    AUTHZ_CANCEL = "authz.cancel"
    AUTHZ_CLAIM = "authz.claim"
    AUTHZ_RELEASE = "authz.release"
    AUTHZ_APPROVE = "authz.approve"
    AUTHZ_REJECT = "authz.reject"
    AUTHZ_RETURN = "authz.return"
    AUTHZ_LEASE_EXPIRED = "authz.lease_expired"
    AUTHZ_SIGN_IN = "authz.sign_in"
    AUTHZ_SIGN_OUT = "authz.sign_out"
    # voucher capture
    CAPTURE_BATCH = "capture.batch"
    CAPTURE_PAGE = "capture.page"
    CAPTURE_OVERRIDE = "capture.override"
    CAPTURE_REJECT = "capture.reject"
    CAPTURE_RETAKE = "capture.retake"
    TEMPLATE_SAVE = "template.save"
    # registers
    TAG_BIND = "tag.bind"
    TAG_UNBIND = "tag.unbind"
    PERSON_ZONES = "person.zones"
    REGISTER_IMPORT = "register.import"
    REGISTER_EXPORT = "register.export"  # personal data left the system: who took which register
    REGISTER_REVEAL = "register.reveal"  # a record's masked personal data shown in full, to whom
    # sites
    ZONE_CREATE = "zone.create"
    ZONE_UPDATE = "zone.update"
    READER_CREATE = "reader.create"
    READER_UPDATE = "reader.update"
    # alarms (app.alarms.lifecycle: one action per transition)
    ALARM_RULES = "alarm.rules"  # a new version of the rule set
    ALARM_RAISE = "alarm.raise"
    ALARM_RETRIGGER = "alarm.retrigger"  # a returned, unacknowledged alarm's condition came back
    ALARM_RETURN = "alarm.return"
    ALARM_ACK = "alarm.ack"
    ALARM_CLEAR = "alarm.clear"
    ALARM_SHELVE = "alarm.shelve"
    ALARM_UNSHELVE = "alarm.unshelve"
    ALARM_SHELVE_EXPIRED = "alarm.shelve_expired"
    ALARM_OUT_OF_SERVICE = "alarm.out_of_service"
    ALARM_IN_SERVICE = "alarm.in_service"
    ALARM_ESCALATE = "alarm.escalate"


class Target(StrEnum):
    """What an audited action acted on (``AuditEntry.target_type``, ``Change.target_type``)."""

    USER = "user"
    USER_PROPOSAL = "user_proposal"
    ROLE_CONFLICTS = "role_conflicts"
    CARD = "card"
    PERMISSION = "permission"
    AUDIT_LOG = "audit_log"
    DATABASE = "database"
    AUTH_POLICY = "auth_policy"
    AUTH_REQUEST = "auth_request"
    AUTH_REQUESTS = "auth_requests"  # the demo history, as a whole
    AUTHORIZER = "authorizer"
    CAPTURE_BATCH = "capture_batch"
    CAPTURED_PAGE = "captured_page"
    VOUCHER_TEMPLATE = "voucher_template"
    ZONE = "zone"
    READER = "reader"
    ALARM = "alarm"
    ALARM_RULES = "alarm_rules"
    # the register kinds (app.services.registers.KINDS)
    PERSON = "person"
    ASSET = "asset"
    CASHBOX = "cashbox"
    ARCHIVE = "archive"
    VIP = "vip"


@dataclass(frozen=True)
class Change:
    action: Action  # matches the audit entry's action
    target_type: Target
    target_ids: tuple[str, ...]
    audit_id: int | None  # the audit entry's id (its chain number comes later, from the sequencer)
    detail: dict[str, Any] = field(default_factory=dict)

    def touches(self, target: Target) -> bool:
        return self.target_type == target


def record(
    session: Session,
    actor: Principal | str,
    action: Action,
    target: Target,
    target_id: object,
    *,
    reason: str = "",
    before: Any = None,
    after: Any = None,
    detail: dict[str, Any] | None = None,
    target_ids: Iterable[object] | None = None,
) -> Change:
    """Audit one operation in the caller's transaction, log its ``Change`` for the push stream
    (``app.changelog``) and return it.

    The audit entry names ``target_id``; the change names ``target_ids`` when given (e.g. the records
    an import touched), else ``target_id``.
    """
    entry = audit.append(session, actor, action, target, target_id, reason=reason, before=before, after=after)
    ids = tuple(str(i) for i in target_ids) if target_ids is not None else (str(target_id),)
    change = Change(action, target, ids, entry.id, dict(detail or {}))
    changelog.append(session, changelog.Kind.CHANGE, change)  # the other workstations' push stream
    return change
