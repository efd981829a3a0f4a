"""Who sees which change on the push stream (``app.services.audience``): every target type and every
kind of row has an audience; every dock still gets the changes it refreshes on (a dock exists only
for a user holding its permission); a summary is a valid ``Change`` with nothing in it; and no
change in the log carries a secret."""

from __future__ import annotations

import msgspec
import pytest
from sqlalchemy import select

from app import changelog, security
from app.changelog import Kind
from app.db.models import ChangeLogEntry
from app.operations import Action, Change, Target
from app.rbac import Permission, Principal, Role, system_principal
from app.services import Services
from app.services.audience import AUDIENCES, KIND_AUDIENCES, Viewer, view_of

P = Permission
ROOT = system_principal("test")
PW = "Str0ng!Passw0rd"
REGISTERS = {Target.PERSON, Target.ASSET, Target.CASHBOX, Target.VIP, Target.ARCHIVE}
# what each dock (or the window's tracking bridge) reloads on, by the permission it needs to exist
REFRESHES: dict[Permission, set[Target]] = {
    P.MAP_VIEW: {*REGISTERS, Target.ZONE, Target.READER},  # tag map, reader health
    P.REGISTER_ADMIN: {*REGISTERS, Target.ZONE, Target.VOUCHER_TEMPLATE, Target.AUTH_POLICY},
    P.TRACKING_INGEST: {*REGISTERS, Target.ZONE, Target.READER},  # a station's runtime: its mapping
    P.USER_ADMIN: {Target.USER, Target.CARD},
    P.AUTHORIZE: {Target.AUTH_REQUEST, Target.AUTH_POLICY},  # the queue
    P.AUTH_REQUEST: {Target.AUTH_POLICY},  # the request form's limit hints (its own requests: below)
    P.STATS_READ: {Target.AUTH_REQUEST},
    P.CAPTURE: {Target.VOUCHER_TEMPLATE, Target.CAPTURED_PAGE, Target.CAPTURE_BATCH},
    P.AUDIT_READ: set(Target),  # the audit log reloads on every change
    P.ALARM_WORK: {Target.ALARM, Target.ALARM_RULES},  # the alarm queue
    P.SUPERVISE: {Target.ALARM},  # escalated alarms
    P.ALARM_ADMIN: {Target.ALARM_RULES},  # the rules dock
}
OVERVIEW = {Target.ZONE, Target.READER, Target.PERSON, Target.ASSET}  # every user's overview


def seer(*permissions: Permission, user: int = 1) -> Viewer:
    """A subscriber holding exactly these permissions (as ``Viewer.of`` makes one from a principal)."""
    return Viewer(user, frozenset(p.value for p in permissions), P.AUDIT_READ in permissions)


def payload(target: Target, ids: tuple[str, ...] = ("7",), **detail: object) -> bytes:
    return msgspec.json.encode(Change(Action.USER_CREATE, target, ids, 3, dict(detail)))


def test_every_target_and_every_kind_of_row_has_an_audience() -> None:
    assert set(AUDIENCES) == set(Target)
    assert set(KIND_AUDIENCES) | {Kind.CHANGE} == set(Kind)


@pytest.mark.parametrize("permission", sorted(REFRESHES))
def test_every_dock_gets_what_it_refreshes_on(permission: Permission) -> None:
    for target in REFRESHES[permission]:
        data = payload(target)
        assert view_of(seer(permission), Kind.CHANGE, data) == data, target


def test_a_request_reaches_its_own_teller_only() -> None:
    data = payload(Target.AUTH_REQUEST, ("5",), status="claimed", teller_id=11)
    assert view_of(seer(P.AUTH_REQUEST, user=11), Kind.CHANGE, data) == data
    assert view_of(seer(P.AUTH_REQUEST, user=12), Kind.CHANGE, data) is None
    other = payload(Target.AUTH_REQUEST, ("5",), teller_id="12")
    assert view_of(seer(P.AUTH_REQUEST, user=12), Kind.CHANGE, other) is not None


def test_a_requests_view_reaches_its_readers_and_its_own_teller_only() -> None:
    data = msgspec.json.encode({"teller_id": 11, "view": {"id": 5, "customer": "Wang Fang"}})
    for reader in (P.AUTHORIZE, P.AUDIT_READ):
        assert view_of(seer(reader, user=3), Kind.REQUEST, data) == data
    assert view_of(seer(P.AUTH_REQUEST, user=11), Kind.REQUEST, data) == data
    assert view_of(seer(P.AUTH_REQUEST, user=12), Kind.REQUEST, data) is None  # another teller
    assert view_of(seer(P.STATS_READ, user=11), Kind.REQUEST, data) is None  # owner without the permission
    assert view_of(seer(P.STATS_READ, P.MAP_VIEW, user=3), Kind.REQUEST, data) is None  # counts, not content
    assert view_of(seer(P.AUTH_REQUEST, user=11), Kind.REQUEST, b"not json") is None


def test_the_overview_gets_a_summary_and_nothing_else() -> None:
    nobody = seer(P.KEYING)  # a keyer: no dock but the overview
    decoder = msgspec.json.Decoder(Change)  # as the workstation decodes it
    for target in Target:
        data = payload(target, ("1", "2"), tag_id="AB00CD01", user_id=1)
        seen = view_of(nobody, Kind.CHANGE, data)
        if target not in OVERVIEW | REGISTERS:
            assert seen is None, target
            continue
        assert seen is not None
        summary = decoder.decode(seen)
        assert summary == Change(Action.USER_CREATE, target, (), None, {})
    assert view_of(nobody, Kind.TRACKING, b"[]") is None
    assert view_of(seer(P.MAP_VIEW), Kind.TRACKING, b"[]") == b"[]"
    assert view_of(nobody, Kind.CHANGE, b"not json") is None  # unreadable: nobody's


def test_a_viewer_is_the_principals_permissions() -> None:
    auditor = Principal(7, "aud", "Aud", frozenset({Role.AUDITOR}))
    viewer = Viewer.of(auditor)
    assert viewer == Viewer(7, frozenset(p.value for p in auditor.permissions), True)
    assert view_of(viewer, Kind.CHANGE, payload(Target.USER)) is not None


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(security, "LOG2_N", 10)


def test_no_change_in_the_log_carries_a_secret(services: Services) -> None:
    identity = services.identity
    uid = int(identity.create_user(ROOT, "clerk", "Clerk", PW, [Role.TELLER], reason="r").target_ids[0])
    identity.issue_card(ROOT, uid, "C0FFEE01", "395172", "r")
    identity.reset_password(ROOT, uid, "An0ther!Passw0rd", "forgot it")
    clerk = identity.authenticate("clerk", "An0ther!Passw0rd")
    identity.change_password(clerk, "An0ther!Passw0rd", "Th1rd!Passw0rd")
    with services.db.read() as s:
        logged = s.scalars(select(ChangeLogEntry.payload)).all()
    assert len(logged) == 4 and changelog.last_seq(services.db) == 0  # not yet published: all of them
    for text in logged:
        for secret in ("scrypt$", PW, "An0ther!Passw0rd", "Th1rd!Passw0rd", "395172", "hash"):
            assert secret not in text
