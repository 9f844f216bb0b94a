"""Activities (meetings, study, volunteer work) with their kinds, attendance, votes and units.

`save_activity` is the only way an activity is written: it validates everything first (every bad
field with its message), then writes the activity and all its parts in one transaction, and logs
the change. Child rows are matched by their natural key and revived rather than duplicated, so
their UUIDs stay stable for the bureau merge.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from models.errors import ClosedMonthError, ValidationError
from models.file.schema import (
    MEETING_KINDS,
    MEMBER_CATEGORIES,
    STUDY_KINDS,
    Activity,
    ActivityKind,
    ActivityTheme,
    ActivityUnit,
    Attendance,
    ClosedMonth,
    PartyGroup,
    Person,
    Unit,
    Vote,
    utc_now,
)
from models.file.tidy import drop_deleted_photo_bytes
from models.records import audit
from models.records.activity_checks import COUNT_FIELDS, TEXT_FIELDS, validate_activity
from models.records.branch import find_branch
from models.records.people import PersonRow, list_people
from models.records.validation import atomic_write, minutes_of, parse_date
from models.text.collation import COLLATION
from models.text.i18n import translate


@dataclass
class AttendanceInput:
    person_uuid: str
    status: str
    leave_type: str = ""
    reason: str = ""
    hours: float | None = None


@dataclass
class VoteInput:
    item: str
    entitled: int
    present: int
    in_favour: int
    against: int = 0
    abstain: int = 0


@dataclass
class ActivityInput:
    kinds: list[str]
    date: str
    start_time: str = ""
    end_time: str = ""
    location: str = ""
    topic: str = ""
    host_uuid: str | None = None
    recorder_uuid: str | None = None
    party_group_uuid: str | None = None
    agenda: str = ""
    minutes: str = ""
    resolutions: str = ""
    guests: str = ""
    materials: str = ""
    speakers: str = ""
    hours: float | None = None  # an override; None: derived from the times
    belongs_to_year: int | None = None  # 所属年度 (组织生活会 / 民主评议 only); None: the date's
    non_members: int = 0
    service_type: str = ""
    people_served: int = 0
    deeds_done: int = 0
    deeds_in_progress: int = 0
    sequence: int | None = None
    attendance: list[AttendanceInput] = field(default_factory=list)
    votes: list[VoteInput] = field(default_factory=list)
    unit_uuids: list[str] = field(default_factory=list)
    theme_uuids: list[str] = field(default_factory=list)  # 专题 (models.records.themes)
    uuid: str | None = None


SCALARS = ("date", *TEXT_FIELDS, *COUNT_FIELDS, "sequence")


def derived_minutes(start: str, end: str) -> int:
    """Whole minutes between two HH:MM times (0 when either is missing): kept exactly."""
    if not start or not end:
        return 0
    return max(0, minutes_of(end) - minutes_of(start))


def derived_hours(start: str, end: str) -> float:
    """The same in hours, to 2 decimals (what the editor shows as the default)."""
    return hours_of_minutes(derived_minutes(start, end))


def hours_of_minutes(minutes: int | None) -> float:
    """Minutes as hours to 2 decimals, halves up (for an editor field; figures use counting)."""
    return (int(minutes or 0) * 200 + 60) // 120 / 100


def minutes_of_hours(hours: float | None) -> int | None:
    """Hours typed in an editor (e.g. 1.67) as whole minutes, halves up (1.67 h → 100)."""
    if hours is None:
        return None
    return int(Decimal(repr(float(hours))) * 60 + Decimal("0.5"))


def audience(kinds: list[str]) -> str:
    """Who is expected: "committee", "group", "everyone", "members" or "participants"."""
    if "staff_study" in kinds:
        return "everyone"
    if any(k in MEETING_KINDS or k in STUDY_KINDS or k == "other" for k in kinds):
        if kinds and set(kinds) <= {"committee_meeting"}:
            return "committee"
        if kinds and set(kinds) <= {"group_meeting"}:
            return "group"
        return "members"
    return "participants"  # volunteer work: only those who took part are listed


def expected_people(
    day: str, kinds: list[str], party_group_uuid: str | None = None
) -> list[PersonRow]:
    """The default attendance list: who was on the roster on `day` and is expected at `kinds`.

    流动党员 (status "mobile") are expected when the `mobile_expected` setting says so (the
    default: they remain members of the branch)."""
    from models.records.branch import committee
    from models.rules.settings import mobile_expected

    statuses = ("active", "mobile") if mobile_expected() else ("active",)
    roster = [p for p in list_people(day, include_off_roster=False) if p.status in statuses]
    who = audience(kinds)
    if who == "everyone":
        return roster
    if who == "participants":
        return []
    if who == "committee":
        seats = {uuid for uuid, *_ in committee(day)}
        return [p for p in roster if p.uuid in seats]
    members = [p for p in roster if p.category in MEMBER_CATEGORIES]
    if who == "group" and party_group_uuid:
        return [p for p in members if p.party_group_uuid == party_group_uuid]
    return members


def month_closed(day: str) -> bool:
    return (
        ClosedMonth.select()
        .where((ClosedMonth.month == day[:7]) & ClosedMonth.deleted_at.is_null())
        .exists()
    )


def guard_closed(days: list[str], reason: str) -> str:
    """'amend' if any of `days` is in a closed month (a reason is then required)."""
    if any(month_closed(d) for d in days if d):
        if not reason.strip():
            raise ClosedMonthError(
                translate(
                    "Validation",
                    "This month is closed: its report has been printed. Give a reason for the "
                    "change; it will be recorded as an amendment.",
                )
            )
        return "amend"
    return ""


def save_activity(data: ActivityInput, who: str = "", reason: str = "") -> str:
    """Validate and write an activity with all its parts in one transaction; return its uuid."""
    errors = validate_activity(data)
    if errors:
        raise ValidationError(errors)
    branch = find_branch()
    if branch is None:
        raise ValidationError({"branch": translate("Validation", "Set up the branch first.")})
    people = {
        p.uuid: p.id
        for p in Person.select(Person.id, Person.uuid).where(
            Person.uuid.in_(
                [a.person_uuid for a in data.attendance]
                + [u for u in (data.host_uuid, data.recorder_uuid) if u]
            )
        )
    }
    values = {k: getattr(data, k) for k in SCALARS}
    values["date"] = parse_date(data.date).isoformat()
    values["duration_min"] = (
        minutes_of_hours(data.hours)
        if data.hours is not None
        else derived_minutes(data.start_time, data.end_time)
    )
    values["hours_override"] = data.hours is not None
    values["belongs_to_year"] = data.belongs_to_year
    values["primary_kind"] = data.kinds[0]
    values["host"] = people.get(data.host_uuid) if data.host_uuid else None
    values["recorder"] = people.get(data.recorder_uuid) if data.recorder_uuid else None
    values["party_group"] = (
        PartyGroup.get(PartyGroup.uuid == data.party_group_uuid).id
        if data.party_group_uuid
        else None
    )
    with atomic_write():
        if data.uuid:
            activity = Activity.get(Activity.uuid == data.uuid)
            old = snapshot(activity)
            action = guard_closed([str(activity.date), values["date"]], reason) or "update"
            changed = activity.deleted_at is not None or any(
                _stored(activity, k) != v for k, v in values.items()
            )
            for k, v in values.items():
                setattr(activity, k, v)
        else:
            old = {}
            action = guard_closed([values["date"]], reason) or "create"
            activity = Activity.create(branch=branch, **values)
            changed = False  # created: its rev and timestamps are new already
        children_changed = _sync_children(activity, data, people)
        if data.uuid and not (changed or children_changed):
            # Saved as it was: no new revision, no audit entry, no rows (the file does not
            # grow with every press of Save, and the bureau sees no change).
            return activity.uuid
        if data.uuid:
            activity.updated_at = utc_now()
            activity.rev += 1
            activity.deleted_at = None
            activity.save()
        audit.record(
            action,
            "activity",
            activity.uuid,
            audit.diff(old, snapshot(activity)),
            who=who,
            reason=reason,
        )
        return activity.uuid


def _stored(activity: Activity, name: str) -> object:
    """The stored value of one of save_activity's `values`, in the same form."""
    if name in ("host", "recorder", "party_group"):
        return getattr(activity, name + "_id")
    if name == "date":
        return str(activity.date)
    return getattr(activity, name)


def _sync_children(activity: Activity, data: ActivityInput, people: dict[str, int]) -> bool:
    """Make the activity's kinds, units, attendance and votes those of `data`; True if any
    row changed."""
    kinds = {k: {"position": i} for i, k in enumerate(data.kinds)}
    changed = _sync(ActivityKind, activity, "kind", kinds)
    units = (
        {u.id: {} for u in Unit.select(Unit.id).where(Unit.uuid.in_(data.unit_uuids))}
        if data.unit_uuids
        else {}
    )
    changed |= _sync(ActivityUnit, activity, "unit", units)
    if data.theme_uuids or activity.themes.count():
        from models.records.themes import theme_row

        themes = {theme_row(u, activity.branch).id: {} for u in dict.fromkeys(data.theme_uuids)}
        changed |= _sync(ActivityTheme, activity, "theme", themes)
    rows = {
        people[a.person_uuid]: {
            "status": a.status,
            "leave_type": a.leave_type if a.status == "leave" else "",
            "reason": a.reason.strip()
            if a.status in ("leave", "absent", "late", "excluded", "guest")
            else "",
            "duration_min": minutes_of_hours(a.hours),
        }
        for a in data.attendance
    }
    changed |= _sync(Attendance, activity, "person", rows)
    votes = {
        i: {
            "item": v.item.strip(),
            "entitled": v.entitled,
            "present": v.present,
            "in_favour": v.in_favour,
            "against": v.against,
            "abstain": v.abstain,
        }
        for i, v in enumerate(data.votes)
    }
    # Votes have no natural key: their place in the list is one (a vote edited in place keeps
    # its uuid; an unchanged list writes nothing).
    changed |= _sync(Vote, activity, "position", votes)
    return changed


def _sync(model, activity: Activity, key: str, wanted: dict) -> bool:
    """Make the live child rows of `activity` exactly `wanted` ({key value: fields}); True if
    any row was written."""
    key_field = getattr(model, key)
    key_column = key_field.column_name if hasattr(key_field, "column_name") else key
    existing: dict = {}
    for r in model.select().where(model.activity == activity).order_by(model.id):
        value = getattr(r, key_column)
        # Several rows with one key (votes saved by older versions, one per save): the live
        # one is matched, the others stay as they are.
        if value not in existing or (existing[value].deleted_at and not r.deleted_at):
            existing[value] = r
    now = utc_now()
    changed = False
    kept = set()
    for value, fields in wanted.items():
        row = existing.get(value)
        if row is None:
            kept.add(model.create(activity=activity, **{key: value}, **fields).id)
            changed = True
            continue
        kept.add(row.id)
        if row.deleted_at is not None or any(getattr(row, f) != v for f, v in fields.items()):
            model.update(**fields, deleted_at=None, updated_at=now, rev=model.rev + 1).where(
                model.id == row.id
            ).execute()
            changed = True
    live = model.select(model.id).where((model.activity == activity) & model.deleted_at.is_null())
    for row_id in [r.id for r in live if r.id not in kept]:
        model.update(deleted_at=now, updated_at=now, rev=model.rev + 1).where(
            model.id == row_id
        ).execute()
        changed = True
    return changed


def snapshot(activity: Activity) -> dict[str, object]:
    """The activity's fields and parts as plain values (for the audit log)."""
    values: dict[str, object] = {k: getattr(activity, k) for k in SCALARS}
    values["date"] = str(activity.date)
    values["duration_min"] = activity.duration_min
    values["belongs_to_year"] = activity.belongs_to_year
    values["host"] = activity.host.name if activity.host_id else None
    values["recorder"] = activity.recorder.name if activity.recorder_id else None
    values["kinds"] = [
        k.kind
        for k in activity.kinds.where(ActivityKind.deleted_at.is_null()).order_by(
            ActivityKind.position
        )
    ]
    values["attendance"] = {
        a.person.name: [a.status, a.reason]
        for a in activity.attendance.where(Attendance.deleted_at.is_null())
        .join(Person)
        .order_by(Person.name.collate(COLLATION), Person.id)
    }
    values["votes"] = [
        [v.item, v.entitled, v.present, v.in_favour, v.against, v.abstain]
        for v in activity.votes.where(Vote.deleted_at.is_null()).order_by(Vote.position)
    ]
    from models.records.themes import activity_theme_names

    values["themes"] = activity_theme_names(activity)
    return values


def delete_activity(uuid: str, who: str = "", reason: str = "") -> None:
    """Soft-delete (a tombstone the bureau merge respects); `restore_activity` undoes it."""
    with atomic_write():
        activity = Activity.get(Activity.uuid == uuid)
        action = guard_closed([str(activity.date)], reason)
        now = utc_now()
        Activity.update(deleted_at=now, updated_at=now, rev=Activity.rev + 1).where(
            Activity.id == activity.id
        ).execute()
        audit.record(
            "delete" if not action else "amend",
            "activity",
            uuid,
            {"deleted": [False, True]},
            who=who,
            reason=reason,
        )


def restore_activity(uuid: str, who: str = "", reason: str = "") -> None:
    """Undo a deletion."""
    with atomic_write():
        activity = Activity.get(Activity.uuid == uuid)
        action = guard_closed([str(activity.date)], reason)
        Activity.update(deleted_at=None, updated_at=utc_now(), rev=Activity.rev + 1).where(
            Activity.id == activity.id
        ).execute()
        audit.record(
            "restore" if not action else "amend",
            "activity",
            uuid,
            {"deleted": [True, False]},
            who=who,
            reason=reason,
        )


def get_activity(uuid: str) -> ActivityInput:
    """The activity as the editor shows it."""
    a = Activity.get(Activity.uuid == uuid)
    kinds = [
        k.kind
        for k in a.kinds.where(ActivityKind.deleted_at.is_null()).order_by(ActivityKind.position)
    ]
    attendance = [
        AttendanceInput(
            r.person.uuid,
            r.status,
            r.leave_type,
            r.reason,
            None if r.duration_min is None else hours_of_minutes(r.duration_min),
        )
        for r in a.attendance.where(Attendance.deleted_at.is_null())
        .join(Person)
        .order_by(Person.name.collate(COLLATION), Person.id)
    ]
    votes = [
        VoteInput(v.item, v.entitled, v.present, v.in_favour, v.against, v.abstain)
        for v in a.votes.where(Vote.deleted_at.is_null()).order_by(Vote.position)
    ]
    units = [u.unit.uuid for u in a.units.where(ActivityUnit.deleted_at.is_null()).join(Unit)]
    from models.records.themes import activity_theme_uuids

    return ActivityInput(
        theme_uuids=activity_theme_uuids(a),
        kinds=kinds,
        hours=hours_of_minutes(a.duration_min) if a.hours_override else None,
        belongs_to_year=a.belongs_to_year,
        host_uuid=a.host.uuid if a.host_id else None,
        recorder_uuid=a.recorder.uuid if a.recorder_id else None,
        party_group_uuid=a.party_group.uuid if a.party_group_id else None,
        attendance=attendance,
        votes=votes,
        unit_uuids=units,
        uuid=a.uuid,
        **{k: (str(getattr(a, k)) if k == "date" else getattr(a, k)) for k in SCALARS},
    )


def duplicate_activity(uuid: str) -> ActivityInput:
    """A copy of an activity as a new, unsaved record (dated today, no votes)."""
    data = get_activity(uuid)
    data.uuid = None
    data.sequence = None
    data.votes = []
    data.date = dt.date.today().isoformat()
    return data


def next_sequence(kind: str, year: int) -> int:
    """The next 第N次 for `kind` in `year`."""
    count = (
        ActivityKind.select()
        .join(Activity)
        .where(
            (ActivityKind.kind == kind)
            & ActivityKind.deleted_at.is_null()
            & Activity.deleted_at.is_null()
            & (Activity.date.between(f"{year}-01-01", f"{year}-12-31"))
        )
        .count()
    )
    return count + 1


def close_month(month: str, who: str = "") -> None:
    """Close a month after its report is printed: later edits need a reason (amendments)."""
    branch = find_branch()
    with atomic_write():
        if not month_closed(month + "-01"):
            row = ClosedMonth.create(
                branch=branch, month=month, closed_by=who or audit.current_user()
            )
            audit.record("close", "closed_month", row.uuid, {"month": month}, who=who)
        # Its records are settled now: a photo deleted from them cannot come back.
        drop_deleted_photo_bytes(ClosedMonth._meta.database, month)
