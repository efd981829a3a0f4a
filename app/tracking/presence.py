"""Zone presence from tag reads: deduplication, enter/leave with hysteresis. Pure logic, no I/O.

Runs on the ingestion thread only (not thread-safe by design: one owner).

Rules, in the reads' own timestamps so results are deterministic:
- a read repeating (tag, reader, antenna) within ``dedupe_window`` seconds is dropped, unless it
  is stronger by at least ``margin_db`` (a tag walking up to the antenna);
- a tag not present anywhere enters the zone of its read;
- a tag present in zone A moves to zone B when B's read is stronger than A's recent signal by
  ``margin_db``, or when A has not seen it for ``switch_after`` seconds (strongest antenna wins,
  and two overlapping readers do not make a tag flicker between zones);
- a tag nobody has seen for ``leave_after`` seconds leaves its zone (``expire``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.tracking.events import EventKind, PresenceKind
from app.tracking.reads import TagRead

EMA = 0.3  # weight of a new RSSI sample in the tag's smoothed signal


@dataclass(frozen=True, slots=True)
class PresenceChange:
    tag_id: str
    kind: PresenceKind
    zone: str
    reader: str
    rssi: int
    ts: float  # wall clock of the read (or of the expiry check) that caused it
    arrived: float  # monotonic arrival of that read; latency is measured from here


@dataclass(slots=True)
class _TagState:
    zone: str
    since: float
    last_seen: float
    rssi: float
    reader: str


@dataclass
class PresenceConfig:
    dedupe_window: float = 1.0
    margin_db: int = 6
    switch_after: float = 2.0
    leave_after: float = 30.0


@dataclass
class PresenceEngine:
    zone_of: Mapping[tuple[str, int], str]  # (reader, antenna) -> zone; antenna 0 = the reader's default
    config: PresenceConfig = field(default_factory=PresenceConfig)
    tags: dict[str, _TagState] = field(default_factory=dict)
    _last: dict[tuple[str, str, int], tuple[float, int]] = field(default_factory=dict)
    reads: int = 0
    deduped: int = 0
    unmapped: int = 0

    def zone_for(self, read: TagRead) -> str | None:
        return self.zone_of.get((read.reader, read.antenna)) or self.zone_of.get((read.reader, 0))

    def restore(self, tag_id: str, zone: str, since: float) -> None:
        """Seed presence from the database after a restart (last seen = since)."""
        self.tags[tag_id] = _TagState(zone, since, since, -70.0, "")

    def process(self, read: TagRead) -> list[PresenceChange]:
        self.reads += 1
        key = (read.tag_id, read.reader, read.antenna)
        prev = self._last.get(key)
        if (
            prev is not None
            and read.ts - prev[0] < self.config.dedupe_window
            and read.rssi < prev[1] + self.config.margin_db
        ):
            self.deduped += 1
            state = self.tags.get(read.tag_id)
            if state is not None and state.reader == read.reader:
                state.last_seen = read.ts  # still here: keep the presence alive
            return []
        self._last[key] = (read.ts, read.rssi)
        zone = self.zone_for(read)
        if zone is None:
            self.unmapped += 1
            return []
        state = self.tags.get(read.tag_id)
        if state is None:
            self.tags[read.tag_id] = _TagState(zone, read.ts, read.ts, float(read.rssi), read.reader)
            return [
                PresenceChange(
                    read.tag_id, EventKind.ENTER, zone, read.reader, read.rssi, read.ts, read.arrived
                )
            ]
        if zone == state.zone:
            state.last_seen = read.ts
            state.rssi += EMA * (read.rssi - state.rssi)
            state.reader = read.reader
            return []
        stale = read.ts - state.last_seen >= self.config.switch_after
        if not stale and read.rssi < state.rssi + self.config.margin_db:
            return []  # contested: the current zone still hears it about as well
        old = state.zone
        self.tags[read.tag_id] = _TagState(zone, read.ts, read.ts, float(read.rssi), read.reader)
        return [
            PresenceChange(read.tag_id, EventKind.LEAVE, old, read.reader, read.rssi, read.ts, read.arrived),
            PresenceChange(read.tag_id, EventKind.ENTER, zone, read.reader, read.rssi, read.ts, read.arrived),
        ]

    def expire(self, now_wall: float, now_mono: float) -> list[PresenceChange]:
        """Tags unseen for ``leave_after`` seconds leave their zone."""
        limit = now_wall - self.config.leave_after
        gone = [tag for tag, st in self.tags.items() if st.last_seen < limit]
        changes = []
        for tag in gone:
            st = self.tags.pop(tag)
            changes.append(
                PresenceChange(tag, EventKind.LEAVE, st.zone, st.reader, int(st.rssi), now_wall, now_mono)
            )
        if len(self._last) > 4 * max(len(self.tags), 1024):  # forget old dedupe keys
            cutoff = now_wall - self.config.dedupe_window
            self._last = {k: v for k, v in self._last.items() if v[0] >= cutoff}
        return changes

    def where(self, tag_id: str) -> tuple[str, float] | None:
        st = self.tags.get(tag_id)
        return (st.zone, st.since) if st else None
