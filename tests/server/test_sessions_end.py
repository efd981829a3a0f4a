"""A user's sessions end with what makes them void, over the wire: an administrator resetting the
password, disabling the account (for good: enabling it again revives nothing), changing the roles,
blacklisting a card (the sessions opened with a card), and the user changing their own password at
one workstation (the others end, that one stays). The next call is refused and the push stream ends
with session_ended at once, not at its next periodic look."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from app import wire
from app.client.proxy import RemoteServices
from app.client.push import PushClient
from app.client.transport import Connection
from app.errors import SessionEnded
from app.rbac import Role, system_principal

from .conftest import PUSH_LIVE_S, PW, Workstation, wait_for


def ends(ws: Workstation, do: Callable[[], object]) -> None:
    """``do`` ends ``ws``'s session: its push stream says so within a few seconds, its calls fail."""
    push = PushClient(ws.connection, since=ws.reply.push_seq)
    push.start()
    try:
        wait_for(lambda: push.online, PUSH_LIVE_S)
        started = time.monotonic()
        do()
        wait_for(lambda: push.ended == "session_ended", timeout=5.0)  # the periodic look is every 30 s
        assert time.monotonic() - started < 5.0
    finally:
        push.stop()
    with pytest.raises(SessionEnded) as ended:
        ws.services.identity.reauthenticate(ws.me, PW)
    assert ended.value.params["why"] == "revoked"


def test_an_administrators_change_ends_the_users_sessions(live, make_user, workstation) -> None:  # type: ignore[no-untyped-def]
    make_user("boss", Role.ADMIN)
    uid = make_user("teller", Role.TELLER)
    boss = workstation("boss", "WS1")
    admin = boss.services.identity
    ends(
        workstation("teller", "WS2"), lambda: admin.reset_password(boss.me, uid, "An0ther!Passw0rd", "forgot")
    )
    ends(
        workstation("teller", "WS2", "An0ther!Passw0rd"),
        lambda: admin.set_roles(boss.me, uid, [Role.KEYER], "moved"),
    )
    ws = workstation("teller", "WS2", "An0ther!Passw0rd")
    ends(ws, lambda: admin.set_active(boss.me, uid, False, "left the bank"))
    admin.set_active(boss.me, uid, True, "came back")
    with pytest.raises(SessionEnded):  # a disabled account's old sessions stay ended
        ws.services.identity.reauthenticate(ws.me, "An0ther!Passw0rd")
    assert workstation("teller", "WS2", "An0ther!Passw0rd").me.roles == {Role.KEYER}


def test_changing_ones_password_ends_the_other_sessions_not_this_one(live, make_user, workstation) -> None:  # type: ignore[no-untyped-def]
    make_user("teller", Role.TELLER)
    here, there = workstation("teller", "WS1"), workstation("teller", "WS2")
    ends(there, lambda: here.services.identity.change_password(here.me, PW, "An0ther!Passw0rd"))
    assert here.services.identity.reauthenticate(here.me, "An0ther!Passw0rd").username == "teller"


def test_a_blacklisted_card_ends_the_sessions_opened_with_a_card(
    live, services, make_user, workstation
) -> None:  # type: ignore[no-untyped-def]
    make_user("boss", Role.ADMIN)
    uid = make_user("custodian", Role.CUSTODIAN)
    boss = workstation("boss", "WS1")
    services.identity.issue_card(
        system_principal("console"), uid, "CARD0001", "395172", "issued"
    )  # (four-eyes: test_four_eyes)
    by_password = workstation("custodian", "WS2")
    connection = Connection([live.url], live.pin)
    try:
        reply = connection.login(wire.LoginRequest(station="VAULT", card_uid="CARD0001", pin="395172"))
        by_card = Workstation(connection, RemoteServices(connection), reply.principal, reply)
        ends(by_card, lambda: boss.services.identity.blacklist_card(boss.me, "CARD0001", "reported lost"))
    finally:
        connection.close()
    assert by_password.services.identity.reauthenticate(by_password.me, PW).username == "custodian"
