"""Password and PIN hashing with scrypt (a slow, memory-hard KDF). Any thread; ~50 ms per hash.

Callers hash and verify outside any database transaction (``app.services.identity``): a KDF run
inside one would hold its row locks (on SQLite, the one writer) for as long as it takes.

Stored form: ``scrypt$<log2 n>$<r>$<p>$<salt b64>$<hash b64>``, so the cost can be raised later
and old hashes still verify (``needs_rehash`` tells when to upgrade one after a good login).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import time

LOG2_N = int(os.environ.get("BANKSUITE_KDF_LOG2N", "14"))  # tests may lower it; never below 10
R = 8
P = 1
MIN_PASSWORD = 8
PIN_LENGTHS = (4, 8)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(secret: str, salt: bytes, log2n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        secret.encode("utf-8"), salt=salt, n=1 << log2n, r=r, p=p, maxmem=256 << 20, dklen=32
    )


def _timed_derive(secret: str, salt: bytes, log2n: int, r: int, p: int) -> bytes:
    """``_derive``, noting how long one at today's cost takes (``check_secret``'s floor)."""
    global _full_cost_s
    started = time.perf_counter()
    digest = _derive(secret, salt, log2n, r, p)
    if (log2n, r, p) == (max(LOG2_N, 10), R, P):
        _full_cost_s = time.perf_counter() - started
    return digest


def hash_secret(secret: str) -> str:
    log2n = max(LOG2_N, 10)
    salt = os.urandom(16)
    digest = _timed_derive(secret, salt, log2n, R, P)
    return f"scrypt${log2n}${R}${P}${_b64(salt)}${_b64(digest)}"


_dummies: dict[int, str] = {}


def dummy_hash() -> str:
    """A hash of a secret nobody knows, at today's cost: an unknown user name (or card) is checked
    against it, so that its refusal takes as long as a wrong password's (made once per process)."""
    log2n = max(LOG2_N, 10)
    found = _dummies.get(log2n)
    if found is None:
        found = _dummies.setdefault(log2n, hash_secret(secrets.token_urlsafe(24)))
    return found


_full_cost_s = 0.0  # how long the last derivation at today's cost took (a refusal's floor)


def check_secret(secret: str, stored: str | None) -> bool:
    """Whether ``secret`` matches ``stored``; ``None`` (an unknown name or card) is checked against
    the dummy hash. A refusal takes no less time than one derivation at today's cost, so that a
    wrong secret for an old, cheaper hash (made before the cost was raised, or by a test seed) is
    refused as slowly as an unknown name: the time of a refusal does not tell whether it exists."""
    started = time.perf_counter()
    ok = verify_secret(secret, stored if stored is not None else dummy_hash())
    if not ok:
        wait = _full_cost_s - (time.perf_counter() - started)
        if wait > 0:
            time.sleep(wait)
    return ok


def verify_secret(secret: str, stored: str) -> bool:
    try:
        scheme, log2n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = _timed_derive(secret, base64.b64decode(salt), int(log2n), int(r), int(p))
    return hmac.compare_digest(candidate, base64.b64decode(digest))


def needs_rehash(stored: str) -> bool:
    parts = stored.split("$")
    return len(parts) != 6 or int(parts[1]) < max(LOG2_N, 10)


def password_problem(password: str) -> str | None:
    """Why a new password is unacceptable, or None. Codes: too_short, too_simple."""
    if len(password) < MIN_PASSWORD:
        return "too_short"
    kinds = sum(
        (
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        )
    )
    if kinds < 3:
        return "too_simple"
    return None


def pin_problem(pin: str) -> str | None:
    if not pin.isdigit() or not PIN_LENGTHS[0] <= len(pin) <= PIN_LENGTHS[1]:
        return "pin_format"
    if len(set(pin)) == 1:
        return "pin_trivial"
    return None
