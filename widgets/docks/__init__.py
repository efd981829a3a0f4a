"""The dock framework: every dock is a package here exporting a ``SPEC``. GUI thread.

A dock has a fixed object name (used by saveState/restoreState), a translated title, a default
area, and optionally a permission: docks the user may not use are not built at all.

A dock the user may use is a ``SuiteDock`` shell from the start (its title, its tick in the View
menu, its place in a saved layout), and its panel is built when the dock first comes into view: a
dock behind another's tab is out of view (Qt moves it off the screen and reports it not visible)
until its tab is raised, so a window starts with the panels it shows and builds the others when
they are first needed (issue 11: dock construction was a quarter of the start-up). Asking for
``SuiteDock.panel`` builds it too. A panel built late reads what it shows then, as every panel does
when it is built; what a device bridge said before, it takes from the bridge's last snapshot.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDockWidget, QWidget

from app.rbac import Permission, Principal
from app.services import Services
from widgets.bridges.tracking import TrackingBridge
from widgets.bus import ChangeBus
from widgets.common.blob_cache import BlobCache


@dataclass(frozen=True)
class CaptureSetup:
    """This workstation's station and the capture sources it opens (its images go to the image
    service: no image folder here)."""

    station: str
    sources: tuple[str, ...] = ()  # channel URLs: folder:///..., camera://0, camera:///file.avi


@dataclass(frozen=True)
class DockContext:
    services: Services
    principal: Principal
    bus: ChangeBus
    devices: TrackingBridge | None = None  # live tracking; None when no device runtime is running
    capture: CaptureSetup | None = None  # None: capture docks show they are not set up

    @cached_property
    def images(self) -> BlobCache:
        """The signed-in user's uploads and downloads through the image service, one cache shared
        by every dock of the window (built on the GUI thread with the first dock that asks)."""
        return BlobCache(self.services.blobs, self.principal)


@dataclass(frozen=True)
class DockSpec:
    object_name: str
    title: Callable[[], str]  # translated at call time
    area: Qt.DockWidgetArea
    factory: Callable[[DockContext, QWidget | None], QWidget]
    permission: Permission | None = None
    icon: str = ""
    below: bool = False  # in the default layout: under the area's first dock, not a tab beside it
    # actions of the panel (``actions_by_name``) whose shortcut works anywhere in the window, raising
    # the dock first (F2, claim the next request, from any dock of the authorization center)
    window_actions: tuple[str, ...] = ()


class SuiteDock(QDockWidget):
    """A dock wrapping one panel; keeps its title translated. ``lazy``: the panel is built when the
    dock first comes into view, or when ``panel`` is first asked for; until then the dock holds no
    panel, and so no open work, no timers, no workers and no reads. After ``shutdown`` coming into
    view builds nothing (the window is closing)."""

    panel_built = Signal(QWidget)  # the panel, once, as soon as it is built

    def __init__(
        self, spec: DockSpec, ctx: DockContext, parent: QWidget | None = None, *, lazy: bool = False
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self._ctx = ctx
        self._panel: QWidget | None = None
        self._shut_down = False
        self.setObjectName(spec.object_name)
        self.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        if lazy:
            # Qt says a dock is visible when it is shown on screen, its tab raised, or docked where it
            # shows: a dock behind another's tab is moved off the screen and told it is not
            self.visibilityChanged.connect(self._on_visibility)
        else:
            self.build()
        self.retranslate()

    @property
    def built(self) -> bool:
        """Whether the panel exists (a lazy dock never shown has none)."""
        return self._panel is not None

    @property
    def panel(self) -> QWidget:
        """The dock's panel, built now if it was not yet."""
        return self.build()

    def build(self) -> QWidget:
        """Build the panel if it is not built yet; returns it."""
        if self._panel is None:
            panel = self.spec.factory(self._ctx, self)
            self._panel = panel
            self.setWidget(panel)
            if self.isVisible():  # shown now, not once the layout's queued show runs (first paint)
                panel.show()
            self.panel_built.emit(panel)
        return self._panel

    def _on_visibility(self, visible: bool) -> None:
        if visible and not self._shut_down:
            self.build()

    def showEvent(self, event: QShowEvent) -> None:
        if self.isFloating() and not self._shut_down:  # a window of its own: shown is in view
            self.build()
        super().showEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.spec.title())
        self.toggleViewAction().setText(self.spec.title())

    def shutdown(self) -> None:
        """Stop the panel's timers and workers, if it has any (bounded waits); a panel never built
        has none."""
        self._shut_down = True
        stop = getattr(self._panel, "shutdown", None)
        if callable(stop):
            stop()


def all_specs() -> list[DockSpec]:
    from widgets.docks.audit_log import SPEC as AUDIT
    from widgets.docks.authz_queue import SPEC as AUTHZ_QUEUE
    from widgets.docks.authz_request import SPEC as AUTHZ_REQUEST
    from widgets.docks.authz_rules import SPEC as AUTHZ_RULES
    from widgets.docks.authz_stats import SPEC as AUTHZ_STATS
    from widgets.docks.capture import SPEC as CAPTURE
    from widgets.docks.overview import SPEC as OVERVIEW
    from widgets.docks.reader_health import SPEC as READERS
    from widgets.docks.registers import SPEC as REGISTERS
    from widgets.docks.tag_map import SPEC as MAP
    from widgets.docks.template_editor import SPEC as TEMPLATES
    from widgets.docks.users import SPEC as USERS
    from widgets.docks.zone_editor import SPEC as ZONES

    return [
        MAP,
        READERS,
        OVERVIEW,
        REGISTERS,
        ZONES,
        USERS,
        CAPTURE,
        AUTHZ_REQUEST,
        AUTHZ_QUEUE,
        AUTHZ_STATS,
        AUTHZ_RULES,
        TEMPLATES,
        AUDIT,
    ]
