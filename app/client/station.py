"""A station's devices in a shared deployment: they sign in to the suite server with the station's
service account (the ``station`` role, bound to this station: ``users.station``), not as whoever is
signed in at the screen, because they run before anybody logs in and on through log-outs and lock
screens. The account's session is the station's own connection, apart from the user's; it signs in
again by itself when the session ends, once: a refused sign-in (the password rotated, the account
locked or deactivated) is final for the connection, so that the station's threads do not lock the
account (``app.client.transport``). Any thread.

The password comes from the environment (``BANKSUITE_STATION_PASSWORD``) or from a file only the
station's operating-system account reads (``station_password_file`` in settings.toml), never from
the command line (it would show in the process list).
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path
from typing import cast

from app import wire
from app.client.proxy import RemoteServices
from app.client.transport import CONNECT_TIMEOUT, Connection
from app.errors import ValidationError
from app.rbac import Principal
from app.services import Services

PASSWORD_ENV = "BANKSUITE_STATION_PASSWORD"
# A station's calls are small (a batch, a health report): one not answered within this is a hung
# server, and the station's threads must not wait on it (they are stopped at quit).
STATION_CALL_TIMEOUT = 10.0
LOGOUT_TIMEOUT = 2.0


def station_password(password_file: object = None) -> str:
    """The station account's password: the environment's, else the first line of ``password_file``."""
    given = os.environ.get(PASSWORD_ENV, "")
    if given:
        return given
    if password_file:
        try:
            return Path(str(password_file)).expanduser().read_text(encoding="utf-8").splitlines()[0].strip()
        except (OSError, IndexError) as exc:
            raise ValidationError(
                f"cannot read the station password from {password_file}: {exc}",
                field="station_password_file",
                problem="unreadable",
            ) from exc
    raise ValidationError(
        f"the station account's password is not set ({PASSWORD_ENV},"
        " or station_password_file in settings.toml)",
        field="station_password",
        problem="required",
    )


class StationAccount:
    """The station's own connection to the suite server, signed in as its service account."""

    def __init__(
        self, servers: list[str], pin: str, station: str, username: str, password: str, machine: str = ""
    ) -> None:
        """``machine``: this program's id on the server (default: a new random one, so that a second
        program started for the same station, on this computer or a cloned one, is refused while
        this one runs: ``app.services.sessions``)."""
        self.connection = Connection(servers, pin, timeout=STATION_CALL_TIMEOUT)
        self.machine = machine or uuid.uuid4().hex
        self.station = station
        self.username = username
        self._password = password
        self.connection.relogin = self._sign_in

    def _sign_in(self) -> wire.LoginReply:
        request = wire.LoginRequest(
            station=self.station, username=self.username, password=self._password, machine=self.machine
        )
        return self.connection.login(request)

    def sign_in(self) -> Principal:
        """Open the session (raises as a log-in does: bad credentials, locked, unreachable)."""
        return self._sign_in().principal

    @property
    def services(self) -> Services:
        return cast(Services, RemoteServices(self.connection))  # the same interface, over the server

    def abort(self) -> None:
        """End the calls in flight (a hung server) and refuse later ones: nothing signs in again."""
        self.connection.abort()

    def close(self) -> None:
        """Refuse every later call and relogin at once, log out (waiting briefly: the server may hang),
        and end the calls still in flight."""
        connection = self.connection
        connection.relogin = None
        connection.closed = True
        with contextlib.suppress(Exception):  # unreachable at shutdown: the session expires on its own
            connection.logout(timeout=min(LOGOUT_TIMEOUT, CONNECT_TIMEOUT))
        connection.close()
