"""Authorization statistics as reports: the monthly statistics (授权业务月度统计报表) and the
quarterly analysis (授权业务季度分析报告), in Chinese (default) or English. Any thread.

``monthly_document`` / ``quarterly_document`` build the format-neutral ``app.reports.Report``;
``monthly_report`` / ``quarterly_report`` write it as PDF; ``to_html`` of the same document is
what the GUI's print preview shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from app.reports import BarChart, Block, Heading, Paragraphs, Report, Series, Table
from app.services.authz_stats import (
    AuthorizerStats,
    GroupStats,
    PeriodStats,
    QuarterAnalysis,
    fmt_count,
    fmt_duration,
    fmt_minutes,
    fmt_pct,
    fmt_points,
    fmt_signed_count,
    fmt_signed_duration,
    kpi_block,
)
from app.texts import DEF_AUTHORIZER, DEF_PERIODS, DEF_REQUESTS, DEF_TIME, every_text, report_text

BLUE, GREEN, GREY = "#1f3a5f", "#4a90c2", "#9aa7b6"


def _generated(stats: PeriodStats, language: str) -> str:
    local = stats.generated_at.astimezone(stats.start.tzinfo)  # the bank's time
    offset = local.strftime("%z")
    at = f"{local:%Y-%m-%d %H:%M} (UTC{offset[:3]}:{offset[3:]})"
    who = stats.generated_by
    if stats.generated_by_user and stats.generated_by_user != who:
        who = _named(who, stats.generated_by_user, language)
    return report_text("Generated {at} by {who}", language).format(at=at, who=who)


def _named(name: str, key: str, language: str) -> str:
    """A display name with its code: 张三（teller1）, Zhang San (teller1)."""
    return report_text("{name} ({key})", language).format(name=name, key=key)


def _amounts(stats: PeriodStats, language: str) -> str:
    return (
        report_text("; ", language).join(f"{cur} {fen / 100:,.2f}" for cur, fen in stats.approved_amounts)
        or "–"
    )


# The columns of a group's figures (English header, cell), shared by the group and teller tables.
_GROUP_CELLS: dict[str, Callable[[GroupStats], str]] = {
    "Submitted": lambda g: fmt_count(g.submitted),
    "Approved": lambda g: fmt_count(g.approved),
    "Rejected": lambda g: fmt_count(g.rejected),
    "Returned": lambda g: fmt_count(g.returned),
    "Cancelled": lambda g: fmt_count(g.cancelled),
    "Two-level": lambda g: fmt_count(g.two_level),
    "Resubmitted\n(times)": lambda g: fmt_count(g.resubmissions),
    "Approval rate": lambda g: fmt_pct(g.approval_rate),
    "Rejection rate": lambda g: fmt_pct(g.rejection_rate),
    "Return rate": lambda g: fmt_pct(g.return_rate),
    "Median\n(min)": lambda g: fmt_minutes(g.median_s),
    "P90\n(min)": lambda g: fmt_minutes(g.p90_s),
}
# (header, relative width) of the columns after the name
_BY_GROUP = (
    ("Submitted", 1),
    ("Approved", 1),
    ("Rejected", 1),
    ("Returned", 1),
    ("Cancelled", 1),
    ("Approval rate", 1.15),
    ("Rejection rate", 1.15),
    ("Return rate", 1.15),
    ("Median\n(min)", 1.25),
    ("P90\n(min)", 1.25),
)
_BY_TELLER = (
    ("Submitted", 1),
    ("Approved", 1),
    ("Rejected", 1),
    ("Returned", 1),
    ("Return rate", 1.1),
    ("Resubmitted\n(times)", 1.3),
    ("Cancelled", 1),
    ("Two-level", 1.1),
    ("Median\n(min)", 1.3),
)


def _group_table(
    first: str,
    rows: Sequence[tuple[str, GroupStats]],
    total: GroupStats,
    columns: Sequence[tuple[str, float]],
    language: str,
) -> Table:
    """One row per (name, group), a total row under them."""
    tr: Callable[[str], str] = lambda s: report_text(s, language)  # noqa: E731

    def cells(name: str, g: GroupStats) -> tuple[str, ...]:
        return (name, *(_GROUP_CELLS[header](g) for header, _width in columns))

    return Table(
        "",
        (first, *(tr(header) for header, _width in columns)),
        tuple(cells(name, g) for name, g in rows),
        widths=(2.6, *(width for _header, width in columns)),
        total=cells(tr("Total"), total) if rows else None,
        empty=tr("No requests in this period."),
    )


def _authorizer_table(title: str, stats: PeriodStats, language: str) -> Table:
    tr: Callable[[str], str] = lambda s: report_text(s, language)  # noqa: E731

    def cells(a: AuthorizerStats) -> tuple[str, ...]:
        return (
            _named(a.name, a.key, language),
            fmt_count(a.decisions),
            fmt_count(a.approved),
            fmt_count(a.rejected),
            fmt_count(a.returned),
            fmt_count(a.local),
            fmt_count(a.remote),
            fmt_count(a.second_level),
            fmt_minutes(a.median_s),
            fmt_minutes(a.p90_s),
        )

    rows = tuple(cells(a) for a in stats.by_authorizer)
    total = None
    if rows:
        sums = [sum(getattr(a, f) for a in stats.by_authorizer) for f in ("approved", "rejected", "returned")]
        local = sum(a.local for a in stats.by_authorizer)
        remote = sum(a.remote for a in stats.by_authorizer)
        second = sum(a.second_level for a in stats.by_authorizer)
        total = (
            tr("All authorizers"),
            fmt_count(stats.decisions),
            *(fmt_count(x) for x in sums),
            fmt_count(local),
            fmt_count(remote),
            fmt_count(second),
            fmt_minutes(stats.response_median_s),
            "",
        )
    return Table(
        title,
        (
            tr("Authorizer"),
            tr("Decisions"),
            tr("Approved"),
            tr("Rejected"),
            tr("Returned"),
            tr("Local"),
            tr("Remote"),
            tr("2nd level"),
            tr("Response median\n(min)"),
            tr("Response P90\n(min)"),
        ),
        rows,
        widths=(2.6, 1.1, 1, 1, 1, 1, 1, 1, 1.45, 1.45),
        total=total,
        empty=tr("No decisions in this period."),
    )


def _breakdowns(stats: PeriodStats, language: str) -> list[Block]:
    tr: Callable[[str], str] = lambda s: report_text(s, language)  # noqa: E731

    def named(groups: Sequence[GroupStats]) -> list[tuple[str, GroupStats]]:
        return [(g.name(language), g) for g in groups]

    tellers = [(_named(g.name(language), g.key, language), g) for g in stats.by_teller]
    return [
        Heading(tr("By branch")),
        _group_table(tr("Branch"), named(stats.by_branch), stats.total, _BY_GROUP, language),
        Heading(tr("By business type")),
        _group_table(tr("Business type"), named(stats.by_business), stats.total, _BY_GROUP, language),
        Heading(tr("By authorizer")),
        _authorizer_table("", stats, language),
        Heading(tr("By teller")),
        _group_table(tr("Teller"), tellers, stats.total, _BY_TELLER, language),
    ]


def _definitions(stats: PeriodStats, language: str) -> Paragraphs:
    lines = (
        DEF_REQUESTS.in_language(language),
        DEF_TIME.in_language(language),
        DEF_AUTHORIZER.in_language(language),
        DEF_PERIODS.in_language(language).format(zone=stats.zone_name),
    )
    return Paragraphs(report_text("Definitions", language), lines, small=True)


def _daily_chart(stats: PeriodStats, language: str) -> BarChart:
    tr: Callable[[str], str] = lambda s: report_text(s, language)  # noqa: E731
    return BarChart(
        tr("Daily volume"),
        tuple(str(d.day.day) for d in stats.daily),
        (
            Series(tr("Submitted"), tuple(float(d.submitted) for d in stats.daily), BLUE),
            Series(tr("Decided that day"), tuple(float(d.decided) for d in stats.daily), GREEN),
        ),
        unit=tr("Requests"),
    )


def monthly_document(stats: PeriodStats, language: str = "zh_CN", *, bank_name: str | None = None) -> Report:
    tr: Callable[[str], str] = lambda s: report_text(s, language)  # noqa: E731
    blocks: list[Block] = [
        Heading(tr("Summary")),
        kpi_block(stats, language),
        Paragraphs(
            "", (tr("Approved amount: {amounts}").format(amounts=_amounts(stats, language)),), bullets=False
        ),
        _daily_chart(stats, language),
        *_breakdowns(stats, language),
        _definitions(stats, language),
    ]
    return _report(tr("Authorization statistics – monthly report"), stats, language, bank_name, blocks)


def _report(
    title: str,
    stats: PeriodStats,
    language: str,
    bank_name: str | None,
    blocks: list[Block],
    period: str | None = None,
) -> Report:
    return Report(
        title=title,
        bank_name=bank_name or report_text("Demo Bank Co., Ltd.", language),
        period=period or stats.label(language),
        generated=_generated(stats, language),
        blocks=tuple(blocks),
        language=language,
        page_label=report_text("Page {page} of {total}", language),
        confidential=report_text("Internal – confidential", language),
        subject=title,
    )


def quarterly_document(
    analysis: QuarterAnalysis, language: str = "zh_CN", *, bank_name: str | None = None
) -> Report:
    tr: Callable[[str], str] = lambda s: report_text(s, language)  # noqa: E731
    stats, prev, cmp = analysis.stats, analysis.previous, analysis.comparison
    s, p = stats.total, prev.total
    comparison = Table(
        "",
        (
            tr("Indicator"),
            analysis.this_quarter(language),
            tr("Previous quarter ({period})").format(period=prev.label(language)),
            tr("Change"),
        ),
        (
            (
                tr("Requests submitted"),
                fmt_count(s.submitted),
                fmt_count(p.submitted),
                fmt_signed_count(cmp.volume_delta, cmp.volume_pct),
            ),
            (
                tr("Decided (approved or rejected)"),
                fmt_count(s.decided),
                fmt_count(p.decided),
                fmt_signed_count(s.decided - p.decided),
            ),
            (
                tr("Approval rate"),
                fmt_pct(s.approval_rate),
                fmt_pct(p.approval_rate),
                fmt_points(cmp.approval_rate_delta, language),
            ),
            (
                tr("Rejection rate"),
                fmt_pct(s.rejection_rate),
                fmt_pct(p.rejection_rate),
                fmt_points(cmp.rejection_rate_delta, language),
            ),
            (
                tr("Return rate"),
                fmt_pct(s.return_rate),
                fmt_pct(p.return_rate),
                fmt_points(cmp.return_rate_delta, language),
            ),
            (
                tr("Median time to decision"),
                fmt_duration(s.median_s, language),
                fmt_duration(p.median_s, language),
                fmt_signed_duration(cmp.median_delta_s, language),
            ),
            (
                tr("90th percentile time to decision"),
                fmt_duration(s.p90_s, language),
                fmt_duration(p.p90_s, language),
                fmt_signed_duration(cmp.p90_delta_s, language),
            ),
            (
                tr("Remote share"),
                fmt_pct(s.remote_share),
                fmt_pct(p.remote_share),
                fmt_points(s.remote_share - p.remote_share, language),
            ),
            (
                tr("Two-level share"),
                fmt_pct(s.two_level_share),
                fmt_pct(p.two_level_share),
                fmt_points(s.two_level_share - p.two_level_share, language),
            ),
            (
                tr("Decisions taken"),
                fmt_count(stats.decisions),
                fmt_count(prev.decisions),
                fmt_signed_count(stats.decisions - prev.decisions),
            ),
        ),
        widths=(3, 2, 2, 2.4),
    )
    trend = Table(
        "",
        (
            tr("Month"),
            tr("Submitted"),
            tr("Decided"),
            tr("Approval rate"),
            tr("Rejection rate"),
            tr("Return rate"),
            tr("Median\n(min)"),
            tr("P90\n(min)"),
        ),
        tuple(
            (
                m.label(language),
                fmt_count(m.total.submitted),
                fmt_count(m.total.decided),
                fmt_pct(m.total.approval_rate),
                fmt_pct(m.total.rejection_rate),
                fmt_pct(m.total.return_rate),
                fmt_minutes(m.total.median_s),
                fmt_minutes(m.total.p90_s),
            )
            for m in analysis.months
        ),
        widths=(2.2, 1, 1, 1.2, 1.2, 1.2, 1.3, 1.3),
        total=(
            analysis.this_quarter(language),
            fmt_count(s.submitted),
            fmt_count(s.decided),
            fmt_pct(s.approval_rate),
            fmt_pct(s.rejection_rate),
            fmt_pct(s.return_rate),
            fmt_minutes(s.median_s),
            fmt_minutes(s.p90_s),
        ),
    )
    chart = BarChart(
        tr("Requests per month"),
        tuple(m.label(language) for m in analysis.months),
        (
            Series(tr("Submitted"), tuple(float(m.total.submitted) for m in analysis.months), BLUE),
            Series(tr("Approved"), tuple(float(m.total.approved) for m in analysis.months), GREEN),
            Series(tr("Returned"), tuple(float(m.total.returned) for m in analysis.months), GREY),
        ),
        unit=tr("Requests"),
    )
    blocks: list[Block] = [
        Heading(tr("Summary")),
        kpi_block(analysis, language),
        Paragraphs(
            "", (tr("Approved amount: {amounts}").format(amounts=_amounts(stats, language)),), bullets=False
        ),
        Heading(tr("Key findings")),
        Paragraphs("", tuple(f.text(language) for f in analysis.findings), numbered=True),
        Heading(tr("Quarter on quarter")),
        comparison,
        Heading(tr("Monthly trend")),
        trend,
        chart,
        *_breakdowns(stats, language),
        _definitions(stats, language),
    ]
    return _report(
        tr("Authorization analysis – quarterly report"),
        stats,
        language,
        bank_name,
        blocks,
        analysis.label(language),  # "to date" for the quarter in progress
    )


def monthly_report(
    stats: PeriodStats, path: Path | str, language: str = "zh_CN", *, bank_name: str | None = None
) -> Path:
    """Write the monthly statistics as an A4 PDF; the path written."""
    from app.reports.pdf import render_pdf  # reportlab: when a report is written

    return render_pdf(monthly_document(stats, language, bank_name=bank_name), path)


def quarterly_report(
    analysis: QuarterAnalysis, path: Path | str, language: str = "zh_CN", *, bank_name: str | None = None
) -> Path:
    """Write the quarterly analysis as an A4 PDF; the path written."""
    from app.reports.pdf import render_pdf  # reportlab: when a report is written

    return render_pdf(quarterly_document(analysis, language, bank_name=bank_name), path)


def english_to_chinese() -> dict[str, str]:
    """Every English text of these reports with its Chinese (for the translation merge)."""
    return {t.en: t.zh for catalogue, _key, t in every_text() if catalogue in ("report", "findings")}


__all__ = [
    "english_to_chinese",
    "monthly_document",
    "monthly_report",
    "quarterly_document",
    "quarterly_report",
]
