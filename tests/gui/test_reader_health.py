"""Reader health dock against the real tracking runtime (simulated readers through ptys and the real
pyserial drivers): every reader connects; unplug, replug and silence show up in the table."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton
from sqlalchemy import update

from app.db.models import Reader
from app.demo import DEMO_STATION
from app.rbac import Principal
from app.services import Services
from app.tracking.directory import load_directory
from app.tracking.events import EventBus, EventKind, TrackingEvent
from app.tracking.pipeline import PipelineStats
from app.tracking.reads import LinkState, ReaderStatus
from hardware.compose import build_tracking
from hardware.runtime import TrackingRuntime
from widgets.bridges.tracking import TrackingBridge, TrackingSource
from widgets.bus import ChangeBus
from widgets.docks import DockContext
from widgets.docks.reader_health.actions import ACTION_REPLUG, ACTION_SILENCE, ACTION_UNPLUG
from widgets.docks.reader_health.model import STATE_COLOR
from widgets.docks.reader_health.panel import ReaderHealthPanel
from widgets.main_window import MainWindow

STALE_AFTER = 1.5  # the simulator's heartbeat is 1 s: 1.0 would let quiet readers flicker to stale
CONNECTED, DISCONNECTED, STALE = "已连接", "已断开", "无数据（停滞）"


pytestmark = pytest.mark.usefixtures("cheap_kdf")  # every test here seeds or creates users


@pytest.fixture
def make_panel(qtbot, services: Services, operator: Principal, translations):  # type: ignore[no-untyped-def]
    bridges: list[TrackingBridge] = []
    panels: list[ReaderHealthPanel] = []

    def make(source: TrackingSource | None) -> ReaderHealthPanel:
        bridge = TrackingBridge(source) if source is not None else None
        if bridge is not None:
            bridges.append(bridge)
        panel = ReaderHealthPanel(DockContext(services, operator, ChangeBus(), bridge))
        qtbot.addWidget(panel)
        panel.resize(1100, 900)
        panel.show()
        qtbot.waitExposed(panel)
        qtbot.waitUntil(lambda: panel.loaded, timeout=3000)  # the readers are read on a worker
        panels.append(panel)
        return panel

    yield make
    for panel in panels:
        panel.shutdown()
    for bridge in bridges:
        bridge.stop()


@pytest.fixture
def runtime(services: Services, operator: Principal) -> Iterator[TrackingRuntime]:
    rt = build_tracking(services.tracking, DEMO_STATION, stale_after=STALE_AFTER)
    assert rt is not None
    rt.start()
    yield rt
    rt.stop()


def cell(  # type: ignore[no-untyped-def]
    panel: ReaderHealthPanel, code: str, column: str, role: int = Qt.ItemDataRole.DisplayRole
):
    row = next(i for i, r in enumerate(panel.model.readers) if r.code == code)
    return panel.model.index(row, panel.model.COLUMNS.index(column)).data(role)


def states(panel: ReaderHealthPanel) -> dict[str, str]:
    return {r.code: cell(panel, r.code, "state") for r in panel.model.readers}


def select(qtbot, panel: ReaderHealthPanel, code: str) -> None:  # type: ignore[no-untyped-def]
    row = next(i for i, r in enumerate(panel.model.readers) if r.code == code)
    index = panel.model.index(row, 0)
    panel.table.scrollTo(index)
    qtbot.mouseClick(
        panel.table.viewport(), Qt.MouseButton.LeftButton, pos=panel.table.visualRect(index).center()
    )
    assert panel.selected() == code


def press(qtbot, panel: ReaderHealthPanel, name: str) -> QAction:  # type: ignore[no-untyped-def]
    action = panel.actions_by_name[name]
    button = panel.toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton) and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return action


def online(n: int, total: int = 21) -> str:
    return f"{total} 台读卡器中 {n} 台在线"


def all_connected(panel: ReaderHealthPanel) -> Callable[[], bool]:
    return lambda: set(states(panel).values()) == {CONNECTED} and panel.summary.text() == online(21)


# -- with the real runtime -----------------------------------------------------------------------


def test_unplug_and_replug_a_simulated_reader(  # type: ignore[no-untyped-def]
    qtbot, runtime, make_panel
) -> None:
    panel = make_panel(runtime)
    assert panel.model.rowCount() == 21 and not panel.toolbar.isHidden()
    assert [a.text() for a in panel.toolbar.actions()][:3] == ["拔出（模拟）", "重新插入", "静默"]
    qtbot.waitUntil(all_connected(panel), timeout=3000)
    per_reader = ("readers.unplug", "readers.replug", "readers.silence", "readers.edit")
    assert not any(panel.actions_by_name[n].isEnabled() for n in per_reader)  # nothing selected yet
    qtbot.waitUntil(lambda: "读取 " in panel.pipeline_label.text(), timeout=1000)
    assert cell(panel, "BR01-R03", "zone") == "金库"
    assert (
        cell(panel, "BR01-R03", "state", Qt.ItemDataRole.ForegroundRole) == STATE_COLOR[LinkState.CONNECTED]
    )
    qtbot.waitUntil(lambda: cell(panel, "BR01-R03", "last_frame").endswith("秒前"), timeout=2000)

    select(qtbot, panel, "BR01-R03")
    assert all(panel.actions_by_name[n].isEnabled() for n in per_reader[:3])
    assert not panel.actions_by_name["readers.edit"].isEnabled()  # an operator does not edit readers
    press(qtbot, panel, ACTION_UNPLUG)
    t = time.monotonic()
    qtbot.waitUntil(lambda: cell(panel, "BR01-R03", "state") == DISCONNECTED, timeout=2000)
    assert time.monotonic() - t < 2.0
    qtbot.waitUntil(lambda: panel.summary.text() == online(20), timeout=1000)
    assert (
        cell(panel, "BR01-R03", "state", Qt.ItemDataRole.ForegroundRole)
        == STATE_COLOR[LinkState.DISCONNECTED]
    )
    assert "BR01-R03" in cell(panel, "BR01-R03", "detail")  # names the device that went away
    assert cell(panel, "BR01-R03", "reconnects") == 0
    others = {code: s for code, s in states(panel).items() if code != "BR01-R03"}
    assert set(others.values()) == {CONNECTED}  # only the unplugged one

    press(qtbot, panel, ACTION_REPLUG)
    qtbot.waitUntil(lambda: cell(panel, "BR01-R03", "state") == CONNECTED, timeout=3000)
    qtbot.waitUntil(all_connected(panel), timeout=1000)
    assert cell(panel, "BR01-R03", "reconnects") == 1
    ok_before = cell(panel, "BR01-R03", "ok")
    qtbot.waitUntil(lambda: cell(panel, "BR01-R03", "ok") > ok_before, timeout=2000)  # frames flow again


def test_silenced_reader_shows_stale_then_recovers(  # type: ignore[no-untyped-def]
    qtbot, runtime, make_panel
) -> None:
    panel = make_panel(runtime)
    qtbot.waitUntil(all_connected(panel), timeout=3000)
    select(qtbot, panel, "OC01-R04")
    silence = press(qtbot, panel, ACTION_SILENCE)
    assert silence.isChecked()
    qtbot.waitUntil(lambda: cell(panel, "OC01-R04", "state") == STALE, timeout=STALE_AFTER * 1000 + 1500)
    qtbot.waitUntil(lambda: panel.summary.text() == online(20), timeout=1000)
    assert cell(panel, "OC01-R04", "state", Qt.ItemDataRole.ForegroundRole) == STATE_COLOR[LinkState.STALE]
    assert cell(panel, "OC01-R04", "detail").startswith("no frame for")
    assert {s for code, s in states(panel).items() if code != "OC01-R04"} == {CONNECTED}

    press(qtbot, panel, ACTION_SILENCE)
    assert not silence.isChecked()
    qtbot.waitUntil(lambda: cell(panel, "OC01-R04", "state") == CONNECTED, timeout=2500)
    qtbot.waitUntil(all_connected(panel), timeout=1000)
    assert cell(panel, "OC01-R04", "reconnects") == 0  # silent is not disconnected


def test_readers_connect_when_the_device_folder_does_not_exist_yet(  # type: ignore[no-untyped-def]
    qtbot, services, operator, make_panel, tmp_path: Path
) -> None:
    rt = build_tracking(
        services.tracking, DEMO_STATION, device_dir=tmp_path / "devices", stale_after=STALE_AFTER
    )
    assert rt is not None
    rt.start()
    try:
        panel = make_panel(rt)

        def connected() -> None:
            down = {code: cell(panel, code, "detail") for code, s in states(panel).items() if s != CONNECTED}
            assert not down, down  # e.g. "[Errno 2] No such file or directory: '/dev/pts/3' -> ..."

        qtbot.waitUntil(connected, timeout=1500)
    finally:
        rt.stop()


# -- without a runtime, and simulator controls in isolation --------------------------------------


def test_without_a_device_runtime_the_panel_says_so(  # type: ignore[no-untyped-def]
    qtbot, services, operator, open_window
) -> None:
    w = open_window(operator)
    panel = w.docks["dock.readers"].panel
    assert isinstance(panel, ReaderHealthPanel)
    w.docks["dock.readers"].raise_()
    qtbot.waitUntil(panel.isVisible, timeout=1000)
    qtbot.waitUntil(lambda: panel.loaded, timeout=3000)  # the readers are read on a worker
    assert panel.summary.text() == "设备运行时未启动：未读取读卡器。"
    assert panel.toolbar.isHidden() and panel.controls is None
    assert w.device_indicator.text() == "设备：未配置"
    assert panel.model.rowCount() == 21 and set(states(panel).values()) == {"连接中"}
    select(qtbot, panel, "BR01-R01")
    assert not any(a.isEnabled() for a in panel.actions_by_name.values())


@dataclass
class FakeSimulator:
    """A tracking source with simulator controls that only records what it is asked to do."""

    bus: EventBus = field(default_factory=EventBus)
    silenced: set[str] = field(default_factory=set)
    unplugged: list[str] = field(default_factory=list)
    initial: dict[str, ReaderStatus] = field(default_factory=dict)
    asked: int = 0  # how often the GUI asked for statuses()

    def statuses(self) -> dict[str, ReaderStatus]:
        self.asked += 1
        return dict(self.initial)

    def report(self, status: ReaderStatus) -> None:
        """What a reader's thread does with each status snapshot: publish it as an event."""
        self.bus.publish(
            TrackingEvent(
                EventKind.READER_STATUS, time.time(), reader=status.reader, detail={"status": status}
            )
        )

    def stats(self) -> PipelineStats:
        return PipelineStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.0, 0.0)

    def presence(self) -> dict[str, tuple[str, float]]:
        return {}

    def is_simulated(self, code: str) -> bool:
        return code.startswith("BR01-")

    def unplug(self, code: str) -> None:
        self.unplugged.append(code)

    def replug(self, code: str) -> None:
        self.unplugged.remove(code)

    def silence(self, code: str, silent: bool = True) -> None:
        (self.silenced.add if silent else self.silenced.discard)(code)

    def is_silenced(self, code: str) -> bool:
        return code in self.silenced


def test_controls_are_offered_only_for_simulated_readers(  # type: ignore[no-untyped-def]
    qtbot, make_panel
) -> None:
    sim = FakeSimulator()
    panel = make_panel(sim)
    assert panel.controls is sim and not panel.toolbar.isHidden()
    select(qtbot, panel, "OC01-R02")  # a "real" reader in this fake: no fault buttons
    assert not any(a.isEnabled() for a in panel.actions_by_name.values())
    select(qtbot, panel, "BR01-R07")
    press(qtbot, panel, ACTION_UNPLUG)
    assert sim.unplugged == ["BR01-R07"]
    press(qtbot, panel, ACTION_REPLUG)
    assert sim.unplugged == []


def test_silence_button_follows_the_selected_reader(  # type: ignore[no-untyped-def]
    qtbot, make_panel
) -> None:
    sim = FakeSimulator()
    panel = make_panel(sim)
    select(qtbot, panel, "BR01-R06")
    silence = press(qtbot, panel, ACTION_SILENCE)
    assert sim.silenced == {"BR01-R06"} and silence.isChecked()
    select(qtbot, panel, "BR01-R10")
    assert not silence.isChecked()  # BR01-R10 is not silenced
    press(qtbot, panel, ACTION_SILENCE)
    assert sim.silenced == {"BR01-R06", "BR01-R10"}


def test_switch_to_english_renames_headers_and_zones(  # type: ignore[no-untyped-def]
    qtbot, translations, make_panel
) -> None:
    panel = make_panel(None)
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "读卡器"
    assert cell(panel, "BR01-R03", "zone") == "金库"
    translations.switch("en")
    qtbot.waitUntil(lambda: panel.model.headerData(0, Qt.Orientation.Horizontal) == "Reader", timeout=3000)
    assert panel.summary.text() == "No device runtime: readers are not being read."
    assert cell(panel, "BR01-R03", "state") == "Connecting"
    assert cell(panel, "BR01-R03", "zone") == "Vault"


# -- reader health arrives as READER_STATUS events -------------------------------------------------


def status(code: str, state: LinkState, ok: int = 0, detail: str = "") -> ReaderStatus:
    return ReaderStatus(code, state, time.time() if ok else None, ok, 0, 0, 0, 0.0, detail)


def test_reader_health_comes_from_status_events(  # type: ignore[no-untyped-def]
    qtbot, services, make_panel
) -> None:
    codes = sorted(load_directory(services.db).readers)
    assert len(codes) == 21
    sim = FakeSimulator(initial={c: status(c, LinkState.CONNECTED, 5) for c in codes})
    panel = make_panel(sim)
    bridge = panel.ctx.devices
    qtbot.waitUntil(all_connected(panel), timeout=2000)  # the initial snapshot, read once
    seen: list[dict[str, ReaderStatus]] = []
    bridge.health.connect(seen.append)

    def reader_thread() -> None:  # 2,000 snapshots of one reader, the last one says it went away
        for n in range(2000):
            sim.report(status("BR01-R03", LinkState.CONNECTED, 6 + n))
        sim.report(status("BR01-R03", LinkState.DISCONNECTED, 2005, "BR01-R03: port gone"))

    t = threading.Thread(target=reader_thread)
    t.start()
    qtbot.waitUntil(lambda: cell(panel, "BR01-R03", "state") == DISCONNECTED, timeout=2000)
    t.join()
    qtbot.waitUntil(lambda: panel.summary.text() == online(20), timeout=1000)
    assert "port gone" in cell(panel, "BR01-R03", "detail") and cell(panel, "BR01-R03", "ok") == 2005
    assert len(seen) <= 3  # coalesced: the latest status per reader, a few times a second at most
    assert set(seen[-1]) == set(codes)  # every reader's latest status, not only the one that changed
    assert seen[-1]["BR01-R01"] == sim.initial["BR01-R01"]
    assert sim.asked == 1  # no polling: statuses() only for the initial snapshot
    bridge.stop()
    assert not bridge.running


def test_a_panel_built_later_starts_from_the_latest_health(  # type: ignore[no-untyped-def]
    qtbot, make_panel, services, operator
) -> None:
    sim = FakeSimulator(initial={"BR01-R01": status("BR01-R01", LinkState.CONNECTED, 1)})
    first = make_panel(sim)
    qtbot.waitUntil(lambda: first.summary.text() == online(1), timeout=2000)
    sim.report(status("BR01-R02", LinkState.CONNECTED, 1))
    qtbot.waitUntil(lambda: first.summary.text() == online(2), timeout=2000)
    late = ReaderHealthPanel(DockContext(services, operator, ChangeBus(), first.ctx.devices))
    qtbot.addWidget(late)
    qtbot.waitUntil(lambda: late.loaded, timeout=5000)  # the site layout is read on the dock's worker
    assert late.summary.text() == online(2) and cell(late, "BR01-R02", "state") == CONNECTED


def test_the_status_bar_counts_readers_from_status_events(
    qtbot, services, operator, ui_settings, translations
) -> None:  # type: ignore[no-untyped-def]
    codes = [f"BR01-R{i:02d}" for i in range(1, 4)]
    sim = FakeSimulator(initial={c: status(c, LinkState.CONNECTED, 1) for c in codes})
    w = MainWindow(services, operator, settings=ui_settings, translations=translations, tracking=sim)
    qtbot.addWidget(w)
    try:
        w.show()
        qtbot.waitExposed(w)
        qtbot.waitUntil(lambda: w.device_indicator.text() == "读卡器：3/3 在线", timeout=2000)
        assert w.device_indicator.property("state") == "ok"
        sim.report(status("BR01-R02", LinkState.STALE, 1, "no frame for 3 s"))
        qtbot.waitUntil(lambda: w.device_indicator.text() == "读卡器：2/3 在线", timeout=2000)
        assert w.device_indicator.property("state") == "warn"
    finally:
        w._closing_for_logout = True
        w.close()
    assert w.devices is not None and not w.devices.running and sim.asked == 1


def test_the_table_names_the_station_that_runs_each_reader(  # type: ignore[no-untyped-def]
    qtbot, services, make_panel, translations
) -> None:
    with services.db.write() as s:
        s.execute(update(Reader).where(Reader.code == "BR01-R01").values(station=None))
    panel = make_panel(None)
    assert cell(panel, "BR01-R01", "station") == "未分配"  # unassigned: an embedded workstation runs it
    assert cell(panel, "BR01-R02", "station") == DEMO_STATION
    panel.on_pipeline(PipelineStats(5, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1.0, 2.0))
    assert "待发送" not in panel.pipeline_label.text()  # embedded: nothing ever waits
    panel.on_pipeline(PipelineStats(5, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1.0, 2.0, unsent=3))
    assert panel.pipeline_label.text().endswith("3 批待发送至服务器")  # a station's spool, server away
    assert panel.refused_label.isHidden()

    # batches the server refused for good (set aside in refused.log) are shown, as a warning
    def min_width() -> int:
        panel.layout().activate()
        return panel.minimumSizeHint().width()

    wide = min_width()
    panel.on_pipeline(PipelineStats(5, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1.0, 2.0, unsent=3, refused=2))
    assert not panel.refused_label.isHidden() and panel.refused_label.text() == "服务器拒收 2 批"
    assert min_width() <= wide  # on a row of its own: beside the counters it widened the dock
    assert "refused.log" in panel.refused_label.toolTip()
