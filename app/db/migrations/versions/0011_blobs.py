"""image references indexed by SHA-256

The image service (``app.services.blobs``) decides who may download an image by what refers to it:
a request's attachment, a captured page's original or corrected image, a page's slice. It looks
those up by SHA-256 on every download, so each of these columns gets an index (without one, every
image shown is a scan of every page and slice ever captured). The bytes stay in the server's
content-addressed folder; no table holds them.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-08 10:20:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

INDEXES = (
    ("auth_attachments", "image_sha"),
    ("captured_pages", "original_sha"),
    ("captured_pages", "corrected_sha"),
    ("page_slices", "image_sha"),
)


def upgrade() -> None:
    for table, column in INDEXES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def downgrade() -> None:
    for table, column in reversed(INDEXES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_{column}"))
