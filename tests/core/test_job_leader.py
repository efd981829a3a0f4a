"""The job leader watches the connection that holds its lock (PostgreSQL; on SQLite this process is
always the leader): it steps down as soon as its session no longer holds the lock, even though the
connection still answers; it notices a connection that was killed and becomes leader again; and its
connection has TCP keepalives on both ends, so a silent link is noticed in seconds, by the leader and
by PostgreSQL, which then frees the lock for another process."""

from __future__ import annotations

import psycopg
import pytest

from app.jobs import DEAD_AFTER_S, LEADER_KEY, Leadership
from app.services import Services


@pytest.fixture
def leader(services: Services):  # type: ignore[no-untyped-def]
    if services.db.dialect != "postgresql":
        pytest.skip("SQLite: one process on one machine is always the leader")
    first = Leadership(services.db)
    assert first.held()
    yield first
    first.release()


def test_the_leader_steps_down_when_its_session_no_longer_holds_the_lock(
    leader: Leadership, services: Services
) -> None:
    leader._conn.execute("SELECT pg_advisory_unlock(%s)", (LEADER_KEY,))  # the connection still answers
    other = Leadership(services.db)
    try:
        assert other.held()  # another process takes over...
        assert not leader.held()  # ...and this one knows it is no longer the leader
        assert leader._conn is None
        other.release()
        assert leader.held()  # the next tick: leader again
    finally:
        other.release()


def test_a_killed_connection_is_noticed_and_leadership_taken_again(
    leader: Leadership, services: Services
) -> None:
    pid = leader._conn.info.backend_pid
    with psycopg.connect(services.db.psycopg_dsn, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    assert not leader.held()
    assert leader.held() and leader._conn.info.backend_pid != pid


def test_the_leaders_connection_has_keepalives_on_both_ends(leader: Leadership) -> None:
    params = leader._conn.info.get_parameters()
    assert params["keepalives"] == "1" and int(params["keepalives_idle"]) + 2 * 3 <= DEAD_AFTER_S
    assert params["tcp_user_timeout"] == str(DEAD_AFTER_S * 1000)
    for setting, value in (
        ("tcp_keepalives_idle", "5"),
        ("tcp_keepalives_interval", "2"),
        ("tcp_keepalives_count", "3"),
    ):
        assert leader._conn.execute(f"SHOW {setting}").fetchone()[0] == value  # PostgreSQL's end
    assert leader._conn.execute("SHOW tcp_user_timeout").fetchone()[0] in ("11s", "11000ms", "11000")
    assert leader._conn.execute("SHOW search_path").fetchone()[0].startswith("t_")  # the DSN's options kept
