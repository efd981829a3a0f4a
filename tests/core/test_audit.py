"""The audit chain: every change is on record; edits, deletions and truncation are detected."""

from __future__ import annotations

import io

from sqlalchemy import delete, select, update

from app import audit
from app.audit import AuditQuery
from app.cli import EXIT_FAILED, EXIT_OK
from app.db.models import AuditEntry, AuditHead
from app.rbac import Role, system_principal
from app.services import Services
from main import build_parser

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
        e = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert e is not None and e.action == "user.create" and e.actor_name == "test" and e.reason == "入职 0"
    assert '"display_name":"用户0"' in e.after_json and e.ts.tzinfo is not None


def test_intact_chain_verifies(services: Services, db_url: str) -> None:
    fill(services)
    report = audit.verify_chain(services.db)
    assert report.ok and report.checked == report.head_seq == 5
    code, text = run_cli(db_url, "verify-audit")
    assert code == EXIT_OK and "OK" in text


def test_edited_row_is_reported_with_its_number(services: Services, db_url: str) -> None:
    fill(services)
    with services.db.write() as s:
        s.execute(update(AuditEntry).where(AuditEntry.seq == 3).values(reason="nothing to see"))
    report = audit.verify_chain(services.db)
    assert not report.ok and report.first_bad_seq == 3 and report.problem == "hash_mismatch"
    code, text = run_cli(db_url, "verify-audit")
    assert code == EXIT_FAILED and "#3" in text and "nothing to see" in text


def test_deleted_row_is_a_gap(services: Services) -> None:
    fill(services)
    with services.db.write() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.seq == 2))
    report = audit.verify_chain(services.db)
    assert not report.ok and report.first_bad_seq == 2 and report.problem == "gap"


def test_rehashed_forgery_breaks_the_next_link(services: Services) -> None:
    fill(services)
    with services.db.write() as s:
        e = s.get(AuditEntry, 2)
        assert e is not None
        e.reason = "forged"
        e.hash = audit.stored_entry_hash(e)
    report = audit.verify_chain(services.db)
    assert not report.ok and report.first_bad_seq == 3 and report.problem == "link_broken"


def test_truncated_tail_is_detected_by_the_head(services: Services) -> None:
    fill(services)
    with services.db.write() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.seq == 5))
    report = audit.verify_chain(services.db)
    assert not report.ok and report.problem == "head_mismatch"
    with services.db.write() as s:  # hiding it by rewinding the head fails too: the hash does not match
        s.execute(update(AuditHead).values(last_seq=4))
    assert not audit.verify_chain(services.db).ok


def test_rolled_back_change_leaves_no_entry(services: Services) -> None:
    fill(services, 1)
    try:
        with services.db.write() as s:
            audit.append(s, ROOT, "test.fail", "x", 1)
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert audit.verify_chain(services.db).head_seq == 1


def test_query_filters_newest_first_and_verify_is_audited(services: Services) -> None:
    fill(services, 3)
    records, total = services.audit.query(ROOT, AuditQuery(text="user1"))
    assert total == 3 and len(records) == 1 and records[0].after["username"] == "user1"
    records, _ = services.audit.query(ROOT, AuditQuery(limit=2))
    assert [r.seq for r in records] == [3, 2]
    report = services.audit.verify(ROOT)
    assert report.ok
    records, _ = services.audit.query(ROOT, AuditQuery(action_prefix="audit."))
    assert records[0].action == "audit.verify" and records[0].after["ok"] is True
