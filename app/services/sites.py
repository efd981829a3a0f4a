"""Read models of sites, zones, readers and registers for the overview. Any thread."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import ArchiveFolder, Asset, CashBox, FloorPlan, Person, Reader, Site, VipCustomer, Zone
from app.rbac import Principal


@dataclass(frozen=True)
class SiteSummary:
    code: str
    name_zh: str
    name_en: str
    kind: str
    floorplans: int
    zones: int
    restricted_zones: int
    readers: int
    people: int


@dataclass(frozen=True)
class Overview:
    sites: tuple[SiteSummary, ...]
    people: int
    assets: int
    cash_boxes: int
    vip_customers: int
    archive_folders: int
    readers: int


class SiteService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def overview(self, actor: Principal) -> Overview:
        """Counts any logged-in user may see (no personal data)."""
        del actor  # every role sees the overview
        with self.db.read() as s:
            summaries = []
            for site in s.scalars(select(Site).order_by(Site.code)):
                plan_ids = [fp.id for fp in site.floorplans]
                zone_q = select(func.count()).select_from(Zone).where(Zone.floorplan_id.in_(plan_ids))
                zones = s.scalar(zone_q) or 0
                restricted = s.scalar(zone_q.where(Zone.restricted.is_(True))) or 0
                readers = (
                    s.scalar(
                        select(func.count())
                        .select_from(Reader)
                        .join(Zone)
                        .where(Zone.floorplan_id.in_(plan_ids))
                    )
                    or 0
                )
                people = (
                    s.scalar(select(func.count()).select_from(Person).where(Person.site_id == site.id)) or 0
                )
                summaries.append(
                    SiteSummary(
                        site.code,
                        site.name_zh,
                        site.name_en,
                        site.kind,
                        len(plan_ids),
                        zones,
                        restricted,
                        readers,
                        people,
                    )
                )

            def count(model: type) -> int:
                return s.scalar(select(func.count()).select_from(model)) or 0

            return Overview(
                tuple(summaries),
                count(Person),
                count(Asset),
                count(CashBox),
                count(VipCustomer),
                count(ArchiveFolder),
                count(Reader),
            )

    def floorplans(self) -> list[tuple[str, str]]:
        with self.db.read() as s:
            return [(fp.code, fp.file) for fp in s.scalars(select(FloorPlan).order_by(FloorPlan.code))]
