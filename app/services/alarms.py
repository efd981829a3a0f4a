"""Alarms: the one API every other part raises alarms through, the operators' transitions, and the
rule set. Any thread (a worker's, the server's call threads, the leader's jobs).

- **Raising** (``condition``, ``raise_``, ``return_to_normal``; not remote, no actor): called inside
  the caller's transaction by whatever saw the condition: the alarm engine for tracking events, the
  identity service for a refused card, later the vault handover, e-locks and SLA checks. The rule
  in force (``rule_code``) gives the priority, latching and guidance; a disabled or unknown rule
  raises nothing. At most one alarm per (rule, key) is open (the database's partial unique index
  ``ux_alarms_open``): raising an open one counts it up (``count``, ``last_at``) instead. The rule's
  schedule, on-delay and count filter are applied before this, by the engine (``app.alarms``).
- **Operators' transitions** (``acknowledge``, ``clear``, ``shelve``, ``unshelve``,
  ``remove_from_service``, ``return_to_service``; remote, ``alarm.work``): each names the alarms
  with the revision the operator saw (``AlarmRef``) and is a compare-and-set on it (``UPDATE ...
  WHERE id = :id AND rev = :rev``), one per alarm: of two operators acknowledging the same alarm
  exactly one wins, and the other is told who did and when ("already acknowledged by 张三 at
  10:42"). An acknowledgment acknowledges exactly the alarms named, never another behind them.
  A count going up does not change the revision (a chattering alarm can still be acknowledged);
  every transition does.
- **Every transition** is written to the journal (``alarm_journal``) and the audit log, with its
  ``Change`` for the other workstations, in the transaction that makes it: committed before shown.
- **Rules** (``rules_in_force``, ``save_rules``; ``alarm.admin``): versioned like the authorization
  policy; a save takes effect at once; a broken rule is refused with the field named.
- **Timers** (``expire_shelves``): the leader's job; a shelved alarm whose time is up comes back.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.alarms import lifecycle
from app.alarms.lifecycle import OPEN_STATES, AlarmState, NotAllowed, Position, Priority, Transition
from app.alarms.rules import Rule, RuleError, RuleSet, parse_rules
from app.clock import utcnow
from app.db.engine import Database
from app.db.models import Alarm, AlarmJournalEntry, AlarmRuleVersion, User, Zone
from app.errors import NotFound, ValidationError
from app.jobs import Job
from app.operations import Action, Change, Target, record
from app.paths import RESOURCES
from app.rbac import Permission, Principal, Role, system_principal
from app.remote import remote
from app.services.guard import authorize, authorize_any, require_reason

log = logging.getLogger(__name__)

SHIPPED_RULES = RESOURCES / "alarms" / "rules.json"
VIEWERS = frozenset({Permission.ALARM_WORK, Permission.SUPERVISE, Permission.AUDIT_READ})
SYSTEM = system_principal("system:alarms")
MIN_SHELVE = timedelta(minutes=1)
MAX_SHELVE = timedelta(hours=12)  # a shift: a shelved alarm never outlives the shift that shelved it
MAX_REFS = 500  # alarms in one acknowledgment
NOTE_MAX = 2000
KEY_MAX = 128

ACTIONS = {
    Transition.RAISED: Action.ALARM_RAISE,
    Transition.RETRIGGERED: Action.ALARM_RETRIGGER,
    Transition.RETURNED: Action.ALARM_RETURN,
    Transition.ACKNOWLEDGED: Action.ALARM_ACK,
    Transition.CLEARED: Action.ALARM_CLEAR,
    Transition.SHELVED: Action.ALARM_SHELVE,
    Transition.UNSHELVED: Action.ALARM_UNSHELVE,
    Transition.SHELVE_EXPIRED: Action.ALARM_SHELVE_EXPIRED,
    Transition.OUT_OF_SERVICE: Action.ALARM_OUT_OF_SERVICE,
    Transition.IN_SERVICE: Action.ALARM_IN_SERVICE,
    Transition.ESCALATED: Action.ALARM_ESCALATE,
}


@dataclass(frozen=True)
class AlarmRef:
    """An alarm as the operator saw it: its id and revision."""

    id: int
    rev: int


@dataclass(frozen=True)
class AlarmView:
    id: int
    rev: int
    rule_code: str
    rule_version: int
    kind: str
    key: str
    name_zh: str
    name_en: str
    priority: int
    state: str  # AlarmState
    returned: bool
    latching: bool
    zone: str
    subject: dict[str, Any]
    count: int
    raised_at: datetime
    last_at: datetime
    returned_at: datetime | None
    cleared_at: datetime | None
    ack_by: str
    ack_at: datetime | None
    ack_note: str
    shelved_until: datetime | None
    shelved_by: str
    shelve_reason: str
    out_of_service: bool
    oos_by: str
    oos_reason: str
    escalation_level: int
    guidance_zh: str
    guidance_en: str
    updated_at: datetime


@dataclass(frozen=True)
class JournalRow:
    at: datetime
    transition: str  # Transition
    state: str  # AlarmState after it
    actor: str  # empty: the system
    note: str


@dataclass(frozen=True)
class AlarmDetail:
    alarm: AlarmView
    journal: tuple[JournalRow, ...]


@dataclass(frozen=True)
class Refusal:
    """Why one alarm of an operator's transition was not changed. ``reason``: ``changed`` (another
    transition came first: ``by``, ``at`` and ``transition`` name it), ``state`` or
    ``condition_active`` (the transition does not apply), ``not_found``."""

    id: int
    reason: str
    message: str
    state: str = ""
    transition: str = ""
    by: str = ""
    at: datetime | None = None


@dataclass(frozen=True)
class Outcome:
    done: tuple[int, ...]
    refused: tuple[Refusal, ...]
    change: Change | None  # the last transition's (None: nothing changed)


@dataclass(frozen=True)
class RulesInForce:
    version: int  # 0: the shipped rules, before any version was saved
    rules_json: str
    saved_by: str = ""
    saved_at: datetime | None = None


class AlarmService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._rules_cache: tuple[int, RuleSet] | None = None

    # -- rules -------------------------------------------------------------------------------------
    def _rules(self, s: Session) -> tuple[int, RuleSet]:
        """The rule set in force (the newest version; parsed once per version)."""
        version = int(s.scalar(select(func.max(AlarmRuleVersion.version))) or 0)
        cached = self._rules_cache
        if cached is not None and cached[0] == version:
            return cached
        text = (
            s.scalar(select(AlarmRuleVersion.rules).where(AlarmRuleVersion.version == version))
            if version
            else None
        )
        rules = parse_rules(text if text is not None else SHIPPED_RULES.read_bytes())
        self._rules_cache = (version, rules)
        return version, rules

    @remote
    def rules_in_force(self, actor: Principal) -> RulesInForce:
        authorize_any(self.db, actor, VIEWERS | {Permission.ALARM_ADMIN}, "view the alarm rules")
        with self.db.read() as s:
            version, rules = self._rules(s)
            row = s.get(AlarmRuleVersion, version) if version else None
            if row is None:
                return RulesInForce(version, rules.to_json())
            return RulesInForce(version, rules.to_json(), row.created_by, row.created_at)

    @remote
    def save_rules(self, actor: Principal, rules_json: str, reason: str) -> Change:
        """A new version of the rule set, in force at once. Refused, with the field named, if a rule
        is broken or names a zone or escalation target that does not exist."""
        actor = authorize(self.db, actor, Permission.ALARM_ADMIN, "change the alarm rules")
        reason = require_reason(reason)
        try:
            rules = parse_rules(rules_json)
        except RuleError as e:
            raise ValidationError(str(e), field=e.field, problem=e.problem) from e
        try:
            with self.db.write() as s:
                self._check_names(s, rules)
                version = int(s.scalar(select(func.max(AlarmRuleVersion.version))) or 0) + 1
                s.add(
                    AlarmRuleVersion(
                        version=version, rules=rules.to_json(), created_by=actor.username, reason=reason
                    )
                )
                s.flush()
                return record(
                    s,
                    actor,
                    Action.ALARM_RULES,
                    Target.ALARM_RULES,
                    version,
                    reason=reason,
                    after={"version": version, "rules": [r.code for r in rules.rules]},
                )
        except IntegrityError as e:  # another administrator saved the same version number first
            raise ValidationError(
                "the alarm rules were just saved elsewhere; reload them and save again",
                field="version",
                problem="conflict",
            ) from e

    @staticmethod
    def _check_names(s: Session, rules: RuleSet) -> None:
        named = rules.zones_named()
        if named:
            known = set(s.scalars(select(Zone.code).where(Zone.code.in_({code for _f, code in named}))))
            for field, code in named:
                if code not in known:
                    raise ValidationError(f"{field}: no zone {code}", field=field, problem="unknown_zone")
        roles = {r.value for r in Role}
        for i, rule in enumerate(rules.rules):
            target = rule.escalate_to
            if (
                target
                and target not in roles
                and s.scalar(select(User.id).where(User.username == target)) is None
            ):
                raise ValidationError(
                    f"rules[{i}].escalate_to: no role or user {target}",
                    field=f"rules[{i}].escalate_to",
                    problem="unknown_target",
                )

    # -- raising (other services, the engine; inside the caller's transaction) --------------------
    def condition(
        self,
        s: Session,
        rule_code: str,
        key: str,
        present: bool,
        *,
        subject: dict[str, Any] | None = None,
        zone: str = "",
        at: datetime | None = None,
    ) -> AlarmView | None:
        """The condition ``key`` of rule ``rule_code`` is present, or back to normal; the alarm as
        it now stands, or None if nothing changed (no open alarm to return, a disabled or unknown
        rule). A momentary rule's condition (an event) is raised and returned at once."""
        if not key or len(key) > KEY_MAX:
            raise ValidationError(f"an alarm key is 1-{KEY_MAX} characters", field="key", problem="format")
        version, rules = self._rules(s)
        rule = rules.by_code(rule_code)
        if rule is None or not rule.enabled:
            if rule is None:
                log.warning("no alarm rule %s in force: %s not raised", rule_code, key)
            return None
        now = at or utcnow()
        # locked: an operator's compare-and-set on the same alarm waits, or is waited for, so a return
        # to normal is worked out from the state an acknowledgment left, never over it
        row = s.scalars(
            select(Alarm)
            .where(Alarm.rule_code == rule_code, Alarm.key == key, Alarm.state.in_(OPEN_STATES))
            .with_for_update()
        ).first()
        if row is None:
            if not present:
                return None
            row = self._insert(s, rule, version, key, subject or {}, zone, now)
            if row is not None:
                return self._view(row, rule)
            row = s.scalars(  # raised by another transaction at the same moment: count it there
                select(Alarm)
                .where(Alarm.rule_code == rule_code, Alarm.key == key, Alarm.state.in_(OPEN_STATES))
                .with_for_update()
            ).one()
        at_pos = Position(AlarmState(row.state), row.returned)
        moved = self._moved(rule, at_pos, present)
        if moved is None:
            return None
        transition, pos = moved
        changed = (pos.state, pos.returned) != (at_pos.state, at_pos.returned)
        values: dict[str, Any] = {}
        if present:
            values.update(count=Alarm.count + 1, last_at=now)
            if subject:
                values["subject"] = _subject_json(subject)
        if changed:
            values.update(state=pos.state, returned=pos.returned, rev=Alarm.rev + 1, updated_at=utcnow())
            if pos.returned and not at_pos.returned:
                values["returned_at"] = now
            if pos.state == AlarmState.CLEARED:
                values["cleared_at"] = now
        if not values:
            return None
        s.execute(
            update(Alarm)
            .where(Alarm.id == row.id)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        s.refresh(row)
        if changed:  # a transition of its state; a count going up is none
            self._journal(s, SYSTEM, row, transition, "", {"key": key, "count": row.count})
        return self._view(row, rule)

    @staticmethod
    def _moved(rule: Rule, at: Position | None, present: bool) -> tuple[Transition, Position] | None:
        """``lifecycle.on_condition`` for this rule; an event (a momentary rule) is over as soon as it
        happened, so its raise is followed by its return at once."""
        needs_ack = rule.priority != Priority.INFO
        moved = lifecycle.on_condition(at, present, latching=rule.latching, needs_ack=needs_ack)
        if moved is not None and present and rule.momentary:
            again = lifecycle.on_condition(moved[1], False, latching=rule.latching, needs_ack=needs_ack)
            if again is not None:
                moved = (moved[0], again[1])
        return moved

    def raise_(
        self,
        s: Session,
        rule_code: str,
        key: str,
        *,
        subject: dict[str, Any] | None = None,
        zone: str = "",
        at: datetime | None = None,
    ) -> AlarmView | None:
        return self.condition(s, rule_code, key, True, subject=subject, zone=zone, at=at)

    def return_to_normal(
        self, s: Session, rule_code: str, key: str, *, at: datetime | None = None
    ) -> AlarmView | None:
        return self.condition(s, rule_code, key, False, at=at)

    def _insert(
        self,
        s: Session,
        rule: Rule,
        version: int,
        key: str,
        subject: dict[str, Any],
        zone: str,
        now: datetime,
    ) -> Alarm | None:
        """A new open alarm (None: another transaction opened the same one first)."""
        moved = self._moved(rule, None, True)
        state, returned = (moved[1].state, moved[1].returned) if moved else (AlarmState.ACTIVE_UNACKED, False)
        row = Alarm(
            rule_code=rule.code,
            rule_version=version,
            kind=rule.kind,
            key=key,
            priority=rule.priority,
            state=state,
            returned=returned,
            zone=zone[:32],
            subject=_subject_json(subject),
            count=1,
            raised_at=now,
            last_at=now,
            returned_at=now if returned else None,
            cleared_at=now if state == AlarmState.CLEARED else None,
            ack_by="",
            ack_note="",
            shelved_by="",
            shelve_reason="",
            out_of_service=False,
            oos_by="",
            oos_reason="",
            escalation_level=0,
            updated_at=utcnow(),
            rev=1,
        )
        try:
            with s.begin_nested():
                s.add(row)
                s.flush()
        except IntegrityError:
            return None
        self._journal(s, SYSTEM, row, Transition.RAISED, "", {"key": key, "rule": rule.code, "zone": zone})
        return row

    # -- operators' transitions ----------------------------------------------------------------------
    @remote
    def acknowledge(self, actor: Principal, refs: Sequence[AlarmRef], note: str = "") -> Outcome:
        """Acknowledge exactly these alarms, each as the operator saw it. The note is required for
        priorities 1 and 2 (an alarm of those priorities without one is refused, the others go on)."""
        actor = authorize(self.db, actor, Permission.ALARM_WORK, "acknowledge alarms")
        note = _note(note)

        def apply(row: Alarm, rule: Rule | None) -> dict[str, Any]:
            if Priority(row.priority).needs_note and not note:
                raise NotAllowed("an alarm of priority 1 or 2 is acknowledged with a note", "note_required")
            latching = rule.latching if rule is not None else False
            pos = lifecycle.acknowledge(Position(AlarmState(row.state), row.returned), latching=latching)
            values: dict[str, Any] = {
                "state": pos.state,
                "ack_by": actor.username,
                "ack_at": utcnow(),
                "ack_note": note,
            }
            if pos.state == AlarmState.CLEARED:
                values["cleared_at"] = utcnow()
            return values

        return self._operate(actor, refs, Transition.ACKNOWLEDGED, note, apply)

    @remote
    def clear(self, actor: Principal, ref: AlarmRef, note: str = "") -> Outcome:
        """Clear (reset) an acknowledged alarm whose condition is over: a latched alarm, or a
        resolved event."""
        actor = authorize(self.db, actor, Permission.ALARM_WORK, "clear an alarm")
        note = _note(note)

        def apply(row: Alarm, _rule: Rule | None) -> dict[str, Any]:
            lifecycle.clear(Position(AlarmState(row.state), row.returned))
            return {"state": AlarmState.CLEARED, "cleared_at": utcnow()}

        return self._operate(actor, [ref], Transition.CLEARED, note, apply)

    @remote
    def shelve(self, actor: Principal, ref: AlarmRef, minutes: int, reason: str) -> Outcome:
        """Take an alarm out of the working queue, silenced, for ``minutes`` (1 to 720): it comes back
        by itself when the time is up (``expire_shelves``)."""
        actor = authorize(self.db, actor, Permission.ALARM_WORK, "shelve an alarm")
        reason = _reason(reason)
        span = timedelta(minutes=minutes)
        if not MIN_SHELVE <= span <= MAX_SHELVE:
            raise ValidationError(
                f"an alarm is shelved for {_minutes(MIN_SHELVE)} to {_minutes(MAX_SHELVE)} minutes",
                field="minutes",
                problem="range",
            )

        def apply(row: Alarm, _rule: Rule | None) -> dict[str, Any]:
            _require_open(row)
            if row.shelved_until is not None:
                raise NotAllowed("the alarm is shelved already", "state")
            return {"shelved_until": utcnow() + span, "shelved_by": actor.username, "shelve_reason": reason}

        return self._operate(actor, [ref], Transition.SHELVED, reason, apply)

    @remote
    def unshelve(self, actor: Principal, ref: AlarmRef, reason: str = "") -> Outcome:
        actor = authorize(self.db, actor, Permission.ALARM_WORK, "unshelve an alarm")
        reason = _note(reason)

        def apply(row: Alarm, _rule: Rule | None) -> dict[str, Any]:
            if row.shelved_until is None:
                raise NotAllowed("the alarm is not shelved", "state")
            return {"shelved_until": None}

        return self._operate(actor, [ref], Transition.UNSHELVED, reason, apply)

    @remote
    def remove_from_service(self, actor: Principal, ref: AlarmRef, reason: str) -> Outcome:
        """Take an alarm's condition out of service (a reader under maintenance): silenced and out
        of the working queue until it is returned to service."""
        actor = authorize(self.db, actor, Permission.ALARM_WORK, "take an alarm out of service")
        reason = _reason(reason)

        def apply(row: Alarm, _rule: Rule | None) -> dict[str, Any]:
            _require_open(row)
            if row.out_of_service:
                raise NotAllowed("the alarm is out of service already", "state")
            return {"out_of_service": True, "oos_by": actor.username, "oos_reason": reason}

        return self._operate(actor, [ref], Transition.OUT_OF_SERVICE, reason, apply)

    @remote
    def return_to_service(self, actor: Principal, ref: AlarmRef, reason: str = "") -> Outcome:
        actor = authorize(self.db, actor, Permission.ALARM_WORK, "return an alarm to service")
        reason = _note(reason)

        def apply(row: Alarm, _rule: Rule | None) -> dict[str, Any]:
            if not row.out_of_service:
                raise NotAllowed("the alarm is in service", "state")
            return {"out_of_service": False}

        return self._operate(actor, [ref], Transition.IN_SERVICE, reason, apply)

    def _operate(
        self,
        actor: Principal,
        refs: Sequence[AlarmRef],
        transition: Transition,
        note: str,
        apply: Callable[[Alarm, Rule | None], dict[str, Any]],
    ) -> Outcome:
        """One compare-and-set per alarm, all in one transaction; each refusal is explained."""
        if not refs or len(refs) > MAX_REFS:
            raise ValidationError(f"name 1 to {MAX_REFS} alarms", field="alarms", problem="range")
        done: list[int] = []
        refused: list[Refusal] = []
        change: Change | None = None
        with self.db.write() as s:
            _version, rules = self._rules(s)
            for ref in dict.fromkeys(refs):  # each alarm once, in the order given
                row = s.get(Alarm, ref.id)
                if row is None:
                    refused.append(Refusal(ref.id, "not_found", f"no alarm {ref.id}"))
                    continue
                if row.rev != ref.rev:
                    refused.append(self._overtaken(s, row))
                    continue
                try:
                    values = apply(row, rules.by_code(row.rule_code))
                except NotAllowed as e:
                    refused.append(Refusal(row.id, e.reason, str(e), state=row.state))
                    continue
                won = s.execute(
                    update(Alarm)
                    .where(Alarm.id == ref.id, Alarm.rev == ref.rev)
                    .values(**values, rev=Alarm.rev + 1, updated_at=utcnow())
                    .execution_options(synchronize_session=False)
                )
                if (
                    int(getattr(won, "rowcount", 0) or 0) != 1
                ):  # another transaction changed it meanwhile (PostgreSQL waited for it)
                    s.expire(row)
                    refused.append(self._overtaken(s, row))
                    continue
                s.refresh(row)
                change = self._journal(s, actor, row, transition, note, {"rev": row.rev})
                done.append(row.id)
        return Outcome(tuple(done), tuple(refused), change)

    @staticmethod
    def _overtaken(s: Session, row: Alarm) -> Refusal:
        """The refusal of a transition that came second: who made the one that came first, and when."""
        last = s.scalars(
            select(AlarmJournalEntry)
            .where(AlarmJournalEntry.alarm_id == row.id)
            .order_by(AlarmJournalEntry.id.desc())
            .limit(1)
        ).first()
        by = (last.actor_name if last is not None else "") or "system"
        what = last.transition if last is not None else ""
        at = last.at if last is not None else row.updated_at
        return Refusal(
            row.id,
            "changed",
            f"alarm {row.id} was already {what or 'changed'} by {by} at {at.isoformat(timespec='seconds')}",
            state=row.state,
            transition=what,
            by=by,
            at=at,
        )

    # -- the leader's timers ---------------------------------------------------------------------
    def jobs(self) -> list[Job]:
        """What the job leader runs for alarms: the suite server's leader in a shared deployment,
        the app process in embedded mode (``app.jobs``)."""
        return [Job("alarm shelves", 1.0, self.expire_shelves)]

    def expire_shelves(self, *, now: datetime | None = None) -> int:
        """Shelved alarms whose time is up come back to the queue (journaled, audited); how many."""
        now = now or utcnow()
        due = select(Alarm.id).where(Alarm.shelved_until.is_not(None), Alarm.shelved_until <= now).limit(1)
        with self.db.read() as s:  # every second on the leader: a write transaction only when one is due
            if s.scalar(due) is None:
                return 0
        with self.db.write() as s:
            rows = s.scalars(
                select(Alarm)
                .where(Alarm.shelved_until.is_not(None), Alarm.shelved_until <= now)
                .with_for_update()
            ).all()
            for row in rows:
                row.shelved_until = None
                row.rev += 1
                row.updated_at = utcnow()
                s.flush()
                self._journal(s, SYSTEM, row, Transition.SHELVE_EXPIRED, "", {"shelved_by": row.shelved_by})
        return len(rows)

    # -- reads -----------------------------------------------------------------------------------------
    @remote
    def open_alarms(self, actor: Principal) -> list[AlarmView]:
        """Every open alarm, shelved and out-of-service ones too (the queue filters them)."""
        authorize_any(self.db, actor, VIEWERS, "view the alarms")
        with self.db.read() as s:
            _version, rules = self._rules(s)
            rows = s.scalars(select(Alarm).where(Alarm.state.in_(OPEN_STATES)).order_by(Alarm.id)).all()
            return [self._view(row, rules.by_code(row.rule_code)) for row in rows]

    @remote
    def detail(self, actor: Principal, alarm_id: int) -> AlarmDetail:
        """One alarm and its journal, oldest first."""
        authorize_any(self.db, actor, VIEWERS, "view an alarm")
        with self.db.read() as s:
            row = s.get(Alarm, alarm_id)
            if row is None:
                raise NotFound(f"no alarm {alarm_id}")
            _version, rules = self._rules(s)
            journal = s.scalars(
                select(AlarmJournalEntry)
                .where(AlarmJournalEntry.alarm_id == alarm_id)
                .order_by(AlarmJournalEntry.id)
            ).all()
            return AlarmDetail(
                self._view(row, rules.by_code(row.rule_code)),
                tuple(JournalRow(j.at, j.transition, j.state, j.actor_name, j.note) for j in journal),
            )

    # -- helpers ---------------------------------------------------------------------------------------
    @staticmethod
    def _journal(
        s: Session, actor: Principal, row: Alarm, transition: Transition, note: str, detail: dict[str, Any]
    ) -> Change:
        """The transition in the journal and the audit log (and its Change on the push stream)."""
        s.add(
            AlarmJournalEntry(
                alarm_id=row.id,
                at=utcnow(),
                transition=transition,
                state=row.state,
                actor_id=actor.user_id,
                actor_name="" if actor.system else actor.username,
                note=note,
            )
        )
        return record(
            s,
            actor,
            ACTIONS[transition],
            Target.ALARM,
            row.id,
            reason=note,
            after={
                "rule": row.rule_code,
                "key": row.key,
                "state": row.state,
                "returned": row.returned,
                **detail,
            },
            detail={"state": row.state, "rev": row.rev, "priority": row.priority},
        )

    @staticmethod
    def _view(row: Alarm, rule: Rule | None) -> AlarmView:
        return AlarmView(
            row.id,
            row.rev,
            row.rule_code,
            row.rule_version,
            row.kind,
            row.key,
            rule.name_zh if rule is not None else row.rule_code,
            rule.name_en if rule is not None else row.rule_code,
            row.priority,
            row.state,
            row.returned,
            rule.latching if rule is not None else False,
            row.zone,
            json.loads(row.subject or "{}"),
            row.count,
            row.raised_at,
            row.last_at,
            row.returned_at,
            row.cleared_at,
            row.ack_by,
            row.ack_at,
            row.ack_note,
            row.shelved_until,
            row.shelved_by,
            row.shelve_reason,
            row.out_of_service,
            row.oos_by,
            row.oos_reason,
            row.escalation_level,
            rule.guidance_zh if rule is not None else "",
            rule.guidance_en if rule is not None else "",
            row.updated_at,
        )


def _minutes(span: timedelta) -> int:
    return int(span.total_seconds()) // 60


def _require_open(row: Alarm) -> None:
    if row.state not in OPEN_STATES:
        raise NotAllowed(f"the alarm is {row.state}", "state")


def _note(note: str) -> str:
    note = note.strip()
    if len(note) > NOTE_MAX:
        raise ValidationError(f"a note of at most {NOTE_MAX} characters", field="note", problem="too_long")
    return note


def _reason(reason: str) -> str:
    return _note(require_reason(reason))


def _subject_json(subject: dict[str, Any]) -> str:
    return json.dumps(subject, ensure_ascii=False, sort_keys=True, default=str)
