"""Migration 0015_authz: one open request per teller, business, account and amount. An existing
database that already holds two such open requests is not upgraded over them: the upgrade stops
and names them. The downgrade takes the indexes and the image flag away again. SQLite and
PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from app.db import migrate
from app.db.base import utcnow
from app.db.bootstrap import ensure_reference_data
from app.db.engine import Database


def _request(db: Database, status: str, amount: int = 6_000_000) -> None:
    with db.write() as s:
        s.execute(
            text(
                "INSERT INTO auth_requests (business_type, currency, amount_fen, account, customer, reason, "
                "branch, teller_id, mode, levels_required, levels_done, status, priority, policy_version, "
                "submissions, created_at, updated_at) VALUES ('CASH_WD', 'CNY', :amount, "
                "'6222020200112233445', '张三', '取现', 'BR01', 7, 'remote', 1, 0, :status, 6, 0, 1, "
                ":now, :now)"
            ),
            {"amount": amount, "status": status, "now": utcnow()},
        )


def test_0015_refuses_existing_open_duplicates_and_downgrades(db_url: str) -> None:
    db = Database(db_url)
    try:
        migrate.upgrade(db, "0015_registers")
        ensure_reference_data(db)
        with db.write() as s:
            s.execute(
                text(
                    "INSERT INTO users (id, username, display_name, password_hash, active, outsourced, "
                    "failed_attempts, created_at) VALUES (7, 't1', 'T', 'x', :t, :f, 0, CURRENT_TIMESTAMP)"
                ),
                {"t": True, "f": False},
            )
        _request(db, "pending")
        _request(db, "approved")  # settled: the same again is no duplicate
        _request(db, "returned")  # open: the same as the pending one
        with pytest.raises(RuntimeError, match="sent twice"):
            migrate.upgrade(db, "0015_authz")
        assert migrate.current_revision(db) == "0015_registers"
        with db.write() as s:
            s.execute(text("UPDATE auth_requests SET status = 'cancelled' WHERE status = 'returned'"))
        migrate.upgrade(db, "0015_authz")
        with pytest.raises(Exception, match=r"(?i)unique"):
            _request(db, "claimed")
        names = {i["name"] for i in inspect(db.engine).get_indexes("auth_requests")}
        assert {"ux_auth_requests_open", "ix_auth_requests_claim", "ix_auth_requests_offered_to"} <= names
        migrate.downgrade(db, "0015_registers")
        names = {i["name"] for i in inspect(db.engine).get_indexes("auth_requests")}
        assert "ux_auth_requests_open" not in names and "ix_auth_requests_queue" in names
        assert "flag" not in {c["name"] for c in inspect(db.engine).get_columns("auth_attachments")}
    finally:
        db.dispose()
