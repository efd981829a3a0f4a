"""Reading and verifying the audit log (auditors, administrators, supervisors). Any thread."""

from __future__ import annotations

from app import audit
from app.audit import AuditQuery, AuditRecord, ChainReport
from app.audit_keys import AuditKeyPaths, key_paths, load_public_key
from app.db.engine import Database
from app.operations import Action, Target
from app.rbac import Permission, Principal
from app.remote import remote
from app.services.guard import authorize


class AuditService:
    def __init__(self, db: Database, keys: AuditKeyPaths | None = None) -> None:
        """``keys``: where this process finds the checkpoints' public key and file (default
        ``app.audit_keys.key_paths()``, looked up on the first verification)."""
        self.db = db
        self._keys = keys

    @property
    def keys(self) -> AuditKeyPaths:
        if self._keys is None:
            self._keys = key_paths()
        return self._keys

    @remote
    def query(self, actor: Principal, q: AuditQuery) -> tuple[list[AuditRecord], int]:
        authorize(self.db, actor, Permission.AUDIT_READ, "read the audit log")
        with self.db.read() as s:
            return audit.query(s, q)

    @remote
    def verify(self, actor: Principal) -> ChainReport:
        """The chain against the signed checkpoints (database and file) and their public key."""
        actor = authorize(self.db, actor, Permission.AUDIT_VERIFY, "verify the audit log")
        keys = self.keys
        try:
            public = load_public_key(keys.public_key) if keys.public_key.exists() else None
        except (OSError, ValueError):
            public = None  # unreadable: checkpoints, if any, cannot be checked (no_public_key)
        report = audit.verify_chain(self.db, public_key=public, checkpoint_file=keys.checkpoints)
        with self.db.write() as s:  # the check itself is on record, with its result
            audit.append(
                s,
                actor,
                Action.AUDIT_VERIFY,
                Target.AUDIT_LOG,
                report.head_seq,
                reason=report.describe(),
                after={
                    "ok": report.ok,
                    "checked": report.checked,
                    "first_bad_seq": report.first_bad_seq,
                    "problem": report.problem,
                    "pending": report.pending,
                    "checkpoints": report.checkpoints,
                },
            )
        return report
