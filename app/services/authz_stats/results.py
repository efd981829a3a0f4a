"""Results of the authorization statistics: immutable figures of a period (by branch, business
type, teller and authorizer, per day), the quarter against the previous one, and the findings.
Pure data, any thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from app.services.authz_stats.periods import period_label
from app.services.authz_stats.text import finding_text
from app.texts import report_text


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


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

    @property
    def zone_name(self) -> str:
        """The time zone of the period's bounds (the bank's, e.g. Asia/Shanghai)."""
        return str(self.start.tzinfo)


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
    to_date: bool = False  # the quarter in progress: ``stats`` ends now, ``previous`` as many days in

    def label(self, language: str = "zh_CN") -> str:
        if not self.to_date:
            return self.stats.label(language)
        last = (self.stats.end - timedelta(microseconds=1)).astimezone(self.stats.start.tzinfo).date()
        return report_text("Q{quarter} {year} to date (to {last})", language).format(
            quarter=self.quarter, year=self.year, last=last.isoformat()
        )

    def this_quarter(self, language: str = "zh_CN") -> str:
        """The quarter's column heading: "this quarter", or "quarter to date"."""
        return report_text("Quarter to date" if self.to_date else "This quarter", language)
