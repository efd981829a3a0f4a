"""Permission checks shared by services: re-read the actor from the database, deny and audit. Any thread."""

from __future__ import annotations

from typing import Any, NoReturn

from sqlalchemy.orm import Session

from app import audit
from app.db.engine import Database
from app.db.models import User
from app.errors import AccountLocked, PermissionDenied, ValidationError
from app.operations import Action, Target
from app.rbac import Permission, Principal, Role


def principal_of(user: User) -> Principal:
    return Principal(
        user.id,
        user.username,
        user.display_name,
        frozenset(Role(c) for c in user.role_codes),
        outsourced=user.outsourced,
    )


def fresh_principal(session: Session, actor: Principal) -> Principal:
    """The actor as the database says now: revoked roles or a lock take effect at once."""
    if actor.system:
        return actor
    user = session.get(User, actor.user_id)
    if user is None or not user.active:
        raise PermissionDenied(f"user {actor.username} is no longer active", permission="active")
    if user.locked_at is not None:
        raise AccountLocked(f"user {actor.username} is locked", username=actor.username)
    return principal_of(user)


def authorize(db: Database, actor: Principal, permission: Permission, action: str) -> Principal:
    """Return the fresh principal if it holds ``permission``; otherwise audit the denial and raise.

    Call before opening the operation's write transaction (SQLite allows one writer at a time).
    """
    return authorize_any(db, actor, frozenset({permission}), action)


def authorize_any(
    db: Database, actor: Principal, permissions: frozenset[Permission], action: str
) -> Principal:
    """As ``authorize``, for an action any of several permissions allows (e.g. viewing images)."""
    with db.read() as session:
        current = fresh_principal(session, actor)
    if any(current.can(p) for p in permissions):
        return current
    deny(db, actor, "|".join(sorted(permissions)), action)


def deny(
    db: Database, actor: Principal, permission: str, action: str, message: str = "", **params: Any
) -> NoReturn:
    """Audit a refusal (``security.denied``, naming ``permission`` and ``action``) and raise it, for
    checks that are more than holding a permission (whose request an image belongs to, four eyes).
    ``params`` go into the ``PermissionDenied`` (e.g. ``rule``)."""
    with db.write() as session:
        audit.append(session, actor, Action.SECURITY_DENIED, Target.PERMISSION, permission, reason=action)
    raise PermissionDenied(
        message or f"{actor.username} may not {action}", permission=permission, action=action, **params
    )


def require_reason(reason: str) -> str:
    """Every change an administrator makes says why (何因); the reason goes into the audit entry."""
    reason = reason.strip()
    if not reason:
        raise ValidationError("a reason is required for this action", field="reason", problem="required")
    return reason


def require_code(code: str, what: str) -> str:
    """An upper-case code of 1-32 characters (zones, readers)."""
    code = code.strip().upper()
    if not code or len(code) > 32:
        raise ValidationError(f"{what} code required (at most 32 characters)", field="code", problem="format")
    return code
