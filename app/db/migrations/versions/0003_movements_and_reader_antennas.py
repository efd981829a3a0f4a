"""movements and reader antennas

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 10:57:27.386283
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "movements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ts", sa.DateTime(timezone=True), nullable=False),
        sa.Column("tag_id", sa.String(length=64), nullable=False),
        sa.Column("zone_code", sa.String(length=32), nullable=False),
        sa.Column("reader_code", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("rssi", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_movements")),
    )
    with op.batch_alter_table("movements", schema=None) as batch_op:
        batch_op.create_index("ix_movements_tag_ts", ["tag_id", "ts"], unique=False)
        batch_op.create_index(batch_op.f("ix_movements_ts"), ["ts"], unique=False)

    op.create_table(
        "reader_antennas",
        sa.Column("reader_id", sa.Integer(), nullable=False),
        sa.Column("antenna", sa.Integer(), nullable=False),
        sa.Column("zone_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["reader_id"],
            ["readers.id"],
            name=op.f("fk_reader_antennas_reader_id_readers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["zone_id"], ["zones.id"], name=op.f("fk_reader_antennas_zone_id_zones")),
        sa.PrimaryKeyConstraint("reader_id", "antenna", name=op.f("pk_reader_antennas")),
    )


def downgrade() -> None:
    op.drop_table("reader_antennas")
    with op.batch_alter_table("movements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_movements_ts"))
        batch_op.drop_index("ix_movements_tag_ts")

    op.drop_table("movements")
