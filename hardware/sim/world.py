"""A deterministic little world for the demo and tests: who is where, and how they move.

Runs on the simulator thread only. Entities walk between the zones of their site along a simple
graph (rooms hang off the corridor/hall, the gate connects the hall to the street), dwell a while,
and emit beacons that the reader of their zone (and, weakly, a neighbouring one) hears. A few
scripted stories play out so the control room has something to look at: a VIP arrives, an asset
walks out through the gate, a cash box travels between handover room and vault, a tag is torn off.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from app.tracking.population import OUTSIDE as OUTSIDE  # not on site: no reader hears the entity

HUB_KINDS = ("corridor", "hall")


@dataclass(frozen=True)
class ZoneInfo:
    code: str
    site: str
    kind: str
    restricted: bool


@dataclass
class Entity:
    tag_id: str
    kind: str  # person | asset | cashbox | vip | archive
    site: str
    home: str  # zone code
    zone: str
    until: float = 0.0  # dwell until (sim time)
    path: list[str] = field(default_factory=list)  # zones still to walk through
    tamper_once: bool = False
    beacon_period: float = 1.0
    next_beacon: float = 0.0


@dataclass(frozen=True)
class Beacon:
    reader: str
    antenna: int
    tag_id: str
    rssi: int
    tamper: bool


class World:
    def __init__(
        self, zones: list[ZoneInfo], readers: dict[str, list[str]], entities: list[Entity], seed: int = 7
    ) -> None:
        """``readers``: zone code -> reader codes covering it."""
        self.rng = random.Random(seed)
        self.zones = {z.code: z for z in zones}
        self.readers = readers
        self.entities = entities
        self.now = 0.0
        self.by_site: dict[str, list[ZoneInfo]] = defaultdict(list)
        for z in zones:
            self.by_site[z.site].append(z)
        self.stories: list[Callable[[], None]] = [
            self._vip_arrives,
            self._asset_walks_out,
            self._cash_box_run,
            self._tamper,
        ]
        self.next_story = 5.0
        self.log: list[str] = []  # what the stories did, for the demo console and tests

    # -- graph ----------------------------------------------------------------------------------
    def _zone_of_kind(self, site: str, *kinds: str) -> str | None:
        for kind in kinds:
            for z in self.by_site[site]:
                if z.kind == kind:
                    return z.code
        return None

    def route(self, site: str, start: str, goal: str) -> list[str]:
        """start -> hub(s) -> goal, the way people walk in a branch."""
        if start == goal:
            return []
        hub = self._zone_of_kind(site, *HUB_KINDS)
        hall = self._zone_of_kind(site, "hall") or hub
        gate = self._zone_of_kind(site, "gate")
        steps: list[str] = []
        if start == OUTSIDE:
            steps += [z for z in (gate, hall) if z]
        elif self.zones[start].kind not in HUB_KINDS and hub:
            steps.append(hub)
        if goal == OUTSIDE:
            steps += [z for z in (hall, gate) if z and z not in steps[-1:]]
            steps.append(OUTSIDE)
        else:
            if hub and hub not in steps and self.zones[goal].kind not in HUB_KINDS and goal != gate:
                steps.append(hub)
            steps.append(goal)
        out: list[str] = []
        for z in steps:  # no repeats in a row, never "walk" into where we stand
            if (not out or out[-1] != z) and z != start:
                out.append(z)
        return out

    # -- time -----------------------------------------------------------------------------------
    def step(self, dt: float) -> list[Beacon]:
        self.now += dt
        if self.now >= self.next_story:
            self.rng.choice(self.stories)()
            self.next_story = self.now + self.rng.uniform(8.0, 15.0)
        beacons: list[Beacon] = []
        for e in self.entities:
            if self.now >= e.until:
                self._advance(e)
            if e.zone == OUTSIDE or self.now < e.next_beacon:
                continue
            e.next_beacon = self.now + e.beacon_period * self.rng.uniform(0.8, 1.2)
            for i, reader in enumerate(self.readers.get(e.zone, ())):
                rssi = self.rng.randint(-62, -42) if i == 0 else self.rng.randint(-72, -58)
                beacons.append(Beacon(reader, 1, e.tag_id, rssi, e.tamper_once))
            e.tamper_once = False
            if self.rng.random() < 0.05:  # a weak read through a wall by the hub's reader
                hub = self._zone_of_kind(e.site, *HUB_KINDS)
                if hub and hub != e.zone:
                    for reader in self.readers.get(hub, ())[:1]:
                        beacons.append(Beacon(reader, 1, e.tag_id, self.rng.randint(-90, -80), False))
        return beacons

    def _advance(self, e: Entity) -> None:
        if e.path:
            e.zone = e.path.pop(0)
            e.until = self.now + self.rng.uniform(2.0, 4.0)  # walking through
            return
        if e.kind in ("archive", "cashbox", "asset") and e.zone == e.home:
            e.until = self.now + self.rng.uniform(30.0, 120.0)
            return
        if e.kind == "vip" and e.zone == OUTSIDE:
            e.until = self.now + self.rng.uniform(60.0, 200.0)
            return
        if e.kind == "person":
            if e.zone != e.home and self.rng.random() < 0.6:
                e.path = self.route(e.site, e.zone, e.home)
            else:
                options = [z.code for z in self.by_site[e.site] if z.kind not in ("gate",)]
                e.path = self.route(e.site, e.zone, self.rng.choice(options))
            e.until = self.now + (
                self.rng.uniform(10.0, 40.0) if e.zone == e.home else self.rng.uniform(4, 12)
            )
            if e.path:
                self._advance(e)
            return
        # Things and visitors go back home after a while (a VIP stays for a meeting).
        e.path = self.route(e.site, e.zone, e.home)
        e.until = self.now + (
            self.rng.uniform(40.0, 90.0) if e.kind == "vip" else self.rng.uniform(5.0, 15.0)
        )

    # -- stories --------------------------------------------------------------------------------
    def _pick(self, kind: str) -> Entity | None:
        pool = [e for e in self.entities if e.kind == kind]
        return self.rng.choice(pool) if pool else None

    def _vip_arrives(self) -> None:
        vip = self._pick("vip")
        if vip is None or vip.zone != OUTSIDE:
            return
        room = self._zone_of_kind(vip.site, "vip") or vip.home
        vip.path = self.route(vip.site, OUTSIDE, room)
        vip.until = self.now
        self.log.append(f"{self.now:.0f}s VIP {vip.tag_id} arrives")

    def _asset_walks_out(self) -> None:
        asset = self._pick("asset")
        if asset is None or asset.zone == OUTSIDE:
            return
        asset.path = self.route(asset.site, asset.zone, OUTSIDE)
        asset.until = self.now
        self.log.append(f"{self.now:.0f}s asset {asset.tag_id} leaves through the gate")

    def _cash_box_run(self) -> None:
        box = self._pick("cashbox")
        if box is None or box.zone == OUTSIDE:
            return
        vault = self._zone_of_kind(box.site, "vault")
        handover = self._zone_of_kind(box.site, "handover")
        if vault and handover:
            box.path = [handover, self._zone_of_kind(box.site, "corridor") or handover, vault]
            box.until = self.now
            self.log.append(f"{self.now:.0f}s cash box {box.tag_id} handover -> vault")

    def _tamper(self) -> None:
        asset = self._pick("asset")
        if asset is not None and asset.zone != OUTSIDE:
            asset.tamper_once = True
            self.log.append(f"{self.now:.0f}s asset {asset.tag_id} tag torn off")
