"""Live map dock driven like an operator would: live events move markers within one bridge tick,
slots stay put, filters and search, details and trail, history playback, language switch, and the
real tracking runtime (simulated readers on ptys) filling the map."""

from __future__ import annotations

import dataclasses
import itertools
import math
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction, QPolygonF, QTextDocument
from PySide6.QtWidgets import QToolButton

from app.rbac import Principal, system_principal
from app.services import Services
from app.services.positions import PositionService, mask
from app.tracking import store
from app.tracking.directory import Directory, TagInfo, load_directory
from app.tracking.events import EventBus, EventKind, TrackingEvent
from app.tracking.pipeline import PipelineStats
from app.tracking.presence import PresenceChange
from app.tracking.reads import LinkState, ReaderStatus
from hardware.runtime import TrackingRuntime
from widgets.bridges.tracking import TrackingBridge
from widgets.bus import ChangeBus
from widgets.docks import DockContext
from widgets.docks.tag_map.items import R
from widgets.docks.tag_map.panel import MapPanel
from widgets.main_window import MainWindow

TICK_MS = 400  # one bridge tick is 100 ms; the rest is slack for a busy CI machine
BR, OC = "BR01-F1", "OC01-F3"  # the two demo floors


# -- a small tracking source whose bus the tests publish on --------------------------------------


@dataclass
class FakeSource:
    """Stands in for TrackingRuntime: the tests publish TrackingEvents and keep presence in step."""

    bus: EventBus = field(default_factory=EventBus)
    where: dict[str, tuple[str, float]] = field(default_factory=dict)

    def statuses(self) -> dict[str, ReaderStatus]:
        return {}

    def stats(self) -> PipelineStats:
        return PipelineStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.0, 0.0)

    def presence(self) -> dict[str, tuple[str, float]]:
        return dict(self.where)

    def enter(self, tag: str, zone: str) -> None:
        now = time.time()
        old = self.where.get(tag)
        if old is not None:
            self.bus.publish(TrackingEvent(EventKind.LEAVE, now, tag, old[0], "R"))
        self.where[tag] = (zone, now)
        self.bus.publish(TrackingEvent(EventKind.ENTER, now, tag, zone, "R"))

    def leave(self, tag: str) -> None:
        zone, _since = self.where.pop(tag)
        self.bus.publish(TrackingEvent(EventKind.LEAVE, time.time(), tag, zone, "R"))

    def tamper(self, tag: str) -> None:
        zone = self.where.get(tag, ("", 0.0))[0]
        self.bus.publish(TrackingEvent(EventKind.TAMPER, time.time(), tag, zone, "R"))


@dataclass
class Live:
    panel: MapPanel
    source: FakeSource
    bridge: TrackingBridge
    directory: Directory

    def tags(self, kind: str) -> list[TagInfo]:
        return sorted((t for t in self.directory.tags.values() if t.kind == kind), key=lambda t: t.tag_id)

    def marker(self, tag: str):  # type: ignore[no-untyped-def]
        for scene in self.panel.scenes.values():
            if tag in scene.markers:
                return scene.markers[tag]
        return None

    def floor_of(self, tag: str) -> str | None:
        return next((code for code, s in self.panel.scenes.items() if tag in s.markers), None)


pytestmark = pytest.mark.usefixtures("cheap_kdf")  # every test here seeds or creates users


@pytest.fixture
def make_live(qtbot, services: Services, operator: Principal, translations):  # type: ignore[no-untyped-def]
    """Build the map panel over a TrackingBridge on a FakeSource (optionally with presence)."""
    built: list[Live] = []

    def make(where: dict[str, str] | None = None, with_services: Services | None = None) -> Live:
        source = FakeSource()
        for tag, zone in (where or {}).items():
            source.where[tag] = (zone, time.time() - 60)
        bridge = TrackingBridge(source)
        panel = MapPanel(DockContext(with_services or services, operator, ChangeBus(), bridge))
        qtbot.addWidget(panel)
        panel.resize(1400, 900)
        panel.show()
        qtbot.waitExposed(panel)
        qtbot.waitUntil(lambda: panel.loaded, timeout=3000)  # the directory is read on a worker
        live = Live(panel, source, bridge, load_directory(services.db))
        built.append(live)
        return live

    yield make
    for live in built:
        live.panel.shutdown()
        live.bridge.stop()
        # The floor scenes are owned by the panel's Python object, not by Qt: if one is garbage-
        # collected after the (top-level, test-only) panel with a marker still selected, its
        # selectionChanged reaches the deleted panel. Inside MainWindow this does not happen.
        for scene in live.panel.scenes.values():
            scene.clearSelection()


def button_for(panel: MapPanel, action: QAction) -> QToolButton:
    return next(b for b in panel.findChildren(QToolButton) if b.defaultAction() is action)


def click(qtbot, button: QToolButton) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_marker(qtbot, panel: MapPanel, marker) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(
        panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.mapFromScene(marker.scenePos())
    )


def inside(panel: MapPanel, floor: str, zone: str, p: QPointF) -> bool:
    return panel.scenes[floor].zones[zone].polygon().containsPoint(p, Qt.FillRule.OddEvenFill)


def status_counts(panel: MapPanel) -> tuple[str, str]:
    """'实时 · 地图上 5 个，显示 3 个' -> ('5', '3')"""
    text = panel.status.text()
    on_map = text.split("地图上")[1].split("个")[0].strip()
    shown = text.split("显示")[1].split("个")[0].strip()
    return on_map, shown


# -- live events ---------------------------------------------------------------------------------


def test_live_events_place_move_and_remove_markers_within_a_tick(  # type: ignore[no-untyped-def]
    qtbot, make_live
) -> None:
    live = make_live()
    panel, src = live.panel, live.source
    br, oc = panel.scenes[BR], panel.scenes[OC]
    assert panel.marker_count() == 0 and panel.status.text().startswith("实时")
    person = live.tags("person")[0].tag_id
    asset = live.tags("asset")[0].tag_id

    src.enter(person, "BR01-HALL")
    qtbot.waitUntil(lambda: person in br.markers, timeout=TICK_MS)
    marker = br.markers[person]
    assert marker.zone == "BR01-HALL" and inside(panel, BR, "BR01-HALL", marker.pos())
    assert br.zones["BR01-HALL"].occupied == 1
    hall_alpha_occupied = br.zones["BR01-HALL"].brush().color().alpha()
    assert hall_alpha_occupied > br.zones["BR01-COUNTER"].brush().color().alpha()  # drawn as occupied
    assert status_counts(panel) == ("1", "1")

    src.enter(person, "BR01-VAULT")  # LEAVE hall + ENTER vault, as the pipeline publishes them
    qtbot.waitUntil(lambda: br.markers[person].zone == "BR01-VAULT", timeout=TICK_MS)
    assert inside(panel, BR, "BR01-VAULT", br.markers[person].pos())
    assert br.zones["BR01-HALL"].occupied == 0 and br.zones["BR01-VAULT"].occupied == 1
    assert br.zones["BR01-HALL"].brush().color().alpha() < hall_alpha_occupied

    src.enter(person, "OC01-KEYING")  # to the other site's floor
    qtbot.waitUntil(lambda: person in oc.markers, timeout=TICK_MS)
    assert live.floor_of(person) == OC and br.zones["BR01-VAULT"].occupied == 0
    assert oc.markers[person].zone == "OC01-KEYING" and oc.zones["OC01-KEYING"].occupied == 1
    assert panel.marker_count() == 1

    src.enter(asset, "BR01-IT")
    qtbot.waitUntil(lambda: asset in br.markers, timeout=TICK_MS)
    assert not br.markers[asset].alert
    src.tamper(asset)
    qtbot.waitUntil(lambda: br.markers[asset].alert, timeout=TICK_MS)
    assert br.markers[asset].zone == "BR01-IT"  # a tamper report does not move it

    src.leave(person)
    qtbot.waitUntil(lambda: person not in oc.markers, timeout=TICK_MS)
    assert oc.zones["OC01-KEYING"].occupied == 0 and panel.marker_count() == 1
    assert status_counts(panel) == ("1", "1")


def test_a_stale_leave_does_not_remove_a_marker_that_moved_on(  # type: ignore[no-untyped-def]
    qtbot, make_live
) -> None:
    live = make_live()
    src = live.source
    person = live.tags("person")[1].tag_id
    src.enter(person, "BR01-HALL")
    src.enter(person, "BR01-COUNTER")
    now = time.time()
    # a late LEAVE for the zone it left must not take it off the map
    src.bus.publish(TrackingEvent(EventKind.LEAVE, now, person, "BR01-HALL", "R"))
    src.bus.publish(TrackingEvent(EventKind.ENTER, now, "FFFFFFFF", "BR01-HALL", "R"))  # unknown tag
    qtbot.waitUntil(lambda: live.marker("FFFFFFFF") is not None, timeout=TICK_MS)
    assert live.marker(person).zone == "BR01-COUNTER"
    unknown = live.marker("FFFFFFFF")
    assert unknown.kind == "unknown" and unknown.isVisible()


def test_a_marker_placed_again_in_its_zone_shows_who_the_tag_is_now(  # type: ignore[no-untyped-def]
    qtbot, make_live
) -> None:
    """A read that beat the directory's reload (a person just imported) placed an unknown marker;
    the reload places it again where it is, and it must then show the person (seen in CI)."""
    live = make_live()
    scene = next(iter(live.panel.scenes.values()))
    zone = next(iter(scene.zones))
    marker = scene.place(TagInfo("EEEE0001", "unknown", "EEEE0001"), zone)
    marker.set_stale(True, time.time())
    assert scene.place(TagInfo("EEEE0001", "person", "李新岗"), zone) is marker
    assert (marker.kind, marker.label, marker.zone) == ("person", "李新岗", zone)
    assert "李新岗" in marker.toolTip() and marker.stale  # still stale, under its new name


def test_markers_keep_their_slot_and_never_share_one_while_free_slots_remain(  # type: ignore[no-untyped-def]
    qtbot, make_live
) -> None:
    live = make_live()
    panel, src = live.panel, live.source
    scene = panel.scenes[BR]
    people = [t.tag_id for t in live.tags("person")]
    zone = "BR01-HALL"
    for tag in people[:6]:
        src.enter(tag, zone)
    qtbot.waitUntil(lambda: all(t in scene.markers for t in people[:6]), timeout=TICK_MS)
    before = {t: scene.markers[t].pos() for t in people[:6]}
    assert len({(p.x(), p.y()) for p in before.values()}) == 6  # six markers, six slots

    src.leave(people[1])
    src.enter(people[3], "BR01-COUNTER")
    for tag in people[6:9]:
        src.enter(tag, zone)
    qtbot.waitUntil(lambda: all(t in scene.markers for t in people[6:9]), timeout=TICK_MS)
    for tag in (people[0], people[2], people[4], people[5]):  # stayed: did not move at all
        assert scene.markers[tag].pos() == before[tag]
    in_hall = [m for m in scene.markers.values() if m.zone == zone]
    assert len(in_hall) == 7
    assert len({(m.pos().x(), m.pos().y()) for m in in_hall}) == 7
    assert scene.markers[people[6]].pos() == before[people[1]]  # the freed slot nearest the middle

    # fill a small zone to exactly its number of slots: still one marker per slot
    small = min((z for z in scene.slots if not scene.taken[z]), key=lambda z: len(scene.slots[z]))
    n = len(scene.slots[small])
    pool = people[9:] + [t.tag_id for kind in ("asset", "archive", "cashbox", "vip") for t in live.tags(kind)]
    assert small == "BR01-GATE" and n <= len(pool)
    for tag in pool[:n]:
        src.enter(tag, small)
    qtbot.waitUntil(lambda: len(scene.taken[small]) == n, timeout=TICK_MS)
    spots = {(m.pos().x(), m.pos().y()) for m in scene.markers.values() if m.zone == small}
    assert len(spots) == n
    assert all(inside(panel, BR, small, QPointF(x, y)) for x, y in spots)


# -- filters and search --------------------------------------------------------------------------


def test_kind_buttons_department_and_search(qtbot, make_live) -> None:  # type: ignore[no-untyped-def]
    live = make_live()
    panel, src = live.panel, live.source
    people = live.tags("person")
    depts = sorted({p.department for p in people})
    a = [p for p in people if p.department == depts[0]][:2]
    b = [p for p in people if p.department == depts[1]][:3]
    asset = live.tags("asset")[0]
    box = live.tags("cashbox")[0]
    far = [p for p in people if p.department == depts[0]][2]
    for info, zone in [(a[0], "BR01-HALL"), (a[1], "BR01-COUNTER"), (asset, "BR01-IT"), (box, "BR01-VAULT")]:
        src.enter(info.tag_id, zone)
    for info in b:
        src.enter(info.tag_id, "BR01-HALL")
    src.enter(far.tag_id, "OC01-KEYING")
    qtbot.waitUntil(lambda: panel.marker_count() == 8, timeout=TICK_MS)
    assert status_counts(panel) == ("8", "8")

    click(qtbot, panel.kind_buttons["person"])
    assert not panel.kind_buttons["person"].isChecked()
    assert not any(live.marker(p.tag_id).isVisible() for p in [*a, *b, far])
    assert live.marker(asset.tag_id).isVisible() and live.marker(box.tag_id).isVisible()
    assert status_counts(panel) == ("8", "2")
    click(qtbot, panel.kind_buttons["asset"])
    assert not live.marker(asset.tag_id).isVisible() and status_counts(panel) == ("8", "1")
    click(qtbot, panel.kind_buttons["person"])
    click(qtbot, panel.kind_buttons["asset"])
    assert status_counts(panel) == ("8", "8")

    # a marker arriving while its kind is filtered out arrives hidden
    click(qtbot, panel.kind_buttons["cashbox"])
    box2 = live.tags("cashbox")[1]
    src.enter(box2.tag_id, "BR01-HANDOVER")
    qtbot.waitUntil(lambda: live.marker(box2.tag_id) is not None, timeout=TICK_MS)
    assert not live.marker(box2.tag_id).isVisible() and status_counts(panel) == ("9", "7")
    click(qtbot, panel.kind_buttons["cashbox"])

    assert panel.department.itemText(0) == "全部部门"
    panel.department.setCurrentIndex(panel.department.findText(depts[1]))
    shown = {t for s in panel.scenes.values() for t, m in s.markers.items() if m.isVisible()}
    assert shown == {p.tag_id for p in b}
    assert status_counts(panel) == ("9", "3")
    panel.department.setCurrentIndex(0)
    assert status_counts(panel) == ("9", "9")

    # search: typing highlights every match; Return selects and centres the first one
    target = b[1]
    fitted = panel.view.transform().m11()
    qtbot.keyClicks(panel.search, target.tag_id[:6].lower())
    highlighted = {t for s in panel.scenes.values() for t, m in s.markers.items() if m.highlight}
    assert target.tag_id in highlighted
    assert all(target.tag_id[:6] in t for t in highlighted)
    for _ in range(6):  # zoom in with the keyboard, so centring has to scroll
        qtbot.keyClick(panel.view, Qt.Key.Key_Plus)
    assert panel.view.transform().m11() > 3 * fitted and not panel.view.auto_fit
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    marker = live.marker(target.tag_id)
    assert marker.isSelected() and panel.selected == target.tag_id
    centre = panel.view.mapToScene(panel.view.viewport().rect().center())
    assert math.dist((centre.x(), centre.y()), (marker.scenePos().x(), marker.scenePos().y())) < 20
    assert target.label in panel.details.text()

    # a Chinese name matches by label, and a match on the other floor switches the floor tab
    panel.search.setText(far.label)
    assert live.marker(far.tag_id).highlight
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert panel.floors.currentIndex() == list(panel.scenes).index(OC)
    assert panel.view.scene() is panel.scenes[OC] and live.marker(far.tag_id).isSelected()
    panel.search.clear()
    assert not any(m.highlight for s in panel.scenes.values() for m in s.markers.values())


# -- details and trail ---------------------------------------------------------------------------


def test_selecting_an_asset_shows_details_bound_people_and_its_trail(  # type: ignore[no-untyped-def]
    qtbot, services, make_live
) -> None:
    directory = load_directory(services.db)
    asset = next(t for t in directory.tags.values() if t.kind == "asset" and t.bound_to)
    owner = directory.tags[asset.bound_to[0]]
    others = [t for t in directory.tags.values() if t.kind == "person" and t.tag_id != owner.tag_id][:2]
    now = time.time()

    def mv(ts: float, kind: str, zone: str, tag: str = asset.tag_id) -> PresenceChange:
        return PresenceChange(tag, kind, zone, "R", -50, ts, 0.0)  # type: ignore[arg-type]

    store.save_movements(
        services.db,
        [
            mv(now - 7200, "enter", "BR01-OFFICE"),  # outside the trail window (last hour)
            mv(now - 7100, "leave", "BR01-OFFICE"),
            mv(now - 600, "enter", "BR01-VAULT"),
            mv(now - 500, "leave", "BR01-VAULT"),
            mv(now - 500, "enter", "BR01-CORRIDOR"),
            mv(now - 400, "leave", "BR01-CORRIDOR"),
            mv(now - 400, "enter", "BR01-HALL"),
            mv(now - 300, "enter", "OC01-KEYING", others[0].tag_id),  # someone else's movement
        ],
    )
    live = make_live(
        {
            asset.tag_id: "BR01-HALL",
            owner.tag_id: "BR01-COUNTER",
            others[0].tag_id: "BR01-HALL",
            others[1].tag_id: "BR01-HALL",
        }
    )
    panel = live.panel
    assert "选择一个标记" in panel.details.text()
    scene = panel.scenes[BR]
    qtbot.waitUntil(lambda: panel.view.transform().m11() != 1.0, timeout=1000)  # fitted to the floor
    click_marker(qtbot, panel, scene.markers[asset.tag_id])
    assert panel.selected == asset.tag_id and scene.markers[asset.tag_id].isSelected()

    text = panel.details.text()
    assert asset.label in text and asset.tag_id in text and "<b>资产</b>" in text
    assert "自 " in text and "起位于 营业大厅" in text
    fields = dict(asset.details)
    assert f"序列号</td><td>&nbsp;{fields['serial']}" in text
    assert f"责任人</td><td>&nbsp;{owner.label}" in text
    assert "绑定人员" in text and f"{owner.label} — 柜台" in text
    seen_with = text.split("同区域人员")[1]
    assert others[0].label in seen_with and others[1].label in seen_with
    assert owner.label not in seen_with  # the owner is at the counters, not with it

    # the trail: vault -> corridor -> hall (the older office visit is outside the window), walked
    # through the doors (issue 11: not straight lines through walls): out of the vault by the
    # handover room, along the corridor, through the counters' staff door into the hall
    qtbot.waitUntil(lambda: scene.trail.path().elementCount() > 0, timeout=3000)  # read on a worker
    path = scene.trail.path()
    points = [QPointF(path.elementAt(i).x, path.elementAt(i).y) for i in range(path.elementCount())]
    assert points == scene.trail_lines(["BR01-VAULT", "BR01-CORRIDOR", "BR01-HALL"])[0]
    assert points[0] == scene.zone_centre("BR01-VAULT") and points[-1] == scene.zone_centre("BR01-HALL")
    assert scene.zone_centre("BR01-CORRIDOR") in points
    for door in ((340, 185), (502.5, 330), (757.5, 400), (790, 500)):
        assert QPointF(*door) in points

    # clicking empty floor clears the selection, the details and the trail
    qtbot.mouseClick(
        panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.mapFromScene(QPointF(-15, -15))
    )
    assert panel.selected is None and "选择一个标记" in panel.details.text()
    assert scene.trail.path().elementCount() == 0


def test_asset_details_follow_people_moving_around_it(  # type: ignore[no-untyped-def]
    qtbot, services, make_live
) -> None:
    directory = load_directory(services.db)
    asset = next(t for t in directory.tags.values() if t.kind == "asset" and t.bound_to)
    owner = directory.tags[asset.bound_to[0]]
    live = make_live({asset.tag_id: "BR01-HALL", owner.tag_id: "BR01-COUNTER"})
    panel = live.panel
    assert panel.select_tag(asset.tag_id)
    assert f"{owner.label} — 柜台" in panel.details.text()
    assert panel.details.text().split("同区域人员")[1].startswith("</b><br>—")  # nobody with it yet
    live.source.enter(owner.tag_id, "BR01-HALL")  # the responsible person walks up to the asset
    qtbot.wait(TICK_MS)
    assert live.marker(owner.tag_id).zone == "BR01-HALL"  # the map itself is up to date
    text = panel.details.text()
    assert f"{owner.label} — 营业大厅" in text  # shows "— 柜台" (counters): stale
    assert owner.label in text.split("同区域人员")[1]  # shows "—": stale


def test_selecting_a_person_shows_personal_fields(qtbot, make_live) -> None:  # type: ignore[no-untyped-def]
    live = make_live()
    person = live.tags("person")[4]
    live.source.enter(person.tag_id, "OC01-AUTH")
    qtbot.waitUntil(lambda: live.marker(person.tag_id) is not None, timeout=TICK_MS)
    assert live.panel.select_tag(person.tag_id)
    assert live.panel.view.scene() is live.panel.scenes[OC]
    text = live.panel.details.text()
    fields = dict(person.details)
    fields["id_number"] = mask(fields["id_number"])  # the control room sees the last four characters
    assert (
        fields["id_number"].startswith("*")
        and fields["id_number"][-4:] == dict(person.details)["id_number"][-4:]
    )
    assert person.label in text and "<b>人员</b>" in text and "起位于 授权中心" in text
    for name, key in (("证件编号", "id_number"), ("性别", "sex"), ("部门", "department"), ("岗位", "post")):
        assert f"{name}</td><td>&nbsp;{fields[key]}" in text
    assert "同区域人员" not in text  # only things and visitors list the people with them


# -- playback ------------------------------------------------------------------------------------


def test_playback_loads_history_seeks_plays_and_returns_to_live(  # type: ignore[no-untyped-def]
    qtbot, services, make_live
) -> None:
    directory = load_directory(services.db)
    p, q, r, s = sorted(t.tag_id for t in directory.tags.values() if t.kind == "person")[:4]
    t0 = time.time()

    def mv(tag: str, ago: float, kind: str, zone: str) -> PresenceChange:
        return PresenceChange(tag, kind, zone, "R", -50, t0 - ago, 0.0)  # type: ignore[arg-type]

    store.save_movements(
        services.db,
        [
            mv(p, 1200, "enter", "BR01-HALL"),
            mv(q, 1000, "enter", "OC01-KEYING"),
            mv(p, 900, "leave", "BR01-HALL"),
            mv(p, 900, "enter", "BR01-VAULT"),
            mv(q, 600, "leave", "OC01-KEYING"),
        ],
    )
    live = make_live({p: "BR01-OFFICE", r: "BR01-HALL"})
    panel = live.panel

    def state() -> dict[str, str]:
        return {t: m.zone for sc in panel.scenes.values() for t, m in sc.markers.items()}

    assert state() == {p: "BR01-OFFICE", r: "BR01-HALL"} and not panel.playbar.isVisible()
    playback = button_for(panel, panel.playback_action)
    assert panel.range.currentData() == 3600  # last hour by default
    click(qtbot, playback)
    assert panel.playbar.isVisible()
    qtbot.waitUntil(lambda: panel.history is not None, timeout=3000)  # loaded on the worker
    start = panel.history.start
    assert start == pytest.approx(t0 - 1205, abs=0.01)  # starts just before the first movement
    assert panel.slider.maximum() == int(panel.history.end - start)
    assert state() == {} and panel.status.text().startswith("历史回放")

    def seek(ago: float) -> None:
        panel.slider.setValue(int(t0 - ago - start))

    seek(1100)
    assert state() == {p: "BR01-HALL"}
    assert panel.clock.text() == time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(panel.playback_t))
    seek(800)
    assert state() == {p: "BR01-VAULT", q: "OC01-KEYING"}
    assert status_counts(panel) == ("2", "2")
    seek(300)
    assert state() == {p: "BR01-VAULT"}
    seek(1100)  # back in time works too
    assert state() == {p: "BR01-HALL"}

    # live events during playback do not disturb it
    live.source.enter(s, "BR01-COUNTER")
    qtbot.wait(250)
    assert state() == {p: "BR01-HALL"}

    # play at 10x: the slider advances (one second of history per 100 ms tick)
    panel.speed.setCurrentIndex(panel.speed.findData(10))
    before = panel.slider.value()
    click(qtbot, panel.play_button)
    assert panel.play_timer.isActive()
    qtbot.waitUntil(lambda: panel.slider.value() >= before + 3, timeout=2000)
    click(qtbot, panel.play_button)
    assert not panel.play_timer.isActive()

    # playing to the end stops by itself
    panel.slider.setValue(panel.slider.maximum() - 2)
    click(qtbot, panel.play_button)
    qtbot.waitUntil(lambda: not panel.play_action.isChecked(), timeout=2000)
    assert panel.slider.value() == panel.slider.maximum() and not panel.play_timer.isActive()
    assert state() == {p: "BR01-VAULT"}

    # the selection's trail in playback walks the corridors too: hall -> vault through the doors
    assert panel.select_tag(p)
    scene = panel.scenes[BR]
    path = scene.trail.path()
    points = [QPointF(path.elementAt(i).x, path.elementAt(i).y) for i in range(path.elementCount())]
    assert points == scene.trail_lines(["BR01-HALL", "BR01-VAULT"])[0]
    assert QPointF(790, 500) in points and QPointF(340, 185) in points  # counters' door, vault's

    # leaving playback restores the live state, including what happened meanwhile
    click(qtbot, playback)
    assert panel.history is None and not panel.playbar.isVisible()
    assert state() == {p: "BR01-OFFICE", r: "BR01-HALL", s: "BR01-COUNTER"}
    assert panel.status.text().startswith("实时")
    live.source.leave(r)  # and live events apply again
    qtbot.waitUntil(lambda: r not in state(), timeout=TICK_MS)


def test_playback_switched_off_before_history_arrives_stays_live(  # type: ignore[no-untyped-def]
    qtbot, services, make_live
) -> None:
    directory = load_directory(services.db)
    p = sorted(t.tag_id for t in directory.tags.values() if t.kind == "person")[0]
    store.save_movements(
        services.db, [PresenceChange(p, "enter", "BR01-VAULT", "R", -50, time.time() - 60, 0)]
    )
    live = make_live({p: "BR01-HALL"})
    panel = live.panel
    playback = button_for(panel, panel.playback_action)
    click(qtbot, playback)
    click(qtbot, playback)  # changed their mind before the worker answered
    qtbot.wait(300)
    assert panel.history is None and live.marker(p).zone == "BR01-HALL"
    assert panel.status.text().startswith("实时")


# -- language ------------------------------------------------------------------------------------


def test_switch_to_english_retranslates_kind_buttons_floors_and_status(
    qtbot, translations, make_live
) -> None:  # type: ignore[no-untyped-def]
    live = make_live()
    panel = live.panel
    person = live.tags("person")[0]
    live.source.enter(person.tag_id, "BR01-HALL")
    qtbot.waitUntil(lambda: live.marker(person.tag_id) is not None, timeout=TICK_MS)
    panel.select_tag(person.tag_id)
    plans = sorted(live.directory.floorplans.values(), key=lambda p: p.code)
    assert [b.text() for b in panel.kind_buttons.values()] == ["人员", "资产", "款箱", "VIP客户", "档案"]
    assert panel.floors.tabText(0) == f"{plans[0].site_name_zh} · {plans[0].name_zh}"
    assert "营业大厅" in panel.details.text()

    translations.switch("en")
    qtbot.waitUntil(lambda: panel.kind_buttons["person"].text() == "Staff", timeout=3000)  # posted
    assert [b.text() for b in panel.kind_buttons.values()] == [
        "Staff",
        "Asset",
        "Cash box",
        "VIP customer",
        "Archive folder",
    ]
    assert [panel.floors.tabText(i) for i in range(panel.floors.count())] == [
        f"{p.site_name_en} · {p.name_en}" for p in plans
    ]
    assert panel.department.itemText(0) == "All departments"
    assert panel.status.text().startswith("Live · 1 on the map, 1 shown")
    assert "Business hall" in panel.details.text() and "<b>Staff</b>" in panel.details.text()
    assert button_for(panel, panel.playback_action).text() == "Playback"


# -- the real runtime: simulated readers through ptys --------------------------------------------


def test_real_runtime_fills_the_map_and_the_status_bar(  # type: ignore[no-untyped-def]
    qtbot, services, operator, runtime, ui_settings, translations
) -> None:
    w = MainWindow(services, operator, settings=ui_settings, translations=translations, tracking=runtime)
    qtbot.addWidget(w)
    try:
        w.show()
        qtbot.waitExposed(w)
        panel = w.docks["dock.map"].panel
        assert isinstance(panel, MapPanel)
        qtbot.waitUntil(lambda: panel.marker_count() >= 20, timeout=5000)
        for code, scene in panel.scenes.items():  # markers sit on their own floor
            assert all(panel.floor_of_zone[m.zone] == code for m in scene.markers.values())
        n = len(panel.directory.readers)
        qtbot.waitUntil(lambda: w.device_indicator.text() == f"读卡器：{n}/{n} 在线", timeout=3000)
        assert w.device_indicator.property("state") == "ok"
        readers = [item for scene in panel.scenes.values() for item in scene.readers.values()]
        assert len(readers) == n == 21 and all(item.state == "connected" for item in readers)
        # the map agrees with the pipeline about who is where
        presence = runtime.presence()
        on_map = {t: m.zone for s in panel.scenes.values() for t, m in s.markers.items()}
        common = set(on_map) & set(presence)
        assert len(common) >= 0.8 * len(on_map)
        assert sum(on_map[t] == presence[t][0] for t in common) >= 0.8 * len(common)
        assert status_counts(panel)[0] == str(panel.marker_count())
    finally:
        w._closing_for_logout = True
        w.close()
    assert not w.devices.running  # type: ignore[union-attr]


def test_the_app_hands_its_tracking_runtime_to_the_main_window(start_embedded_app) -> None:  # type: ignore[no-untyped-def]
    seen = start_embedded_app(lambda: any(t.name == "simulator" for t in threading.enumerate()))
    assert seen["probe"]  # the runtime was running when the window was built ...
    assert isinstance(seen.get("tracking"), TrackingRuntime)  # ... but the window never got it


def test_reader_states_colour_the_reader_items(qtbot, make_live) -> None:  # type: ignore[no-untyped-def]
    live = make_live()
    panel = live.panel
    st = ReaderStatus("BR01-R03", LinkState.DISCONNECTED, None, 0, 0, 0, 0, 0.0, "gone")
    live.bridge.health.emit({"BR01-R03": st})
    scene = panel.scenes[BR]
    assert scene.readers["BR01-R03"].state == "disconnected"
    assert scene.readers["BR01-R01"].state == "stopped"  # not reported at all


def test_zone_filter_and_a_persons_bound_assets(qtbot, make_live) -> None:  # type: ignore[no-untyped-def]
    live = make_live()
    panel, src = live.panel, live.source
    asset = next(t for t in live.tags("asset") if t.bound_to)
    owner = asset.bound_to[0]
    src.enter(owner, "BR01-HALL")
    src.enter(asset.tag_id, "BR01-VAULT")
    qtbot.waitUntil(
        lambda: owner in panel.scenes[BR].markers and asset.tag_id in panel.scenes[BR].markers,
        timeout=TICK_MS,
    )
    panel.zone_filter.setCurrentIndex(panel.zone_filter.findData("BR01-VAULT"))
    assert panel.scenes[BR].markers[asset.tag_id].isVisible()
    assert not panel.scenes[BR].markers[owner].isVisible()
    src.enter(owner, "BR01-VAULT")  # walks into the filtered zone: shown
    qtbot.waitUntil(lambda: panel.scenes[BR].markers[owner].isVisible(), timeout=TICK_MS)
    panel.zone_filter.setCurrentIndex(0)
    assert panel.select_tag(owner)
    qtbot.waitUntil(lambda: asset.label in panel.details.text(), timeout=TICK_MS)
    assert "绑定资产" in panel.details.text()


# -- reads off the GUI thread, escaped register text, stale markers -------------------------------


class SlowPositions(PositionService):
    """The trail query waits for the test to let it finish (a slow database)."""

    def __init__(self, services: Services) -> None:
        super().__init__(services.db)
        self.gate = threading.Event()
        self.asked: list[str] = []

    def trail(self, actor: Principal, tag_id: str, start: float, end: float) -> list[str]:
        self.asked.append(tag_id)
        self.gate.wait(10)
        return super().trail(actor, tag_id, start, end)


def test_a_selection_change_does_not_wait_for_the_trail(  # type: ignore[no-untyped-def]
    qtbot, services, make_live
) -> None:
    directory = load_directory(services.db)
    a, b = sorted(t.tag_id for t in directory.tags.values() if t.kind == "person")[:2]
    now = time.time()
    store.save_movements(
        services.db,
        [
            PresenceChange(a, "enter", "BR01-VAULT", "R", -50, now - 300, 0.0),
            PresenceChange(a, "enter", "BR01-HALL", "R", -50, now - 200, 0.0),
            PresenceChange(b, "enter", "BR01-CORRIDOR", "R", -50, now - 300, 0.0),
            PresenceChange(b, "enter", "BR01-COUNTER", "R", -50, now - 200, 0.0),
        ],
    )
    slow = SlowPositions(services)
    live = make_live({a: "BR01-HALL", b: "BR01-COUNTER"}, dataclasses.replace(services, positions=slow))
    panel, scene = live.panel, live.panel.scenes[BR]
    try:
        started = time.monotonic()
        assert panel.select_tag(a)
        assert panel.select_tag(b)  # changed the selection while a's trail is still being read
        assert time.monotonic() - started < 1.0  # the GUI thread did not wait for the database
        assert panel.selected == b and live.directory.tags[b].label in panel.details.text()
        assert scene.trail.path().elementCount() == 0  # not there yet
        qtbot.waitUntil(lambda: slow.asked == [a], timeout=3000)
    finally:
        slow.gate.set()
    b_trail = scene.trail_lines(["BR01-CORRIDOR", "BR01-COUNTER"])[0]  # through their door
    qtbot.waitUntil(lambda: scene.trail.path().elementCount() == len(b_trail), timeout=3000)
    path = scene.trail.path()
    points = [QPointF(path.elementAt(i).x, path.elementAt(i).y) for i in range(path.elementCount())]
    assert points == b_trail  # b's, not a's
    qtbot.wait(200)
    assert slow.asked == [a, b]
    assert scene.trail.path().elementCount() == len(b_trail)


def test_register_text_in_the_details_and_tooltips_is_shown_literally(  # type: ignore[no-untyped-def]
    qtbot, services, make_live
) -> None:
    name = "<b>X</b>&amp;"
    csv = f"id_number,name,sex,department,tag_id\n110105198503030033,{name},M,<i>部</i>,AB00EE01\n"
    assert services.registers.import_csv(system_principal("test"), "person", csv, reason="t").ok
    live = make_live({"AB00EE01": "BR01-HALL"})
    panel = live.panel
    assert panel.select_tag("AB00EE01")
    doc = QTextDocument()
    doc.setHtml(panel.details.text())
    shown = doc.toPlainText()
    assert name in shown and "<i>部</i>" in shown
    assert "<b>X</b>" not in panel.details.text()  # never markup
    tip = QTextDocument()
    tip.setHtml(live.marker("AB00EE01").toolTip())
    assert name in tip.toPlainText()


def test_markers_of_an_offline_readers_zone_look_stale_until_it_recovers(  # type: ignore[no-untyped-def]
    qtbot, make_live
) -> None:
    live = make_live()
    person, other = live.tags("person")[:2]
    live.source.enter(person.tag_id, "BR01-HALL")
    live.source.enter(other.tag_id, "BR01-VAULT")
    qtbot.waitUntil(lambda: live.marker(person.tag_id) is not None, timeout=TICK_MS)
    hall = [r.code for r in live.directory.readers.values() if r.zone == "BR01-HALL"]
    assert hall
    last = time.time() - 90

    def status(code: str, state: LinkState) -> ReaderStatus:
        frame = last if state != LinkState.CONNECTED else time.time()
        return ReaderStatus(code, state, frame, 10, 0, 0, 0, 0.0, "")

    def report(hall_state: LinkState) -> None:
        live.bridge.health.emit(
            {
                code: status(code, hall_state if code in hall else LinkState.CONNECTED)
                for code in live.directory.readers
            }
        )

    marker, elsewhere = live.marker(person.tag_id), live.marker(other.tag_id)
    assert not marker.stale
    report(LinkState.DISCONNECTED)
    assert marker.stale and not elsewhere.stale
    seen = datetime.fromtimestamp(last).strftime("%H:%M:%S")
    assert seen in marker.toolTip() and "最后" in marker.toolTip()
    live.source.enter(other.tag_id, "BR01-HALL")  # walks into the silent zone: no live position there
    qtbot.waitUntil(lambda: live.marker(other.tag_id).zone == "BR01-HALL", timeout=TICK_MS)
    assert live.marker(other.tag_id).stale
    report(LinkState.STALE)
    assert marker.stale
    report(LinkState.CONNECTED)
    assert not marker.stale and not live.marker(other.tag_id).stale
    assert seen not in marker.toolTip()


def test_a_zone_covered_only_by_another_readers_antenna_looks_stale_when_that_reader_is(  # type: ignore[no-untyped-def]
    qtbot, make_live, services: Services
) -> None:
    """The vault's readers move to the corridor, each with an antenna still covering the vault: the
    vault's markers follow those readers' health although none of them stands in the vault."""
    before = load_directory(services.db)
    moved = [r for r in before.readers.values() if r.zone == "BR01-VAULT"]
    assert moved
    for r in moved:
        services.sites.save_reader(
            system_principal("test"),
            r.code,
            zone="BR01-CORRIDOR",
            name_zh=r.name_zh,
            name_en=r.name_en,
            url=r.url,
            x=r.x,
            y=r.y,
            enabled=True,
            antennas={2: "BR01-VAULT"},
            station=r.station,
            reason="天线覆盖金库",
        )
    live = make_live()
    assert not any(r.zone == "BR01-VAULT" for r in live.directory.readers.values())
    person = live.tags("person")[0]
    live.source.enter(person.tag_id, "BR01-VAULT")
    qtbot.waitUntil(lambda: live.marker(person.tag_id) is not None, timeout=TICK_MS)
    marker = live.marker(person.tag_id)
    codes = {r.code for r in moved}
    last = time.time() - 90

    def report(state: LinkState) -> None:
        live.bridge.health.emit(
            {
                code: ReaderStatus(
                    code,
                    state if code in codes else LinkState.CONNECTED,
                    last if code in codes and state != LinkState.CONNECTED else time.time(),
                    10,
                    0,
                    0,
                    0,
                    0.0,
                    "",
                )
                for code in live.directory.readers
            }
        )

    report(LinkState.CONNECTED)
    assert not marker.stale
    report(LinkState.DISCONNECTED)
    assert marker.stale
    assert datetime.fromtimestamp(last).strftime("%H:%M:%S") in marker.toolTip()
    report(LinkState.CONNECTED)
    assert not marker.stale
    floor = live.floor_of(person.tag_id)
    for code in codes:  # each reader is drawn once, on its own zone's floor
        assert [f for f, scene in live.panel.scenes.items() if code in scene.readers] == [floor]


def test_playback_shows_a_reader_offline_for_the_minutes_of_its_outage(  # type: ignore[no-untyped-def]
    qtbot, services, make_live
) -> None:
    """Issue 11: playback showed the vault reader green during its outage (it showed the live health).
    It now shows each reader's recorded state at the playback time, and the markers of its zone
    stale; leaving playback shows the live health again."""
    from datetime import UTC

    live = make_live()
    panel = live.panel
    box = live.tags("cashbox")[0]
    vault = next(r for r in live.directory.readers.values() if r.zone == "BR01-VAULT")
    t0 = time.time()

    def at(ago: float) -> datetime:
        return datetime.fromtimestamp(t0 - ago, UTC)

    def st(state: LinkState, frame_ago: float) -> ReaderStatus:
        return ReaderStatus(vault.code, state, t0 - frame_ago, 10, 0, 0, 0, 0.0)

    store.save_movements(
        services.db,
        [PresenceChange(box.tag_id, EventKind.ENTER, "BR01-VAULT", vault.code, -50, t0 - 1500, 0.0)],
    )
    with services.db.write() as s:
        store.add_reader_event(s, "WS1", st(LinkState.CONNECTED, 1500), at(1500))
        store.add_reader_event(s, "WS1", st(LinkState.DISCONNECTED, 1202), at(1200))  # unplugged
        store.add_reader_event(s, "WS1", st(LinkState.CONNECTED, 900), at(900))  # back 5 minutes later
    live.bridge.health.emit(
        {
            code: ReaderStatus(code, LinkState.CONNECTED, t0, 1, 0, 0, 0, 0.0)
            for code in live.directory.readers
        }
    )
    scene = panel.scenes[BR]
    assert scene.readers[vault.code].state == LinkState.CONNECTED
    click(qtbot, button_for(panel, panel.playback_action))
    qtbot.waitUntil(lambda: panel.history is not None, timeout=3000)

    def seek(ago: float) -> None:
        panel.slider.setValue(int(t0 - ago - panel.history.start))

    seek(1300)
    assert scene.readers[vault.code].state == LinkState.CONNECTED and not scene.markers[box.tag_id].stale
    seek(1000)  # during the outage
    assert scene.readers[vault.code].state == LinkState.DISCONNECTED
    marker = scene.markers[box.tag_id]
    assert marker.stale and datetime.fromtimestamp(t0 - 1202).strftime("%H:%M:%S") in marker.toolTip()
    hall = next(r for r in live.directory.readers.values() if r.zone == "BR01-HALL")
    assert scene.readers[hall.code].state == LinkState.STOPPED  # no recorded state: shown as unknown
    seek(800)  # recovered
    assert scene.readers[vault.code].state == LinkState.CONNECTED and not marker.stale
    seek(1000)
    click(qtbot, button_for(panel, panel.playback_action))  # back to live: the live health again
    assert panel.history is None and scene.readers[vault.code].state == LinkState.CONNECTED
    assert scene.readers[hall.code].state == LinkState.CONNECTED


# -- the map says when it is not live (issue 11) ---------------------------------------------------


def test_without_devices_the_map_says_it_is_not_live(qtbot, services, operator, translations) -> None:  # type: ignore[no-untyped-def]
    """``--no-devices``: the map shows the stored presence and cannot follow anyone; a pill on the
    map and the status line say so, in Chinese and in English."""
    panel = MapPanel(DockContext(services, operator, ChangeBus(), None))
    qtbot.addWidget(panel)
    panel.resize(1400, 900)
    panel.show()
    qtbot.waitUntil(lambda: panel.loaded, timeout=3000)
    try:
        assert panel.not_live.isVisible() and panel.not_live.parent() is panel.view
        assert panel.not_live.text() == "非实时：本机未运行读卡器，显示最后存储的位置"
        assert panel.status.text().startswith("非实时 · ")
        translations.switch("en")
        qtbot.waitUntil(lambda: panel.status.text().startswith("Not live · "), timeout=3000)
        assert panel.not_live.text() == "Not live: no readers run here; positions as last stored"
        assert panel.not_live.width() >= panel.not_live.sizeHint().width()  # the whole text shows
    finally:
        panel.shutdown()


def test_the_map_says_it_is_not_live_while_no_reader_is_connected(qtbot, make_live) -> None:  # type: ignore[no-untyped-def]
    live = make_live()
    panel, codes = live.panel, sorted(live.directory.readers)

    def report(*online: str) -> None:
        live.bridge.health.emit(
            {
                c: ReaderStatus(
                    c, LinkState.CONNECTED if c in online else LinkState.DISCONNECTED, None, 0, 0, 0, 0, 0.0
                )
                for c in codes
            }
        )

    assert not panel.not_live.isVisible() and panel.status.text().startswith("实时")
    report(codes[0])  # one reader is enough to be live
    assert not panel.not_live.isVisible()
    report()
    assert (
        panel.not_live.isVisible()
        and panel.not_live.text() == "非实时：所有读卡器均未连接，显示最后读到的位置"
    )
    assert panel.status.text().startswith("非实时")
    click(qtbot, button_for(panel, panel.playback_action))  # playback is not meant to be live
    qtbot.waitUntil(lambda: panel.history is not None, timeout=3000)
    assert not panel.not_live.isVisible()
    click(qtbot, button_for(panel, panel.playback_action))
    assert panel.not_live.isVisible()
    report(codes[-1])
    assert not panel.not_live.isVisible() and panel.status.text().startswith("实时")


def test_a_map_built_after_the_readers_went_offline_says_it_is_not_live(  # type: ignore[no-untyped-def]
    qtbot, services, operator, translations
) -> None:
    """Docks are built when first shown: a map opened after every reader dropped has missed that
    report, and must take the bridge's last word instead of looking live until the next one."""
    bridge = TrackingBridge(FakeSource())
    codes = sorted(load_directory(services.db).readers)
    bridge.reader_statuses = {
        c: ReaderStatus(c, LinkState.DISCONNECTED, None, 0, 0, 0, 0, 0.0) for c in codes
    }  # what the bridge had heard before the dock was built
    panel = MapPanel(DockContext(services, operator, ChangeBus(), bridge))
    qtbot.addWidget(panel)
    panel.resize(1400, 900)
    panel.show()
    try:
        qtbot.waitUntil(lambda: panel.loaded, timeout=3000)
        assert panel.not_live.isVisible()
        assert panel.not_live.text() == "非实时：所有读卡器均未连接，显示最后读到的位置"
    finally:
        panel.shutdown()
        bridge.stop()


# -- labels, legend, search (issue 11) ------------------------------------------------------------


def label_pixels(panel: MapPanel, marker) -> int:  # type: ignore[no-untyped-def]
    """Light (label-coloured) pixels beside and below the marker's disc, in the view as painted:
    where only a label can be (the disc is at most R + 1 wide)."""

    image = panel.view.viewport().grab().toImage()
    centre = panel.view.mapFromScene(marker.scenePos())
    lod = panel.view.transform().m11()
    count = 0
    for dy in range(int((R + 2) * lod), int((R + 18) * lod)):
        for dx in range(int((R + 2) * lod), int(19 * lod)):
            for x in (centre.x() - dx, centre.x() + dx):
                color = image.pixelColor(x, centre.y() + dy)
                count += color.lightness() > 170
    return count


def test_markers_carry_readable_labels_at_the_fitted_zoom(qtbot, make_live) -> None:  # type: ignore[no-untyped-def]
    """Issue 11: at the zoom the map opens with, markers showed no label (only from 110 % zoom on)
    and even then the label was cut to the marker's width (its cached bounds)."""
    live = make_live()
    panel = live.panel
    person = next(p for p in live.tags("person") if len(p.label) >= 3)
    live.source.enter(person.tag_id, "BR01-VAULT")
    qtbot.waitUntil(lambda: live.marker(person.tag_id) is not None, timeout=TICK_MS)
    panel.view.fit()
    assert 0.6 < panel.view.transform().m11() < 1.1  # the map's normal zoom in this window
    qtbot.wait(50)
    marker = live.marker(person.tag_id)
    assert marker.boundingRect().contains(marker.label_rect())  # never clipped by its own bounds
    assert label_pixels(panel, marker) > 20


def test_the_legend_names_every_kind_and_the_stale_marker(qtbot, make_live, translations) -> None:  # type: ignore[no-untyped-def]
    panel = make_live().panel
    assert panel.legend.isVisible() and panel.legend.parent() is panel.view
    text = QTextDocument()
    text.setHtml(panel.legend.text())
    for name in ("人员", "资产", "款箱", "VIP客户", "档案", "最后已知位置", "读卡器在线", "读卡器离线"):
        assert name in text.toPlainText()
    translations.switch("en")
    qtbot.waitUntil(lambda: "Staff" in panel.legend.text(), timeout=3000)
    text.setHtml(panel.legend.text())
    for name in ("Staff", "Cash box", "Last known position", "Reader online", "Reader offline"):
        assert name in text.toPlainText()
    view = panel.view.viewport().rect()
    assert panel.legend.geometry().bottom() <= view.bottom() and panel.legend.x() >= 0  # inside the map


def test_search_centres_on_and_highlights_the_match_as_you_type(qtbot, make_live) -> None:  # type: ignore[no-untyped-def]
    live = make_live()
    panel = live.panel
    people = live.tags("person")[:3]
    for info, zone in zip(people, ("BR01-VAULT", "BR01-HALL", "BR01-VIP"), strict=True):
        live.source.enter(info.tag_id, zone)
    qtbot.waitUntil(lambda: panel.marker_count() == 3, timeout=TICK_MS)
    for _ in range(6):  # zoomed in on the top left: the match is out of sight
        qtbot.keyClick(panel.view, Qt.Key.Key_Plus)
    target = people[2]
    panel.search.setText(target.tag_id)
    marker = live.marker(target.tag_id)
    centre = panel.view.mapToScene(panel.view.viewport().rect().center())
    assert math.dist((centre.x(), centre.y()), (marker.scenePos().x(), marker.scenePos().y())) < 20
    assert marker.highlight and marker.zValue() > live.marker(people[0].tag_id).zValue()  # drawn on top
    panel.search.clear()
    assert not marker.highlight and marker.zValue() == live.marker(people[0].tag_id).zValue()


def test_the_details_of_a_stale_marker_say_since_when_it_was_not_seen(qtbot, make_live) -> None:  # type: ignore[no-untyped-def]
    """Issue 11: a tag last seen by an offline reader stays where it was, "marked stale (last seen
    10:42, reader offline)": the marker's tooltip said so; the selection's details now do too."""
    live = make_live()
    box = live.tags("cashbox")[0]
    live.source.enter(box.tag_id, "BR01-VAULT")
    qtbot.waitUntil(lambda: live.marker(box.tag_id) is not None, timeout=TICK_MS)
    live.panel.select_tag(box.tag_id)
    vault = {r.code for r in live.directory.readers.values() if "BR01-VAULT" in r.covers()}
    last = time.time() - 300

    def report(state: LinkState) -> None:
        live.bridge.health.emit(
            {
                c: ReaderStatus(c, state if c in vault else LinkState.CONNECTED, last, 1, 0, 0, 0, 0.0)
                for c in live.directory.readers
            }
        )

    report(LinkState.DISCONNECTED)
    seen = datetime.fromtimestamp(last).strftime("%H:%M:%S")
    assert f"读卡器离线或无数据：最后一次读到 {seen}" in live.panel.details.text()
    report(LinkState.CONNECTED)
    assert "最后一次读到" not in live.panel.details.text()


# -- performance: markers move, they are not made anew (issue 11) ---------------------------------


def test_a_marker_moved_between_zones_and_floors_keeps_its_item_and_its_label(  # type: ignore[no-untyped-def]
    qtbot, make_live
) -> None:
    """Issue 11: each zone change destroyed the marker (on the LEAVE) and made a new one (on the
    ENTER), so a busy map spent its frames creating items and painting their caches anew."""
    live = make_live()
    panel, src = live.panel, live.source
    br, oc = panel.scenes[BR], panel.scenes[OC]
    person = next(p for p in live.tags("person") if len(p.label) >= 3).tag_id
    others = [t.tag_id for t in live.tags("person") if t.tag_id != person][:3]
    for tag in others:  # the vault's first slots are taken: the mover gets the next free one
        src.enter(tag, "BR01-VAULT")
    src.enter(person, "BR01-HALL")
    qtbot.waitUntil(lambda: person in br.markers and all(t in br.markers for t in others), timeout=TICK_MS)
    marker = br.markers[person]
    hall_slot = marker.pos()

    src.enter(person, "BR01-VAULT")  # LEAVE hall + ENTER vault in one batch
    qtbot.waitUntil(lambda: marker.zone == "BR01-VAULT", timeout=TICK_MS)
    assert br.markers[person] is marker and marker.scene() is br
    assert marker.pos() == br.slots["BR01-VAULT"][3]  # the vault's fourth slot, inside the vault
    assert inside(panel, BR, "BR01-VAULT", marker.pos()) and marker.isVisible()
    assert br.zones["BR01-HALL"].occupied == 0 and br.zones["BR01-VAULT"].occupied == 4
    panel.view.fit()
    qtbot.wait(50)
    assert label_pixels(panel, marker) > 20  # its label still shows

    src.enter(others[0], "BR01-HALL")  # takes the hall slot the mover left
    qtbot.waitUntil(lambda: br.markers[others[0]].zone == "BR01-HALL", timeout=TICK_MS)
    assert br.markers[others[0]].pos() == hall_slot

    src.enter(person, "OC01-KEYING")  # to the other floor: the same item, handed over
    qtbot.waitUntil(lambda: person in oc.markers, timeout=TICK_MS)
    assert oc.markers[person] is marker and marker.scene() is oc and person not in br.markers
    assert marker.zone == "OC01-KEYING" and inside(panel, OC, "OC01-KEYING", marker.pos())
    assert br.zones["BR01-VAULT"].occupied == 2 and oc.zones["OC01-KEYING"].occupied == 1
    panel.floors.setCurrentIndex(list(panel.scenes).index(OC))
    panel.view.fit()
    qtbot.wait(50)
    assert label_pixels(panel, marker) > 20

    src.leave(person)
    qtbot.waitUntil(lambda: person not in oc.markers, timeout=TICK_MS)
    assert marker.scene() is None and oc.zones["OC01-KEYING"].occupied == 0


def test_thousands_of_markers_are_all_drawn_each_on_its_own_spot(qtbot, make_live) -> None:  # type: ignore[no-untyped-def]
    """Issue 11: at 10,000 markers only one per slot was drawn (525 on the branch's floor), the
    rest hidden under it. Now zones go denser and every marker is drawn, counted as it is painted."""
    live = make_live()
    panel = live.panel
    scene = panel.scenes[BR]
    zones = list(scene.zones)
    for i in range(4000):
        scene.place(TagInfo(f"C{i:07X}", "person", f"员工{i:04d}"), zones[i % len(zones)])
    panel.floors.setCurrentIndex(list(panel.scenes).index(BR))
    panel.view.fit()
    panel.view.viewport().repaint()
    assert scene.drawn_count() == 4000 == panel.visible_count()
    for zone in zones:
        spots = {(m.pos().x(), m.pos().y()) for m in scene.markers.values() if m.zone == zone}
        assert len(spots) == len(scene.taken[zone])  # no two share a spot
        assert all(inside(panel, BR, zone, QPointF(x, y)) for x, y in spots)
    assert any(scene.level[z] > 0 for z in zones)  # the crowded ones went denser


def test_a_crowded_zone_goes_denser_draws_every_marker_and_comes_back(  # type: ignore[no-untyped-def]
    qtbot, make_live
) -> None:
    """Past a zone's roomy slots its markers are laid out on a denser grid (all drawn, each
    clickable); once they fit the roomy one again with room to spare, it comes back."""
    live = make_live()
    panel, src = live.panel, live.source
    scene = panel.scenes[BR]
    zone, n = "BR01-GATE", len(scene.slots["BR01-GATE"])
    people = [t.tag_id for t in live.tags("person")][:n]
    assets = [t.tag_id for t in live.tags("asset")][:3]
    for tag in [*people, *assets]:
        src.enter(tag, zone)
    qtbot.waitUntil(lambda: all(t in scene.markers for t in assets), timeout=TICK_MS)
    assert scene.level[zone] > 0 and len(scene.slots[zone]) >= n + 3
    in_gate = [m for m in scene.markers.values() if m.zone == zone]
    assert len({(m.pos().x(), m.pos().y()) for m in in_gate}) == n + 3 and all(m.isVisible() for m in in_gate)
    assert all(inside(panel, BR, zone, m.pos()) for m in in_gate)
    panel.view.viewport().repaint()
    assert scene.layers[zone].drawn == n + 3

    click_marker(qtbot, panel, scene.markers[assets[1]])  # picked among the dense ones
    assert panel.selected == assets[1] and scene.markers[assets[1]].isSelected()

    panel.kind_buttons["person"].setChecked(False)  # filtered out: not drawn
    panel.view.viewport().repaint()
    assert scene.layers[zone].drawn == 3
    panel.kind_buttons["person"].setChecked(True)

    for tag in people[: n // 2 + 3]:
        src.leave(tag)
    qtbot.waitUntil(lambda: scene.level[zone] == 0, timeout=TICK_MS)
    left = [m for m in scene.markers.values() if m.zone == zone]
    assert {(m.pos().x(), m.pos().y()) for m in left} <= {(p.x(), p.y()) for p in scene.slots[zone]}
    assert len({(m.pos().x(), m.pos().y()) for m in left}) == len(left)


def test_a_markers_tooltip_and_cursor_come_from_its_zone_layer(qtbot, make_live) -> None:  # type: ignore[no-untyped-def]
    """Markers are drawn by their zone's layer, not items of their own: the scene finds the one
    under the pointer for its tooltip, and the layer shows a pointing hand over it."""
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    live = make_live()
    panel = live.panel
    person = live.tags("person")[0]
    live.source.enter(person.tag_id, "BR01-VAULT")
    qtbot.waitUntil(lambda: live.marker(person.tag_id) is not None, timeout=TICK_MS)
    marker = live.marker(person.tag_id)
    scene = panel.scenes[BR]
    assert scene.marker_at(marker.pos()) is marker
    assert scene.marker_at(marker.pos() + QPointF(R * 3, 0)) is None
    at = panel.view.mapFromScene(marker.pos())
    QApplication.sendEvent(
        panel.view.viewport(), QHelpEvent(QEvent.Type.ToolTip, at, panel.view.viewport().mapToGlobal(at))
    )
    qtbot.waitUntil(lambda: person.label in QToolTip.text(), timeout=2000)
    assert person.tag_id in QToolTip.text()
    QToolTip.hideText()
    qtbot.mouseMove(panel.view.viewport(), at)
    layer = scene.layers["BR01-VAULT"]
    qtbot.waitUntil(lambda: layer.cursor().shape() == Qt.CursorShape.PointingHandCursor, timeout=2000)
    qtbot.mouseMove(panel.view.viewport(), at + QPoint(int(R * 3 * panel.view.transform().m11()), 0))
    qtbot.waitUntil(lambda: layer.cursor().shape() != Qt.CursorShape.PointingHandCursor, timeout=2000)


def test_zone_slots_hold_whole_marker_squares_inside_a_concave_zone() -> None:
    """The slot grid of every layout: each marker's square wholly inside the zone (the branch's
    U-shaped hall, around the gate), no slot twice, nearest the middle first; computed row by
    row fast enough for the densest layout (22,000 slots) not to freeze the map."""
    from widgets.docks.tag_map.items import LEVELS
    from widgets.docks.tag_map.scene import level_slots

    hall = [(60, 500), (820, 500), (820, 720), (530, 720), (530, 640), (350, 640), (350, 720), (60, 720)]
    poly = QPolygonF([QPointF(x, y) for x, y in hall])
    centre = poly.boundingRect().center()
    for i, level in enumerate(LEVELS):
        started = time.perf_counter()
        slots = level_slots(poly, level)
        elapsed = time.perf_counter() - started
        margin = level.dx * 0.5 if i else 17.0 * 0.6
        assert len({(p.x(), p.y()) for p in slots}) == len(slots) > 0
        for p in slots:
            for dx in (-margin, 0.0, margin):
                for dy in (-margin, 0.0, margin):
                    assert 60 <= p.x() + dx <= 820 and 500 <= p.y() + dy <= 720
                    assert not (350 < p.x() + dx < 530 and p.y() + dy > 640)  # never on the gate
        dists = [math.hypot(p.x() - centre.x(), p.y() - centre.y()) for p in slots]
        assert all(b >= a - 1e-9 for a, b in itertools.pairwise(dists))
        assert elapsed < 1.0  # (the point-per-corner way took 0.5 s for the densest on this machine)
    assert len(level_slots(poly, LEVELS[-1])) > 20000


def test_a_crowded_markers_plate_says_what_tells_it_from_its_neighbours() -> None:
    """The walk-through at 1920x1080 showed the archive room's plates as "客…" and the vault's as
    "KX…" (every folder's label starts 客户档案, every box's KX-): the plate now shows the tail."""
    from widgets.docks.tag_map.items import plate_text

    assert plate_text("客户档案 017") == "017"
    assert plate_text("KX-003") == "003"
    assert plate_text("张三") == "张三" and plate_text("点钞机") == "点钞机"
