"""Identity: log-in, lockout, users, roles and cards with PINs. Any thread (one session per call).

Three wrong passwords lock a user; three wrong PINs lock a card. Locks are rows in the database, so
they survive restarts, and only an administrator (never the locked person) lifts them. A blacklisted
card is final. Every outcome, good or bad, is audited. A change that makes a user's server sessions
void ends them in its own transaction (``app.services.revocation``): a reset password, a password
changed (all but the session that changed it), a disabled account, changed roles, the lock, and a
blacklisted card (the sessions opened with a card).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import audit, security
from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import Card, RoleConflict, User, UserProposal, UserRole, UserSession
from app.errors import (
    AccountLocked,
    AuthenticationFailed,
    CardBlacklisted,
    NotFound,
    PasswordChangeRequired,
    PermissionDenied,
    SuiteError,
    ValidationError,
)
from app.operations import Action, Change, Target, record
from app.rbac import FOUR_EYES_ROLES, Permission, Principal, Role
from app.remote import remote
from app.services.guard import authorize, deny, principal_of, require_reason
from app.services.revocation import end_sessions
from app.stations import optional_station, station_code
from app.statuses import CardStatus, ProposalStatus

MAX_FAILURES = 3
PUBLIC_REFUSAL = "unknown user or wrong password"
PUBLIC_CARD_REFUSAL = "unknown card or wrong PIN"


@dataclass(frozen=True)
class Credentials:
    """A second person's proof of who they are, verified inside the operation that needs them (a
    supervisor's local override, a handover's other party): card and PIN, or user name and password.
    The secrets never appear in a repr."""

    card_uid: str = ""
    pin: str = field(default="", repr=False)
    username: str = ""
    password: str = field(default="", repr=False)

    @property
    def by_card(self) -> bool:
        return bool(self.card_uid.strip())


@dataclass(frozen=True)
class CardView:
    card_uid: str
    status: CardStatus
    failed_pins: int


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    display_name: str
    roles: tuple[Role, ...]
    active: bool
    outsourced: bool
    locked: bool
    failed_attempts: int
    last_login_at: datetime | None
    cards: tuple[CardView, ...]


def _view(user: User) -> UserView:
    return UserView(
        user.id,
        user.username,
        user.display_name,
        tuple(Role(c) for c in user.role_codes),
        user.active,
        user.outsourced,
        user.locked_at is not None,
        user.failed_attempts,
        user.last_login_at,
        tuple(
            CardView(c.card_uid, CardStatus(c.status), c.failed_pins)
            for c in sorted(user.cards, key=lambda c: c.id)
        ),
    )


def _roles(roles: Iterable[Role | str]) -> list[Role]:
    try:
        result = sorted({Role(r) for r in roles})
    except ValueError as exc:
        raise ValidationError(str(exc), field="roles", problem="unknown_role") from exc
    if not result:
        raise ValidationError("at least one role is required", field="roles", problem="required")
    return result


def _bound_station(roles: list[Role], station: str | None) -> str | None:
    """The station an account with ``roles`` is bound to: a station's service account (the
    ``station`` role, held alone: a device is nobody's person) names exactly one; people none."""
    code = optional_station(station)
    if Role.STATION not in roles:
        if code is not None:
            raise ValidationError(
                "only a station's service account is bound to a station", field="station", problem="format"
            )
        return None
    if len(roles) > 1:
        raise ValidationError(
            "a station's service account holds the station role only", field="roles", problem="conflict"
        )
    if code is None:
        raise ValidationError(
            "a station's service account names its station", field="station", problem="required"
        )
    return code


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


def _needs_four_eyes(actor: Principal, roles: Iterable[Role]) -> bool:
    """A person (not the local console) giving an account a role of ``FOUR_EYES_ROLES``."""
    return not actor.system and bool(set(roles) & FOUR_EYES_ROLES)


def conflict_pairs(s: Session) -> list[tuple[str, str]]:
    return [
        (a, b)
        for a, b in s.execute(
            select(RoleConflict.role_a, RoleConflict.role_b).order_by(
                RoleConflict.role_a, RoleConflict.role_b
            )
        )
    ]


def _refuse_conflicts(s: Session, roles: Iterable[Role]) -> None:
    """Separation of duties (岗位分离): no account holds two roles the table pairs."""
    held = {r.value for r in roles}
    for a, b in conflict_pairs(s):
        if a in held and b in held:
            raise ValidationError(
                f"roles {a} and {b} are not held by one account (separation of duties)",
                field="roles",
                problem="incompatible",
                roles=[a, b],
            )


def _check_roles(user: User, role_list: list[Role]) -> None:
    """What a user's new roles must be, apart from conflicts: a station stays a station."""
    if Role.STATION in role_list and user.station is None and user.role_codes == [Role.STATION.value]:
        raise ValidationError(  # an account made before station binding (migration 0013)
            "this station account is bound to no station: bind it with bind_station "
            "(bank-suite set-user-station)",
            field="station",
            problem="unbound",
        )
    _bound_station(role_list, user.station)  # a person cannot become a station, nor back


def _create(
    s: Session, actor: Principal, payload: dict[str, Any], password_hash: str, reason: str, **detail: Any
) -> Change:
    """Create the account ``payload`` describes in the caller's transaction, audited."""
    user = User(
        username=payload["username"],
        display_name=payload["display_name"],
        password_hash=password_hash,
        outsourced=bool(payload["outsourced"]),
        active=True,
        failed_attempts=0,
        station=payload.get("station"),
        must_change_password=bool(payload.get("must_change_password", False)),
    )
    user.role_links = [UserRole(role_code=r) for r in payload["roles"]]
    s.add(user)
    try:
        s.flush()
    except IntegrityError as exc:
        raise ValidationError(
            f"username {payload['username']} already exists", field="username", problem="duplicate"
        ) from exc
    return record(
        s, actor, Action.USER_CREATE, Target.USER, user.id, reason=reason, after=payload, detail=detail
    )


def _set_roles(
    s: Session, actor: Principal, user: User, role_list: list[Role], reason: str, **detail: Any
) -> Change:
    _check_roles(user, role_list)
    before = user.role_codes
    user.role_links = [UserRole(role_code=r.value) for r in role_list]
    end_sessions(s, user.id, "roles changed")  # they sign in again, with the new roles
    return record(
        s,
        actor,
        Action.USER_ROLES,
        Target.USER,
        user.id,
        reason=reason,
        before={"roles": before},
        after={"roles": [r.value for r in role_list]},
        detail=detail,
    )


def _unlock_user(s: Session, actor: Principal, user: User, reason: str, **detail: Any) -> Change:
    before = {"locked": user.locked_at is not None, "failed_attempts": user.failed_attempts}
    user.locked_at, user.failed_attempts = None, 0
    return record(
        s,
        actor,
        Action.USER_UNLOCK,
        Target.USER,
        user.id,
        reason=reason,
        before=before,
        after={"locked": False, "failed_attempts": 0},
        detail=detail,
    )


def _check_card_unlock(actor: Principal, card: Card) -> None:
    if card.status == CardStatus.BLACKLISTED:
        raise CardBlacklisted("a blacklisted card can never be used again", card=card.card_uid)
    if card.holder_id == actor.user_id:
        raise PermissionDenied("nobody unlocks their own card", permission="sod", action="unlock card")


def _unlock_card(s: Session, actor: Principal, card: Card, reason: str, **detail: Any) -> Change:
    _check_card_unlock(actor, card)
    before = {"status": card.status, "failed_pins": card.failed_pins}
    card.status, card.failed_pins, card.locked_at = CardStatus.ACTIVE, 0, None
    return record(
        s,
        actor,
        Action.CARD_UNLOCK,
        Target.CARD,
        card.card_uid,
        reason=reason,
        before=before,
        after={"status": CardStatus.ACTIVE, "failed_pins": 0},
        detail={"user_id": card.holder_id, **detail},
    )


def _reset_password(
    s: Session, actor: Principal, user: User, password_hash: str, reason: str, **detail: Any
) -> Change:
    user.password_hash = password_hash
    end_sessions(s, user.id, "password reset")
    return record(s, actor, Action.USER_PASSWORD_RESET, Target.USER, user.id, reason=reason, detail=detail)


def _set_active(s: Session, actor: Principal, user: User, active: bool, reason: str, **detail: Any) -> Change:
    before = user.active
    user.active = active
    if not active:
        end_sessions(s, user.id, "deactivated")  # and they stay ended if it is enabled again
    return record(
        s,
        actor,
        Action.USER_ACTIVE,
        Target.USER,
        user.id,
        reason=reason,
        before={"active": before},
        after={"active": active},
        detail=detail,
    )


def _issue_card(
    s: Session, actor: Principal, user: User, card_uid: str, pin_hash: str, reason: str, **detail: Any
) -> Change:
    card = Card(
        card_uid=card_uid, holder_id=user.id, pin_hash=pin_hash, status=CardStatus.ACTIVE, failed_pins=0
    )
    s.add(card)
    try:
        s.flush()
    except IntegrityError as exc:
        raise ValidationError(
            f"card {card_uid} already exists", field="card_uid", problem="duplicate"
        ) from exc
    return record(
        s,
        actor,
        Action.CARD_ISSUE,
        Target.CARD,
        card_uid,
        reason=reason,
        after={"holder": user.username, "status": CardStatus.ACTIVE},
        detail={"user_id": user.id, **detail},
    )


def _check_pin_reset(actor: Principal, card: Card) -> None:
    if card.status == CardStatus.BLACKLISTED:
        raise CardBlacklisted("a blacklisted card can never be used again", card=card.card_uid)
    if card.holder_id == actor.user_id:
        raise PermissionDenied("nobody resets their own card's PIN", permission="sod", action="reset PIN")


def _reset_pin(s: Session, actor: Principal, card: Card, pin_hash: str, reason: str, **detail: Any) -> Change:
    _check_pin_reset(actor, card)
    card.pin_hash, card.failed_pins = pin_hash, 0
    return record(
        s,
        actor,
        Action.CARD_PIN_RESET,
        Target.CARD,
        card.card_uid,
        reason=reason,
        detail={"user_id": card.holder_id, **detail},
    )


def _pairs(pairs: Iterable[Iterable[Role | str]]) -> list[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for pair in pairs:
        roles = _roles(pair)
        if len(roles) != 2:
            raise ValidationError("a pair names two different roles", field="pairs", problem="format")
        out.add((roles[0].value, roles[1].value))
    return sorted(out)


def _proposal_view(p: UserProposal, target_username: str | None) -> ProposalView:
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


class IdentityService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- authentication -------------------------------------------------------------------------
    def authenticate(
        self,
        username: str,
        password: str,
        *,
        workstation: str = "",
        public: bool = False,
        new_password: str = "",
    ) -> Principal:
        """Return the principal, or raise AuthenticationFailed (with ``remaining``) / AccountLocked.

        The password is checked (the slow KDF, once, against a dummy hash for an unknown name) before
        the write transaction that counts the outcome, so no row lock (on SQLite: no writer) is held
        meanwhile. If the hash changed in between (reset, changed), it is checked again.

        ``public``: a log-in from the network (the suite server's), whose refusals must not tell
        whether the name exists: an unknown name, a wrong password, the wrong password that locks,
        and a wrong password for a locked or disabled account are all the same ``PUBLIC_REFUSAL``
        (no params). Only who gave the right password learns that the account is locked or disabled.
        The counting, the lock and the audit entries are the same either way."""
        username = username.strip()
        if new_password:
            problem = security.password_problem(new_password)
            if problem:
                raise ValidationError("password too weak", field="password", problem=problem)
            if new_password == password:
                raise ValidationError("the new password is the old one", field="password", problem="same")
        for _ in range(3):
            with self.db.read() as s:
                stored = s.scalar(select(User.password_hash).where(User.username == username))
            ok = security.check_secret(password, stored)
            upgraded = None
            if ok and new_password:
                upgraded = security.hash_secret(new_password)
            elif ok and stored is not None and security.needs_rehash(stored):
                upgraded = security.hash_secret(password)
            with self.db.write() as s:
                # Row lock: simultaneous attempts from several workstations must not lose a failure count.
                user = s.scalar(select(User).where(User.username == username).with_for_update())
                if (user.password_hash if user is not None else None) != stored:
                    continue  # created, reset or changed meanwhile: check the new one
                outcome = self._login_outcome(
                    s, username, user, ok, upgraded, workstation, bool(new_password)
                )
            if isinstance(outcome, Exception):
                if public and not (ok and isinstance(outcome, (AccountLocked, PasswordChangeRequired))):
                    raise AuthenticationFailed(PUBLIC_REFUSAL)
                raise outcome
            return outcome
        raise AuthenticationFailed(PUBLIC_REFUSAL)  # its hash changed at every look: count nothing

    @staticmethod
    def _login_outcome(
        s: Session,
        username: str,
        user: User | None,
        ok: bool,
        upgraded: str | None,
        workstation: str,
        changing: bool = False,
    ) -> Principal | SuiteError:
        """Count and audit one checked log-in in the caller's transaction; the principal or the refusal."""
        if user is None:
            audit.append(
                s,
                username or "?",
                Action.AUTH_LOGIN_FAILED,
                Target.USER,
                username,
                reason="unknown user",
                after={"workstation": workstation},
            )
            return AuthenticationFailed("unknown user or wrong password", remaining=None)
        if not user.active:
            audit.append(s, username, Action.AUTH_LOGIN_REFUSED, Target.USER, user.id, reason="inactive")
            return AccountLocked("account disabled", username=username, why="inactive")
        if user.locked_at is not None:
            audit.append(s, username, Action.AUTH_LOGIN_REFUSED, Target.USER, user.id, reason="locked")
            return AccountLocked("account locked", username=username, why="locked")
        if not ok:
            user.failed_attempts += 1
            remaining = MAX_FAILURES - user.failed_attempts
            after: dict[str, object] = {"failed_attempts": user.failed_attempts, "workstation": workstation}
            if remaining <= 0:
                user.locked_at = utcnow()
                after["locked"] = True
                end_sessions(s, user.id, "locked")
                audit.append(
                    s,
                    username,
                    Action.AUTH_LOCKED,
                    Target.USER,
                    user.id,
                    reason="3 wrong passwords",
                    after=after,
                )
                return AccountLocked(
                    "account locked after 3 wrong passwords", username=username, why="locked"
                )
            audit.append(
                s,
                username,
                Action.AUTH_LOGIN_FAILED,
                Target.USER,
                user.id,
                reason="wrong password",
                after=after,
            )
            return AuthenticationFailed("unknown user or wrong password", remaining=remaining)
        if user.must_change_password and not changing:
            user.failed_attempts = 0
            audit.append(
                s, username, Action.AUTH_LOGIN_REFUSED, Target.USER, user.id, reason="password change due"
            )
            return PasswordChangeRequired("set a new password to log in", username=username)
        if changing:  # the owner's own new password, given with the right one
            user.must_change_password = False
            end_sessions(s, user.id, "password changed")
            record(s, username, Action.USER_PASSWORD_CHANGED, Target.USER, user.id, reason="at log-in")
        if upgraded is not None:
            user.password_hash = upgraded
        user.failed_attempts = 0
        user.last_login_at = utcnow()
        principal = principal_of(user)
        audit.append(
            s, principal, Action.AUTH_LOGIN, Target.USER, user.id, after={"workstation": workstation}
        )
        return principal

    @remote
    def reauthenticate(self, principal: Principal, password: str) -> Principal:
        """Unlock the idle lock screen: same counting and lockout as a log-in."""
        return self.authenticate(principal.username, password, workstation="lock-screen")

    def logout(self, principal: Principal, why: str = "") -> None:
        with self.db.write() as s:
            audit.append(
                s,
                principal,
                Action.AUTH_LOGOUT,
                Target.USER,
                principal.user_id or principal.username,
                reason=why,
            )

    @remote
    def change_password(self, principal: Principal, old: str, new: str) -> Change:
        problem = security.password_problem(new)
        if problem:
            raise ValidationError("password too weak", field="password", problem=problem)
        self.authenticate(principal.username, old, workstation="change-password")
        new_hash = security.hash_secret(new)  # before the transaction: the KDF holds no lock
        with self.db.write() as s:
            user = s.get(User, principal.user_id)
            assert user is not None
            user.password_hash, user.must_change_password = new_hash, False
            end_sessions(s, user.id, "password changed", keep_calling=True)  # this one stays
            return record(s, principal, Action.USER_PASSWORD_CHANGED, Target.USER, user.id)

    # -- administration -------------------------------------------------------------------------
    @remote
    def list_users(self, actor: Principal) -> list[UserView]:
        authorize(self.db, actor, Permission.USER_ADMIN, "list users")
        with self.db.read() as s:
            return [_view(u) for u in s.scalars(select(User).order_by(User.username))]

    @remote
    def get_user(self, actor: Principal, user_id: int) -> UserView:
        authorize(self.db, actor, Permission.USER_ADMIN, "view user")
        with self.db.read() as s:
            return _view(self._user(s, user_id, lock=False))

    @remote
    def create_user(
        self,
        actor: Principal,
        username: str,
        display_name: str,
        password: str,
        roles: Iterable[Role | str],
        *,
        outsourced: bool = False,
        station: str | None = None,
        reason: str = "",
        must_change_password: bool = False,
    ) -> Change:
        """``must_change_password``: the password is someone else's (a demo seed): its owner sets a
        new one at the first log-in (``authenticate(new_password=...)``).

        ``station``: the station a service account with the ``station`` role signs in as (its
        readers' movements are accepted from it only); required for that role, refused for others.

        An account with a role of ``FOUR_EYES_ROLES`` is only proposed (``USER_PROPOSE``, the change
        returned names the proposal): a second administrator approves it (``approve_proposal``). The
        local console (a system principal: the server host with the owner's credential) creates it
        at once; ``bank-suite create-user`` lets it do so only for the first administrator."""
        actor = authorize(self.db, actor, Permission.USER_ADMIN, "create user")
        reason = require_reason(reason)
        username = username.strip()
        if not username or len(username) > 64 or not username.replace(".", "").replace("_", "").isalnum():
            raise ValidationError(
                "username must be 1-64 letters, digits, '.' or '_'", field="username", problem="format"
            )
        if not display_name.strip():
            raise ValidationError("display name required", field="display_name", problem="required")
        problem = security.password_problem(password)
        if problem:
            raise ValidationError("password too weak", field="password", problem=problem)
        role_list = _roles(roles)
        bound = _bound_station(role_list, station)
        with self.db.read() as s:
            _refuse_conflicts(s, role_list)
            if s.scalar(select(User.id).where(User.username == username)) is not None:
                raise ValidationError(
                    f"username {username} already exists", field="username", problem="duplicate"
                )
        password_hash = security.hash_secret(password)  # before the transaction: the KDF holds no lock
        payload: dict[str, Any] = {
            "username": username,
            "display_name": display_name.strip(),
            "roles": [r.value for r in role_list],
            "outsourced": outsourced,
            **({"station": bound} if bound else {}),
            **({"must_change_password": True} if must_change_password else {}),
        }
        if _needs_four_eyes(actor, role_list):
            return self._propose(actor, ProposalKind.CREATE_USER, payload, reason, secret_hash=password_hash)
        with self.db.write() as s:
            return _create(s, actor, payload, password_hash, reason)

    @remote
    def set_roles(self, actor: Principal, user_id: int, roles: Iterable[Role | str], reason: str) -> Change:
        """Roles taken away, and roles outside ``FOUR_EYES_ROLES`` granted, change at once; a role
        of ``FOUR_EYES_ROLES`` granted is only proposed (four eyes) unless the local console grants it."""
        actor = authorize(self.db, actor, Permission.USER_ADMIN, "change roles")
        reason = require_reason(reason)
        if actor.user_id == user_id:
            raise PermissionDenied("nobody changes their own roles", permission="sod", action="change roles")
        role_list = _roles(roles)
        with self.db.read() as s:
            user = self._user(s, user_id, lock=False)
            _check_roles(user, role_list)
            _refuse_conflicts(s, role_list)
            before = user.role_codes
        if _needs_four_eyes(actor, [r for r in role_list if r.value not in before]):
            payload = {"roles": [r.value for r in role_list], "before": before}
            return self._propose(actor, ProposalKind.GRANT_ROLES, payload, reason, user_id=user_id)
        with self.db.write() as s:
            return _set_roles(s, actor, self._user(s, user_id), role_list, reason)

    @remote
    def bind_station(self, actor: Principal, user_id: int, station: str, reason: str) -> Change:
        """Bind a station's service account (the ``station`` role alone) to the station it signs in
        as: an account made before binding existed (migration 0013 binds only those whose sessions
        named one station), or one moved to another station. Its open sessions at any other station
        end (their station's devices may no longer report as it)."""
        actor = authorize(self.db, actor, Permission.USER_ADMIN, "bind a station account")
        reason = require_reason(reason)
        code = station_code(station)
        with self.db.write() as s:
            user = self._user(s, user_id)
            if user.role_codes != [Role.STATION.value]:
                raise ValidationError(
                    "only a station's service account (the station role alone) is bound to a station",
                    field="station",
                    problem="format",
                )
            before = user.station
            user.station = code
            s.execute(
                update(UserSession)
                .where(
                    UserSession.user_id == user.id,
                    UserSession.revoked_at.is_(None),
                    func.upper(UserSession.station) != code,
                )
                .values(revoked_at=utcnow(), revoked_why="rebound")
            )
            return record(
                s,
                actor,
                Action.USER_STATION,
                Target.USER,
                user.id,
                reason=reason,
                before={"station": before},
                after={"station": code},
            )

    @remote
    def unlock_user(self, actor: Principal, user_id: int, reason: str) -> Change:
        """Only proposed (four eyes) unless the local console unlocks."""
        actor = authorize(self.db, actor, Permission.USER_ADMIN, "unlock user")
        reason = require_reason(reason)
        if actor.user_id == user_id:
            raise PermissionDenied("nobody unlocks their own account", permission="sod", action="unlock")
        if not actor.system:
            with self.db.read() as s:
                self._user(s, user_id, lock=False)
            return self._propose(actor, ProposalKind.UNLOCK_USER, {}, reason, user_id=user_id)
        with self.db.write() as s:
            return _unlock_user(s, actor, self._user(s, user_id), reason)

    @remote
    def reset_password(self, actor: Principal, user_id: int, new_password: str, reason: str) -> Change:
        actor = authorize(self.db, actor, Permission.USER_ADMIN, "reset password")
        reason = require_reason(reason)
        if actor.user_id == user_id:
            raise PermissionDenied(
                "use change password for your own account", permission="sod", action="reset password"
            )
        problem = security.password_problem(new_password)
        if problem:
            raise ValidationError("password too weak", field="password", problem=problem)
        new_hash = security.hash_secret(new_password)  # before the transaction: the KDF holds no lock
        if self._guarded(actor, user_id):
            return self._propose(
                actor, ProposalKind.RESET_PASSWORD, {}, reason, user_id=user_id, secret_hash=new_hash
            )
        with self.db.write() as s:
            return _reset_password(s, actor, self._user(s, user_id), new_hash, reason)

    @remote
    def set_active(self, actor: Principal, user_id: int, active: bool, reason: str) -> Change:
        actor = authorize(self.db, actor, Permission.USER_ADMIN, "enable/disable user")
        reason = require_reason(reason)
        if actor.user_id == user_id:
            raise PermissionDenied("nobody disables their own account", permission="sod", action="disable")
        if active and self._guarded(actor, user_id):  # disabling is at once; enabling is four-eyes
            return self._propose(actor, ProposalKind.ENABLE_USER, {}, reason, user_id=user_id)
        with self.db.write() as s:
            return _set_active(s, actor, self._user(s, user_id), active, reason)

    # -- cards and PINs -------------------------------------------------------------------------
    @remote
    def issue_card(self, actor: Principal, user_id: int, card_uid: str, pin: str, reason: str) -> Change:
        actor = authorize(self.db, actor, Permission.USER_ADMIN, "issue card")
        reason = require_reason(reason)
        card_uid = card_uid.strip().upper()
        if not card_uid or not card_uid.isalnum() or len(card_uid) > 64:
            raise ValidationError(
                "card number must be letters and digits", field="card_uid", problem="format"
            )
        problem = security.pin_problem(pin)
        if problem:
            raise ValidationError("PIN must be 6 digits and not a pattern", field="pin", problem=problem)
        pin_hash = security.hash_secret(pin)  # before the transaction: the KDF holds no lock
        if self._guarded(actor, user_id):
            return self._propose(
                actor,
                ProposalKind.ISSUE_CARD,
                {"card_uid": card_uid},
                reason,
                user_id=user_id,
                card=card_uid,
                secret_hash=pin_hash,
            )
        with self.db.write() as s:
            return _issue_card(s, actor, self._user(s, user_id), card_uid, pin_hash, reason)

    def verify_card_pin(self, card_uid: str, pin: str, *, context: str, public: bool = False) -> Principal:
        """Card + PIN check (vault handover). Unknown (possibly forged) cards, blacklisted or locked
        cards and wrong PINs are refused and audited; the third wrong PIN locks the card. The PIN is
        checked (once, against a dummy hash for an unknown card) before the write transaction.
        ``public``: a log-in from the network, refused as ``authenticate`` does (``PUBLIC_CARD_REFUSAL``
        with only the card number, unless the right PIN was given for a locked or blacklisted card)."""
        card_uid = card_uid.strip().upper()
        for _ in range(3):
            with self.db.read() as s:
                stored = s.scalar(select(Card.pin_hash).where(Card.card_uid == card_uid))
            # a PIN of old (4 digits, no pepper) opens nothing, and is not even checked
            ok = security.check_secret(
                pin, None if stored is None or security.pin_needs_reset(stored) else stored
            )
            with self.db.write() as s:
                card = s.scalar(select(Card).where(Card.card_uid == card_uid).with_for_update())
                if (card.pin_hash if card is not None else None) != stored:
                    continue  # re-issued meanwhile: check the new PIN
                outcome = self._card_outcome(s, card_uid, card, ok, context)
            if isinstance(outcome, Exception):
                if public and not (ok and isinstance(outcome, (AccountLocked, CardBlacklisted))):
                    raise AuthenticationFailed(PUBLIC_CARD_REFUSAL, card=card_uid)
                raise outcome
            return outcome
        raise AuthenticationFailed(PUBLIC_CARD_REFUSAL, card=card_uid)  # re-issued at every look

    @staticmethod
    def _card_outcome(
        s: Session, card_uid: str, card: Card | None, ok: bool, context: str
    ) -> Principal | SuiteError:
        """Count and audit one checked card + PIN in the caller's transaction."""
        if card is None:
            audit.append(s, "card-reader", Action.CARD_UNKNOWN, Target.CARD, card_uid, reason=context)
            return AuthenticationFailed("card not registered", card=card_uid, remaining=None, forged=True)
        if card.status == CardStatus.BLACKLISTED:
            audit.append(
                s, "card-reader", Action.CARD_REFUSED, Target.CARD, card_uid, reason=f"blacklisted; {context}"
            )
            return CardBlacklisted("card is blacklisted", card=card_uid)
        if card.status == CardStatus.LOCKED or not card.holder.active:
            audit.append(
                s, "card-reader", Action.CARD_REFUSED, Target.CARD, card_uid, reason=f"locked; {context}"
            )
            return AccountLocked("card locked", card=card_uid, why="locked")
        if security.pin_needs_reset(card.pin_hash):  # a 4-digit PIN of old: never accepted again
            audit.append(
                s,
                "card-reader",
                Action.CARD_REFUSED,
                Target.CARD,
                card_uid,
                reason=f"PIN reset due; {context}",
            )
            return AccountLocked(
                "the card needs a new PIN from the administrator", card=card_uid, why="pin_reset"
            )
        if not ok:
            card.failed_pins += 1
            remaining = MAX_FAILURES - card.failed_pins
            if remaining <= 0:
                card.status, card.locked_at = CardStatus.LOCKED, utcnow()
                audit.append(
                    s,
                    "card-reader",
                    Action.CARD_LOCKED,
                    Target.CARD,
                    card_uid,
                    reason=f"3 wrong PINs; {context}",
                    after={"failed_pins": card.failed_pins},
                )
                return AccountLocked("card locked after 3 wrong PINs", card=card_uid, why="locked")
            audit.append(
                s,
                "card-reader",
                Action.CARD_PIN_FAILED,
                Target.CARD,
                card_uid,
                reason=context,
                after={"failed_pins": card.failed_pins},
            )
            return AuthenticationFailed("wrong PIN", card=card_uid, remaining=remaining)
        card.failed_pins = 0
        principal = principal_of(card.holder)
        audit.append(s, principal, Action.CARD_VERIFIED, Target.CARD, card_uid, reason=context)
        return principal

    def verify_credentials(self, credentials: Credentials, *, context: str) -> Principal:
        """A second person proves who they are inside an operation: card and PIN if a card is given
        (``verify_card_pin``), else user name and password (``authenticate``, with ``context`` as
        the workstation). The same KDF checks, failure counting, lockout and audit entries as at a
        card reader or the log-in; raises as they do. Not for workstations to call on their own:
        the operation that needs the second person calls it (it has no actor)."""
        if not isinstance(credentials, Credentials):
            raise ValidationError("credentials are required", field="credentials", problem="required")
        if credentials.by_card:
            if not credentials.pin:
                raise ValidationError("the PIN is required", field="pin", problem="required")
            return self.verify_card_pin(credentials.card_uid, credentials.pin, context=context)
        if not credentials.username.strip() or not credentials.password:
            raise ValidationError(
                "card and PIN, or user name and password, are required",
                field="credentials",
                problem="required",
            )
        return self.authenticate(credentials.username, credentials.password, workstation=context)

    def holder_of(self, credentials: Credentials) -> int | None:
        """The user id the credentials name (the card's holder, or the user name's user), without
        checking any secret; None if they name nobody."""
        with self.db.read() as s:
            if credentials.by_card:
                card_uid = credentials.card_uid.strip().upper()
                return s.scalar(select(Card.holder_id).where(Card.card_uid == card_uid))
            return s.scalar(select(User.id).where(User.username == credentials.username.strip()))

    @remote
    def unlock_card(self, actor: Principal, card_uid: str, reason: str) -> Change:
        """Only proposed (four eyes) unless the local console unlocks."""
        actor = authorize(self.db, actor, Permission.USER_ADMIN, "unlock card")
        reason = require_reason(reason)
        with self.db.read() as s:
            card = self._card(s, card_uid, lock=False)
            _check_card_unlock(actor, card)
            uid, holder = card.card_uid, card.holder_id
        if not actor.system:
            return self._propose(actor, ProposalKind.UNLOCK_CARD, {}, reason, user_id=holder, card=uid)
        with self.db.write() as s:
            return _unlock_card(s, actor, self._card(s, card_uid), reason)

    @remote
    def reset_pin(self, actor: Principal, card_uid: str, pin: str, reason: str) -> Change:
        """Give a card a new PIN (6 digits, not a pattern): a PIN of old (4 digits, unpeppered, wiped
        by migration 0015) or a forgotten one. Its wrong-PIN count starts again; a lock stays until
        ``unlock_card``; a blacklisted card never gets one. Nobody resets their own card's PIN."""
        actor = authorize(self.db, actor, Permission.USER_ADMIN, "reset a card's PIN")
        reason = require_reason(reason)
        problem = security.pin_problem(pin)
        if problem:
            raise ValidationError("PIN must be 6 digits and not a pattern", field="pin", problem=problem)
        pin_hash = security.hash_secret(pin)  # before the transaction: the KDF holds no lock
        with self.db.read() as s:
            card = self._card(s, card_uid, lock=False)
            _check_pin_reset(actor, card)
            uid, holder = card.card_uid, card.holder_id
        if self._guarded(actor, holder):
            return self._propose(
                actor, ProposalKind.RESET_PIN, {}, reason, user_id=holder, card=uid, secret_hash=pin_hash
            )
        with self.db.write() as s:
            return _reset_pin(s, actor, self._card(s, uid), pin_hash, reason)

    @remote
    def blacklist_card(self, actor: Principal, card_uid: str, reason: str) -> Change:
        """Cancel a lost card for ever (黑名单)."""
        actor = authorize(self.db, actor, Permission.USER_ADMIN, "blacklist card")
        reason = require_reason(reason)
        with self.db.write() as s:
            card = self._card(s, card_uid)
            before = {"status": card.status}
            card.status, card.blacklisted_at = CardStatus.BLACKLISTED, utcnow()
            # whoever signed in with a card of theirs may hold this one: those sessions end
            end_sessions(s, card.holder_id, "card blacklisted", method="card")
            return record(
                s,
                actor,
                Action.CARD_BLACKLIST,
                Target.CARD,
                card.card_uid,
                reason=reason,
                before=before,
                after={"status": CardStatus.BLACKLISTED},
                detail={"user_id": card.holder_id},
            )

    # -- four eyes: proposals of user administration ------------------------------------------
    def _guarded(self, actor: Principal, user_id: int) -> bool:
        """Whether a person (not the local console) setting this account's secret, card or state
        needs a second administrator: it holds a four-eyes role (whoever knows its password or PIN
        could act as it, and approve as it)."""
        if actor.system:
            return False
        with self.db.read() as s:
            held = set(s.scalars(select(UserRole.role_code).where(UserRole.user_id == user_id)))
        return bool(held & {r.value for r in FOUR_EYES_ROLES})

    def _propose(
        self,
        actor: Principal,
        kind: ProposalKind,
        payload: dict[str, Any],
        reason: str,
        *,
        user_id: int | None = None,
        card: str | None = None,
        secret_hash: str | None = None,
    ) -> Change:
        """Record a proposal a second administrator decides; the change names the proposal."""
        with self.db.write() as s:
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
                    s.scalars(
                        pending.where(
                            UserProposal.target_user_id == user_id, UserProposal.target_card == card
                        )
                    )
                )
            if same:
                raise ValidationError(
                    "the same change is proposed already", field="proposal", problem="duplicate"
                )
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

    @remote
    def list_proposals(self, actor: Principal, pending_only: bool = True) -> list[ProposalView]:
        authorize(self.db, actor, Permission.USER_ADMIN, "list user proposals")
        with self.db.read() as s:
            query = select(UserProposal, User.username).outerjoin(
                User, User.id == UserProposal.target_user_id
            )
            if pending_only:
                query = query.where(UserProposal.status == ProposalStatus.PENDING)
            rows = s.execute(query.order_by(UserProposal.id.desc()).limit(500)).all()
            return [_proposal_view(p, name) for p, name in rows]

    def _decidable(self, actor: Principal, proposal_id: int, verb: str) -> UserProposal:
        """The pending proposal, read; a second administrator decides it (not its proposer, nor
        the user it is about) - refusals audited."""
        with self.db.read() as s:
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
                self.db,
                actor,
                "four_eyes",
                f"approve proposal {proposal_id}",
                "a second administrator, not the one who proposed it, approves",
                rule="four_eyes",
            )
        if p.target_user_id is not None and p.target_user_id == actor.user_id:
            deny(
                self.db,
                actor,
                "sod",
                f"{verb} proposal {proposal_id}",
                "nobody decides a change of their own account",
                rule="own_account",
            )
        return p

    @remote
    def approve_proposal(self, actor: Principal, proposal_id: int, reason: str) -> Change:
        """A second administrator approves: the change is made as proposed (checked again against
        the rules and the account as they are now), in one transaction with the decision; the
        change returned is the one made, naming the proposal and both administrators."""
        actor = authorize(self.db, actor, Permission.USER_ADMIN, "approve a user proposal")
        reason = require_reason(reason)
        found = self._decidable(actor, proposal_id, "approve")
        payload = json.loads(found.payload_json)
        with self.db.write() as s:
            p = s.get(UserProposal, proposal_id, with_for_update=True)
            if p is None or p.status != ProposalStatus.PENDING:  # decided meanwhile
                raise ValidationError(
                    f"proposal #{proposal_id} is decided already", field="proposal", problem="decided"
                )
            detail = {"proposal": p.id, "proposed_by": p.proposed_by}
            why = f"{p.reason} (approved: {reason})"
            kind = ProposalKind(p.kind)
            if kind == ProposalKind.CREATE_USER:
                roles = _roles(payload["roles"])
                _refuse_conflicts(s, roles)
                assert p.secret_hash is not None
                change = _create(s, actor, payload, p.secret_hash, why, **detail)
            elif kind == ProposalKind.GRANT_ROLES:
                assert p.target_user_id is not None
                user = self._user(s, p.target_user_id)
                if user.role_codes != payload["before"]:
                    raise ValidationError(
                        "the user's roles changed since this was proposed", field="proposal", problem="stale"
                    )
                roles = _roles(payload["roles"])
                _refuse_conflicts(s, roles)
                change = _set_roles(s, actor, user, roles, why, **detail)
            elif kind == ProposalKind.UNLOCK_USER:
                assert p.target_user_id is not None
                change = _unlock_user(s, actor, self._user(s, p.target_user_id), why, **detail)
            elif kind == ProposalKind.UNLOCK_CARD:
                assert p.target_card is not None
                change = _unlock_card(s, actor, self._card(s, p.target_card), why, **detail)
            elif kind == ProposalKind.RESET_PASSWORD:
                assert p.target_user_id is not None and p.secret_hash is not None
                change = _reset_password(
                    s, actor, self._user(s, p.target_user_id), p.secret_hash, why, **detail
                )
            elif kind == ProposalKind.ENABLE_USER:
                assert p.target_user_id is not None
                change = _set_active(s, actor, self._user(s, p.target_user_id), True, why, **detail)
            elif kind == ProposalKind.ISSUE_CARD:
                assert p.target_user_id is not None and p.target_card and p.secret_hash is not None
                user = self._user(s, p.target_user_id)
                change = _issue_card(s, actor, user, p.target_card, p.secret_hash, why, **detail)
            elif kind == ProposalKind.RESET_PIN:
                assert p.target_card is not None and p.secret_hash is not None
                change = _reset_pin(s, actor, self._card(s, p.target_card), p.secret_hash, why, **detail)
            else:
                change = self._set_conflicts(s, actor, [tuple(x) for x in payload["pairs"]], why, **detail)
            p.status, p.secret_hash = ProposalStatus.APPROVED, None
            p.decided_by_id, p.decided_by, p.decided_at, p.decision_reason = (
                actor.user_id,
                actor.username,
                utcnow(),
                reason,
            )
            record(
                s,
                actor,
                Action.USER_PROPOSAL_APPROVE,
                Target.USER_PROPOSAL,
                p.id,
                reason=reason,
                after={"kind": p.kind, "proposed_by": p.proposed_by},
                detail={"kind": p.kind},
            )
            return change

    @remote
    def reject_proposal(self, actor: Principal, proposal_id: int, reason: str) -> Change:
        """Any administrator rejects (its proposer withdraws it so), except the user it is about."""
        actor = authorize(self.db, actor, Permission.USER_ADMIN, "reject a user proposal")
        reason = require_reason(reason)
        self._decidable(actor, proposal_id, "reject")
        with self.db.write() as s:
            p = s.get(UserProposal, proposal_id, with_for_update=True)
            if p is None or p.status != ProposalStatus.PENDING:
                raise ValidationError(
                    f"proposal #{proposal_id} is decided already", field="proposal", problem="decided"
                )
            p.status, p.secret_hash = ProposalStatus.REJECTED, None
            p.decided_by_id, p.decided_by, p.decided_at, p.decision_reason = (
                actor.user_id,
                actor.username,
                utcnow(),
                reason,
            )
            return record(
                s,
                actor,
                Action.USER_PROPOSAL_REJECT,
                Target.USER_PROPOSAL,
                p.id,
                reason=reason,
                after={"kind": p.kind, "proposed_by": p.proposed_by},
                detail={"kind": p.kind},
            )

    # -- separation of duties: the table of incompatible roles -------------------------------
    @remote
    def role_conflicts(self, actor: Principal) -> list[tuple[str, str]]:
        authorize(self.db, actor, Permission.USER_ADMIN, "list incompatible roles")
        with self.db.read() as s:
            return conflict_pairs(s)

    @remote
    def set_role_conflicts(self, actor: Principal, pairs: list[list[str]], reason: str) -> Change:
        """Replace the table of incompatible roles: proposed (four eyes) unless the local console
        does it. Accounts already holding a new pair keep it until their roles next change."""
        actor = authorize(self.db, actor, Permission.USER_ADMIN, "change incompatible roles")
        reason = require_reason(reason)
        wanted = _pairs(pairs)
        with self.db.read() as s:
            before = conflict_pairs(s)
        if not actor.system:
            payload = {"pairs": [list(x) for x in wanted], "before": [list(x) for x in before]}
            return self._propose(actor, ProposalKind.ROLE_CONFLICTS, payload, reason)
        with self.db.write() as s:
            return self._set_conflicts(s, actor, wanted, reason)

    @staticmethod
    def _set_conflicts(
        s: Session, actor: Principal, pairs: list[tuple[str, str]], reason: str, **detail: Any
    ) -> Change:
        before = conflict_pairs(s)
        s.execute(delete(RoleConflict))
        s.add_all(RoleConflict(role_a=a, role_b=b) for a, b in pairs)
        return record(
            s,
            actor,
            Action.ROLE_CONFLICTS,
            Target.ROLE_CONFLICTS,
            "table",
            reason=reason,
            before=[list(x) for x in before],
            after=[list(x) for x in pairs],
            detail=detail,
        )

    def bootstrap_administrator(
        self, actor: Principal, username: str, display_name: str, password: str, reason: str
    ) -> Change:
        """The first administrator, made at the local console (the server host, the owner's
        credential) when no account holds the administrator role: nobody could approve one yet.
        Every later one is proposed and approved by two administrators. Not remote."""
        if not actor.system:
            raise PermissionDenied(
                "only the local console makes the first administrator",
                permission="four_eyes",
                action="bootstrap",
            )
        with self.db.read() as s:
            exists = s.scalar(select(UserRole.user_id).where(UserRole.role_code == Role.ADMIN.value).limit(1))
        if exists is not None:
            raise PermissionDenied(
                "an administrator exists: another is proposed and approved by a second administrator",
                permission="four_eyes",
                action="create an administrator",
                rule="four_eyes",
            )
        return self.create_user(actor, username, display_name, password, [Role.ADMIN], reason=reason)

    def console_unlock(self, actor: Principal, user_id: int, reason: str) -> Change:
        """Unlock at the local console (``bank-suite unlock-user`` on the server host): only when no
        other administrator could approve a proposal (none active and unlocked but the user); else
        it is proposed in user administration and decided by two. Not remote."""
        if not actor.system:
            raise PermissionDenied(
                "only the local console unlocks so", permission="four_eyes", action="unlock"
            )
        with self.db.read() as s:
            approver = s.scalar(
                select(User.id)
                .join(UserRole, UserRole.user_id == User.id)
                .where(
                    UserRole.role_code == Role.ADMIN.value,
                    User.active.is_(True),
                    User.locked_at.is_(None),
                    User.id != user_id,
                )
                .limit(1)
            )
        if approver is not None:
            raise PermissionDenied(
                "administrators can decide this: one proposes the unlock, a second approves it",
                permission="four_eyes",
                action="unlock",
                rule="four_eyes",
            )
        return self.unlock_user(actor, user_id, reason)

    # -- helpers --------------------------------------------------------------------------------
    @staticmethod
    def _user(s: Session, user_id: int, *, lock: bool = True) -> User:
        """The user row, locked for update unless only read (a change must not race another)."""
        user = s.get(User, user_id, with_for_update=lock)
        if user is None:
            raise NotFound(f"no user #{user_id}", entity="user", key=user_id)
        return user

    @staticmethod
    def _card(s: Session, card_uid: str, *, lock: bool = True) -> Card:
        query = select(Card).where(Card.card_uid == card_uid.strip().upper())
        card = s.scalar(query.with_for_update() if lock else query)
        if card is None:
            raise NotFound(f"no card {card_uid}", entity="card", key=card_uid)
        return card
