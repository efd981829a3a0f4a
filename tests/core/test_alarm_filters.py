"""The alarm filters: schedule (local time, outside hours), count (K in N s) and on-delay, pure."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from app.alarms.filters import Filters, enabled
from app.alarms.rules import ReaderFault, Schedule, Tamper

SHANGHAI = ZoneInfo("Asia/Shanghai")


def tamper(**kw: object) -> Tamper:
    return Tamper(code="T", name_zh="拆", name_en="Tamper", **kw)  # type: ignore[arg-type]


def test_the_schedule_is_the_banks_local_time_and_outside_inverts_it() -> None:
    office = tamper(schedule=Schedule(days=(1, 2, 3, 4, 5), start="08:30", end="17:30"))
    night = tamper(schedule=Schedule(days=(1, 2, 3, 4, 5), start="08:30", end="17:30", outside=True))
    monday_9_shanghai = datetime(2026, 12, 7, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai, 01:00 UTC
    monday_18_shanghai = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)
    saturday_noon = datetime(2026, 12, 12, 4, 0, tzinfo=UTC)
    assert enabled(office, monday_9_shanghai, SHANGHAI)
    assert not enabled(office, monday_18_shanghai, SHANGHAI)
    assert not enabled(office, saturday_noon, SHANGHAI)
    assert not enabled(night, monday_9_shanghai, SHANGHAI)
    assert enabled(night, monday_18_shanghai, SHANGHAI) and enabled(night, saturday_noon, SHANGHAI)
    assert enabled(tamper(), saturday_noon, SHANGHAI)
    assert not enabled(tamper(enabled=False), saturday_noon, SHANGHAI)
    full = tamper(schedule=Schedule(start="00:00", end="24:00"))
    assert enabled(full, datetime(2026, 12, 7, 15, 59, tzinfo=UTC), SHANGHAI)  # 23:59 local


def test_the_count_filter_passes_the_kth_sighting_within_the_window() -> None:
    rule = tamper(count=3, count_window_s=60)
    f = Filters()
    assert [f.present(rule, "k", t) for t in (0, 10, 20)] == [False, False, True]
    assert f.present(rule, "k", 25)  # still three within the window
    other = Filters()
    assert [other.present(rule, "k", t) for t in (0, 70, 140)] == [False, False, False]  # chatter apart
    assert not other.present(rule, "k2", 141)  # per condition


def test_the_on_delay_passes_a_condition_only_once_it_persisted_and_resets_when_it_goes() -> None:
    rule = ReaderFault(code="R", name_zh="离线", name_en="Offline", on_delay_s=5)
    f = Filters()
    rules = {rule.code: rule}
    assert not f.present(rule, "reader:R1", 100.0)
    assert f.due(rules, 104.0) == []
    assert f.due(rules, 105.5) == [("R", "reader:R1")]
    assert f.due(rules, 110.0) == []  # reported once
    assert f.present(rule, "reader:R1", 111.0)  # it stays present: counted up
    f.normal(rule, "reader:R1")
    assert not f.present(rule, "reader:R1", 200.0)  # a new outage waits again
    f.normal(rule, "reader:R1")
    assert f.due(rules, 300.0) == []  # back before its delay: never raised


def test_the_filters_remember_a_bounded_number_of_conditions() -> None:
    rule = tamper(count=2, count_window_s=600)
    f = Filters(max_tracked=100)
    for i in range(1000):
        f.present(rule, f"k{i}", float(i))
    assert len(f._hits) == 100
