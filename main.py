"""Branch Ledger (支部工作台账): start the desktop app, or run one command headless.

The commands are listed in the README (Command line); this module only parses and dispatches.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger("branch_ledger")


def build_parser() -> argparse.ArgumentParser:
    """The command line: the app's options, and the headless commands."""
    parser = argparse.ArgumentParser(
        prog="main.py", description="Branch Ledger — 支部工作台账 (see the README's Command line)."
    )
    parser.add_argument("--ledger", type=Path, help="ledger file (default: user data folder)")
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="language (default: system)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug output")
    # Start on --ledger, check the window and the bundled resources, quit (ui/shell/smoke.py).
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
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
    check.add_argument(
        "--repair",
        action="store_true",
        help="write NAME.repaired.ledger without the triggers, views, tables or indexes the app"
        " never makes (the original is only read)",
    )

    stats = sub.add_parser(
        "stats",
        help="the figures (activities, attendances, people, hours, deeds) for a month or a year",
    )
    stats.add_argument("path", type=Path)
    period = stats.add_mutually_exclusive_group()  # one period: checked by exports.cli
    period.add_argument("--month", metavar="YYYY-MM")
    period.add_argument("--year", metavar="YYYY")
    period.add_argument("--campaign", metavar="NAME", help="a stored campaign period")
    stats.add_argument("--from", dest="from_day", metavar="YYYY-MM-DD", help="first day")
    stats.add_argument("--to", dest="to_day", metavar="YYYY-MM-DD", help="last day")
    stats.add_argument("--json", action="store_true")

    report = sub.add_parser(
        "report",
        help="write a report as PDF (plan, review, rectification, dues, roster and development"
        " also as .xlsx)",
    )
    report.add_argument(
        "kind",
        choices=(
            "monthly",
            "annual",
            "district",
            "plan",
            "review",
            "rectification",
            "dues",
            "roster",
            "development",
        ),
    )
    report.add_argument("path", type=Path)
    rperiod = report.add_mutually_exclusive_group()  # one period: checked by exports.cli
    rperiod.add_argument("--month", metavar="YYYY-MM")
    rperiod.add_argument("--year", metavar="YYYY")
    rperiod.add_argument("--on", metavar="YYYY-MM-DD", help="the day of the roster (report roster)")
    rperiod.add_argument(
        "--campaign", metavar="NAME", help="a campaign period stored in the ledger"
    )
    report.add_argument("--from", dest="from_day", metavar="YYYY-MM-DD", help="first day")
    report.add_argument("--to", dest="to_day", metavar="YYYY-MM-DD", help="last day")
    report.add_argument("-o", "--output", type=Path, required=True)
    report.add_argument("--minutes", action="store_true", help="include the full minutes")
    report.add_argument("--photos", action="store_true", help="include the photos")
    report.add_argument(
        "--branch", metavar="NAME", help="the branch, when the file holds several (district)"
    )

    xlsx = sub.add_parser("export-xlsx", help="write the registers and summaries to Excel")
    xlsx.add_argument("path", type=Path)
    xperiod = xlsx.add_mutually_exclusive_group()  # one period: checked by exports.cli
    xperiod.add_argument("--month", metavar="YYYY-MM")
    xperiod.add_argument("--year", metavar="YYYY")
    xperiod.add_argument(
        "--campaign", metavar="NAME", help="a campaign period stored in the ledger"
    )
    xlsx.add_argument("--from", dest="from_day", metavar="YYYY-MM-DD", help="first day")
    xlsx.add_argument("--to", dest="to_day", metavar="YYYY-MM-DD", help="last day")
    xlsx.add_argument("-o", "--output", type=Path, required=True)
    xlsx.add_argument(
        "--branch", metavar="NAME", help="the branch, when the file holds several (district)"
    )

    bundle = sub.add_parser("bundle", help="a consistent snapshot for the bureau")
    bundle.add_argument("path", type=Path)
    bundle.add_argument("-o", "--output", type=Path, required=True)
    bundle.add_argument("--no-phone", action="store_true", help="leave out every phone number")
    bundle.add_argument(
        "--dues-detail",
        action="store_true",
        help="include each member's party dues (by default only the branch's monthly totals)",
    )
    bundle.add_argument(
        "--with-id-numbers",
        action="store_true",
        help="include the members' ID numbers (身份证号; by default never in a bundle)",
    )

    imp = sub.add_parser("import", help="bureau: merge branch bundles into a district ledger")
    imp.add_argument("district", type=Path)
    imp.add_argument("bundles", type=Path, nargs="+")
    imp.add_argument("--json", action="store_true")
    imp.add_argument(
        "--accept",
        action="append",
        default=[],
        choices=("name", "type", "deletions"),
        help="confirm a held change of the branches in these files: a new name, a new type,"
        " or deleting the branch or more than a fifth of its activities or people (repeatable)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:  # the built Windows program has no console
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING)
    if args.command is None:
        # The ledger layer loads before Qt: once PySide6 is imported it reads the source of every
        # module imported after it (its `__feature__` import hook), which costs start-up time.
        import models.file.ledger  # noqa: F401

        if args.smoke_test:
            from ui.shell.smoke import run_smoke

            return run_smoke(args.ledger, args.lang)
        from ui.shell.app import run_app

        return run_app(args.ledger, args.lang)

    from exports.cli import run_command

    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
