"""Migration 0011: the image references are indexed by SHA-256, and the downgrade removes the
indexes again. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import inspect

from app.db import migrate
from app.db.engine import Database

INDEXED = {
    "auth_attachments": "image_sha",
    "captured_pages": "original_sha",
    "page_slices": "image_sha",
}


def sha_indexes(db: Database) -> set[tuple[str, str]]:
    found = set()
    with db.engine.connect() as conn:
        inspector = inspect(conn)
        for table in ("auth_attachments", "captured_pages", "page_slices"):
            for index in inspector.get_indexes(table):
                columns = [c for c in index["column_names"] if c and c.endswith("_sha")]
                found |= {(table, c) for c in columns}
    return found


def test_0011_indexes_the_image_references_and_downgrades(db_url: str) -> None:
    db = Database(db_url)
    try:
        migrate.upgrade(db, "0008")
        assert sha_indexes(db) == set()
        migrate.upgrade(db, "0011")
        assert sha_indexes(db) == {*INDEXED.items(), ("captured_pages", "corrected_sha")}
        migrate.downgrade(db, "0008")
        assert sha_indexes(db) == set()
    finally:
        db.dispose()
