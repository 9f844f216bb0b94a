"""Validation of an activity before it is saved: every bad field with its message, at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from models.file.schema import (
    ATTENDANCE_STATUSES,
    KIND_CODES,
    LEAVE_TYPES,
    Activity,
    PartyGroup,
    Unit,
)
from models.records.limits import check_lengths
from models.records.people import ON_ROSTER, list_people
from models.records.validation import check_time, minutes_of, parse_date, require
from models.text.i18n import translate
from models.vocabulary import YEAR_OF_RECORD_KINDS

if TYPE_CHECKING:
    from models.records.activities import ActivityInput

MAX_COUNT = 1_000_000  # far above any branch's real counts; keeps SQLite's integers safe

TEXT_FIELDS = (
    "start_time",
    "end_time",
    "location",
    "topic",
    "agenda",
    "minutes",
    "resolutions",
    "guests",
    "materials",
    "speakers",
    "service_type",
)
COUNT_FIELDS = ("non_members", "people_served", "deeds_done", "deeds_in_progress")


def _check_year_of_record(errors: dict[str, str], data: ActivityInput) -> None:
    """所属年度: only for 组织生活会 / 民主评议, the activity's year or the one before."""
    year = data.belongs_to_year
    if year is None:
        return
    if isinstance(year, bool) or not isinstance(year, int):
        errors["belongs_to_year"] = translate("Validation", "Enter a whole number.")
        return
    if not any(k in YEAR_OF_RECORD_KINDS for k in (data.kinds or [])):
        errors["belongs_to_year"] = translate(
            "Validation",
            "Only an organisational life meeting or a democratic appraisal names the year it "
            "belongs to.",
        )
        return
    held = parse_date(data.date) if isinstance(data.date, str) else None
    if held is not None and year not in (held.year, held.year - 1):
        errors["belongs_to_year"] = translate(
            "Validation", "The year it belongs to must be {year} or {previous}."
        ).format(year=held.year, previous=held.year - 1)


def validate_activity(data: ActivityInput) -> dict[str, str]:
    """Every problem with `data`, as {field: message}; empty when it can be saved."""
    errors: dict[str, str] = {}
    check_lengths(errors, data)  # models/records/limits.py
    for name in TEXT_FIELDS:
        if not isinstance(getattr(data, name), str):
            errors[name] = translate("Validation", "This field must be text.")
    for name in COUNT_FIELDS:
        if not isinstance(getattr(data, name), int) or isinstance(getattr(data, name), bool):
            errors[name] = translate("Validation", "Enter a whole number.")
    _check_year_of_record(errors, data)
    if not data.kinds:
        errors["kinds"] = translate("Validation", "Choose at least one kind of activity.")
    elif any(k not in KIND_CODES for k in data.kinds):
        errors["kinds"] = translate("Validation", "Unknown kind of activity.")
    elif len(set(data.kinds)) != len(data.kinds):
        errors["kinds"] = translate("Validation", "A kind is chosen twice.")
    require(errors, "date", data.date, translate("Fields", "Date"))
    day = parse_date(data.date) if "date" not in errors else None
    if "date" not in errors and day is None:
        errors["date"] = translate(
            "Validation", "Date: {value} is not a date that exists (use YYYY-MM-DD)."
        ).format(value=data.date)
    require(errors, "topic", data.topic, translate("Fields", "Topic"))
    if "start_time" not in errors:
        check_time(errors, "start_time", data.start_time, translate("Fields", "Start time"))
    if "end_time" not in errors:
        check_time(errors, "end_time", data.end_time, translate("Fields", "End time"))
    if (
        data.start_time
        and data.end_time
        and "start_time" not in errors
        and "end_time" not in errors
        and minutes_of(data.end_time) <= minutes_of(data.start_time)
    ):
        errors["end_time"] = translate("Validation", "The end time must be after the start time.")
    if data.hours is not None and (
        not isinstance(data.hours, int | float) or not 0 <= data.hours <= 24
    ):
        errors["hours"] = translate("Validation", "Hours must be between 0 and 24.")
    for name, label in (
        ("non_members", translate("Fields", "Non-members present")),
        ("people_served", translate("Fields", "People served")),
        ("deeds_done", translate("Fields", "Deeds done")),
        ("deeds_in_progress", translate("Fields", "Deeds in progress")),
    ):
        if name not in errors and getattr(data, name) < 0:
            errors[name] = translate("Validation", "{field} cannot be negative.").format(
                field=label
            )
        elif name not in errors and getattr(data, name) > MAX_COUNT:
            errors[name] = translate("Validation", "{field} is too large.").format(field=label)
    if data.sequence is not None and (
        not isinstance(data.sequence, int) or not 1 <= data.sequence <= MAX_COUNT
    ):
        errors["sequence"] = translate("Validation", "The sequence number starts at 1.")
    _validate_people(data, day.isoformat() if day else None, errors)
    _validate_votes(data, errors)
    if "group_meeting" in data.kinds and not data.party_group_uuid:
        if PartyGroup.select().where(PartyGroup.deleted_at.is_null()).exists():
            errors["party_group"] = translate(
                "Validation", "Choose the party group that held this meeting."
            )
    for field_name, model, value in (
        ("party_group", PartyGroup, data.party_group_uuid),
        ("uuid", Activity, data.uuid),
    ):
        if value and not model.select().where(model.uuid == value).exists():
            errors[field_name] = translate("Validation", "This record no longer exists.")
    for unit_uuid in data.unit_uuids:
        if not Unit.select().where((Unit.uuid == unit_uuid) & Unit.deleted_at.is_null()).exists():
            errors["units"] = translate("Validation", "A participating unit no longer exists.")
    return errors


def _validate_people(data: ActivityInput, day: str | None, errors: dict[str, str]) -> None:
    """Host, recorder and attendance; roster checks need a valid date, the rest do not."""
    roster = {p.uuid: p for p in list_people(day)}
    for name, uuid, label in (
        ()
        if day is None
        else (
            ("host", data.host_uuid, translate("Fields", "Host")),
            ("recorder", data.recorder_uuid, translate("Fields", "Recorder")),
        )
    ):
        if uuid and (uuid not in roster or roster[uuid].status not in ON_ROSTER):
            errors[name] = translate(
                "Validation", "{field}: this person was not on the roster on {date}."
            ).format(field=label, date=day)
    seen: set[str] = set()
    for row in data.attendance:
        key = f"attendance.{row.person_uuid}"
        person = roster.get(row.person_uuid)
        name = person.name if person else row.person_uuid
        if row.person_uuid in seen:
            errors[key] = translate("Validation", "{name} is listed twice.").format(name=name)
            continue
        seen.add(row.person_uuid)
        if day is not None and (person is None or person.status not in ON_ROSTER):
            errors[key] = translate("Validation", "{name} was not on the roster on {date}.").format(
                name=name, date=day
            )
        elif row.status not in ATTENDANCE_STATUSES:
            errors[key] = translate("Validation", "{name}: choose an attendance status.").format(
                name=name
            )
        elif row.status in ("leave", "absent") and not row.reason.strip():
            errors[key] = translate(
                "Validation", "{name}: give the reason for the absence."
            ).format(name=name)
        elif row.status == "leave" and row.leave_type not in LEAVE_TYPES:
            errors[key] = translate(
                "Validation", "{name}: choose the kind of leave (official, sick, personal)."
            ).format(name=name)
        elif row.hours is not None and not 0 <= row.hours <= 24:
            errors[key] = translate("Validation", "{name}: hours must be between 0 and 24.").format(
                name=name
            )


def _validate_votes(data: ActivityInput, errors: dict[str, str]) -> None:
    for i, vote in enumerate(data.votes):
        key = f"votes.{i}"
        numbers = (vote.entitled, vote.present, vote.in_favour, vote.against, vote.abstain)
        if not vote.item.strip():
            errors[key] = translate("Validation", "Every vote needs the item voted on.")
        elif any(not isinstance(n, int) or isinstance(n, bool) for n in numbers):
            errors[key] = translate("Validation", "Enter a whole number.")
        elif any(n < 0 for n in numbers):
            errors[key] = translate("Validation", "Vote counts cannot be negative.")
        elif any(n > MAX_COUNT for n in numbers):
            errors[key] = translate("Validation", "Vote counts are too large.")
        elif vote.present > vote.entitled:
            errors[key] = translate(
                "Validation", "More voters present than members entitled to vote."
            )
        elif vote.in_favour + vote.against + vote.abstain > vote.present:
            errors[key] = translate("Validation", "More votes cast than voters present.")
