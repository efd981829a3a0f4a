"""Reading and verifying the audit log (auditors, administrators, supervisors). Any thread."""

from __future__ import annotations

from app import audit
from app.audit import AuditQuery, AuditRecord, ChainReport
from app.db.engine import Database
from app.operations import Action, Target
from app.rbac import Permission, Principal
from app.services.guard import authorize


class AuditService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def query(self, actor: Principal, q: AuditQuery) -> tuple[list[AuditRecord], int]:
        authorize(self.db, actor, Permission.AUDIT_READ, "read the audit log")
        with self.db.read() as s:
            return audit.query(s, q)

    def verify(self, actor: Principal) -> ChainReport:
        actor = authorize(self.db, actor, Permission.AUDIT_VERIFY, "verify the audit log")
        report = audit.verify_chain(self.db)
        with self.db.write() as s:  # the check itself is on record, with its result
            audit.append(
                s,
                actor,
                Action.AUDIT_VERIFY,
                Target.AUDIT_LOG,
                report.head_seq,
                reason=report.describe(),
                after={"ok": report.ok, "checked": report.checked, "first_bad_seq": report.first_bad_seq},
            )
        return report
