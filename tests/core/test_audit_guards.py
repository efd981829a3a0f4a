"""The audit tables refuse UPDATE, DELETE and TRUNCATE: a trigger stops even the owner, and on
PostgreSQL the server's app role has no such grants (and cannot disable the trigger), while it can
run the suite's operations and the sequencer."""

from __future__ import annotations

import io
import threading
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from app import audit
from app.audit_keys import CheckpointSigner, key_paths
from app.audit_sequencer import sequence_all
from app.cli import EXIT_OK
from app.db import roles
from app.db.engine import Database
from app.errors import SuiteError
from app.rbac import Role, system_principal
from app.services import build_services
from main import build_parser

ROOT = system_principal("test")
CHANGES = (
    "UPDATE audit_log SET reason = 'x'",
    "DELETE FROM audit_log",
    "UPDATE audit_chain SET hash = 'x'",
    "DELETE FROM audit_chain",
    "UPDATE audit_checkpoints SET head_hash = 'x'",
    "DELETE FROM audit_checkpoints",
)
TRUNCATES = (
    "TRUNCATE audit_log CASCADE",
    "TRUNCATE audit_chain CASCADE",
    "TRUNCATE audit_checkpoints",
)


def signed_log(db: Database) -> CheckpointSigner:
    with db.write() as s:
        for i in range(3):
            audit.append(s, ROOT, "test.entry", "thing", i)
    signer = CheckpointSigner.load_or_create(key_paths())
    sequence_all(db, signer=signer)
    return signer


def counts(db: Database) -> tuple[int, ...]:
    with db.read() as s:
        return tuple(
            int(s.execute(text(f"SELECT count(*) FROM {t}")).scalar_one())
            for t in ("audit_log", "audit_chain", "audit_checkpoints")
        )


def test_the_audit_tables_refuse_changes_even_from_the_owner(db: Database) -> None:
    signed_log(db)
    before = counts(db)
    assert before == (3, 3, 1)
    statements = CHANGES if db.is_sqlite else CHANGES + TRUNCATES
    for statement in statements:
        with pytest.raises(DBAPIError, match="insert-only"), db.write() as s:
            s.execute(text(statement))
    assert counts(db) == before
    report = audit.verify_chain(db, public_key=CheckpointSigner.load_or_create(key_paths()).public_key)
    assert report.ok and report.checked == 3


def _pg_only(db: Database) -> None:
    if db.dialect != "postgresql":
        pytest.skip("roles are PostgreSQL's")


def test_the_app_role_has_no_grant_to_change_audit_rows(db: Database) -> None:
    _pg_only(db)
    signed_log(db)
    grant = roles.grant_app_role(db)
    assert grant.role == roles.DEFAULT_APP_ROLE and grant.audit_tables == roles.AUDIT_TABLES
    denied = (
        *CHANGES,
        *TRUNCATES,
        "ALTER TABLE audit_log DISABLE TRIGGER USER",  # only the owner may
        "UPDATE alembic_version SET version_num = '0001'",
    )
    with db.engine.connect() as conn:
        for statement in denied:
            with pytest.raises(DBAPIError, match=r"permission denied|must be owner"), conn.begin():
                conn.execute(text(f"SET LOCAL ROLE {roles.DEFAULT_APP_ROLE}"))
                conn.execute(text(statement))
        with conn.begin():  # what the server does need
            conn.execute(text(f"SET LOCAL ROLE {roles.DEFAULT_APP_ROLE}"))
            assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one() == 3
            conn.execute(text("UPDATE users SET failed_attempts = failed_attempts"))
            conn.execute(text("DELETE FROM audit_pending"))
    assert counts(db) == (3, 3, 1)


def test_the_suite_runs_as_the_app_role(db: Database, db_url: str) -> None:
    """A server connected as the app role: operations, the sequencer and its checkpoints work; the
    audit rows stay out of its reach."""
    _pg_only(db)
    roles.grant_app_role(db)
    app_db = Database(
        make_url(db_url).set(username=roles.DEFAULT_APP_ROLE).render_as_string(hide_password=False)
    )
    try:
        services = build_services(app_db)
        change = services.identity.create_user(ROOT, "teller1", "T", "Str0ng!pass", [Role.TELLER], reason="r")
        services.identity.set_active(ROOT, int(change.target_ids[0]), False, "leave")  # an UPDATE
        signer = CheckpointSigner.load_or_create(key_paths())
        assert sequence_all(app_db, signer=signer) == 2
        report = audit.verify_chain(
            app_db, public_key=signer.public_key, checkpoint_file=signer.checkpoint_file
        )
        assert report.ok and report.checked == 2 and report.checkpoints == 1
        with pytest.raises(DBAPIError, match="permission denied"), app_db.write() as s:
            s.execute(text("DELETE FROM audit_chain"))
    finally:
        app_db.dispose()


def test_creating_the_role_is_safe_when_two_processes_do_it_at_once(db: Database) -> None:
    _pg_only(db)
    name = f"banksuite_t_{uuid.uuid4().hex[:10]}"
    barrier, errors = threading.Barrier(4), []
    engine = create_engine(db.url)

    def create() -> None:
        try:
            with engine.begin() as conn:
                barrier.wait(10)
                roles.ensure_role(conn, name, login=False)
        except BaseException as exc:
            errors.append(exc)

    workers = [threading.Thread(target=create) for _ in range(4)]
    try:
        for t in workers:
            t.start()
        for t in workers:
            t.join(30)
        assert not errors
        with engine.connect() as conn:
            assert (
                conn.execute(text("SELECT count(*) FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar()
                == 1
            )
    finally:
        with engine.begin() as conn:
            conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
        engine.dispose()


def test_the_grant_refuses_what_it_cannot_restrict(db: Database) -> None:
    if db.is_sqlite:
        with pytest.raises(SuiteError, match="PostgreSQL"):
            roles.grant_app_role(db)
        return
    me = make_url(db.url).username or "postgres"
    with pytest.raises(SuiteError, match="another one"):
        roles.grant_app_role(db, me)
    with pytest.raises(SuiteError, match="plain role"):
        roles.grant_app_role(db, 'x"; DROP TABLE users; --')


def test_grant_app_role_command(db: Database, db_url: str) -> None:
    _pg_only(db)
    from app.cli import run

    out, err = io.StringIO(), io.StringIO()
    code = run(
        build_parser().parse_args(["--db", db_url, "grant-app-role", "--role", "banksuite_app"]), out, err
    )
    assert code == EXIT_OK, err.getvalue()
    only = "select and insert only on audit_log, audit_chain, audit_checkpoints, alarm_journal"
    assert only in out.getvalue()
