"""reader outages in the tracking history

``reader_events``: every change of a reader's link state its station reports (an outage: connected
to stale or disconnected; the recovery: back to connected), with when the suite learned of it and the
reader's last good frame then. Playback shows each reader's state at any moment from it.

Revision ID: 0015_outage
Revises: 0014
Create Date: 2026-12-03 10:05:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_outage"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reader_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reader", sa.String(length=32), nullable=False),
        sa.Column("station", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("last_frame_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("detail", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reader_events")),
    )
    with op.batch_alter_table("reader_events") as batch:
        batch.create_index(batch.f("ix_reader_events_at"), ["at"], unique=False)
        batch.create_index("ix_reader_events_reader_at", ["reader", "at"], unique=False)


def downgrade() -> None:
    op.drop_table("reader_events")
