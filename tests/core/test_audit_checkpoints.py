"""Signed checkpoints: an attacker with the database owner's credential (triggers disabled,
tests/audit_tamper.py) but without the signing key cannot truncate the log, rewrite its head,
recompute the chain after an edit, remove or edit checkpoints, or forge one, unseen."""

from __future__ import annotations

import io
import json
import stat
from datetime import timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import delete, select, update

from app import audit
from app.audit import ChainReport
from app.audit_keys import AuditKeyPaths, CheckpointSigner, key_paths, load_public_key, read_checkpoint_file
from app.audit_sequencer import CheckpointPolicy, file_unfiled, sequence_all, sequence_pending
from app.cli import EXIT_FAILED, EXIT_INPUT, EXIT_OK
from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import AuditChainLink, AuditCheckpoint, AuditEntry
from app.rbac import system_principal
from app.services import Services
from main import build_parser
from tests.audit_tamper import tampering

ROOT = system_principal("test")


def add(db: Database, n: int, tag: str = "e") -> None:
    with db.write() as s:
        for i in range(n):
            audit.append(s, ROOT, "test.entry", "thing", f"{tag}{i}", reason=f"{tag} {i}")


def verify(db: Database, keys: AuditKeyPaths, *, with_file: bool = True) -> ChainReport:
    return audit.verify_chain(
        db,
        public_key=load_public_key(keys.public_key),
        checkpoint_file=keys.checkpoints if with_file else None,
    )


def run_cli(db_url: str, *argv: str) -> tuple[int, str]:
    from app.cli import run

    out, err = io.StringIO(), io.StringIO()
    code = run(build_parser().parse_args(["--db", db_url, *argv]), out, err)
    return code, out.getvalue() + err.getvalue()


@pytest.fixture
def keys() -> AuditKeyPaths:
    return key_paths()  # under this test's data folder


@pytest.fixture
def signed(services: Services, keys: AuditKeyPaths) -> Database:
    """Six entries and a checkpoint of #6, then two more entries chained after it (#7, #8)."""
    db = services.db
    add(db, 6, "a")
    sequence_all(db, signer=CheckpointSigner.load_or_create(keys))
    add(db, 2, "b")
    sequence_all(db)
    report = verify(db, keys)
    assert report.ok and report.checked == 8 and report.checkpoints == 1 and report.newest_checkpoint == 6
    return db


def rehash_from(s: object, first: int) -> None:
    """Recompute every link from ``first`` on, as an attacker with the formula would."""
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    prev = s.get(AuditChainLink, first - 1)
    prev_hash = prev.hash if prev is not None else audit.GENESIS
    for link in s.scalars(
        select(AuditChainLink).where(AuditChainLink.seq >= first).order_by(AuditChainLink.seq)
    ):
        entry = s.get(AuditEntry, link.entry_id)
        assert entry is not None
        link.prev_hash = prev_hash
        link.hash = audit.link_hash(prev_hash, link.seq, entry)
        prev_hash = link.hash
        s.flush()


def test_the_key_is_made_once_readable_by_its_owner_only_with_its_public_key_beside_it(
    keys: AuditKeyPaths, signed: Database
) -> None:
    assert stat.S_IMODE(keys.private_key.stat().st_mode) == 0o600
    assert keys.public_key.parent == keys.private_key.parent == keys.checkpoints.parent
    again = CheckpointSigner.load_or_create(keys)
    assert again.key_id == CheckpointSigner.load_or_create(keys).key_id
    lines = keys.checkpoints.read_text().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["seq"] == 6
    assert read_checkpoint_file(keys.checkpoints)[0].verifies(load_public_key(keys.public_key))
    keys.private_key.chmod(0o644)
    with pytest.raises(PermissionError):
        CheckpointSigner.load_or_create(keys)


def test_a_checkpoint_every_n_entries_or_after_m_minutes(services: Services, keys: AuditKeyPaths) -> None:
    db, signer = services.db, CheckpointSigner.load_or_create(keys)
    policy = CheckpointPolicy(every_entries=3, every_s=60)
    add(db, 2)
    sequence_pending(db, signer=signer, policy=policy)
    add(db, 1)
    sequence_pending(db, signer=signer, policy=policy)  # 3 entries since none: due
    add(db, 1)
    sequence_pending(db, signer=signer, policy=policy)  # 1 entry, just now: not due
    sequence_pending(db, signer=signer, policy=policy, now=utcnow() + timedelta(seconds=61))
    with db.read() as s:
        assert list(s.scalars(select(AuditCheckpoint.seq).order_by(AuditCheckpoint.seq))) == [3, 4]
    assert [c.seq for c in read_checkpoint_file(keys.checkpoints)] == [3, 4]
    report = verify(db, keys)
    assert report.ok and report.checkpoints == 2


def test_truncating_the_log_is_detected(signed: Database, keys: AuditKeyPaths, db_url: str) -> None:
    with tampering(signed) as s:  # cut the chain back to #4, entries and all
        s.execute(delete(AuditChainLink).where(AuditChainLink.seq > 4))
        s.execute(delete(AuditEntry).where(AuditEntry.id > 4))
    report = verify(signed, keys)
    assert not report.ok and report.problem == "truncated" and report.head_seq == 4
    with tampering(signed) as s:  # and hide it by removing the checkpoint from the database too
        s.execute(delete(AuditCheckpoint))
    report = verify(signed, keys)
    assert not report.ok and report.problem == "truncated"  # the file still has it
    code, text = run_cli(db_url, "verify-audit")
    assert code == EXIT_FAILED and "truncated" in text


def test_rewriting_the_head_after_a_checkpoint_is_detected(signed: Database, keys: AuditKeyPaths) -> None:
    with tampering(signed) as s:  # the checkpointed entry #6 rewritten, its link and those after rehashed
        s.execute(update(AuditEntry).where(AuditEntry.id == 6).values(reason="rewritten"))
        rehash_from(s, 6)
    report = verify(signed, keys)
    assert not report.ok and report.problem == "checkpoint_mismatch" and report.first_bad_seq == 6
    with tampering(signed) as s:  # cut back to #6 and make the head row say what was signed
        s.execute(delete(AuditChainLink).where(AuditChainLink.seq > 6))
        s.execute(delete(AuditEntry).where(AuditEntry.id > 6))
        cp = s.get(AuditCheckpoint, 6)
        assert cp is not None
        s.execute(update(AuditChainLink).where(AuditChainLink.seq == 6).values(hash=cp.head_hash))
    report = verify(signed, keys)
    assert not report.ok and report.problem == "hash_mismatch" and report.first_bad_seq == 6


def test_recomputing_the_whole_chain_after_an_edit_is_detected(signed: Database, keys: AuditKeyPaths) -> None:
    with tampering(signed) as s:
        s.execute(update(AuditEntry).where(AuditEntry.id == 2).values(reason="never happened"))
        rehash_from(s, 1)  # a full, consistent recomputation
    unsigned = audit.verify_chain(signed)  # without the key the chain looks whole ...
    assert unsigned.problem == "no_public_key"
    report = verify(signed, keys)  # ... the signed checkpoint says otherwise
    assert not report.ok and report.problem == "checkpoint_mismatch" and report.first_bad_seq == 6
    assert report.checked == 8  # every link is consistent in itself


def test_removing_or_editing_checkpoints_is_detected_through_the_file(
    signed: Database, keys: AuditKeyPaths
) -> None:
    with tampering(signed) as s:
        s.execute(delete(AuditCheckpoint))
    report = verify(signed, keys)
    assert not report.ok and report.problem == "checkpoint_removed" and report.first_bad_seq == 6
    assert verify(signed, keys, with_file=False).ok  # the database alone no longer knows
    file_unfiled(signed, CheckpointSigner.load_or_create(keys))  # nothing to file: the rows are gone
    with tampering(signed) as s:  # back, but with another time: the signature no longer holds
        cp = read_checkpoint_file(keys.checkpoints)[0]
        s.add(
            AuditCheckpoint(
                seq=cp.seq,
                head_hash=cp.head_hash,
                at=cp.at + timedelta(seconds=1),
                key_id=cp.key_id,
                signature=cp.signature,
            )
        )
    report = verify(signed, keys)
    assert not report.ok and report.problem == "checkpoint_forged" and report.first_bad_seq == 6


def test_a_checkpoint_signed_with_another_key_is_detected(
    signed: Database, keys: AuditKeyPaths, tmp_path: Path, db_url: str
) -> None:
    forger = CheckpointSigner(Ed25519PrivateKey.generate(), tmp_path / "forged.jsonl")
    with tampering(signed) as s:  # edit, recompute, and sign the new head with the attacker's own key
        s.execute(update(AuditEntry).where(AuditEntry.id == 3).values(reason="forged"))
        rehash_from(s, 1)
        s.execute(delete(AuditCheckpoint))
        head = s.get(AuditChainLink, 8)
        assert head is not None
        cp = forger.sign(8, head.hash, utcnow())
        s.add(
            AuditCheckpoint(seq=8, head_hash=cp.head_hash, at=cp.at, key_id=cp.key_id, signature=cp.signature)
        )
    report = verify(signed, keys, with_file=False)
    assert not report.ok and report.problem == "checkpoint_forged" and report.first_bad_seq == 8
    code, text = run_cli(db_url, "verify-audit")
    assert code == EXIT_FAILED and "checkpoint_forged" in text
    # the attacker's public key does not help either: the genuine checkpoints of the file fail it
    forged_pub = tmp_path / "forged.pub"
    forger._write_public(forged_pub)
    code, text = run_cli(db_url, "verify-audit", "--public-key", str(forged_pub))
    assert code == EXIT_FAILED and "checkpoint_forged" in text


def test_verify_audit_command_options(
    signed: Database, keys: AuditKeyPaths, db_url: str, tmp_path: Path
) -> None:
    code, text = run_cli(db_url, "verify-audit")
    assert code == EXIT_OK and "1 signed checkpoints up to #6" in text
    code, text = run_cli(
        db_url, "verify-audit", "--public-key", str(keys.public_key), "--checkpoints", str(keys.checkpoints)
    )
    assert code == EXIT_OK
    code, text = run_cli(db_url, "verify-audit", "--checkpoints", str(tmp_path / "nowhere.jsonl"))
    assert code == EXIT_INPUT and "no checkpoint file" in text
    code, text = run_cli(db_url, "sequence-audit")  # chains what is pending and signs the head
    assert code == EXIT_OK and "2 signed checkpoints up to #8" in text


def test_a_checkpoint_committed_but_not_filed_is_filed_on_the_next_run(
    signed: Database, keys: AuditKeyPaths
) -> None:
    signer = CheckpointSigner.load_or_create(keys)
    with signed.write() as s:  # the process stopped between the commit and the file
        cp = signer.sign(8, s.get(AuditChainLink, 8).hash, utcnow())  # type: ignore[union-attr]
        s.add(
            AuditCheckpoint(seq=8, head_hash=cp.head_hash, at=cp.at, key_id=cp.key_id, signature=cp.signature)
        )
    report = verify(signed, keys)
    assert report.ok and report.newest_checkpoint == 8  # newer than the file's newest: not yet filed
    assert file_unfiled(signed, CheckpointSigner.load_or_create(keys)) == 1
    assert [c.seq for c in read_checkpoint_file(keys.checkpoints)] == [6, 8]
    assert verify(signed, keys).ok
