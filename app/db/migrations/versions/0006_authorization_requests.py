"""authorization requests

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 13:49:34.466046
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "auth_policy_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("policy", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auth_policy_versions")),
        sa.UniqueConstraint("version", name=op.f("uq_auth_policy_versions_version")),
    )
    op.create_table(
        "auth_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("business_type", sa.String(length=16), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.Column("account", sa.String(length=32), nullable=False),
        sa.Column("customer", sa.String(length=128), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("branch", sa.String(length=32), nullable=False),
        sa.Column("teller_id", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(length=8), nullable=False),
        sa.Column("levels_required", sa.Integer(), nullable=False),
        sa.Column("levels_done", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("claimed_by", sa.Integer(), nullable=True),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("policy_version", sa.Integer(), nullable=False),
        sa.Column("submissions", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["claimed_by"], ["users.id"], name=op.f("fk_auth_requests_claimed_by_users")),
        sa.ForeignKeyConstraint(["teller_id"], ["users.id"], name=op.f("fk_auth_requests_teller_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auth_requests")),
    )
    with op.batch_alter_table("auth_requests", schema=None) as batch_op:
        batch_op.create_index("ix_auth_requests_queue", ["status", "priority", "created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_auth_requests_teller_id"), ["teller_id"], unique=False)

    op.create_table(
        "auth_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("image_sha", sa.String(length=64), nullable=False),
        sa.Column("image_ext", sa.String(length=5), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["auth_requests.id"],
            name=op.f("fk_auth_attachments_request_id_auth_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auth_attachments")),
    )
    with op.batch_alter_table("auth_attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_auth_attachments_request_id"), ["request_id"], unique=False)

    op.create_table(
        "auth_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("authorizer_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=8), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("mode", sa.String(length=8), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["authorizer_id"], ["users.id"], name=op.f("fk_auth_decisions_authorizer_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["auth_requests.id"],
            name=op.f("fk_auth_decisions_request_id_auth_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auth_decisions")),
    )
    with op.batch_alter_table("auth_decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_auth_decisions_request_id"), ["request_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("auth_decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_auth_decisions_request_id"))

    op.drop_table("auth_decisions")
    with op.batch_alter_table("auth_attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_auth_attachments_request_id"))

    op.drop_table("auth_attachments")
    with op.batch_alter_table("auth_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_auth_requests_teller_id"))
        batch_op.drop_index("ix_auth_requests_queue")

    op.drop_table("auth_requests")
    op.drop_table("auth_policy_versions")
