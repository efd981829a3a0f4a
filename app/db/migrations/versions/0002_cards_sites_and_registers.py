"""cards, sites and registers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 10:37:10.698090
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sites",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name_zh", sa.String(length=128), nullable=False),
        sa.Column("name_en", sa.String(length=128), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sites")),
        sa.UniqueConstraint("code", name=op.f("uq_sites_code")),
    )
    op.create_table(
        "tags",
        sa.Column("tag_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("tag_id", name=op.f("pk_tags")),
    )
    op.create_table(
        "archive_folders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_no", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=128), nullable=False),
        sa.Column("tag_id", sa.String(length=64), nullable=True),
        sa.Column("post", sa.String(length=64), nullable=False),
        sa.Column("shelf", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.tag_id"], name=op.f("fk_archive_folders_tag_id_tags")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_archive_folders")),
        sa.UniqueConstraint("customer_no", "title", name=op.f("uq_archive_folders_customer_no")),
        sa.UniqueConstraint("tag_id", name=op.f("uq_archive_folders_tag_id")),
    )
    op.create_table(
        "cards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("card_uid", sa.String(length=64), nullable=False),
        sa.Column("holder_id", sa.Integer(), nullable=False),
        sa.Column("pin_hash", sa.String(length=255), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("failed_pins", sa.Integer(), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("locked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("blacklisted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["holder_id"], ["users.id"], name=op.f("fk_cards_holder_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cards")),
        sa.UniqueConstraint("card_uid", name=op.f("uq_cards_card_uid")),
    )
    op.create_table(
        "floorplans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name_zh", sa.String(length=128), nullable=False),
        sa.Column("name_en", sa.String(length=128), nullable=False),
        sa.Column("file", sa.String(length=255), nullable=False),
        sa.Column("width", sa.Float(), nullable=False),
        sa.Column("height", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_floorplans_site_id_sites")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_floorplans")),
        sa.UniqueConstraint("code", name=op.f("uq_floorplans_code")),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("id_number", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("department", sa.String(length=64), nullable=False),
        sa.Column("post", sa.String(length=64), nullable=False),
        sa.Column("tag_id", sa.String(length=64), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("site_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_people_site_id_sites")),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.tag_id"], name=op.f("fk_people_tag_id_tags")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_people_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
        sa.UniqueConstraint("id_number", name=op.f("uq_people_id_number")),
        sa.UniqueConstraint("tag_id", name=op.f("uq_people_tag_id")),
    )
    op.create_table(
        "cash_boxes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("tag_id", sa.String(length=64), nullable=True),
        sa.Column("assigned_person_id", sa.Integer(), nullable=True),
        sa.Column("site_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assigned_person_id"], ["people.id"], name=op.f("fk_cash_boxes_assigned_person_id_people")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_cash_boxes_site_id_sites")),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.tag_id"], name=op.f("fk_cash_boxes_tag_id_tags")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_boxes")),
        sa.UniqueConstraint("code", name=op.f("uq_cash_boxes_code")),
        sa.UniqueConstraint("tag_id", name=op.f("uq_cash_boxes_tag_id")),
    )
    op.create_table(
        "vip_customers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("honorific", sa.String(length=16), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("tag_id", sa.String(length=64), nullable=True),
        sa.Column("manager_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["manager_id"], ["people.id"], name=op.f("fk_vip_customers_manager_id_people")
        ),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.tag_id"], name=op.f("fk_vip_customers_tag_id_tags")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vip_customers")),
        sa.UniqueConstraint("tag_id", name=op.f("uq_vip_customers_tag_id")),
    )
    op.create_table(
        "zones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("floorplan_id", sa.Integer(), nullable=False),
        sa.Column("name_zh", sa.String(length=128), nullable=False),
        sa.Column("name_en", sa.String(length=128), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("restricted", sa.Boolean(), nullable=False),
        sa.Column("polygon_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["floorplan_id"], ["floorplans.id"], name=op.f("fk_zones_floorplan_id_floorplans")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_zones")),
        sa.UniqueConstraint("code", name=op.f("uq_zones_code")),
    )
    op.create_table(
        "assets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asset_type", sa.String(length=32), nullable=False),
        sa.Column("serial", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("tag_id", sa.String(length=64), nullable=True),
        sa.Column("responsible_id", sa.Integer(), nullable=True),
        sa.Column("home_zone_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["home_zone_id"], ["zones.id"], name=op.f("fk_assets_home_zone_id_zones")),
        sa.ForeignKeyConstraint(
            ["responsible_id"], ["people.id"], name=op.f("fk_assets_responsible_id_people")
        ),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.tag_id"], name=op.f("fk_assets_tag_id_tags")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assets")),
        sa.UniqueConstraint("serial", name=op.f("uq_assets_serial")),
        sa.UniqueConstraint("tag_id", name=op.f("uq_assets_tag_id")),
    )
    op.create_table(
        "readers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("zone_id", sa.Integer(), nullable=False),
        sa.Column("name_zh", sa.String(length=128), nullable=False),
        sa.Column("name_en", sa.String(length=128), nullable=False),
        sa.Column("url", sa.String(length=255), nullable=False),
        sa.Column("protocol", sa.String(length=16), nullable=False),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["zone_id"], ["zones.id"], name=op.f("fk_readers_zone_id_zones")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_readers")),
        sa.UniqueConstraint("code", name=op.f("uq_readers_code")),
    )


def downgrade() -> None:
    op.drop_table("readers")
    op.drop_table("assets")
    op.drop_table("zones")
    op.drop_table("vip_customers")
    op.drop_table("cash_boxes")
    op.drop_table("people")
    op.drop_table("floorplans")
    op.drop_table("cards")
    op.drop_table("archive_folders")
    op.drop_table("tags")
    op.drop_table("sites")
