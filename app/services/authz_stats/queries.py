"""The queries of the authorization statistics: the figures of one period, counted in SQL (SQLite
and PostgreSQL alike), with percentiles and the local day buckets computed in Python from the
timestamps. Any thread; the caller holds one read session.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any

from sqlalchemy import ColumnElement, case, exists, func, select
from sqlalchemy.orm import Session

from app.authz_policy import parse_policy
from app.db.base import utcnow
from app.db.models import AuthDecision, AuthPolicyVersion, AuthRequest, Meta, Site, User
from app.paths import RESOURCES
from app.services.authz_stats.periods import local_days
from app.services.authz_stats.results import AuthorizerStats, DayCount, GroupStats, PeriodStats
from app.statuses import DECIDED_REQUESTS, OPEN_REQUESTS, RequestStatus
from app.texts import report_text

# meta key naming branches that have no site record: {"BR02": ["城西支行", "Chengxi Sub-branch"]}
BRANCH_NAMES_KEY = "branch_names"
SHIPPED_POLICY = RESOURCES / "authz" / "policy.json"


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear interpolation between closest ranks (numpy's default); None for no values."""
    if not values:
        return None
    xs = sorted(values)
    pos = (len(xs) - 1) * q
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


@dataclass
class Names:
    users: dict[int, tuple[str, str]]  # id -> (username, display name)
    business: dict[str, tuple[str, str]]
    branches: dict[str, tuple[str, str]]

    @classmethod
    def load(cls, s: Session) -> Names:
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
        _count(AuthRequest.status == RequestStatus.APPROVED),
        _count(AuthRequest.status == RequestStatus.REJECTED),
        _count(AuthRequest.status == RequestStatus.CANCELLED),
        _count(AuthRequest.status.in_(OPEN_REQUESTS)),
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


def period(s: Session, names: Names, start: datetime, end: datetime, who: tuple[str, str]) -> PeriodStats:
    """The figures of [start, end); ``start`` carries the bank's time zone (the day buckets')."""
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
        ).where(in_period, AuthRequest.status.in_(DECIDED_REQUESTS), AuthRequest.decided_at.is_not(None))
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
    total = build("all", None, total_counts, (report_text("All", "zh_CN"), report_text("All", "en")), "*")
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
            .where(in_period, AuthRequest.status == RequestStatus.APPROVED)
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
    s: Session, names: Names, start: datetime, end: datetime
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
    """Submissions and final decisions per local day (the time zone of ``start``)."""
    tz: tzinfo | None = start.tzinfo
    submitted: dict[date, int] = defaultdict(int)
    decided: dict[date, int] = defaultdict(int)
    for (ts,) in s.execute(
        select(AuthRequest.created_at).where(AuthRequest.created_at >= start, AuthRequest.created_at < end)
    ):
        submitted[ts.astimezone(tz).date()] += 1
    for (done,) in s.execute(
        select(AuthRequest.decided_at).where(
            AuthRequest.status.in_(DECIDED_REQUESTS),
            AuthRequest.decided_at >= start,
            AuthRequest.decided_at < end,
        )
    ):
        if done is not None:
            decided[done.astimezone(tz).date()] += 1
    return tuple(DayCount(day, submitted.get(day, 0), decided.get(day, 0)) for day in local_days(start, end))
