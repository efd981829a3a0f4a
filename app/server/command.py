"""``bank-suite serve``: the suite server as a headless process. Main thread (uvicorn runs the event
loop here; the server's own threads start with the app).

``serve --init`` makes the server's TLS key and self-signed certificate (``app.server.tls``) and
the password and PIN pepper (``app.security``, beside the audit signing key), keeping those that
exist, and prints the fingerprint the workstations pin; ``serve`` refuses to start without the
pepper (a new one would void every PIN), then runs the services on the database
named by ``--db``/``BANKSUITE_DB``/``settings.toml`` behind HTTPS. The imaging checks for uploads and
the channel checks for readers are passed in by ``main.py`` (the core does not import them).
Building the parser (``add_serve_command``) imports nothing heavy (``serve --help``): the services,
SQLAlchemy and the server's stack are imported when ``serve`` runs.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from app.errors import DatabaseUnavailable, SchemaError, SuiteError

if TYPE_CHECKING:  # the services and the server's stack are imported only by ``serve``
    import uvicorn

    from app.db.engine import Database
    from app.server import tls
    from app.server.asgi import SuiteServer
    from app.services import Services
    from app.services.authorization import KindCheck
    from app.services.blobs import ImageCheck
    from app.services.sites import ChannelCheck

EXIT_OK, EXIT_INPUT, EXIT_DB = 0, 2, 3
DEFAULT_PORT = 8443
SHUTDOWN_GRACE_S = 3  # calls under way finish within it on shutdown; then they are cancelled
KEEP_ALIVE_S = 5  # an idle workstation connection is closed after it (uvicorn's default)


def add_serve_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "serve",
        help="run the suite server: the shared tier, the only holder of the database credential",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    p.add_argument(
        "--tls-dir", type=Path, help="folder of the server's key and certificate (default: data dir)"
    )
    p.add_argument(
        "--init", action="store_true", help="make the key and certificate, print the fingerprint, exit"
    )
    p.add_argument(
        "--name", action="append", default=[], help="a host name or address workstations use (--init)"
    )
    p.add_argument(
        "--threads",
        type=int,
        default=24,
        help="service calls at once (default 24; the database pool keeps about 1.25 connections per thread)",
    )
    p.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS,
        help="seed the demo bank if the database is empty",
    )
    p.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])


def open_for_server(url: str, *, threads: int) -> Database:
    """The server's database. PostgreSQL: the server connects as its app role, which may not change
    the schema, so the schema must already be current (migrations run as the owner). SQLite (one
    machine, for trying the server out): upgraded here as the embedded app does.

    Its pool keeps a connection open for every thread that may use one at once (the calls', the
    log-ins' quarter, and a few of the server's own: publisher, fan-out, jobs): a pool smaller than
    that opened and closed a connection for every call above its size (12 new connections a second
    under the load benchmark, each a new PostgreSQL backend)."""
    from app.db import migrate
    from app.db.bootstrap import ensure_reference_data
    from app.db.engine import Database

    db = Database(url, pool_size=threads + threads // 4 + 4, max_overflow=4)
    try:
        db.check()
        if db.is_sqlite:
            migrate.upgrade(db)
            ensure_reference_data(db)
            return db
        current, head = migrate.current_revision(db), migrate.head_revision()
        if current != head:
            raise SchemaError(
                f"the database schema is {current or 'empty'} and this server needs {head}: run "
                "`bank-suite --db OWNER_URL migrate` and `bank-suite --db OWNER_URL grant-app-role` "
                "with the owner's credential first",
                current=current,
                head=head,
            )
    except Exception:
        db.dispose()
        raise
    return db


def uvicorn_config(
    server: SuiteServer, identity: tls.Identity, *, host: str, port: int, log_level: str = "info"
) -> uvicorn.Config:
    """How ``serve`` runs the app on uvicorn (HTTPS, the sans-I/O WebSocket implementation; the
    event loop is uvloop and the HTTP parser httptools, which uvicorn takes when they are installed).

    Shutdown (SIGTERM, Ctrl+C) takes a few seconds whatever the workstations do: calls under way get
    ``SHUTDOWN_GRACE_S`` to finish, then uvicorn cancels what is left and stops. Without that bound an
    idle keep-alive connection of a workstation held it for 30 s: closing a TLS connection waits for
    the peer's close_notify, which an idle client never reads (asyncio's TLS shutdown timeout). Push
    sockets are closed with 1012 (service restart); the workstations reconnect, to another server
    address if there is one, and resume where they were. An idle keep-alive connection is closed by
    the server after ``KEEP_ALIVE_S``."""
    import uvicorn

    return uvicorn.Config(
        server.app,
        host=host,
        port=port,
        ssl_certfile=str(identity.cert),
        ssl_keyfile=str(identity.key),
        log_level=log_level,
        ws=_websocket_protocol(),
        # push messages go uncompressed: compressing each message for each workstation on the event
        # loop was 9 % of a loaded server's CPU (py-spy), for small messages on a bank's own network
        ws_per_message_deflate=False,
        lifespan="on",
        timeout_graceful_shutdown=SHUTDOWN_GRACE_S,
        timeout_keep_alive=KEEP_ALIVE_S,
    )


def _websocket_protocol() -> type:
    """uvicorn's sans-I/O WebSocket protocol, except that its shutdown accepts a socket the workstation
    is closing already. A push socket the workstation closed stays open, closing, while its TLS
    connection waits for the workstation's close_notify; uvicorn then tried to send it a close frame
    on shutdown, which raised (websockets' InvalidState) out of the server's shutdown: ``serve``
    ended with a traceback and exit status 1 instead of stopping cleanly."""
    from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol
    from websockets.exceptions import InvalidState

    class PushSocketProtocol(WebSocketsSansIOProtocol):
        def shutdown(self) -> None:
            try:
                super().shutdown()
            except InvalidState:  # closing already: nothing more to say to it
                self.transport.close()

    return PushSocketProtocol


def bind_demo_stations(services: Services) -> list[str]:
    """Bind the demo's station accounts (``station1``) that are bound to no station, as a database
    seeded by an earlier version left them, so that the demo's devices are accepted (through
    ``bind_station``: audited). Returns the user names bound."""
    from sqlalchemy import select

    from app import demo
    from app.db.models import User
    from app.rbac import Role, system_principal

    actor = system_principal("system:serve-demo")
    bound = []
    for account in demo.DEMO_ACCOUNTS:
        if account.station is None:
            continue
        with services.db.read() as s:
            user = s.scalar(select(User).where(User.username == account.username, User.station.is_(None)))
            uid = user.id if user is not None and user.role_codes == [Role.STATION.value] else None
        if uid is not None:
            services.identity.bind_station(
                actor, uid, account.station, "the demo station's account was bound to no station"
            )
            bound.append(account.username)
    return bound


def run_serve(
    args: argparse.Namespace,
    *,
    check_channel: ChannelCheck | None = None,
    check_image: ImageCheck | None = None,
    check_kind: KindCheck | None = None,
    out: TextIO = sys.stdout,
) -> int:
    from app import demo, security
    from app.audit_keys import CheckpointSigner, key_paths
    from app.config import load_settings
    from app.db.bootstrap import has_users
    from app.server import tls
    from app.services import build_services

    settings = load_settings(args.db)
    folder = args.tls_dir or settings.data_dir / "server-tls"
    pepper = security.pepper_path(settings.extra)
    if args.init:
        identity = tls.init(folder, args.name)
        security.load_pepper(pepper, create=True)  # kept if there is one: a new one voids every PIN
        print(f"certificate: {identity.cert}", file=out)
        print(f"password and PIN pepper: {pepper} (back it up with the audit signing key)", file=out)
        print(f"fingerprint: {identity.fingerprint}", file=out)
        print(
            f"workstations: --server https://HOST:{args.port} --server-pin {identity.fingerprint}", file=out
        )
        return EXIT_OK
    identity_found = tls.existing(folder)
    if identity_found is None:
        print(
            f"error: no server certificate in {folder}; run `bank-suite serve --init` first", file=sys.stderr
        )
        return EXIT_INPUT
    try:
        security.use_pepper(security.load_pepper(pepper, create=False))
    except (OSError, ValueError) as exc:
        print(f"error: {exc}; run `bank-suite serve --init` first (it keeps what exists)", file=sys.stderr)
        return EXIT_INPUT
    try:
        db = open_for_server(settings.db_url, threads=args.threads)
    except DatabaseUnavailable as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return EXIT_DB
    except SuiteError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return EXIT_INPUT
    try:
        if args.demo and not has_users(db):
            demo.seed_demo(db, shared=True)  # its people set their own passwords first
        services = build_services(
            db,
            time_zone=settings.time_zone,
            check_channel=check_channel,
            check_image=check_image,
            check_kind=check_kind,
            image_store=settings.image_store,  # the images live with the server, never on a workstation
            embedded=False,  # a reader belongs to a station; the server runs none
        )
        from app.server.asgi import SuiteServer

        # the audit checkpoints' signing key lives on the server host, never in the database
        signer = CheckpointSigner.load_or_create(key_paths(settings.extra))
        if args.demo:
            for name in bind_demo_stations(services):
                print(f"demo: bound {name} to its station", file=out)
        server = SuiteServer(services, signer=signer, threads=args.threads)
        import uvicorn

        logging.basicConfig(
            level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
        print(f"suite server on https://{args.host}:{args.port}  database {db.masked_url}", file=out)
        print(f"certificate fingerprint {identity_found.fingerprint}", file=out, flush=True)
        config = uvicorn_config(
            server, identity_found, host=args.host, port=args.port, log_level=args.log_level
        )
        _settle_heap()
        uvicorn.Server(config).run()
        return EXIT_OK
    finally:
        db.dispose()


def _settle_heap() -> None:
    """Move what start-up built (modules, mappers, the services) out of the collector's sight.

    A full collection walks every tracked object while holding the interpreter lock: with start-up's
    objects in view it stalled every call and push stream of the process for 85 to 134 ms about once a
    minute under load (bench/server_load.py). Frozen objects are never walked again; what is collected
    first is garbage that would otherwise be frozen with them.
    """
    gc.collect()
    gc.freeze()
