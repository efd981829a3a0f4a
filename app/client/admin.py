"""Administration commands over the suite server's API, with an administrator's session: what a
machine without the database credential may do (``bank-suite --server URL --server-pin FP
unlock-user ...``). The server checks the administrator's permissions and audits, as for any call.
Main thread of the CLI.

The administrator logs in with their own user name and password: ``--as NAME`` (or
``BANKSUITE_ADMIN_USER``) and the password from ``BANKSUITE_ADMIN_PASSWORD`` or a prompt. A new
user's password comes from ``BANKSUITE_NEW_PASSWORD`` or the standard input, as on the server host.
"""

from __future__ import annotations

import argparse
import getpass
import os
import socket
import sys
from typing import TextIO, cast

from app import wire
from app.cli import done
from app.client.proxy import RemoteServices
from app.client.transport import Connection
from app.errors import SuiteError, Unreachable
from app.rbac import Principal
from app.services import Services

API_COMMANDS = frozenset({"create-user", "unlock-user", "set-user-station", "verify-audit"})
EXIT_OK, EXIT_FAILED, EXIT_INPUT, EXIT_UNREACHABLE = 0, 1, 2, 3


def _servers(args: argparse.Namespace) -> list[str]:
    return [u.strip() for given in args.server for u in given.split(",") if u.strip()]


def run_over_api(args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    if args.command not in API_COMMANDS:
        print(f"error: {args.command} runs on the server host with the owner's credential", file=err)
        return EXIT_INPUT
    admin = getattr(args, "as_user", None) or os.environ.get("BANKSUITE_ADMIN_USER") or ""
    if not admin:
        print("error: name the administrator who runs this: --as NAME (or BANKSUITE_ADMIN_USER)", file=err)
        return EXIT_INPUT
    try:
        connection = Connection(_servers(args), args.server_pin or "")
    except ValueError as exc:
        print(f"error: {exc}", file=err)
        return EXIT_INPUT
    try:
        password = os.environ.get("BANKSUITE_ADMIN_PASSWORD") or getpass.getpass(f"Password of {admin}: ")
        station = f"CLI-{socket.gethostname()}"[:64].upper()
        reply = connection.login(wire.LoginRequest(station=station, username=admin, password=password))
        services, me = cast(Services, RemoteServices(connection)), reply.principal  # the same interface
        try:
            return _run(args, services, me, out)
        finally:
            connection.logout()
    except Unreachable as exc:
        print(f"error: {exc.message}", file=err)
        return EXIT_UNREACHABLE
    except SuiteError as exc:
        print(f"error: {exc.message}", file=err)
        return EXIT_INPUT
    finally:
        connection.close()


def _run(args: argparse.Namespace, services: Services, me: Principal, out: TextIO) -> int:
    if args.command == "verify-audit":
        report = services.audit.verify(me)
        print(report.describe(), file=out)
        return EXIT_OK if report.ok else EXIT_FAILED
    if args.command == "create-user":
        password = os.environ.get("BANKSUITE_NEW_PASSWORD") or sys.stdin.readline().rstrip("\r\n")
        change = services.identity.create_user(
            me,
            args.username,
            args.name,
            password,
            args.role,
            outsourced=args.outsourced,
            station=args.station,
            reason=args.reason,
        )
        print(done(change, f"created user {args.username} (#{change.target_ids[0]})"), file=out)
        return EXIT_OK
    users = {u.username: u.id for u in services.identity.list_users(me)}
    if args.username not in users:
        raise SuiteError(f"no user named {args.username!r}")
    if args.command == "set-user-station":
        change = services.identity.bind_station(me, users[args.username], args.station, args.reason)
        print(
            f"{args.username} bound to station {args.station.strip().upper()}, audit entry {change.audit_id}",
            file=out,
        )
        return EXIT_OK
    change = services.identity.unlock_user(me, users[args.username], args.reason)
    print(done(change, f"unlocked {args.username}"), file=out)
    return EXIT_OK
