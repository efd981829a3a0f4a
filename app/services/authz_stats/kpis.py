"""The KPI block of a period: the twelve key figures with their labels, the notes under them
(counts, or for a quarter the change on the previous one) and the warnings with the thresholds
that raised them. The PDF report, the print preview and the statistics dock all render this one
block. Pure functions, any thread.
"""

from __future__ import annotations

from collections.abc import Callable

from app.reports import Kpi, KpiGrid
from app.services.authz_stats.findings import approval_dropped, median_rose
from app.services.authz_stats.results import PeriodStats, QuarterAnalysis
from app.services.authz_stats.text import (
    fmt_count,
    fmt_duration,
    fmt_pct,
    fmt_points,
    fmt_signed_count,
    fmt_signed_duration,
)
from app.services.authz_stats.thresholds import APPROVAL_DROP_WARN, MEDIAN_RISE_WARN
from app.texts import report_text

# the figures in their order (the dock's tiles are named after them: authz_stats.kpi.<key>)
KPI_LABELS: dict[str, str] = {
    "submitted": "Requests submitted",
    "decided": "Decided",
    "approval": "Approval rate",
    "rejection": "Rejection rate",
    "return": "Return rate",
    "cancel": "Cancellation rate",
    "median": "Median time to decision",
    "p90": "90th percentile time",
    "remote": "Remote share",
    "two_level": "Two-level share",
    "resubmissions": "Resubmissions",
    "decisions": "Decisions taken",
}
KPI_KEYS = tuple(KPI_LABELS)


def kpi_labels(language: str = "zh_CN") -> dict[str, str]:
    """The label of every figure, by key (what a view shows before there are figures)."""
    return {key: report_text(english, language) for key, english in KPI_LABELS.items()}


def kpi_block(result: PeriodStats | QuarterAnalysis, language: str = "zh_CN") -> KpiGrid:
    """The key figures of a month or a quarter, in ``language``."""
    stats = result.stats if isinstance(result, QuarterAnalysis) else result
    t = stats.total
    tr: Callable[[str], str] = lambda s: report_text(s, language)  # noqa: E731
    values = {
        "submitted": fmt_count(t.submitted),
        "decided": fmt_count(t.decided),
        "approval": fmt_pct(t.approval_rate),
        "rejection": fmt_pct(t.rejection_rate),
        "return": fmt_pct(t.return_rate),
        "cancel": fmt_pct(t.cancel_rate),
        "median": fmt_duration(t.median_s, language),
        "p90": fmt_duration(t.p90_s, language),
        "remote": fmt_pct(t.remote_share),
        "two_level": fmt_pct(t.two_level_share),
        "resubmissions": fmt_count(t.resubmissions),
        "decisions": fmt_count(stats.decisions),
    }
    notes = {
        "submitted": tr("{n} still open").format(n=t.open),
        "approval": tr("{n} approved").format(n=t.approved),
        "rejection": tr("{n} rejected").format(n=t.rejected),
        "return": tr("{n} returned").format(n=t.returned),
        "cancel": tr("{n} cancelled").format(n=t.cancelled),
        "remote": tr("local {local} · remote {remote}").format(local=t.local, remote=t.remote),
        "two_level": tr("{n} requests").format(n=t.two_level),
        "resubmissions": tr("{n} requests").format(n=t.resubmitted),
    }
    warnings: dict[str, str] = {}  # key -> the threshold crossed, in words
    if isinstance(result, QuarterAnalysis):
        cmp = result.comparison
        vs = tr("vs previous quarter {change}")
        notes |= {
            "submitted": vs.format(change=fmt_signed_count(cmp.volume_delta, cmp.volume_pct)),
            "approval": vs.format(change=fmt_points(cmp.approval_rate_delta, language)),
            "rejection": vs.format(change=fmt_points(cmp.rejection_rate_delta, language)),
            "return": vs.format(change=fmt_points(cmp.return_rate_delta, language)),
            "median": vs.format(change=fmt_signed_duration(cmp.median_delta_s, language)),
            "p90": vs.format(change=fmt_signed_duration(cmp.p90_delta_s, language)),
        }
        if approval_dropped(cmp):
            warnings["approval"] = tr(
                "Warning when it falls more than {limit} points on the previous quarter"
            ).format(limit=f"{APPROVAL_DROP_WARN * 100:.1f}")
        if median_rose(cmp, result.previous.total):
            warnings["median"] = tr("Warning when it rises more than {limit} on the previous quarter").format(
                limit=fmt_pct(MEDIAN_RISE_WARN, 0)
            )
    labels = kpi_labels(language)
    return KpiGrid(
        tuple(
            Kpi(
                labels[key],
                values[key],
                notes.get(key, ""),
                warn=key in warnings,
                key=key,
                hint=warnings.get(key, ""),
            )
            for key in KPI_KEYS
        ),
        title="",
    )
