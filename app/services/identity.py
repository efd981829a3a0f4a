"""Identity: log-in, lockout, users, roles and cards with PINs. Any thread (one session per call).

Three wrong passwords lock a user; three wrong PINs lock a card. Locks are rows in the database, so
they survive restarts, and only an administrator (never the locked person) lifts them. A blacklisted
card is final. Every outcome, good or bad, is audited. A change that makes a user's server sessions
void ends them in its own transaction (``app.services.revocation``): a reset password, a password
changed (all but the session that changed it), a disabled account, changed roles, the lock, and a
blacklisted card (the sessions opened with a card).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app import audit, security
from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import Card, User, UserRole, UserSession
from app.errors import (
    AccountLocked,
    AuthenticationFailed,
    CardBlacklisted,
    PasswordChangeRequired,
    PermissionDenied,
    SuiteError,
    ValidationError,
)
from app.operations import Action, Change, Target, record
from app.rbac import FOUR_EYES_ROLES, Permission, Principal, Role
from app.remote import remote
from app.services import user_changes as changes
from app.services import user_proposals as proposals
from app.services.guard import authorize, principal_of, require_reason
from app.services.revocation import end_sessions
from app.services.user_proposals import ProposalKind, ProposalView
from app.stations import station_code
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
            return _view(changes.user_row(s, user_id, lock=False))

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
        readers' movements are accepted from it only); required for that role, refused for others,
        and refused (``problem="taken"``) when another account is bound to it.

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
        role_list = changes.roles_of(roles)
        bound = changes.bound_station(role_list, station)
        with self.db.read() as s:
            changes.refuse_conflicts(s, role_list)
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
        if proposals.needs_four_eyes(actor, role_list):
            return self._propose(actor, ProposalKind.CREATE_USER, payload, reason, secret_hash=password_hash)
        with self.db.write() as s:
            return changes.create(s, actor, payload, password_hash, reason)

    @remote
    def set_roles(self, actor: Principal, user_id: int, roles: Iterable[Role | str], reason: str) -> Change:
        """Roles taken away, and roles outside ``FOUR_EYES_ROLES`` granted, change at once; a role
        of ``FOUR_EYES_ROLES`` granted is only proposed (four eyes) unless the local console grants it."""
        actor = authorize(self.db, actor, Permission.USER_ADMIN, "change roles")
        reason = require_reason(reason)
        if actor.user_id == user_id:
            raise PermissionDenied("nobody changes their own roles", permission="sod", action="change roles")
        role_list = changes.roles_of(roles)
        with self.db.read() as s:
            user = changes.user_row(s, user_id, lock=False)
            changes.check_roles(user, role_list)
            changes.refuse_conflicts(s, role_list)
            before = user.role_codes
        if proposals.needs_four_eyes(actor, [r for r in role_list if r.value not in before]):
            payload = {"roles": [r.value for r in role_list], "before": before}
            return self._propose(actor, ProposalKind.GRANT_ROLES, payload, reason, user_id=user_id)
        with self.db.write() as s:
            return changes.set_roles(s, actor, changes.user_row(s, user_id), role_list, reason)

    @remote
    def bind_station(self, actor: Principal, user_id: int, station: str, reason: str) -> Change:
        """Bind a station's service account (the ``station`` role alone) to the station it signs in
        as: an account made before binding existed (migration 0013 binds only those whose sessions
        named one station), or one moved to another station. Its open sessions at any other station
        end (their station's devices may no longer report as it). A station bound to another account
        is refused (``problem="taken"``, naming it): one account per station, so that a second,
        forgotten one cannot report the station's devices; the database's unique index decides."""
        actor = authorize(self.db, actor, Permission.USER_ADMIN, "bind a station account")
        reason = require_reason(reason)
        code = station_code(station)
        with self.db.write() as s:
            user = changes.user_row(s, user_id)
            if user.role_codes != [Role.STATION.value]:
                raise ValidationError(
                    "only a station's service account (the station role alone) is bound to a station",
                    field="station",
                    problem="format",
                )
            before = user.station
            with changes.unless_station_taken(s, code, user.id):
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
                changes.user_row(s, user_id, lock=False)
            return self._propose(actor, ProposalKind.UNLOCK_USER, {}, reason, user_id=user_id)
        with self.db.write() as s:
            return changes.unlock_user(s, actor, changes.user_row(s, user_id), reason)

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
                actor,
                ProposalKind.RESET_PASSWORD,
                {},
                reason,
                user_id=user_id,
                secret_hash=new_hash,
            )
        with self.db.write() as s:
            return changes.reset_password(s, actor, changes.user_row(s, user_id), new_hash, reason)

    @remote
    def set_active(self, actor: Principal, user_id: int, active: bool, reason: str) -> Change:
        actor = authorize(self.db, actor, Permission.USER_ADMIN, "enable/disable user")
        reason = require_reason(reason)
        if actor.user_id == user_id:
            raise PermissionDenied("nobody disables their own account", permission="sod", action="disable")
        if active and self._guarded(actor, user_id):  # disabling is at once; enabling is four-eyes
            return self._propose(actor, ProposalKind.ENABLE_USER, {}, reason, user_id=user_id)
        with self.db.write() as s:
            return changes.set_active(s, actor, changes.user_row(s, user_id), active, reason)

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
            return changes.issue_card(s, actor, changes.user_row(s, user_id), card_uid, pin_hash, reason)

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
            card = changes.card_row(s, card_uid, lock=False)
            changes.check_card_unlock(actor, card)
            uid, holder = card.card_uid, card.holder_id
        if not actor.system:
            return self._propose(actor, ProposalKind.UNLOCK_CARD, {}, reason, user_id=holder, card=uid)
        with self.db.write() as s:
            return changes.unlock_card(s, actor, changes.card_row(s, card_uid), reason)

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
            card = changes.card_row(s, card_uid, lock=False)
            changes.check_pin_reset(actor, card)
            uid, holder = card.card_uid, card.holder_id
        if self._guarded(actor, holder):
            return self._propose(
                actor,
                ProposalKind.RESET_PIN,
                {},
                reason,
                user_id=holder,
                card=uid,
                secret_hash=pin_hash,
            )
        with self.db.write() as s:
            return changes.reset_pin(s, actor, changes.card_row(s, uid), pin_hash, reason)

    @remote
    def blacklist_card(self, actor: Principal, card_uid: str, reason: str) -> Change:
        """Cancel a lost card for ever (黑名单)."""
        actor = authorize(self.db, actor, Permission.USER_ADMIN, "blacklist card")
        reason = require_reason(reason)
        with self.db.write() as s:
            card = changes.card_row(s, card_uid)
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
        self, actor: Principal, kind: ProposalKind, payload: dict[str, Any], reason: str, **target: Any
    ) -> Change:
        """``proposals.propose`` in a transaction of its own (``target``: its user_id, card, secret_hash)."""
        with self.db.write() as s:
            return proposals.propose(s, actor, kind, payload, reason, **target)

    @remote
    def list_proposals(self, actor: Principal, pending_only: bool = True) -> list[ProposalView]:
        authorize(self.db, actor, Permission.USER_ADMIN, "list user proposals")
        with self.db.read() as s:
            return proposals.listed(s, pending_only)

    @remote
    def approve_proposal(self, actor: Principal, proposal_id: int, reason: str) -> Change:
        """A second administrator approves: the change is made as proposed (checked again against
        the rules and the account as they are now), in one transaction with the decision; the
        change returned is the one made, naming the proposal and both administrators."""
        actor = authorize(self.db, actor, Permission.USER_ADMIN, "approve a user proposal")
        reason = require_reason(reason)
        proposals.decidable(self.db, actor, proposal_id, "approve")
        with self.db.write() as s:
            p = proposals.pending_row(s, proposal_id)
            change = proposals.carry_out(s, actor, p, reason)
            proposals.decide(s, actor, p, ProposalStatus.APPROVED, reason)
            return change

    @remote
    def reject_proposal(self, actor: Principal, proposal_id: int, reason: str) -> Change:
        """Any administrator rejects (its proposer withdraws it so), except the user it is about."""
        actor = authorize(self.db, actor, Permission.USER_ADMIN, "reject a user proposal")
        reason = require_reason(reason)
        proposals.decidable(self.db, actor, proposal_id, "reject")
        with self.db.write() as s:
            p = proposals.pending_row(s, proposal_id)
            return proposals.decide(s, actor, p, ProposalStatus.REJECTED, reason)

    # -- separation of duties: the table of incompatible roles -------------------------------
    @remote
    def role_conflicts(self, actor: Principal) -> list[tuple[str, str]]:
        authorize(self.db, actor, Permission.USER_ADMIN, "list incompatible roles")
        with self.db.read() as s:
            return changes.conflict_pairs(s)

    @remote
    def set_role_conflicts(self, actor: Principal, pairs: list[list[str]], reason: str) -> Change:
        """Replace the table of incompatible roles: proposed (four eyes) unless the local console
        does it. Accounts already holding a new pair keep it until their roles next change."""
        actor = authorize(self.db, actor, Permission.USER_ADMIN, "change incompatible roles")
        reason = require_reason(reason)
        wanted = changes.pairs_of(pairs)
        with self.db.read() as s:
            before = changes.conflict_pairs(s)
        if not actor.system:
            payload = {"pairs": [list(x) for x in wanted], "before": [list(x) for x in before]}
            return self._propose(actor, ProposalKind.ROLE_CONFLICTS, payload, reason)
        with self.db.write() as s:
            return changes.set_conflicts(s, actor, wanted, reason)

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
