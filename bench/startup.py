"""Start-up time to a usable main window, measured from a cold interpreter.

The parent starts a fresh Python process that does what ``main.py`` does around the log-in dialog
(open and migrate the database, fonts, translations, theme, show the log-in dialog, authenticate
with the scrypt KDF, build the main window with its docks, show it and let it paint once) and
prints markers; the parent measures wall time from spawn to each. ``login_dialog_painted`` is what
a user waits for before typing; ``ok_to_window`` what they wait for after pressing OK (the password
checked, the window built and painted); ``startup`` both, as if typed in no time.
``ok_to_window_after_typing`` is the same wait for a user who took ``TYPING_S`` to type (the
application prepares the window's modules once the dialog is painted, meanwhile). Runs offscreen.
Prints ``figure: value unit``.
As the log-in dialog does, the password is checked on a worker thread while the GUI thread
prepares the window's modules (``widgets.application.prepare_window``; the application starts
that even earlier, once the dialog is painted, while the user types): the figure is that of a
user who types the password at once. A tree without ``prepare_window`` (an older version) checks
the password first, then builds the window, as it did.

``startup_cpu`` is the CPU time the process had used at the marker (every thread): less sensitive
than wall time to a machine busy with other work, blind to what overlaps. ``help`` is
``main.py --help`` from spawn to exit, a cold interpreter each time (median of the runs).

``--baseline REV`` measures that revision too (``git archive`` of it, the same child code), each
run of one alternating with a run of the other, under the same load: ``baseline_*`` figures.
The first run (migrating and seeding the demo bank) also writes the modules' bytecode caches, as a
first start of an installed suite does; the measured runs start as every later start does.

    python bench/startup.py [--runs 5] [--baseline main]
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TYPING_S = 2.0  # a user name and a password typed


def child() -> None:
    t_import = time.perf_counter()
    from concurrent.futures import ThreadPoolExecutor

    from PySide6.QtCore import QSettings, QTimer

    from app.config import load_settings
    from app.db.bootstrap import has_users, open_database
    from app.demo import DEMO_PASSWORD, seed_demo
    from app.services import build_services
    from widgets import application
    from widgets.docks import CaptureSetup
    from widgets.fonts import ensure_cjk_font
    from widgets.i18n import Translations
    from widgets.main_window import MainWindow
    from widgets.theme import apply_theme

    app = application.make_app()
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
    from widgets.login_dialog import LoginDialog  # what the user sees first: shown and painted

    dialog = LoginDialog(services.identity, database_label="suite.db", language="zh_CN", demo=True)
    dialog.show()
    app.processEvents()
    dialog.repaint()
    print(f"dialog {time.perf_counter() - t_import:.4f}", flush=True)
    prepare = getattr(application, "prepare_window", None)
    typing = float(os.environ.get("BENCH_TYPING_S", "0"))
    if typing and prepare is not None:  # as the application does once the dialog is painted
        prepare()
    typed = time.perf_counter() + typing
    while time.perf_counter() < typed:  # the user types; the dialog stays responsive
        app.processEvents()
        time.sleep(0.01)
    t_ok = time.perf_counter()  # the user presses OK
    dialog.hide()
    if prepare is None:  # an older tree: the check, then the window
        principal = services.identity.authenticate("admin", DEMO_PASSWORD)
    else:
        with ThreadPoolExecutor(1, thread_name_prefix="log-in") as worker:  # the dialog's worker
            checking = worker.submit(services.identity.authenticate, "admin", DEMO_PASSWORD)
            prepare()
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
        now = time.perf_counter()
        print(
            f"usable {now - t_import:.4f} cpu {time.process_time():.4f} after_ok {now - t_ok:.4f}", flush=True
        )
        window._closing_for_logout = True
        window.close()
        app.quit()

    QTimer.singleShot(0, painted)
    app.exec()
    db.dispose()


class Tree:
    """One version of the suite under measurement: its folder, its own data folder."""

    def __init__(self, root: Path, data: Path) -> None:
        self.root = root
        data.mkdir(parents=True, exist_ok=True)
        self.env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BANKSUITE_DATA_DIR": str(data)}
        self.env.pop("BANKSUITE_DB", None)
        # as an installed suite starts: its modules' bytecode cached (the first start writes it, as
        # pip's install does), even where this shell says not to write any (a sandbox)
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        self.times: list[float] = []
        self.cpu: list[float] = []
        self.helps: list[float] = []
        self.dialogs: list[float] = []  # spawn to the log-in dialog painted
        self.after_ok: list[float] = []  # OK pressed to the main window painted
        self.after_typing: list[float] = []  # the same, after TYPING_S of typing
        self.first = 0.0

    def command(self) -> list[str]:
        return [sys.executable, str(Path(__file__).resolve()), "--child", "--tree", str(self.root)]

    def first_start(self) -> None:
        start = time.perf_counter()
        subprocess.run(self.command(), cwd=self.root, env=self.env, check=True, stdout=subprocess.DEVNULL)
        self.first = time.perf_counter() - start  # migrate and seed the demo bank

    def run_once(self, typing: float = 0.0) -> None:
        start = time.perf_counter()
        env = {**self.env, "BENCH_TYPING_S": str(typing)}
        proc = subprocess.Popen(self.command(), cwd=self.root, env=env, stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        if typing:
            for line in proc.stdout:
                if line.startswith("usable"):
                    self.after_typing.append(float(line.split()[5]))
            proc.wait(timeout=60)
            return
        elapsed = -1.0
        for line in proc.stdout:
            if line.startswith("dialog"):
                self.dialogs.append(time.perf_counter() - start)
            if line.startswith("usable"):
                elapsed = time.perf_counter() - start
                self.cpu.append(float(line.split()[3]))
                self.after_ok.append(float(line.split()[5]))
        proc.wait(timeout=60)
        if elapsed < 0:
            raise SystemExit(f"child in {self.root} failed with exit code {proc.returncode}")
        self.times.append(elapsed)

    def help_once(self) -> None:
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "main.py", "--help"],
            cwd=self.root,
            env=self.env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        self.helps.append(time.perf_counter() - start)

    def report(self, prefix: str) -> None:
        times = sorted(self.times)
        print(f"{prefix}startup_median: {statistics.median(times) * 1000:.0f} ms")
        print(f"{prefix}startup_max: {times[-1] * 1000:.0f} ms")
        print(f"{prefix}startup_min: {times[0] * 1000:.0f} ms")
        print(f"{prefix}startup_cpu_median: {statistics.median(self.cpu) * 1000:.0f} ms")
        print(f"{prefix}login_dialog_painted_median: {statistics.median(self.dialogs) * 1000:.0f} ms")
        print(f"{prefix}ok_to_window_median: {statistics.median(self.after_ok) * 1000:.0f} ms")
        typed = statistics.median(self.after_typing) * 1000
        print(f"{prefix}ok_to_window_after_typing_median: {typed:.0f} ms")
        print(f"{prefix}first_start_migrate_and_seed: {self.first * 1000:.0f} ms")
        print(f"{prefix}help: {statistics.median(self.helps) * 1000:.0f} ms")


def export(rev: str, into: Path) -> Path:
    """The tree of ``rev`` (``git archive``), with this tree's compiled translations (not in git)."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    for qm in (ROOT / "resources" / "translations").glob("*.qm"):
        target = into / "resources" / "translations" / qm.name
        if not target.exists():
            shutil.copyfile(qm, target)
    return into


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", action="store_true")
    parser.add_argument("--tree", type=Path, default=ROOT, help="(child) the suite's folder to start")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", metavar="REV", help="measure this git revision too, alternating")
    args = parser.parse_args()
    if args.child:
        sys.path.insert(0, str(args.tree))
        child()
        return
    with tempfile.TemporaryDirectory() as tmp:
        trees = {"": Tree(ROOT, Path(tmp) / "data")}
        if args.baseline:
            base = export(args.baseline, Path(tmp) / "baseline")
            trees["baseline_"] = Tree(base, Path(tmp) / "baseline-data")
        for tree in trees.values():
            tree.first_start()
        order = list(trees.values())
        for i in range(args.runs):
            for tree in order if i % 2 == 0 else order[::-1]:  # neither always first
                tree.run_once()
                tree.run_once(typing=TYPING_S)
        for i in range(max(args.runs, 5)):
            for tree in order if i % 2 == 0 else order[::-1]:
                tree.help_once()
    for prefix, tree in trees.items():
        tree.report(prefix)


if __name__ == "__main__":
    main()
