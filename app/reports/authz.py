"""Authorization statistics as reports: the monthly statistics (授权业务月度统计报表) and the
quarterly analysis (授权业务季度分析报告), in Chinese (default) or English. Any thread.

``monthly_document`` / ``quarterly_document`` build the format-neutral ``app.reports.Report``;
``monthly_report`` / ``quarterly_report`` write it as PDF; ``to_html`` of the same document is
what the GUI's print preview shows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.reports import BarChart, Block, Heading, Kpi, KpiGrid, Paragraphs, Report, Series, Table
from app.reports.pdf import render_pdf
from app.services.authz_stats import (
    AuthorizerStats,
    GroupStats,
    PeriodStats,
    QuarterAnalysis,
    fmt_duration,
    fmt_pct,
    fmt_signed_duration,
    fmt_signed_points,
)

DEFAULT_BANK = {"zh_CN": "示范银行股份有限公司", "en": "Demo Bank Co., Ltd."}
BLUE, GREEN, GREY = "#1f3a5f", "#4a90c2", "#9aa7b6"

DEF_REQUESTS = (
    "Requests of a period are those submitted in it; their outcome is their status when the report "
    "was generated. Rates are shares of the requests submitted; the return rate counts requests "
    "returned for correction at least once."
)
DEF_TIME = (
    "Time to decision runs from submission to the final approval or rejection, including any return "
    "and resubmission. Percentiles interpolate between ranks."
)
DEF_AUTHORIZER = (
    "Authorizer figures count the decisions taken in the period. Response time runs from the request "
    "reaching the authorizer's level (submission or the previous level's approval); decisions on "
    "resubmitted requests are counted but not timed."
)
DEF_PERIODS = "Periods are calendar months and quarters in UTC."

# Every English text of these reports and its Chinese (banking usage). English is the key.
ZH: dict[str, str] = {
    "Authorization statistics – monthly report": "授权业务月度统计报表",
    "Authorization analysis – quarterly report": "授权业务季度分析报告",
    "Generated {at} by {who}": "生成时间：{at}　生成人：{who}",
    "Page {page} of {total}": "第 {page} 页 / 共 {total} 页",
    "Internal – confidential": "内部资料 注意保密",
    "Summary": "主要指标",
    "Requests submitted": "申请笔数",
    "Decided (approved or rejected)": "已决笔数（通过或拒绝）",
    "Approval rate": "通过率",
    "Rejection rate": "拒绝率",
    "Return rate": "退回率",
    "Cancellation rate": "撤销率",
    "Median time to decision": "办理时长中位数",
    "90th percentile time to decision": "办理时长90分位",
    "Remote share": "远程授权占比",
    "Two-level share": "双人授权占比",
    "Resubmissions": "重新提交次数",
    "Decisions taken": "授权决定次数",
    "{n} approved": "通过 {n} 笔",
    "{n} rejected": "拒绝 {n} 笔",
    "{n} returned": "退回 {n} 笔",
    "{n} cancelled": "撤销 {n} 笔",
    "{n} requests": "{n} 笔",
    "local {local} · remote {remote}": "本地 {local} · 远程 {remote}",
    "{n} still open": "{n} 笔尚未办结",
    "Approved amount: {amounts}": "通过金额：{amounts}",
    "Daily volume": "每日业务量",
    "Submitted": "申请笔数",
    "Decided": "已决笔数",
    "Requests": "笔数",
    "By branch": "按网点统计",
    "By business type": "按业务种类统计",
    "By authorizer": "按授权人统计",
    "By teller": "按柜员统计",
    "Branch": "网点",
    "Business type": "业务种类",
    "Authorizer": "授权人",
    "Teller": "柜员",
    "Approved": "通过",
    "Rejected": "拒绝",
    "Returned": "退回",
    "Cancelled": "撤销",
    "Open": "未办结",
    "Two-level": "双人授权",
    "Decisions": "决定次数",
    "Local": "本地",
    "Remote": "远程",
    "2nd level": "第二级",
    "Median\n(min)": "时长中位数\n（分钟）",
    "P90\n(min)": "时长90分位\n（分钟）",
    "Response median\n(min)": "响应中位数\n（分钟）",
    "Response P90\n(min)": "响应90分位\n（分钟）",
    "Resubmitted\n(times)": "重新提交\n（次）",
    "Decided that day": "当日办结",
    "Total": "合计",
    "All authorizers": "全体授权人",
    "No requests in this period.": "本期无授权申请。",
    "No decisions in this period.": "本期无授权决定。",
    "Definitions": "统计口径说明",
    "Key findings": "主要发现",
    "Quarter on quarter": "与上季度比较",
    "Indicator": "指标",
    "This quarter": "本季度",
    "Previous quarter ({period})": "上季度（{period}）",
    "Change": "变化",
    "Monthly trend": "月度趋势",
    "Month": "月份",
    "Requests per month": "各月业务量",
    "{value} points": "{value} 个百分点",
    "vs previous quarter {change}": "较上季度 {change}",
    DEF_REQUESTS: (
        "统计期内的授权申请以提交时间为准，办理结果以报表生成时的状态为准。"
        "各项比率均以申请笔数为分母；退回率指至少被退回补正一次的申请所占比例。"
    ),
    DEF_TIME: "办理时长自申请提交起至最终通过或拒绝止，含退回补正及重新提交的时间；分位数按秩线性插值计算。",
    DEF_AUTHORIZER: (
        "授权人指标按统计期内作出的授权决定计算。响应时长自申请进入该授权级次（提交或上一级通过）起"
        "至其作出决定止；对重新提交申请的决定计入笔数，不计时长。"
    ),
    DEF_PERIODS: "统计期按协调世界时（UTC）的自然月、自然季度划分。",
}


def _t(text: str, language: str) -> str:
    return text if language == "en" else ZH[text]


def _n(value: int) -> str:
    return f"{value:,}"


def _min(seconds: float | None) -> str:
    return "–" if seconds is None else f"{seconds / 60:.1f}"


def _generated(stats: PeriodStats, language: str) -> str:
    local = stats.generated_at.astimezone()
    offset = local.strftime("%z")
    at = f"{local:%Y-%m-%d %H:%M} (UTC{offset[:3]}:{offset[3:]})"
    who = stats.generated_by
    if stats.generated_by_user and stats.generated_by_user != who:
        who = (
            f"{who} ({stats.generated_by_user})"
            if language == "en"
            else f"{who}（{stats.generated_by_user}）"
        )
    return _t("Generated {at} by {who}", language).format(at=at, who=who)


def _amounts(stats: PeriodStats, language: str) -> str:
    sep = "; " if language == "en" else "；"
    return sep.join(f"{cur} {fen / 100:,.2f}" for cur, fen in stats.approved_amounts) or "–"


def _summary(stats: PeriodStats, language: str, notes: dict[str, str] | None = None) -> KpiGrid:
    t = stats.total
    notes = notes or {}
    tr: Callable[[str], str] = lambda s: _t(s, language)  # noqa: E731
    items = (
        ("submitted", tr("Requests submitted"), _n(t.submitted), tr("{n} still open").format(n=t.open)),
        ("decided", tr("Decided (approved or rejected)"), _n(t.decided), ""),
        ("approval", tr("Approval rate"), fmt_pct(t.approval_rate), tr("{n} approved").format(n=t.approved)),
        (
            "rejection",
            tr("Rejection rate"),
            fmt_pct(t.rejection_rate),
            tr("{n} rejected").format(n=t.rejected),
        ),
        ("return", tr("Return rate"), fmt_pct(t.return_rate), tr("{n} returned").format(n=t.returned)),
        (
            "cancel",
            tr("Cancellation rate"),
            fmt_pct(t.cancel_rate),
            tr("{n} cancelled").format(n=t.cancelled),
        ),
        ("median", tr("Median time to decision"), fmt_duration(t.median_s, language), ""),
        ("p90", tr("90th percentile time to decision"), fmt_duration(t.p90_s, language), ""),
        (
            "remote",
            tr("Remote share"),
            fmt_pct(t.remote_share),
            tr("local {local} · remote {remote}").format(local=t.local, remote=t.remote),
        ),
        (
            "two_level",
            tr("Two-level share"),
            fmt_pct(t.two_level_share),
            tr("{n} requests").format(n=t.two_level),
        ),
        (
            "resubmissions",
            tr("Resubmissions"),
            _n(t.resubmissions),
            tr("{n} requests").format(n=t.resubmitted),
        ),
        ("decisions", tr("Decisions taken"), _n(stats.decisions), ""),
    )
    return KpiGrid(
        tuple(
            Kpi(label, value, notes.get(key, note), warn=key + "!" in notes)
            for key, label, value, note in items
        ),
        title="",
    )


def _group_table(
    title: str, first: str, groups: tuple[GroupStats, ...], total: GroupStats, language: str
) -> Table:
    tr: Callable[[str], str] = lambda s: _t(s, language)  # noqa: E731

    def cells(g: GroupStats, name: str) -> tuple[str, ...]:
        return (
            name,
            _n(g.submitted),
            _n(g.approved),
            _n(g.rejected),
            _n(g.returned),
            _n(g.cancelled),
            fmt_pct(g.approval_rate),
            fmt_pct(g.rejection_rate),
            fmt_pct(g.return_rate),
            _min(g.median_s),
            _min(g.p90_s),
        )

    return Table(
        title,
        (
            first,
            tr("Submitted"),
            tr("Approved"),
            tr("Rejected"),
            tr("Returned"),
            tr("Cancelled"),
            tr("Approval rate"),
            tr("Rejection rate"),
            tr("Return rate"),
            tr("Median\n(min)"),
            tr("P90\n(min)"),
        ),
        tuple(cells(g, g.name(language)) for g in groups),
        widths=(2.6, 1, 1, 1, 1, 1, 1.15, 1.15, 1.15, 1.25, 1.25),
        total=cells(total, tr("Total")) if groups else None,
        empty=tr("No requests in this period."),
    )


def _authorizer_table(title: str, stats: PeriodStats, language: str) -> Table:
    tr: Callable[[str], str] = lambda s: _t(s, language)  # noqa: E731

    def cells(a: AuthorizerStats) -> tuple[str, ...]:
        return (
            f"{a.name}（{a.key}）" if language != "en" else f"{a.name} ({a.key})",
            _n(a.decisions),
            _n(a.approved),
            _n(a.rejected),
            _n(a.returned),
            _n(a.local),
            _n(a.remote),
            _n(a.second_level),
            _min(a.median_s),
            _min(a.p90_s),
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
            _n(stats.decisions),
            *(_n(x) for x in sums),
            _n(local),
            _n(remote),
            _n(second),
            _min(stats.response_median_s),
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


def _teller_table(title: str, stats: PeriodStats, language: str) -> Table:
    tr: Callable[[str], str] = lambda s: _t(s, language)  # noqa: E731

    def cells(g: GroupStats, name: str) -> tuple[str, ...]:
        return (
            name,
            _n(g.submitted),
            _n(g.approved),
            _n(g.rejected),
            _n(g.returned),
            fmt_pct(g.return_rate),
            _n(g.resubmissions),
            _n(g.cancelled),
            _n(g.two_level),
            _min(g.median_s),
        )

    def name(g: GroupStats) -> str:
        return f"{g.name(language)}（{g.key}）" if language != "en" else f"{g.name(language)} ({g.key})"

    return Table(
        title,
        (
            tr("Teller"),
            tr("Submitted"),
            tr("Approved"),
            tr("Rejected"),
            tr("Returned"),
            tr("Return rate"),
            tr("Resubmitted\n(times)"),
            tr("Cancelled"),
            tr("Two-level"),
            tr("Median\n(min)"),
        ),
        tuple(cells(g, name(g)) for g in stats.by_teller),
        widths=(2.6, 1, 1, 1, 1, 1.1, 1.3, 1, 1.1, 1.3),
        total=cells(stats.total, tr("Total")) if stats.by_teller else None,
        empty=tr("No requests in this period."),
    )


def _breakdowns(stats: PeriodStats, language: str) -> list[Block]:
    tr: Callable[[str], str] = lambda s: _t(s, language)  # noqa: E731
    return [
        Heading(tr("By branch")),
        _group_table("", tr("Branch"), stats.by_branch, stats.total, language),
        Heading(tr("By business type")),
        _group_table("", tr("Business type"), stats.by_business, stats.total, language),
        Heading(tr("By authorizer")),
        _authorizer_table("", stats, language),
        Heading(tr("By teller")),
        _teller_table("", stats, language),
    ]


def _definitions(language: str) -> Paragraphs:
    keys = (DEF_REQUESTS, DEF_TIME, DEF_AUTHORIZER, DEF_PERIODS)
    return Paragraphs(_t("Definitions", language), tuple(_t(k, language) for k in keys), small=True)


def _daily_chart(stats: PeriodStats, language: str) -> BarChart:
    tr: Callable[[str], str] = lambda s: _t(s, language)  # noqa: E731
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
    tr: Callable[[str], str] = lambda s: _t(s, language)  # noqa: E731
    blocks: list[Block] = [
        Heading(tr("Summary")),
        _summary(stats, language),
        Paragraphs(
            "", (tr("Approved amount: {amounts}").format(amounts=_amounts(stats, language)),), bullets=False
        ),
        _daily_chart(stats, language),
        *_breakdowns(stats, language),
        _definitions(language),
    ]
    return _report(tr("Authorization statistics – monthly report"), stats, language, bank_name, blocks)


def _report(
    title: str, stats: PeriodStats, language: str, bank_name: str | None, blocks: list[Block]
) -> Report:
    return Report(
        title=title,
        bank_name=bank_name or DEFAULT_BANK["en" if language == "en" else "zh_CN"],
        period=stats.label(language),
        generated=_generated(stats, language),
        blocks=tuple(blocks),
        language=language,
        page_label=_t("Page {page} of {total}", language),
        confidential=_t("Internal – confidential", language),
        subject=title,
    )


def _signed_pct_points(delta: float, language: str) -> str:
    return _t("{value} points", language).format(value=fmt_signed_points(delta))


def _signed_duration(delta: float | None, language: str) -> str:
    return fmt_signed_duration(delta, language)


def _signed_count(delta: int, pct: float | None) -> str:
    text = f"{delta:+,}".replace("-", "−")
    return f"{text} ({'+' if (pct or 0) >= 0 else '−'}{abs(pct) * 100:.1f}%)" if pct is not None else text


def quarterly_document(
    analysis: QuarterAnalysis, language: str = "zh_CN", *, bank_name: str | None = None
) -> Report:
    tr: Callable[[str], str] = lambda s: _t(s, language)  # noqa: E731
    stats, prev, cmp = analysis.stats, analysis.previous, analysis.comparison
    vs = tr("vs previous quarter {change}")
    notes = {
        "submitted": vs.format(change=_signed_count(cmp.volume_delta, cmp.volume_pct)),
        "approval": vs.format(change=_signed_pct_points(cmp.approval_rate_delta, language)),
        "rejection": vs.format(change=_signed_pct_points(cmp.rejection_rate_delta, language)),
        "return": vs.format(change=_signed_pct_points(cmp.return_rate_delta, language)),
        "median": vs.format(change=_signed_duration(cmp.median_delta_s, language)),
        "p90": vs.format(change=_signed_duration(cmp.p90_delta_s, language)),
    }
    if cmp.approval_rate_delta < -0.02:
        notes["approval!"] = "1"
    if (
        cmp.median_delta_s is not None
        and prev.total.median_s
        and cmp.median_delta_s > 0.2 * prev.total.median_s
    ):
        notes["median!"] = "1"
    s, p = stats.total, prev.total
    comparison = Table(
        "",
        (
            tr("Indicator"),
            tr("This quarter"),
            tr("Previous quarter ({period})").format(period=prev.label(language)),
            tr("Change"),
        ),
        (
            (
                tr("Requests submitted"),
                _n(s.submitted),
                _n(p.submitted),
                _signed_count(cmp.volume_delta, cmp.volume_pct),
            ),
            (
                tr("Decided (approved or rejected)"),
                _n(s.decided),
                _n(p.decided),
                f"{s.decided - p.decided:+,}".replace("-", "−"),
            ),
            (
                tr("Approval rate"),
                fmt_pct(s.approval_rate),
                fmt_pct(p.approval_rate),
                _signed_pct_points(cmp.approval_rate_delta, language),
            ),
            (
                tr("Rejection rate"),
                fmt_pct(s.rejection_rate),
                fmt_pct(p.rejection_rate),
                _signed_pct_points(cmp.rejection_rate_delta, language),
            ),
            (
                tr("Return rate"),
                fmt_pct(s.return_rate),
                fmt_pct(p.return_rate),
                _signed_pct_points(cmp.return_rate_delta, language),
            ),
            (
                tr("Median time to decision"),
                fmt_duration(s.median_s, language),
                fmt_duration(p.median_s, language),
                _signed_duration(cmp.median_delta_s, language),
            ),
            (
                tr("90th percentile time to decision"),
                fmt_duration(s.p90_s, language),
                fmt_duration(p.p90_s, language),
                _signed_duration(cmp.p90_delta_s, language),
            ),
            (
                tr("Remote share"),
                fmt_pct(s.remote_share),
                fmt_pct(p.remote_share),
                _signed_pct_points(s.remote_share - p.remote_share, language),
            ),
            (
                tr("Two-level share"),
                fmt_pct(s.two_level_share),
                fmt_pct(p.two_level_share),
                _signed_pct_points(s.two_level_share - p.two_level_share, language),
            ),
            (
                tr("Decisions taken"),
                _n(stats.decisions),
                _n(prev.decisions),
                f"{stats.decisions - prev.decisions:+,}".replace("-", "−"),
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
                _n(m.total.submitted),
                _n(m.total.decided),
                fmt_pct(m.total.approval_rate),
                fmt_pct(m.total.rejection_rate),
                fmt_pct(m.total.return_rate),
                _min(m.total.median_s),
                _min(m.total.p90_s),
            )
            for m in analysis.months
        ),
        widths=(2.2, 1, 1, 1.2, 1.2, 1.2, 1.3, 1.3),
        total=(
            tr("This quarter"),
            _n(s.submitted),
            _n(s.decided),
            fmt_pct(s.approval_rate),
            fmt_pct(s.rejection_rate),
            fmt_pct(s.return_rate),
            _min(s.median_s),
            _min(s.p90_s),
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
        _summary(stats, language, notes),
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
        _definitions(language),
    ]
    return _report(tr("Authorization analysis – quarterly report"), stats, language, bank_name, blocks)


def monthly_report(
    stats: PeriodStats, path: Path | str, language: str = "zh_CN", *, bank_name: str | None = None
) -> Path:
    """Write the monthly statistics as an A4 PDF; the path written."""
    return render_pdf(monthly_document(stats, language, bank_name=bank_name), path)


def quarterly_report(
    analysis: QuarterAnalysis, path: Path | str, language: str = "zh_CN", *, bank_name: str | None = None
) -> Path:
    """Write the quarterly analysis as an A4 PDF; the path written."""
    return render_pdf(quarterly_document(analysis, language, bank_name=bank_name), path)


def english_to_chinese() -> dict[str, str]:
    """Every English text of these reports with its Chinese (for the translation merge)."""
    from app.services.authz_stats import FINDING_TEMPLATES

    out = dict(ZH)
    out.update({en: zh for en, zh in FINDING_TEMPLATES.values()})
    return out


__all__ = [
    "DEFAULT_BANK",
    "english_to_chinese",
    "monthly_document",
    "monthly_report",
    "quarterly_document",
    "quarterly_report",
]
