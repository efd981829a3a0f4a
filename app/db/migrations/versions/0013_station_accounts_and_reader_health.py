"""station accounts and reader health

``users.station``: the one station a service account with the ``station`` role may sign in as (its
readers' movements are accepted from that station only). ``user_sessions.machine``: the machine a
session was opened from (a random id the workstation keeps), so that a station's account runs at
one machine at a time. ``reader_health``: the latest health
snapshot each station reported for each of its readers, so that every workstation (and later the
alarm engine on the server) sees readers it does not run.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 06:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("station", sa.String(length=32), nullable=True))
    with op.batch_alter_table("user_sessions") as batch:
        batch.add_column(sa.Column("machine", sa.String(length=64), nullable=False, server_default=""))
    op.create_table(
        "reader_health",
        sa.Column("reader", sa.String(length=32), nullable=False),
        sa.Column("station", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("reader", name=op.f("pk_reader_health")),
    )


def downgrade() -> None:
    op.drop_table("reader_health")
    with op.batch_alter_table("user_sessions") as batch:
        batch.drop_column("machine")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("station")
