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

A reader outage moves nobody. Once the engine is told a reader's health (``reader_health``; the
tracking runtime passes every driver snapshot on), "not seen" counts only as far as a reader of the
tag's zone was heard since (a read of any tag, or its last good frame): a silent, stale or unplugged
reader proves nothing, so its tags neither switch to the zone of a weak read through the wall nor
leave. While every reader of a tag's zone is down (the zone is *held*), another zone takes the tag
only with a read about as strong as its own zone heard it (within ``margin_db``: it really walked
there). When a reader of the zone connects again, its tags count as seen at that moment. Readers the
engine was never told about (tests, tools) are trusted as before.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.tracking.events import EventKind, PresenceKind
from app.tracking.reads import LinkState, TagRead

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
    held: int = 0  # changes not made because the readers of the tag's zone could not hear it
    _heard: dict[str, float] = field(default_factory=dict)  # reader -> newest wall time it was heard
    _down: set[str] = field(default_factory=set)  # readers told to be anything but connected
    _covering: dict[str, frozenset[str]] = field(default_factory=dict)  # zone -> its readers
    _covering_of: object = None  # the ``zone_of`` that ``_covering`` was built from

    def zone_for(self, read: TagRead) -> str | None:
        return self.zone_of.get((read.reader, read.antenna)) or self.zone_of.get((read.reader, 0))

    def restore(self, tag_id: str, zone: str, since: float) -> None:
        """Seed presence from the database after a restart (last seen = since)."""
        self.tags[tag_id] = _TagState(zone, since, since, -70.0, "")

    def reader_health(self, reader: str, state: LinkState, last_frame: float | None, now: float) -> None:
        """A reader's health snapshot (``ReaderStatus``): its last good frame counts as heard; a
        reader connecting again after being down makes its zones' tags count as seen ``now``."""
        if last_frame is not None and last_frame > self._heard.get(reader, float("-inf")):
            self._heard[reader] = last_frame
        self._heard.setdefault(reader, float("-inf"))  # told about: "unseen" needs proof from now on
        if state != LinkState.CONNECTED:
            self._down.add(reader)
            return
        if reader not in self._down:
            return
        self._down.discard(reader)
        for st in self.tags.values():
            if reader in self._readers_of(st.zone) and st.last_seen < now:
                st.last_seen = now

    def _readers_of(self, zone: str) -> frozenset[str]:
        if self._covering_of is not self.zone_of:  # the mapping was replaced (a register changed)
            covering: dict[str, set[str]] = {}
            for (reader, _antenna), z in self.zone_of.items():
                covering.setdefault(z, set()).add(reader)
            self._covering = {z: frozenset(r) for z, r in covering.items()}
            self._covering_of = self.zone_of
        return self._covering.get(zone, frozenset())

    def _unseen_for(self, st: _TagState, seconds: float) -> bool:
        """The tag's zone has not heard it for ``seconds`` while a reader of that zone was listening
        (or the zone's readers are ones the engine knows nothing about)."""
        readers = self._readers_of(st.zone)
        told = [r for r in readers if r in self._heard]
        if not told or len(told) < len(readers):
            return True
        return max(self._heard[r] for r in told) >= st.last_seen + seconds

    def _is_held(self, zone: str) -> bool:
        """Every reader of ``zone`` is down: nothing in it can be heard."""
        readers = self._readers_of(zone)
        return bool(readers) and readers <= self._down

    def process(self, read: TagRead) -> list[PresenceChange]:
        self.reads += 1
        if read.ts > self._heard.get(read.reader, read.ts):
            self._heard[read.reader] = read.ts
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
        margin = self.config.margin_db
        if self._is_held(state.zone):  # nobody can hear it there: only a read as strong as there moves it
            if read.rssi < state.rssi - margin:
                self.held += 1
                return []
        elif read.rssi < state.rssi + margin:
            stale = read.ts - state.last_seen >= self.config.switch_after
            if not stale:
                return []  # contested: the current zone still hears it about as well
            if not self._unseen_for(state, self.config.switch_after):
                self.held += 1  # its zone's readers fell silent too: no proof the tag went anywhere
                return []
        old = state.zone
        self.tags[read.tag_id] = _TagState(zone, read.ts, read.ts, float(read.rssi), read.reader)
        return [
            PresenceChange(read.tag_id, EventKind.LEAVE, old, read.reader, read.rssi, read.ts, read.arrived),
            PresenceChange(read.tag_id, EventKind.ENTER, zone, read.reader, read.rssi, read.ts, read.arrived),
        ]

    def expire(self, now_wall: float, now_mono: float) -> list[PresenceChange]:
        """Tags unseen for ``leave_after`` seconds leave their zone."""
        limit = now_wall - self.config.leave_after
        gone = [
            tag
            for tag, st in self.tags.items()
            if st.last_seen < limit and self._unseen_for(st, self.config.leave_after)
        ]
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
