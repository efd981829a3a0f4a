"""stations and ingest batches

Devices stay on the workstation that owns them: ``readers.station`` names the station (workstation
code) a reader is plugged into, NULL for an unassigned reader (run by an embedded workstation).
``ingest_batches`` records every movement batch a station sent, by its idempotency key, in the
transaction that stores the batch's movements: a batch sent twice is stored once.

Capture sources are not in the database (``capture_sources`` in each workstation's settings.toml):
they need no station column.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08 09:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("readers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("station", sa.String(length=32), nullable=True))
    op.create_table(
        "ingest_batches",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("station", sa.String(length=32), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_ingest_batches")),
    )


def downgrade() -> None:
    op.drop_table("ingest_batches")
    with op.batch_alter_table("readers", schema=None) as batch_op:
        batch_op.drop_column("station")
