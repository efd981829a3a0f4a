"""Live tag map dock (实时定位): floor plans with zones, readers and tag markers; filters, search,
details of the selection with its trail, and history playback. GUI thread.

Live updates arrive as batches from the TrackingBridge (at most 10 per second). When they cannot
(no device runtime here, ``--no-devices``; or no reader connected) a pill on the map says the map
is not live, and the status line says so too. Everything read
from the database goes through PositionService on a worker (who each tag is, the stored presence,
a selection's trail, a playback range); results come back to the GUI thread and are applied only
if still current. Playback replays its range at 1-10x. Register text is escaped in the details.
"""

from __future__ import annotations

import html
import time
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSlider,
    QSplitter,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.operations import Change, Target
from app.rbac import Permission
from app.services.positions import MapSnapshot
from app.tracking.directory import Directory, TagInfo
from app.tracking.events import EventKind, TrackingEvent
from app.tracking.reads import LinkState, ReaderStatus
from widgets.common.flow import FlowLayout
from widgets.common.map_view import MapView
from widgets.common.plain import plain
from widgets.docks import DockContext, DockSpec
from widgets.docks.tag_map.actions import ACTION_FIT, ACTION_PLAY, ACTION_PLAYBACK
from widgets.docks.tag_map.items import KIND_COLORS, STALE_COLOR, STATE_COLORS, stale_text
from widgets.docks.tag_map.playback import History
from widgets.docks.tag_map.scene import FloorScene
from widgets.i18n import Retranslating, ui_is_chinese
from widgets.theme import set_role
from widgets.workers import Worker

OBJECT_NAME = "dock.map"
KINDS = ("person", "asset", "cashbox", "vip", "archive")
REGISTER_TARGETS = frozenset({Target.PERSON, Target.ASSET, Target.CASHBOX, Target.VIP, Target.ARCHIVE})
THING_TARGETS = REGISTER_TARGETS - {Target.PERSON}  # registers whose tags are things, not people
TRAIL_WINDOW = 3600.0


class MapPanel(Retranslating, QWidget):
    def __init__(self, ctx: DockContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.positions = ctx.services.positions
        self.directory = Directory()  # filled by the first load (worker)
        self.loaded = False  # the first directory has arrived
        self._rebuild_floors = True  # the next directory brings new floors or zones
        self.worker = Worker(self)  # playback ranges
        self.loader = Worker(self)  # the directory (and, without a device runtime, stored presence)
        self.trail_worker = Worker(self)  # the selection's trail
        self._trail: tuple[str, list[str]] | None = None  # the newest live trail: (tag, zones)
        self.health: dict[str, ReaderStatus] = {}
        self.presence: dict[str, tuple[str, float]] = {}
        self.history: History | None = None
        self.playback_t = 0.0
        self._carry = 0.0  # fraction of a history second not yet played
        self.selected: str | None = None

        self.scenes: dict[str, FloorScene] = {}
        self._build_floors()
        plans = sorted(self.directory.floorplans.values(), key=lambda p: p.code)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = FlowLayout()  # the filters wrap onto a second row when the dock is narrow
        self.floors = QTabBar()
        self.floors.setObjectName("map.floors")
        for _plan in plans:
            self.floors.addTab("")  # titles are set in retranslate()
        self.floors.currentChanged.connect(self._show_floor)
        top.addWidget(self.floors)
        self.kind_buttons: dict[str, QToolButton] = {}
        for kind in KINDS:
            b = QToolButton()
            b.setObjectName(f"map.kind.{kind}")
            b.setCheckable(True)
            b.setChecked(True)
            b.setStyleSheet(f"QToolButton:checked {{ border-bottom: 3px solid {KIND_COLORS[kind].name()}; }}")
            b.toggled.connect(self.apply_filters)
            self.kind_buttons[kind] = b
            top.addWidget(b)
        self.department = QComboBox()
        self.department.setObjectName("map.department")
        self.department.currentIndexChanged.connect(self.apply_filters)
        top.addWidget(self.department)
        self.zone_filter = QComboBox()
        self.zone_filter.setObjectName("map.zone")
        self.zone_filter.currentIndexChanged.connect(self.apply_filters)
        top.addWidget(self.zone_filter)
        self.search = QLineEdit()
        self.search.setObjectName("map.search")
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(220)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self.focus_search_result)
        top.addWidget(self.search)
        self.fit_action = QAction(self)
        self.fit_action.setObjectName(ACTION_FIT)
        self.fit_action.triggered.connect(lambda: self.view.fit())
        fit = QToolButton()
        fit.setDefaultAction(self.fit_action)
        top.addWidget(fit)
        self.playback_action = QAction(self)
        self.playback_action.setObjectName(ACTION_PLAYBACK)
        self.playback_action.setCheckable(True)
        self.playback_action.toggled.connect(self.set_playback)
        pb = QToolButton()
        pb.setDefaultAction(self.playback_action)
        top.addWidget(pb)
        layout.addLayout(top)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.view = MapView()
        self.not_live = QLabel(self.view)  # a pill over the map's top left corner
        self.not_live.setObjectName("map.notLive")
        self.not_live.move(8, 8)
        self.not_live.setVisible(False)
        set_role(self.not_live, "state", "warn")
        self.legend = QLabel(self.view)  # what the shapes and colours mean, over the bottom left corner
        self.legend.setObjectName("map.legend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setStyleSheet(
            "background: rgba(11, 17, 24, 200); color: #e6edf3; border-radius: 4px; padding: 3px 6px;"
        )
        self.view.viewport().installEventFilter(self)  # resized after the view itself
        split.addWidget(self.view)
        self.details = QLabel()
        self.details.setObjectName("map.details")
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setWordWrap(True)
        self.details.setMinimumWidth(200)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        split.addWidget(self.details)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)

        bar = QHBoxLayout()
        self.play_action = QAction(self)
        self.play_action.setObjectName(ACTION_PLAY)
        self.play_action.setCheckable(True)
        self.play_action.toggled.connect(self._play_toggled)
        self.play_button = QToolButton()
        self.play_button.setDefaultAction(self.play_action)
        self.speed = QComboBox()
        self.speed.setObjectName("map.speed")
        for s in (1, 2, 5, 10):
            self.speed.addItem(f"{s}×", s)
        self.range = QComboBox()
        self.range.setObjectName("map.range")
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("map.slider")
        self.slider.valueChanged.connect(self._seek)
        self.clock = QLabel()
        self.clock.setObjectName("map.clock")
        for w in (self.play_button, self.speed, self.range):
            bar.addWidget(w)
        bar.addWidget(self.slider, 1)
        bar.addWidget(self.clock)
        self.playbar = QWidget()
        self.playbar.setLayout(bar)
        self.playbar.setVisible(False)
        layout.addWidget(self.playbar)
        self.status = plain(QLabel())  # may quote a database error
        self.status.setProperty("role", "hint")
        layout.addWidget(self.status)

        self.play_timer = QTimer(self)
        self.play_timer.setObjectName("map.play")
        self.play_timer.setInterval(100)
        self.play_timer.timeout.connect(self._tick)

        ctx.bus.changed.connect(self._on_change)
        if ctx.devices is not None:
            ctx.devices.events.connect(self.on_events)
            ctx.devices.health.connect(self.on_health)
            self.health = dict(ctx.devices.reader_statuses)  # a dock built late: what was said before
        self.retranslate()
        self._ready = True
        self._load_directory()

    def _build_floors(self) -> None:
        """One scene per floor plan, from the directory (again after a zone was edited)."""
        old = self.scenes
        self.scenes = {}
        for plan in sorted(self.directory.floorplans.values(), key=lambda p: p.code):
            zones = [z for z in self.directory.zones.values() if z.floorplan == plan.code]
            readers = [  # in a zone of this floor, or with an antenna covering one
                r
                for r in self.directory.readers.values()
                if any(self.directory.zones[z].floorplan == plan.code for z in r.covers())
            ]
            scene = FloorScene(plan, zones, readers, self)
            scene.marker_selection.connect(self._on_selection)
            self.scenes[plan.code] = scene
        self.floor_of_zone = {z.code: z.floorplan for z in self.directory.zones.values()}
        for scene in old.values():
            scene.marker_selection.disconnect(self._on_selection)
            scene.deleteLater()

    def _on_change(self, change: Change) -> None:
        """A register or a zone changed: who is who, and where the rooms are, must follow."""
        if change.target_type in REGISTER_TARGETS:
            self._load_directory()
        elif change.target_type == Target.ZONE:
            self._rebuild_floors = True
            self._load_directory()

    def _load_directory(self) -> None:
        """Ask the worker for the directory (and the stored presence when no runtime is running)."""
        actor = self.ctx.principal
        if self.ctx.devices is not None:
            self.loader.submit(lambda: self.positions.directory(actor), self._directory_loaded, self._failed)
        else:
            self.loader.submit(lambda: self.positions.snapshot(actor), self._snapshot_loaded, self._failed)

    def _snapshot_loaded(self, snapshot: MapSnapshot) -> None:
        self._directory_loaded(snapshot.directory, snapshot.presence)

    def _directory_loaded(
        self, directory: Directory, stored: dict[str, tuple[str, float]] | None = None
    ) -> None:
        self.directory = directory
        self.loaded = True
        if self._rebuild_floors:
            self._rebuild_floors = False
            index = max(self.floors.currentIndex(), 0)
            self._build_floors()
            self.floors.blockSignals(True)
            while self.floors.count() > len(self.scenes):
                self.floors.removeTab(self.floors.count() - 1)
            while self.floors.count() < len(self.scenes):
                self.floors.addTab("")
            self.floors.setCurrentIndex(min(index, self.floors.count() - 1))
            self.floors.blockSignals(False)
            self.retranslate()
            if self.history is None:
                self.load_live(stored)
            self._apply_readers()
            self._show_floor(self.floors.currentIndex())
        else:
            if self.history is None:  # markers placed before this directory came show who they are now
                self.load_live(stored)
            self._show_details()

    def _failed(self, exc: Exception) -> None:
        self.status.setText(self.tr("Could not load the map: %1").replace("%1", str(exc)))

    # -- live -----------------------------------------------------------------------------------
    def tag(self, tag_id: str) -> TagInfo:
        return self.directory.tags.get(tag_id) or TagInfo(tag_id, "unknown", tag_id[:8])

    def load_live(self, stored: dict[str, tuple[str, float]] | None = None) -> None:
        """Show who is where now: the runtime's presence, else the stored one (``stored``, read on the
        worker; None: ask the worker for it)."""
        if self.ctx.devices is not None:
            source = self.ctx.devices.presence()
        elif stored is not None:
            source = stored
        else:
            self._load_directory()
            return
        self.presence = dict(source)  # first: the zone filter reads it while markers are placed
        self.show_state({tag: zone for tag, (zone, _s) in source.items()})

    def show_state(self, state: dict[str, str]) -> None:
        for scene in self.scenes.values():
            for tag_id in [  # gone, or in a zone of no floor; a move to another floor keeps its item
                t for t in scene.markers if state.get(t) is None or state[t] not in self.floor_of_zone
            ]:
                scene.remove(tag_id)
        for tag_id, zone in state.items():
            self._place(tag_id, zone)
        self.apply_filters()

    def _place(self, tag_id: str, zone: str) -> None:
        """Put the tag's marker into ``zone``: the same item, moved (to another floor's scene too)."""
        floor = self.floor_of_zone.get(zone)
        if floor is None:
            return
        scene = self.scenes[floor]
        adopt = None
        if tag_id not in scene.markers:
            adopt = next((s.take(tag_id) for s in self.scenes.values() if tag_id in s.markers), None)
        marker = scene.place(self.tag(tag_id), zone, adopt)
        wanted = self._visible(marker.tag_id)
        if wanted != marker.wanted:
            marker.wanted = wanted
            scene.restack(marker)

    def _drop(self, tag_id: str) -> None:
        for scene in self.scenes.values():
            scene.remove(tag_id)

    def on_events(self, events: list[TrackingEvent]) -> None:
        """Apply a batch by its net effect: a tag that left one zone and entered another in it
        (the pipeline's LEAVE + ENTER of a move) is moved once, its marker item kept."""
        if self.history is not None:
            return  # playback: live state is re-read when it ends
        moved: dict[str, None] = {}  # tags whose zone may have changed, in batch order
        tampered: list[str] = []
        for e in events:
            if e.kind == EventKind.ENTER:
                self.presence[e.tag_id] = (e.zone, e.ts)
                moved[e.tag_id] = None
            elif e.kind == EventKind.LEAVE:
                if self.presence.get(e.tag_id, ("", 0))[0] == e.zone:  # a late LEAVE moves nobody
                    del self.presence[e.tag_id]
                    moved[e.tag_id] = None
            elif e.kind == EventKind.TAMPER:
                tampered.append(e.tag_id)
        for tag_id in moved:
            where = self.presence.get(tag_id)
            if where is None:
                self._drop(tag_id)
            else:
                self._place(tag_id, where[0])
        for tag_id in tampered:
            for scene in self.scenes.values():
                if tag_id in scene.markers:
                    scene.markers[tag_id].alert = True
                    scene.markers[tag_id].update()
        if self.selected and self._touches_selection(events):
            self._show_details()
        self._update_status()

    def on_health(self, statuses: dict[str, ReaderStatus]) -> None:
        """Colour the readers; markers in a zone none of whose readers is connected look stale (in
        playback the readers show their recorded states instead, until it ends)."""
        self.health = statuses
        if self.history is None:
            self._apply_readers()
            self._update_status()
            if self.selected:
                self._show_details()  # the selection may have gone stale, or live again

    def _apply_readers(self) -> None:
        """The readers' live health, or in playback their states at the playback time."""
        if self.history is None:
            if not self.health:
                return
            for scene in self.scenes.values():
                scene.apply_health(self.health)
            return
        recorded = self.history.statuses_at(self.playback_t)
        for scene in self.scenes.values():
            scene.apply_health(recorded, unrecorded_live=True)

    # -- filters and search ---------------------------------------------------------------------
    def _visible(self, tag_id: str) -> bool:
        info = self.tag(tag_id)
        button = self.kind_buttons.get(info.kind)
        if button is not None and not button.isChecked():
            return False
        dept = self.department.currentData()
        if dept and info.department != dept:
            return False
        zone = self.zone_filter.currentData()
        return not zone or self.presence.get(tag_id, ("", 0.0))[0] == zone

    def _matches(self, info: TagInfo, text: str) -> bool:
        return bool(text) and (text.lower() in info.label.lower() or text.upper() in info.tag_id)

    def apply_filters(self) -> None:
        text = self.search.text().strip()
        for scene in self.scenes.values():
            for tag_id, marker in scene.markers.items():
                marker.wanted = self._visible(tag_id)
                marker.set_highlight(self._matches(self.tag(tag_id), text))
            scene.restack_all()
        self._update_status()

    def _search_changed(self) -> None:
        """Typing highlights every match and brings the first into view (its floor, centred)."""
        self.apply_filters()
        self._centre_on_match(select=False)

    def focus_search_result(self) -> None:
        """Return in the search box: select the first match and centre on it."""
        self._centre_on_match(select=True)

    def _centre_on_match(self, *, select: bool) -> None:
        text = self.search.text().strip()
        for index, scene in enumerate(self.scenes.values()):
            for tag_id, marker in scene.markers.items():
                if marker.wanted and self._matches(self.tag(tag_id), text):
                    self.floors.setCurrentIndex(index)
                    if select:
                        self.view.auto_fit = False  # keep the centring below
                        scene.select(marker)
                    self.view.centerOn(marker.pos())
                    return

    def visible_count(self) -> int:
        """Markers the filters let through (each of them is drawn)."""
        # what the zone layers file: the markers the filters let through (not one loop per marker)
        return sum(len(z.filed) + len(z.front) for s in self.scenes.values() for z in s.layers.values())

    def marker_count(self) -> int:
        return sum(len(s.markers) for s in self.scenes.values())

    def not_live_reason(self) -> str:
        """Why the map does not show live positions ("" when it does, and in playback)."""
        if self.history is not None:
            return ""
        if self.ctx.devices is None:
            return self.tr("Not live: no readers run here; positions as last stored")
        if self.health and all(st.state != LinkState.CONNECTED for st in self.health.values()):
            return self.tr("Not live: no reader is connected; positions as last seen")
        return ""

    def _update_status(self) -> None:
        reason = self.not_live_reason()
        if reason != self.not_live.text() or bool(reason) != self.not_live.isVisibleTo(self):
            self.not_live.setText(reason)
            self.not_live.adjustSize()
            self.not_live.setVisible(bool(reason))
        visible = self.visible_count()
        if self.history is not None:
            mode = self.tr("Playback")
        else:
            mode = self.tr("Not live") if reason else self.tr("Live")
        self.status.setText(
            self.tr("%1 · %2 on the map, %3 shown")
            .replace("%1", mode)
            .replace("%2", str(self.marker_count()))
            .replace("%3", str(visible))
        )

    # -- selection ------------------------------------------------------------------------------
    def _touches_selection(self, events: list[TrackingEvent]) -> bool:
        """The selected tag, its bound people, or anyone entering/leaving its zone moved."""
        assert self.selected is not None
        related = {self.selected, *self.tag(self.selected).bound_to}
        zone = self.presence.get(self.selected, ("", 0.0))[0]
        return any(e.tag_id in related or (zone and e.zone == zone) for e in events)

    def _on_selection(self) -> None:
        scene = self.view.scene()
        marker = scene.selected if isinstance(scene, FloorScene) else None
        self.selected = marker.tag_id if marker is not None else None
        self._show_details()
        self._show_trail()

    def select_tag(self, tag_id: str) -> bool:
        for index, scene in enumerate(self.scenes.values()):
            marker = scene.markers.get(tag_id)
            if marker is not None:
                self.view.auto_fit = False
                self.floors.setCurrentIndex(index)
                scene.select(marker)
                self.view.centerOn(marker.pos())
                return True
        return False

    def _zone_name(self, code: str) -> str:
        z = self.directory.zones.get(code)
        return z.name(ui_is_chinese()) if z else code

    def _show_details(self) -> None:
        if not self.selected:
            self.details.setText(
                self.tr("Select a marker to see who or what it is, since when it is there, and its trail.")
            )
            return
        esc = html.escape  # register text is data, never markup
        info = self.tag(self.selected)
        kinds = self._kind_names()
        where = self.presence.get(self.selected)
        rows = [
            f"<h3>{esc(info.label)}</h3>",
            f"<b>{esc(kinds.get(info.kind, info.kind))}</b> · {esc(info.tag_id)}<br>",
        ]
        if where is not None:
            since = datetime.fromtimestamp(where[1]).strftime("%H:%M:%S")
            rows.append(
                esc(self.tr("In %1 since %2").replace("%1", self._zone_name(where[0])).replace("%2", since))
            )
            marker = next(
                (sc.markers[self.selected] for sc in self.scenes.values() if self.selected in sc.markers),
                None,
            )
            if marker is not None and marker.stale:  # where it was last seen, not where it is now
                rows.append(f"<br><b>{esc(stale_text(marker.last_seen))}</b>")
        field_names = self._field_names()
        rows.append("<table>")
        for key, value in info.details:
            if key == "home_zone":
                value = self._zone_name(value)
            rows.append(f"<tr><td>{esc(field_names.get(key, key))}</td><td>&nbsp;{esc(value)}</td></tr>")
        rows.append("</table>")
        if info.kind == Target.PERSON:
            things = self.directory.bound_things(info.tag_id)
            if things:
                rows.append("<p><b>" + self.tr("Bound assets") + "</b><br>")
                for thing in things:
                    loc = self.presence.get(thing.tag_id)
                    place = self._zone_name(loc[0]) if loc else self.tr("not seen")
                    rows.append(f"{esc(thing.label)} — {esc(place)}<br>")
                rows.append("</p>")
        if info.bound_to:
            rows.append("<p><b>" + self.tr("Bound people") + "</b><br>")
            for tag in info.bound_to:
                p = self.tag(tag)
                loc = self.presence.get(tag)
                place = self._zone_name(loc[0]) if loc else self.tr("not seen")
                rows.append(f"{esc(p.label)} — {esc(place)}<br>")
            rows.append("</p>")
        if where is not None and info.kind in THING_TARGETS:
            with_ = [
                self.tag(t).label
                for t, (z, _s) in self.presence.items()
                if z == where[0] and t != info.tag_id and self.tag(t).kind == Target.PERSON
            ]
            rows.append(
                "<p><b>"
                + self.tr("People seen with it")
                + "</b><br>"
                + (esc("、".join(with_[:12])) or "—")
                + "</p>"
            )
        self.details.setText("".join(rows))

    def _show_trail(self) -> None:
        """Draw the selection's trail: from the loaded history in playback, else from the database
        on the trail worker (the GUI thread never waits for it; a trail for an earlier selection
        is dropped)."""
        for scene in self.scenes.values():
            scene.show_trail([])
        tag = self.selected
        if not tag:
            return
        if self.history is not None:
            self._draw_trail(self.history.trail(tag, self.playback_t))
            return
        if self._trail is not None and self._trail[0] == tag:
            self._draw_trail(self._trail[1])  # the last one until the fresh one arrives
        actor, now = self.ctx.principal, time.time()
        self.trail_worker.submit(
            lambda: (tag, self.positions.trail(actor, tag, now - TRAIL_WINDOW, now + 1)),
            self._trail_loaded,
            self._failed,
        )

    def _trail_loaded(self, result: tuple[str, list[str]]) -> None:
        tag, zones = result
        if tag != self.selected or self.history is not None:
            return  # the selection moved on, or playback started
        self._trail = result
        self._draw_trail(zones)

    def _draw_trail(self, zones: list[str]) -> None:
        scene = self.view.scene()
        if isinstance(scene, FloorScene):
            scene.show_trail([z for z in zones if self.floor_of_zone.get(z) == scene.plan.code])

    # -- playback -------------------------------------------------------------------------------
    def set_playback(self, on: bool) -> None:
        self.playbar.setVisible(on)
        if not on:
            self.play_action.setChecked(False)
            self.history = None
            self.load_live()
            self._apply_readers()
            self._update_status()
            return
        seconds = int(self.range.currentData() or 3600)
        end = time.time()
        start = end - seconds
        self.status.setText(self.tr("Loading history…"))
        actor = self.ctx.principal

        def load() -> History:  # worker thread
            m = self.positions.movements(actor, start, end)
            return History(m.start, m.end, m.presence, m.moves, m.readers, m.reader_changes)

        self.worker.submit(
            load,
            self._history_loaded,
            lambda exc: self.status.setText(self.tr("Could not load history: %1").replace("%1", str(exc))),
        )

    def _history_loaded(self, history: History) -> None:
        if not self.playback_action.isChecked():
            return
        firsts = [h[0].ts for h in (history.moves, history.reader_changes) if h]
        if firsts:  # nothing happened before the first movement or outage: start the slider there
            history.start = max(history.start, min(firsts) - 5.0)
        self.history = history
        self.slider.blockSignals(True)
        self.slider.setRange(0, int(history.end - history.start))
        self.slider.setValue(0)
        self.slider.blockSignals(False)
        self._seek(0)

    def _seek(self, value: int) -> None:
        if self.history is None:
            return
        self.playback_t = self.history.start + value
        state = self.history.state_at(self.playback_t)
        self.presence = {t: (z, self.playback_t) for t, z in state.items()}
        self.show_state(state)
        self._apply_readers()
        self.clock.setText(datetime.fromtimestamp(self.playback_t).strftime("%Y-%m-%d %H:%M:%S"))
        self._show_trail()
        self._update_status()

    def _play_toggled(self, on: bool) -> None:
        if on:
            self.play_timer.start()
        else:
            self.play_timer.stop()

    def _tick(self) -> None:
        # 100 ms of wall time is speed x 0.1 s of history; the slider moves in whole seconds.
        self._carry += 0.1 * int(self.speed.currentData() or 1)
        step = int(self._carry)
        self._carry -= step
        if step:
            value = self.slider.value() + step
            if value >= self.slider.maximum():
                self.play_action.setChecked(False)
            self.slider.setValue(min(value, self.slider.maximum()))

    # -- misc -----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._place_legend()
        return super().eventFilter(watched, event)

    def _place_legend(self) -> None:
        self.legend.ensurePolished()  # its padding counts in its size
        self.legend.resize(self.legend.sizeHint())
        bottom = self.view.viewport().geometry().bottom()
        self.legend.move(8, max(8, bottom - self.legend.height() - 8))

    def _legend_html(self) -> str:
        names = self._kind_names()
        shapes = {"asset": "■", "cashbox": "◆"}
        stale, online, offline = (
            self.tr("Last known position"),
            self.tr("Reader online"),
            self.tr("Reader offline"),
        )

        def entry(color: str, shape: str, name: str) -> str:
            return f'<span style="color:{color}">{shape}</span>&nbsp;{html.escape(name)}'

        kinds = [entry(KIND_COLORS[k].name(), shapes.get(k, "●"), names[k]) for k in KINDS]
        states = [
            entry(STALE_COLOR.name(), "◌", stale),
            entry(STATE_COLORS[LinkState.CONNECTED].name(), "▪", online),
            entry(STATE_COLORS[LinkState.DISCONNECTED].name(), "▪", offline),
        ]
        return "&nbsp;&nbsp; ".join(kinds) + "<br>" + "&nbsp;&nbsp; ".join(states)

    def _show_floor(self, index: int) -> None:
        scenes = list(self.scenes.values())
        if 0 <= index < len(scenes):
            self.view.setScene(scenes[index])
            if self.view.auto_fit:
                QTimer.singleShot(0, self.view.fit)
            self._show_trail()

    def _kind_names(self) -> dict[str, str]:
        return {
            "person": self.tr("Staff"),
            "asset": self.tr("Asset"),
            "cashbox": self.tr("Cash box"),
            "vip": self.tr("VIP customer"),
            "archive": self.tr("Archive folder"),
            "unknown": self.tr("Unknown tag"),
        }

    def _field_names(self) -> dict[str, str]:
        return {
            "id_number": self.tr("ID number"),
            "sex": self.tr("Sex"),
            "department": self.tr("Department"),
            "post": self.tr("Post"),
            "serial": self.tr("Serial"),
            "type": self.tr("Type"),
            "responsible": self.tr("Responsible"),
            "home_zone": self.tr("Home zone"),
            "assigned_to": self.tr("Assigned to"),
            "name": self.tr("Name"),
            "level": self.tr("Level"),
            "manager": self.tr("Relationship manager"),
            "customer_no": self.tr("Customer no."),
            "shelf": self.tr("Shelf"),
        }

    def retranslate(self) -> None:
        plans = sorted(self.directory.floorplans.values(), key=lambda p: p.code)
        for i, plan in enumerate(plans):
            self.floors.setTabText(
                i,
                plan.title(ui_is_chinese()),
            )
        names = self._kind_names()
        for kind, b in self.kind_buttons.items():
            b.setText(names[kind])
        current = self.department.currentData()
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(self.tr("All departments"), "")
        for d in self.directory.departments():
            self.department.addItem(d, d)
        self.department.setCurrentIndex(max(self.department.findData(current), 0))
        self.department.blockSignals(False)
        current_zone = self.zone_filter.currentData()
        self.zone_filter.blockSignals(True)
        self.zone_filter.clear()
        self.zone_filter.addItem(self.tr("All zones"), "")
        for z in sorted(self.directory.zones.values(), key=lambda z: z.code):
            self.zone_filter.addItem(self._zone_name(z.code), z.code)
        self.zone_filter.setCurrentIndex(max(self.zone_filter.findData(current_zone), 0))
        self.zone_filter.blockSignals(False)
        current_range = self.range.currentData()
        self.range.blockSignals(True)
        self.range.clear()
        for seconds, label in (
            (900, self.tr("Last 15 min")),
            (3600, self.tr("Last hour")),
            (8 * 3600, self.tr("Last 8 hours")),
        ):
            self.range.addItem(label, seconds)
        self.range.setCurrentIndex(max(self.range.findData(current_range or 3600), 0))
        self.range.blockSignals(False)
        self.search.setPlaceholderText(self.tr("Search name or tag…"))
        self.fit_action.setText(self.tr("Fit"))
        self.playback_action.setText(self.tr("Playback"))
        self.play_action.setText(self.tr("Play"))
        self.legend.setText(self._legend_html())
        self._place_legend()
        self._show_details()
        self._update_status()

    def shutdown(self) -> None:
        self.play_timer.stop()
        for worker in (self.worker, self.loader, self.trail_worker):
            worker.stop()


def _title() -> str:
    return QCoreApplication.translate("Docks", "Live map")


SPEC = DockSpec(
    OBJECT_NAME,
    _title,
    Qt.DockWidgetArea.LeftDockWidgetArea,
    MapPanel,
    permission=Permission.MAP_VIEW,
    icon="overview.svg",
)
