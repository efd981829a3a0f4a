"""Alarms: the ISA-18.2 lifecycle, the rule set and its checks, and the alarm service's raising API
and operators' transitions (compare-and-set, journal, audit, shelving expiry, permissions), called
directly as a script would."""

from __future__ import annotations

import json
import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app import audit
from app.alarms import lifecycle
from app.alarms.lifecycle import AlarmState, NotAllowed, Position, Transition
from app.alarms.rules import RuleError, parse_rules
from app.audit import AuditQuery
from app.db.base import utcnow
from app.db.models import Alarm, AlarmJournalEntry
from app.errors import PermissionDenied, ValidationError
from app.rbac import Principal, Role, system_principal
from app.services import Services
from app.services.alarms import SHIPPED_RULES, AlarmRef, AlarmView

ROOT = system_principal("test")
PW = "Str0ng!pass"
A, AA, R, C = AlarmState.ACTIVE_UNACKED, AlarmState.ACTIVE_ACKED, AlarmState.RTN_UNACKED, AlarmState.CLEARED


def user(services: Services, name: str, *roles: Role) -> Principal:
    services.identity.create_user(ROOT, name, name, PW, list(roles), reason="test")
    return services.identity.authenticate(name, PW)


def raise_(services: Services, code: str, key: str, present: bool = True, **kw: object) -> AlarmView | None:
    with services.db.write() as s:
        return services.alarms.condition(s, code, key, present, **kw)  # type: ignore[arg-type]


def ref(view: AlarmView) -> AlarmRef:
    return AlarmRef(view.id, view.rev)


def audited(services: Services, prefix: str) -> list[audit.AuditRecord]:
    with services.db.read() as s:
        return audit.query(s, AuditQuery(action_prefix=prefix))[0]


def current(services: Services, alarm_id: int) -> AlarmView:
    return services.alarms.detail(ROOT, alarm_id).alarm


def journal(services: Services, alarm_id: int) -> list[tuple[str, str, str]]:
    return [(j.transition, j.state, j.actor) for j in services.alarms.detail(ROOT, alarm_id).journal]


# -- the lifecycle, pure ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("at", "present", "latching", "expected"),
    [
        (None, True, False, (Transition.RAISED, Position(A, False))),
        (None, False, False, None),
        (Position(C, True), True, False, (Transition.RAISED, Position(A, False))),
        (Position(A, False), True, False, (Transition.RETRIGGERED, Position(A, False))),
        (Position(R, True), True, False, (Transition.RETRIGGERED, Position(A, False))),
        (Position(A, False), False, False, (Transition.RETURNED, Position(R, True))),
        (Position(AA, False), False, False, (Transition.RETURNED, Position(C, True))),
        (Position(A, False), False, True, (Transition.RETURNED, Position(A, True))),  # latched: stays
        (Position(AA, False), False, True, (Transition.RETURNED, Position(AA, True))),
        (Position(R, True), False, False, None),  # returned already
    ],
)
def test_the_condition_moves_an_alarm_as_isa_18_2_says(at, present, latching, expected) -> None:  # type: ignore[no-untyped-def]
    assert lifecycle.on_condition(at, present, latching=latching) == expected


def test_information_needs_no_acknowledgment_and_operators_transitions_follow_the_state() -> None:
    assert lifecycle.on_condition(Position(A, False), False, latching=False, needs_ack=False) == (
        Transition.RETURNED,
        Position(C, True),
    )
    assert lifecycle.acknowledge(Position(A, False), latching=False) == Position(AA, False)
    assert lifecycle.acknowledge(Position(R, True), latching=False) == Position(C, True)
    assert lifecycle.acknowledge(Position(A, True), latching=True) == Position(AA, True)  # then cleared
    with pytest.raises(NotAllowed):
        lifecycle.acknowledge(Position(AA, False), latching=False)
    assert lifecycle.clear(Position(AA, True)) == Position(C, True)
    with pytest.raises(NotAllowed) as still:
        lifecycle.clear(Position(AA, False))
    assert still.value.reason == "condition_active"
    with pytest.raises(NotAllowed):
        lifecycle.clear(Position(A, True))  # acknowledged first


# -- rules ------------------------------------------------------------------------------------------
def rule(**fields: object) -> dict[str, object]:
    return {"kind": "tamper", "code": "T", "name_zh": "拆", "name_en": "Tamper", **fields}


def doc(*rules: dict[str, object]) -> str:
    return json.dumps({"rules": list(rules)})


def test_the_shipped_rules_cover_every_kind_of_the_issue() -> None:
    rules = parse_rules(SHIPPED_RULES.read_bytes())
    kinds = {r.kind for r in rules.rules}
    assert kinds >= {
        "restricted_entry",
        "unknown_tag",
        "asset_exit",
        "tamper",
        "card_refused",
        "missing_tag",
        "low_battery",
        "reader_fault",
        "vip_arrival",
    }
    card = {reason for r in rules.of_kind("card_refused") for reason in r.reasons}  # type: ignore[attr-defined]
    assert card == {"unknown", "blacklisted", "locked", "wrong_pin"}
    assert all(r.guidance_zh and r.guidance_en for r in rules.rules)
    assert len({r.priority for r in rules.rules}) >= 4


@pytest.mark.parametrize(
    ("broken", "field", "problem"),
    [
        (rule(priority=7), "rules[0].priority", "range"),
        (rule(priority="high"), "rules[0].priority", "type"),
        (rule(kind="volcano"), "rules[0].kind", "choice"),
        (rule(colour="red"), "rules[0].colour", "unknown_field"),
        (rule(count=3), "rules[0].count_window_s", "required"),
        (rule(on_delay_s=5), "rules[0].on_delay_s", "not_applicable"),  # an event does not persist
        (rule(code="lower"), "rules[0].code", "format"),
        (rule(name_zh=" "), "rules[0].name_zh", "required"),
        (rule(schedule={"days": [1, 8]}), "rules[0].schedule.days", "range"),
        (rule(schedule={"start": "18:00", "end": "08:00"}), "rules[0].schedule.end", "order"),
        (rule(schedule={"start": "25:00"}), "rules[0].schedule.start", "format"),
        (rule(priority=5, latching=True), "rules[0].priority", "not_applicable"),
        ({"kind": "asset_exit", "code": "X", "name_zh": "x", "name_en": "x"}, "rules[0].exits", "required"),
        (
            {"kind": "card_refused", "code": "X", "name_zh": "x", "name_en": "x", "reasons": ["rude"]},
            "rules[0].reasons",
            "choice",
        ),
        (
            {"kind": "reader_fault", "code": "X", "name_zh": "x", "name_en": "x", "states": []},
            "rules[0].states",
            "choice",
        ),
        ({"kind": "service", "code": "X", "name_zh": "x", "name_en": "x"}, "rules[0].source", "required"),
    ],
)
def test_a_broken_rule_is_refused_naming_its_field(
    broken: dict[str, object], field: str, problem: str
) -> None:
    with pytest.raises(RuleError) as e:
        parse_rules(doc(broken))
    assert (e.value.field, e.value.problem) == (field, problem)


def test_two_rules_with_one_code_are_refused() -> None:
    with pytest.raises(RuleError) as e:
        parse_rules(doc(rule(), rule()))
    assert (e.value.field, e.value.problem) == ("rules[1].code", "duplicate")


# -- the service ------------------------------------------------------------------------------------
def test_a_condition_raises_one_alarm_counted_up_returned_and_acknowledged(services: Services) -> None:
    op = user(services, "op1", Role.OPERATOR)
    first = raise_(services, "READER_OFFLINE", "reader:R1", subject={"reader": "R1"}, zone="BR01-HALL")
    assert first is not None and (first.state, first.returned, first.count) == (A, False, 1)
    assert (first.name_zh, first.priority, first.subject) == ("读卡器离线", 2, {"reader": "R1"})
    again = raise_(services, "READER_OFFLINE", "reader:R1")
    assert again is not None and (again.id, again.count, again.rev) == (
        first.id,
        2,
        first.rev,
    )  # only counted
    back = raise_(services, "READER_OFFLINE", "reader:R1", present=False)
    assert back is not None and (back.state, back.returned) == (R, True) and back.rev == first.rev + 1
    done = services.alarms.acknowledge(op, [ref(back)], "cable back in")
    assert done.done == (first.id,) and not done.refused and done.change is not None
    after = current(services, first.id)
    assert (after.state, after.ack_by, after.ack_note) == (C, "op1", "cable back in")
    assert journal(services, first.id) == [
        (Transition.RAISED, A, ""),
        (Transition.RETURNED, R, ""),
        (Transition.ACKNOWLEDGED, C, "op1"),
    ]
    actions = [e.action for e in audited(services, "alarm.")]
    assert sorted(actions) == sorted(["alarm.raise", "alarm.return", "alarm.ack"])
    fresh = raise_(services, "READER_OFFLINE", "reader:R1")  # cleared is history: a new alarm
    assert fresh is not None and fresh.id != first.id and fresh.state == A


def test_a_latched_event_is_acknowledged_with_a_note_then_cleared(services: Services) -> None:
    op = user(services, "op1", Role.OPERATOR)
    entry = raise_(services, "VAULT_ENTRY", "tag:T9:BR01-VAULT", zone="BR01-VAULT")
    assert entry is not None and (entry.state, entry.returned, entry.latching) == (A, True, True)
    refused = services.alarms.acknowledge(op, [ref(entry)], "")
    assert refused.done == () and refused.refused[0].reason == "note_required"  # priority 1
    acked = services.alarms.acknowledge(op, [ref(entry)], "security called, CCTV pulled")
    assert acked.done == (entry.id,)
    view = current(services, entry.id)
    assert view.state == AA
    services.alarms.clear(op, ref(view), "visitor escorted out")
    assert current(services, entry.id).state == C


def test_an_alarm_whose_condition_is_still_there_is_not_cleared(services: Services) -> None:
    op = user(services, "op1", Role.OPERATOR)
    offline = raise_(services, "READER_OFFLINE", "reader:R2")
    assert offline is not None
    services.alarms.acknowledge(op, [ref(offline)], "maintenance called")
    view = current(services, offline.id)
    outcome = services.alarms.clear(op, ref(view), "")
    assert outcome.done == () and outcome.refused[0].reason == "condition_active"
    raise_(services, "READER_OFFLINE", "reader:R2", present=False)  # acknowledged and back: over
    assert current(services, offline.id).state == C


def test_of_two_operators_acknowledging_one_alarm_one_wins_and_the_other_is_told_who(
    services: Services,
) -> None:
    ops = [user(services, f"op{i}", Role.OPERATOR) for i in range(2)]
    alarm = raise_(services, "TAMPER", "tag:T1")
    assert alarm is not None
    barrier = threading.Barrier(2)
    outcomes = {}

    def work(op: Principal) -> None:
        barrier.wait()
        outcomes[op.username] = services.alarms.acknowledge(op, [ref(alarm)], "going there now")

    threads = [threading.Thread(target=work, args=(op,)) for op in ops]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    winners = [name for name, o in outcomes.items() if o.done == (alarm.id,)]
    losers = [o for o in outcomes.values() if not o.done]
    assert len(winners) == 1 and len(losers) == 1
    told = losers[0].refused[0]
    assert (told.reason, told.by, told.transition) == ("changed", winners[0], Transition.ACKNOWLEDGED)
    assert f"already acknowledged by {winners[0]} at" in told.message
    acks = [j for j in journal(services, alarm.id) if j[0] == Transition.ACKNOWLEDGED]
    assert len(acks) == 1


def test_acknowledging_one_alarm_never_acknowledges_another(services: Services) -> None:
    op = user(services, "op1", Role.OPERATOR)
    offline = raise_(services, "READER_OFFLINE", "reader:R3")
    stale = raise_(services, "READER_STALE", "reader:R3")  # the same reader, another condition
    assert offline is not None and stale is not None
    services.alarms.acknowledge(op, [ref(stale)], "")
    assert current(services, stale.id).state == AA
    assert current(services, offline.id).state == A


def test_an_alarm_that_changed_since_the_operator_looked_is_not_acknowledged_blind(
    services: Services,
) -> None:
    op = user(services, "op1", Role.OPERATOR)
    alarm = raise_(services, "READER_STALE", "reader:R4")
    returned = raise_(services, "READER_STALE", "reader:R4", present=False)
    assert alarm is not None and returned is not None and returned.state == R
    active_again = raise_(services, "READER_STALE", "reader:R4")  # back before anyone looked again
    assert active_again is not None and active_again.state == A
    stale_look = services.alarms.acknowledge(op, [ref(returned)], "")
    assert stale_look.done == () and stale_look.refused[0].reason == "changed"
    assert services.alarms.acknowledge(op, [ref(active_again)], "").done == (alarm.id,)


def test_a_shelved_alarm_comes_back_by_itself_when_its_time_is_up(services: Services) -> None:
    op = user(services, "op1", Role.OPERATOR)
    alarm = raise_(services, "LOW_BATTERY", "tag:T5")
    assert alarm is not None
    with pytest.raises(ValidationError) as no_reason:
        services.alarms.shelve(op, ref(alarm), 30, "  ")
    assert no_reason.value.params["field"] == "reason"
    with pytest.raises(ValidationError) as too_long:
        services.alarms.shelve(op, ref(alarm), 24 * 60, "battery ordered")
    assert too_long.value.params["field"] == "minutes"
    services.alarms.shelve(op, ref(alarm), 30, "battery ordered")
    shelved = current(services, alarm.id)
    assert shelved.shelved_by == "op1" and shelved.shelved_until is not None
    assert services.alarms.expire_shelves(now=utcnow() + timedelta(minutes=29)) == 0
    assert services.alarms.expire_shelves(now=utcnow() + timedelta(minutes=31)) == 1
    back = current(services, alarm.id)
    assert back.shelved_until is None and back.state == A
    assert [j[0] for j in journal(services, alarm.id)][-2:] == [Transition.SHELVED, Transition.SHELVE_EXPIRED]


def test_out_of_service_and_back(services: Services) -> None:
    op = user(services, "op1", Role.OPERATOR)
    alarm = raise_(services, "READER_OFFLINE", "reader:R5")
    assert alarm is not None
    services.alarms.remove_from_service(op, ref(alarm), "reader replaced today")
    view = current(services, alarm.id)
    assert view.out_of_service and view.oos_reason == "reader replaced today"
    twice = services.alarms.remove_from_service(op, ref(view), "again")
    assert twice.refused[0].reason == "state"
    services.alarms.return_to_service(op, ref(view), "")
    assert not current(services, alarm.id).out_of_service


def test_information_is_over_as_soon_as_it_is_raised(services: Services) -> None:
    vip = raise_(services, "VIP_ARRIVAL", "vip:7", subject={"name": "王先生"})
    assert vip is not None and vip.state == C
    assert journal(services, vip.id) == [(Transition.RAISED, C, "")]


def test_only_operators_work_alarms_and_only_rule_administrators_change_rules(services: Services) -> None:
    teller = user(services, "t1", Role.TELLER)
    op = user(services, "op1", Role.OPERATOR)
    admin = user(services, "adm", Role.ADMIN)
    alarm = raise_(services, "TAMPER", "tag:T6")
    assert alarm is not None
    with pytest.raises(PermissionDenied):
        services.alarms.acknowledge(teller, [ref(alarm)], "not mine to do")
    with pytest.raises(PermissionDenied):
        services.alarms.open_alarms(teller)
    with pytest.raises(PermissionDenied):
        services.alarms.save_rules(op, SHIPPED_RULES.read_text(encoding="utf-8"), "try")
    denied = [e for e in audited(services, "security.denied") if e.actor_name == "t1"]
    assert len(denied) == 2
    assert current(services, alarm.id).state == A
    assert [v.id for v in services.alarms.open_alarms(op)] == [alarm.id]
    assert services.alarms.rules_in_force(admin).version == 0


def test_a_saved_rule_set_is_in_force_at_once_and_broken_ones_are_refused_at_the_field(
    services: Services,
) -> None:
    admin = user(services, "adm", Role.ADMIN)
    shipped = json.loads(SHIPPED_RULES.read_text(encoding="utf-8"))
    for r in shipped["rules"]:
        if r["code"] == "LOW_BATTERY":
            r["enabled"] = False
    services.alarms.save_rules(admin, json.dumps(shipped), "batteries are checked by hand this month")
    assert services.alarms.rules_in_force(admin).version == 1
    assert raise_(services, "LOW_BATTERY", "tag:T7") is None  # disabled: nothing raised
    assert raise_(services, "NO_SUCH_RULE", "tag:T7") is None
    for r in shipped["rules"]:
        if r["code"] == "VAULT_ENTRY":
            r["zones"] = ["BR01-NOWHERE"]
    with pytest.raises(ValidationError) as zone:
        services.alarms.save_rules(admin, json.dumps(shipped), "typo")
    index = next(i for i, r in enumerate(shipped["rules"]) if r["code"] == "VAULT_ENTRY")
    assert zone.value.params == {"field": f"rules[{index}].zones[0]", "problem": "unknown_zone"}
    shipped["rules"][index]["zones"] = []
    shipped["rules"][index]["escalate_to"] = "nobody_by_that_name"
    with pytest.raises(ValidationError) as target:
        services.alarms.save_rules(admin, json.dumps(shipped), "typo")
    assert target.value.params["field"] == f"rules[{index}].escalate_to"
    shipped["rules"][index]["priority"] = 0
    with pytest.raises(ValidationError) as priority:
        services.alarms.save_rules(admin, json.dumps(shipped), "typo")
    assert priority.value.params["field"] == f"rules[{index}].priority"
    assert services.alarms.rules_in_force(admin).version == 1  # none of those was saved


def test_one_open_alarm_per_condition_even_when_raised_at_the_same_moment(services: Services) -> None:
    barrier = threading.Barrier(4)

    def work() -> None:
        barrier.wait()
        raise_(services, "UNKNOWN_TAG", "tag:FFFF")

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    with services.db.read() as s:
        rows = s.scalars(select(Alarm).where(Alarm.key == "tag:FFFF")).all()
        raised = s.scalar(
            select(func.count())
            .select_from(AlarmJournalEntry)
            .where(AlarmJournalEntry.transition == "raised")
        )
    assert len(rows) == 1 and rows[0].count == 4 and raised == 1
