"""Synthetic Chinese bank vouchers with known ground truth, for tests, benchmarks and demos. Any
thread (fonts are cached per thread; the cached form backgrounds are read-only).

A voucher is drawn from its ``Template``: a tinted security-paper background with guilloche lines,
the bank's logo and name, the title, the table ruling and the printed labels (all in the copy's
form colour), then the values: printed text for names, accounts, numbers and memos, hand-written
text for the date and the amounts, a red seal, the QR code and the copy mark (第二联 …).

Ground truth: every image comes with a homography ``H`` (3x3) that maps template millimetres (origin
top-left of the voucher, x right, y down) to image pixels. Pixel coordinates use the *edge*
convention of ``imaging.degrade``: pixel ``(i, j)`` covers ``[i, i+1) x [j, j+1)``, as zxing-cpp reports
positions. On a freshly rendered voucher ``H = diag(dpi / 25.4, dpi / 25.4, 1)``. The printed QR symbol
(without its quiet zone) covers exactly ``template.qr``; the form leaves a blank quiet zone of at least
3 mm around it.

Command line: ``python -m imaging.generator --out DIR [--count N] [--seed S] [--video FILE] [--bad]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import functools
import json
import math
import struct
import subprocess
import threading
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import zxingcpp
from numpy.typing import NDArray
from PIL import Image, ImageDraw, ImageFont

from imaging.degrade import (
    DEGRADATIONS,
    Matrix,
    cv_matrix,
    degrade,
    rotation_about,
    transform_points,
    translation,
)
from imaging.payload import VoucherPayload
from imaging.templates import Box, Region, Template, builtin_templates

__all__ = [
    "BANKS",
    "DEGRADATIONS",
    "FontError",
    "VoucherData",
    "amount_in_figures",
    "amount_in_words",
    "copy_mark",
    "font_file",
    "generate_set",
    "main",
    "place_on_scan",
    "qr_corners_px",
    "random_voucher_data",
    "render_voucher",
    "write_bad_inputs",
    "write_png_bomb",
    "write_video",
]

BGR = NDArray[np.uint8]
Float = NDArray[np.float32]
RGB = tuple[int, int, int]

MM_PER_INCH = 25.4
QR_BLANK_MM = 3.0  # blank paper around the QR symbol (its quiet zone), printed on the form


# ---------------------------------------------------------------------------------------------
# amounts


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_PLACES = ("", "拾", "佰", "仟")
MAX_FEN = 10**15 - 1  # below 10 万亿 yuan


def _four_digits(n: int) -> str:
    """0 < n < 10000, without its leading zeros; inner zero runs become one 零."""
    out: list[str] = []
    zero = False
    for place in (3, 2, 1, 0):
        d = n // 10**place % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(_DIGITS[d] + _PLACES[place])
    return "".join(out)


def _integer_words(n: int) -> str:
    if n >= 10**8:
        hi, lo = divmod(n, 10**8)
        return _integer_words(hi) + "亿" + (("零" if lo < 10**7 else "") + _integer_words(lo) if lo else "")
    if n >= 10**4:
        hi, lo = divmod(n, 10**4)
        return _four_digits(hi) + "万" + (("零" if lo < 1000 else "") + _four_digits(lo) if lo else "")
    return _four_digits(n)


def amount_in_words(fen: int) -> str:
    """The amount in Chinese financial capitals (大写金额), as written on vouchers.

    ``12345_00 -> 人民币壹万贰仟叁佰肆拾伍元整``, ``1005_30 -> 人民币壹仟零伍元叁角整``, ``5 -> 人民币伍分``.
    Conventions (《支付结算办法》 where it leaves a choice): 拾 always has its digit (壹拾); a run of zeros
    inside the yuan part is one 零, none at the end of a 万/亿 group followed by a full group
    (壹拾万柒仟); 元 ending in 0 before a non-zero 角 takes 零 (壹仟陆佰捌拾元零叁角贰分); a zero 角 before a
    non-zero 分 takes 零 (叁佰贰拾伍元零肆分); 整 closes an amount without 分.
    """
    if isinstance(fen, bool) or not isinstance(fen, int) or not 0 <= fen <= MAX_FEN:
        raise ValueError(f"amount in fen must be an integer 0..{MAX_FEN}, got {fen!r}")
    yuan, rest = divmod(fen, 100)
    jiao, cents = divmod(rest, 10)
    out = ["人民币"]
    if yuan:
        out.append(_integer_words(yuan) + "元")
    if not jiao and not cents:
        out.append("整" if yuan else "零元整")
        return "".join(out)
    if jiao:
        if yuan and yuan % 10 == 0:
            out.append("零")
        out.append(_DIGITS[jiao] + "角")
    elif yuan:
        out.append("零")
    out.append(_DIGITS[cents] + "分" if cents else "整")
    return "".join(out)


def amount_in_figures(fen: int) -> str:
    """``1234500 -> ¥12,345.00`` (小写金额)."""
    if fen < 0:
        raise ValueError("negative amount")
    return f"¥{fen // 100:,}.{fen % 100:02d}"


# ---------------------------------------------------------------------------------------------
# fonts


class FontError(RuntimeError):
    """No usable CJK font on this machine."""


_FONT_PATTERNS: dict[str, tuple[str, ...]] = {
    "sans": ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei"),
    "sans_bold": ("Noto Sans CJK SC:bold", "Source Han Sans SC:bold"),
    "serif": ("Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN"),
    "serif_bold": ("Noto Serif CJK SC:bold", "Source Han Serif SC:bold"),
    "mono": ("Noto Sans Mono CJK SC", "WenQuanYi Micro Hei Mono"),
    "hand": ("AR PL UKai CN", "LXGW WenKai", "WenQuanYi Micro Hei", "Noto Sans CJK SC"),
}
_FONT_FALLBACK: dict[str, tuple[str, ...]] = {
    "sans_bold": ("sans",),
    "serif": ("sans",),
    "serif_bold": ("sans_bold", "serif"),
    "mono": ("sans",),
    "hand": ("sans",),
}
_FONT_GLOBS = (
    "NotoSansCJK*.tt[cf]",
    "NotoSerifCJK*.tt[cf]",
    "wqy-*.tt[cf]",
    "SourceHan*.tt[cf]",
    "*CJK*.[ot]t[cf]",
)
_FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts")


def _fc_match(pattern: str) -> tuple[str, int] | None:
    try:
        out = subprocess.run(
            ["fc-match", "-f", "%{file}|%{index}|%{family}", pattern],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    path, _, rest = out.partition("|")
    index, _, families = rest.partition("|")
    wanted = pattern.split(":")[0].lower()
    if not path or wanted not in families.lower() or not Path(path).is_file():
        return None  # fc-match always answers; a substitute (DejaVu) has no Chinese
    return path, int(index or 0)


def _glob_font(role: str) -> tuple[str, int] | None:
    """Without fontconfig: a known CJK font file; the face whose name says Simplified Chinese."""
    want_bold = role.endswith("_bold")
    want_serif = role.startswith("serif")
    files = sorted({p for d in _FONT_DIRS if d.is_dir() for g in _FONT_GLOBS for p in d.rglob(g)})
    if not files:
        return None

    def score(p: Path) -> int:
        name = p.name.lower()
        return (("bold" in name) == want_bold) * 2 + (("serif" in name) == want_serif) + ("noto" in name)

    best = max(files, key=score)
    for index in range(16):
        try:
            family = ImageFont.truetype(str(best), 12, index=index).getname()[0] or ""
        except OSError:
            break
        if family.endswith(" SC") or "WenQuanYi" in family:
            return str(best), index
    return str(best), 0


@functools.cache
def font_file(role: str) -> tuple[str, int]:
    """(file, face index) of the font used for ``role`` (sans, sans_bold, serif, serif_bold, mono, hand)."""
    for pattern in _FONT_PATTERNS.get(role, ()):
        found = _fc_match(pattern)
        if found:
            return found
    for other in _FONT_FALLBACK.get(role, ()):
        if other in _FONT_PATTERNS:
            return font_file(other)
    found = _glob_font(role)
    if found:
        return found
    raise FontError(
        "no CJK font found (tried fontconfig and /usr/share/fonts): "
        "install fonts-noto-cjk or fonts-wqy-microhei"
    )


_thread_fonts = threading.local()


def _font(role: str, px: float) -> ImageFont.FreeTypeFont:
    """A font at ``px`` pixels per em, cached per thread (FreeType faces are not shared across threads)."""
    cache: dict[tuple[str, int], ImageFont.FreeTypeFont] | None = getattr(_thread_fonts, "cache", None)
    if cache is None:
        cache = {}
        _thread_fonts.cache = cache
    size = max(6, round(px))
    key = (role, size)
    font = cache.get(key)
    if font is None:
        if len(cache) > 400:
            cache.clear()
        path, index = font_file(role)
        font = ImageFont.truetype(path, size, index=index, layout_engine=ImageFont.Layout.BASIC)
        cache[key] = font
    return font


# ---------------------------------------------------------------------------------------------
# data


@dataclass(frozen=True)
class Bank:
    name: str
    name_en: str
    colour: RGB  # logo colour
    bins: tuple[str, ...]  # card/account prefixes
    short: str
    logo: int  # logo variant


BANKS: tuple[Bank, ...] = (
    Bank(
        "中国工商银行",
        "INDUSTRIAL AND COMMERCIAL BANK OF CHINA",
        (200, 16, 46),
        ("6222", "6212", "6215"),
        "ICBC",
        0,
    ),
    Bank("中国建设银行", "CHINA CONSTRUCTION BANK", (0, 62, 140), ("6217", "6227", "6236"), "CCB", 1),
    Bank("中国农业银行", "AGRICULTURAL BANK OF CHINA", (0, 128, 110), ("6228", "6230"), "ABC", 2),
    Bank("中国银行", "BANK OF CHINA", (178, 20, 40), ("6216", "6217", "6013"), "BOC", 0),
    Bank("交通银行", "BANK OF COMMUNICATIONS", (20, 50, 125), ("6222", "6226"), "BOCOM", 1),
    Bank("招商银行", "CHINA MERCHANTS BANK", (196, 20, 30), ("6225", "6214"), "CMB", 2),
)

_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂文华建国志海燕晓东俊丹宇浩然子轩欣怡梓涵一鸣思远雨桐佳琪"
    "嘉怡博文天宇诗涵子豪梦琪鑫宏亮秀英红梅玉兰德胜永福淑珍凤英立新学军春梅秋菊金龙少华婷婷雪松振华"
)
_CITIES = (
    "上海", "北京", "深圳", "广州", "杭州", "南京", "苏州", "成都", "武汉", "天津",
    "重庆", "西安", "青岛", "厦门", "宁波", "长沙", "郑州", "合肥", "无锡", "佛山",
)  # fmt: skip
_TRADE = (
    "华信", "恒通", "鑫源", "宏达", "瑞丰", "金盛", "永泰", "泰和", "中联", "德润", "天成", "汇丰",
    "新世纪", "东方", "长江", "海纳", "博远", "锦程", "正大", "盛世", "安达", "凯旋", "嘉禾", "明辉",
)  # fmt: skip
_INDUSTRY = (
    "贸易", "科技", "实业", "建筑工程", "物流", "电子", "餐饮管理", "信息技术", "进出口", "医药",
    "商贸", "投资", "机械设备", "纺织", "文化传媒", "食品", "环保科技", "汽车配件",
)  # fmt: skip
_SUFFIX = ("有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司")
_BRANCHES = (
    "营业部", "浦东支行", "徐汇支行", "朝阳支行", "海淀支行", "福田支行", "天河支行", "西湖支行", "鼓楼支行",
    "高新区支行",
)  # fmt: skip
_PURPOSES = (
    "货款", "工资", "往来款", "服务费", "租金", "劳务费", "报销款", "借款", "还款", "投资款", "保证金",
    "材料款", "工程款", "运费", "咨询费",
)  # fmt: skip
_MEMOS = ("存款", "营业款", "现金存入", "备用金", "货款", "租金", "学费", "个人储蓄")
_STAMP_WORDS = ("业务受理章", "现金收讫", "转讫", "业务专用章")


@dataclass(frozen=True)
class VoucherData:
    """What is printed and written on one voucher.

    ``fields`` maps region name -> the text in it (for the seal region: the organisation on the seal).
    ``qr_text`` overrides the QR content: ``None`` prints ``payload.encode()``, ``""`` prints no QR
    (blank area), anything else is printed as is (foreign codes, broken checks).
    """

    template_code: str
    payload: VoucherPayload
    fields: dict[str, str]
    bank: str = BANKS[0].name
    ink: str = "blue"  # handwriting: "blue" or "black"
    seal_style: str = "round"  # "round" (company seal with a star) or "rect" (bank teller stamp)
    seal_caption: str = "财务专用章"  # under the star / on the stamp
    date: str = ""  # the voucher date as written, also in fields["date"] when the template has one
    qr_text: str | None = None

    @property
    def qr_content(self) -> str:
        return self.payload.encode() if self.qr_text is None else self.qr_text


def _person(rng: np.random.Generator) -> str:
    n = 1 if rng.random() < 0.3 else 2
    return str(rng.choice(list(_SURNAMES))) + "".join(str(rng.choice(list(_GIVEN))) for _ in range(n))


def _company(rng: np.random.Generator) -> str:
    return "".join(str(rng.choice(seq)) for seq in (_CITIES, _TRADE, _INDUSTRY, _SUFFIX))


def _luhn_digit(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str((10 - total % 10) % 10)


def _account(rng: np.random.Generator, bank: Bank | None = None) -> str:
    prefix = str(rng.choice(bank.bins if bank else [b for bk in BANKS for b in bk.bins]))
    body = prefix + "".join(str(d) for d in rng.integers(0, 10, 18 - len(prefix)))
    return body + _luhn_digit(body)


def _amount_fen(rng: np.random.Generator) -> int:
    fen = int(math.exp(rng.uniform(math.log(100), math.log(500_000_000))))
    r = rng.random()
    if r < 0.4:
        fen -= fen % 100
    elif r < 0.6:
        fen -= fen % 10_000
    elif r < 0.7:
        fen -= fen % 10
    return min(max(fen, 100), 500_000_000)


def random_voucher_data(template: Template, rng: np.random.Generator) -> VoucherData:
    """Realistic values for every region of ``template``."""
    bank = BANKS[int(rng.integers(len(BANKS)))]
    day = dt.date(2025, 1, 1) + dt.timedelta(days=int(rng.integers(0, 730)))
    date = f"{day.year}年{day.month}月{day.day}日"
    number = f"{day:%Y%m%d}{int(rng.integers(0, 1_000_000)):06d}"
    fen = _amount_fen(rng)
    copy = int(rng.integers(1, 4))
    kinds = {r.kind for r in template.regions}
    payer_company = _company(rng)
    fields: dict[str, str] = {}
    accounts: list[tuple[str, str]] = []
    for region in template.regions:
        if region.kind == "number":
            value = number
        elif region.kind == "date":
            value = date
        elif region.kind == "name":
            if "payer" in region.name:
                value = payer_company
            else:
                value = _company(rng) if rng.random() < 0.55 else _person(rng)
        elif region.kind == "account":
            value = _account(rng, bank if not accounts else None)
            accounts.append((region.name, value))
        elif region.kind == "amount_words":
            value = amount_in_words(fen)
        elif region.kind == "amount_figures":
            value = amount_in_figures(fen)
        elif region.kind == "text":
            value = str(rng.choice(_MEMOS if "memo" in region.name else _PURPOSES))
        else:  # seal: filled below
            continue
        fields[region.name] = value
    has_payer = any(r.kind == "name" and "payer" in r.name for r in template.regions)
    if has_payer:
        seal_style, org, caption = (
            "round",
            payer_company,
            str(rng.choice(["财务专用章", "财务专用章", "公章"])),
        )
    else:
        city = str(rng.choice(_CITIES))
        seal_style, org, caption = (
            "rect",
            f"{bank.name}{city}{rng.choice(_BRANCHES)}",
            str(rng.choice(_STAMP_WORDS)),
        )
    for region in template.regions:
        if region.kind == "seal":
            fields[region.name] = org
    account = next(
        (v for n, v in accounts if n in ("payer_account", "account")), accounts[0][1] if accounts else None
    )
    has_amount = bool(kinds & {"amount_words", "amount_figures"})
    payload = VoucherPayload(template.code, number, copy, account, fen if has_amount else None)
    return VoucherData(
        template_code=template.code,
        payload=payload,
        fields=fields,
        bank=bank.name,
        ink="blue" if rng.random() < 0.7 else "black",
        seal_style=seal_style,
        seal_caption=caption,
        date=date,
    )


# ---------------------------------------------------------------------------------------------
# drawing helpers


def _px(dpi: float) -> float:
    return dpi / MM_PER_INCH


def _page_size(template: Template, dpi: float) -> tuple[int, int]:
    s = _px(dpi)
    return round(template.width_mm * s), round(template.height_mm * s)


def _smooth_noise(shape: tuple[int, int], cell: float, rng: np.random.Generator) -> Float:
    """Smooth random field, about N(0, 1), varying over ``cell`` pixels."""
    h, w = shape
    gh, gw = max(2, math.ceil(h / max(cell, 1.0)) + 2), max(2, math.ceil(w / max(cell, 1.0)) + 2)
    coarse = rng.standard_normal((gh, gw)).astype(np.float32)
    return np.asarray(cv2.resize(coarse, (w, h), interpolation=cv2.INTER_CUBIC), np.float32)


def _grain(h: int, w: int, sigma: float, rng: np.random.Generator) -> Float:
    """Fine sensor/paper grain: a random 256-px tile repeated (cheap; the repeat is invisible)."""
    tile = rng.standard_normal((min(h, 256), min(w, 256)), dtype=np.float32) * np.float32(sigma)
    reps = (math.ceil(h / tile.shape[0]), math.ceil(w / tile.shape[1]))
    return np.asarray(np.tile(tile, reps)[:h, :w], np.float32)


def _mask_u8(alpha: NDArray[np.uint8]) -> Float:
    return alpha.astype(np.float32) * np.float32(1.0 / 255.0)


def _mask(img: Image.Image) -> Float:
    return np.asarray(img, np.float32) * (1.0 / 255.0)


def _multiply(
    page: Float, alpha: Float, x: int, y: int, colour: Sequence[float], strength: float = 1.0
) -> None:
    """Ink of ``colour`` over the paper (multiply blend), ``alpha`` placed with its top-left at (x, y)."""
    ph, pw = page.shape[:2]
    h, w = alpha.shape
    x0, y0, x1, y1 = max(x, 0), max(y, 0), min(x + w, pw), min(y + h, ph)
    if x0 >= x1 or y0 >= y1:
        return
    a = alpha[y0 - y : y1 - y, x0 - x : x1 - x, None] * strength
    absorb = 1.0 - np.asarray(colour, np.float32) / 255.0
    page[y0:y1, x0:x1] *= 1.0 - a * absorb


def _cover(page: Float, alpha: Float, x: int, y: int, colour: Sequence[float]) -> None:
    """Opaque paint (normal blend)."""
    ph, pw = page.shape[:2]
    h, w = alpha.shape
    x0, y0, x1, y1 = max(x, 0), max(y, 0), min(x + w, pw), min(y + h, ph)
    if x0 >= x1 or y0 >= y1:
        return
    a = alpha[y0 - y : y1 - y, x0 - x : x1 - x, None]
    page[y0:y1, x0:x1] = page[y0:y1, x0:x1] * (1.0 - a) + np.asarray(colour, np.float32) * a


def _inner_px(box: Box, s: float) -> tuple[int, int, int, int]:
    """The whole pixels inside a mm box: x0, y0, x1, y1 (exclusive)."""
    return (
        math.ceil(box.x * s),
        math.ceil(box.y * s),
        math.floor((box.x + box.w) * s),
        math.floor((box.y + box.h) * s),
    )


def _text_width(font: ImageFont.FreeTypeFont, text: str) -> float:
    return float(font.getlength(text))


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
    widths = [_text_width(font, ch) for ch in text]
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
        font = _font("serif", size_h)
        span = min(cw * 0.78, n * size_h * (1.9 if n <= 2 else 1.35 if n <= 4 else 1.1))
        _draw_spaced(draw, text, cx, cy, font, span)
        return
    font = _font("serif", size_v)
    pitch = min(size_v * 1.3, ch * 0.9 / n)
    top = cy - pitch * (n - 1) / 2
    for i, c in enumerate(text):
        draw.text((cx, top + i * pitch), c, font=font, fill=255, anchor="mm")


def _star(cx: float, cy: float, r: float, angle: float = -90.0) -> list[tuple[float, float]]:
    pts = []
    for i in range(10):
        rr = r if i % 2 == 0 else r * 0.382
        a = math.radians(angle + i * 36)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


# ---------------------------------------------------------------------------------------------
# the printed form (cached per template, dpi, bank and copy)

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
        above = [
            o.box.y + o.box.h
            for o in regions
            if o is not r
            and _overlap(o.box.x, o.box.x + o.box.w, b.x, b.x + b.w)
            and o.box.y + o.box.h <= b.y
        ]
        below = [
            o.box.y
            for o in regions
            if o is not r and _overlap(o.box.x, o.box.x + o.box.w, b.x, b.x + b.w) and o.box.y >= b.y + b.h
        ]
        top = (max(above) + b.y) / 2 if above else frame[1]
        bottom = (min(below) + b.y + b.h) / 2 if below else b.y + b.h + 1.5
        if not below and frame[3] - bottom < 3.0:
            bottom = frame[3]
        lefts = [
            o.box.x + o.box.w
            for o in regions
            if o is not r
            and _overlap(o.box.y, o.box.y + o.box.h, b.y, b.y + b.h)
            and o.box.x + o.box.w <= b.x
        ]
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
    """A bank-logo-like emblem: a coin with a square hole and variations."""
    ring = max(1.0, r * 0.22)
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=255)
    if variant == 0:  # coin with a square hole and a bar through it
        draw.ellipse([cx - r + ring, cy - r + ring, cx + r - ring, cy + r - ring], fill=0)
        q = r * 0.42
        draw.rectangle([cx - q, cy - q, cx + q, cy + q], fill=255)
        q2 = q - ring * 0.8
        draw.rectangle([cx - q2, cy - q2, cx + q2, cy + q2], fill=0)
        draw.rectangle([cx - ring * 0.45, cy - r, cx + ring * 0.45, cy + r], fill=255)
    elif variant == 1:  # a diamond frame
        d = r * 0.62
        draw.polygon([(cx, cy - d), (cx + d, cy), (cx, cy + d), (cx - d, cy)], fill=0)
        d2 = d * 0.45
        draw.polygon([(cx, cy - d2), (cx + d2, cy), (cx, cy + d2), (cx - d2, cy)], fill=255)
    else:  # ring with a sheaf
        draw.ellipse([cx - r + ring, cy - r + ring, cx + r - ring, cy + r - ring], fill=0)
        for k in (-1, 0, 1):
            x = cx + k * r * 0.3
            draw.ellipse([x - r * 0.11, cy - r * 0.55, x + r * 0.11, cy + r * 0.1], fill=255)
        draw.rectangle([cx - ring * 0.35, cy - r * 0.1, cx + ring * 0.35, cy + r * 0.65], fill=255)


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
    name_font = _font("sans_bold", 4.2 * s)
    title_x0 = name_x + max(_text_width(name_font, b.name) for b in BANKS) + 4.0 * s
    label_font = _font("serif", 3.3 * s)
    stops = [
        (r.box.x - 5.5) * s - _text_width(label_font, r.label_zh + "：")
        for r in template.regions
        if r.kind in ("number", "date") and r.box.y < 18.0
    ]
    if template.qr is not None and template.qr.y < 18.0:
        stops.append((template.qr.x - QR_BLANK_MM) * s)
    title_x1 = max(title_x0 + 10 * s, min([*stops, (template.width_mm - 4.0) * s]))
    return _Header((lx, ly, logo_r), name_x, (title_x0, title_x1))


def _paper(template: Template, dpi: float, copy: int) -> Float:
    """Tinted security paper (RGB float32): fibres, guilloche lines, a blank QR area."""
    s = _px(dpi)
    w, h = _page_size(template, dpi)
    _, tint, paper = _SCHEMES[(copy - 1) % len(_SCHEMES)]
    rng = np.random.default_rng(zlib.crc32(f"paper|{template.code}|{dpi}|{copy}".encode()))
    fibres = _smooth_noise((h, w), 2.5 * s, rng) * 1.6 + _grain(h, w, 1.3, rng)
    page = np.asarray(paper, np.float32)[None, None, :] + fibres[..., None]
    pattern = _guilloche(w, h, s, template, float(rng.uniform(0, 2 * np.pi)))
    if template.qr is not None:  # the QR area and its quiet zone are blank paper
        q = template.qr
        x0, y0 = max(0, math.floor((q.x - QR_BLANK_MM) * s)), max(0, math.floor((q.y - QR_BLANK_MM) * s))
        x1, y1 = math.ceil((q.x + q.w + QR_BLANK_MM) * s), math.ceil((q.y + q.h + QR_BLANK_MM) * s)
        pattern[y0:y1, x0:x1] = 0
        page[y0:y1, x0:x1] = np.maximum(page[y0:y1, x0:x1], np.float32(246.0))
    _multiply(page, pattern, 0, 0, tint, 0.55)
    return page


def _form_ink(template: Template, dpi: float, copy: int) -> NDArray[np.uint8]:
    """What is printed in the form colour (alpha 0..255): title, ruling, labels, copy mark."""
    s = _px(dpi)
    w, h = _page_size(template, dpi)
    form = Image.new("L", (w, h), 0)
    fd = ImageDraw.Draw(form)
    frame, cells = _table_layout(template)
    head = _header(template, s)
    label_font = _font("serif", 3.3 * s)

    # the title with a double rule
    title_x0, title_x1 = head.title
    title = template.name_zh
    n = max(len(title), 1)
    size = max(2.5 * s, min(7.0 * s, (title_x1 - title_x0) / (n * 1.45)))
    span = min(title_x1 - title_x0, n * size * 1.45)
    tcx, tcy = (title_x0 + title_x1) / 2, head.logo[1] - 0.2 * s
    _draw_spaced(fd, title, tcx, tcy, _font("serif_bold", size), span)
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
            fd.text(remark_at, "备注：", font=_font("serif", 3.0 * s), fill=255, anchor="lt")
            sign = "会计主管　　　复核　　　记账"
            sf = _font("serif", min(3.0 * s, (fx1 - fx0 - 4.0) * s / max(len(sign), 1)))
            fd.text(((fx0 + 2.0) * s, (fy1 - 2.0) * s), sign, font=sf, fill=255, anchor="ls")
    # copy mark, vertical in the right margin
    mark = copy_mark(template.code, copy)
    margin = template.width_mm - frame[2]
    if margin >= 2.5:
        size_v = min(2.8 * s, margin * 0.6 * s, (frame[3] - frame[1]) * s / (len(mark) * 1.1))
        mf = _font("serif", size_v)
        cx = (frame[2] + margin / 2) * s
        top = (frame[1] + frame[3]) / 2 * s - size_v * 1.1 * (len(mark) - 1) / 2
        for i, ch in enumerate(mark):
            if ch != " ":
                fd.text((cx, top + i * size_v * 1.1), ch, font=mf, fill=255, anchor="mm")
    below = template.height_mm - frame[3]
    if below >= 2.0:  # the form's code and the copy under the frame
        ff = _font("sans", min(1.8, below * 0.6) * s)
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
    _multiply(page, _mask_u8(_form_ink(template, dpi, copy)), 0, 0, ink, 0.92)
    out = np.asarray(np.clip(page + 0.5, 0, 255), np.uint8)
    out.flags.writeable = False
    return out


@functools.lru_cache(maxsize=48)
def _bank_ink(template: Template, dpi: float, bank_index: int) -> NDArray[np.uint8]:
    """The bank's emblem and name (alpha, read-only), cropped to the top-left corner of the page."""
    s = _px(dpi)
    bank = BANKS[bank_index]
    head = _header(template, s)
    lx, ly, logo_r = head.logo
    w, h = math.ceil(head.title[0]), math.ceil(ly + logo_r + 2 * s)
    logo = Image.new("L", (w, h), 0)
    ld = ImageDraw.Draw(logo)
    _logo(ld, lx, ly, logo_r, bank.logo)
    name_font = _font("sans_bold", 4.2 * s)
    ld.text((head.name_x, ly - 0.4 * s), bank.name, font=name_font, fill=255, anchor="ls")
    name_w = _text_width(name_font, bank.name)
    en_font = _font("sans", 1.6 * s)
    en_font = _font("sans", 1.6 * s * min(1.0, name_w / max(_text_width(en_font, bank.name_en), 1.0)))
    ld.text((head.name_x, ly + 1.0 * s), bank.name_en, font=en_font, fill=255, anchor="lt")
    out = np.asarray(logo, np.uint8)
    out.flags.writeable = False
    return out


def _form(template: Template, dpi: float, bank_index: int, copy: int) -> Float:
    """A fresh blank printed form (RGB float32): paper, bank emblem, title, ruling, labels."""
    page = _printed_form(template, dpi, copy).astype(np.float32)
    _multiply(page, _mask_u8(_bank_ink(template, dpi, bank_index)), 0, 0, BANKS[bank_index].colour, 0.95)
    return page


# ---------------------------------------------------------------------------------------------
# values: print, handwriting, seal, QR

_PRINT_INK: RGB = (28, 28, 34)
_INKS: dict[str, RGB] = {"blue": (28, 50, 150), "black": (30, 30, 36)}


def _print_text(
    page: Float, box: Box, text: str, s: float, role: str, rng: np.random.Generator, colour: RGB
) -> None:
    """Machine-printed text, left-aligned in the box, shrunk to fit; a small printer misalignment."""
    x0, y0, x1, y1 = _inner_px(box, s)
    w, h = x1 - x0, y1 - y0
    if w <= 4 or h <= 4 or not text:
        return
    pad = 1.2 * s
    size = min(h * 0.5, 4.2 * s)
    font = _font(role, size)
    tw = _text_width(font, text)
    if tw > w - 2 * pad:
        size *= (w - 2 * pad) / tw
        font = _font(role, size)
        tw = _text_width(font, text)
    layer = Image.new("L", (w, h), 0)
    slack_x = max(0.0, w - 2 * pad - tw)
    dx = pad + rng.uniform(0, min(slack_x, 3.0 * s))
    dy = h / 2 + rng.uniform(-0.12, 0.12) * (h - size)
    ImageDraw.Draw(layer).text((dx, dy), text, font=font, fill=255, anchor="lm")
    _multiply(page, _mask(layer), x0, y0, colour, float(rng.uniform(0.85, 0.97)))


@dataclass(frozen=True)
class _Writer:
    ink: RGB
    slant: float  # shear: x += slant * (baseline - y)
    size: float  # glyph size relative to the box height
    spacing: float  # extra advance, relative
    rise: float  # baseline slope
    wobble: float  # elastic distortion, relative to the glyph size
    pressure: float  # ink density


def _writer(ink: str, rng: np.random.Generator) -> _Writer:
    base = _INKS.get(ink, _INKS["blue"])
    jitter = rng.integers(-12, 13, 3)
    colour = tuple(int(min(max(c + j, 0), 255)) for c, j in zip(base, jitter, strict=True))
    return _Writer(
        ink=(colour[0], colour[1], colour[2]),
        slant=float(rng.uniform(0.08, 0.3)),
        size=float(rng.uniform(0.6, 0.74)),
        spacing=float(rng.uniform(-0.02, 0.12)),
        rise=float(rng.uniform(-0.035, 0.01)),
        wobble=float(rng.uniform(0.035, 0.055)),
        pressure=float(rng.uniform(0.8, 0.97)),
    )


def _handwrite(page: Float, box: Box, text: str, s: float, writer: _Writer, rng: np.random.Generator) -> None:
    """Hand-written text: per-glyph size, rotation and baseline jitter, a slant, wobbly strokes and
    uneven ballpoint ink; kept inside the box."""
    x0, y0, x1, y1 = _inner_px(box, s)
    w, h = x1 - x0, y1 - y0
    if w <= 6 or h <= 6 or not text:
        return
    pad = 0.8 * s
    size = writer.size * h
    font = _font("hand", size)
    scales = [float(v) for v in rng.normal(1.0, 0.09, len(text)).clip(0.8, 1.2)]
    advances = [
        _text_width(font, ch) * sc * (1 + writer.spacing) for ch, sc in zip(text, scales, strict=True)
    ]
    avail = w - 2 * pad - size * (writer.slant + 0.15)
    total = sum(advances)
    if total > avail:
        f = avail / total
        size *= f
        font = _font("hand", size)
        advances = [
            _text_width(font, ch) * sc * (1 + writer.spacing) for ch, sc in zip(text, scales, strict=True)
        ]
        total = sum(advances)
    rise = (
        writer.rise
        if abs(writer.rise * total) < 0.12 * h
        else math.copysign(0.12 * h / max(total, 1.0), writer.rise)
    )
    slack = max(0.0, avail - total)
    x = pad + size * 0.1 + rng.uniform(0, min(slack, 6.0 * s))
    baseline = h / 2 + size * 0.36 + rng.uniform(-0.08, 0.08) * max(0.0, h - size * 1.2)
    baseline -= rise * total / 2  # rising lines stay centred
    layer = np.zeros((h, w), np.float32)
    g = round(size * 2.2) + 4
    for ch, sc, adv in zip(text, scales, advances, strict=True):
        if ch.isspace():
            x += adv
            continue
        gimg = Image.new("L", (g, g), 0)
        ImageDraw.Draw(gimg).text((g / 2, g * 0.7), ch, font=font, fill=255, anchor="ms")
        glyph = _mask(gimg)
        gx, gy = g / 2, g * 0.7 - size * 0.38  # glyph centre
        angle = float(rng.normal(0.0, 3.5))
        dy = float(rng.normal(0.0, 0.05)) * size + rise * (x - pad)
        tx, ty = x + adv / 2, baseline + dy - size * 0.38 * sc
        a = math.radians(angle)
        c, sn = math.cos(a) * sc, math.sin(a) * sc
        aspect = float(rng.normal(1.0, 0.06))
        lin = np.array([[c, sn], [-sn, c]]) @ np.array([[aspect, -writer.slant], [0.0, 1.0 / aspect]])
        m = np.zeros((2, 3))
        m[:, :2] = lin
        m[:, 2] = np.array([tx, ty]) - lin @ np.array([gx, gy])
        warped = cv2.warpAffine(
            glyph, cv_matrix(np.vstack([m, [0, 0, 1]]))[:2], (w, h), flags=cv2.INTER_LINEAR
        )
        np.maximum(layer, np.asarray(warped, np.float32), out=layer)
        x += adv
    # wobbly strokes: a smooth displacement field with a cell smaller than a glyph
    amp = np.float32(writer.wobble * size)
    cell = max(4.0, float(size) * 0.45)
    map_x = (np.arange(w, dtype=np.float32)[None, :] + _smooth_noise((h, w), cell, rng) * amp).astype(
        np.float32
    )
    map_y = (np.arange(h, dtype=np.float32)[:, None] + _smooth_noise((h, w), cell, rng) * amp).astype(
        np.float32
    )
    layer = np.asarray(cv2.remap(layer, map_x, map_y, cv2.INTER_LINEAR, borderValue=0.0), np.float32)
    excess = 0.085 * float(size) - 0.42 * s  # font stroke minus a ballpoint line, px
    if excess >= 0.7:
        k = 3 if excess >= 1.6 else 2
        layer = np.asarray(cv2.erode(layer, np.ones((k, k), np.uint8)), np.float32)
    pressure = 0.8 + 0.2 * np.clip(_smooth_noise((h, w), size * 0.7, rng) * 0.5 + 0.5, 0, 1)
    skips = np.clip(_smooth_noise((h, w), max(2.0, 0.35 * s), rng) * 0.35 + 1.2, 0.4, 1.0)  # ballpoint skips
    pressure *= skips
    layer = np.asarray(cv2.GaussianBlur(layer * pressure, (0, 0), 0.55), np.float32)
    _multiply(page, np.clip(layer * 1.15, 0, 1), x0, y0, writer.ink, writer.pressure)


_SEAL_RED: RGB = (208, 32, 42)


def _seal_imperfect(mask: Float, rng: np.random.Generator) -> Float:
    """Real stamp ink: blotchy, uneven pressure, small dropouts, soft edges."""
    h, w = mask.shape
    blotch = np.clip(0.72 + 0.28 * _smooth_noise((h, w), max(h, w) / 7, rng), 0.35, 1.0)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    a = rng.uniform(0, 2 * math.pi)
    ramp = ((xx / w - 0.5) * math.cos(a) + (yy / h - 0.5) * math.sin(a)) * float(rng.uniform(0.2, 0.5))
    speck = np.where(rng.random((h, w)) < 0.06, 0.35, 1.0).astype(np.float32)
    out = mask * blotch * (1.0 - np.clip(ramp, 0, 1)) * speck
    return np.asarray(cv2.GaussianBlur(out, (0, 0), 0.7), np.float32)


def _round_seal(org: str, caption: str, d: int) -> Float:
    img = Image.new("L", (d, d), 0)
    draw = ImageDraw.Draw(img)
    ring = max(2, round(d * 0.035))
    draw.ellipse([1, 1, d - 2, d - 2], outline=255, width=ring)
    draw.polygon(_star(d / 2, d / 2, d * 0.17), fill=255)
    n = max(len(org), 1)
    size = d * 0.15
    radius = d / 2 - ring * 1.9 - size * 0.55
    per_char = size * 1.08 / max(radius, 1.0)  # radians
    if per_char * n > math.radians(250):
        size *= math.radians(250) / (per_char * n)
        radius = d / 2 - ring * 1.9 - size * 0.55
        per_char = size * 1.08 / max(radius, 1.0)
    span = per_char * n
    font = _font("serif_bold", size * 0.98)
    g = round(size * 1.6) + 2
    for i, ch in enumerate(org):
        theta = -span / 2 + span * (i + 0.5) / n
        glyph = Image.new("L", (g, g), 0)
        ImageDraw.Draw(glyph).text((g / 2, g / 2), ch, font=font, fill=255, anchor="mm")
        glyph = glyph.rotate(-math.degrees(theta), resample=Image.Resampling.BICUBIC)
        cx, cy = d / 2 + radius * math.sin(theta), d / 2 - radius * math.cos(theta)
        img.paste(glyph, (round(cx - g / 2), round(cy - g / 2)), glyph)
    cf = _font("serif_bold", min(d * 0.105, d * 0.56 / max(len(caption), 1)))
    draw.text((d / 2, d * 0.76), caption, font=cf, fill=255, anchor="mm")
    return _mask(img)


def _rect_stamp(org: str, caption: str, date: str, w: int, h: int) -> Float:
    """A bank teller's stamp: double rounded frame, branch, date, the stamp's word."""
    img = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(img)
    lw = max(2, round(h * 0.045))
    draw.rounded_rectangle([1, 1, w - 2, h - 2], radius=h * 0.18, outline=255, width=lw)
    inset = lw * 2.2
    draw.rounded_rectangle(
        [inset, inset, w - 1 - inset, h - 1 - inset], radius=h * 0.12, outline=255, width=max(1, lw // 2)
    )
    inner_w = w - 4 * inset
    lines = (org, date, caption)
    sizes = (h * 0.2, h * 0.2, h * 0.21)
    ys = (h * 0.29, h * 0.52, h * 0.75)
    for text, size, y in zip(lines, sizes, ys, strict=True):
        role = "mono" if text is date else "serif_bold"
        font = _font(role, size)
        tw = _text_width(font, text)
        if tw > inner_w:
            font = _font(role, size * inner_w / tw)
        draw.text((w / 2, y), text, font=font, fill=255, anchor="mm")
    return _mask(img)


def _rotated(mask: Float, angle: float) -> Float:
    h, w = mask.shape
    a = rotation_about(w / 2, h / 2, angle)
    corners = transform_points(a, [(0, 0), (w, 0), (w, h), (0, h)])
    lo, hi = corners.min(axis=0), corners.max(axis=0)
    a = translation(-lo[0], -lo[1]) @ a
    size = (math.ceil(hi[0] - lo[0]), math.ceil(hi[1] - lo[1]))
    return np.asarray(cv2.warpAffine(mask, cv_matrix(a)[:2], size, flags=cv2.INTER_LINEAR), np.float32)


def _seal(page: Float, region: Region, data: VoucherData, s: float, rng: np.random.Generator) -> None:
    x0, y0, x1, y1 = _inner_px(region.box, s)
    w, h = x1 - x0, y1 - y0
    org = data.fields.get(region.name, "")
    if w < 10 or h < 10 or not org:
        return
    if data.seal_style == "rect":
        sw = min(44.0 * s, w * 0.86)
        sh = min(sw * 0.5, h * 0.8)
        date = data.date
        if "年" in date:  # 2026年11月23日 -> 2026.11.23
            parts = date.replace("年", ".").replace("月", ".").replace("日", "")
            y, m, d = (int(p) for p in parts.split("."))
            date = f"{y:04d}.{m:02d}.{d:02d}"
        mask = _rect_stamp(org, data.seal_caption, date, round(sw), round(sh))
        angle = float(rng.uniform(-8, 8))
    else:
        d = round(min(h * 0.94, w * 0.94, 42.0 * s))
        mask = _round_seal(org, data.seal_caption, d)
        angle = float(rng.uniform(-25, 25))
    mask = _seal_imperfect(_rotated(mask, angle), rng)
    mh, mw = mask.shape
    if mw > w or mh > h:  # rotation made it too big: shrink to fit
        f = min(w / mw, h / mh)
        mask = np.asarray(
            cv2.resize(mask, (max(1, int(mw * f)), max(1, int(mh * f))), interpolation=cv2.INTER_AREA),
            np.float32,
        )
        mh, mw = mask.shape
    px = x0 + int(rng.integers(0, w - mw + 1))
    py = y0 + int(rng.integers(0, h - mh + 1))
    _multiply(page, mask, px, py, _SEAL_RED, float(rng.uniform(0.7, 0.92)))


@functools.lru_cache(maxsize=256)
def _qr_modules(text: str) -> NDArray[np.bool_]:
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode)
    modules = np.asarray(code.to_image(scale=1, add_quiet_zones=False), np.uint8) < 128
    modules.flags.writeable = False  # shared by the cache
    return modules


def _draw_qr(page: Float, text: str, box: Box, s: float, ink: RGB = (22, 22, 26)) -> None:
    """The QR symbol (modules only) exactly on the box, anti-aliased at its edges."""
    mods = _qr_modules(text)
    n = mods.shape[0]
    x0, y0, x1, y1 = box.x * s, box.y * s, (box.x + box.w) * s, (box.y + box.h) * s
    ix0, iy0, ix1, iy1 = math.floor(x0), math.floor(y0), math.ceil(x1), math.ceil(y1)
    ss = 4  # sub-samples per pixel and axis

    def axis(i0: int, i1: int, v0: float, v1: float) -> tuple[NDArray[np.intp], NDArray[np.bool_]]:
        u = i0 + (np.arange((i1 - i0) * ss) + 0.5) / ss
        k = np.floor((u - v0) / (v1 - v0) * n).astype(np.intp)
        return np.clip(k, 0, n - 1), (k >= 0) & (k < n)

    mx, vx = axis(ix0, ix1, x0, x1)
    my, vy = axis(iy0, iy1, y0, y1)
    dark = mods[my][:, mx] & vy[:, None] & vx[None, :]
    cover = dark.reshape(iy1 - iy0, ss, ix1 - ix0, ss).mean(axis=(1, 3)).astype(np.float32)
    _cover(page, cover, ix0, iy0, ink)


def render_voucher(
    template: Template, data: VoucherData, *, dpi: float = 200, rng: np.random.Generator
) -> tuple[BGR, Matrix]:
    """Draw the voucher. Returns the BGR image and the homography template mm -> image px
    (``diag(dpi / 25.4, dpi / 25.4, 1)``, pixel edges on integers)."""
    if data.template_code != template.code:
        raise ValueError(f"data for template {data.template_code!r} rendered on template {template.code!r}")
    if not 20 <= dpi <= 1200:
        raise ValueError(f"dpi must be 20..1200, got {dpi}")
    s = _px(dpi)
    bank_index = next((i for i, b in enumerate(BANKS) if b.name == data.bank), 0)
    page = _form(template, float(dpi), bank_index, data.payload.copy)
    page *= rng.uniform(0.975, 1.0, 3).astype(np.float32)  # paper batch and scanner white balance
    writer = _writer(data.ink, rng)
    print_role = "serif" if rng.random() < 0.6 else "sans"
    for region in template.regions:
        text = data.fields.get(region.name, "")
        if region.kind == "seal":
            _seal(page, region, data, s, rng)
        elif region.kind in ("amount_words", "amount_figures", "date"):
            _handwrite(page, region.box, text, s, writer, rng)
        elif region.kind == "number":
            _print_text(page, region.box, text, s, "mono", rng, (150, 28, 36))
        elif region.kind == "account":
            _print_text(page, region.box, text, s, "mono", rng, _PRINT_INK)
        else:
            _print_text(page, region.box, text, s, print_role, rng, _PRINT_INK)
    if template.qr is not None and data.qr_content:
        _draw_qr(page, data.qr_content, template.qr, s)
    out = np.asarray(cv2.cvtColor(page, cv2.COLOR_RGB2BGR).astype(np.uint8))  # every step stays in 0..255
    return out, np.diag([s, s, 1.0])


# ---------------------------------------------------------------------------------------------
# scans and camera frames


def _background(size: tuple[int, int], kind: str, rng: np.random.Generator) -> BGR:
    w, h = size
    if kind == "white":  # a flatbed's lid
        base = float(rng.uniform(238, 250))
        field = base + _smooth_noise((h // 8 + 1, w // 8 + 1), 40, rng) * 1.5
        field = np.asarray(cv2.resize(field, (w, h), interpolation=cv2.INTER_LINEAR), np.float32)
        field += _grain(h, w, 1.2, rng)
        grey = np.asarray(np.clip(field, 0, 255), np.uint8)
        blue = np.asarray(np.clip(field * 0.995, 0, 255), np.uint8)  # a faintly warm lamp
        return np.asarray(cv2.merge([blue, grey, grey]), np.uint8)
    if kind != "dark":
        raise ValueError(f"background must be 'white' or 'dark', got {kind!r}")
    # a dark wooden desk under a document camera: grain streaks and a vignette
    colour = np.array(rng.choice([(38, 46, 58), (45, 45, 47), (30, 38, 52)]), np.float32)  # BGR
    gh, gw = h // 4 + 1, w // 4 + 1
    coarse = rng.standard_normal((gh // 3 + 2, 7)).astype(np.float32)
    grain = np.asarray(cv2.resize(coarse, (gw, gh), interpolation=cv2.INTER_CUBIC), np.float32)
    grain += _smooth_noise((gh, gw), 6, rng) * 0.3
    yy, xx = np.mgrid[0:gh, 0:gw].astype(np.float32)
    r2 = ((xx / gw - 0.5) ** 2 + (yy / gh - 0.5) ** 2) * 2
    light = (1.15 - 0.5 * r2) * (1 + 0.09 * grain)
    light = np.asarray(cv2.resize(light, (w, h), interpolation=cv2.INTER_LINEAR), np.float32)
    light += _grain(h, w, 1.5 / float(colour.mean()), rng)
    return np.asarray(cv2.merge([np.asarray(np.clip(light * c, 0, 255), np.uint8) for c in colour]), np.uint8)


def _paste(canvas: BGR, image: BGR, a_edge: Matrix, *, shadow: str) -> None:
    """Lay ``image`` on ``canvas`` through the affine ``a_edge`` (edge convention), in place.
    ``shadow``: "desk" (a soft drop shadow) or "scanner" (a thin grey rim)."""
    ch, cw = canvas.shape[:2]
    h, w = image.shape[:2]
    corners = transform_points(a_edge, [(0, 0), (w, 0), (w, h), (0, h)])
    pad = 12
    bx0 = max(0, math.floor(corners[:, 0].min()) - pad)
    by0 = max(0, math.floor(corners[:, 1].min()) - pad)
    bx1 = min(cw, math.ceil(corners[:, 0].max()) + pad)
    by1 = min(ch, math.ceil(corners[:, 1].max()) + pad)
    if bx0 >= bx1 or by0 >= by1:
        return
    local = translation(-bx0, -by0) @ a_edge
    size = (bx1 - bx0, by1 - by0)
    is_integer = np.allclose(local[:2, :2], np.eye(2)) and np.allclose(local[:2, 2], np.round(local[:2, 2]))
    if is_integer:
        tx, ty = round(local[0, 2]), round(local[1, 2])
        warped = np.zeros((size[1], size[0], 3), np.uint8)
        alpha = np.zeros((size[1], size[0]), np.float32)
        sx0, sy0 = max(0, -tx), max(0, -ty)
        dx0, dy0 = max(0, tx), max(0, ty)
        ww, hh = min(w - sx0, size[0] - dx0), min(h - sy0, size[1] - dy0)
        if ww > 0 and hh > 0:
            warped[dy0 : dy0 + hh, dx0 : dx0 + ww] = image[sy0 : sy0 + hh, sx0 : sx0 + ww]
            alpha[dy0 : dy0 + hh, dx0 : dx0 + ww] = 1.0
    else:
        m = cv_matrix(local)[:2]
        # black outside: at the edges the warped image is premultiplied by the coverage (alpha)
        warped = np.asarray(cv2.warpAffine(image, m, size, flags=cv2.INTER_LINEAR), np.uint8)
        ones = np.ones((h, w), np.float32)
        alpha = np.asarray(cv2.warpAffine(ones, m, size, flags=cv2.INTER_LINEAR), np.float32)
    if shadow == "desk":  # a soft shadow falling down and to the right
        blurred = np.asarray(cv2.GaussianBlur(alpha, (0, 0), 5.0), np.float32)
        dark = np.zeros_like(blurred)
        dark[4:, 3:] = blurred[:-4, :-3] * 0.55
    else:  # the grey rim a flatbed's lid leaves around the paper
        rim = np.asarray(cv2.GaussianBlur(alpha, (0, 0), 1.5), np.float32)
        dark = np.clip(rim - alpha, 0, 1) * 0.5
    roi = canvas[by0:by1, bx0:bx1]
    inside = alpha >= 0.999
    np.copyto(roi, warped, where=inside[..., None])
    ys, xs = np.nonzero(~inside & ((alpha > 0.001) | (dark > 0.001)))  # a band around the paper
    if len(ys):
        a = alpha[ys, xs][:, None]
        under = roi[ys, xs].astype(np.float32) * (1.0 - dark[ys, xs][:, None])
        mixed = under * (1.0 - a) + warped[ys, xs].astype(np.float32)
        roi[ys, xs] = np.clip(mixed + 0.5, 0, 255).astype(np.uint8)


def place_on_scan(
    image: BGR,
    h_mat: Matrix,
    *,
    canvas_px: tuple[int, int],
    offset_px: tuple[float, float] = (0.0, 0.0),
    angle_deg: float = 0.0,
    background: str = "white",
    rng: np.random.Generator,
) -> tuple[BGR, Matrix]:
    """Put the voucher on a larger canvas (``canvas_px`` = (w, h)): a flatbed's white lid or a dark desk.

    ``offset_px`` is where the voucher's top-left corner goes before the rotation; the voucher is then
    rotated by ``angle_deg`` (counter-clockwise on screen) about its own centre. Whatever falls off
    the canvas is cut. Returns the canvas and the homography template mm -> canvas px."""
    canvas = _background(canvas_px, background, rng)
    h, w = image.shape[:2]
    a = translation(offset_px[0], offset_px[1]) @ rotation_about(w / 2, h / 2, angle_deg)
    _paste(canvas, image, a, shadow="desk" if background == "dark" else "scanner")
    return canvas, a @ np.asarray(h_mat, np.float64)


# ---------------------------------------------------------------------------------------------
# data sets


def qr_corners_px(template: Template, h_mat: Matrix) -> list[list[float]]:
    """The QR symbol's corners (TL, TR, BR, BL of the voucher's own orientation) in image px."""
    if template.qr is None:
        return []
    pts = transform_points(np.asarray(h_mat, np.float64), template.qr.corners)
    return [[round(float(x), 3), round(float(y), 3)] for x, y in pts]


def _h_list(h_mat: Matrix) -> list[list[float]]:
    return [[float(v) for v in row] for row in np.asarray(h_mat, np.float64)]


def _write_image(path: Path, image: BGR, quality: int = 92) -> None:
    params = [cv2.IMWRITE_JPEG_QUALITY, quality] if path.suffix.lower() in (".jpg", ".jpeg") else []
    if not cv2.imwrite(str(path), image, params):
        raise OSError(f"cannot write {path}")


def _scan_pose(
    image: BGR, dpi: float, rng: np.random.Generator, camera: bool
) -> tuple[tuple[int, int], tuple[float, float], float, str]:
    """Canvas, offset, angle and background of a flatbed scan (A4 landscape, voucher towards the
    top-left corner) or a document-camera shot (dark desk); the voucher always lies wholly inside."""
    h, w = image.shape[:2]
    angle = float(rng.uniform(-4, 4) if camera else rng.uniform(-2, 2))
    a = math.radians(abs(angle))
    bw, bh = w * math.cos(a) + h * math.sin(a), w * math.sin(a) + h * math.cos(a)  # rotated bounds
    if camera:
        cw = max(round(w * rng.uniform(1.2, 1.4)), math.ceil(bw) + 16)
        ch = max(round(h * rng.uniform(1.3, 1.6)), math.ceil(bh) + 16)
        u, v = rng.uniform(0.3, 0.7, 2)
    else:
        s = _px(dpi)
        cw, ch = max(round(297 * s), math.ceil(bw) + 16), max(round(210 * s), math.ceil(bh) + 16)
        u, v = rng.uniform(0.0, 0.6, 2)
    ox = (bw - w) / 2 + 4 + float(u) * (cw - bw - 8)
    oy = (bh - h) / 2 + 4 + float(v) * (ch - bh - 8)
    return (cw, ch), (ox, oy), angle, "dark" if camera else "white"


def generate_set(
    out_dir: str | Path,
    count: int,
    *,
    seed: int = 0,
    kinds: Sequence[str] = DEGRADATIONS,
    dpi: float = 200,
    fmt: str = "jpg",
    cancel: Callable[[], bool] | None = None,
) -> list[dict[str, Any]]:
    """Write ``count`` scans (cycling ``kinds`` evenly, both templates) and ``manifest.json``.
    Deterministic for a seed. Returns the manifest entries. When ``cancel()`` turns true it stops
    before the next scan and writes no manifest."""
    if fmt not in ("jpg", "png"):
        raise ValueError("fmt must be 'jpg' or 'png'")
    if not kinds:
        raise ValueError("no degradation kinds")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    templates = builtin_templates()
    codes = sorted(templates)
    entries: list[dict[str, Any]] = []
    for i in range(count):
        if cancel is not None and cancel():
            return entries
        rng = np.random.default_rng([seed, i])
        kind = kinds[i % len(kinds)]
        template = templates[codes[(i + i // len(kinds)) % len(codes)]]
        data = random_voucher_data(template, rng)
        image, h_mat = render_voucher(template, data, dpi=dpi, rng=rng)
        camera = kind in ("perspective", "shadow") or rng.random() < 0.25
        canvas, offset, angle, background = _scan_pose(image, dpi, rng, camera)
        image, h_mat = place_on_scan(
            image, h_mat, canvas_px=canvas, offset_px=offset, angle_deg=angle, background=background, rng=rng
        )
        severity = 0.0 if kind == "clean" else float(rng.uniform(0.3, 1.0))
        image, h_mat, params = degrade(image, h_mat, kind, severity, rng)
        name = f"{i:04d}_{template.code}_{kind}.{fmt}"
        _write_image(out / name, image)
        entries.append(
            {
                "file": name,
                "template": template.code,
                "payload": data.qr_content,
                "fields": dict(data.fields),
                "degradation": kind,
                "severity": round(severity, 4),
                "params": params,
                "scan": {
                    "background": background,
                    "canvas_px": list(canvas),
                    "offset_px": [round(offset[0], 2), round(offset[1], 2)],
                    "angle_deg": round(angle, 4),
                },
                "dpi": dpi,
                "size_px": [int(image.shape[1]), int(image.shape[0])],
                "homography": _h_list(h_mat),
                "qr_corners_px": qr_corners_px(template, h_mat),
            }
        )
    (out / "manifest.json").write_text(json.dumps(entries, ensure_ascii=False, indent=1), encoding="utf-8")
    return entries


def _ease(t: float) -> float:
    return 1.0 - (1.0 - t) ** 3


def write_video(
    path: str | Path, count: int, *, seed: int = 0, fps: int = 10, size: tuple[int, int] = (1280, 720)
) -> list[dict[str, Any]]:
    """A document-camera recording (MJPG .avi): each voucher slides onto a dark desk (~1 s), lies still
    (~1.5 s), slides away, then ~0.5 s of empty desk. Returns per voucher the payload and the frame
    ranges (inclusive): ``still_frames`` [first, last] is when it lies still at ``homography``."""
    w, h = size
    rng0 = np.random.default_rng([seed, 0x71DE0])
    desk = _background((w, h), "dark", rng0)
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), float(fps), (w, h))
    if not writer.isOpened():
        raise OSError(f"cannot open a video writer for {path}")
    n_in, n_still = max(2, round(fps * 1.0)), max(1, round(fps * 1.5))
    n_out, n_empty = max(1, round(fps * 0.3)), max(1, round(fps * 0.5))
    templates = builtin_templates()
    codes = sorted(templates)
    widest = max(t.width_mm for t in templates.values())
    tallest = max(t.height_mm for t in templates.values())
    dpi = min(0.8 * w / widest, 0.85 * h / tallest) * MM_PER_INCH
    frame_no = 0
    truth: list[dict[str, Any]] = []

    def emit(frame: BGR, noise_rng: np.random.Generator) -> None:
        nonlocal frame_no
        noise = noise_rng.integers(-3, 4, (h, w, 1), dtype=np.int16) + noise_rng.integers(
            -2, 3, (h, w, 3), dtype=np.int16
        )
        writer.write(np.clip(frame.astype(np.int16) + noise, 0, 255).astype(np.uint8))
        frame_no += 1

    try:
        for _ in range(n_empty):
            emit(desk, rng0)
        for k in range(count):
            rng = np.random.default_rng([seed, k, 1])
            template = templates[codes[k % len(codes)]]
            data = random_voucher_data(template, rng)
            image, h_mat = render_voucher(template, data, dpi=dpi, rng=rng)
            vh, vw = image.shape[:2]
            rest = np.array([(w - vw) / 2, (h - vh) / 2]) + rng.uniform(-0.04, 0.04, 2) * (w, h)
            angle = float(rng.uniform(-6, 6))
            sides = {"left": (-w, 0.0), "right": (w, 0.0), "bottom": (0.0, h), "top": (0.0, -h)}
            enter = np.array(sides[str(rng.choice(list(sides)))], np.float64) * 0.85
            leave = np.array(sides[str(rng.choice(list(sides)))], np.float64) * 0.85
            angle_in, angle_out = angle + float(rng.uniform(-12, 12)), angle + float(rng.uniform(-12, 12))

            def pose(offset: NDArray[np.float64], ang: float, vw: int = vw, vh: int = vh) -> Matrix:
                return translation(float(offset[0]), float(offset[1])) @ rotation_about(vw / 2, vh / 2, ang)

            first = frame_no
            for f in range(n_in):
                t = _ease(f / n_in)
                frame = desk.copy()
                _paste(
                    frame,
                    image,
                    pose(rest + enter * (1 - t), angle_in + (angle - angle_in) * t),
                    shadow="desk",
                )
                emit(frame, rng)
            still = desk.copy()
            a = pose(rest, angle)
            _paste(still, image, a, shadow="desk")
            still_first = frame_no
            for _ in range(n_still):
                emit(still, rng)
            still_last = frame_no - 1
            for f in range(n_out):
                t = (f + 1) / (n_out + 1)
                frame = desk.copy()
                _paste(
                    frame, image, pose(rest + leave * t * t, angle + (angle_out - angle) * t), shadow="desk"
                )
                emit(frame, rng)
            last = frame_no - 1
            for _ in range(n_empty):
                emit(desk, rng)
            hv = a @ h_mat
            truth.append(
                {
                    "index": k,
                    "template": template.code,
                    "payload": data.qr_content,
                    "fields": dict(data.fields),
                    "frames": [first, last],
                    "still_frames": [still_first, still_last],
                    "homography": _h_list(hv),
                    "qr_corners_px": qr_corners_px(template, hv),
                }
            )
    finally:
        writer.release()
    return truth


# ---------------------------------------------------------------------------------------------
# hostile inputs


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def write_png_bomb(
    path: str | Path, width: int = 40000, height: int = 40000, rows_per_block: int = 100
) -> None:
    """A valid, all-zero 8-bit greyscale PNG of ``width`` x ``height`` (1.6 GB decoded at 40000²), a
    few MB on disk. Streamed: each block of rows is deflated once with a full flush (which resets
    the compressor, so every block compresses to the same bytes) and repeated."""
    row = width + 1  # filter byte + pixels, all zero
    blocks, tail_rows = divmod(height, rows_per_block)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(_png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)))
        f.write(_png_chunk(b"IDAT", b"\x78\xda"))  # zlib header, best compression
        comp = zlib.compressobj(9, zlib.DEFLATED, -15)
        block = comp.compress(bytes(row * rows_per_block)) + comp.flush(zlib.Z_FULL_FLUSH)
        chunk = _png_chunk(b"IDAT", block)
        for _ in range(blocks):
            f.write(chunk)
        tail = zlib.compressobj(9, zlib.DEFLATED, -15)
        end = (tail.compress(bytes(row * tail_rows)) if tail_rows else b"") + tail.flush(zlib.Z_FINISH)
        total = row * height  # Adler-32 of n zero bytes: a = 1, b = n mod 65521
        f.write(_png_chunk(b"IDAT", end + struct.pack(">I", ((total % 65521) << 16) | 1)))
        f.write(_png_chunk(b"IEND", b""))


def _back_side(template: Template, dpi: float, copy: int) -> BGR:
    """The plain printed back of a voucher: notes and an endorsement box, no QR."""
    s = _px(dpi)
    w, h = _page_size(template, dpi)
    ink, tint, paper = _SCHEMES[(copy - 1) % len(_SCHEMES)]
    rng = np.random.default_rng(zlib.crc32(f"back|{template.code}|{dpi}".encode()))
    page = (
        np.asarray(paper, np.float32)[None, None, :]
        + (rng.standard_normal((h, w), dtype=np.float32) * 1.3)[..., None]
    )
    page = np.ascontiguousarray(page)
    _multiply(page, _guilloche(w, h, s, template, 1.0), 0, 0, tint, 0.25)
    form = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(form)
    big, small = _font("serif_bold", 4.0 * s), _font("serif", 2.9 * s)
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
    _multiply(page, _mask(form), 0, 0, ink, 0.9)
    return np.asarray(np.clip(page[..., ::-1], 0, 255), np.uint8)


def _to_pil(image: BGR) -> Image.Image:
    return Image.fromarray(np.ascontiguousarray(image[..., ::-1]))


def write_bad_inputs(directory: str | Path, *, seed: int = 0) -> dict[str, str]:
    """Files an ingest pipeline must survive (file name -> what it is)."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    templates = builtin_templates()
    tr, cd = templates["TR"], templates["CD"]
    rng = np.random.default_rng([seed, 0xBAD])
    made: dict[str, str] = {}

    def voucher(template: Template, dpi: float = 200, **override: Any) -> tuple[VoucherData, BGR, Matrix]:
        data = random_voucher_data(template, rng)
        if override:
            data = dataclasses.replace(data, **override)
        image, h_mat = render_voucher(template, data, dpi=dpi, rng=rng)
        return data, image, h_mat

    def on_white(image: BGR, h_mat: Matrix, margin: int = 80) -> tuple[BGR, Matrix]:
        h, w = image.shape[:2]
        return place_on_scan(
            image, h_mat, canvas_px=(w + 2 * margin, h + 2 * margin), offset_px=(margin, margin), rng=rng
        )

    (out / "empty.jpg").write_bytes(b"")
    made["empty.jpg"] = "0 bytes"

    _, img, _ = voucher(tr)
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 90])
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    data_bytes = buf.tobytes()
    (out / "truncated.jpg").write_bytes(data_bytes[: len(data_bytes) // 2])
    made["truncated.jpg"] = (
        f"a valid voucher JPEG cut in half ({len(data_bytes) // 2} of {len(data_bytes)} bytes)"
    )

    (out / "garbage.png").write_bytes(rng.bytes(8192))
    made["garbage.png"] = "8 KiB of random bytes named .png"

    write_png_bomb(out / "bomb.png")
    made["bomb.png"] = (
        "valid PNG, header 40000x40000 8-bit greyscale all zero (1.6 GB decoded), small on disk"
    )

    distinct = [_to_pil(voucher(tr if i % 2 == 0 else cd, dpi=50)[1]) for i in range(6)]
    pages = [distinct[i % len(distinct)] for i in range(60)]
    pages[0].save(out / "many_pages.pdf", save_all=True, append_images=pages[1:], resolution=50.0)
    made["many_pages.pdf"] = "60-page PDF of small voucher images (50 dpi; 6 vouchers repeated)"

    data, front, _ = voucher(tr)
    back = _back_side(tr, 200, data.payload.copy)
    _to_pil(front).save(
        out / "two_pages.tif",
        save_all=True,
        append_images=[_to_pil(back)],
        compression="tiff_deflate",
        dpi=(200, 200),
    )
    made["two_pages.tif"] = (
        f"multi-page TIFF: voucher front (QR {data.qr_content}) and its printed back (no QR)"
    )

    foreign = "https://example.com/pay?id=1"
    _, img, hm = voucher(tr, qr_text=foreign)
    _write_image(out / "foreign_qr.png", on_white(img, hm)[0])
    made["foreign_qr.png"] = f"voucher-looking page whose QR is {foreign}"

    data = random_voucher_data(tr, rng)
    good = data.payload.encode()
    body, _, check = good.rpartition(";K=")
    wrong = f"{body};K={(int(check, 16) ^ 0x5A5A5A5A):08X}"
    _, img, hm = voucher(tr, payload=data.payload, fields=data.fields, qr_text=wrong)
    _write_image(out / "bad_check_qr.png", on_white(img, hm)[0])
    made["bad_check_qr.png"] = f"voucher whose QR has a wrong K= check: {wrong}"

    d1, v1, h1 = voucher(tr)
    d2, v2, _ = voucher(cd)
    cw = max(v1.shape[1], v2.shape[1]) + 160
    ch = v1.shape[0] + v2.shape[0] + 300
    page, _ = place_on_scan(v1, h1, canvas_px=(cw, ch), offset_px=(80, 80), angle_deg=1.0, rng=rng)
    _paste(
        page,
        v2,
        translation(100, v1.shape[0] + 200) @ rotation_about(v2.shape[1] / 2, v2.shape[0] / 2, -1.5),
        shadow="scanner",
    )
    _write_image(out / "two_vouchers.png", page)
    made["two_vouchers.png"] = f"two vouchers on one page: {d1.qr_content} and {d2.qr_content}"

    data, img, hm = voucher(cd)
    page, hm = on_white(img, hm)
    page, _, _ = degrade(page, hm, "upside_down", 1.0, rng)
    _write_image(out / "upside_down.jpg", page)
    made["upside_down.jpg"] = f"voucher rotated 180 degrees: {data.qr_content}"

    _, img, hm = voucher(tr, qr_text="")
    _write_image(out / "no_qr.png", on_white(img, hm)[0])
    made["no_qr.png"] = "voucher with the QR area blank"

    _, img, hm = voucher(cd)
    page, _ = on_white(img, hm)
    _write_image(out / "blurred.jpg", np.asarray(cv2.GaussianBlur(page, (0, 0), 9.0), np.uint8))
    made["blurred.jpg"] = "voucher under a heavy Gaussian blur (sigma 9 px at 200 dpi): unreadable"

    _, img, hm = voucher(tr)
    page, _ = on_white(img, hm)
    dark = (
        page.astype(np.float32) * 0.05
        + rng.standard_normal(page.shape[:2], dtype=np.float32)[..., None] * 1.5
        + 2
    )
    _write_image(out / "dark.jpg", np.clip(dark, 0, 255).astype(np.uint8))
    made["dark.jpg"] = "nearly black exposure of a voucher"
    return made


# ---------------------------------------------------------------------------------------------
# command line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m imaging.generator", description=__doc__.split("\n")[0])
    parser.add_argument("--out", required=True, type=Path, help="output folder")
    parser.add_argument("--count", type=int, default=20, help="scans to write (default 20)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dpi", type=float, default=200)
    parser.add_argument("--fmt", choices=("jpg", "png"), default="jpg")
    parser.add_argument("--video", type=Path, help="also write a document-camera video (MJPG .avi)")
    parser.add_argument("--video-count", type=int, default=5, help="vouchers in the video (default 5)")
    parser.add_argument("--bad", action="store_true", help="also write hostile inputs to OUT/bad")
    args = parser.parse_args(argv)
    entries = generate_set(args.out, args.count, seed=args.seed, dpi=args.dpi, fmt=args.fmt)
    kinds: dict[str, int] = {}
    for e in entries:
        kinds[e["degradation"]] = kinds.get(e["degradation"], 0) + 1
    print(f"wrote {len(entries)} scans and manifest.json to {args.out}")
    print("  " + ", ".join(f"{k}: {n}" for k, n in kinds.items()))
    if args.video:
        truth = args.video.with_suffix(".json")
        vouchers = write_video(args.video, args.video_count, seed=args.seed)
        truth.write_text(json.dumps(vouchers, ensure_ascii=False, indent=1), encoding="utf-8")
        frames = vouchers[-1]["frames"][1] + 1 if vouchers else 0
        print(f"wrote {args.video} ({len(vouchers)} vouchers, about {frames} frames) and {truth}")
    if args.bad:
        bad = write_bad_inputs(args.out / "bad", seed=args.seed)
        print(f"wrote {len(bad)} hostile inputs to {args.out / 'bad'}:")
        for name, what in bad.items():
            print(f"  {name}: {what}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
