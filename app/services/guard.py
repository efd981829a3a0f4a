"""Permission checks shared by services: re-read the actor from the database, deny and audit. Any thread."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NoReturn

from sqlalchemy import Executable, Select, bindparam, select
from sqlalchemy.orm import Session

from app import audit
from app.db.engine import Database
from app.db.models import User, UserRole
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


@dataclass(frozen=True)
class UserState:
    """What a permission check needs of a user, read in one statement (``read_user``)."""

    principal: Principal
    active: bool
    locked_at: datetime | None


def user_query(*extra: Any) -> Select[Any]:
    """The statement ``read_user`` runs: a user's columns and roles, then the ``extra`` columns.
    Build it once (module level) and add the ``where`` with bind parameters: a statement object
    made anew on every call costs more than the database's answer (it is hashed into SQLAlchemy's
    cache every time; a module-level one is hashed once)."""
    return select(
        User.id, User.username, User.display_name, User.active, User.locked_at, User.outsourced,
        UserRole.role_code, *extra,
    ).outerjoin(UserRole, UserRole.user_id == User.id)  # fmt: skip


def read_user(
    session: Session, statement: Executable, params: dict[str, Any]
) -> tuple[UserState, tuple[Any, ...]] | None:
    """The user that ``statement`` (a ``user_query``) finds, with their roles, in one statement and
    without the ORM (every call to the server checks its actor: this is its hottest read); and the
    extra columns of the first row (e.g. the user's session). None: no such user. Changes pending in
    ``session`` are flushed first, as the ORM's own queries do."""
    if session.new or session.dirty or session.deleted:
        session.flush()
    rows = session.connection().execute(statement, params).all()
    if not rows:
        return None
    uid, username, display, active, locked_at, outsourced = rows[0][:6]
    roles = frozenset(Role(r[6]) for r in rows if r[6] is not None)
    state = UserState(Principal(uid, username, display, roles, outsourced=outsourced), active, locked_at)
    return state, tuple(rows[0][7:])


_BY_ID = user_query().where(User.id == bindparam("user_id"))

# The caller of this very call as its session check read it from the database a moment ago (the
# suite server sets it while a call runs, ``app.server.asgi``): fresh already, so ``authorize`` does
# not read the same user again. Unset (embedded mode, jobs, tests): ``authorize`` reads the user.
CHECKED: ContextVar[Principal | None] = ContextVar("banksuite_checked_principal", default=None)


def _checked(actor: Principal) -> Principal | None:
    """The actor as this call's session check read it a moment ago (active, not locked), if it is
    the caller (``CHECKED``); a system actor needs no reading either."""
    if actor.system:
        return actor
    checked = CHECKED.get()
    return checked if checked is not None and checked.user_id == actor.user_id else None


def fresh_principal(session: Session, actor: Principal) -> Principal:
    """The actor as the database says now: revoked roles or a lock take effect at once. The caller
    of this very call, as its session check read it a moment ago (``CHECKED``), is not read again."""
    if (known := _checked(actor)) is not None:
        return known
    found = read_user(session, _BY_ID, {"user_id": actor.user_id})
    if found is None or not found[0].active:
        raise PermissionDenied(f"user {actor.username} is no longer active", permission="active")
    if found[0].locked_at is not None:
        raise AccountLocked(f"user {actor.username} is locked", username=actor.username)
    return found[0].principal


def authorize(db: Database, actor: Principal, permission: Permission, action: str) -> Principal:
    """Return the fresh principal if it holds ``permission``; otherwise audit the denial and raise.

    Call before opening the operation's write transaction (SQLite allows one writer at a time).
    """
    return authorize_any(db, actor, frozenset({permission}), action)


def authorize_any(
    db: Database, actor: Principal, permissions: frozenset[Permission], action: str
) -> Principal:
    """As ``authorize``, for an action any of several permissions allows (e.g. viewing images)."""
    current = _checked(actor)
    if current is None:  # not read yet in this call: a session to read it in
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
