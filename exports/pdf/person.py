"""The participation statement: one person's activities and totals over a period."""

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
    fmt_number,
    heading,
    info_lines,
    keep_last_with,
    para,
    signature_block,
    styles,
    title_paragraph,
)
from exports.pdf.monthly import kinds_text
from exports.report_types import PersonStatement
from models.file.schema import MEMBER_CATEGORIES
from models.rules.counting import format_hours
from models.rules.periods import date_text, period_text
from models.text.i18n import translate
from models.vocabulary import attendance_label, category_label


def statement_title(category: str) -> str:
    """党员参加组织生活情况证明 for party members; for anyone else (入党积极分子, 发展对象,
    教职工) a statement of taking part in the branch's activities."""
    if category in MEMBER_CATEGORIES:
        return translate("Reports", "Statement of a party member's participation in branch life")
    return translate("Reports", "Statement of participation in branch activities")


def person_story(data: PersonStatement) -> list[Flowable]:
    st = styles()
    t = data.totals
    story: list[Flowable] = [
        title_paragraph(statement_title(data.category)),
        para(data.branch_name, st.subtitle),
        info_lines(
            [
                (translate("Reports", "Name"), data.person_name),
                (translate("Reports", "Category"), category_label(data.category)),
                (translate("Reports", "Unit / group"), data.unit),
                (
                    translate("Reports", "Period"),
                    translate("Reports", "{period} ({start} to {end})").format(
                        period=period_text(data.period),
                        start=date_text(data.period_start),
                        end=date_text(data.period_end),
                    ),
                ),
            ]
        ),
        heading(translate("Reports", "Totals")),
        figures_table(
            [
                (translate("Reports", "Times attended"), fmt_number(t.attendances)),
                (translate("Reports", "Expected"), fmt_number(t.expected)),
                (translate("Reports", "Study hours"), format_hours(t.study_minutes)),
                (translate("Reports", "Service hours"), format_hours(t.service_minutes)),
            ]
        ),
        heading(translate("Reports", "Activities attended")),
    ]
    if data.lines:
        story.append(
            data_table(
                [
                    translate("Reports", "Date"),
                    translate("Reports", "Kinds"),
                    translate("Reports", "Topic"),
                    translate("Reports", "Attendance"),
                    translate("Reports", "Hours"),
                ],
                [
                    [
                        a.date,
                        kinds_text(a.kinds),
                        a.topic,
                        attendance_label(status),
                        format_hours(m),
                    ]
                    for a, status, m in data.lines
                ],
                [0.15, 0.22, 0.41, 0.11, 0.11],
                "CLLCR",
            )
        )
    else:
        story.append(
            empty_note(translate("Reports", "No activities with this person in the period."))
        )
    story.append(para(translate("Reports", "This is to certify the above."), st.body))
    story = keep_last_with(story, signature_block())
    return story


def build_person(data: PersonStatement, out: str | os.PathLike[str] | IO[bytes]) -> int:
    """Write the participation statement PDF; return its page count."""
    title = statement_title(data.category)
    info = PageInfo(
        header_left=data.branch_name,
        header_right=f"{title} · {data.person_name}",
        fingerprint=data.fingerprint,
        made_at=data.made_at,
    )
    return build_pdf(out, lambda: person_story(data), info, title=f"{title} {data.person_name}")
