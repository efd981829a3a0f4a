"""Start the Qt suite as a workstation of a suite server (``--server https://host:port
--server-pin sha256:…``): no database credential on this machine; the log-in opens a server
session, the docks call the services through the client proxy and other workstations' changes
arrive on the push stream. GUI thread.
"""

from __future__ import annotations

import argparse
import logging
import socket

from PySide6.QtWidgets import QMessageBox

from app.client.proxy import ServerLogin, workstation_services
from app.client.push import PushClient
from app.client.transport import Connection
from app.config import load_settings
from app.errors import SuiteError
from app.logs import setup_logging
from app.rbac import Principal
from widgets.bridges.link import ServerLink
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

    def window_for(principal: Principal) -> MainWindow:
        reply = connection.login_reply
        push = PushClient(connection, since=reply.push_seq if reply is not None else 0)
        return MainWindow(
            workstation_services(connection, push),  # type: ignore[arg-type]  # the same interface, over the server
            principal,
            settings=ui,
            translations=translations,
            idle_minutes=settings.idle_lock_minutes,
            link=ServerLink(connection, push),
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
        connection.close()


def _is_demo(connection: Connection) -> bool:
    """Whether the server runs the demo bank (the log-in dialog then shows the demo log-ins)."""
    try:
        return bool(connection.health().get("demo"))
    except SuiteError as exc:
        log.warning("suite server health: %s", error_text(exc))
        return False
