"""Zone presence: dedupe, enter/leave, hysteresis between overlapping readers, expiry."""

from __future__ import annotations

from app.tracking.presence import PresenceConfig, PresenceEngine
from app.tracking.reads import LinkState, TagRead

ZONES = {("R-GATE", 0): "GATE", ("R-HALL", 0): "HALL", ("R-VAULT", 0): "VAULT", ("R-VAULT", 2): "HALL"}


def read(reader: str, t: float, rssi: int = -60, tag: str = "A1B2C3D4", antenna: int = 1) -> TagRead:
    return TagRead(reader, antenna, tag, rssi, t, t)


def engine(**cfg: float) -> PresenceEngine:
    return PresenceEngine(ZONES, PresenceConfig(**cfg))  # type: ignore[arg-type]


def kinds(changes: list) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(c.kind, c.zone) for c in changes]


def test_first_read_enters_and_repeats_are_deduped() -> None:
    e = engine()
    assert kinds(e.process(read("R-GATE", 0.0))) == [("enter", "GATE")]
    assert e.process(read("R-GATE", 0.3)) == [] and e.deduped == 1
    assert e.process(read("R-GATE", 1.5)) == [] and e.deduped == 1  # outside the window: processed, same zone
    assert e.where("A1B2C3D4") == ("GATE", 0.0)


def test_much_stronger_repeat_is_not_deduped() -> None:
    e = engine()
    e.process(read("R-GATE", 0.0, rssi=-80))
    e.process(read("R-GATE", 0.2, rssi=-60))
    assert e.deduped == 0


def test_walk_from_gate_to_hall_moves_once_overlap_does_not_flicker() -> None:
    e = engine(switch_after=2.0, margin_db=6)
    e.process(read("R-GATE", 0.0, rssi=-55))
    # The hall reader hears the tag weakly while it is still at the gate: no move.
    assert e.process(read("R-HALL", 1.1, rssi=-75)) == []
    assert e.process(read("R-GATE", 1.2, rssi=-56)) == []
    assert e.process(read("R-HALL", 2.3, rssi=-58)) == []  # similar strength, gate heard it 1.1 s ago
    # Clearly stronger in the hall: leave the gate, enter the hall.
    assert kinds(e.process(read("R-HALL", 3.5, rssi=-45))) == [("leave", "GATE"), ("enter", "HALL")]
    assert e.where("A1B2C3D4") == ("HALL", 3.5)


def test_stale_zone_gives_way_without_a_stronger_signal() -> None:
    e = engine(switch_after=2.0)
    e.process(read("R-GATE", 0.0, rssi=-50))
    assert kinds(e.process(read("R-HALL", 2.5, rssi=-70))) == [("leave", "GATE"), ("enter", "HALL")]


def test_antenna_mapping_overrides_the_reader_zone() -> None:
    e = engine()
    assert kinds(e.process(read("R-VAULT", 0.0, antenna=1))) == [("enter", "VAULT")]
    e2 = engine()
    assert kinds(e2.process(read("R-VAULT", 0.0, antenna=2))) == [("enter", "HALL")]


def test_unmapped_reader_is_counted_not_guessed() -> None:
    e = engine()
    assert e.process(read("R-NOWHERE", 0.0)) == [] and e.unmapped == 1


def test_silence_leaves_and_tags_are_independent() -> None:
    e = engine(leave_after=10.0)
    e.process(read("R-GATE", 0.0, tag="AAAA0001"))
    e.process(read("R-HALL", 5.0, tag="AAAA0002"))
    assert kinds(e.expire(9.0, 9.0)) == []
    left = e.expire(12.0, 12.0)
    assert [(c.tag_id, c.kind, c.zone) for c in left] == [("AAAA0001", "leave", "GATE")]
    assert e.where("AAAA0002") == ("HALL", 5.0) and e.where("AAAA0001") is None


def test_deduped_reads_keep_presence_alive() -> None:
    e = engine(leave_after=3.0, dedupe_window=1.0)
    e.process(read("R-GATE", 0.0))
    for t in (0.5, 1.4, 2.3, 2.9, 3.8):
        e.process(read("R-GATE", t))
    assert e.expire(4.5, 4.5) == []


def test_restored_presence_continues() -> None:
    e = engine()
    e.restore("A1B2C3D4", "HALL", 100.0)
    assert e.process(read("R-HALL", 101.0)) == []
    assert kinds(e.process(read("R-GATE", 104.0, rssi=-50))) == [("leave", "HALL"), ("enter", "GATE")]


# -- a reader outage moves nobody (issue 11) ------------------------------------------------------
def told(e: PresenceEngine, t: float, **states: LinkState) -> None:
    """Health snapshots: each reader named with its state, its last frame at ``t`` while connected."""
    for reader, state in states.items():
        e.reader_health(reader.replace("_", "-"), state, t if state is LinkState.CONNECTED else None, t)


def test_a_down_reader_holds_its_tags_against_weak_reads_and_expiry() -> None:
    e = engine(switch_after=2.0, leave_after=10.0)
    told(e, 0.0, R_VAULT=LinkState.CONNECTED, R_HALL=LinkState.CONNECTED)
    e.process(read("R-VAULT", 0.0, rssi=-50, tag="CB000001"))
    told(e, 0.5, R_VAULT=LinkState.DISCONNECTED)
    # the hall's reader hears the box through the wall: weak, long after the vault last heard it
    assert e.process(read("R-HALL", 5.0, rssi=-85, tag="CB000001")) == []
    assert e.expire(60.0, 60.0) == [] and e.where("CB000001") == ("VAULT", 0.0)
    assert e.held == 1
    # a read as strong as the vault heard it: the box really is in the hall
    moved = e.process(read("R-HALL", 61.0, rssi=-52, tag="CB000001"))
    assert kinds(moved) == [("leave", "VAULT"), ("enter", "HALL")]


def test_a_reader_silent_before_it_is_called_stale_proves_nothing() -> None:
    """The driver calls a reader stale only ``stale_after`` seconds after its last frame; a weak
    read elsewhere in between must not move its tags (no reader of the zone heard anything since)."""
    e = engine(switch_after=2.0)
    told(e, 0.0, R_VAULT=LinkState.CONNECTED, R_HALL=LinkState.CONNECTED)
    e.process(read("R-VAULT", 0.0, rssi=-50, tag="CB000001"))
    assert e.process(read("R-HALL", 2.5, rssi=-85, tag="CB000001")) == []
    # the vault reader kept talking (another tag) after the box's last read: the box did go
    e.process(read("R-VAULT", 2.6, rssi=-50, tag="CB000002"))
    assert kinds(e.process(read("R-HALL", 2.7, rssi=-70, tag="CB000001"))) == [
        ("leave", "VAULT"),
        ("enter", "HALL"),
    ]


def test_a_reader_back_online_gives_its_tags_a_fresh_start() -> None:
    e = engine(leave_after=10.0)
    told(e, 0.0, R_GATE=LinkState.CONNECTED)
    e.process(read("R-GATE", 0.0, tag="AAAA0001"))
    told(e, 1.0, R_GATE=LinkState.STALE)
    assert e.expire(100.0, 100.0) == []
    told(e, 100.0, R_GATE=LinkState.CONNECTED)  # back: unheard tags leave only leave_after from now
    told(e, 105.0, R_GATE=LinkState.CONNECTED)  # its heartbeats
    assert e.expire(105.0, 105.0) == []
    told(e, 111.0, R_GATE=LinkState.CONNECTED)
    assert kinds(e.expire(111.0, 111.0)) == [("leave", "GATE")]
