"""What stands between a rule's condition and its alarm: the enabling schedule, the count filter and
the on-delay (CS-Studio Phoebus's enabling, count and delay filters). Pure: the clock is passed in;
one instance belongs to the engine's thread (not thread-safe).

- ``enabled(rule, at)``: the rule's ``schedule`` at the bank's local time (a rule without one is
  always enabled; ``outside`` inverts the hours).
- ``Filters.present(rule, key, ts)``: the condition is seen at ``ts``. True when it passes: at
  least ``count`` times within ``count_window_s`` (a count of 1: at once), and, for a rule with an
  on-delay, only once it has persisted that long (``due`` reports it later, from the timer).
- ``Filters.normal(rule, key)``: the condition is gone; a pending on-delay is dropped.
"""

from __future__ import annotations

from collections import deque
from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from app.alarms.rules import Rule, Schedule

REPORTED = float("-inf")  # an on-delay that ran out and was reported by ``due``
MAX_TRACKED = 100_000  # conditions the count filter and on-delay remember; the oldest go first


def _clock(text: str) -> time | None:
    """ "HH:MM" as a time; "24:00" (the end of the day) as None."""
    if text == "24:00":
        return None
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def in_schedule(schedule: Schedule, local: datetime) -> bool:
    """Whether ``local`` (the bank's wall clock) falls in ``schedule``'s days and hours."""
    start, end = _clock(schedule.start), _clock(schedule.end)
    now = local.timetz().replace(tzinfo=None)
    within = local.isoweekday() in schedule.days and now >= (start or time(0)) and (end is None or now < end)
    return not within if schedule.outside else within


def enabled(rule: Rule, at: datetime, zone: ZoneInfo) -> bool:
    """Whether ``rule`` raises alarms at ``at`` (an aware datetime): enabled, and in its schedule."""
    if not rule.enabled:
        return False
    return rule.schedule is None or in_schedule(rule.schedule, at.astimezone(zone))


class Filters:
    def __init__(self, max_tracked: int = MAX_TRACKED) -> None:
        self.max_tracked = max_tracked
        self._hits: dict[tuple[str, str], deque[float]] = {}
        self._since: dict[tuple[str, str], float] = {}  # on-delay: condition first seen (epoch s)

    def present(self, rule: Rule, key: str, ts: float) -> bool:
        """The condition ``key`` of ``rule`` was seen at ``ts``: whether it raises (or counts up) its
        alarm now. A rule with an on-delay never passes here: ``due`` passes it once it persisted."""
        slot = (rule.code, key)
        if rule.count > 1:
            hits = self._hits.pop(slot, None) or deque()
            hits.append(ts)
            while hits and hits[0] <= ts - rule.count_window_s:
                hits.popleft()
            self._hits[slot] = hits  # the most recently seen last (forgotten last)
            self._bound(self._hits)
            if len(hits) < rule.count:
                return False
        if rule.on_delay_s > 0:
            self._since.setdefault(slot, ts)
            self._bound(self._since)
            return ts - self._since[slot] >= rule.on_delay_s
        return True

    def normal(self, rule: Rule, key: str) -> None:
        """The condition is gone: an on-delay starts again at its next sighting."""
        self._since.pop((rule.code, key), None)

    def due(self, rules: dict[str, Rule], now: float) -> list[tuple[str, str]]:
        """(rule code, key) of the conditions whose on-delay has run out by ``now``: they raise now
        (and stay tracked until ``normal``, so they are reported once)."""
        out = []
        for (code, key), since in list(self._since.items()):
            rule = rules.get(code)
            if rule is None:
                del self._since[(code, key)]
                continue
            if since != REPORTED and now - since >= rule.on_delay_s:
                out.append((code, key))
                self._since[(code, key)] = REPORTED  # present() keeps passing it, due() is done with it
        return out

    def _bound(self, table: dict[tuple[str, str], Any]) -> None:
        while len(table) > self.max_tracked:
            del table[next(iter(table))]
