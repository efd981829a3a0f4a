"""The operations that make a user's server sessions void end them in their own transaction, called
as an insider's script calls the services (no server in between): a password reset or change (the
calling session stays), a disabled account (for good), changed roles, the lock after three wrong
passwords, a blacklisted card (the sessions opened with a card). Runs on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app import security
from app.errors import AccountLocked, AuthenticationFailed, SessionEnded
from app.rbac import Role, system_principal
from app.services import Services
from app.services.revocation import CALLING_SESSION
from app.services.sessions import OpenedSession, SessionService

ROOT = system_principal("test")
PW = "Str0ng!Passw0rd"


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(security, "LOG2_N", 10)


@pytest.fixture
def sessions(services: Services) -> SessionService:
    return SessionService(services.db, services.identity)


def alive(sessions: SessionService, opened: OpenedSession) -> bool:
    try:
        sessions.resolve(opened.token)
    except SessionEnded as ended:
        assert ended.params["why"] == "revoked"
        return False
    return True


def test_each_voiding_change_ends_the_sessions(services: Services, sessions: SessionService) -> None:
    identity = services.identity
    uid = int(identity.create_user(ROOT, "clerk", "Clerk", PW, [Role.TELLER], reason="r").target_ids[0])
    changes: list[tuple[Callable[[], object], str]] = [
        (lambda: identity.reset_password(ROOT, uid, "An0ther!Passw0rd", "forgot"), "An0ther!Passw0rd"),
        (lambda: identity.set_roles(ROOT, uid, [Role.KEYER], "moved"), "An0ther!Passw0rd"),
        (lambda: identity.set_active(ROOT, uid, False, "left"), "An0ther!Passw0rd"),
    ]
    password = PW
    for change, after in changes:
        opened = [sessions.open_with_password("clerk", password, f"WS{n}") for n in range(2)]
        change()
        assert not any(alive(sessions, o) for o in opened)
        password = after
    identity.set_active(ROOT, uid, True, "back")
    assert not alive(sessions, opened[0])  # enabled again: the old sessions stay ended


def test_a_password_changed_here_ends_the_others(services: Services, sessions: SessionService) -> None:
    services.identity.create_user(ROOT, "clerk", "Clerk", PW, [Role.TELLER], reason="r")
    here, there = (sessions.open_with_password("clerk", PW, ws) for ws in ("WS1", "WS2"))
    token = CALLING_SESSION.set(here.session_id)  # as the server sets it around the call
    try:
        services.identity.change_password(here.principal, PW, "An0ther!Passw0rd")
    finally:
        CALLING_SESSION.reset(token)
    assert alive(sessions, here) and not alive(sessions, there)


def test_the_lock_and_a_blacklisted_card_end_sessions(services: Services, sessions: SessionService) -> None:
    identity = services.identity
    uid = int(identity.create_user(ROOT, "vault", "Vault", PW, [Role.CUSTODIAN], reason="r").target_ids[0])
    identity.issue_card(ROOT, uid, "CARD0001", "395172", "r")
    by_card = sessions.open_with_card("CARD0001", "395172", "VAULT")
    by_password = sessions.open_with_password("vault", PW, "WS1")
    identity.blacklist_card(ROOT, "CARD0001", "lost")
    assert not alive(sessions, by_card) and alive(sessions, by_password)
    for _ in range(2):
        with pytest.raises(AuthenticationFailed):
            identity.authenticate("vault", "wrong")
    with pytest.raises(AccountLocked):
        identity.authenticate("vault", "wrong")
    identity.unlock_user(ROOT, uid, "verified by phone")
    assert not alive(sessions, by_password)  # unlocked: the session ended with the lock stays ended
