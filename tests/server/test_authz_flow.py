"""Remote authorization through the suite server, as the two-workstation recipe runs it: the teller
uploads the images and submits, the request reaches the authorizer's push stream at once, the
authorizer claims it on the server's clock, sees the images and approves; the teller's stream has the
decision. And what an insider at either workstation cannot do."""

from __future__ import annotations

import pytest

from app.client.push import PushClient
from app.errors import PermissionDenied, ValidationError
from app.operations import Action
from app.rbac import Role
from app.services.authorization import Credentials, Draft, RequestView, listed
from tests.images import ID_CARD, IMAGES, VOUCHER, sha256

from .conftest import PUSH_LIVE_S, PW, wait_for


def _draft(amount_yuan: int, mode: str = "remote") -> Draft:
    return Draft(
        "CASH_WD", "CNY", amount_yuan * 100, "6222020200112233445", "张三", "大额取现", "BR01", mode, IMAGES
    )


def test_a_request_with_images_goes_from_the_teller_to_the_authorizer_and_back(
    live, make_user, workstation
) -> None:  # type: ignore[no-untyped-def]
    make_user("teller", Role.TELLER)
    make_user("chief", Role.SUPERVISOR)
    teller, chief = workstation("teller", "WS1"), workstation("chief", "WS2")
    seen: list[tuple[str, tuple[int, ...]]] = []
    push = PushClient(chief.connection, since=chief.reply.push_seq)
    watch = push.authorization_watch(lambda source, ids: seen.append((source, ids)))
    teller_push = PushClient(teller.connection, since=teller.reply.push_seq)
    decided: list[Action] = []
    teller_push.on_changes(lambda changes: decided.extend(c.action for c in changes))
    watch.start()
    push.start()
    teller_push.start()
    try:
        wait_for(lambda: push.online and teller_push.online, PUSH_LIVE_S)
        with pytest.raises(ValidationError) as missing:  # images the server does not hold
            teller.services.authorization.submit(teller.me, _draft(80_000))
        assert missing.value.params["field"] == "attachments"
        for data in (ID_CARD, VOUCHER):
            teller.services.blobs.put(teller.me, data, "jpg", sha256(data))
        change = teller.services.authorization.submit(teller.me, _draft(80_000))
        rid = int(change.target_ids[0])
        wait_for(lambda: any(source == "notify" and rid in ids for source, ids in seen))
        claimed = chief.services.authorization.claim_next(chief.me)
        assert claimed is not None and int(claimed.target_ids[0]) == rid
        view = chief.services.authorization.get(chief.me, rid)
        assert view.claimed_by == "chief" and view.lease_until is not None
        assert (
            chief.services.blobs.get(chief.me, IMAGES[0][1], "jpg") == ID_CARD
        )  # the images, from the server
        chief.services.authorization.decide(chief.me, rid, "approve", "核对无误")
        wait_for(lambda: Action.AUTHZ_APPROVE in decided)
        assert teller.services.authorization.get(teller.me, rid).status == "approved"
    finally:
        watch.stop()
        push.stop()
        teller_push.stop()


def test_each_change_reaches_the_other_screens_as_the_requests_view(live, make_user, workstation) -> None:  # type: ignore[no-untyped-def]
    """The queue and the teller's list update in place from the views the stream carries (no list is
    read again); the view of a request goes to authorizers and its own teller, not to another teller."""
    for name, role in (("teller", Role.TELLER), ("teller2", Role.TELLER), ("chief", Role.SUPERVISOR)):
        make_user(name, role)
    teller, other, chief = (
        workstation("teller", "WS1"),
        workstation("teller2", "WS3"),
        workstation("chief", "WS2"),
    )
    views: dict[str, list[RequestView]] = {"chief": [], "teller": [], "teller2": []}
    named: list[tuple[str, tuple[int, ...]]] = []
    pushes = {name: PushClient(ws.connection, since=ws.reply.push_seq) for name, ws in
              (("chief", chief), ("teller", teller), ("teller2", other))}  # fmt: skip
    watch = pushes["chief"].authorization_watch(
        lambda source, ids: named.append((source, ids)), on_views=views["chief"].extend
    )
    pushes["teller"].on_requests(views["teller"].extend)
    pushes["teller2"].on_requests(views["teller2"].extend)
    watch.start()
    for p in pushes.values():
        p.start()
    try:
        wait_for(lambda: all(p.online for p in pushes.values()), PUSH_LIVE_S)
        for data in (ID_CARD, VOUCHER):
            teller.services.blobs.put(teller.me, data, "jpg", sha256(data))
        rid = int(teller.services.authorization.submit(teller.me, _draft(80_000)).target_ids[0])
        wait_for(lambda: [v.status for v in views["chief"]] == ["pending"])
        # the request as the lists show it (personal data masked; get gives it in full)
        assert views["chief"][0] == listed(chief.services.authorization.get(chief.me, rid))
        chief.services.authorization.claim_next(chief.me)
        chief.services.authorization.decide(chief.me, rid, "approve", "核对无误")
        wait_for(lambda: [v.status for v in views["teller"]] == ["claimed", "approved"])
        assert views["teller"][-1] == listed(teller.services.authorization.get(teller.me, rid))
        assert views["teller"][-1].decisions[0].comment == "核对无误"
        assert all(source == "poll" for source, _ids in named)  # the views named every change
        assert [v.id for v in views["chief"]] == [rid]  # its own claim and decision are not echoed
        assert views["teller2"] == []
    finally:
        watch.stop()
        for p in pushes.values():
            p.stop()


def test_a_teller_cannot_approve_their_own_request_at_the_counter(live, make_user, workstation) -> None:  # type: ignore[no-untyped-def]
    make_user("teller", Role.TELLER)
    make_user("chief", Role.SUPERVISOR)
    teller = workstation("teller", "WS1")
    for data in (ID_CARD, VOUCHER):
        teller.services.blobs.put(teller.me, data, "jpg", sha256(data))
    rid = int(teller.services.authorization.submit(teller.me, _draft(80_000, mode="local")).target_ids[0])
    # own credentials as the "supervisor": refused; a supervisor's name without the password: refused
    with pytest.raises(PermissionDenied):
        teller.services.authorization.decide_locally(
            teller.me, rid, Credentials(username="teller", password=PW), "approve", "ok"
        )
    with pytest.raises(Exception) as wrong:
        teller.services.authorization.decide_locally(
            teller.me, rid, Credentials(username="chief", password="guess"), "approve", "ok"
        )
    assert wrong.value.code in ("bad_credentials", "invalid", "permission_denied")  # type: ignore[attr-defined]
    assert teller.services.authorization.get(teller.me, rid).status == "pending"


def test_a_teller_cannot_reach_anothers_images_by_naming_their_hashes(live, make_user, workstation) -> None:  # type: ignore[no-untyped-def]
    make_user("teller", Role.TELLER)
    make_user("insider", Role.TELLER)
    teller, insider = workstation("teller", "WS1"), workstation("insider", "WS2")
    for data in (ID_CARD, VOUCHER):
        teller.services.blobs.put(teller.me, data, "jpg", sha256(data))
    assert teller.services.blobs.get(teller.me, IMAGES[0][1], "jpg") == ID_CARD  # its own upload
    teller.services.authorization.submit(teller.me, _draft(80_000))
    with pytest.raises(PermissionDenied):  # the hashes, from wherever: not the bytes
        insider.services.authorization.submit(insider.me, _draft(90_000))
    with pytest.raises(PermissionDenied):
        insider.services.blobs.get(insider.me, IMAGES[0][1], "jpg")
    assert insider.services.blobs.has(insider.me, [IMAGES[0][1]]) == []
