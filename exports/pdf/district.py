"""The bureau's district summary PDF: one row per branch, the totals, the bureau's sentence.

Built from models.bureau.district.DistrictData only (figures from models.rules.counting,
rule results from
models.rules.compliance), with the shared page template, fonts and tables of exports/pdf_common.py.
"""

from __future__ import annotations

import os
from typing import IO

from reportlab.platypus.flowables import Flowable

from exports.pdf.common import (
    PageInfo,
    build_pdf,
    data_table,
    empty_note,
    fmt_number,
    fmt_rate,
    heading,
    keep_last_with,
    para,
    signature_block,
    styles,
    title_paragraph,
)
from exports.pdf.monthly import key_figures
from models.bureau.district import DistrictData, missed_rows, period_label_text
from models.bureau.sentence import (
    compliance_headers,
    document_title,
    figure_headers,
    headings,
    total_label,
)
from models.rules.counting import format_hours
from models.rules.periods import parse_period


def figures_rows(data: DistrictData) -> list[list[object]]:
    """One row per branch, then the total: 次, 人次, 应到, 实到, 参会率, 学时, 服务时长, 件."""

    def row(name: str, f: object) -> list[object]:
        return [
            name,
            fmt_number(f.activities),
            fmt_number(f.attendances),
            fmt_number(f.expected),
            fmt_number(f.present),
            fmt_rate(f.attendance_rate),
            format_hours(f.study_minutes),
            format_hours(f.service_minutes),
            fmt_number(f.deeds),
        ]

    rows = [row(b.name, b.figures) for b in data.branches]
    rows.append(row(total_label(), data.total))
    return rows


def highlight_rows(data: DistrictData) -> list[list[object]]:
    """One row per branch, then the total, of the five figures of the bureau's sentence."""

    def row(name: str, h: list[int]) -> list[object]:
        return [name, *(fmt_number(v) for v in h)]

    rows = [row(b.name, b.highlights) for b in data.branches]
    rows.append(row(total_label(), data.highlights))
    return rows


def district_story(data: DistrictData) -> list[Flowable]:
    st = styles()
    words = headings()
    period_text = data.period_label or period_label_text(parse_period(data.period))
    story: list[Flowable] = [
        title_paragraph(document_title()),
        para(period_text, st.subtitle),
        heading(words["summary"]),
        para(data.sentence, st.body),
        para(words["definitions"], st.small),
        *(para(note, st.small) for note in data.definition_notes()),
        heading(words["key_figures"]),
        key_figures(data.total),
    ]
    if not data.branches:
        story.append(empty_note(words["no_branches"]))
        return story
    story.append(heading(words["per_branch"]))
    story.append(
        data_table(
            figure_headers(),
            figures_rows(data),
            [0.22, 0.08, 0.09, 0.08, 0.08, 0.09, 0.13, 0.13, 0.10],
            "LRRRRRRRR",
            total_row=True,
        )
    )
    story.append(heading(words["highlights"]))
    n = len(data.definitions)
    if n:
        story.append(
            data_table(
                data.highlight_headers(),
                highlight_rows(data),
                [0.24] + [0.76 / n] * n,
                "L" + "R" * n,
                total_row=True,
            )
        )
    story.append(heading(words["compliance"].format(period=period_text)))
    story.append(
        data_table(
            compliance_headers(),
            missed_rows(data),
            [0.22, 0.30, 0.48],
            "LLL",
        )
    )
    story = keep_last_with(story, signature_block([words["prepared_by"]], seal=False))
    return story


def build_district(data: DistrictData, out: str | os.PathLike[str] | IO[bytes]) -> int:
    """Write the district summary PDF; return its page count."""
    period_text = data.period_label or period_label_text(parse_period(data.period))
    info = PageInfo(
        header_left=document_title(),
        header_right=period_text,
        fingerprint=data.fingerprint,
        made_at=data.made_at,
    )
    return build_pdf(
        out, lambda: district_story(data), info, title=f"{document_title()} {period_text}"
    )
