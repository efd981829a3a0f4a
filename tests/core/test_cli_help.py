"""``bank-suite --help`` and every command's ``--help`` import nothing heavy (issue 11: < 0.2 s).

Each case runs in a fresh interpreter and reports which of the heavy packages ended up in
``sys.modules``: a check of what was imported, not of how long it took on a loaded machine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = (
    "sqlalchemy",
    "alembic",
    "PySide6",
    "shiboken6",
    "cv2",
    "numpy",
    "reportlab",
    "pypdfium2",
    "PIL",
    "cryptography",
    "uvicorn",
    "widgets",
    "hardware",
    "imaging",
)
COMMANDS = [
    "migrate",
    "db-status",
    "seed-demo",
    "verify-audit",
    "sequence-audit",
    "grant-app-role",
    "create-user",
    "unlock-user",
    "reset-pin",
    "set-user-station",
    "serve",
]

# as ``python main.py ARGS`` runs it (``__main__``), and as the ``bank-suite`` script does (main:main)
PROBE = """
import json, runpy, sys
how, argv = sys.argv[1], sys.argv[2:]
try:
    if how == "script":
        sys.argv = ["main.py", *argv]
        runpy.run_path("main.py", run_name="__main__")
    else:
        import main
        main.main(argv)
except SystemExit as exc:
    code = exc.code
else:
    code = "no exit"
heavy = json.loads(sys.stdin.read())
print(json.dumps({"code": code, "heavy": sorted({m.split(".")[0] for m in sys.modules} & set(heavy))}))
"""


def probe(how: str, *argv: str) -> tuple[object, list[str], str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BANKSUITE_")}
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, how, *argv],
        cwd=ROOT,
        env=env,
        input=json.dumps(HEAVY),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    report = json.loads(proc.stdout.splitlines()[-1])
    return report["code"], report["heavy"], proc.stdout


@pytest.mark.parametrize("how", ["script", "entry_point"])
def test_help_imports_nothing_heavy(how: str) -> None:
    code, heavy, out = probe(how, "--help")
    assert code == 0 and "usage: bank-suite" in out and "serve" in out
    assert heavy == [], f"--help imported {heavy}"


@pytest.mark.parametrize("command", COMMANDS)
def test_command_help_imports_nothing_heavy(command: str) -> None:
    code, heavy, out = probe("script", command, "--help")
    assert code == 0 and f"bank-suite {command}" in out
    assert heavy == [], f"{command} --help imported {heavy}"


def test_grant_app_role_default_is_the_app_role() -> None:
    """The parser leaves --role unset (it does not import app.db.roles); the help names the default."""
    from app.db import roles
    from main import build_parser

    args = build_parser().parse_args(["grant-app-role"])
    assert args.role is None
    _, _, out = probe("script", "grant-app-role", "--help")
    assert roles.DEFAULT_APP_ROLE in out
