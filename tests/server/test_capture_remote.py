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
