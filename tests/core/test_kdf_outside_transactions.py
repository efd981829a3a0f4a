"""The slow KDF (scrypt, ~50 ms) never runs inside a write transaction: a log-in, a card + PIN, a
password change or reset, a new user or card, and a supervisor's credentials at the counter all hash
or verify first and then write, so nobody waits on their row locks (on SQLite: on the one writer)
meanwhile. And every log-in attempt runs the KDF exactly once, whatever the outcome (unknown name,
wrong password, locked, disabled), so its answer takes as long either way. As an insider's script
calls the services. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy.orm import Session

from app import security
from app.errors import AccountLocked, AuthenticationFailed, CardBlacklisted
from app.rbac import Role, system_principal
from app.services import Services
from app.services.authorization import Credentials, Draft
from tests.images import IMAGES, upload_images

ROOT = system_principal("test")
PW = "Str0ng!Passw0rd"


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(security, "LOG2_N", 10)


@pytest.fixture
def kdf_runs(services: Services, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """One entry per KDF run: True if it ran inside a write transaction of the services' database."""
    security.dummy_hash()  # made once per process (the server makes it when it starts)
    depth = threading.local()
    real_write = services.db.write

    @contextmanager
    def write() -> Iterator[Session]:
        depth.n = getattr(depth, "n", 0) + 1
        try:
            with real_write() as session:
                yield session
        finally:
            depth.n -= 1

    runs: list[bool] = []
    real_derive = security._derive

    def derive(*args: object) -> bytes:
        runs.append(getattr(depth, "n", 0) > 0)
        return real_derive(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(services.db, "write", write)
    monkeypatch.setattr(security, "_derive", derive)
    return runs


def taken(runs: list[bool]) -> int:
    """How many KDF runs since the last look; fails if any ran inside a write transaction."""
    assert not any(runs), "the KDF ran inside a write transaction"
    n = len(runs)
    runs.clear()
    return n


def test_log_ins_run_the_kdf_once_and_outside_the_transaction(
    services: Services, kdf_runs: list[bool]
) -> None:
    identity = services.identity
    uid = int(identity.create_user(ROOT, "clerk", "Clerk", PW, [Role.TELLER], reason="r").target_ids[0])
    off = int(identity.create_user(ROOT, "gone", "Gone", PW, [Role.TELLER], reason="r").target_ids[0])
    identity.set_active(ROOT, off, False, "left")
    assert taken(kdf_runs) == 2
    assert identity.authenticate("clerk", PW).user_id == uid
    assert taken(kdf_runs) == 1
    for name, expected in (
        ("nobody", AuthenticationFailed),
        ("clerk", AuthenticationFailed),
        ("gone", AccountLocked),
    ):
        with pytest.raises(expected):
            identity.authenticate(name, "wrong-one")
        assert taken(kdf_runs) == 1, name
    for _ in range(2):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            identity.authenticate("clerk", "wrong-one")
    assert taken(kdf_runs) == 2
    with pytest.raises(AccountLocked):  # locked now: still one KDF, the same time as any refusal
        identity.authenticate("clerk", PW)
    assert taken(kdf_runs) == 1


def test_changes_of_secrets_hash_before_they_write(services: Services, kdf_runs: list[bool]) -> None:
    identity = services.identity
    uid = int(identity.create_user(ROOT, "clerk", "Clerk", PW, [Role.TELLER], reason="r").target_ids[0])
    identity.reset_password(ROOT, uid, "An0ther!Passw0rd", "forgot it")
    identity.issue_card(ROOT, uid, "C0FFEE01", "395172", "r")
    assert taken(kdf_runs) == 3
    clerk = identity.authenticate("clerk", "An0ther!Passw0rd")
    identity.change_password(clerk, "An0ther!Passw0rd", "Th1rd!Passw0rd")
    assert taken(kdf_runs) == 3  # the log-in, the old password, the new one
    assert identity.verify_card_pin("C0FFEE01", "395172", context="test").user_id == uid
    for card, pin, expected in (
        ("C0FFEE01", "1234", AuthenticationFailed),
        ("DEADBEEF", "1234", AuthenticationFailed),
    ):
        with pytest.raises(expected):
            identity.verify_card_pin(card, pin, context="test")
    identity.blacklist_card(ROOT, "C0FFEE01", "lost")
    with pytest.raises(CardBlacklisted):
        identity.verify_card_pin("C0FFEE01", "395172", context="test")
    assert taken(kdf_runs) == 4


def test_a_supervisors_credentials_are_checked_before_the_decision_is_written(
    services: Services, kdf_runs: list[bool]
) -> None:
    identity = services.identity
    identity.create_user(ROOT, "teller1", "Teller", PW, [Role.TELLER], reason="r")
    chief = int(identity.create_user(ROOT, "chief", "Chief", PW, [Role.SUPERVISOR], reason="r").target_ids[0])
    identity.issue_card(ROOT, chief, "CHIEF001", "395172", "r")
    teller = identity.authenticate("teller1", PW)
    upload_images(services)
    draft = Draft(
        "CASH_WD", "CNY", 8_000_000, "6222020200112233445", "张三", "大额取现", "BR01", "local", IMAGES
    )
    rid = int(services.authorization.submit(teller, draft).target_ids[0])
    taken(kdf_runs)
    services.authorization.decide_locally(
        teller, rid, Credentials(card_uid="CHIEF001", pin="395172"), "approve"
    )
    assert taken(kdf_runs) == 1
