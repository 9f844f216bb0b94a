"""谈心谈话: dated talks (who with whom, the kind, key points written by people), and the coverage
check before the 组织生活会: every committee member has talked with every member of the branch
this year (either of them may have started the talk); the pairs that have not are listed.

The committee and the members are those in office and on the roster on the day checked (the
year's last day, or today while the year runs); a pair of two committee members counts once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from models.errors import ValidationError
from models.file.schema import Person, Talk
from models.records import audit
from models.records.branch import committee, find_branch
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
from models.records.review import assessment_day
from models.records.validation import atomic_write, check_date, day_or_none
from models.text.i18n import translate
from models.vocabulary import MEMBER_CATEGORIES, TALK_KINDS


@dataclass
class TalkInput:
    date: str
    person_uuid: str
    kind: str
    other_uuid: str | None = None
    other_name: str = ""  # someone not on the roster (an applicant)
    points: str = ""
    uuid: str | None = None
    branch_uuid: str | None = None  # the branch the page shows (None: find_branch's)


@dataclass(frozen=True)
class TalkRow:
    uuid: str
    date: str
    person_uuid: str
    person: str
    other_uuid: str | None
    other: str
    kind: str
    points: str


@dataclass(frozen=True)
class Coverage:
    """Who has talked with whom among the committee and the members, as of `day`."""

    year: int
    day: str
    committee: list[str]  # names
    members: int
    pairs: int  # committee–member pairs that should have talked
    covered: int
    missing: list[tuple[str, str]]  # (committee member, member), by name


def validate_talk(data: TalkInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    check_lengths(errors, data)  # models/records/limits.py
    if not data.date:
        errors["date"] = translate("Validation", "{field} is required.").format(
            field=translate("Fields", "Date")
        )
    check_date(errors, "date", data.date, translate("Fields", "Date"))
    if data.kind not in TALK_KINDS:
        errors["kind"] = translate("Validation", "Choose the kind of talk.")
    if not data.person_uuid:
        errors["person"] = translate("Validation", "{field} is required.").format(
            field=translate("Fields", "Talked")
        )
    person = live_person(errors, "person", data.person_uuid)
    other = live_person(errors, "other", data.other_uuid)
    try:
        branch = chosen_branch(data.branch_uuid)
    except ValidationError as exc:
        errors.update(exc.errors)
    else:
        same_branch(errors, "person", person, branch)
        same_branch(errors, "other", other, branch)
    if not data.other_uuid and not data.other_name.strip():
        errors["other"] = translate("Validation", "{field} is required.").format(
            field=translate("Fields", "With")
        )
    if data.other_uuid and data.other_uuid == data.person_uuid:
        errors["other"] = translate("Validation", "A talk is between two different people.")
    if data.uuid and not Talk.select().where(Talk.uuid == data.uuid).exists():
        errors["uuid"] = translate("Validation", "This record no longer exists.")
    return errors


def save_talk(data: TalkInput, who: str = "") -> str:
    errors = validate_talk(data)
    if errors:
        raise ValidationError(errors)
    values = {
        "date": day_or_none(data.date),
        "person": Person.get(Person.uuid == data.person_uuid),
        "other": live_person({}, "other", data.other_uuid),
        "other_name": "" if data.other_uuid else " ".join(data.other_name.split()),
        "kind": data.kind,
        "points": data.points.strip(),
    }
    with atomic_write():
        if data.uuid:
            row = Talk.get(Talk.uuid == data.uuid)
            update_row(Talk, row, values, "talk", who)
            return row.uuid
        # A talk belongs to the branch of the one who talked (the other is of the same one).
        row = Talk.create(branch=values["person"].branch, **values)
        audit.record(
            "create",
            "talk",
            row.uuid,
            {"date": values["date"], "person": values["person"].name, "kind": data.kind},
            who=who,
        )
        return row.uuid


def delete_talk(uuid: str, who: str = "") -> None:
    with atomic_write():
        soft_delete(Talk, uuid, "talk", who)


def list_talks(year: int, branch: str | None = None) -> list[TalkRow]:
    """The talks of `year` of the branch (see find_branch), by date."""
    if not tables_present():
        return []
    chosen = find_branch(branch)
    if chosen is None:
        return []
    start, end = f"{int(year):04d}-01-01", f"{int(year) + 1:04d}-01-01"
    other = Person.alias()
    query = (
        Talk.select(Talk, Person, other)
        .join(Person, on=(Talk.person == Person.id))
        .switch(Talk)
        .join(other, on=(Talk.other == other.id), join_type=JOIN.LEFT_OUTER)
        .where(
            Talk.deleted_at.is_null()
            & (Talk.branch == chosen.id)
            & (Talk.date >= start)
            & (Talk.date < end)
        )
        .order_by(Talk.date, Talk.id)
    )
    rows = []
    for t in query:
        partner = t.other if t.other_id else None
        rows.append(
            TalkRow(
                t.uuid,
                str(t.date),
                t.person.uuid,
                t.person.name,
                partner.uuid if partner else None,
                partner.name if partner else t.other_name,
                t.kind,
                t.points,
            )
        )
    return rows


def talk_coverage(year: int, today: dt.date | None = None, branch: str | None = None) -> Coverage:
    """The committee–member pairs of the branch (see find_branch) of `year` that have not
    talked (谈心谈话 before the 组织生活会)."""
    day = assessment_day(year, today)
    chosen = find_branch(branch)
    uuid_of = chosen.uuid if chosen else ""
    roster = list_people(day, include_off_roster=False, branch=uuid_of)
    members = [p for p in roster if p.category in MEMBER_CATEGORIES]
    seats: dict[str, str] = {}
    on_roster = {p.uuid for p in roster}
    for uuid, name, _role, _title in committee(day, uuid_of):
        if uuid in on_roster:
            seats.setdefault(uuid, name)
    talked = {
        frozenset((t.person_uuid, t.other_uuid)) for t in list_talks(year, uuid_of) if t.other_uuid
    }
    pairs: dict[frozenset[str], tuple[str, str]] = {}
    for c_uuid, c_name in seats.items():
        for m in members:
            if m.uuid == c_uuid:
                continue
            key = frozenset((c_uuid, m.uuid))
            pairs.setdefault(key, (c_name, m.name))
    missing = sorted(names for key, names in pairs.items() if key not in talked)
    return Coverage(
        int(year),
        day,
        list(seats.values()),
        len(members),
        len(pairs),
        len(pairs) - len(missing),
        missing,
    )
