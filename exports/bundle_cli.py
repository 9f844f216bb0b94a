"""The bureau's commands: `bundle`, `import` and `report district`.

exports/cli.py delegates here. Errors are LedgerErrors with plain messages (main.py prints them
without a traceback). `import` never stops at a bad file: each file gets its own result, and the
exit code is 0 only when every file was accepted without conflicts.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from models.errors import LedgerError
from models.text.i18n import translate


def run_bundle(args: argparse.Namespace) -> int:
    """`bundle PATH -o OUT [--no-phone]`: write a checked bundle and say what is in it."""
    from exports.bundle import make_bundle

    info = make_bundle(
        args.path,
        args.output,
        no_phone=args.no_phone,
        dues_detail=getattr(args, "dues_detail", False),
        id_numbers=getattr(args, "with_id_numbers", False),
    )
    m = info.manifest
    period = m.get("period") or {}
    print(
        translate(
            "Bureau",
            "Wrote the bundle {path} ({size} KB): {branch}, activities from {first} to {last}, "
            "{rows} records, content hash {hash}.",
        ).format(
            path=info.path,
            size=max(1, info.size // 1024),
            branch=m["branch"]["name"],
            first=period.get("first") or "—",
            last=period.get("last") or "—",
            rows=sum(m["counts"].values()),
            hash=m["content_hash"][:16],
        )
    )
    if args.no_phone:
        print(translate("Bureau", "No phone numbers are in the bundle."))
        if info.phones_in_texts:
            print(
                translate(
                    "Bureau",
                    "Phone numbers were also cut out of the texts of {count} records (branch "
                    "details, notes, minutes…); the ledger itself keeps them.",
                ).format(count=info.phones_in_texts)
            )
    if getattr(args, "with_id_numbers", False):
        print(translate("Bureau", "The members' ID numbers are in the bundle, as you chose."))
    else:
        print(translate("Bureau", "No ID numbers are in the bundle."))
    if getattr(args, "dues_detail", False):
        print(translate("Bureau", "Each member's party dues are in the bundle."))
    else:
        print(
            translate("Bureau", "Party dues: only the branch's monthly totals are in the bundle.")
        )
    return 0


def format_result(r: object) -> str:
    """One file's result as a line of text."""
    if r.status == "rejected":
        return translate("Bureau", "{file}: rejected — {reason}").format(
            file=r.file, reason=r.reason
        )
    if r.status == "held":
        line = translate(
            "Bureau",
            "{file}: held ({branch}) — nothing was imported: confirm these changes with "
            "--accept {kinds}, or ask the branch for a corrected bundle",
        ).format(file=r.file, branch=r.branch or "—", kinds=" --accept ".join(r.held_kinds))
        extra = [f"    [{c.kind}] {c.detail}" for c in r.conflicts]
        return "\n".join([line, *extra])
    line = translate(
        "Bureau",
        "{file}: accepted ({branch}) — {added} new, {updated} updated, {unchanged} unchanged, "
        "{conflicts} conflicts",
    ).format(
        file=r.file,
        branch=r.branch or "—",
        added=r.added,
        updated=r.updated,
        unchanged=r.unchanged,
        conflicts=r.conflict_count,
    )
    extra = [f"    {c.table} {c.uuid}: {c.detail}" for c in r.conflicts]
    return "\n".join([line, *extra])


def run_import(args: argparse.Namespace) -> int:
    """`import DISTRICT BUNDLE... [--json] [--accept KIND]...`: merge the bundles, one result
    per file; a file held for confirmation is imported by running again with --accept."""
    import sys

    from models.bureau.merge import import_bundles

    created = not Path(args.district).exists()
    results = import_bundles(
        args.district, [Path(b) for b in args.bundles], accept=getattr(args, "accept", ())
    )
    if created:
        # On stderr, so that --json output stays one JSON document.
        print(
            translate("Bureau", "Created the district ledger {path}.").format(path=args.district),
            file=sys.stderr,
        )
    if args.json:
        payload = {
            "district": str(args.district),
            "files": [r.as_dict() for r in results],
            "accepted": sum(r.accepted for r in results),
            "held": sum(r.held for r in results),
            "rejected": sum(r.status == "rejected" for r in results),
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for r in results:
            print(format_result(r))
    ok = all(r.accepted and not r.conflict_count for r in results)
    return 0 if ok else 1


def run_district_report(args: argparse.Namespace) -> int:
    """`report district DISTRICT (--month|--year|--from D --to D|--campaign NAME) -o OUT.pdf|.xlsx`
    (Excel by suffix)."""
    from models.bureau.district import district_data
    from models.file.ledger import open_ledger

    out = Path(args.output)
    if out.is_dir():
        raise LedgerError(
            translate("Bureau", "{path} is a folder; give a file name to write.").format(path=out)
        )
    if not out.parent.exists():
        raise LedgerError(
            translate("Bureau", "The folder {path} does not exist.").format(path=out.parent)
        )
    from exports.cli import asked_period

    with open_ledger(args.path, readonly=True):
        data = district_data(asked_period(args))
    if out.suffix.lower() == ".xlsx":
        from exports.xlsx.district import write_district_workbook

        write_district_workbook(data, out)
    else:
        from exports.pdf.district import build_district

        build_district(data, out)
    print(out)
    return 0
