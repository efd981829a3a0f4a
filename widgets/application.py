"""Start the Qt suite: fonts, language, theme, database, demo seed, log-in loop. GUI thread."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from app.audit_sequencer import SequencerRunner, start_runner
from app.config import Settings, load_settings, mask_url
from app.db.bootstrap import has_users, open_database
from app.db.engine import Database
from app.demo import is_seeded, seed_demo
from app.errors import SuiteError, ValidationError
from app.jobs import JobRunner
from app.lazy import LazyFunction
from app.logs import setup_logging
from app.paths import RESOURCES
from app.rbac import Principal, system_principal
from app.services import build_services
from app.stations import workstation_station
from hardware.channels import camera_url, folder_url, reader_problem
from hardware.compose import build_tracking
from hardware.runtime import TrackingRuntime
from widgets.collector import collect_on_gui_thread
from widgets.docks import CaptureSetup, all_specs
from widgets.fonts import ensure_cjk_font
from widgets.i18n import Translations
from widgets.login_dialog import LoginDialog
from widgets.main_window import MainWindow
from widgets.messages import error_text
from widgets.theme import apply_theme

if TYPE_CHECKING:
    from imaging.demo_scanner import DemoScanner

log = logging.getLogger("bank-suite")


# imported with the first image checked: OpenCV, numpy, PDFium and Pillow are a third of the suite's
# imports, and most sessions store no image
check_image = LazyFunction("imaging.loader", "check_image")
kind_problem = LazyFunction("imaging.kinds", "kind_problem")  # with the first request image checked


def make_app() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setOrganizationName("BankSuite")
    app.setApplicationName("bank-suite")
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "app.svg")))
    collect_on_gui_thread(app)  # never a Qt object destroyed on a worker thread's collection
    return app


def ui_settings(settings: Settings) -> QSettings:
    return QSettings(str(settings.data_dir / "ui.ini"), QSettings.Format.IniFormat)


def open_or_explain(settings: Settings) -> Database | None:
    """Open the database; on failure show a dialog naming the URL (password masked)."""
    try:
        return open_database(settings.db_url)
    except SuiteError as exc:
        message = error_text(exc)
        detail = exc.message
    except SQLAlchemyError as exc:
        message = QApplication.translate("Startup", "The database could not be opened or upgraded.")
        detail = str(exc).splitlines()[0]
    log.error("database: %s", detail)
    box = QMessageBox(
        QMessageBox.Icon.Critical, QApplication.translate("Startup", "Database unavailable"), message
    )
    box.setInformativeText(
        QApplication.translate(
            "Startup",
            "Check the address in --db, BANKSUITE_DB or settings.toml, and that the server is running.",
        )
    )
    box.setDetailedText(detail)
    box.exec()
    return None


def install_excepthook(app: QApplication) -> None:
    """An unexpected error in a slot is logged with its traceback and shown, never lost silently."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.critical("unexpected error", exc_info=(kind, exc, tb))
        if isinstance(exc, KeyboardInterrupt):
            app.quit()
            return
        QMessageBox.critical(
            app.activeWindow(),
            app.translate("Startup", "Unexpected error"),
            app.translate("Startup", "An unexpected error occurred and was written to the log:") + f"\n{exc}",
        )

    sys.excepthook = hook


def capture_setup(
    settings: Settings, *, demo: bool, station: str | None = None
) -> tuple[CaptureSetup, DemoScanner | None]:
    """Which capture sources it offers: ``capture_sources``
    (a list of channel URLs) in settings.toml, which only this workstation opens (they are local
    settings, not in the database); the demo adds its simulated scanner's hot folder and the
    document-camera recording. ``station``: this workstation's code (default: as ``run_gui`` picks
    it), recorded with every capture batch."""
    configured = settings.extra.get("capture_sources") or []
    sources = [str(u) for u in configured] if isinstance(configured, list) else []
    scanner = None
    if demo:
        from imaging.demo_scanner import DemoScanner  # the synthetic vouchers (OpenCV): demo only

        scanner = DemoScanner(settings.data_dir / "capture")
        scanner.start()
        sources = [folder_url(scanner.inbox), camera_url(scanner.video), *sources]
    if station is None:
        station = workstation_station(None, settings.extra.get("station"), demo=demo)
    return CaptureSetup(station, tuple(sources)), scanner


def prepare_window() -> None:
    """Import what a main window is built from: every dock's module, and with them OpenCV, numpy,
    Pillow and PDFium (the image views), half of the suite's imports. Builds nothing: who signs in
    is not known yet. GUI thread, while it waits anyway: the log-in dialog is shown and the user
    types, or it checks the password on its worker (the KDF releases the GIL). Cheap once done."""
    all_specs()


class _AfterFirstPaint(QObject):
    """Run ``then`` once, as soon as ``widget`` has been painted the first time (not before: the
    log-in dialog appears first, and what it waits for is done while the user types)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # once this paint has reached the screen
        return False


def session_loop(
    app: QApplication,
    translations: Translations,
    ui: QSettings,
    username: str,
    make_login: Callable[[str], LoginDialog],
    make_window: Callable[[Principal], MainWindow],
) -> int:
    """Log in, run the window, and after a log-out log in again, until the user quits (embedded and
    server mode alike; what a log-in and a window are differs between them)."""
    while True:
        login = make_login(username)

        def _switch(code: str) -> None:
            translations.switch(code)
            ui.setValue("ui/language", code)

        login.language_requested.connect(_switch)
        if isinstance(login, QWidget):
            _AfterFirstPaint(login, prepare_window)
        if login.exec() != QDialog.DialogCode.Accepted or login.principal is None:
            return 0
        # What start-up loaded (modules, the ORM's mappings, Qt's wrappers) lives as long as the
        # suite: full collections skip it from now on (one took 174 ms with 10,000 markers on the map).
        gc.freeze()
        window = make_window(login.principal)
        window.show_fitted()
        window.raise_()
        window.activateWindow()
        app.exec()
        if not window._closing_for_logout:  # closed or quit: the suite ends
            return 0
        username = window.principal.username
        if window.logout_reason != "user logged out":  # locked out at the lock screen, or similar
            QMessageBox.information(None, app.translate("Startup", "Logged out"), window.logout_reason)
        window.deleteLater()


def run_gui(args: argparse.Namespace) -> int:
    if getattr(args, "server", None):
        from widgets.server_app import run_server_gui

        return run_server_gui(args)
    settings = load_settings(args.db)
    log_path = setup_logging(settings.data_dir)
    app = make_app()
    install_excepthook(app)
    log.info("starting; database %s; log %s", mask_url(settings.db_url), log_path)
    ui = ui_settings(settings)
    ensure_cjk_font(app)
    translations = Translations(app)
    translations.switch(str(args.lang or ui.value("ui/language") or settings.language))
    apply_theme(app, str(args.theme or ui.value("ui/theme") or "dark"))

    if not settings.is_embedded:  # a shared database is the suite server's alone
        log.error("refused to open the shared database %s directly", mask_url(settings.db_url))
        QMessageBox.critical(
            None,
            app.translate("Startup", "Shared database"),
            app.translate(
                "Startup",
                "A workstation does not connect to a shared database: only the suite server holds its "
                "credential. Start the server with `bank-suite serve` and this workstation with "
                "--server https://HOST:8443 --server-pin FINGERPRINT.",
            ),
        )
        return 2
    db = open_or_explain(settings)
    if db is None:
        return 3
    runtime: TrackingRuntime | None = None
    scanner: DemoScanner | None = None
    sequencer: SequencerRunner | None = None
    jobs: JobRunner | None = None
    try:
        if not has_users(db):
            if not (args.demo or settings.is_embedded):
                QMessageBox.warning(
                    None,
                    app.translate("Startup", "No users"),
                    app.translate(
                        "Startup",
                        "This database has no users yet. Create an administrator with:\n"
                        "python main.py create-user --username admin --name NAME --role admin",
                    ),
                )
                return 2
            from app.cli import print_demo_accounts  # the command line's modules: first start only

            shared = not settings.is_embedded  # --demo into a shared database: passwords changed first
            print_demo_accounts(seed_demo(db, shared=shared), sys.stdout, shared=shared)
        services = build_services(
            db,
            time_zone=settings.time_zone,
            check_channel=reader_problem,
            check_image=check_image,
            check_kind=kind_problem,
            image_store=settings.image_store,
        )
        sequencer = start_runner(db, settings.extra)  # chains audit entries and signs checkpoints
        jobs = JobRunner(db, services.alarms.jobs())  # this process is the leader of its own database
        jobs.start()
        services.capture.install_shipped_templates(system_principal("system:setup"))
        demo = is_seeded(db)
        # --demo, or the demo bank in the embedded database: run as the demo station (its readers)
        try:
            station = workstation_station(
                getattr(args, "station", None),
                settings.extra.get("station"),
                demo=bool(args.demo) or (demo and settings.is_embedded),
            )
        except ValidationError as exc:  # station = "..." in settings.toml is no station code
            log.error("settings.toml: %s", exc.message)
            QMessageBox.critical(
                None,
                app.translate("Startup", "Invalid station"),
                app.translate(
                    "Startup",
                    "The station in settings.toml is no station code: use 1-32 letters, digits, "
                    "'.', '_' or '-'.",
                )
                + f"\n{exc.message}",
            )
            return 2
        log.info("station %s", station)
        if not args.no_devices:
            # The station's devices act as the station, not as whoever signs in later: they run from
            # now on, through log-outs and lock screens (app.services.tracking).
            runtime = build_tracking(services.tracking, station, device_dir=settings.data_dir / "devices")
            if runtime is None:
                log.info("station %s runs no reader: no reader threads, no simulator", station)
            else:
                runtime.start()
        capture, scanner = capture_setup(settings, demo=demo and not args.no_devices, station=station)
        return session_loop(
            app,
            translations,
            ui,
            str(args.user or ""),
            lambda username: LoginDialog(
                services.identity,
                database_label=db.masked_url,
                language=translations.language,
                demo=demo,
                username=username,
            ),
            lambda principal: MainWindow(
                services,
                principal,
                settings=ui,
                translations=translations,
                idle_minutes=settings.idle_lock_minutes,
                tracking=runtime,
                capture=capture,
                demo=demo,
            ),
        )
    finally:
        if scanner is not None:
            scanner.stop()
        if runtime is not None:
            runtime.stop()
        if jobs is not None:
            jobs.stop()
        if sequencer is not None:
            sequencer.stop()
        db.dispose()
