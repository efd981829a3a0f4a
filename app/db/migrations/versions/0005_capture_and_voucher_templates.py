"""capture batches pages slices and voucher templates

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 13:01:21.555716
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "capture_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=255), nullable=False),
        sa.Column("station", sa.String(length=64), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("duplex", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_capture_batches")),
    )
    op.create_table(
        "voucher_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name_zh", sa.String(length=64), nullable=False),
        sa.Column("name_en", sa.String(length=64), nullable=False),
        sa.Column("keying", sa.String(length=8), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("sample_sha", sa.String(length=64), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voucher_templates")),
        sa.UniqueConstraint("code", "version", name=op.f("uq_voucher_templates_code")),
    )
    with op.batch_alter_table("voucher_templates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_voucher_templates_code"), ["code"], unique=False)

    op.create_table(
        "captured_pages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("side", sa.String(length=5), nullable=False),
        sa.Column("source_name", sa.String(length=255), nullable=False),
        sa.Column("page_index", sa.Integer(), nullable=False),
        sa.Column("original_sha", sa.String(length=64), nullable=False),
        sa.Column("original_ext", sa.String(length=5), nullable=False),
        sa.Column("corrected_sha", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("checks", sa.Text(), nullable=False),
        sa.Column("voucher_type", sa.String(length=8), nullable=True),
        sa.Column("voucher_number", sa.String(length=20), nullable=True),
        sa.Column("copy_no", sa.Integer(), nullable=True),
        sa.Column("account", sa.String(length=32), nullable=True),
        sa.Column("amount_fen", sa.BigInteger(), nullable=True),
        sa.Column("qr_text", sa.Text(), nullable=True),
        sa.Column("decoder", sa.String(length=32), nullable=False),
        sa.Column("template_code", sa.String(length=8), nullable=True),
        sa.Column("template_version", sa.Integer(), nullable=True),
        sa.Column("rotation", sa.Integer(), nullable=False),
        sa.Column("skew_deg", sa.Float(), nullable=False),
        sa.Column("homography", sa.Text(), nullable=True),
        sa.Column("process_ms", sa.Float(), nullable=False),
        sa.Column("captured_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.String(length=64), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["capture_batches.id"], name=op.f("fk_captured_pages_batch_id_capture_batches")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_captured_pages")),
        sa.UniqueConstraint("batch_id", "seq", name=op.f("uq_captured_pages_batch_id")),
    )
    with op.batch_alter_table("captured_pages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_captured_pages_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_captured_pages_status"), ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_captured_pages_voucher_number"), ["voucher_number"], unique=False
        )

    op.create_table(
        "page_slices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("page_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("x", sa.Integer(), nullable=False),
        sa.Column("y", sa.Integer(), nullable=False),
        sa.Column("w", sa.Integer(), nullable=False),
        sa.Column("h", sa.Integer(), nullable=False),
        sa.Column("quad", sa.Text(), nullable=False),
        sa.Column("image_sha", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["page_id"],
            ["captured_pages.id"],
            name=op.f("fk_page_slices_page_id_captured_pages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_page_slices")),
        sa.UniqueConstraint("page_id", "name", name=op.f("uq_page_slices_page_id")),
    )
    with op.batch_alter_table("page_slices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_page_slices_page_id"), ["page_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("page_slices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_page_slices_page_id"))

    op.drop_table("page_slices")
    with op.batch_alter_table("captured_pages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_captured_pages_voucher_number"))
        batch_op.drop_index(batch_op.f("ix_captured_pages_status"))
        batch_op.drop_index(batch_op.f("ix_captured_pages_batch_id"))

    op.drop_table("captured_pages")
    with op.batch_alter_table("voucher_templates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_voucher_templates_code"))

    op.drop_table("voucher_templates")
    op.drop_table("capture_batches")
