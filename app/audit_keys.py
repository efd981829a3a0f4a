"""The audit checkpoints' Ed25519 key and their append-only file, both outside the database. Any
thread (the sequencer's, the verifier's).

A checkpoint says "entry ``seq`` of the audit chain has hash ``head_hash``", made at ``at`` and signed
with the private key. Whoever holds only the database (even as its owner) cannot make one, so a
chain that was truncated, rewritten, or recomputed from an edited entry on no longer matches a
checkpoint made before. Each checkpoint is a row of ``audit_checkpoints`` and a JSON line of the
checkpoint file (opened ``O_APPEND``, each line fsynced), so deleting or editing the rows is seen
against the file.

Where they live: the private key at ``BANKSUITE_AUDIT_KEY``, else ``audit_key`` in settings.toml,
else ``<data>/audit/audit-signing.key`` (created with mode 0600 on first use, its public key
``audit-signing.pub`` beside it); the file at ``BANKSUITE_AUDIT_CHECKPOINTS``, else
``audit_checkpoints`` in settings.toml, else ``audit-checkpoints.jsonl`` beside the key.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.config import data_dir, load_settings

log = logging.getLogger(__name__)

KEY_ENV = "BANKSUITE_AUDIT_KEY"
CHECKPOINTS_ENV = "BANKSUITE_AUDIT_CHECKPOINTS"
DOMAIN = "bank-suite audit checkpoint v1"  # what a signature is over: never reuse the key elsewhere


@dataclass(frozen=True)
class AuditKeyPaths:
    private_key: Path
    checkpoints: Path

    @property
    def public_key(self) -> Path:
        return self.private_key.with_suffix(".pub")


def key_paths(extra: Mapping[str, object] | None = None) -> AuditKeyPaths:
    """Where this process keeps the key and the checkpoint file (see the module docstring);
    ``extra`` is settings.toml's values (read from the data folder when not given)."""
    if extra is None:
        extra = load_settings().extra
    key = os.environ.get(KEY_ENV) or str(extra.get("audit_key") or "")
    private = Path(key) if key else data_dir() / "audit" / "audit-signing.key"
    file = os.environ.get(CHECKPOINTS_ENV) or str(extra.get("audit_checkpoints") or "")
    return AuditKeyPaths(private, Path(file) if file else private.parent / "audit-checkpoints.jsonl")


def ts_text(ts: datetime) -> str:
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_ts(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def key_id(public: Ed25519PublicKey) -> str:
    """A short name for a public key: the first 16 hex digits of the sha256 of its raw bytes."""
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def checkpoint_message(seq: int, head_hash: str, at: datetime) -> bytes:
    return json.dumps([DOMAIN, seq, head_hash, ts_text(at)], separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True)
class Checkpoint:
    seq: int
    head_hash: str
    at: datetime
    key_id: str
    signature: str  # hex

    def verifies(self, public: Ed25519PublicKey) -> bool:
        try:
            public.verify(
                bytes.fromhex(self.signature), checkpoint_message(self.seq, self.head_hash, self.at)
            )
        except (InvalidSignature, ValueError):
            return False
        return True

    def to_line(self) -> str:
        return json.dumps(
            {
                "seq": self.seq,
                "head_hash": self.head_hash,
                "at": ts_text(self.at),
                "key_id": self.key_id,
                "signature": self.signature,
            },
            sort_keys=True,
            separators=(",", ":"),
        )

    @classmethod
    def from_line(cls, line: str) -> Checkpoint:
        """Raises ValueError for a line that is not a checkpoint."""
        try:
            d = json.loads(line)
            return cls(
                int(d["seq"]), str(d["head_hash"]), parse_ts(d["at"]), str(d["key_id"]), str(d["signature"])
            )
        except (KeyError, TypeError, json.JSONDecodeError) as exc:
            raise ValueError(f"not a checkpoint: {line[:80]!r}") from exc

    def same_as(self, other: Checkpoint) -> bool:
        """Equal as signed text (times compared to the microsecond, in UTC)."""
        return self.to_line() == other.to_line()


def read_checkpoint_file(path: Path) -> list[Checkpoint]:
    """Every checkpoint in the file, in file order; ValueError names the first unreadable line."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                out.append(Checkpoint.from_line(line))
            except ValueError as exc:
                raise ValueError(f"{path}: line {number}: {exc}") from exc
    return out


def load_public_key(path: Path) -> Ed25519PublicKey:
    """The public key in ``path`` (PEM); ValueError if it is not an Ed25519 public key."""
    key = serialization.load_pem_public_key(path.read_bytes())
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError(f"{path} is not an Ed25519 public key")
    return key


def _append_line(path: Path, line: str) -> None:
    """One line appended and on disk before returning (O_APPEND: never over what is there)."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
    try:
        data = (line + "\n").encode("utf-8")
        written = os.write(fd, data)
        if written != len(data):
            raise OSError(f"{path}: short write ({written} of {len(data)} bytes)")
        os.fsync(fd)
    finally:
        os.close(fd)


def create_secret_file(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` unless a file is there (mode 0600, folder 0700); True if made here.
    Written aside and linked into place: two processes making it at once end up with one file."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(tmp, path)  # fails if another process made it first: then that one is the file
        return True
    except FileExistsError:
        return False
    finally:
        tmp.unlink()


def require_private(path: Path, what: str) -> None:
    """PermissionError unless only its owner may read ``path``."""
    if path.stat().st_mode & 0o077:
        raise PermissionError(f"{path}: {what} must be readable by its owner only (0600)")


class CheckpointSigner:
    """Signs checkpoints with the private key and appends them to the checkpoint file. One per
    process; ``append`` may be called from any thread."""

    def __init__(self, private_key: Ed25519PrivateKey, checkpoint_file: Path) -> None:
        self._key = private_key
        self.public_key = private_key.public_key()
        self.key_id = key_id(self.public_key)
        self.checkpoint_file = checkpoint_file
        self._lock = threading.Lock()
        self._filed: set[int] | None = None  # seqs in the file (read on first need)

    @classmethod
    def load_or_create(cls, paths: AuditKeyPaths) -> CheckpointSigner:
        """The key at ``paths.private_key``; made on first use (mode 0600, folder 0700) with its
        public key beside it. Two processes starting at once end up with the same key."""
        path = paths.private_key
        if not path.exists():
            key = Ed25519PrivateKey.generate()
            pem = key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
            if create_secret_file(path, pem):
                log.info("audit checkpoint key created at %s", path)
        require_private(path, "the audit signing key")
        loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(loaded, Ed25519PrivateKey):
            raise ValueError(f"{path} is not an Ed25519 private key")
        signer = cls(loaded, paths.checkpoints)
        signer._write_public(paths.public_key)
        return signer

    def _write_public(self, path: Path) -> None:
        pem = self.public_key.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        if not path.exists() or path.read_bytes() != pem:
            tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
            tmp.write_bytes(pem)
            tmp.chmod(0o644)
            tmp.replace(path)

    def sign(self, seq: int, head_hash: str, at: datetime) -> Checkpoint:
        signature = self._key.sign(checkpoint_message(seq, head_hash, at)).hex()
        return Checkpoint(seq, head_hash, at.astimezone(UTC), self.key_id, signature)

    def filed_seqs(self) -> set[int]:
        """The seqs already in the checkpoint file (read once, then kept up to date)."""
        with self._lock:
            return set(self._filed_locked())

    def _filed_locked(self) -> set[int]:
        if self._filed is None:
            path = self.checkpoint_file
            self._filed = {c.seq for c in read_checkpoint_file(path)} if path.exists() else set()
        return self._filed

    def append(self, checkpoint: Checkpoint) -> bool:
        """Append ``checkpoint`` to the file unless it is there already; True if appended."""
        with self._lock:
            filed = self._filed_locked()
            if checkpoint.seq in filed:
                return False
            self.checkpoint_file.parent.mkdir(parents=True, exist_ok=True)
            _append_line(self.checkpoint_file, checkpoint.to_line())
            filed.add(checkpoint.seq)
            return True
