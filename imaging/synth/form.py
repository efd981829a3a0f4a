"""The printed bank form of a synthetic voucher: tinted security paper with guilloche line work and
a rosette, the bank's emblem and name, the title, the table ruling with its labels, the copy mark
(第二联 …) in the copy's form colour, and the printed back of the form. Any thread (the cached
forms are read-only arrays).

The QR symbol's area and a quiet zone of ``QR_BLANK_MM`` around it stay blank paper.
"""

from __future__ import annotations

import functools
import math
import zlib
from dataclasses import dataclass

import cv2
import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageDraw, ImageFont

from imaging.synth.data import BANKS
from imaging.synth.fonts import font_at, text_width
from imaging.synth.paint import (
    BGR,
    RGB,
    Float,
    image_alpha,
    multiply,
    page_size,
    paper_grain,
    px_per_mm,
    smooth_noise,
    u8_alpha,
)
from imaging.templates import Box, Region, Template

QR_BLANK_MM = 3.0  # blank paper around the QR symbol (its quiet zone), printed on the form


def _draw_spaced(
    draw: ImageDraw.ImageDraw,
    text: str,
    cx: float,
    cy: float,
    font: ImageFont.FreeTypeFont,
    span: float,
    fill: int = 255,
) -> None:
    """Characters spread evenly over ``span`` pixels centred on (cx, cy), as labels on printed forms."""
    n = len(text)
    if n == 1:
        draw.text((cx, cy), text, font=font, fill=fill, anchor="mm")
        return
    widths = [text_width(font, ch) for ch in text]
    gap = max(0.0, (span - sum(widths)) / (n - 1))
    x = cx - (sum(widths) + gap * (n - 1)) / 2
    for ch, w in zip(text, widths, strict=True):
        draw.text((x + w / 2, cy), ch, font=font, fill=fill, anchor="mm")
        x += w + gap


def _draw_label(
    draw: ImageDraw.ImageDraw, text: str, cell: tuple[float, float, float, float], s: float
) -> None:
    """A printed label centred in its cell: spread horizontally, or stacked vertically in a narrow cell."""
    x0, y0, x1, y1 = cell
    cw, ch = x1 - x0, y1 - y0
    n = max(len(text), 1)
    size_h = min(3.3 * s, ch * 0.55, cw * 0.88 / n)
    size_v = min(3.3 * s, cw * 0.72, ch * 0.88 / n)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    if size_h >= 0.8 * size_v:
        font = font_at("serif", size_h)
        span = min(cw * 0.78, n * size_h * (1.9 if n <= 2 else 1.35 if n <= 4 else 1.1))
        _draw_spaced(draw, text, cx, cy, font, span)
        return
    font = font_at("serif", size_v)
    pitch = min(size_v * 1.3, ch * 0.9 / n)
    top = cy - pitch * (n - 1) / 2
    for i, c in enumerate(text):
        draw.text((cx, top + i * pitch), c, font=font, fill=255, anchor="mm")


_SCHEMES: tuple[tuple[RGB, RGB, RGB], ...] = (
    # form ink, guilloche tint, paper (RGB); copy 1 blue on white, 2 red on pink, 3 green on green
    ((28, 58, 128), (150, 180, 225), (249, 249, 245)),
    ((180, 36, 48), (232, 160, 165), (251, 240, 238)),
    ((18, 105, 68), (150, 205, 165), (240, 248, 238)),
)
_COPY_NAMES = ("第一联", "第二联", "第三联", "第四联", "第五联")
_COPY_PURPOSE: dict[str, tuple[str, ...]] = {
    "TR": ("付款人开户银行作借方凭证", "收款人开户银行作贷方凭证", "收款人开户银行给收款人的收账通知"),
    "CD": ("银行记账凭证", "客户回单", "银行留存"),
}


def copy_mark(template_code: str, copy: int) -> str:
    """The copy mark printed in the right margin, e.g. ``第二联 客户回单``."""
    name = _COPY_NAMES[copy - 1] if 1 <= copy <= len(_COPY_NAMES) else f"第{copy}联"
    purposes = _COPY_PURPOSE.get(template_code, ())
    return f"{name} {purposes[copy - 1]}" if copy <= len(purposes) else name


@dataclass(frozen=True)
class _Cell:
    region: Region
    cell: tuple[float, float, float, float]  # mm: x0, y0, x1, y1 of the value cell
    label: tuple[float, float, float, float] | None  # mm: the label cell before it
    free: tuple[float, float, float, float] | None  # mm: unused space under the lowest cell of a column


def _overlap(a0: float, a1: float, b0: float, b1: float) -> bool:
    return min(a1, b1) - max(a0, b0) > 0.5


def _span(box: Box, vertical: bool) -> tuple[float, float, float, float]:
    """The box's start and end along the axis (y if ``vertical``, else x), then across it."""
    if vertical:
        return box.y, box.y + box.h, box.x, box.x + box.w
    return box.x, box.x + box.w, box.y, box.y + box.h


def _neighbours(region: Region, regions: list[Region], *, vertical: bool) -> tuple[list[float], list[float]]:
    """Of the other regions overlapping ``region`` across the axis: where those before it end and where
    those after it start, along the axis (above and below if ``vertical``, else left and right)."""
    a0, a1, c0, c1 = _span(region.box, vertical)
    before: list[float] = []
    after: list[float] = []
    for other in regions:
        if other is region:
            continue
        o0, o1, d0, d1 = _span(other.box, vertical)
        if not _overlap(d0, d1, c0, c1):
            continue
        if o1 <= a0:
            before.append(o1)
        if o0 >= a1:
            after.append(o0)
    return before, after


def _table_layout(template: Template) -> tuple[tuple[float, float, float, float], list[_Cell]]:
    """The ruled table: its frame (mm) and a value cell plus a label cell per region."""
    regions = [r for r in template.regions if r.kind not in ("number", "date")]
    if not regions:
        return (0.0, 0.0, 0.0, 0.0), []
    left = min(4.0, min(r.box.x for r in regions) - 4.0)
    frame = (
        max(left, 1.0),
        min(r.box.y for r in regions) - 1.5,
        min(max(r.box.x + r.box.w for r in regions) + 1.5, template.width_mm - 1.0),
        min(max(r.box.y + r.box.h for r in regions) + 1.5, template.height_mm - 1.0),
    )
    cells = []
    for r in regions:
        b = r.box
        above, below = _neighbours(r, regions, vertical=True)
        top = (max(above) + b.y) / 2 if above else frame[1]
        bottom = (min(below) + b.y + b.h) / 2 if below else b.y + b.h + 1.5
        if not below and frame[3] - bottom < 3.0:
            bottom = frame[3]
        lefts, _ = _neighbours(r, regions, vertical=False)
        label_x0 = max(lefts) + 0.5 if lefts else frame[0]
        label = (label_x0, top, b.x - 0.5, bottom) if b.x - 0.5 - label_x0 >= 2.0 else None
        right = min(b.x + b.w + 0.5, frame[2])
        free = (
            (label[0] if label else b.x - 0.5, bottom, right, frame[3])
            if not below and frame[3] - bottom >= 6.0
            else None
        )
        cells.append(_Cell(r, (b.x - 0.5, top, right, bottom), label, free))
    return frame, cells


def _logo(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, variant: int) -> None:
    """An emblem for a fictitious bank, plain geometry like no real bank's mark: a ring holding a
    hexagon, a diamond, or three bars."""
    ring = max(1.0, r * 0.22)
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=255)
    draw.ellipse([cx - r + ring, cy - r + ring, cx + r - ring, cy + r - ring], fill=0)
    if variant == 0:  # a hexagon
        d = r * 0.5
        draw.polygon(
            [(cx + d * math.cos(a), cy + d * math.sin(a)) for a in np.arange(6) * math.pi / 3], fill=255
        )
    elif variant == 1:  # a diamond frame
        d = r * 0.62
        draw.polygon([(cx, cy - d), (cx + d, cy), (cx, cy + d), (cx - d, cy)], fill=255)
        d2 = d * 0.45
        draw.polygon([(cx, cy - d2), (cx + d2, cy), (cx, cy + d2), (cx - d2, cy)], fill=0)
    else:  # three horizontal bars
        for k in (-1, 0, 1):
            y = cy + k * r * 0.3
            draw.rectangle([cx - r * 0.45, y - r * 0.09, cx + r * 0.45, y + r * 0.09], fill=255)


def _guilloche(w: int, h: int, s: float, template: Template, phase: float) -> Float:
    """Security-print line work in [0, 1]: two families of crossing waves and a rosette."""
    # computed at half resolution: the lines are soft anyway and this is 4x cheaper
    hw, hh = max(2, w // 2), max(2, h // 2)
    ys = (np.arange(hh, dtype=np.float32) + 0.5) * (2 / s)
    xs = (np.arange(hw, dtype=np.float32) + 0.5) * (2 / s)
    yy, xx = np.meshgrid(ys, xs, indexing="ij")
    wave = np.sin(xx * (2 * np.pi / 19.0) + phase)
    f1 = np.cos((yy + 1.3 * wave) * (2 * np.pi / 2.4))
    f2 = np.cos((yy - 1.3 * wave) * (2 * np.pi / 2.4))
    lines = np.maximum(np.clip((f1 - 0.78) / 0.22, 0, 1), np.clip((f2 - 0.78) / 0.22, 0, 1)) * 0.8
    cx, cy = template.width_mm * 0.42, template.height_mm * 0.62
    dx, dy = xx - cx, yy - cy
    r = np.sqrt(dx * dx + dy * dy)
    theta = np.arctan2(dy, dx)
    rosette = np.cos(r * (2 * np.pi / 1.6) + 2.2 * np.sin(theta * 14))
    radius = min(template.width_mm, template.height_mm) * 0.36
    fade = np.clip((radius - r) / (radius * 0.25), 0, 1)
    rose = np.clip((rosette - 0.7) / 0.3, 0, 1) * fade
    field = np.maximum(lines * (1 - fade * 0.7), rose)
    return np.asarray(
        cv2.resize(field.astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR), np.float32
    )


@dataclass(frozen=True)
class _Header:
    logo: tuple[float, float, float]  # px: centre x, centre y, radius
    name_x: float  # px: where the bank's name starts
    title: tuple[float, float]  # px: the title's band, x0 .. x1


def _header(template: Template, s: float) -> _Header:
    """Where the header goes; the same for every bank (the title leaves room for the longest name)."""
    frame, cells = _table_layout(template)
    top_band = frame[1] if cells else template.height_mm
    logo_r = min(5.0, top_band * 0.16) * s
    lx, ly = max(frame[0], 1.0) * s + logo_r, max(3.0 * s + logo_r, 9.0 * s)
    name_x = lx + logo_r + 1.8 * s
    name_font = font_at("sans_bold", 4.2 * s)
    title_x0 = name_x + max(text_width(name_font, b.name) for b in BANKS) + 4.0 * s
    label_font = font_at("serif", 3.3 * s)
    stops = [
        (r.box.x - 5.5) * s - text_width(label_font, r.label_zh + "：")
        for r in template.regions
        if r.kind in ("number", "date") and r.box.y < 18.0
    ]
    if template.qr is not None and template.qr.y < 18.0:
        stops.append((template.qr.x - QR_BLANK_MM) * s)
    title_x1 = max(title_x0 + 10 * s, min([*stops, (template.width_mm - 4.0) * s]))
    return _Header((lx, ly, logo_r), name_x, (title_x0, title_x1))


def _paper(template: Template, dpi: float, copy: int) -> Float:
    """Tinted security paper (RGB float32): fibres, guilloche lines, a blank QR area."""
    s = px_per_mm(dpi)
    w, h = page_size(template, dpi)
    _, tint, paper = _SCHEMES[(copy - 1) % len(_SCHEMES)]
    rng = np.random.default_rng(zlib.crc32(f"paper|{template.code}|{dpi}|{copy}".encode()))
    fibres = smooth_noise((h, w), 2.5 * s, rng) * 1.6 + paper_grain(h, w, 1.3, rng)
    page = np.asarray(paper, np.float32)[None, None, :] + fibres[..., None]
    pattern = _guilloche(w, h, s, template, float(rng.uniform(0, 2 * np.pi)))
    if template.qr is not None:  # the QR area and its quiet zone are blank paper
        q = template.qr
        x0, y0 = max(0, math.floor((q.x - QR_BLANK_MM) * s)), max(0, math.floor((q.y - QR_BLANK_MM) * s))
        x1, y1 = math.ceil((q.x + q.w + QR_BLANK_MM) * s), math.ceil((q.y + q.h + QR_BLANK_MM) * s)
        pattern[y0:y1, x0:x1] = 0
        page[y0:y1, x0:x1] = np.maximum(page[y0:y1, x0:x1], np.float32(246.0))
    multiply(page, pattern, 0, 0, tint, 0.55)
    return page


def _form_ink(template: Template, dpi: float, copy: int) -> NDArray[np.uint8]:
    """What is printed in the form colour (alpha 0..255): title, ruling, labels, copy mark."""
    s = px_per_mm(dpi)
    w, h = page_size(template, dpi)
    form = Image.new("L", (w, h), 0)
    fd = ImageDraw.Draw(form)
    frame, cells = _table_layout(template)
    head = _header(template, s)
    label_font = font_at("serif", 3.3 * s)

    # the title with a double rule
    title_x0, title_x1 = head.title
    title = template.name_zh
    n = max(len(title), 1)
    size = max(2.5 * s, min(7.0 * s, (title_x1 - title_x0) / (n * 1.45)))
    span = min(title_x1 - title_x0, n * size * 1.45)
    tcx, tcy = (title_x0 + title_x1) / 2, head.logo[1] - 0.2 * s
    _draw_spaced(fd, title, tcx, tcy, font_at("serif_bold", size), span)
    for dy, width in ((size * 0.62, 0.3), (size * 0.62 + 0.8 * s, 0.15)):
        ends = [(tcx - span / 2 - 1.5 * s, tcy + dy), (tcx + span / 2 + 1.5 * s, tcy + dy)]
        fd.line(ends, fill=255, width=max(1, round(width * s)))

    # header fields: label before the box, a rule under it
    for r in template.regions:
        if r.kind not in ("number", "date"):
            continue
        b = r.box
        label_at = (b.x * s - 1.5 * s, (b.y + b.h * 0.62) * s)
        fd.text(label_at, r.label_zh + "：", font=label_font, fill=255, anchor="rs")
        rule = [(b.x * s, (b.y + b.h) * s), ((b.x + b.w) * s, (b.y + b.h) * s)]
        fd.line(rule, fill=255, width=max(1, round(0.15 * s)))

    if not cells:
        return np.asarray(form, np.uint8)
    # the table
    thin, thick = max(1, round(0.16 * s)), max(2, round(0.4 * s))
    fd.rectangle([frame[0] * s, frame[1] * s, frame[2] * s, frame[3] * s], outline=255, width=thick)
    for c in cells:
        vx0, vy0, vx1, vy1 = c.cell
        fd.rectangle([vx0 * s, vy0 * s, vx1 * s, vy1 * s], outline=255, width=thin)
        if c.label is not None:
            lx0, ly0, lx1, ly1 = c.label
            fd.rectangle([lx0 * s, ly0 * s, lx1 * s, ly1 * s], outline=255, width=thin)
            _draw_label(fd, c.region.label_zh, (lx0 * s, ly0 * s, lx1 * s, ly1 * s), s)
        if c.free is not None:  # free space under the lowest cell of a column: remarks, sign-off
            fx0, fy0, fx1, fy1 = c.free
            remark_at = ((fx0 + 2.0) * s, (fy0 + 2.0) * s)
            fd.text(remark_at, "备注：", font=font_at("serif", 3.0 * s), fill=255, anchor="lt")
            sign = "会计主管　　　复核　　　记账"
            sf = font_at("serif", min(3.0 * s, (fx1 - fx0 - 4.0) * s / max(len(sign), 1)))
            fd.text(((fx0 + 2.0) * s, (fy1 - 2.0) * s), sign, font=sf, fill=255, anchor="ls")
    # copy mark, vertical in the right margin
    mark = copy_mark(template.code, copy)
    margin = template.width_mm - frame[2]
    if margin >= 2.5:
        size_v = min(2.8 * s, margin * 0.6 * s, (frame[3] - frame[1]) * s / (len(mark) * 1.1))
        mf = font_at("serif", size_v)
        cx = (frame[2] + margin / 2) * s
        top = (frame[1] + frame[3]) / 2 * s - size_v * 1.1 * (len(mark) - 1) / 2
        for i, ch in enumerate(mark):
            if ch != " ":
                fd.text((cx, top + i * size_v * 1.1), ch, font=mf, fill=255, anchor="mm")
    below = template.height_mm - frame[3]
    if below >= 2.0:  # the form's code and the copy under the frame
        ff = font_at("sans", min(1.8, below * 0.6) * s)
        y = (frame[3] + below * 0.5) * s
        code = f"{template.code}-{template.version:02d}  {template.width_mm:g}×{template.height_mm:g}mm"
        fd.text((frame[0] * s, y), code, font=ff, fill=255, anchor="lm")
        fd.text((frame[2] * s, y), mark.split(" ")[0], font=ff, fill=255, anchor="rm")
    return np.asarray(form, np.uint8)


@functools.lru_cache(maxsize=8)  # 4.7 MB each at 200 dpi (TR), 10.5 MB at 300 dpi
def _printed_form(template: Template, dpi: float, copy: int) -> NDArray[np.uint8]:
    """The paper with everything printed in the copy's form colour (RGB, read-only)."""
    page = _paper(template, dpi, copy)
    ink = _SCHEMES[(copy - 1) % len(_SCHEMES)][0]
    multiply(page, u8_alpha(_form_ink(template, dpi, copy)), 0, 0, ink, 0.92)
    out = np.asarray(np.clip(page + 0.5, 0, 255), np.uint8)
    out.flags.writeable = False
    return out


@functools.lru_cache(maxsize=48)
def _bank_ink(template: Template, dpi: float, bank_index: int) -> NDArray[np.uint8]:
    """The bank's emblem and name (alpha, read-only), cropped to the top-left corner of the page."""
    s = px_per_mm(dpi)
    bank = BANKS[bank_index]
    head = _header(template, s)
    lx, ly, logo_r = head.logo
    w, h = math.ceil(head.title[0]), math.ceil(ly + logo_r + 2 * s)
    logo = Image.new("L", (w, h), 0)
    ld = ImageDraw.Draw(logo)
    _logo(ld, lx, ly, logo_r, bank.logo)
    name_font = font_at("sans_bold", 4.2 * s)
    ld.text((head.name_x, ly - 0.4 * s), bank.name, font=name_font, fill=255, anchor="ls")
    name_w = text_width(name_font, bank.name)
    en_font = font_at("sans", 1.6 * s)
    en_font = font_at("sans", 1.6 * s * min(1.0, name_w / max(text_width(en_font, bank.name_en), 1.0)))
    ld.text((head.name_x, ly + 1.0 * s), bank.name_en, font=en_font, fill=255, anchor="lt")
    out = np.asarray(logo, np.uint8)
    out.flags.writeable = False
    return out


def blank_form(template: Template, dpi: float, bank_index: int, copy: int) -> Float:
    """A fresh blank printed form (RGB float32): paper, bank emblem, title, ruling, labels."""
    page = _printed_form(template, dpi, copy).astype(np.float32)
    multiply(page, u8_alpha(_bank_ink(template, dpi, bank_index)), 0, 0, BANKS[bank_index].colour, 0.95)
    return page


def back_side(template: Template, dpi: float, copy: int) -> BGR:
    """The plain printed back of a voucher: notes and an endorsement box, no QR."""
    s = px_per_mm(dpi)
    w, h = page_size(template, dpi)
    ink, tint, paper = _SCHEMES[(copy - 1) % len(_SCHEMES)]
    rng = np.random.default_rng(zlib.crc32(f"back|{template.code}|{dpi}".encode()))
    page = (
        np.asarray(paper, np.float32)[None, None, :]
        + (rng.standard_normal((h, w), dtype=np.float32) * 1.3)[..., None]
    )
    page = np.ascontiguousarray(page)
    multiply(page, _guilloche(w, h, s, template, 1.0), 0, 0, tint, 0.25)
    form = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(form)
    big, small = font_at("serif_bold", 4.0 * s), font_at("serif", 2.9 * s)
    d.text((10 * s, 10 * s), "注意事项", font=big, fill=255, anchor="lt")
    notes = (
        "一、本凭证须用墨水笔或碳素笔填写，字迹清楚，不得涂改。",
        "二、大写金额应紧接“人民币”字样填写，不得留有空白。",
        "三、收款人全称、账号及开户银行名称必须填写完整。",
        "四、本凭证各联次须加盖预留银行印鉴。",
    )
    for i, line in enumerate(notes):
        d.text((12 * s, (20 + i * 6.5) * s), line, font=small, fill=255, anchor="lt")
    bx0, by0 = template.width_mm * 0.55, template.height_mm * 0.55
    d.rectangle(
        [bx0 * s, by0 * s, (template.width_mm - 8) * s, (template.height_mm - 8) * s],
        outline=255,
        width=max(1, round(0.3 * s)),
    )
    d.text(((bx0 + 3) * s, (by0 + 3) * s), "背书人签章", font=small, fill=255, anchor="lt")
    d.text(
        ((template.width_mm - 11) * s, (template.height_mm - 11) * s),
        "年　　月　　日",
        font=small,
        fill=255,
        anchor="rs",
    )
    multiply(page, image_alpha(form), 0, 0, ink, 0.9)
    return np.asarray(np.clip(page[..., ::-1], 0, 255), np.uint8)
