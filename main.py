"""Entry point: parse arguments, then run a headless command or start the Qt suite. Main thread."""

from __future__ import annotations

import argparse
import sys


def _station(value: str) -> str:
    from app.errors import ValidationError
    from app.stations import station_code

    try:
        return station_code(value)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.message) from exc


def build_parser() -> argparse.ArgumentParser:
    from app.cli import add_commands
    from app.server.command import add_serve_command

    parser = argparse.ArgumentParser(prog="bank-suite", description="Bank operator suite / 银行运营监控套件")
    parser.add_argument(
        "--db",
        help="database URL, e.g. postgresql+psycopg://user@host/db "
        "(default: BANKSUITE_DB, settings.toml, else embedded SQLite)",
    )
    parser.add_argument(
        "--db-password-prompt",
        action="store_true",
        help="ask for the --db user's password (never put it in the URL: the command line is public)",
    )
    parser.add_argument("--demo", action="store_true", help="seed the demo bank if the database is empty")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="UI language (default zh_CN)")
    parser.add_argument("--theme", choices=["dark", "light"], help="UI theme (default dark)")
    parser.add_argument("--user", help="pre-fill the log-in name")
    parser.add_argument("--no-devices", action="store_true", help="do not start reader threads or simulators")
    parser.add_argument(
        "--server",
        action="append",
        default=[],
        metavar="URL",
        help="run as a workstation of a suite server, e.g. https://host:8443 (repeat, or comma-separate, "
        "for several server processes of one deployment); no database credential is used",
    )
    parser.add_argument(
        "--server-pin",
        metavar="SHA256",
        help="the server certificate's fingerprint (printed by serve --init)",
    )
    parser.add_argument(
        "--as",
        dest="as_user",
        metavar="NAME",
        help="with --server: the administrator running create-user, unlock-user or verify-audit over the API",
    )
    parser.add_argument(
        "--station",
        type=_station,
        help="the station code this workstation runs as: it runs the readers assigned to it "
        "(default: station in settings.toml, the demo station WS1 for the demo, else the host name)",
    )
    parser.add_argument(
        "--station-account",
        metavar="NAME",
        help="with --server: the service account this station's devices sign in with (its password: "
        "BANKSUITE_STATION_PASSWORD, or station_password_file in settings.toml); without one the "
        "workstation runs no devices and shows the other stations' live",
    )
    sub = parser.add_subparsers(dest="command")
    add_commands(sub)
    add_serve_command(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)  # --help ends here, before anything heavy is imported
    import getpass

    from app.config import db_argument

    try:
        args.db = db_argument(args.db, prompt=args.db_password_prompt, ask=getpass.getpass)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.command == "serve":
        from app.server.command import run_serve
        from hardware.channels import reader_problem
        from imaging.kinds import kind_problem
        from imaging.loader import check_image

        return run_serve(args, check_channel=reader_problem, check_image=check_image, check_kind=kind_problem)
    if args.command and args.server:  # over the API, with an administrator's session
        from app.client.admin import run_over_api

        return run_over_api(args)
    if args.command:
        from app.cli import run

        return run(args)
    from widgets.application import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
