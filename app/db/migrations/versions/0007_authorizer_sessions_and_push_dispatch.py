"""authorizer sessions and push dispatch

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 14:05:17.031827
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "authorizer_sessions",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("workstation", sa.String(length=64), nullable=False),
        sa.Column("skills", sa.Text(), nullable=False),
        sa.Column("signed_in_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_authorizer_sessions_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_authorizer_sessions")),
    )
    with op.batch_alter_table("auth_requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("offered_to", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("offered_until", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_auth_requests_offered_to_users"), "users", ["offered_to"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("auth_requests", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_auth_requests_offered_to_users"), type_="foreignkey")
        batch_op.drop_column("offered_until")
        batch_op.drop_column("offered_to")

    op.drop_table("authorizer_sessions")
