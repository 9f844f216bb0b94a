"""The command-line side of the documents (SPEC §7): `report`, `export-xlsx`, and the bureau's
`bundle` / `import`, which live in exports.bundle_cli.

The ledger is opened read-only (a report never changes it, and works while the app has the file
open). Errors are LedgerErrors with plain messages; main.py prints them without a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
from collections.abc import Iterator
from pathlib import Path

from models.errors import LedgerError
from models.file.ledger import open_ledger
from models.text.i18n import translate


def _check_output(path: Path) -> None:
    if path.is_dir():
        raise LedgerError(
            translate("Reports", "{path} is a folder; give a file name to write.").format(path=path)
        )
    if not path.parent.exists():
        raise LedgerError(
            translate("Reports", "The folder {path} does not exist.").format(path=path.parent)
        )


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector off while one document is made (and on again after).

    Importing reportlab and laying out a document allocate hundreds of thousands of objects,
    which set off dozens of collections that find next to nothing (~10 ms of a ~300 ms
    command); the garbage of one document is small and freed when the process ends.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def run_report(args: argparse.Namespace) -> int:
    """`report monthly|annual PATH (--month|--year) -o OUT.pdf [--minutes] [--photos]`."""
    with _no_cycle_collection():
        return _run_report(args)


def _run_report(args: argparse.Namespace) -> int:
    if args.kind == "district":
        from exports.bundle_cli import run_district_report

        return run_district_report(args)
    if args.kind in FOLLOWUP_DOCUMENTS:
        return _run_followup(args)
    from exports import report_data

    _check_output(args.output)
    if args.kind == "monthly":
        from exports.pdf.monthly import build_monthly

        if not args.month:
            raise LedgerError(translate("Reports", "The monthly summary needs --month YYYY-MM."))
        with open_ledger(args.path, readonly=True):
            data = report_data.gather_monthly(args.month, minutes=args.minutes, photos=args.photos)
        build_monthly(data, args.output)
    else:
        if not args.year:
            raise LedgerError(translate("Reports", "The annual summary needs --year YYYY."))
        from exports.pdf.annual import build_annual

        with open_ledger(args.path, readonly=True):
            data = report_data.gather_annual(args.year)
        build_annual(data, args.output)
    print(args.output)
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
        data = gather(args.year)
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
    print(args.output)
    return 0


def followup_document_name(kind: str) -> str:
    return {
        "plan": translate("Reports", "annual work plan"),
        "review": translate("Reports", "democratic appraisal results"),
        "rectification": translate("Reports", "rectification register"),
    }[kind]


def run_export_xlsx(args: argparse.Namespace) -> int:
    """`export-xlsx PATH (--month YYYY-MM | --year YYYY) -o OUT.xlsx`."""
    with _no_cycle_collection():
        return _run_export_xlsx(args)


def _run_export_xlsx(args: argparse.Namespace) -> int:
    from exports import report_data
    from exports.xlsx.registers import write_workbook

    _check_output(args.output)
    with open_ledger(args.path, readonly=True):
        data = report_data.gather_workbook(args.month or args.year)
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
