"""党员花名册 as an Excel sheet: a title row (branch and day), a frozen header, one row per member
with the 花名册 fields, A4 landscape with the title and header repeated on every printed page.
Every value goes through exports.xlsx.cells (text is never a formula, control characters gone);
an ID number is text (never a number Excel would round) and masked unless the branch chose."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from exports.roster_data import RosterReport, roster_columns, roster_title, roster_values
from exports.xlsx.cells import put
from exports.xlsx.registers import add_sheet, print_setup
from models.text.i18n import translate


def _day(text: str | None) -> dt.date | str:
    try:
        return dt.date.fromisoformat(text) if text else ""
    except ValueError:
        return text or ""


def roster_rows(data: RosterReport) -> list[list[Any]]:
    """The sheet's rows: dates as date cells."""
    return roster_values(data, _day)


def add_roster_sheet(wb: Any, data: RosterReport) -> Any:
    """The roster sheet, added to `wb` (the roster's own workbook, or `export-xlsx`'s)."""
    caption = translate("Roster", "{title} (as of {day})").format(
        title=roster_title(data), day=data.day
    )
    header = [h for h, _w, _a in roster_columns(data)]
    title = translate("Roster", "Party member roster")
    ws = add_sheet(wb, title, header, roster_rows(data), caption)
    print_setup(ws, 2, landscape=True)
    row = ws.max_row + 2
    put(
        ws,
        row,
        1,
        translate("Roster", "Full members: {full}; probationary members: {probationary}.").format(
            full=data.roster.full_members, probationary=data.roster.probationary
        ),
    )
    put(
        ws,
        row + 1,
        1,
        translate("Reports", "Data fingerprint {fingerprint} · made {time}").format(
            fingerprint=data.fingerprint, time=data.made_at
        ),
    )
    return ws


def write_roster_workbook(data: RosterReport, out: str | os.PathLike[str]) -> Path:
    from openpyxl import Workbook

    from exports.xlsx.followup import _save

    wb = Workbook()
    wb.remove(wb.active)
    add_roster_sheet(wb, data)
    return _save(wb, out, f"{roster_title(data)} {data.day}")
