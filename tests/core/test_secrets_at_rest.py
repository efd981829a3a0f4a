"""Passwords and PINs at rest: scrypt at n >= 2**17 of a peppered secret, the pepper in a key file
beside the audit signing key (not in the database); PINs of old must be renewed."""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app import security
from app.audit_keys import key_paths
from app.db import migrate
from app.db.engine import Database
from app.db.models import AuditEntry, Card
from app.errors import AccountLocked, AuthenticationFailed, CardBlacklisted, PermissionDenied, ValidationError
from app.rbac import Role, system_principal
from app.server.command import add_serve_command, run_serve
from app.services import Services

ROOT = system_principal("test")
PW = "Str0ng!pass"
PIN = "395172"


def test_the_cost_is_2_17_and_no_environment_variable_lowers_it() -> None:
    code = "from app import security; print(security.LOG2_N, security.hash_secret('x').split('$')[1])"
    env = {**os.environ, "BANKSUITE_KDF_LOG2N": "10", "BANKSUITE_KDF": "10", "PYTHONDONTWRITEBYTECODE": "1"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["17", "17"]


def test_a_copied_database_does_not_give_up_a_pin(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(security, "LOG2_N", 10)
    uid = int(
        services.identity.create_user(ROOT, "vault", "V", PW, [Role.CUSTODIAN], reason="t").target_ids[0]
    )
    services.identity.issue_card(ROOT, uid, "C0A80199", PIN, "t")
    with services.db.read() as s:
        stored = s.scalar(select(Card.pin_hash))
    assert stored is not None
    scheme, log2n, r, p, salt, digest = stored.split("$")
    assert scheme == "scrypt-hmac"
    # whoever holds the database but not the pepper finds no PIN among all million of them
    found = [
        pin
        for pin in (f"{i:06d}" for i in range(395000, 395300))  # a slice around it: the search is the same
        if hashlib.scrypt(
            pin.encode(), salt=base64.b64decode(salt), n=1 << int(log2n), r=int(r), p=int(p), dklen=32
        )
        == base64.b64decode(digest)
    ]
    assert found == []
    assert security.verify_secret(PIN, stored)  # with the pepper it is there
    # the pepper: a key file beside the audit signing key, the owner's only
    pepper = key_paths().private_key.parent / "secret-pepper.key"
    assert security.pepper_path() == pepper and pepper.exists()
    assert stat.S_IMODE(pepper.stat().st_mode) == 0o600
    assert pepper.read_text().strip() not in stored
    security.use_pepper(os.urandom(32))  # another host's pepper: the hash opens nothing
    assert not security.verify_secret(PIN, stored)


def test_a_pin_of_old_must_be_renewed_by_the_administrator(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(security, "LOG2_N", 10)
    uid = int(
        services.identity.create_user(ROOT, "vault", "V", PW, [Role.CUSTODIAN], reason="t").target_ids[0]
    )
    admin = int(services.identity.create_user(ROOT, "adm", "A", PW, [Role.ADMIN], reason="t").target_ids[0])
    services.identity.issue_card(ROOT, uid, "OLD1", PIN, "t")
    salt = os.urandom(16)  # as it was stored before issue 11: 4 digits, no pepper
    legacy = hashlib.scrypt(b"2580", salt=salt, n=1 << 10, r=8, p=1, dklen=32)
    with services.db.write() as s:
        s.execute(
            text("UPDATE cards SET pin_hash = :h"),
            {"h": f"scrypt$10$8$1${base64.b64encode(salt).decode()}${base64.b64encode(legacy).decode()}"},
        )
    with pytest.raises(AccountLocked) as refused:  # its right PIN of old opens nothing
        services.identity.verify_card_pin("OLD1", "2580", context="handover")
    assert refused.value.params == {"card": "OLD1", "why": "pin_reset"}
    with pytest.raises(AuthenticationFailed):  # from the network: the refusal of any wrong PIN
        services.identity.verify_card_pin("OLD1", "2580", context="log-in", public=True)
    with pytest.raises(ValidationError):
        services.identity.reset_pin(ROOT, "OLD1", "2580", "renewed")
    holder = services.identity.authenticate("vault", PW)
    with pytest.raises(PermissionDenied):
        services.identity.reset_pin(holder, "OLD1", "604829", "my own")
    me = services.identity.authenticate("adm", PW)
    proposed = services.identity.reset_pin(me, "OLD1", "604829", "PIN of old renewed")  # a custodian's:
    assert proposed.action == "user.propose" and admin  # four-eyes (test_four_eyes)
    services.identity.create_user(ROOT, "adm2", "A", PW, [Role.ADMIN], reason="t")
    second = services.identity.authenticate("adm2", PW)
    change = services.identity.approve_proposal(second, int(proposed.target_ids[0]), "checked")
    assert change.action == "card.pin_reset"
    assert services.identity.verify_card_pin("OLD1", "604829", context="handover").user_id == uid
    services.identity.blacklist_card(ROOT, "OLD1", "lost")
    with pytest.raises(CardBlacklisted):
        services.identity.reset_pin(me, "OLD1", "482619", "revive")
    with services.db.read() as s:
        reasons = list(s.scalars(select(AuditEntry.reason).where(AuditEntry.action == "card.refused")))
    assert any(r.startswith("PIN reset due") for r in reasons)


def test_migration_0015_wipes_the_pins_of_old(db_url: str) -> None:
    db = Database(db_url)
    try:
        migrate.upgrade(db, "0015_capture")
        with db.write() as s:
            s.execute(
                text(
                    "INSERT INTO users (username, display_name, password_hash, active, outsourced, "
                    "failed_attempts, created_at) VALUES ('v', 'V', 'scrypt$14$8$1$AA==$AA==', true, false, "
                    "0, CURRENT_TIMESTAMP)"
                )
            )
            for uid_, pin_hash in (
                ("OLD1", "scrypt$14$8$1$AA==$AA=="),
                ("NEW1", "scrypt-hmac$17$8$1$AA==$AA=="),
            ):
                s.execute(
                    text(
                        "INSERT INTO cards (card_uid, holder_id, pin_hash, status, failed_pins, issued_at) "
                        "SELECT :c, id, :h, 'active', 0, CURRENT_TIMESTAMP FROM users"
                    ),
                    {"c": uid_, "h": pin_hash},
                )
        migrate.upgrade(db, "head")
        with db.read() as s:
            pins = dict(s.execute(text("SELECT card_uid, pin_hash FROM cards")).all())
            password = s.scalar(text("SELECT password_hash FROM users"))
        assert pins == {"OLD1": security.PIN_RESET, "NEW1": "scrypt-hmac$17$8$1$AA==$AA=="}
        assert password == "scrypt$14$8$1$AA==$AA=="  # re-hashed at the next good log-in
    finally:
        db.dispose()


def test_serve_init_makes_the_pepper_and_serve_refuses_to_start_without_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parser = argparse.ArgumentParser()
    add_serve_command(parser.add_subparsers(dest="command"))
    db = f"sqlite:///{tmp_path / 'x.db'}"
    pepper = security.pepper_path()
    assert not pepper.exists()
    args = parser.parse_args(["serve", "--tls-dir", str(tmp_path / "tls")])
    args.db = db
    assert run_serve(args, out=io.StringIO()) == 2 and not pepper.exists()
    assert "serve --init" in capsys.readouterr().err
    init = parser.parse_args(["serve", "--init", "--tls-dir", str(tmp_path / "tls")])
    init.db = db
    out = io.StringIO()
    assert run_serve(init, out=out) == 0
    made = pepper.read_bytes()
    assert str(pepper) in out.getvalue() and stat.S_IMODE(pepper.stat().st_mode) == 0o600
    assert run_serve(init, out=io.StringIO()) == 0 and pepper.read_bytes() == made  # kept


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a thread's own nice value is Linux's")
def test_derivations_run_on_their_own_threads_at_a_lower_priority_and_a_few_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading
    import time

    seen: list[tuple[str, int]] = []
    running, most = [0], [0]
    lock = threading.Lock()
    real = security._scrypt

    def scrypt(*args):  # type: ignore[no-untyped-def]
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
            seen.append(
                (threading.current_thread().name, os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
            )
        time.sleep(0.05)
        try:
            return real(*args)
        finally:
            with lock:
                running[0] -= 1

    monkeypatch.setattr(security, "_scrypt", scrypt)
    callers = [threading.Thread(target=security.hash_secret, args=(f"secret-{i}",)) for i in range(6)]
    for t in callers:
        t.start()
    for t in callers:
        t.join(10)
    caller_nice = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    assert len(seen) == 6
    assert {name for name, _nice in seen} == {"kdf"}
    assert {nice for _name, nice in seen} == {max(caller_nice, security.KDF_NICE)}  # lowered, never raised
    assert most[0] == security.KDF_THREADS  # six callers, never more than KDF_THREADS at once
    assert security.verify_secret("secret-x", security.hash_secret("secret-x"))  # and the result is right
