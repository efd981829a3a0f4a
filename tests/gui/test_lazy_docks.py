"""Docks built when first needed (issue 11): a window starts with the panels it shows; every other
dock is a shell (title, View-menu tick, place in the layout) whose panel is built, once, when the
dock is first shown. Layouts, window actions, open work and the fit on a small screen still hold."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from app.rbac import Principal, Role
from widgets.docks import CaptureSetup
from widgets.main_window import MainWindow

ADMIN_SHOWN = {"dock.map", "dock.audit", "dock.users"}  # the left area's two, the admin's own dock
SMALL_SCREEN = QSize(1366, 768 - 19)


def built(window: MainWindow) -> set[str]:
    return {name for name, dock in window.docks.items() if dock.built}


def test_a_dock_not_shown_is_not_built(open_window, make_user) -> None:  # type: ignore[no-untyped-def]
    w = open_window(make_user("lazy", Role.ADMIN))
    assert built(w) == ADMIN_SHOWN
    hidden = w.docks["dock.templates"]
    assert hidden.widget() is None and w.findChild(QWidget, "templates.panel") is None
    assert (
        hidden.toggleViewAction() in w.view_menu.actions() and hidden.toggleViewAction().text() == "凭证模板"
    )


def test_raising_a_tab_builds_it_once(qtbot, open_window, make_user) -> None:  # type: ignore[no-untyped-def]
    w = open_window(make_user("tabs", Role.ADMIN))
    dock = w.docks["dock.templates"]
    builds: list[QWidget] = []
    dock.panel_built.connect(builds.append)
    dock.raise_()
    qtbot.waitUntil(lambda: dock.built, timeout=3000)
    panel = dock.widget()
    assert builds == [panel] and panel.objectName() == "templates.panel" and panel.isVisible()
    assert not w.docks["dock.users"].isVisible() or w.docks["dock.users"].visibleRegion().isEmpty()
    w.docks["dock.users"].raise_()
    qtbot.wait(50)
    dock.raise_()
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty(), timeout=3000)
    assert builds == [panel] and dock.widget() is panel and dock.panel is panel
    assert built(w) == ADMIN_SHOWN | {"dock.templates"}


def test_asking_for_a_panel_builds_it(open_window, make_user) -> None:  # type: ignore[no-untyped-def]
    w = open_window(make_user("ask", Role.ADMIN))
    assert not w.docks["dock.overview"].built
    panel = w.docks["dock.overview"].panel
    assert w.docks["dock.overview"].built and w.docks["dock.overview"].widget() is panel


def test_the_layout_restores_docks_built_or_not(qtbot, open_window, make_user) -> None:  # type: ignore[no-untyped-def]
    who = make_user("layout", Role.ADMIN)
    w = open_window(who)
    w.docks["dock.registers"].raise_()  # built, and the right area's current tab
    qtbot.waitUntil(lambda: w.docks["dock.registers"].built, timeout=3000)
    w.docks["dock.overview"].setFloating(True)  # never built before: floated, it is shown and built
    qtbot.waitUntil(lambda: w.docks["dock.overview"].built, timeout=3000)
    w.docks["dock.zones"].hide()  # never built: hidden from the View menu
    w._closing_for_logout = True
    w.close()
    again = open_window(who)
    assert again.docks["dock.overview"].isFloating() and again.docks["dock.overview"].built
    assert not again.docks["dock.zones"].isVisible() and not again.docks["dock.zones"].built
    assert not again.docks["dock.zones"].toggleViewAction().isChecked()
    assert again.docks["dock.registers"].built and not again.docks["dock.registers"].visibleRegion().isEmpty()
    assert not again.docks["dock.users"].built  # behind the restored current tab: not built, not focused
    assert not again.docks["dock.templates"].built
    again.reset_layout()  # the default again: the admin's own dock on top, built now
    qtbot.waitUntil(lambda: again.docks["dock.users"].built, timeout=3000)
    assert not again.docks["dock.overview"].isFloating() and again.docks["dock.zones"].isVisible()


def test_a_window_action_works_from_the_start(qtbot, open_window, make_user) -> None:  # type: ignore[no-untyped-def]
    """The queue's F2 (claim the next request) is the window's from the start: its panel is built
    at once, wherever its dock is."""
    w = open_window(make_user("chief", Role.SUPERVISOR))
    queue = w.docks["dock.authz_queue"]
    assert queue.built
    claim = next(a for a in w.actions() if a.objectName() in queue.spec.window_actions)
    assert claim in queue.panel.actions_by_name.values()
    w.docks["dock.overview"].raise_()
    qtbot.waitUntil(lambda: queue.visibleRegion().isEmpty(), timeout=3000)  # behind the overview's tab
    claim.trigger()  # raises the queue again
    qtbot.waitUntil(lambda: not queue.visibleRegion().isEmpty(), timeout=3000)


def test_a_dock_never_built_has_no_open_work_and_closes_unbuilt(open_window, make_user) -> None:  # type: ignore[no-untyped-def]
    w = open_window(make_user("quit", Role.ADMIN))
    assert w.open_work() == []
    w._closing_for_logout = True
    w.close()
    assert built(w) == ADMIN_SHOWN  # shutting down built nothing


def test_a_start_spawns_no_capture_worker(qtbot, services, make_user, ui_settings, translations) -> None:  # type: ignore[no-untyped-def]
    """The capture dock (behind the users' tab) is not built, so its worker pool does not start."""
    before = set(multiprocessing.active_children())
    w = MainWindow(
        services,
        make_user("nopool", Role.ADMIN),
        settings=ui_settings,
        translations=translations,
        capture=CaptureSetup("WS-LAZY"),
    )
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.wait(300)
    assert not w.docks["dock.capture"].built
    assert set(multiprocessing.active_children()) == before
    w._closing_for_logout = True
    w.close()


@pytest.mark.parametrize("role", [Role.ADMIN, Role.SUPERVISOR, Role.TELLER, Role.OPERATOR])
def test_the_window_fits_a_small_screen_with_every_dock_built(  # type: ignore[no-untyped-def]
    qtbot, open_window, make_user: Callable[..., Principal], role: Role
) -> None:
    w = open_window(make_user(f"all_{role.value}", role))
    for dock in w.docks.values():
        dock.show()
        dock.raise_()
        qtbot.waitUntil(lambda d=dock: d.built, timeout=3000)
    qtbot.wait(100)
    need = w.minimumSizeHint()
    assert need.width() <= SMALL_SCREEN.width() and need.height() <= SMALL_SCREEN.height(), (role, need)
