"""The bilingual text catalogue (app.texts): every entry has both languages, Chinese first; no
Chinese text is empty or English only; the placeholders are alike in both; every role is named."""

from __future__ import annotations

import re
import string

from app.rbac import Role
from app.texts import CATALOGUES, FINDINGS, REPORT, ROLE_NAMES, Text, every_text, report_text

# CJK ideographs and the full-width punctuation Chinese text uses (；、（）)
CHINESE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
# the month label speaks of the month's number in Chinese and of its name in English
OWN_PLACEHOLDERS = {"{month_name} {year}"}


def fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def test_every_entry_has_both_languages() -> None:
    entries = list(every_text())
    assert len(entries) > 100
    for catalogue, key, text in entries:
        assert isinstance(text, Text), (catalogue, key)
        assert text.zh.strip() and text.en.strip(), (catalogue, key)
        assert CHINESE.search(text.zh), f"{catalogue}/{key}: the Chinese reads {text.zh!r}"
        assert text.zh != text.en, (catalogue, key)
        if text.en not in OWN_PLACEHOLDERS:
            assert fields(text.zh) == fields(text.en), (catalogue, key, text)


def test_one_orientation_and_one_lookup() -> None:
    assert ROLE_NAMES[Role.TELLER] == Text(zh="柜员", en="Teller")
    assert set(ROLE_NAMES) == set(Role)
    assert FINDINGS["no_requests"].in_language("en").startswith("No authorization requests")
    assert FINDINGS["no_requests"].in_language("zh_CN") == "本季度无授权申请。"
    assert (
        report_text("Approval rate", "zh_CN") == "通过率"
        and report_text("Approval rate", "en") == "Approval rate"
    )
    assert all(text.en == key for key, text in REPORT.items())  # the report texts go by their English
    assert set(CATALOGUES) == {"roles", "report", "findings"}
