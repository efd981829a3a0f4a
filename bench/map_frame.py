"""Map frame time: 2,000 markers (``--markers``; the issue's goal: 10,000) on one floor while the
real pipeline ingests 5,000 reads/s.

A producer thread feeds the real IngestPipeline (SQLite) at 5,000 reads/s for that many tags that
wander between the branch's zones; the pipeline publishes enter/leave events on the EventBus; the
real TrackingBridge coalesces them and the real map panel applies them. Each frame is measured
on the GUI thread as: flush the bridge and apply the batch to the scene, then repaint the map
view synchronously. Runs offscreen. Prints ``figure: value unit`` lines; ``map_markers_drawn`` is
what the last frame's painting drew (counted by the zone layers), not the input.

    python bench/map_frame.py [--seconds 10] [--markers 2000] [--gc-freeze]

It also reports the full garbage collections during the measured frames (``map_gc_full_*``): at
10,000 markers one such pause (the whole process's objects scanned, every thread stopped) is
longer than a frame's budget; ``--gc-freeze`` shows the frames with the warm-up's objects frozen.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert

from app.db.bootstrap import open_database
from app.db.models import Person, Tag
from app.demo import DEMO_STATION, seed_demo
from app.rbac import system_principal
from app.services import build_services
from app.services.tracking import station_principal
from app.tracking import store
from app.tracking.events import EventBus
from app.tracking.pipeline import IngestPipeline
from app.tracking.presence import PresenceConfig
from app.tracking.reads import TagRead
from app.tracking.sinks import ServiceSink
from widgets.application import make_app
from widgets.bridges.tracking import TrackingBridge
from widgets.bus import ChangeBus
from widgets.docks import DockContext
from widgets.docks.tag_map.panel import MapPanel
from widgets.docks.tag_map.scene import FloorScene
from widgets.fonts import ensure_cjk_font
from widgets.i18n import Translations
from widgets.theme import apply_theme

MARKERS = 2000  # the default


class Source:
    """TrackingSource over a bare pipeline (no readers)."""

    def __init__(self, pipeline: IngestPipeline, bus: EventBus) -> None:
        self.pipeline, self.bus = pipeline, bus

    def statuses(self) -> dict:  # type: ignore[type-arg]
        return {}

    def stats(self):  # type: ignore[no-untyped-def]
        return self.pipeline.stats()

    def presence(self) -> dict[str, tuple[str, float]]:
        return self.pipeline.presence()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--rate", type=float, default=5000.0)
    ap.add_argument("--markers", type=int, default=MARKERS)
    ap.add_argument(
        "--gc-freeze",
        action="store_true",
        help="move what the warm-up built out of the collector's reach (gc.freeze) before measuring",
    )
    args = ap.parse_args()
    markers = args.markers
    tmp = tempfile.TemporaryDirectory()
    os.environ["BANKSUITE_DATA_DIR"] = tmp.name
    db = open_database(f"sqlite:///{tmp.name}/bench.db")
    seed_demo(db)
    tags = [f"{0xB0000000 + i:08X}" for i in range(markers)]
    with db.write() as s:
        s.execute(insert(Tag), [{"tag_id": t, "kind": "person", "active": True} for t in tags])
        s.execute(
            insert(Person),
            [
                {
                    "id_number": f"BENCH{i:06d}",
                    "name": f"员工{i:04d}",
                    "sex": "M",
                    "department": "运营管理部",
                    "post": "柜员",
                    "tag_id": t,
                }
                for i, t in enumerate(tags)
            ],
        )
    zone_of = store.zone_map(db)
    branch_readers = sorted({r for (r, _a), z in zone_of.items() if z.startswith("BR01")})
    bus = EventBus()
    services = build_services(db)
    actor = station_principal(DEMO_STATION)
    sink = ServiceSink(
        lambda key, moves: services.tracking.ingest(actor, DEMO_STATION, key, moves), DEMO_STATION
    )
    pipeline = IngestPipeline(
        sink, zone_of, store.known_tags(db), bus, config=PresenceConfig(switch_after=0.5, leave_after=1e9)
    )
    pipeline.start()

    app = make_app()
    ensure_cjk_font(app)
    Translations(app).switch("zh_CN")
    apply_theme(app, "dark")
    source = Source(pipeline, bus)
    bridge = TrackingBridge(source)  # type: ignore[arg-type]
    bridge.hold()  # frames are driven by hand below, so each one can be timed
    ctx = DockContext(services, system_principal("bench"), ChangeBus(), bridge)
    panel = MapPanel(ctx)
    panel.resize(1400, 900)
    panel.show()
    app.processEvents()

    stop = threading.Event()
    rng = random.Random(3)
    where = {t: rng.choice(branch_readers) for t in tags}

    def produce() -> None:
        start = time.monotonic()
        i = 0
        while not stop.is_set():
            t = tags[i % markers]
            if rng.randrange(10) == 0:
                where[t] = rng.choice(branch_readers)
            rssi = rng.randint(-70, -40)  # varying signal: many moves pass the hysteresis margin
            pipeline.submit(TagRead(where[t], 1, t, rssi, time.time(), time.monotonic()))
            i += 1
            if i % 50 == 0:
                ahead = start + i / args.rate - time.monotonic()
                if ahead > 0:
                    time.sleep(ahead)

    producer = threading.Thread(target=produce)
    producer.start()
    # warm up: every tag seen once, all markers placed
    deadline = time.monotonic() + 30
    while panel.marker_count() < markers and time.monotonic() < deadline:
        bridge.flush()
        app.processEvents()
        time.sleep(0.05)
    panel.view.fit()
    if args.gc_freeze:  # what an app could do once it has loaded: its long-lived objects never rescanned
        gc.collect()
        gc.freeze()
    pauses: list[float] = []  # full (generation 2) collections while measuring: they stop every thread
    started: list[float] = []

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if info["generation"] == 2:
            if phase == "start":
                started.append(time.perf_counter())
            elif started:
                pauses.append(time.perf_counter() - started.pop())

    gc.callbacks.append(on_gc)
    frames: list[float] = []
    applies: list[float] = []
    applied = 0
    end = time.monotonic() + args.seconds
    while time.monotonic() < end:
        t0 = time.perf_counter()
        before = bus.published
        bridge.flush()  # apply the coalesced batch to the scene (what the bridge's flush timer does)
        applies.append(time.perf_counter() - t0)
        panel.view.viewport().repaint()  # synchronous paint of the visible scene
        frames.append(time.perf_counter() - t0)
        applied += bus.published - before
        app.processEvents()
        time.sleep(max(0.0, 0.1 - (time.perf_counter() - t0)))
    stop.set()
    producer.join()
    stats = pipeline.stats()
    pipeline.stop()
    visible = panel.visible_count()  # through the filters
    scene = panel.view.scene()
    drawn = scene.drawn_count() if isinstance(scene, FloorScene) else 0  # by the last paint's layers
    frames.sort()
    print(f"map_markers: {panel.marker_count()} markers")
    print(f"map_markers_visible: {visible} markers")
    spots = len({m.xy for m in scene.markers.values()}) if isinstance(scene, FloorScene) else 0
    print(f"map_markers_drawn: {drawn} markers (counted by the zone layers as they paint)")
    print(f"map_marker_spots: {spots} markers (distinct positions: none hidden under another)")
    print(f"map_frame_p50: {statistics.median(frames) * 1000:.1f} ms")
    print(f"map_frame_p99: {frames[int(0.99 * (len(frames) - 1))] * 1000:.1f} ms")
    print(f"map_frame_max: {frames[-1] * 1000:.1f} ms")
    print(f"map_apply_p50: {statistics.median(applies) * 1000:.1f} ms")
    print(f"map_ingest_rate: {stats.reads / max(1e-9, args.seconds + 1):.0f} reads/s")
    print(f"map_events_applied: {applied / args.seconds:.0f} events/s")
    gc.callbacks.remove(on_gc)
    print(f"map_gc_full_collections: {len(pauses)} collections")
    print(f"map_gc_full_max: {max(pauses, default=0.0) * 1000:.1f} ms")
    bridge.stop()
    panel.shutdown()
    panel.close()
    db.dispose()


if __name__ == "__main__":
    main()
