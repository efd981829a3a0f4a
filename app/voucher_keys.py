"""The bank's key for voucher QR codes, and the signed code's text. Any thread (pure functions and
an immutable key).

The old voucher code (``BSV1;...;K=<CRC-32>``) can be printed by anyone for any account and amount:
a CRC detects misprints, not forgeries. The signed code is::

    BSV2;T=<type>;N=<number>;C=<copy>;A=<account>;M=<amount in fen>;S=<HMAC>

``S`` is HMAC-SHA256 with the bank's key over everything before ``;S=``, its first 16 bytes as 32
upper-case hex digits. The key is checked only where it is held: the capture service, that is the
suite server in a shared deployment and the app process in embedded mode; workstations and their
capture workers never hold it (they read the fields, the service decides whether to trust them).

Where it lives, like the audit signing key, outside the database: ``BANKSUITE_VOUCHER_KEY``, else
``voucher_key`` in settings.toml, else ``<data>/keys/voucher-qr.key`` (32 random bytes as hex, made
with mode 0600 on first use). Whoever prints vouchers for the bank gets the same key file.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from app.config import data_dir, load_settings
from app.keyfiles import create_private_file, require_private

KEY_ENV = "BANKSUITE_VOUCHER_KEY"
SIGNED_PREFIX = "BSV2"
UNSIGNED_PREFIX = "BSV1"
MAC_HEX = 32


def body(
    voucher_type: str,
    number: str,
    copy: int,
    account: str | None,
    amount_fen: int | None,
    prefix: str = SIGNED_PREFIX,
) -> str:
    """The checked part of a code: the fields in their fixed order."""
    amount = "" if amount_fen is None else str(amount_fen)
    return f"{prefix};T={voucher_type};N={number};C={copy};A={account or ''};M={amount}"


def unsigned_text(
    voucher_type: str, number: str, copy: int, account: str | None, amount_fen: int | None
) -> str:
    """The old code's whole text for these fields (CRC-32, no key)."""
    checked = body(voucher_type, number, copy, account, amount_fen, UNSIGNED_PREFIX)
    return f"{checked};K={zlib.crc32(checked.encode('ascii')):08X}"


@dataclass(frozen=True, repr=False)
class VoucherKey:
    secret: bytes

    def mac(self, text: str) -> str:
        return hmac.new(self.secret, text.encode("ascii"), hashlib.sha256).hexdigest()[:MAC_HEX].upper()

    def sign(
        self, voucher_type: str, number: str, copy: int, account: str | None, amount_fen: int | None
    ) -> str:
        """The whole code text for these fields."""
        signed = body(voucher_type, number, copy, account, amount_fen)
        return f"{signed};S={self.mac(signed)}"

    def verifies(self, text: str) -> bool:
        """Whether ``text`` is a signed code whose signature this key made (constant time)."""
        signed, sep, mac = text.rpartition(";S=")
        if not sep or not signed.startswith(SIGNED_PREFIX + ";") or not signed.isascii():
            return False
        return hmac.compare_digest(mac, self.mac(signed))

    @classmethod
    def load_or_create(cls, path: Path) -> VoucherKey:
        create_private_file(path, secrets.token_hex(32).encode("ascii"))
        require_private(path, "the voucher QR key")
        return cls(bytes.fromhex(path.read_text(encoding="ascii").strip()))


def key_path(extra: Mapping[str, object] | None = None) -> Path:
    """Where this process keeps the key (see the module docstring)."""
    if extra is None:
        extra = load_settings().extra
    configured = os.environ.get(KEY_ENV) or str(extra.get("voucher_key") or "")
    return Path(configured) if configured else data_dir() / "keys" / "voucher-qr.key"
