"""authorization requests: one open request per teller, business, account and amount; images
flagged against their kind

``ux_auth_requests_open``: a partial unique index over what makes two requests "the same" (teller,
business, account, amount) among the open ones (pending, claimed, returned). Before it the service
read "is one open?" and then inserted, and two workstations sending the same request at the same
instant both read "no" and both inserted. An existing database that already holds such duplicates
cannot take the index: the upgrade stops and names them (cancel all but one, then start again).

``auth_attachments.flag``: what an image's content says against the kind the teller gave it (an ID
card that carries a voucher's QR code, a voucher shaped like an ID card...), shown to the authorizer.
Images attached before this revision are unchecked (NULL).

``ix_auth_requests_claim`` (status, priority DESC, created_at, id) replaces ``ix_auth_requests_queue``
(status, priority, created_at), which could not give "most urgent, then oldest" (one column
descending, the next ascending): PostgreSQL read and sorted every pending request for each claim
(660 ms at 1,000,000 pending). ``ix_auth_requests_offered_to``: the requests offered to one
authorizer, which claim_next takes first. ``ix_auth_requests_updated_at``: the watcher's poll (the
newest change, and the requests changed since it last looked).

Revision ID: 0015_authz
Revises: 0015_registers
Create Date: 2026-12-03 10:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_authz"
down_revision = "0015_registers"
branch_labels = None
depends_on = None

OPEN = "status IN ('claimed', 'pending', 'returned')"  # app.statuses.OPEN_REQUESTS_SQL, as of this revision
SAME = ("teller_id", "business_type", "account", "amount_fen")


def upgrade() -> None:
    duplicates = (
        op.get_bind()
        .execute(
            sa.text(
                f"SELECT {', '.join(SAME)}, COUNT(*) FROM auth_requests WHERE {OPEN} "
                f"GROUP BY {', '.join(SAME)} HAVING COUNT(*) > 1"
            )
        )
        .all()
    )
    if duplicates:
        raise RuntimeError(
            "open authorization requests sent twice (teller id, business, account, amount, count): "
            f"{[tuple(r) for r in duplicates]}; cancel all but one of each, then upgrade again"
        )
    with op.batch_alter_table("auth_requests") as batch:
        batch.create_index(
            "ux_auth_requests_open",
            list(SAME),
            unique=True,
            sqlite_where=sa.text(OPEN),
            postgresql_where=sa.text(OPEN),
        )
    with op.batch_alter_table("auth_attachments") as batch:
        batch.add_column(sa.Column("flag", sa.String(length=16), nullable=True))
    with op.batch_alter_table("auth_requests") as batch:
        batch.drop_index("ix_auth_requests_queue")
        batch.create_index(
            "ix_auth_requests_claim", ["status", sa.text("priority DESC"), "created_at", "id"], unique=False
        )
        batch.create_index("ix_auth_requests_offered_to", ["offered_to"], unique=False)
        batch.create_index("ix_auth_requests_updated_at", ["updated_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("auth_requests") as batch:
        batch.drop_index("ix_auth_requests_updated_at")
        batch.drop_index("ix_auth_requests_offered_to")
        batch.drop_index("ix_auth_requests_claim")
        batch.create_index("ix_auth_requests_queue", ["status", "priority", "created_at"], unique=False)
    with op.batch_alter_table("auth_attachments") as batch:
        batch.drop_column("flag")
    with op.batch_alter_table("auth_requests") as batch:
        batch.drop_index("ux_auth_requests_open")
