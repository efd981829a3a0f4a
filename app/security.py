"""Password and PIN hashing with scrypt (a slow, memory-hard KDF) and a pepper. Any thread; about
0.4 s per hash at today's cost (n = 2**17, r = 8: 128 MiB).

Callers hash and verify outside any database transaction (``app.services.identity``): a KDF run
inside one would hold its row locks (on SQLite, the one writer) for as long as it takes.

Stored form: ``scrypt-hmac$<log2 n>$<r>$<p>$<salt b64>$<hash b64>``: scrypt of HMAC-SHA256(pepper,
secret). The pepper is a random key kept outside the database, on the server host (or the embedded
workstation) beside the audit signing key: ``<data>/audit/secret-pepper.key`` (``pepper_path``), made
by ``bank-suite serve --init`` or on the first start of the embedded app, mode 0600. A copy of the
database alone does not give up a PIN (a million candidates) or a password: every guess needs the
pepper. Lose the file and every password and PIN must be reset; keep it in the same backup as the
audit signing key, never in the database's.

The cost is ``LOG2_N`` (17). Only code can lower it (the test suite and the development tools set
the module attribute); no setting or environment variable does.

Older forms still verify: ``scrypt$...`` (no pepper, n = 2**14 before issue 11). A password in one
is upgraded at its owner's next good log-in (``needs_rehash``). A PIN in one is never accepted again
(4 digits fell to an offline search in a minute): migration 0015 wipes such PIN hashes
(``PIN_RESET``) and the administrator gives the card a new 6-digit PIN (``reset_pin``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import logging
import os
import queue
import secrets
import statistics
import sys
import threading
import time
from collections import deque
from collections.abc import Mapping
from concurrent.futures import Future
from pathlib import Path

log = logging.getLogger(__name__)

LOG2_N = 17  # the cost: n = 2**17. Tests lower the attribute; nothing a deployment sets does
R = 8
P = 1
MIN_PASSWORD = 8
PIN_LENGTH = 6
SCHEME = "scrypt-hmac"  # peppered
LEGACY = "scrypt"  # no pepper (before issue 11)
PIN_RESET = "!reset"  # a PIN hash wiped by migration 0015: the card needs a new PIN
PEPPER_FILE = "secret-pepper.key"
PEPPER_BYTES = 32

_pepper: bytes | None = None
_pepper_lock = threading.Lock()


def pepper_path(extra: Mapping[str, object] | None = None) -> Path:
    """Where the pepper lives: beside the audit signing key (``app.audit_keys.key_paths``)."""
    from app.audit_keys import key_paths

    return key_paths(extra).private_key.parent / PEPPER_FILE


def load_pepper(path: Path, *, create: bool) -> bytes:
    """The pepper in ``path``; made there (mode 0600, folder 0700) if missing and ``create``, else
    FileNotFoundError. Two processes making it at once end up with the same one."""
    from app.keyfiles import create_private_file, require_private

    if not path.exists():
        if not create:
            raise FileNotFoundError(f"no pepper at {path}")
        if create_private_file(path, secrets.token_bytes(PEPPER_BYTES).hex().encode("ascii")):
            log.info("password and PIN pepper created at %s", path)
    require_private(path, "the pepper")
    key = bytes.fromhex(path.read_text(encoding="ascii").strip())
    if len(key) != PEPPER_BYTES:
        raise ValueError(f"{path} is not a pepper ({PEPPER_BYTES} random bytes in hex)")
    return key


def use_pepper(key: bytes | None) -> None:
    """Set this process's pepper (the server does at start); None: read or make it at the default
    place on first need (the embedded app, the command line on the server host, tests)."""
    global _pepper
    with _pepper_lock:
        _pepper = key


def _pepper_key() -> bytes:
    global _pepper
    with _pepper_lock:
        if _pepper is None:
            _pepper = load_pepper(pepper_path(), create=True)
        return _pepper


def _peppered(secret: str) -> str:
    return hmac.new(_pepper_key(), secret.encode("utf-8"), hashlib.sha256).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(secret: str, salt: bytes, log2n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        secret.encode("utf-8"), salt=salt, n=1 << log2n, r=r, p=p, maxmem=256 << 20, dklen=32
    )


# Derivations run on a few threads of their own, at a lower scheduling priority (Linux: a thread's
# own nice value). A log-in is throughput work: on the server it must not take the CPU and memory
# bandwidth that the calls and the push streams need (a relog-in every two seconds raised the load
# benchmark's p99 by a third), and a flood of log-ins holds at most KDF_THREADS x 128 MiB at once
# and waits its turn. Idle cores still run them at full speed.
KDF_THREADS = 2
KDF_NICE = 10
_kdf_jobs: queue.SimpleQueue[tuple[Future[bytes], tuple[str, bytes, int, int, int]]] = queue.SimpleQueue()
_kdf_threads: list[threading.Thread] = []
_kdf_start = threading.Lock()


def _kdf_worker() -> None:
    if sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), KDF_NICE)
        except OSError:  # not allowed here: it runs at the process's priority
            log.debug("could not lower the KDF thread's priority", exc_info=True)
    while True:
        done, args = _kdf_jobs.get()
        if not done.set_running_or_notify_cancel():
            continue
        try:
            done.set_result(_scrypt(*args))
        except BaseException as exc:  # handed to the waiting caller
            done.set_exception(exc)


def _after_fork() -> None:
    """A forked child has none of its parent's threads: it starts KDF threads of its own."""
    global _kdf_jobs, _kdf_start
    _kdf_jobs, _kdf_start = queue.SimpleQueue(), threading.Lock()
    _kdf_threads.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork)


def _derive(secret: str, salt: bytes, log2n: int, r: int, p: int) -> bytes:
    """scrypt on a KDF thread (above); the caller waits for it."""
    with _kdf_start:
        while len(_kdf_threads) < KDF_THREADS:
            worker = threading.Thread(target=_kdf_worker, name="kdf", daemon=True)
            worker.start()
            _kdf_threads.append(worker)
    done: Future[bytes] = Future()
    _kdf_jobs.put((done, (secret, salt, log2n, r, p)))
    return done.result()


def _timed_derive(secret: str, salt: bytes, log2n: int, r: int, p: int) -> bytes:
    """``_derive``, noting how long one at today's cost takes (``check_secret``'s floor)."""
    started = time.perf_counter()
    digest = _derive(secret, salt, log2n, r, p)
    if (log2n, r, p) == (max(LOG2_N, 10), R, P):
        _full_costs.setdefault(log2n, deque(maxlen=15)).append(time.perf_counter() - started)
    return digest


def hash_secret(secret: str) -> str:
    log2n = max(LOG2_N, 10)
    salt = os.urandom(16)
    digest = _timed_derive(_peppered(secret), salt, log2n, R, P)
    return f"{SCHEME}${log2n}${R}${P}${_b64(salt)}${_b64(digest)}"


_dummies: dict[int, str] = {}


def dummy_hash() -> str:
    """A hash of a secret nobody knows, at today's cost: an unknown user name (or card) is checked
    against it, so that its refusal takes as long as a wrong password's (made once per process)."""
    log2n = max(LOG2_N, 10)
    found = _dummies.get(log2n)
    if found is None:
        found = _dummies.setdefault(log2n, hash_secret(secrets.token_urlsafe(24)))
    return found


# how long the recent derivations at today's cost took; their median is a refusal's floor (the
# median: one slow derivation under load must not slow every later refusal of an old hash)
_full_costs: dict[int, deque[float]] = {}  # by cost (the tests change it)


def check_secret(secret: str, stored: str | None) -> bool:
    """Whether ``secret`` matches ``stored``; ``None`` (an unknown name or card) is checked against
    the dummy hash. A refusal takes no less time than a derivation at today's cost (the median of
    the recent ones), so that a wrong secret for an old, cheaper hash (made before the cost was
    raised, or by a test seed) is refused as slowly as an unknown name: the time of a refusal does
    not tell whether it exists."""
    started = time.perf_counter()
    ok = verify_secret(secret, stored if stored is not None else dummy_hash())
    if not ok:
        recent = list(_full_costs.get(max(LOG2_N, 10), ())) or [0.0]
        wait = statistics.median(recent) - (time.perf_counter() - started)
        if wait > 0:
            time.sleep(wait)
    return ok


def verify_secret(secret: str, stored: str) -> bool:
    try:
        scheme, log2n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme not in (SCHEME, LEGACY):
        return False
    keyed = _peppered(secret) if scheme == SCHEME else secret
    candidate = _timed_derive(keyed, base64.b64decode(salt), int(log2n), int(r), int(p))
    return hmac.compare_digest(candidate, base64.b64decode(digest))


def needs_rehash(stored: str) -> bool:
    parts = stored.split("$")
    return len(parts) != 6 or parts[0] != SCHEME or int(parts[1]) < max(LOG2_N, 10)


def pin_needs_reset(stored: str) -> bool:
    """A PIN hash that no longer opens anything: wiped (``PIN_RESET``) or not peppered."""
    return stored.split("$", 1)[0] != SCHEME


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


# Walks a finger makes on a keypad (rows, columns, diagonals, the middle column with 0), read
# cyclically: a PIN found in one, or in one backwards, is a pattern, not a secret.
_KEYPAD_WALKS = ("147258369", "123456789", "2580", "159", "357", "14702580369", "1590", "3570")


def pin_problem(pin: str) -> str | None:
    """Why a new PIN is unacceptable, or None. Codes: pin_format (not 6 digits), pin_trivial (three
    distinct digits or fewer, a run with one step such as 123456 or 135791, a repeated block such as
    123123 or 258258, a palindrome such as 123321, or a keypad walk such as 258025 or 147258)."""
    if len(pin) != PIN_LENGTH or not pin.isascii() or not pin.isdigit():
        return "pin_format"
    digits = [int(c) for c in pin]
    steps = {(b - a) % 10 for a, b in itertools.pairwise(digits)}
    walks = [w * 3 for w in _KEYPAD_WALKS] + [w[::-1] * 3 for w in _KEYPAD_WALKS]
    if (
        len(set(pin)) <= 3
        or len(steps) == 1
        or pin[:3] == pin[3:]
        or pin == pin[::-1]
        or any(pin in walk for walk in walks)
    ):
        return "pin_trivial"
    return None
