"""The year's plan (年度工作计划): dated planned items, recurring entries expanded, planned vs held.

A plan entry is written once ("每月第一周周五 支委会", "每季度第二个月 党课") and expanded into
one dated item per occurrence; the items of one entry share a `series`. An item is *held* when it
is linked to a live record (the record made from it with one click), or else when a live record
of its kind, not claimed by another item, lies in the item's month; a month that has ended with
the item not held leaves it *not held*; otherwise it is still *planned*.

The theme (专题) is stored as text: themes as records of their own may come later.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

from peewee import JOIN

from models.errors import ValidationError
from models.file.schema import Activity, ActivityKind, Person, PlanItem, new_uuid
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
from models.records.validation import atomic_write, check_date, parse_date
from models.text.i18n import translate
from models.vocabulary import KIND_CODES, PLAN_RECURRENCES

PLAN_STATUSES = ("held", "pending", "missed")


@dataclass
class PlanEntryInput:
    """A plan entry as entered: once (on `date`) or recurring through `year`."""

    kind: str
    topic: str = ""
    theme: str = ""
    responsible_uuid: str | None = None
    recurrence: str = "once"  # PLAN_RECURRENCES
    date: str | None = None  # once
    year: int | None = None  # monthly / quarterly
    week: int = 1  # 1–4: the n-th such weekday of the month; 5: the last
    weekday: int = 1  # 1 Monday … 7 Sunday
    month_in_quarter: int = 1  # quarterly: 1–3
    from_month: int = 1  # monthly: the months it runs through
    to_month: int = 12
    note: str = ""
    branch_uuid: str | None = None  # the branch it is planned for (None: find_branch's)


@dataclass
class PlanItemInput:
    """One dated item as edited."""

    planned_on: str
    kind: str
    topic: str = ""
    theme: str = ""
    responsible_uuid: str | None = None
    note: str = ""
    uuid: str | None = None
    branch_uuid: str | None = None  # a new item's branch (None: find_branch's)


@dataclass(frozen=True)
class PlanRow:
    uuid: str
    planned_on: str
    kind: str
    theme: str
    topic: str
    responsible: str
    responsible_uuid: str | None
    recurrence: str
    series: str
    activity_uuid: str | None  # the record it became (linked), if any
    status: str  # PLAN_STATUSES
    held_on: str | None  # the date of the record that counts for it
    note: str


@dataclass(frozen=True)
class PlanMonth:
    """Planned vs held in one month."""

    month: str  # YYYY-MM
    planned: int
    held: int
    pending: int
    missed: int


@dataclass(frozen=True)
class PlanSummary:
    """Planned vs held over a period, month by month."""

    period: str
    planned: int
    held: int
    pending: int
    missed: int
    months: list[PlanMonth] = field(default_factory=list)


def nth_weekday(year: int, month: int, week: int, weekday: int) -> dt.date:
    """The `week`-th (1–4; 5 = last) `weekday` (1 Monday … 7 Sunday) of a month."""
    if week >= 5:
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (week - 1))


def occurrences(entry: PlanEntryInput) -> list[str]:
    """The dates an entry expands to (validate first)."""
    if entry.recurrence == "once":
        day = parse_date(entry.date)
        return [day.isoformat()] if day else []
    year = int(entry.year or 0)
    if entry.recurrence == "monthly":
        months = range(entry.from_month, entry.to_month + 1)
    else:
        months = range(entry.month_in_quarter, 13, 3)
    return [nth_weekday(year, m, entry.week, entry.weekday).isoformat() for m in months]


def validate_entry(entry: PlanEntryInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    check_lengths(errors, entry)  # models/records/limits.py
    if entry.kind not in KIND_CODES:
        errors["kind"] = translate("Validation", "Choose a kind.")
    if not entry.topic.strip() and not entry.theme.strip():
        errors["topic"] = translate("Validation", "Give the topic or the theme.")
    if entry.recurrence not in PLAN_RECURRENCES:
        errors["recurrence"] = translate("Validation", "Choose how often it recurs.")
    elif entry.recurrence == "once":
        if not entry.date:
            errors["date"] = translate("Validation", "{field} is required.").format(
                field=translate("Fields", "Date")
            )
        else:
            check_date(errors, "date", entry.date, translate("Fields", "Date"))
    else:
        if not isinstance(entry.year, int) or not 1900 <= entry.year <= 2999:
            errors["year"] = translate("Validation", "Give the plan's year (YYYY).")
        if not 1 <= entry.week <= 5:
            errors["week"] = translate("Validation", "Choose the week of the month.")
        if not 1 <= entry.weekday <= 7:
            errors["weekday"] = translate("Validation", "Choose the day of the week.")
        if entry.recurrence == "quarterly" and not 1 <= entry.month_in_quarter <= 3:
            errors["month_in_quarter"] = translate(
                "Validation", "Choose the month of the quarter (1–3)."
            )
        if entry.recurrence == "monthly" and not 1 <= entry.from_month <= entry.to_month <= 12:
            errors["to_month"] = translate(
                "Validation", "The months run from the first to the last, within 1–12."
            )
    _responsible_of_branch(errors, entry.responsible_uuid, entry.branch_uuid)
    return errors


def _responsible_of_branch(
    errors: dict[str, str], responsible: str | None, branch_uuid: str | None
) -> None:
    person = live_person(errors, "responsible", responsible)
    try:
        branch = chosen_branch(branch_uuid)
    except ValidationError as exc:
        errors.update(exc.errors)
        return
    same_branch(errors, "responsible", person, branch)


def add_plan_entry(entry: PlanEntryInput, who: str = "") -> list[str]:
    """Expand an entry into dated items, all in one transaction; return their uuids."""
    errors = validate_entry(entry)
    if errors:
        raise ValidationError(errors)
    branch = chosen_branch(entry.branch_uuid)
    responsible = live_person({}, "responsible", entry.responsible_uuid)
    series = "" if entry.recurrence == "once" else new_uuid()
    uuids = []
    with atomic_write():
        for day in occurrences(entry):
            row = PlanItem.create(
                branch=branch,
                planned_on=day,
                kind=entry.kind,
                theme=entry.theme.strip(),
                topic=entry.topic.strip(),
                responsible=responsible,
                recurrence=entry.recurrence,
                series=series,
                note=entry.note.strip(),
            )
            audit.record(
                "create",
                "plan_item",
                row.uuid,
                {"planned_on": day, "kind": entry.kind, "topic": entry.topic.strip()},
                who=who,
            )
            uuids.append(row.uuid)
    return uuids


def validate_item(data: PlanItemInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    check_lengths(errors, data)  # models/records/limits.py
    if data.kind not in KIND_CODES:
        errors["kind"] = translate("Validation", "Choose a kind.")
    if not data.planned_on:
        errors["planned_on"] = translate("Validation", "{field} is required.").format(
            field=translate("Fields", "Date")
        )
    else:
        check_date(errors, "planned_on", data.planned_on, translate("Fields", "Date"))
    if not data.topic.strip() and not data.theme.strip():
        errors["topic"] = translate("Validation", "Give the topic or the theme.")
    row = PlanItem.get_or_none(PlanItem.uuid == data.uuid) if data.uuid else None
    if data.uuid and row is None:
        errors["uuid"] = translate("Validation", "This record no longer exists.")
    branch = row.branch.uuid if row is not None else data.branch_uuid
    _responsible_of_branch(errors, data.responsible_uuid, branch)
    return errors


def save_plan_item(data: PlanItemInput, who: str = "") -> str:
    """Create or update one dated item; return its uuid."""
    errors = validate_item(data)
    if errors:
        raise ValidationError(errors)
    values = {
        "planned_on": parse_date(data.planned_on).isoformat(),
        "kind": data.kind,
        "theme": data.theme.strip(),
        "topic": data.topic.strip(),
        "responsible": live_person({}, "responsible", data.responsible_uuid),
        "note": data.note.strip(),
    }
    with atomic_write():
        if data.uuid:
            row = PlanItem.get(PlanItem.uuid == data.uuid)
            update_row(PlanItem, row, values, "plan_item", who)
            return row.uuid
        row = PlanItem.create(branch=chosen_branch(data.branch_uuid), **values)
        audit.record("create", "plan_item", row.uuid, {"planned_on": values["planned_on"]}, who=who)
        return row.uuid


def delete_plan_item(uuid: str, who: str = "") -> None:
    with atomic_write():
        soft_delete(PlanItem, uuid, "plan_item", who)


def link_plan_item(plan_uuid: str, activity_uuid: str | None, who: str = "") -> None:
    """Record that the item became (or, with None, no longer is) this record."""
    errors: dict[str, str] = {}
    row = PlanItem.get_or_none((PlanItem.uuid == plan_uuid) & PlanItem.deleted_at.is_null())
    if row is None:
        errors["uuid"] = translate("Validation", "This record no longer exists.")
    activity = None
    if activity_uuid:
        activity = Activity.get_or_none(
            (Activity.uuid == activity_uuid) & Activity.deleted_at.is_null()
        )
        if activity is None:
            errors["activity"] = translate("Validation", "This record no longer exists.")
        elif row is not None and activity.branch_id != row.branch_id:
            errors["activity"] = translate(
                "Validation", "The record belongs to another branch than the plan."
            )
    if errors:
        raise ValidationError(errors)
    with atomic_write():
        update_row(PlanItem, row, {"activity": activity}, "plan_item", who)


def activity_from_plan(plan_uuid: str):
    """A new, unsaved record made from a planned item: its kind, date, topic and host (the
    responsible person); the editor fills in who is expected, as for any new record."""
    from models.records.activities import ActivityInput

    row = PlanItem.get_or_none((PlanItem.uuid == plan_uuid) & PlanItem.deleted_at.is_null())
    if row is None:
        raise ValidationError({"uuid": translate("Validation", "This record no longer exists.")})
    host = None
    if row.responsible_id:
        person = Person.get_by_id(row.responsible_id)
        host = person.uuid if person.deleted_at is None else None
    return ActivityInput(
        kinds=[row.kind],
        date=str(row.planned_on),
        topic=row.topic or row.theme,
        host_uuid=host,
    )


def list_plan(
    year: int | str, today: dt.date | None = None, branch: str | None = None
) -> list[PlanRow]:
    """The branch's items of the year by date (`branch`: see find_branch), each with its state
    as of `today`; only the branch's own records count as held."""
    if not tables_present():
        return []
    chosen = find_branch(branch)
    if chosen is None:
        return []
    today = today or dt.date.today()
    start, end = f"{int(year):04d}-01-01", f"{int(year) + 1:04d}-01-01"
    items = list(
        PlanItem.select(PlanItem, Person)
        .join(Person, on=(PlanItem.responsible == Person.id), join_type=JOIN.LEFT_OUTER)
        .where(
            PlanItem.deleted_at.is_null()
            & (PlanItem.branch == chosen.id)
            & (PlanItem.planned_on >= start)
            & (PlanItem.planned_on < end)
        )
        .order_by(PlanItem.planned_on, PlanItem.id)
    )
    live = _live_activities(start, end, items, chosen.id)
    claimed = {i.activity_id for i in items if i.activity_id in live}
    pool: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for activity_id, (day, kinds) in sorted(live.items(), key=lambda kv: (kv[1][0], kv[0])):
        if activity_id in claimed:
            continue
        for kind in kinds:
            pool.setdefault((day[:7], kind), []).append((day, activity_id))
    rows = []
    for item in items:
        day = str(item.planned_on)
        held_on = None
        if item.activity_id in live:
            held_on = live[item.activity_id][0]
        else:
            for candidate in pool.get((day[:7], item.kind), []):
                if candidate[1] not in claimed:
                    claimed.add(candidate[1])
                    held_on = candidate[0]
                    break
        if held_on is not None:
            status = "held"
        else:
            month_end = dt.date.fromisoformat(day[:8] + "01") + dt.timedelta(days=32)
            status = "missed" if today >= month_end.replace(day=1) else "pending"
        person = item.responsible if item.responsible_id else None
        rows.append(
            PlanRow(
                uuid=item.uuid,
                planned_on=day,
                kind=item.kind,
                theme=item.theme,
                topic=item.topic,
                responsible=person.name if person else "",
                responsible_uuid=person.uuid if person else None,
                recurrence=item.recurrence,
                series=item.series,
                activity_uuid=_activity_uuid(item.activity_id) if item.activity_id else None,
                status=status,
                held_on=held_on,
                note=item.note,
            )
        )
    return rows


def _live_activities(
    start: str, end: str, items: list[PlanItem], branch_id: int
) -> dict[int, tuple[str, list[str]]]:
    """Live activities of the branch in [start, end) and any linked by `items`: id → (date,
    kinds)."""
    linked = [i.activity_id for i in items if i.activity_id]
    query = (
        ActivityKind.select(ActivityKind.kind, Activity.id, Activity.date)
        .join(Activity)
        .where(
            Activity.deleted_at.is_null()
            & ActivityKind.deleted_at.is_null()
            & (Activity.branch == branch_id)
            & (((Activity.date >= start) & (Activity.date < end)) | Activity.id.in_(linked or [0]))
        )
        .order_by(Activity.date, Activity.id, ActivityKind.position)
        .tuples()
    )
    result: dict[int, tuple[str, list[str]]] = {}
    for kind, activity_id, day in query:
        result.setdefault(activity_id, (str(day), []))[1].append(kind)
    return result


def _activity_uuid(activity_id: int) -> str | None:
    row = Activity.get_or_none(Activity.id == activity_id)
    return row.uuid if row else None


def plan_summary(
    period_text: str, today: dt.date | None = None, branch: str | None = None
) -> PlanSummary:
    """Planned vs held in a month ('YYYY-MM') or a year ('YYYY'), month by month, of the
    branch (see find_branch)."""
    from models.rules.periods import parse_period

    period = parse_period(period_text)
    rows = [r for r in list_plan(period.year, today, branch) if period.contains(r.planned_on)]
    months = []
    for month in period.months():
        mine = [r for r in rows if r.planned_on[:7] == str(month)]
        months.append(
            PlanMonth(
                str(month),
                len(mine),
                sum(r.status == "held" for r in mine),
                sum(r.status == "pending" for r in mine),
                sum(r.status == "missed" for r in mine),
            )
        )
    return PlanSummary(
        str(period),
        len(rows),
        sum(m.held for m in months),
        sum(m.pending for m in months),
        sum(m.missed for m in months),
        months,
    )
