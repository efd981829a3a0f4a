"""Authorization statistics (授权业务统计): monthly figures of quality and efficiency and the
quarterly analysis. Read-only; any thread (one read session per call).

The package: ``periods`` (months and quarters in the bank's time zone), ``results`` (the immutable
figures), ``queries`` (SQL), ``thresholds`` (when a figure warns), ``findings`` (the quarterly
analysis), ``kpis`` (the KPI block every view renders), ``text`` (numbers and sentences) and
``service`` (``AuthzStatsService``, permission-checked).

Definitions (the reports print them too):

- The requests *of a period* are those submitted in it (``created_at`` in ``[start, end)``).
  A month or quarter runs from local midnight in the bank's time zone (``timezone`` in
  settings.toml, Asia/Shanghai by default) to the next one; days are local days too.
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

from app.services.authz_stats.findings import compare, findings
from app.services.authz_stats.kpis import KPI_KEYS, kpi_block, kpi_labels
from app.services.authz_stats.periods import (
    DEFAULT_ZONE,
    Range,
    month,
    period_label,
    previous_quarter,
    quarter,
    zone,
)
from app.services.authz_stats.queries import BRANCH_NAMES_KEY, percentile
from app.services.authz_stats.results import (
    AuthorizerStats,
    DayCount,
    Finding,
    GroupStats,
    PeriodStats,
    QuarterAnalysis,
    QuarterComparison,
)
from app.services.authz_stats.service import AuthzStatsService
from app.services.authz_stats.text import (
    finding_text,
    fmt_count,
    fmt_duration,
    fmt_minutes,
    fmt_pct,
    fmt_points,
    fmt_signed_count,
    fmt_signed_duration,
    fmt_signed_points,
)

__all__ = [
    "BRANCH_NAMES_KEY",
    "DEFAULT_ZONE",
    "KPI_KEYS",
    "AuthorizerStats",
    "AuthzStatsService",
    "DayCount",
    "Finding",
    "GroupStats",
    "PeriodStats",
    "QuarterAnalysis",
    "QuarterComparison",
    "Range",
    "compare",
    "finding_text",
    "findings",
    "fmt_count",
    "fmt_duration",
    "fmt_minutes",
    "fmt_pct",
    "fmt_points",
    "fmt_signed_count",
    "fmt_signed_duration",
    "fmt_signed_points",
    "kpi_block",
    "kpi_labels",
    "month",
    "percentile",
    "period_label",
    "previous_quarter",
    "quarter",
    "zone",
]
