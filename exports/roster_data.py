"""Plain data for the 党员花名册 (PDF and Excel), gathered from the services; the writers take
this and never query the ledger. The ID numbers come whole; the writers mask them unless
`show_id_numbers` was chosen (the branch's own printout only)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from models.errors import ValidationError
from models.text.i18n import translate


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
