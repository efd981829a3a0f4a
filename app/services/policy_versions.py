"""The authorization rules in force, with who saved them and when, for the rules editor. Any
thread; the dock calls it on its worker. Only rule administrators (``register.admin``) read it
here; a refusal is audited as ``security.denied``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.authz_policy import Policy
from app.db.engine import Database
from app.db.models import AuthPolicyVersion
from app.rbac import Permission, Principal
from app.remote import remote
from app.services.authorization import AuthorizationService
from app.services.guard import authorize


@dataclass(frozen=True)
class PolicyInForce:
    version: int  # 0: the shipped rules, before any version was saved
    policy: Policy
    saved_by: str = ""
    saved_at: datetime | None = None  # UTC


class PolicyVersionService:
    def __init__(self, db: Database, authorization: AuthorizationService) -> None:
        self.db = db
        self.authorization = authorization

    @remote
    def in_force(self, actor: Principal) -> PolicyInForce:
        actor = authorize(self.db, actor, Permission.REGISTER_ADMIN, "view the authorization rules")
        version, policy = self.authorization.policy(actor)  # a rule administrator's: every limit
        if not version:
            return PolicyInForce(0, policy)
        with self.db.read() as s:
            row = s.scalars(select(AuthPolicyVersion).where(AuthPolicyVersion.version == version)).first()
            if row is None:
                return PolicyInForce(version, policy)
            return PolicyInForce(version, policy, row.created_by, row.created_at)
