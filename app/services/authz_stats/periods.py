"""Statistics periods: calendar months and quarters in the bank's time zone (a month starts at
local midnight, Asia/Shanghai unless configured), their labels, and the local days of a period.
Pure functions, any thread.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from app.config import DEFAULT_TIME_ZONE
from app.errors import ValidationError
from app.texts import report_text

Range = tuple[datetime, datetime]
DEFAULT_ZONE = ZoneInfo(DEFAULT_TIME_ZONE)


def zone(name_or_zone: str | tzinfo) -> tzinfo:
    """A time zone from its IANA name (zoneinfo: the system's database, else the tzdata package)."""
    return ZoneInfo(name_or_zone) if isinstance(name_or_zone, str) else name_or_zone


def month(year: int, m: int, tz: tzinfo = DEFAULT_ZONE) -> Range:
    """[start, end) of a calendar month: local midnight of its first day to that of the next month."""
    if not 1 <= m <= 12:
        raise ValidationError(f"month {m} is not 1-12", field="month", problem="range")
    start = datetime(year, m, 1, tzinfo=tz)
    end = datetime(year + (m == 12), m % 12 + 1, 1, tzinfo=tz)
    return start, end


def quarter(year: int, q: int, tz: tzinfo = DEFAULT_ZONE) -> Range:
    """[start, end) of a calendar quarter, from local midnight."""
    if not 1 <= q <= 4:
        raise ValidationError(f"quarter {q} is not 1-4", field="quarter", problem="range")
    return month(year, 3 * q - 2, tz)[0], month(year, 3 * q, tz)[1]


def previous_quarter(year: int, q: int) -> tuple[int, int]:
    return (year - 1, 4) if q == 1 else (year, q - 1)


def local_days(start: datetime, end: datetime) -> list[date]:
    """The days of [start, end) in the time zone of ``start``."""
    tz = start.tzinfo
    day = start.date()
    last = (end - timedelta(microseconds=1)).astimezone(tz).date()
    days = []
    while day <= last:
        days.append(day)
        day += timedelta(days=1)
    return days


def period_label(start: datetime, end: datetime, language: str = "zh_CN") -> str:
    """The period in words: 2026年10月, 2026年第3季度, or its days; English: October 2026, Q3 2026.
    A month or quarter is recognised in the time zone of ``start``."""
    tz = start.tzinfo or DEFAULT_ZONE
    if (start, end) == month(start.year, start.month, tz) and start.day == 1 and start.hour == 0:
        return report_text("{month_name} {year}", language).format(
            year=start.year, month=start.month, month_name=start.strftime("%B")
        )
    q = (start.month - 1) // 3 + 1
    if start.month % 3 == 1 and start.day == 1 and (start, end) == quarter(start.year, q, tz):
        return report_text("Q{quarter} {year}", language).format(year=start.year, quarter=q)
    last = (end - timedelta(microseconds=1)).astimezone(tz).date()
    return report_text("{first} – {last}", language).format(
        first=start.date().isoformat(), last=last.isoformat()
    )
