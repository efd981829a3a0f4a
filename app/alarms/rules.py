"""The alarm rule set: one JSON document, versioned in the database (``alarm_rule_versions``) like the
authorization policy, shipped default in ``resources/alarms/rules.json``. Pure; any thread.

    {"rules": [{"kind": "restricted_entry", "code": "VAULT_ENTRY", "name_zh": "金库闯入",
                "name_en": "Vault entry without permission", "priority": 1, "latching": true,
                "zones": ["BR01-VAULT"], "guidance_zh": "...", "guidance_en": "..."}, ...]}

Every rule has a ``code`` (unique, what an alarm keeps with the version that raised it), names,
``priority`` (1 highest ... 4 lowest, 5 information: no acknowledgment), ``enabled``, an on-delay
(``on_delay_s``: the condition must persist that long), a count filter (``count`` times within
``count_window_s``, against chatter), a ``schedule`` (enabled only on those weekdays and hours of
the bank's local time, or ``outside`` them), ``latching``, guidance for the operator in both
languages and an optional escalation target (``escalate_to``: a role code or a user name). The
``kind`` says what the rule watches, and its own fields (``zones``, ``minutes`` ...) are checked
against the kind's schema. ``parse_rules`` refuses a broken rule with a ``RuleError`` that names the
field (``rules[2].count_window_s``), which the rules dock shows at that field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

import msgspec

from app.alarms.lifecycle import Priority

MAX_RULES = 500
MAX_DELAY_S = 3600.0  # an on-delay or count window longer than an hour is a mistake
MAX_TEXT = 2000  # guidance
CODE = re.compile(r"^[A-Z][A-Z0-9_]{0,31}$")
ZONE_KIND = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
CLOCK = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$|^24:00$")


class RuleError(ValueError):
    def __init__(self, message: str, *, field: str, problem: str) -> None:
        super().__init__(message)
        self.field = field
        self.problem = problem


class Schedule(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    """Enabled on ``days`` (1 Monday ... 7 Sunday) between ``start`` and ``end`` (local "HH:MM",
    end exclusive, "24:00" the end of the day); ``outside``: enabled at every other time instead
    (e.g. outside business hours only)."""

    days: tuple[int, ...] = (1, 2, 3, 4, 5, 6, 7)
    start: str = "00:00"
    end: str = "24:00"
    outside: bool = False


class Rule(msgspec.Struct, forbid_unknown_fields=True, frozen=True, kw_only=True, tag_field="kind"):
    code: str
    name_zh: str
    name_en: str
    priority: int = 3
    enabled: bool = True
    on_delay_s: float = 0.0
    count: int = 1
    count_window_s: float = 0.0
    schedule: Schedule | None = None
    latching: bool = False
    guidance_zh: str = ""
    guidance_en: str = ""
    escalate_to: str = ""

    momentary: ClassVar[bool] = False  # its condition has no "normal" of its own (see lifecycle)

    @property
    def kind(self) -> str:
        return str(type(self).__struct_config__.tag)


class RestrictedEntry(Rule, tag="restricted_entry", frozen=True):
    """A person enters one of ``zones``, or a zone of one of ``zone_kinds`` (neither: every zone
    marked restricted), without a permission for it; an unknown or unregistered tag there counts
    too. Kinds keep the shipped rules true for any bank's floor plans (``vault``, ``secrecy``)."""

    zones: tuple[str, ...] = ()
    zone_kinds: tuple[str, ...] = ()
    momentary: ClassVar[bool] = True


class UnknownTag(Rule, tag="unknown_tag", frozen=True):
    """A tag that is not registered (or no longer active) is read in one of ``zones`` or a zone of
    one of ``zone_kinds`` (neither: anywhere)."""

    zones: tuple[str, ...] = ()
    zone_kinds: tuple[str, ...] = ()
    momentary: ClassVar[bool] = True


class AssetExit(Rule, tag="asset_exit", frozen=True):
    """An asset passes one of the ``exits`` (or a zone of one of ``exit_kinds``) with no person
    bound to it among the tags seen there within ``window_s`` (``alone``), or with people of whom
    none is the one bound to it (``other``)."""

    exits: tuple[str, ...] = ()
    exit_kinds: tuple[str, ...] = ()
    window_s: float = 10.0
    momentary: ClassVar[bool] = True


class Tamper(Rule, tag="tamper", frozen=True):
    """An anti-tamper tag reports its removal."""

    momentary: ClassVar[bool] = True


CARD_REASONS = ("unknown", "blacklisted", "locked", "wrong_pin")


class CardRefused(Rule, tag="card_refused", frozen=True):
    """A card is presented and refused for one of ``reasons`` (forged or unknown, blacklisted,
    locked, wrong PIN: what the identity service records)."""

    reasons: tuple[str, ...] = CARD_REASONS
    momentary: ClassVar[bool] = True


class MissingTag(Rule, tag="missing_tag", frozen=True):
    """A tag of one of ``tag_kinds`` (archive, asset...) not seen for ``minutes`` in a zone where it
    must be (its home zone)."""

    tag_kinds: tuple[str, ...] = ("archive", "asset")
    minutes: float = 30.0


class LowBattery(Rule, tag="low_battery", frozen=True):
    """A tag reports a battery at or below ``percent``."""

    percent: int = 20


READER_STATES = ("offline", "stale")


class ReaderFault(Rule, tag="reader_fault", frozen=True):
    """A reader goes ``offline`` (its link is down) or ``stale`` (connected, silent)."""

    states: tuple[str, ...] = READER_STATES


class VipArrival(Rule, tag="vip_arrival", frozen=True):
    """A VIP customer's tag enters one of ``zones`` or a zone of one of ``zone_kinds``: information
    for the relationship manager and the branch managers; no acknowledgment."""

    zones: tuple[str, ...] = ()
    zone_kinds: tuple[str, ...] = ("gate",)
    momentary: ClassVar[bool] = True


class ServiceAlarm(Rule, tag="service", frozen=True, kw_only=True):
    """Raised by another service through the alarm API (``source``, e.g. ``vault.handover``): the
    vault handover, e-lock and SLA-breach alarms of later issues."""

    source: str
    momentary: ClassVar[bool] = True


AnyRule = (
    RestrictedEntry
    | UnknownTag
    | AssetExit
    | Tamper
    | CardRefused
    | MissingTag
    | LowBattery
    | ReaderFault
    | VipArrival
    | ServiceAlarm
)
KINDS: tuple[str, ...] = tuple(
    str(t.__struct_config__.tag)
    for t in (
        RestrictedEntry,
        UnknownTag,
        AssetExit,
        Tamper,
        CardRefused,
        MissingTag,
        LowBattery,
        ReaderFault,
        VipArrival,
        ServiceAlarm,
    )
)


class _Document(msgspec.Struct, forbid_unknown_fields=True):
    rules: list[AnyRule]


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]

    def by_code(self, code: str) -> Rule | None:
        return next((r for r in self.rules if r.code == code), None)

    def of_kind(self, kind: str) -> list[Rule]:
        return [r for r in self.rules if r.kind == kind]

    def to_json(self) -> str:
        return msgspec.json.encode({"rules": list(self.rules)}).decode()

    def zones_named(self) -> list[tuple[str, str]]:
        """(field, zone code) of every zone the rules name, for the service to check they exist."""
        out = []
        for i, rule in enumerate(self.rules):
            for name in ("zones", "exits"):
                for j, zone in enumerate(getattr(rule, name, ())):
                    out.append((f"rules[{i}].{name}[{j}]", zone))
        return out


_decoder = msgspec.json.Decoder(_Document)
_PATH = re.compile(r"`\$\.?(?P<path>[^`]*)`")
_NAMED = re.compile(r"(?:unknown|required) field `(?P<name>[^`]+)`")


def parse_rules(text: str | bytes) -> RuleSet:
    """The rule set in ``text``, or ``RuleError`` naming the first broken field."""
    try:
        doc = _decoder.decode(text)
    except msgspec.ValidationError as e:
        message = str(e)
        found = _PATH.search(message)
        field = found.group("path") if found else ""
        named = _NAMED.search(message)  # the field itself, where msgspec names it
        if named:
            field = f"{field}.{named.group('name')}" if field else named.group("name")
        if "unknown field" in message:
            problem = "unknown_field"
        elif "missing required field" in message:
            problem = "required"
        elif "Invalid value" in message and field.endswith("kind"):
            problem = "choice"
        else:
            problem = "type"
        raise RuleError(message, field=field, problem=problem) from e
    except msgspec.DecodeError as e:
        raise RuleError(f"not JSON: {e}", field="", problem="json") from e
    if len(doc.rules) > MAX_RULES:
        raise RuleError(f"at most {MAX_RULES} rules", field="rules", problem="too_many")
    seen: set[str] = set()
    for i, rule in enumerate(doc.rules):
        _check(rule, f"rules[{i}]")
        if rule.code in seen:
            raise RuleError(
                f"rule code {rule.code} is used twice", field=f"rules[{i}].code", problem="duplicate"
            )
        seen.add(rule.code)
    return RuleSet(tuple(doc.rules))


def _check(rule: Rule, at: str) -> None:
    def fail(field: str, message: str, problem: str) -> None:
        raise RuleError(f"{at}.{field}: {message}", field=f"{at}.{field}", problem=problem)

    if not CODE.match(rule.code):
        fail("code", "upper-case letters, digits and _, at most 32, starting with a letter", "format")
    for name in ("name_zh", "name_en"):
        if not getattr(rule, name).strip() or len(getattr(rule, name)) > 128:
            fail(name, "a name of 1-128 characters", "required")
    if rule.priority not in tuple(Priority):
        fail("priority", "1 (highest) to 4 (lowest), or 5 (information)", "range")
    if not 0 <= rule.on_delay_s <= MAX_DELAY_S:
        fail("on_delay_s", f"0 to {MAX_DELAY_S:.0f} seconds", "range")
    if not 1 <= rule.count <= 1000:
        fail("count", "1 to 1000", "range")
    if not 0 <= rule.count_window_s <= MAX_DELAY_S:
        fail("count_window_s", f"0 to {MAX_DELAY_S:.0f} seconds", "range")
    if rule.count > 1 and rule.count_window_s <= 0:
        fail("count_window_s", "a count of more than 1 needs a window", "required")
    if rule.momentary and rule.on_delay_s > 0:
        fail("on_delay_s", "an event does not persist: use the count filter instead", "not_applicable")
    for name in ("guidance_zh", "guidance_en"):
        if len(getattr(rule, name)) > MAX_TEXT:
            fail(name, f"at most {MAX_TEXT} characters", "too_long")
    if rule.priority == Priority.INFO and (rule.latching or rule.escalate_to):
        fail("priority", "information needs no acknowledgment: not latched, not escalated", "not_applicable")
    if len(rule.escalate_to) > 64:
        fail("escalate_to", "a role code or a user name", "format")
    if rule.schedule is not None:
        sch = rule.schedule
        if not sch.days or any(d not in range(1, 8) for d in sch.days) or len(set(sch.days)) != len(sch.days):
            fail("schedule.days", "weekdays 1 (Monday) to 7 (Sunday), each once", "range")
        for name in ("start", "end"):
            if not CLOCK.match(getattr(sch, name)):
                fail(f"schedule.{name}", "a time HH:MM (00:00 to 24:00)", "format")
        if sch.start >= sch.end:
            fail("schedule.end", "after the start", "order")
    if isinstance(rule, AssetExit):
        if not rule.exits and not rule.exit_kinds:
            fail("exits", "at least one exit zone, or a kind of zone", "required")
        if not 0 < rule.window_s <= 300:
            fail("window_s", "1 to 300 seconds", "range")
    if isinstance(rule, CardRefused) and (not rule.reasons or set(rule.reasons) - set(CARD_REASONS)):
        fail("reasons", f"some of {', '.join(CARD_REASONS)}", "choice")
    if isinstance(rule, ReaderFault) and (not rule.states or set(rule.states) - set(READER_STATES)):
        fail("states", f"some of {', '.join(READER_STATES)}", "choice")
    if isinstance(rule, MissingTag):
        if not 1 <= rule.minutes <= 7 * 24 * 60:
            fail("minutes", "1 minute to 7 days", "range")
        if not rule.tag_kinds or set(rule.tag_kinds) - {"person", "asset", "cashbox", "archive", "vip"}:
            fail("tag_kinds", "some of person, asset, cashbox, archive, vip", "choice")
    if isinstance(rule, LowBattery) and not 1 <= rule.percent <= 99:
        fail("percent", "1 to 99", "range")
    if isinstance(rule, ServiceAlarm) and not re.match(r"^[a-z][a-z0-9_.]{0,63}$", rule.source):
        fail("source", "a service's name, e.g. vault.handover", "format")
    for name in ("zones", "exits", "zone_kinds", "exit_kinds"):
        zones = getattr(rule, name, ())
        if len(set(zones)) != len(zones):
            fail(name, "each zone once", "duplicate")
    for name in ("zone_kinds", "exit_kinds"):
        for j, kind in enumerate(getattr(rule, name, ())):
            if not ZONE_KIND.match(kind):
                fail(f"{name}[{j}]", "a kind of zone (vault, gate ...)", "format")
