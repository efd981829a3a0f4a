"""The simulated world: people move along real routes, readers hear only their zones, stories run."""

from __future__ import annotations

from app import demo
from app.services import Services
from app.tracking import store
from app.tracking.population import load_population
from hardware.sim.population import build_world
from hardware.sim.world import OUTSIDE


def test_world_from_the_demo_bank_moves_and_beacons(services: Services) -> None:
    demo.seed_demo(services.db)
    world = build_world(load_population(services.db))
    zone_of_reader = {reader: zone for (reader, ant), zone in store.zone_map(services.db).items() if ant == 0}
    start = {e.tag_id: e.zone for e in world.entities}
    heard: set[str] = set()
    tampered = 0
    for _ in range(3000):  # 300 s at 10 Hz
        for b in world.step(0.1):
            assert b.reader in zone_of_reader and -95 <= b.rssi <= -40
            heard.add(b.tag_id)
            tampered += b.tamper
    moved = sum(1 for e in world.entities if e.zone != start[e.tag_id])
    assert moved >= 10
    assert len(heard) >= len([e for e in world.entities if e.kind != "vip"]) * 0.9
    assert world.log and any("VIP" in line or "asset" in line or "cash box" in line for line in world.log)
    people_zones = {e.zone for e in world.entities if e.kind == "person"}
    assert len(people_zones - {OUTSIDE}) >= 5


def test_route_goes_through_the_hub_and_gate(services: Services) -> None:
    demo.seed_demo(services.db)
    world = build_world(load_population(services.db))
    assert world.route("BR01", "BR01-VAULT", OUTSIDE) == ["BR01-CORRIDOR", "BR01-HALL", "BR01-GATE", OUTSIDE]
    assert world.route("BR01", OUTSIDE, "BR01-VIP") == ["BR01-GATE", "BR01-HALL", "BR01-CORRIDOR", "BR01-VIP"]
