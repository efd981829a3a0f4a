"""The suite server's ASGI app (Starlette): log-in and log-out, one generic call route over the service
layer, the push stream, a health check.

Threads: the handlers run on the server's event loop; every service call, session check and log
read runs on a worker thread (``anyio.to_thread``, at most ``threads`` at once), because the
services are synchronous and block on the database. Log-ins (a slow KDF each) have a smaller
allowance of those threads of their own (a quarter), so a flood of them cannot take the threads the
calls need. The change publisher, the push fan-out and the job runner have threads of their own,
started and stopped with the app (its lifespan).

Routes:
- ``POST /api/login`` ``LoginRequest`` -> ``LoginReply`` (the token is in the reply only). A refusal
  does not tell whether the user (or card) exists: the same error with the same params, after the
  same one KDF (``IdentityService.authenticate(public=True)``); an address that failed too often
  lately is refused for a while before any work (``app.server.throttle``, 429);
- ``POST /api/logout`` (bearer token);
- ``POST /api/call/<service>.<method>`` (bearer token; body: the arguments by name) -> ``{"result": ...}``.
  Only ``@remote`` methods exist here (``app.rpc``); the acting principal and the station come from
  the session, never from the body;
- ``WS /api/push``: first message ``PushHello``; then ``PushBatch``/``PushReady``/``PushReset``/
  ``PushEnd`` messages (``app.wire``);
- ``GET /api/health``.
A domain error answers with its HTTP status and ``{"error": ErrorBody}``; anything else with 500 and
no detail (the detail is in the server's log).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from functools import partial
from typing import Any, TypeVar

import anyio
import msgspec
from sqlalchemy.exc import DBAPIError, OperationalError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from app import audit_sequencer, changelog, errors, rpc, wire
from app.audit_keys import CheckpointSigner
from app.changelog import Published
from app.clock import utcnow
from app.db.listen import Listener
from app.demo import is_seeded
from app.errors import SuiteError
from app.jobs import Job, JobRunner
from app.server.fanout import Fanout
from app.server.throttle import LoginThrottle
from app.services import Services, audience, guard, revocation
from app.services.sessions import SessionInfo, SessionService

log = logging.getLogger(__name__)
T = TypeVar("T")
MAX_BODY = 1024 * 1024  # a call's arguments
MAX_BODIES = {
    "blobs.put": 96 * 1024 * 1024,  # an image (at most 64 MiB) as base64 JSON
    "registers.import_csv": 32 * 1024 * 1024,  # a register file (100k people: about 10 MiB)
}
MAX_LOGIN = 4096
HELLO_TIMEOUT_S = 10.0
RECHECK_SESSION_S = 30.0  # how often a push stream re-checks its session
RECHECK_RETRY_S = 2.0  # a re-check the database could not answer is tried again this soon
BACKFILL = 500
_RECHECK: list[Published] = []  # put in a push stream's queue when its session is to be looked at again

STATUS: dict[type[SuiteError], int] = {
    errors.SessionEnded: 401,
    errors.AuthenticationFailed: 401,
    errors.PermissionDenied: 403,
    errors.NotFound: 404,
    errors.AccountLocked: 423,
    errors.PasswordChangeRequired: 403,
    errors.TooManyAttempts: 429,
    errors.CardBlacklisted: 423,
    errors.ValidationError: 422,
    errors.DatabaseUnavailable: 503,
}


def _status(exc: SuiteError) -> int:
    for cls in type(exc).__mro__:
        if cls in STATUS:
            return STATUS[cls]
    return 409


def _error(exc: SuiteError) -> Response:
    return Response(wire.error_body(exc), status_code=_status(exc), media_type="application/json")


def default_jobs(services: Services, signer: CheckpointSigner | None = None) -> list[Job]:
    """What the leader runs: the audit sequencer (chaining committed entries, signing checkpoints
    with the key on this host), leases back to the queue on the server's clock, an old log pruned,
    the readers of a station gone silent shown as stale everywhere, and shelved alarms whose time is
    up back in the queue."""
    db = services.db
    swept = [False]

    def sequence() -> None:
        if not swept[0]:  # once per leadership: entries whose queue row was lost, checkpoints unfiled
            audit_sequencer.sweep_orphans(db)
            if signer is not None:
                audit_sequencer.file_unfiled(db, signer)
            swept[0] = True
        while audit_sequencer.sequence_pending(db, 500, signer=signer) >= 500:
            pass

    return [
        Job("audit sequencer", 0.25, sequence),
        Job("authorization leases", 5.0, services.authorization.expire_leases),
        Job("change log pruning", 300.0, lambda: changelog.prune(db)),
        Job("silent stations", 15.0, services.tracking.mark_silent),
        *services.alarms.jobs(),
    ]


class SuiteServer:
    def __init__(
        self,
        services: Services,
        *,
        sessions: SessionService | None = None,
        jobs: list[Job] | None = None,
        signer: CheckpointSigner | None = None,
        threads: int = 24,
        poll_s: float = 1.0,
        throttle: LoginThrottle | None = None,
    ) -> None:
        self.services = services
        self.db = services.db
        self.sessions = sessions or SessionService(services.db, services.identity)
        self.endpoints = rpc.endpoints()
        self.fanout = Fanout(services.db, poll_s=poll_s)
        self.publisher = Listener(
            services.db, changelog.CHANNEL_PENDING, self._publish, poll_s=poll_s, name="change-publisher"
        )
        self.jobs = JobRunner(services.db, default_jobs(services, signer) if jobs is None else jobs)
        self.limiter = anyio.CapacityLimiter(threads)
        self.login_limiter = anyio.CapacityLimiter(max(2, threads // 4))  # log-ins: a KDF each
        self.throttle = throttle or LoginThrottle()
        self.demo = is_seeded(services.db)  # the log-in dialogs then show the demo log-ins
        self.app = Starlette(
            routes=[
                Route("/api/health", self.health, methods=["GET"]),
                Route("/api/login", self.login, methods=["POST"]),
                Route("/api/logout", self.logout, methods=["POST"]),
                Route("/api/call/{name}", self.call, methods=["POST"]),
                WebSocketRoute("/api/push", self.push),
            ],
            lifespan=self._lifespan,
        )

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self) -> None:
        self.publisher.start()
        self.fanout.start()
        self.jobs.start()

    def stop(self, timeout: float = 5.0) -> None:
        self.jobs.stop(timeout)
        self.publisher.stop(timeout)
        self.fanout.stop(timeout)

    @contextlib.asynccontextmanager
    async def _lifespan(self, _app: Starlette) -> AsyncIterator[None]:
        self.start()
        try:
            yield
        finally:
            await anyio.to_thread.run_sync(self.stop)

    def _publish(self) -> None:  # the publisher's thread
        # one round per wake: a change committed meanwhile pokes (or notifies) again
        while (n := changelog.publish_pending(self.db)) > 0:
            log.debug("published %d changes", n)
            self.fanout.poke()
            if n < changelog.PUBLISH_BATCH:
                break

    async def _run(self, fn: Callable[[], T], limiter: anyio.CapacityLimiter | None = None) -> T:
        return await anyio.to_thread.run_sync(fn, limiter=limiter or self.limiter)

    # -- routes ---------------------------------------------------------------------------------
    async def health(self, _request: Request) -> Response:
        body = {
            "ok": True,
            "server_time": utcnow(),
            "leader": self.jobs.leader,
            "push_seq": self.fanout.last,
            "demo": self.demo,
        }
        return Response(wire.encode(body), media_type="application/json")

    async def _body(self, request: Request, limit: int = MAX_BODY) -> bytes:
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            raise errors.ValidationError("request too large", field="body", problem="too_large")
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise errors.ValidationError("request too large", field="body", problem="too_large")
            chunks.append(chunk)
        return b"".join(chunks)

    async def _guarded(
        self, work: Callable[[], Any], limiter: anyio.CapacityLimiter | None = None
    ) -> Response:
        """Run ``work`` on a worker thread; its bytes are the 200 answer, a failure the error answer."""
        before = changelog.appended()
        try:
            data = await self._run(work, limiter)
        except SuiteError as exc:
            return _error(exc)
        except (msgspec.ValidationError, msgspec.DecodeError) as exc:  # the body, not the result
            return _error(errors.ValidationError(f"bad arguments: {exc}", field="body", problem="format"))
        except (OperationalError, DBAPIError) as exc:
            log.warning("database error during a call: %s", exc)
            return _error(errors.DatabaseUnavailable("the server's database is unavailable; try again"))
        except Exception:
            log.exception("call failed")
            return _error(SuiteError("internal error of the server (logged there)"))
        finally:
            if changelog.appended() != before:
                self.publisher.poke()
        return Response(data, media_type="application/json")

    async def login(self, request: Request) -> Response:
        address = request.client.host if request.client is not None else ""
        wait = self.throttle.begin(address)  # app.server.throttle: failed log-ins per address
        if wait is not None:
            log.warning("log-in from %s refused: too many failed log-ins", address)
            return _error(
                errors.TooManyAttempts("too many failed log-ins; try again later", retry_after=int(wait) + 1)
            )
        try:
            body = await self._body(request, MAX_LOGIN)
        except SuiteError as exc:
            return _error(exc)

        def work() -> bytes:
            req = wire.decode(body, wire.LoginRequest)
            if req.card_uid:
                opened = self.sessions.open_with_card(req.card_uid, req.pin, req.station, req.machine)
            else:
                opened = self.sessions.open_with_password(
                    req.username, req.password, req.station, req.machine, req.new_password
                )
            reply = wire.LoginReply(
                opened.token,
                opened.principal,
                opened.station,
                opened.expires_at,
                utcnow(),
                changelog.last_seq(self.db),
                str(self.services.stats.zone),
            )
            return wire.encode(reply)

        response = await self._guarded(work, self.login_limiter)
        if response.status_code not in (401, 423):  # only refused credentials count
            self.throttle.succeeded(address)
        return response

    async def logout(self, request: Request) -> Response:
        token = _bearer(request)

        def work() -> bytes:
            self.sessions.close(token)
            return wire.encode({"result": None})

        return await self._guarded(work)

    async def call(self, request: Request) -> Response:
        endpoint = self.endpoints.get(request.path_params["name"])
        if endpoint is None:
            return _error(errors.NotFound(f"no remote operation {request.path_params['name']}"))
        token = _bearer(request)
        if not token:  # refused before its body is read
            return _error(errors.SessionEnded("not signed in", why="unknown"))
        try:
            body = await self._body(request, MAX_BODIES.get(endpoint.name, MAX_BODY))
        except SuiteError as exc:
            return _error(exc)
        return await self._guarded(partial(self._invoke, endpoint, token, body))

    def _invoke(self, endpoint: rpc.Endpoint, token: str, body: bytes) -> bytes:  # a worker thread
        info = self.sessions.resolve(token)
        args = wire.decode(body or b"{}", endpoint.args)
        kwargs = {name: getattr(args, name) for name in endpoint.positional}
        for name in endpoint.session_params:
            kwargs[name] = info.station
        origin = changelog.ORIGIN.set(f"s{info.session_id}")
        calling = revocation.CALLING_SESSION.set(info.session_id)
        checked = guard.CHECKED.set(info.principal)  # just read: the permission checks use it
        try:
            result = endpoint.function(getattr(self.services, endpoint.service), info.principal, **kwargs)
        finally:
            guard.CHECKED.reset(checked)
            revocation.CALLING_SESSION.reset(calling)
            changelog.ORIGIN.reset(origin)
        return wire.encode(endpoint.result(result))

    # -- the push stream ------------------------------------------------------------------------
    async def push(self, ws: WebSocket) -> None:
        await ws.accept()
        try:
            with anyio.fail_after(HELLO_TIMEOUT_S):  # a socket that never says who it is is closed
                raw = await ws.receive_bytes()
            hello = wire.decode(raw, wire.PushHello)
            info = await self._run(partial(self.sessions.resolve, hello.token))
        except (OperationalError, DBAPIError):  # the database is away: the workstation tries again
            with contextlib.suppress(Exception):
                await ws.close(code=1013, reason="database unavailable")
            return
        except (SuiteError, msgspec.ValidationError, msgspec.DecodeError, KeyError, TimeoutError) as exc:
            with contextlib.suppress(Exception):
                await ws.send_bytes(wire.encode(wire.PushEnd("session_ended")))
                await ws.close(code=4401, reason=str(exc)[:100])
            return
        sub, live_from = self.fanout.subscribe(asyncio.get_running_loop())
        try:
            async with anyio.create_task_group() as group:
                # the stream only sends; this notices the workstation going away (or the server
                # shutting down) while the stream waits for the next change
                group.start_soon(_until_closed, ws, group.cancel_scope)
                try:
                    await self._stream(ws, hello, info, sub, live_from)
                except SuiteError:  # the session ended while streaming (log-out, lock, deactivation)
                    with contextlib.suppress(Exception):
                        await ws.send_bytes(wire.encode(wire.PushEnd("session_ended")))
                except (OperationalError, DBAPIError):  # its backlog could not be read: try again later
                    with contextlib.suppress(Exception):
                        await ws.close(code=1013, reason="database unavailable")
                except (WebSocketDisconnect, RuntimeError, OSError):
                    pass
                finally:
                    group.cancel_scope.cancel()
        finally:
            self.fanout.unsubscribe(sub)
            with contextlib.suppress(Exception):
                await ws.close()

    async def _stream(
        self, ws: WebSocket, hello: wire.PushHello, info: SessionInfo, sub: Any, live_from: int
    ) -> None:
        reader = _Reader(info)
        since = hello.since
        if since <= 0 or since > live_from:
            since = live_from  # a fresh workstation (or one ahead of a restored database) starts now
        else:
            first = await self._run(partial(changelog.first_seq, self.db))
            if first and since < first - 1:  # it was away longer than the log is kept
                await ws.send_bytes(wire.encode(wire.PushReset(live_from)))
                since = live_from
        while since < live_from:  # what it missed, from the log
            rows = await self._run(partial(changelog.read_since, self.db, since, BACKFILL))
            rows = [r for r in rows if r.seq <= live_from]
            if not rows:
                break
            await self._send(ws, rows, reader)
            since = rows[-1].seq
        await ws.send_bytes(wire.encode(wire.PushReady(live_from, utcnow())))
        log.debug("push to s%s: live from %d", info.session_id, live_from)
        sub.accepts = reader.accepts  # from now on, batches with nothing for it do not wake it
        loop = asyncio.get_running_loop()
        # the session is looked at again every RECHECK_SESSION_S: a timer puts _RECHECK in the queue
        timer = loop.call_later(RECHECK_SESSION_S, sub.queue.put_nowait, _RECHECK)
        try:
            while True:
                batch = await sub.queue.get()
                if batch is None:
                    await ws.send_bytes(wire.encode(wire.PushEnd("lagging")))
                    return
                rows = [r for r in batch if r.seq > since]
                log.debug(
                    "push to s%s: %d of %d rows after %d", info.session_id, len(rows), len(batch), since
                )
                mine = any(audience.names_user(r.kind, r.payload, reader.user_id) for r in rows)
                if batch is _RECHECK or mine:  # a change to this user's account: look now
                    timer.cancel()
                    try:
                        info = await self._run(partial(self.sessions.resolve, hello.token))  # SessionEnded
                        reader.read(info)
                    except (OperationalError, DBAPIError):  # the database did not answer (a restart)
                        if mine:  # what this user may see has changed: the stream cannot go on unchecked
                            raise
                        timer = loop.call_later(RECHECK_RETRY_S, sub.queue.put_nowait, _RECHECK)  # soon
                        continue
                    timer = loop.call_later(RECHECK_SESSION_S, sub.queue.put_nowait, _RECHECK)
                if rows:
                    await self._send(ws, rows, reader)
                    since = rows[-1].seq
        finally:
            timer.cancel()

    async def _send(self, ws: WebSocket, rows: list[Published], reader: _Reader) -> None:
        """The rows this session's user may see (``app.services.audience``), but not its own."""
        origin, viewer = reader.origin, reader.viewer
        items = [
            wire.PushItem(r.seq, r.kind, r.at, msgspec.Raw(data))
            for r in rows
            if r.origin != origin and (data := audience.view_of(viewer, r.kind, r.payload)) is not None
        ]
        if items:
            await ws.send_bytes(wire.encode(wire.PushBatch(items, rows[-1].seq)))


class _Reader:
    """A push stream's session: its user as last read (their roles decide what they see)."""

    def __init__(self, info: SessionInfo) -> None:
        self.origin = f"s{info.session_id}"
        self.user_id = info.principal.user_id
        self.read(info)

    def read(self, info: SessionInfo) -> None:
        self.info = info
        self.viewer = audience.Viewer.of(info.principal)

    def accepts(self, row: Published) -> bool:
        """Whether the stream would send ``row`` or look at its session for it (on the loop)."""
        if audience.names_user(row.kind, row.payload, self.user_id):
            return True
        return row.origin != self.origin and audience.view_of(self.viewer, row.kind, row.payload) is not None


async def _until_closed(ws: WebSocket, scope: anyio.CancelScope) -> None:
    try:
        while (await ws.receive())["type"] != "websocket.disconnect":
            pass  # a workstation sends nothing after its hello
    except (WebSocketDisconnect, RuntimeError, OSError):
        pass
    scope.cancel()


def _bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""
