"""Authorization statistics: figures of a small exact scenario made through the authorization
service (counts, rates, medians and 90th percentiles, per authorizer, per branch, business and
teller, the quarter against the previous one), the demo history seeder, and the PDF reports.
Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import random
import shutil
import subprocess
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from app import audit, demo, security
from app.audit import AuditQuery
from app.audit_sequencer import sequence_all
from app.db.models import AuthDecision, AuthRequest, User
from app.demo_authz import seed_authorization_history
from app.errors import PermissionDenied, ValidationError
from app.rbac import Principal, Role, system_principal
from app.services import Services
from app.services.authorization import Draft
from app.services.authz_stats import (
    KPI_KEYS,
    AuthzStatsService,
    PeriodStats,
    QuarterAnalysis,
    kpi_block,
    kpi_labels,
    month,
    percentile,
    period_label,
    quarter,
)
from app.services.authz_stats.thresholds import APPROVAL_DROP_WARN, MEDIAN_RISE_WARN
from app.services.identity import Credentials
from tests.images import IMAGES, upload_if_services

ROOT = system_principal("test")
PW = "Str0ng!pass"
MIN = 60.0


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(security, "LOG2_N", 10)


@pytest.fixture(autouse=True)
def _images_on_the_server(request: pytest.FixtureRequest) -> None:
    upload_if_services(request)  # a request names only images the server holds


def user(services: Services, name: str, *roles: Role) -> Principal:
    services.identity.create_user(ROOT, name, name.upper(), PW, list(roles), reason="test")
    return services.identity.authenticate(name, PW)


def draft(business: str, yuan: int, branch: str, mode: str = "remote", account: str = "1") -> Draft:
    return Draft(
        business, "CNY", yuan * 100, f"62220202{account:0>11}", "张三", "大额业务", branch, mode, IMAGES
    )


def at(day: str, hh: int, mm: int) -> datetime:
    y, m, d = (int(x) for x in day.split("-"))
    return datetime(y, m, d, hh, mm, tzinfo=UTC)


def set_times(
    services: Services, rid: int, created: datetime, *steps: datetime, closed: datetime | None = None
) -> None:
    """Put a request made now into the past: its submission, its decisions in order, its close."""
    with services.db.write() as s:
        ids = list(
            s.scalars(select(AuthDecision.id).where(AuthDecision.request_id == rid).order_by(AuthDecision.id))
        )
        assert len(ids) == len(steps), (rid, ids, steps)
        for did, when in zip(ids, steps, strict=True):
            s.execute(update(AuthDecision).where(AuthDecision.id == did).values(at=when))
        row = s.get(AuthRequest, rid)
        assert row is not None
        values: dict[str, object] = {
            "created_at": created,
            "updated_at": closed or (steps[-1] if steps else created),
        }
        if row.decided_at is not None:
            values["decided_at"] = closed or steps[-1]
        s.execute(update(AuthRequest).where(AuthRequest.id == rid).values(**values))


def rid_of(change: object) -> int:
    return int(change.target_ids[0])  # type: ignore[attr-defined]


@pytest.fixture
def scenario(services: Services) -> dict[str, Principal]:
    """October 2026 (Q4) and two requests of Q3, with hand-set times:

    R1 teller1 BR01 CASH_WD 60k remote: rev1 approves after 4 min.
    R2 teller1 BR01 TRANSFER 200k remote: rev1 returns after 10 min; resubmitted; rev1 approves at 40 min.
    R3 teller2 BR02 CASH_WD 2m two-level: chief1 approves after 6 min, chief2 14 min later (20 in all).
    R4 teller2 BR02 REVERSAL 5k remote: rev1 rejects after 30 min.
    R5 teller1 BR01 CASH_WD 70k local: chief1 approves at the counter after 2 min.
    R6 teller2 BR02 CASH_WD 80k remote: cancelled by the teller after 5 min.
    R7 teller1 BR01 CASH_WD 90k remote: still pending.
    Q3: R8 teller1 BR01 CASH_WD 65k approved by rev1 after 10 min (September);
        R9 teller2 BR02 REVERSAL 6k rejected by chief1 after 50 min (August).
    """
    authz = services.authorization
    p = {
        "teller1": user(services, "teller1", Role.TELLER),
        "teller2": user(services, "teller2", Role.TELLER),
        "rev1": user(services, "rev1", Role.REVIEWER),
        "chief1": user(services, "chief1", Role.SUPERVISOR),
        "chief2": user(services, "chief2", Role.SUPERVISOR),
    }
    t1, t2, rev, c1, c2 = p["teller1"], p["teller2"], p["rev1"], p["chief1"], p["chief2"]

    def remote(teller: Principal, d: Draft, *steps: tuple[Principal, str]) -> int:
        rid = rid_of(authz.submit(teller, d))
        for who, decision in steps:
            if decision == "resubmit":
                authz.resubmit(teller, rid, d)
                continue
            authz.claim(who, rid)
            authz.decide(who, rid, decision, "" if decision == "approve" else "影像不清晰")
        return rid

    r1 = remote(t1, draft("CASH_WD", 60_000, "BR01", account="1"), (rev, "approve"))
    r2 = remote(
        t1,
        draft("TRANSFER", 200_000, "BR01", account="2"),
        (rev, "return"),
        (t1, "resubmit"),
        (rev, "approve"),
    )
    r3 = remote(t2, draft("CASH_WD", 2_000_000, "BR02", account="3"), (c1, "approve"), (c2, "approve"))
    r4 = remote(t2, draft("REVERSAL", 5_000, "BR02", account="4"), (rev, "reject"))
    r5 = rid_of(authz.submit(t1, draft("CASH_WD", 70_000, "BR01", mode="local", account="5")))
    authz.decide_locally(t1, r5, Credentials(username=c1.username, password=PW), "approve", "")
    r6 = rid_of(authz.submit(t2, draft("CASH_WD", 80_000, "BR02", account="6")))
    authz.cancel(t2, r6, "客户放弃")
    r7 = rid_of(authz.submit(t1, draft("CASH_WD", 90_000, "BR01", account="7")))
    r8 = remote(t1, draft("CASH_WD", 65_000, "BR01", account="8"), (rev, "approve"))
    r9 = remote(t2, draft("REVERSAL", 6_000, "BR02", account="9"), (c1, "reject"))

    set_times(services, r1, at("2026-10-05", 9, 0), at("2026-10-05", 9, 4))
    set_times(services, r2, at("2026-10-06", 10, 0), at("2026-10-06", 10, 10), at("2026-10-06", 10, 40))
    set_times(services, r3, at("2026-10-07", 9, 0), at("2026-10-07", 9, 6), at("2026-10-07", 9, 20))
    set_times(services, r4, at("2026-10-08", 14, 0), at("2026-10-08", 14, 30))
    set_times(services, r5, at("2026-10-09", 11, 0), at("2026-10-09", 11, 2))
    set_times(services, r6, at("2026-10-10", 9, 0), closed=at("2026-10-10", 9, 5))
    set_times(services, r7, at("2026-10-11", 16, 0))
    set_times(services, r8, at("2026-09-20", 9, 0), at("2026-09-20", 9, 10))
    set_times(services, r9, at("2026-08-10", 9, 0), at("2026-08-10", 9, 50))
    return p


def test_periods_and_percentiles() -> None:
    assert month(2026, 12, UTC) == (at("2026-12-01", 0, 0), at("2027-01-01", 0, 0))
    assert quarter(2026, 4, UTC) == (at("2026-10-01", 0, 0), at("2027-01-01", 0, 0))
    assert quarter(2027, 1, UTC) == (at("2027-01-01", 0, 0), at("2027-04-01", 0, 0))
    # by default in the bank's zone (Asia/Shanghai, UTC+8): a month starts at local midnight
    assert month(2026, 12) == (at("2026-11-30", 16, 0), at("2026-12-31", 16, 0))
    assert quarter(2027, 1) == (at("2026-12-31", 16, 0), at("2027-03-31", 16, 0))
    assert (
        period_label(*month(2026, 10)) == "2026年10月"
        and period_label(*month(2026, 10), "en") == "October 2026"
    )
    assert (
        period_label(*quarter(2026, 3)) == "2026年第3季度"
        and period_label(*quarter(2026, 3), "en") == "Q3 2026"
    )
    assert period_label(at("2026-10-03", 0, 0), at("2026-10-10", 0, 0)) == "2026-10-03 至 2026-10-09"
    with pytest.raises(ValidationError):
        month(2026, 13)
    with pytest.raises(ValidationError):
        quarter(2026, 0)
    assert percentile([], 0.5) is None
    assert percentile([3.0], 0.9) == 3.0
    assert percentile([4.0, 1.0, 3.0, 2.0], 0.5) == 2.5  # the mean of the middle two
    assert percentile([2.0, 4.0, 20.0, 30.0, 40.0], 0.9) == pytest.approx(36.0)


def test_monthly_figures_match_the_hand_count(services: Services, scenario: dict[str, Principal]) -> None:
    stats = services.stats.period_stats(scenario["chief1"], *month(2026, 10))
    t = stats.total
    assert (t.submitted, t.approved, t.rejected, t.cancelled, t.open, t.returned) == (7, 4, 1, 1, 1, 1)
    assert t.decided == 5 and (t.remote, t.local, t.two_level) == (6, 1, 1)
    assert (t.resubmissions, t.resubmitted) == (1, 1)
    assert t.approval_rate == pytest.approx(4 / 7) and t.rejection_rate == pytest.approx(1 / 7)
    assert t.return_rate == pytest.approx(1 / 7) and t.cancel_rate == pytest.approx(1 / 7)
    assert t.two_level_share == pytest.approx(1 / 7) and t.remote_share == pytest.approx(6 / 7)
    # decided after 2, 4, 20, 30 and 40 minutes
    assert t.median_s == pytest.approx(20 * MIN) and t.p90_s == pytest.approx(36 * MIN)

    branches = {g.key: g for g in stats.by_branch}
    assert set(branches) == {"BR01", "BR02"}
    br01, br02 = branches["BR01"], branches["BR02"]
    assert (br01.submitted, br01.approved, br01.open, br01.returned) == (4, 3, 1, 1)
    assert br01.median_s == pytest.approx(4 * MIN)  # 2, 4, 40
    assert (br02.submitted, br02.approved, br02.rejected, br02.cancelled) == (3, 1, 1, 1)
    assert br02.median_s == pytest.approx(25 * MIN)  # 20, 30

    business = {g.key: g for g in stats.by_business}
    assert [g.key for g in stats.by_business] == ["CASH_WD", "TRANSFER", "REVERSAL"]  # the policy's order
    assert business["CASH_WD"].name_zh == "现金取款" and business["CASH_WD"].name("en") == "Cash withdrawal"
    assert (business["CASH_WD"].submitted, business["CASH_WD"].approved, business["CASH_WD"].two_level) == (
        5,
        3,
        1,
    )
    assert business["REVERSAL"].rejection_rate == 1.0 and business["TRANSFER"].return_rate == 1.0

    tellers = {g.key: g for g in stats.by_teller}
    assert (tellers["teller1"].submitted, tellers["teller1"].resubmissions) == (4, 1)
    assert tellers["teller1"].name_zh == "TELLER1" and tellers["teller2"].submitted == 3

    auth = {a.key: a for a in stats.by_authorizer}
    assert [a.key for a in stats.by_authorizer] == ["rev1", "chief1", "chief2"]  # most decisions first
    rev = auth["rev1"]
    assert (rev.decisions, rev.approved, rev.rejected, rev.returned, rev.remote) == (4, 2, 1, 1, 4)
    assert rev.timed == 3 and rev.median_s == pytest.approx(10 * MIN)  # 4, 10, 30; the re-approval untimed
    chief = auth["chief1"]
    assert (chief.decisions, chief.local, chief.remote, chief.second_level) == (2, 1, 1, 0)
    assert chief.median_s == pytest.approx(4 * MIN)  # 6 and 2
    assert (auth["chief2"].second_level, auth["chief2"].median_s) == (1, pytest.approx(14 * MIN))
    assert stats.decisions == 7 and stats.response_median_s == pytest.approx(8 * MIN)  # 2 4 6 10 14 30

    assert len(stats.daily) == 31 and stats.daily[4].submitted == 1  # 5 October
    assert sum(d.submitted for d in stats.daily) == 7 and sum(d.decided for d in stats.daily) == 5
    assert stats.approved_amounts == (("CNY", (60_000 + 200_000 + 2_000_000 + 70_000) * 100),)
    assert stats.generated_by == "CHIEF1" and stats.generated_by_user == "chief1"

    september = services.stats.monthly(scenario["chief1"], 2026, 9)
    assert september.total.submitted == 1 and september.total.median_s == pytest.approx(10 * MIN)
    empty = services.stats.monthly(scenario["chief1"], 2025, 1)
    assert empty.total.submitted == 0 and empty.total.median_s is None and empty.by_branch == ()


AFTER_Q4 = at("2027-01-15", 2, 0)  # the scenario's Q4 is over: compared whole with Q3


def test_quarter_against_the_previous_one(services: Services, scenario: dict[str, Principal]) -> None:
    analysis = services.stats.quarterly(scenario["chief1"], 2026, 4, now=AFTER_Q4)
    assert isinstance(analysis, QuarterAnalysis) and analysis.label() == "2026年第4季度"
    assert not analysis.to_date and analysis.this_quarter("en") == "This quarter"
    assert [m.total.submitted for m in analysis.months] == [7, 0, 0]
    assert analysis.stats.total.submitted == 7
    prev = analysis.previous.total
    assert analysis.previous.label("en") == "Q3 2026"
    assert (prev.submitted, prev.approved, prev.rejected) == (2, 1, 1)
    assert prev.median_s == pytest.approx(30 * MIN)  # 10 and 50
    c = analysis.comparison
    assert c.volume_delta == 5 and c.volume_pct == pytest.approx(2.5)
    assert c.approval_rate_delta == pytest.approx(4 / 7 - 1 / 2)
    assert c.rejection_rate_delta == pytest.approx(1 / 7 - 1 / 2)
    assert c.median_delta_s == pytest.approx(-10 * MIN)
    codes = [f.code for f in analysis.findings]
    assert codes == ["volume_up", "approval_up", "median_faster", "busy_authorizer", "peak_month"]
    texts = [f.text() for f in analysis.findings]
    assert texts[0] == "授权申请笔数较上季度上升 250.0%（2 → 7 笔）。"
    assert "缩短 10.0 分钟" in texts[2]
    assert analysis.findings[3].subject_zh == "REV1" and "57.1%" in texts[3]
    assert analysis.findings[1].text("en").startswith("The approval rate rose 7.1 points to 57.1%")


def test_the_quarter_in_progress_is_to_date_against_the_same_days_of_the_previous(
    services: Services, scenario: dict[str, Principal], reports
) -> None:  # type: ignore[no-untyped-def]
    """Issue 11: a partial Q4 was compared with the whole of Q3 ("down 28.1 %"). On 3 December
    (10:00 in Shanghai) Q4 runs 63 days and 10 hours; it is compared with Q3's first 63 days and
    10 hours (to 2 September 10:00), which hold R9 (10 August) but not R8 (20 September)."""
    now = at("2026-12-03", 2, 0)  # 10:00 in Shanghai
    analysis = services.stats.quarterly(scenario["chief1"], 2026, 4, now=now)
    assert analysis.to_date and analysis.stats.end == now
    assert analysis.label() == "2026年第4季度至今（截至2026-12-03）"
    assert analysis.label("en") == "Q4 2026 to date (to 2026-12-03)"
    assert analysis.this_quarter() == "本季度至今" and analysis.this_quarter("en") == "Quarter to date"
    q3_start = services.stats.quarter(2026, 3)[0]
    assert analysis.previous.start == q3_start and analysis.previous.end == q3_start + (
        now - analysis.stats.start
    )
    assert analysis.previous.label("en") == "2026-07-01 – 2026-09-02"
    assert analysis.previous.total.submitted == 1  # R9 only
    assert analysis.stats.total.submitted == 7 and analysis.comparison.volume_delta == 6
    document = reports.quarterly_document(analysis, "en")
    assert document.period == "Q4 2026 to date (to 2026-12-03)"
    assert "Quarter to date" in str(document.blocks)
    whole = services.stats.quarterly(scenario["chief1"], 2026, 3, now=now)  # a past quarter: whole
    assert not whole.to_date and whole.previous.label("en") == "Q2 2026"


def test_statistics_need_the_statistics_permission(
    services: Services, scenario: dict[str, Principal]
) -> None:
    keyer = user(services, "keyer1", Role.KEYER)
    with pytest.raises(PermissionDenied):
        services.stats.period_stats(keyer, *month(2026, 10))
    with pytest.raises(PermissionDenied):  # a teller prints reports, but not colleagues' performance
        services.stats.period_stats(scenario["teller1"], *month(2026, 10))
    entries, _ = services.audit.query(ROOT, AuditQuery(action_prefix="security.denied"))
    assert {e.actor_name for e in entries} == {"keyer1", "teller1"}  # both refusals audited
    with pytest.raises(ValidationError):
        services.stats.period_stats(scenario["chief1"], at("2026-10-02", 0, 0), at("2026-10-01", 0, 0))
    with pytest.raises(ValidationError):
        services.stats.period_stats(scenario["chief1"], datetime(2026, 10, 1), datetime(2026, 11, 1))


# -- the demo history -------------------------------------------------------------------------------
def test_history_seed_is_fast_consistent_and_audited(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "seed_authorization_history", lambda *a, **k: {})
    demo.seed_demo(services.db)
    now = at("2026-11-23", 6, 0)
    started = time.perf_counter()
    summary = seed_authorization_history(services.db, random.Random(5), months=6, now=now)
    elapsed = time.perf_counter() - started
    assert elapsed < 1.0, elapsed
    assert 300 <= summary["requests"] <= 900 and summary["two_level"] > 5
    assert summary["rejected"] > 5 and summary["resubmitted"] > 10 and summary["cancelled"] > 0

    _version, policy = services.authorization.policy(ROOT)
    with services.db.read() as s:
        users = {u.id: u for u in s.scalars(select(User))}
        requests = list(s.scalars(select(AuthRequest)))
        assert len(requests) == summary["requests"]
        for r in requests:
            assert r.created_at < now and r.created_at >= at("2026-04-01", 0, 0)
            assert r.status in ("approved", "rejected", "cancelled")
            teller = users[r.teller_id]
            assert "teller" in teller.role_codes
            decisions = sorted(r.decisions, key=lambda d: (d.at, d.id))
            assert all(d.authorizer_id != r.teller_id for d in decisions), r.id  # never their own
            approvers = [d.authorizer_id for d in decisions if d.decision == "approve"]
            assert len(approvers) == len(set(approvers)), r.id  # nobody approves twice
            times = [r.created_at, *(d.at for d in decisions)]
            assert times == sorted(times)
            assert r.submissions == 1 + sum(d.decision == "return" for d in decisions) - (
                1 if r.status == "cancelled" and decisions and decisions[-1].decision == "return" else 0
            )
            for d in decisions:
                who = users[d.authorizer_id]
                limit = policy.limit(who.username, set(who.role_codes), r.currency, r.business_type)
                assert r.amount_fen <= limit.authorize, (r.id, who.username)
                assert d.mode == r.mode
                if d.mode == "local":
                    assert "supervisor" in who.role_codes
            route = policy.route(r.business_type, r.amount_fen)
            assert route.needs_authorization and r.levels_required == route.levels and r.mode in route.modes
            if r.status == "approved":
                final = decisions[-r.levels_required :]  # the levels of the last submission
                assert [d.decision for d in final] == ["approve"] * r.levels_required
                assert [d.level for d in final] == list(range(1, r.levels_required + 1))
                assert len({d.authorizer_id for d in final}) == r.levels_required  # two posts: two people
                assert r.decided_at == decisions[-1].at
            if r.status == "rejected":
                assert decisions[-1].decision == "reject" and r.decided_at == decisions[-1].at
    entries, _ = services.audit.query(ROOT, AuditQuery(action_prefix="demo.authz_history"))
    assert len(entries) == 1 and entries[0].after["requests"] == summary["requests"]  # type: ignore[index]
    sequence_all(services.db)  # chain what the operations recorded
    report = audit.verify_chain(services.db)
    assert report.ok and report.pending == 0 and report.checked > 0

    supervisor = services.identity.authenticate("supervisor", demo.DEMO_PASSWORD)
    assert services.identity.authenticate("supervisor2", demo.DEMO_PASSWORD).username == "supervisor2"
    stats = services.stats.quarterly(supervisor, 2026, 3)
    assert {g.key for g in stats.stats.by_branch} == {"BR01", "BR02", "BR03"}
    assert {g.name_zh for g in stats.stats.by_branch} >= {"城西支行", "高新区支行"}
    assert len(stats.stats.by_authorizer) >= 4 and len(stats.stats.by_teller) >= 4
    assert stats.previous.total.submitted > 0  # the previous quarter is complete
    assert {"slow_authorizer", "reject_business"} <= {f.code for f in stats.findings}


def test_seed_demo_includes_the_history(services: Services) -> None:
    demo.seed_demo(services.db)
    with services.db.read() as s:
        assert len(list(s.scalars(select(AuthRequest.id)))) > 200
    assert services.authorization.queue(ROOT) == []  # history only: nothing waits in the live queue


# -- the PDF reports --------------------------------------------------------------------------------
def _pdf_text(path: Path) -> tuple[str, int]:
    """Text and page count of a PDF (pdftotext when installed, else PDFium)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        pages = len(doc)
        if shutil.which("pdftotext"):
            text = subprocess.run(
                ["pdftotext", "-layout", str(path), "-"],
                capture_output=True,
                text=True,
                check=True,
                timeout=30,
            ).stdout
        else:
            text = "\n".join(doc[i].get_textpage().get_text_range() for i in range(pages))
    finally:
        doc.close()
    return text, pages


@pytest.fixture
def reports():  # type: ignore[no-untyped-def]
    pytest.importorskip("reportlab")  # not in the core-only environment
    from app.reports import pdf

    try:
        pdf.find_cjk_font()
    except pdf.FontMissing as exc:
        pytest.skip(str(exc))
    from app.reports import authz

    return authz


def test_monthly_and_quarterly_pdf(
    services: Services, scenario: dict[str, Principal], reports, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    stats: PeriodStats = services.stats.monthly(scenario["chief1"], 2026, 10)
    path = reports.monthly_report(stats, tmp_path / "monthly.pdf")
    assert path.read_bytes().startswith(b"%PDF")
    text, pages = _pdf_text(path)
    assert "授权业务月度统计报表" in text and "2026年10月" in text and "示范银行" in text
    assert "57.1%" in text and "20.0 分钟" in text and "36.0 分钟" in text  # approval rate, median, p90
    assert "现金取款" in text and "按授权人统计" in text and "CHIEF1" in text
    compact = "".join(text.split())  # pdftotext drops the spaces between CJK and digits
    assert f"第1页/共{pages}页" in compact and f"第{pages}页/共{pages}页" in compact

    english = reports.monthly_report(stats, tmp_path / "monthly_en.pdf", "en", bank_name="Test Bank")
    text, pages = _pdf_text(english)
    assert "Authorization statistics" in text and "October 2026" in text and "Test Bank" in text
    assert f"Page {pages} of {pages}" in text and "Cash withdrawal" in text

    analysis = services.stats.quarterly(scenario["chief1"], 2026, 4, now=AFTER_Q4)
    path = reports.quarterly_report(analysis, tmp_path / "sub" / "quarterly.pdf")
    text, pages = _pdf_text(path)
    assert "授权业务季度分析报告" in text and "2026年第4季度" in text and "主要发现" in text
    assert "上升 250.0%" in text and "与上季度比较" in text and pages >= 2
    assert not list(tmp_path.glob("**/*.part"))


def test_report_documents_and_html(services: Services, scenario: dict[str, Principal], reports) -> None:  # type: ignore[no-untyped-def]
    from app.reports import Table, to_html

    stats = services.stats.monthly(scenario["chief1"], 2026, 10)
    doc = reports.monthly_document(stats, "zh_CN")
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 4 and tables[0].rows[0][0] == "BR01" and tables[0].total is not None
    html = to_html(doc)
    assert "授权业务月度统计报表" in html and "<table" in html and "57.1%" in html
    mapping = reports.english_to_chinese()
    assert mapping["Approval rate"] == "通过率" and all(mapping.values())


def test_a_missing_cjk_font_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, reports) -> None:  # type: ignore[no-untyped-def]
    from app import fonts
    from app.reports import pdf

    pdf.find_cjk_font.cache_clear()
    fonts.cjk_fonts.cache_clear()
    monkeypatch.setattr(fonts, "_candidates", lambda role, truetype: iter(()))
    try:
        with pytest.raises(pdf.FontMissing, match="fonts-wqy-microhei"):
            pdf.find_cjk_font()
    finally:
        pdf.find_cjk_font.cache_clear()
        fonts.cjk_fonts.cache_clear()


def test_service_is_part_of_the_services(services: Services) -> None:
    assert isinstance(services.stats, AuthzStatsService)
    assert AuthzStatsService.month(2026, 2)[1] - AuthzStatsService.month(2026, 2)[0] == timedelta(days=28)


# -- the bank's time zone -----------------------------------------------------------------------------
def test_periods_are_local_months_and_quarters(services: Services) -> None:
    """A request decided at 2026-03-31 17:30 UTC (01:30 on 1 April in Shanghai) counts in April and
    in the second quarter, on the local day 1 April; a bank configured for UTC counts it in March."""
    teller = user(services, "teller1", Role.TELLER)
    rev = user(services, "rev1", Role.REVIEWER)
    chief = user(services, "chief1", Role.SUPERVISOR)
    rid = rid_of(services.authorization.submit(teller, draft("CASH_WD", 60_000, "BR01")))
    services.authorization.claim(rev, rid)
    services.authorization.decide(rev, rid, "approve", "")
    set_times(services, rid, at("2026-03-31", 17, 25), at("2026-03-31", 17, 30))

    april, march = services.stats.monthly(chief, 2026, 4), services.stats.monthly(chief, 2026, 3)
    assert (april.total.submitted, april.total.approved, march.total.submitted) == (1, 1, 0)
    assert april.start == at("2026-03-31", 16, 0) and april.label("en") == "April 2026"
    assert april.daily[0].day == date(2026, 4, 1) and (april.daily[0].submitted, april.daily[0].decided) == (
        1,
        1,
    )
    assert len(april.daily) == 30 and april.decisions == 1 and april.zone_name == "Asia/Shanghai"
    q2, q1 = services.stats.quarterly(chief, 2026, 2), services.stats.quarterly(chief, 2026, 1)
    assert q2.stats.total.submitted == 1 and [m.total.submitted for m in q2.months] == [1, 0, 0]
    assert q1.stats.total.submitted == 0 and q2.previous.total.submitted == 0

    in_utc = AuthzStatsService(services.db, "UTC")
    assert in_utc.monthly(chief, 2026, 3).total.submitted == 1
    assert in_utc.monthly(chief, 2026, 4).total.submitted == 0
    assert in_utc.quarterly(chief, 2026, 1).stats.total.submitted == 1
    assert in_utc.month(2026, 4) == (at("2026-04-01", 0, 0), at("2026-05-01", 0, 0))
    assert services.stats.month(2026, 4) == AuthzStatsService.month(2026, 4)  # the default zone


def test_demo_history_gives_six_local_months(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo, "seed_authorization_history", lambda *a, **k: {})
    demo.seed_demo(services.db)
    summary = seed_authorization_history(services.db, random.Random(5), months=6, now=at("2026-10-05", 6, 0))
    supervisor = services.identity.authenticate("supervisor", demo.DEMO_PASSWORD)
    months = [services.stats.monthly(supervisor, 2026, m) for m in range(4, 11)]
    assert all(m.total.submitted > 0 for m in months[:6])  # April to September: two whole quarters
    assert services.stats.monthly(supervisor, 2026, 3).total.submitted == 0
    assert sum(m.total.submitted for m in months) == summary["requests"]  # every request in a local month
    quarters = [services.stats.quarterly(supervisor, 2026, q) for q in (2, 3)]
    assert [len(q.months) for q in quarters] == [3, 3] and all(q.stats.total.submitted for q in quarters)


# -- the KPI block ------------------------------------------------------------------------------------
def test_the_kpi_block_is_the_reports_summary(services: Services, scenario: dict[str, Principal]) -> None:
    from app.reports import KpiGrid

    stats = services.stats.monthly(scenario["chief1"], 2026, 10)
    block = kpi_block(stats)
    assert tuple(k.key for k in block.items) == KPI_KEYS and len(KPI_KEYS) == 12
    kpis = {k.key: k for k in block.items}
    assert (kpis["submitted"].label, kpis["submitted"].value, kpis["submitted"].note) == (
        "申请笔数",
        "7",
        "1 笔尚未办结",
    )
    assert kpis["approval"].value == "57.1%" and kpis["median"].value == "20.0 分钟"
    assert kpis["p90"].label == "办理时长90分位" and not any(k.warn for k in block.items)
    english = {k.key: k for k in kpi_block(stats, "en").items}
    assert english["remote"].note == "local 1 · remote 6" and english["decided"].label == "Decided"
    assert kpi_labels("en")["decisions"] == "Decisions taken"
    pytest.importorskip("reportlab")
    from app.reports import authz

    assert [b for b in authz.monthly_document(stats).blocks if isinstance(b, KpiGrid)] == [block]
    analysis = services.stats.quarterly(scenario["chief1"], 2026, 4, now=AFTER_Q4)
    quarterly = [b for b in authz.quarterly_document(analysis, "en").blocks if isinstance(b, KpiGrid)]
    assert quarterly == [kpi_block(analysis, "en")]
    assert quarterly[0].items[0].note == "vs previous quarter +5 (+250.0%)"


def test_kpi_warnings_follow_the_named_thresholds(services: Services, scenario: dict[str, Principal]) -> None:
    analysis = services.stats.quarterly(scenario["chief1"], 2026, 4, now=AFTER_Q4)
    prev_median = analysis.previous.total.median_s
    assert prev_median is not None

    def warned(**change: float) -> dict[str, str]:
        shifted = replace(analysis, comparison=replace(analysis.comparison, **change))
        return {k.key: k.hint for k in kpi_block(shifted, "en").items if k.warn}

    assert warned() == {}  # approval up 7.1 points, median 10 minutes faster
    assert warned(approval_rate_delta=-APPROVAL_DROP_WARN) == {}  # at the threshold: no warning
    dropped = warned(approval_rate_delta=-APPROVAL_DROP_WARN - 0.001)
    assert set(dropped) == {"approval"} and "2.0 points" in dropped["approval"]
    assert warned(median_delta_s=MEDIAN_RISE_WARN * prev_median) == {}
    slower = warned(median_delta_s=MEDIAN_RISE_WARN * prev_median + 1)
    assert set(slower) == {"median"} and "20%" in slower["median"]
    zh = replace(analysis, comparison=replace(analysis.comparison, approval_rate_delta=-0.05))
    assert "2.0 个百分点" in {k.key: k for k in kpi_block(zh).items}["approval"].hint
