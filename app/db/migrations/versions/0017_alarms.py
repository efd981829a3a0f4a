"""alarms: the rule set's versions, the alarms and their journal

``alarm_rule_versions``: the alarm rule set (JSON, ``app.alarms.rules``), one row per saved version.
``alarms``: one row per raised condition, at most one open per (rule, key) (a partial unique index).
``alarm_journal``: every transition of an alarm; append-only for the server's role (``app.db.roles``).

Revision ID: 0017_alarms
Revises: 0016_one_account_per_station
Create Date: 2026-12-06 21:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017_alarms"
down_revision = "0016_one_account_per_station"
branch_labels = None
depends_on = None

OPEN = "state != 'cleared'"  # app.db.models.OPEN_ALARMS_SQL, as of this revision


def upgrade() -> None:
    op.create_table(
        "alarm_rule_versions",
        sa.Column("version", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("rules", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_alarm_rule_versions")),
    )
    op.create_table(
        "alarms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rule_code", sa.String(length=32), nullable=False),
        sa.Column("rule_version", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("key", sa.String(length=128), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("returned", sa.Boolean(), nullable=False),
        sa.Column("zone", sa.String(length=32), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("raised_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("returned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cleared_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ack_by", sa.String(length=64), nullable=False),
        sa.Column("ack_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ack_note", sa.Text(), nullable=False),
        sa.Column("shelved_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("shelved_by", sa.String(length=64), nullable=False),
        sa.Column("shelve_reason", sa.Text(), nullable=False),
        sa.Column("out_of_service", sa.Boolean(), nullable=False),
        sa.Column("oos_by", sa.String(length=64), nullable=False),
        sa.Column("oos_reason", sa.Text(), nullable=False),
        sa.Column("escalation_level", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alarms")),
    )
    with op.batch_alter_table("alarms") as batch:
        batch.create_index(batch.f("ix_alarms_raised_at"), ["raised_at"], unique=False)
        batch.create_index(
            "ux_alarms_open",
            ["rule_code", "key"],
            unique=True,
            sqlite_where=sa.text(OPEN),
            postgresql_where=sa.text(OPEN),
        )
        batch.create_index(
            "ix_alarms_open",
            ["state"],
            unique=False,
            sqlite_where=sa.text(OPEN),
            postgresql_where=sa.text(OPEN),
        )
        batch.create_index(
            "ix_alarms_shelved",
            ["shelved_until"],
            unique=False,
            sqlite_where=sa.text("shelved_until IS NOT NULL"),
            postgresql_where=sa.text("shelved_until IS NOT NULL"),
        )
    op.create_table(
        "alarm_journal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("alarm_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("transition", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["alarm_id"], ["alarms.id"], name=op.f("fk_alarm_journal_alarm_id_alarms")),
        sa.ForeignKeyConstraint(["actor_id"], ["users.id"], name=op.f("fk_alarm_journal_actor_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alarm_journal")),
    )
    with op.batch_alter_table("alarm_journal") as batch:
        batch.create_index(batch.f("ix_alarm_journal_alarm_id"), ["alarm_id"], unique=False)
        batch.create_index(batch.f("ix_alarm_journal_at"), ["at"], unique=False)


def downgrade() -> None:
    op.drop_table("alarm_journal")
    op.drop_table("alarms")
    op.drop_table("alarm_rule_versions")
