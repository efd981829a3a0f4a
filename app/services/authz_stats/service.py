"""The statistics service: figures of a month, of any period, and the quarterly analysis, for
those allowed to see colleagues' performance (``stats.read``), in the bank's time zone.
Read-only; any thread (one read session per call).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from app.clock import utcnow
from app.db.engine import Database
from app.errors import ValidationError
from app.rbac import Permission, Principal
from app.remote import remote
from app.services.authz_stats import periods
from app.services.authz_stats.findings import compare, findings
from app.services.authz_stats.periods import DEFAULT_ZONE, Range, previous_quarter, zone
from app.services.authz_stats.queries import Names, period
from app.services.authz_stats.results import PeriodStats, QuarterAnalysis
from app.services.guard import authorize

PeriodOf = Callable[[int, int], Range]


class _InZone:
    """``month(year, m)`` / ``quarter(year, q)`` in the service's zone (the default zone when read
    on the class)."""

    def __init__(self, fn: Callable[[int, int, tzinfo], Range]) -> None:
        self.fn = fn

    def __get__(self, obj: AuthzStatsService | None, owner: type | None = None) -> PeriodOf:
        fn, tz = self.fn, obj.zone if obj is not None else DEFAULT_ZONE
        return lambda year, number: fn(year, number, tz)


class AuthzStatsService:
    month = _InZone(periods.month)
    quarter = _InZone(periods.quarter)

    def __init__(self, db: Database, time_zone: str | tzinfo = DEFAULT_ZONE) -> None:
        self.db = db
        self.zone = zone(time_zone)

    @remote
    def period_stats(self, actor: Principal, start: datetime, end: datetime) -> PeriodStats:
        actor = authorize(self.db, actor, Permission.STATS_READ, "view authorization statistics")
        _check_range(start, end)
        start, end = start.astimezone(self.zone), end.astimezone(self.zone)
        with self.db.read() as s:
            return period(s, Names.load(s), start, end, _who(actor))

    @remote
    def monthly(self, actor: Principal, year: int, m: int) -> PeriodStats:
        return self.period_stats(actor, *self.month(year, m))

    @remote
    def quarterly(
        self, actor: Principal, year: int, q: int, *, now: datetime | None = None
    ) -> QuarterAnalysis:
        """The quarter, its three months, the previous quarter, the comparison and the findings.
        The quarter in progress (at ``now``, the server's clock) is the quarter to date, compared
        with the same stretch of the previous quarter (its first days, as many as have passed of
        this one): a partial quarter against a whole one read as a fall that was not there."""
        actor = authorize(self.db, actor, Permission.STATS_READ, "view authorization statistics")
        who = _who(actor)
        start, end = self.quarter(year, q)
        prev_start, prev_end = self.quarter(*previous_quarter(year, q))
        now = (now or utcnow()).astimezone(self.zone)
        to_date = start <= now < end
        if to_date:
            end, prev_end = now, min(prev_end, prev_start + (now - start))
        with self.db.read() as s:
            names = Names.load(s)
            stats = period(s, names, start, end, who)
            months = tuple(period(s, names, *self.month(year, 3 * q - 2 + i), who) for i in range(3))
            previous = period(s, names, prev_start, prev_end, who)
        comparison = compare(stats.total, previous.total)
        found = findings(stats, months, previous, comparison)
        return QuarterAnalysis(year, q, stats, months, previous, comparison, found, to_date=to_date)


def _who(actor: Principal) -> tuple[str, str]:
    return actor.display_name, actor.username


def _check_range(start: datetime, end: datetime) -> None:
    if start.tzinfo is None or end.tzinfo is None:
        raise ValidationError("period bounds must carry a time zone", field="period", problem="format")
    if not start < end:
        raise ValidationError("the period must end after it starts", field="period", problem="range")
