"""Screenshots of every dock as a user sees it: the demo bank in a temporary embedded database,
simulated readers moving tags, one main window per role, each dock raised in turn and grabbed.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py OUT_DIR [--sizes 1366x768,1920x1080]

Writes ``OUT_DIR/<dock>_<user>_<lang>_<theme>_<size>.png`` (zh_CN dark and en light) and
``OUT_DIR/main_<user>_<lang>_<theme>_<size>.png``. GUI thread; the readers run on their own threads.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
USERS = ("admin", "supervisor", "teller")
LOOKS = (("zh_CN", "dark"), ("en", "light"))


def settle(app: object, seconds: float) -> None:
    """Let timers, bridges and workers run for a while (a screenshot tool, not product code)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--sizes", default="1366x768,1920x1080")
    parser.add_argument("--users", default=",".join(USERS))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="bank-suite-shots-"))
    os.environ["BANKSUITE_DATA_DIR"] = str(data)
    os.environ.pop("BANKSUITE_DB", None)

    from PySide6.QtCore import QSettings

    from app import security
    from app.config import load_settings
    from app.db.bootstrap import open_database
    from app.demo import DEMO_PASSWORD, DEMO_STATION, seed_demo
    from app.rbac import system_principal
    from app.services import build_services
    from hardware.channels import reader_problem
    from hardware.compose import build_tracking
    from imaging.loader import check_image
    from widgets.application import capture_setup, make_app
    from widgets.fonts import ensure_cjk_font
    from widgets.i18n import Translations
    from widgets.main_window import MainWindow
    from widgets.theme import apply_theme

    security.LOG2_N = 10  # the documented test knob: seeding is faster, nothing else changes
    app = make_app()
    ensure_cjk_font(app)
    translations = Translations(app)
    settings = load_settings()
    db = open_database(settings.db_url)
    seed_demo(db)
    services = build_services(
        db,
        time_zone=settings.time_zone,
        check_channel=reader_problem,
        check_image=check_image,
        image_store=settings.image_store,
    )
    services.capture.install_shipped_templates(system_principal("system:setup"))
    runtime = build_tracking(services.tracking, DEMO_STATION, device_dir=settings.data_dir / "devices")
    assert runtime is not None  # the demo station runs every demo reader
    runtime.start()
    capture, scanner = capture_setup(settings, demo=True, station=DEMO_STATION)
    sizes = [tuple(int(v) for v in s.split("x")) for s in args.sizes.split(",")]
    try:
        for username in args.users.split(","):
            principal = services.identity.authenticate(username, DEMO_PASSWORD)
            for lang, theme in LOOKS:
                translations.switch(lang)
                apply_theme(app, theme)
                ui = QSettings(str(data / f"ui-{username}.ini"), QSettings.Format.IniFormat)
                window = MainWindow(
                    services,
                    principal,
                    settings=ui,
                    translations=translations,
                    tracking=runtime,
                    capture=capture,
                )
                window.show()
                for w, h in sizes:
                    window.resize(w, h)
                    window.reset_layout()
                    settle(app, 2.0)
                    tag = f"{username}_{lang}_{theme}_{w}x{h}"
                    window.grab().save(str(args.out / f"main_{tag}.png"))
                    for name, dock in window.docks.items():
                        dock.show()
                        dock.raise_()
                        settle(app, 0.6)
                        window.grab().save(str(args.out / f"{name.removeprefix('dock.')}_{tag}.png"))
                window._closing_for_logout = True
                window.close()
                settle(app, 0.3)
                window.deleteLater()
    finally:
        if scanner is not None:
            scanner.stop()
        if runtime is not None:
            runtime.stop()
        db.dispose()
    print(f"screenshots: {len(list(args.out.glob('*.png')))} files in {args.out}")


if __name__ == "__main__":
    main()
