"""station accounts and reader health

``users.station``: the one station a service account with the ``station`` role may sign in as (its
readers' movements are accepted from that station only). ``user_sessions.machine``: the machine a
session was opened from (a random id the workstation keeps), so that a station's account runs at
one machine at a time. ``reader_health``: the latest health
snapshot each station reported for each of its readers, so that every workstation (and later the
alarm engine on the server) sees readers it does not run.

An account created before this revision with the ``station`` role (the demo's ``station1``, any
``create-user --role station``) is bound here to the one station its sessions name, if they name
exactly one; any other stays unbound (it can send nothing until an administrator binds it:
``bank-suite set-user-station``, which ``migrate`` names).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 06:20:00.000000
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

# app.stations.station_code as of this revision (a migration does not import the app's rules)
_STATION = re.compile(r"[A-Z0-9][A-Z0-9._-]{0,31}")


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("station", sa.String(length=32), nullable=True))
    with op.batch_alter_table("user_sessions") as batch:
        batch.add_column(sa.Column("machine", sa.String(length=64), nullable=False, server_default=""))
    op.create_table(
        "reader_health",
        sa.Column("reader", sa.String(length=32), nullable=False),
        sa.Column("station", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("reader", name=op.f("pk_reader_health")),
    )
    _bind_station_accounts()


def _bind_station_accounts() -> None:
    """Bind each account holding the ``station`` role alone to the station its sessions name (upper
    case), when they name exactly one valid station code."""
    conn = op.get_bind()
    roles = conn.execute(sa.text("SELECT user_id, role_code FROM user_roles")).all()
    held: dict[int, set[str]] = {}
    for user_id, role in roles:
        held.setdefault(user_id, set()).add(role)
    for user_id in sorted(u for u, codes in held.items() if codes == {"station"}):
        named = {
            str(station).strip().upper()
            for (station,) in conn.execute(
                sa.text("SELECT DISTINCT station FROM user_sessions WHERE user_id = :u"), {"u": user_id}
            )
        }
        if len(named) == 1 and _STATION.fullmatch(code := named.pop()):
            conn.execute(
                sa.text("UPDATE users SET station = :s WHERE id = :u AND station IS NULL"),
                {"s": code, "u": user_id},
            )


def downgrade() -> None:
    op.drop_table("reader_health")
    with op.batch_alter_table("user_sessions") as batch:
        batch.drop_column("machine")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("station")
