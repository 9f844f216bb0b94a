"""The follow-up documents as Excel workbooks: the year's plan, the 民主评议 results and the 问题
整改台账. Text from the ledger is written as text: a value starting with = (or +, -, @) is never
a formula, and control characters are stripped."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from exports.followup_data import PlanReport, RectificationReport, ReviewReport
from exports.xlsx.cells import put, save
from exports.xlsx.registers import _date, add_sheet
from models.text.i18n import translate
from models.vocabulary import (
    grade_label,
    kind_label,
    plan_status_label,
    rectification_status_label,
    recurrence_label,
    source_label,
)

REVIEW_GRADES = ("excellent", "qualified", "basically_qualified", "unqualified")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(value: Any) -> Any:
    """A cell value as written: text without control characters (numbers and dates as they
    are)."""
    if isinstance(value, str):
        return _CONTROL.sub("", value)
    return value


def _sheet(wb: Any, title: str, header: list[str], rows: list[list[Any]], caption: str = "") -> Any:
    """A sheet under a title row (`caption`: branch and year), as the registers' sheets."""
    ws = add_sheet(wb, title, header, [[clean(v) for v in row] for row in rows], caption)
    for row in ws.iter_rows(min_row=1):
        for cell in row:
            if isinstance(cell.value, str) and cell.data_type == "f":
                cell.data_type = "s"  # hostile or not, text is never a formula
    return ws


def _footer(ws: Any, branch: str, fingerprint: str, made_at: str) -> None:
    row = ws.max_row + 2
    put(ws, row, 1, branch)
    put(
        ws,
        row + 1,
        1,
        translate("Reports", "Data fingerprint {fingerprint} · made {time}").format(
            fingerprint=fingerprint, time=made_at
        ),
    )


def _save(wb: Any, out: str | os.PathLike[str], title: str) -> Path:
    wb.properties.title = title
    wb.properties.creator = "Branch Ledger"
    return save(wb, out)  # every cell checked once more: text is never a formula


def write_plan_workbook(data: PlanReport, out: str | os.PathLike[str]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    caption = _caption(data)
    s = data.summary
    header = [
        translate("Reports", "Month"),
        translate("Followup", "Planned"),
        translate("Followup", "Held"),
        translate("Followup", "Not held"),
        translate("Followup", "Still to come"),
    ]
    rows = [[m.month, m.planned, m.held, m.missed, m.pending] for m in s.months]
    rows.append([translate("Reports", "Year"), s.planned, s.held, s.missed, s.pending])
    summary = _sheet(wb, translate("Followup", "Planned and held"), header, rows, caption=caption)
    _footer(summary, data.branch_name, data.fingerprint, data.made_at)
    _sheet(
        wb,
        translate("Followup", "The plan"),
        [
            translate("Reports", "Date"),
            translate("Reports", "Kind"),
            translate("Followup", "Theme"),
            translate("Reports", "Topic"),
            translate("Followup", "Responsible"),
            translate("Followup", "Recurs"),
            translate("Followup", "State"),
            translate("Followup", "Held on"),
            translate("Followup", "Note"),
        ],
        [
            [
                _date(r.planned_on),
                kind_label(r.kind),
                r.theme,
                r.topic,
                r.responsible,
                recurrence_label(r.recurrence),
                plan_status_label(r.status),
                _date(r.held_on) if r.held_on else "",
                r.note,
            ]
            for r in data.rows
        ],
        caption=caption,
    )
    return _save(wb, out, f"{data.branch_name} {data.year}")


def write_review_workbook(data: ReviewReport, out: str | os.PathLike[str]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    caption = _caption(data)
    s = data.summary
    counts = _sheet(
        wb,
        translate("Followup", "Members per grade"),
        [translate("Followup", "Grade"), translate("Followup", "Members")],
        [[grade_label(g), s.counts.get(g, 0)] for g in REVIEW_GRADES]
        + [
            [translate("Followup", "Assessed"), s.assessed],
            [translate("Followup", "Not assessed"), len(s.not_assessed)],
        ],
        caption=caption,
    )
    _footer(counts, data.branch_name, data.fingerprint, data.made_at)
    _sheet(
        wb,
        translate("Followup", "Results"),
        [
            translate("Reports", "Name"),
            translate("Followup", "Grade"),
            translate("Followup", "Self-assessment"),
            translate("Followup", "Peer assessment"),
            translate("Followup", "Decided on"),
            translate("Followup", "Note"),
        ],
        [
            [
                r.name,
                grade_label(r.grade),
                r.self_assessment,
                r.peer_summary,
                _date(r.decided_on) if r.decided_on else "",
                r.note,
            ]
            for r in data.rows
        ],
        caption=caption,
    )
    _sheet(
        wb,
        translate("Followup", "Not assessed"),
        [translate("Reports", "Name")],
        [[name] for _u, name in s.not_assessed],
        caption=caption,
    )
    return _save(wb, out, f"{data.branch_name} {data.year}")


def _caption(data: Any) -> str:
    return translate("Reports", "{branch} · {period}").format(
        branch=data.branch_name, period=_year_text(data.year)
    )


def _year_text(year: int) -> str:
    from models.rules.periods import period_text

    return period_text(str(year))


def _per_branch(wb: Any, data: RectificationReport) -> None:
    if not data.by_branch:
        return
    _sheet(
        wb,
        translate("Followup", "Per branch"),
        [
            translate("Followup", "Branch"),
            rectification_status_label("in_progress"),
            rectification_status_label("overdue"),
            rectification_status_label("done"),
            translate("Followup", "Total"),
        ],
        [[b.name, b.in_progress, b.overdue, b.done, b.total] for b in data.by_branch],
        caption=_caption(data),
    )


def write_rectification_workbook(data: RectificationReport, out: str | os.PathLike[str]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    caption = _caption(data)
    ws = _sheet(
        wb,
        translate("Followup", "Rectification register"),
        [
            translate("Followup", "No."),
            translate("Followup", "Found on"),
            translate("Followup", "Source"),
            translate("Followup", "Category"),
            translate("Followup", "Problem"),
            translate("Followup", "Owner"),
            translate("Followup", "Measures"),
            translate("Followup", "Deadline"),
            translate("Followup", "State"),
            translate("Followup", "Completed on"),
            translate("Followup", "Evidence"),
            translate("Followup", "Photos"),
        ],
        [
            [
                i,
                _date(r.found_on),
                source_label(r.source),
                r.category,
                r.description,
                r.owner,
                r.measures,
                _date(r.deadline) if r.deadline else "",
                rectification_status_label(r.status),
                _date(r.completed_on) if r.completed_on else "",
                r.evidence,
                r.photos or "",
            ]
            for i, r in enumerate(data.rows, start=1)
        ],
        caption=caption,
    )
    _footer(ws, data.branch_name, data.fingerprint, data.made_at)
    _sheet(
        wb,
        translate("Followup", "Per state"),
        [translate("Followup", "State"), translate("Followup", "Items")],
        [
            [rectification_status_label(k), data.counts[k]]
            for k in ("in_progress", "overdue", "done")
        ],
        caption=caption,
    )
    _per_branch(wb, data)
    return _save(wb, out, f"{data.branch_name} {data.year}")
