"""An alarm's states and transitions, after ISA-18.2 / IEC 62682. Pure; any thread.

States (``AlarmState``, what ``alarms.state`` stores):
- ``active_unacked``: the condition is (or, latched, was) present and nobody has acknowledged it;
- ``active_acked``: acknowledged, the condition still present (or latched);
- ``rtn_unacked``: the condition returned to normal before anyone acknowledged it;
- ``cleared``: over. A cleared alarm is history: the same condition raises a new alarm.

What moves an alarm (``Transition``):
- the condition: ``raised`` (a new alarm), ``retriggered`` (present again while open: the count goes
  up; a returned, unacknowledged alarm becomes active again), ``returned`` (back to normal);
- an operator: ``acknowledged`` (with a note, required for priorities 1 and 2), ``cleared`` (the
  reset of a latched alarm, or the resolution of an acknowledged event, once the condition is
  normal), ``shelved`` / ``unshelved`` (out of the queue for a chosen time; ``shelve_expired`` when
  the time is up), ``out_of_service`` / ``in_service`` (a condition under maintenance);
- the leader's timers: ``escalated`` (unacknowledged past its priority's limit).

Latching is per rule. A latched alarm stays active after its condition returns, until an operator
acknowledges it and then clears it; an unlatched one follows the condition: acknowledged and
returned means cleared, returned unacknowledged waits in ``rtn_unacked`` for its acknowledgment.

Events without a "normal" of their own (a refused card, a stranger's entry, a removed tamper tag)
are *momentary*: raised and returned at once. Their rules are latched by default, so the operator
acknowledges and then resolves (clears) each.

Shelving and out of service do not change the state: they hide the alarm from the working queue and
silence it; the condition still moves it (a shelved alarm can return and clear by itself).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum


class AlarmState(StrEnum):
    ACTIVE_UNACKED = "active_unacked"
    ACTIVE_ACKED = "active_acked"
    RTN_UNACKED = "rtn_unacked"
    CLEARED = "cleared"


OPEN_STATES = (AlarmState.ACTIVE_UNACKED, AlarmState.ACTIVE_ACKED, AlarmState.RTN_UNACKED)
UNACKED_STATES = (AlarmState.ACTIVE_UNACKED, AlarmState.RTN_UNACKED)


class Transition(StrEnum):
    RAISED = "raised"
    RETRIGGERED = "retriggered"
    RETURNED = "returned"
    ACKNOWLEDGED = "acknowledged"
    CLEARED = "cleared"
    SHELVED = "shelved"
    UNSHELVED = "unshelved"
    SHELVE_EXPIRED = "shelve_expired"
    OUT_OF_SERVICE = "out_of_service"
    IN_SERVICE = "in_service"
    ESCALATED = "escalated"


class Priority(IntEnum):
    """1 is the highest. ``INFO`` (a VIP's arrival) needs no acknowledgment and never escalates."""

    CRITICAL = 1  # 紧急
    HIGH = 2  # 高
    MEDIUM = 3  # 中
    LOW = 4  # 低
    INFO = 5  # 提示

    @property
    def needs_note(self) -> bool:
        """An acknowledgment of the two highest priorities says what was done (a note)."""
        return self <= Priority.HIGH


@dataclass(frozen=True)
class Position:
    """Where an open alarm stands: its state, and whether its condition has returned to normal
    (a latched alarm can be active with its condition gone)."""

    state: AlarmState
    returned: bool


class NotAllowed(ValueError):
    """The transition does not apply in this state (``reason``: a stable code the service reports:
    ``state``, ``condition_active``)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


def on_condition(
    at: Position | None, present: bool, *, latching: bool, needs_ack: bool = True
) -> tuple[Transition, Position] | None:
    """The condition is present (``present``) or back to normal; where the alarm goes, or None
    if nothing changes. ``at`` None: no open alarm (a present condition raises one).
    ``needs_ack`` False (information): an alarm whose condition is over is cleared at once."""
    if at is None or at.state == AlarmState.CLEARED:
        return (Transition.RAISED, Position(AlarmState.ACTIVE_UNACKED, False)) if present else None
    if present:
        state = AlarmState.ACTIVE_UNACKED if at.state == AlarmState.RTN_UNACKED else at.state
        return Transition.RETRIGGERED, Position(state, False)
    if at.returned:
        return None
    if not needs_ack:
        return Transition.RETURNED, Position(AlarmState.CLEARED, True)
    if latching:
        return Transition.RETURNED, Position(at.state, True)
    if at.state == AlarmState.ACTIVE_ACKED:
        return Transition.RETURNED, Position(AlarmState.CLEARED, True)
    return Transition.RETURNED, Position(AlarmState.RTN_UNACKED, True)


def acknowledge(at: Position, *, latching: bool) -> Position:
    """An operator acknowledges: an unlatched alarm whose condition is over clears; anything else
    active becomes acknowledged. Only an unacknowledged alarm can be acknowledged."""
    if at.state not in UNACKED_STATES:
        raise NotAllowed(f"an alarm that is {at.state} is not acknowledged again", "state")
    if at.state == AlarmState.RTN_UNACKED or (at.returned and not latching):
        return Position(AlarmState.CLEARED, True)
    return Position(AlarmState.ACTIVE_ACKED, at.returned)


def clear(at: Position) -> Position:
    """An operator clears (resets) an acknowledged alarm whose condition is over."""
    if at.state != AlarmState.ACTIVE_ACKED:
        raise NotAllowed(f"only an acknowledged alarm is cleared, not one that is {at.state}", "state")
    if not at.returned:
        raise NotAllowed(
            "the condition is still present: it clears when it returns to normal", "condition_active"
        )
    return Position(AlarmState.CLEARED, True)
