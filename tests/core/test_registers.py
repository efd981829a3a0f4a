"""Registers: one tag namespace, audited binding, zone permissions, all-or-nothing CSV import."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app import audit, demo
from app.audit import AuditQuery
from app.audit_sequencer import sequence_all
from app.db.models import Asset, Person, Tag
from app.errors import PermissionDenied, ValidationError
from app.rbac import Role, system_principal
from app.services import Services

SYSTEM = system_principal("test")

ROOT = system_principal("test")

PEOPLE_CSV = """证件编号,姓名,性别,部门,岗位,标签,站点,权限区域
110105199001010011,张三,男,运营管理部,金库管库,AB00CD01,BR01,BR01-VAULT;BR01-HANDOVER
110105199202020022,李四,F,保卫部,押运,ab00cd02,BR01,
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
    zhang = person_id(services, "110105199001010011")
    assert services.registers.permitted_zones(SYSTEM, zhang) == ["BR01-HANDOVER", "BR01-VAULT"]
    with services.db.read() as s:
        assert s.get(Tag, "AB00CD02") is not None and s.get(Tag, "AB00CD02").kind == "person"  # type: ignore[union-attr]
    records, _ = services.audit.query(ROOT, AuditQuery(action_prefix="register.import"))
    assert records[0].after == {"created": 2, "updated": 0, "tags_bound": 2} and records[0].reason == "新员工"
    again = services.registers.import_csv(ROOT, "person", PEOPLE_CSV, reason="再次导入")
    assert again.ok and (again.created, again.updated, again.tags_bound) == (0, 2, 0)


def test_import_is_all_or_nothing_with_line_numbers(services: Services) -> None:
    demo.seed_demo(services.db)
    taken = next(t for (t,) in [(a.tag_id,) for a in _assets(services)] if t)
    bad = (
        "id_number,name,sex,tag_id,zones\n"
        "X1,好人,M,AA000001,\n"
        "X2,坏标签,M,XYZ,\n"
        "X3,错性别,Q,,\n"
        f"X4,重复标签,F,{taken},\n"
        "X5,错区域,M,,NOWHERE\n"
        "X1,重复行,M,,\n"
    )
    result = services.registers.import_csv(ROOT, "person", bad, reason="t")
    assert not result.ok and (result.created, result.updated) == (0, 0)
    assert [(e.line, e.column) for e in result.errors] == [
        (3, "tag_id"),
        (4, "sex"),
        (5, "tag_id"),
        (6, "zones"),
        (7, "id_number"),
    ]
    with services.db.read() as s:
        assert s.scalar(select(Person).where(Person.id_number == "X1")) is None  # nothing was written


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
