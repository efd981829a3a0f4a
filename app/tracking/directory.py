"""Who or what each tag is, for the map and the event texts: one read model over all registers
(``load_directory``), and the site's layout alone (``load_layout``: floors, zones, readers and their
antennas, no register data). Any thread; built once and refreshed when registers change."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import (
    ArchiveFolder,
    Asset,
    CashBox,
    FloorPlan,
    Person,
    Reader,
    ReaderAntenna,
    Site,
    VipCustomer,
    Zone,
)


@dataclass(frozen=True)
class TagInfo:
    tag_id: str
    kind: str  # person | asset | cashbox | vip | archive
    label: str  # short name shown on the map
    department: str = ""  # people: 部门; others: ""
    details: tuple[tuple[str, str], ...] = ()  # (field, value) pairs for the details pane
    bound_to: tuple[str, ...] = ()  # tag IDs of bound people (asset responsible, cash box holder)


@dataclass(frozen=True)
class ZoneInfo:
    code: str
    name_zh: str
    name_en: str
    kind: str
    restricted: bool
    polygon: tuple[tuple[float, float], ...]
    floorplan: str

    def name(self, chinese: bool) -> str:
        return self.name_zh if chinese else self.name_en


@dataclass(frozen=True)
class ReaderInfo:
    code: str
    name_zh: str
    name_en: str
    zone: str
    x: float
    y: float
    url: str  # the device channel, wire protocol included (hardware.channels)
    # (antenna, zone code) of each antenna covering a zone other than the reader's own, by antenna
    antennas: tuple[tuple[int, str], ...] = ()
    station: str | None = None  # the station that runs it; None: unassigned (an embedded workstation)

    def covers(self) -> tuple[str, ...]:
        """The zones this reader hears: its own, then its antennas' (each once)."""
        return tuple(dict.fromkeys((self.zone, *(zone for _, zone in self.antennas))))


@dataclass(frozen=True)
class FloorPlanInfo:
    code: str
    site: str
    site_name_zh: str
    site_name_en: str
    name_zh: str
    name_en: str
    file: str
    width: float
    height: float

    def title(self, chinese: bool) -> str:
        return f"{self.site_name_zh} · {self.name_zh}" if chinese else f"{self.site_name_en} · {self.name_en}"


@dataclass(frozen=True)
class Directory:
    tags: dict[str, TagInfo] = field(default_factory=dict)
    zones: dict[str, ZoneInfo] = field(default_factory=dict)
    readers: dict[str, ReaderInfo] = field(default_factory=dict)
    floorplans: dict[str, FloorPlanInfo] = field(default_factory=dict)

    def departments(self) -> list[str]:
        return sorted({t.department for t in self.tags.values() if t.department})

    def bound_things(self, person_tag: str) -> list[TagInfo]:
        """Assets and cash boxes this person is bound to (responsible for, or assigned)."""
        return [t for t in self.tags.values() if person_tag in t.bound_to]


def _name(person: Person | None) -> str:
    return person.name if person else "—"


def _bound(person: Person | None) -> tuple[str, ...]:
    """The person's tag, as the ``bound_to`` of the thing they are responsible for."""
    return (person.tag_id,) if person and person.tag_id else ()


def _layout(
    s: Session,
) -> tuple[dict[str, FloorPlanInfo], dict[str, ZoneInfo], dict[int, str], dict[str, ReaderInfo]]:
    """Floor plans, zones, zone id -> code, and readers with their antennas (one unit of work)."""
    plans = {}
    for fp, site in s.execute(select(FloorPlan, Site).join(Site, FloorPlan.site_id == Site.id)):
        plans[fp.code] = FloorPlanInfo(
            fp.code,
            site.code,
            site.name_zh,
            site.name_en,
            fp.name_zh,
            fp.name_en,
            fp.file,
            fp.width,
            fp.height,
        )
    plan_by_id = {fp_id: code for fp_id, code in s.execute(select(FloorPlan.id, FloorPlan.code))}
    zones = {}
    zone_by_id = {}
    for z in s.scalars(select(Zone)):
        poly = tuple((float(x), float(y)) for x, y in json.loads(z.polygon_json))
        zones[z.code] = ZoneInfo(
            z.code, z.name_zh, z.name_en, z.kind, z.restricted, poly, plan_by_id[z.floorplan_id]
        )
        zone_by_id[z.id] = z.code
    antennas: dict[int, list[tuple[int, str]]] = {}
    for reader_id, antenna, zone_id in s.execute(
        select(ReaderAntenna.reader_id, ReaderAntenna.antenna, ReaderAntenna.zone_id).order_by(
            ReaderAntenna.reader_id, ReaderAntenna.antenna
        )
    ):
        antennas.setdefault(reader_id, []).append((antenna, zone_by_id[zone_id]))
    readers = {
        r.code: ReaderInfo(
            r.code,
            r.name_zh,
            r.name_en,
            zone_by_id[r.zone_id],
            r.x,
            r.y,
            r.url,
            tuple(antennas.get(r.id, ())),
            r.station,
        )
        for r in s.scalars(select(Reader).order_by(Reader.code))
    }
    return plans, zones, zone_by_id, readers


def load_layout(db: Database) -> Directory:
    """Floors, zones and readers (with their antennas) only: no register is read."""
    with db.read() as s:
        plans, zones, _, readers = _layout(s)
    return Directory(zones=zones, readers=readers, floorplans=plans)


def load_directory(db: Database) -> Directory:
    with db.read() as s:
        plans, zones, zone_by_id, readers = _layout(s)
        people = {p.id: p for p in s.scalars(select(Person))}
        tags: dict[str, TagInfo] = {}
        for p in people.values():
            if p.tag_id:
                sex = {"M": "男", "F": "女"}.get(p.sex, p.sex)
                tags[p.tag_id] = TagInfo(
                    p.tag_id,
                    "person",
                    p.name,
                    p.department,
                    (
                        ("id_number", p.id_number),
                        ("sex", sex),
                        ("department", p.department),
                        ("post", p.post),
                    ),
                )
        for a in s.scalars(select(Asset)):
            if a.tag_id:
                owner = people.get(a.responsible_id or 0)
                tags[a.tag_id] = TagInfo(
                    a.tag_id,
                    "asset",
                    a.name,
                    "",
                    (
                        ("serial", a.serial),
                        ("type", a.asset_type),
                        ("responsible", _name(owner)),
                        ("home_zone", zone_by_id.get(a.home_zone_id or 0, "—")),  # a zone code
                    ),
                    _bound(owner),
                )
        for c in s.scalars(select(CashBox)):
            if c.tag_id:
                holder = people.get(c.assigned_person_id or 0)
                tags[c.tag_id] = TagInfo(
                    c.tag_id,
                    "cashbox",
                    c.code,
                    "",
                    (("assigned_to", _name(holder)),),
                    _bound(holder),
                )
        for v in s.scalars(select(VipCustomer)):
            if v.tag_id:
                manager = people.get(v.manager_id or 0)
                tags[v.tag_id] = TagInfo(
                    v.tag_id,
                    "vip",
                    f"{v.name[:1]}{v.honorific}",
                    "",
                    (("name", v.name), ("level", v.level), ("manager", _name(manager))),
                )
        for f in s.scalars(select(ArchiveFolder)):
            if f.tag_id:
                tags[f.tag_id] = TagInfo(
                    f.tag_id,
                    "archive",
                    f.title,
                    "",
                    (("customer_no", f.customer_no), ("post", f.post), ("shelf", f.shelf)),
                )
    return Directory(tags, zones, readers, plans)
