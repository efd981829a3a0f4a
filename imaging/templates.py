"""Voucher templates: a voucher type's page size, where its QR code is printed, and its field regions.
Pure data, any thread.

Coordinates are millimetres on the voucher, origin top-left, x to the right, y down. Regions are
placed on a scan through an anchor:

- ``qr``: the four corners of the printed QR symbol (its finder patterns fix position, scale,
  rotation and flips), refined by the page outline when one is found;
- ``page``: the four corners of the detected page.

A template is stored as JSON (``Template.to_json`` / ``Template.from_json``); the shipped ones are in
``resources/templates``. ``from_json`` validates everything and raises ``TemplateError`` naming the
field and the problem, so an editor can show it next to the right input.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "resources" / "templates"

REGION_KINDS: tuple[str, ...] = (
    "account",  # 账号
    "amount_figures",  # 小写金额
    "amount_words",  # 大写金额
    "date",  # 日期
    "name",  # 户名 / 收款人 / 付款人
    "number",  # 凭证号码
    "seal",  # 印鉴区
    "text",  # 用途 / 摘要 and other free text
)
ANCHORS = ("qr", "page")
KEYING_MODES = ("slice", "whole")  # 切片录入 / 整票录入
MAX_NAME = 32  # region names are field keys stored with every slice
MAX_PAGE_MM = 420.0  # A3 long side: larger is a typing mistake, not a voucher


class TemplateError(ValueError):
    def __init__(self, message: str, *, field: str, problem: str) -> None:
        super().__init__(message)
        self.field = field
        self.problem = problem


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def corners(self) -> tuple[tuple[float, float], ...]:
        """Top-left, top-right, bottom-right, bottom-left."""
        x, y, w, h = self.x, self.y, self.w, self.h
        return ((x, y), (x + w, y), (x + w, y + h), (x, y + h))


@dataclass(frozen=True)
class Region:
    name: str  # unique within the template, ascii identifier (field key for keying)
    kind: str  # one of REGION_KINDS
    box: Box
    label_zh: str = ""
    label_en: str = ""


@dataclass(frozen=True)
class Template:
    code: str  # voucher type, as in the QR payload's T= field (TR, CD, ...)
    name_zh: str
    name_en: str
    width_mm: float
    height_mm: float
    regions: tuple[Region, ...]
    anchor: str = "qr"
    qr: Box | None = None  # the QR symbol without its quiet zone; a square
    keying: str = "slice"
    version: int = 1
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def region(self, name: str) -> Region:
        for r in self.regions:
            if r.name == name:
                return r
        raise KeyError(name)

    def to_json(self) -> str:
        data = asdict(self)
        data.pop("extra")
        return json.dumps(data, ensure_ascii=False, indent=1)

    @staticmethod
    def from_json(text: str | bytes) -> Template:
        try:
            data = json.loads(text)
        except ValueError as e:
            raise TemplateError(f"not JSON: {e}", field="", problem="json") from e
        if not isinstance(data, dict):
            raise TemplateError("a template is a JSON object", field="", problem="json")
        return template_from_dict(data)


def _number(data: dict[str, Any], key: str, where: str) -> float:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TemplateError(f"{where}{key} must be a number", field=f"{where}{key}", problem="type")
    return float(value)


def _box(data: Any, where: str) -> Box:
    if not isinstance(data, dict):
        raise TemplateError(f"{where} must be an object with x, y, w, h", field=where, problem="type")
    box = Box(*(_number(data, k, f"{where}.") for k in ("x", "y", "w", "h")))
    if box.w <= 0 or box.h <= 0:
        raise TemplateError(f"{where} must have a positive size", field=where, problem="size")
    return box


def _inside(box: Box, width: float, height: float, where: str) -> None:
    eps = 1e-6
    if box.x < -eps or box.y < -eps or box.x + box.w > width + eps or box.y + box.h > height + eps:
        raise TemplateError(f"{where} lies outside the page", field=where, problem="outside")


def template_from_dict(data: dict[str, Any]) -> Template:
    code = str(data.get("code", "")).strip().upper()
    if not (2 <= len(code) <= 8 and code.isascii() and code.isalnum()):  # as the payload's T= field
        raise TemplateError("code: 2-8 letters or digits", field="code", problem="format")
    width, height = _number(data, "width_mm", ""), _number(data, "height_mm", "")
    if not (20 <= width <= MAX_PAGE_MM and 20 <= height <= MAX_PAGE_MM):
        raise TemplateError("page size must be 20-420 mm", field="width_mm", problem="size")
    anchor = data.get("anchor", "qr")
    if anchor not in ANCHORS:
        raise TemplateError(f"anchor must be one of {ANCHORS}", field="anchor", problem="choice")
    keying = data.get("keying", "slice")
    if keying not in KEYING_MODES:
        raise TemplateError(f"keying must be one of {KEYING_MODES}", field="keying", problem="choice")
    qr = None
    if data.get("qr") is not None:
        qr = _box(data["qr"], "qr")
        if abs(qr.w - qr.h) > 0.01:
            raise TemplateError("the QR box must be square", field="qr", problem="size")
        _inside(qr, width, height, "qr")
    if anchor == "qr" and qr is None:
        raise TemplateError("a QR-anchored template needs the QR box", field="qr", problem="required")
    raw_regions = data.get("regions")
    if not isinstance(raw_regions, list) or not raw_regions:
        raise TemplateError("a template needs at least one region", field="regions", problem="required")
    regions: list[Region] = []
    for i, raw in enumerate(raw_regions):
        where = f"regions[{i}]"
        if not isinstance(raw, dict):
            raise TemplateError(f"{where} must be an object", field=where, problem="type")
        name = str(raw.get("name", "")).strip()
        if not name.isidentifier() or not name.isascii() or len(name) > MAX_NAME:
            raise TemplateError(
                f"{where}.name: an ascii identifier of at most {MAX_NAME} characters",
                field=f"{where}.name",
                problem="format",
            )
        if any(r.name == name for r in regions):
            raise TemplateError(
                f"region name {name} is used twice", field=f"{where}.name", problem="duplicate"
            )
        kind = raw.get("kind")
        if kind not in REGION_KINDS:
            raise TemplateError(
                f"{where}.kind must be one of {REGION_KINDS}", field=f"{where}.kind", problem="choice"
            )
        box = _box(raw.get("box"), f"{where}.box")
        _inside(box, width, height, f"{where}.box")
        regions.append(Region(name, kind, box, str(raw.get("label_zh", "")), str(raw.get("label_en", ""))))
    version = data.get("version", 1)
    if not isinstance(version, int) or version < 1:
        raise TemplateError("version must be a positive integer", field="version", problem="type")
    return Template(
        code=code,
        name_zh=str(data.get("name_zh", "")),
        name_en=str(data.get("name_en", "")),
        width_mm=width,
        height_mm=height,
        regions=tuple(regions),
        anchor=anchor,
        qr=qr,
        keying=keying,
        version=version,
    )


def builtin_templates() -> dict[str, Template]:
    """The shipped templates by code (the demo seeds them into the database)."""
    out: dict[str, Template] = {}
    for path in sorted(TEMPLATE_DIR.glob("*.json")):
        t = Template.from_json(path.read_text(encoding="utf-8"))
        out[t.code] = t
    return out
