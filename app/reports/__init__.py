"""Reports (报表): a document model that says *what* a report holds (KPI tiles, tables, bar charts,
paragraphs), rendered to PDF by ``app.reports.pdf`` (reportlab) or to HTML (``to_html``) for the
GUI's print preview, so the printed page and the PDF show the same content. Any thread; pure data.

A report module (``app.reports.authz``) turns its statistics into a ``Report`` in the requested
language; the renderers know nothing of the statistics.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

NAVY = "#1f3a5f"
ACCENT = "#c0392b"


@dataclass(frozen=True)
class Kpi:
    label: str
    value: str
    note: str = ""  # a small line under the value (e.g. the change on the previous period)
    warn: bool = False
    key: str = ""  # what the figure is ("approval"), for views that place or name it
    hint: str = ""  # why it warns: the threshold crossed, in words (a tooltip on screen)


@dataclass(frozen=True)
class KpiGrid:
    items: tuple[Kpi, ...]
    title: str = ""
    columns: int = 4


@dataclass(frozen=True)
class Table:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()  # relative column widths; equal if empty
    align: str = ""  # one letter per column, "l" or "r"; first column left, the rest right if empty
    total: tuple[str, ...] | None = None  # a bold total row under the others
    note: str = ""
    empty: str = "–"  # shown in a single row when there are no rows

    def alignment(self) -> str:
        return self.align or ("l" + "r" * (len(self.headers) - 1))


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]
    color: str = NAVY


@dataclass(frozen=True)
class BarChart:
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    unit: str = ""  # value axis caption
    label_every: int = 1  # show every n-th category label (long daily axes)


@dataclass(frozen=True)
class Paragraphs:
    title: str
    lines: tuple[str, ...]
    numbered: bool = False
    small: bool = False
    bullets: bool = True  # False: plain paragraphs


@dataclass(frozen=True)
class Heading:
    text: str


Block = KpiGrid | Table | BarChart | Paragraphs | Heading


@dataclass(frozen=True)
class Report:
    title: str  # 授权业务月度统计报表
    bank_name: str
    period: str  # 2026年10月
    generated: str  # "生成时间：… 生成人：…", printed under the title and in the footer
    blocks: tuple[Block, ...]
    language: str = "zh_CN"
    page_label: str = "第 {page} 页 / 共 {total} 页"  # str.format with page and total
    confidential: str = "内部资料 注意保密"
    subject: str = ""  # PDF metadata
    keywords: tuple[str, ...] = field(default=())


def to_html(report: Report, chart_src: Callable[[int, BarChart], str] | None = None) -> str:
    """The report as one HTML page (Qt's rich-text subset: tables, inline styles, no CSS layout).
    Charts become ``<img src=chart_src(n, chart)>`` when given (the caller supplies the images),
    else bars drawn with table cells."""
    out: list[str] = [
        "<html><head><meta charset='utf-8'></head><body style='font-size:10pt'>",
        f"<p style='color:#555;margin:0'>{escape(report.bank_name)}</p>",
        f"<h1 style='color:{NAVY};margin:4px 0'>{escape(report.title)}</h1>",
        f"<p style='font-size:12pt;margin:0'>{escape(report.period)}</p>",
        f"<p style='color:#555;font-size:9pt'>{escape(report.generated)}</p>",
    ]
    charts = 0
    for block in report.blocks:
        if isinstance(block, BarChart) and chart_src is not None:
            src = escape(chart_src(charts, block), quote=True)
            out.append(
                f"<h3 style='color:{NAVY}'>{escape(block.title)}</h3><p><img src='{src}' width='640'></p>"
            )
            charts += 1
            continue
        out.append(_html_block(block))
    out.append(f"<p style='color:#888;font-size:8pt'>{escape(report.confidential)}</p></body></html>")
    return "\n".join(out)


def _html_block(block: Block) -> str:
    if isinstance(block, Heading):
        return f"<h2 style='color:{NAVY};margin-top:14px'>{escape(block.text)}</h2>"
    if isinstance(block, KpiGrid):
        cells = []
        for i, kpi in enumerate(block.items):
            if i % block.columns == 0:
                cells.append("<tr>" if i == 0 else "</tr><tr>")
            color = ACCENT if kpi.warn else NAVY
            note = (
                f"<br/><span style='font-size:8pt;color:#666'>{escape(kpi.note)}</span>" if kpi.note else ""
            )
            cells.append(
                "<td style='background:#f3f6fa;padding:6px' width='25%'>"
                f"<span style='font-size:15pt;color:{color}'><b>{escape(kpi.value)}</b></span><br/>"
                f"<span style='font-size:8pt;color:#444'>{escape(kpi.label)}</span>{note}</td>"
            )
        title = f"<h3>{escape(block.title)}</h3>" if block.title else ""
        return f"{title}<table cellspacing='4' width='100%'>{''.join(cells)}</tr></table>"
    if isinstance(block, Table):
        align = block.alignment()
        rel = block.widths or tuple(1.0 for _ in block.headers)
        head = "".join(
            f"<td style='background:{NAVY};color:white;padding:3px;font-size:7pt' "
            f"align='{_side(align, i)}'{_width(rel, i)}>{_lines(h)}</td>"
            for i, h in enumerate(block.headers)
        )
        rows = []
        body = block.rows or ((block.empty, *([""] * (len(block.headers) - 1))),)
        for n, row in enumerate(body):
            bg = "#f3f6fa" if n % 2 else "#ffffff"
            rows.append(
                f"<tr style='background:{bg}'>"
                + "".join(
                    f"<td style='padding:2px 4px' align='{_side(align, i)}'>{escape(c)}</td>"
                    for i, c in enumerate(row)
                )
                + "</tr>"
            )
        if block.total is not None:
            rows.append(
                "<tr style='background:#e1e8f0'>"
                + "".join(
                    f"<td style='padding:2px 4px' align='{_side(align, i)}'><b>{escape(c)}</b></td>"
                    for i, c in enumerate(block.total)
                )
                + "</tr>"
            )
        note = f"<p style='font-size:8pt;color:#666'>{escape(block.note)}</p>" if block.note else ""
        return (
            f"<h3 style='color:{NAVY}'>{escape(block.title)}</h3>"
            "<table border='0.5' cellspacing='0' cellpadding='2' width='100%' "
            "style='border-color:#c8d0da;font-size:7.5pt'>"
            f"<tr>{head}</tr>{''.join(rows)}</table>{note}"
        )
    if isinstance(block, BarChart):
        return _html_chart(block)
    size = "8pt" if block.small else "10pt"
    title = f"<h3 style='color:{NAVY}'>{escape(block.title)}</h3>" if block.title else ""
    if not block.numbered and not block.bullets:
        return title + "".join(f"<p style='font-size:{size}'>{escape(line)}</p>" for line in block.lines)
    lines = "".join(f"<li>{escape(line)}</li>" for line in block.lines)
    tag = "ol" if block.numbered else "ul"
    return f"{title}<{tag} style='font-size:{size}'>{lines}</{tag}>"


def _width(rel: tuple[float, ...], i: int) -> str:
    """Only the first (name) column gets a width: the numbers size themselves to their headers."""
    return f" width='{rel[0] / sum(rel) * 75:.0f}%'" if i == 0 and len(rel) > 4 else ""


def _lines(text: str) -> str:
    return "<br/>".join(escape(part) for part in text.split("\n"))


def _side(align: str, i: int) -> str:
    return "right" if i < len(align) and align[i] == "r" else "left"


def _html_chart(chart: BarChart) -> str:
    """Horizontal bars made of table cells (for HTML viewers without the chart image)."""
    peak = max((v for s in chart.series for v in s.values), default=0.0) or 1.0
    legend = " ".join(
        f"<span style='color:{s.color}'>&#9632;</span> {escape(s.name)}&nbsp;&nbsp;" for s in chart.series
    )
    rows = []
    for i, cat in enumerate(chart.categories):
        for k, s in enumerate(chart.series):
            value = s.values[i]
            pct = max(1, round(value / peak * 100)) if value > 0 else 0
            bar = f"<td width='{pct}%' bgcolor='{s.color}'></td>" if pct else ""
            rest = f"<td width='{100 - pct}%'></td>" if pct < 100 else ""
            label = escape(cat) if k == 0 else ""
            rows.append(
                f"<tr><td width='15%' style='font-size:7pt'>{label}</td>"
                f"<td width='75%'><table width='100%' cellspacing='0' cellpadding='0' height='6'>"
                f"<tr>{bar}{rest}</tr></table></td>"
                f"<td width='10%' align='right' style='font-size:7pt'>{value:g}</td></tr>"
            )
    return (
        f"<h3 style='color:{NAVY}'>{escape(chart.title)}</h3><p style='font-size:8pt'>{legend}</p>"
        f"<table cellspacing='0' cellpadding='0' width='100%'>{''.join(rows)}</table>"
    )


__all__ = [
    "BarChart",
    "Block",
    "Heading",
    "Kpi",
    "KpiGrid",
    "Paragraphs",
    "Report",
    "Series",
    "Table",
    "to_html",
]
