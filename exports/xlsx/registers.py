"""The registers and summaries of a month or a year as an Excel workbook (.xlsx).

One sheet per register — meetings (会议), study (学习), volunteer service (志愿服务), by each
activity's primary kind — plus a summary sheet, a per-person sheet and the absences. Headers are
Chinese (or English), the header row is frozen, columns are fitted to their contents and dates
are real Excel dates, so the secretary can sort and filter without re-typing anything.
openpyxl is imported inside the functions: the app starts without it.
"""

from __future__ import annotations

import datetime as dt
import os
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from exports.report_types import ActivityLine, WorkbookData, figure_header
from exports.xlsx.cells import put, save, time_value
from models.file.schema import MEETING_KINDS, STUDY_KINDS, VOLUNTEER_KINDS
from models.rules.counting import display_hours
from models.text.i18n import translate
from models.vocabulary import attendance_label, kind_label, leave_type_label

DATE_FORMAT = "yyyy-mm-dd"
RATE_FORMAT = "0.0%"
MAX_WIDTH = 60
# About the sum of column widths (Excel units) that fits across portrait A4 at a readable size.
PORTRAIT_WIDTH = 95


def _date(text: str) -> dt.date | str:
    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        return text


def _display_width(value: Any) -> int:
    """Approximate column width in Excel units: CJK characters count double."""
    if value is None:
        return 0
    if isinstance(value, dt.date):
        return 10
    if isinstance(value, float):
        value = f"{value:.2f}"
    text = str(value)
    longest = max((line for line in text.split("\n")), key=len, default="")
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in longest)


def add_sheet(
    wb: Any,
    title: str,
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    caption: str = "",
) -> Any:
    """A sheet with a title row (`caption`: branch and period), a bold, filled, frozen header
    row, typed dates and times, fitted columns and an A4 print setup (landscape when wide,
    header rows repeated on every page, fitted to the page width). Text is written literally
    (exports.xlsx.cells): never a formula."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    ws = wb.create_sheet(title)
    head_row = 1
    if caption:
        put(ws, 1, 1, caption).font = Font(bold=True, size=13)
        head_row = 2
    for col, value in enumerate(header, start=1):
        put(ws, head_row, col, value)
    for r, row in enumerate(rows, start=head_row + 1):
        for col, value in enumerate(row, start=1):
            put(ws, r, col, value)
    thin = Side(style="thin", color="999999")
    head_font = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="E8E8E8")
    for cell in ws[head_row]:
        cell.font = head_font
        cell.fill = head_fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = Border(bottom=thin)
    for row in ws.iter_rows(min_row=head_row + 1):
        for cell in row:
            if isinstance(cell.value, dt.date):
                cell.number_format = DATE_FORMAT
            elif isinstance(cell.value, str) and "\n" in cell.value:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = f"A{head_row + 1}"
    total_width = 0
    for index, column in enumerate(ws.iter_cols(min_row=head_row), start=1):
        width = max((_display_width(c.value) for c in column), default=8)
        letter = column[0].column_letter if column else chr(64 + index)
        ws.column_dimensions[letter].width = min(MAX_WIDTH, max(6, width + 2))
        total_width += ws.column_dimensions[letter].width
    if rows:
        ws.auto_filter.ref = f"A{head_row}:{ws.cell(ws.max_row, ws.max_column).coordinate}"
    print_setup(ws, head_row, landscape=total_width > PORTRAIT_WIDTH)
    return ws


def print_setup(ws: Any, head_row: int, *, landscape: bool) -> None:
    """A4, fitted to the page width, the title and header rows on every printed page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"1:{head_row}"
    ws.print_options.horizontalCentered = True


def _kinds(kinds: list[str]) -> str:
    return translate("Reports", ", ").join(kind_label(k) for k in kinds)


def _register_rows(lines: list[ActivityLine], volunteer: bool) -> list[list[Any]]:
    rows = []
    for a in lines:
        row: list[Any] = [
            _date(a.date),
            time_value(a.start_time),
            time_value(a.end_time),
            _kinds(a.kinds),
            a.topic,
            a.location,
            a.host,
            a.recorder,
            a.expected,
            a.present,
            display_hours(a.duration_min),
        ]
        if volunteer:
            row += [a.service_type, a.people_served, a.deeds_done, a.deeds_in_progress]
        rows.append(row)
    return rows


def _register_header(volunteer: bool) -> list[str]:
    header = [
        translate("Reports", "Date"),
        translate("Reports", "Start"),
        translate("Reports", "End"),
        translate("Reports", "Kinds"),
        translate("Reports", "Topic"),
        translate("Reports", "Location"),
        translate("Reports", "Host"),
        translate("Reports", "Recorder"),
        translate("Reports", "Expected"),
        translate("Reports", "Present"),
        translate("Reports", "Duration (h)"),
    ]
    if volunteer:
        header += [
            translate("Reports", "Service type"),
            translate("Reports", "People served"),
            translate("Reports", "Deeds done"),
            translate("Reports", "Deeds in progress"),
        ]
    return header


def figure_row(label: str, f: Any) -> list[Any]:
    return [
        label,
        f.activities,
        f.attendances,
        f.people,
        f.expected,
        f.present,
        f.attendance_rate,
        display_hours(f.study_minutes),
        display_hours(f.service_minutes),
        f.deeds,
    ]


def register_groups(lines: list[ActivityLine]) -> list[tuple[str, list[ActivityLine], bool]]:
    """(sheet title, activities, is volunteer) by primary kind: meetings, study, volunteer."""
    groups = [
        (translate("Reports", "Meetings"), MEETING_KINDS + ("other",), False),
        (translate("Reports", "Study"), STUDY_KINDS, False),
        (translate("Reports", "Volunteer service"), VOLUNTEER_KINDS, True),
    ]
    return [
        (title, [a for a in lines if a.kinds and a.kinds[0] in codes], volunteer)
        for title, codes, volunteer in groups
    ]


def write_workbook(data: WorkbookData, out: str | os.PathLike[str]) -> Path:
    """Write the workbook to `out` (complete or not at all); return the path."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    caption = workbook_caption(data.branch_name, data.period, data.period_label)
    summary_rows = [figure_row(translate("Reports", "Total"), data.total)]
    summary_rows += [figure_row(kind_label(k.kind), k.figures) for k in data.by_kind]
    summary = add_sheet(
        wb,
        translate("Reports", "Summary"),
        figure_header(translate("Reports", "Item"), numbers=True),
        summary_rows,
        caption,
    )
    if data.by_month:
        start = summary.max_row + 2
        put(summary, start, 1, translate("Reports", "By month")).font = Font(bold=True)
        month_header = figure_header(translate("Reports", "Month"), numbers=True)
        for col, value in enumerate(month_header, start=1):
            put(summary, start + 1, col, value).font = Font(bold=True)
        for offset, (month, f) in enumerate(data.by_month, start=2):
            for col, value in enumerate(figure_row(month, f), start=1):
                put(summary, start + offset, col, value)
    for row in summary.iter_rows(min_row=2, min_col=7, max_col=7):
        for cell in row:
            if isinstance(cell.value, float):
                cell.number_format = RATE_FORMAT
    note_row = summary.max_row + 2
    put(summary, note_row, 1, data.branch_name)
    put(
        summary,
        note_row + 1,
        1,
        translate("Reports", "Data fingerprint {fingerprint} · made {time}").format(
            fingerprint=data.fingerprint, time=data.made_at
        ),
    )
    for title, lines, volunteer in register_groups(data.activities):
        add_sheet(wb, title, _register_header(volunteer), _register_rows(lines, volunteer), caption)
    add_sheet(
        wb,
        translate("Reports", "Per person"),
        [
            translate("Reports", "Name"),
            translate("Reports", "Times attended"),
            translate("Reports", "Expected"),
            translate("Reports", "Study hours (h)"),
            translate("Reports", "Service hours (h)"),
        ],
        [
            [
                p.name,
                p.attendances,
                p.expected,
                display_hours(p.study_minutes),
                display_hours(p.service_minutes),
            ]
            for p in data.people
        ],
        caption,
    )
    add_sheet(
        wb,
        translate("Reports", "Absences"),
        [
            translate("Reports", "Date"),
            translate("Reports", "Activity"),
            translate("Reports", "Name"),
            translate("Reports", "Status"),
            translate("Reports", "Leave type"),
            translate("Reports", "Reason"),
        ],
        [
            [
                _date(a.date),
                a.topic or _kinds(a.kinds),
                a.name,
                attendance_label(a.status),
                leave_type_label(a.leave_type) if a.leave_type else "",
                a.reason,
            ]
            for a in data.absences
        ],
        caption,
    )
    if data.roster is not None:  # the 党员花名册 at the period's end (ID numbers masked)
        from exports.xlsx.roster import add_roster_sheet

        add_roster_sheet(wb, data.roster)
    wb.properties.title = f"{data.branch_name} {data.period_label or data.period}"
    wb.properties.creator = "Branch Ledger"
    return save(wb, out)


def workbook_caption(branch: str, period: str, label: str = "") -> str:
    """The title row above each table: the branch and the period, as the bureau reads it
    (`label`: a campaign's name and dates, when the period is one)."""
    from models.bureau.district import period_label_text
    from models.rules.periods import parse_period

    return translate("Reports", "{branch} · {period}").format(
        branch=branch, period=label or period_label_text(parse_period(period))
    )
