"""党费交纳登记表 as an Excel workbook: one row per member and month (应交, 实交, date, how, note),
and the month totals. Text from the ledger is written as text, never as a formula, without
control characters; amounts are numbers in yuan with two decimals."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

from exports.dues_data import DuesReport, how_paid
from exports.xlsx.followup import _footer, _save, _sheet
from models.text.i18n import translate

MONEY_FORMAT = "0.00"


def _amount(cents: int | None) -> Decimal | None:
    return None if cents is None else Decimal(int(cents)) / 100


def write_dues_workbook(data: DuesReport, out: str | os.PathLike[str]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    sheet = data.sheet
    rows = []
    for m in sheet.members:
        for c in m.cells:
            if not (c.liable or c.kind):
                continue
            state = how_paid(c.kind) if c.kind else translate("Dues", "Not paid")
            rows.append(
                [
                    m.name,
                    c.month,
                    _amount(c.due_cents),
                    _amount(c.paid_cents),
                    c.paid_on or "",
                    state,
                    c.note,
                ]
            )
    ws = _sheet(
        wb,
        translate("Dues", "Dues register"),
        [
            translate("Dues", "Name"),
            translate("Dues", "Month"),
            translate("Dues", "Due (yuan)"),
            translate("Dues", "Paid (yuan)"),
            translate("Dues", "Date paid"),
            translate("Dues", "How"),
            translate("Dues", "Note"),
        ],
        rows,
    )
    _money_columns(ws, (3, 4))
    _footer(ws, data.branch_name, data.fingerprint, data.made_at)
    totals = [
        [month, _amount(sheet.month_due(i)), _amount(sheet.month_paid(i))]
        for i, month in enumerate(sheet.months)
    ]
    totals.append([translate("Dues", "Total"), _amount(sheet.due_cents), _amount(sheet.paid_cents)])
    ws2 = _sheet(
        wb,
        translate("Dues", "Month totals"),
        [
            translate("Dues", "Month"),
            translate("Dues", "Due (yuan)"),
            translate("Dues", "Paid (yuan)"),
        ],
        totals,
    )
    _money_columns(ws2, (2, 3))
    if data.by_branch:
        per_branch = [
            [b.branch, _amount(b.due_cents), _amount(b.paid_cents)] for b in data.by_branch
        ]
        ws3 = _sheet(
            wb,
            translate("Dues", "Per branch"),
            [
                translate("Dues", "Branch"),
                translate("Dues", "Due (yuan)"),
                translate("Dues", "Paid (yuan)"),
            ],
            per_branch,
        )
        _money_columns(ws3, (2, 3))
    title = translate("Dues", "Party dues register {year}").format(year=data.year)
    return _save(wb, out, title)


def _money_columns(ws, columns: tuple[int, ...]) -> None:
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if cell.column in columns and isinstance(cell.value, int | float | Decimal):
                cell.number_format = MONEY_FORMAT
