"""The sign-in sheet (签到表) for one activity: everyone expected, an empty signature column.

Names are set two to a row (序号 · 姓名 · 本人签名 twice), so that 30 people and a few blank
lines for guests fit on one A4 page with room to sign; above them the particulars a bureau asks
for (主持人, 记录人, 应到, 实到 — 实到 left to be filled in on the day), below them the host's
signature.
"""

from __future__ import annotations

import os
from typing import IO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, LongTable, Spacer, Table
from reportlab.platypus.flowables import Flowable

from exports.pdf.common import (
    FRAME_WIDTH,
    HEADER_FILL,
    RULE_GREY,
    PageInfo,
    build_pdf,
    fitted,
    para,
    styles,
    table_style,
    title_paragraph,
)
from exports.pdf.fonts import markup
from exports.pdf.linebreak import Paragraph
from exports.pdf.monthly import kinds_text
from exports.report_types import SignInSheet
from models.rules.periods import date_text
from models.text.i18n import translate

BLANK_ROWS = 4  # for guests and people added on the day
ROW_HEIGHT = 9.5 * mm
HALF = (0.07, 0.17, 0.26)  # 序号, 姓名, 本人签名 — fractions of the frame width, twice


def _particulars(data: SignInSheet) -> Table:
    """Two label/value pairs a row: activity, time, location, host, recorder, expected, present."""
    st = styles()
    a = data.activity
    time = f"{a.start_time}–{a.end_time}" if a.start_time or a.end_time else ""
    label = st.h3.fontName

    def lab(text: str) -> Paragraph:
        colon = translate("Reports", "{label}:").format(label=text)  # 主持人： / Host:
        return Paragraph(markup(colon, label), st.cell.clone("sl", fontName=label))

    value_w = 0.34 * FRAME_WIDTH - 6
    wide_w = 0.84 * FRAME_WIDTH - 6
    rows = [
        [
            lab(translate("Reports", "Activity")),
            fitted(f"{kinds_text(a.kinds)}　{a.topic}", st.cell, wide_w, 3 * st.cell.leading),
            "",
            "",
        ],
        [
            lab(translate("Reports", "Time")),
            fitted(f"{date_text(a.date)} {time}".strip(), st.cell, value_w),
            lab(translate("Reports", "Location")),
            fitted(a.location, st.cell, value_w, 2 * st.cell.leading),
        ],
        [
            lab(translate("Reports", "Host")),
            fitted(a.host, st.cell, value_w),
            lab(translate("Reports", "Recorder")),
            fitted(a.recorder, st.cell, value_w),
        ],
        [
            lab(translate("Reports", "Expected")),
            para(str(len(data.people)), st.cell),
            lab(translate("Reports", "Present")),
            "",  # filled in by hand on the day
        ],
    ]
    table = Table(rows, colWidths=[w * FRAME_WIDTH for w in (0.16, 0.34, 0.16, 0.34)])
    table.setStyle(
        table_style(
            [
                ("SPAN", (1, 0), (3, 0)),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (3, 3), (3, 3), 0.6, colors.black),
            ]
        )
    )
    return table


def signin_story(data: SignInSheet) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        title_paragraph(translate("Reports", "Sign-in sheet")),
        para(data.branch_name, st.subtitle),
        _particulars(data),
        Spacer(1, 3 * mm),
    ]
    head = [
        translate("Reports", "No."),
        translate("Reports", "Name"),
        translate("Reports", "Signature"),
    ]
    head_cells = [Paragraph(markup(h, st.head_cell.fontName), st.head_cell) for h in head]
    name_w = HALF[1] * FRAME_WIDTH - 6
    entries: list[list[object]] = [
        [
            Paragraph(str(i), st.cell_center),
            fitted(name, st.cell_center, name_w, ROW_HEIGHT - 4),
            "",
        ]
        for i, (name, _category, _group) in enumerate(data.people, start=1)
    ]
    entries += [
        [Paragraph(str(len(entries) + i + 1), st.cell_center), "", ""] for i in range(BLANK_ROWS)
    ]
    if len(entries) % 2:
        entries.append(["", "", ""])
    rows: list[list[object]] = [[*head_cells, *head_cells]]
    rows += [entries[i] + entries[i + 1] for i in range(0, len(entries), 2)]
    table = LongTable(
        rows,
        colWidths=[w * FRAME_WIDTH for w in HALF + HALF],
        rowHeights=[8 * mm] + [ROW_HEIGHT] * (len(rows) - 1),
        repeatRows=1,
    )
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, RULE_GREY),
                ("LINEAFTER", (2, 0), (2, -1), 1.4, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story.append(table)
    sign = Table(
        [
            [
                para(
                    translate("Reports", "{label}:").format(
                        label=translate("Reports", "Host's signature")
                    ),
                    st.body,
                ),
                "",
            ]
        ],
        colWidths=[0.6 * FRAME_WIDTH, 0.4 * FRAME_WIDTH],
        rowHeights=[12 * mm],
    )
    sign.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("ALIGN", (0, 0), (0, 0), "RIGHT"),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
            ]
        )
    )
    story.append(KeepTogether([Spacer(1, 2 * mm), sign]))
    return story


def build_signin(data: SignInSheet, out: str | os.PathLike[str] | IO[bytes]) -> int:
    """Write the sign-in sheet PDF; return its page count."""
    title = translate("Reports", "Sign-in sheet")
    info = PageInfo(
        header_left=data.branch_name,
        header_right=f"{title} · {date_text(data.activity.date)}",  # 2026年1月15日
        fingerprint=data.fingerprint,
        made_at=data.made_at,
    )
    return build_pdf(out, lambda: signin_story(data), info, title=f"{title} {data.activity.topic}")
