"""Open a database ready for use: reach it, migrate it, ensure reference data. Main thread, start-up."""

from __future__ import annotations

from sqlalchemy import select

from app.db import migrate
from app.db.engine import Database
from app.db.models import Meta, RoleRow, User
from app.texts import ROLE_NAMES


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
