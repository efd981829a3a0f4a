"""Headless administration commands (no Qt): migrate, seed-demo, create-user, unlock-user,
reset-pin, set-user-station, verify-audit, sequence-audit, grant-app-role, db-status. Main thread. Exit codes:
0 ok, 1 check failed, 2 bad input, 3 database unavailable.

Building the parser (``add_commands``) imports nothing heavy: ``bank-suite --help`` and a command's
``--help`` answer without SQLAlchemy, Alembic or the services (tests/core/test_cli_help.py). Each
command imports what it needs when it runs.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from app.errors import DatabaseUnavailable, SuiteError
from app.rbac import Role

if TYPE_CHECKING:  # the commands' modules are imported when a command runs, never by the parser
    from app import demo
    from app.config import Settings
    from app.db.engine import Database
    from app.operations import Change

EXIT_OK, EXIT_FAILED, EXIT_INPUT, EXIT_DB = 0, 1, 2, 3


def console_actor() -> str:
    try:
        who = getpass.getuser()
    except Exception:
        who = "unknown"
    return f"system:cli:{who}"


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sub.add_parser("migrate", help="upgrade the database schema to the newest revision")
    sub.add_parser("db-status", help="show the database URL (password masked) and schema revision")
    sub.add_parser("seed-demo", help="fill an empty database with the demo bank and print demo logins")
    p = sub.add_parser(
        "verify-audit",
        help="verify the audit hash chain against the signed checkpoints; prints the first broken entry",
    )
    p.add_argument("--public-key", type=Path, help="the checkpoints' public key (default: beside the key)")
    p.add_argument("--checkpoints", type=Path, help="the checkpoint file (default: beside the key)")
    sub.add_parser(
        "sequence-audit", help="chain every audit entry not yet chained and sign a checkpoint of the head"
    )
    p = sub.add_parser(
        "grant-app-role",
        help="PostgreSQL, as the owner: create the server's role if missing and grant it what it needs "
        "(no UPDATE, DELETE or TRUNCATE on the audit tables); run again after every migrate",
    )
    p.add_argument("--role", help="the server's role (default banksuite_app)")
    p.add_argument("--schema", help="the schema of the suite's tables (default: the connection's)")
    p.add_argument("--no-login", action="store_true", help="a group role (grant it to a login role yourself)")
    p = sub.add_parser("create-user", help="create a user (password read from stdin or prompted)")
    p.add_argument("--username", required=True)
    p.add_argument("--name", required=True, help="display name")
    p.add_argument("--role", action="append", required=True, choices=[r.value for r in Role])
    p.add_argument("--outsourced", action="store_true")
    p.add_argument("--station", help="the station a service account (--role station) signs in as")
    p.add_argument("--reason", default="created at the console")
    p = sub.add_parser("unlock-user", help="unlock a user locked after wrong passwords")
    p.add_argument("--username", required=True)
    p.add_argument("--reason", required=True)
    p = sub.add_parser("reset-pin", help="give a card a new 6-digit PIN (read from stdin or prompted)")
    p.add_argument("--card", required=True, help="the card number")
    p.add_argument("--reason", required=True)
    p = sub.add_parser(
        "set-user-station",
        help="bind a station's service account (--role station) to the station it signs in as",
    )
    p.add_argument("--username", required=True)
    p.add_argument("--station", required=True, help="the station code, e.g. WS1")
    p.add_argument("--reason", required=True)


def _read_password(stdin: TextIO, what: str = "Password") -> str:
    if stdin.isatty():
        first = getpass.getpass(f"{what}: ")
        if getpass.getpass("Repeat: ") != first:
            raise SuiteError(f"the two {what}s differ")
        return first
    return stdin.readline().rstrip("\r\n")


def _pgpass_for(url: str, role: str) -> str | None:
    """The app role's password from the pgpass file (the server reads it there too), if it has one."""
    from sqlalchemy.engine import make_url

    from app.config import pgpass_password

    parsed = make_url(url)
    return pgpass_password(parsed.host or "localhost", parsed.port or 5432, parsed.database or "", role)


def done(change: Change, what: str) -> str:
    """What a command did: ``what``, or the proposal it made when a second administrator decides."""
    from app.operations import Action

    if change.action == Action.USER_PROPOSE:
        return (
            f"proposed (proposal #{change.target_ids[0]}, audit entry #{change.audit_id}): a second "
            "administrator approves it in user administration"
        )
    return f"{what}, audit entry #{change.audit_id}"


def _user_id(db: Database, username: str) -> int:
    from sqlalchemy import select

    from app.db.models import User

    with db.read() as s:
        uid = s.scalar(select(User.id).where(User.username == username))
    if uid is None:
        raise SuiteError(f"no user named {username!r}")
    return uid


def unbound_station_accounts(db: Database) -> list[str]:
    """The user names of station service accounts bound to no station (made before binding existed,
    and not bound by migration 0013)."""
    from sqlalchemy import select

    from app.db.models import User

    with db.read() as s:
        users = s.scalars(select(User).where(User.station.is_(None)).order_by(User.username))
        return [u.username for u in users if u.role_codes == [Role.STATION.value]]


def incompatible_accounts(db: Database) -> list[str]:
    """The user names (with the pair) of accounts holding two roles ``role_conflicts`` pairs: made
    before the table existed (migration 0015), or before a pair was added to it."""
    from sqlalchemy import select

    from app.db.models import User
    from app.services.user_changes import conflict_pairs

    with db.read() as s:
        pairs = conflict_pairs(s)
        found = []
        for user in s.scalars(select(User).order_by(User.username)):
            held = set(user.role_codes)
            found += [f"{user.username} ({a} + {b})" for a, b in pairs if a in held and b in held]
    return found


def run(args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    from sqlalchemy import func, select

    from app import security
    from app.config import load_settings
    from app.db import migrate
    from app.db.bootstrap import ensure_reference_data, open_database
    from app.db.engine import Database
    from app.db.models import Card

    settings = load_settings(args.db)
    try:
        if args.command == "migrate":
            db = Database(settings.db_url)
            db.check()
            before, after = migrate.upgrade(db)
            ensure_reference_data(db)
            print(f"{db.masked_url}: schema {before or 'empty'} -> {after}", file=out)
            unbound = unbound_station_accounts(db)
            if unbound:
                print(
                    f"station accounts bound to no station (they send nothing until bound): "
                    f"{', '.join(unbound)}; bind each with `bank-suite set-user-station --username NAME "
                    "--station CODE --reason WHY`",
                    file=out,
                )
            clashing = incompatible_accounts(db)
            if clashing:
                print(
                    "accounts holding roles the separation-of-duties table pairs (kept; their next "
                    f"change of roles must drop one): {', '.join(clashing)}",
                    file=out,
                )
            with db.read() as s:
                renew = s.scalar(select(func.count()).where(Card.pin_hash == security.PIN_RESET))
            if renew:
                print(
                    f"{renew} card(s) need a new PIN (their 4-digit PINs were wiped): give each one with "
                    "`bank-suite reset-pin --card NUMBER --reason WHY`",
                    file=out,
                )
            return EXIT_OK
        db = open_database(settings.db_url)
        try:
            return _dispatch(args, db, settings, out, err)
        finally:
            db.dispose()
    except DatabaseUnavailable as exc:
        print(f"error: {exc.message}", file=err)
        return EXIT_DB
    except SuiteError as exc:
        print(f"error: {exc.message}", file=err)
        return EXIT_INPUT


def _dispatch(args: argparse.Namespace, db: Database, settings: Settings, out: TextIO, err: TextIO) -> int:
    from app import audit, audit_sequencer, demo
    from app.audit_keys import CheckpointSigner, key_paths
    from app.db import migrate, roles
    from app.rbac import FOUR_EYES_ROLES, system_principal
    from app.services.identity import IdentityService
    from app.stations import station_code

    actor = system_principal(console_actor())
    identity = IdentityService(db)
    if args.command == "db-status":
        print(f"database: {db.masked_url}", file=out)
        print(f"schema: {migrate.current_revision(db)} (newest {migrate.head_revision()})", file=out)
        return EXIT_OK
    if args.command == "seed-demo":
        try:
            accounts = demo.seed_demo(db, shared=db.dialect != "sqlite")
        except ValueError as exc:
            print(f"error: {exc}", file=err)
            return EXIT_INPUT
        print_demo_accounts(accounts, out, shared=db.dialect != "sqlite")
        return EXIT_OK
    if args.command == "verify-audit":
        return _verify_audit(args, db, settings, out, err)
    if args.command == "sequence-audit":
        signer = CheckpointSigner.load_or_create(key_paths(settings.extra))
        n = audit_sequencer.sequence_all(db, signer=signer)
        report = audit.verify_chain(db, public_key=signer.public_key, checkpoint_file=signer.checkpoint_file)
        print(f"chained {n} entries; {report.describe()}", file=out)
        return EXIT_OK
    if args.command == "grant-app-role":
        role = args.role or roles.DEFAULT_APP_ROLE
        password = os.environ.get("BANKSUITE_APP_ROLE_PASSWORD") or _pgpass_for(db.url, role)
        grant = roles.grant_app_role(db, role, schema=args.schema, login=not args.no_login, password=password)
        print(grant.describe(), file=out)
        return EXIT_OK
    if args.command == "create-user":
        wanted = {Role(r) for r in args.role}
        if wanted & FOUR_EYES_ROLES and wanted != {Role.ADMIN}:
            raise SuiteError(
                "an account with the roles "
                + ", ".join(sorted(r.value for r in wanted & FOUR_EYES_ROLES))
                + " is proposed by one administrator and approved by a second (user administration, "
                "or this command with --server and --as); the console makes the first administrator only"
            )
        password = os.environ.get("BANKSUITE_NEW_PASSWORD") or _read_password(sys.stdin)
        if wanted == {Role.ADMIN}:  # the first administrator: nobody could approve one yet
            if args.outsourced or args.station:
                raise SuiteError("the first administrator is neither outsourced nor a station")
            change = identity.bootstrap_administrator(actor, args.username, args.name, password, args.reason)
        else:
            change = identity.create_user(
                actor,
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
    if args.command == "unlock-user":
        change = identity.console_unlock(actor, _user_id(db, args.username), args.reason)
        print(done(change, f"unlocked {args.username}"), file=out)
        return EXIT_OK
    if args.command == "reset-pin":
        change = identity.reset_pin(actor, args.card, _read_password(sys.stdin, "PIN"), args.reason)
        print(f"card {change.target_ids[0]} has a new PIN, audit entry #{change.audit_id}", file=out)
        return EXIT_OK
    if args.command == "set-user-station":
        change = identity.bind_station(actor, _user_id(db, args.username), args.station, args.reason)
        code = station_code(args.station)
        print(f"{args.username} signs in as station {code}, audit entry #{change.audit_id}", file=out)
        return EXIT_OK
    raise SuiteError(f"unknown command {args.command}")


def _verify_audit(
    args: argparse.Namespace, db: Database, settings: Settings, out: TextIO, err: TextIO
) -> int:
    from app import audit
    from app.audit_keys import key_paths, load_public_key

    keys = key_paths(settings.extra)
    public_path: Path = args.public_key or keys.public_key
    public = None
    if public_path.exists():
        try:
            public = load_public_key(public_path)
        except ValueError as exc:
            print(f"error: {exc}", file=err)
            return EXIT_INPUT
    elif args.public_key is not None:
        print(f"error: no public key at {public_path}", file=err)
        return EXIT_INPUT
    checkpoints: Path = args.checkpoints or keys.checkpoints
    if args.checkpoints is not None and not checkpoints.exists():
        print(f"error: no checkpoint file at {checkpoints}", file=err)
        return EXIT_INPUT
    report = audit.verify_chain(db, public_key=public, checkpoint_file=checkpoints)
    print(report.describe(), file=out)
    if not report.ok:
        _print_entry(db, report.first_bad_seq, out)
        return EXIT_FAILED
    return EXIT_OK


def _print_entry(db: Database, seq: int | None, out: TextIO) -> None:
    from sqlalchemy import select

    from app.db.models import AuditChainLink, AuditEntry

    if not seq:
        return
    with db.read() as s:
        row = s.execute(
            select(AuditChainLink, AuditEntry)
            .outerjoin(AuditEntry, AuditEntry.id == AuditChainLink.entry_id)
            .where(AuditChainLink.seq == seq)
        ).first()
        if row is None:
            print(f"entry #{seq} is missing (deleted)", file=out)
            return
        link, e = row
        if e is None:
            print(f"entry #{seq} names entry id {link.entry_id}, which is missing (deleted)", file=out)
            return
        print(
            f"entry #{seq} (id {e.id}) {e.ts.isoformat()} {e.actor_name} {e.action} "
            f"{e.target_type}:{e.target_id} reason={e.reason!r} before={e.before_json} after={e.after_json}",
            file=out,
        )


def print_demo_accounts(accounts: list[demo.DemoAccount], out: TextIO, *, shared: bool = False) -> None:
    from app import demo

    print(f"Demo bank seeded. Every demo login uses the password {demo.DEMO_PASSWORD}", file=out)
    if shared:
        print("  (a shared database: each person sets a new password at the first log-in)", file=out)
    for acc in accounts:
        card = f"  card {acc.card_uid} PIN {acc.pin}" if acc.card_uid else ""
        print(f"  {acc.username:<11} {acc.role.value:<11} {acc.display_name}{card}", file=out)
