"""Images through the service: upload with the stated SHA-256, hostile files refused by the imaging
checker, download only by whoever may see the image (refusals audited), which images are held, and
no request submitted with images the server does not hold. As an insider with a script would call
it. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import security
from app.audit import AuditQuery
from app.errors import NotFound, PermissionDenied, ValidationError
from app.rbac import Principal, Role, system_principal
from app.services import Services
from app.services.authorization import AuthorizationService, Draft
from app.services.blobs import BlobService
from app.services.capture import PageRecord, SliceRecord
from imaging.loader import check_image
from imaging.synth.sets import write_bad_inputs
from tests.images import ID_CARD, IMAGES, VOUCHER, sha256, upload_images

ROOT = system_principal("test")
PW = "Str0ng!pass"


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(security, "LOG2_N", 10)


def user(services: Services, name: str, *roles: Role) -> Principal:
    services.identity.create_user(ROOT, name, name, PW, list(roles), reason="test")
    return services.identity.authenticate(name, PW)


def denials(services: Services) -> list[tuple[str, str, str]]:
    """The audited refusals, oldest first."""
    records, _ = services.audit.query(ROOT, AuditQuery(action_prefix="security.denied"))
    return [(r.actor_name, r.target_id, r.reason) for r in reversed(records)]


def draft(**kw: object) -> Draft:
    base: dict[str, object] = {
        "business_type": "CASH_WD",
        "currency": "CNY",
        "amount_fen": 8_000_000,
        "account": "6222020200112233445",
        "customer": "张三",
        "reason": "大额取现",
        "branch": "BR01",
        "attachments": IMAGES,
    }
    base.update(kw)
    return Draft(**base)  # type: ignore[arg-type]


def test_an_image_goes_up_with_its_hash_and_comes_down_unchanged(services: Services) -> None:
    teller = user(services, "teller1", Role.TELLER)
    blobs = services.blobs
    ref = blobs.put(teller, ID_CARD, "jpg", sha256(ID_CARD))
    assert (ref.sha256, ref.ext, ref.size, ref.media_type) == (
        sha256(ID_CARD),
        "jpg",
        len(ID_CARD),
        "image/jpeg",
    )
    path = blobs.store.path(ref.sha256, "jpg")
    mtime = path.stat().st_mtime_ns
    assert blobs.put(teller, ID_CARD, "jpg", sha256(ID_CARD)) == ref  # the same bytes again: a no-op
    assert path.stat().st_mtime_ns == mtime
    assert blobs.has(teller, [sha256(VOUCHER), ref.sha256.upper(), ref.sha256]) == [ref.sha256]
    blobs.put(teller, VOUCHER, "jpg", sha256(VOUCHER))
    services.authorization.submit(teller, draft(attachments=(("id_card", ref.sha256, "jpg"), IMAGES[1])))
    assert blobs.get(teller, ref.sha256, "jpg") == ID_CARD  # now part of the teller's own request


def test_a_stated_hash_that_does_not_match_is_refused(services: Services) -> None:
    teller = user(services, "teller1", Role.TELLER)
    with pytest.raises(ValidationError) as e:
        services.blobs.put(teller, ID_CARD, "jpg", sha256(VOUCHER))
    assert e.value.params["field"] == "sha256" and e.value.params["problem"] == "mismatch"
    with pytest.raises(ValidationError) as e:
        services.blobs.put(teller, ID_CARD, "../x", sha256(ID_CARD))
    assert e.value.params["problem"] == "format"
    assert services.blobs.has(ROOT, [sha256(ID_CARD), sha256(VOUCHER)]) == []


def test_hostile_files_are_refused_naming_the_reason(services: Services, tmp_path: Path) -> None:
    teller = user(services, "teller1", Role.TELLER)
    made = write_bad_inputs(tmp_path / "bad")
    expected = {
        "empty.jpg": "empty_file",
        "truncated.jpg": "corrupt_file",
        "garbage.png": "unsupported_format",
        "bomb.png": "too_large",
    }
    for name, reason in expected.items():
        assert name in made
        data = (tmp_path / "bad" / name).read_bytes()
        with pytest.raises(ValidationError) as e:
            services.blobs.put(teller, data, name.rsplit(".", 1)[1], sha256(data))
        assert e.value.params["problem"] == reason, (name, e.value)
        assert services.blobs.has(teller, [sha256(data)]) == []  # nothing stored
    with pytest.raises(ValidationError) as e:  # a JPEG is not stored as a PNG
        services.blobs.put(teller, ID_CARD, "png", sha256(ID_CARD))
    assert e.value.params["problem"] == "wrong_extension" and e.value.params["expected"] == "jpg"
    small = BlobService(services.db, services.blobs.store, check_image, max_bytes=1000)
    with pytest.raises(ValidationError) as e:  # the size cap, before anything reads the bytes
        small.put(teller, ID_CARD, "jpg", sha256(ID_CARD))
    assert e.value.params["problem"] == "too_large" and e.value.params["limit"] == 1000
    two_pages = (tmp_path / "bad" / "two_pages.tif").read_bytes()  # a document is fine
    assert services.blobs.put(teller, two_pages, "tif", sha256(two_pages)).media_type == "image/tiff"


def test_without_a_checker_nothing_new_is_stored(services: Services) -> None:
    unchecked = BlobService(services.db, services.blobs.store)
    with pytest.raises(ValidationError) as e:
        unchecked.put(ROOT, ID_CARD, "jpg", sha256(ID_CARD))
    assert e.value.params["problem"] == "unchecked"


def test_only_who_may_see_a_request_downloads_its_images(services: Services) -> None:
    teller = user(services, "teller1", Role.TELLER)
    other = user(services, "teller2", Role.TELLER)
    reviewer = user(services, "rev1", Role.REVIEWER)
    auditor = user(services, "aud1", Role.AUDITOR)
    keyer = user(services, "keyer1", Role.KEYER)
    upload_images(services)
    sha, ext = IMAGES[0][1], IMAGES[0][2]
    with pytest.raises(PermissionDenied):  # nothing refers to it yet: not even its uploader
        services.blobs.get(teller, sha, ext)
    services.authorization.submit(teller, draft())
    for who in (teller, reviewer, auditor, ROOT):
        assert services.blobs.get(who, sha, ext) == ID_CARD
    for who in (other, keyer):
        with pytest.raises(PermissionDenied):
            services.blobs.get(who, sha, ext)
    with pytest.raises(PermissionDenied):  # keyers store no images either
        services.blobs.put(keyer, VOUCHER, "jpg", sha256(VOUCHER))
    with pytest.raises(PermissionDenied):
        services.blobs.has(keyer, [sha])
    assert denials(services) == [
        ("teller1", "image", "view an image"),
        ("teller2", "image", "view an image"),
        ("keyer1", "image", "view an image"),
        ("keyer1", "authorize.request|capture", "store an image"),
        ("keyer1", "authorize.request|capture", "ask which images are stored"),
    ]


def test_captured_page_images_are_for_who_views_captured_vouchers(services: Services) -> None:
    teller = user(services, "teller1", Role.TELLER)
    admin = user(services, "admin1", Role.ADMIN)
    keyer = user(services, "keyer1", Role.KEYER)
    for data in (ID_CARD, VOUCHER):
        services.blobs.put(teller, data, "jpg", sha256(data))
    batch = int(services.capture.open_batch(teller, "import", "WS-01").target_ids[0])
    box = (0, 0, 10, 10)
    quad = ((0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0))
    services.capture.record_page(
        teller,
        batch,
        PageRecord(
            "scan.jpg",
            0,
            sha256(ID_CARD),
            "jpg",
            "accepted",  # type: ignore[arg-type]
            (),
            slices=(SliceRecord("date", "date", box, quad, sha256(VOUCHER)),),
        ),
    )
    for who in (teller, admin):
        assert services.blobs.get(who, sha256(ID_CARD), "jpg") == ID_CARD
        assert services.blobs.get(who, sha256(VOUCHER), "jpg") == VOUCHER  # the slice
    with pytest.raises(PermissionDenied):  # keyers never see whole vouchers
        services.blobs.get(keyer, sha256(ID_CARD), "jpg")
    assert denials(services) == [("keyer1", "image", "view an image")]


def test_a_missing_or_damaged_image_is_reported_not_served(services: Services) -> None:
    teller = user(services, "teller1", Role.TELLER)
    upload_images(services)
    services.authorization.submit(teller, draft())
    sha, ext = IMAGES[1][1], IMAGES[1][2]
    path = services.blobs.store.path(sha, ext)
    path.write_bytes(b"not the voucher any more")
    with pytest.raises(NotFound) as e:
        services.blobs.get(teller, sha, ext)
    assert e.value.params["problem"] == "damaged"
    path.unlink()
    with pytest.raises(NotFound) as e:
        services.blobs.get(teller, sha, ext)
    assert e.value.params["problem"] == "missing"


def test_a_request_whose_images_the_server_does_not_hold_cannot_be_submitted(services: Services) -> None:
    teller = user(services, "teller1", Role.TELLER)
    reviewer = user(services, "rev1", Role.REVIEWER)
    authz = services.authorization
    services.blobs.put(teller, ID_CARD, "jpg", sha256(ID_CARD))  # the voucher never uploaded
    with pytest.raises(ValidationError) as e:
        authz.submit(teller, draft())
    assert e.value.params["field"] == "attachments" and e.value.params["problem"] == "not_stored"
    assert e.value.params["kinds"] == ["voucher"]
    forged = (("id_card", "a" * 64, "jpg"), ("voucher", "../../etc/passwd", "jpg"))
    with pytest.raises(ValidationError) as e:
        authz.submit(teller, draft(attachments=forged))
    assert e.value.params["problem"] == "not_stored" and e.value.params["kinds"] == ["id_card", "voucher"]
    assert authz.requests_of(teller) == []
    services.blobs.put(teller, VOUCHER, "jpg", sha256(VOUCHER))
    rid = int(authz.submit(teller, draft()).target_ids[0])
    authz.claim(reviewer, rid)
    authz.decide(reviewer, rid, "return", "重新拍摄凭证")
    with pytest.raises(ValidationError) as e:  # nor resubmitted with a new image it does not hold
        authz.resubmit(teller, rid, draft(attachments=(IMAGES[0], ("voucher", "c" * 64, "jpg"))))
    assert e.value.params["problem"] == "not_stored" and authz.get(teller, rid).status == "returned"
    without_store = AuthorizationService(services.db)
    with pytest.raises(ValidationError) as e:  # no image service: no request with images
        without_store.submit(teller, draft(account="6222020200112230000"))
    assert e.value.params["problem"] == "not_stored"
    entries, _ = services.audit.query(ROOT, AuditQuery(action_prefix="authz.submit"))
    assert entries[0].after["image_sha256"] == [sha256(ID_CARD), sha256(VOUCHER)]  # type: ignore[index]


def test_what_a_workstation_may_call_is_marked_remote(services: Services) -> None:
    def remote(obj: object) -> set[str]:
        return {n for n in dir(obj) if getattr(getattr(obj, n), "__remote__", False)}

    assert remote(services.blobs) == {"put", "get", "has"}
    authz = remote(services.authorization)
    assert {"submit", "resubmit", "cancel", "claim_next", "claim", "decide", "decide_locally", "get"} <= authz
    assert not authz & {"expire_leases", "watch", "_policy"}


def test_naming_anothers_image_by_its_hash_does_not_make_it_yours(services: Services) -> None:
    """A SHA-256 is no secret (request and page views, the audit log, or any copy of the file): an
    insider who knows one cannot attach that image to a request of their own, nor record it as a
    captured page, to download it; nor learn from ``has`` that it is stored."""
    owner = user(services, "teller1", Role.TELLER)
    insider = user(services, "teller2", Role.TELLER)  # captures vouchers too
    for data in (ID_CARD, VOUCHER):
        services.blobs.put(owner, data, "jpg", sha256(data))
    services.authorization.submit(owner, draft())
    sha = IMAGES[0][1]
    assert services.blobs.has(owner, [sha]) == [sha] and services.blobs.has(insider, [sha]) == []
    with pytest.raises(PermissionDenied) as refused:
        services.authorization.submit(insider, draft(account="6222020200998877665"))
    assert refused.value.params["kinds"] == ["id_card", "voucher"]
    batch = int(services.capture.open_batch(insider, "import", "WS-02").target_ids[0])
    page = PageRecord("scan.jpg", 0, sha, "jpg", "accepted", ())  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied):
        services.capture.record_page(insider, batch, page)
    with pytest.raises(PermissionDenied):
        services.blobs.get(insider, sha, "jpg")
    assert [d[2] for d in denials(services)] == [
        "attach an image one did not upload",
        "record a page with images one did not upload",
        "view an image",
    ]
    assert services.capture.pages(insider, batch) == []


def test_the_uploader_may_fetch_their_own_uploads(services: Services) -> None:
    teller = user(services, "teller1", Role.TELLER)
    other = user(services, "teller2", Role.TELLER)
    services.blobs.put(teller, ID_CARD, "jpg", sha256(ID_CARD))  # a draft's attachment, not yet sent
    assert services.blobs.get(teller, sha256(ID_CARD), "jpg") == ID_CARD
    with pytest.raises(PermissionDenied):
        services.blobs.get(other, sha256(ID_CARD), "jpg")
    services.blobs.put(other, ID_CARD, "jpg", sha256(ID_CARD))  # holding the bytes makes it theirs too
    assert services.blobs.get(other, sha256(ID_CARD), "jpg") == ID_CARD
