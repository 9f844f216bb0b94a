"""发展党员工作台账: one row per person in development with every date of every stage (the
application and the talk, 积极分子 with the 培养联系人, 发展对象 with 政审 and 集中培训,
预备党员 with the 介绍人, the 支部大会's vote and the approval, 转正 likewise), the stage as of
the year's end and what is due next. A4 landscape; the header row repeats on every page; dates
in words (2026年9月1日); every text goes through `data_table`, which escapes it and breaks lines
by the Chinese rules (exports.pdf.linebreak)."""

from __future__ import annotations

import os
from typing import IO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus.flowables import Flowable

from exports.development_data import DevelopmentReport
from exports.pdf.common import (
    MARGIN_LEFT,
    MARGIN_RIGHT,
    PageInfo,
    build_pdf,
    data_table,
    empty_note,
    fmt_number,
    para,
    styles,
    title_paragraph,
)
from models.rules.periods import date_text
from models.text.i18n import translate
from models.vocabulary_development import stage_label

PAGE = landscape(A4)
WIDE_FRAME = PAGE[0] - MARGIN_LEFT - MARGIN_RIGHT
WIDTHS = (0.036, 0.06, 0.14, 0.15, 0.152, 0.177, 0.155, 0.13)


def _day(value: str | None) -> str:
    return date_text(value) if value else ""


def _lines(*parts: tuple[str, str | None]) -> str:
    """'label: value' lines for the values there are."""
    return "\n".join(
        translate("Development", "{label}: {value}").format(label=label, value=value)
        for label, value in parts
        if value
    )


def _two(row) -> str:
    return translate("Development", ", ").join(
        n for n in (row.first_person, row.second_person) if n
    )


def _vote(row) -> str | None:
    return row.vote.text() if row.vote is not None else None


def cells(line) -> list[str]:
    """The register's columns for one person (without the number)."""
    s = line.stages
    applied = s.get("applicant")
    activist = s.get("activist")
    candidate = s.get("candidate")
    probation = s.get("probationary")
    full = s.get("full_member")
    applicant_cell = ""
    if applied is not None:
        applicant_cell = _lines(
            (translate("Development", "Application"), _day(applied.date)),
            (translate("Development", "Talk"), _day(line.talked_on)),
        )
    activist_cell = ""
    if activist is not None:
        activist_cell = _lines(
            (translate("Development", "Chosen"), _day(activist.date)),
            (translate("Development", "Contacts"), _two(activist)),
        )
    candidate_cell = ""
    if candidate is not None:
        hours = candidate.training_hours
        candidate_cell = _lines(
            (translate("Development", "Chosen"), _day(candidate.date)),
            (translate("Development", "Political check"), _day(candidate.vetted_on)),
            (
                translate("Development", "Training"),
                None
                if hours is None
                else translate("Development", "{hours} hours").format(hours=fmt_number(hours)),
            ),
        )
    probation_cell = ""
    if probation is not None:
        probation_cell = _lines(
            (translate("Development", "Branch meeting"), _day(probation.date)),
            (translate("Development", "Vote"), _vote(probation)),
            (translate("Development", "Introducers"), _two(probation)),
            (translate("Development", "Approved"), _day(probation.approved_on)),
        )
    full_cell = ""
    if full is not None:
        full_cell = _lines(
            (translate("Development", "Branch meeting"), _day(full.date)),
            (translate("Development", "Vote"), _vote(full)),
            (translate("Development", "Approved"), _day(full.approved_on)),
        )
    now = stage_label(line.stage) if line.stage else "—"
    if line.next_due:
        now += "\n" + translate("Development", "{what}: {date}").format(
            what=line.next_label, date=_day(line.next_due)
        )
    return [line.name, applicant_cell, activist_cell, candidate_cell, probation_cell, full_cell,
            now]  # fmt: skip


def development_story(data: DevelopmentReport) -> list[Flowable]:
    st = styles()
    title = translate("Development", "Member development register of {branch}").format(
        branch=data.branch_name
    )
    story: list[Flowable] = [
        title_paragraph(title, data.branch_name),
        para(
            translate("Development", "{year}, as of {date}").format(
                year=data.year, date=date_text(data.as_of)
            ),
            st.subtitle,
        ),
    ]
    if not data.lines:
        story.append(empty_note(translate("Development", "No one was in development this year.")))
        return story
    header = [
        translate("Development", "No."),
        translate("Development", "Name"),
        translate("Development", "Applicant"),
        translate("Development", "Activist"),
        translate("Development", "Candidate for admission"),
        translate("Development", "Probationary member"),
        translate("Development", "Full member"),
        translate("Development", "Stage now and next date"),
    ]
    rows = [[str(i), *cells(line)] for i, line in enumerate(data.lines, start=1)]
    story.append(data_table(header, rows, WIDTHS, "CL", frame_width=WIDE_FRAME))
    story.append(
        para(
            translate(
                "Development",
                "Each stage from the activist on is the person's category from its date. The"
                " vote: in favour must exceed half of the members entitled to vote.",
            ),
            st.small,
        )
    )
    return story


def build_development(data: DevelopmentReport, out: str | os.PathLike[str] | IO[bytes]) -> int:
    title = translate("Development", "Member development register of {branch}").format(
        branch=data.branch_name
    )
    info = PageInfo(
        data.branch_name,
        translate("Development", "Member development {year}").format(year=data.year),
        data.fingerprint,
        data.made_at,
    )
    return build_pdf(
        out, lambda: development_story(data), info, title=f"{title} {data.year}", wide=True
    )
