"""History playback state: who was where at any moment of a loaded time range. GUI thread
(pure data; the loading runs on a worker)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from app.tracking.events import EventKind
from app.tracking.reads import ReaderStatus
from app.tracking.store import MovementRecord, ReaderStateRecord


@dataclass
class History:
    start: float
    end: float
    base: dict[str, tuple[str, float]]  # presence at ``start``
    moves: list[MovementRecord]  # in [start, end), oldest first
    readers: dict[str, ReaderStateRecord] = field(default_factory=dict)  # link states at ``start``
    reader_changes: list[ReaderStateRecord] = field(default_factory=list)  # in [start, end), oldest first

    def __post_init__(self) -> None:
        self._times = [m.ts for m in self.moves]
        self._reader_times = [c.ts for c in self.reader_changes]

    def statuses_at(self, t: float) -> dict[str, ReaderStatus]:
        """Each recorded reader's link state at time ``t`` (an outage shows as it was), as the
        map's reader health takes it; readers without a record before ``t`` are absent."""
        state = dict(self.readers)
        for c in self.reader_changes[: bisect.bisect_right(self._reader_times, t)]:
            state[c.reader] = c
        return {
            code: ReaderStatus(code, rec.state, rec.last_frame_ts, 0, 0, 0, 0, 0.0)
            for code, rec in state.items()
        }

    def state_at(self, t: float) -> dict[str, str]:
        """tag -> zone at time ``t``."""
        state = {tag: zone for tag, (zone, _since) in self.base.items()}
        for m in self.moves[: bisect.bisect_right(self._times, t)]:
            if m.kind == EventKind.ENTER:
                state[m.tag_id] = m.zone
            elif state.get(m.tag_id) == m.zone:
                del state[m.tag_id]
        return state

    def trail(self, tag_id: str, t: float) -> list[str]:
        return [
            m.zone
            for m in self.moves[: bisect.bisect_right(self._times, t)]
            if m.tag_id == tag_id and m.kind == EventKind.ENTER
        ]
