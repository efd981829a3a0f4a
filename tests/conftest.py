"""Shared fixtures. The database under test is SQLite in a temp folder, or PostgreSQL when
BANKSUITE_TEST_PG is set (each test gets its own schema, dropped afterwards). tools/test.sh runs the
suite once without it and once with it."""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app import security
from app.db.bootstrap import open_database
from app.db.engine import Database
from app.services import Services, build_services
from hardware.channels import reader_problem
from imaging.kinds import kind_problem
from imaging.loader import check_image

PG_URL = os.environ.get("BANKSUITE_TEST_PG", "")


def pytest_report_header(config: pytest.Config) -> str:
    where = make_url(PG_URL).render_as_string(hide_password=True) if PG_URL else "SQLite"
    return f"database under test: {where}"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("BANKSUITE_DATA_DIR", str(data))
    monkeypatch.delenv("BANKSUITE_DB", raising=False)
    security.use_pepper(None)  # each test's pepper is made in its own data folder, on first need
    # the documented test knob (only code sets it): hashes at 2**10 instead of 2**17, 100 times faster;
    # test_secrets_at_rest checks the cost a deployment gets
    monkeypatch.setattr(security, "LOG2_N", 10)


@pytest.fixture(autouse=True)
def _no_leaked_threads() -> Iterator[None]:
    before = {t.ident for t in threading.enumerate()}
    yield
    leaked = [t for t in threading.enumerate() if t.ident not in before and t.is_alive() and not t.daemon]
    for t in leaked:
        t.join(timeout=2)
    leaked = [t.name for t in leaked if t.is_alive()]
    assert not leaked, f"test left threads running: {leaked}"


@pytest.fixture
def db_url(tmp_path: Path) -> Iterator[str]:
    if not PG_URL:
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def services(db: Database, tmp_path: Path) -> Services:
    return build_services(
        db,
        check_channel=reader_problem,
        check_image=check_image,
        check_kind=kind_problem,
        image_store=tmp_path / "server-images",
    )
