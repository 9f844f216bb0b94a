"""党员花名册: the Party members on the roster on the chosen day, one row each with the 花名册
fields, on A4 landscape (a wide register), the header row repeated on every page, the totals
(正式/预备) and the secretary's signature with the seal's place. Every text from the ledger goes
through `data_table`/`para` (escaped, line-broken by the Chinese rules of exports.pdf.linebreak).
ID numbers are printed masked (3201**********1234) unless the branch chose to print them."""

from __future__ import annotations

import os
from typing import IO

from reportlab.platypus.flowables import Flowable

from exports.pdf.common import (
    PageInfo,
    build_pdf,
    data_table,
    empty_note,
    figures_table,
    keep_last_with,
    para,
    signature_block,
    styles,
    title_paragraph,
)
from exports.pdf.page import FRAME_WIDTH, LANDSCAPE_FRAME_WIDTH
from exports.roster_data import RosterReport
from models.records.id_number import mask
from models.text.i18n import translate
from models.vocabulary import category_label

WIDE = LANDSCAPE_FRAME_WIDTH / FRAME_WIDTH  # data_table's widths are of the portrait frame


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


def roster_cells(data: RosterReport) -> list[list[str]]:
    """The printed rows (the same texts the Excel sheet holds)."""
    rows = []
    for i, r in enumerate(data.roster.rows, start=1):
        cells = [
            str(i),
            r.name,
            sex_text(r.sex),
            r.ethnicity,
            (r.birth_date or "")[:7],
            r.native_place,
            r.education,
            r.job_title,
            category_label(r.category),
            r.joined_on or "",
            r.full_member_on or "",
            r.party_group,
        ]
        if data.joint:
            cells.append(r.unit)
        cells.append(r.id_number if data.show_id_numbers else mask(r.id_number))
        cells.append(translate("Roster", "mobile member") if r.status == "mobile" else "")
        rows.append(cells)
    return rows


def roster_story(data: RosterReport) -> list[Flowable]:
    st = styles()
    roster = data.roster
    story: list[Flowable] = [
        title_paragraph(roster_title(data), data.branch_name),
        para(translate("Roster", "As of {day}").format(day=data.day), st.subtitle),
        figures_table(
            [
                (translate("Roster", "Party members"), str(len(roster.rows))),
                (translate("Roster", "Full members"), str(roster.full_members)),
                (translate("Roster", "Probationary members"), str(roster.probationary)),
            ]
        ),
    ]
    if not roster.rows:
        story.append(empty_note(translate("Roster", "No Party member is on the roster that day.")))
    else:
        columns = roster_columns(data)
        story.append(
            data_table(
                [h for h, _w, _a in columns],
                roster_cells(data),
                [w * WIDE for _h, w, _a in columns],
                "".join(a for _h, _w, a in columns),
            )
        )
    story.append(
        para(
            translate(
                "Roster",
                "Members (full and probationary) on the branch's roster on that day, by the dated "
                "category and roster history: someone transferred out before it is not listed. "
                "ID numbers are masked.",
            )
            if not data.show_id_numbers
            else translate(
                "Roster",
                "Members (full and probationary) on the branch's roster on that day, by the dated "
                "category and roster history: someone transferred out before it is not listed. "
                "Contains ID numbers: keep this copy private.",
            ),
            st.small,
        )
    )
    return keep_last_with(story, signature_block())


def build_roster(data: RosterReport, out: str | os.PathLike[str] | IO[bytes]) -> int:
    info = PageInfo(
        data.branch_name,
        translate("Roster", "Party member roster, {day}").format(day=data.day),
        data.fingerprint,
        data.made_at,
    )
    return build_pdf(
        out, lambda: roster_story(data), info, title=f"{roster_title(data)} {data.day}", wide=True
    )
