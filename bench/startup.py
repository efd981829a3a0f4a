"""Start-up time to a usable main window, measured from a cold interpreter.

The parent starts a fresh Python process that does what ``main.py`` does around the log-in dialog
(open and migrate the database, fonts, translations, theme, authenticate with the scrypt KDF,
build the main window with its docks, show it and let it paint once) and prints a marker; the
parent measures wall time from spawn to that marker. Runs offscreen. Prints ``figure: value unit``.
As the log-in dialog does, the password is checked on a worker thread while the GUI thread
prepares the window's modules (``widgets.application.prepare_window``; the application starts
that even earlier, once the dialog is painted, while the user types): the figure is that of a
user who types the password at once.
``help`` is ``main.py --help`` from spawn to exit, a cold interpreter each time (median of the runs).
The first run (migrating and seeding the demo bank) also writes the modules' bytecode caches, as a
first start of an installed suite does; the measured runs start as every later start does.

    python bench/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child() -> None:
    t_import = time.perf_counter()
    from concurrent.futures import ThreadPoolExecutor

    from PySide6.QtCore import QSettings, QTimer

    from app.config import load_settings
    from app.db.bootstrap import has_users, open_database
    from app.demo import DEMO_PASSWORD, seed_demo
    from app.services import build_services
    from widgets.application import make_app, prepare_window
    from widgets.docks import CaptureSetup
    from widgets.fonts import ensure_cjk_font
    from widgets.i18n import Translations
    from widgets.main_window import MainWindow
    from widgets.theme import apply_theme

    app = make_app()
    ensure_cjk_font(app)
    tr = Translations(app)
    tr.switch("zh_CN")
    apply_theme(app, "dark")
    settings = load_settings()
    db = open_database(settings.db_url)
    if not has_users(db):
        seed_demo(db)
        print("seeded", flush=True)
        return
    services = build_services(db)
    with ThreadPoolExecutor(1, thread_name_prefix="log-in") as worker:  # the dialog's worker
        checking = worker.submit(services.identity.authenticate, "admin", DEMO_PASSWORD)
        prepare_window()
        principal = checking.result()
    window = MainWindow(
        services,
        principal,
        settings=QSettings(str(settings.data_dir / "ui.ini"), QSettings.Format.IniFormat),
        translations=tr,
        capture=CaptureSetup("BENCH"),
    )
    window.show()

    def painted() -> None:
        print(f"usable {time.perf_counter() - t_import:.4f}", flush=True)
        window._closing_for_logout = True
        window.close()
        app.quit()

    QTimer.singleShot(0, painted)
    app.exec()
    db.dispose()


def run_once(env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child"], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    elapsed = -1.0
    for line in proc.stdout:
        if line.startswith("usable"):
            elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    if elapsed < 0:
        raise SystemExit(f"child failed with exit code {proc.returncode}")
    return elapsed


def help_once(env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "main.py", "--help"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", action="store_true")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if args.child:
        sys.path.insert(0, str(ROOT))
        child()
        return
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BANKSUITE_DATA_DIR": tmp}
        env.pop("BANKSUITE_DB", None)
        # as an installed suite starts: its modules' bytecode cached (the first start writes it, as
        # pip's install does), even where this shell says not to write any (a sandbox)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, __file__, "--child"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
        )  # first start: migrate and seed the demo bank
        first = time.perf_counter() - start
        times = sorted(run_once(env) for _ in range(args.runs))
        helps = sorted(help_once(env) for _ in range(max(args.runs, 5)))
    print(f"startup_median: {statistics.median(times) * 1000:.0f} ms")
    print(f"startup_max: {times[-1] * 1000:.0f} ms")
    print(f"startup_min: {times[0] * 1000:.0f} ms")
    print(f"first_start_migrate_and_seed: {first * 1000:.0f} ms")
    print(f"help: {statistics.median(helps) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
