"""The follow-up documents: 年度工作计划 (the year's plan, planned vs held), 民主评议党员结果 (the
year's grades, counts per grade, members not assessed) and 问题整改台账 (the rectification
register). Every text from the ledger goes through `para`/`data_table`, which escape it."""

from __future__ import annotations

import os
from typing import IO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus.flowables import Flowable

from exports.followup_data import PlanReport, RectificationReport, ReviewReport
from exports.pdf.common import (
    PageInfo,
    build_pdf,
    data_table,
    empty_note,
    figures_table,
    heading,
    keep_last_with,
    para,
    signature_block,
    styles,
    title_paragraph,
)
from exports.pdf.linebreak import Paragraph
from exports.pdf.monthly import month_label
from models.rules.periods import date_text
from models.text.i18n import translate
from models.vocabulary import (
    grade_label,
    kind_label,
    plan_status_label,
    rectification_status_label,
    source_label,
)

REVIEW_GRADES = ("excellent", "qualified", "basically_qualified", "unqualified")


def _title(text: str, subtitle: str, branch: str) -> list[Flowable]:
    """The title, split (where it must be) where the branch's name meets the document's."""
    st = styles()
    return [title_paragraph(text, branch), para(subtitle, st.subtitle)]


def _as_of(day: str) -> Paragraph:
    """ "截至2026年12月3日。" under the figures, a little apart from them and the table below."""
    st = styles()
    style = ParagraphStyle("as_of", parent=st.small, spaceBefore=1.5 * mm, spaceAfter=3 * mm)
    return para(translate("Followup", "As of {date}.").format(date=date_text(day)), style)


def _year(year: int) -> str:
    """2026 → "2026年度"."""
    from models.rules.periods import period_text

    return period_text(str(year))


# --- 年度工作计划 ---------------------------------------------------------------------------------


def plan_story(data: PlanReport) -> list[Flowable]:
    s = data.summary
    story = _title(
        translate("Followup", "Annual work plan of {branch}").format(branch=data.branch_name),
        _year(data.year),
        data.branch_name,
    )
    story.append(heading(translate("Followup", "Planned and held")))
    story.append(
        figures_table(
            [
                (translate("Followup", "Planned"), str(s.planned)),
                (translate("Followup", "Held"), str(s.held)),
                (translate("Followup", "Not held"), str(s.missed)),
                (translate("Followup", "Still to come"), str(s.pending)),
            ]
        )
    )
    story.append(_as_of(data.as_of))
    rows = [
        [month_label(m.month), m.planned, m.held, m.missed, m.pending]
        for m in s.months
        if m.planned
    ]
    if rows:
        rows.append([translate("Reports", "Year"), s.planned, s.held, s.missed, s.pending])
        story.append(
            data_table(
                [
                    translate("Reports", "Month"),
                    translate("Followup", "Planned"),
                    translate("Followup", "Held"),
                    translate("Followup", "Not held"),
                    translate("Followup", "Still to come"),
                ],
                rows,
                [0.28, 0.18, 0.18, 0.18, 0.18],
                "LRRRR",
                total_row=True,
            )
        )
    story.append(heading(translate("Followup", "The plan")))
    if not data.rows:
        story.append(empty_note(translate("Followup", "Nothing is planned for this year.")))
    for month in s.months:
        items = [r for r in data.rows if r.planned_on[:7] == month.month]
        if not items:
            continue
        story.append(heading(month_label(month.month), level=3))
        story.append(
            data_table(
                [
                    translate("Reports", "Date"),
                    translate("Reports", "Kind"),
                    translate("Followup", "Theme"),
                    translate("Reports", "Topic"),
                    translate("Followup", "Responsible"),
                    translate("Followup", "State"),
                ],
                [
                    [
                        r.planned_on,
                        kind_label(r.kind),
                        r.theme,
                        r.topic,
                        r.responsible,
                        plan_status_label(r.status) + (f"\n{r.held_on}" if r.held_on else ""),
                    ]
                    for r in items
                ],
                [0.13, 0.15, 0.22, 0.22, 0.12, 0.16],
                "CLLLCC",
            )
        )
    story = keep_last_with(story, signature_block())
    return story


def build_plan(data: PlanReport, out: str | os.PathLike[str] | IO[bytes]) -> int:
    title = translate("Followup", "Annual work plan of {branch}").format(branch=data.branch_name)
    info = PageInfo(
        data.branch_name,
        translate("Followup", "Annual work plan {year}").format(year=data.year),
        data.fingerprint,
        data.made_at,
    )
    return build_pdf(out, lambda: plan_story(data), info, title=f"{title} {_year(data.year)}")


# --- 民主评议党员 ---------------------------------------------------------------------------------


def review_story(data: ReviewReport) -> list[Flowable]:
    s = data.summary
    story = _title(
        translate("Followup", "Democratic appraisal of members, {branch}").format(
            branch=data.branch_name
        ),
        _year(data.year),
        data.branch_name,
    )
    story.append(heading(translate("Followup", "Members per grade")))
    story.append(
        figures_table(
            [(grade_label(g), str(s.counts.get(g, 0))) for g in REVIEW_GRADES]
            + [
                (translate("Followup", "Assessed"), str(s.assessed)),
                (translate("Followup", "Not assessed"), str(len(s.not_assessed))),
            ]
        )
    )
    story.append(heading(translate("Followup", "Results")))
    if data.rows:
        story.append(
            data_table(
                [
                    translate("Reports", "Name"),
                    translate("Followup", "Grade"),
                    translate("Followup", "Self-assessment"),
                    translate("Followup", "Peer assessment"),
                    translate("Followup", "Decided on"),
                ],
                [
                    [r.name, grade_label(r.grade), r.self_assessment, r.peer_summary, r.decided_on]
                    for r in data.rows
                ],
                [0.12, 0.13, 0.32, 0.29, 0.14],
                "CCLLC",
            )
        )
    else:
        story.append(empty_note(translate("Followup", "No results are recorded for this year.")))
    story.append(heading(translate("Followup", "Members not assessed")))
    if s.not_assessed:
        story.append(para(translate("Reports", ", ").join(n for _u, n in s.not_assessed)))
    else:
        story.append(empty_note(translate("Followup", "Every member has a result.")))
    story = keep_last_with(story, signature_block())
    return story


def build_review(data: ReviewReport, out: str | os.PathLike[str] | IO[bytes]) -> int:
    title = translate("Followup", "Democratic appraisal of members, {branch}").format(
        branch=data.branch_name
    )
    info = PageInfo(
        data.branch_name,
        translate("Followup", "Democratic appraisal {year}").format(year=data.year),
        data.fingerprint,
        data.made_at,
    )
    return build_pdf(out, lambda: review_story(data), info, title=f"{title} {_year(data.year)}")


# --- 问题整改台账 ---------------------------------------------------------------------------------


def rectification_story(data: RectificationReport) -> list[Flowable]:
    story = _title(
        translate("Followup", "Rectification register of {branch}").format(branch=data.branch_name),
        _year(data.year),
        data.branch_name,
    )
    story.append(
        figures_table(
            [
                (translate("Followup", "Items"), str(len(data.rows))),
                (rectification_status_label("in_progress"), str(data.counts["in_progress"])),
                (rectification_status_label("overdue"), str(data.counts["overdue"])),
                (rectification_status_label("done"), str(data.counts["done"])),
            ]
        )
    )
    story.append(_as_of(data.as_of))
    with_photos = sum(1 for r in data.rows if r.photos)
    if with_photos:
        story.append(
            para(
                translate(
                    "Followup",
                    "{items} completed items carry {photos} photos as evidence (kept in the "
                    "ledger).",
                ).format(items=with_photos, photos=sum(r.photos for r in data.rows)),
                styles().small,
            )
        )
    if data.by_branch:
        story.append(heading(translate("Followup", "Per branch")))
        story.append(
            data_table(
                [
                    translate("Followup", "Branch"),
                    rectification_status_label("in_progress"),
                    rectification_status_label("overdue"),
                    rectification_status_label("done"),
                    translate("Followup", "Total"),
                ],
                [[b.name, b.in_progress, b.overdue, b.done, b.total] for b in data.by_branch],
                [0.4, 0.15, 0.15, 0.15, 0.15],
                "LRRRR",
            )
        )
    story.append(heading(translate("Followup", "List of problems")))
    if not data.rows:
        story.append(empty_note(translate("Followup", "No problems are recorded for this year.")))
    else:
        story.append(
            data_table(
                [
                    translate("Followup", "No."),
                    translate("Followup", "Found"),
                    translate("Followup", "Category"),
                    translate("Followup", "Problem"),
                    translate("Followup", "Measures"),
                    translate("Followup", "Owner"),
                    translate("Followup", "Deadline"),
                    translate("Followup", "State"),
                    translate("Followup", "Completion"),
                ],
                [
                    [
                        i,
                        f"{r.found_on}\n{source_label(r.source)}",
                        r.category,
                        r.description,
                        r.measures,
                        r.owner,
                        r.deadline or "",
                        rectification_status_label(r.status),
                        "\n".join(
                            x for x in (r.completed_on or "", r.evidence, _photos(r.photos)) if x
                        ),
                    ]
                    for i, r in enumerate(data.rows, start=1)
                ],
                [0.06, 0.12, 0.09, 0.165, 0.165, 0.08, 0.11, 0.08, 0.13],
                "CCCLLCCCL",
            )
        )
    story = keep_last_with(story, signature_block())
    return story


def _photos(count: int) -> str:
    """An item's photos as evidence, in the completion column ("" when none)."""
    if not count:
        return ""
    return translate("Followup", "{n} photo(s)").format(n=count)


def build_rectification(data: RectificationReport, out: str | os.PathLike[str] | IO[bytes]) -> int:
    title = translate("Followup", "Rectification register of {branch}").format(
        branch=data.branch_name
    )
    info = PageInfo(
        data.branch_name,
        translate("Followup", "Rectification register {year}").format(year=data.year),
        data.fingerprint,
        data.made_at,
    )
    return build_pdf(
        out, lambda: rectification_story(data), info, title=f"{title} {_year(data.year)}"
    )
