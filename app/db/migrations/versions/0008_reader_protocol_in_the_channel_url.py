"""reader protocol in the channel URL

The wire protocol of a reader lived twice: in ``readers.protocol`` and (for real readers, whose
driver read only the URL) in the URL's ``protocol=`` query. It now lives in the URL only. What each
driver actually used decides: a simulated reader (``sim://``) always spoke the column's protocol; a
real reader spoke its URL's ``protocol=`` if that names a known protocol, else the column's. The
URL is stripped and its query rebuilt with that one ``protocol=``; a user name or password in it
(which no driver ever used, and which a channel URL may not carry) is removed. Then the column is
dropped. The downgrade restores the column from the URL.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 23:10:00.000000
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


PROTOCOLS = ("ascii", "binary")  # the wire protocols as of this revision


def _protocols(url: str) -> list[str]:
    query = urlsplit(url.strip()).query
    return [v for k, v in parse_qsl(query, keep_blank_values=True) if k.lower() == "protocol"]


def _query_protocol(url: str) -> str | None:
    values = _protocols(url)
    return values[0] if values else None


def with_protocol(url: str, column: str) -> str:
    """``url`` naming the protocol its driver spoke (see the module docstring), exactly once."""
    url = url.strip()
    netloc = urlsplit(url).netloc
    if "@" in netloc:
        url = url.replace(netloc, netloc.rsplit("@", 1)[1], 1)
    scheme = urlsplit(url).scheme
    named = _protocols(url)
    spoken = named[0].strip().lower() if named else ""
    protocol = spoken if scheme != "sim" and spoken in PROTOCOLS else column
    if named == [protocol] and f"protocol={protocol}" in url:
        return url  # already as it should be: leave the operator's spelling of the rest alone
    rest, hash_, fragment = url.partition("#")
    base, _q, query = rest.partition("?")
    params = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k.lower() != "protocol"]
    params.append(("protocol", protocol))
    return f"{base}?{urlencode(params)}{hash_}{fragment}"


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
