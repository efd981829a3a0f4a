"""Schema migrations with Alembic, run programmatically. Main thread at start-up, or the CLI.

Before upgrading an existing SQLite database, a consistent backup copy is written next to it. On
SQLite, Alembic's batch mode rebuilds a table to alter it (copy, drop, rename): with foreign keys
enforced, dropping the old table would cascade into every table that refers to it. Migrations
therefore run with foreign-key enforcement off, and the whole database is checked for dangling
references before the migration's transaction commits.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from app.db.engine import Database

MIGRATIONS = Path(__file__).parent / "migrations"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_sqlite(db: Database, label: str) -> Path | None:
    path = db.sqlite_path
    if path is None or not path.exists():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.{label}.{stamp}.bak")
    src = sqlite3.connect(path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def upgrade(db: Database, revision: str = "head") -> tuple[str | None, str]:
    """Upgrade to ``revision``; returns (from, to). Backs up an existing SQLite file first."""
    before = current_revision(db)
    target = head_revision() if revision == "head" else revision
    if before == target:
        return before, target
    if before is not None:
        backup_sqlite(db, f"pre-{target}")
    with _migrating(db) as cfg:
        command.upgrade(cfg, revision)
    return before, target


def downgrade(db: Database, revision: str) -> None:
    """Downgrade to ``revision`` (tests and recovery; the suite itself only upgrades)."""
    with _migrating(db) as cfg:
        command.downgrade(cfg, revision)


@contextmanager
def _migrating(db: Database) -> Iterator[Config]:
    """An Alembic config bound to one connection in one transaction (SQLite: foreign keys off)."""
    cfg = _config()
    with db.write_lock, db.engine.connect() as conn:  # the one writer of this process, then the file's
        raw = conn.connection.driver_connection if db.is_sqlite else None
        if raw is not None:  # outside any transaction, or the pragma does nothing
            raw.execute("PRAGMA foreign_keys=OFF")
            conn = conn.execution_options(sqlite_immediate=True)  # BEGIN IMMEDIATE: no writer between
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                yield cfg
                if raw is not None:
                    _check_references(conn)
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")


def _check_references(conn: Connection) -> None:
    dangling = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if dangling:
        table, rowid, parent, _fk = dangling[0]
        raise RuntimeError(
            f"migration left {len(dangling)} dangling reference(s), e.g. {table} row {rowid} -> {parent}"
        )
