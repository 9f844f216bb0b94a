"""The branch, its units, party groups and committee, and the roster with dated status changes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import JOIN

from models import audit
from models.errors import ValidationError
from models.i18n import translate
from models.schema import (
    BRANCH_TYPES,
    CATEGORIES,
    MEMBER_CATEGORIES,
    STATUSES,
    Branch,
    CommitteeRole,
    PartyGroup,
    Person,
    PersonStatus,
    Unit,
    utc_now,
)
from models.validation import atomic_write, check_date, parse_date, require

ON_ROSTER = ("active", "mobile")


@dataclass
class UnitInput:
    name: str
    unit_kind: str = ""
    has_members: bool = True
    uuid: str | None = None


@dataclass
class GroupInput:
    """A party group as edited: a new one has no uuid; renaming keeps the uuid."""

    name: str
    uuid: str | None = None


@dataclass
class BranchInput:
    name: str
    branch_type: str = "single"
    superior: str = ""
    guidance_officer: str = ""
    founded_on: str | None = None
    elected_on: str | None = None
    theme_day_rule: str = ""
    units: list[UnitInput] = field(default_factory=list)
    groups: list[GroupInput | str] = field(default_factory=list)  # in order; str: a name
    uuid: str | None = None


@dataclass(frozen=True)
class BranchInfo:
    uuid: str
    name: str
    branch_type: str
    superior: str
    guidance_officer: str
    founded_on: str | None
    elected_on: str | None
    theme_day_rule: str
    units: list[tuple[str, str, str, bool]]  # (uuid, name, kind, has_members)
    groups: list[tuple[str, str]]  # (uuid, name)


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
    on_roster_since: str | None = None  # first status row; default joined_on, else today
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


def _day(value: object) -> str | None:
    """A validated optional date as stored: ISO text, or None when empty."""
    day = parse_date(value)
    return day.isoformat() if day else None


def _iso(value: object) -> str | None:
    return None if value in (None, "") else str(value)


def current_branch() -> BranchInfo | None:
    """The ledger's branch (a school ledger holds one; a district ledger the first by name)."""
    branch = (
        Branch.select().where(Branch.deleted_at.is_null()).order_by(Branch.name, Branch.id).first()
    )
    return branch_info(branch) if branch else None


def list_branches() -> list[BranchInfo]:
    query = Branch.select().where(Branch.deleted_at.is_null()).order_by(Branch.name)
    return [branch_info(b) for b in query]


def branch_info(branch: Branch) -> BranchInfo:
    units = [
        (u.uuid, u.name, u.unit_kind, u.has_members)
        for u in branch.units.where(Unit.deleted_at.is_null()).order_by(Unit.position)
    ]
    groups = [
        (g.uuid, g.name)
        for g in branch.groups.where(PartyGroup.deleted_at.is_null()).order_by(PartyGroup.position)
    ]
    return BranchInfo(
        branch.uuid,
        branch.name,
        branch.branch_type,
        branch.superior,
        branch.guidance_officer,
        _iso(branch.founded_on),
        _iso(branch.elected_on),
        branch.theme_day_rule,
        units,
        groups,
    )


def validate_branch(data: BranchInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    require(errors, "name", data.name, translate("Fields", "Branch name"))
    if data.branch_type not in BRANCH_TYPES:
        errors["branch_type"] = translate("Validation", "Choose the type of branch.")
    check_date(errors, "founded_on", data.founded_on, translate("Fields", "Founded on"))
    check_date(errors, "elected_on", data.elected_on, translate("Fields", "Last election"))
    if data.branch_type == "joint" and len(data.units) > 5:
        errors["units"] = translate("Validation", "A joint branch covers at most 5 units.")
    for i, unit in enumerate(data.units):
        if not unit.name.strip():
            errors[f"units.{i}"] = translate("Validation", "Every unit needs a name.")
    if data.uuid and not Branch.select().where(Branch.uuid == data.uuid).exists():
        errors["uuid"] = translate("Validation", "This record no longer exists.")
    names = [_group(g).name.strip() for g in data.groups]
    if any(not n for n in names):
        errors["groups"] = translate("Validation", "Every party group needs a name.")
    elif len(set(names)) != len(names):
        errors["groups"] = translate("Validation", "Two party groups have the same name.")
    return errors


def save_branch(data: BranchInput, who: str = "") -> str:
    """Create or update the branch with its units and party groups; returns its uuid."""
    errors = validate_branch(data)
    if errors:
        raise ValidationError(errors)
    with atomic_write():
        values = {
            "name": data.name.strip(),
            "branch_type": data.branch_type,
            "superior": data.superior.strip(),
            "guidance_officer": data.guidance_officer.strip(),
            "founded_on": _day(data.founded_on),
            "elected_on": _day(data.elected_on),
            "theme_day_rule": data.theme_day_rule.strip(),
        }
        if data.uuid:
            branch = Branch.get(Branch.uuid == data.uuid)
            old = {k: _iso(getattr(branch, k)) for k in values}
            for k, v in values.items():
                setattr(branch, k, v)
            branch.updated_at = utc_now()
            branch.rev += 1
            branch.save()
            audit.record("update", "branch", branch.uuid, audit.diff(old, values), who=who)
        else:
            branch = Branch.create(**values)
            audit.record("create", "branch", branch.uuid, values, who=who)
        _sync_units(branch, data.units, who)
        _sync_groups(branch, data.groups, who)
        return branch.uuid


def _sync_units(branch: Branch, units: list[UnitInput], who: str) -> None:
    live = {u.uuid: u for u in branch.units.where(Unit.deleted_at.is_null())}
    keep = set()
    for pos, unit in enumerate(units):
        values = {
            "name": unit.name.strip(),
            "unit_kind": unit.unit_kind,
            "has_members": unit.has_members,
            "position": pos,
        }
        if unit.uuid and unit.uuid in live:
            row = live[unit.uuid]
            if any(getattr(row, k) != v for k, v in values.items()):
                Unit.update(**values, updated_at=utc_now(), rev=Unit.rev + 1).where(
                    Unit.id == row.id
                ).execute()
            keep.add(unit.uuid)
        else:
            row = Unit.create(branch=branch, **values)
            audit.record("create", "unit", row.uuid, values, who=who)
            keep.add(row.uuid)
    for uuid, row in live.items():
        if uuid not in keep:
            Unit.update(deleted_at=utc_now(), rev=Unit.rev + 1).where(Unit.id == row.id).execute()
            audit.record("delete", "unit", uuid, who=who)


def _group(item: GroupInput | str) -> GroupInput:
    return GroupInput(item) if isinstance(item, str) else item


def _sync_groups(branch: Branch, items: list[GroupInput | str], who: str) -> None:
    """Match groups by uuid (a rename keeps the group and its members), else by name."""
    live = list(branch.groups.where(PartyGroup.deleted_at.is_null()).order_by(PartyGroup.id))
    by_uuid = {g.uuid: g for g in live}
    by_name = {g.name: g for g in live}
    keep = set()
    for pos, item in enumerate(items):
        wanted = _group(item)
        name = wanted.name.strip()
        row = by_uuid.get(wanted.uuid) if wanted.uuid else by_name.get(name)
        if row is None or row.uuid in keep:
            row = PartyGroup.create(branch=branch, name=name, position=pos)
            audit.record("create", "party_group", row.uuid, {"name": name}, who=who)
        elif row.name != name or row.position != pos:
            PartyGroup.update(
                name=name, position=pos, updated_at=utc_now(), rev=PartyGroup.rev + 1
            ).where(PartyGroup.id == row.id).execute()
            if row.name != name:
                audit.record("update", "party_group", row.uuid, {"name": [row.name, name]}, who=who)
        keep.add(row.uuid)
    for row in live:
        if row.uuid not in keep:
            PartyGroup.update(
                deleted_at=utc_now(), updated_at=utc_now(), rev=PartyGroup.rev + 1
            ).where(PartyGroup.id == row.id).execute()
            audit.record("delete", "party_group", row.uuid, {"name": row.name}, who=who)


def set_committee(roles: list[tuple[str, str, str]], who: str = "") -> None:
    """Replace the committee: [(person_uuid, role secretary/deputy/member, title)]."""
    branch = _the_branch()
    with atomic_write():
        now = utc_now()
        CommitteeRole.update(deleted_at=now, rev=CommitteeRole.rev + 1).where(
            (CommitteeRole.branch == branch) & CommitteeRole.deleted_at.is_null()
        ).execute()
        for person_uuid, role, title in roles:
            person = Person.get(Person.uuid == person_uuid)
            CommitteeRole.create(branch=branch, person=person, role=role, title=title)
        audit.record("update", "committee", branch.uuid, {"roles": roles}, who=who)


def committee(on: str | None = None) -> list[tuple[str, str, str, str]]:
    """Committee seats in force on `on` (default today): (person_uuid, name, role, title)."""
    day = on or dt.date.today().isoformat()
    query = (
        CommitteeRole.select(CommitteeRole, Person)
        .join(Person)
        .where(
            CommitteeRole.deleted_at.is_null()
            & ((CommitteeRole.since.is_null()) | (CommitteeRole.since <= day))
            & ((CommitteeRole.until.is_null()) | (CommitteeRole.until >= day))
        )
        .order_by(CommitteeRole.id)
    )
    return [(r.person.uuid, r.person.name, r.role, r.title) for r in query]


def _the_branch() -> Branch:
    branch = Branch.select().where(Branch.deleted_at.is_null()).order_by(Branch.id).first()
    if branch is None:
        raise ValidationError({"branch": translate("Validation", "Set up the branch first.")})
    return branch


# --- people ----------------------------------------------------------------------------------


def validate_person(data: PersonInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    require(errors, "name", data.name, translate("Fields", "Name"))
    if data.category not in CATEGORIES:
        errors["category"] = translate("Validation", "Choose a category.")
    if data.sex not in ("", "M", "F"):
        errors["sex"] = translate("Validation", "Sex must be male, female or left empty.")
    check_date(errors, "birth_date", data.birth_date, translate("Fields", "Birth date"))
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


def save_person(data: PersonInput, who: str = "") -> str:
    """Create or update a person; a new person goes on the roster from `on_roster_since`."""
    errors = validate_person(data)
    if errors:
        raise ValidationError(errors)
    branch = _the_branch()
    values = {
        "name": data.name.strip(),
        "sex": data.sex,
        "birth_date": _day(data.birth_date),
        "unit": Unit.get(Unit.uuid == data.unit_uuid) if data.unit_uuid else None,
        "party_group": (
            PartyGroup.get(PartyGroup.uuid == data.party_group_uuid)
            if data.party_group_uuid
            else None
        ),
        "category": data.category,
        "joined_on": _day(data.joined_on),
        "full_member_on": _day(data.full_member_on),
        "phone": data.phone.strip(),
        "note": data.note,
    }
    with atomic_write():
        if data.uuid:
            person = Person.get(Person.uuid == data.uuid)
            old = _person_values(person)
            for k, v in values.items():
                setattr(person, k, v)
            person.updated_at = utc_now()
            person.rev += 1
            person.save()
            audit.record(
                "update", "person", person.uuid, audit.diff(old, _person_values(person)), who=who
            )
        else:
            person = Person.create(branch=branch, **values)
            since = (
                _day(data.on_roster_since) or _day(data.joined_on) or dt.date.today().isoformat()
            )
            PersonStatus.create(person=person, status="active", effective_on=since)
            audit.record("create", "person", person.uuid, _person_values(person), who=who)
        return person.uuid


def _person_values(person: Person) -> dict[str, object]:
    return {
        "name": person.name,
        "sex": person.sex,
        "birth_date": _iso(person.birth_date),
        "unit": person.unit.name if person.unit_id else None,
        "party_group": person.party_group.name if person.party_group_id else None,
        "category": person.category,
        "joined_on": _iso(person.joined_on),
        "full_member_on": _iso(person.full_member_on),
        "phone": person.phone,
        "note": person.note,
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


def list_people(on: str | None = None, *, include_off_roster: bool = True) -> list[PersonRow]:
    """Everyone (live), with their status as of `on` (default today), sorted by name."""
    day = on or dt.date.today().isoformat()
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
        .order_by(Person.name, Person.id)
    )
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
                p.category,
                p.unit.name if p.unit_id else "",
                p.party_group.name if p.party_group_id else "",
                p.party_group.uuid if p.party_group_id else None,
                p.phone,
                status,
                since,
                _iso(p.joined_on),
                _iso(p.birth_date),
            )
        )
    return rows


def roster_on(day: str) -> list[PersonRow]:
    """People on the roster (在册 or 流动) on `day`."""
    return list_people(day, include_off_roster=False)
