"""Reading, verifying and exporting the audit log (auditors, administrators, supervisors). Any thread."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from app import audit
from app.audit import AuditQuery, AuditRecord, ChainReport
from app.audit_keys import AuditKeyPaths, key_paths, load_public_key
from app.clock import utcnow
from app.db.engine import Database
from app.operations import Action, Target
from app.rbac import Permission, Principal
from app.remote import remote
from app.services.guard import authorize

EXPORT_MAX = 20_000  # entries in one export (a PDF of them is some 700 pages); the rest is counted


@dataclass(frozen=True)
class AuditExport:
    """The entries an export holds (newest first), how many matched, and the chain's state when they
    were read: ``chain`` is None when the exporter may not verify the chain (the file says so)."""

    records: list[AuditRecord]
    matching: int
    chain: ChainReport | None
    at: datetime
    by: str

    @property
    def truncated(self) -> bool:
        return self.matching > len(self.records)


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
        report = self._check_chain()
        with self.db.write() as s:  # the check itself is on record, with its result
            audit.append(
                s,
                actor,
                Action.AUDIT_VERIFY,
                Target.AUDIT_LOG,
                report.head_seq,
                reason=report.describe(),
                after=report.summary(),
            )
        return report

    @remote
    def export(self, actor: Principal, q: AuditQuery) -> AuditExport:
        """The entries matching ``q``'s filters (at most ``EXPORT_MAX``, newest first) for a file, with
        the chain verified at the time if the exporter may verify it. The export is on record:
        who took which entries out, under which filter, and what the chain check said."""
        actor = authorize(self.db, actor, Permission.AUDIT_READ, "export the audit log")
        actor = authorize(self.db, actor, Permission.REPORT_PRINT, "export the audit log")
        wanted = replace(q, limit=EXPORT_MAX, before_id=None)
        chain = self._check_chain() if actor.can(Permission.AUDIT_VERIFY) else None
        with self.db.read() as s:
            records, _total = audit.query(s, wanted)
            matching = audit.count(s, wanted)
        at = utcnow()
        with self.db.write() as s:
            audit.append(
                s,
                actor,
                Action.AUDIT_EXPORT,
                Target.AUDIT_LOG,
                records[0].id if records else 0,
                reason=chain.describe() if chain is not None else "chain not verified by this export",
                after={
                    "entries": len(records),
                    "matching": matching,
                    "text": q.text,
                    "kind": q.action_prefix,
                    "since": q.since.isoformat() if q.since else None,
                    "until": q.until.isoformat() if q.until else None,
                    **({"chain": chain.summary()} if chain is not None else {}),
                },
            )
        return AuditExport(records, matching, chain, at, actor.display_name)

    def _check_chain(self) -> ChainReport:
        keys = self.keys
        try:
            public = load_public_key(keys.public_key) if keys.public_key.exists() else None
        except (OSError, ValueError):
            public = None  # unreadable: checkpoints, if any, cannot be checked (no_public_key)
        return audit.verify_chain(self.db, public_key=public, checkpoint_file=keys.checkpoints)
