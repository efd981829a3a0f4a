"""A workstation's connection to the suite server. Any thread (httpx clients are thread-safe).

- **Pinned TLS.** The server's certificate is fetched once per address and compared with the pinned
  SHA-256 fingerprint; from then on that certificate is the only one trusted for the address (host
  names are not checked: the pin is the identity). A mismatch raises ``ServerIdentityMismatch`` and
  is never retried on another address silently as if it were an outage.
- **Fail-over.** ``servers`` is a list of addresses of the same deployment; a call that cannot
  connect tries the next, and the one that answered is used first from then on. A call that was sent
  but got no answer (the server died mid-call) is not re-sent (it may have taken effect): it raises
  ``Unreachable`` with ``params['sent'] = True``. Callers whose calls are idempotent (the movement
  spool, with its batch keys) retry themselves.
- **Session.** ``login`` keeps the token; every call sends it. The server's clock is noted at log-in
  (``clock_offset``) for display only: no rule uses this workstation's clock.
- **Relogin** (service accounts only: ``relogin`` set). A call whose session ended for a reason a new
  sign-in cures (``RELOGIN_WHY``: expired, idled out, revoked, replaced, taken over) signs in again
  once, for all the threads whose session ended at the same moment, and is retried. A session ended
  because the account is locked or inactive, and a sign-in refused (``FINAL``: a wrong password, a
  locked account, no permission), is final for the connection: every later call raises it at once,
  without contacting the server (another sign-in with the same password would only lock the account
  and write one more refused log-in to the audit trail). An unreachable server during a relogin is not
  final: the next call tries again.
- **Closing.** ``abort`` ends the calls in flight (their sockets are shut down, so a call waiting on
  a hung server returns at once with ``Unreachable``) and makes every later call raise
  ``Unreachable`` (``params['closed']``) without contacting the server or signing in again; ``close``
  also closes the clients. A station quitting while its server hangs so stops its threads at once.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import ssl
import threading
import weakref
from collections.abc import Callable
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx

from app import wire
from app.clock import utcnow
from app.errors import (
    AccountLocked,
    AuthenticationFailed,
    PermissionDenied,
    ServerIdentityMismatch,
    SessionEnded,
    SuiteError,
    Unreachable,
)
from app.server.tls import fingerprint_of_pem, normalize_pin

log = logging.getLogger(__name__)
logging.getLogger("httpx").setLevel(logging.WARNING)  # not a log line per call
CONNECT_TIMEOUT = 5.0
CALL_TIMEOUT = 60.0
# Why a session ended (``SessionEnded.params['why']``, app.services.sessions) when signing in again
# cures it; "locked" and "inactive" it does not.
RELOGIN_WHY = frozenset({"unknown", "expired", "idle", "revoked", "replaced", "taken_over"})
FINAL: tuple[type[SuiteError], ...] = (AuthenticationFailed, AccountLocked, PermissionDenied)


def _tracked_socket_class(sockets: weakref.WeakSet[ssl.SSLSocket]) -> type[ssl.SSLSocket]:
    """An ``SSLSocket`` class that adds each socket to ``sockets`` (so ``abort`` can shut them down)."""

    class TrackedSocket(ssl.SSLSocket):
        def do_handshake(self, block: bool = False) -> None:
            sockets.add(self)
            super().do_handshake(block)

    return TrackedSocket


def _again(exc: SuiteError) -> SuiteError:
    """A fresh copy of a remembered refusal (one exception object raised on many threads would pile
    up their tracebacks)."""
    return type(exc)(exc.message, **exc.params)


def normalize_server(url: str) -> str:
    parts = urlsplit(url.strip() if "://" in url else f"https://{url.strip()}")
    if parts.scheme != "https" or not parts.hostname:
        raise ValueError(f"a suite server address is https://host:port, not {url!r}")
    return f"https://{parts.netloc}"


def host_port(server: str) -> tuple[str, int]:
    parts = urlsplit(server)
    assert parts.hostname is not None
    return parts.hostname, parts.port or 443


class Connection:
    def __init__(self, servers: list[str], pin: str, *, timeout: float = CALL_TIMEOUT) -> None:
        if not servers:
            raise ValueError("no suite server address given")
        self.servers = [normalize_server(s) for s in servers]
        self.pin = normalize_pin(pin)
        self.timeout = timeout
        self.token = ""
        self.login_reply: wire.LoginReply | None = None
        self.clock_offset = timedelta(0)
        self._preferred = 0
        # A service account's connection signs in again by itself when its session ends (a station
        # runs for days; a session lasts 12 hours): ``call`` then retries once. None for people.
        self.relogin: Callable[[], object] | None = None
        self._relogin_lock = threading.Lock()
        # the refusal that ended relogins for good (see the module docstring); None while they work
        self.relogin_failed: SuiteError | None = None
        self._contexts: dict[str, ssl.SSLContext] = {}
        self._clients: dict[str, httpx.Client] = {}
        self._lock = threading.Lock()
        self.closed = False  # ``abort``/``close``: calls raise at once
        self._sockets: weakref.WeakSet[ssl.SSLSocket] = weakref.WeakSet()
        self._socket_class = _tracked_socket_class(self._sockets)

    # -- TLS ------------------------------------------------------------------------------------
    def ssl_context(self, server: str) -> ssl.SSLContext:
        with self._lock:
            ctx = self._contexts.get(server)
        if ctx is not None:
            return ctx
        try:
            pem = ssl.get_server_certificate(host_port(server), timeout=CONNECT_TIMEOUT)
        except (OSError, ssl.SSLError) as exc:
            raise Unreachable(f"cannot reach {server}: {exc}", servers=[server], sent=False) from exc
        found = fingerprint_of_pem(pem)
        if found != self.pin:
            raise ServerIdentityMismatch(
                f"{server} is not the pinned server (certificate {found[:23]}…)",
                server=server,
                expected=self.pin,
                found=found,
            )
        ctx = ssl.create_default_context(cadata=pem)
        ctx.check_hostname = False  # the pinned certificate is the identity
        ctx.sslsocket_class = self._socket_class
        with self._lock:
            self._contexts[server] = ctx
        return ctx

    def _client(self, server: str) -> httpx.Client:
        with self._lock:
            client = self._clients.get(server)
        if client is not None:
            return client
        ctx = self.ssl_context(server)
        client = httpx.Client(
            base_url=server,
            verify=ctx,
            timeout=httpx.Timeout(self.timeout, connect=CONNECT_TIMEOUT),
            limits=httpx.Limits(max_connections=16, max_keepalive_connections=8),
        )
        with self._lock:
            self._clients.setdefault(server, client)
            return self._clients[server]

    def order(self) -> list[str]:
        """The addresses to try, the last one that answered first."""
        first = self._preferred
        return self.servers[first:] + self.servers[:first]

    # -- calls ----------------------------------------------------------------------------------
    def post(self, path: str, body: bytes, *, auth: bool = True, timeout: float | None = None) -> bytes:
        problems: list[str] = []
        for server in self.order():
            try:
                client = self._client(server)
            except Unreachable as exc:
                problems.append(exc.message)
                continue
            headers = {"content-type": "application/json"}
            if auth and self.token:
                headers["authorization"] = f"Bearer {self.token}"
            try:
                if timeout is None:
                    response = client.post(path, content=body, headers=headers)
                else:
                    limit = httpx.Timeout(timeout, connect=min(timeout, CONNECT_TIMEOUT))
                    response = client.post(path, content=body, headers=headers, timeout=limit)
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
                problems.append(f"{server}: {exc}")
                continue
            except httpx.TransportError as exc:  # sent, but no answer: it may have taken effect
                raise Unreachable(
                    f"the server did not answer ({exc}); the operation may or may not have been done",
                    servers=[server],
                    sent=True,
                ) from exc
            self._preferred = self.servers.index(server)
            if response.status_code == 200:
                return response.content
            self._raise(response)
        raise Unreachable(
            "no suite server reachable: " + "; ".join(problems), servers=self.servers, sent=False
        )

    @staticmethod
    def _raise(response: httpx.Response) -> None:
        try:
            body = wire.decode(response.content, dict[str, wire.ErrorBody])["error"]
        except Exception as exc:
            raise Unreachable(
                f"the server answered {response.status_code} without an error body", servers=[], sent=True
            ) from exc
        wire.raise_error(body)

    def _refuse_closed(self) -> None:
        if self.closed:
            raise Unreachable(
                "the connection to the suite server is closed", servers=self.servers, sent=False, closed=True
            )

    def call(self, name: str, args: Any, result_type: Any) -> Any:
        self._refuse_closed()
        failed = self.relogin_failed
        if failed is not None:
            raise _again(failed)
        token = self.token
        try:
            if not token:
                raise SessionEnded("not signed in", why="unknown")
            data = self.post(f"/api/call/{name}", wire.encode(args))
        except SessionEnded as ended:
            if self.relogin is None:
                raise
            self._relogin(ended, token)
            data = self.post(f"/api/call/{name}", wire.encode(args))
        return wire.decode(data, result_type).result

    def _relogin(self, ended: SessionEnded, token: str) -> None:
        """Sign in again after ``ended`` (the session of ``token``), or raise why not."""
        why = ended.params.get("why")
        with self._relogin_lock:  # one sign-in for all the threads whose session just ended
            self._refuse_closed()
            if self.relogin_failed is not None:  # another thread's relogin was refused
                raise _again(self.relogin_failed) from ended
            if why not in RELOGIN_WHY:
                self.relogin_failed = ended
                log.error("the service account's session ended (%s): not signing in again", why)
                raise ended
            relogin = self.relogin
            if relogin is None:
                raise ended
            if self.token != token:  # another thread signed in again meanwhile
                return
            try:
                relogin()
            except FINAL as exc:
                self.relogin_failed = exc
                log.error(
                    "the service account could not sign in again (%s: %s): its calls fail from now on"
                    " (signing in again with the same password would lock it)",
                    type(exc).__name__,
                    exc,
                )
                raise

    # -- session --------------------------------------------------------------------------------
    def login(self, request: wire.LoginRequest) -> wire.LoginReply:
        reply: wire.LoginReply = wire.decode(
            self.post("/api/login", wire.encode(request), auth=False), wire.LoginReply
        )
        self.token = reply.token
        self.login_reply = reply
        self.clock_offset = reply.server_time - utcnow()
        return reply

    def logout(self, timeout: float | None = None) -> None:
        if self.token:
            try:
                self.post("/api/logout", b"{}", timeout=timeout)
            finally:
                self.token = ""
                self.login_reply = None

    def health(self) -> dict[str, Any]:
        for server in self.order():
            try:
                response = self._client(server).get("/api/health", timeout=CONNECT_TIMEOUT)
                if response.status_code == 200:
                    result: dict[str, Any] = wire.decode(response.content)
                    return result
            except (Unreachable, httpx.TransportError):
                continue
        raise Unreachable("no suite server reachable", servers=self.servers, sent=False)

    def abort(self) -> None:
        """End the calls in flight and refuse later ones (see the module docstring)."""
        self.closed = True
        self.relogin = None
        for sock in list(self._sockets):
            with contextlib.suppress(OSError):  # already closed
                socket.socket.shutdown(sock, socket.SHUT_RDWR)  # wakes a thread waiting on it

    def close(self) -> None:
        self.abort()
        with self._lock:
            clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            client.close()
