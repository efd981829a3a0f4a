"""Log-in, lockout (surviving restart), roles checked in the service layer, separation of duties."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app import security
from app.db.bootstrap import open_database
from app.db.models import AuditEntry, User
from app.errors import AccountLocked, AuthenticationFailed, PermissionDenied, SessionEnded, ValidationError
from app.rbac import Permission, Principal, Role, system_principal
from app.services import Services

ROOT = system_principal("test")
PW = "Str0ng!pass"


def make_user(services: Services, username: str, *roles: Role, outsourced: bool = False) -> int:
    change = services.identity.create_user(
        ROOT, username, username.title(), PW, roles or [Role.OPERATOR], outsourced=outsourced, reason="test"
    )
    return int(change.target_ids[0])


def actions(services: Services) -> list[str]:
    with services.db.read() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_passwords_are_hashed_with_scrypt(services: Services) -> None:
    make_user(services, "alice")
    with services.db.read() as s:
        stored = s.scalar(select(User.password_hash).where(User.username == "alice"))
    assert stored is not None and stored.startswith("scrypt-hmac$") and PW not in stored
    assert int(stored.split("$")[1]) == security.LOG2_N  # 2**17 outside the tests (test_secrets_at_rest)
    assert security.verify_secret(PW, stored) and not security.verify_secret(PW + "x", stored)


def test_login_returns_principal_with_roles(services: Services) -> None:
    make_user(services, "bob", Role.SUPERVISOR, Role.REVIEWER)
    who = services.identity.authenticate("bob", PW)
    assert who.username == "bob" and who.roles == {Role.SUPERVISOR, Role.REVIEWER}
    assert who.can(Permission.AUTHORIZE) and not who.can(Permission.USER_ADMIN)
    assert actions(services)[-1] == "auth.login"


def test_three_wrong_passwords_lock_and_lock_survives_restart(services: Services, db_url: str) -> None:
    uid = make_user(services, "carol")
    with pytest.raises(AuthenticationFailed) as first:
        services.identity.authenticate("carol", "wrong-1")
    assert first.value.params["remaining"] == 2
    with pytest.raises(AuthenticationFailed) as second:
        services.identity.authenticate("carol", "wrong-2")
    assert second.value.params["remaining"] == 1
    with pytest.raises(AccountLocked):
        services.identity.authenticate("carol", "wrong-3")
    # The right password no longer helps, even after a "restart" (a new Database on the same URL).
    services.db.dispose()
    reopened = open_database(db_url)
    try:
        from app.services import build_services

        again = build_services(reopened)
        with pytest.raises(AccountLocked):
            again.identity.authenticate("carol", PW)
        assert again.identity.get_user(ROOT, uid).locked
        again.identity.unlock_user(ROOT, uid, reason="verified identity by phone")
        assert again.identity.authenticate("carol", PW).username == "carol"
        acts = actions(again)
        assert acts.count("auth.login_failed") == 2 and "auth.locked" in acts and "user.unlock" in acts
    finally:
        reopened.dispose()


def test_successful_login_resets_the_failure_count(services: Services) -> None:
    make_user(services, "dave")
    for _ in range(2):
        with pytest.raises(AuthenticationFailed):
            services.identity.authenticate("dave", "nope")
    services.identity.authenticate("dave", PW)
    with pytest.raises(AuthenticationFailed) as exc:
        services.identity.authenticate("dave", "nope")
    assert exc.value.params["remaining"] == 2


def test_unknown_user_is_refused_and_audited(services: Services) -> None:
    with pytest.raises(AuthenticationFailed) as exc:
        services.identity.authenticate("ghost", "whatever")
    assert exc.value.params["remaining"] is None
    assert actions(services)[-1] == "auth.login_failed"


def test_roles_are_checked_in_the_service_and_denials_audited(services: Services) -> None:
    make_user(services, "op", Role.OPERATOR)
    operator = services.identity.authenticate("op", PW)
    with pytest.raises(PermissionDenied):
        services.identity.create_user(operator, "mallory", "M", PW, [Role.ADMIN], reason="sneaky")
    with pytest.raises(PermissionDenied):
        services.identity.list_users(operator)
    assert actions(services)[-2:] == ["security.denied", "security.denied"]


def test_revoked_role_takes_effect_for_a_logged_in_user(services: Services) -> None:
    make_user(services, "boss", Role.ADMIN)
    uid = make_user(services, "adm2", Role.ADMIN)
    boss = services.identity.authenticate("boss", PW)
    adm2 = services.identity.authenticate("adm2", PW)
    services.identity.set_roles(boss, uid, [Role.OPERATOR], reason="moved to control room")
    with pytest.raises(PermissionDenied):
        services.identity.list_users(adm2)  # the stale principal still says admin; the database does not


def test_separation_of_duties_for_own_account(services: Services) -> None:
    uid = make_user(services, "root2", Role.ADMIN)
    me = services.identity.authenticate("root2", PW)
    with pytest.raises(PermissionDenied):
        services.identity.set_roles(me, uid, [Role.ADMIN, Role.AUDITOR], reason="more power")
    with pytest.raises(PermissionDenied):
        services.identity.unlock_user(me, uid, reason="self")


def test_outsourced_staff_get_restricted_rights(services: Services) -> None:
    make_user(services, "ext", Role.KEYER, Role.SUPERVISOR, outsourced=True)
    ext = services.identity.authenticate("ext", PW)
    assert ext.permissions == {Permission.KEYING}


def test_bad_input_is_rejected_with_codes(services: Services) -> None:
    with pytest.raises(ValidationError) as weak:
        services.identity.create_user(ROOT, "weak", "W", "password", [Role.TELLER], reason="t")
    assert weak.value.params["problem"] == "too_simple"
    with pytest.raises(ValidationError) as short:
        services.identity.create_user(ROOT, "short", "S", "Ab1!", [Role.TELLER], reason="t")
    assert short.value.params["problem"] == "too_short"
    with pytest.raises(ValidationError) as noreason:
        services.identity.create_user(ROOT, "x", "X", PW, [Role.TELLER], reason="  ")
    assert noreason.value.params["field"] == "reason"
    make_user(services, "dup")
    with pytest.raises(ValidationError) as dup:
        make_user(services, "dup")
    assert dup.value.params["problem"] == "duplicate"
    with pytest.raises(ValidationError):
        services.identity.create_user(ROOT, "bad name!", "B", PW, [Role.TELLER], reason="t")
    with pytest.raises(ValidationError):
        services.identity.create_user(ROOT, "norole", "N", PW, ["wizard"], reason="t")


def test_card_pin_lockout_and_blacklist(services: Services) -> None:
    uid = make_user(services, "vaultie", Role.CUSTODIAN)
    services.identity.issue_card(ROOT, uid, "c0a80199", "482619", reason="new card")
    assert services.identity.verify_card_pin("C0A80199", "482619", context="test").username == "vaultie"
    for expected in (2, 1):
        with pytest.raises(AuthenticationFailed) as exc:
            services.identity.verify_card_pin("C0A80199", "0000", context="test")
        assert exc.value.params["remaining"] == expected
    with pytest.raises(AccountLocked):
        services.identity.verify_card_pin("C0A80199", "0000", context="test")
    with pytest.raises(AccountLocked):  # locked: the right PIN is refused too
        services.identity.verify_card_pin("C0A80199", "482619", context="test")
    services.identity.unlock_card(ROOT, "C0A80199", reason="holder re-verified")
    services.identity.verify_card_pin("C0A80199", "482619", context="test")
    services.identity.blacklist_card(ROOT, "C0A80199", reason="reported lost")
    from app.errors import CardBlacklisted

    with pytest.raises(CardBlacklisted):
        services.identity.verify_card_pin("C0A80199", "482619", context="test")
    with pytest.raises(CardBlacklisted):
        services.identity.unlock_card(ROOT, "C0A80199", reason="try to revive")
    with pytest.raises(AuthenticationFailed) as forged:
        services.identity.verify_card_pin("DEADBEEF", "482619", context="test")
    assert forged.value.params["forged"] is True
    acts = actions(services)
    assert {"card.locked", "card.unlock", "card.blacklist", "card.refused", "card.unknown"} <= set(acts)


def test_pin_rules(services: Services) -> None:
    """6 digits, and not a pattern one guesses first (the PINs of 4 digits fell to an offline search)."""
    uid = make_user(services, "p")
    for bad, problem in (
        ("12", "pin_format"),
        ("abcdef", "pin_format"),
        ("395172", None),
        ("4821", "pin_format"),  # 4 digits: no longer
        ("１２３４５６", "pin_format"),  # full-width digits are digits to Python, not to a keypad
        ("1234567", "pin_format"),
        ("111111", "pin_trivial"),
        ("123456", "pin_trivial"),
        ("654321", "pin_trivial"),
        ("135791", "pin_trivial"),  # one step, wrapping
        ("890123", "pin_trivial"),
        ("123123", "pin_trivial"),
        ("112233", "pin_trivial"),
        ("123321", "pin_trivial"),
        ("258025", "pin_trivial"),  # the keypad's middle column, 2580 and on
        ("085208", "pin_trivial"),
        ("147258", "pin_trivial"),
        ("963852", "pin_trivial"),
    ):
        assert security.pin_problem(bad) == problem, bad
        if problem is None:
            continue
        with pytest.raises(ValidationError) as refused:
            services.identity.issue_card(ROOT, uid, "AA01", bad, reason="t")
        assert refused.value.params == {"field": "pin", "problem": problem}
    services.identity.issue_card(ROOT, uid, "AA01", "395172", reason="t")


def test_principal_require() -> None:
    p = Principal(1, "t", "T", frozenset({Role.TELLER}))
    p.require(Permission.AUTH_REQUEST)
    with pytest.raises(PermissionDenied):
        p.require(Permission.AUTHORIZE)


def test_an_unbound_station_account_is_bound_by_an_administrator_and_audited(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A station account made before station binding (migration 0013 could not tell its station):
    set_roles says to bind it; bind_station does, audited, and ends its sessions at other stations."""
    from app.services.guard import principal_of
    from app.services.sessions import SessionService
    from app.services.tracking import TrackingService

    monkeypatch.setattr(security, "LOG2_N", 10)  # the documented test knob: log-ins are faster
    uid = int(
        services.identity.create_user(
            ROOT, "station9", "WS9", PW, [Role.STATION], station="WS9", reason="t"
        ).target_ids[0]
    )
    with services.db.write() as s:  # as migration 0013 leaves an account it could not bind
        s.get(User, uid).station = None  # type: ignore[union-attr]
    sessions = SessionService(services.db, services.identity)
    here, elsewhere = (sessions.open_with_password("station9", PW, st) for st in ("ws1", "WS2"))
    with pytest.raises(ValidationError) as unbound:
        services.identity.set_roles(ROOT, uid, [Role.STATION], "bind it")
    assert unbound.value.params["problem"] == "unbound" and "bind_station" in unbound.value.message
    admin_id = make_user(services, "root2", Role.ADMIN)
    make_user(services, "op", Role.OPERATOR)
    operator = services.identity.authenticate("op", PW)
    with pytest.raises(PermissionDenied):
        services.identity.bind_station(operator, uid, "WS1", "try")
    with pytest.raises(ValidationError):
        services.identity.bind_station(ROOT, uid, "WS1", " ")  # a reason is required
    with pytest.raises(ValidationError):
        services.identity.bind_station(ROOT, uid, "WS 1", "bad code")
    with pytest.raises(ValidationError):  # a person is never bound to a station
        services.identity.bind_station(ROOT, admin_id, "WS1", "not a station")

    change = services.identity.bind_station(ROOT, uid, " ws1 ", "migrated from 0012")
    assert change.action == "user.station" and change.target_ids == (str(uid),)
    with services.db.read() as s:
        user = s.get(User, uid)
        assert user is not None and user.station == "WS1"
        entry = s.get(AuditEntry, change.audit_id)
        assert entry is not None and entry.reason == "migrated from 0012"
        assert (entry.before_json, entry.after_json) == ('{"station":null}', '{"station":"WS1"}')
        station = principal_of(user)
    assert sessions.resolve(here.token).station == "ws1"
    with pytest.raises(SessionEnded):  # its session at WS2 ended: WS2's devices no longer report as it
        sessions.resolve(elsewhere.token)
    assert TrackingService(services.db, shared=True).ingest(station, "WS1", "WS1:k", []).count == 0
    services.identity.set_roles(ROOT, uid, [Role.STATION], "bound now")  # no longer refused
