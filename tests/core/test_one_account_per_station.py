"""One service account per station: migration 0016 (``ux_users_station``). An existing database
with two accounts bound to one station is not upgraded over them: the migration stops and names the
station and its accounts. SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from app.db import migrate
from app.db.bootstrap import ensure_reference_data
from app.db.engine import Database


def _user(db: Database, uid: int, name: str, station: str | None, active: bool = True) -> None:
    with db.write() as s:
        s.execute(
            text(
                "INSERT INTO users (id, username, display_name, password_hash, active, outsourced, "
                "failed_attempts, created_at, station, must_change_password) VALUES (:id, :n, :n, 'x', "
                ":active, :f, 0, CURRENT_TIMESTAMP, :station, :f)"
            ),
            {"id": uid, "n": name, "active": active, "f": False, "station": station},
        )


def test_0016_stops_on_a_station_bound_twice_and_names_its_accounts(db_url: str) -> None:
    db = Database(db_url)
    try:
        migrate.upgrade(db, "0015_identity")
        ensure_reference_data(db)
        _user(db, 1, "station1", "WS1")
        _user(db, 2, "forgotten", "WS1", active=False)
        _user(db, 3, "ws2", "WS2")
        _user(db, 4, "amy", None)
        _user(db, 5, "bob", None)
        with pytest.raises(RuntimeError) as stopped:
            migrate.upgrade(db, "0016_one_account_per_station")
        assert "station WS1: forgotten (disabled), station1" in str(stopped.value)
        assert "ws2" not in str(stopped.value) and "amy" not in str(stopped.value)
        assert migrate.current_revision(db) == "0015_identity"
        with db.read() as s:  # nothing unbound behind the owner's back
            assert s.execute(text("SELECT username FROM users WHERE station = 'WS1'")).scalars().all() == [
                "station1",
                "forgotten",
            ]
        with db.write() as s:  # the owner unbinds the forgotten one, as the message says
            s.execute(text("UPDATE users SET station = NULL WHERE username = 'forgotten'"))
        migrate.upgrade(db, "0016_one_account_per_station")
        assert "ux_users_station" in {i["name"] for i in inspect(db.engine).get_indexes("users")}
    finally:
        db.dispose()


def test_0016_on_clean_data_keeps_every_binding_and_downgrades(db_url: str) -> None:
    db = Database(db_url)
    try:
        migrate.upgrade(db, "0015_identity")
        ensure_reference_data(db)
        _user(db, 1, "station1", "WS1")
        _user(db, 2, "ws2", "WS2")
        _user(db, 3, "amy", None)
        _user(db, 4, "bob", None)
        migrate.upgrade(db)
        assert migrate.current_revision(db) == migrate.head_revision()
        with db.read() as s:
            assert dict(s.execute(text("SELECT username, station FROM users")).all()) == {
                "station1": "WS1",
                "ws2": "WS2",
                "amy": None,
                "bob": None,
            }
        with pytest.raises(Exception, match=r"(?i)unique"):
            _user(db, 5, "again", "WS1")
        _user(db, 6, "carol", None)  # NULLs are not bound to anything: any number of them
        migrate.downgrade(db, "0015_identity")
        assert "ux_users_station" not in {i["name"] for i in inspect(db.engine).get_indexes("users")}
        _user(db, 7, "again", "WS1")  # as before the revision
    finally:
        db.dispose()
