"""Positions: the map's reads (who each tag is, who is where, a tag's trail, a time range of
movements), each checked against the map permission like an operation. Any thread; the docks
call these on their worker, never on the GUI thread.

Positions say where people are and who they are: only those who may watch the map (``map.view``)
read them; a refusal is audited as ``security.denied``. A person's ID number (证件编号) is personal
data of the register: whoever does not administer the registers sees only its last four characters.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from app.db.engine import Database
from app.rbac import Permission, Principal
from app.remote import remote
from app.services.guard import authorize
from app.tracking import store
from app.tracking.directory import Directory, TagInfo, load_directory
from app.tracking.events import EventKind
from app.tracking.store import MovementRecord, ReaderStateRecord


@dataclass(frozen=True)
class MapSnapshot:
    """What the map needs to open: who each tag is, the floors, and who is where now."""

    directory: Directory
    presence: dict[str, tuple[str, float]]


@dataclass(frozen=True)
class Movements:
    """A time range for playback: who was where at ``start``, then every movement until ``end``;
    and each reader's link state at ``start``, then its changes (outages and recoveries)."""

    start: float
    end: float
    presence: dict[str, tuple[str, float]]
    moves: list[MovementRecord]
    readers: dict[str, ReaderStateRecord] = field(default_factory=dict)
    reader_changes: list[ReaderStateRecord] = field(default_factory=list)


class PositionService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @remote
    def directory(self, actor: Principal) -> Directory:
        """Who or what each tag is (with personal fields), and the floors, zones and readers."""
        viewer = authorize(self.db, actor, Permission.MAP_VIEW, "view the map")
        return _for_viewer(viewer, load_directory(self.db))

    @remote
    def snapshot(self, actor: Principal) -> MapSnapshot:
        """The directory and the stored presence (the map without a device runtime)."""
        viewer = authorize(self.db, actor, Permission.MAP_VIEW, "view the map")
        return MapSnapshot(_for_viewer(viewer, load_directory(self.db)), store.current_presence(self.db))

    @remote
    def presence(self, actor: Principal) -> dict[str, tuple[str, float]]:
        """Who is where now (tag -> (zone, since)), from the stored movements: what a workstation
        of a shared deployment starts its live map from before the push stream moves it."""
        authorize(self.db, actor, Permission.MAP_VIEW, "view the map")
        return store.current_presence(self.db)

    @remote
    def trail(self, actor: Principal, tag_id: str, start: float, end: float) -> list[str]:
        """The zones ``tag_id`` entered in [start, end), oldest first."""
        authorize(self.db, actor, Permission.MAP_VIEW, "view a trail")
        moves = store.movements_between(self.db, start, end, tag_id)
        return [m.zone for m in moves if m.kind == EventKind.ENTER]

    @remote
    def movements(self, actor: Principal, start: float, end: float) -> Movements:
        """Everything playback needs for [start, end)."""
        authorize(self.db, actor, Permission.MAP_VIEW, "play back movements")
        readers, changes = store.reader_states(self.db, start, end)
        return Movements(
            start,
            end,
            store.presence_at(self.db, start),
            store.movements_between(self.db, start, end),
            readers,
            changes,
        )


PERSONAL_FIELDS = frozenset({"id_number"})  # register fields masked for those who only watch the map


def mask(value: str, keep: int = 4) -> str:
    """``value`` with all but its last ``keep`` characters hidden (an ID number on the map); one too
    short to keep anything back is hidden whole."""
    if len(value) <= keep:
        return "*" * len(value)
    return "*" * (len(value) - keep) + value[-keep:]


def _for_viewer(viewer: Principal, directory: Directory) -> Directory:
    if viewer.can(Permission.REGISTER_ADMIN):
        return directory

    def masked(tag: TagInfo) -> TagInfo:
        if not any(name in PERSONAL_FIELDS for name, _ in tag.details):
            return tag
        details = tuple((n, mask(v) if n in PERSONAL_FIELDS else v) for n, v in tag.details)
        return replace(tag, details=details)

    return replace(directory, tags={code: masked(tag) for code, tag in directory.tags.items()})
