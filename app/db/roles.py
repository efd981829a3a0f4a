"""The PostgreSQL role split: the owner (who runs migrations) and the server's app role. Main thread
of the CLI (``grant-app-role``), or a test.

The tables belong to the owner. ``grant_app_role``, run with the owner's credential, creates the app
role if it is missing and grants it what the server needs in the suite's schema: SELECT, INSERT,
UPDATE and DELETE on the ordinary tables, only SELECT and INSERT on the audit tables (entries,
chain, checkpoints: no UPDATE, DELETE or TRUNCATE), read-only on ``alembic_version``, and the use of
the sequences. It is idempotent; run it again after every migration (new tables need their grants).
The app role owns nothing, so it can neither grant itself more nor disable the audit triggers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection

from app.db.engine import Database
from app.errors import SuiteError

DEFAULT_APP_ROLE = "banksuite_app"
AUDIT_TABLES = ("audit_log", "audit_chain", "audit_checkpoints", "alarm_journal")  # append-only for the app
READ_ONLY_TABLES = ("alembic_version",)
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


@dataclass(frozen=True)
class AppRoleGrant:
    role: str
    schema: str
    created: bool
    tables: int
    audit_tables: tuple[str, ...]

    def describe(self) -> str:
        made = "created" if self.created else "exists"
        return (
            f"role {self.role} ({made}): read-write on {self.tables - len(self.audit_tables)} tables of "
            f"schema {self.schema}, select and insert only on {', '.join(self.audit_tables)}"
        )


def _ident(name: str) -> str:
    if not _NAME.match(name):
        raise SuiteError(f"not a plain role or schema name: {name!r} (lower-case letters, digits, _)")
    return f'"{name}"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def ensure_role(conn: Connection, role: str, *, login: bool = True) -> bool:
    """Create ``role`` unless it exists; True if this call created it. Safe against another process
    creating it at the same moment (roles are cluster-wide)."""
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
    if exists:
        return False
    conn.execute(
        text(
            "DO $$ BEGIN "
            f"CREATE ROLE {_ident(role)} {'LOGIN' if login else 'NOLOGIN'} NOSUPERUSER NOCREATEDB "
            "NOCREATEROLE NOINHERIT; "
            "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
        )
    )
    return True


def grant_app_role(
    db: Database,
    role: str = DEFAULT_APP_ROLE,
    *,
    schema: str | None = None,
    login: bool = True,
    password: str | None = None,
) -> AppRoleGrant:
    """Create (if missing) and grant the app role in ``schema`` (default: the connection's current
    schema). Run as the tables' owner; refuses a role that would bypass the grants (a superuser, or
    the owner itself)."""
    if db.dialect != "postgresql":
        raise SuiteError("grant-app-role is for PostgreSQL (an embedded SQLite database has no roles)")
    r = _ident(role)
    with db.engine.begin() as conn:
        schema = schema or str(conn.execute(text("SELECT current_schema()")).scalar_one())
        s = _ident(schema)
        me = str(conn.execute(text("SELECT current_user")).scalar_one())
        if role == me:
            raise SuiteError(f"{role} is the role running this command: the app role must be another one")
        created = ensure_role(conn, role, login=login)
        flags = conn.execute(
            text("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = :r"), {"r": role}
        ).one()
        if flags[0]:
            raise SuiteError(f"{role} is a superuser: grants cannot restrict it")
        owned = conn.execute(
            text("SELECT count(*) FROM pg_tables WHERE schemaname = :s AND tableowner = :r"),
            {"s": schema, "r": role},
        ).scalar_one()
        if owned:
            raise SuiteError(f"{role} owns tables in {schema}: the owner cannot be restricted by grants")
        tables = [
            str(t)
            for t in conn.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = :s"), {"s": schema}
            )
            .scalars()
            .all()
        ]
        audit = tuple(t for t in AUDIT_TABLES if t in tables)
        if password is not None:
            conn.execute(text(f"ALTER ROLE {r} PASSWORD {_literal(password)}"))
        conn.execute(text(f"GRANT USAGE ON SCHEMA {s} TO {r}"))
        conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM {r}"))
        conn.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {s} TO {r}"))
        for table in audit:
            conn.execute(text(f"REVOKE UPDATE, DELETE, TRUNCATE ON {s}.{_ident(table)} FROM {r}"))
        for table in READ_ONLY_TABLES:
            if table in tables:
                conn.execute(text(f"REVOKE INSERT, UPDATE, DELETE ON {s}.{_ident(table)} FROM {r}"))
        conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {r}"))
    return AppRoleGrant(role, schema, created, len(tables), audit)
