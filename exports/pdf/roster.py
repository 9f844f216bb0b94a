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
from exports.roster_data import RosterReport, roster_columns, roster_title, roster_values
from models.text.i18n import translate

WIDE = LANDSCAPE_FRAME_WIDTH / FRAME_WIDTH  # data_table's widths are of the portrait frame


def roster_cells(data: RosterReport) -> list[list[str]]:
    """The printed rows: the Excel sheet's values (exports.roster_data), dates as stored."""
    return [[str(v) for v in row] for row in roster_values(data, lambda day: day or "")]


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
