"""The bank's time zone setting: ``timezone`` in settings.toml, BANKSUITE_TIMEZONE over it,
Asia/Shanghai by default; an unknown zone is refused at start-up; the services take it."""

from __future__ import annotations

import zoneinfo
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.config import DEFAULT_TIME_ZONE, load_settings
from app.db.engine import Database
from app.services import build_services


def test_default_file_and_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BANKSUITE_TIMEZONE", raising=False)
    assert load_settings(folder=tmp_path).time_zone == DEFAULT_TIME_ZONE == "Asia/Shanghai"
    (tmp_path / "settings.toml").write_text('timezone = "Asia/Hong_Kong"\n', encoding="utf-8")
    assert load_settings(folder=tmp_path).time_zone == "Asia/Hong_Kong"
    monkeypatch.setenv("BANKSUITE_TIMEZONE", "UTC")
    assert load_settings(folder=tmp_path).time_zone == "UTC"


def test_an_unknown_zone_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BANKSUITE_TIMEZONE", "Mars/Olympus_Mons")
    with pytest.raises(ValueError, match="Mars/Olympus_Mons"):
        load_settings(folder=tmp_path)


def test_the_services_take_the_zone(db: Database) -> None:
    assert str(build_services(db).stats.zone) == "Asia/Shanghai"
    assert str(build_services(db, time_zone="Europe/London").stats.zone) == "Europe/London"


def test_zoneinfo_without_system_zones_uses_tzdata() -> None:
    pytest.importorskip("tzdata")  # a dependency (pyproject), for machines without system zoneinfo
    zoneinfo.reset_tzpath(to=[])
    zoneinfo.ZoneInfo.clear_cache()
    try:
        shanghai = zoneinfo.ZoneInfo("Asia/Shanghai")
        assert datetime(2026, 4, 1, tzinfo=shanghai).utcoffset() == timedelta(hours=8)
    finally:
        zoneinfo.reset_tzpath()
        zoneinfo.ZoneInfo.clear_cache()
