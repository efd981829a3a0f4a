"""The window's link to where the services run: the local database (embedded mode) or the suite
server (server mode). The status bar shows it, a log-out ends the session through it, and in
server mode the changes other workstations made arrive through it. GUI thread; the server link's
push stream has its own thread and comes back through ``widgets.bridges.coalesce``.

- ``EmbeddedLink``: the database health probe (``widgets.bridges.database``); a log-out is audited
  by the in-process identity service.
- ``ServerLink``: the push stream's state ("live" or "reconnecting") and the changes it carries;
  a log-out ends the server session (the server audits it); ``session_ended`` when the server ended
  it (an administrator reset the password, disabled the account...): the window logs out.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.db.engine import Database
from app.operations import Change
from app.rbac import Principal
from app.services.identity import IdentityService
from widgets.bridges.coalesce import BatchCoalescer, LatestCoalescer
from widgets.bridges.database import DatabaseHealth

if TYPE_CHECKING:  # the client's HTTP stack is not loaded by an embedded workstation
    from app.client.push import PushClient
    from app.client.transport import Connection

log = logging.getLogger(__name__)


class Link(QObject):
    changed = Signal(bool, str)  # reachable, detail (GUI thread)
    remote_changes = Signal(object)  # list[Change] other workstations made (server mode)
    session_ended = Signal()  # the server ended this session (revoked, expired...): log in again

    @property
    def ok(self) -> bool:
        raise NotImplementedError

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def status_text(self, ok: bool) -> str:
        raise NotImplementedError

    def address(self) -> str:
        raise NotImplementedError

    def end_session(self, principal: Principal, why: str) -> None:
        raise NotImplementedError


class EmbeddedLink(Link):
    def __init__(self, db: Database, identity: IdentityService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("link.embedded")
        self.db = db
        self.identity = identity
        self.health = DatabaseHealth(db, parent=self)
        self.health.changed.connect(self.changed)

    @property
    def ok(self) -> bool:
        return self.health.ok

    def start(self) -> None:
        self.health.start()

    def stop(self) -> None:
        self.health.stop()

    def status_text(self, ok: bool) -> str:
        db = self.db
        # host, port and database; the query (options, sslmode…) only in the tooltip (the full URL)
        where = db.sqlite_path.name if db.sqlite_path else db.masked_url.split("@")[-1].split("?")[0]
        kind = "SQLite" if db.is_sqlite else "PostgreSQL"
        if ok:
            text = QCoreApplication.translate("Link", "Database: %1 %2 — connected")
        else:
            text = QCoreApplication.translate("Link", "Database: %1 %2 — UNREACHABLE")
        return text.replace("%1", kind).replace("%2", where)

    def address(self) -> str:
        return self.db.masked_url

    def end_session(self, principal: Principal, why: str) -> None:
        self.identity.logout(principal, why)


LOGOUT_TIMEOUT_S = 3.0  # closing the window waits at most this long for the server's log-out


class ServerLink(Link):
    """Owns the push client of a logged-in connection: started with the window, stopped with it."""

    def __init__(self, connection: Connection, push: PushClient, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("link.server")
        self.connection = connection
        self.push = push
        self._changes: BatchCoalescer[Change] = BatchCoalescer(
            self.remote_changes.emit, max_rate_hz=20.0, name="link.changes", parent=self
        )
        self._state: LatestCoalescer[str, tuple[bool, str]] = LatestCoalescer(
            self._deliver_state, max_rate_hz=10.0, name="link.state", parent=self
        )
        self._removers = [
            push.on_changes(self._changes.post_many),
            push.on_state(lambda online, detail: self._state.post("state", (online, detail))),
        ]

    def _deliver_state(self, latest: dict[str, tuple[bool, str]]) -> None:
        online, detail = latest["state"]
        self.changed.emit(online, detail)
        if self.push.ended == "session_ended":  # for good: the stream does not come back
            self.session_ended.emit()

    @property
    def ok(self) -> bool:
        return self.push.online

    def start(self) -> None:
        if not self.push.is_alive() and self.push.ident is None:
            self.push.start()

    def stop(self) -> None:
        for remove in self._removers:
            remove()
        self._removers = []
        self._changes.stop()
        self._state.stop()
        self.push.stop()

    def status_text(self, ok: bool) -> str:
        where = self.address().removeprefix("https://")
        if ok:
            text = QCoreApplication.translate("Link", "Server: %1 — connected")
        else:
            text = QCoreApplication.translate("Link", "Server: %1 — reconnecting…")
        return text.replace("%1", where)

    def address(self) -> str:
        return self.connection.order()[0]

    def end_session(self, principal: Principal, why: str) -> None:
        # the window is closing on the GUI thread: a server that does not answer must not hold it
        # (the session it could not end runs out on the server: idle, then expired)
        self.connection.logout(timeout=LOGOUT_TIMEOUT_S)
