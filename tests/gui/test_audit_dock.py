"""The audit log dock as an auditor uses it: changes read as words in the UI language, the suite's
own reasons are translated, the date range filters, and the filtered entries export to CSV and PDF
with the chain's state."""

from __future__ import annotations

import csv
import re
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate

from app.audit import AuditQuery, AuditRecord
from app.audit_sequencer import sequence_all
from app.rbac import Role, system_principal
from widgets.docks.audit_log.detail import change_text
from widgets.docks.audit_log.labels import reason_label
from widgets.docks.audit_log.model import AuditTableModel

pytestmark = pytest.mark.gui
CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"\b[a-z]{3,}\b")


def test_a_change_reads_as_fields_old_and_new_in_chinese(translations) -> None:  # type: ignore[no-untyped-def]
    text = change_text({"roles": ["teller"], "active": True}, {"roles": ["supervisor"], "active": True})
    assert text == "角色: 柜员 → 业务主管"  # what stayed the same is left out
    assert change_text(None, {"tag_id": "AB12"}) == "标签: AB12"
    assert change_text({"tag_id": "AB12"}, {"tag_id": None}) == "标签: AB12 → –"
    translations.switch("en")
    assert change_text({"locked": True}, {"locked": False}) == "Locked: yes → no"


def test_the_suites_own_reasons_are_translated_and_typed_ones_kept(translations) -> None:  # type: ignore[no-untyped-def]
    assert reason_label("security.denied", "view the map", None) == "查看地图"
    assert (
        reason_label("card.locked", "3 wrong PINs; log-in at ST01", None) == "PIN 连续错误 3 次；于 ST01 登录"
    )
    assert reason_label("register.export", "export person", None) == "导出人员"
    verify = {"ok": True, "checked": 12, "checkpoints": 0, "pending": 0}
    assert reason_label("audit.verify", "audit chain OK: 12 entries…", verify) == "哈希链完整：12 条"
    assert reason_label("user.create", "new hire, see ticket 7", None) == "new hire, see ticket 7"


def test_every_column_of_a_system_entry_is_chinese(translations) -> None:  # type: ignore[no-untyped-def]
    model = AuditTableModel()
    model.set_records(
        [
            AuditRecord(
                1,
                datetime.now(UTC),
                "admin",
                "user.unlock",
                "user",
                "7",
                "unlock user",
                None,
                {"locked": False},
            )
        ]
    )
    for col in ("action", "target", "reason", "detail"):
        shown = model.index(0, model.COLUMNS.index(col)).data()
        assert CJK.search(shown) and not LATIN_WORD.search(shown), (col, shown)


def test_the_date_range_filters_the_dock(qtbot, services, make_user, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window(make_user("aud", Role.AUDITOR))
    panel = w.docks["dock.audit"].panel
    qtbot.waitUntil(lambda: not panel.loading and panel.model.rowCount() > 0, timeout=3000)
    tomorrow = QDate.currentDate().addDays(1)
    panel.since.setDate(tomorrow)
    qtbot.waitUntil(lambda: not panel.loading and panel.model.rowCount() == 0, timeout=3000)
    panel.since.setDate(QDate.currentDate())
    panel.until.setDate(QDate.currentDate())
    qtbot.waitUntil(lambda: not panel.loading and panel.model.rowCount() > 0, timeout=3000)


def test_an_export_writes_the_filtered_entries_with_the_chain(  # type: ignore[no-untyped-def]
    qtbot, services, make_user, open_window, tmp_path
) -> None:
    services.identity.create_user(  # a reason a spreadsheet would run as a formula
        system_principal("test"), "clerk", "Clerk", "Str0ng!pass", [Role.TELLER], reason="=cmd|'/C calc'!A0"
    )
    w = open_window(make_user("aud", Role.AUDITOR))
    sequence_all(services.db)
    panel = w.docks["dock.audit"].panel
    panel.kind.setCurrentIndex(panel.kind.findData("user."))
    qtbot.waitUntil(lambda: not panel.loading and panel.model.rowCount() == 2, timeout=3000)
    assert panel.export("csv", tmp_path / "log")
    qtbot.waitUntil(lambda: not panel.exporting, timeout=10000)
    with open(tmp_path / "log.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == panel.model.headers
    body = rows[1 : rows.index([])]
    assert len(body) == 2 and all(r[panel.model.COLUMNS.index("action")] == "新建用户" for r in body)
    assert any("'=cmd" in cell for r in body for cell in r)  # made text, not a formula
    assert not any(cell.startswith("=") for r in rows for cell in r)
    footer = rows[rows.index([]) + 1 :]
    assert footer[0][0] == "哈希链校验" and footer[0][1].startswith("哈希链完整")
    assert panel.export("pdf", tmp_path / "log.pdf")
    qtbot.waitUntil(lambda: not panel.exporting, timeout=20000)
    assert (tmp_path / "log.pdf").read_bytes().startswith(b"%PDF")
    assert "已保存" in panel.status.text()
    exports, _ = services.audit.query(system_principal("test"), AuditQuery(action_prefix="audit.export"))
    assert [e.actor_name for e in exports] == ["aud", "aud"]  # both files are on record
