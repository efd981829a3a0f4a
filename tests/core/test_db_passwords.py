"""Database passwords never appear in output, nor on a command line: masked in every shown URL
(a ``?password=`` parameter, and one typed in with an unencoded ``@``), refused in ``--db``, read
from a pgpass file or a prompt instead."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import EXIT_DB, run
from app.config import db_argument, mask_url, normalized_url, pgpass_password, scrub, url_has_password
from app.db.engine import Database
from app.errors import DatabaseUnavailable
from main import build_parser, main

ROOT = Path(__file__).resolve().parents[2]
SECRET = "s3cr3t-Pw"


@pytest.mark.parametrize(
    "url",
    [
        f"postgresql+psycopg://bank:{SECRET}@127.0.0.1:1/nowhere",
        f"postgresql+psycopg://bank@127.0.0.1:1/nowhere?password={SECRET}&sslmode=disable",
        f"postgresql+psycopg://bank@127.0.0.1:1/nowhere?sslmode=disable&sslpassword={SECRET}",
        "postgresql+psycopg://bank:s3cr@t@3t@127.0.0.1:1/nowhere",  # "@" not percent-encoded
        "postgresql+psycopg://bank:s3cr@t@3t@/nowhere",
    ],
)
def test_a_shown_url_never_holds_its_password(url: str) -> None:
    masked = mask_url(url)
    for piece in ("s3cr", "3t-Pw", "t@3t", SECRET):
        assert piece not in masked, masked
    assert "***" in masked and url_has_password(url)
    out, err = io.StringIO(), io.StringIO()
    assert run(build_parser().parse_args(["--db", url, "db-status"]), out, err) == EXIT_DB
    text = out.getvalue() + err.getvalue()
    assert "s3cr" not in text and "3t-Pw" not in text and "***" in text, text


def test_an_unencoded_at_reaches_the_driver_as_typed() -> None:
    url = "postgresql+psycopg://bank:p@ss@127.0.0.1:1/db"
    assert normalized_url(url) == "postgresql+psycopg://bank:p%40ss@127.0.0.1:1/db"
    db = Database(url)
    try:
        assert db.engine.url.password == "p@ss" and db.engine.url.host == "127.0.0.1"
        with pytest.raises(DatabaseUnavailable) as down:
            db.check()
        assert "p@ss" not in down.value.message and "ss@" not in down.value.message
    finally:
        db.dispose()
    assert scrub("bad password p@ss (p%40ss)", url) == "bad password *** (***)"


def test_a_password_on_the_command_line_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    for url in (
        f"postgresql+psycopg://bank:{SECRET}@h/db",
        f"postgresql+psycopg://bank@h/db?password={SECRET}",
    ):
        assert main(["--db", url, "db-status"]) == 2
        err = capsys.readouterr().err
        assert "pgpass" in err and "/proc/PID/cmdline" in err and SECRET not in err
    assert (
        db_argument("postgresql+psycopg://bank@h/db", prompt=False, ask=input)
        == "postgresql+psycopg://bank@h/db"
    )
    asked = db_argument("postgresql+psycopg://bank@h/db", prompt=True, ask=lambda _q: "p@ss:w")
    assert asked is not None and mask_url(asked) == "postgresql+psycopg://bank:***@h/db"


def test_the_prompt_keeps_the_password_out_of_the_process_list(tmp_path: Path) -> None:
    """Started with --db-password-prompt, the running process's command line names no password."""
    code = (
        "import sys, runpy, time, getpass; getpass.getpass = lambda prompt='': sys.stdin.readline().strip();"
        "sys.argv=['main.py','--db','postgresql+psycopg://bank@127.0.0.1:1/x','--db-password-prompt','db-status'];"
        "print(open('/proc/self/cmdline','rb').read().replace(b'\\0', b' ').decode(), flush=True);"
        "runpy.run_path('main.py', run_name='__main__')"
    )
    env = {**os.environ, "BANKSUITE_DATA_DIR": str(tmp_path), "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        input="Typ3d@pw\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == EXIT_DB  # nobody listens on port 1
    cmdline, rest = proc.stdout.split("\n", 1)
    assert "--db-password-prompt" in cmdline and "Typ3d" not in cmdline
    assert "Typ3d" not in rest + proc.stderr and "bank:***@127.0.0.1:1/x" in rest + proc.stderr


def test_the_pgpass_file_is_read_as_libpq_reads_it(tmp_path: Path) -> None:
    file = tmp_path / "pgpass"
    file.write_text("# comment\n127.0.0.1:5432:bank:banksuite_app:pa\\:ss\\\\w\n*:*:*:other:x\n")
    file.chmod(0o600)
    assert pgpass_password("127.0.0.1", 5432, "bank", "banksuite_app", file) == "pa:ss\\w"
    assert pgpass_password("db.example", 6000, "any", "other", file) == "x"
    assert pgpass_password("127.0.0.1", 5432, "bank", "nobody", file) is None
    file.chmod(0o644)  # readable by others: libpq ignores it, so do we
    assert pgpass_password("127.0.0.1", 5432, "bank", "banksuite_app", file) is None
