"""Station codes: the workstation a device is plugged into (``readers.station``) and the code a
workstation runs as (``main.py --station``). Pure values; any thread."""

from __future__ import annotations

import re
import socket

from app.errors import ValidationError

STATION_MAX = 32  # readers.station and ingest_batches.station are String(32)
# The station every demo reader belongs to (``app.demo``): the demo's first workstation runs as it; a
# second workstation with another code runs no simulator of its own.
DEMO_STATION = "WS1"
_VALID = re.compile(r"[A-Z0-9][A-Z0-9._-]*")


def station_code(code: str) -> str:
    """``code`` as stored: stripped, upper-case, 1-32 letters, digits, ``.``, ``_`` or ``-`` (starting
    with a letter or digit); ``ValidationError`` (field ``station``) otherwise."""
    value = code.strip().upper()
    if not value or len(value) > STATION_MAX or not _VALID.fullmatch(value):
        raise ValidationError(
            f"a station code is 1-{STATION_MAX} letters, digits, '.', '_' or '-': {code!r}",
            field="station",
            problem="format",
        )
    return value


def optional_station(code: str | None) -> str | None:
    """A reader's station: None or blank means unassigned (run by an embedded workstation)."""
    if code is None or not code.strip():
        return None
    return station_code(code)


def host_station(hostname: str | None = None) -> str:
    """The default station code of this machine: its host name's first label, upper-cased, with any
    other character replaced by ``-`` (``br01-ws03.bank.local`` -> ``BR01-WS03``)."""
    name = (hostname if hostname is not None else socket.gethostname()).split(".")[0].upper()
    cleaned = re.sub(r"[^A-Z0-9._-]", "-", name).lstrip("._-")[:STATION_MAX]
    return cleaned or "WORKSTATION"


def workstation_station(given: str | None, configured: object, *, demo: bool) -> str:
    """The station code this workstation runs as: ``given`` (``--station``), else ``configured`` (the
    ``station`` of settings.toml), else the demo station for the demo bank (its readers belong to
    it), else this machine's (``host_station``). ``ValidationError`` if ``given`` or ``configured``
    is no station code."""
    if given:
        return station_code(given)
    if configured:
        return station_code(str(configured))
    if demo:
        return DEMO_STATION
    return host_station()
