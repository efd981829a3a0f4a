"""Authorization statistics (授权业务统计): monthly figures of quality and efficiency and the
quarterly analysis. Read-only; any thread (one read session per call).

Definitions (the reports print them too):

- The requests *of a period* are those submitted in it (``created_at`` in ``[start, end)``, UTC).
  Their outcome is their status now: approved, rejected, cancelled, or still open (pending, claimed,
  or returned and not yet resubmitted). Every rate is a share of the requests submitted; the
  return rate counts requests returned for correction at least once (a resubmitted request that
  was then approved counts as approved *and* as returned).
- *Decided* requests are the approved and rejected ones; their time to decision runs from
  ``created_at`` to ``decided_at`` of the final decision (so it includes any return and
  resubmission). Percentiles interpolate linearly between ranks (the median of an even count is
  the mean of the middle two).
- Authorizer figures count the decisions *taken* in the period (``auth_decisions.at``), whatever
  the request's submission date. An authorizer's response time runs from the request reaching
  their level (its submission, or the previous level's approval) to their decision; decisions on
  a resubmitted request are counted but not timed (a resubmission's time is not kept on the row).

Counts are grouped in SQL (SQLite and PostgreSQL alike); percentiles and day buckets are computed
in Python from the timestamps.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, case, exists, func, select
from sqlalchemy.orm import Session

from app.authz_policy import parse_policy
from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import AuthDecision, AuthPolicyVersion, AuthRequest, Meta, Site, User
from app.errors import ValidationError
from app.paths import RESOURCES
from app.rbac import Permission, Principal
from app.services.guard import authorize

Range = tuple[datetime, datetime]
OPEN_STATUSES = ("pending", "claimed", "returned")
FINAL_STATUSES = ("approved", "rejected")
# meta key naming branches that have no site record: {"BR02": ["城西支行", "Chengxi Sub-branch"]}
BRANCH_NAMES_KEY = "branch_names"
MIN_GROUP = 5  # a finding about a group needs at least this many requests or timed decisions
SHIPPED_POLICY = RESOURCES / "authz" / "policy.json"


# -- periods ------------------------------------------------------------------------------------
def month(year: int, m: int) -> Range:
    """[start, end) of a calendar month, UTC."""
    if not 1 <= m <= 12:
        raise ValidationError(f"month {m} is not 1-12", field="month", problem="range")
    start = datetime(year, m, 1, tzinfo=UTC)
    end = datetime(year + (m == 12), m % 12 + 1, 1, tzinfo=UTC)
    return start, end


def quarter(year: int, q: int) -> Range:
    """[start, end) of a calendar quarter, UTC."""
    if not 1 <= q <= 4:
        raise ValidationError(f"quarter {q} is not 1-4", field="quarter", problem="range")
    return month(year, 3 * q - 2)[0], month(year, 3 * q)[1]


def previous_quarter(year: int, q: int) -> tuple[int, int]:
    return (year - 1, 4) if q == 1 else (year, q - 1)


def period_label(start: datetime, end: datetime, language: str = "zh_CN") -> str:
    """The period in words: 2026年10月, 2026年第3季度, or its days; English: October 2026, Q3 2026."""
    zh = language != "en"
    if start.day == 1 and start.hour == 0 and (start, end) == month(start.year, start.month):
        return f"{start.year}年{start.month}月" if zh else start.strftime("%B %Y")
    q = (start.month - 1) // 3 + 1
    if start.month % 3 == 1 and start.day == 1 and (start, end) == quarter(start.year, q):
        return f"{start.year}年第{q}季度" if zh else f"Q{q} {start.year}"
    last = (end - timedelta(microseconds=1)).date()
    sep = " 至 " if zh else " – "
    return f"{start.date().isoformat()}{sep}{last.isoformat()}"


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear interpolation between closest ranks (numpy's default); None for no values."""
    if not values:
        return None
    xs = sorted(values)
    pos = (len(xs) - 1) * q
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


# -- results ------------------------------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class GroupStats:
    """Requests submitted in the period for one branch, business type, teller (or all of them)."""

    key: str
    name_zh: str
    name_en: str
    submitted: int = 0
    approved: int = 0
    rejected: int = 0
    cancelled: int = 0
    open: int = 0  # pending, claimed, or returned and not resubmitted yet
    returned: int = 0  # returned for correction at least once
    remote: int = 0
    two_level: int = 0
    resubmissions: int = 0  # sum of (submissions - 1)
    resubmitted: int = 0  # requests submitted more than once
    median_s: float | None = None  # time to decision of the decided ones
    p90_s: float | None = None

    def name(self, language: str = "zh_CN") -> str:
        return self.name_en if language == "en" else self.name_zh

    @property
    def decided(self) -> int:
        return self.approved + self.rejected

    @property
    def local(self) -> int:
        return self.submitted - self.remote

    @property
    def approval_rate(self) -> float:
        return _ratio(self.approved, self.submitted)

    @property
    def rejection_rate(self) -> float:
        return _ratio(self.rejected, self.submitted)

    @property
    def return_rate(self) -> float:
        return _ratio(self.returned, self.submitted)

    @property
    def cancel_rate(self) -> float:
        return _ratio(self.cancelled, self.submitted)

    @property
    def remote_share(self) -> float:
        return _ratio(self.remote, self.submitted)

    @property
    def two_level_share(self) -> float:
        return _ratio(self.two_level, self.submitted)


@dataclass(frozen=True, kw_only=True)
class AuthorizerStats:
    """Decisions one authorizer took in the period."""

    key: str  # username
    user_id: int
    name: str  # display name
    decisions: int = 0
    approved: int = 0
    rejected: int = 0
    returned: int = 0
    local: int = 0
    remote: int = 0
    second_level: int = 0  # decisions on the second level of a two-level request
    timed: int = 0  # decisions with a known response time
    median_s: float | None = None  # response time
    p90_s: float | None = None

    @property
    def approval_rate(self) -> float:
        return _ratio(self.approved, self.decisions)

    @property
    def rejection_rate(self) -> float:
        return _ratio(self.rejected, self.decisions)

    @property
    def return_rate(self) -> float:
        return _ratio(self.returned, self.decisions)


@dataclass(frozen=True)
class DayCount:
    day: date
    submitted: int  # requests submitted that day
    decided: int  # final decisions (approved or rejected) taken that day, whenever submitted


@dataclass(frozen=True)
class PeriodStats:
    start: datetime
    end: datetime
    total: GroupStats
    decisions: int  # authorizers' decisions taken in the period (every level, approve/reject/return)
    response_median_s: float | None  # over every timed decision of the period
    approved_amounts: tuple[tuple[str, int], ...]  # (currency, fen) of the approved requests
    by_branch: tuple[GroupStats, ...]
    by_business: tuple[GroupStats, ...]
    by_teller: tuple[GroupStats, ...]
    by_authorizer: tuple[AuthorizerStats, ...]
    daily: tuple[DayCount, ...]
    generated_at: datetime
    generated_by: str  # display name of who asked for the figures
    generated_by_user: str = ""  # their username

    def label(self, language: str = "zh_CN") -> str:
        return period_label(self.start, self.end, language)


@dataclass(frozen=True)
class QuarterComparison:
    """This quarter against the previous one (rates in fractions, times in seconds)."""

    volume_delta: int
    volume_pct: float | None  # None when the previous quarter had no requests
    approval_rate_delta: float
    rejection_rate_delta: float
    return_rate_delta: float
    median_delta_s: float | None
    p90_delta_s: float | None


@dataclass(frozen=True)
class Finding:
    """One observation of the analysis; ``text(language)`` says it as a sentence."""

    code: str
    subject_zh: str = ""
    subject_en: str = ""
    value: float = 0.0
    reference: float | None = None
    count: int = 0
    warn: bool = False
    extra: Mapping[str, Any] = field(default_factory=dict)

    def text(self, language: str = "zh_CN") -> str:
        return finding_text(self, language)


@dataclass(frozen=True)
class QuarterAnalysis:
    year: int
    quarter: int
    stats: PeriodStats
    months: tuple[PeriodStats, ...]
    previous: PeriodStats
    comparison: QuarterComparison
    findings: tuple[Finding, ...]

    def label(self, language: str = "zh_CN") -> str:
        return self.stats.label(language)


# -- the service --------------------------------------------------------------------------------
class AuthzStatsService:
    month = staticmethod(month)
    quarter = staticmethod(quarter)

    def __init__(self, db: Database) -> None:
        self.db = db

    def period_stats(self, actor: Principal, start: datetime, end: datetime) -> PeriodStats:
        actor = authorize(self.db, actor, Permission.STATS_READ, "view authorization statistics")
        _check_range(start, end)
        with self.db.read() as s:
            names = _Names.load(s)
            return _period(s, names, start, end, _who(actor))

    def monthly(self, actor: Principal, year: int, m: int) -> PeriodStats:
        return self.period_stats(actor, *month(year, m))

    def quarterly(self, actor: Principal, year: int, q: int) -> QuarterAnalysis:
        """The quarter, its three months, the previous quarter, the comparison and the findings."""
        actor = authorize(self.db, actor, Permission.STATS_READ, "view authorization statistics")
        start, end = quarter(year, q)
        who = _who(actor)
        with self.db.read() as s:
            names = _Names.load(s)
            stats = _period(s, names, start, end, who)
            months = tuple(_period(s, names, *month(year, 3 * q - 2 + i), who) for i in range(3))
            previous = _period(s, names, *quarter(*previous_quarter(year, q)), who)
        comparison = _compare(stats.total, previous.total)
        findings = _findings(stats, months, previous, comparison)
        return QuarterAnalysis(year, q, stats, months, previous, comparison, findings)


def _who(actor: Principal) -> tuple[str, str]:
    return actor.display_name, actor.username


def _check_range(start: datetime, end: datetime) -> None:
    if start.tzinfo is None or end.tzinfo is None:
        raise ValidationError("period bounds must carry a time zone", field="period", problem="format")
    if not start < end:
        raise ValidationError("the period must end after it starts", field="period", problem="range")


@dataclass
class _Names:
    users: dict[int, tuple[str, str]]  # id -> (username, display name)
    business: dict[str, tuple[str, str]]
    branches: dict[str, tuple[str, str]]

    @classmethod
    def load(cls, s: Session) -> _Names:
        users = {uid: (u, d) for uid, u, d in s.execute(select(User.id, User.username, User.display_name))}
        business: dict[str, tuple[str, str]] = {}
        sources = [SHIPPED_POLICY.read_text(encoding="utf-8")]
        sources += list(s.scalars(select(AuthPolicyVersion.policy).order_by(AuthPolicyVersion.version)))
        for text in sources:
            try:
                policy = parse_policy(text)
            except ValueError:
                continue
            business.update({c: (b.name_zh, b.name_en) for c, b in policy.business.items()})
        branches: dict[str, tuple[str, str]] = {}
        meta = s.get(Meta, BRANCH_NAMES_KEY)
        if meta is not None:
            try:
                extra = json.loads(meta.value)
                branches.update({str(k): (str(v[0]), str(v[1])) for k, v in dict(extra).items()})
            except (ValueError, TypeError, IndexError, KeyError):
                pass
        branches.update(
            {c: (zh, en) for c, zh, en in s.execute(select(Site.code, Site.name_zh, Site.name_en))}
        )
        return cls(users, business, branches)

    def user(self, uid: int) -> tuple[str, str]:
        return self.users.get(uid, (f"#{uid}", f"#{uid}"))


def _count(cond: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)


def _request_columns() -> tuple[ColumnElement[Any], ...]:
    returned_ever = exists().where(
        AuthDecision.request_id == AuthRequest.id, AuthDecision.decision == "return"
    )
    return (
        func.count(AuthRequest.id),
        _count(AuthRequest.status == "approved"),
        _count(AuthRequest.status == "rejected"),
        _count(AuthRequest.status == "cancelled"),
        _count(AuthRequest.status.in_(OPEN_STATUSES)),
        _count(returned_ever),
        _count(AuthRequest.mode == "remote"),
        _count(AuthRequest.levels_required >= 2),
        func.coalesce(func.sum(AuthRequest.submissions - 1), 0),
        _count(AuthRequest.submissions > 1),
    )


_COUNT_FIELDS = (
    "submitted",
    "approved",
    "rejected",
    "cancelled",
    "open",
    "returned",
    "remote",
    "two_level",
    "resubmissions",
    "resubmitted",
)


def _period(s: Session, names: _Names, start: datetime, end: datetime, who: tuple[str, str]) -> PeriodStats:
    in_period = (AuthRequest.created_at >= start) & (AuthRequest.created_at < end)

    def grouped(key: Any) -> dict[Any, dict[str, int]]:
        cols = _request_columns()
        q = select(*((key,) if key is not None else ()), *cols).where(in_period)
        if key is not None:
            q = q.group_by(key)
        out: dict[Any, dict[str, int]] = {}
        for row in s.execute(q):
            k = row[0] if key is not None else None
            values = row[1:] if key is not None else row
            out[k] = {f: int(v or 0) for f, v in zip(_COUNT_FIELDS, values, strict=True)}
        return out

    # Times to decision of the decided requests, with their group keys.
    durations: dict[str, dict[Any, list[float]]] = {
        "all": defaultdict(list),
        "branch": defaultdict(list),
        "business": defaultdict(list),
        "teller": defaultdict(list),
    }
    decided_rows = s.execute(
        select(
            AuthRequest.branch,
            AuthRequest.business_type,
            AuthRequest.teller_id,
            AuthRequest.created_at,
            AuthRequest.decided_at,
        ).where(in_period, AuthRequest.status.in_(FINAL_STATUSES), AuthRequest.decided_at.is_not(None))
    )
    for branch, business, teller, created, decided in decided_rows:
        if decided is None:
            continue
        seconds = (decided - created).total_seconds()
        durations["all"][None].append(seconds)
        durations["branch"][branch].append(seconds)
        durations["business"][business].append(seconds)
        durations["teller"][teller].append(seconds)

    def build(
        kind: str, key: Any, counts: Mapping[str, int], label: tuple[str, str], code: str
    ) -> GroupStats:
        times = durations[kind].get(key, [])
        return GroupStats(
            key=code,
            name_zh=label[0],
            name_en=label[1],
            median_s=percentile(times, 0.5),
            p90_s=percentile(times, 0.9),
            **counts,
        )

    total_counts = grouped(None).get(None) or dict.fromkeys(_COUNT_FIELDS, 0)
    total = build("all", None, total_counts, ("全部", "All"), "*")
    by_branch = sorted(
        (
            build("branch", k, c, names.branches.get(k, (k, k)), k)
            for k, c in grouped(AuthRequest.branch).items()
        ),
        key=lambda g: g.key,
    )
    business_order = list(names.business)
    by_business = sorted(
        (
            build("business", k, c, names.business.get(k, (k, k)), k)
            for k, c in grouped(AuthRequest.business_type).items()
        ),
        key=lambda g: (
            business_order.index(g.key) if g.key in business_order else len(business_order),
            g.key,
        ),
    )
    by_teller = sorted(
        (
            build("teller", k, c, (names.user(k)[1], names.user(k)[1]), names.user(k)[0])
            for k, c in grouped(AuthRequest.teller_id).items()
        ),
        key=lambda g: (-g.submitted, g.key),
    )

    authorizers, response_median = _authorizers(s, names, start, end)
    amounts = tuple(
        (str(cur), int(fen or 0))
        for cur, fen in s.execute(
            select(AuthRequest.currency, func.sum(AuthRequest.amount_fen))
            .where(in_period, AuthRequest.status == "approved")
            .group_by(AuthRequest.currency)
            .order_by(AuthRequest.currency)
        )
    )
    daily = _daily(s, start, end)
    return PeriodStats(
        start=start,
        end=end,
        total=total,
        decisions=sum(a.decisions for a in authorizers),
        response_median_s=response_median,
        approved_amounts=amounts,
        by_branch=tuple(by_branch),
        by_business=tuple(by_business),
        by_teller=tuple(by_teller),
        by_authorizer=authorizers,
        daily=daily,
        generated_at=utcnow(),
        generated_by=who[0],
        generated_by_user=who[1],
    )


def _authorizers(
    s: Session, names: _Names, start: datetime, end: datetime
) -> tuple[tuple[AuthorizerStats, ...], float | None]:
    taken = (AuthDecision.at >= start) & (AuthDecision.at < end)
    counts = s.execute(
        select(
            AuthDecision.authorizer_id,
            func.count(AuthDecision.id),
            _count(AuthDecision.decision == "approve"),
            _count(AuthDecision.decision == "reject"),
            _count(AuthDecision.decision == "return"),
            _count(AuthDecision.mode == "local"),
            _count(AuthDecision.mode == "remote"),
            _count(AuthDecision.level >= 2),
        )
        .where(taken)
        .group_by(AuthDecision.authorizer_id)
    ).all()
    # Response times: every decision of the requests decided on in the period, in order, so each
    # decision finds the step before it (the submission or the previous decision).
    touched = select(AuthDecision.request_id).where(taken).distinct().scalar_subquery()
    history = s.execute(
        select(
            AuthDecision.request_id,
            AuthDecision.authorizer_id,
            AuthDecision.decision,
            AuthDecision.at,
            AuthRequest.created_at,
        )
        .join(AuthRequest, AuthRequest.id == AuthDecision.request_id)
        .where(AuthDecision.request_id.in_(touched))
        .order_by(AuthDecision.request_id, AuthDecision.at, AuthDecision.id)
    )
    times: dict[int, list[float]] = defaultdict(list)
    previous: tuple[int, str, datetime] | None = None  # (request id, decision, at)
    for request_id, authorizer, decision, at, created in history:
        same = previous is not None and previous[0] == request_id
        if start <= at < end:
            if not same:
                times[authorizer].append((at - created).total_seconds())
            elif previous is not None and previous[1] != "return":
                times[authorizer].append((at - previous[2]).total_seconds())
        previous = (request_id, decision, at)
    result = []
    for uid, n, approve, reject, ret, local, remote, second in counts:
        username, display = names.user(uid)
        t = times.get(uid, [])
        result.append(
            AuthorizerStats(
                key=username,
                user_id=uid,
                name=display,
                decisions=int(n),
                approved=int(approve),
                rejected=int(reject),
                returned=int(ret),
                local=int(local),
                remote=int(remote),
                second_level=int(second),
                timed=len(t),
                median_s=percentile(t, 0.5),
                p90_s=percentile(t, 0.9),
            )
        )
    result.sort(key=lambda a: (-a.decisions, a.key))
    every = [x for t in times.values() for x in t]
    return tuple(result), percentile(every, 0.5)


def _daily(s: Session, start: datetime, end: datetime) -> tuple[DayCount, ...]:
    submitted: dict[date, int] = defaultdict(int)
    decided: dict[date, int] = defaultdict(int)
    for (ts,) in s.execute(
        select(AuthRequest.created_at).where(AuthRequest.created_at >= start, AuthRequest.created_at < end)
    ):
        submitted[ts.date()] += 1
    for (done,) in s.execute(
        select(AuthRequest.decided_at).where(
            AuthRequest.status.in_(FINAL_STATUSES),
            AuthRequest.decided_at >= start,
            AuthRequest.decided_at < end,
        )
    ):
        if done is not None:
            decided[done.date()] += 1
    days: list[DayCount] = []
    day = start.astimezone(UTC).date()
    last = (end - timedelta(microseconds=1)).astimezone(UTC).date()
    while day <= last:
        days.append(DayCount(day, submitted.get(day, 0), decided.get(day, 0)))
        day += timedelta(days=1)
    return tuple(days)


# -- the quarterly analysis ---------------------------------------------------------------------
def _compare(cur: GroupStats, prev: GroupStats) -> QuarterComparison:
    def delta(a: float | None, b: float | None) -> float | None:
        return None if a is None or b is None else a - b

    return QuarterComparison(
        volume_delta=cur.submitted - prev.submitted,
        volume_pct=(cur.submitted - prev.submitted) / prev.submitted if prev.submitted else None,
        approval_rate_delta=cur.approval_rate - prev.approval_rate,
        rejection_rate_delta=cur.rejection_rate - prev.rejection_rate,
        return_rate_delta=cur.return_rate - prev.return_rate,
        median_delta_s=delta(cur.median_s, prev.median_s),
        p90_delta_s=delta(cur.p90_s, prev.p90_s),
    )


def _findings(
    stats: PeriodStats,
    months: Sequence[PeriodStats],
    previous: PeriodStats,
    cmp: QuarterComparison,
) -> tuple[Finding, ...]:
    """The top observations, most telling first: the change on the previous quarter, then where
    quality or speed stands out (highest rejection and return rates, the slowest authorizer)."""
    total = stats.total
    out: list[Finding] = []
    if total.submitted == 0:
        return (Finding("no_requests"),)
    if cmp.volume_pct is None:
        out.append(Finding("volume_new", count=total.submitted))
    else:
        code = (
            "volume_up" if cmp.volume_delta > 0 else "volume_down" if cmp.volume_delta < 0 else "volume_flat"
        )
        out.append(
            Finding(
                code, value=abs(cmp.volume_pct), reference=previous.total.submitted, count=total.submitted
            )
        )
    if previous.total.submitted:
        d = cmp.approval_rate_delta
        out.append(
            Finding(
                "approval_up" if d >= 0.0005 else "approval_down" if d <= -0.0005 else "approval_flat",
                value=abs(d),
                reference=previous.total.approval_rate,
                extra={"current": total.approval_rate},
                warn=cmp.approval_rate_delta < -0.02,
            )
        )
        if (
            cmp.median_delta_s is not None
            and previous.total.median_s is not None
            and total.median_s is not None
        ):
            out.append(
                Finding(
                    "median_flat"
                    if abs(cmp.median_delta_s) < 3
                    else "median_slower"
                    if cmp.median_delta_s > 0
                    else "median_faster",
                    value=abs(cmp.median_delta_s),
                    reference=previous.total.median_s,
                    extra={"current": total.median_s},
                    warn=cmp.median_delta_s > 0.2 * previous.total.median_s,
                )
            )
    worst_business = _top(
        (g for g in stats.by_business if g.submitted >= MIN_GROUP and g.rejected), lambda g: g.rejection_rate
    )
    if worst_business is not None:
        out.append(
            Finding(
                "reject_business",
                worst_business.name_zh,
                worst_business.name_en,
                value=worst_business.rejection_rate,
                reference=total.rejection_rate,
                count=worst_business.rejected,
                warn=worst_business.rejection_rate > 2 * total.rejection_rate,
            )
        )
    timed = [a for a in stats.by_authorizer if a.timed >= MIN_GROUP and a.median_s is not None]
    if len(timed) >= 2 and stats.response_median_s is not None:
        slowest = max(timed, key=lambda a: (a.median_s or 0.0, a.key))
        out.append(
            Finding(
                "slow_authorizer",
                slowest.name,
                slowest.name,
                value=slowest.median_s or 0.0,
                reference=stats.response_median_s,
                count=slowest.decisions,
                warn=(slowest.median_s or 0.0) > 1.5 * stats.response_median_s,
            )
        )
    worst_teller = _top(
        (g for g in stats.by_teller if g.submitted >= MIN_GROUP and g.returned), lambda g: g.return_rate
    )
    if worst_teller is not None:
        out.append(
            Finding(
                "return_teller",
                worst_teller.name_zh,
                worst_teller.name_en,
                value=worst_teller.return_rate,
                reference=total.return_rate,
                count=worst_teller.returned,
                warn=worst_teller.return_rate > 2 * total.return_rate,
            )
        )
    if stats.decisions:
        busiest = stats.by_authorizer[0]
        share = busiest.decisions / stats.decisions
        if len(stats.by_authorizer) >= 2 and share >= 0.4:
            out.append(
                Finding(
                    "busy_authorizer",
                    busiest.name,
                    busiest.name,
                    value=share,
                    count=busiest.decisions,
                    warn=share >= 0.6,
                )
            )
    peak = max(months, key=lambda m: m.total.submitted) if months else None
    if peak is not None and peak.total.submitted:
        out.append(
            Finding(
                "peak_month",
                peak.label("zh_CN"),
                peak.label("en"),
                value=peak.total.submitted / total.submitted,
                count=peak.total.submitted,
            )
        )
    return tuple(out)


def _top(groups: Iterable[GroupStats], score: Any) -> GroupStats | None:
    ranked = sorted(groups, key=lambda g: (-score(g), -g.submitted, g.key))
    return ranked[0] if ranked else None


# -- sentences ----------------------------------------------------------------------------------
# English template -> Chinese template. The keys are also the English sentences (``language="en"``).
FINDING_TEMPLATES: dict[str, tuple[str, str]] = {
    "no_requests": ("No authorization requests were submitted in this quarter.", "本季度无授权申请。"),
    "volume_new": (
        "{count} requests were submitted; the previous quarter had none to compare with.",
        "本季度受理授权申请 {count} 笔，上季度无可比数据。",
    ),
    "volume_up": (
        "Volume rose {pct} on the previous quarter ({ref} → {count} requests).",
        "授权申请笔数较上季度上升 {pct}（{ref} → {count} 笔）。",
    ),
    "volume_down": (
        "Volume fell {pct} on the previous quarter ({ref} → {count} requests).",
        "授权申请笔数较上季度下降 {pct}（{ref} → {count} 笔）。",
    ),
    "volume_flat": (
        "Volume was unchanged on the previous quarter ({count} requests).",
        "授权申请笔数与上季度持平（{count} 笔）。",
    ),
    "approval_up": (
        "The approval rate rose {delta} points to {current} (previous quarter {ref}).",
        "授权通过率上升 {delta} 个百分点，达到 {current}（上季度 {ref}）。",
    ),
    "approval_down": (
        "The approval rate fell {delta} points to {current} (previous quarter {ref}).",
        "授权通过率下降 {delta} 个百分点，为 {current}（上季度 {ref}）。",
    ),
    "approval_flat": (
        "The approval rate held at {current} (previous quarter {ref}).",
        "授权通过率保持在 {current}（上季度 {ref}）。",
    ),
    "median_faster": (
        "Decisions came faster: the median time to decision fell by {delta} to {current} "
        "(previous quarter {ref}).",
        "授权时效提升：办理时长中位数缩短 {delta}，为 {current}（上季度 {ref}）。",
    ),
    "median_slower": (
        "Decisions took longer: the median time to decision rose by {delta} to {current} "
        "(previous quarter {ref}).",
        "授权时效下降：办理时长中位数延长 {delta}，为 {current}（上季度 {ref}）。",
    ),
    "median_flat": (
        "The median time to decision held at {current} (previous quarter {ref}).",
        "授权办理时长中位数与上季度持平，为 {current}（上季度 {ref}）。",
    ),
    "reject_business": (
        "{subject} has the highest rejection rate: {value} ({count} rejected; overall {ref}).",
        "{subject}业务拒绝率最高：{value}（拒绝 {count} 笔；整体 {ref}）。",
    ),
    "slow_authorizer": (
        "{subject} is the slowest authorizer: median response {value} (all authorizers {ref}).",
        "授权人{subject}响应最慢：响应时长中位数 {value}（全体授权人 {ref}）。",
    ),
    "return_teller": (
        "Requests of teller {subject} are returned most often: {value} ({count} returned; overall {ref}).",
        "柜员{subject}的申请退回率最高：{value}（退回 {count} 笔；整体 {ref}）。",
    ),
    "busy_authorizer": (
        "{subject} took {value} of all decisions ({count}): the workload is concentrated.",
        "授权人{subject}承担了 {value} 的授权决定（{count} 笔），工作量较为集中。",
    ),
    "peak_month": (
        "{subject} was the busiest month of the quarter with {count} requests ({value}).",
        "{subject}为本季度业务量最高的月份，受理 {count} 笔（占 {value}）。",
    ),
}


def fmt_pct(value: float, digits: int = 1) -> str:
    return f"{value * 100:.{digits}f}%"


def fmt_duration(seconds: float | None, language: str = "zh_CN") -> str:
    """Minutes with one decimal (hours above two hours); "–" for no value."""
    if seconds is None:
        return "–"
    zh = language != "en"
    minutes = seconds / 60
    if abs(minutes) >= 120:
        return f"{minutes / 60:.1f} 小时" if zh else f"{minutes / 60:.1f} h"
    return f"{minutes:.1f} 分钟" if zh else f"{minutes:.1f} min"


def fmt_signed_points(delta: float) -> str:
    """A change of a rate in percentage points: "+1.8", "−0.4", "0.0"."""
    points = round(delta * 100, 1)
    if points == 0:
        return "0.0"
    return f"{'+' if points > 0 else '−'}{abs(points):.1f}"


def fmt_signed_duration(delta: float | None, language: str = "zh_CN") -> str:
    """A change of a duration: "+0.5 分钟", "−1.6 min", "0.0 min"; "–" for no value."""
    if delta is None:
        return "–"
    if round(delta / 60, 1) == 0:
        return fmt_duration(0.0, language)
    return ("+" if delta > 0 else "−") + fmt_duration(abs(delta), language)


def finding_text(f: Finding, language: str = "zh_CN") -> str:
    en, zh = FINDING_TEMPLATES[f.code]
    template = en if language == "en" else zh
    subject = f.subject_en if language == "en" else f.subject_zh
    if f.code.startswith("approval_"):
        return template.format(
            delta=f"{f.value * 100:.1f}",
            current=fmt_pct(float(f.extra["current"])),
            ref=fmt_pct(f.reference or 0.0),
        )
    if f.code.startswith("median_"):
        return template.format(
            delta=fmt_duration(f.value, language),
            current=fmt_duration(float(f.extra["current"]), language),
            ref=fmt_duration(f.reference, language),
        )
    if f.code in ("volume_up", "volume_down", "volume_flat", "volume_new"):
        return template.format(pct=fmt_pct(f.value), ref=int(f.reference or 0), count=f.count)
    if f.code == "slow_authorizer":
        return template.format(
            subject=subject,
            value=fmt_duration(f.value, language),
            ref=fmt_duration(f.reference, language),
        )
    return template.format(
        subject=subject,
        value=fmt_pct(f.value),
        ref=fmt_pct(f.reference or 0.0),
        count=f.count,
    )


__all__ = [
    "AuthorizerStats",
    "AuthzStatsService",
    "DayCount",
    "Finding",
    "GroupStats",
    "PeriodStats",
    "QuarterAnalysis",
    "QuarterComparison",
    "finding_text",
    "fmt_duration",
    "fmt_pct",
    "fmt_signed_duration",
    "fmt_signed_points",
    "month",
    "percentile",
    "period_label",
    "previous_quarter",
    "quarter",
]
