"""Capture records: pages with verdicts and slices, operator decisions, template versions, the blob
store. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app import audit, security
from app.audit import AuditQuery
from app.audit_sequencer import sequence_all
from app.blobs import BlobMissing, BlobStore
from app.errors import PermissionDenied, ValidationError
from app.rbac import Principal, Role, system_principal
from app.services import Services
from app.services.capture import KeyedFields, PageRecord, PageView, SliceRecord
from app.voucher_keys import VoucherKey, unsigned_text
from imaging.payload import PayloadError, parse_payload

ROOT = system_principal("test")
PW = "Str0ng!pass"


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(security, "LOG2_N", 10)


def user(services: Services, name: str, role: Role) -> Principal:
    services.identity.create_user(ROOT, name, name, PW, [role], reason="test")
    return services.identity.authenticate(name, PW)


def record(status: str = "accepted", **kw: object) -> PageRecord:
    base: dict[str, object] = {
        "source_name": "scan-001.jpg",
        "page_index": 0,
        "original_sha": "a" * 64,
        "original_ext": "jpg",
        "status": status,
        "reasons": (("deskewed", "+3.0°"),),
        "checks": (("sharpness", 0.61, True),),
        "voucher_type": "TR",
        "voucher_number": "20261123000001",
        "copy_no": 2,
        "account": "6222020200112233445",
        "amount_fen": 12_345_678_901,
        "template_code": "TR",
        "template_version": 1,
        "homography": ((1.0, 0.0, 5.0), (0.0, 1.0, 7.0), (0.0, 0.0, 1.0)),
        "slices": (
            SliceRecord(
                "date", "date", (10, 20, 300, 60), ((1.0, 2.0), (3.0, 2.0), (3.0, 4.0), (1.0, 4.0)), "b" * 64
            ),
        ),
    }
    base.update(kw)
    if "qr_text" not in kw and base["voucher_number"] is not None:  # the old code of these fields
        fields = (
            base["voucher_type"],
            base["voucher_number"],
            base["copy_no"],
            base["account"],
            base["amount_fen"],
        )
        base["qr_text"] = unsigned_text(*fields)  # type: ignore[arg-type]
    return PageRecord(**base)  # type: ignore[arg-type]


def test_pages_are_recorded_in_order_with_slices_and_audit(services: Services) -> None:
    teller = user(services, "teller1", Role.TELLER)
    cap = services.capture
    batch = int(cap.open_batch(teller, "folder:///scans", "WS-01").target_ids[0])
    first = cap.record_page(teller, batch, record())
    second = cap.record_page(
        teller, batch, record("manual", page_index=1, reasons=(("no_qr", ""),), slices=())
    )
    assert first.detail["seq"] == 1 and second.detail["seq"] == 2
    again = cap.record_page(teller, batch, record())  # the same file retried after a fault
    assert again.target_ids == first.target_ids and again.audit_id is None
    pages = cap.pages(teller, batch)
    assert [p.seq for p in pages] == [1, 2]
    page = pages[0]
    assert page.amount_fen == 12_345_678_901 and page.copy_no == 2 and page.homography is not None
    assert page.slices[0].box == (10, 20, 300, 60) and page.slices[0].quad[2] == (3, 4)
    assert [c for c, _d in page.reasons] == ["deskewed", "unsigned_qr"]  # an old code: flagged
    assert page.checks == (("sharpness", 0.61, True),)
    (view,) = cap.batches(teller)
    assert view.counts == {"accepted": 1, "manual": 1} and view.pages == 2 and view.created_by == "teller1"
    entries, _ = services.audit.query(ROOT, AuditQuery(action_prefix="capture.page"))
    assert {e.after["status"] for e in entries} == {"accepted", "manual"}  # type: ignore[index]


def test_decisions_need_a_reason_and_the_capture_permission(services: Services) -> None:
    teller = user(services, "teller1", Role.TELLER)
    keyer = user(services, "keyer1", Role.KEYER)
    cap = services.capture
    batch = int(cap.open_batch(teller, "import", "WS-01").target_ids[0])
    page_id = int(
        cap.record_page(teller, batch, record("rejected", reasons=(("blurred", "0.05"),))).target_ids[0]
    )
    with pytest.raises(ValidationError):
        cap.decide(teller, page_id, "override", "  ")
    with pytest.raises(PermissionDenied):
        cap.decide(keyer, page_id, "override", "looks fine")
    with pytest.raises(PermissionDenied):
        cap.record_page(keyer, batch, record())
    with pytest.raises(ValidationError):
        cap.decide(teller, page_id, "approve", "no such decision")
    with pytest.raises(PermissionDenied):  # four eyes: not the one who captured it
        cap.decide(teller, page_id, "override", "my own blurred scan is fine")
    other = user(services, "teller2", Role.TELLER)
    cap.decide(other, page_id, "override", "legible enough for keying")
    page = cap.page(teller, page_id)
    assert page.status == "overridden" and page.decided_by == "teller2"
    assert page.decision_reason == "legible enough for keying"
    with pytest.raises(ValidationError):  # an overridden page cannot be overridden again
        cap.decide(other, page_id, "override", "again")
    accepted = int(cap.record_page(teller, batch, record(page_index=5)).target_ids[0])
    with pytest.raises(ValidationError):
        cap.decide(other, accepted, "override", "nothing to override")
    empty = record("rejected", page_index=6, reasons=(("empty_file", "0 bytes"),), slices=())
    empty_id = int(cap.record_page(teller, batch, empty).target_ids[0])
    with pytest.raises(ValidationError):  # no image to accept: only a retake helps
        cap.decide(other, empty_id, "override", "accept it")
    cap.decide(teller, empty_id, "retake", "scan it again")
    keyer_denied = user(services, "keyer2", Role.KEYER)
    with pytest.raises(PermissionDenied):  # keyers never see whole vouchers
        cap.page(keyer_denied, page_id)
    entries, _ = services.audit.query(ROOT, AuditQuery(action_prefix="capture.override"))
    assert entries[0].before == {"status": "rejected", "type": "TR", "template": "TR"}
    assert entries[0].reason == "legible enough for keying"
    sequence_all(services.db)  # chain what the operations recorded
    report = audit.verify_chain(services.db)
    assert report.ok and report.pending == 0 and report.checked > 0


def test_reclassifying_a_manual_page_replaces_its_recognition(services: Services) -> None:
    teller = user(services, "teller1", Role.TELLER)
    cap = services.capture
    batch = int(cap.open_batch(teller, "import", "WS-01").target_ids[0])
    manual = record("manual", reasons=(("no_qr", ""),), voucher_type=None, template_code=None, slices=())
    page_id = int(cap.record_page(teller, batch, manual).target_ids[0])
    cap.decide(
        teller, page_id, "override", "cash deposit slip, QR torn off", reclassified=record(voucher_type="CD")
    )
    page = cap.page(teller, page_id)
    assert page.status == "overridden" and page.voucher_type == "CD" and len(page.slices) == 1
    with pytest.raises(ValidationError):
        cap.decide(teller, page_id, "reject", "x", reclassified=record())


def test_a_page_with_no_recognised_fields_is_accepted_only_with_the_minimum_keyed(services: Services) -> None:
    """A blank page was accepted as "CD" with no number or amount: an override must leave the page
    with its type, number and amount, recognised or keyed; otherwise it stays unaccepted."""
    teller = user(services, "teller1", Role.TELLER)
    cap = services.capture
    batch = int(cap.open_batch(teller, "import", "WS-01").target_ids[0])
    blank = {
        "voucher_type": None,
        "voucher_number": None,
        "account": None,
        "amount_fen": None,
        "copy_no": None,
    }
    manual = record("manual", reasons=(("no_qr", ""),), template_code=None, slices=(), **blank)
    page_id = int(cap.record_page(teller, batch, manual).target_ids[0])
    as_cd = record(template_code="CD", **{**blank, "voucher_type": "CD"})
    with pytest.raises(ValidationError) as refused:  # as the blank page was: type only
        cap.decide(teller, page_id, "override", "it is a deposit slip", reclassified=as_cd)
    assert refused.value.params["problem"] == "required"
    assert refused.value.params["missing"] == ["voucher_number", "amount_fen"]
    page = cap.page(teller, page_id)
    assert page.status == "manual" and page.voucher_type is None  # nothing of it was kept
    with pytest.raises(ValidationError) as only_number:
        cap.decide(teller, page_id, "override", "x", reclassified=as_cd, keyed=KeyedFields("20261203000007"))
    assert only_number.value.params["missing"] == ["amount_fen"]
    for bad, field in (
        (KeyedFields("12", 100), "voucher_number"),
        (KeyedFields("20261203000007", 0), "amount_fen"),
        (KeyedFields("20261203000007\n1", 100), "voucher_number"),
        (KeyedFields("20261203000007", 100, "62220"), "account"),
    ):
        with pytest.raises(ValidationError) as wrong:
            cap.decide(teller, page_id, "override", "x", reclassified=as_cd, keyed=bad)
        assert wrong.value.params["field"] == field
    with pytest.raises(ValidationError):  # keyed only to accept
        cap.decide(teller, page_id, "reject", "x", keyed=KeyedFields("20261203000007", 500))
    keyed = KeyedFields(" 20261203000007 ", 1_250_00, "6222020200112233445")
    cap.decide(teller, page_id, "override", "deposit slip, QR torn off", reclassified=as_cd, keyed=keyed)
    page = cap.page(teller, page_id)
    assert (page.status, page.voucher_type, page.voucher_number, page.amount_fen, page.account) == (
        "overridden",
        "CD",
        "20261203000007",
        1_250_00,
        "6222020200112233445",
    )
    entries, _ = services.audit.query(ROOT, AuditQuery(action_prefix="capture.override"))
    assert entries[0].after["keyed"] == {  # type: ignore[index]
        "voucher_number": "20261203000007",
        "amount_fen": 1_250_00,
        "account": "6222020200112233445",
    }
    other = user(services, "teller2", Role.TELLER)  # a recognised field is not keyed over
    read = int(
        cap.record_page(
            teller, batch, record("rejected", page_index=3, reasons=(("blurred", ""),))
        ).target_ids[0]
    )
    with pytest.raises(ValidationError) as over:
        cap.decide(other, read, "override", "x", keyed=KeyedFields(amount_fen=1))
    assert over.value.params["problem"] == "recognised"
    cap.decide(other, read, "override", "legible")  # recognised in full: nothing to key
    assert cap.page(teller, read).status == "overridden"


def test_a_voucher_code_is_trusted_only_when_signed_with_the_banks_key(
    services: Services, tmp_path: Path
) -> None:
    """A CRC-32 code can be printed by anyone for any account and amount. The capture service,
    which holds the bank's key (outside the database), keeps a page's fields only when its code
    is signed with it; an old code's fields are kept flagged unsigned; a forged signature, or
    fields that are not the code's, leave the page for an operator with no fields."""
    teller = user(services, "teller1", Role.TELLER)
    cap = services.capture
    key = cap.voucher_key
    assert key is not None
    key_file = tmp_path / "data" / "keys" / "voucher-qr.key"  # the data folder, not the database
    assert key_file.stat().st_mode & 0o777 == 0o600 and bytes.fromhex(key_file.read_text()) == key.secret
    batch = int(cap.open_batch(teller, "import", "WS-01").target_ids[0])
    fields = ("TR", "20261123000001", 2, "6222020200112233445", 12_345_678_901)
    signed = key.sign(*fields)
    assert parse_payload(signed).signed and parse_payload(signed).amount_fen == 12_345_678_901

    def page(n: int, **kw: object) -> PageView:
        return cap.page(teller, int(cap.record_page(teller, batch, record(page_index=n, **kw)).target_ids[0]))

    good = page(0, qr_text=signed)
    assert good.status == "accepted" and good.reasons == (("deskewed", "+3.0°"),)
    forger = VoucherKey(b"x" * 32)  # a valid-looking code made without the bank's key
    forged = page(1, qr_text=forger.sign(*fields))
    assert forged.status == "manual" and forged.reasons[0] == ("forged_qr", "signature not the bank's")
    assert (forged.voucher_number, forged.account, forged.amount_fen) == (None, None, None)
    altered = page(2, qr_text=signed, amount_fen=99_999_999_999)  # an insider's script: another amount
    assert altered.status == "manual" and altered.reasons[0][0] == "forged_qr" and altered.amount_fen is None
    old = page(3)  # the old CRC code of the same fields
    assert old.status == "accepted" and old.reasons[-1][0] == "unsigned_qr"
    with pytest.raises(ValidationError) as refused:  # accepting the forged page needs the fields keyed
        cap.decide(user(services, "teller2", Role.TELLER), forged.id, "override", "looks real")
    assert refused.value.params["missing"] == ["voucher_number", "amount_fen"]
    newline_crc = unsigned_text("TR", "20261123000001\n", 2, None, 100)  # a valid CRC over a newline
    for text in (
        signed.replace("N=20261123000001", "N=20261123000001\n"),
        str(old.qr_text) + "\nX",
        newline_crc,
    ):
        with pytest.raises(PayloadError):  # no newline inside a field or the code
            parse_payload(str(text))


def test_pages_are_recorded_in_batches_all_or_none(services: Services) -> None:
    """The runner records the pages of the files that are ready in one transaction (one per page
    was half the parent's time in a batch): in order, each audited, and a bad page records none."""
    teller = user(services, "teller1", Role.TELLER)
    cap = services.capture
    batch = int(cap.open_batch(teller, "import", "WS-01").target_ids[0])
    bad = record(page_index=2, side="inside")
    with pytest.raises(ValidationError):
        cap.record_pages(teller, batch, [record(page_index=0), record(page_index=1), bad])
    assert cap.pages(teller, batch) == []
    changes = cap.record_pages(
        teller, batch, [record(page_index=i, original_sha=f"{i}" * 64) for i in range(3)]
    )
    assert [c.detail["seq"] for c in changes] == [1, 2, 3] and all(c.audit_id for c in changes)
    assert [p.page_index for p in cap.pages(teller, batch)] == [0, 1, 2]
    again = cap.record_pages(teller, batch, [record(page_index=1, original_sha="1" * 64)])  # a retry
    assert again[0].target_ids == changes[1].target_ids and again[0].audit_id is None


def test_template_versions(services: Services) -> None:
    admin = user(services, "admin1", Role.ADMIN)
    teller = user(services, "teller1", Role.TELLER)
    cap = services.capture
    region = {"name": "date", "kind": "date", "box": {"x": 1, "y": 1, "w": 9, "h": 9}}
    definition = json.dumps({"code": "TR", "regions": [region]})
    assert cap.save_template(admin, "tr", definition, "first").detail == {"version": 1}
    assert cap.save_template(admin, "TR", definition, "moved the seal area").detail == {"version": 2}
    cap.save_template(admin, "CD", json.dumps({"code": "CD", "regions": [region]}), "new type")
    rows = cap.templates(teller)  # who captures reads them (the runner cuts pages with them)
    assert [(r.code, r.version) for r in rows] == [("CD", 1), ("TR", 2)]
    assert json.loads(rows[1].definition)["version"] == 2
    with pytest.raises(PermissionDenied):
        cap.save_template(teller, "TR", definition, "not mine to change")
    with pytest.raises(ValidationError):
        cap.save_template(admin, "TR", json.dumps({"code": "CD", "regions": [region]}), "wrong code")
    with pytest.raises(ValidationError):
        long_name = dict(region, name="x" * 33)
        cap.save_template(admin, "TR", json.dumps({"code": "TR", "regions": [long_name]}), "too long")
    with pytest.raises(ValidationError):
        cap.save_template(admin, "TR", "{not json", "broken")
    with pytest.raises(ValidationError):
        cap.save_template(admin, "TOO_LONG_CODE", definition, "bad code")


def test_templates_are_read_by_capture_or_register_admin_only_and_a_refusal_is_audited(
    services: Services,
) -> None:
    admin = user(services, "admin1", Role.ADMIN)
    keyer = user(services, "keyer1", Role.KEYER)
    auditor = user(services, "auditor1", Role.AUDITOR)
    services.capture.install_shipped_templates(ROOT)
    assert [r.code for r in services.capture.templates(admin)] == ["CD", "TR"]
    for refused in (keyer, auditor):
        with pytest.raises(PermissionDenied):
            services.capture.templates(refused)
    records, _ = services.audit.query(ROOT, AuditQuery(action_prefix="security.denied"))
    denied = [(r.actor_name, r.target_id, r.reason) for r in records]
    assert ("keyer1", "capture|register.admin", "view voucher templates") in denied
    assert ("auditor1", "capture|register.admin", "view voucher templates") in denied


def test_blob_store_is_content_addressed_and_never_overwrites(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "images")
    data = b"\x89PNG fake page"
    sha = store.put(data, "png")
    assert sha == hashlib.sha256(data).hexdigest()
    path = store.path(sha, "png")
    assert path.parent.parent.name == sha[:2] and path.read_bytes() == data
    mtime = path.stat().st_mtime_ns
    assert store.put(data, "png") == sha and path.stat().st_mtime_ns == mtime  # second put is a no-op
    assert store.verify(sha, "png")
    path.write_bytes(b"tampered")
    assert not store.verify(sha, "png")
    with pytest.raises(BlobMissing):
        store.get("c" * 64, "png")
    with pytest.raises(ValueError):
        store.path("../../etc/passwd", "png")
    assert not list(path.parent.glob(".tmp-*"))  # no temporary files left behind


def test_shipped_templates_are_installed_once_as_version_one(services: Services) -> None:
    admin = user(services, "admin1", Role.ADMIN)
    assert services.capture.install_shipped_templates(ROOT) == ["CD", "TR"]
    assert services.capture.install_shipped_templates(ROOT) == []
    assert [(r.code, r.version) for r in services.capture.templates(admin)] == [("CD", 1), ("TR", 1)]
    tr = next(r for r in services.capture.templates(admin) if r.code == "TR")
    change = services.capture.save_template(admin, "TR", tr.definition, "moved the seal")
    assert change.detail == {"version": 2}
