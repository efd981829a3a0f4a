"""Positions: the map's reads (who each tag is, who is where, a tag's trail, a time range of
movements), each checked against the map permission like an operation. Any thread; the docks
call these on their worker, never on the GUI thread.

Positions say where people are and who they are (names, ID numbers): only those who may watch
the map (``map.view``) read them; a refusal is audited as ``security.denied``.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.db.engine import Database
from app.rbac import Permission, Principal
from app.services.guard import authorize
from app.tracking import store
from app.tracking.directory import Directory, load_directory
from app.tracking.events import EventKind
from app.tracking.store import MovementRecord


@dataclass(frozen=True)
class MapSnapshot:
    """What the map needs to open: who each tag is, the floors, and who is where now."""

    directory: Directory
    presence: dict[str, tuple[str, float]]


@dataclass(frozen=True)
class Movements:
    """A time range for playback: who was where at ``start``, then every movement until ``end``."""

    start: float
    end: float
    presence: dict[str, tuple[str, float]]
    moves: list[MovementRecord]


class PositionService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def directory(self, actor: Principal) -> Directory:
        """Who or what each tag is (with personal fields), and the floors, zones and readers."""
        authorize(self.db, actor, Permission.MAP_VIEW, "view the map")
        return load_directory(self.db)

    def snapshot(self, actor: Principal) -> MapSnapshot:
        """The directory and the stored presence (the map without a device runtime)."""
        authorize(self.db, actor, Permission.MAP_VIEW, "view the map")
        return MapSnapshot(load_directory(self.db), store.current_presence(self.db))

    def trail(self, actor: Principal, tag_id: str, start: float, end: float) -> list[str]:
        """The zones ``tag_id`` entered in [start, end), oldest first."""
        authorize(self.db, actor, Permission.MAP_VIEW, "view a trail")
        moves = store.movements_between(self.db, start, end, tag_id)
        return [m.zone for m in moves if m.kind == EventKind.ENTER]

    def movements(self, actor: Principal, start: float, end: float) -> Movements:
        """Everything playback needs for [start, end)."""
        authorize(self.db, actor, Permission.MAP_VIEW, "play back movements")
        return Movements(
            start, end, store.presence_at(self.db, start), store.movements_between(self.db, start, end)
        )
