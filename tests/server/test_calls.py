"""Calls through the suite server, tried as a workstation would and as an insider with a script and a
workstation's configuration would: the actor is the session's user whatever the body says, only
@remote operations exist, a session ends when it should, and the token is never stored."""

from __future__ import annotations

import json

import httpx
import pytest
from sqlalchemy import func, select

from app import wire
from app.client.transport import Connection
from app.db.models import Asset, AuditEntry, UserSession
from app.errors import (
    AccountLocked,
    AuthenticationFailed,
    NotFound,
    PermissionDenied,
    ServerIdentityMismatch,
    SessionEnded,
    Unreachable,
    ValidationError,
)
from app.operations import Action
from app.rbac import Role, system_principal
from app.server import tls
from app.services.sessions import token_hash

from .conftest import PW


def test_a_workstation_logs_in_and_calls_the_services_through_the_proxy(live, make_user, workstation) -> None:  # type: ignore[no-untyped-def]
    make_user("boss", Role.ADMIN)
    ws = workstation("boss")
    assert ws.me.username == "boss" and Role.ADMIN in ws.me.roles
    users = ws.services.identity.list_users(ws.me)
    assert {u.username for u in users} == {"boss"}
    change = ws.services.identity.create_user(ws.me, "clerk", "Clerk", PW, [Role.TELLER], reason="new clerk")
    assert change.action == Action.USER_CREATE and change.target_ids
    assert {u.username for u in ws.services.identity.list_users(ws.me)} == {"boss", "clerk"}


def test_the_actor_is_the_sessions_user_whatever_the_body_says(
    live, services, make_user, workstation
) -> None:  # type: ignore[no-untyped-def]
    admin_id = make_user("boss", Role.ADMIN)
    victim = make_user("victim", Role.TELLER)
    make_user("teller", Role.TELLER)
    with services.db.write() as s:  # the victim is locked after wrong passwords
        from app.db.models import User

        s.get(User, victim).locked_at = s.get(User, victim).created_at
    ws = workstation("teller")
    # the proxy drops whatever principal the caller passes: the server acts for the teller
    forged = ws.me.__class__(admin_id, "boss", "Boss", frozenset({Role.ADMIN}), system=True)
    with pytest.raises(PermissionDenied):
        ws.services.identity.unlock_user(forged, victim, "let me in")
    # a hand-made body naming an administrator is refused outright
    body = {
        "actor": {"user_id": admin_id, "username": "boss", "roles": ["admin"], "system": True},
        "user_id": victim,
        "reason": "let me in",
    }
    with pytest.raises(ValidationError):
        ws.connection.post("/api/call/identity.unlock_user", json.dumps(body).encode())
    with services.db.read() as s:
        from app.db.models import User

        assert s.get(User, victim).locked_at is not None  # still locked
        denied = s.scalars(select(AuditEntry).where(AuditEntry.action == Action.SECURITY_DENIED)).all()
    assert any(e.actor_name == "teller" for e in denied)  # the attempt is in the audit log


def test_only_remote_operations_exist(live, make_user, workstation) -> None:  # type: ignore[no-untyped-def]
    make_user("boss", Role.ADMIN)
    ws = workstation("boss")
    with pytest.raises(AttributeError):
        ws.services.authorization.expire_leases()  # a server job, not a workstation's call
    for name in ("authorization.expire_leases", "identity.authenticate", "identity.logout", "db.engine", "x"):
        with pytest.raises(NotFound):
            ws.connection.post(f"/api/call/{name}", b"{}")


def test_no_call_without_a_live_session(live, services, make_user, workstation) -> None:  # type: ignore[no-untyped-def]
    make_user("boss", Role.ADMIN)
    anonymous = Connection([live.url], live.pin)
    try:
        anonymous.token = "made-up"
        with pytest.raises(SessionEnded):
            anonymous.post("/api/call/identity.list_users", b"{}")
        anonymous.token = ""
        with pytest.raises(SessionEnded):
            anonymous.post("/api/call/identity.list_users", b"{}")
    finally:
        anonymous.close()
    ws = workstation("boss")
    token = ws.connection.token
    ws.connection.logout()
    ws.connection.token = token  # a copied token after log-out
    with pytest.raises(SessionEnded):
        ws.services.identity.list_users(ws.me)
    with services.db.read() as s:
        rows = s.scalars(select(UserSession)).all()
    assert rows and all(r.token_hash != token and r.token_hash == token_hash(token) for r in rows)
    assert rows[0].revoked_at is not None and rows[0].station == "WS1"


def test_a_locked_or_deactivated_user_loses_the_open_session(live, services, make_user, workstation) -> None:  # type: ignore[no-untyped-def]
    make_user("boss", Role.ADMIN)
    make_user("teller", Role.TELLER)
    admin, teller = workstation("boss", "WS1"), workstation("teller", "WS2")
    teller_id = teller.me.user_id
    assert teller_id is not None
    admin.services.identity.set_active(admin.me, teller_id, False, "left the bank")
    with pytest.raises(SessionEnded) as ended:
        teller.services.registers.listing(teller.me, "person")
    assert ended.value.params["why"] == "revoked"  # by the deactivation itself (test_sessions_end.py)
    with services.db.read() as s:
        assert (
            s.scalar(select(UserSession.revoked_why).where(UserSession.user_id == teller_id)) == "deactivated"
        )


def test_log_in_failures_count_towards_the_lockout(live, services, make_user) -> None:  # type: ignore[no-untyped-def]
    uid = make_user("teller", Role.TELLER)
    c = Connection([live.url], live.pin)
    try:
        with pytest.raises(AuthenticationFailed) as first:
            c.login(wire.LoginRequest(station="WS1", username="teller", password="wrong"))
        assert "remaining" not in first.value.params  # the network is not told (test_login_security.py)
        assert services.identity.get_user(system_principal("test"), uid).failed_attempts == 1
        for _ in range(2):
            with pytest.raises((AuthenticationFailed, AccountLocked)):
                c.login(wire.LoginRequest(station="WS1", username="teller", password="wrong"))
        with pytest.raises(AccountLocked):
            c.login(wire.LoginRequest(station="WS1", username="teller", password=PW))
    finally:
        c.close()


def test_bad_arguments_are_refused_with_the_field(live, make_user, workstation) -> None:  # type: ignore[no-untyped-def]
    make_user("boss", Role.ADMIN)
    ws = workstation("boss")
    with pytest.raises(ValidationError) as bad:
        ws.connection.post("/api/call/identity.get_user", b'{"user_id": "one"}')
    assert "user_id" in bad.value.message
    with pytest.raises(ValidationError):
        ws.connection.post("/api/call/identity.get_user", b"not json")
    with pytest.raises(ValidationError):
        ws.services.identity.create_user(
            ws.me, "x", "X", "weak", [Role.TELLER], reason="r"
        )  # the service's rule


def test_the_station_comes_from_the_session(live, services, make_user, workstation) -> None:  # type: ignore[no-untyped-def]
    make_user("scanner", Role.OPERATOR, Role.ADMIN)
    ws = workstation("scanner", station="OPS-7")
    change = ws.services.capture.open_batch(ws.me, "folder:///in", "SOMEWHERE-ELSE")
    batches = ws.services.capture.batches(ws.me)
    assert [b.id for b in batches] == [int(change.target_ids[0])]
    assert batches[0].station == "OPS-7"


def test_a_server_with_another_certificate_is_refused(live, tmp_path) -> None:  # type: ignore[no-untyped-def]
    other = tls.init(tmp_path / "other")
    c = Connection([live.url], other.fingerprint)
    try:
        with pytest.raises(ServerIdentityMismatch):
            c.login(wire.LoginRequest(station="WS1", username="x", password="y"))
        with pytest.raises(ServerIdentityMismatch):
            c.health()
    finally:
        c.close()
    with pytest.raises(httpx.ConnectError):  # and an unpinned client does not trust it either
        httpx.get(live.url + "/api/health")


def test_the_next_server_address_is_tried_when_one_is_down(live, make_user) -> None:  # type: ignore[no-untyped-def]
    make_user("boss", Role.ADMIN)
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    dead = f"https://127.0.0.1:{s.getsockname()[1]}"
    s.close()
    c = Connection([dead, live.url], live.pin)
    try:
        reply = c.login(wire.LoginRequest(station="WS1", username="boss", password=PW))
        assert reply.principal.username == "boss"
        assert c.order()[0] == live.url  # the one that answered is tried first from now on
    finally:
        c.close()
    nobody = Connection([dead], live.pin)
    try:
        with pytest.raises(Unreachable):
            nobody.login(wire.LoginRequest(station="WS1", username="boss", password=PW))
    finally:
        nobody.close()


def test_admin_commands_over_the_api_need_an_administrators_session(
    live, services, make_user, capsys
) -> None:  # type: ignore[no-untyped-def]
    import os

    from main import main

    make_user("boss", Role.ADMIN)
    make_user("teller", Role.TELLER)
    victim = make_user("victim", Role.TELLER)
    with services.db.write() as s:
        from app.db.models import User

        s.get(User, victim).locked_at = s.get(User, victim).created_at
    base = ["--server", live.url, "--server-pin", live.pin]
    os.environ["BANKSUITE_ADMIN_PASSWORD"] = PW
    try:
        # a teller holding the workstation's configuration cannot
        assert main([*base, "--as", "teller", "unlock-user", "--username", "victim", "--reason", "r"]) == 2
        assert "may not" in capsys.readouterr().err
        # nor can anybody without a password
        os.environ["BANKSUITE_ADMIN_PASSWORD"] = "guess"
        assert main([*base, "--as", "boss", "unlock-user", "--username", "victim", "--reason", "r"]) == 2
        os.environ["BANKSUITE_ADMIN_PASSWORD"] = PW
        assert main([*base, "--as", "boss", "unlock-user", "--username", "victim", "--reason", "forgot"]) == 0
        assert "proposed (proposal #" in capsys.readouterr().out  # four eyes: a second one approves
        make_user("boss2", Role.ADMIN)
        boss2 = services.identity.authenticate("boss2", PW)
        (proposal,) = services.identity.list_proposals(boss2)
        services.identity.approve_proposal(boss2, proposal.id, "confirmed")
        assert not services.identity.get_user(boss2, victim).locked
        # a station account made before station binding is bound over the API too
        station = services.identity.create_user(
            system_principal("test"), "station1", "WS1", PW, [Role.STATION], station="WS9", reason="t"
        )
        with services.db.write() as s:
            from app.db.models import User

            s.get(User, int(station.target_ids[0])).station = None
        bind = ["set-user-station", "--username", "station1", "--station", "ws1", "--reason", "0013"]
        assert main([*base, "--as", "teller", *bind]) == 2
        assert main([*base, "--as", "boss", *bind]) == 0
        assert "station1 bound to station WS1" in capsys.readouterr().out
        # commands that change the database itself stay on the server host
        assert main([*base, "--as", "boss", "migrate"]) == 2
    finally:
        del os.environ["BANKSUITE_ADMIN_PASSWORD"]
    with services.db.read() as s:
        from app.db.models import User

        assert s.get(User, victim).locked_at is None
        assert s.get(User, int(station.target_ids[0])).station == "WS1"


def test_oversized_log_ins_and_anonymous_bodies_are_refused_before_any_work(
    live, services, make_user
) -> None:  # type: ignore[no-untyped-def]
    make_user("teller", Role.TELLER)
    c = Connection([live.url], live.pin)
    try:
        with pytest.raises(ValidationError):  # nothing hashed, nothing audited for a 100 kB name
            c.post(
                "/api/login",
                json.dumps({"station": "WS1", "username": "x" * 100_000, "password": "p"}).encode(),
                auth=False,
            )
        with pytest.raises(ValidationError):
            c.login(wire.LoginRequest(station="WS1", username="teller" * 20, password="p"))
        with pytest.raises(SessionEnded):  # no token: refused before a 5 MB body is read
            c.post("/api/call/identity.list_users", b"x" * 5_000_000, auth=False)
    finally:
        c.close()
    with services.db.read() as s:
        longest = max(len(e.actor_name) + len(e.target_id) for e in s.scalars(select(AuditEntry)).all())
    assert longest < 1000


def test_an_auditor_exports_the_log_through_the_server_and_a_teller_cannot(
    live, make_user, workstation
) -> None:  # type: ignore[no-untyped-def]
    from app.audit import AuditQuery

    make_user("aud", Role.AUDITOR)
    make_user("teller", Role.TELLER)
    auditor = workstation("aud")
    export = auditor.services.audit.export(auditor.me, AuditQuery(action_prefix="user."))
    assert {r.after["username"] for r in export.records} == {"aud", "teller"}
    assert export.matching == 2 and export.chain is not None and export.by == "Aud"
    teller = workstation("teller")
    with pytest.raises(PermissionDenied):
        teller.services.audit.export(teller.me, AuditQuery())


def test_a_large_register_import_goes_through_the_server(live, services, make_user, workstation) -> None:  # type: ignore[no-untyped-def]
    make_user("boss", Role.ADMIN)
    admin = workstation("boss", "WS1")
    rows = "".join(f"S{i:06d},笔记本电脑{i},PC\n" for i in range(40_000))
    text = "serial,name,asset_type\n" + rows
    assert len(text.encode()) > 1024 * 1024  # over an ordinary call's limit
    result = admin.services.registers.import_csv(admin.me, "asset", text, "年度盘点")
    assert result.ok and result.created == result.committed == 40_000
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Asset)) == 40_000
