"""The changes of user administration, each made in the caller's transaction and audited: an
account created, its roles, unlocks, passwords, cards and PINs, and the table of incompatible roles
(separation of duties). ``IdentityService`` makes them at once, or a second administrator's approval
of a proposal does (``app.services.user_proposals``). Any thread (the caller's session)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.models import Card, RoleConflict, User, UserRole
from app.errors import CardBlacklisted, NotFound, PermissionDenied, ValidationError
from app.operations import Action, Change, Target, record
from app.rbac import Principal, Role
from app.services.revocation import end_sessions
from app.stations import optional_station
from app.statuses import CardStatus


def roles_of(roles: Iterable[Role | str]) -> list[Role]:
    try:
        result = sorted({Role(r) for r in roles})
    except ValueError as exc:
        raise ValidationError(str(exc), field="roles", problem="unknown_role") from exc
    if not result:
        raise ValidationError("at least one role is required", field="roles", problem="required")
    return result


def bound_station(roles: list[Role], station: str | None) -> str | None:
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


@contextmanager
def unless_station_taken(s: Session, station: str | None, user_id: int | None = None) -> Iterator[None]:
    """Write what the block adds or changes, or refuse it (``problem="taken"``, naming the other
    account) if ``station`` is bound to an account other than ``user_id``. The database's partial
    unique index ``ux_users_station`` decides, not a look-up first: two administrators binding two
    accounts to one station at the same instant bind one (on PostgreSQL the second waits for the
    first to commit, then is refused; SQLite has one writer). The block runs in a savepoint, which
    keeps the transaction usable to name the other account; any other integrity error (a user name
    taken) is re-raised for the caller to explain."""
    try:
        with s.begin_nested():
            yield
            s.flush()
    except IntegrityError:
        holder = select(User.username).where(User.station == station)
        if user_id is not None:
            holder = holder.where(User.id != user_id)
        with s.no_autoflush:  # the refused change went with its savepoint: nothing to write again
            other = s.scalar(holder) if station is not None else None
        if other is None:  # not the station: not ours to explain
            raise
        raise ValidationError(
            f"station {station} is already bound to the account {other}: one account per station "
            f"(bind {other} elsewhere first if it is no longer this station's)",
            field="station",
            problem="taken",
            station=station,
            account=other,
        ) from None


def conflict_pairs(s: Session) -> list[tuple[str, str]]:
    return [
        (a, b)
        for a, b in s.execute(
            select(RoleConflict.role_a, RoleConflict.role_b).order_by(
                RoleConflict.role_a, RoleConflict.role_b
            )
        )
    ]


def refuse_conflicts(s: Session, roles: Iterable[Role]) -> None:
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


def check_roles(user: User, role_list: list[Role]) -> None:
    """What a user's new roles must be, apart from conflicts: a station stays a station."""
    if Role.STATION in role_list and user.station is None and user.role_codes == [Role.STATION.value]:
        raise ValidationError(  # an account made before station binding (migration 0013)
            "this station account is bound to no station: bind it with bind_station "
            "(bank-suite set-user-station)",
            field="station",
            problem="unbound",
        )
    bound_station(role_list, user.station)  # a person cannot become a station, nor back


def create(
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
    try:
        with unless_station_taken(s, user.station):
            s.add(user)
    except IntegrityError as exc:
        raise ValidationError(
            f"username {payload['username']} already exists", field="username", problem="duplicate"
        ) from exc
    return record(
        s, actor, Action.USER_CREATE, Target.USER, user.id, reason=reason, after=payload, detail=detail
    )


def set_roles(
    s: Session, actor: Principal, user: User, role_list: list[Role], reason: str, **detail: Any
) -> Change:
    check_roles(user, role_list)
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


def unlock_user(s: Session, actor: Principal, user: User, reason: str, **detail: Any) -> Change:
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


def check_card_unlock(actor: Principal, card: Card) -> None:
    if card.status == CardStatus.BLACKLISTED:
        raise CardBlacklisted("a blacklisted card can never be used again", card=card.card_uid)
    if card.holder_id == actor.user_id:
        raise PermissionDenied("nobody unlocks their own card", permission="sod", action="unlock card")


def unlock_card(s: Session, actor: Principal, card: Card, reason: str, **detail: Any) -> Change:
    check_card_unlock(actor, card)
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


def reset_password(
    s: Session, actor: Principal, user: User, password_hash: str, reason: str, **detail: Any
) -> Change:
    user.password_hash = password_hash
    end_sessions(s, user.id, "password reset")
    return record(s, actor, Action.USER_PASSWORD_RESET, Target.USER, user.id, reason=reason, detail=detail)


def set_active(s: Session, actor: Principal, user: User, active: bool, reason: str, **detail: Any) -> Change:
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


def issue_card(
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


def check_pin_reset(actor: Principal, card: Card) -> None:
    if card.status == CardStatus.BLACKLISTED:
        raise CardBlacklisted("a blacklisted card can never be used again", card=card.card_uid)
    if card.holder_id == actor.user_id:
        raise PermissionDenied("nobody resets their own card's PIN", permission="sod", action="reset PIN")


def reset_pin(s: Session, actor: Principal, card: Card, pin_hash: str, reason: str, **detail: Any) -> Change:
    check_pin_reset(actor, card)
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


def pairs_of(pairs: Iterable[Iterable[Role | str]]) -> list[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for pair in pairs:
        roles = roles_of(pair)
        if len(roles) != 2:
            raise ValidationError("a pair names two different roles", field="pairs", problem="format")
        out.add((roles[0].value, roles[1].value))
    return sorted(out)


def set_conflicts(
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


def user_row(s: Session, user_id: int, *, lock: bool = True) -> User:
    """The user row, locked for update unless only read (a change must not race another)."""
    user = s.get(User, user_id, with_for_update=lock)
    if user is None:
        raise NotFound(f"no user #{user_id}", entity="user", key=user_id)
    return user


def card_row(s: Session, card_uid: str, *, lock: bool = True) -> Card:
    query = select(Card).where(Card.card_uid == card_uid.strip().upper())
    card = s.scalar(query.with_for_update() if lock else query)
    if card is None:
        raise NotFound(f"no card {card_uid}", entity="card", key=card_uid)
    return card
