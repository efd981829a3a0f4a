"""The service interface in server mode: ``RemoteServices`` has the same services and methods as
``app.services.Services``, and each ``@remote`` method is a call to the suite server. The docks call
it exactly as they call the in-process services: ``services.authorization.claim(me, 42)``. The
acting principal they pass is not sent (the server acts for the session's user); ``station``/
``workstation`` arguments are not sent either (the session's station is used). Calls block: the
GUI makes them on its workers, never on the GUI thread. Any thread.

A method that is not ``@remote`` does not exist here (``AttributeError``), except static helpers
of the service class (pure functions, e.g. ``stats.month``) and what a workstation provides itself
(``authorization.watch``: a feed over the push stream, see ``app.client.push``).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from app import rpc, wire
from app.client.push import PushClient
from app.client.transport import Connection
from app.rbac import Principal
from app.services.authz_stats import AuthzStatsService
from app.services.authz_stats.periods import DEFAULT_ZONE, zone


class RemoteService:
    def __init__(
        self, connection: Connection, name: str, cls: type, local: dict[str, Any] | None = None
    ) -> None:
        self._connection = connection
        self._name = name
        self._cls = cls
        self._local = dict(local or {})
        self._calls: dict[str, Callable[..., Any]] = {}

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("_"):
            raise AttributeError(attr)
        if attr in self._local:
            return self._local[attr]
        call = self._calls.get(attr)
        if call is not None:
            return call
        endpoint = rpc.endpoints().get(f"{self._name}.{attr}")
        if endpoint is None:
            static = inspect.getattr_static(self._cls, attr, None)
            if isinstance(static, staticmethod):
                return getattr(self._cls, attr)
            raise AttributeError(f"{self._name}.{attr} cannot be called from a workstation")
        call = _caller(self._connection, endpoint)
        self._calls[attr] = call
        return call

    def __repr__(self) -> str:
        return f"<remote {self._name} service>"


def _caller(connection: Connection, endpoint: rpc.Endpoint) -> Callable[..., Any]:
    signature = inspect.signature(endpoint.function)
    wire_names = set(endpoint.positional)

    def call(*args: Any, **kwargs: Any) -> Any:
        bound = signature.bind(None, *args, **kwargs)  # None: self; the actor is bound and dropped
        sent = {k: v for k, v in bound.arguments.items() if k in wire_names}
        return connection.call(endpoint.name, sent, endpoint.result)

    call.__name__ = endpoint.method
    call.__qualname__ = endpoint.name
    call.__doc__ = endpoint.function.__doc__
    return call


class RemoteServices:
    """What ``Services`` is in embedded mode, over a ``Connection``. ``local`` adds workstation-side
    members by service, e.g. ``{"authorization": {"watch": push_hub.authorization_watch}}``."""

    def __init__(self, connection: Connection, local: dict[str, dict[str, Any]] | None = None) -> None:
        self.connection = connection
        for name, cls in rpc.service_classes().items():
            setattr(self, name, RemoteService(connection, name, cls, (local or {}).get(name)))


def workstation_services(connection: Connection, push: PushClient) -> RemoteServices:
    """The services of a logged-in workstation: the proxy, with what the workstation provides itself:
    the authorization queue's live feed over the push stream and the statistics' period helpers in
    the bank's time zone (the server's setting, from the log-in reply)."""
    reply = connection.login_reply
    stats = AuthzStatsService.__new__(AuthzStatsService)  # only its zone and period helpers are used here
    stats.zone = zone(reply.time_zone if reply is not None else DEFAULT_ZONE)
    return RemoteServices(
        connection,
        local={
            "authorization": {"watch": push.authorization_watch},
            "stats": {"zone": stats.zone, "month": stats.month, "quarter": stats.quarter},
        },
    )


class ServerLogin:
    """What the log-in dialog calls in server mode: a log-in to the server opens this workstation's
    session (the server counts failures, locks and audits)."""

    def __init__(self, connection: Connection, station: str) -> None:
        self.connection = connection
        self.station = station

    def authenticate(
        self,
        username: str,
        password: str,
        *,
        workstation: str = "",
        public: bool = True,
        new_password: str = "",
    ) -> Principal:
        """A log-in at the suite server, whose refusals are always ``public``."""
        request = wire.LoginRequest(
            station=self.station, username=username, password=password, new_password=new_password
        )
        return self.connection.login(request).principal
