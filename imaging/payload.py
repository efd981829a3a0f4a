"""The QR payload printed on a voucher (凭证二维码), its encoder and its strict parser. Any thread.

Format (ASCII, one line, fields separated by ``;``, order fixed):

    BSV1;T=<type>;N=<voucher number>;C=<copy>;A=<account>;M=<amount>;K=<check>

- ``BSV1``: format tag and version.
- ``T``: voucher type code, 2-8 upper-case letters/digits (e.g. ``TR`` transfer slip, ``CD`` cash
  deposit slip).
- ``N``: voucher number, 6-20 digits.
- ``C``: copy (联次), 1-9.
- ``A``: account, 10-32 digits, or empty where the voucher has no printed account.
- ``M``: amount in fen (cents) as digits, or empty where no amount is printed.
- ``K``: 8 upper-case hex digits, CRC-32 of everything before ``;K=``.

That code is unsigned: anyone can print one for any account and amount. The signed code is
``BSV2;`` with the same fields and ``S=`` (an HMAC with the bank's key) instead of ``K=``
(``app.voucher_keys``). Here a signed code is only read (``signed`` True); whether its signature is
the bank's is decided where the key is held (the capture service). A field holding anything but
its characters (a newline, a control character) is refused.

Anything else (another bank's QR, a URL, a damaged code) is refused with a reason, so the voucher
goes to manual classification instead of being mis-filed.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

from app.voucher_keys import MAC_HEX, SIGNED_PREFIX, VoucherKey, unsigned_text

PREFIX = "BSV1"
_FIELD = {
    "T": re.compile(r"^[A-Z0-9]{2,8}$"),
    "N": re.compile(r"^[0-9]{6,20}$"),
    "C": re.compile(r"^[1-9]$"),
    "A": re.compile(r"^([0-9]{10,32})?$"),
    "M": re.compile(r"^([0-9]{1,15})?$"),
}
ORDER = ("T", "N", "C", "A", "M")


class PayloadError(ValueError):
    """Why a QR text is not a voucher payload; ``reason`` is a stable code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class VoucherPayload:
    voucher_type: str
    number: str
    copy: int
    account: str | None
    amount_fen: int | None
    signed: bool = False  # read from a signed code (its signature not checked here)

    def encode(self, key: VoucherKey | None = None) -> str:
        """The code's text: signed with ``key``, else the old unsigned code."""
        values = {
            "T": self.voucher_type,
            "N": self.number,
            "C": str(self.copy),
            "A": self.account or "",
            "M": "" if self.amount_fen is None else str(self.amount_fen),
        }
        for name in ORDER:
            if not _FIELD[name].fullmatch(values[name]):
                raise PayloadError("bad_field", f"{name}={values[name]!r}")
        fields = (self.voucher_type, self.number, self.copy, self.account, self.amount_fen)
        return key.sign(*fields) if key is not None else unsigned_text(*fields)


_PRINTABLE = re.compile(r"[\x21-\x7e]+")
_MAC = re.compile(rf"[0-9A-F]{{{MAC_HEX}}}")


def parse_payload(text: str) -> VoucherPayload:
    text = text.strip()
    signed = text.startswith(SIGNED_PREFIX + ";")
    if not signed and not text.startswith(PREFIX + ";"):
        raise PayloadError("foreign", "not a voucher code of this bank (missing BSV1 or BSV2 prefix)")
    if not _PRINTABLE.fullmatch(text):
        raise PayloadError("bad_field", "characters other than printable ASCII (a newline, a space, ...)")
    if signed:
        body, sep, check = text.rpartition(";S=")
        if not sep:
            raise PayloadError("no_check", "the signature field S is missing")
        if not _MAC.fullmatch(check):
            raise PayloadError("bad_check", f"signature {check!r} is not {MAC_HEX} hex digits")
    else:
        body, sep, check = text.rpartition(";K=")
        if not sep:
            raise PayloadError("no_check", "the check field K is missing")
        if check != f"{zlib.crc32(body.encode('ascii')):08X}":
            raise PayloadError("bad_check", f"check {check!r} does not match the content")
    parts = body.split(";")[1:]
    if len(parts) != len(ORDER):
        raise PayloadError("bad_layout", f"expected fields {','.join(ORDER)}")
    values: dict[str, str] = {}
    for key, part in zip(ORDER, parts, strict=True):
        name, eq, value = part.partition("=")
        if name != key or not eq:
            raise PayloadError("bad_layout", f"expected {key}=…, got {part!r}")
        if not _FIELD[key].fullmatch(value):
            raise PayloadError("bad_field", f"{key}={value!r}")
        values[key] = value
    return VoucherPayload(
        values["T"],
        values["N"],
        int(values["C"]),
        values["A"] or None,
        int(values["M"]) if values["M"] else None,
        signed,
    )
