"""one service account per station

``ux_users_station``: a partial unique index on ``users.station`` among the bound accounts (people
and unbound station accounts have NULL, any number of them). Before it two service accounts could
be bound to one station, so a second, forgotten account (an old one never disabled, one whose
password went round) could still report that station's devices. Binding (``bind_station``,
``create_user``) is now refused by the database when the station is another account's, even when
two administrators bind two accounts to it at the same instant.

An existing database that already binds two accounts to one station cannot take the index: the
upgrade stops and names the station and its accounts, so that its owner unbinds all but one (an
unbound station account sends nothing until ``bank-suite set-user-station`` binds it again), then
upgrades again. The migration decides nothing itself: which account is the forgotten one is the
owner's call, and a silently dropped binding would stop a station that was working.

Revision ID: 0016_one_account_per_station
Revises: 0015_identity
Create Date: 2026-12-06 21:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016_one_account_per_station"
down_revision = "0015_identity"
branch_labels = None
depends_on = None

BOUND = "station IS NOT NULL"


def upgrade() -> None:
    shared = (
        op.get_bind()
        .execute(
            sa.text(
                "SELECT station, username, active FROM users WHERE station IN "
                f"(SELECT station FROM users WHERE {BOUND} GROUP BY station HAVING COUNT(*) > 1) "
                "ORDER BY station, username"
            )
        )
        .all()
    )
    if shared:
        accounts: dict[str, list[str]] = {}
        for station, username, active in shared:
            accounts.setdefault(station, []).append(username if active else f"{username} (disabled)")
        named = "; ".join(f"station {station}: {', '.join(names)}" for station, names in accounts.items())
        raise RuntimeError(
            f"stations bound to more than one account ({named}); one account per station from now on: "
            "unbind all but one account of each (UPDATE users SET station = NULL WHERE username = '...'; "
            "bind it elsewhere later with `bank-suite set-user-station` if it is still needed), "
            "then upgrade again"
        )
    with op.batch_alter_table("users") as batch:
        batch.create_index(
            "ux_users_station",
            ["station"],
            unique=True,
            sqlite_where=sa.text(BOUND),
            postgresql_where=sa.text(BOUND),
        )


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_index("ux_users_station")
