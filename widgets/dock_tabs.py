"""The main window's dock tab bars after a layout is restored. GUI thread.

``QMainWindow.restoreState`` (a saved layout, or View > Reset layout) can leave the tab bar of the
layout it replaced visible, with its tabs, where that layout had it: on a 1366x768 screen it lay
across the audit log's buttons (Qt keeps it among the bars it uses, so it is never hidden). The bar
a group of tabbed docks really uses sits right below one of its docks, exactly as wide; any other
visible tab bar of the window is such a leftover, and is hidden.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar


def stale_tab_bars(window: QMainWindow) -> list[QTabBar]:
    """The window's visible dock tab bars that belong to no docked group."""
    docked = [
        d.geometry()
        for d in window.findChildren(QDockWidget)
        if d.parent() is window and d.isVisible() and not d.isFloating()
    ]
    return [
        bar
        for bar in window.findChildren(QTabBar)
        if bar.parent() is window
        and bar.isVisible()
        and not any(g.x() == bar.x() and g.width() == bar.width() for g in docked)
    ]


def hide_stale_tab_bars(window: QMainWindow) -> int:
    """Hide the leftovers (once the layout has its geometry); how many."""
    stale = stale_tab_bars(window)
    for bar in stale:
        bar.hide()
    return len(stale)
