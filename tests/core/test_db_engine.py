"""Units of work on PostgreSQL: a read session holds no transaction (autocommit: at READ COMMITTED a
transaction around a read gave nothing but a BEGIN and a ROLLBACK), a write session is one transaction,
and a pooled connection that the database dropped while it sat idle is replaced before it is used."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text

from app.db import engine as engine_module
from app.db.engine import Database


@pytest.fixture
def pg(db: Database) -> Database:
    if db.dialect != "postgresql":
        pytest.skip("PostgreSQL's sessions and pool")
    return db


def _state(db: Database, pid: int) -> str:
    with psycopg.connect(db.psycopg_dsn.split("?")[0], autocommit=True) as c:
        row = c.execute("SELECT state FROM pg_stat_activity WHERE pid = %s", (pid,)).fetchone()
    assert row is not None
    return str(row[0])


def test_a_read_session_holds_no_transaction_and_a_write_session_one(pg: Database) -> None:
    with pg.read() as s:
        pid = int(s.scalar(text("SELECT pg_backend_pid()")))
        assert _state(pg, pid) == "idle"  # not 'idle in transaction': no BEGIN was sent
    with pg.write() as s:
        pid = int(s.scalar(text("SELECT pg_backend_pid()")))
        assert _state(pg, pid) == "idle in transaction"
    with pg.write() as s:  # the read's autocommit did not stay on the pooled connection
        s.execute(text("CREATE TEMPORARY TABLE t_probe (x int) ON COMMIT DROP"))
        s.execute(text("INSERT INTO t_probe VALUES (1)"))
        assert s.scalar(text("SELECT count(*) FROM t_probe")) == 1


def test_a_connection_dropped_while_idle_is_replaced_before_use(
    pg: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "PING_IDLE_S", 0.0)
    with pg.read() as s:
        pid = int(s.scalar(text("SELECT pg_backend_pid()")))
    with psycopg.connect(pg.psycopg_dsn.split("?")[0], autocommit=True) as c:  # an admin, a restart
        c.execute("SELECT pg_terminate_backend(%s)", (pid,))
    with pg.read() as s:  # the ping found it dead: a new connection, no error
        assert int(s.scalar(text("SELECT pg_backend_pid()"))) != pid
