"""reader protocol in the channel URL

The wire protocol of a reader lived twice: in ``readers.protocol`` and (for real readers, whose
driver read only the URL) in the URL's ``protocol=`` query. It now lives in the URL only: a URL that
names a protocol keeps it (that is what its driver used); any other gets the column's value added
as ``protocol=``; then the column is dropped. The downgrade restores the column from the URL.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 23:10:00.000000
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _query_protocol(url: str) -> str | None:
    values = parse_qs(urlsplit(url).query, keep_blank_values=True).get("protocol")
    return values[0] if values else None


def with_protocol(url: str, protocol: str) -> str:
    """``url`` naming its protocol: unchanged if it already does, else with ``protocol=`` added."""
    if _query_protocol(url) is not None:
        return url
    base, sep, fragment = url.partition("#")
    joiner = "&" if urlsplit(base).query else ("" if base.endswith("?") else "?")
    return f"{base}{joiner}protocol={protocol}{sep}{fragment}"


def upgrade() -> None:
    conn = op.get_bind()
    readers = sa.table(
        "readers", sa.column("id", sa.Integer), sa.column("url", sa.String), sa.column("protocol", sa.String)
    )
    for rid, url, protocol in conn.execute(sa.select(readers.c.id, readers.c.url, readers.c.protocol)).all():
        folded = with_protocol(url, protocol)
        if folded != url:
            conn.execute(sa.update(readers).where(readers.c.id == rid).values(url=folded))
    with op.batch_alter_table("readers", schema=None) as batch_op:
        batch_op.drop_column("protocol")


def downgrade() -> None:
    with op.batch_alter_table("readers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("protocol", sa.String(length=16), nullable=True))
    conn = op.get_bind()
    readers = sa.table(
        "readers", sa.column("id", sa.Integer), sa.column("url", sa.String), sa.column("protocol", sa.String)
    )
    for rid, url in conn.execute(sa.select(readers.c.id, readers.c.url)).all():
        conn.execute(
            sa.update(readers).where(readers.c.id == rid).values(protocol=_query_protocol(url) or "ascii")
        )
    with op.batch_alter_table("readers", schema=None) as batch_op:
        batch_op.alter_column("protocol", existing_type=sa.String(length=16), nullable=False)
