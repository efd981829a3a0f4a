"""Build the simulated world from a population (``app.tracking.population``: the registers as plain
values). Simulator set-up, on the thread that starts the runtime."""

from __future__ import annotations

from app.tracking.population import Population
from hardware.sim.world import Entity, World, ZoneInfo


def build_world(population: Population, seed: int = 7) -> World:
    zones = [ZoneInfo(z.code, z.site, z.kind, z.restricted) for z in population.zones]
    entities = [
        Entity(c.tag_id, c.kind, c.site, c.home, c.home, beacon_period=c.beacon_period)
        for c in population.carriers
    ]
    return World(
        zones, {zone: list(codes) for zone, codes in population.readers.items()}, entities, seed=seed
    )
