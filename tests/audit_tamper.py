"""What an attacker holding the database owner's credential can do to the audit tables, for the
tests that check it is detected: the insert-only triggers disabled for one transaction (PostgreSQL:
``ALTER TABLE ... DISABLE TRIGGER USER``, which only the owner may; SQLite: the triggers dropped and
created again). The app role of the suite server cannot do this (no ownership, no UPDATE, DELETE or
TRUNCATE grants: tests/core/test_audit_guards.py). This is the only place where tests change or
remove audit rows; nothing in the suite itself does."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.db.engine import Database

GUARDED = ("audit_log", "audit_chain", "audit_checkpoints")


@contextmanager
def tampering(db: Database) -> Iterator[Session]:
    """A write transaction in which the audit tables accept UPDATE, DELETE (and on PostgreSQL
    TRUNCATE); the triggers are back when it commits (or everything rolls back)."""
    with db.write() as s:
        if db.is_sqlite:
            names = ", ".join(f"'{t}'" for t in GUARDED)
            triggers = s.execute(
                text(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({names})")
            ).all()
            assert triggers, "the audit tables have no triggers"
            for name, _sql in triggers:
                s.execute(text(f'DROP TRIGGER "{name}"'))
            yield s
            for _name, sql in triggers:
                s.execute(text(sql))
        else:
            for table in GUARDED:
                s.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
            yield s
            for table in GUARDED:
                s.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER USER"))
