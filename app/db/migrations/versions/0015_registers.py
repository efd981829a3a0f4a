"""phone numbers of staff and VIP customers

``people.phone`` and ``vip_customers.phone``: a mainland phone number as the register import checks
and normalizes it (``app.personal_data.phone``), empty when unknown. Personal data: lists show it
masked (``app.services.registers``).

Revision ID: 0015_registers
Revises: 0015_outage
Create Date: 2026-12-03 10:15:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_registers"
down_revision = "0015_outage"
branch_labels = None
depends_on = None

TABLES = ("people", "vip_customers")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("phone", sa.String(length=24), server_default="", nullable=False))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("phone")
