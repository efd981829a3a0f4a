"""Four eyes in user administration: a change one administrator proposes and a second approves
(or any rejects). The proposals' kinds and views, recording one, the rules of who decides it, and
carrying an approved one out through ``app.services.user_changes`` - checked again against the
rules and the account as they are then. ``IdentityService`` exposes them. Any thread."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import User, UserProposal
from app.errors import NotFound, ValidationError
from app.operations import Action, Change, Target, record
from app.rbac import FOUR_EYES_ROLES, Principal, Role
from app.services import user_changes as changes
from app.services.guard import deny
from app.statuses import ProposalStatus


class ProposalKind(StrEnum):
    CREATE_USER = "create_user"  # payload: username, display_name, roles, outsourced, station
    GRANT_ROLES = "grant_roles"  # payload: roles (the new list), before
    UNLOCK_USER = "unlock_user"
    UNLOCK_CARD = "unlock_card"
    ROLE_CONFLICTS = "role_conflicts"  # payload: pairs (the new table), before
    # of an account holding a four-eyes role: whoever sets its secret could act as it (and approve)
    RESET_PASSWORD = "reset_password"  # the new password hashed in secret_hash
    ISSUE_CARD = "issue_card"  # target_card; its PIN hashed in secret_hash
    RESET_PIN = "reset_pin"  # target_card; the new PIN hashed in secret_hash
    ENABLE_USER = "enable_user"


@dataclass(frozen=True)
class ProposalView:
    id: int
    kind: ProposalKind
    status: ProposalStatus
    target_user_id: int | None
    target_username: str | None
    target_card: str | None
    payload: dict[str, Any]
    reason: str
    proposed_by: str
    proposed_at: datetime
    decided_by: str | None
    decided_at: datetime | None
    decision_reason: str


def needs_four_eyes(actor: Principal, roles: Iterable[Role]) -> bool:
    """A person (not the local console) giving an account a role of ``FOUR_EYES_ROLES``."""
    return not actor.system and bool(set(roles) & FOUR_EYES_ROLES)


def view_of(p: UserProposal, target_username: str | None) -> ProposalView:
    return ProposalView(
        p.id,
        ProposalKind(p.kind),
        ProposalStatus(p.status),
        p.target_user_id,
        target_username,
        p.target_card,
        json.loads(p.payload_json),
        p.reason,
        p.proposed_by,
        p.proposed_at,
        p.decided_by,
        p.decided_at,
        p.decision_reason,
    )


def propose(
    s: Session,
    actor: Principal,
    kind: ProposalKind,
    payload: dict[str, Any],
    reason: str,
    *,
    user_id: int | None = None,
    card: str | None = None,
    secret_hash: str | None = None,
) -> Change:
    """Record a proposal a second administrator decides, in the caller's transaction; the change
    names the proposal. The same change proposed twice is refused."""
    pending = select(UserProposal.id).where(
        UserProposal.status == ProposalStatus.PENDING, UserProposal.kind == kind.value
    )
    if kind == ProposalKind.CREATE_USER:
        same = [
            p
            for p in s.scalars(select(UserProposal).where(UserProposal.id.in_(pending)))
            if json.loads(p.payload_json)["username"] == payload["username"]
        ]
    else:
        same = list(
            s.scalars(pending.where(UserProposal.target_user_id == user_id, UserProposal.target_card == card))
        )
    if same:
        raise ValidationError("the same change is proposed already", field="proposal", problem="duplicate")
    row = UserProposal(
        kind=kind.value,
        status=ProposalStatus.PENDING,
        target_user_id=user_id,
        target_card=card,
        payload_json=json.dumps(payload, ensure_ascii=False, sort_keys=True),
        secret_hash=secret_hash,
        reason=reason,
        proposed_by_id=actor.user_id,
        proposed_by=actor.username,
        proposed_at=utcnow(),
        decision_reason="",
    )
    s.add(row)
    s.flush()
    return record(
        s,
        actor,
        Action.USER_PROPOSE,
        Target.USER_PROPOSAL,
        row.id,
        reason=reason,
        after={"kind": kind.value, "user_id": user_id, "card": card, **payload},
        detail={"kind": kind.value, "user_id": user_id},
    )


def listed(s: Session, pending_only: bool) -> list[ProposalView]:
    """The newest 500 proposals (only the pending ones if ``pending_only``), newest first."""
    query = select(UserProposal, User.username).outerjoin(User, User.id == UserProposal.target_user_id)
    if pending_only:
        query = query.where(UserProposal.status == ProposalStatus.PENDING)
    rows = s.execute(query.order_by(UserProposal.id.desc()).limit(500)).all()
    return [view_of(p, name) for p, name in rows]


def decidable(db: Database, actor: Principal, proposal_id: int, verb: str) -> UserProposal:
    """The pending proposal, read (detached); a second administrator decides it (not its proposer,
    nor the user it is about) - refusals audited."""
    with db.read() as s:
        p = s.get(UserProposal, proposal_id)
        if p is None:
            raise NotFound(f"no proposal #{proposal_id}", entity="proposal", key=proposal_id)
        if p.status != ProposalStatus.PENDING:
            raise ValidationError(
                f"proposal #{proposal_id} is {p.status} already", field="proposal", problem="decided"
            )
        s.expunge(p)
    if verb == "approve" and (actor.system or p.proposed_by_id == actor.user_id):
        deny(
            db,
            actor,
            "four_eyes",
            f"approve proposal {proposal_id}",
            "a second administrator, not the one who proposed it, approves",
            rule="four_eyes",
        )
    if p.target_user_id is not None and p.target_user_id == actor.user_id:
        deny(
            db,
            actor,
            "sod",
            f"{verb} proposal {proposal_id}",
            "nobody decides a change of their own account",
            rule="own_account",
        )
    return p


def pending_row(s: Session, proposal_id: int) -> UserProposal:
    """The proposal locked for its decision; one decided meanwhile is refused."""
    p = s.get(UserProposal, proposal_id, with_for_update=True)
    if p is None or p.status != ProposalStatus.PENDING:
        raise ValidationError(
            f"proposal #{proposal_id} is decided already", field="proposal", problem="decided"
        )
    return p


def carry_out(s: Session, actor: Principal, p: UserProposal, approval: str) -> Change:
    """Make the change ``p`` proposes (checked again against the rules and the account as they are
    now), in the caller's transaction; the change names the proposal and its proposer."""
    payload = json.loads(p.payload_json)
    detail = {"proposal": p.id, "proposed_by": p.proposed_by}
    why = f"{p.reason} (approved: {approval})"
    kind = ProposalKind(p.kind)
    if kind == ProposalKind.CREATE_USER:
        roles = changes.roles_of(payload["roles"])
        changes.refuse_conflicts(s, roles)
        assert p.secret_hash is not None
        return changes.create(s, actor, payload, p.secret_hash, why, **detail)
    if kind == ProposalKind.ROLE_CONFLICTS:
        return changes.set_conflicts(s, actor, [tuple(x) for x in payload["pairs"]], why, **detail)
    if kind in (ProposalKind.UNLOCK_CARD, ProposalKind.RESET_PIN):
        assert p.target_card is not None
        card = changes.card_row(s, p.target_card)
        if kind == ProposalKind.UNLOCK_CARD:
            return changes.unlock_card(s, actor, card, why, **detail)
        assert p.secret_hash is not None
        return changes.reset_pin(s, actor, card, p.secret_hash, why, **detail)
    assert p.target_user_id is not None
    user = changes.user_row(s, p.target_user_id)
    if kind == ProposalKind.GRANT_ROLES:
        if user.role_codes != payload["before"]:
            raise ValidationError(
                "the user's roles changed since this was proposed", field="proposal", problem="stale"
            )
        roles = changes.roles_of(payload["roles"])
        changes.refuse_conflicts(s, roles)
        return changes.set_roles(s, actor, user, roles, why, **detail)
    if kind == ProposalKind.UNLOCK_USER:
        return changes.unlock_user(s, actor, user, why, **detail)
    if kind == ProposalKind.ENABLE_USER:
        return changes.set_active(s, actor, user, True, why, **detail)
    assert p.secret_hash is not None
    if kind == ProposalKind.RESET_PASSWORD:
        return changes.reset_password(s, actor, user, p.secret_hash, why, **detail)
    assert kind == ProposalKind.ISSUE_CARD and p.target_card
    return changes.issue_card(s, actor, user, p.target_card, p.secret_hash, why, **detail)


def decide(s: Session, actor: Principal, p: UserProposal, status: ProposalStatus, reason: str) -> Change:
    """Record the decision on ``p`` (its secret dropped either way), audited."""
    p.status, p.secret_hash = status, None
    p.decided_by_id, p.decided_by, p.decided_at, p.decision_reason = (
        actor.user_id,
        actor.username,
        utcnow(),
        reason,
    )
    action = (
        Action.USER_PROPOSAL_APPROVE if status == ProposalStatus.APPROVED else Action.USER_PROPOSAL_REJECT
    )
    return record(
        s,
        actor,
        action,
        Target.USER_PROPOSAL,
        p.id,
        reason=reason,
        after={"kind": p.kind, "proposed_by": p.proposed_by},
        detail={"kind": p.kind},
    )
