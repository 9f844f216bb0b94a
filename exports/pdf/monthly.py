"""The monthly summary (月度工作小结): the document the secretary signs and files every month."""

from __future__ import annotations

import os
from io import BytesIO
from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Image, KeepTogether, Spacer, Table
from reportlab.platypus.flowables import Flowable

from exports.pdf.charts import horizontal_bars
from exports.pdf.common import (
    FRAME_WIDTH,
    PageInfo,
    build_pdf,
    data_table,
    empty_note,
    figures_table,
    fmt_number,
    fmt_rate,
    heading,
    info_lines,
    keep_last_with,
    para,
    paragraphs,
    signature_block,
    styles,
    table_style,
    title_paragraph,
    with_detail,
)
from exports.report_types import ActivityLine, MonthlyData, RuleLine
from models.errors import LedgerError
from models.file.schema import VOLUNTEER_KINDS
from models.rules.counting import format_hours, hours_number
from models.rules.periods import date_text, period_text
from models.text.i18n import translate
from models.vocabulary import attendance_label, kind_label, leave_type_label, rule_state_label


def month_label(month: str) -> str:
    """2026-09 → "2026年9月" / "9/2026"."""
    return period_text(month)


def any_period_text(label: str) -> str:
    """A compliance rule's period (2026-09, 2026-Q3, 2026) as it reads: 2026年第三季度."""
    try:
        return period_text(label)
    except LedgerError:
        return label


def kinds_text(kinds: list[str]) -> str:
    return translate("Reports", ", ").join(kind_label(k) for k in kinds)


def key_figures(total: object) -> Table:
    """The band of §3 figures: 次, 人次, 人数, 应到, 实到, 参会率, 学时, 服务时长, 件."""
    f = total
    return figures_table(
        [
            (translate("Reports", "Activities"), fmt_number(f.activities)),
            (translate("Reports", "Attendances"), fmt_number(f.attendances)),
            (translate("Reports", "People"), fmt_number(f.people)),
            (translate("Reports", "Expected"), fmt_number(f.expected)),
            (translate("Reports", "Present"), fmt_number(f.present)),
            (translate("Reports", "Attendance rate"), fmt_rate(f.attendance_rate)),
            # The band's boxes are narrow: the unit goes with the label, the number below.
            (translate("Reports", "Study hours (h)"), hours_number(f.study_minutes)),
            (translate("Reports", "Service hours (h)"), hours_number(f.service_minutes)),
            (translate("Reports", "Good deeds incl. in progress"), fmt_number(f.deeds)),
        ]
    )


def plan_line(plan: object) -> Flowable:
    """Planned vs held (the year's plan, see the 年度工作计划 document)."""
    return para(
        translate(
            "Reports",
            "Planned {planned}: held {held}, not held {missed}, still to come {pending}.",
        ).format(planned=plan.planned, held=plan.held, missed=plan.missed, pending=plan.pending),
        styles().note,
    )


def compliance_table(rules: list[RuleLine]) -> Flowable:
    if not rules:
        return empty_note(translate("Reports", "No compliance rules apply to this period."))
    rows = [
        [
            with_detail(r.label, r.detail),
            any_period_text(r.period_label),
            fmt_number(r.required),
            fmt_number(r.done),
            rule_state_label(r.state),
        ]
        for r in rules
    ]
    return data_table(
        [
            translate("Reports", "Rule"),
            translate("Reports", "Period"),
            translate("Reports", "Required"),
            translate("Reports", "Held"),
            translate("Reports", "State"),
        ],
        rows,
        [0.46, 0.18, 0.10, 0.10, 0.16],
        "LCRRC",
    )


def attendance_text(a: ActivityLine) -> str:
    """实到/应到, and the 列席 guests apart: '18/21', '18/21 列席2'."""
    text = f"{a.present}/{a.expected}"
    if a.guests:
        text += " " + translate("Reports", "guests {n}").format(n=a.guests)
    return text


def register_table(activities: list[ActivityLine]) -> Flowable:
    rows = [
        [
            a.date,
            kinds_text(a.kinds),
            a.topic,
            a.host,
            attendance_text(a),
        ]
        for a in activities
    ]
    return data_table(
        [
            translate("Reports", "Date"),
            translate("Reports", "Kinds"),
            translate("Reports", "Topic"),
            translate("Reports", "Host"),
            translate("Reports", "Present/expected"),
        ],
        rows,
        [0.15, 0.22, 0.39, 0.11, 0.13],
        "CLLCC",
    )


def minutes_section(activities: list[ActivityLine]) -> list[Flowable]:
    """The full minutes of each activity: particulars, then the text as written."""
    st = styles()
    story: list[Flowable] = [heading(translate("Reports", "Minutes"))]
    for a in activities:
        story.append(heading(f"{date_text(a.date)}  {kinds_text(a.kinds)}  {a.topic}", level=3))
        time = f"{a.start_time}–{a.end_time}" if a.start_time or a.end_time else ""
        lines = [
            (translate("Reports", "Time"), f"{date_text(a.date)} {time}".strip()),
            (translate("Reports", "Location"), a.location),
            (translate("Reports", "Host"), a.host),
            (translate("Reports", "Recorder"), a.recorder),
            (translate("Reports", "Present/expected"), attendance_text(a)),
        ]
        if a.agenda.strip():
            lines.append((translate("Reports", "Agenda"), a.agenda.strip()))
        if a.materials.strip():
            lines.append((translate("Reports", "Study materials"), a.materials.strip()))
        if any(k in VOLUNTEER_KINDS for k in a.kinds):
            lines.append((translate("Reports", "Service type"), a.service_type or "—"))
            lines.append((translate("Reports", "People served"), fmt_number(a.people_served)))
        story.append(info_lines(lines))
        story.append(Spacer(1, 2 * mm))
        if a.minutes.strip():
            story.extend(paragraphs(a.minutes, st.body))
        else:
            story.append(empty_note(translate("Reports", "No minutes were recorded.")))
        if a.resolutions.strip():
            story.append(heading(translate("Reports", "Resolutions"), level=3))
            story.extend(paragraphs(a.resolutions, st.body))
    return story


def _photo_cell(photo: object, width: float) -> list[Flowable]:
    st = styles()
    try:
        image = Image(BytesIO(photo.data))
        scale = min(width / image.imageWidth, (55 * mm) / image.imageHeight)
        image.drawWidth = image.imageWidth * scale
        image.drawHeight = image.imageHeight * scale
    except Exception:  # an undecodable image must not cost the whole report
        return [empty_note(translate("Reports", "(photo cannot be shown)"))]
    return [image, para(photo.caption, st.cell_center)]


def photos_section(activities: list[ActivityLine]) -> list[Flowable]:
    """Thumbnails with captions, two to a row, under each activity that has photos."""
    story: list[Flowable] = [heading(translate("Reports", "Photos"))]
    with_photos = [a for a in activities if a.photos]
    if not with_photos:
        story.append(empty_note(translate("Reports", "No photos were attached this month.")))
        return story
    cell_width = FRAME_WIDTH / 2 - 6 * mm
    for a in with_photos:
        cells = [_photo_cell(p, cell_width) for p in a.photos]
        rows = [
            cells[i : i + 2] + [[]] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)
        ]
        table = Table(rows, colWidths=[FRAME_WIDTH / 2] * 2)
        table.setStyle(
            table_style(
                [
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        story.append(KeepTogether([heading(f"{date_text(a.date)}  {a.topic}", level=3), table]))
    return story


def monthly_story(data: MonthlyData) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        title_paragraph(
            translate("Reports", "Monthly summary of {branch}").format(branch=data.branch_name),
            data.branch_name,
        ),
        para(month_label(data.month), st.subtitle),
        heading(translate("Reports", "Key figures")),
        key_figures(data.total),
    ]
    if data.plan is not None:
        story.append(plan_line(data.plan))
    empty = not data.activities
    if empty:
        story.append(Spacer(1, 3 * mm))
        story.append(empty_note(translate("Reports", "No activities were recorded in this month.")))
    story.append(heading(translate("Reports", "Compliance this month and quarter to date")))
    story.append(compliance_table(data.compliance_month + data.compliance_quarter))
    if not empty:
        story.append(CondPageBreak(50 * mm))
        story.append(heading(translate("Reports", "Activities by kind")))
        items = [(kind_label(k.kind), k.figures.activities) for k in data.by_kind]
        story.append(horizontal_bars(items, FRAME_WIDTH))
        story.append(heading(translate("Reports", "Activity register")))
        story.append(register_table(data.activities))
    story.append(heading(translate("Reports", "Absences and reasons")))
    if data.absences:
        story.append(
            data_table(
                [
                    translate("Reports", "Date"),
                    translate("Reports", "Activity"),
                    translate("Reports", "Name"),
                    translate("Reports", "Status"),
                    translate("Reports", "Reason"),
                ],
                [
                    [
                        a.date,
                        a.topic or kinds_text(a.kinds),
                        a.name,
                        with_detail(
                            attendance_label(a.status),
                            leave_type_label(a.leave_type) if a.leave_type else "",
                        ),
                        a.reason,
                    ]
                    for a in data.absences
                ],
                [0.15, 0.33, 0.12, 0.16, 0.24],
                "CLCCL",
            )
        )
    else:
        story.append(empty_note(translate("Reports", "Nobody was absent.")))
    story.append(heading(translate("Reports", "Service hours per person")))
    if data.volunteers:
        story.append(
            data_table(
                [translate("Reports", "Name"), translate("Reports", "Service hours")],
                [[p.name, format_hours(p.service_minutes)] for p in data.volunteers],
                [0.5, 0.5],
                "CR",
            )
        )
    else:
        story.append(empty_note(translate("Reports", "No volunteer service this month.")))
    if data.include_minutes and not empty:
        story.extend(minutes_section(data.activities))
    if data.include_photos and not empty:
        story.extend(photos_section(data.activities))
    story = keep_last_with(story, signature_block())
    return story


def build_monthly(data: MonthlyData, out: str | os.PathLike[str] | IO[bytes]) -> int:
    """Write the monthly summary PDF; return its page count."""
    title = translate("Reports", "Monthly summary of {branch}").format(branch=data.branch_name)
    info = PageInfo(
        header_left=data.branch_name,
        header_right=translate("Reports", "Monthly summary {month}").format(
            month=month_label(data.month)
        ),
        fingerprint=data.fingerprint,
        made_at=data.made_at,
    )
    return build_pdf(
        out, lambda: monthly_story(data), info, title=f"{title} {month_label(data.month)}"
    )
