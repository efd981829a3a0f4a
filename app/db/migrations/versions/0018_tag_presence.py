"""who is where now: each tag's newest movement

``tag_presence``: one row per tag, its newest movement by (ts, id), the ranking the "who is where"
read always used. That read (every station's and workstation's start, every playback's start)
ranked every movement ever stored, and ``movements`` grows without bound. The suite keeps the table
in the transaction that stores the movements; this revision fills it once from the movements there
are (one ranking, the last one).

Revision ID: 0018_tag_presence
Revises: 0017_alarms
Create Date: 2026-12-06 21:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018_tag_presence"
down_revision = "0017_alarms"
branch_labels = None
depends_on = None

# app.tracking.store.presence_at's order as of this revision: newest by time, ties by id
FILL = """
INSERT INTO tag_presence (tag_id, movement_id, ts, zone_code, kind)
SELECT tag_id, id, ts, zone_code, kind FROM (
    SELECT id, tag_id, ts, zone_code, kind,
           row_number() OVER (PARTITION BY tag_id ORDER BY ts DESC, id DESC) AS rank
    FROM movements
) AS ranked
WHERE rank = 1
"""


def upgrade() -> None:
    op.create_table(
        "tag_presence",
        sa.Column("tag_id", sa.String(length=64), nullable=False),
        sa.Column("movement_id", sa.Integer(), nullable=False),
        sa.Column("ts", sa.DateTime(timezone=True), nullable=False),
        sa.Column("zone_code", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.PrimaryKeyConstraint("tag_id", name=op.f("pk_tag_presence")),
        sqlite_with_rowid=False,
    )
    op.execute(FILL)


def downgrade() -> None:
    op.drop_table("tag_presence")
