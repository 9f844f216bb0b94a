"""Services the editing screens need beyond models.services: a person as the editor shows it,
and the first-start setup written in one transaction."""

from __future__ import annotations

from models.file.schema import Person, PersonStatus
from models.records.branch import BranchInput, save_branch, set_committee
from models.records.people import PersonInput, save_person
from models.records.validation import atomic_write


def _iso(value: object) -> str | None:
    return None if value in (None, "") else str(value)


def get_person(uuid: str) -> PersonInput:
    """Everything the person editor shows (PersonRow lacks the unit, dates and the note)."""
    p = Person.get(Person.uuid == uuid)
    first = (
        PersonStatus.select()
        .where((PersonStatus.person == p) & PersonStatus.deleted_at.is_null())
        .order_by(PersonStatus.effective_on, PersonStatus.id)
        .first()
    )
    return PersonInput(
        name=p.name,
        sex=p.sex,
        birth_date=_iso(p.birth_date),
        unit_uuid=p.unit.uuid if p.unit_id else None,
        party_group_uuid=p.party_group.uuid if p.party_group_id else None,
        category=p.category,
        joined_on=_iso(p.joined_on),
        full_member_on=_iso(p.full_member_on),
        phone=p.phone,
        note=p.note,
        ethnicity=p.ethnicity,
        native_place=p.native_place,
        education=p.education,
        job_title=p.job_title,
        id_number=p.id_number,  # in full: the dialog edits it (shown masked until then)
        on_roster_since=_iso(first.effective_on) if first else None,
        uuid=p.uuid,
    )


def set_up_branch(
    branch: BranchInput,
    secretary: str = "",
    since: str | None = None,
    who: str = "",
    joined_on: str | None = None,
) -> str:
    """First start: the branch, its units and groups, and its secretary (a new full member on
    the roster from `since`, holding the secretary's seat), all or nothing. Returns the branch
    uuid."""
    with atomic_write():
        uuid = save_branch(branch, who=who)
        if secretary.strip():
            person = save_person(
                PersonInput(
                    name=secretary.strip(),
                    category="full_member",
                    joined_on=joined_on,
                    on_roster_since=since,
                ),
                who=who,
            )
            set_committee([(person, "secretary", "")], who=who)
        return uuid


def record_counts() -> dict[str, int]:
    """Live people, activities and archived months (the overview's first-run checklist)."""
    from models.file.schema import Activity, ClosedMonth

    return {
        "people": Person.select().where(Person.deleted_at.is_null()).count(),
        "activities": Activity.select().where(Activity.deleted_at.is_null()).count(),
        "archived_months": ClosedMonth.select().where(ClosedMonth.deleted_at.is_null()).count(),
    }
