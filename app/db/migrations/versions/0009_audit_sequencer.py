"""audit sequencer: unsequenced entries, an insert-only chain, signed checkpoints, tamper refusal

Until now every audited write locked the single ``audit_head`` row until its commit and computed its
entry's chain position and hash inline. Now an entry is inserted with an immutable id (identity /
SQLite AUTOINCREMENT) and no chain position, plus a row in ``audit_pending``; the sequencer
(``app.audit_sequencer``) later chains committed entries into ``audit_chain`` (seq, entry_id,
prev_hash, hash) and signs ``audit_checkpoints``. The entries chained so far keep their hashes: each
becomes the chain link of the same number (its id = its seq), hashed by the same formula. The head
row goes.

An entry's queue row is made by the database itself: an AFTER INSERT trigger on ``audit_log``
inserts it (so an operation's append is one statement, and no entry can skip the queue).
``audit_log``, ``audit_chain`` and ``audit_checkpoints`` refuse UPDATE, DELETE and TRUNCATE with
triggers (PostgreSQL: a row trigger and a statement trigger calling ``audit_refuse_change()``;
SQLite: BEFORE UPDATE / DELETE triggers; SQLite has no TRUNCATE, and its DELETE without WHERE fires
row triggers). A later migration that rebuilds one of these tables on SQLite (batch mode: copy, drop,
rename) must create the triggers again (tests/core/test_audit_guards.py checks them at the head).

The downgrade chains any entry still pending (same formula, copied below as of this revision), puts
the chain position and hashes back into ``audit_log`` and restores the head row; checkpoints are
dropped.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 09:00:00.000000
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

GUARDED = ("audit_log", "audit_chain", "audit_checkpoints")

PG_FUNCTIONS = (
    """
CREATE OR REPLACE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit rows are insert-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$
""",
    """
CREATE OR REPLACE FUNCTION audit_queue_entry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_pending (entry_id) VALUES (NEW.id);
    RETURN NULL;
END
$$
""",
)


def _create_guards() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for function in PG_FUNCTIONS:
            op.execute(function)
        op.execute(
            "CREATE TRIGGER audit_log_queue AFTER INSERT ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION audit_queue_entry()"
        )
        for table in GUARDED:
            op.execute(
                f"CREATE TRIGGER {table}_insert_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()"
            )
            op.execute(
                f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()"
            )
        return
    op.execute(
        "CREATE TRIGGER audit_log_queue AFTER INSERT ON audit_log BEGIN "
        "INSERT INTO audit_pending (entry_id) VALUES (NEW.id); END"
    )
    for table in GUARDED:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} BEGIN "
                f"SELECT RAISE(ABORT, 'audit rows are insert-only: {verb} on {table} refused'); END"
            )


def _drop_guards() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_queue ON audit_log")
        for table in GUARDED:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_insert_only ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
        op.execute("DROP FUNCTION IF EXISTS audit_queue_entry()")
        op.execute("DROP FUNCTION IF EXISTS audit_refuse_change()")
        return
    op.execute("DROP TRIGGER IF EXISTS audit_log_queue")
    for table in GUARDED:
        for verb in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}")


ENTRY_COLUMNS = (
    "ts",
    "actor_id",
    "actor_name",
    "action",
    "target_type",
    "target_id",
    "reason",
    "before_json",
    "after_json",
)


def _entry_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("ts", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sa.String(length=128), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("target_type", sa.String(length=64), nullable=False),
        sa.Column("target_id", sa.String(length=128), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("before_json", sa.Text(), nullable=False),
        sa.Column("after_json", sa.Text(), nullable=False),
    ]


def _entry_indexes() -> None:
    op.create_index(op.f("ix_audit_log_action"), "audit_log", ["action"], unique=False)
    op.create_index(op.f("ix_audit_log_ts"), "audit_log", ["ts"], unique=False)


def upgrade() -> None:
    fields = ", ".join(ENTRY_COLUMNS)
    # the 0008 log, set aside (a plain copy: its constraint and index names are free again)
    op.execute("CREATE TABLE audit_log_0008 AS SELECT * FROM audit_log")
    op.drop_index(op.f("ix_audit_log_ts"), table_name="audit_log")
    op.drop_index(op.f("ix_audit_log_action"), table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_table("audit_head")

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), sa.Identity(), nullable=False),
        *_entry_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
        sqlite_autoincrement=True,
    )
    _entry_indexes()
    op.create_table(
        "audit_chain",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["audit_log.id"], name=op.f("fk_audit_chain_entry_id_audit_log")
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_chain")),
        sa.UniqueConstraint("entry_id", name=op.f("uq_audit_chain_entry_id")),
    )
    op.create_table(
        "audit_pending",
        sa.Column("entry_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["audit_log.id"], name=op.f("fk_audit_pending_entry_id_audit_log")
        ),
        sa.PrimaryKeyConstraint("entry_id", name=op.f("pk_audit_pending")),
    )
    op.create_table(
        "audit_checkpoints",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("head_hash", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("key_id", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_checkpoints")),
    )
    # every entry so far was chained: its id is its number, its hashes become its chain link
    op.execute(f"INSERT INTO audit_log (id, {fields}) SELECT seq, {fields} FROM audit_log_0008")
    op.execute(
        "INSERT INTO audit_chain (seq, entry_id, prev_hash, hash) "
        "SELECT seq, seq, prev_hash, hash FROM audit_log_0008"
    )
    op.drop_table("audit_log_0008")
    if op.get_bind().dialect.name == "postgresql":  # the identity continues after the copied ids
        op.execute(
            "SELECT setval(pg_get_serial_sequence('audit_log', 'id'), "
            "(SELECT COALESCE(MAX(id), 0) + 1 FROM audit_log), false)"
        )
    _create_guards()


# -- downgrade: the hash formula as of this revision (app.audit.entry_hash) -------------------------
GENESIS = "0" * 64


def _canonical_json(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def _ts(value: object) -> datetime:
    ts = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return ts.replace(tzinfo=UTC) if ts.tzinfo is None else ts.astimezone(UTC)


def _hash(prev: str, seq: int, row: sa.Row[tuple[object, ...]]) -> str:
    body = _canonical_json(
        [
            seq,
            _ts(row.ts).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            row.actor_id,
            row.actor_name,
            row.action,
            row.target_type,
            row.target_id,
            row.reason,
            row.before_json,
            row.after_json,
        ]
    )
    return hashlib.sha256((prev + body).encode("utf-8")).hexdigest()


def _chain_pending(conn: sa.Connection) -> tuple[int, str]:
    """Chain every entry without a link (in id order) and return the head (seq, hash)."""
    head = conn.execute(sa.text("SELECT seq, hash FROM audit_chain ORDER BY seq DESC LIMIT 1")).first()
    seq, prev = (int(head[0]), str(head[1])) if head else (0, GENESIS)
    rows = conn.execute(
        sa.text(
            f"SELECT e.id, {', '.join('e.' + c for c in ENTRY_COLUMNS)} FROM audit_log e "
            "LEFT JOIN audit_chain c ON c.entry_id = e.id WHERE c.seq IS NULL ORDER BY e.id"
        )
    ).all()
    for row in rows:
        seq += 1
        digest = _hash(prev, seq, row)
        conn.execute(
            sa.text("INSERT INTO audit_chain (seq, entry_id, prev_hash, hash) VALUES (:s, :e, :p, :h)"),
            {"s": seq, "e": row.id, "p": prev, "h": digest},
        )
        prev = digest
    return seq, prev


def downgrade() -> None:
    conn = op.get_bind()
    fields = ", ".join(ENTRY_COLUMNS)
    _drop_guards()
    head_seq, head_hash = _chain_pending(conn)
    op.execute(
        f"CREATE TABLE audit_log_0009 AS SELECT c.seq AS seq, {', '.join('e.' + c for c in ENTRY_COLUMNS)}, "
        "c.prev_hash AS prev_hash, c.hash AS hash FROM audit_chain c JOIN audit_log e ON e.id = c.entry_id"
    )
    op.drop_table("audit_checkpoints")
    op.drop_table("audit_pending")
    op.drop_table("audit_chain")
    op.drop_index(op.f("ix_audit_log_ts"), table_name="audit_log")
    op.drop_index(op.f("ix_audit_log_action"), table_name="audit_log")
    op.drop_table("audit_log")

    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    op.bulk_insert(head, [{"id": 1, "last_seq": head_seq, "last_hash": head_hash}])
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        *_entry_columns(),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_log")),
    )
    _entry_indexes()
    op.execute(
        f"INSERT INTO audit_log (seq, {fields}, prev_hash, hash) "
        f"SELECT seq, {fields}, prev_hash, hash FROM audit_log_0009"
    )
    op.drop_table("audit_log_0009")
