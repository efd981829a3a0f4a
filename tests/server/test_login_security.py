"""Log-ins at the suite server, as an outsider on the network would try them: a refusal does not tell
whether the name (or card) exists; an address that fails too often is refused for a while before any
work; and log-ins cannot take the threads the signed-in workstations' calls need."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import func, select

from app import security, wire
from app.client.transport import Connection
from app.db.models import AuditEntry
from app.errors import AccountLocked, AuthenticationFailed, CardBlacklisted, SuiteError, TooManyAttempts
from app.operations import Action
from app.rbac import Role, system_principal
from app.server.throttle import LoginThrottle

from .conftest import PW, start_server

ROOT = system_principal("test")


def refusal(c: Connection, **login: str) -> SuiteError:
    with pytest.raises(SuiteError) as refused:
        c.login(wire.LoginRequest(station="WS1", **login))
    return refused.value


def shape(exc: SuiteError) -> tuple[type, str, str, dict[str, object]]:
    return type(exc), exc.code, exc.message, exc.params


def test_a_refused_log_in_does_not_tell_whether_the_user_exists(live, services, make_user) -> None:  # type: ignore[no-untyped-def]
    make_user("teller", Role.TELLER)
    gone = make_user("gone", Role.TELLER)
    services.identity.set_active(ROOT, gone, False, "left the bank")
    locked = make_user("locked", Role.TELLER)
    victim = make_user("victim", Role.TELLER)
    c = Connection([live.url], live.pin)
    try:
        for _ in range(2):
            with pytest.raises(AuthenticationFailed):
                services.identity.authenticate("locked", "wrong")
        with pytest.raises(AccountLocked):  # at a workstation of the embedded tier it is told
            services.identity.authenticate("locked", "wrong")
        refusals = [
            refusal(c, username="ghost", password="wrong"),  # nobody of that name
            refusal(c, username="teller", password="wrong"),  # a wrong password
            refusal(c, username="gone", password="wrong"),  # a disabled account
            refusal(c, username="locked", password="wrong"),  # a locked one
            refusal(c, username="victim", password="wrong"),
            refusal(c, username="victim", password="wrong"),
            refusal(c, username="victim", password="wrong"),  # the one that locks it
        ]
        first = shape(refusals[0])
        assert first == (AuthenticationFailed, "bad_credentials", "unknown user or wrong password", {})
        assert all(shape(r) == first for r in refusals)
        assert services.identity.get_user(ROOT, victim).locked  # the domain's rule holds
        # who knows the password is told why: a locked or disabled account
        assert refusal(c, username="locked", password=PW).params["why"] == "locked"
        assert refusal(c, username="gone", password=PW).params["why"] == "inactive"
        assert services.identity.get_user(ROOT, locked).locked
    finally:
        c.close()


def test_a_refused_card_log_in_does_not_tell_whether_the_card_exists(live, services, make_user) -> None:  # type: ignore[no-untyped-def]
    uid = make_user("custodian", Role.CUSTODIAN)
    services.identity.issue_card(ROOT, uid, "CARD0001", "395172", "r")
    services.identity.issue_card(ROOT, uid, "CARD0002", "604829", "r")
    services.identity.blacklist_card(ROOT, "CARD0002", "lost")
    c = Connection([live.url], live.pin)
    try:
        unknown = refusal(c, card_uid="FORGED01", pin="1234")
        wrong = refusal(c, card_uid="CARD0001", pin="1234")
        blacklisted = refusal(c, card_uid="CARD0002", pin="1234")
        for exc, card in ((unknown, "FORGED01"), (wrong, "CARD0001"), (blacklisted, "CARD0002")):
            assert shape(exc) == (
                AuthenticationFailed,
                "bad_credentials",
                "unknown card or wrong PIN",
                {"card": card},
            )
        assert isinstance(refusal(c, card_uid="CARD0002", pin="604829"), CardBlacklisted)  # with its PIN
    finally:
        c.close()


def test_failed_log_ins_from_one_address_are_refused_for_a_while(
    services, server_identity, make_user
) -> None:  # type: ignore[no-untyped-def]
    make_user("teller", Role.TELLER)
    now = [1000.0]
    live = start_server(
        services, server_identity, throttle=LoginThrottle(max_failures=3, window_s=60, clock=lambda: now[0])
    )
    c = Connection([live.url], live.pin)
    try:
        for name in ("ghost1", "ghost2", "ghost3"):  # trying names
            assert isinstance(refusal(c, username=name, password="guess"), AuthenticationFailed)
        with services.db.read() as s:
            audited = s.scalar(select(func.count()).select_from(AuditEntry))
        throttled = refusal(c, username="teller", password=PW)  # even the right password, for now
        assert isinstance(throttled, TooManyAttempts) and throttled.params["retry_after"] == 61
        with services.db.read() as s:  # refused before any work: nothing hashed, read or audited
            assert s.scalar(select(func.count()).select_from(AuditEntry)) == audited
        now[0] += 61
        assert (
            c.login(wire.LoginRequest(station="WS1", username="teller", password=PW)).principal.username
            == "teller"
        )
        with services.db.read() as s:
            failed = s.scalar(select(func.count()).where(AuditEntry.action == Action.AUTH_LOGIN_FAILED))
        assert failed == 3
    finally:
        c.close()
        live.stop()


def test_a_flood_of_log_ins_leaves_the_calls_their_threads(
    services, server_identity, make_user, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    make_user("boss", Role.ADMIN)
    make_user("teller", Role.TELLER)
    live = start_server(services, server_identity, threads=4)
    admin = Connection([live.url], live.pin)
    flood = [Connection([live.url], live.pin) for _ in range(6)]
    try:
        admin.login(wire.LoginRequest(station="WS1", username="boss", password=PW))
        real = security._derive

        def slow(*args):  # type: ignore[no-untyped-def]
            time.sleep(2.0)  # a KDF at a cost an attacker would love
            return real(*args)

        monkeypatch.setattr(security, "_derive", slow)
        threads = [
            threading.Thread(
                target=c.login, args=(wire.LoginRequest(station="X", username="teller", password=PW),)
            )
            for c in flood
        ]
        for t in threads:
            t.start()
        time.sleep(0.3)  # the log-ins are hashing
        started = time.perf_counter()
        admin.post("/api/call/identity.list_users", b"{}")
        assert time.perf_counter() - started < 1.0  # not queued behind the log-ins' KDFs
        for t in threads:
            t.join(30)
    finally:
        for c in (admin, *flood):
            c.close()
        live.stop()
