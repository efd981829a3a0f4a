"""Registers: people, assets, cash boxes, archive folders and VIP customers, their tags and zone
permissions; CSV import. Any thread (one session per call).

Tag IDs are one namespace across every kind (the ``tags`` table): a tag bound to one thing can not
be bound to another until it is unbound. Binding, unbinding, permission changes and imports are
operations: permission-checked (register administration), audited with a reason, returning a
``Change``.

An import checks every row first and reports every bad one with its line number in one pass: the
file's structure and limits (field count, lengths, control characters such as NUL, the csv module's
field limit), the formats (resident ID numbers by GB 11643, phone numbers, tags, sex), duplicates
within the file, and what the rows refer to in the database (sites, zones, people, tags bound
elsewhere). Any error: nothing is written. Only a file without errors is written, in batches of
``BATCH_ROWS`` rows, each batch its own short transaction with its own audit entry, so that other
writers (another workstation's log-in on SQLite) get in between batches instead of waiting for the
whole file. A batch that still fails (something changed in the database since the check) is rolled
back and the import stops there: the result says which lines were written (``committed``) and which
were not, and the batches written are on record, so a partial import is never one the user cannot
see.
"""

from __future__ import annotations

import csv
import io
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select, tuple_
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app import audit, csv_text, personal_data
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
from app.errors import NotFound, SuiteError, ValidationError
from app.operations import Action, Change, Target, record
from app.rbac import Permission, Principal
from app.remote import remote
from app.services.guard import authorize, require_reason
from app.services.positions import mask

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
    "person": ("id_number", "name", "sex", "department", "post", "tag_id", "site", "zones", "phone"),
    "asset": ("serial", "name", "asset_type", "tag_id", "responsible_id_number", "home_zone"),
    "cashbox": ("code", "tag_id", "assigned_id_number", "site"),
    "archive": ("customer_no", "title", "tag_id", "post", "shelf"),
    "vip": ("tag_id", "name", "honorific", "level", "manager_id_number", "phone"),
}
# The columns stored as they are: a cell longer than its database column is refused by the import,
# on SQLite (which would store it) as on PostgreSQL (which would fail the statement).
STORED: dict[str, tuple[str, ...]] = {
    "person": ("name", "department", "post"),
    "asset": ("serial", "name", "asset_type"),
    "cashbox": ("code",),
    "archive": ("customer_no", "title", "post", "shelf"),
    "vip": ("name", "honorific", "level"),
}
MAX_CELL = 1000  # characters in any other cell (a zone list, a reference, a tag before normalizing)
# Columns holding a resident ID number (the person's own, or the one a row refers to) or a phone.
ID_NUMBER_COLUMNS = ("id_number", "responsible_id_number", "assigned_id_number", "manager_id_number")
PHONE_COLUMNS = ("phone",)
# Masked in listings (all but the last four characters): ID numbers, phone numbers and customer
# (account) numbers. Names stay readable: the dock is for register administration.
MASKED = frozenset({*ID_NUMBER_COLUMNS, *PHONE_COLUMNS, "customer_no"})
BATCH_ROWS = 200  # rows written per transaction (see the module docstring)
BATCH_PAUSE_S = 0.02  # between two batches on SQLite: a waiting writer's retry finds the lock free
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
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
    "电话": "phone",
    "手机号": "phone",
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
    audit_id: int | None = None  # the audit entry of the last batch written
    record_ids: list[int] = field(default_factory=list)  # the records created or updated
    change: Change | None = None  # publish it: the map and the tracking pipeline follow the import
    rows: int = 0  # data rows in the file
    committed: int = 0  # rows written (0 unless every row passed the check)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def partial(self) -> bool:
        """Some batches were written before one failed: ``committed`` of ``rows`` are in."""
        return bool(self.errors) and self.committed > 0

    def _add(self, batch: ImportResult) -> None:
        self.created += batch.created
        self.updated += batch.updated
        self.tags_bound += batch.tags_bound
        self.record_ids.extend(batch.record_ids)


class _RowProblem(Exception):
    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column
        self.message = message


class RegisterService:
    """Every method takes the acting ``Principal`` first and checks its permission: the registers
    are personal data, and a script holding this service finds no read that skips the check."""

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

    # -- CSV import -----------------------------------------------------------------------------
    @remote
    def import_csv(
        self,
        actor: Principal,
        kind: str,
        text: str,
        reason: str,
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> ImportResult:
        """Create or update ``kind`` records from CSV text (UTF-8, header row): every row checked
        first, then written in batches (the module docstring). ``progress(rows written, rows)`` is
        called after each batch, on this thread (in-process callers only: it never crosses the wire).

        A successful import carries its ``Change`` (``result.change``, the records it touched)."""
        actor = authorize(self.db, actor, Permission.REGISTER_ADMIN, f"import {kind}")
        reason = require_reason(reason)
        if kind not in COLUMNS:
            raise ValidationError(f"unknown register {kind!r}", field="kind", problem="format")
        result = ImportResult(kind)
        rows = _read_csv(kind, text, result)
        result.rows = len(rows)
        if rows:
            with self.db.read() as s:
                _check_references(s, kind, rows, result)
        if result.errors:
            result.errors.sort(key=lambda e: e.line)
            return result
        changes: list[Change] = []
        for start in range(0, len(rows), BATCH_ROWS):
            if start and self.db.is_sqlite:
                time.sleep(BATCH_PAUSE_S)
            chunk = rows[start : start + BATCH_ROWS]
            try:
                batch, change = self._write_batch(actor, kind, chunk, reason)
            except (SuiteError, SQLAlchemyError) as exc:
                why = exc.message if isinstance(exc, SuiteError) else str(getattr(exc, "orig", exc))
                result.errors.append(
                    RowError(
                        chunk[0][0],
                        "",
                        f"lines {chunk[0][0]}-{chunk[-1][0]} and after were not written "
                        f"({result.committed} of {len(rows)} rows were): {why.splitlines()[0]}",
                    )
                )
                break
            if change is None:  # the database changed since the check: this batch was rolled back
                result.errors.extend(batch.errors)
                break
            result._add(batch)
            result.committed += len(chunk)
            changes.append(change)
            result.audit_id = change.audit_id
            if progress is not None:
                progress(result.committed, len(rows))
        if changes:
            result.change = Change(
                Action.REGISTER_IMPORT,
                Target(kind),
                tuple(str(i) for i in result.record_ids),
                result.audit_id,
                {"created": result.created, "updated": result.updated, "tags_bound": result.tags_bound},
            )
        return result

    def _write_batch(
        self, actor: Principal, kind: str, chunk: list[tuple[int, dict[str, str]]], reason: str
    ) -> tuple[ImportResult, Change | None]:
        """Write checked rows in one transaction with its audit entry; rolled back if any fails
        (then the result's errors say why, and there is no change)."""
        batch = ImportResult(kind)
        apply = _IMPORTERS[kind]

        def each(step: Callable[[dict[str, str]], Any]) -> list[tuple[dict[str, str], Any]]:
            done = []
            for line, row in chunk:
                try:
                    done.append((row, step(row)))
                except _RowProblem as p:
                    batch.errors.append(RowError(line, p.column, p.message))
            if batch.errors:
                raise _Abort
            return done

        try:
            with self.db.write() as s:
                writer = _Batch(s, kind, [row for _line, row in chunk], batch)
                each(writer.claim_tag)
                s.flush()  # the new tags first: the records refer to them
                written = each(lambda row: (apply(writer, row), _zone_ids(writer, kind, row)))
                s.flush()
                batch.record_ids.extend(entity.id for _row, (entity, _zones) in written)
                zoned = [(entity.id, zones) for _row, (entity, zones) in written if zones is not None]
                if zoned:
                    s.execute(
                        delete(PersonZonePermission).where(
                            PersonZonePermission.person_id.in_([pid for pid, _ in zoned])
                        )
                    )
                    s.add_all(
                        PersonZonePermission(person_id=pid, zone_id=z) for pid, zones in zoned for z in zones
                    )
                if writer.freed:
                    s.flush()
                    s.execute(delete(Tag).where(Tag.tag_id.in_(writer.freed)))
                counts = {"created": batch.created, "updated": batch.updated, "tags_bound": batch.tags_bound}
                change = record(
                    s,
                    actor,
                    Action.REGISTER_IMPORT,
                    Target(kind),
                    len(chunk),
                    reason=reason,
                    after={**counts, "lines": f"{chunk[0][0]}-{chunk[-1][0]}"},
                    detail=counts,
                    target_ids=batch.record_ids,
                )
        except _Abort:
            return batch, None
        return batch, change

    # -- reads for the docks (personal data: register administration only) ----------------------
    @remote
    def listing(self, actor: Principal, kind: str) -> list[tuple[int, list[str]]]:
        """(record id, fields in ``COLUMNS[kind]`` order) of every record, for register
        administration only; ID numbers, phone numbers and customer numbers masked (``MASKED``):
        ``reveal`` shows one record in full to those who may see it."""
        authorize(self.db, actor, Permission.REGISTER_ADMIN, f"list {kind}")
        _known_kind(kind)
        with self.db.read() as s:
            return [(rid, _masked(kind, row)) for rid, row in _EXPORTERS[kind](s, None)]

    @remote
    def reveal(self, actor: Principal, kind: str, entity_id: int) -> list[str]:
        """One record's fields (``COLUMNS[kind]`` order) in full, masked ones included: for those
        who may see personal data (``personal_data.view``); every time on record (register.reveal)."""
        current = authorize(
            self.db, actor, Permission.PERSONAL_DATA_VIEW, f"show {kind} #{entity_id} in full"
        )
        _known_kind(kind)
        with self.db.write() as s:
            _entity(s, kind, entity_id)  # NotFound for no such record
            row = dict(_EXPORTERS[kind](s, entity_id))[entity_id]
            shown = [
                c for c, old, new in zip(COLUMNS[kind], _masked(kind, row), row, strict=True) if old != new
            ]
            audit.append(s, current, Action.REGISTER_REVEAL, Target(kind), entity_id, after={"shown": shown})
        return row

    @remote
    def export(self, actor: Principal, kind: str) -> str:
        """The register as CSV in the import format (round-trips through ``import_csv``); register
        administration only: the file holds ID numbers, so every export is audited."""
        current = authorize(self.db, actor, Permission.REGISTER_ADMIN, f"export {kind}")
        current = authorize(self.db, current, Permission.PERSONAL_DATA_VIEW, f"export {kind}")  # in full
        _known_kind(kind)
        with self.db.read() as s:
            text = _csv(kind, _EXPORTERS[kind](s, None))
        with self.db.write() as s:
            audit.append(
                s, current, Action.REGISTER_EXPORT, Target(kind), kind, after={"rows": text.count("\n") - 1}
            )
        return text

    @remote
    def permitted_zones(self, actor: Principal, person_id: int) -> list[str]:
        """The zones a person may enter (register administration)."""
        authorize(self.db, actor, Permission.REGISTER_ADMIN, "view zone permissions")
        with self.db.read() as s:
            return _permitted(s, person_id)


def _masked(kind: str, row: list[str]) -> list[str]:
    """``row`` with its personal numbers (``MASKED``) masked as the map masks ID numbers."""
    return [mask(v) if c in MASKED and v else v for c, v in zip(COLUMNS[kind], row, strict=True)]


def _csv(kind: str, rows: list[tuple[int, list[str]]]) -> str:
    """A register's rows as CSV in the import format (round-trips through ``import_csv``), formula
    cells neutralized (``app.csv_text``)."""
    return csv_text.write(COLUMNS[kind], (row for _id, row in rows))


def _known_kind(kind: str) -> None:
    if kind not in _EXPORTERS:
        raise ValidationError(f"unknown register {kind!r}", field="kind", problem="format")


def _zone_ids(writer: _Batch, kind: str, row: dict[str, str]) -> list[int] | None:
    """The zones a person's row lets them enter (None: the file has no zones column)."""
    return writer.zone_ids("zones", row["zones"]) if kind == "person" and "zones" in row else None


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
    """The file's data rows (line, column -> value), each checked on its own (``_check_row``) and
    against the others (a record or a tag twice); every problem found goes into ``result``."""
    text = text.lstrip("\ufeff")  # Excel writes a BOM
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader)
    except StopIteration:
        result.errors.append(RowError(1, "", "the file is empty"))
        return []
    except csv.Error as exc:
        result.errors.append(RowError(reader.line_num or 1, "", f"the header cannot be read: {exc}"))
        return []
    names = [HEADER_ALIASES.get(h.strip(), h.strip().lower()) for h in header]
    unknown = [h[:40] for h in names if h not in COLUMNS[kind]]
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
    rows: list[tuple[int, dict[str, str]]] = []
    first_line: dict[str, int] = {}  # record key or tag -> the line that had it first
    while True:
        line = reader.line_num + 1  # where the next row starts (a quoted cell may span lines)
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:  # e.g. a field over the csv module's limit: the rest can't be parsed
            result.errors.append(RowError(line, "", f"the file cannot be read from here on: {exc}"))
            break
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(names):
            result.errors.append(RowError(line, "", f"{len(values)} fields, the header has {len(names)}"))
            continue
        row = {n: csv_text.read_cell(v.strip()) for n, v in zip(names, values, strict=True)}
        problems = _check_row(kind, row)
        result.errors.extend(RowError(line, column, message) for column, message in problems)
        if problems:
            continue
        for what, value in (("record", _key(kind, row)), ("tag", row.get("tag_id", ""))):
            if not value:
                continue
            seen = first_line.setdefault(f"{what}:{value}", line)
            if seen != line:
                column = "tag_id" if what == "tag" else COLUMNS[kind][0]
                result.errors.append(
                    RowError(line, column, f"{value} appears twice in this file (line {seen})")
                )
        rows.append((line, row))
    return rows


def _check_row(kind: str, row: dict[str, str]) -> list[tuple[str, str]]:
    """(column, message) for each problem of one row on its own; normalizes ``row`` in place (ID
    numbers, phone numbers and tags as stored)."""
    problems: list[tuple[str, str]] = []
    for column, value in row.items():
        limit = MODELS[kind].__table__.c[column].type.length if column in STORED[kind] else MAX_CELL
        if len(value) > limit:
            problems.append((column, f"{column} has {len(value)} characters, at most {limit} are allowed"))
        elif _CONTROL.search(value):
            char = _CONTROL.search(value).group()  # type: ignore[union-attr]
            what = "NUL" if char == "\x00" else f"U+{ord(char):04X}"
            problems.append((column, f"{column} contains a control character ({what})"))
    if problems:
        return problems
    for col in REQUIRED[kind]:
        if not row.get(col):
            problems.append((col, f"{col} is required"))
    checks: list[tuple[str, Callable[[str], str]]] = [
        *((c, lambda v, c=c: personal_data.resident_id(v, field=c)) for c in ID_NUMBER_COLUMNS),
        *((c, lambda v, c=c: personal_data.phone(v, field=c)) for c in PHONE_COLUMNS),
        ("tag_id", normalize_tag),
    ]
    for column, check in checks:
        if row.get(column):
            try:
                row[column] = check(row[column])
            except ValidationError as e:
                problems.append((column, e.message))
    if kind == "person" and row.get("sex") and _sex(row["sex"]) is None:
        problems.append(("sex", f"sex must be M/F or 男/女, not {row['sex']!r}"))
    return problems


def _sex(value: str) -> str | None:
    return SEX.get(value.upper() if value.isascii() else value)


def _key(kind: str, row: dict[str, str]) -> str:
    """What identifies a row's record (an import updates the record with this key)."""
    if kind == "archive":
        return f"{row['customer_no']}/{row['title']}"
    return row[_KEY_ATTR[kind]]


def _check_references(
    s: Session, kind: str, rows: list[tuple[int, dict[str, str]]], result: ImportResult
) -> None:
    """Check what the rows refer to, read once for the whole file: sites, zones and people must
    exist, and a row's tag must be free or already its own record's."""
    sites = set(s.scalars(select(Site.code)))
    zones = set(s.scalars(select(Zone.code)))
    people = set(s.scalars(select(Person.id_number)))
    tags = dict(s.execute(select(Tag.tag_id, Tag.kind)).all())
    own = {key: tag for key, tag in _current_tags(s, kind)}  # record key -> its tag now
    for line, row in rows:
        problems: list[tuple[str, str]] = []
        if row.get("site") and row["site"] not in sites:
            problems.append(("site", f"no site {row['site']}"))
        for column in ("zones", "home_zone"):
            codes = [c.strip() for c in row.get(column, "").replace("；", ";").split(";") if c.strip()]
            missing = sorted(set(codes) - zones)
            if missing:
                problems.append((column, f"unknown zone(s): {', '.join(missing)}"))
        for column in ID_NUMBER_COLUMNS[1:]:
            if row.get(column) and row[column] not in people:
                problems.append((column, f"no person with ID number {row[column]}"))
        tag = row.get("tag_id", "")
        if tag and tag in tags and own.get(_key(kind, row)) != tag:
            problems.append(("tag_id", f"tag {tag} is already bound to a {tags[tag]}; unbind it first"))
        result.errors.extend(RowError(line, column, message) for column, message in problems)


def _current_tags(s: Session, kind: str) -> list[tuple[str, str | None]]:
    """(record key as ``_key`` makes it, its tag) of every record of ``kind`` that has a tag."""
    model = MODELS[kind]
    if kind == "archive":
        return [
            (f"{no}/{title}", tag)
            for no, title, tag in s.execute(
                select(ArchiveFolder.customer_no, ArchiveFolder.title, ArchiveFolder.tag_id).where(
                    ArchiveFolder.tag_id.is_not(None)
                )
            )
        ]
    key = getattr(model, _KEY_ATTR[kind])
    return [(k, t) for k, t in s.execute(select(key, model.tag_id).where(model.tag_id.is_not(None)))]


class _Batch:
    """The writes of one batch of checked rows: the records, tags and people its rows name are read
    in a few statements (locked for update) instead of a few per row; the new tags are inserted
    before the records that carry them, the records in one flush, and the tags they gave up are
    freed last. A row that no longer fits (the database changed since the check) raises
    ``_RowProblem``."""

    def __init__(self, s: Session, kind: str, rows: list[dict[str, str]], result: ImportResult) -> None:
        self.s, self.kind, self.result, self.model = s, kind, result, MODELS[kind]
        if kind == "archive":
            pairs = [(row["customer_no"], row["title"]) for row in rows]
            where = tuple_(ArchiveFolder.customer_no, ArchiveFolder.title).in_(pairs)
        else:
            where = getattr(self.model, _KEY_ATTR[kind]).in_([_key(kind, row) for row in rows])
        found = s.scalars(select(self.model).where(where).with_for_update())
        self.records: dict[str, Any] = {_record_key(kind, e): e for e in found}
        tags = [row["tag_id"] for row in rows if row.get("tag_id")]
        self.taken = dict(
            s.execute(select(Tag.tag_id, Tag.kind).where(Tag.tag_id.in_(tags)).with_for_update()).all()
        )
        refs = [row[c] for row in rows for c in ID_NUMBER_COLUMNS[1:] if row.get(c)]
        self.people = dict(
            s.execute(select(Person.id_number, Person.id).where(Person.id_number.in_(refs))).all()
        )
        self.sites = dict(s.execute(select(Site.code, Site.id)).all())
        self.zones = dict(s.execute(select(Zone.code, Zone.id)).all())
        self.freed: list[str] = []  # tags records gave up: deleted once the records are written

    def claim_tag(self, row: dict[str, str]) -> None:
        """Insert the row's tag (flushed with the others by ``add_tags``) unless it is its own already."""
        tag = row.get("tag_id")
        record = self.records.get(_key(self.kind, row))
        if not tag or (record is not None and record.tag_id == tag):
            return
        if tag in self.taken:
            raise _RowProblem("tag_id", f"tag {tag} is already bound to a {self.taken[tag]}; unbind it first")
        self.taken[tag] = self.kind
        self.s.add(Tag(tag_id=tag, kind=self.kind, active=True))

    def record(self, row: dict[str, str]) -> Any:
        """The row's record: the existing one, or a new one; its tag set to the row's."""
        entity = self.records.get(_key(self.kind, row))
        if entity is None:
            entity = self.model()
            self.s.add(entity)
            self.result.created += 1
        else:
            self.result.updated += 1
        tag = row.get("tag_id")
        if tag and entity.tag_id != tag:
            if entity.tag_id is not None:
                self.freed.append(entity.tag_id)
            entity.tag_id = tag
            self.result.tags_bound += 1
        return entity

    def person(self, row: dict[str, str], column: str) -> int | None:
        value = row.get(column, "")
        if not value:
            return None
        if value not in self.people:
            raise _RowProblem(column, f"no person with ID number {value}")
        return self.people[value]

    def site(self, row: dict[str, str]) -> int | None:
        code = row.get("site", "")
        if not code:
            return None
        if code not in self.sites:
            raise _RowProblem("site", f"no site {code}")
        return self.sites[code]

    def zone_ids(self, column: str, text: str) -> list[int]:
        codes = [c.strip() for c in text.replace("；", ";").split(";") if c.strip()]
        missing = sorted(set(codes) - set(self.zones))
        if missing:
            raise _RowProblem(column, f"unknown zone(s): {', '.join(missing)}")
        return sorted({self.zones[c] for c in codes})


_KEY_ATTR = {"person": "id_number", "asset": "serial", "cashbox": "code", "vip": "tag_id"}


def _record_key(kind: str, entity: Any) -> str:
    """``_key`` of a stored record."""
    if kind == "archive":
        return f"{entity.customer_no}/{entity.title}"
    return str(getattr(entity, _KEY_ATTR[kind]))


def _import_person(b: _Batch, row: dict[str, str]) -> Any:
    sex = _sex(row["sex"])
    if sex is None:
        raise _RowProblem("sex", f"sex must be M/F or 男/女, not {row['sex']!r}")
    p = b.record(row)
    p.id_number, p.name, p.sex = row["id_number"], row["name"], sex
    p.department, p.post = row.get("department", ""), row.get("post", "")
    if "phone" in row:
        p.phone = row["phone"]
    if row.get("site"):
        p.site_id = b.site(row)
    return p


def _import_asset(b: _Batch, row: dict[str, str]) -> Any:
    a = b.record(row)
    a.serial, a.name, a.asset_type = row["serial"], row["name"], row["asset_type"]
    if row.get("responsible_id_number"):
        a.responsible_id = b.person(row, "responsible_id_number")
    if row.get("home_zone"):
        a.home_zone_id = b.zone_ids("home_zone", row["home_zone"])[0]
    return a


def _import_cashbox(b: _Batch, row: dict[str, str]) -> Any:
    c = b.record(row)
    c.code = row["code"]
    if row.get("assigned_id_number"):
        c.assigned_person_id = b.person(row, "assigned_id_number")
    if row.get("site"):
        c.site_id = b.site(row)
    return c


def _import_archive(b: _Batch, row: dict[str, str]) -> Any:
    f = b.record(row)
    f.customer_no, f.title, f.shelf, f.post = (
        row["customer_no"],
        row["title"],
        row["shelf"],
        row.get("post", ""),
    )
    return f


def _import_vip(b: _Batch, row: dict[str, str]) -> Any:
    v = b.record(row)
    v.name, v.honorific, v.level = row["name"], row["honorific"], row.get("level", "")
    if "phone" in row:
        v.phone = row["phone"]
    if row.get("manager_id_number"):
        v.manager_id = b.person(row, "manager_id_number")
    return v


_IMPORTERS: dict[str, Callable[[_Batch, dict[str, str]], Any]] = {
    "person": _import_person,
    "asset": _import_asset,
    "cashbox": _import_cashbox,
    "archive": _import_archive,
    "vip": _import_vip,
}


def _records(model: Any, only: int | None) -> Any:
    """Every record of ``model``, or only the one with id ``only``."""
    statement = select(model)
    return statement if only is None else statement.where(model.id == only)


def _export_people(s: Session, only: int | None = None) -> list[tuple[int, list[str]]]:
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
                p.phone,
            ],
        )
        for p in s.scalars(_records(Person, only).order_by(Person.id_number))
    ]


def _export_assets(s: Session, only: int | None = None) -> list[tuple[int, list[str]]]:
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
        for a in s.scalars(_records(Asset, only).order_by(Asset.serial))
    ]


def _export_cashboxes(s: Session, only: int | None = None) -> list[tuple[int, list[str]]]:
    ids = dict(s.execute(select(Person.id, Person.id_number)).all())
    sites = dict(s.execute(select(Site.id, Site.code)).all())
    return [
        (
            c.id,
            [c.code, c.tag_id or "", ids.get(c.assigned_person_id or 0, ""), sites.get(c.site_id or 0, "")],
        )
        for c in s.scalars(_records(CashBox, only).order_by(CashBox.code))
    ]


def _export_archive(s: Session, only: int | None = None) -> list[tuple[int, list[str]]]:
    return [
        (f.id, [f.customer_no, f.title, f.tag_id or "", f.post, f.shelf])
        for f in s.scalars(
            _records(ArchiveFolder, only).order_by(ArchiveFolder.customer_no, ArchiveFolder.title)
        )
    ]


def _export_vip(s: Session, only: int | None = None) -> list[tuple[int, list[str]]]:
    ids = dict(s.execute(select(Person.id, Person.id_number)).all())
    return [
        (v.id, [v.tag_id or "", v.name, v.honorific, v.level, ids.get(v.manager_id or 0, ""), v.phone])
        for v in s.scalars(_records(VipCustomer, only).order_by(VipCustomer.name))
    ]


_EXPORTERS: dict[str, Callable[[Session, int | None], list[tuple[int, list[str]]]]] = {
    "person": _export_people,
    "asset": _export_assets,
    "cashbox": _export_cashboxes,
    "archive": _export_archive,
    "vip": _export_vip,
}
