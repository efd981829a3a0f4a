"""who uploaded which image

``blob_uploads``: one row per image (SHA-256) and user who uploaded it through the image service (no
user: the system). The uploader may download their own uploads; a request may attach, and a captured
page record, only images its teller or capturer uploaded (or, for a request, images already on one of
that teller's requests): naming someone else's image by its hash no longer makes it visible.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 09:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "blob_uploads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("uploader_id", sa.Integer(), nullable=True),
        sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["uploader_id"], ["users.id"], name=op.f("fk_blob_uploads_uploader_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_blob_uploads")),
        sa.UniqueConstraint("sha256", "uploader_id", name=op.f("uq_blob_uploads_sha256")),
    )
    with op.batch_alter_table("blob_uploads") as batch:
        batch.create_index(batch.f("ix_blob_uploads_sha256"), ["sha256"], unique=False)
        batch.create_index(batch.f("ix_blob_uploads_uploader_id"), ["uploader_id"], unique=False)


def downgrade() -> None:
    op.drop_table("blob_uploads")
