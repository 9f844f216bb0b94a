"""The follow-up checks behind the overview's reminders: overdue 整改 items, the 换届 due date,
the month's plan not yet held, 谈心谈话 coverage and 民主评议 results still missing.

Each reminder names the part of the follow-up screen it opens (`section`: plan, review,
rectification, talks, branch).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from models.records.branch import find_branch
from models.rules.periods import date_text
from models.text.i18n import translate

ELECTION_WARN_MONTHS = 6
TALKS_WARN_FROM_MONTH = 10  # before the 组织生活会, usually held in the fourth quarter
REVIEW_WARN_FROM_MONTH = 11
MAX_LISTED = 5


@dataclass(frozen=True)
class Reminder:
    text: str
    section: str  # plan / review / rectification / talks / branch
    urgent: bool = False


@dataclass(frozen=True)
class ElectionDue:
    elected_on: str
    due_on: str
    warn_from: str
    state: str  # ok / due (within the warning months) / overdue (term over)


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def election_due(today: dt.date | None = None, branch: str | None = None) -> ElectionDue | None:
    """When the committee's term ends (last election + term, 3 years by default), and whether
    it is time to prepare the 换届 (6 months ahead) or past due. None without an election date."""
    today = today or dt.date.today()
    chosen = find_branch(branch)
    if chosen is None or not chosen.elected_on:
        return None
    elected = dt.date.fromisoformat(str(chosen.elected_on))
    due = add_months(elected, 12 * int(chosen.term_years or 3))
    warn = add_months(due, -ELECTION_WARN_MONTHS)
    state = "overdue" if today >= due else "due" if today >= warn else "ok"
    return ElectionDue(elected.isoformat(), due.isoformat(), warn.isoformat(), state)


def followup_reminders(today: dt.date | None = None, branch: str | None = None) -> list[Reminder]:
    """Everything of the branch's follow-up (see find_branch) that needs attention on `today`."""
    from models.records.followup_base import tables_present
    from models.records.plan import list_plan
    from models.records.rectification import overdue_items
    from models.records.review import review_summary
    from models.records.talks import talk_coverage

    today = today or dt.date.today()
    items: list[Reminder] = []
    election = election_due(today, branch)
    if election is not None and election.state == "overdue":
        items.append(
            Reminder(
                translate(
                    "Followup",
                    "Election: the committee's term ended on {date}; the branch should elect a "
                    "new committee.",
                ).format(date=date_text(election.due_on)),
                "branch",
                True,
            )
        )
    elif election is not None and election.state == "due":
        items.append(
            Reminder(
                translate(
                    "Followup",
                    "Election: the committee's term ends on {date}; prepare the election now.",
                ).format(date=date_text(election.due_on)),
                "branch",
            )
        )
    if not tables_present():
        return items
    overdue = overdue_items(today, branch)
    for row in overdue[:MAX_LISTED]:
        items.append(
            Reminder(
                translate(
                    "Followup", "Rectification overdue since {deadline}: {problem} ({owner})"
                ).format(
                    deadline=date_text(row.deadline or ""),
                    problem=_short(row.description),
                    owner=row.owner or translate("Followup", "no owner"),
                ),
                "rectification",
                True,
            )
        )
    if len(overdue) > MAX_LISTED:
        items.append(
            Reminder(
                translate("Followup", "…and {n} more overdue rectification items.").format(
                    n=len(overdue) - MAX_LISTED
                ),
                "rectification",
                True,
            )
        )
    month = today.strftime("%Y-%m")
    plan = [r for r in list_plan(today.year, today, branch) if r.planned_on[:7] == month]
    pending = [r for r in plan if r.status == "pending"]
    if pending:
        items.append(
            Reminder(
                translate(
                    "Followup", "Plan for this month: {pending} of {planned} items not held yet."
                ).format(pending=len(pending), planned=len(plan)),
                "plan",
            )
        )
    previous = add_months(today.replace(day=1), -1)
    missed = [
        r
        for r in list_plan(previous.year, today, branch)
        if r.planned_on[:7] == previous.strftime("%Y-%m") and r.status == "missed"
    ]
    if missed:
        items.append(
            Reminder(
                translate("Followup", "Plan for {month}/{year}: {n} items were not held.").format(
                    month=previous.month, year=previous.year, n=len(missed)
                ),
                "plan",
                True,
            )
        )
    if today.month >= TALKS_WARN_FROM_MONTH:
        coverage = talk_coverage(today.year, today, branch)
        if coverage.missing:
            items.append(
                Reminder(
                    translate(
                        "Followup",
                        "Heart-to-heart talks: {n} committee–member pairs have not talked this "
                        "year.",
                    ).format(n=len(coverage.missing)),
                    "talks",
                )
            )
    if today.month >= REVIEW_WARN_FROM_MONTH:
        summary = review_summary(today.year, today, branch)
        if summary.not_assessed:
            items.append(
                Reminder(
                    translate(
                        "Followup", "Democratic appraisal: {n} members have no result for {year}."
                    ).format(n=len(summary.not_assessed), year=today.year),
                    "review",
                )
            )
    return items


def _short(text: str, limit: int = 30) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


reminders = followup_reminders
