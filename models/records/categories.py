"""A person's category (正式/预备/发展对象/积极分子/群众) as a dated history.

Each PersonCategory row says: from `effective_on` on, the person is `category`; a row without a
date holds since before the ledger's records begin. The category on a day is that of the latest
row dated on or before it (an undated row counts as the earliest). Before a person's first dated
row, when there is no undated one, the person had no recorded category: `category_on()` gives
None, and nobody counts them as a Party member on that day. A person with no history rows at all
holds Person.category on every day.

`Person.category` mirrors the latest row (the category today, for lists and sorting); every
figure, sign-in sheet, statement and default attendance list for a date asks `category_on()` /
`categories_on()` (or uses `CATEGORY_ON_SQL` inside a query) instead.

The service API (re-exported by models.services):

- `category_on(person_uuid, day) -> str | None`
- `categories_on(day) -> {person_uuid: category}` (everyone with a category on that day)
- `set_person_category(person_uuid, category, effective_on, note="", who="")` — 转正,
  积极分子→发展对象→预备 ...: one dated row, Person.category updated, audited, one transaction
- `category_history(person_uuid) -> [(effective_on | None, category, note)]`, oldest first
- `delete_category_change(change_uuid, who="")` — remove a wrong entry (tombstone)
"""

from __future__ import annotations

from models.errors import ValidationError
from models.file.schema import CATEGORIES, Person, PersonCategory, database, utc_now
from models.records import audit
from models.records.validation import atomic_write, check_date, day_or_none
from models.text.i18n import translate

# The category of person `{person}` (an SQL expression for person.id) on day `{day}` (an SQL
# expression for an ISO date), for use inside the counting queries. A person without any history
# row (written by an older tool) holds person.category on every day.
CATEGORY_ON_SQL = (
    "COALESCE((SELECT c.category FROM person_category c WHERE c.person_id = {person}"
    " AND c.deleted_at IS NULL AND (c.effective_on IS NULL OR c.effective_on <= {day})"
    " ORDER BY c.effective_on IS NULL, c.effective_on DESC, c.id DESC LIMIT 1),"
    " (SELECT h.category FROM person h WHERE h.id = {person} AND NOT EXISTS"
    " (SELECT 1 FROM person_category c WHERE c.person_id = h.id AND c.deleted_at IS NULL)))"
)


def category_sql(person: str, day: str) -> str:
    """CATEGORY_ON_SQL for the given SQL expressions."""
    return CATEGORY_ON_SQL.format(person=person, day=day)


def initial_history(
    category: str, joined_on: str | None, full_member_on: str | None
) -> list[tuple[str, str | None]]:
    """The history a new person starts with: a full member with both Party dates was
    probationary from joined_on and full from full_member_on; a probationary member is one from
    joined_on; anyone else holds their category since before the records begin."""
    if category == "full_member" and joined_on and full_member_on and full_member_on > joined_on:
        return [("probationary", joined_on), ("full_member", full_member_on)]
    if category == "probationary" and joined_on:
        return [("probationary", joined_on)]
    return [(category, None)]


def _person(person_uuid: str) -> Person | None:
    return Person.get_or_none((Person.uuid == person_uuid) & Person.deleted_at.is_null())


def category_on(person_uuid: str, day: str) -> str | None:
    """The person's category on `day` (ISO date), or None if none was recorded by then."""
    row = database.execute_sql(
        "SELECT " + category_sql("p.id", "?") + " FROM person p WHERE p.uuid = ?",
        (str(day), person_uuid),
    ).fetchone()
    return row[0] if row else None


def categories_on(day: str) -> dict[str, str]:
    """{person uuid: category on `day`} for every live person with a category then."""
    rows = database.execute_sql(
        "SELECT p.uuid, " + category_sql("p.id", "?1") + " FROM person p"
        " WHERE p.deleted_at IS NULL",
        (str(day),),
    ).fetchall()
    return {uuid: cat for uuid, cat in rows if cat is not None}


def category_history(person_uuid: str) -> list[tuple[str | None, str, str]]:
    """(effective_on or None, category, note), oldest first (an undated row first)."""
    query = (
        PersonCategory.select()
        .join(Person)
        .where((Person.uuid == person_uuid) & PersonCategory.deleted_at.is_null())
    )
    rows = sorted(
        query, key=lambda c: (c.effective_on is not None, str(c.effective_on or ""), c.id)
    )
    return [(day_or_none(c.effective_on), c.category, c.note) for c in rows]


def _sync_current(person: Person) -> None:
    """Person.category := the latest row's category (the category today and from now on)."""
    latest = database.execute_sql(
        "SELECT category FROM person_category WHERE person_id = ? AND deleted_at IS NULL"
        " ORDER BY effective_on IS NULL, effective_on DESC, id DESC LIMIT 1",
        (person.id,),
    ).fetchone()
    if latest and latest[0] != person.category:
        person.category = latest[0]
        person.updated_at = utc_now()
        person.rev += 1
        person.save()


def add_history_rows(person: Person, rows: list[tuple[str, str | None]]) -> None:
    """Write a new person's first history rows (inside the caller's transaction)."""
    for category, since in rows:
        PersonCategory.create(person=person, category=category, effective_on=since)


def set_person_category(
    person_uuid: str, category: str, effective_on: str, note: str = "", who: str = ""
) -> str:
    """Record that the person is `category` from `effective_on` on (转正, 确定为发展对象, ...).

    Returns the new row's uuid. A second change for the same day replaces the first."""
    errors: dict[str, str] = {}
    if category not in CATEGORIES:
        errors["category"] = translate("Validation", "Choose a category.")
    check_date(errors, "effective_on", effective_on, translate("Fields", "Effective date"))
    person = _person(person_uuid)
    if person is None:
        errors["person"] = translate("Validation", "This record no longer exists.")
    if errors or person is None:
        raise ValidationError(errors)
    day = day_or_none(effective_on)
    with atomic_write():
        same_day = PersonCategory.select().where(
            (PersonCategory.person == person)
            & PersonCategory.deleted_at.is_null()
            & (PersonCategory.effective_on == day)
        )
        for old in same_day:
            old.deleted_at = utc_now()
            old.rev += 1
            old.save()
        row = PersonCategory.create(person=person, category=category, effective_on=day, note=note)
        audit.record(
            "update",
            "person_category",
            row.uuid,
            {"person": person.name, "category": category, "effective_on": day},
            who=who,
        )
        _sync_current(person)
        return row.uuid


def correct_current_category(person: Person, category: str, effective_on: str | None) -> None:
    """The person form changed the category: a person whose history is one undated row gets it
    corrected in place (a typo); otherwise the change is recorded from `effective_on`."""
    if category == person.category:
        return
    rows = list(
        PersonCategory.select().where(
            (PersonCategory.person == person) & PersonCategory.deleted_at.is_null()
        )
    )
    if len(rows) == 1 and rows[0].effective_on is None:
        rows[0].category = category
        rows[0].rev += 1
        rows[0].updated_at = utc_now()
        rows[0].save()
    elif not rows:
        PersonCategory.create(person=person, category=category, effective_on=None)
    else:
        PersonCategory.create(person=person, category=category, effective_on=effective_on)


def delete_category_change(change_uuid: str, who: str = "") -> None:
    """Remove a wrongly entered change (kept as a tombstone); Person.category follows."""
    with atomic_write():
        row = PersonCategory.get_or_none(
            (PersonCategory.uuid == change_uuid) & PersonCategory.deleted_at.is_null()
        )
        if row is None:
            raise ValidationError(
                {"uuid": translate("Validation", "This record no longer exists.")}
            )
        staged = (
            database.execute_sql(
                "SELECT COUNT(*) FROM sqlite_master WHERE name = 'development_stage'"
            ).fetchone()[0]
            and database.execute_sql(
                "SELECT 1 FROM development_stage WHERE category_id = ? AND deleted_at IS NULL",
                (row.id,),
            ).fetchone()
        )
        if staged:  # the change is a stage of 发展党员 (format 7): it goes with its stage
            raise ValidationError(
                {
                    "uuid": translate(
                        "Validation",
                        "This change is a stage of member development: delete the stage instead.",
                    )
                }
            )
        row.deleted_at = utc_now()
        row.rev += 1
        row.save()
        audit.record("delete", "person_category", row.uuid, {"category": row.category}, who=who)
        _sync_current(row.person)
