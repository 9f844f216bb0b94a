"""The command line's start and its commands (main.py parses the arguments and calls
`run_command`): `demo`, `check`, `stats`, `report`, `export-xlsx`, and the bureau's `bundle` /
`import`, which live in exports.bundle_cli.

The command line never imports Qt (`NEVER_LOADED`; tests/test_report_speed.py checks it in a
process of its own): its messages are translated by models.text.qm, a reader of the same
compiled .qm files the app loads through Qt. Reports open the ledger read-only (a report never
changes it, and works while the app has the file open). Errors are LedgerErrors with plain
messages, printed without a traceback, in the chosen language.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from models.errors import LedgerError, disk_error_from, garbled_text_error_from
from models.file.ledger import open_ledger
from models.text.i18n import install_cli, translate

NEVER_LOADED = ("PySide6", "shiboken6")
log = logging.getLogger(__name__)


def run_command(args: argparse.Namespace) -> int:
    """Run `args.command` in the language of `args.lang` (else the system's); the exit code."""
    install_cli(args.lang)
    _tolerate_undecodable_names()
    try:
        return COMMANDS[args.command](args)
    except LedgerError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except Exception as exc:
        # A full disk (SQLite's or the system's, however deep in the chain): the plain message.
        disk = disk_error_from(exc, getattr(args, "output", None))
        if disk is not None:
            log.info("%s failed", args.command, exc_info=True)
            print(str(disk), file=sys.stderr)
            return 2
        garbled = garbled_text_error_from(exc)  # a flipped bit in the ledger's text
        if garbled is not None:
            log.info("%s failed", args.command, exc_info=True)
            print(str(garbled), file=sys.stderr)
            return 2
        if isinstance(exc, OSError):
            print(f"{exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        raise


def _tolerate_undecodable_names() -> None:
    """A file name that is not UTF-8 (GBK bytes on Linux) is printed as the bytes it is, as
    `ls` does, instead of stopping the command with a UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="surrogateescape")
            except (ValueError, OSError):  # not a text stream we may change
                pass


def run_demo(args: argparse.Namespace) -> int:
    """`demo PATH [--seed N] [--months N] [--until YYYY-MM] [--joint]`."""
    from models.demo.generate import write_demo

    print(
        write_demo(
            args.path, seed=args.seed, months=args.months, until=args.until, joint=args.joint
        )
    )
    return 0


def run_check(args: argparse.Namespace) -> int:
    """`check PATH [--repair]`: exit 0 ok, 1 problems, 2 not a ledger. --repair first writes a
    copy without foreign objects (models.file.known_schema) and checks that copy."""
    from models.check import all_clear, check_file

    if getattr(args, "repair", False):
        from models.check import repaired_message
        from models.file.ledger import repaired_copy

        copy = repaired_copy(args.path)
        print(repaired_message(copy))
        args.path = copy
    problems = check_file(args.path)
    for problem in problems:
        print(problem)
    if not problems:
        print(all_clear(args.path))
    return 1 if problems else 0


def asked_range(args: argparse.Namespace) -> bool:
    """Whether the command line asks for a date range or a campaign."""
    return any(getattr(args, k, None) for k in ("from_day", "to_day", "campaign"))


def asked_period(args: argparse.Namespace, *, ranges: bool = True):
    """The period the command line asks for: --month, --year, --from/--to or --campaign (a
    campaign is looked up in the open ledger). LedgerError in plain words when none, several or
    a half range is given, or when `ranges` is False and a range is asked for."""
    from models.errors import ValidationError
    from models.rules.periods import date_range, parse_period

    month, year = getattr(args, "month", None), getattr(args, "year", None)
    first, last = getattr(args, "from_day", None), getattr(args, "to_day", None)
    campaign = getattr(args, "campaign", None)
    if first or last:
        if month or year or campaign:
            raise LedgerError(
                translate("Stats", "Give either --from/--to or one of --month, --year, --campaign.")
            )
        if not (first and last):
            raise LedgerError(translate("Stats", "A date range needs both --from and --to."))
    if not ranges and (first or campaign):
        raise LedgerError(
            translate("Stats", "This report takes --month or --year, not a date range.")
        )
    try:
        if first and last:
            return date_range(first, last)
        if campaign:
            from models.records.campaigns import find_campaign

            return find_campaign(campaign)
        if month:
            return parse_period(month, "month")
        if year:
            return parse_period(year, "year")
    except ValidationError as exc:
        raise LedgerError(_field_message(exc)) from None
    raise LedgerError(
        translate("Stats", "Give the period: --month, --year, --from and --to, or --campaign.")
    )


def _field_message(exc) -> str:
    """A ValidationError's messages, each after its command-line option."""
    options = {"from": "--from", "to": "--to", "month": "--month", "year": "--year"}
    return "\n".join(f"{options.get(k, k)}: {v}" for k, v in exc.errors.items())


def run_stats(args: argparse.Namespace) -> int:
    """`stats PATH (--month YYYY-MM | --year YYYY | --from D --to D | --campaign NAME) [--json]`."""
    from models.rules.counting import format_stats_text, stats_payload

    with open_ledger(args.path, readonly=True):
        payload = stats_payload(asked_period(args))
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(format_stats_text(payload))
    return 0


def _check_output(path: Path) -> None:
    if path.is_dir():
        raise LedgerError(
            translate("Reports", "{path} is a folder; give a file name to write.").format(path=path)
        )
    if not path.parent.exists():
        raise LedgerError(
            translate("Reports", "The folder {path} does not exist.").format(path=path.parent)
        )


def run_report(args: argparse.Namespace) -> int:
    """`report monthly|annual PATH (--month|--year) -o OUT.pdf [--minutes] [--photos]`."""
    if args.kind == "district":
        from exports.bundle_cli import run_district_report

        return run_district_report(args)
    if args.kind in FOLLOWUP_DOCUMENTS:
        return _run_followup(args)
    if args.kind == "dues":
        return _run_dues(args)
    if args.kind == "roster":
        return _run_roster(args)

    if args.kind == "development":
        return _run_development(args)
    from exports import report_data

    _check_output(args.output)
    if asked_range(args):
        raise LedgerError(
            translate("Stats", "This report takes --month or --year, not a date range.")
        )
    if args.kind == "monthly":
        from exports.pdf.monthly import build_monthly

        if not args.month:
            raise LedgerError(translate("Reports", "The monthly summary needs --month YYYY-MM."))
        with open_ledger(args.path, readonly=True):
            data = report_data.gather_monthly(
                args.month,
                minutes=args.minutes,
                photos=args.photos,
                branch=getattr(args, "branch", None),
            )
        build_monthly(data, args.output)
    else:
        if not args.year:
            raise LedgerError(translate("Reports", "The annual summary needs --year YYYY."))
        from exports.pdf.annual import build_annual

        with open_ledger(args.path, readonly=True):
            data = report_data.gather_annual(args.year, branch=getattr(args, "branch", None))
        build_annual(data, args.output)
    return _written(args.output)


def _written(output: Path) -> int:
    """After a document is written: a PDF names every character it could not print (its text
    and the character, on stderr — never a silent empty box); then the output's path."""
    if output.suffix.lower() != ".xlsx":
        from exports.pdf.page import unprintable

        for warning in unprintable():
            print(warning, file=sys.stderr)
    print(output)
    return 0


FOLLOWUP_DOCUMENTS = ("plan", "review", "rectification")


def _run_followup(args: argparse.Namespace) -> int:
    """`report plan|review|rectification PATH --year YYYY -o OUT.pdf|OUT.xlsx` (by suffix)."""
    from exports import followup_data

    _check_output(args.output)
    if not args.year:
        raise LedgerError(
            translate("Reports", "The {document} needs --year YYYY.").format(
                document=followup_document_name(args.kind)
            )
        )
    gather = {
        "plan": followup_data.gather_plan,
        "review": followup_data.gather_review,
        "rectification": followup_data.gather_rectification,
    }[args.kind]
    with open_ledger(args.path, readonly=True):
        data = gather(args.year, branch=getattr(args, "branch", None))
    if args.output.suffix.lower() == ".xlsx":
        from exports.xlsx import followup as xlsx

        {
            "plan": xlsx.write_plan_workbook,
            "review": xlsx.write_review_workbook,
            "rectification": xlsx.write_rectification_workbook,
        }[args.kind](data, args.output)
    else:
        from exports.pdf import followup as pdf

        {
            "plan": pdf.build_plan,
            "review": pdf.build_review,
            "rectification": pdf.build_rectification,
        }[args.kind](data, args.output)
    return _written(args.output)


def _run_dues(args: argparse.Namespace) -> int:
    """`report dues PATH --year YYYY -o OUT.pdf|OUT.xlsx`: the 党费收缴公示 (PDF) or the
    党费交纳登记表 (Excel), by the output's suffix."""
    from exports.dues_data import gather_dues

    _check_output(args.output)
    if not args.year:
        raise LedgerError(translate("Reports", "The party dues report needs --year YYYY."))
    with open_ledger(args.path, readonly=True):
        data = gather_dues(args.year)
    if args.output.suffix.lower() == ".xlsx":
        from exports.xlsx.dues import write_dues_workbook

        write_dues_workbook(data, args.output)
    else:
        from exports.pdf.dues import build_dues

        build_dues(data, args.output)
    return _written(args.output)


def _run_roster(args: argparse.Namespace) -> int:
    """`report roster PATH --on YYYY-MM-DD -o OUT.pdf|OUT.xlsx [--branch NAME]`: the 党员花名册
    on that day (ID numbers masked), PDF or Excel by the output's suffix."""
    from exports.roster_data import gather_roster, parse_day

    _check_output(args.output)
    if not getattr(args, "on", None):
        raise LedgerError(translate("Reports", "The party member roster needs --on YYYY-MM-DD."))
    day = parse_day(args.on)
    with open_ledger(args.path, readonly=True):
        data = gather_roster(day, branch=getattr(args, "branch", None))
    if args.output.suffix.lower() == ".xlsx":
        from exports.xlsx.roster import write_roster_workbook

        write_roster_workbook(data, args.output)
    else:
        from exports.pdf.roster import build_roster

        build_roster(data, args.output)
    return _written(args.output)


def _run_development(args: argparse.Namespace) -> int:
    """`report development PATH --year YYYY -o OUT.pdf|OUT.xlsx [--branch NAME]`: the
    发展党员工作台账 (PDF, A4 landscape) or its sheet (Excel), by the output's suffix."""
    from exports.development_data import gather_development

    _check_output(args.output)
    if not args.year:
        raise LedgerError(
            translate("Reports", "The member development register needs --year YYYY.")
        )
    with open_ledger(args.path, readonly=True):
        data = gather_development(args.year, branch=getattr(args, "branch", None))
    if args.output.suffix.lower() == ".xlsx":
        from exports.xlsx.development import write_development_workbook

        write_development_workbook(data, args.output)
    else:
        from exports.pdf.development import build_development

        build_development(data, args.output)
    return _written(args.output)


def followup_document_name(kind: str) -> str:
    return {
        "plan": translate("Reports", "annual work plan"),
        "review": translate("Reports", "democratic appraisal results"),
        "rectification": translate("Reports", "rectification register"),
    }[kind]


def run_export_xlsx(args: argparse.Namespace) -> int:
    """`export-xlsx PATH (--month | --year | --from D --to D | --campaign NAME) -o OUT.xlsx`."""
    from exports import report_data
    from exports.xlsx.registers import write_workbook

    _check_output(args.output)
    with open_ledger(args.path, readonly=True):
        data = report_data.gather_workbook(asked_period(args), branch=getattr(args, "branch", None))
    write_workbook(data, args.output)
    print(args.output)
    return 0


def run_bundle(args: argparse.Namespace) -> int:
    """`bundle PATH -o OUT [--no-phone]` (exports.bundle_cli)."""
    from exports.bundle_cli import run_bundle as run

    return run(args)


def run_import(args: argparse.Namespace) -> int:
    """`import DISTRICT BUNDLE... [--json]` (exports.bundle_cli)."""
    from exports.bundle_cli import run_import as run

    return run(args)


COMMANDS = {
    "demo": run_demo,
    "check": run_check,
    "stats": run_stats,
    "report": run_report,
    "export-xlsx": run_export_xlsx,
    "bundle": run_bundle,
    "import": run_import,
}
