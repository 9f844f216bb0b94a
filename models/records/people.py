"""The roster: people and their dated status changes (who was on the roster on a given day)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from models.errors import ValidationError
from models.file.schema import (
    CATEGORIES,
    MEMBER_CATEGORIES,
    STATUSES,
    PartyGroup,
    Person,
    PersonStatus,
    Unit,
    utc_now,
)
from models.records import audit, categories, id_number
from models.records.branch import find_branch, the_branch
from models.records.limits import check_lengths
from models.records.validation import (
    atomic_write,
    check_birth_date,
    check_date,
    day_or_none,
    parse_birth_date,
    require,
    text_or_none,
)
from models.text.collation import COLLATION
from models.text.i18n import translate
from models.vocabulary_roster import ROSTER_TEXT_MAX

ON_ROSTER = ("active", "mobile")


@dataclass
class PersonInput:
    name: str
    sex: str = ""
    birth_date: str | None = None
    unit_uuid: str | None = None
    party_group_uuid: str | None = None
    category: str = "full_member"
    joined_on: str | None = None
    full_member_on: str | None = None
    phone: str = ""
    note: str = ""
    # The 花名册 fields (file format 6); id_number is private (models/records/id_number.py).
    ethnicity: str = ""
    native_place: str = ""
    education: str = ""
    job_title: str = ""
    id_number: str = ""
    # The first status row: from this day the person is expected and may host or attend.
    # Default for a new person: joined_on, else full_member_on, else 1 January of this year
    # (so last week's meetings can be caught up). On an edit, None keeps it as it is.
    on_roster_since: str | None = None
    uuid: str | None = None


@dataclass(frozen=True)
class PersonRow:
    uuid: str
    name: str
    sex: str
    category: str
    unit: str
    party_group: str
    party_group_uuid: str | None
    phone: str
    status: str  # as of the date asked for (or today)
    status_since: str | None
    joined_on: str | None
    birth_date: str | None
    # The 花名册 fields; the ID number only masked (3201**********1234): lists never hold it.
    ethnicity: str = ""
    native_place: str = ""
    education: str = ""
    job_title: str = ""
    id_number_masked: str = ""
    full_member_on: str | None = None


def check_roster_fields(errors: dict[str, str], data: PersonInput) -> None:
    """民族, 籍贯, 学历, 职称/职务: short single-line texts; 身份证号: empty or a valid GB 11643
    number (18 characters, birth date, check digit), each message naming its field."""
    for field_name, value, label in (
        ("ethnicity", data.ethnicity, translate("Fields", "Ethnicity")),
        ("native_place", data.native_place, translate("Fields", "Native place")),
        ("education", data.education, translate("Fields", "Education")),
        ("job_title", data.job_title, translate("Fields", "Title / post")),
    ):
        text = value or ""
        if len(text.strip()) > ROSTER_TEXT_MAX:
            errors[field_name] = translate(
                "Validation", "{field}: at most {count} characters."
            ).format(field=label, count=ROSTER_TEXT_MAX)
        elif any(ord(c) < 32 for c in text):
            errors[field_name] = translate("Validation", "{field}: one line of text.").format(
                field=label
            )
    number = id_number.normalise(data.id_number)
    if number:
        problem = id_number.id_number_problem(number)
        if problem:
            errors["id_number"] = translate("Validation", "{field}: {problem}").format(
                field=translate("Fields", "ID number"), problem=problem
            )


def validate_person(data: PersonInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    check_lengths(errors, data)  # models/records/limits.py
    require(errors, "name", data.name, translate("Fields", "Name"))
    if data.category not in CATEGORIES:
        errors["category"] = translate("Validation", "Choose a category.")
    if data.sex not in ("", "M", "F"):
        errors["sex"] = translate("Validation", "Sex must be male, female or left empty.")
    check_birth_date(errors, "birth_date", data.birth_date, translate("Fields", "Birth date"))
    check_date(errors, "joined_on", data.joined_on, translate("Fields", "Joined the Party on"))
    check_date(errors, "full_member_on", data.full_member_on, translate("Fields", "Full member on"))
    check_date(
        errors, "on_roster_since", data.on_roster_since, translate("Fields", "On roster since")
    )
    if (
        "joined_on" not in errors
        and "full_member_on" not in errors
        and data.joined_on
        and data.full_member_on
        and data.full_member_on < data.joined_on
    ):
        errors["full_member_on"] = translate(
            "Validation", "Full membership cannot come before joining the Party."
        )
    if (
        data.birth_date
        and "birth_date" not in errors
        and data.birth_date > dt.date.today().isoformat()
    ):
        errors["birth_date"] = translate("Validation", "The birth date is in the future.")
    phone = data.phone.strip()
    if phone and not all(c.isdigit() or c in "+- ()" for c in phone):
        errors["phone"] = translate(
            "Validation", "A phone number may hold only digits, +, - and spaces."
        )
    check_roster_fields(errors, data)
    if data.uuid and data.on_roster_since and "on_roster_since" not in errors:
        later = _first_change_after_start(data.uuid)
        if later and str(data.on_roster_since) >= later:
            errors["on_roster_since"] = translate(
                "Validation",
                "On roster since: must come before the next roster change ({date}).",
            ).format(date=later)
    if data.category in MEMBER_CATEGORIES and not data.joined_on and data.joined_on is not None:
        errors["joined_on"] = translate(
            "Validation", "Enter the date this member joined the Party."
        )
    for field_name, model, value in (
        ("unit", Unit, data.unit_uuid),
        ("party_group", PartyGroup, data.party_group_uuid),
        ("uuid", Person, data.uuid),
    ):
        if (
            value
            and not model.select()
            .where((model.uuid == value) & model.deleted_at.is_null())
            .exists()
        ):
            errors[field_name] = translate("Validation", "This record no longer exists.")
    return errors


def default_roster_start(joined_on: object = None, full_member_on: object = None) -> str:
    """The on-roster date of a person entered without one: joining the Party, else full
    membership, else the first day of this year."""
    return (
        day_or_none(joined_on)
        or day_or_none(full_member_on)
        or dt.date(dt.date.today().year, 1, 1).isoformat()
    )


def _first_status(person: Person) -> PersonStatus | None:
    return (
        PersonStatus.select()
        .where((PersonStatus.person == person) & PersonStatus.deleted_at.is_null())
        .order_by(PersonStatus.effective_on, PersonStatus.id)
        .first()
    )


def _first_change_after_start(person_uuid: str) -> str | None:
    """The date of the second status row (the first change after going on the roster)."""
    person = Person.get_or_none(Person.uuid == person_uuid)
    first = _first_status(person) if person else None
    if first is None:
        return None
    later = (
        PersonStatus.select()
        .where(
            (PersonStatus.person == person)
            & PersonStatus.deleted_at.is_null()
            & (PersonStatus.id != first.id)
        )
        .order_by(PersonStatus.effective_on, PersonStatus.id)
        .first()
    )
    return str(later.effective_on) if later else None


def _move_roster_start(person: Person, day: str, who: str) -> None:
    """Move the first status row (going on the roster) to `day`; inside the caller's
    transaction."""
    first = _first_status(person)
    if first is None:
        first = PersonStatus.create(person=person, status="active", effective_on=day)
        audit.record(
            "create",
            "person_status",
            first.uuid,
            {"person": person.name, "effective_on": day},
            who=who,
        )
        return
    old = str(first.effective_on)
    if old == day:
        return
    first.effective_on = day
    first.updated_at = utc_now()
    first.rev += 1
    first.save()
    audit.record(
        "update",
        "person_status",
        first.uuid,
        {"person": person.name, "effective_on": [old, day]},
        who=who,
    )


def save_person(data: PersonInput, who: str = "") -> str:
    """Create or update a person; a new person goes on the roster from `on_roster_since`."""
    errors = validate_person(data)
    if errors:
        raise ValidationError(errors)
    branch = the_branch()
    values = {
        "name": data.name.strip(),
        "sex": data.sex,
        "birth_date": parse_birth_date(data.birth_date),
        "unit": Unit.get(Unit.uuid == data.unit_uuid) if data.unit_uuid else None,
        "party_group": (
            PartyGroup.get(PartyGroup.uuid == data.party_group_uuid)
            if data.party_group_uuid
            else None
        ),
        "category": data.category,
        "joined_on": day_or_none(data.joined_on),
        "full_member_on": day_or_none(data.full_member_on),
        "phone": data.phone.strip(),
        "note": data.note,
        "ethnicity": data.ethnicity.strip(),
        "native_place": data.native_place.strip(),
        "education": data.education.strip(),
        "job_title": data.job_title.strip(),
        "id_number": id_number.normalise(data.id_number),
    }
    with atomic_write():
        if data.uuid:
            person = Person.get(Person.uuid == data.uuid)
            old = _person_values(person)
            since = (
                values["full_member_on"]
                if data.category == "full_member" and values["full_member_on"]
                else dt.date.today().isoformat()
            )
            categories.correct_current_category(person, data.category, since)
            for k, v in values.items():
                setattr(person, k, v)
            person.updated_at = utc_now()
            person.rev += 1
            person.save()
            audit.record(
                "update", "person", person.uuid, audit.diff(old, _person_values(person)), who=who
            )
            if data.on_roster_since:
                _move_roster_start(person, day_or_none(data.on_roster_since), who)
        else:
            person = Person.create(branch=branch, **values)
            since = day_or_none(data.on_roster_since) or default_roster_start(
                data.joined_on, data.full_member_on
            )
            PersonStatus.create(person=person, status="active", effective_on=since)
            categories.add_history_rows(
                person,
                categories.initial_history(
                    data.category, values["joined_on"], values["full_member_on"]
                ),
            )
            audit.record("create", "person", person.uuid, _person_values(person), who=who)
        return person.uuid


def _person_values(person: Person) -> dict[str, object]:
    return {
        "name": person.name,
        "sex": person.sex,
        "birth_date": text_or_none(person.birth_date),
        "unit": person.unit.name if person.unit_id else None,
        "party_group": person.party_group.name if person.party_group_id else None,
        "category": person.category,
        "joined_on": text_or_none(person.joined_on),
        "full_member_on": text_or_none(person.full_member_on),
        "phone": person.phone,
        "note": person.note,
        "ethnicity": person.ethnicity,
        "native_place": person.native_place,
        "education": person.education,
        "job_title": person.job_title,
        # The audit log is read on screen: it keeps the ID number masked, never in full.
        "id_number": id_number.mask(person.id_number),
    }


def set_person_status(
    person_uuid: str, status: str, effective_on: str, note: str = "", who: str = ""
) -> None:
    """Record a dated status change (转出, 流动, back on the roster)."""
    errors: dict[str, str] = {}
    if status not in STATUSES:
        errors["status"] = translate("Validation", "Choose a status.")
    check_date(errors, "effective_on", effective_on, translate("Fields", "Effective date"))
    if errors:
        raise ValidationError(errors)
    with atomic_write():
        person = Person.get(Person.uuid == person_uuid)
        row = PersonStatus.create(
            person=person, status=status, effective_on=effective_on, note=note
        )
        audit.record(
            "update",
            "person_status",
            row.uuid,
            {"person": person.name, "status": status, "effective_on": effective_on},
            who=who,
        )


def status_history(person_uuid: str) -> list[tuple[str, str, str]]:
    """(effective_on, status, note), oldest first."""
    query = (
        PersonStatus.select()
        .join(Person)
        .where((Person.uuid == person_uuid) & PersonStatus.deleted_at.is_null())
        .order_by(PersonStatus.effective_on, PersonStatus.id)
    )
    return [(str(s.effective_on), s.status, s.note) for s in query]


def list_people(
    on: str | None = None, *, include_off_roster: bool = True, branch: str | None = None
) -> list[PersonRow]:
    """Everyone (live), with their status and category as of `on` (default today), by name;
    with `branch` (a uuid or name, see find_branch) only that branch's people.

    The category is the one the person held that day ("" when none was recorded yet)."""
    day = on or dt.date.today().isoformat()
    held = categories.categories_on(day)
    statuses: dict[int, tuple[str, str]] = {}
    query = (
        PersonStatus.select()
        .where(PersonStatus.deleted_at.is_null() & (PersonStatus.effective_on <= day))
        .order_by(PersonStatus.effective_on, PersonStatus.id)
    )
    for s in query:
        statuses[s.person_id] = (s.status, str(s.effective_on))
    people = (
        Person.select(Person, Unit, PartyGroup)
        .join(Unit, join_type=JOIN.LEFT_OUTER, on=(Person.unit == Unit.id))
        .switch(Person)
        .join(PartyGroup, join_type=JOIN.LEFT_OUTER, on=(Person.party_group == PartyGroup.id))
        .where(Person.deleted_at.is_null())
        .order_by(Person.name.collate(COLLATION), Person.id)
    )
    if branch is not None:
        chosen = find_branch(branch)
        people = people.where(Person.branch == (chosen.id if chosen else 0))
    rows = []
    for p in people:
        status, since = statuses.get(p.id, ("", None))
        if not include_off_roster and status not in ON_ROSTER:
            continue
        rows.append(
            PersonRow(
                p.uuid,
                p.name,
                p.sex,
                held.get(p.uuid, ""),
                p.unit.name if p.unit_id else "",
                p.party_group.name if p.party_group_id else "",
                p.party_group.uuid if p.party_group_id else None,
                p.phone,
                status,
                since,
                text_or_none(p.joined_on),
                text_or_none(p.birth_date),
                p.ethnicity,
                p.native_place,
                p.education,
                p.job_title,
                id_number.mask(p.id_number),
                text_or_none(p.full_member_on),
            )
        )
    return rows


def roster_on(day: str) -> list[PersonRow]:
    """People on the roster (在册 or 流动) on `day`."""
    return list_people(day, include_off_roster=False)
