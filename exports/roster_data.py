"""Plain data for the 党员花名册 (PDF and Excel), gathered from the services; the writers take
this and never query the ledger. The ID numbers come whole; the writers mask them unless
`show_id_numbers` was chosen (the branch's own printout only)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from models.errors import ValidationError
from models.records.id_number import mask
from models.text.i18n import translate
from models.vocabulary import category_label


@dataclass
class RosterReport:
    branch_name: str
    day: str
    roster: Any  # models.records.roster.MemberRoster
    joint: bool  # a joint branch: the unit column is printed
    fingerprint: str
    made_at: str
    show_id_numbers: bool = False


def parse_day(text: object) -> str:
    """--on YYYY-MM-DD, else a message naming the field."""
    from models.records.validation import parse_date

    day = parse_date(str(text).strip()) if text else None
    if day is None:
        raise ValidationError(
            {"on": translate("Reports", "Give the roster's date as YYYY-MM-DD (--on).")}
        )
    return day.isoformat()


def gather_roster(
    day_text: object = None,
    *,
    branch: str | None = None,
    show_id_numbers: bool = False,
) -> RosterReport:
    """The 党员花名册 of the branch (`branch`: its name or uuid, needed on a district ledger) on
    the day (default: today)."""
    from exports.followup_data import _rows_used
    from exports.report_data import _branch, fingerprint, made_now
    from models.records.branch import find_branch
    from models.records.roster import member_roster

    day = parse_day(day_text) if day_text else dt.date.today().isoformat()
    name, branch_uuid = _branch(branch, choose=True)
    found = find_branch(branch_uuid) if branch_uuid else None
    roster = member_roster(day, branch_uuid)
    used = (
        _rows_used("person", "1 = 1", ())
        + _rows_used("person_status", "1 = 1", ())
        + _rows_used("person_category", "1 = 1", ())
    )
    return RosterReport(
        branch_name=name,
        day=day,
        roster=roster,
        joint=bool(found and found.branch_type == "joint"),
        fingerprint=fingerprint(used),
        made_at=made_now(),
        show_id_numbers=show_id_numbers,
    )


def sex_text(code: str) -> str:
    return {"M": translate("Roster", "M"), "F": translate("Roster", "F")}.get(code, "")


def roster_title(data: RosterReport) -> str:
    return translate("Roster", "Party member roster of {branch}").format(branch=data.branch_name)


def roster_columns(data: RosterReport) -> list[tuple[str, float, str]]:
    """(header, width as a share of the landscape frame, alignment) of every printed column."""
    columns = [
        (translate("Roster", "No."), 0.035, "C"),
        (translate("Roster", "Name"), 0.065, "L"),
        (translate("Roster", "Sex"), 0.03, "C"),
        (translate("Roster", "Ethnicity"), 0.05, "C"),
        (translate("Roster", "Born"), 0.06, "C"),
        (translate("Roster", "Native place"), 0.07, "L"),
        (translate("Roster", "Education"), 0.09, "L"),
        (translate("Roster", "Title / post"), 0.11, "L"),
        (translate("Roster", "Category"), 0.06, "C"),
        (translate("Roster", "Joined the Party"), 0.07, "C"),
        (translate("Roster", "Full member since"), 0.07, "C"),
        (translate("Roster", "Party group"), 0.08, "L"),
    ]
    if data.joint:
        columns.append((translate("Roster", "Unit"), 0.08, "L"))
    columns.append((translate("Roster", "ID number"), 0.135, "C"))
    columns.append((translate("Roster", "Note"), 0.0, "L"))
    used = sum(w for _h, w, _a in columns)
    header, width, align = columns[-1]
    columns[-1] = (header, max(0.04, 1.0 - used), align)
    return columns


def roster_values(data: RosterReport, day: Callable[[str | None], Any]) -> list[list[Any]]:
    """The roster's rows, one value per column of roster_columns (the number an int, dates as
    `day` makes them): the same for the PDF and the Excel sheet."""
    rows = []
    for i, r in enumerate(data.roster.rows, start=1):
        row: list[Any] = [
            i,
            r.name,
            sex_text(r.sex),
            r.ethnicity,
            (r.birth_date or "")[:7],
            r.native_place,
            r.education,
            r.job_title,
            category_label(r.category),
            day(r.joined_on),
            day(r.full_member_on),
            r.party_group,
        ]
        if data.joint:
            row.append(r.unit)
        row.append(r.id_number if data.show_id_numbers else mask(r.id_number))
        row.append(translate("Roster", "mobile member") if r.status == "mobile" else "")
        rows.append(row)
    return rows
