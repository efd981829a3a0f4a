"""Realistic values for synthetic vouchers: banks, Chinese personal and company names, card and
account numbers with their Luhn check digit, amounts, dates, memos and the seal's owner. Any
thread (the randomness comes from the caller's generator)."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import numpy as np

from app.money import amount_in_figures, amount_in_words
from imaging.payload import VoucherPayload
from imaging.synth.paint import RGB
from imaging.templates import Template


@dataclass(frozen=True)
class Bank:
    name: str
    name_en: str
    colour: RGB  # logo colour
    bins: tuple[str, ...]  # card/account prefixes
    short: str
    logo: int  # logo variant


# Fictitious banks only ("示范" = demo; the suite's own bank is 示范银行, app.texts): the demo and the
# tests must never show a real bank's name, logo or card prefixes (these start with 9, which no
# UnionPay card does). Six, so that the random draws per voucher stay as they were.
BANKS: tuple[Bank, ...] = (
    Bank("示范商业银行", "DEMO COMMERCIAL BANK", (200, 16, 46), ("9101", "9102", "9103"), "DCB", 0),
    Bank("示范储蓄银行", "DEMO SAVINGS BANK", (0, 62, 140), ("9201", "9202", "9203"), "DSB", 1),
    Bank("示范合作银行", "DEMO COOPERATIVE BANK", (0, 128, 110), ("9301", "9302"), "DCO", 2),
    Bank("示范信托银行", "DEMO TRUST BANK", (178, 20, 40), ("9401", "9402", "9403"), "DTB", 0),
    Bank("示范发展银行", "DEMO DEVELOPMENT BANK", (20, 50, 125), ("9501", "9502"), "DDB", 1),
    Bank("示范实业银行", "DEMO INDUSTRIAL BANK", (196, 20, 30), ("9601", "9602"), "DIB", 2),
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


def luhn_digit(digits: str) -> str:
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
    return body + luhn_digit(body)


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
