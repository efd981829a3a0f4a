"""Sites, zones and readers: the overview read model and zone editing (audited). Any thread."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, func, select
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
from app.errors import ValidationError
from app.operations import Action, Change, Target, record
from app.rbac import Permission, Principal
from app.remote import remote
from app.services.guard import authorize, authorize_any, require_code, require_reason
from app.stations import optional_station
from app.tracking.directory import Directory, load_layout


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


ChannelCheck = Callable[[str], str | None]  # why a reader channel URL is unusable, or None


class SiteService:
    def __init__(self, db: Database, check_channel: ChannelCheck | None = None) -> None:
        """``check_channel`` is the device-channel registry's validator for reader channels
        (``hardware.channels.reader_problem``), passed in by whoever composes the services (``app``
        does not import ``hardware``). Without it, readers cannot be saved."""
        self.db = db
        self.check_channel = check_channel

    @remote
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

    @remote
    def save_zone(
        self,
        actor: Principal,
        code: str,
        *,
        floorplan: str,
        polygon: list[tuple[float, float]],
        name_zh: str,
        name_en: str,
        kind: str,
        restricted: bool,
        reason: str,
    ) -> Change:
        """Create zone ``code`` on ``floorplan``, or change its outline, names, kind or restriction."""
        actor = authorize(self.db, actor, Permission.REGISTER_ADMIN, "edit zones")
        reason = require_reason(reason)
        code = require_code(code, "zone")
        if kind not in ZONE_KINDS:
            raise ValidationError(
                f"zone kind must be one of {', '.join(ZONE_KINDS)}", field="kind", problem="format"
            )
        if not name_zh.strip() or not name_en.strip():
            raise ValidationError("both names are required", field="name", problem="required")
        points = [(round(float(x), 1), round(float(y), 1)) for x, y in polygon]
        with self.db.write() as s:
            plan = s.scalar(select(FloorPlan).where(FloorPlan.code == floorplan))
            if plan is None:
                raise ValidationError(f"no floor plan {floorplan}", field="floorplan", problem="not_found")
            problem = polygon_problem(points, plan.width, plan.height)
            if problem:
                raise ValidationError(f"zone outline rejected: {problem}", field="polygon", problem=problem)
            zone = s.scalar(select(Zone).where(Zone.code == code).with_for_update())
            before = None
            if zone is None:
                zone = Zone(code=code, floorplan_id=plan.id)
                s.add(zone)
                action = Action.ZONE_CREATE
            else:
                if zone.floorplan_id != plan.id:
                    raise ValidationError(
                        f"zone {code} belongs to another floor plan", field="code", problem="duplicate"
                    )
                before = {
                    "polygon": json.loads(zone.polygon_json),
                    "name_zh": zone.name_zh,
                    "name_en": zone.name_en,
                    "kind": zone.kind,
                    "restricted": zone.restricted,
                }
                action = Action.ZONE_UPDATE
            zone.polygon_json = json.dumps(points)
            zone.name_zh, zone.name_en, zone.kind, zone.restricted = (
                name_zh.strip(),
                name_en.strip(),
                kind,
                restricted,
            )
            s.flush()
            return record(
                s,
                actor,
                action,
                Target.ZONE,
                code,
                reason=reason,
                before=before,
                after={
                    "polygon": points,
                    "name_zh": zone.name_zh,
                    "name_en": zone.name_en,
                    "kind": kind,
                    "restricted": restricted,
                },
            )

    @remote
    def save_reader(
        self,
        actor: Principal,
        code: str,
        *,
        zone: str,
        name_zh: str,
        name_en: str,
        url: str,
        x: float,
        y: float,
        enabled: bool,
        antennas: dict[int, str],
        station: str | None,
        reason: str,
    ) -> Change:
        """Register or change a reader: its channel (wire protocol included), place, which zone each
        antenna covers (antennas not listed cover the reader's own zone), and the station it is
        plugged into (``station``: a station code, or None/blank for unassigned, which only an
        embedded workstation runs). Only that station runs its driver; a change of station, like any
        other change, is audited with the state before and after. Drivers pick up a changed channel
        or station at the next start; the zone mapping applies to new reads at once."""
        actor = authorize(self.db, actor, Permission.REGISTER_ADMIN, "edit readers")
        reason = require_reason(reason)
        code = require_code(code, "reader")
        owner = optional_station(station)
        if self.check_channel is None:
            raise ValidationError(
                "reader channels cannot be checked here (no channel registry)",
                field="url",
                problem="unchecked",
            )
        problem = self.check_channel(url.strip())
        if problem:
            raise ValidationError(problem, field="url", problem="format")
        if not name_zh.strip() or not name_en.strip():
            raise ValidationError("both names are required", field="name", problem="required")
        if any(not 1 <= a <= 255 for a in antennas):
            raise ValidationError("antennas are numbered 1 to 255", field="antennas", problem="format")
        with self.db.write() as s:
            zones = {
                z.code: z for z in s.scalars(select(Zone).where(Zone.code.in_([zone, *antennas.values()])))
            }
            missing = sorted({zone, *antennas.values()} - set(zones))
            if missing:
                raise ValidationError(
                    f"unknown zone(s): {', '.join(missing)}", field="zone", problem="not_found"
                )
            plan = s.get(FloorPlan, zones[zone].floorplan_id)
            assert plan is not None
            if not (0 <= x <= plan.width and 0 <= y <= plan.height):
                raise ValidationError(
                    "the reader's position is outside its floor plan",
                    field="position",
                    problem="outside_plan",
                )
            if any(zones[z].floorplan_id != plan.id for z in antennas.values()):
                raise ValidationError(
                    "an antenna covers a zone on another floor", field="antennas", problem="format"
                )
            reader = s.scalar(select(Reader).where(Reader.code == code).with_for_update())
            before = None
            if reader is None:
                reader = Reader(code=code)
                s.add(reader)
                action = Action.READER_CREATE
            else:
                before = _reader_state(s, reader)
                action = Action.READER_UPDATE
            reader.zone_id, reader.name_zh, reader.name_en = zones[zone].id, name_zh.strip(), name_en.strip()
            reader.url, reader.x, reader.y, reader.enabled = url.strip(), x, y, enabled
            reader.station = owner
            s.flush()
            s.execute(delete(ReaderAntenna).where(ReaderAntenna.reader_id == reader.id))
            s.add_all(
                ReaderAntenna(reader_id=reader.id, antenna=a, zone_id=zones[z].id)
                for a, z in antennas.items()
            )
            s.flush()
            return record(
                s,
                actor,
                action,
                Target.READER,
                code,
                reason=reason,
                before=before,
                after=_reader_state(s, reader),
            )

    def _reader_antennas(self, code: str) -> dict[int, str]:
        with self.db.read() as s:
            reader_id = s.scalar(select(Reader.id).where(Reader.code == code))
            return _antennas(s, reader_id) if reader_id is not None else {}

    # -- reads for the docks (permission-checked; called on a worker) ----------------------------
    @remote
    def layout(self, actor: Principal) -> Directory:
        """Floors, zones and readers (no register data): for whoever watches the map or edits the
        site (reader health, the zone editor, zone permissions)."""
        authorize_any(
            self.db,
            actor,
            frozenset({Permission.MAP_VIEW, Permission.REGISTER_ADMIN}),
            "view the site layout",
        )
        return load_layout(self.db)

    @remote
    def reader_setup(self, actor: Principal, code: str) -> dict[int, str]:
        """A reader's antenna -> zone mapping, for its editor (register administration)."""
        authorize(self.db, actor, Permission.REGISTER_ADMIN, "view a reader's setup")
        return self._reader_antennas(code)


ZONE_KINDS = (
    "gate",
    "hall",
    "vault",
    "secrecy",
    "archive",
    "handover",
    "vip",
    "counter",
    "it",
    "office",
    "keying",
    "scan",
    "auth",
    "corridor",
)


def _segments_cross(
    a: tuple[float, float], b: tuple[float, float], c: tuple[float, float], d: tuple[float, float]
) -> bool:
    def orient(p: tuple[float, float], q: tuple[float, float], r: tuple[float, float]) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    return (orient(a, b, c) * orient(a, b, d) < 0) and (orient(c, d, a) * orient(c, d, b) < 0)


def polygon_problem(points: list[tuple[float, float]], width: float, height: float) -> str | None:
    """Why a zone outline is unusable (None if fine): too few points, outside the plan, or crossing itself."""
    if len(points) < 3:
        return "too_few_points"
    if any(not (0 <= x <= width and 0 <= y <= height) for x, y in points):
        return "outside_plan"
    n = len(points)
    edges = [(points[i], points[(i + 1) % n]) for i in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            if j in (i + 1, (i - 1) % n) or (i == 0 and j == n - 1):
                continue  # neighbours share a vertex
            if _segments_cross(*edges[i], *edges[j]):
                return "self_intersecting"
    area = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in edges) / 2
    if abs(area) < 1.0:
        return "no_area"
    return None


def _antennas(s: Session, reader_id: int) -> dict[int, str]:
    """Antenna number -> zone code, for antennas covering a zone other than the reader's own."""
    return dict(
        s.execute(
            select(ReaderAntenna.antenna, Zone.code)
            .join(Zone, ReaderAntenna.zone_id == Zone.id)
            .where(ReaderAntenna.reader_id == reader_id)
        ).all()
    )


def _reader_state(s: Session, reader: Reader) -> dict[str, object]:
    zone = s.get(Zone, reader.zone_id)
    return {
        "zone": zone.code if zone else None,
        "url": reader.url,
        "x": reader.x,
        "y": reader.y,
        "enabled": reader.enabled,
        "antennas": _antennas(s, reader.id),
        "station": reader.station,
    }
