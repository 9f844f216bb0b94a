"""The annual summary: the year by month and by kind, each person's totals, the year's
compliance and the dates of 组织生活会 and 民主评议党员."""

from __future__ import annotations

import os
from typing import IO

from reportlab.lib import colors
from reportlab.platypus import KeepTogether, LongTable
from reportlab.platypus.flowables import Flowable

from exports.pdf.charts import monthly_columns
from exports.pdf.common import (
    FRAME_WIDTH,
    HEADER_FILL,
    RULE_GREY,
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
    table_style,
    title_paragraph,
    with_detail,
)
from exports.pdf.fonts import markup
from exports.pdf.linebreak import Paragraph
from exports.pdf.monthly import key_figures, month_label, plan_line
from exports.report_types import ActivityLine, AnnualData, RuleLine, figure_header
from models.rules.counting import (
    STUDY_MINIMUM_COMMITTEE,
    STUDY_MINIMUM_MEMBER,
    format_hours,
)
from models.rules.periods import period_text
from models.text.i18n import translate
from models.vocabulary import kind_label

OVERDUE_FILL = colors.Color(0.98, 0.85, 0.85)


def year_label(year: str) -> str:
    """2026 → "2026年度"."""
    return period_text(year)


def _figure_row(label: str, f: object) -> list[str]:
    return [
        label,
        fmt_number(f.activities),
        fmt_number(f.attendances),
        fmt_number(f.people),
        fmt_number(f.expected),
        fmt_number(f.present),
        fmt_rate(f.attendance_rate),
        format_hours(f.study_minutes),
        format_hours(f.service_minutes),
        fmt_number(f.deeds),
    ]


# Wide enough for the English headers at a readable size ("Attendances" whole).
FIGURE_WIDTHS = [0.12, 0.09, 0.10, 0.07, 0.09, 0.08, 0.10, 0.12, 0.12, 0.11]
FIGURE_ALIGN = "L" + "R" * 9  # the label, then nine figures (good deeds too) at the right


def _dates(lines: list[ActivityLine], none_text: str) -> Flowable:
    if not lines:
        return empty_note(none_text)
    return data_table(
        [
            translate("Reports", "Date"),
            translate("Reports", "Topic"),
            translate("Reports", "Host"),
            translate("Reports", "Present/expected"),
        ],
        [[a.date, a.topic, a.host, f"{a.present}/{a.expected}"] for a in lines],
        [0.16, 0.54, 0.14, 0.16],
        "CLCC",
    )


STATE_MARKS = {
    "done": "√",
    "due": "○",
    "overdue": "×",
    "not_due": "·",
    "exempt": "",  # a word, in the reader's language: holiday_mark()
    "not_applicable": "—",
}


def holiday_mark() -> str:
    """The grid's mark for a month exempt as a school holiday (免)."""
    return translate("Reports", "H")


def compliance_matrix(rules: list[RuleLine]) -> Flowable:
    """Rules down, months across; a quarterly or yearly result spans its months."""
    if not rules:
        return empty_note(translate("Reports", "No compliance rules apply to this period."))
    st = styles()
    order: list[tuple[str, str]] = []
    for r in rules:
        if (r.label, r.detail) not in order:
            order.append((r.label, r.detail))
    header = [translate("Reports", "Rule")] + [str(m) for m in range(1, 13)]
    data: list[list[object]] = [
        [Paragraph(markup(h, st.head_cell.fontName), st.head_cell) for h in header]
    ]
    spans: list[tuple] = []
    fills: list[tuple] = []
    for row_no, (label, detail) in enumerate(order, start=1):
        row: list[object] = [para(with_detail(label, detail), st.cell)]
        row.extend([""] * 12)
        for r in rules:
            if (r.label, r.detail) != (label, detail):
                continue
            first, width = _columns(r)
            mark = holiday_mark() if r.state == "exempt" else STATE_MARKS.get(r.state, "")
            text = mark if r.state in ("not_applicable", "exempt") else f"{mark}{r.done}"
            row[first] = para(text, st.cell_center)
            if width > 1:
                spans.append(("SPAN", (first, row_no), (first + width - 1, row_no)))
            if r.state == "overdue":
                fills.append(
                    ("BACKGROUND", (first, row_no), (first + width - 1, row_no), OVERDUE_FILL)
                )
        data.append(row)
    table = LongTable(
        data, colWidths=[0.28 * FRAME_WIDTH] + [0.06 * FRAME_WIDTH] * 12, repeatRows=1
    )
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, RULE_GREY),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (1, 0), (-1, -1), 1),
                ("RIGHTPADDING", (1, 0), (-1, -1), 1),
                *spans,
                *fills,
            ]
        )
    )
    legend = translate(
        "Reports",
        "√ done, ○ due (period running), × not met (period over), · not yet due, "
        "{holiday} school holiday (exempt), — not applicable; the number is how many were held.",
    ).format(holiday=holiday_mark())
    return KeepTogether([table, para(legend, st.small)]) if len(order) < 12 else table


def _columns(rule: RuleLine) -> tuple[int, int]:
    """(first month column, number of month columns) a rule's period covers."""
    if rule.period == "month":
        return int(rule.period_label[5:7]), 1
    if rule.period == "quarter":
        return 3 * int(rule.period_label[-1]) - 2, 3
    return 1, 12


def annual_story(data: AnnualData) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        title_paragraph(
            translate("Reports", "Annual summary of {branch}").format(branch=data.branch_name),
            data.branch_name,
        ),
        para(year_label(data.year), st.subtitle),
        heading(translate("Reports", "Key figures")),
        key_figures(data.total),
    ]
    if data.plan is not None:
        story.append(plan_line(data.plan))
    if not data.total.activities:
        story.append(empty_note(translate("Reports", "No activities were recorded in this year.")))
    story.append(heading(translate("Reports", "By month")))
    story.append(
        monthly_columns(
            [(m[5:], f.activities) for m, f in data.by_month],
            FRAME_WIDTH,
            translate("Reports", "Activities per month"),
        )
    )
    rows = [_figure_row(month_label(m), f) for m, f in data.by_month]
    rows.append(_figure_row(translate("Reports", "Year"), data.total))
    story.append(
        data_table(
            figure_header(translate("Reports", "Month")),
            rows,
            FIGURE_WIDTHS,
            FIGURE_ALIGN,
            total_row=True,
        )
    )
    story.append(heading(translate("Reports", "By kind")))
    if data.by_kind:
        story.append(
            data_table(
                figure_header(translate("Reports", "Kind")),
                [_figure_row(kind_label(k.kind), k.figures) for k in data.by_kind],
                FIGURE_WIDTHS,
                FIGURE_ALIGN,
            )
        )
        story.append(
            para(
                translate(
                    "Reports",
                    "An activity of several kinds is counted under each of its kinds.",
                ),
                st.small,
            )
        )
    else:
        story.append(empty_note(translate("Reports", "No activities were recorded in this year.")))
    story.append(heading(translate("Reports", "Compliance this year")))
    story.append(compliance_matrix(data.compliance))
    story.append(heading(kind_label("life_meeting")))
    story.append(_dates(data.life_meetings, translate("Reports", "Not held this year.")))
    story.append(heading(kind_label("appraisal")))
    story.append(_dates(data.appraisals, translate("Reports", "Not held this year.")))
    story.append(heading(translate("Reports", "Totals per person")))
    if data.people:
        story.append(
            data_table(
                [
                    translate("Reports", "Name"),
                    translate("Reports", "Times attended"),
                    translate("Reports", "Expected"),
                    translate("Reports", "Study hours"),
                    translate("Reports", "Service hours"),
                ],
                [
                    [
                        p.name,
                        fmt_number(p.attendances),
                        fmt_number(p.expected),
                        format_hours(p.study_minutes),
                        format_hours(p.service_minutes),
                    ]
                    for p in data.people
                ],
                [0.28, 0.18, 0.18, 0.18, 0.18],
                "CRRRR",
            )
        )
    else:
        story.append(empty_note(translate("Reports", "Nobody took part this year.")))
    story.append(heading(translate("Reports", "Study hours of each Party member")))
    if data.study:
        story.append(
            data_table(
                [
                    translate("Reports", "Name"),
                    translate("Reports", "Study hours"),
                    translate("Reports", "Minimum"),
                    translate("Reports", "Met"),
                ],
                [
                    [
                        s.name,
                        format_hours(s.study_minutes),
                        format_hours(s.required * 60),
                        translate("Reports", "met") if s.met else translate("Reports", "not met"),
                    ]
                    for s in data.study
                ],
                [0.34, 0.24, 0.24, 0.18],
                "CRRC",
            )
        )
        story.append(
            para(
                translate(
                    "Reports",
                    "Minimum a year: {member} study hours for each Party member, {committee} for "
                    "the branch secretary and committee members.",
                ).format(member=STUDY_MINIMUM_MEMBER, committee=STUDY_MINIMUM_COMMITTEE),
                st.small,
            )
        )
    else:
        story.append(empty_note(translate("Reports", "No Party members on the roster.")))
    story = keep_last_with(story, signature_block())
    return story


def build_annual(data: AnnualData, out: str | os.PathLike[str] | IO[bytes]) -> int:
    """Write the annual summary PDF; return its page count."""
    title = translate("Reports", "Annual summary of {branch}").format(branch=data.branch_name)
    info = PageInfo(
        header_left=data.branch_name,
        header_right=translate("Reports", "Annual summary {year}").format(year=int(data.year)),
        fingerprint=data.fingerprint,
        made_at=data.made_at,
    )
    return build_pdf(
        out, lambda: annual_story(data), info, title=f"{title} {year_label(data.year)}"
    )
