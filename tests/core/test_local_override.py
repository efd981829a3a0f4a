"""The local override (本地授权) as an insider with a script would try it: the supervisor proves
themselves inside the operation (card and PIN, or user name and password), so no caller can hand in
a supervisor's identity; a wrong PIN is refused, counted and audited; the teller's own credentials
are refused. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import typing

import pytest
from sqlalchemy import select

from app import audit, security
from app.audit import AuditQuery
from app.db.models import Card, User
from app.errors import AccountLocked, AuthenticationFailed, PermissionDenied, ValidationError
from app.rbac import Principal, Role, system_principal
from app.services import Services
from app.services.authorization import AuthorizationService, Draft
from app.services.identity import Credentials
from tests.images import IMAGES, upload_if_services

ROOT = system_principal("test")
PW = "Str0ng!pass"
CHIEF_CARD, CHIEF_PIN = "C0A80101", "482619"
TELLER_CARD, TELLER_PIN = "C0A80102", "391758"


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(security, "LOG2_N", 10)


@pytest.fixture(autouse=True)
def _images_on_the_server(request: pytest.FixtureRequest) -> None:
    upload_if_services(request)  # a request names only images the server holds


def user(services: Services, name: str, *roles: Role, card: tuple[str, str] | None = None) -> Principal:
    uid = int(services.identity.create_user(ROOT, name, name, PW, list(roles), reason="test").target_ids[0])
    if card is not None:
        services.identity.issue_card(ROOT, uid, card[0], card[1], reason="test")
    return services.identity.authenticate(name, PW)


@pytest.fixture
def people(services: Services) -> dict[str, Principal]:
    return {
        "teller": user(services, "teller1", Role.TELLER, card=(TELLER_CARD, TELLER_PIN)),
        "teller2": user(services, "teller2", Role.TELLER),
        "chief": user(services, "chief1", Role.SUPERVISOR, card=(CHIEF_CARD, CHIEF_PIN)),
    }


def local_request(services: Services, teller: Principal, amount_fen: int = 8_000_000) -> int:
    draft = Draft(
        "CASH_WD", "CNY", amount_fen, "6222020200112233445", "张三", "大额取现", "BR01", "local", IMAGES
    )
    return int(services.authorization.submit(teller, draft).target_ids[0])


def failed_pins(services: Services, card_uid: str) -> int:
    with services.db.read() as s:
        return int(s.scalar(select(Card.failed_pins).where(Card.card_uid == card_uid)) or 0)


def actions(services: Services, prefix: str) -> list[tuple[str, str, str]]:
    records, _ = services.audit.query(ROOT, AuditQuery(action_prefix=prefix))
    return [(r.action, r.actor_name, r.reason) for r in reversed(records)]


def test_there_is_no_way_to_hand_in_a_supervisor_identity(
    services: Services, people: dict[str, Principal]
) -> None:
    hints = typing.get_type_hints(AuthorizationService.decide_locally)
    assert [name for name, kind in hints.items() if kind is Principal] == ["actor"]
    assert hints["credentials"] is Credentials
    rid = local_request(services, people["teller"])
    fabricated = Principal(people["chief"].user_id, "chief1", "Chief", frozenset({Role.SUPERVISOR}))
    with pytest.raises(ValidationError) as e:  # the old call: a supervisor's identity, no secret
        services.authorization.decide_locally(people["teller"], rid, fabricated, "approve")  # type: ignore[arg-type]
    assert e.value.params["field"] == "credentials"
    with pytest.raises(ValidationError):  # a user name without a password proves nothing
        services.authorization.decide_locally(
            people["teller"], rid, Credentials(username="chief1"), "approve"
        )
    with pytest.raises(ValidationError):  # nor a card without its PIN
        services.authorization.decide_locally(
            people["teller"], rid, Credentials(card_uid=CHIEF_CARD), "approve"
        )
    assert services.authorization.get(ROOT, rid).status == "pending"
    assert "pin=" not in repr(Credentials(card_uid=CHIEF_CARD, pin=CHIEF_PIN))  # secrets stay out of logs


def test_card_and_pin_at_the_counter_decide_the_request(
    services: Services, people: dict[str, Principal]
) -> None:
    rid = local_request(services, people["teller"])
    credentials = Credentials(card_uid=CHIEF_CARD.lower(), pin=CHIEF_PIN)
    services.authorization.decide_locally(people["teller"], rid, credentials, "approve", "本人核实")
    view = services.authorization.get(ROOT, rid)
    assert view.status == "approved" and view.decisions[0].authorizer == "chief1"
    assert view.decisions[0].mode == "local"
    (entry,) = services.audit.query(ROOT, AuditQuery(action_prefix="authz.approve"))[0]
    assert entry.actor_name == "chief1"
    assert entry.after["teller"] == "teller1" and entry.after["verified_by"] == "card"  # type: ignore[index]
    assert ("card.verified", "chief1", f"local authorization of request {rid}") in actions(services, "card.")


def test_a_wrong_pin_is_refused_counted_and_audited(services: Services, people: dict[str, Principal]) -> None:
    rid = local_request(services, people["teller"])
    authz = services.authorization
    right = Credentials(card_uid=CHIEF_CARD, pin=CHIEF_PIN)
    wrong = Credentials(card_uid=CHIEF_CARD, pin="0000")
    with pytest.raises(AuthenticationFailed) as e:
        authz.decide_locally(people["teller"], rid, wrong, "approve")
    assert e.value.params["remaining"] == 2 and failed_pins(services, CHIEF_CARD) == 1
    with pytest.raises(AuthenticationFailed):
        authz.decide_locally(people["teller"], rid, wrong, "approve")
    with pytest.raises(AccountLocked):  # the third wrong PIN locks the card
        authz.decide_locally(people["teller"], rid, wrong, "approve")
    with pytest.raises(AccountLocked):  # and then the right PIN is refused too
        authz.decide_locally(people["teller"], rid, right, "approve")
    context = f"local authorization of request {rid}"
    assert [a for a in actions(services, "card.") if context in a[2]] == [
        ("card.pin_failed", "card-reader", context),
        ("card.pin_failed", "card-reader", context),
        ("card.locked", "card-reader", f"3 wrong PINs; {context}"),
        ("card.refused", "card-reader", f"locked; {context}"),
    ]
    wrong_password = Credentials(username="chief1", password="nope")
    with pytest.raises(AuthenticationFailed):  # a wrong password counts towards the user's lockout
        authz.decide_locally(people["teller"], rid, wrong_password, "approve")
    with services.db.read() as s:
        assert s.scalar(select(User.failed_attempts).where(User.username == "chief1")) == 1
    assert authz.get(ROOT, rid).status == "pending" and audit.verify_chain(services.db).ok


def test_the_tellers_own_credentials_are_refused(services: Services, people: dict[str, Principal]) -> None:
    rid = local_request(services, people["teller"])
    authz = services.authorization
    for own in (
        Credentials(username="teller1", password=PW),
        Credentials(card_uid=TELLER_CARD, pin=TELLER_PIN),
        Credentials(card_uid=TELLER_CARD, pin="0000"),  # refused before the PIN is even checked
    ):
        with pytest.raises(PermissionDenied) as e:
            authz.decide_locally(people["teller"], rid, own, "approve")
        assert e.value.params["rule"] == "own_request"
    assert failed_pins(services, TELLER_CARD) == 0  # no secret was checked: nothing counted
    denied = actions(services, "security.denied")
    assert denied == [("security.denied", "teller1", f"authorize own request {rid}")] * 3
    # a supervisor who is also a teller: their own request, their own card
    # (in a bank whose separation-of-duties table allows the pair)
    services.identity.set_role_conflicts(ROOT, [], "a teller who supervises")
    both = user(services, "both", Role.TELLER, Role.SUPERVISOR, card=("C0A80103", "517308"))
    mine = local_request(services, both)
    with pytest.raises(PermissionDenied) as e:
        authz.decide_locally(both, mine, Credentials(card_uid="C0A80103", pin="517308"), "approve")
    assert e.value.params["rule"] == "own_request"
    # another teller's valid credentials: a teller is no supervisor
    with pytest.raises(PermissionDenied) as e:
        authz.decide_locally(people["teller"], rid, Credentials(username="teller2", password=PW), "approve")
    assert e.value.params["permission"] == "authorize" and e.value.params["supervisor"] == "teller2"
    # and another teller cannot use a supervisor's credentials on someone else's request
    with pytest.raises(PermissionDenied):
        authz.decide_locally(
            people["teller2"], rid, Credentials(card_uid=CHIEF_CARD, pin=CHIEF_PIN), "approve"
        )
    assert failed_pins(services, CHIEF_CARD) == 0 and authz.get(ROOT, rid).status == "pending"
