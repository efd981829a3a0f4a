"""Roles, permissions and the checks services run before any change. Pure Python, any thread.

Permissions are checked here, in the service layer; the UI only hides what a user may not do.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.errors import PermissionDenied


class Role(StrEnum):
    OPERATOR = "operator"  # 监控中心值班员
    CUSTODIAN = "custodian"  # 金库管库员
    ESCORT = "escort"  # 押运员 / 收款员
    KEYER = "keyer"  # 录入员
    REVIEWER = "reviewer"  # 审核岗 / 授权柜员
    TELLER = "teller"  # 柜员
    SUPERVISOR = "supervisor"  # 业务主管
    ADMIN = "admin"  # 中心管理员
    AUDITOR = "auditor"  # 审计员
    STATION = "station"  # 设备工作站: the service account a device station signs in with, not a person


# Their names in both languages: app.texts.ROLE_NAMES.


class Permission(StrEnum):
    USER_ADMIN = "user.admin"  # create users, assign roles, issue cards, unlock
    AUDIT_READ = "audit.read"
    AUDIT_VERIFY = "audit.verify"
    MAP_VIEW = "map.view"
    ALARM_WORK = "alarm.work"  # acknowledge, shelve, clear, take out of service
    ALARM_ADMIN = "alarm.admin"  # the alarm rules
    HANDOVER_PERFORM = "handover.perform"
    KEYING = "keying"
    REVIEW = "review"
    AUTHORIZE = "authorize"
    AUTH_REQUEST = "authorize.request"
    CAPTURE = "capture"  # scan vouchers, classify and decide captured pages
    STATS_READ = "stats.read"  # performance statistics of tellers and authorizers (not for everyone)
    SUPERVISE = "supervise"
    REPORT_PRINT = "report.print"
    REGISTER_ADMIN = "register.admin"  # tags, readers, templates, rules
    RECORD_CORRECT = "record.correct"  # only the central administrator changes records
    TRACKING_INGEST = "tracking.ingest"  # run a station's readers: read its mapping, send its movements
    PERSONAL_DATA_VIEW = "personal_data.view"  # a register record's ID and phone numbers in full (audited)


P = Permission
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OPERATOR: frozenset({P.MAP_VIEW, P.ALARM_WORK, P.REPORT_PRINT}),
    Role.CUSTODIAN: frozenset({P.HANDOVER_PERFORM, P.MAP_VIEW, P.REPORT_PRINT}),
    Role.ESCORT: frozenset({P.HANDOVER_PERFORM}),
    Role.KEYER: frozenset({P.KEYING}),
    Role.REVIEWER: frozenset({P.REVIEW, P.AUTHORIZE, P.REPORT_PRINT}),
    Role.TELLER: frozenset({P.AUTH_REQUEST, P.CAPTURE, P.REPORT_PRINT}),
    Role.SUPERVISOR: frozenset(
        {
            P.AUTHORIZE,
            P.SUPERVISE,
            P.REVIEW,
            P.CAPTURE,
            P.MAP_VIEW,
            P.REPORT_PRINT,
            P.AUDIT_READ,
            P.STATS_READ,
            P.ALARM_WORK,  # escalated alarms reach the supervisor, who acts on them
        }
    ),
    Role.ADMIN: frozenset(
        {
            P.USER_ADMIN,
            P.REGISTER_ADMIN,
            P.RECORD_CORRECT,
            P.CAPTURE,
            P.STATS_READ,
            P.AUDIT_READ,
            P.AUDIT_VERIFY,
            P.MAP_VIEW,
            P.REPORT_PRINT,
            P.TRACKING_INGEST,
            P.PERSONAL_DATA_VIEW,
            P.ALARM_ADMIN,
        }
    ),
    Role.AUDITOR: frozenset({P.AUDIT_READ, P.AUDIT_VERIFY, P.REPORT_PRINT, P.STATS_READ}),
    Role.STATION: frozenset({P.TRACKING_INGEST}),
}

# Roles whose holder decides, grants or guards something (authorizations, reviews, the vault, the
# users, the audit): an account is created with one only on two administrators' say (四眼原则,
# ``app.services.identity``). Every role granted later needs two as well.
FOUR_EYES_ROLES: frozenset[Role] = frozenset(
    {Role.ADMIN, Role.SUPERVISOR, Role.REVIEWER, Role.AUDITOR, Role.CUSTODIAN, Role.ESCORT}
)

# Outsourced staff (外包) get restricted rights whatever roles they hold.
OUTSOURCED_ALLOWED: frozenset[Permission] = frozenset({P.KEYING})


def permissions_for(roles: frozenset[Role], outsourced: bool = False) -> frozenset[Permission]:
    perms: set[Permission] = set()
    for role in roles:
        perms |= ROLE_PERMISSIONS[role]
    if outsourced:
        perms &= OUTSOURCED_ALLOWED
    return frozenset(perms)


@dataclass(frozen=True)
class Principal:
    """Who is acting: a logged-in user, or the local system console (headless admin commands)."""

    user_id: int | None
    username: str
    display_name: str
    roles: frozenset[Role]
    outsourced: bool = False
    system: bool = False

    @property
    def permissions(self) -> frozenset[Permission]:
        if self.system:
            return frozenset(Permission)
        return permissions_for(self.roles, self.outsourced)

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(
                f"{self.username} lacks permission {permission.value}", permission=permission.value
            )


def system_principal(label: str = "system") -> Principal:
    return Principal(user_id=None, username=label, display_name=label, roles=frozenset(), system=True)
