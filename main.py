"""Branch Ledger (支部工作台账): start the desktop app, or run one command headless (SPEC §7)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

log = logging.getLogger("branch_ledger")


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The command line; without `commands`, only the options of starting the app."""
    parser = argparse.ArgumentParser(
        prog="main.py", description="Branch Ledger — 支部工作台账 (SPEC §7)."
    )
    parser.add_argument("--ledger", type=Path, help="ledger file (default: user data folder)")
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="language (default: system)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug output")
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo", help="write a realistic sample ledger (Chinese data)")
    demo.add_argument("path", type=Path)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--months", type=int, default=12)
    demo.add_argument(
        "--until", metavar="YYYY-MM", help="last month, in full (default: this month up to today)"
    )
    demo.add_argument("--joint", action="store_true", help="a joint branch of five units")

    check = sub.add_parser("check", help="validate a ledger: exit 0 ok, 1 problems, 2 not a ledger")
    check.add_argument("path", type=Path)

    stats = sub.add_parser("stats", help="the SPEC §3 figures for a month or a year")
    stats.add_argument("path", type=Path)
    period = stats.add_mutually_exclusive_group(required=True)
    period.add_argument("--month", metavar="YYYY-MM")
    period.add_argument("--year", metavar="YYYY")
    stats.add_argument("--json", action="store_true")

    report = sub.add_parser(
        "report", help="write a PDF report (plan, review, rectification: or .xlsx)"
    )
    report.add_argument(
        "kind", choices=("monthly", "annual", "district", "plan", "review", "rectification")
    )
    report.add_argument("path", type=Path)
    rperiod = report.add_mutually_exclusive_group(required=True)
    rperiod.add_argument("--month", metavar="YYYY-MM")
    rperiod.add_argument("--year", metavar="YYYY")
    report.add_argument("-o", "--output", type=Path, required=True)
    report.add_argument("--minutes", action="store_true", help="include the full minutes")
    report.add_argument("--photos", action="store_true", help="include the photos")

    xlsx = sub.add_parser("export-xlsx", help="write the registers and summaries to Excel")
    xlsx.add_argument("path", type=Path)
    xperiod = xlsx.add_mutually_exclusive_group(required=True)
    xperiod.add_argument("--month", metavar="YYYY-MM")
    xperiod.add_argument("--year", metavar="YYYY")
    xlsx.add_argument("-o", "--output", type=Path, required=True)

    bundle = sub.add_parser("bundle", help="a consistent snapshot for the bureau")
    bundle.add_argument("path", type=Path)
    bundle.add_argument("-o", "--output", type=Path, required=True)
    bundle.add_argument("--no-phone", action="store_true", help="leave out every phone number")

    imp = sub.add_parser("import", help="bureau: merge branch bundles into a district ledger")
    imp.add_argument("district", type=Path)
    imp.add_argument("bundles", type=Path, nargs="+")
    imp.add_argument("--json", action="store_true")
    return parser


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Starting the app (only --ledger/--lang/-v given) skips building the command parsers
    (~6 ms of start-up); anything else, help included, goes through the full parser."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if not {"-h", "--help"} & set(argv):
        args, rest = build_parser(commands=False).parse_known_args(argv)
        if not rest:
            return args
    return build_parser().parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING)
    if args.command is None:
        # The ledger layer loads before Qt: once PySide6 is imported it reads the source of every
        # module imported after it (its `__feature__` import hook), which costs start-up time.
        import models.file.ledger  # noqa: F401
        from ui.shell.app import run_app

        return run_app(args.ledger, args.lang)

    # Not ui.shell.i18n: the command line never imports Qt (models.text.qm reads
    # the same .qm files).
    from models.text.i18n import install_cli

    install_cli(args.lang)
    from models.errors import LedgerError

    try:
        return COMMANDS[args.command](args)
    except LedgerError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"{exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 2


def _cmd_demo(args: argparse.Namespace) -> int:
    from models.demo.generate import write_demo

    summary = write_demo(
        args.path, seed=args.seed, months=args.months, until=args.until, joint=args.joint
    )
    print(summary)
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from models.check import all_clear, check_file

    problems = check_file(args.path)
    for problem in problems:
        print(problem)
    if not problems:
        print(all_clear(args.path))
    return 1 if problems else 0


def _cmd_stats(args: argparse.Namespace) -> int:
    from models.file.ledger import open_ledger
    from models.rules.counting import format_stats_text, stats_payload

    with open_ledger(args.path, readonly=True):
        if args.month:
            payload = stats_payload(args.month, kind="month")
        else:
            payload = stats_payload(args.year, kind="year")
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(format_stats_text(payload))
    return 0


# Set when a document command has written and closed its output: the process then ends
# without the interpreter's teardown (see _exit_without_teardown).
_output_complete = False


def _cmd_report(args: argparse.Namespace) -> int:
    global _output_complete
    from exports.cli import run_report

    code = run_report(args)
    _output_complete = True
    return code


def _cmd_export_xlsx(args: argparse.Namespace) -> int:
    global _output_complete
    from exports.cli import run_export_xlsx

    code = run_export_xlsx(args)
    _output_complete = True
    return code


def _exit_without_teardown(code: int) -> None:
    """End the process now. After `report` the interpreter's teardown (freeing the fonts'
    tables, the modules, a last garbage collection) took ~45 ms of a ~300 ms command, with
    nothing left to do: the PDF is written (atomically), the ledger closed. Output streams and
    log handlers are flushed first; exit handlers are not run, so only commands that leave no
    temporary files behind come here."""
    import os

    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)


def _cmd_bundle(args: argparse.Namespace) -> int:
    from exports.cli import run_bundle

    return run_bundle(args)


def _cmd_import(args: argparse.Namespace) -> int:
    from exports.cli import run_import

    return run_import(args)


COMMANDS = {
    "demo": _cmd_demo,
    "check": _cmd_check,
    "stats": _cmd_stats,
    "report": _cmd_report,
    "export-xlsx": _cmd_export_xlsx,
    "bundle": _cmd_bundle,
    "import": _cmd_import,
}

if __name__ == "__main__":
    exit_code = main()
    if _output_complete:
        _exit_without_teardown(exit_code)
    sys.exit(exit_code)
