"""Seed a realistic demo bank into an empty database. Main thread (CLI or first start).

Two sites from ``resources/demo/sites.json`` (a sub-branch and the operations center) with floor
plans, zones and simulated readers; staff with active tags; assets with anti-tamper tags; cash
boxes; VIP customers; archive folders with UHF EPCs; and one login per role, with printed demo
credentials. Deterministic: the same seed gives the same bank.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.db.engine import Database
from app.db.models import (
    ArchiveFolder,
    Asset,
    CashBox,
    FloorPlan,
    Meta,
    Person,
    Reader,
    Site,
    Tag,
    User,
    VipCustomer,
    Zone,
)
from app.demo_authz import seed_authorization_history
from app.operations import Action, Target
from app.paths import RESOURCES
from app.personal_data import resident_id_check
from app.rbac import Principal, Role, system_principal
from app.services.capture import CaptureService
from app.services.identity import IdentityService
from app.stations import DEMO_STATION as DEMO_STATION  # every demo reader belongs to it

DEMO_PASSWORD = "Demo@2026"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    display_name: str
    role: Role
    card_uid: str | None = None
    pin: str | None = None
    outsourced: bool = False
    station: str | None = None  # a station's service account: the station it signs in as


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("admin", "周建国", Role.ADMIN),
    DemoAccount("operator", "李明", Role.OPERATOR),
    DemoAccount("operator2", "陈静", Role.OPERATOR),
    DemoAccount("custodian", "王强", Role.CUSTODIAN, "C0A80101", "246813"),
    DemoAccount("escort", "赵刚", Role.ESCORT, "C0A80102", "604829"),
    DemoAccount("keyer1", "孙丽", Role.KEYER, outsourced=True),
    DemoAccount("keyer2", "吴芳", Role.KEYER, outsourced=True),
    DemoAccount("reviewer", "郑华", Role.REVIEWER),
    DemoAccount("teller", "刘洋", Role.TELLER),
    DemoAccount("supervisor", "黄海", Role.SUPERVISOR),
    DemoAccount("auditor", "林雪", Role.AUDITOR),
    # the service account the demo station's devices sign in with in a shared deployment (not a person)
    DemoAccount("station1", "设备工作站 WS1", Role.STATION, station=DEMO_STATION),
)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐"
GIVEN = [
    "伟",
    "芳",
    "娜",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀英",
    "华",
    "慧",
    "建华",
    "志强",
    "海燕",
    "晓东",
    "雪梅",
    "国庆",
]
DEPARTMENTS = [
    ("运营管理部", "监控值班"),
    ("运营管理部", "金库管库"),
    ("保卫部", "押运"),
    ("个人金融部", "柜员"),
    ("个人金融部", "客户经理"),
    ("集中作业中心", "录入"),
    ("集中作业中心", "审核"),
    ("科技部", "运维"),
]
ASSETS = [
    ("computer", "柜面终端"),
    ("computer", "监控工作站"),
    ("equipment", "点钞机"),
    ("equipment", "扫描仪"),
    ("equipment", "高拍仪"),
    ("computer", "授权终端"),
    ("equipment", "验钞机"),
    ("computer", "录入终端"),
]


def is_seeded(db: Database) -> bool:
    with db.read() as s:
        return s.get(Meta, "demo") is not None


def seed_demo(db: Database, *, seed: int = 2026, shared: bool = False) -> list[DemoAccount]:
    """Seed once; raises ValueError if the database already has users. ``shared``: the database of a
    shared deployment (``serve --demo``, ``seed-demo`` into PostgreSQL), where anybody may know the
    demo password: every demo person must set a new one at the first log-in; the station's service
    account, not a person, keeps it (its station signs in with it unattended)."""
    with db.read() as s:
        if s.scalar(select(User.id).limit(1)) is not None:
            raise ValueError("database already has users; demo data goes only into an empty database")
    actor = system_principal("system:demo-seed")
    identity = IdentityService(db)
    for acc in DEMO_ACCOUNTS:
        identity.create_user(
            actor,
            acc.username,
            acc.display_name,
            DEMO_PASSWORD,
            [acc.role],
            outsourced=acc.outsourced,
            station=acc.station,
            reason="demo seed",
            must_change_password=shared and acc.role != Role.STATION,
        )
    _seed_sites_and_registers(db, actor, random.Random(seed))
    with db.read() as s:
        ids = {u.username: u.id for u in s.scalars(select(User))}
    for acc in DEMO_ACCOUNTS:
        if acc.card_uid and acc.pin:
            identity.issue_card(actor, ids[acc.username], acc.card_uid, acc.pin, reason="demo seed")
    CaptureService(db).install_shipped_templates(actor)
    seed_authorization_history(db, random.Random(seed))
    return list(DEMO_ACCOUNTS)


def _tag(rng: random.Random, used: set[str], width: int) -> str:
    while True:
        value = "".join(rng.choice("0123456789ABCDEF") for _ in range(width))
        if value not in used:
            used.add(value)
            return value


def _seed_sites_and_registers(db: Database, actor: Principal, rng: random.Random) -> None:
    spec = json.loads((RESOURCES / "demo" / "sites.json").read_text(encoding="utf-8"))
    used: set[str] = set()
    counts: dict[str, int] = {}
    with db.write() as s:
        users = {u.username: u for u in s.scalars(select(User))}
        zones_by_site: dict[int, list[Zone]] = {}
        sites: list[Site] = []
        for site_spec in spec["sites"]:
            site = Site(
                code=site_spec["code"],
                name_zh=site_spec["name_zh"],
                name_en=site_spec["name_en"],
                kind=site_spec["kind"],
            )
            s.add(site)
            s.flush()
            sites.append(site)
            plans = {}
            for fp in site_spec["floorplans"]:
                plan = FloorPlan(
                    site_id=site.id,
                    code=fp["code"],
                    name_zh=fp["name_zh"],
                    name_en=fp["name_en"],
                    file=fp["file"],
                    width=fp["width"],
                    height=fp["height"],
                )
                s.add(plan)
                s.flush()
                plans[fp["code"]] = plan
            zones = {}
            for z in site_spec["zones"]:
                zone = Zone(
                    code=z["code"],
                    floorplan_id=plans[z["floorplan"]].id,
                    name_zh=z["name_zh"],
                    name_en=z["name_en"],
                    kind=z["kind"],
                    restricted=bool(z["restricted"]),
                    polygon_json=json.dumps(z["polygon"]),
                )
                s.add(zone)
                zones[z["code"]] = zone
            s.flush()
            zones_by_site[site.id] = list(zones.values())
            for r in site_spec["readers"]:
                s.add(
                    Reader(
                        code=r["code"],
                        zone_id=zones[r["zone"]].id,
                        name_zh=r["name_zh"],
                        name_en=r["name_en"],
                        url=r["url"],  # the channel, wire protocol included (sim://reader/X?protocol=ascii)
                        x=r["x"],
                        y=r["y"],
                        enabled=True,
                        station=DEMO_STATION,
                    )
                )
        s.flush()

        # Staff: the demo users first (so people and logins link), then more staff per site.
        people: list[Person] = []
        staff = [acc for acc in DEMO_ACCOUNTS if acc.role is not Role.STATION]  # a station is nobody
        for i, acc in enumerate(staff):
            people.append(
                _person(
                    s, rng, used, acc.display_name, users[acc.username].id, sites[i % len(sites)], len(people)
                )
            )
        for n in range(30):
            name = rng.choice(SURNAMES) + rng.choice(GIVEN)
            people.append(_person(s, rng, used, name, None, sites[n % len(sites)], len(people)))
        counts["people"] = len(people)

        for n in range(16):
            kind, label = ASSETS[n % len(ASSETS)]
            tag = _new_tag(s, rng, used, "asset", 8)
            site = sites[n % len(sites)]
            home = rng.choice([z for z in zones_by_site[site.id] if z.kind not in ("corridor", "gate")])
            s.add(
                Asset(
                    asset_type=kind,
                    serial=f"SN{2026000 + n:07d}",
                    name=f"{label} {n + 1:02d}",
                    tag_id=tag,
                    responsible_id=rng.choice(people).id,
                    home_zone_id=home.id,
                )
            )
        counts["assets"] = 16
        for n in range(6):
            s.add(
                CashBox(
                    code=f"KX-{n + 1:03d}",
                    tag_id=_new_tag(s, rng, used, "cashbox", 8),
                    assigned_person_id=people[3 + n % 2].id,
                    site_id=sites[0].id,
                )
            )
        counts["cash_boxes"] = 6
        for name, hon, level in [
            ("张", "先生", "钻石"),
            ("李", "女士", "白金"),
            ("王", "先生", "金卡"),
            ("陈", "女士", "钻石"),
        ]:
            s.add(
                VipCustomer(
                    name=name + rng.choice(GIVEN),
                    honorific=hon,
                    level=level,
                    tag_id=_new_tag(s, rng, used, "vip", 8),
                    manager_id=rng.choice(people).id,
                )
            )
        counts["vip_customers"] = 4
        posts = ["前台审核", "扫描录入", "要素录入", "后台审核", "归档"]
        for n in range(24):
            s.add(
                ArchiveFolder(
                    customer_no=f"62{rng.randrange(10**8, 10**9)}",
                    title=f"客户档案 {n + 1:03d}",
                    tag_id=_new_tag(s, rng, used, "archive", 24),
                    post=posts[n % len(posts)],
                    shelf=f"A{1 + n // 8}-{1 + n % 8:02d}",
                )
            )
        counts["archive_folders"] = 24
        s.add(Meta(key="demo", value="1"))
        audit.append(
            s,
            actor,
            Action.DEMO_SEED,
            Target.DATABASE,
            "demo",
            reason="first start with an empty database",
            after=counts,
        )


def _new_tag(s: Session, rng: random.Random, used: set[str], kind: str, width: int) -> str:
    tag = _tag(rng, used, width)
    s.add(Tag(tag_id=tag, kind=kind, active=True))
    s.flush()
    return tag


def _person(
    s: Session, rng: random.Random, used: set[str], name: str, user_id: int | None, site: Site, index: int
) -> Person:
    dept, post = DEPARTMENTS[index % len(DEPARTMENTS)]
    birth = f"{1970 + index % 30}{(index % 12) + 1:02d}{(index % 28) + 1:02d}"
    first17 = f"110105{birth}{index % 1000:03d}"
    person = Person(
        id_number=first17 + resident_id_check(first17),  # valid: an export imports again
        name=name,
        sex=rng.choice("MF"),
        department=dept,
        post=post,
        tag_id=_new_tag(s, rng, used, "person", 8),
        user_id=user_id,
        site_id=site.id,
    )
    s.add(person)
    return person
