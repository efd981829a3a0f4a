"""Four-eyes user administration through the suite server, as two administrators at two
workstations (or one insider with a script and a session) would call it."""

from __future__ import annotations

import pytest

from app.errors import PermissionDenied
from app.operations import Action
from app.rbac import Role
from app.statuses import ProposalStatus

from .conftest import PW


def test_a_supervisor_is_made_by_two_administrators_over_the_api(
    live, services, make_user, workstation
) -> None:  # type: ignore[no-untyped-def]
    make_user("alice", Role.ADMIN)
    make_user("bob", Role.ADMIN)
    alice, bob = workstation("alice", "WS1"), workstation("bob", "WS2")
    proposed = alice.services.identity.create_user(
        alice.me, "chief", "C", PW, [Role.SUPERVISOR], reason="HR order"
    )
    assert proposed.action == Action.USER_PROPOSE
    pid = int(proposed.target_ids[0])
    with pytest.raises(PermissionDenied):
        alice.services.identity.approve_proposal(alice.me, pid, "mine")
    (listed,) = bob.services.identity.list_proposals(bob.me)
    assert (listed.id, listed.kind, listed.status, listed.payload["roles"]) == (
        pid,
        "create_user",
        ProposalStatus.PENDING,
        ["supervisor"],
    )
    assert ("supervisor", "teller") in bob.services.identity.role_conflicts(bob.me)
    made = bob.services.identity.approve_proposal(bob.me, pid, "checked")
    assert made.action == Action.USER_CREATE
    assert services.identity.authenticate("chief", PW).roles == {Role.SUPERVISOR}
