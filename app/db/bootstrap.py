"""Open a database ready for use: reach it, migrate it, ensure reference data. Main thread, start-up.

Most starts find the schema current: that is checked without Alembic (``schema_is_current``: the
revision stored in ``alembic_version`` against the head read from the migration scripts' text), so
Alembic and its machinery (``app.db.migrate``, about a tenth of a start-up) are imported only when a
migration is due, or when the scripts cannot be read that way.
"""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

from sqlalchemy import inspect, select, text

from app.db.engine import Database
from app.db.models import Meta, RoleRow, User
from app.texts import ROLE_NAMES

VERSIONS = Path(__file__).parent / "migrations" / "versions"
VERSION_TABLE = "alembic_version"  # Alembic's default, which app/db/migrations/env.py keeps
# ``revision = "0015_authz"``, ``down_revision: str | None = "0014"``, ``down_revision = ("a", "b")``
_IDS = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.MULTILINE)


@functools.cache
def script_heads() -> frozenset[str] | None:
    """The head revisions of the migration scripts (the revisions no script revises), read from the
    scripts' ``revision``/``down_revision`` lines without importing Alembic or the scripts; None
    when a script does not say them in that form (then ask Alembic)."""
    revisions: set[str] = set()
    revised: set[str] = set()
    for path in sorted(VERSIONS.glob("*.py")):
        found: dict[str, object] = {}
        for name, value in _IDS.findall(path.read_text(encoding="utf-8")):
            try:
                found.setdefault(name, ast.literal_eval(value))
            except (ValueError, SyntaxError):
                return None
        revision, down = found.get("revision"), found.get("down_revision", ...)
        if not isinstance(revision, str) or down is ...:
            return None
        revisions.add(revision)
        if isinstance(down, str):
            revised.add(down)
        elif isinstance(down, (tuple, list)) and all(isinstance(d, str) for d in down):
            revised.update(down)
        elif down is not None:
            return None
    heads = revisions - revised
    return frozenset(heads) if heads else None


def stored_revisions(db: Database) -> frozenset[str]:
    """The revisions the database says it is at (empty: a new database)."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return frozenset()
        return frozenset(conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars())


def schema_is_current(db: Database) -> bool:
    """True when the database is at the scripts' head(s): no migration to run, no Alembic needed."""
    heads = script_heads()
    return heads is not None and stored_revisions(db) == heads


def ensure_reference_data(db: Database) -> None:
    """Roles follow the code: add missing ones, refresh names."""
    with db.write() as s:
        existing = {r.code: r for r in s.scalars(select(RoleRow))}
        for role, (zh, en) in ROLE_NAMES.items():
            row = existing.get(role.value)
            if row is None:
                s.add(RoleRow(code=role.value, name_zh=zh, name_en=en))
            elif (row.name_zh, row.name_en) != (zh, en):
                row.name_zh, row.name_en = zh, en


def open_database(url: str, *, pool_size: int = 5) -> Database:
    """Connect (raising DatabaseUnavailable with the URL masked), upgrade the schema, add roles."""
    db = Database(url, pool_size=pool_size)
    try:
        db.check()
        if not schema_is_current(db):
            from app.db import migrate  # Alembic: only when a migration is due

            migrate.upgrade(db)
        ensure_reference_data(db)
    except Exception:
        db.dispose()
        raise
    return db


def has_users(db: Database) -> bool:
    with db.read() as s:
        return s.scalar(select(User.id).limit(1)) is not None


def meta_get(db: Database, key: str) -> str | None:
    with db.read() as s:
        row = s.get(Meta, key)
        return row.value if row else None
