"""Start-up imports what the log-in needs; the rest comes when first needed (issue 11). The heavy
packages are looked for in ``sys.modules`` of a fresh interpreter: what was imported, not how long
it took on a loaded machine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QDialog

from app.db.engine import Database
from widgets.application import _AfterFirstPaint

ROOT = Path(__file__).resolve().parents[2]
LATER = ("alembic", "cv2", "numpy", "PIL", "pypdfium2", "reportlab", "zxingcpp", "imaging")

# what run_gui does before the log-in dialog shows (less the devices and the demo scanner)
PROBE = """
import json, sys
from app.config import load_settings
from app.db.bootstrap import has_users, open_database
from app.services import build_services
from hardware.channels import reader_problem
from widgets.application import check_image, kind_problem, make_app
from widgets.fonts import ensure_cjk_font
from widgets.i18n import Translations
from widgets.login_dialog import LoginDialog
from widgets.theme import apply_theme

app = make_app()
ensure_cjk_font(app)
Translations(app).switch("zh_CN")
apply_theme(app, "dark")
db = open_database(sys.argv[1])
has_users(db)
services = build_services(db, check_channel=reader_problem, check_image=check_image, check_kind=kind_problem)
dialog = LoginDialog(services.identity, database_label=db.masked_url, language="zh_CN", demo=True)
dialog.show()
app.processEvents()
later = json.loads(sys.argv[2])
print(json.dumps({
    "packages": sorted({m.split(".")[0] for m in sys.modules} & set(later)),
    "docks": sorted(m for m in sys.modules if m.startswith("widgets.docks.")),
}))
dialog.close()
db.dispose()
"""


def test_the_log_in_needs_no_imaging_reports_alembic_or_docks(db: Database, db_url: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, db_url, json.dumps(LATER)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    found = json.loads(proc.stdout.splitlines()[-1])
    assert found == {"packages": [], "docks": []}


def test_after_first_paint_runs_once_painted(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    calls: list[bool] = []
    _AfterFirstPaint(dialog, lambda: calls.append(dialog.isVisible()))
    qtbot.wait(50)
    assert calls == []  # not shown, not painted: nothing yet
    dialog.show()
    qtbot.waitUntil(lambda: calls == [True], timeout=3000)
    dialog.repaint()
    dialog.update()
    qtbot.wait(50)
    assert calls == [True]
