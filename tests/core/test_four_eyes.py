"""User administration is four-eyes (四眼原则), called as an insider with a script would: one
administrator proposes creating a privileged user, granting a role or unlocking; a second approves.
Incompatible roles on one account are refused (a table two administrators change)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db.models import AuditEntry, User
from app.errors import AccountLocked, AuthenticationFailed, PermissionDenied, ValidationError
from app.operations import Action
from app.rbac import Principal, Role, system_principal
from app.services import Services
from app.statuses import ProposalStatus

ROOT = system_principal("console")
PW = "Str0ng!pass"


def admins(services: Services) -> tuple[Principal, Principal]:
    for name in ("alice", "bob"):
        services.identity.create_user(ROOT, name, name.title(), PW, [Role.ADMIN], reason="t")
    return services.identity.authenticate("alice", PW), services.identity.authenticate("bob", PW)


def user_named(services: Services, name: str) -> User | None:
    with services.db.read() as s:
        return s.scalar(select(User).where(User.username == name))


def denied(services: Services) -> list[str]:
    with services.db.read() as s:
        return list(s.scalars(select(AuditEntry.reason).where(AuditEntry.action == Action.SECURITY_DENIED)))


def test_one_administrator_alone_makes_no_supervisor(services: Services) -> None:
    """The issue's attack: one administrator made a teller and two supervisors. The teller is made
    (no four-eyes role); the supervisors are only proposed, and their proposer cannot approve them."""
    alice, bob = admins(services)
    teller = services.identity.create_user(alice, "t1", "T", PW, [Role.TELLER], reason="new teller")
    assert teller.action == Action.USER_CREATE and user_named(services, "t1") is not None
    proposals = [
        services.identity.create_user(alice, name, "S", PW, [Role.SUPERVISOR], reason="new supervisor")
        for name in ("s1", "s2")
    ]
    assert [p.action for p in proposals] == [Action.USER_PROPOSE] * 2
    assert user_named(services, "s1") is None and user_named(services, "s2") is None
    with pytest.raises(AuthenticationFailed):
        services.identity.authenticate("s1", PW)  # nobody to approve the teller's request
    pid = int(proposals[0].target_ids[0])
    with pytest.raises(PermissionDenied) as own:
        services.identity.approve_proposal(alice, pid, "looks fine")
    assert own.value.params["rule"] == "four_eyes"
    assert denied(services) == [f"approve proposal {pid}"]
    with pytest.raises(ValidationError):  # a second proposal of the same account
        services.identity.create_user(alice, "s1", "S", PW, [Role.SUPERVISOR], reason="again")
    listed = services.identity.list_proposals(bob)
    assert [(p.kind, p.payload["username"], p.proposed_by) for p in listed] == [
        ("create_user", "s2", "alice"),
        ("create_user", "s1", "alice"),
    ]
    assert "password" not in str(listed) and "scrypt" not in str(listed)  # no secret leaves
    made = services.identity.approve_proposal(bob, pid, "checked the HR order")
    assert made.action == Action.USER_CREATE and made.detail == {"proposal": pid, "proposed_by": "alice"}
    assert services.identity.authenticate("s1", PW).roles == {Role.SUPERVISOR}  # the proposed password
    with pytest.raises(ValidationError) as twice:
        services.identity.approve_proposal(bob, pid, "again")
    assert twice.value.params["problem"] == "decided"
    rejected = services.identity.reject_proposal(bob, int(proposals[1].target_ids[0]), "no HR order")
    assert rejected.action == Action.USER_PROPOSAL_REJECT and user_named(services, "s2") is None
    assert [p.status for p in services.identity.list_proposals(bob, pending_only=False)] == [
        ProposalStatus.REJECTED,
        ProposalStatus.APPROVED,
    ]
    with services.db.read() as s:
        entry = s.scalar(
            select(AuditEntry).where(AuditEntry.action == Action.USER_CREATE, AuditEntry.actor_name == "bob")
        )
    assert entry is not None and "proposed" not in entry.reason and "checked the HR order" in entry.reason


def test_granting_a_role_is_proposed_and_incompatible_roles_are_refused(services: Services) -> None:
    alice, bob = admins(services)
    uid = int(services.identity.create_user(alice, "op", "O", PW, [Role.OPERATOR], reason="t").target_ids[0])
    teller = int(services.identity.create_user(alice, "t1", "T", PW, [Role.TELLER], reason="t").target_ids[0])
    for roles in ([Role.TELLER, Role.SUPERVISOR], [Role.TELLER, Role.REVIEWER]):
        with pytest.raises(ValidationError) as conflict:
            services.identity.set_roles(alice, teller, roles, "both")
        assert conflict.value.params["problem"] == "incompatible"
    with pytest.raises(ValidationError):  # the console is held to the table as well
        services.identity.create_user(ROOT, "kr", "K", PW, [Role.KEYER, Role.REVIEWER], reason="t")
    with pytest.raises(ValidationError):
        services.identity.create_user(ROOT, "aa", "A", PW, [Role.ADMIN, Role.AUDITOR], reason="t")
    proposed = services.identity.set_roles(alice, uid, [Role.OPERATOR, Role.SUPERVISOR], "acting head")
    assert proposed.action == Action.USER_PROPOSE
    assert services.identity.get_user(alice, uid).roles == (Role.OPERATOR,)
    services.identity.approve_proposal(bob, int(proposed.target_ids[0]), "approved by the director")
    assert set(services.identity.get_user(alice, uid).roles) == {Role.OPERATOR, Role.SUPERVISOR}
    # taking a role away, or granting one of no four-eyes role, is at once
    assert services.identity.set_roles(alice, uid, [Role.OPERATOR], "back").action == Action.USER_ROLES
    # a proposal made stale by a later change of the account is not applied
    stale = services.identity.set_roles(alice, uid, [Role.OPERATOR, Role.REVIEWER], "reviews")
    services.identity.set_roles(bob, uid, [Role.KEYER], "moved")
    with pytest.raises(ValidationError) as changed:
        services.identity.approve_proposal(bob, int(stale.target_ids[0]), "ok")
    assert changed.value.params["problem"] == "stale"


def test_unlocking_is_proposed_and_approved_by_another(services: Services) -> None:
    alice, bob = admins(services)
    uid = int(services.identity.create_user(alice, "op", "O", PW, [Role.OPERATOR], reason="t").target_ids[0])
    for _ in range(3):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            services.identity.authenticate("op", "wrong")
    proposed = services.identity.unlock_user(alice, uid, "called the branch")
    assert proposed.action == Action.USER_PROPOSE and services.identity.get_user(alice, uid).locked
    with pytest.raises(PermissionDenied):
        services.identity.approve_proposal(alice, int(proposed.target_ids[0]), "me again")
    services.identity.approve_proposal(bob, int(proposed.target_ids[0]), "confirmed")
    assert services.identity.authenticate("op", PW).username == "op"
    # a locked administrator is unlocked by two others
    for _ in range(3):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            services.identity.authenticate("bob", "wrong")
    services.identity.create_user(ROOT, "carol", "C", PW, [Role.ADMIN], reason="t")
    carol = services.identity.authenticate("carol", PW)
    assert bob.user_id is not None
    unlock_bob = services.identity.unlock_user(carol, bob.user_id, "bob forgot")
    services.identity.approve_proposal(alice, int(unlock_bob.target_ids[0]), "seen bob")
    assert services.identity.authenticate("bob", PW).username == "bob"


def test_unlocking_a_card_is_proposed(services: Services) -> None:
    alice, bob = admins(services)
    uid = int(services.identity.create_user(ROOT, "v", "V", PW, [Role.CUSTODIAN], reason="t").target_ids[0])
    services.identity.issue_card(ROOT, uid, "C0A80101", "395172", "t")
    for _ in range(3):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            services.identity.verify_card_pin("C0A80101", "000000", context="t")
    proposed = services.identity.unlock_card(alice, "c0a80101", "holder re-verified")
    assert proposed.action == Action.USER_PROPOSE
    with pytest.raises(AccountLocked):
        services.identity.verify_card_pin("C0A80101", "395172", context="t")
    services.identity.approve_proposal(bob, int(proposed.target_ids[0]), "ok")
    assert services.identity.verify_card_pin("C0A80101", "395172", context="t").user_id == uid


def test_the_table_of_incompatible_roles_is_changed_by_two(services: Services) -> None:
    alice, bob = admins(services)
    before = services.identity.role_conflicts(alice)
    assert ("supervisor", "teller") in before and ("keyer", "reviewer") in before
    proposed = services.identity.set_role_conflicts(alice, [["teller", "supervisor"]], "fewer rules")
    assert services.identity.role_conflicts(alice) == before  # not yet
    with pytest.raises(PermissionDenied):
        services.identity.approve_proposal(alice, int(proposed.target_ids[0]), "mine")
    services.identity.approve_proposal(bob, int(proposed.target_ids[0]), "per the new policy")
    assert services.identity.role_conflicts(alice) == [("supervisor", "teller")]
    services.identity.create_user(ROOT, "kr", "K", PW, [Role.KEYER, Role.REVIEWER], reason="t")
    with pytest.raises(ValidationError):
        services.identity.set_role_conflicts(alice, [["teller", "teller"]], "x")


def test_the_first_administrator_is_made_at_the_console_only(services: Services) -> None:
    made = services.identity.bootstrap_administrator(ROOT, "first", "First", PW, "installed")
    assert made.action == Action.USER_CREATE
    with pytest.raises(PermissionDenied):
        services.identity.bootstrap_administrator(ROOT, "second", "Second", PW, "another")
    first = services.identity.authenticate("first", PW)
    with pytest.raises(PermissionDenied):
        services.identity.bootstrap_administrator(first, "third", "Third", PW, "as a person")
    assert (
        services.identity.create_user(first, "second", "S", PW, [Role.ADMIN], reason="t").action
        == Action.USER_PROPOSE
    )


def test_the_secrets_and_state_of_a_privileged_account_are_set_by_two(services: Services) -> None:
    """Whoever alone sets a supervisor's (or administrator's) password, card or PIN could log in as
    them and approve as them: for such accounts these are proposals too; for others at once."""
    alice, bob = admins(services)
    chief = int(
        services.identity.create_user(ROOT, "chief", "C", PW, [Role.SUPERVISOR], reason="t").target_ids[0]
    )
    teller = int(services.identity.create_user(ROOT, "t1", "T", PW, [Role.TELLER], reason="t").target_ids[0])
    assert (
        services.identity.reset_password(alice, teller, "N3w!teller", "forgot").action
        == Action.USER_PASSWORD_RESET
    )
    reset = services.identity.reset_password(alice, chief, "Ali3e!knows", "forgot")
    card = services.identity.issue_card(alice, chief, "C0A80102", "395172", "new card")
    assert [reset.action, card.action] == [Action.USER_PROPOSE, Action.USER_PROPOSE]
    with pytest.raises(AuthenticationFailed):
        services.identity.authenticate("chief", "Ali3e!knows")  # not before a second says so
    with pytest.raises(AuthenticationFailed):
        services.identity.verify_card_pin("C0A80102", "395172", context="t")
    with pytest.raises(PermissionDenied):
        services.identity.approve_proposal(alice, int(reset.target_ids[0]), "mine")
    services.identity.approve_proposal(bob, int(reset.target_ids[0]), "chief asked by phone")
    services.identity.approve_proposal(bob, int(card.target_ids[0]), "card handed over")
    assert services.identity.authenticate("chief", "Ali3e!knows").username == "chief"
    assert services.identity.verify_card_pin("C0A80102", "395172", context="t").username == "chief"
    pin = services.identity.reset_pin(alice, "C0A80102", "604829", "forgot the PIN")
    assert pin.action == Action.USER_PROPOSE
    services.identity.approve_proposal(bob, int(pin.target_ids[0]), "ok")
    assert services.identity.verify_card_pin("C0A80102", "604829", context="t").username == "chief"
    # disabling is at once; enabling again is four-eyes
    assert services.identity.set_active(alice, chief, False, "left").action == Action.USER_ACTIVE
    enable = services.identity.set_active(alice, chief, True, "back")
    assert enable.action == Action.USER_PROPOSE and not services.identity.get_user(alice, chief).active
    services.identity.approve_proposal(bob, int(enable.target_ids[0]), "rehired")
    assert services.identity.get_user(alice, chief).active
