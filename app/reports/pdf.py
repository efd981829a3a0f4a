"""PDF building blocks shared by every report (reportlab platypus): the CJK font, A4 page template
with header, footer and "第 x 页 / 共 y 页", KPI tiles, data tables and bar charts, and
``render_pdf`` for a whole ``app.reports.Report``. Any thread (a report worker); no Qt.

Chinese needs a TrueType font: reportlab embeds TrueType outlines only (not the CFF outlines of
Noto CJK .otf/.ttc), so ``find_cjk_font`` takes the first TrueType CJK face from ``app.fonts`` (the
one font finder: ``BANKSUITE_PDF_FONT``, ``resources/fonts``, fontconfig, the usual folders) that
reportlab can load, and ``register_cjk_font`` registers it once per process. Without one,
``FontMissing`` says what to install.
"""

from __future__ import annotations

import functools
import os
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle as RLTableStyle
from reportlab.platypus.flowables import HRFlowable

from app.fonts import FontFace, FontMissing, cjk_fonts, missing_font
from app.reports import NAVY, BarChart, Block, Heading, Kpi, KpiGrid, Paragraphs, Report, Table

FONT_NAME = "SuiteCJK"
PAGE = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_PAD = 6  # platypus frames pad their content by 6 pt on every side
CONTENT_WIDTH = PAGE[0] - 2 * (MARGIN_X + FRAME_PAD)
LEFT, RIGHT = MARGIN_X + FRAME_PAD, PAGE[0] - MARGIN_X - FRAME_PAD  # page furniture lines up with it
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5f6b7a")
NAVY_C = colors.HexColor(NAVY)
STRIPE = colors.HexColor("#f3f6fa")
RULE = colors.HexColor("#c8d0da")
TOTAL_BG = colors.HexColor("#e1e8f0")
WARN = colors.HexColor("#c0392b")

_lock = threading.Lock()


@functools.cache
def find_cjk_font() -> FontFace:
    """The first TrueType face that writes Chinese and reportlab loads; ``FontMissing`` if none."""
    for face in cjk_fonts(truetype=True):
        try:
            TTFont("probe", str(face.path), subfontIndex=face.index)
        except (TTFError, OSError, ValueError):
            continue
        return face
    raise missing_font(truetype=True)


def register_cjk_font() -> str:
    """Register the CJK font with reportlab (once per process); its name for styles."""
    with _lock:
        if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
            face = find_cjk_font()
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(face.path), subfontIndex=face.index))
            # one weight only: <b> in paragraphs maps to the same face (headings use size and colour)
            pdfmetrics.registerFontFamily(
                FONT_NAME, normal=FONT_NAME, bold=FONT_NAME, italic=FONT_NAME, boldItalic=FONT_NAME
            )
    return FONT_NAME


# -- styles -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Styles:
    font: str
    bank: ParagraphStyle
    title: ParagraphStyle
    period: ParagraphStyle
    meta: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    kpi_value: ParagraphStyle
    kpi_warn: ParagraphStyle
    kpi_label: ParagraphStyle
    kpi_note: ParagraphStyle


@functools.cache
def styles(font: str = FONT_NAME) -> Styles:
    def ps(name: str, size: float, **kw: Any) -> ParagraphStyle:
        kw.setdefault("leading", size * 1.35)
        kw.setdefault("textColor", INK)
        return ParagraphStyle(name, fontName=font, fontSize=size, **kw)

    return Styles(
        font=font,
        bank=ps("bank", 11, textColor=MUTED, spaceAfter=2),
        title=ps("title", 20, textColor=NAVY_C, spaceAfter=4, leading=26),
        period=ps("period", 13, spaceAfter=2),
        meta=ps("meta", 8.5, textColor=MUTED, spaceAfter=6),
        h2=ps("h2", 13, textColor=NAVY_C, spaceBefore=10, spaceAfter=4),
        h3=ps("h3", 10.5, textColor=NAVY_C, spaceBefore=8, spaceAfter=3),
        body=ps("body", 9.5, spaceAfter=2),
        small=ps("small", 7.5, textColor=MUTED),
        cell=ps("cell", 8),
        cell_right=ps("cell_right", 8, alignment=TA_RIGHT),
        head=ps("head", 7.5, textColor=colors.white, alignment=TA_LEFT),
        head_right=ps("head_right", 7.5, textColor=colors.white, alignment=TA_RIGHT),
        kpi_value=ps("kpi_value", 15, textColor=NAVY_C, leading=19),
        kpi_warn=ps("kpi_warn", 15, textColor=WARN, leading=19),
        kpi_label=ps("kpi_label", 7.5, textColor=MUTED, leading=10),
        kpi_note=ps("kpi_note", 7, textColor=MUTED, leading=9),
    )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(_xml(text), style)


def _xml(text: str) -> str:
    """Plain text for a Paragraph: markup characters escaped, line breaks kept."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


# -- blocks -------------------------------------------------------------------------------------
def section_heading(text: str, st: Styles) -> list[Flowable]:
    return [
        CondPageBreak(40 * mm),
        _p(text, st.h2),
        HRFlowable(width="100%", thickness=0.8, color=NAVY_C, spaceBefore=0, spaceAfter=4),
    ]


def kpi_grid(items: Sequence[Kpi], st: Styles, *, columns: int = 4, width: float = CONTENT_WIDTH) -> RLTable:
    """Tiles of a big value over a small label (and an optional note), ``columns`` per row."""
    cells: list[list[Any]] = []
    row: list[Any] = []
    for kpi in items:
        tile: list[Flowable] = [
            _p(kpi.value, st.kpi_warn if kpi.warn else st.kpi_value),
            _p(kpi.label, st.kpi_label),
        ]
        if kpi.note:
            tile.append(_p(kpi.note, st.kpi_note))
        row.append(tile)
        if len(row) == columns:
            cells.append(row)
            row = []
    if row:
        cells.append(row + [""] * (columns - len(row)))
    table = RLTable(cells, colWidths=[width / columns] * columns)
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    for r, cells_row in enumerate(cells):
        for c, cell in enumerate(cells_row):
            if cell != "":
                style += [
                    ("BACKGROUND", (c, r), (c, r), STRIPE),
                    ("LINEBEFORE", (c, r), (c, r), 2.2, NAVY_C),
                    ("LINEBELOW", (c, r), (c, r), 3, colors.white),
                ]
    table.setStyle(RLTableStyle(style))
    return table


def data_table(block: Table, st: Styles, *, width: float = CONTENT_WIDTH) -> RLTable:
    """A striped table with a navy header row repeated on every page and an optional total row."""
    align = block.alignment()
    head = [_p(h, st.head_right if align[i] == "r" else st.head) for i, h in enumerate(block.headers)]
    body_rows = list(block.rows) or [(block.empty, *([""] * (len(block.headers) - 1)))]
    if block.total is not None:
        body_rows.append(block.total)
    data: list[list[Any]] = [head]
    for row in body_rows:
        data.append([_p(c, st.cell_right if align[i] == "r" else st.cell) for i, c in enumerate(row)])
    table = RLTable(data, colWidths=fit_widths(block, st, width), repeatRows=1)
    style: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), NAVY_C),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    for r in range(2, len(data), 2):
        style.append(("BACKGROUND", (0, r), (-1, r), STRIPE))
    if block.total is not None:
        style += [
            ("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), TOTAL_BG),
            ("LINEABOVE", (0, len(data) - 1), (-1, len(data) - 1), 0.8, NAVY_C),
        ]
    table.setStyle(RLTableStyle(style))
    return table


CELL_PADDING = 3.5
_CJK_BREAKS = re.compile(r" |([\u3000-\u30ff\u3400-\u9fff\uff00-\uffef])")  # a CJK character is a word


def fit_widths(block: Table, st: Styles, width: float) -> list[float]:
    """Column widths: a number column gets what its widest cell needs, a text column what its
    longest word needs (its cells wrap at spaces), and every column its longest header word
    (headers wrap at spaces or at the line breaks given); the space left over is shared by the
    relative ``widths``. When even the needs do not fit, they shrink in proportion."""
    rel = block.widths or tuple(1.0 for _ in block.headers)
    align = block.alignment()
    rows = [*block.rows, *([block.total] if block.total is not None else [])]

    def longest_word(text: str, size: float) -> float:
        # a line breaks at spaces and beside any CJK character (Chinese has no spaces between words)
        words = [w for line in text.split("\n") for w in _CJK_BREAKS.split(line) if w] or [""]
        return float(max(pdfmetrics.stringWidth(w, st.font, size) for w in words))

    def needs(wrap_text: bool) -> list[float]:
        out: list[float] = []
        for i, head in enumerate(block.headers):
            need = longest_word(head, st.head.fontSize)
            for row in rows:
                if i < len(row):
                    cell, size = row[i], st.cell.fontSize
                    wraps = wrap_text and align[i] != "r" and _CJK_BREAKS.search(cell) is not None
                    need = max(
                        need,
                        longest_word(cell, size) if wraps else pdfmetrics.stringWidth(cell, st.font, size),
                    )
            out.append(need + 2 * CELL_PADDING + 1)
        return out

    widths = needs(wrap_text=False)  # text on one line if it fits, else wrapped at spaces
    if sum(widths) > width:
        widths = needs(wrap_text=True)
    total = sum(widths)
    if total >= width:
        return [n * width / total for n in widths]
    extra = width - total
    return [n + extra * r / sum(rel) for n, r in zip(widths, rel, strict=True)]


def bar_chart(
    chart: BarChart, st: Styles, *, width: float = CONTENT_WIDTH, height: float = 62 * mm
) -> Drawing:
    """Grouped vertical bars with a legend above, value axis from zero."""
    drawing = Drawing(width, height)
    plot = VerticalBarChart()
    plot.x, plot.y = 30, 24
    plot.width, plot.height = width - 40, height - 48
    plot.data = [list(s.values) for s in chart.series] or [[0]]
    peak = max((v for s in chart.series for v in s.values), default=0.0)
    plot.valueAxis.valueMin = 0
    plot.valueAxis.valueMax = _nice_ceiling(peak)
    plot.valueAxis.valueStep = _nice_ceiling(peak) / 5
    plot.valueAxis.labels.fontName = st.font
    plot.valueAxis.labels.fontSize = 7
    plot.valueAxis.labelTextFormat = _axis_format(plot.valueAxis.valueStep)
    plot.valueAxis.strokeColor = RULE
    plot.valueAxis.gridStrokeColor = colors.HexColor("#e6eaf0")
    plot.valueAxis.visibleGrid = True
    plot.categoryAxis.categoryNames = [
        c if i % max(chart.label_every, 1) == 0 else "" for i, c in enumerate(chart.categories)
    ]
    plot.categoryAxis.labels.fontName = st.font
    plot.categoryAxis.labels.fontSize = 7
    plot.categoryAxis.labels.dy = -3
    plot.categoryAxis.strokeColor = RULE
    plot.categoryAxis.tickDown = 2
    plot.barSpacing = 0.5
    plot.groupSpacing = 3 if len(chart.categories) > 15 else 8
    for i, s in enumerate(chart.series):
        plot.bars[i].fillColor = colors.HexColor(s.color)
        plot.bars[i].strokeColor = None
    drawing.add(plot)
    legend = Legend()
    legend.fontName = st.font
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.x, legend.y = 34, height - 8
    legend.boxAnchor = "nw"
    legend.columnMaximum = 1
    legend.deltax = 70
    legend.dx, legend.dy = 7, 7
    legend.colorNamePairs = [(colors.HexColor(s.color), s.name) for s in chart.series]
    drawing.add(legend)
    if chart.unit:
        drawing.add(String(width - 4, height - 8, chart.unit, fontName=st.font, fontSize=7, textAnchor="end"))
    return drawing


def _nice_ceiling(value: float) -> float:
    if value <= 0:
        return 5.0
    step = 10 ** max(len(str(int(value))) - 1, 0)
    for m in (1, 2, 2.5, 5, 10):
        top = m * step
        if top >= value * 1.05 and (top / 5) == round(top / 5, 6):
            return float(top)
    return float(10 * step)


def _axis_format(step: float) -> Callable[[float], str]:
    if step >= 1 and float(step).is_integer():
        return lambda v: f"{v:.0f}"
    return lambda v: f"{v:.1f}"


def paragraphs(block: Paragraphs, st: Styles) -> list[Flowable]:
    style = st.small if block.small else st.body
    out: list[Flowable] = []
    if block.title:
        out.append(_p(block.title, st.h3))
    if not block.numbered and not block.bullets:
        return [*out, *(_p(line, style) for line in block.lines)]
    items = [ListItem(_p(line, style), leftIndent=14) for line in block.lines]
    if block.numbered:
        out.append(
            ListFlowable(
                items,
                bulletType="1",
                bulletFormat="%s.",
                bulletFontName=st.font,
                bulletFontSize=style.fontSize,
                leftIndent=14,
            )
        )
    else:
        out.append(
            ListFlowable(
                items, bulletType="bullet", start="•", bulletFontName=st.font, bulletFontSize=style.fontSize
            )
        )
    return out


def flowables(block: Block, st: Styles) -> list[Flowable]:
    if isinstance(block, Heading):
        return section_heading(block.text, st)
    if isinstance(block, KpiGrid):
        head = [_p(block.title, st.h3)] if block.title else []
        return [KeepTogether([*head, kpi_grid(block.items, st, columns=block.columns)]), Spacer(1, 4)]
    if isinstance(block, Table):
        title = [_p(block.title, st.h3)] if block.title else []
        note = [_p(block.note, st.small)] if block.note else []
        table = data_table(block, st)
        if len(block.rows) <= 12:
            return [KeepTogether([*title, table, *note]), Spacer(1, 4)]
        return [*title, table, *note, Spacer(1, 4)]
    if isinstance(block, BarChart):
        return [KeepTogether([_p(block.title, st.h3), bar_chart(block, st)]), Spacer(1, 4)]
    return paragraphs(block, st)


# -- page template ------------------------------------------------------------------------------
def _numbered_canvas(report: Report, font: str) -> type[rl_canvas.Canvas]:
    """A canvas that holds every page until the end, to print "page x of y" on each."""

    class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer_numbers(total)
                super().showPage()
            super().save()

        def _footer_numbers(self, total: int) -> None:
            self.saveState()
            self.setFont(font, 8)
            self.setFillColor(MUTED)
            text = report.page_label.format(page=self._pageNumber, total=total)
            self.drawRightString(RIGHT, 11 * mm, text)
            self.restoreState()

    return NumberedCanvas


def _decorate(report: Report, font: str) -> Callable[[rl_canvas.Canvas, Any], None]:
    def on_page(c: rl_canvas.Canvas, _doc: Any) -> None:
        c.saveState()
        top = PAGE[1] - 13 * mm
        c.setFont(font, 8.5)
        c.setFillColor(NAVY_C)
        c.drawString(LEFT, top, report.bank_name)
        c.setFillColor(MUTED)
        c.drawRightString(RIGHT, top, f"{report.title} · {report.period}")
        c.setStrokeColor(NAVY_C)
        c.setLineWidth(0.8)
        c.line(LEFT, top - 3 * mm, RIGHT, top - 3 * mm)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.line(LEFT, 15 * mm, RIGHT, 15 * mm)
        c.setFont(font, 7.5)
        c.setFillColor(MUTED)
        c.drawString(LEFT, 11 * mm, f"{report.confidential}    {report.generated}")
        c.restoreState()

    return on_page


def render_pdf(report: Report, path: Path | str) -> Path:
    """Write ``report`` as an A4 PDF at ``path`` (written to a temporary file, then moved in)."""
    font = register_cjk_font()
    st = styles(font)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.part")
    doc = SimpleDocTemplate(
        str(tmp),
        pagesize=PAGE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{report.title} {report.period}",
        author=report.bank_name,
        subject=report.subject or report.title,
        keywords=list(report.keywords),
        creator="Bank Operator Suite",
        lang="zh-CN" if report.language != "en" else "en",
    )
    story: list[Flowable] = [
        _p(report.bank_name, st.bank),
        _p(report.title, st.title),
        _p(report.period, st.period),
        _p(report.generated, st.meta),
        HRFlowable(width="100%", thickness=1.2, color=NAVY_C, spaceBefore=2, spaceAfter=6),
    ]
    for block in report.blocks:
        story += flowables(block, st)
    decorate = _decorate(report, font)
    try:
        doc.build(
            story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=_numbered_canvas(report, font)
        )
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


__all__ = [
    "CONTENT_WIDTH",
    "FontMissing",
    "Styles",
    "bar_chart",
    "data_table",
    "find_cjk_font",
    "fit_widths",
    "flowables",
    "kpi_grid",
    "register_cjk_font",
    "render_pdf",
    "section_heading",
    "styles",
]
