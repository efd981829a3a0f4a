"""Settings: where the data lives, which database to use and the bank's time zone. Runs on the main
thread at start-up.

Precedence: explicit argument (``--db``) > environment (``BANKSUITE_DB``) > ``settings.toml`` in the
data folder > embedded SQLite in the data folder. The time zone of the statistics periods (IANA name):
``BANKSUITE_TIMEZONE`` > ``timezone`` in settings.toml > Asia/Shanghai.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.engine import make_url

APP_NAME = "bank-suite"
DEFAULT_TIME_ZONE = "Asia/Shanghai"  # the bank's zone: a statistics month starts at its midnight


def data_dir() -> Path:
    """The user's data folder (``BANKSUITE_DATA_DIR`` or XDG data home)."""
    explicit = os.environ.get("BANKSUITE_DATA_DIR")
    if explicit:
        path = Path(explicit)
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        path = Path(base) / APP_NAME
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_sqlite_url(folder: Path | None = None) -> str:
    return f"sqlite:///{(folder or data_dir()) / 'suite.db'}"


def mask_url(url: str) -> str:
    """The URL with any password replaced by ***, safe to show and log."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # an unparsable URL: show only its scheme
        return url.split(":", 1)[0] + ":…"


@dataclass(frozen=True)
class Settings:
    db_url: str
    data_dir: Path
    idle_lock_minutes: float = 5.0
    language: str = "zh_CN"
    time_zone: str = DEFAULT_TIME_ZONE
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def image_store(self) -> Path:
        """The folder behind the image service, where whoever runs the services (the suite server,
        or the app in embedded mode) keeps the images: ``image_store`` in settings.toml or
        BANKSUITE_IMAGES, else beside the database. Workstations of a shared deployment upload and
        download through the server; they never share a folder."""
        configured = os.environ.get("BANKSUITE_IMAGES") or str(self.extra.get("image_store") or "")
        return Path(configured) if configured else self.data_dir / "images"

    @property
    def is_embedded(self) -> bool:
        return self.db_url.startswith("sqlite")


def load_settings(db_url: str | None = None, folder: Path | None = None) -> Settings:
    folder = folder or data_dir()
    file_values: dict[str, object] = {}
    config_file = folder / "settings.toml"
    if config_file.exists():
        with config_file.open("rb") as fh:
            file_values = tomllib.load(fh)
    url = (
        db_url
        or os.environ.get("BANKSUITE_DB")
        or str(file_values.get("db_url") or "")
        or default_sqlite_url(folder)
    )
    idle = float(str(file_values.get("idle_lock_minutes", os.environ.get("BANKSUITE_IDLE_LOCK_MIN", 5))))
    language = str(file_values.get("language", "zh_CN"))
    zone = os.environ.get("BANKSUITE_TIMEZONE") or str(file_values.get("timezone") or "") or DEFAULT_TIME_ZONE
    return Settings(
        db_url=url,
        data_dir=folder,
        idle_lock_minutes=idle,
        language=language,
        time_zone=checked_time_zone(zone),
        extra=file_values,
    )


def checked_time_zone(name: str) -> str:
    """``name`` if it is a time zone zoneinfo knows (system zoneinfo or the tzdata package)."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        where = "timezone in settings.toml or BANKSUITE_TIMEZONE"
        raise ValueError(f"unknown time zone {name!r} ({where})") from exc
    return name
