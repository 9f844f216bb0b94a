"""民主评议党员 results: per member per year, 自评, 互评 summary, the 支部评定 grade and the date of
the 支部党员大会 that decided it; counts per grade (as the 党内统计 table asks) and who is missing.

Who should be assessed in a year: the party members (正式 and 预备) on the roster on the year's
last day, or today while the year is still running.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models.errors import ValidationError
from models.file.schema import Person, ReviewResult
from models.records import audit
from models.records.branch import find_branch
from models.records.followup_base import (
    chosen_branch,
    live_person,
    same_branch,
    soft_delete,
    tables_present,
    update_row,
)
from models.records.limits import check_lengths
from models.records.people import list_people
from models.records.validation import atomic_write, check_date, day_or_none
from models.text.i18n import translate
from models.vocabulary import MEMBER_CATEGORIES, REVIEW_GRADES


@dataclass
class ReviewInput:
    person_uuid: str
    year: int
    grade: str
    self_assessment: str = ""
    peer_summary: str = ""
    decided_on: str | None = None
    note: str = ""
    uuid: str | None = None
    branch_uuid: str | None = None  # the branch the page shows (None: find_branch's)


@dataclass(frozen=True)
class ReviewRow:
    uuid: str
    person_uuid: str
    name: str
    year: int
    grade: str
    self_assessment: str
    peer_summary: str
    decided_on: str | None
    note: str


@dataclass(frozen=True)
class ReviewSummary:
    year: int
    counts: dict[str, int]  # grade → members, every grade present
    assessed: int
    expected: int  # members who should be assessed
    not_assessed: list[tuple[str, str]] = field(default_factory=list)  # (uuid, name)


def validate_review(data: ReviewInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    check_lengths(errors, data)  # models/records/limits.py
    person = live_person(errors, "person", data.person_uuid)
    if not data.person_uuid:
        errors["person"] = translate("Validation", "{field} is required.").format(
            field=translate("Fields", "Member")
        )
    if person is not None:
        try:
            same_branch(errors, "person", person, chosen_branch(data.branch_uuid))
        except ValidationError as exc:
            errors.update(exc.errors)
    if data.grade not in REVIEW_GRADES:
        errors["grade"] = translate("Validation", "Choose the grade the branch decided.")
    if not isinstance(data.year, int) or not 1900 <= data.year <= 2999:
        errors["year"] = translate("Validation", "Give the year (YYYY).")
    check_date(errors, "decided_on", data.decided_on, translate("Fields", "Decided on"))
    if (
        "decided_on" not in errors
        and "year" not in errors
        and data.decided_on
        and not str(data.decided_on).startswith(f"{data.year:04d}")
        and not str(data.decided_on).startswith(f"{data.year + 1:04d}")
    ):
        errors["decided_on"] = translate(
            "Validation", "The branch meeting that decided it is not in {year} or early {next}."
        ).format(year=data.year, next=data.year + 1)
    if person is not None and "year" not in errors:
        other = ReviewResult.get_or_none(
            (ReviewResult.person == person)
            & (ReviewResult.year == data.year)
            & ReviewResult.deleted_at.is_null()
        )
        if other is not None and other.uuid != data.uuid:
            errors["person"] = translate(
                "Validation", "{name} already has a result for {year}."
            ).format(name=person.name, year=data.year)
    return errors


def save_review(data: ReviewInput, who: str = "") -> str:
    """Create or update one member's result; a deleted result of the same member and year is
    revived (the pair is unique), so its uuid stays stable for the bureau."""
    errors = validate_review(data)
    if errors:
        raise ValidationError(errors)
    person = Person.get(Person.uuid == data.person_uuid)
    values = {
        "person": person,
        "year": data.year,
        "grade": data.grade,
        "self_assessment": data.self_assessment.strip(),
        "peer_summary": data.peer_summary.strip(),
        "decided_on": day_or_none(data.decided_on),
        "note": data.note.strip(),
    }
    with atomic_write():
        row = None
        if data.uuid:
            row = ReviewResult.get_or_none(ReviewResult.uuid == data.uuid)
        if row is None:
            row = ReviewResult.get_or_none(
                (ReviewResult.person == person) & (ReviewResult.year == data.year)
            )
        if row is not None:
            update_row(ReviewResult, row, values, "review_result", who)
            return row.uuid
        # A member's result belongs to the member's branch.
        row = ReviewResult.create(branch=person.branch, **values)
        audit.record(
            "create",
            "review_result",
            row.uuid,
            {"person": person.name, "year": data.year, "grade": data.grade},
            who=who,
        )
        return row.uuid


def delete_review(uuid: str, who: str = "") -> None:
    with atomic_write():
        soft_delete(ReviewResult, uuid, "review_result", who)


def list_reviews(year: int, branch: str | None = None) -> list[ReviewRow]:
    """The results of `year` of the branch (see find_branch), by name."""
    if not tables_present():
        return []
    chosen = find_branch(branch)
    if chosen is None:
        return []
    query = (
        ReviewResult.select(ReviewResult, Person)
        .join(Person)
        .where(
            ReviewResult.deleted_at.is_null()
            & (ReviewResult.year == int(year))
            & (ReviewResult.branch == chosen.id)
        )
        .order_by(Person.name, Person.id)
    )
    return [
        ReviewRow(
            r.uuid,
            r.person.uuid,
            r.person.name,
            r.year,
            r.grade,
            r.self_assessment,
            r.peer_summary,
            None if r.decided_on in (None, "") else str(r.decided_on),
            r.note,
        )
        for r in query
    ]


def assessment_day(year: int, today: dt.date | None = None) -> str:
    """The day whose roster says who should be assessed: the year's end, or today before it."""
    today = today or dt.date.today()
    return min(dt.date(int(year), 12, 31), max(today, dt.date(int(year), 1, 1))).isoformat()


def review_summary(
    year: int, today: dt.date | None = None, branch: str | None = None
) -> ReviewSummary:
    """Counts per grade, and the branch's members on the roster who have no result for
    `year` (`branch`: see find_branch)."""
    rows = list_reviews(year, branch)
    chosen = find_branch(branch)
    counts = {grade: sum(r.grade == grade for r in rows) for grade in REVIEW_GRADES}
    done = {r.person_uuid for r in rows}
    members = [
        p
        for p in list_people(
            assessment_day(year, today),
            include_off_roster=False,
            branch=chosen.uuid if chosen else "",
        )
        if p.category in MEMBER_CATEGORIES
    ]
    missing = [(p.uuid, p.name) for p in members if p.uuid not in done]
    return ReviewSummary(int(year), counts, len(rows), len(members), missing)
