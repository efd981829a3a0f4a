"""Opening a database checks its schema without Alembic; Alembic runs only when a migration is due."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from app.db import bootstrap, migrate
from app.db.bootstrap import open_database, schema_is_current, script_heads, stored_revisions
from app.db.engine import Database

ROOT = Path(__file__).resolve().parents[2]


def test_the_scripts_head_is_alembics_head() -> None:
    assert script_heads() == {migrate.head_revision()}


def test_a_new_database_is_migrated_then_current(db_url: str) -> None:
    fresh = Database(db_url)
    try:
        assert stored_revisions(fresh) == frozenset() and not schema_is_current(fresh)
    finally:
        fresh.dispose()
    db = open_database(db_url)
    try:
        assert schema_is_current(db) and migrate.current_revision(db) == migrate.head_revision()
    finally:
        db.dispose()


def test_an_older_schema_is_upgraded(db_url: str) -> None:
    old = Database(db_url)
    try:
        migrate.upgrade(old, "0014")
        assert stored_revisions(old) == {"0014"} and not schema_is_current(old)
    finally:
        old.dispose()
    db = open_database(db_url)
    try:
        assert migrate.current_revision(db) == migrate.head_revision() and schema_is_current(db)
    finally:
        db.dispose()


def test_unreadable_scripts_fall_back_to_alembic(tmp_path: Path, monkeypatch, db: Database) -> None:  # type: ignore[no-untyped-def]
    """A script whose ids are no literals: the cheap check gives up, and the start asks Alembic."""
    (tmp_path / "0001_odd.py").write_text("revision = make_id()\ndown_revision = None\n")
    monkeypatch.setattr(bootstrap, "VERSIONS", tmp_path)
    bootstrap.script_heads.cache_clear()
    try:
        assert script_heads() is None and not schema_is_current(db)
    finally:
        bootstrap.script_heads.cache_clear()


def test_merge_revisions_are_read(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for name, body in {
        "a.py": 'revision = "a"\ndown_revision = None\n',
        "b.py": 'revision: str = "b"\ndown_revision: str | None = "a"\n',
        "c.py": "revision = 'c'\ndown_revision = 'a'\n",
        "m.py": 'revision = "m"\ndown_revision = ("b", "c")\n',
        "n.py": 'revision = "n"\ndown_revision = "a"\n',
    }.items():
        (tmp_path / name).write_text(body)
    monkeypatch.setattr(bootstrap, "VERSIONS", tmp_path)
    bootstrap.script_heads.cache_clear()
    try:
        assert script_heads() == {"m", "n"}
    finally:
        bootstrap.script_heads.cache_clear()


def test_opening_a_current_database_does_not_import_alembic(db: Database, db_url: str) -> None:
    with db.engine.connect() as conn:  # the fixture opened (and migrated) it
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar_one() == 1
    probe = (
        "import json, sys\n"
        "from app.db.bootstrap import open_database\n"
        "open_database(sys.argv[1]).dispose()\n"
        "names = [m for m in sys.modules if m.split('.')[0] == 'alembic' or m == 'app.db.migrate']\n"
        "print(json.dumps(sorted(names)))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe, db_url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert json.loads(proc.stdout.splitlines()[-1]) == []
