"""The statistics in words: numbers, rates, durations and their changes as the reports and the
dock print them, and the findings as sentences (their wording in ``app.texts``). Any thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.texts import FINDINGS, report_text

if TYPE_CHECKING:
    from app.services.authz_stats.results import Finding

MINUS = "−"  # U+2212, the typographic minus of the reports


def fmt_count(value: int) -> str:
    """A count with thousands separators: "1,234"."""
    return f"{value:,}"


def fmt_signed_count(delta: int, pct: float | None = None) -> str:
    """A change of a count, with its share when known: "+5 (+250.0%)", "−3"."""
    text = f"{delta:+,}".replace("-", MINUS)
    if pct is None:
        return text
    return f"{text} ({'+' if pct >= 0 else MINUS}{abs(pct) * 100:.1f}%)"


def fmt_pct(value: float, digits: int = 1) -> str:
    return f"{value * 100:.{digits}f}%"


def fmt_minutes(seconds: float | None) -> str:
    """Minutes with one decimal, without the unit (table cells); "–" for no value."""
    return "–" if seconds is None else f"{seconds / 60:.1f}"


def fmt_duration(seconds: float | None, language: str = "zh_CN") -> str:
    """Minutes with one decimal (hours above two hours); "–" for no value."""
    if seconds is None:
        return "–"
    minutes = seconds / 60
    if abs(minutes) >= 120:
        return report_text("{value} h", language).format(value=f"{minutes / 60:.1f}")
    return report_text("{value} min", language).format(value=f"{minutes:.1f}")


def fmt_signed_points(delta: float) -> str:
    """A change of a rate in percentage points: "+1.8", "−0.4", "0.0"."""
    points = round(delta * 100, 1)
    if points == 0:
        return "0.0"
    return f"{'+' if points > 0 else MINUS}{abs(points):.1f}"


def fmt_points(delta: float, language: str = "zh_CN") -> str:
    """A change of a rate in words: "+1.8 个百分点", "−0.4 points"."""
    return report_text("{value} points", language).format(value=fmt_signed_points(delta))


def fmt_signed_duration(delta: float | None, language: str = "zh_CN") -> str:
    """A change of a duration: "+0.5 分钟", "−1.6 min", "0.0 min"; "–" for no value."""
    if delta is None:
        return "–"
    if round(delta / 60, 1) == 0:
        return fmt_duration(0.0, language)
    return ("+" if delta > 0 else MINUS) + fmt_duration(abs(delta), language)


def finding_text(f: Finding, language: str = "zh_CN") -> str:
    template = FINDINGS[f.code].in_language(language)
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
