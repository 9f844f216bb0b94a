"""问题整改台账: problems found (at a 组织生活会, in 民主评议, an inspection or by the bureau),
their category, owner, measures and deadline, and their completion with its evidence.

The stored status is 整改中 (in_progress) or 已完成 (done); 逾期 (overdue) is derived: an item
still in progress whose deadline has passed. The categories are an editable list kept in the
ledger's settings (the seed's seven areas are the starting examples); an item stores its
category as text, so renaming the list never rewrites history.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from peewee import JOIN, fn

from models.errors import ValidationError
from models.file.schema import Person, RectificationItem, Setting, utc_now
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
from models.records.validation import atomic_write, check_date, day_or_none, require
from models.text.i18n import translate
from models.vocabulary import RECTIFICATION_SOURCES, RECTIFICATION_STATUSES

CATEGORIES_KEY = "rectification_categories"
MAX_CATEGORIES = 30


def default_categories() -> list[str]:
    """The seven areas a 组织生活会 usually examines (examples; the branch edits the list)."""
    return [
        translate("Followup", "Theoretical study"),
        translate("Followup", "Political awareness"),
        translate("Followup", "Party spirit"),
        translate("Followup", "Serving the people"),
        translate("Followup", "Work style and duties"),
        translate("Followup", "Exemplary role"),
        translate("Followup", "Integrity and discipline"),
    ]


@dataclass
class RectificationInput:
    description: str
    found_on: str
    source: str = "life_meeting"
    category: str = ""
    owner_uuid: str | None = None
    measures: str = ""
    deadline: str | None = None
    status: str = "in_progress"
    completed_on: str | None = None
    evidence: str = ""
    uuid: str | None = None
    branch_uuid: str | None = None  # a new item's branch (None: find_branch's)


@dataclass(frozen=True)
class RectificationRow:
    uuid: str
    found_on: str
    source: str
    description: str
    category: str
    owner: str
    owner_uuid: str | None
    measures: str
    deadline: str | None
    status: str  # in_progress / done / overdue (derived)
    completed_on: str | None
    evidence: str
    photos: int = 0  # live photos as evidence of completion (format 5)


def effective_status(status: str, deadline: str | None, today: dt.date) -> str:
    """整改中 past its deadline is 逾期."""
    if status == "in_progress" and deadline and deadline < today.isoformat():
        return "overdue"
    return status


def validate_rectification(data: RectificationInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    check_lengths(errors, data)  # models/records/limits.py
    require(errors, "description", data.description, translate("Fields", "Problem"))
    if not data.found_on:
        errors["found_on"] = translate("Validation", "{field} is required.").format(
            field=translate("Fields", "Found on")
        )
    check_date(errors, "found_on", data.found_on, translate("Fields", "Found on"))
    check_date(errors, "deadline", data.deadline, translate("Fields", "Deadline"))
    check_date(errors, "completed_on", data.completed_on, translate("Fields", "Completed on"))
    if data.source not in RECTIFICATION_SOURCES:
        errors["source"] = translate("Validation", "Choose where the problem was found.")
    if data.status not in RECTIFICATION_STATUSES:
        errors["status"] = translate("Validation", "Choose in progress or completed.")
    elif data.status == "done" and not data.completed_on:
        errors["completed_on"] = translate(
            "Validation", "A completed item needs the date it was completed."
        )
    if (
        data.deadline
        and data.found_on
        and not {"deadline", "found_on"} & set(errors)
        and data.deadline < data.found_on
    ):
        errors["deadline"] = translate(
            "Validation", "The deadline is before the problem was found."
        )
    if (
        data.completed_on
        and data.found_on
        and not {"completed_on", "found_on"} & set(errors)
        and data.completed_on < data.found_on
    ):
        errors["completed_on"] = translate(
            "Validation", "The completion date is before the problem was found."
        )
    owner = live_person(errors, "owner", data.owner_uuid)
    row = RectificationItem.get_or_none(RectificationItem.uuid == data.uuid) if data.uuid else None
    if data.uuid and row is None:
        errors["uuid"] = translate("Validation", "This record no longer exists.")
    try:
        branch = row.branch if row is not None else chosen_branch(data.branch_uuid)
    except ValidationError as exc:
        errors.update(exc.errors)
    else:
        same_branch(errors, "owner", owner, branch)
    return errors


def save_rectification(data: RectificationInput, who: str = "") -> str:
    errors = validate_rectification(data)
    if errors:
        raise ValidationError(errors)
    done = data.status == "done"
    values = {
        "description": data.description.strip(),
        "found_on": day_or_none(data.found_on),
        "source": data.source,
        "category": data.category.strip(),
        "owner": live_person({}, "owner", data.owner_uuid),
        "measures": data.measures.strip(),
        "deadline": day_or_none(data.deadline),
        "status": data.status,
        "completed_on": day_or_none(data.completed_on) if done else None,
        "evidence": data.evidence.strip(),
    }
    with atomic_write():
        if data.uuid:
            row = RectificationItem.get(RectificationItem.uuid == data.uuid)
            update_row(RectificationItem, row, values, "rectification_item", who)
            return row.uuid
        row = RectificationItem.create(branch=chosen_branch(data.branch_uuid), **values)
        audit.record(
            "create",
            "rectification_item",
            row.uuid,
            {"description": values["description"], "deadline": values["deadline"]},
            who=who,
        )
        return row.uuid


def delete_rectification(uuid: str, who: str = "") -> None:
    with atomic_write():
        soft_delete(RectificationItem, uuid, "rectification_item", who)


def list_rectifications(
    year: int | None = None, today: dt.date | None = None, branch: str | None = None
) -> list[RectificationRow]:
    """The branch's items (see find_branch) found in `year` (all when None) plus, for a year,
    older ones still open in it."""
    if not tables_present():
        return []
    chosen = find_branch(branch)
    if chosen is None:
        return []
    today = today or dt.date.today()
    query = (
        RectificationItem.select(RectificationItem, Person)
        .join(Person, on=(RectificationItem.owner == Person.id), join_type=JOIN.LEFT_OUTER)
        .where(RectificationItem.deleted_at.is_null() & (RectificationItem.branch == chosen.id))
        .order_by(RectificationItem.found_on, RectificationItem.id)
    )
    if year is not None:
        start, end = f"{int(year):04d}-01-01", f"{int(year) + 1:04d}-01-01"
        query = query.where(
            (RectificationItem.found_on < end)
            & (
                (RectificationItem.found_on >= start)
                | (RectificationItem.status == "in_progress")
                | (RectificationItem.completed_on >= start)
            )
        )
    items = list(query)
    from models.records.rectification_photos import photo_counts

    photos = photo_counts([r.id for r in items])
    rows = []
    for r in items:
        deadline = None if r.deadline in (None, "") else str(r.deadline)
        owner = r.owner if r.owner_id else None
        rows.append(
            RectificationRow(
                uuid=r.uuid,
                found_on=str(r.found_on),
                source=r.source,
                description=r.description,
                category=r.category,
                owner=owner.name if owner else "",
                owner_uuid=owner.uuid if owner else None,
                measures=r.measures,
                deadline=deadline,
                status=effective_status(r.status, deadline, today),
                completed_on=None if r.completed_on in (None, "") else str(r.completed_on),
                evidence=r.evidence,
                photos=photos.get(r.id, 0),
            )
        )
    return rows


def overdue_items(
    today: dt.date | None = None, branch: str | None = None
) -> list[RectificationRow]:
    return [r for r in list_rectifications(None, today, branch) if r.status == "overdue"]


def status_counts(rows: list[RectificationRow]) -> dict[str, int]:
    return {s: sum(r.status == s for r in rows) for s in ("in_progress", "overdue", "done")}


def rectification_categories() -> list[str]:
    """The branch's list of categories (the defaults until it is edited)."""
    row = Setting.get_or_none((Setting.key == CATEGORIES_KEY) & Setting.deleted_at.is_null())
    if row is not None:
        try:
            value = json.loads(row.value)
        except ValueError:
            value = None
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return value
    return default_categories()


def set_rectification_categories(names: list[str], who: str = "") -> None:
    cleaned: list[str] = []
    for name in names:
        text = " ".join(str(name).split())
        if text and text not in cleaned:
            cleaned.append(text)
    if not cleaned:
        raise ValidationError(
            {"categories": translate("Validation", "Keep at least one category.")}
        )
    if len(cleaned) > MAX_CATEGORIES:
        raise ValidationError(
            {
                "categories": translate("Validation", "At most {n} categories.").format(
                    n=MAX_CATEGORIES
                )
            }
        )
    value = json.dumps(cleaned, ensure_ascii=False)
    with atomic_write():
        row = Setting.get_or_none(Setting.key == CATEGORIES_KEY)
        if row is None:
            row = Setting.create(key=CATEGORIES_KEY, value=value)
        else:
            Setting.update(
                value=value, deleted_at=None, updated_at=utc_now(), rev=Setting.rev + 1
            ).where(Setting.id == row.id).execute()
        audit.record("update", "setting", row.uuid, {CATEGORIES_KEY: cleaned}, who=who)


def category_usage() -> dict[str, int]:
    """Category → the live items that carry it (every branch's: the list is the ledger's),
    including categories no longer in the list: they stay on their items."""
    if not tables_present():
        return {}
    rows = (
        RectificationItem.select(RectificationItem.category, fn.COUNT(RectificationItem.id))
        .where(RectificationItem.deleted_at.is_null() & (RectificationItem.category != ""))
        .group_by(RectificationItem.category)
        .order_by(RectificationItem.category)
        .tuples()
    )
    return {category: n for category, n in rows}


def rename_rectification_category(old: str, new: str, who: str = "") -> int:
    """Rename a category in the list and on every live item that carries it (each item a
    logged change, so the bureau sees it); returns the items renamed. A category that is no
    longer in the list (retired, still on items) can be renamed back into it."""
    new_text = " ".join(str(new).split())
    old_text = " ".join(str(old).split())
    if not new_text:
        raise ValidationError(
            {
                "new": translate("Validation", "{field} is required.").format(
                    field=translate("Fields", "New name")
                )
            }
        )
    if not old_text or old_text == new_text:
        raise ValidationError({"new": translate("Validation", "Give a different name.")})
    names = rectification_categories()
    if old_text in names:
        renamed = [new_text if n == old_text else n for n in names]
    else:
        renamed = [*names, new_text]
    with atomic_write():
        set_rectification_categories(renamed, who)
        items = list(
            RectificationItem.select().where(
                RectificationItem.deleted_at.is_null() & (RectificationItem.category == old_text)
            )
        )
        for item in items:
            update_row(RectificationItem, item, {"category": new_text}, "rectification_item", who)
        return len(items)
