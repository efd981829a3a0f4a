"""Tracking events for the alarm engine and the UI: one in-process publish/subscribe interface.

Published on the ingestion thread (and reader-status events on reader threads: the runtime
publishes every reader health snapshot as ``READER_STATUS``, and a change of link state also as
``READER_ONLINE``/``READER_STALE``/``READER_OFFLINE``); subscribers are
called synchronously on the publishing thread and MUST NOT block (hand the event to a queue of
your own). A subscriber that raises is logged and kept; it never stops ingestion.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

log = logging.getLogger(__name__)


class EventKind(StrEnum):
    """What happened. ``ENTER``/``LEAVE`` are also the kinds of presence changes and stored
    movements (``PresenceChange.kind``, ``Movement.kind``, ``MovementRecord.kind``): one spelling
    from the presence engine to playback."""

    ENTER = "enter"
    LEAVE = "leave"
    TAMPER = "tamper"  # an anti-tamper tag reports removal from its asset
    UNKNOWN_TAG = "unknown_tag"
    READER_ONLINE = "reader_online"
    READER_OFFLINE = "reader_offline"
    READER_STALE = "reader_stale"
    READER_STATUS = "reader_status"  # every health snapshot: ``detail={"status": ReaderStatus}``


# ENTER or LEAVE (an enum, not a Literal of its members: the suite server's wire format needs the type)
PresenceKind = EventKind


@dataclass(frozen=True, slots=True)
class TrackingEvent:
    kind: EventKind
    ts: float  # wall clock
    tag_id: str = ""
    zone: str = ""
    reader: str = ""
    detail: dict[str, Any] = field(default_factory=dict)


Subscriber = Callable[[TrackingEvent], None]


class EventBus:
    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()
        self._counting = threading.Lock()  # publishers on several threads (ingestion, readers)
        self.published = 0
        self.subscriber_errors = 0

    def subscribe(self, fn: Subscriber) -> Callable[[], None]:
        """Add a subscriber; returns a function that removes it."""
        with self._lock:
            self._subscribers = [*self._subscribers, fn]

        def unsubscribe() -> None:
            with self._lock:
                self._subscribers = [s for s in self._subscribers if s is not fn]

        return unsubscribe

    def publish(self, event: TrackingEvent) -> None:
        with self._counting:  # ``+=`` is a read and a write: two threads could both read the old count
            self.published += 1
        for fn in self._subscribers:  # a snapshot: subscribe/unsubscribe replace the list
            try:
                fn(event)
            except Exception:
                with self._counting:
                    self.subscriber_errors += 1
                log.exception("tracking event subscriber failed on %s", event.kind)
