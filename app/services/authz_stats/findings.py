"""The quarterly analysis: the quarter against the previous one, and the findings, most telling
first, with the warnings the thresholds (``thresholds``) set. Pure functions, any thread."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from app.services.authz_stats.results import Finding, GroupStats, PeriodStats, QuarterComparison
from app.services.authz_stats.thresholds import (
    APPROVAL_DROP_WARN,
    BUSY_AUTHORIZER_SHARE,
    BUSY_AUTHORIZER_WARN,
    FLAT_MEDIAN_DELTA_S,
    FLAT_RATE_DELTA,
    GROUP_RATE_WARN,
    MEDIAN_RISE_WARN,
    MIN_GROUP,
    SLOW_AUTHORIZER_WARN,
)


def approval_dropped(cmp: QuarterComparison) -> bool:
    """The approval rate fell by more than ``APPROVAL_DROP_WARN`` on the previous quarter."""
    return cmp.approval_rate_delta < -APPROVAL_DROP_WARN


def median_rose(cmp: QuarterComparison, previous: GroupStats) -> bool:
    """The median time to decision rose by more than ``MEDIAN_RISE_WARN`` of the previous one."""
    return (
        cmp.median_delta_s is not None
        and bool(previous.median_s)
        and cmp.median_delta_s > MEDIAN_RISE_WARN * (previous.median_s or 0.0)
    )


def compare(cur: GroupStats, prev: GroupStats) -> QuarterComparison:
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


def findings(
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
        flat = abs(d) < FLAT_RATE_DELTA
        out.append(
            Finding(
                "approval_flat" if flat else "approval_up" if d > 0 else "approval_down",
                value=abs(d),
                reference=previous.total.approval_rate,
                extra={"current": total.approval_rate},
                warn=approval_dropped(cmp),
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
                    if abs(cmp.median_delta_s) < FLAT_MEDIAN_DELTA_S
                    else "median_slower"
                    if cmp.median_delta_s > 0
                    else "median_faster",
                    value=abs(cmp.median_delta_s),
                    reference=previous.total.median_s,
                    extra={"current": total.median_s},
                    warn=median_rose(cmp, previous.total),
                )
            )
    worst_business = _worst_group(
        "reject_business",
        stats.by_business,
        lambda g: g.rejected,
        lambda g: g.rejection_rate,
        total.rejection_rate,
    )
    if worst_business is not None:
        out.append(worst_business)
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
                warn=(slowest.median_s or 0.0) > SLOW_AUTHORIZER_WARN * stats.response_median_s,
            )
        )
    worst_teller = _worst_group(
        "return_teller", stats.by_teller, lambda g: g.returned, lambda g: g.return_rate, total.return_rate
    )
    if worst_teller is not None:
        out.append(worst_teller)
    if stats.decisions:
        busiest = stats.by_authorizer[0]
        share = busiest.decisions / stats.decisions
        if len(stats.by_authorizer) >= 2 and share >= BUSY_AUTHORIZER_SHARE:
            out.append(
                Finding(
                    "busy_authorizer",
                    busiest.name,
                    busiest.name,
                    value=share,
                    count=busiest.decisions,
                    warn=share >= BUSY_AUTHORIZER_WARN,
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


def _worst_group(
    code: str,
    groups: Iterable[GroupStats],
    count: Callable[[GroupStats], int],
    rate: Callable[[GroupStats], float],
    overall: float,
) -> Finding | None:
    """The group (of at least ``MIN_GROUP`` requests) with the highest ``rate``, if any counts;
    a warning above ``GROUP_RATE_WARN`` times the overall rate."""
    ranked = sorted(
        (g for g in groups if g.submitted >= MIN_GROUP and count(g)),
        key=lambda g: (-rate(g), -g.submitted, g.key),
    )
    if not ranked:
        return None
    worst = ranked[0]
    return Finding(
        code,
        worst.name_zh,
        worst.name_en,
        value=rate(worst),
        reference=overall,
        count=count(worst),
        warn=rate(worst) > GROUP_RATE_WARN * overall,
    )
