"""The sign-in sheet (签到表) for one activity: everyone expected, an empty signature column."""

from __future__ import annotations

import os
from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, Spacer
from reportlab.platypus.flowables import Flowable

from exports.pdf.common import (
    FRAME_WIDTH,
    HEADER_FILL,
    RULE_GREY,
    PageInfo,
    build_pdf,
    info_lines,
    para,
    styles,
    table_style,
)
from exports.pdf.fonts import markup
from exports.pdf.monthly import kinds_text
from exports.report_types import SignInSheet
from models.text.i18n import translate
from models.vocabulary import category_label

BLANK_ROWS = 3  # for guests and people added on the day


def signin_story(data: SignInSheet) -> list[Flowable]:
    st = styles()
    a = data.activity
    time = f"{a.start_time}–{a.end_time}" if a.start_time or a.end_time else ""
    story: list[Flowable] = [
        para(translate("Reports", "Sign-in sheet"), st.title),
        para(data.branch_name, st.subtitle),
        info_lines(
            [
                (translate("Reports", "Activity"), f"{kinds_text(a.kinds)}　{a.topic}"),
                (translate("Reports", "Time"), f"{a.date} {time}".strip()),
                (translate("Reports", "Location"), a.location),
                (translate("Reports", "Host"), a.host),
                (translate("Reports", "Expected"), str(len(data.people))),
            ]
        ),
        Spacer(1, 4 * mm),
    ]
    head = [
        translate("Reports", "No."),
        translate("Reports", "Name"),
        translate("Reports", "Category"),
        translate("Reports", "Group / unit"),
        translate("Reports", "Signature"),
        translate("Reports", "Note"),
    ]
    rows: list[list[object]] = [
        [Paragraph(markup(h, st.head_cell.fontName), st.head_cell) for h in head]
    ]
    for i, (name, category, group) in enumerate(data.people, start=1):
        rows.append(
            [
                Paragraph(str(i), st.cell_center),
                Paragraph(markup(name), st.cell_center),
                Paragraph(markup(category_label(category)), st.cell_center),
                Paragraph(markup(group), st.cell_center),
                "",
                "",
            ]
        )
    for i in range(BLANK_ROWS):
        rows.append([Paragraph(str(len(data.people) + i + 1), st.cell_center), "", "", "", "", ""])
    widths = [0.07, 0.16, 0.16, 0.2, 0.27, 0.14]
    table = LongTable(
        rows,
        colWidths=[w * FRAME_WIDTH for w in widths],
        rowHeights=[8 * mm] + [11 * mm] * (len(rows) - 1),
        repeatRows=1,
    )
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, RULE_GREY),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story.append(table)
    return story


def build_signin(data: SignInSheet, out: str | os.PathLike[str] | IO[bytes]) -> int:
    """Write the sign-in sheet PDF; return its page count."""
    title = translate("Reports", "Sign-in sheet")
    info = PageInfo(
        header_left=data.branch_name,
        header_right=f"{title} · {data.activity.date}",
        fingerprint=data.fingerprint,
        made_at=data.made_at,
    )
    return build_pdf(out, signin_story(data), info, title=f"{title} {data.activity.topic}")
