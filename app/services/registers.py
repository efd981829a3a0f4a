"""Registers: people, assets, cash boxes, archive folders and VIP customers, their tags and zone
permissions; CSV import. Any thread (one session per call).

Tag IDs are one namespace across every kind (the ``tags`` table): a tag bound to one thing can not
be bound to another until it is unbound. Binding, unbinding, permission changes and imports are
operations: permission-checked (register administration), audited with a reason, returning a
``Change``. An import is all or nothing: every row is checked first, and any error leaves the
database untouched and is reported with its line number.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app import audit
from app.db.engine import Database
from app.db.models import (
    ArchiveFolder,
    Asset,
    CashBox,
    Person,
    PersonZonePermission,
    Site,
    Tag,
    VipCustomer,
    Zone,
)
from app.errors import NotFound, ValidationError
from app.operations import Action, Change, Target, record
from app.rbac import Permission, Principal
from app.remote import remote
from app.services.guard import authorize, require_reason

KINDS = ("person", "asset", "cashbox", "archive", "vip")
MODELS: dict[str, type[Any]] = {
    "person": Person,
    "asset": Asset,
    "cashbox": CashBox,
    "archive": ArchiveFolder,
    "vip": VipCustomer,
}
TAG_RE = re.compile(r"^[0-9A-F]{8,64}$")

# CSV columns per kind (English header names; the Chinese ones are accepted too).
COLUMNS: dict[str, tuple[str, ...]] = {
    "person": ("id_number", "name", "sex", "department", "post", "tag_id", "site", "zones"),
    "asset": ("serial", "name", "asset_type", "tag_id", "responsible_id_number", "home_zone"),
    "cashbox": ("code", "tag_id", "assigned_id_number", "site"),
    "archive": ("customer_no", "title", "tag_id", "post", "shelf"),
    "vip": ("tag_id", "name", "honorific", "level", "manager_id_number"),
}
REQUIRED: dict[str, tuple[str, ...]] = {
    "person": ("id_number", "name", "sex"),
    "asset": ("serial", "name", "asset_type"),
    "cashbox": ("code",),
    "archive": ("customer_no", "title", "shelf"),
    "vip": ("tag_id", "name", "honorific"),
}
HEADER_ALIASES = {
    "证件编号": "id_number",
    "姓名": "name",
    "性别": "sex",
    "部门": "department",
    "岗位": "post",
    "标签": "tag_id",
    "站点": "site",
    "权限区域": "zones",
    "序列号": "serial",
    "名称": "name",
    "类型": "asset_type",
    "责任人证件编号": "responsible_id_number",
    "所属区域": "home_zone",
    "编号": "code",
    "配发人证件编号": "assigned_id_number",
    "客户号": "customer_no",
    "标题": "title",
    "流程岗位": "post",
    "架位": "shelf",
    "称谓": "honorific",
    "等级": "level",
    "客户经理证件编号": "manager_id_number",
}
SEX = {"M": "M", "F": "F", "男": "M", "女": "F"}


def normalize_tag(tag_id: str) -> str:
    tag = tag_id.strip().upper().replace(" ", "").replace(":", "").replace("-", "")
    if not TAG_RE.match(tag) or len(tag) % 2:
        raise ValidationError(f"tag {tag_id!r} must be 8-64 hex digits", field="tag_id", problem="format")
    return tag


@dataclass(frozen=True)
class RowError:
    line: int
    column: str
    message: str


@dataclass
class ImportResult:
    kind: str
    created: int = 0
    updated: int = 0
    tags_bound: int = 0
    errors: list[RowError] = field(default_factory=list)
    audit_id: int | None = None
    record_ids: list[int] = field(default_factory=list)  # the records created or updated
    change: Change | None = None  # publish it: the map and the tracking pipeline follow the import

    @property
    def ok(self) -> bool:
        return not self.errors


class _RowProblem(Exception):
    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column
        self.message = message


class RegisterService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- tags -----------------------------------------------------------------------------------
    @remote
    def bind_tag(self, actor: Principal, kind: str, entity_id: int, tag_id: str, reason: str) -> Change:
        actor = authorize(self.db, actor, Permission.REGISTER_ADMIN, "bind a tag")
        tag = normalize_tag(tag_id)
        reason = require_reason(reason)
        with self.db.write() as s:
            entity = _entity(s, kind, entity_id)
            before = entity.tag_id
            _bind(s, kind, entity, tag)
            return record(
                s,
                actor,
                Action.TAG_BIND,
                Target(kind),
                entity_id,
                reason=reason,
                before={"tag_id": before},
                after={"tag_id": tag},
                detail={"tag_id": tag},
            )

    @remote
    def unbind_tag(self, actor: Principal, kind: str, entity_id: int, reason: str) -> Change:
        actor = authorize(self.db, actor, Permission.REGISTER_ADMIN, "unbind a tag")
        reason = require_reason(reason)
        with self.db.write() as s:
            entity = _entity(s, kind, entity_id)
            before = entity.tag_id
            if before is None:
                raise ValidationError("no tag is bound", field="tag_id", problem="required")
            entity.tag_id = None
            s.flush()
            s.execute(delete(Tag).where(Tag.tag_id == before))  # free for reuse
            return record(
                s,
                actor,
                Action.TAG_UNBIND,
                Target(kind),
                entity_id,
                reason=reason,
                before={"tag_id": before},
                after={"tag_id": None},
                detail={"tag_id": before},
            )

    # -- zone permissions -----------------------------------------------------------------------
    @remote
    def set_zone_permissions(
        self, actor: Principal, person_id: int, zone_codes: list[str], reason: str
    ) -> Change:
        actor = authorize(self.db, actor, Permission.REGISTER_ADMIN, "change zone permissions")
        reason = require_reason(reason)
        with self.db.write() as s:
            person = _entity(s, "person", person_id)
            zones = _zones(s, zone_codes)
            before = _permitted(s, person.id)
            s.execute(delete(PersonZonePermission).where(PersonZonePermission.person_id == person.id))
            s.add_all(PersonZonePermission(person_id=person.id, zone_id=z.id) for z in zones.values())
            return record(
                s,
                actor,
                Action.PERSON_ZONES,
                Target.PERSON,
                person.id,
                reason=reason,
                before={"zones": before},
                after={"zones": sorted(zones)},
            )

    def _zone_permissions(self, person_id: int) -> list[str]:
        with self.db.read() as s:
            return _permitted(s, person_id)

    # -- CSV import -----------------------------------------------------------------------------
    @remote
    def import_csv(self, actor: Principal, kind: str, text: str, reason: str) -> ImportResult:
        """Create or update ``kind`` records from CSV text (UTF-8, header row). All or nothing.

        A successful import carries its ``Change`` (``result.change``, the records it touched)."""
        actor = authorize(self.db, actor, Permission.REGISTER_ADMIN, f"import {kind}")
        reason = require_reason(reason)
        if kind not in COLUMNS:
            raise ValidationError(f"unknown register {kind!r}", field="kind", problem="format")
        result = ImportResult(kind)
        rows = _read_csv(kind, text, result)
        if result.errors:
            return result
        try:
            with self.db.write() as s:
                apply = _IMPORTERS[kind]
                seen_keys: set[str] = set()
                for line, row in rows:
                    try:
                        key = apply(s, row, result)
                        if key in seen_keys:
                            raise _RowProblem(COLUMNS[kind][0], f"{key} appears twice in this file")
                        seen_keys.add(key)
                    except _RowProblem as p:
                        result.errors.append(RowError(line, p.column, p.message))
                    except ValidationError as e:
                        result.errors.append(RowError(line, str(e.params.get("field", "")), e.message))
                if result.errors:
                    raise _Abort
                result.change = record(
                    s,
                    actor,
                    Action.REGISTER_IMPORT,
                    Target(kind),
                    len(rows),
                    reason=reason,
                    after={
                        "created": result.created,
                        "updated": result.updated,
                        "tags_bound": result.tags_bound,
                    },
                    detail={
                        "created": result.created,
                        "updated": result.updated,
                        "tags_bound": result.tags_bound,
                    },
                    target_ids=result.record_ids,
                )
                result.audit_id = result.change.audit_id
        except _Abort:
            result.created = result.updated = result.tags_bound = 0
            result.record_ids.clear()
        return result

    def _export_csv(self, kind: str) -> str:
        """The register as CSV in the import format (round-trips through import_csv)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS[kind])
        for _id, row in self._table(kind):
            writer.writerow(row)
        return out.getvalue()

    def _table(self, kind: str) -> list[tuple[int, list[str]]]:
        """(record id, the record's fields in ``COLUMNS[kind]`` order) for every record of ``kind``."""
        with self.db.read() as s:
            return _EXPORTERS[kind](s)

    # -- reads for the docks (personal data: register administration only) ----------------------
    @remote
    def listing(self, actor: Principal, kind: str) -> list[tuple[int, list[str]]]:
        """(record id, fields in ``COLUMNS[kind]`` order) of every record: personal data (names, ID
        numbers), for register administration only."""
        authorize(self.db, actor, Permission.REGISTER_ADMIN, f"list {kind}")
        _known_kind(kind)
        return self._table(kind)

    @remote
    def export(self, actor: Principal, kind: str) -> str:
        """The register as CSV in the import format (round-trips through ``import_csv``); register
        administration only: the file holds ID numbers, so every export is audited."""
        current = authorize(self.db, actor, Permission.REGISTER_ADMIN, f"export {kind}")
        _known_kind(kind)
        text = self._export_csv(kind)
        with self.db.write() as s:
            audit.append(
                s, current, Action.REGISTER_EXPORT, Target(kind), kind, after={"rows": text.count("\n") - 1}
            )
        return text

    @remote
    def permitted_zones(self, actor: Principal, person_id: int) -> list[str]:
        """The zones a person may enter (register administration)."""
        authorize(self.db, actor, Permission.REGISTER_ADMIN, "view zone permissions")
        return self._zone_permissions(person_id)


def _known_kind(kind: str) -> None:
    if kind not in _EXPORTERS:
        raise ValidationError(f"unknown register {kind!r}", field="kind", problem="format")


class _Abort(Exception):
    """Roll the import's transaction back (errors are in the result)."""


def _entity(s: Session, kind: str, entity_id: int) -> Any:
    model = MODELS.get(kind)
    if model is None:
        raise ValidationError(f"unknown register {kind!r}", field="kind", problem="format")
    entity = s.get(model, entity_id, with_for_update=True)
    if entity is None:
        raise NotFound(f"no {kind} #{entity_id}", entity=kind, key=entity_id)
    return entity


def _bind(s: Session, kind: str, entity: Any, tag: str) -> bool:
    """Bind ``tag`` to ``entity``; True if anything changed. Raises if the tag belongs elsewhere."""
    if entity.tag_id == tag:
        return False
    existing = s.get(Tag, tag, with_for_update=True)
    if existing is not None:
        raise ValidationError(
            f"tag {tag} is already bound to a {existing.kind}; unbind it first",
            field="tag_id",
            problem="duplicate",
        )
    old = entity.tag_id
    s.add(Tag(tag_id=tag, kind=kind, active=True))
    s.flush()
    entity.tag_id = tag
    s.flush()
    if old is not None:
        s.execute(delete(Tag).where(Tag.tag_id == old))
    return True


def _zones(s: Session, codes: list[str]) -> dict[str, Zone]:
    codes = [c.strip() for c in codes if c.strip()]
    zones = {z.code: z for z in s.scalars(select(Zone).where(Zone.code.in_(codes)))}
    missing = sorted(set(codes) - set(zones))
    if missing:
        raise ValidationError(f"unknown zone(s): {', '.join(missing)}", field="zones", problem="not_found")
    return zones


def _permitted(s: Session, person_id: int) -> list[str]:
    return sorted(
        s.scalars(
            select(Zone.code)
            .join(PersonZonePermission, PersonZonePermission.zone_id == Zone.id)
            .where(PersonZonePermission.person_id == person_id)
        )
    )


def _read_csv(kind: str, text: str, result: ImportResult) -> list[tuple[int, dict[str, str]]]:
    text = text.lstrip("\ufeff")  # Excel writes a BOM
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader)
    except StopIteration:
        result.errors.append(RowError(1, "", "the file is empty"))
        return []
    names = [HEADER_ALIASES.get(h.strip(), h.strip().lower()) for h in header]
    unknown = [h for h in names if h not in COLUMNS[kind]]
    missing = [c for c in REQUIRED[kind] if c not in names]
    if unknown or missing:
        detail = "; ".join(
            x
            for x in (
                f"unknown columns: {', '.join(unknown)}" if unknown else "",
                f"missing columns: {', '.join(missing)}" if missing else "",
            )
            if x
        )
        result.errors.append(RowError(1, "", f"{detail}. Expected: {', '.join(COLUMNS[kind])}"))
        return []
    rows = []
    for line, values in enumerate(reader, start=2):
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(names):
            result.errors.append(RowError(line, "", f"{len(values)} fields, the header has {len(names)}"))
            continue
        row = {n: v.strip() for n, v in zip(names, values, strict=True)}
        for col in REQUIRED[kind]:
            if not row.get(col):
                result.errors.append(RowError(line, col, f"{col} is required"))
        rows.append((line, row))
    return rows


def _tag_of(row: dict[str, str]) -> str | None:
    raw = row.get("tag_id", "")
    if not raw:
        return None
    try:
        return normalize_tag(raw)
    except ValidationError as e:
        raise _RowProblem("tag_id", e.message) from None


def _person_by_id_number(s: Session, column: str, value: str) -> int | None:
    if not value:
        return None
    pid = s.scalar(select(Person.id).where(Person.id_number == value))
    if pid is None:
        raise _RowProblem(column, f"no person with ID number {value}")
    return pid


def _site(s: Session, code: str) -> int | None:
    if not code:
        return None
    sid = s.scalar(select(Site.id).where(Site.code == code))
    if sid is None:
        raise _RowProblem("site", f"no site {code}")
    return sid


def _upsert(s: Session, model: type[Any], where: Any, result: ImportResult) -> Any:
    entity = s.scalar(select(model).where(where).with_for_update())
    if entity is None:
        entity = model()
        s.add(entity)
        result.created += 1
    else:
        result.updated += 1
    return entity


def _finish(s: Session, kind: str, entity: Any, row: dict[str, str], result: ImportResult) -> None:
    s.flush()
    result.record_ids.append(entity.id)
    tag = _tag_of(row)
    if tag is not None and _bind(s, kind, entity, tag):
        result.tags_bound += 1


def _import_person(s: Session, row: dict[str, str], result: ImportResult) -> str:
    sex = SEX.get(row["sex"].upper() if row["sex"].isascii() else row["sex"])
    if sex is None:
        raise _RowProblem("sex", f"sex must be M/F or 男/女, not {row['sex']!r}")
    p = _upsert(s, Person, Person.id_number == row["id_number"], result)
    p.id_number, p.name, p.sex = row["id_number"], row["name"], sex
    p.department, p.post = row.get("department", ""), row.get("post", "")
    if row.get("site"):
        p.site_id = _site(s, row["site"])
    _finish(s, "person", p, row, result)
    if "zones" in row:
        zones = _zones(s, row["zones"].replace("；", ";").split(";"))
        s.execute(delete(PersonZonePermission).where(PersonZonePermission.person_id == p.id))
        s.add_all(PersonZonePermission(person_id=p.id, zone_id=z.id) for z in zones.values())
    return row["id_number"]


def _import_asset(s: Session, row: dict[str, str], result: ImportResult) -> str:
    a = _upsert(s, Asset, Asset.serial == row["serial"], result)
    a.serial, a.name, a.asset_type = row["serial"], row["name"], row["asset_type"]
    if row.get("responsible_id_number"):
        a.responsible_id = _person_by_id_number(s, "responsible_id_number", row["responsible_id_number"])
    if row.get("home_zone"):
        a.home_zone_id = _zones(s, [row["home_zone"]])[row["home_zone"]].id
    _finish(s, "asset", a, row, result)
    return row["serial"]


def _import_cashbox(s: Session, row: dict[str, str], result: ImportResult) -> str:
    c = _upsert(s, CashBox, CashBox.code == row["code"], result)
    c.code = row["code"]
    if row.get("assigned_id_number"):
        c.assigned_person_id = _person_by_id_number(s, "assigned_id_number", row["assigned_id_number"])
    if row.get("site"):
        c.site_id = _site(s, row["site"])
    _finish(s, "cashbox", c, row, result)
    return row["code"]


def _import_archive(s: Session, row: dict[str, str], result: ImportResult) -> str:
    f = _upsert(
        s,
        ArchiveFolder,
        (ArchiveFolder.customer_no == row["customer_no"]) & (ArchiveFolder.title == row["title"]),
        result,
    )
    f.customer_no, f.title, f.shelf, f.post = (
        row["customer_no"],
        row["title"],
        row["shelf"],
        row.get("post", ""),
    )
    _finish(s, "archive", f, row, result)
    return f"{row['customer_no']}/{row['title']}"


def _import_vip(s: Session, row: dict[str, str], result: ImportResult) -> str:
    tag = _tag_of(row)
    v = _upsert(s, VipCustomer, VipCustomer.tag_id == tag, result)
    v.name, v.honorific, v.level = row["name"], row["honorific"], row.get("level", "")
    if row.get("manager_id_number"):
        v.manager_id = _person_by_id_number(s, "manager_id_number", row["manager_id_number"])
    _finish(s, "vip", v, row, result)
    return tag or ""


_IMPORTERS: dict[str, Callable[[Session, dict[str, str], ImportResult], str]] = {
    "person": _import_person,
    "asset": _import_asset,
    "cashbox": _import_cashbox,
    "archive": _import_archive,
    "vip": _import_vip,
}


def _export_people(s: Session) -> list[tuple[int, list[str]]]:
    sites = dict(s.execute(select(Site.id, Site.code)).all())
    permitted: dict[int, list[str]] = {}
    for pid, code in s.execute(
        select(PersonZonePermission.person_id, Zone.code)
        .join(Zone, PersonZonePermission.zone_id == Zone.id)
        .order_by(Zone.code)
    ):
        permitted.setdefault(pid, []).append(code)
    return [
        (
            p.id,
            [
                p.id_number,
                p.name,
                p.sex,
                p.department,
                p.post,
                p.tag_id or "",
                sites.get(p.site_id or 0, ""),
                ";".join(permitted.get(p.id, [])),
            ],
        )
        for p in s.scalars(select(Person).order_by(Person.id_number))
    ]


def _export_assets(s: Session) -> list[tuple[int, list[str]]]:
    ids = dict(s.execute(select(Person.id, Person.id_number)).all())
    zones = dict(s.execute(select(Zone.id, Zone.code)).all())
    return [
        (
            a.id,
            [
                a.serial,
                a.name,
                a.asset_type,
                a.tag_id or "",
                ids.get(a.responsible_id or 0, ""),
                zones.get(a.home_zone_id or 0, ""),
            ],
        )
        for a in s.scalars(select(Asset).order_by(Asset.serial))
    ]


def _export_cashboxes(s: Session) -> list[tuple[int, list[str]]]:
    ids = dict(s.execute(select(Person.id, Person.id_number)).all())
    sites = dict(s.execute(select(Site.id, Site.code)).all())
    return [
        (
            c.id,
            [c.code, c.tag_id or "", ids.get(c.assigned_person_id or 0, ""), sites.get(c.site_id or 0, "")],
        )
        for c in s.scalars(select(CashBox).order_by(CashBox.code))
    ]


def _export_archive(s: Session) -> list[tuple[int, list[str]]]:
    return [
        (f.id, [f.customer_no, f.title, f.tag_id or "", f.post, f.shelf])
        for f in s.scalars(select(ArchiveFolder).order_by(ArchiveFolder.customer_no, ArchiveFolder.title))
    ]


def _export_vip(s: Session) -> list[tuple[int, list[str]]]:
    ids = dict(s.execute(select(Person.id, Person.id_number)).all())
    return [
        (v.id, [v.tag_id or "", v.name, v.honorific, v.level, ids.get(v.manager_id or 0, "")])
        for v in s.scalars(select(VipCustomer).order_by(VipCustomer.name))
    ]


_EXPORTERS: dict[str, Callable[[Session], list[tuple[int, list[str]]]]] = {
    "person": _export_people,
    "asset": _export_assets,
    "cashbox": _export_cashboxes,
    "archive": _export_archive,
    "vip": _export_vip,
}
