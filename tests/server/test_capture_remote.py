"""Capture through the suite server: pages recorded in batches over the wire, a voucher code's
signature checked where the bank's key is (the server), fields keyed on an override."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.rbac import Role
from app.services.capture import KeyedFields, PageRecord
from app.voucher_keys import VoucherKey


def test_a_workstation_records_pages_and_the_server_checks_their_codes(  # type: ignore[no-untyped-def]
    live, services, make_user, workstation
) -> None:
    make_user("teller1", Role.TELLER)
    make_user("teller2", Role.TELLER)
    ws, other = workstation("teller1"), workstation("teller2", station="WS2")
    cap = ws.services.capture
    batch = int(cap.open_batch(ws.me, "import", "WS1").target_ids[0])
    fields = ("TR", "20261203000099", 1, "9101000000000000001", 4200)
    key = services.capture.voucher_key  # the server's: the workstation holds none
    assert key is not None

    def page(n: int, text: str) -> PageRecord:
        kind, number, copy, account, amount = fields
        return PageRecord(
            "scan.jpg", n, f"{n}" * 64, "jpg", "accepted", (), voucher_type=kind, voucher_number=number,
            copy_no=copy, account=account, amount_fen=amount, qr_text=text,
        )  # fmt: skip

    changes = cap.record_pages(
        ws.me, batch, [page(0, key.sign(*fields)), page(1, VoucherKey(b"k" * 32).sign(*fields))]
    )
    signed, forged = (cap.page(ws.me, int(c.target_ids[0])) for c in changes)
    assert signed.status == "accepted" and signed.amount_fen == 4200
    assert forged.status == "manual" and forged.reasons[0][0] == "forged_qr" and forged.amount_fen is None
    with pytest.raises(ValidationError):
        other.services.capture.decide(other.me, forged.id, "override", "looks real")
    other.services.capture.decide(
        other.me, forged.id, "override", "keyed from the paper", keyed=KeyedFields("20261203000099", 4200)
    )
    assert cap.page(ws.me, forged.id).status == "overridden"


def test_a_workstations_runner_uploads_through_the_server_and_its_workers_write_nothing(  # type: ignore[no-untyped-def]
    live, services, make_user, workstation, tmp_path
) -> None:
    """In the shared tier the workers hold no credential and no store: the parent uploads the
    original first and the derived images before recording (the embedded mode's worker-written
    blobs are not used over the wire)."""
    from datetime import UTC, datetime

    import cv2
    import numpy as np

    from app.captures import Capture
    from imaging.batch import CaptureRunner
    from imaging.synth.data import random_voucher_data
    from imaging.synth.voucher import render_voucher
    from imaging.templates import builtin_templates

    make_user("teller1", Role.TELLER)
    ws = workstation("teller1")
    template = builtin_templates()["CD"]
    rng = np.random.default_rng(71)
    image, _h = render_voucher(template, random_voucher_data(template, rng), dpi=100, rng=rng)
    _ok, jpeg = cv2.imencode(".jpg", image)
    runner = CaptureRunner(ws.services.capture, ws.services.blobs, ws.me, "WS1", processes=False)
    assert runner._local is None  # a remote image service: the parent uploads
    with pytest.raises(ValueError):
        CaptureRunner(ws.services.capture, ws.services.blobs, ws.me, "WS1", workers_store=True)
    batch = int(ws.services.capture.open_batch(ws.me, "import", "WS1").target_ids[0])
    try:
        runner.ingest_many(
            [
                Capture("import", "a.jpg", bytes(jpeg), datetime.now(UTC), ""),
                Capture("import", "e.jpg", b"", datetime.now(UTC), ""),
            ],
            batch,
        )
    finally:
        runner.close()
    first, empty = ws.services.capture.pages(ws.me, batch)
    assert first.status == "accepted" and empty.reasons[0][0] == "empty_file"
    store = services.blobs.store  # the server's
    assert store.verify(first.original_sha, "jpg") and store.verify(first.corrected_sha, "jpg")
    assert all(store.verify(s.image_sha, "png") for s in first.slices)
