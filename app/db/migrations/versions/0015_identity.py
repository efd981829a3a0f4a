"""identities: PINs of old must be reset

- ``cards.pin_hash``: a PIN hashed before issue 11 (4 digits, no pepper: ``scrypt$...``) is wiped to
  ``!reset`` (``app.security.PIN_RESET``): a copy of the database made after this holds none of them.
  Such a card is refused (``why="pin_reset"``, audited) until the administrator gives it a new 6-digit
  PIN (``IdentityService.reset_pin``, ``bank-suite reset-pin``). Passwords in the old form stay and are
  re-hashed, peppered, at their owner's next good log-in. The downgrade cannot bring a PIN back.

Revision ID: 0015_identity
Revises: 0014
Create Date: 2026-12-03 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_identity"
down_revision = "0014"
branch_labels = None
depends_on = None

PIN_RESET = "!reset"  # app.security.PIN_RESET (a migration keeps its own copy of what it writes)
PEPPERED = "scrypt-hmac$%"


def upgrade() -> None:
    cards = sa.table("cards", sa.column("pin_hash", sa.String))
    op.execute(cards.update().where(~cards.c.pin_hash.like(PEPPERED)).values(pin_hash=PIN_RESET))


def downgrade() -> None:
    pass  # the wiped PINs are gone: those cards keep needing a new PIN
