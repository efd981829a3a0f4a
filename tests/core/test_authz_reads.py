"""The authorization reads called as an insider with a script would: a request's data (customer,
account, amount) is for its teller, authorizers and auditors; the queue for authorizers; the
rules for those who work with them, with other users' personal limits only for rule
administrators. Every refusal is audited as ``security.denied``."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace

import pytest

from app import changelog, security
from app.audit import AuditQuery
from app.errors import NotFound, PermissionDenied
from app.rbac import Principal, Role, system_principal
from app.services import Services
from app.services.authorization import SHIPPED_POLICY, Draft
from tests.images import IMAGES, upload_if_services

ROOT = system_principal("test")
PW = "Str0ng!pass"
DRAFT = Draft(
    "CASH_WD", "CNY", 8_000_000, "6222020200112233445", "张三", "大额取现", "BR01", attachments=IMAGES
)


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(security, "LOG2_N", 10)


@pytest.fixture(autouse=True)
def _images_on_the_server(request: pytest.FixtureRequest) -> None:
    upload_if_services(request)  # a request names only images the server holds


MakeUser = Callable[..., Principal]


@pytest.fixture
def make_user(services: Services) -> MakeUser:
    def make(name: str, *roles: Role, outsourced: bool = False) -> Principal:
        services.identity.create_user(ROOT, name, name, PW, list(roles), outsourced=outsourced, reason="test")
        return services.identity.authenticate(name, PW)

    return make


def denials(services: Services) -> list[tuple[str, str, str]]:
    records, _ = services.audit.query(ROOT, AuditQuery(action_prefix="security.denied"))
    return [(r.actor_name, r.target_id, r.reason) for r in records]


@pytest.mark.parametrize(
    ("roles", "outsourced"),
    [((Role.KEYER,), False), ((Role.TELLER,), True), ((Role.SUPERVISOR,), True), ((Role.OPERATOR,), False)],
    ids=["keyer", "outsourced-teller", "outsourced-supervisor", "operator"],
)
def test_another_tellers_request_and_the_queue_are_refused_and_audited(
    services: Services, make_user: MakeUser, roles: tuple[Role, ...], outsourced: bool
) -> None:
    authz = services.authorization
    teller = make_user("teller1", Role.TELLER)
    rid = int(authz.submit(teller, DRAFT).target_ids[0])
    insider = make_user("insider", *roles, outsourced=outsourced)
    calls: list[tuple[Callable[[], object], str, str]] = [
        (lambda: authz.get(insider, rid), "audit.read|authorize", "view an authorization request"),
        (lambda: authz.get(insider, rid + 1000), "audit.read|authorize", "view an authorization request"),
        (lambda: authz.queue(insider), "authorize", "view the authorization queue"),
        (lambda: authz.requests_of(insider), "authorize.request", "view your authorization requests"),
        (
            lambda: authz.signed_in(insider),
            "authorize|supervise",
            "view who is signed in to the authorization center",
        ),
    ]
    for call, permission, action in calls:
        with pytest.raises(PermissionDenied) as refused:
            call()
        assert refused.value.params["permission"] == permission
        assert ("insider", permission, action) in denials(services)  # refused, and on record
    if Role.KEYER in roles or outsourced:  # nothing of the rules for keyers and outsourced staff
        with pytest.raises(PermissionDenied):
            authz.policy(insider)
        assert any(a == "insider" and r == "view the authorization rules" for a, _p, r in denials(services))


def test_a_teller_reads_only_their_own_requests(services: Services, make_user: MakeUser) -> None:
    authz = services.authorization
    teller, other = make_user("teller1", Role.TELLER), make_user("teller2", Role.TELLER)
    rid = int(authz.submit(teller, DRAFT).target_ids[0])
    view = authz.get(teller, rid)
    assert view.customer == "张三" and view.teller == "teller1"
    assert [r.id for r in authz.requests_of(teller)] == [rid]
    assert authz.requests_of(other) == []
    with pytest.raises(PermissionDenied):
        authz.get(other, rid)
    with pytest.raises(PermissionDenied):
        authz.queue(other)
    assert [(a, r) for a, _p, r in denials(services)] == [
        ("teller2", "view the authorization queue"),
        ("teller2", "view an authorization request"),
    ]


def test_authorizers_supervisors_and_auditors_read_requests(services: Services, make_user: MakeUser) -> None:
    authz = services.authorization
    teller = make_user("teller1", Role.TELLER)
    rid = int(authz.submit(teller, DRAFT).target_ids[0])
    reviewer, chief = make_user("rev1", Role.REVIEWER), make_user("chief1", Role.SUPERVISOR)
    auditor = make_user("aud1", Role.AUDITOR)
    for reader in (reviewer, chief, auditor):
        assert authz.get(reader, rid).account == "6222020200112233445"
    for authorizer in (reviewer, chief):
        assert [r.id for r in authz.queue(authorizer)] == [rid]
        assert authz.signed_in(authorizer) == []
    with pytest.raises(PermissionDenied):
        authz.queue(auditor)  # the live queue is the authorizers' work, not the auditor's
    with pytest.raises(NotFound):
        authz.get(chief, rid + 1000)
    assert [(a, r) for a, _p, r in denials(services)] == [("aud1", "view the authorization queue")]


def test_personal_limits_are_only_for_the_rule_administrators(
    services: Services, make_user: MakeUser
) -> None:
    authz = services.authorization
    admin = make_user("admin1", Role.ADMIN)
    teller, other = make_user("teller1", Role.TELLER), make_user("teller2", Role.TELLER)
    chief = make_user("chief1", Role.SUPERVISOR)
    policy = json.loads(SHIPPED_POLICY.read_text(encoding="utf-8"))
    policy["limits"]["users"] = {
        "teller1": {"CNY": {"*": {"input": 1_000_000, "authorize": 0}}},
        "teller2": {"CNY": {"*": {"input": 9_000_000, "authorize": 0}}},
    }
    authz.save_policy(admin, json.dumps(policy), "个人限额")
    version, full = authz.policy(admin)
    assert version == 1 and set(full.user_limits) == {"teller1", "teller2"}
    assert services.policies.in_force(admin).policy.user_limits == full.user_limits
    _v, own = authz.policy(teller)
    assert set(own.user_limits) == {"teller1"} and set(own.source["limits"]["users"]) == {"teller1"}
    assert own.business == full.business and own.role_limits == full.role_limits  # the rules themselves
    assert own.limit("teller1", {"teller"}, "CNY", "CASH_WD").input == 1_000_000  # the form's hint
    assert set(authz.policy(other)[1].user_limits) == {"teller2"}
    assert authz.policy(chief)[1].user_limits == {}
    assert denials(services) == []


def test_personal_data_in_the_lists_is_masked_and_read_in_full_one_request_at_a_time(
    services: Services, make_user: MakeUser
) -> None:
    """Issue 11: the queue and a teller's list gave every account, and the ID and phone numbers in
    the reasons, in full to whoever could list them (an authorizer's script read a whole day's
    customers). The lists, and the views pushed to them, show only the last four digits; the full
    request is read one at a time with ``get``, by those who may read that request."""
    authz = services.authorization
    teller, chief = make_user("teller1", Role.TELLER), make_user("chief1", Role.SUPERVISOR)
    reason = "大额取现，身份证 11010119900307771X，电话 13912345678"
    rid = int(authz.submit(teller, replace(DRAFT, reason=reason)).target_ids[0])
    listed = [*authz.queue(chief), *authz.requests_of(teller)]
    assert len(listed) == 2
    for view in listed:
        assert view.account == "***************3445"
        assert view.reason == "大额取现，身份证 **************771X，电话 *******5678"
        assert "11010119900307771X" not in repr(view) and "13912345678" not in repr(view)
    for reader in (teller, chief):
        full = authz.get(reader, rid)
        assert full.account == DRAFT.account and full.reason == reason
    changelog.publish_pending(services.db)
    pushed = [r.payload for r in changelog.read_since(services.db, 0) if r.kind == changelog.Kind.REQUEST]
    assert pushed and all(DRAFT.account.encode() not in p and b"13912345678" not in p for p in pushed)


def test_a_queue_reads_the_top_of_the_queue_and_the_requests_a_change_names(
    services: Services, make_user: MakeUser
) -> None:
    """Issue 11: every change reloaded the whole queue (40 s at 100,000 waiting). A screen reads
    the first ``limit`` requests, and then only those a change names (``views``), checked and
    masked like the queue."""
    authz = services.authorization
    teller, chief = make_user("teller1", Role.TELLER), make_user("chief1", Role.SUPERVISOR)
    ids = [
        int(authz.submit(teller, replace(DRAFT, amount_fen=8_000_000 + i)).target_ids[0]) for i in range(5)
    ]
    authz.claim(chief, ids[3])
    whole = authz.queue(chief)
    assert authz.queue(chief, limit=2) == whole[:2] and len(whole) == 5
    assert [v.id for v in authz.views(chief, [ids[3], ids[0], 999])] == [ids[0], ids[3]]
    assert authz.views(chief, [ids[3]])[0] == next(v for v in whole if v.id == ids[3])
    assert authz.views(chief, [ids[0]])[0].account.startswith("*")
    with pytest.raises(PermissionDenied):
        authz.views(teller, ids)
    assert ("teller1", "authorize", "view the authorization queue") in denials(services)


def test_the_queue_counts_cover_the_whole_queue_for_authorizers_only(
    services: Services, make_user: MakeUser
) -> None:
    authz = services.authorization
    teller, chief = make_user("teller1", Role.TELLER), make_user("chief1", Role.SUPERVISOR)
    ids = [
        int(authz.submit(teller, replace(DRAFT, amount_fen=8_000_000 + i)).target_ids[0]) for i in range(4)
    ]
    authz.claim(chief, ids[0])
    assert authz.queue_counts(chief) == (3, 0)  # none has waited five minutes yet
    assert authz.queue_counts(chief, late_s=0) == (3, 3)
    with pytest.raises(PermissionDenied):
        authz.queue_counts(teller)
