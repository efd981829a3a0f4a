"""The suite's main window: docks, menus, status bar, layout per user, idle lock. GUI thread; a
password change runs on the window's ``Operations`` worker (in server mode a call to the server).

Docks are built from ``widgets.docks.all_specs()`` for what the user may do: every dock's shell at
once (View menu, layout), each panel when its dock is first shown (``SuiteDock``), except the panels
whose actions work from anywhere in the window (``DockSpec.window_actions``), built at once. The
layout is saved per user under a versioned key; bumping ``LAYOUT_VERSION`` discards layouts of
older builds.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QMessageBox, QToolBar, QWidget

from app import __version__
from app.errors import SessionEnded, SuiteError
from app.operations import Change
from app.rbac import Principal
from app.services import Services
from app.tracking.reads import LinkState, ReaderStatus
from widgets.bridges.link import EmbeddedLink, Link
from widgets.bridges.tracking import TrackingBridge, TrackingSource
from widgets.bus import OTHER_WORKSTATION, ChangeBus
from widgets.common.dialogs import PasswordDialog
from widgets.common.plain import literal, plain, tooltip
from widgets.dock_tabs import hide_stale_tab_bars
from widgets.docks import CaptureSetup, DockContext, SuiteDock, all_specs
from widgets.i18n import LANGUAGES, Retranslating, Translations
from widgets.lock_screen import IdleWatcher, LockScreen
from widgets.messages import error_text
from widgets.roles import main_dock, role_name
from widgets.theme import THEMES, apply_theme, set_role, themed_icon
from widgets.workers import Operations

log = logging.getLogger(__name__)
LAYOUT_VERSION = 3  # 2: live map and reader health docks; 3: capture and template docks

ACTION_LOCK = "app.lock"
ACTION_LOGOUT = "app.logout"
ACTION_PASSWORD = "app.change_password"
ACTION_QUIT = "app.quit"
ACTION_RESET_LAYOUT = "view.reset_layout"


DEFAULT_SIZE = (1600, 1000)  # the window's first size where the screen has room for it
AUDIT_MIN_HEIGHT = 270  # the audit log under the map: its filters, header and four rows


def layout_key(username: str, what: str) -> str:
    return f"layout/v{LAYOUT_VERSION}/{username}/{what}"


class MainWindow(Retranslating, QMainWindow):
    logged_out = Signal()

    def __init__(
        self,
        services: Services,
        principal: Principal,
        *,
        settings: QSettings,
        translations: Translations,
        idle_minutes: float = 5.0,
        tracking: TrackingSource | None = None,
        capture: CaptureSetup | None = None,
        link: Link | None = None,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.demo_banner: QLabel | None = None
        if demo:  # the demo bank: every window says so, so that nobody takes it for the bank's records
            bar = QToolBar()
            bar.setObjectName("demoBanner")
            bar.setMovable(False)
            bar.toggleViewAction().setVisible(False)  # never hidden from the menu
            self.demo_banner = QLabel()
            self.demo_banner.setObjectName("demoBanner.text")
            self.demo_banner.setProperty("role", "error")
            bar.addWidget(self.demo_banner)
            self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.services = services
        # where the services run: this machine's database, or the suite server (server mode)
        self.link = link if link is not None else EmbeddedLink(services.db, services.identity)
        self.link.setParent(self)
        self.principal = principal
        self.settings = settings
        self.translations = translations
        self.bus = ChangeBus(self)
        self.ops = Operations(self, name="window")  # a password change
        self.logout_reason = ""
        self._closing_for_logout = False
        self._closed = False
        self._readers_online = (0, 0)
        self._icons: list[tuple[QAction | QMenu | QWidget, str]] = []  # drawn again with the theme
        self._set_icon(self, "app.svg")
        self.setDockNestingEnabled(True)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks
            | QMainWindow.DockOption.AllowNestedDocks
            | QMainWindow.DockOption.AllowTabbedDocks
        )
        central = QWidget()
        central.setObjectName("centralPlaceholder")
        central.setMaximumSize(0, 0)
        self.setCentralWidget(central)

        self._build_status_bar()
        self._start_bridges(tracking)
        ctx = DockContext(services, principal, self.bus, self.devices, capture)
        self.docks: dict[str, SuiteDock] = {}
        for spec in all_specs():
            if spec.permission is not None and not principal.can(spec.permission):
                continue
            # a panel whose actions the window holds is built now; the others when first shown
            dock = SuiteDock(spec, ctx, self, lazy=not spec.window_actions)
            if spec.icon:  # on the dock (its tab); the View menu shows a check box for each dock instead
                self._set_icon(dock, spec.icon)
            self.addDockWidget(spec.area, dock)
            self.docks[spec.object_name] = dock
            self._window_actions(dock)
        self.resize(*DEFAULT_SIZE)
        self._arrange_default()
        self._default_state = self.saveState(LAYOUT_VERSION)

        self._build_menus()

        self.lock_screen = LockScreen(services.identity, principal, self)
        self.lock_screen.unlocked.connect(self._on_unlocked)
        self.lock_screen.logout_requested.connect(self.logout)
        self.idle = IdleWatcher(idle_minutes, self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.idle.start()
        self.retranslate()
        self._ready = True
        self._shown_once = False
        self._geometry_restored = False
        self._layout_restored = self.restore_layout()

    def _window_actions(self, dock: SuiteDock) -> None:
        """The dock's ``window_actions`` fire from anywhere in the window: their shortcut moves from
        the panel to the window, and triggering one raises the dock first (its panel's actions
        work only while they are shown)."""
        if not dock.spec.window_actions:
            return  # asking for the panel's actions would build it
        actions: dict[str, QAction] = getattr(dock.panel, "actions_by_name", {})
        for name in dock.spec.window_actions:
            action = actions[name]
            dock.panel.removeAction(action)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
            action.triggered.connect(lambda _checked=False, d=dock: (d.show(), d.raise_()))

    def _arrange_default(self) -> None:
        """Docks sharing an area become tabs behind its first dock, or sit below it (``spec.below``)."""
        by_area: dict[object, list[SuiteDock]] = {}
        for dock in self.docks.values():
            by_area.setdefault(dock.spec.area, []).append(dock)
        for docks in by_area.values():
            first = docks[0]
            for other in docks[1:]:
                if other.spec.below:
                    self.splitDockWidget(first, other, Qt.Orientation.Vertical)
                else:
                    self.tabifyDockWidget(first, other)
            first.raise_()
        self._raise_main_dock()

    def _raise_main_dock(self) -> None:
        """The role's own dock on top of its tabs (a teller starts on the request form, an operator
        on the map, an auditor on the audit log); ``_focus_main_dock`` then gives it the keyboard."""
        name = main_dock(self.principal.roles, self.docks)
        if name is not None:
            self.docks[name].show()
            self.docks[name].raise_()

    def _focus_main_dock(self) -> None:
        name = main_dock(self.principal.roles, self.docks)
        if name is None or not self.docks[name].built:  # not built: behind another tab, nothing to focus
            return
        panel = self.docks[name].panel
        takes_tab = [w for w in panel.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        first = next((w for w in takes_tab if w.isVisible() and w.isEnabled()), panel)
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _size_default(self) -> None:
        """Give the map the room (only takes effect once the window is shown)."""
        if "dock.map" in self.docks:
            self.resizeDocks([self.docks["dock.map"]], [int(self.width() * 0.66)], Qt.Orientation.Horizontal)
            if "dock.audit" in self.docks:  # a few rows of the log even on a 768-pixel screen
                audit = max(int(self.height() * 0.22), AUDIT_MIN_HEIGHT)
                self.resizeDocks(
                    [self.docks["dock.map"], self.docks["dock.audit"]],
                    [self.height() - audit, audit],
                    Qt.Orientation.Vertical,
                )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if not self._layout_restored:
                QTimer.singleShot(0, self._size_default)  # once the dock layout has its geometry
            QTimer.singleShot(0, self, lambda: hide_stale_tab_bars(self))
            QTimer.singleShot(0, self._focus_main_dock)  # once its widgets are shown

    def show_fitted(self) -> None:
        """Show the window (the log-in loop does). On a first start on a screen smaller than the default
        size (a 1366x768 teller PC) it fills the screen, maximized, instead of reaching past its edges;
        a size the user left is restored as it was."""
        if not self._geometry_restored:
            self._fit_screen()
        self.show()

    def _fit_screen(self) -> None:
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        width, height = DEFAULT_SIZE
        if room.width() >= width and room.height() >= height:
            return
        self.resize(min(width, room.width()), min(height, room.height()))  # never below the minimum
        self.move(room.topLeft())
        need = self.minimumSizeHint()
        if need.width() <= room.width() and need.height() <= room.height():  # the docks fit in the screen
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    # -- menus and status bar ----------------------------------------------------------------
    def _action(
        self,
        name: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        icon: str = "",
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if icon:
            self._set_icon(action, icon)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.lock_action = self._action(ACTION_LOCK, self.lock, QKeySequence("Ctrl+L"), "lock.svg")
        self.password_action = self._action(ACTION_PASSWORD, self.change_password)
        self.logout_action = self._action(
            ACTION_LOGOUT, lambda: self.logout("user logged out"), None, "logout.svg"
        )
        self.quit_action = self._action(ACTION_QUIT, self.close, QKeySequence("Ctrl+Q"))
        for a in (self.lock_action, self.password_action, self.logout_action):
            self.file_menu.addAction(a)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu("")
        for dock in self.docks.values():
            self.view_menu.addAction(dock.toggleViewAction())
        self.view_menu.addSeparator()
        self.reset_layout_action = self._action(
            ACTION_RESET_LAYOUT, self.reset_layout, None, "layout_reset.svg"
        )
        self.view_menu.addAction(self.reset_layout_action)
        self.theme_menu = QMenu(self)
        self._set_icon(self.theme_menu, "theme.svg")
        self.theme_group = QActionGroup(self)
        current_theme = str(QApplication.instance().property("suiteTheme") or "dark")  # type: ignore[union-attr]
        self.theme_actions: dict[str, QAction] = {}
        for name in THEMES:
            act = QAction(self.theme_group)
            act.setObjectName(f"view.theme.{name}")
            act.setCheckable(True)
            act.setChecked(name == current_theme)
            act.triggered.connect(lambda _c=False, n=name: self.set_theme(n))
            self.theme_menu.addAction(act)
            self.theme_actions[name] = act
        self.view_menu.addMenu(self.theme_menu)
        self.language_menu = QMenu(self)
        self._set_icon(self.language_menu, "language.svg")
        self.language_group = QActionGroup(self)
        for code, label in LANGUAGES.items():
            act = QAction(label, self.language_group)
            act.setObjectName(f"view.language.{code}")
            act.setCheckable(True)
            act.setChecked(code == self.translations.language)
            act.triggered.connect(lambda _c=False, c=code: self.set_language(c))
            self.language_menu.addAction(act)
        self.view_menu.addMenu(self.language_menu)

        self.help_menu = bar.addMenu("")
        self.about_action = self._action("help.about", self.about)
        self.help_menu.addAction(self.about_action)

    # -- bridges: the way back from device and probe threads (widgets.bridges) ---------------------
    def _start_bridges(self, tracking: TrackingSource | None) -> None:
        """Every bridge the window owns, wired here (the docks' own bridges are theirs)."""
        self.devices = TrackingBridge(tracking, self) if tracking is not None else None
        if self.devices is not None:
            self.bus.changed.connect(self.devices.on_change)
            self.devices.health.connect(self._on_reader_health)
        self.link.changed.connect(self._on_db_health)
        self.link.remote_changes.connect(self._on_remote_changes)
        self.link.session_ended.connect(self._on_session_ended)
        self.link.start()

    def _on_remote_changes(self, changes: list[Change]) -> None:
        """What other workstations did (server mode): every dock refreshes what it touches."""
        for change in changes:
            self.bus.publish(change, OTHER_WORKSTATION)

    def _on_session_ended(self) -> None:
        """The server ended this session (server mode): back to the log-in, saying why."""
        if not self._closing_for_logout:
            self.logout(error_text(SessionEnded("session ended", why="revoked")))

    def _stop_bridges(self) -> None:
        self.link.stop()
        if self.devices is not None:
            self.devices.stop()

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.db_indicator = plain(QLabel())
        self.db_indicator.setObjectName("status.db")
        set_role(self.db_indicator, "state", "ok")
        self.device_indicator = QLabel()
        self.device_indicator.setObjectName("status.devices")
        set_role(self.device_indicator, "state", "off")
        self.user_indicator = plain(QLabel())  # the user's name as stored
        self.user_indicator.setObjectName("status.user")
        for w in (self.user_indicator, self.device_indicator, self.db_indicator):
            status.addPermanentWidget(w)

    def _on_reader_health(self, statuses: dict[str, ReaderStatus]) -> None:
        online = sum(1 for st in statuses.values() if st.state == LinkState.CONNECTED)
        total = len(statuses)
        self._readers_online = (online, total)
        self.device_indicator.setText(self._device_text())
        set_role(self.device_indicator, "state", "ok" if online == total else ("warn" if online else "error"))

    def _device_text(self) -> str:
        if self.devices is None:
            return self.tr("Devices: none configured")
        online, total = self._readers_online
        return self.tr("Readers: %1/%2 online").replace("%1", str(online)).replace("%2", str(total))

    def _db_text(self, ok: bool) -> str:
        return self.link.status_text(ok)

    def _on_db_health(self, ok: bool, message: str) -> None:
        self.db_indicator.setText(self._db_text(ok))
        self.db_indicator.setToolTip(tooltip(message or self.link.address()))
        set_role(self.db_indicator, "state", "ok" if ok else "error")
        if not ok:
            log.error("database unreachable: %s", message)
            self.statusBar().showMessage(message, 10000)
        else:
            log.info("database reachable again")

    # -- i18n -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        if self.demo_banner is not None:
            self.demo_banner.setText(
                self.tr("DEMO DATA — invented people and business, not the bank's records")
            )
        roles = "、".join(role_name(r) for r in sorted(self.principal.roles))
        self.setWindowTitle(
            self.tr("Bank Operator Suite — %1 (%2)")
            .replace("%1", self.principal.display_name)
            .replace("%2", roles)
        )
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.lock_action.setText(self.tr("Lock screen"))
        self.password_action.setText(self.tr("Change password…"))
        self.logout_action.setText(self.tr("Log out"))
        self.quit_action.setText(self.tr("Quit"))
        self.reset_layout_action.setText(self.tr("Reset layout"))
        self.theme_menu.setTitle(self.tr("Theme"))
        self.theme_actions["dark"].setText(self.tr("Dark (control room)"))
        self.theme_actions["light"].setText(self.tr("Light"))
        self.language_menu.setTitle(self.tr("Language"))
        self.about_action.setText(self.tr("About"))
        for dock in self.docks.values():
            dock.retranslate()
        self.db_indicator.setText(self._db_text(self.link.ok))
        self.device_indicator.setText(self._device_text())
        self.user_indicator.setText(f"{self.principal.display_name} ({self.principal.username}) · {roles}")

    def set_language(self, code: str) -> None:
        self.translations.switch(code)
        self.settings.setValue("ui/language", code)

    def set_theme(self, name: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, name)
        self.settings.setValue("ui/theme", name)
        for owner, icon in self._icons:
            self._draw_icon(owner, icon)

    def _set_icon(self, owner: QAction | QMenu | QWidget, icon: str) -> None:
        self._icons.append((owner, icon))
        self._draw_icon(owner, icon)

    @staticmethod
    def _draw_icon(owner: QAction | QMenu | QWidget, icon: str) -> None:
        if isinstance(owner, (QAction, QMenu)):
            owner.setIcon(themed_icon(icon))
        else:
            owner.setWindowIcon(themed_icon(icon))

    # -- layout ---------------------------------------------------------------------------------
    def restore_layout(self) -> bool:
        geometry = self.settings.value(layout_key(self.principal.username, "geometry"))
        state = self.settings.value(layout_key(self.principal.username, "state"))
        if isinstance(geometry, QByteArray):
            self._geometry_restored = self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            return bool(self.restoreState(state, LAYOUT_VERSION))
        return False

    def save_layout(self) -> None:
        self.settings.setValue(layout_key(self.principal.username, "geometry"), self.saveGeometry())
        self.settings.setValue(layout_key(self.principal.username, "state"), self.saveState(LAYOUT_VERSION))
        self.settings.sync()

    def reset_layout(self) -> None:
        for dock in self.docks.values():
            dock.setFloating(False)
            dock.show()
        self.restoreState(self._default_state, LAYOUT_VERSION)
        self._raise_main_dock()
        self._size_default()
        self._focus_main_dock()
        QTimer.singleShot(0, self, lambda: hide_stale_tab_bars(self))  # once the layout has its geometry

    # -- session --------------------------------------------------------------------------------
    def lock(self) -> None:
        self.idle.paused = True
        for w in (self.menuBar(), *self.docks.values()):
            w.setEnabled(False)
        self.lock_screen.show_over()

    def _on_unlocked(self) -> None:
        for w in (self.menuBar(), *self.docks.values()):
            w.setEnabled(True)
        self.idle.paused = False
        self.idle.start()

    @property
    def locked(self) -> bool:
        return self.lock_screen.isVisible()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.lock_screen.isVisible():
            self.lock_screen.setGeometry(self.rect())

    def change_password(self) -> None:
        if not self.ops.busy:
            self._ask_password(
                PasswordDialog(self.tr("Change password"), self, with_reason=False, ask_old=True)
            )

    def _ask_password(self, dlg: PasswordDialog) -> None:
        """The form; the change is made on the worker (refused: the form again, saying why)."""
        if not dlg.exec():
            return
        identity, me, old, new = self.services.identity, self.principal, dlg.old.text(), dlg.password.text()

        def changed(change: Change) -> None:
            self.bus.publish(change, self)
            self.statusBar().showMessage(self.tr("Password changed."), 5000)

        def refused(exc: SuiteError) -> None:
            self.statusBar().clearMessage()
            dlg.error.setText(error_text(exc))
            if exc.code == "locked":
                self.logout(error_text(exc))
                return
            self._ask_password(dlg)

        self.statusBar().showMessage(self.tr("Changing the password…"))
        self.ops.run(
            lambda: identity.change_password(me, old, new), changed, refused, hold=(self.password_action,)
        )

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About"),
            self.tr("Bank Operator Suite %1\nDatabase: %2")
            .replace("%1", __version__)
            .replace("%2", self.link.address()),
        )

    def logout(self, why: str = "") -> None:
        self.logout_reason = why
        self._closing_for_logout = True
        self.close()

    def shutdown(self) -> None:
        """Stop timers and workers with bounded waits; safe to call twice."""
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self._stop_bridges()
        self.ops.stop()
        self.lock_screen.ops.stop()
        for dock in self.docks.values():
            dock.shutdown()
        self.statusBar().clearMessage()  # stops the status bar's message timer

    def open_work(self) -> list[str]:
        """What would be left unfinished by quitting now, in words: each dock's panel may say
        (``open_work()``: a request in hand, a form filled in and not sent, a batch being captured).
        A dock never shown has no panel yet, so no open work."""
        work: list[str] = []
        for dock in self.docks.values():
            if not dock.built:
                continue
            said = getattr(dock.panel, "open_work", None)
            if callable(said):
                work += said()
        return work

    def _confirm_quit(self) -> bool:
        """Quitting (Ctrl+Q, the window's close button) with work open asks first; True to quit."""
        work = self.open_work()
        if not work:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Quit"),
            self.tr("Quit with work open?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("app.confirm_quit")
        box.setInformativeText(literal("\n".join(f"• {w}" for w in work)))
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Quit anyway"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep working"))
        box.setDefaultButton(QMessageBox.StandardButton.No)  # Enter keeps the work
        return box.exec() == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            event.accept()
            return
        if self.lock_screen.isVisible() and not self._closing_for_logout:
            event.ignore()  # a locked screen cannot be closed without the password
            return
        if not self._closing_for_logout and not self._confirm_quit():
            event.ignore()
            return
        self._closed = True
        self.save_layout()
        self.shutdown()
        try:
            self.link.end_session(self.principal, self.logout_reason or "window closed")
        except SuiteError as exc:
            log.warning("could not record log-out: %s", exc.message)
        except Exception:
            log.exception("could not record log-out")
        super().closeEvent(event)
        if self._closing_for_logout:
            self.logged_out.emit()
