"""identities: PINs of old must be reset, four-eyes user administration, demo passwords changed

- ``user_proposals``: a change of user administration one administrator proposes and a second
  approves or rejects (creating a privileged user, granting a role, unlocking a user or a card,
  changing the separation-of-duties table).
- ``role_conflicts``: the pairs of roles one account never holds together, seeded with teller +
  supervisor, teller + reviewer, keyer + reviewer, administrator + auditor. Accounts that hold such
  a pair already keep it (the migration changes no roles); ``migrate`` names them.
- ``users.must_change_password``: the demo users of a shared database change their password first.

- ``cards.pin_hash``: a PIN hashed before issue 11 (4 digits, no pepper: ``scrypt$...``) is wiped to
  ``!reset`` (``app.security.PIN_RESET``): a copy of the database made after this holds none of them.
  Such a card is refused (``why="pin_reset"``, audited) until the administrator gives it a new 6-digit
  PIN (``IdentityService.reset_pin``, ``bank-suite reset-pin``). Passwords in the old form stay and are
  re-hashed, peppered, at their owner's next good log-in. The downgrade cannot bring a PIN back.

Revision ID: 0015_identity
Revises: 0015_capture
Create Date: 2026-12-03 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_identity"
down_revision = "0015_capture"
branch_labels = None
depends_on = None

PIN_RESET = "!reset"  # app.security.PIN_RESET (a migration keeps its own copy of what it writes)
PEPPERED = "scrypt-hmac$%"


CONFLICTS = (("supervisor", "teller"), ("reviewer", "teller"), ("keyer", "reviewer"), ("admin", "auditor"))


def upgrade() -> None:
    cards = sa.table("cards", sa.column("pin_hash", sa.String))
    op.execute(cards.update().where(~cards.c.pin_hash.like(PEPPERED)).values(pin_hash=PIN_RESET))
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column("must_change_password", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    op.create_table(
        "user_proposals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("target_user_id", sa.Integer(), nullable=True),
        sa.Column("target_card", sa.String(length=64), nullable=True),
        sa.Column("payload_json", sa.Text(), nullable=False),
        sa.Column("secret_hash", sa.String(length=255), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("proposed_by_id", sa.Integer(), nullable=True),
        sa.Column("proposed_by", sa.String(length=64), nullable=False),
        sa.Column("proposed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_by", sa.String(length=64), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["target_user_id"],
            ["users.id"],
            name=op.f("fk_user_proposals_target_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["proposed_by_id"], ["users.id"], name=op.f("fk_user_proposals_proposed_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"], ["users.id"], name=op.f("fk_user_proposals_decided_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_proposals")),
    )
    with op.batch_alter_table("user_proposals") as batch:
        batch.create_index(batch.f("ix_user_proposals_status"), ["status"], unique=False)
    conflicts = op.create_table(
        "role_conflicts",
        sa.Column("role_a", sa.String(length=32), nullable=False),
        sa.Column("role_b", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("role_a", "role_b", name=op.f("pk_role_conflicts")),
    )
    op.bulk_insert(conflicts, [{"role_a": a, "role_b": b} for a, b in CONFLICTS])


def downgrade() -> None:
    op.drop_table("role_conflicts")
    op.drop_table("user_proposals")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("must_change_password")
    # the wiped PINs are gone: those cards keep needing a new PIN
