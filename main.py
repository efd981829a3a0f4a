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

    parser = argparse.ArgumentParser(prog="bank-suite", description="Bank operator suite / 银行运营监控套件")
    parser.add_argument(
        "--db",
        help="database URL, e.g. postgresql+psycopg://user@host/db "
        "(default: BANKSUITE_DB, settings.toml, else embedded SQLite)",
    )
    parser.add_argument("--demo", action="store_true", help="seed the demo bank if the database is empty")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="UI language (default zh_CN)")
    parser.add_argument("--theme", choices=["dark", "light"], help="UI theme (default dark)")
    parser.add_argument("--user", help="pre-fill the log-in name")
    parser.add_argument("--no-devices", action="store_true", help="do not start reader threads or simulators")
    parser.add_argument(
        "--station",
        type=_station,
        help="the station code this workstation runs as: it runs the readers assigned to it "
        "(default: station in settings.toml, the demo station WS1 for the demo, else the host name)",
    )
    sub = parser.add_subparsers(dest="command")
    add_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command:
        from app.cli import run

        return run(args)
    from widgets.application import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
