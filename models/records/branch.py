"""The branch: its details, covered units, party groups and committee."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models.errors import ValidationError
from models.file.schema import (
    BRANCH_TYPES,
    Branch,
    CommitteeRole,
    PartyGroup,
    Person,
    Unit,
    utc_now,
)
from models.records import audit
from models.records.limits import check_lengths
from models.records.validation import atomic_write, check_date, day_or_none, require, text_or_none
from models.text.i18n import translate


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


def find_branch(choice: str | None = None) -> Branch | None:
    """The one way to choose the branch a command, page or figure works on.

    `choice` is a branch's uuid or its name; None is the ledger's branch (a school ledger holds
    one; of a district ledger's several, the first by name, as Ledger.branch_name gives it)."""
    query = Branch.select().where(Branch.deleted_at.is_null())
    if choice is not None:
        query = query.where((Branch.uuid == choice) | (Branch.name == choice))
    return query.order_by(Branch.name, Branch.id).first()


def current_branch() -> BranchInfo | None:
    """The ledger's branch (see find_branch)."""
    branch = find_branch()
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
        text_or_none(branch.founded_on),
        text_or_none(branch.elected_on),
        branch.theme_day_rule,
        units,
        groups,
    )


def validate_branch(data: BranchInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    check_lengths(errors, data)  # models/records/limits.py
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
            "founded_on": day_or_none(data.founded_on),
            "elected_on": day_or_none(data.elected_on),
            "theme_day_rule": data.theme_day_rule.strip(),
        }
        if data.uuid:
            branch = Branch.get(Branch.uuid == data.uuid)
            old = {k: text_or_none(getattr(branch, k)) for k in values}
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
    branch = the_branch()
    with atomic_write():
        now = utc_now()
        CommitteeRole.update(deleted_at=now, rev=CommitteeRole.rev + 1).where(
            (CommitteeRole.branch == branch) & CommitteeRole.deleted_at.is_null()
        ).execute()
        for person_uuid, role, title in roles:
            person = Person.get(Person.uuid == person_uuid)
            CommitteeRole.create(branch=branch, person=person, role=role, title=title)
        audit.record("update", "committee", branch.uuid, {"roles": roles}, who=who)


def committee(on: str | None = None, branch: str | None = None) -> list[tuple[str, str, str, str]]:
    """Committee seats in force on `on` (default today): (person_uuid, name, role, title);
    with `branch` (see find_branch) only that branch's committee."""
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
    if branch is not None:
        chosen = find_branch(branch)
        query = query.where(CommitteeRole.branch == (chosen.id if chosen else 0))
    return [(r.person.uuid, r.person.name, r.role, r.title) for r in query]


def the_branch() -> Branch:
    branch = find_branch()
    if branch is None:
        raise ValidationError({"branch": translate("Validation", "Set up the branch first.")})
    return branch


# --- people ----------------------------------------------------------------------------------
