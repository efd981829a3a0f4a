"""The dock framework: every dock is a package here exporting a ``SPEC``. GUI thread.

A dock has a fixed object name (used by saveState/restoreState), a translated title, a default
area, and optionally a permission: docks the user may not use are not built at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from PySide6.QtCore import Qt
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
    """A dock wrapping one panel; keeps its title translated."""

    def __init__(self, spec: DockSpec, ctx: DockContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(spec.object_name)
        self.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.panel = spec.factory(ctx, self)
        self.setWidget(self.panel)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.spec.title())
        self.toggleViewAction().setText(self.spec.title())

    def shutdown(self) -> None:
        """Stop the panel's timers and workers, if it has any (bounded waits)."""
        stop = getattr(self.panel, "shutdown", None)
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
