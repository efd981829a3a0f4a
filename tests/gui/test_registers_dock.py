"""Registers dock: CSV import (good and bad), tag binding and zone permissions through the forms."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.audit import AuditQuery
from app.rbac import ROLE_PERMISSIONS, Permission, Role, system_principal

SYSTEM = system_principal("test")


@pytest.fixture
def admin_window(qtbot, demo_login, open_window):  # type: ignore[no-untyped-def]
    window = open_window(demo_login("admin"))
    for name in ("dock.registers", "dock.readers"):  # they read their data on workers
        qtbot.waitUntil(lambda name=name: window.docks[name].panel.loaded, timeout=5000)
    return window


@pytest.fixture
def boxes(monkeypatch):  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(("info", a[2])))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(("warning", a[2])))
    return shown


def test_import_people_from_a_csv_file(
    qtbot, services, admin_window, boxes, tmp_path: Path, give_reason
) -> None:  # type: ignore[no-untyped-def]
    panel = admin_window.docks["dock.registers"].panel
    before = panel.models["person"].rowCount()
    path = tmp_path / "people.csv"
    path.write_text(
        "证件编号,姓名,性别,标签,权限区域\n11010519910505005X,王新,男,ABCD1234,BR01-VAULT\n",
        encoding="utf-8-sig",
    )
    give_reason("导入新员工")
    assert panel.import_file(path)
    qtbot.waitUntil(lambda: not panel.importing, timeout=3000)  # the import runs on a worker
    result = panel.last_import
    assert result is not None and result.ok and boxes[-1][0] == "info"
    qtbot.waitUntil(lambda: not panel.loading, timeout=3000)  # the register is re-read on a worker
    assert panel.models["person"].rowCount() == before + 1
    records, _ = services.audit.query(system_principal("t"), AuditQuery(action_prefix="register.import"))
    assert records[0].reason == "导入新员工"


def test_bad_csv_reports_lines_and_imports_nothing(
    qtbot, services, admin_window, boxes, tmp_path: Path, give_reason
) -> None:  # type: ignore[no-untyped-def]
    panel = admin_window.docks["dock.registers"].panel
    before = panel.models["person"].rowCount()
    path = tmp_path / "bad.csv"
    path.write_text("id_number,name,sex\n110105199001010010,好,M\n110105199202020020,坏,X\n", "utf-8")
    give_reason("导入新员工")
    assert panel.import_file(path)
    qtbot.waitUntil(lambda: not panel.importing, timeout=3000)
    result = panel.last_import
    assert result is not None and not result.ok
    kind, text = boxes[-1]
    assert kind == "warning" and "3" in text and "sex" in text
    assert panel.models["person"].rowCount() == before
    garbage = tmp_path / "garbage.csv"
    garbage.write_bytes(b"\xff\xfe\x00bad")
    assert panel.import_file(garbage) is None and boxes[-1][0] == "warning"


def test_an_import_shows_its_progress_and_a_partial_one_says_so(
    qtbot, services, admin_window, boxes, tmp_path: Path, give_reason, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    panel = admin_window.docks["dock.registers"].panel
    panel.tabs.setCurrentIndex(1)  # assets
    monkeypatch.setattr("app.services.registers.BATCH_ROWS", 2)
    shown: list[tuple[int, int, bool]] = []
    panel.progress.valueChanged.connect(
        lambda v: shown.append((v, panel.progress.maximum(), panel.progress.isVisibleTo(panel)))
    )
    taken = panel.models["asset"].item(0, 3).text()  # the tag of a listed asset
    path = tmp_path / "assets.csv"
    path.write_text(
        "serial,name,asset_type,tag_id\n" + "".join(f"NEW{i},电脑,PC,AB0000{i:02d}\n" for i in range(5)),
        "utf-8",
    )
    real = services.registers.import_csv

    def raced(*args, **kwargs):  # type: ignore[no-untyped-def]
        report = kwargs["progress"]

        def progress(done: int, total: int) -> None:  # someone takes line 5's tag after batch 1
            report(done, total)
            if done == 2:
                asset = panel.models["asset"].item(0, 0).data(Qt.ItemDataRole.UserRole + 1)
                services.registers.unbind_tag(SYSTEM, "asset", asset, reason="换标签")
                services.registers.bind_tag(SYSTEM, "asset", asset, "AB000003", reason="换标签")

        return real(*args, **{**kwargs, "progress": progress})

    monkeypatch.setattr(services.registers, "import_csv", raced)
    give_reason("新设备")
    assert taken and panel.import_file(path)
    qtbot.waitUntil(lambda: not panel.importing, timeout=5000)
    result = panel.last_import
    assert result is not None and result.partial and result.committed == 2
    assert (2, 5, True) in shown  # the bar showed the first batch while the import ran
    assert not panel.progress.isVisibleTo(panel)
    kind, text = boxes[-1]
    assert kind == "warning" and "2" in text and "5" in text and "tag_id" in text
    qtbot.waitUntil(lambda: not panel.loading, timeout=3000)  # what was written is listed
    listed = {panel.models["asset"].item(r, 0).text() for r in range(panel.models["asset"].rowCount())}
    assert {"NEW0", "NEW1"} <= listed and "NEW2" not in listed


def test_bind_tag_and_zone_permissions_through_the_forms(
    qtbot, services, admin_window, boxes, answer_next_dialog
) -> None:  # type: ignore[no-untyped-def]
    panel = admin_window.docks["dock.registers"].panel
    panel.tabs.setCurrentIndex(1)  # assets
    assert panel.kind() == "asset"
    table = panel.tables["asset"]
    table.selectRow(0)
    assert panel.actions_by_name["registers.unbind_tag"].isEnabled()
    old_tag = panel.selected_tag()

    def unbind(dlg) -> None:  # type: ignore[no-untyped-def]
        dlg.reason.insertPlainText("标签损坏")
        dlg.buttons.accepted.emit()

    answer_next_dialog(unbind)
    panel.actions_by_name["registers.unbind_tag"].trigger()
    qtbot.waitUntil(lambda: not panel.loading, timeout=3000)  # the register is re-read on a worker
    table.selectRow(0)
    assert panel.selected_tag() == ""

    def bind(dlg) -> None:  # type: ignore[no-untyped-def]
        qtbot.keyClicks(dlg.tag, "0a0b0c0d")
        dlg.reason.insertPlainText("更换防拆标签")
        dlg.buttons.accepted.emit()

    answer_next_dialog(bind)
    panel.actions_by_name["registers.bind_tag"].trigger()
    qtbot.waitUntil(lambda: not panel.loading, timeout=3000)
    table.selectRow(0)
    assert panel.selected_tag() == "0A0B0C0D" and old_tag != "0A0B0C0D"

    panel.tabs.setCurrentIndex(0)
    panel.tables["person"].selectRow(0)
    person_id = panel.selected_id()
    assert person_id is not None and panel.actions_by_name["registers.zones"].isEnabled()

    def zones(dlg) -> None:  # type: ignore[no-untyped-def]
        for i in range(dlg.list.count()):
            item = dlg.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in ("BR01-VAULT", "BR01-IT"):
                item.setCheckState(Qt.CheckState.Checked)
        dlg.reason.insertPlainText("值班")
        dlg.buttons.accepted.emit()

    answer_next_dialog(zones)
    panel.actions_by_name["registers.zones"].trigger()  # the dialog opens once its data is read
    qtbot.waitUntil(
        lambda: services.registers.permitted_zones(SYSTEM, person_id) == ["BR01-IT", "BR01-VAULT"],
        timeout=3000,
    )


def test_only_administrators_get_the_dock(operator, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window(operator)
    assert "dock.registers" not in w.docks


def test_register_a_reader_from_the_reader_health_dock(
    qtbot, services, admin_window, boxes, answer_next_dialog
) -> None:  # type: ignore[no-untyped-def]
    panel = admin_window.docks["dock.readers"].panel
    before = panel.model.rowCount()
    assert panel.actions_by_name["readers.new"].isEnabled()
    assert not panel.actions_by_name["readers.unplug"].isVisible()  # no simulator runtime here

    def fill(dlg) -> None:  # type: ignore[no-untyped-def]
        qtbot.keyClicks(dlg.code, "BR01-R30")
        dlg.name_zh.setText("大厅东门")
        qtbot.keyClicks(dlg.name_en, "Hall east door")
        dlg.zone.setCurrentIndex(dlg.zone.findData("BR01-HALL"))
        dlg.url.setText("tcp://127.0.0.1:4010?protocol=ascii")  # the protocol is part of the channel
        dlg.x.setValue(700)
        dlg.y.setValue(560)
        dlg.antennas.setText("2=br01-gate")
        dlg.reason.insertPlainText("新装读卡器")
        dlg.buttons.accepted.emit()

    answer_next_dialog(fill)
    panel.actions_by_name["readers.new"].trigger()
    qtbot.waitUntil(lambda: panel.model.rowCount() == before + 1, timeout=3000)  # re-read on a worker
    assert services.sites.reader_setup(SYSTEM, "BR01-R30") == {2: "BR01-GATE"}


def test_export_writes_the_register_from_the_worker(  # type: ignore[no-untyped-def]
    qtbot, admin_window, tmp_path: Path
) -> None:
    panel = admin_window.docks["dock.registers"].panel
    path = tmp_path / "person.csv"
    panel.export_to(path)
    qtbot.waitUntil(
        lambda: path.exists() and path.read_text(encoding="utf-8-sig").count("\n") > 1, timeout=3000
    )
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("id_number,name,sex") and len(lines) == panel.models["person"].rowCount() + 1


def test_numbers_are_masked_until_shown_in_full_which_is_audited(
    qtbot, services, admin_window, boxes
) -> None:  # type: ignore[no-untyped-def]
    panel = admin_window.docks["dock.registers"].panel
    model = panel.models["person"]
    panel.tables["person"].selectRow(0)
    source = panel.proxies["person"].mapToSource(panel.proxies["person"].index(0, 0)).row()
    masked = model.item(source, 0).text()
    assert masked.startswith("**************") and len(masked) == 18
    action = panel.actions_by_name["registers.reveal"]
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: not model.item(source, 0).text().startswith("*"), timeout=3000)
    full = model.item(source, 0).text()
    assert full[-4:] == masked[-4:] and full[:6].isdigit()
    shown, _ = services.audit.query(SYSTEM, AuditQuery(action_prefix="register.reveal"))
    assert [(r.actor_name, r.target_type) for r in shown] == [("admin", "person")]
    assert boxes == []


def test_show_in_full_is_off_without_the_personal_data_permission(
    qtbot, services, make_user, open_window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    text = "id_number,name,sex\n110105199001010010,张三,M\n"
    assert services.registers.import_csv(SYSTEM, "person", text, reason="t").ok
    perms = ROLE_PERMISSIONS[Role.ADMIN] - {Permission.PERSONAL_DATA_VIEW}
    monkeypatch.setitem(ROLE_PERMISSIONS, Role.ADMIN, perms)  # a register administrator without it
    window = open_window(make_user("boss", Role.ADMIN))
    panel = window.docks["dock.registers"].panel
    qtbot.waitUntil(lambda: panel.loaded, timeout=5000)
    assert panel.models["person"].item(0, 0).text() == "**************0010"
    panel.tables["person"].selectRow(0)
    assert panel.selected_id() is not None
    assert not panel.actions_by_name["registers.reveal"].isEnabled()
