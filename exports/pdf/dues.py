"""党费收缴公示: the year's dues per member, month by month, with the totals, the 补交 and 免交
notes and the members still owing. Every text from the ledger goes through `data_table`/`para`,
which escape it."""

from __future__ import annotations

import os
from typing import IO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Spacer
from reportlab.platypus.flowables import Flowable

from exports.dues_data import DuesReport, how_paid
from exports.pdf.common import (
    PageInfo,
    build_pdf,
    data_table,
    empty_note,
    figures_table,
    heading,
    keep_last_with,
    para,
    signature_block,
    styles,
    title_paragraph,
)
from exports.pdf.monthly import month_label
from models.text.i18n import translate
from models.vocabulary_members import yuan as plain_yuan


def yuan(cents: int | None) -> str:
    """An amount as the notice prints it: two decimals and the thousands separator a bureau's
    tables use (18,004.50)."""
    text = plain_yuan(cents)
    if not text:
        return text
    sign, digits = ("-", text[1:]) if text.startswith("-") else ("", text)
    whole, _, part = digits.partition(".")
    return f"{sign}{int(whole):,}.{part}"


def month_heading(number: int) -> str:
    """A month's column: 1月 … 12月 / Jan … Dec."""
    names = (
        translate("Dues", "Jan"),
        translate("Dues", "Feb"),
        translate("Dues", "Mar"),
        translate("Dues", "Apr"),
        translate("Dues", "May"),
        translate("Dues", "Jun"),
        translate("Dues", "Jul"),
        translate("Dues", "Aug"),
        translate("Dues", "Sep"),
        translate("Dues", "Oct"),
        translate("Dues", "Nov"),
        translate("Dues", "Dec"),
    )
    return names[number - 1]


def cell_text(cell) -> str:
    """What a month's box shows: the amount paid, 免 when exempt, — when nothing was owed, and
    empty when owed and not (yet) paid."""
    if cell.kind == "exempt":
        return translate("Dues", "exempt")
    if cell.kind:
        return yuan(cell.paid_cents)
    return "" if cell.liable and cell.due_cents else "—"


def dues_story(data: DuesReport) -> list[Flowable]:
    st = styles()
    sheet = data.sheet
    story: list[Flowable] = [
        title_paragraph(
            translate("Dues", "Party dues collected by {branch}").format(branch=data.branch_name),
            data.branch_name,
        ),
        para(translate("Dues", "Public notice, {year}").format(year=data.year), st.subtitle),
        figures_table(
            [
                (translate("Dues", "Members"), str(len(sheet.members))),
                (translate("Dues", "Due (yuan)"), yuan(sheet.due_cents)),
                (translate("Dues", "Paid (yuan)"), yuan(sheet.paid_cents)),
                (
                    translate("Dues", "Not paid (yuan)"),
                    yuan(max(0, sheet.due_cents - sheet.paid_cents - _exempt(sheet))),
                ),
            ]
        ),
    ]
    if data.by_branch:
        story.append(heading(translate("Dues", "Per branch (yuan)")))
        rows = [[b.branch, yuan(b.due_cents), yuan(b.paid_cents)] for b in data.by_branch]
        rows.append(
            [
                translate("Dues", "Total"),
                yuan(sum(b.due_cents for b in data.by_branch)),
                yuan(sum(b.paid_cents for b in data.by_branch)),
            ]
        )
        story.append(
            data_table(
                [
                    translate("Dues", "Branch"),
                    translate("Dues", "Due (yuan)"),
                    translate("Dues", "Paid (yuan)"),
                ],
                rows,
                [0.5, 0.25, 0.25],
                "LRR",
                total_row=True,
            )
        )
    story.append(heading(translate("Dues", "Paid month by month (yuan)")))
    if not sheet.members:
        story.append(empty_note(translate("Dues", "No dues are recorded for this year.")))
    else:
        # Two half-years, so that every amount fits its box on an A4 page.
        for half, months in ((0, range(0, 6)), (1, range(6, 12))):
            header = [translate("Dues", "Name"), translate("Dues", "Standard")]
            header += [month_heading(int(sheet.months[i][5:])) for i in months]
            header.append(
                translate("Dues", "First half") if half == 0 else translate("Dues", "Second half")
            )
            rows = []
            for m in sheet.members:
                cells = [m.cells[i] for i in months]
                rows.append(
                    [
                        m.name,
                        yuan(m.standard_cents),
                        *[cell_text(c) for c in cells],
                        yuan(sum(c.paid_cents for c in cells)),
                    ]
                )
            rows.append(
                [
                    translate("Dues", "Total"),
                    "",
                    *[yuan(sheet.month_paid(i)) for i in months],
                    yuan(sum(sheet.month_paid(i) for i in months)),
                ]
            )
            widths = [0.14, 0.11] + [0.10] * 6 + [0.15]
            if half:
                story.append(Spacer(1, 4 * mm))  # the two half-years apart, each its own table
            story.append(data_table(header, rows, widths, "LR" + "R" * 7, total_row=True))
        story.append(
            para(
                translate("Dues", "Paid in the year: {paid} yuan.").format(
                    paid=yuan(sheet.paid_cents)
                ),
                ParagraphStyle("dues_total", parent=st.body, spaceBefore=3 * mm),
            )
        )
        story.append(
            para(
                translate(
                    "Dues",
                    "Empty: owed and not recorded as paid. —: not a member on the roster that"
                    " month, or no standard set.",
                ),
                st.small,
            )
        )
    notes = [
        [
            m.name,
            month_label(c.month),
            how_paid(c.kind),
            yuan(c.paid_cents),
            c.paid_on or "",
            c.note,
        ]
        for m in sheet.members
        for c in m.cells
        if c.kind in ("late", "exempt") or c.note
    ]
    story.append(heading(translate("Dues", "Paid late and exemptions")))
    if notes:
        story.append(
            data_table(
                [
                    translate("Dues", "Name"),
                    translate("Dues", "Month"),
                    translate("Dues", "How"),
                    translate("Dues", "Paid"),
                    translate("Dues", "Date paid"),
                    translate("Dues", "Note"),
                ],
                notes,
                [0.14, 0.11, 0.15, 0.1, 0.14, 0.36],
                "LCCRCL",
            )
        )
    else:
        story.append(empty_note(translate("Dues", "None this year.")))
    story = keep_last_with(story, signature_block())
    return story


def _exempt(sheet) -> int:
    return sum(c.due_cents or 0 for m in sheet.members for c in m.cells if c.kind == "exempt")


def build_dues(data: DuesReport, out: str | os.PathLike[str] | IO[bytes]) -> int:
    title = translate("Dues", "Party dues collected by {branch}").format(branch=data.branch_name)
    info = PageInfo(
        data.branch_name,
        translate("Dues", "Party dues {year}").format(year=data.year),
        data.fingerprint,
        data.made_at,
    )
    return build_pdf(out, lambda: dues_story(data), info, title=f"{title} {data.year}")
