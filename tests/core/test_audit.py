"""The audit log: every change is on record at once, the sequencer chains it, and edits, deletions
and reordering of chained entries are detected. (Signed checkpoints: test_audit_checkpoints.py.)"""

from __future__ import annotations

import io
import threading
import time

import pytest
from sqlalchemy import delete, func, select, text, update

from app import audit
from app.audit import AuditQuery
from app.audit_keys import key_paths
from app.audit_sequencer import SequencerRunner, sequence_all, sequence_pending, start_runner, sweep_orphans
from app.cli import EXIT_FAILED, EXIT_OK
from app.db.bootstrap import open_database
from app.db.models import AuditChainLink, AuditEntry, AuditPending
from app.rbac import Role, system_principal
from app.services import Services
from main import build_parser
from tests.audit_tamper import tampering

ROOT = system_principal("test")


def fill(services: Services, n: int = 5) -> None:
    for i in range(n):
        services.identity.create_user(
            ROOT, f"user{i}", f"用户{i}", "Str0ng!pass", [Role.TELLER], reason=f"入职 {i}"
        )


def run_cli(db_url: str, *argv: str) -> tuple[int, str]:
    from app.cli import run

    out, err = io.StringIO(), io.StringIO()
    code = run(build_parser().parse_args(["--db", db_url, *argv]), out, err)
    return code, out.getvalue() + err.getvalue()


def test_entries_carry_who_what_why_before_after(services: Services) -> None:
    fill(services, 1)
    with services.db.read() as s:
        e = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert e is not None and e.action == "user.create" and e.actor_name == "test" and e.reason == "入职 0"
    assert '"display_name":"用户0"' in e.after_json and e.ts.tzinfo is not None


def test_an_entry_has_its_id_at_once_and_its_chain_number_from_the_sequencer(services: Services) -> None:
    change = services.identity.create_user(ROOT, "u", "U", "Str0ng!pass", [Role.TELLER], reason="r")
    records, total = services.audit.query(ROOT, AuditQuery())
    assert total == 1 and records[0].id == change.audit_id and records[0].seq is None
    report = audit.verify_chain(services.db)
    assert report.ok and report.pending == 1 and report.checked == 0  # pending is not a failure
    assert sequence_pending(services.db) == 1
    records, _ = services.audit.query(ROOT, AuditQuery())
    assert records[0].seq == 1
    report = audit.verify_chain(services.db)
    assert report.ok and report.pending == 0 and report.checked == report.head_seq == 1


def test_intact_chain_verifies(services: Services, db_url: str) -> None:
    fill(services)
    assert sequence_all(services.db) == 5
    report = audit.verify_chain(services.db)
    assert report.ok and report.checked == report.head_seq == 5
    code, text = run_cli(db_url, "verify-audit")
    assert code == EXIT_OK and "OK" in text


def test_edited_row_is_reported_with_its_number(services: Services, db_url: str) -> None:
    fill(services)
    sequence_all(services.db)
    with tampering(services.db) as s:
        s.execute(update(AuditEntry).where(AuditEntry.id == 3).values(reason="nothing to see"))
    report = audit.verify_chain(services.db)
    assert not report.ok and report.first_bad_seq == 3 and report.problem == "hash_mismatch"
    code, text = run_cli(db_url, "verify-audit")
    assert code == EXIT_FAILED and "#3" in text and "nothing to see" in text


def test_deleted_row_is_a_gap(services: Services) -> None:
    fill(services)
    sequence_all(services.db)
    with tampering(services.db) as s:
        s.execute(delete(AuditChainLink).where(AuditChainLink.seq == 2))
        s.execute(delete(AuditEntry).where(AuditEntry.id == 2))
    report = audit.verify_chain(services.db)
    assert not report.ok and report.first_bad_seq == 2 and report.problem == "gap"


def test_a_link_to_no_entry_or_to_an_entry_linked_twice_is_detected(services: Services) -> None:
    """The foreign key and the unique entry id forbid both; an owner can drop them (PostgreSQL)."""
    if services.db.is_sqlite:
        pytest.skip("SQLite cannot drop a constraint in place")
    fill(services, 3)
    sequence_all(services.db)
    with tampering(services.db) as s:
        s.execute(text("ALTER TABLE audit_chain DROP CONSTRAINT fk_audit_chain_entry_id_audit_log"))
        s.execute(text("ALTER TABLE audit_chain DROP CONSTRAINT uq_audit_chain_entry_id"))
        s.execute(update(AuditChainLink).where(AuditChainLink.seq == 2).values(entry_id=999))
    report = audit.verify_chain(services.db)
    assert not report.ok and report.first_bad_seq == 2 and report.problem == "entry_missing"
    with tampering(services.db) as s:  # entry 3 linked a second time, hashed properly as #4
        e = s.get(AuditEntry, 3)
        assert e is not None
        s.execute(update(AuditChainLink).where(AuditChainLink.seq == 2).values(entry_id=2))
        head = s.get(AuditChainLink, 3)
        assert head is not None
        s.add(AuditChainLink(seq=4, entry_id=3, prev_hash=head.hash, hash=audit.link_hash(head.hash, 4, e)))
    report = audit.verify_chain(services.db)
    assert not report.ok and report.first_bad_seq == 4 and report.problem == "entry_twice"


def test_rehashed_forgery_breaks_the_next_link(services: Services) -> None:
    fill(services)
    sequence_all(services.db)
    with tampering(services.db) as s:
        e = s.get(AuditEntry, 2)
        link = s.get(AuditChainLink, 2)
        assert e is not None and link is not None
        e.reason = "forged"
        s.flush()
        link.hash = audit.link_hash(link.prev_hash, 2, e)
    report = audit.verify_chain(services.db)
    assert not report.ok and report.first_bad_seq == 3 and report.problem == "link_broken"


def test_rolled_back_change_leaves_no_entry(services: Services) -> None:
    fill(services, 1)
    try:
        with services.db.write() as s:
            audit.append(s, ROOT, "test.fail", "x", 1)
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert sequence_all(services.db) == 1
    report = audit.verify_chain(services.db)
    assert report.head_seq == 1 and report.pending == 0


def test_query_filters_newest_first_and_verify_is_audited(services: Services) -> None:
    fill(services, 3)
    sequence_all(services.db)
    records, total = services.audit.query(ROOT, AuditQuery(text="user1"))
    assert total == 3 and len(records) == 1 and records[0].after["username"] == "user1"
    records, _ = services.audit.query(ROOT, AuditQuery(limit=2))
    assert [(r.id, r.seq) for r in records] == [(3, 3), (2, 2)]
    older, _ = services.audit.query(ROOT, AuditQuery(limit=5, before_id=records[-1].id))
    assert [r.id for r in older] == [1]
    report = services.audit.verify(ROOT)
    assert report.ok
    records, _ = services.audit.query(ROOT, AuditQuery(action_prefix="audit."))
    assert records[0].action == "audit.verify" and records[0].after["ok"] is True
    assert records[0].seq is None  # the check's own entry waits for the sequencer


def test_an_entry_committed_late_is_chained_later_never_lost(services: Services, db_url: str) -> None:
    """A lower id whose transaction commits after higher ids were chained is chained after them."""
    if services.db.is_sqlite:
        pytest.skip("SQLite has one writer: entries commit in id order")
    fill(services, 1)
    started, go = threading.Event(), threading.Event()
    errors: list[BaseException] = []
    late: list[int] = []

    def slow_writer() -> None:
        try:
            with services.db.write() as s:
                late.append(audit.append(s, ROOT, "test.late", "x", "late").id)
                started.set()
                assert go.wait(10)
        except BaseException as exc:  # reported to the test
            errors.append(exc)
            started.set()

    t = threading.Thread(target=slow_writer)
    t.start()
    try:
        assert started.wait(10)
        with services.db.write() as s:  # a later id, committed first
            later = audit.append(s, ROOT, "test.early", "x", "early").id
        assert later > late[0]
        assert sequence_all(services.db) == 2  # the first user and the later id; the late one is unseen
    finally:
        go.set()
        t.join(10)
    assert not errors
    assert sequence_all(services.db) == 1  # now committed: chained, after the later one
    with services.db.read() as s:
        order = dict(s.execute(select(AuditChainLink.entry_id, AuditChainLink.seq)).all())
    assert order[later] == 2 and order[late[0]] == 3
    report = audit.verify_chain(services.db)
    assert report.ok and report.checked == 3 and report.pending == 0


def test_two_sequencers_at_once_keep_one_chain(services: Services, db_url: str) -> None:
    """Writers on two workstations and a sequencer on each: every entry is chained exactly once."""
    other = open_database(db_url)
    stop = threading.Event()
    errors: list[BaseException] = []

    def write(db_index: int) -> None:
        db = (services.db, other)[db_index]
        try:
            for i in range(40):
                with db.write() as s:
                    audit.append(s, ROOT, "test.append", "ws", f"{db_index}-{i}")
        except BaseException as exc:
            errors.append(exc)

    def sequence(db_index: int) -> None:
        db = (services.db, other)[db_index]
        try:
            while not stop.is_set():
                sequence_pending(db, batch=7)
        except BaseException as exc:
            errors.append(exc)

    writers = [threading.Thread(target=write, args=(i % 2,)) for i in range(4)]
    sequencers = [threading.Thread(target=sequence, args=(i,)) for i in range(2)]
    try:
        for t in writers + sequencers:
            t.start()
        for t in writers:
            t.join(60)
    finally:
        stop.set()
        for t in sequencers:
            t.join(60)
        other.dispose()
    assert not errors
    sequence_all(services.db)
    report = audit.verify_chain(services.db)
    assert report.ok and report.checked == 160 and report.pending == 0
    with services.db.read() as s:
        assert s.scalar(select(func.count(func.distinct(AuditChainLink.entry_id)))) == 160


def test_an_entry_that_lost_its_queue_row_is_queued_again(services: Services) -> None:
    fill(services, 3)
    with services.db.write() as s:  # the queue is an ordinary table: its rows may go
        s.execute(delete(AuditPending).where(AuditPending.entry_id == 2))
    assert sequence_all(services.db) == 2
    assert audit.verify_chain(services.db).pending == 1  # still seen as not chained
    assert sweep_orphans(services.db) == 1
    assert sequence_all(services.db) == 1
    report = audit.verify_chain(services.db)
    assert report.ok and report.checked == 3 and report.pending == 0


def test_the_runner_chains_in_the_background_and_stops_within_its_bound(services: Services) -> None:
    runner = SequencerRunner(services.db, interval_s=0.05)
    runner.start()
    try:
        fill(services, 3)
        deadline = time.monotonic() + 10
        while audit.verify_chain(services.db).checked < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert audit.verify_chain(services.db).checked == 3
    finally:
        assert runner.stop(timeout=5)
    assert not runner.is_alive() and runner.chained == 3


def test_the_embedded_runner_makes_its_key_and_still_chains_without_a_usable_one(services: Services) -> None:
    keys = key_paths()
    runner = start_runner(services.db)
    try:
        assert runner.signer is not None and keys.private_key.exists() and keys.public_key.exists()
    finally:
        assert runner.stop(timeout=5)
    keys.private_key.chmod(0o644)  # readable by others: refused as a signing key, said in the log
    runner = start_runner(services.db)
    try:
        assert runner.signer is None
        fill(services, 2)
        runner.poke()
        deadline = time.monotonic() + 10
        while runner.chained < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert runner.chained == 2
    finally:
        assert runner.stop(timeout=5)
