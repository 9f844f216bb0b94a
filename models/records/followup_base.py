"""What the follow-up records (plan, 评议, 整改, 谈心谈话) share: their labels, person look-ups,
and the soft update every service does (bump the revision, log the change)."""

from __future__ import annotations

from typing import Any

from models.errors import ValidationError
from models.file.schema import Branch, Person, database, utc_now
from models.records import audit
from models.text.i18n import translate

FOLLOWUP_TABLES = ("plan_item", "review_result", "rectification_item", "talk")


def tables_present() -> bool:
    """Whether the open ledger has the format-6 tables (an older file opened read-only has
    not been upgraded: it simply holds no plan and no follow-up yet)."""
    marks = ",".join("?" * len(FOLLOWUP_TABLES))
    rows = database.execute_sql(
        f"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ({marks})",
        FOLLOWUP_TABLES,
    ).fetchone()
    return rows[0] == len(FOLLOWUP_TABLES)


def chosen_branch(choice: str | None = None) -> Branch:
    """The branch a follow-up call works on: `choice` (a uuid or name) through find_branch,
    None the ledger's branch (the first by name, as everywhere); a message if there is none."""
    from models.records.branch import find_branch

    branch = find_branch(choice)
    if branch is None:
        field = "branch"
        if choice is None:
            raise ValidationError({field: translate("Validation", "Set up the branch first.")})
        raise ValidationError({field: translate("Validation", "This branch is not in the ledger.")})
    return branch


def same_branch(errors: dict[str, str], field: str, person: Person | None, branch: Branch) -> None:
    """A message under `field` when `person` belongs to another branch than `branch`."""
    if person is not None and person.__data__.get("branch") != branch.id:
        errors[field] = translate("Validation", "{name} belongs to another branch.").format(
            name=person.name
        )


def live_person(errors: dict[str, str], field: str, uuid: str | None) -> Person | None:
    """The live person with `uuid` (None when not given); a message under `field` if gone."""
    if not uuid:
        return None
    person = Person.get_or_none((Person.uuid == uuid) & Person.deleted_at.is_null())
    if person is None:
        errors[field] = translate("Validation", "This person is no longer in the ledger.")
    return person


def update_row(model: Any, row: Any, values: dict[str, Any], table: str, who: str) -> None:
    """Write `values` to `row` as a new revision and log what changed (nothing if nothing did)."""
    old = {k: _plain(getattr(row, k)) for k in values}
    new = {k: _plain(v) for k, v in values.items()}
    changes = audit.diff(old, new)
    if not changes and row.deleted_at is None:
        return
    model.update(**values, deleted_at=None, updated_at=utc_now(), rev=model.rev + 1).where(
        model.id == row.id
    ).execute()
    audit.record("update", table, row.uuid, changes, who=who)


def soft_delete(model: Any, uuid: str, table: str, who: str) -> None:
    """Mark a row deleted (a tombstone the bureau merge respects)."""
    row = model.get_or_none(model.uuid == uuid)
    if row is None:
        raise ValidationError({"uuid": translate("Validation", "This record no longer exists.")})
    if row.deleted_at is not None:
        return
    now = utc_now()
    model.update(deleted_at=now, updated_at=now, rev=model.rev + 1).where(
        model.id == row.id
    ).execute()
    audit.record("delete", table, uuid, {"deleted": [False, True]}, who=who)


def _plain(value: Any) -> Any:
    if isinstance(value, Person):
        return value.name
    if hasattr(value, "uuid") and hasattr(value, "_meta"):
        return value.uuid
    return None if value in (None, "") else (value if isinstance(value, int) else str(value))
