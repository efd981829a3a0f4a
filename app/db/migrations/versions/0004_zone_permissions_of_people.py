"""zone permissions of people

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 11:40:45.126841
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person_zone_permissions",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("zone_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_person_zone_permissions_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["zone_id"],
            ["zones.id"],
            name=op.f("fk_person_zone_permissions_zone_id_zones"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", "zone_id", name=op.f("pk_person_zone_permissions")),
    )


def downgrade() -> None:
    op.drop_table("person_zone_permissions")
