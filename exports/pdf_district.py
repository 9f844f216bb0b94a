"""The bureau's district summary PDF: one row per branch, the totals, the bureau's sentence.

Built from models.district.DistrictData only (figures from models.stats, rule results from
models.compliance), with the shared page template, fonts and tables of exports/pdf_common.py.
"""

from __future__ import annotations

import os
from typing import IO

from reportlab.platypus.flowables import Flowable

from exports.pdf_common import (
    PageInfo,
    build_pdf,
    data_table,
    empty_note,
    fmt_number,
    fmt_rate,
    heading,
    para,
    signature_block,
    styles,
)
from exports.pdf_monthly import key_figures
from models.district import DistrictData, period_label_text
from models.i18n import translate
from models.labels import rule_state_label
from models.stats_period import parse_period


def document_title() -> str:
    return translate("Bureau", "District summary of Party branch work")


def figures_rows(data: DistrictData) -> list[list[object]]:
    """One row per branch, then the total: 次, 人次, 应到, 实到, 参会率, 学时, 件."""

    def row(name: str, f: object) -> list[object]:
        return [
            name,
            fmt_number(f.activities),
            fmt_number(f.attendances),
            fmt_number(f.expected),
            fmt_number(f.present),
            fmt_rate(f.attendance_rate),
            fmt_number(f.hours),
            fmt_number(f.deeds),
        ]

    rows = [row(b.name, b.figures) for b in data.branches]
    rows.append(row(translate("Bureau", "Total"), data.total))
    return rows


def highlight_rows(data: DistrictData) -> list[list[object]]:
    """One row per branch, then the total, of the five figures of the bureau's sentence."""

    def row(name: str, h: object) -> list[object]:
        return [
            name,
            fmt_number(h.collective_study),
            fmt_number(h.seminar),
            fmt_number(h.study_visit_attendances),
            fmt_number(h.volunteer_attendances),
            fmt_number(h.deeds),
        ]

    rows = [row(b.name, b.highlights) for b in data.branches]
    rows.append(row(translate("Bureau", "Total"), data.highlights))
    return rows


def missed_text(data: DistrictData, index: int) -> str:
    """ "党课 每季度至少1次（2026-Q4，未完成）; …" or "all met"."""
    missed = data.branches[index].missed
    if not missed:
        return translate("Bureau", "All rules met")
    parts = []
    for s in missed:
        where = f"{s.period}" + (f" {s.group}" if s.group else "")
        parts.append(
            translate("Bureau", "{rule} ({where}: {count} held, {state})").format(
                rule=s.label, where=where, count=s.count, state=rule_state_label(s.state)
            )
        )
    return "\n".join(parts)


def district_story(data: DistrictData) -> list[Flowable]:
    st = styles()
    period_text = period_label_text(parse_period(data.period))
    story: list[Flowable] = [
        para(document_title(), st.title),
        para(period_text, st.subtitle),
        heading(translate("Bureau", "Summary")),
        para(data.sentence, st.body),
        heading(translate("Bureau", "Key figures of the district")),
        key_figures(data.total),
    ]
    if not data.branches:
        story.append(empty_note(translate("Bureau", "The ledger holds no branches yet.")))
        return story
    story.append(heading(translate("Bureau", "Figures per branch")))
    story.append(
        data_table(
            [
                translate("Bureau", "Branch"),
                translate("Bureau", "Activities"),
                translate("Bureau", "Attendances"),
                translate("Bureau", "Expected"),
                translate("Bureau", "Present"),
                translate("Bureau", "Attendance rate"),
                translate("Bureau", "Hours"),
                translate("Bureau", "Good deeds"),
            ],
            figures_rows(data),
            [0.26, 0.10, 0.11, 0.10, 0.10, 0.11, 0.11, 0.11],
            "LRRRRRRR",
            total_row=True,
        )
    )
    story.append(heading(translate("Bureau", "Study, education and volunteer service")))
    story.append(
        data_table(
            [
                translate("Bureau", "Branch"),
                translate("Bureau", "Collective study (times)"),
                translate("Bureau", "Exchange seminars (times)"),
                translate("Bureau", "Revolutionary tradition education (attendances)"),
                translate("Bureau", "Volunteer service (attendances)"),
                translate("Bureau", "Good deeds (items)"),
            ],
            highlight_rows(data),
            [0.30, 0.13, 0.13, 0.16, 0.15, 0.13],
            "LRRRRR",
            total_row=True,
        )
    )
    title = translate(
        "Bureau", "Compliance: rules not yet met (month, quarter and year of {month})"
    )
    story.append(heading(title.format(month=data.anchor_month)))
    story.append(
        data_table(
            [translate("Bureau", "Branch"), translate("Bureau", "Rules not met")],
            [[b.name, missed_text(data, i)] for i, b in enumerate(data.branches)],
            [0.30, 0.70],
            "LL",
        )
    )
    story.append(signature_block([translate("Bureau", "Prepared by (bureau)")]))
    return story


def build_district(data: DistrictData, out: str | os.PathLike[str] | IO[bytes]) -> int:
    """Write the district summary PDF; return its page count."""
    period_text = period_label_text(parse_period(data.period))
    info = PageInfo(
        header_left=document_title(),
        header_right=period_text,
        fingerprint=data.fingerprint,
        made_at=data.made_at,
    )
    return build_pdf(out, district_story(data), info, title=f"{document_title()} {period_text}")
