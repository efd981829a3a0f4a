"""Every audited action and target type reads as words in both UI languages, never as a raw code."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from app.audit import AuditRecord
from app.operations import Action, Target
from widgets.docks.audit_log.labels import action_label, target_label
from widgets.docks.audit_log.model import AuditTableModel
from widgets.i18n import Translations

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_every_action_and_target_has_a_label_and_a_chinese_translation(translations: Translations) -> None:
    assert translations.language == "zh_CN"
    for labels, members in ((action_label, list(Action)), (target_label, list(Target))):
        zh = {m: labels(m) for m in members}
        untranslated = [m.value for m, text in zh.items() if not CJK.search(text)]
        assert not untranslated, f"no zh_CN translation for {untranslated}"
        assert len(set(zh.values())) == len(members), "two codes read the same in Chinese"
    translations.switch("en")
    for labels, members in ((action_label, list(Action)), (target_label, list(Target))):
        en = {m: labels(m) for m in members}
        unlabelled = [m.value for m, text in en.items() if text == m.value or CJK.search(text)]
        assert not unlabelled, f"no label for {unlabelled}"
        assert len(set(en.values())) == len(members), "two codes read the same in English"


def test_audit_table_shows_names_and_keeps_codes_in_tooltips(translations: Translations) -> None:
    model = AuditTableModel()
    model.set_records(
        [
            AuditRecord(
                9, datetime.now(UTC), "admin", "tag.bind", "person", "3", "new badge", None, {"tag_id": "AB"}
            )
        ]
    )
    action, target = model.COLUMNS.index("action"), model.COLUMNS.index("target")
    assert model.index(0, action).data() == "绑定标签"
    assert model.index(0, target).data() == "人员:3"
    assert model.index(0, action).data(3) == "tag.bind"  # ToolTipRole
    assert model.index(0, target).data(3) == "person:3"
    unknown = AuditRecord(10, datetime.now(UTC), "x", "future.thing", "gadget", "1", "", None, None)
    model.set_records([unknown])
    assert model.index(0, action).data() == "future.thing"  # a newer version's code, as it is
    assert model.index(0, target).data() == "gadget:1"


def test_an_unbound_station_account_reads_as_words_in_both_languages(translations: Translations) -> None:
    from app.errors import ValidationError
    from widgets.messages import error_text

    exc = ValidationError("bound to no station", field="station", problem="unbound")
    assert CJK.search(error_text(exc)) and "set-user-station" in error_text(exc)
    translations.switch("en")
    assert "bound to no station: bind it first" in error_text(exc)


def _suite_reasons() -> list[str]:
    """Every reason the services write for a refusal: the action named in each authorize/deny call
    of app/ (an f-string's fields filled with sample values)."""
    import re
    from pathlib import Path

    call = re.compile(
        r"\b(?:authorize|authorize_any|deny)\(\s*[^()]*?,\s*[^()]*?,\s*[^()]*?,\s*(f?)\"([^\"]+)\"", re.S
    )
    samples = {
        "kind": "person",
        "request_id": "7",
        "station": "ST01",
        "entity_id": "12",
        "proposal_id": "3",
        "verb": "reject",
    }
    found = set()
    for path in (Path(__file__).resolve().parents[2] / "app").rglob("*.py"):
        for f, text in call.findall(path.read_text(encoding="utf-8")):
            found.add(text.format(**samples) if f else text)
    assert len(found) > 40
    return sorted(found)


def test_every_reason_the_services_write_reads_in_chinese(translations: Translations) -> None:
    from widgets.docks.audit_log.labels import reason_label

    latin = re.compile(r"\b[a-z]{3,}\b")
    untranslated = [
        r
        for r in _suite_reasons()
        if not CJK.search(reason_label("security.denied", r, None))
        or latin.search(reason_label("security.denied", r, None))
    ]
    assert not untranslated, untranslated
