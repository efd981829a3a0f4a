"""Schema migrations: models match the newest revision, and an older schema upgrades without loss."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from app import audit
from app.audit_sequencer import sequence_all
from app.db import migrate
from app.db.base import Base, UTCDateTime, utcnow
from app.db.bootstrap import ensure_reference_data, open_database
from app.db.engine import Database
from app.rbac import system_principal
from app.services import build_services
from hardware.channels import parse_reader


def test_models_match_the_newest_migration(db: Database) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []
    assert migrate.current_revision(db) == migrate.head_revision()


def legacy_audit_entry(s: Session, seq: int, action: str, target: str, reason: str) -> str:
    """An entry as the versions before the sequencer wrote it (number, hashes and head row inline)."""
    prev = s.execute(text("SELECT last_hash FROM audit_head WHERE id = 1")).scalar_one()
    ts = utcnow()
    digest = audit.entry_hash(
        prev, seq, ts, None, "old-version", action, "user", target, reason, "null", "null"
    )
    s.execute(
        text(
            "INSERT INTO audit_log (seq, ts, actor_id, actor_name, action, target_type, target_id, "
            "reason, before_json, after_json, prev_hash, hash) VALUES (:seq, :ts, NULL, 'old-version', "
            ":action, 'user', :target, :reason, 'null', 'null', :prev, :hash)"
        ).bindparams(bindparam("ts", type_=UTCDateTime())),
        {
            "seq": seq,
            "ts": ts,
            "action": action,
            "target": target,
            "reason": reason,
            "prev": prev,
            "hash": digest,
        },
    )
    s.execute(text("UPDATE audit_head SET last_seq = :seq, last_hash = :hash"), {"seq": seq, "hash": digest})
    return str(digest)


def test_upgrade_from_the_first_schema_keeps_data(db_url: str) -> None:
    old = Database(db_url)
    migrate.upgrade(old, "0001")
    assert migrate.current_revision(old) == "0001"
    ensure_reference_data(old)
    # Data written by a 0001-era install: a user with a role, and audited.
    with old.write() as s:
        s.execute(
            text(
                "INSERT INTO users (id, username, display_name, password_hash, active, outsourced, "
                "failed_attempts, created_at) VALUES (7, 'legacy', '老用户', 'scrypt$14$8$1$AA==$AA==', "
                ":t, :f, 2, CURRENT_TIMESTAMP)"
            ),
            {"t": True, "f": False},
        )
        s.execute(text("INSERT INTO user_roles (user_id, role_code) VALUES (7, 'teller')"))
        legacy_audit_entry(s, 1, "user.create", "7", "legacy")
        head = legacy_audit_entry(s, 2, "user.roles", "7", "promoted")
    old.dispose()

    upgraded = open_database(db_url)  # what the app does at start-up
    try:
        assert migrate.current_revision(upgraded) == migrate.head_revision()
        with upgraded.read() as s:
            row = s.execute(
                text("SELECT username, display_name, failed_attempts FROM users WHERE id = 7")
            ).one()
            assert tuple(row) == ("legacy", "老用户", 2)
            assert s.execute(text("SELECT role_code FROM user_roles WHERE user_id = 7")).scalar() == "teller"
            assert s.execute(text("SELECT count(*) FROM cards")).scalar() == 0  # new table is there
        report = audit.verify_chain(upgraded)  # the chain of the old version goes on, hashes and all
        assert report.ok and report.checked == 2 and report.pending == 0 and report.head_hash == head
        services = build_services(upgraded)
        users = services.identity.list_users(system_principal("t"))
        assert [u.username for u in users] == ["legacy"]
        change = services.identity.unlock_user(system_principal("t"), 7, "after the upgrade")
        assert change.audit_id == 3  # ids go on after the old numbers
        assert sequence_all(upgraded) == 1
        report = audit.verify_chain(upgraded)
        assert report.ok and report.checked == 3
    finally:
        upgraded.dispose()


def test_sqlite_upgrade_writes_a_backup_first(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    old = Database(url)
    migrate.upgrade(old, "0001")
    old.dispose()
    open_database(url).dispose()
    backups = list(tmp_path.glob("old.db.pre-*.bak"))
    assert len(backups) == 1 and backups[0].stat().st_size > 0


def test_upgrade_is_idempotent(db: Database) -> None:
    before, after = migrate.upgrade(db)
    assert before == after == migrate.head_revision()


def test_0008_folds_the_reader_protocol_into_the_channel_url(db_url: str) -> None:
    old = Database(db_url)
    migrate.upgrade(old, "0007")
    with old.write() as s:
        s.execute(
            text(
                "INSERT INTO sites (id, code, name_zh, name_en, kind) "
                "VALUES (1, 'S', '网点', 'Site', 'branch')"
            )
        )
        s.execute(
            text(
                "INSERT INTO floorplans (id, site_id, code, name_zh, name_en, file, width, height) "
                "VALUES (1, 1, 'F', '一层', 'Ground', 'f.svg', 100, 100)"
            )
        )
        s.execute(
            text(
                "INSERT INTO zones (id, code, floorplan_id, name_zh, name_en, kind, restricted, "
                "polygon_json) VALUES (1, 'Z', 1, '大厅', 'Hall', 'hall', :f, '[]')"
            ),
            {"f": False},
        )
        rows = [
            (1, "R1", "sim://reader/R1", "binary"),  # the column was the only place: it moves into the URL
            (2, "R2", "serial:///dev/ttyUSB0?protocol=ascii", "binary"),  # the URL is what its driver used
            (3, "R3", "tcp://10.0.0.5:4001", "ascii"),
            (4, "R4", "serial:///dev/ttyS1?baud=9600", "binary"),
            (5, "R5", "sim://reader/R5?protocol=ascii", "binary"),  # the simulator spoke the column's
            (6, "R6", " tcp://10.0.0.6:4001?PROTOCOL=ASCII&", "binary"),  # spelled loosely: normalized
            (7, "R7", "tcp://admin:secret@10.0.0.7:4001", "ascii"),  # no driver used them: removed
        ]
        for rid, code, url, protocol in rows:
            s.execute(
                text(
                    "INSERT INTO readers (id, code, zone_id, name_zh, name_en, url, protocol, x, y, enabled) "
                    "VALUES (:id, :code, 1, 'r', 'r', :url, :protocol, 1, 1, :t)"
                ),
                {"id": rid, "code": code, "url": url, "protocol": protocol, "t": True},
            )
        s.execute(text("INSERT INTO reader_antennas (reader_id, antenna, zone_id) VALUES (1, 2, 1)"))
    old.dispose()

    upgraded = open_database(db_url)
    try:
        with upgraded.read() as s:
            urls = dict(s.execute(text("SELECT code, url FROM readers")).all())
        assert urls == {
            "R1": "sim://reader/R1?protocol=binary",
            "R2": "serial:///dev/ttyUSB0?protocol=ascii",
            "R3": "tcp://10.0.0.5:4001?protocol=ascii",
            "R4": "serial:///dev/ttyS1?baud=9600&protocol=binary",
            "R5": "sim://reader/R5?protocol=binary",
            "R6": "tcp://10.0.0.6:4001?protocol=ascii",
            "R7": "tcp://10.0.0.7:4001?protocol=ascii",
        }
        assert [parse_reader(url).protocol for _, url in sorted(urls.items())] == [
            "binary",
            "ascii",
            "ascii",
            "binary",
            "binary",
            "ascii",
            "ascii",
        ]
        with upgraded.read() as s:  # rebuilding the table on SQLite kept what refers to it
            assert s.execute(text("SELECT reader_id, antenna, zone_id FROM reader_antennas")).all() == [
                (1, 2, 1)
            ]
        migrate.downgrade(upgraded, "0007")  # and back: the column comes back from the URL
        with upgraded.read() as s:
            back = dict(s.execute(text("SELECT code, protocol FROM readers")).all())
        assert back == {
            "R1": "binary",
            "R2": "ascii",
            "R3": "ascii",
            "R4": "binary",
            "R5": "binary",
            "R6": "ascii",
            "R7": "ascii",
        }
        with upgraded.read() as s:
            assert s.execute(text("SELECT reader_id, antenna, zone_id FROM reader_antennas")).all() == [
                (1, 2, 1)
            ]
    finally:
        upgraded.dispose()


def test_a_migration_that_leaves_a_dangling_reference_is_refused_and_rolled_back(db: Database) -> None:
    if not db.is_sqlite:
        pytest.skip("PostgreSQL enforces foreign keys during the migration itself")
    with pytest.raises(RuntimeError, match="dangling reference"), migrate._migrating(db) as cfg:
        conn = cfg.attributes["connection"]
        conn.execute(text("INSERT INTO reader_antennas (reader_id, antenna, zone_id) VALUES (999, 1, 999)"))
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM reader_antennas WHERE reader_id = 999")).scalar() == 0
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1  # enforcement is back on the pool


def test_0009_moves_the_chain_out_of_the_entries_and_back(db: Database) -> None:
    with db.write() as s:
        for i in range(3):
            audit.append(s, system_principal("t"), "test.entry", "thing", i, reason=f"#{i}")
    sequence_all(db)
    with db.write() as s:  # one still pending: the downgrade chains it
        audit.append(s, system_principal("t"), "test.entry", "thing", 3, reason="#3")
    migrate.downgrade(db, "0008")
    with db.read() as s:
        rows = s.execute(
            text(
                "SELECT seq, ts, actor_id, actor_name, action, target_type, target_id, reason, before_json, "
                "after_json, prev_hash, hash FROM audit_log ORDER BY seq"
            ).columns(ts=UTCDateTime())
        ).all()
        head = s.execute(text("SELECT last_seq, last_hash FROM audit_head")).one()
    prev = audit.GENESIS
    for row in rows:  # the 0008 chain, as that version verified it
        assert row.prev_hash == prev and row.hash == audit.entry_hash(prev, *row[:10])
        prev = row.hash
    assert [r.seq for r in rows] == [1, 2, 3, 4] and tuple(head) == (4, prev)
    migrate.upgrade(db)
    report = audit.verify_chain(db)
    assert report.ok and report.checked == 4 and report.pending == 0 and report.head_hash == prev


def test_0010_gives_readers_a_station_and_adds_ingest_batches(db_url: str) -> None:
    old = Database(db_url)
    migrate.upgrade(old, "0008")
    with old.write() as s:
        s.execute(
            text("INSERT INTO sites (id, code, name_zh, name_en, kind) VALUES (1, 'S', 'S', 'S', 'branch')")
        )
        s.execute(
            text(
                "INSERT INTO floorplans (id, site_id, code, name_zh, name_en, file, width, height) "
                "VALUES (1, 1, 'F', 'F', 'F', 'f.svg', 100, 100)"
            )
        )
        s.execute(
            text(
                "INSERT INTO zones (id, code, floorplan_id, name_zh, name_en, kind, restricted, "
                "polygon_json) VALUES (1, 'Z', 1, 'Z', 'Z', 'hall', :f, '[]')"
            ),
            {"f": False},
        )
        s.execute(
            text(
                "INSERT INTO readers (id, code, zone_id, name_zh, name_en, url, x, y, enabled) "
                "VALUES (1, 'R1', 1, 'r', 'r', 'sim://reader/R1?protocol=ascii', 1, 1, :t)"
            ),
            {"t": True},
        )
    old.dispose()
    upgraded = open_database(db_url)
    try:
        with upgraded.read() as s:  # an existing reader is unassigned: an embedded install keeps running it
            assert s.execute(text("SELECT code, station FROM readers")).all() == [("R1", None)]
            assert s.execute(text("SELECT count(*) FROM ingest_batches")).scalar() == 0
        migrate.downgrade(upgraded, "0008")
        with upgraded.read() as s:
            assert s.execute(text("SELECT code, url FROM readers")).all() == [
                ("R1", "sim://reader/R1?protocol=ascii")
            ]
        migrate.upgrade(upgraded)
        assert migrate.current_revision(upgraded) == migrate.head_revision()
    finally:
        upgraded.dispose()


def test_0013_binds_an_existing_station_account_to_the_one_station_its_sessions_name(db_url: str) -> None:
    """A bank on 0012 with station accounts (the demo's ``station1``, ``create-user --role station``):
    one whose sessions all name one station (in any case) is bound to it; one that signed in at two
    stations, one that never signed in, and a person stay unbound."""
    old = Database(db_url)
    migrate.upgrade(old, "0012")
    with old.write() as s:
        s.execute(
            text(
                "INSERT INTO roles (code, name_zh, name_en) "
                "VALUES ('station', 's', 's'), ('teller', 't', 't')"
            )
        )
        for uid, name, roles, stations in (
            (1, "station1", ["station"], ["ws1", "WS1 "]),
            (2, "station2", ["station"], ["WS1", "WS2"]),
            (3, "station3", ["station"], []),
            (4, "amy", ["teller"], ["WS1"]),
            (5, "odd", ["station", "teller"], ["WS1"]),  # not a service account (it holds a person's role)
        ):
            s.execute(
                text(
                    "INSERT INTO users (id, username, display_name, password_hash, active, outsourced, "
                    "failed_attempts, created_at) VALUES (:id, :n, :n, 'x', :t, :f, 0, CURRENT_TIMESTAMP)"
                ),
                {"id": uid, "n": name, "t": True, "f": False},
            )
            for role in roles:
                s.execute(
                    text("INSERT INTO user_roles (user_id, role_code) VALUES (:u, :r)"), {"u": uid, "r": role}
                )
            for i, station in enumerate(stations):
                s.execute(
                    text(
                        "INSERT INTO user_sessions (token_hash, user_id, station, method, created_at, "
                        "last_seen_at, expires_at, revoked_why) VALUES (:h, :u, :s, 'password', "
                        "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '')"
                    ),
                    {"h": f"{uid}-{i}", "u": uid, "s": station},
                )
    try:
        migrate.upgrade(old, "0013")
        with old.read() as s:
            bound = dict(s.execute(text("SELECT username, station FROM users")).all())
        assert bound == {"station1": "WS1", "station2": None, "station3": None, "amy": None, "odd": None}
        migrate.downgrade(old, "0012")
        migrate.upgrade(old)
        assert migrate.current_revision(old) == migrate.head_revision()
    finally:
        old.dispose()
