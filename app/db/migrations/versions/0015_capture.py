"""captured pages: the delivery that recorded them, and the page a duplicate repeats

``captured_pages.delivery``: who handed the file over and which handing-over it was (a hot folder's
file as it lay on disk, one import of one file, one camera shot). Recording is idempotent per
delivery and page: a file retried after a fault records nothing twice. ``duplicate_of``: a page whose
original is a file already captured (the same bytes, by another delivery) is recorded as a duplicate
naming that page, instead of vanishing (the demo scanner's second round was dropped silently).

Revision ID: 0015_capture
Revises: 0015_authz
Create Date: 2026-12-03 10:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_capture"
down_revision = "0015_authz"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("captured_pages") as batch:
        batch.add_column(sa.Column("delivery", sa.String(length=64), nullable=False, server_default=""))
        batch.add_column(sa.Column("duplicate_of", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            batch.f("fk_captured_pages_duplicate_of_captured_pages"),
            "captured_pages",
            ["duplicate_of"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("captured_pages") as batch:
        batch.drop_constraint(batch.f("fk_captured_pages_duplicate_of_captured_pages"), type_="foreignkey")
        batch.drop_column("duplicate_of")
        batch.drop_column("delivery")
