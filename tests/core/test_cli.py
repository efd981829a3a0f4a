"""Headless commands: clear errors and exit codes, passwords never printed."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import EXIT_DB, EXIT_INPUT, EXIT_OK, run
from app.db.bootstrap import open_database
from app.db.models import User
from app.errors import SuiteError
from app.services import build_services
from main import build_parser

ROOT = Path(__file__).resolve().parents[2]


def cli(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(build_parser().parse_args(list(argv)), out, err)
    return code, out.getvalue() + err.getvalue()


def test_unreachable_database_names_url_with_password_masked() -> None:
    url = "postgresql+psycopg://bank:s3cret@127.0.0.1:1/nowhere"
    code, text = cli("--db", url, "db-status")
    assert code == EXIT_DB
    assert "127.0.0.1:1/nowhere" in text and "s3cret" not in text and "***" in text


def test_garbage_url_is_a_clear_error() -> None:
    code, text = cli("--db", "not a url", "migrate")
    assert code == EXIT_DB and "error:" in text


def test_create_user_then_login(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BANKSUITE_NEW_PASSWORD", "Adm1n!pass")
    code, text = cli(
        "--db", db_url, "create-user", "--username", "chief", "--name", "主任", "--role", "admin"
    )
    assert code == EXIT_OK and "chief" in text and "Adm1n!pass" not in text
    db = open_database(db_url)
    try:
        assert build_services(db).identity.authenticate("chief", "Adm1n!pass").username == "chief"
    finally:
        db.dispose()
    code, text = cli(
        "--db", db_url, "create-user", "--username", "chief", "--name", "x", "--role", "operator"
    )
    assert code == EXIT_INPUT and "already exists" in text


def test_the_console_makes_the_first_administrator_only(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """On the server host (the owner's credential) an administrator is made only while there is none:
    after that, privileged accounts and unlocks are proposed by one administrator, approved by another."""
    monkeypatch.setenv("BANKSUITE_NEW_PASSWORD", "Adm1n!pass")
    make = ("--db", db_url, "create-user", "--name", "x", "--username")
    assert cli(*make, "first", "--role", "admin")[0] == EXIT_OK
    code, text = cli(*make, "second", "--role", "admin")
    assert code == EXIT_INPUT and "administrator exists" in text
    code, text = cli(*make, "chief", "--role", "supervisor")
    assert code == EXIT_INPUT and "approved by a second" in text
    assert cli(*make, "op", "--role", "operator")[0] == EXIT_OK  # no four-eyes role: at once
    db = open_database(db_url)
    try:
        identity = build_services(db).identity
        for _ in range(3):
            with pytest.raises(SuiteError):
                identity.authenticate("op", "wrong")
        code, text = cli("--db", db_url, "unlock-user", "--username", "op", "--reason", "phoned")
        assert code == EXIT_INPUT and "a second approves" in text  # "first" can propose it
        for _ in range(3):
            with pytest.raises(SuiteError):
                identity.authenticate("first", "wrong")
        code, text = cli("--db", db_url, "unlock-user", "--username", "first", "--reason", "locked out")
        assert code == EXIT_OK and "unlocked first" in text  # no other administrator: break-glass
        assert identity.authenticate("first", "Adm1n!pass").username == "first"
        with db.read() as s:
            users = set(s.scalars(select(User.username)))
        assert users == {"first", "op"}
    finally:
        db.dispose()


def test_seed_demo_prints_credentials_once(db_url: str) -> None:
    code, text = cli("--db", db_url, "seed-demo")
    assert code == EXIT_OK and "Demo@2026" in text and "custodian" in text
    code, text = cli("--db", db_url, "seed-demo")
    assert code == EXIT_INPUT and "already has users" in text


def test_unlock_unknown_user(db_url: str) -> None:
    code, text = cli("--db", db_url, "unlock-user", "--username", "nobody", "--reason", "x")
    assert code == EXIT_INPUT and "nobody" in text


def test_main_runs_headless_without_qt(tmp_path: Path) -> None:
    """`main.py migrate` must not import PySide6 (the core is usable on a server)."""
    env = {**os.environ, "BANKSUITE_DATA_DIR": str(tmp_path)}
    code = (
        "import sys, runpy; sys.argv=['main.py','migrate']; "
        "sys.modules['PySide6']=None; runpy.run_path('main.py', run_name='__main__')"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    from app.db.migrate import head_revision

    assert f"-> {head_revision()}" in proc.stdout


def test_migrate_names_unbound_station_accounts_and_set_user_station_binds_them(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import select, update

    from app.db.models import AuditEntry, User

    monkeypatch.setenv("BANKSUITE_NEW_PASSWORD", "St4tion!pass")
    code, _ = cli(
        "--db",
        db_url,
        "create-user",
        "--username",
        "station1",
        "--name",
        "WS1",
        "--role",
        "station",
        "--station",
        "WS1",
    )
    assert code == EXIT_OK
    db = open_database(db_url)
    try:
        with db.write() as s:  # as an account made before station binding is after migration 0013
            s.execute(update(User).where(User.username == "station1").values(station=None))
    finally:
        db.dispose()
    code, text = cli("--db", db_url, "migrate")
    assert code == EXIT_OK and "station1" in text and "set-user-station" in text
    code, text = cli(
        "--db", db_url, "set-user-station", "--username", "station1", "--station", "ws1", "--reason", "0013"
    )
    assert code == EXIT_OK and "station WS1" in text
    code, text = cli(
        "--db", db_url, "set-user-station", "--username", "nobody", "--station", "WS1", "--reason", "x"
    )
    assert code == EXIT_INPUT and "nobody" in text
    db = open_database(db_url)
    try:
        with db.read() as s:
            assert s.scalar(select(User.station).where(User.username == "station1")) == "WS1"
            assert s.scalar(select(AuditEntry.reason).where(AuditEntry.action == "user.station")) == "0013"
    finally:
        db.dispose()
    code, text = cli("--db", db_url, "migrate")
    assert code == EXIT_OK and "station1" not in text


def test_migrate_names_the_cards_that_need_a_new_pin_and_reset_pin_gives_one(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import select, update

    from app import security
    from app.db.models import Card
    from app.rbac import Role, system_principal

    db = open_database(db_url)
    try:
        services = build_services(db)
        root = system_principal("t")
        uid = int(
            services.identity.create_user(
                root, "v", "V", "Str0ng!pass", [Role.CUSTODIAN], reason="t"
            ).target_ids[0]
        )
        services.identity.issue_card(root, uid, "C0A80101", "395172", "t")
        with db.write() as s:  # as migration 0015 leaves a card whose PIN had 4 digits
            s.execute(update(Card).values(pin_hash=security.PIN_RESET))
    finally:
        db.dispose()
    code, text = cli("--db", db_url, "migrate")
    assert code == EXIT_OK and "1 card(s) need a new PIN" in text and "reset-pin" in text
    monkeypatch.setattr("sys.stdin", io.StringIO("123456\n"))
    code, text = cli("--db", db_url, "reset-pin", "--card", "c0a80101", "--reason", "renewed")
    assert code == EXIT_INPUT and "6 digits" in text
    monkeypatch.setattr("sys.stdin", io.StringIO("604829\n"))
    code, text = cli("--db", db_url, "reset-pin", "--card", "c0a80101", "--reason", "renewed")
    assert code == EXIT_OK and "C0A80101" in text
    db = open_database(db_url)
    try:
        assert build_services(db).identity.verify_card_pin("C0A80101", "604829", context="t").user_id == uid
        with db.read() as s:
            assert not security.pin_needs_reset(s.scalar(select(Card.pin_hash)) or "")
    finally:
        db.dispose()
    code, text = cli("--db", db_url, "migrate")
    assert "need a new PIN" not in text


def test_migrate_names_the_accounts_that_hold_incompatible_roles(db_url: str) -> None:
    from app.db.models import UserRole
    from app.rbac import Role, system_principal

    db = open_database(db_url)
    try:
        services = build_services(db)
        change = services.identity.create_user(
            system_principal("t"), "both", "B", "Str0ng!pass", [Role.TELLER], reason="t"
        )
        with db.write() as s:  # as an account given both roles before migration 0015
            s.add(UserRole(user_id=int(change.target_ids[0]), role_code=Role.SUPERVISOR.value))
    finally:
        db.dispose()
    code, text = cli("--db", db_url, "migrate")
    assert code == EXIT_OK and "both (supervisor + teller)" in text
