"""Start the Qt suite as a workstation of a suite server (``--server https://host:port
--server-pin sha256:…``): no database credential on this machine; the log-in opens a server
session, the docks call the services through the client proxy and other workstations' changes
arrive on the push stream. GUI thread.

With ``--station-account NAME`` the station's devices run here: they sign in with the station's
service account on a connection of their own (``app.client.station``), from start to quit, through
log-outs and lock screens; their movements go through a local spool (``<data dir>/spool/<station>``)
and their health is reported. Every workstation's map shows every station's devices live
(``widgets.bridges.shared_tracking``).
"""

from __future__ import annotations

import argparse
import logging
import socket
from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox

from app.client.proxy import RemoteServices, ServerLogin, workstation_services
from app.client.push import PushClient
from app.client.station import StationAccount, station_password
from app.client.transport import Connection
from app.config import Settings, load_settings
from app.errors import SuiteError
from app.logs import setup_logging
from app.rbac import Permission, Principal
from app.tracking.reads import ReaderStatus
from hardware.runtime import TrackingRuntime
from hardware.station import StationDevices
from widgets.bridges.link import ServerLink
from widgets.bridges.shared_tracking import SharedTracking, shared_tracking
from widgets.bridges.tracking import TrackingSource
from widgets.fonts import ensure_cjk_font
from widgets.i18n import Translations
from widgets.login_dialog import LoginDialog
from widgets.main_window import MainWindow
from widgets.messages import error_text
from widgets.theme import apply_theme

log = logging.getLogger("bank-suite")


def station_code(args: argparse.Namespace) -> str:
    return str(getattr(args, "station", None) or socket.gethostname()).strip().upper()[:64]


def server_list(args: argparse.Namespace) -> list[str]:
    return [url.strip() for given in args.server for url in given.split(",") if url.strip()]


def run_server_gui(args: argparse.Namespace) -> int:
    from widgets.application import install_excepthook, make_app, session_loop, ui_settings

    settings = load_settings(None)
    log_path = setup_logging(settings.data_dir)
    app = make_app()
    install_excepthook(app)
    ui = ui_settings(settings)
    ensure_cjk_font(app)
    translations = Translations(app)
    translations.switch(str(args.lang or ui.value("ui/language") or settings.language))
    apply_theme(app, str(args.theme or ui.value("ui/theme") or "dark"))
    try:
        connection = Connection(server_list(args), args.server_pin or "")
    except ValueError as exc:
        QMessageBox.critical(None, app.translate("Startup", "Suite server"), str(exc))
        return 2
    station = station_code(args)
    log.info("starting as station %s of %s; log %s", station, ", ".join(connection.servers), log_path)
    demo = _is_demo(connection)
    devices: StationDevices | None = None
    account_name = str(args.station_account or settings.extra.get("station_account") or "")
    if account_name and not args.no_devices:
        devices = station_devices(args, settings, station, account_name)
        error = devices.start()
        if error is not None and not devices.retrying:  # final: the devices will not run
            QMessageBox.warning(
                None,
                app.translate("Startup", "Station devices"),
                app.translate("Startup", "This station's devices were not started:")
                + "\n"
                + error_text(error),
            )
        elif error is not None:  # the server is away: they start on their own once it answers
            log.warning("station %s: devices start once the server lets them: %s", station, error)

    previous: list[Callable[[], None]] = []  # ends what the last window's map was waiting for

    def window_for(principal: Principal) -> MainWindow:
        while previous:
            previous.pop()()
        reply = connection.login_reply
        push = PushClient(connection, since=reply.push_seq if reply is not None else 0)
        services = workstation_services(connection, push)
        runtime = devices.runtime if devices else None
        source = map_source(services, principal, push, station, runtime)
        if devices is not None and runtime is None and isinstance(source, SharedTracking):
            # the devices start once the server lets them: the open map then takes them directly
            previous.extend((devices.when_started(source.attach), source.stop))
        return MainWindow(
            services,  # type: ignore[arg-type]  # the same interface, over the server
            principal,
            settings=ui,
            translations=translations,
            idle_minutes=settings.idle_lock_minutes,
            link=ServerLink(connection, push),
            tracking=source,
            demo=demo,
        )

    try:
        return session_loop(
            app,
            translations,
            ui,
            str(args.user or ""),
            lambda username: LoginDialog(
                ServerLogin(connection, station),
                database_label=connection.servers[0],
                language=translations.language,
                demo=demo,
                username=username,
            ),
            window_for,
        )
    finally:
        if devices is not None:
            devices.stop()
        connection.close()


def station_devices(
    args: argparse.Namespace, settings: Settings, station: str, account_name: str
) -> StationDevices:
    """This station's devices under its service account (``hardware.station``), not started."""

    def account() -> StationAccount:
        return StationAccount(
            server_list(args),
            args.server_pin or "",
            station,
            account_name,
            station_password(settings.extra.get("station_password_file")),
        )

    return StationDevices(account, station, settings.data_dir)


def map_source(
    services: RemoteServices,
    principal: Principal,
    push: PushClient,
    station: str,
    runtime: TrackingRuntime | None,
) -> TrackingSource | None:
    """What the map and reader health show: every station's devices live for a viewer of the map
    (the server's presence and reader health now, then the push stream), this station's runtime
    for anybody else (it shows in the status bar)."""
    if not principal.can(Permission.MAP_VIEW):
        return runtime

    def read() -> tuple[dict[str, tuple[str, float]], dict[str, ReaderStatus]]:
        return services.positions.presence(principal), services.tracking.health(principal)

    try:
        presence, statuses = read()
    except SuiteError as exc:  # the map then starts from what the push stream brings
        log.warning("the live map starts empty: %s", error_text(exc))
        presence, statuses = {}, {}
    return shared_tracking(push, station, presence, statuses, runtime, read)


def _is_demo(connection: Connection) -> bool:
    """Whether the server runs the demo bank (the log-in dialog then shows the demo log-ins)."""
    try:
        return bool(connection.health().get("demo"))
    except SuiteError as exc:
        log.warning("suite server health: %s", error_text(exc))
        return False
