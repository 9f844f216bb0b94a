"""The Excel twin of the district summary: the same rows as the PDF, as real numbers.

openpyxl is imported inside the function (the app starts without it); the sheet helpers are the
registers' own (exports/xlsx.py), so every workbook of the app looks alike.
"""

from __future__ import annotations

import os
from pathlib import Path

from exports.report_types import figure_header
from exports.xlsx.cells import put, save
from exports.xlsx.registers import RATE_FORMAT, add_sheet, figure_row
from models.bureau.district import DistrictData, missed_rows, period_label_text
from models.bureau.sentence import (
    branch_label,
    compliance_headers,
    document_title,
    headings,
    total_label,
)
from models.rules.periods import parse_period


def write_district_workbook(data: DistrictData, out: str | os.PathLike[str]) -> Path:
    """Write the workbook to `out` (complete or not at all); return the path."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    words = headings()
    total = total_label()
    rows = [figure_row(b.name, b.figures) for b in data.branches]
    rows.append(figure_row(total, data.total))
    label = data.period_label or period_label_text(parse_period(data.period))
    caption = f"{document_title()} · {label}"
    sheet = add_sheet(
        wb, words["sheet_branches"], figure_header(branch_label(), numbers=True), rows, caption
    )
    for row in sheet.iter_rows(min_row=2, min_col=7, max_col=7):
        for cell in row:
            if isinstance(cell.value, float):
                cell.number_format = RATE_FORMAT
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    note = sheet.max_row + 2
    put(sheet, note, 1, document_title()).font = Font(bold=True)
    put(sheet, note + 1, 1, (data.period_label or period_label_text(parse_period(data.period))))
    put(sheet, note + 2, 1, data.sentence)
    notes = [words["definitions"], *data.definition_notes()]
    for i, text in enumerate(notes):
        put(sheet, note + 3 + i, 1, text)
    put(
        sheet,
        note + 3 + len(notes),
        1,
        words["fingerprint"].format(fingerprint=data.fingerprint, time=data.made_at),
    )

    rows = [[b.name, *b.highlights] for b in data.branches]
    rows.append([total, *data.highlights])
    sheet = add_sheet(
        wb,
        words["sheet_highlights"],
        data.highlight_headers(),
        rows,
        caption,
    )
    for i, text in enumerate(notes):
        put(sheet, sheet.max_row + 2 + i if i == 0 else sheet.max_row + 1, 1, text)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    add_sheet(
        wb,
        words["sheet_compliance"],
        compliance_headers(),
        missed_rows(data),
        caption,
    )
    return save(wb, out)
