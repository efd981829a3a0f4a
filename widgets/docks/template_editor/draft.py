"""The template being edited, as plain mutable data: its form fields, the QR box and the regions, in
millimetres. Converts to and from ``imaging.templates.Template`` (whose validation is the only one).
GUI thread (no Qt here; the panel owns one draft at a time)."""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field, replace
from typing import Any

from imaging.templates import Box, Template, TemplateError

_KEYS = itertools.count(1)
MIN_MM = 1.0
_REGION_FIELD = re.compile(r"^regions\[(\d+)\](?:\.(\w+))?")


@dataclass
class RegionDraft:
    name: str
    kind: str
    x: float
    y: float
    w: float
    h: float
    label_zh: str = ""
    label_en: str = ""
    key: int = field(default_factory=lambda: next(_KEYS))  # stable identity while names change

    def box(self) -> tuple[float, float, float, float]:
        return self.x, self.y, self.w, self.h


@dataclass
class TemplateDraft:
    code: str = ""
    name_zh: str = ""
    name_en: str = ""
    width_mm: float = 210.0
    height_mm: float = 100.0
    anchor: str = "qr"
    keying: str = "slice"
    qr: Box | None = field(default_factory=lambda: Box(178.0, 6.0, 24.0, 24.0))
    regions: list[RegionDraft] = field(default_factory=list)
    version: int = 0  # of the template it was loaded from; 0 for a new one

    @staticmethod
    def from_template(t: Template) -> TemplateDraft:
        return TemplateDraft(
            code=t.code,
            name_zh=t.name_zh,
            name_en=t.name_en,
            width_mm=t.width_mm,
            height_mm=t.height_mm,
            anchor=t.anchor,
            keying=t.keying,
            qr=t.qr,
            regions=[
                RegionDraft(r.name, r.kind, r.box.x, r.box.y, r.box.w, r.box.h, r.label_zh, r.label_en)
                for r in t.regions
            ],
            version=t.version,
        )

    def copy(self) -> TemplateDraft:
        return replace(self, regions=[replace(r, key=next(_KEYS)) for r in self.regions])

    def region(self, key: int) -> RegionDraft:
        return next(r for r in self.regions if r.key == key)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code.strip().upper(),
            "name_zh": self.name_zh.strip(),
            "name_en": self.name_en.strip(),
            "version": max(self.version, 1),
            "width_mm": self.width_mm,
            "height_mm": self.height_mm,
            "anchor": self.anchor,
            "qr": None
            if self.qr is None
            else {"x": self.qr.x, "y": self.qr.y, "w": self.qr.w, "h": self.qr.h},
            "keying": self.keying,
            "regions": [
                {
                    "name": r.name.strip(),
                    "kind": r.kind,
                    "label_zh": r.label_zh.strip(),
                    "label_en": r.label_en.strip(),
                    "box": {"x": r.x, "y": r.y, "w": r.w, "h": r.h},
                }
                for r in self.regions
            ],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1)

    def validate(self) -> Template:
        """The template these fields make, or ``TemplateError`` naming the field and the problem."""
        return Template.from_json(self.to_json())

    def new_region_name(self, kind: str = "field") -> str:
        names = {r.name for r in self.regions}
        for i in itertools.count(1):
            name = f"{kind}_{i}"
            if name not in names:
                return name
        raise AssertionError("unreachable")


def region_error(error: TemplateError) -> tuple[int, str] | None:
    """``regions[3].box.x`` -> (3, "box"); None if the error is not about one region."""
    m = _REGION_FIELD.match(error.field)
    if m is None:
        return None
    return int(m.group(1)), m.group(2) or ""


def clamp_box(x: float, y: float, w: float, h: float, width: float, height: float) -> tuple[float, ...]:
    """A box kept on the page, at least ``MIN_MM`` in each direction, rounded to 0.1 mm."""
    w = min(max(w, MIN_MM), width)
    h = min(max(h, MIN_MM), height)
    x = min(max(x, 0.0), width - w)
    y = min(max(y, 0.0), height - h)
    return tuple(round(v, 1) for v in (x, y, w, h))
