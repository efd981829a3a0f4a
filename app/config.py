"""Settings: where the data lives, which database to use and the bank's time zone. Runs on the main
thread at start-up.

Precedence: explicit argument (``--db``) > environment (``BANKSUITE_DB``) > ``settings.toml`` in the
data folder > embedded SQLite in the data folder. The time zone of the statistics periods (IANA name):
``BANKSUITE_TIMEZONE`` > ``timezone`` in settings.toml > Asia/Shanghai.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote
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


_SECRET_PARAM = re.compile(r"(?i)([?&](?:password|sslpassword)=)[^&]*")


def mask_url(url: str) -> str:
    """The URL with any password replaced by ***, safe to show and log: the one after the user name
    (up to the last ``@``: one typed in without percent-encoding may hold ``@`` itself) and the
    ``password``/``sslpassword`` query parameters. Written without a URL parser, so that a URL no
    parser reads leaks nothing either."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url.split(":", 1)[0] + ":…" if ":" in url else url
    at = rest.rfind("@")
    if at >= 0:
        user, colon, _secret = rest[:at].partition(":")
        rest = f"{user}{':***' if colon else ''}{rest[at:]}"
    return f"{scheme}://{_SECRET_PARAM.sub(lambda m: m.group(1) + '***', rest)}"


def _userinfo(url: str) -> tuple[str, str, str, str] | None:
    """(scheme, user, password or "", host and the rest) split at the last ``@``; None: no user."""
    scheme, sep, rest = url.partition("://")
    at = rest.rfind("@")
    if not sep or at < 0:
        return None
    user, _colon, secret = rest[:at].partition(":")
    return scheme, user, secret, rest[at + 1 :]


def url_has_password(url: str) -> bool:
    """Whether ``url`` carries a password (after the user name, or as a query parameter)."""
    parts = _userinfo(url)
    return bool(parts and parts[2]) or bool(_SECRET_PARAM.search(url.partition("://")[2]))


def normalized_url(url: str) -> str:
    """``url`` with a password typed in without percent-encoding (holding ``@`` or ``:``) encoded,
    so that the driver reads the same user, password and host as ``mask_url`` shows."""
    parts = _userinfo(url)
    if parts is None or ("@" not in parts[2] and ":" not in parts[2]):
        return url
    scheme, user, secret, rest = parts
    return f"{scheme}://{user}:{quote(secret, safe='')}@{rest}"


def scrub(text: str, url: str) -> str:
    """``text`` (a driver's message about ``url``) with the URL's passwords replaced by ***."""
    parts = _userinfo(url)
    secrets = [parts[2], quote(parts[2], safe="")] if parts and parts[2] else []
    secrets += [m.group(0).split("=", 1)[1] for m in _SECRET_PARAM.finditer(url)]
    for secret in sorted(filter(None, secrets), key=len, reverse=True):
        text = text.replace(secret, "***")
    return text


ARGV_PASSWORD = (
    "the --db URL holds a password, which every user of this computer can read in its command line "
    "(/proc/PID/cmdline): leave it out and put it in a pgpass file (PGPASSFILE, or ~/.pgpass, mode "
    "0600: host:port:database:user:password), or add --db-password-prompt to be asked for it"
)


def db_argument(url: str | None, *, prompt: bool, ask: Callable[[str], str]) -> str | None:
    """The ``--db`` argument to use: never one with a password in it (ValueError ``ARGV_PASSWORD``);
    with ``prompt``, the password ``ask`` reads (a terminal prompt) put into it in this process."""
    if url is None:
        if prompt:
            raise ValueError("--db-password-prompt goes with --db URL")
        return None
    if url_has_password(url):
        raise ValueError(ARGV_PASSWORD)
    if not prompt:
        return url
    parsed = make_url(url)
    return with_password(url, ask(f"Password of {parsed.username or 'the database user'} at {parsed.host}: "))


def with_password(url: str, password: str) -> str:
    """``url`` with ``password`` for its user (in this process only: never printed, never an argument)."""
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def pgpass_password(host: str, port: int, database: str, user: str, path: Path | None = None) -> str | None:
    """The password a pgpass file (``PGPASSFILE``, else ``~/.pgpass``; libpq's format, ``*`` for
    any value, ``\\`` escapes) gives ``user`` at ``host:port/database``; None if none (or the
    file is missing or readable by others, which libpq ignores too)."""
    found = path or Path(os.environ.get("PGPASSFILE") or Path.home() / ".pgpass")
    try:
        if found.stat().st_mode & 0o077:
            return None
        lines = found.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    wanted = (host, str(port), database, user)
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields: list[str] = []
        cur, escaped = "", False
        for ch in line:
            if escaped:
                cur, escaped = cur + ch, False
            elif ch == "\\":
                escaped = True
            elif ch == ":" and len(fields) < 4:
                fields.append(cur)
                cur = ""
            else:
                cur += ch
        fields.append(cur)
        if len(fields) == 5 and all(f in ("*", w) for f, w in zip(fields[:4], wanted, strict=True)):
            return fields[4]
    return None


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
