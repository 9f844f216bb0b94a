"""Plain data for the follow-up documents (年度工作计划, 民主评议党员结果, 问题整改台账),
gathered from the services; the PDF and Excel writers take these and never query the ledger."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from models.errors import ValidationError
from models.text.i18n import translate

DOCUMENTS = ("plan", "review", "rectification")


@dataclass
class PlanReport:
    branch_name: str
    year: int
    rows: list[Any]  # models.records.plan.PlanRow
    summary: Any  # models.records.plan.PlanSummary
    as_of: str
    fingerprint: str
    made_at: str


@dataclass
class ReviewReport:
    branch_name: str
    year: int
    rows: list[Any]  # models.records.review.ReviewRow
    summary: Any  # models.records.review.ReviewSummary
    fingerprint: str
    made_at: str


@dataclass
class RectificationReport:
    branch_name: str
    year: int
    rows: list[Any]  # models.records.rectification.RectificationRow
    counts: dict[str, int] = field(default_factory=dict)  # in_progress / overdue / done
    as_of: str = ""
    fingerprint: str = ""
    made_at: str = ""
    by_branch: list[Any] = field(default_factory=list)  # a district ledger: per branch and state


def parse_year(text: object) -> int:
    """--year YYYY, else a message naming the field."""
    from models.rules.periods import parse_period

    if not text:
        raise ValidationError({"year": translate("Reports", "Give a year as YYYY.")})
    return parse_period(str(text), "year").year


def _rows_used(table: str, where: str, args: tuple) -> list[tuple[str, str, int]]:
    from models.file.schema import database
    from models.records.followup_base import tables_present

    if not tables_present():
        return []
    sql = f"SELECT '{table}', uuid, rev FROM {table} WHERE {where}"
    return database.execute_sql(sql, args).fetchall()


def _chosen(branch: str | None) -> tuple[str, str | None]:
    """(name, uuid) of the branch a document is about: `branch` a uuid or name (the page's
    chooser, --branch), None the ledger's branch (find_branch's)."""
    from exports.report_data import _branch
    from models.records.branch import find_branch

    if branch is not None:
        found = find_branch(branch)
        if found is not None:
            return found.name, found.uuid
        return _branch(branch)  # names the branches the file holds
    return _branch()


def _photo_rows() -> list[tuple[str, str, int]]:
    """The 整改 items' photos (format 5): adding or removing one changes the document."""
    from models.records.rectification_photos import photos_present

    if not photos_present():
        return []
    return _rows_used("rectification_photo", "1", ())


def _as_of(year: int, today: dt.date | None) -> dt.date:
    """The day a report is made as of: the year's end, or today while it runs."""
    today = today or dt.date.today()
    return min(today, dt.date(year, 12, 31))


def gather_plan(
    year_text: object, today: dt.date | None = None, branch: str | None = None
) -> PlanReport:
    from exports.report_data import fingerprint, made_now
    from models.records.plan import list_plan, plan_summary

    year = parse_year(year_text)
    today = today or dt.date.today()
    name, uuid = _chosen(branch)
    start, end = f"{year:04d}-01-01", f"{year + 1:04d}-01-01"
    return PlanReport(
        branch_name=name,
        year=year,
        rows=list_plan(year, today, uuid or ""),
        summary=plan_summary(str(year), today, uuid or ""),
        as_of=_as_of(year, today).isoformat(),
        fingerprint=fingerprint(
            _rows_used("plan_item", "planned_on >= ? AND planned_on < ?", (start, end))
            + _rows_used("activity", "date >= ? AND date < ?", (start, end))
        ),
        made_at=made_now(),
    )


def gather_review(
    year_text: object, today: dt.date | None = None, branch: str | None = None
) -> ReviewReport:
    from exports.report_data import fingerprint, made_now
    from models.records.review import list_reviews, review_summary

    year = parse_year(year_text)
    name, uuid = _chosen(branch)
    return ReviewReport(
        branch_name=name,
        year=year,
        rows=list_reviews(year, uuid or ""),
        summary=review_summary(year, today, uuid or ""),
        fingerprint=fingerprint(_rows_used("review_result", "year = ?", (year,))),
        made_at=made_now(),
    )


def gather_rectification(
    year_text: object, today: dt.date | None = None, branch: str | None = None
) -> RectificationReport:
    from exports.report_data import fingerprint, made_now
    from models.records.rectification import list_rectifications, status_counts

    year = parse_year(year_text)
    as_of = _as_of(year, today)
    name, uuid = _chosen(branch)
    rows = list_rectifications(year, as_of, uuid or "")
    from models.bureau.district_followup import rectification_by_branch

    by_branch = rectification_by_branch(year, as_of)
    return RectificationReport(
        branch_name=name,
        year=year,
        rows=rows,
        counts=status_counts(rows),
        as_of=as_of.isoformat(),
        fingerprint=fingerprint(
            [("rectification_item", r.uuid, 0) for r in rows]
            + _rows_used("rectification_item", "found_on < ?", (f"{year + 1:04d}-01-01",))
            + _photo_rows()
        ),
        made_at=made_now(),
        by_branch=by_branch if len(by_branch) > 1 else [],
    )
