"""Who and what carries a tag, and where each belongs: the plain values a simulated world is built
from (``hardware.sim.population.build_world``). Any thread; one read unit of work.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from app.db.engine import Database
from app.db.models import ArchiveFolder, Asset, CashBox, FloorPlan, Person, Reader, Site, VipCustomer, Zone

OUTSIDE = ""  # not on site (a VIP customer before they arrive)

# Where staff spend their day, by post (部职别), as a zone kind of their site.
POST_HOME = {
    "监控值班": "office",
    "金库管库": "vault",
    "押运": "handover",
    "柜员": "counter",
    "客户经理": "vip",
    "录入": "keying",
    "审核": "auth",
    "运维": "it",
}


@dataclass(frozen=True)
class PlaceInfo:
    code: str
    site: str
    kind: str
    restricted: bool


@dataclass(frozen=True)
class Carrier:
    """A tag and where its carrier belongs (``home``, a zone code, or OUTSIDE)."""

    tag_id: str
    kind: str  # person | asset | cashbox | vip | archive
    site: str
    home: str
    beacon_period: float = 1.0


@dataclass(frozen=True)
class Population:
    zones: list[PlaceInfo]
    readers: dict[str, list[str]]  # zone code -> codes of the enabled readers covering it
    carriers: list[Carrier]


def load_population(db: Database) -> Population:
    with db.read() as s:
        zone_rows = s.execute(
            select(Zone.code, Zone.kind, Zone.restricted, Site.code, Zone.id)
            .join(FloorPlan, Zone.floorplan_id == FloorPlan.id)
            .join(Site, FloorPlan.site_id == Site.id)
        ).all()
        zones = [PlaceInfo(code, site, kind, restricted) for code, kind, restricted, site, _ in zone_rows]
        zone_by_id = {zid: code for code, _, _, _, zid in zone_rows}
        site_by_id = {sid: code for sid, code in s.execute(select(Site.id, Site.code))}
        readers: dict[str, list[str]] = defaultdict(list)
        for code, zone_id in s.execute(
            select(Reader.code, Reader.zone_id).where(Reader.enabled.is_(True)).order_by(Reader.code)
        ):
            readers[zone_by_id[zone_id]].append(code)
        by_site_kind = {(z.site, z.kind): z.code for z in reversed(zones)}
        site_codes = sorted(site_by_id.values())

        def home(site: str, *kinds: str) -> str:
            for kind in (*kinds, "hall", "corridor", "keying"):
                if (site, kind) in by_site_kind:
                    return by_site_kind[(site, kind)]
            return next(z.code for z in zones if z.site == site)

        carriers: list[Carrier] = []
        for p in s.scalars(select(Person).where(Person.tag_id.is_not(None))):
            site = site_by_id.get(p.site_id or 0, site_codes[0])
            carriers.append(
                Carrier(p.tag_id or "", "person", site, home(site, POST_HOME.get(p.post, "hall")))
            )
        for a in s.scalars(select(Asset).where(Asset.tag_id.is_not(None))):
            h = zone_by_id.get(a.home_zone_id or 0) or home(site_codes[0])
            site = next(z.site for z in zones if z.code == h)
            carriers.append(Carrier(a.tag_id or "", "asset", site, h, beacon_period=2.0))
        for c in s.scalars(select(CashBox).where(CashBox.tag_id.is_not(None))):
            site = site_by_id.get(c.site_id or 0, site_codes[0])
            carriers.append(Carrier(c.tag_id or "", "cashbox", site, home(site, "vault")))
        for v in s.scalars(select(VipCustomer).where(VipCustomer.tag_id.is_not(None))):
            carriers.append(Carrier(v.tag_id or "", "vip", site_codes[0], OUTSIDE))
        for f in s.scalars(select(ArchiveFolder).where(ArchiveFolder.tag_id.is_not(None))):
            carriers.append(
                Carrier(
                    f.tag_id or "",
                    "archive",
                    site_codes[0],
                    home(site_codes[0], "archive"),
                    beacon_period=5.0,
                )
            )
    return Population(zones, dict(readers), carriers)
