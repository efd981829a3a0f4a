"""Authorization rules dock: the shipped rules in yuan, edit and save a new version with a reason,
refusals marked at their row, only administrators get the dock or may save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.errors import PermissionDenied, ValidationError
from app.rbac import Role, system_principal
from widgets.docks.authz_rules.model import MARK, MARK_TEXT, parse_yuan, yuan_text

ROOT = system_principal("test")  # the test reads state as the system, not as a user


@pytest.fixture
def admin(cheap_kdf, make_user):  # type: ignore[no-untyped-def]
    return make_user("boss", Role.ADMIN)


@pytest.fixture
def panel(qtbot, admin, open_window):  # type: ignore[no-untyped-def]
    panel = open_window(admin).docks["dock.authz_rules"].panel
    qtbot.waitUntil(lambda: panel.loaded, timeout=5000)  # the rules are read on a worker
    return panel


def row_of(model, first: str, *rest: str) -> int:  # type: ignore[no-untyped-def]
    keys = (first, *rest)
    for i in range(model.rowCount()):
        if tuple(str(model.index(i, c).data(Qt.ItemDataRole.EditRole)) for c in range(len(keys))) == keys:
            return i
    raise AssertionError(keys)


def cell(model, row: int, attr: str):  # type: ignore[no-untyped-def]
    return model.index(row, model.ATTRS.index(attr))


def test_yuan_round_trip() -> None:
    assert yuan_text(5000000) == "50,000.00" and yuan_text(5, grouped=False) == "0.05"
    assert parse_yuan("60,000.5") == 6000050 and parse_yuan("¥12") == 1200
    assert parse_yuan("-1") is None and parse_yuan("1.234") is None and parse_yuan("abc") is None


def test_shipped_rules_in_yuan_edit_and_save(  # type: ignore[no-untyped-def]
    qtbot, services, panel, give_reason
) -> None:
    assert panel.version == 0 and panel.dispatch.currentData() == "pull"
    b, lim = panel.business_model, panel.limit_model
    cash = row_of(b, "CASH_WD")
    assert cell(b, cash, "authorize_over").data() == "50,000.00"
    assert cell(b, cash, "two_level_over").data() == "1,000,000.00"
    assert cell(b, cash, "images").data() == "身份证、凭证" and cell(b, cash, "priority").data() == 6
    assert cell(b, cash, "images").data(Qt.ItemDataRole.EditRole) == "id_card, voucher"  # edited as codes
    teller = row_of(lim, "teller", "CNY", "*")
    assert cell(lim, teller, "input").data() == "5,000,000.00 元"
    assert cell(lim, teller, "input").data(Qt.ItemDataRole.EditRole) == "5000000.00"

    assert not b.setData(cell(b, cash, "authorize_over"), "lots")  # not an amount: refused
    assert b.setData(cell(b, cash, "authorize_over"), "60,000.50")
    assert lim.setData(cell(lim, teller, "input"), "4000000")
    panel.dispatch.setCurrentIndex(panel.dispatch.findData("push"))
    assert panel.edited and panel.validate()

    give_reason("2025年限额调整")
    panel.actions_by_name["authz_rules.save"].trigger()
    qtbot.waitUntil(lambda: not panel.loading, timeout=3000)  # the saved version is re-read on a worker
    version, policy = services.authorization.policy(ROOT)
    assert version == 1 and panel.version == 1 and not panel.edited
    assert policy.business["CASH_WD"].authorize_over == 6000050
    assert policy.role_limits["teller"]["CNY"]["*"].input == 400000000
    assert policy.role_limits["supervisor"]["CNY"]["*"].authorize == 1000000000  # untouched
    assert policy.dispatch == "push"
    assert "1" in panel.version_label.text() and "boss" in panel.version_label.text()
    assert cell(b, row_of(b, "CASH_WD"), "authorize_over").data() == "60,000.50"


def test_bad_order_is_refused_and_marked(qtbot, services, panel) -> None:  # type: ignore[no-untyped-def]
    b = panel.business_model
    transfer = row_of(b, "TRANSFER")
    assert b.setData(cell(b, transfer, "authorize_over"), "600000")  # above remote_over (500,000)
    assert not panel.validate()
    assert b.mark is not None and b.mark[0] == transfer
    assert cell(b, transfer, "code").data(Qt.ItemDataRole.BackgroundRole) == MARK
    assert cell(b, transfer, "remote_over").data(Qt.ItemDataRole.ForegroundRole) == MARK_TEXT
    assert not panel.business_table.selectionModel().hasSelection()  # the mark stays visible
    assert cell(b, 0 if transfer else 1, "code").data(Qt.ItemDataRole.BackgroundRole) is None
    assert panel.business_table.currentIndex().row() == transfer
    assert "business.TRANSFER" in panel.message.text()
    panel.actions_by_name["authz_rules.save"].trigger()  # refused before any reason is asked
    assert services.authorization.policy(ROOT)[0] == 0
    panel.actions_by_name["authz_rules.revert"].trigger()
    qtbot.waitUntil(lambda: not panel.loading, timeout=3000)  # the rules in force are re-read on a worker
    assert b.mark is None and cell(b, row_of(b, "TRANSFER"), "authorize_over").data() == "100,000.00"


def test_table_problems_point_at_their_cell(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    lim = panel.limit_model
    panel.actions_by_name["authz_rules.add_limit"].trigger()
    new = lim.rowCount() - 1
    assert lim.setData(cell(lim, new, "business"), "NOPE")
    assert not panel.validate()
    assert lim.mark is not None and lim.mark[:2] == (new, lim.ATTRS.index("business"))
    assert lim.setData(cell(lim, new, "scope"), "user:wang")
    assert lim.setData(cell(lim, new, "business"), "CASH_WD")
    assert lim.mark is None and panel.validate()
    b = panel.business_model
    assert b.setData(cell(b, row_of(b, "REVERSAL"), "priority"), 12)
    assert not panel.validate() and b.mark is not None
    assert b.mark[:2] == (row_of(b, "REVERSAL"), b.ATTRS.index("priority"))
    panel.business_table.setCurrentIndex(cell(b, row_of(b, "REVERSAL"), "code"))
    panel.actions_by_name["authz_rules.remove_business"].trigger()
    assert b.rowCount() == 3 and panel.validate()


def test_only_administrators(  # type: ignore[no-untyped-def]
    services, cheap_kdf, make_user, open_window
) -> None:
    teller = make_user("li", Role.TELLER)
    chief = make_user("zhang", Role.SUPERVISOR)
    _, policy = services.authorization.policy(ROOT)
    with pytest.raises(PermissionDenied):
        services.authorization.save_policy(teller, policy.to_json(), "想改")
    with pytest.raises(PermissionDenied):
        services.authorization.save_policy(chief, policy.to_json(), "想改")
    assert services.authorization.policy(ROOT)[0] == 0
    assert "dock.authz_rules" not in open_window(teller).docks
    assert "dock.authz_rules" not in open_window(chief).docks
    assert "dock.authz_rules" in open_window(make_user("boss", Role.ADMIN)).docks


def test_language_switch(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    window = panel.window()
    window.translations.switch("zh_CN")
    assert panel.actions_by_name["authz_rules.validate"].text() == "校验"
    window.translations.switch("en")  # LanguageChange is posted: wait for it to arrive
    qtbot.waitUntil(lambda: panel.actions_by_name["authz_rules.validate"].text() == "Validate")
    assert panel.business_model.headerData(0, Qt.Orientation.Horizontal) == "Code"
    assert "Shipped" in panel.version_label.text()


def test_a_save_that_meets_another_save_says_so(  # type: ignore[no-untyped-def]
    qtbot, services, panel, give_reason, monkeypatch
) -> None:
    def conflict(*_args, **_kw):  # type: ignore[no-untyped-def]
        raise ValidationError("saved elsewhere", field="version", problem="conflict")

    monkeypatch.setattr(services.authorization, "save_policy", conflict)  # as the service refuses it
    b = panel.business_model
    assert b.setData(cell(b, row_of(b, "CASH_WD"), "authorize_over"), "60,000.00")
    give_reason("同时保存")
    panel.actions_by_name["authz_rules.save"].trigger()
    qtbot.waitUntil(lambda: panel.message.text().startswith("⚠"), timeout=3000)
    said = panel.message.text()  # in the language in force: explained, not the bare problem code
    assert said == "⚠ " + panel._problem_text("version", "conflict") and "conflict" not in said
    assert panel.message.property("role") == "error"


def test_a_limit_reads_by_role_name_and_in_its_rows_currency(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    from widgets.docks.authz_rules.model import LimitModel, LimitRow

    model = LimitModel()
    model.retranslate()
    model.set_rows(
        [LimitRow("teller", "USD", "*", 500_000, 0), LimitRow("user:zhang3", "CNY", "*", 100, 200)]
    )
    assert model.index(0, 0).data() == "柜员" and model.index(0, 0).data(Qt.ItemDataRole.EditRole) == "teller"
    assert model.index(0, 3).data().endswith("美元") and "元" not in model.headerData(
        3, Qt.Orientation.Horizontal
    )
    assert model.index(1, 0).data() == "用户 zhang3" and model.index(1, 4).data().endswith(" 元")
