"""Plain data for the 党费 documents (党费收缴公示, 党费交纳登记表), gathered from the services;
the PDF and Excel writers take these and never query the ledger."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from models.text.i18n import translate
from models.vocabulary_members import dues_kind_label


@dataclass
class DuesReport:
    branch_name: str
    year: int
    sheet: Any  # models.records.dues.DuesSheet
    fingerprint: str
    made_at: str
    by_branch: list[Any] = field(default_factory=list)  # a district ledger: per branch totals


def gather_dues(year_text: object, today: object = None) -> DuesReport:
    from exports.followup_data import _rows_used, parse_year
    from exports.report_data import _branch, fingerprint, made_now
    from models.records.dues import dues_by_branch, dues_year, tables_present

    year = parse_year(year_text)
    name, _uuid = _branch()
    used = []
    if tables_present():
        used = _rows_used(
            "dues_payment", "month BETWEEN ? AND ?", (f"{year:04d}-01", f"{year:04d}-12")
        ) + _rows_used("dues_standard", "1 = 1", ())
        used += _rows_used(
            "dues_month", "month BETWEEN ? AND ?", (f"{year:04d}-01", f"{year:04d}-12")
        )
    branches = dues_by_branch(year)
    return DuesReport(
        branch_name=name,
        year=year,
        sheet=dues_year(year, today),  # type: ignore[arg-type]
        fingerprint=fingerprint(used + _rows_used("person_status", "1 = 1", ())),
        made_at=made_now(),
        # A district ledger (several branches): each branch's totals, never per-person amounts.
        by_branch=[b for b in branches if b.months] if len(branches) > 1 else [],
    )


def how_paid(kind: str) -> str:
    """补交 / 免交 as the notice prints them: in English without the Chinese gloss the
    app's labels carry ("Paid late (补交)")."""
    words = {
        "late": translate("Dues", "Paid late"),
        "exempt": translate("Dues", "Exempt"),
    }
    return words.get(kind) or dues_kind_label(kind)
