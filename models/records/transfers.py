"""组织关系转接: transfers in and out as dated events (介绍信编号, the organisation, the 回执), each
writing the person's dated roster status so that every figure of any date stays right.

A 转出 dated D: the person is on the roster through D (countable at D's activities) and
`transferred` from D + 1. A 转入 dated D: on the roster (`active`) from D. Editing the event moves
its status row; deleting it deletes the status row too. A 转出 whose 回执 has not come back 30
days after it is an overview reminder.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.errors import ValidationError
from models.file.schema import Person, PersonStatus, Transfer, database, utc_now
from models.records import audit
from models.records.dues import clean_text
from models.records.followup_base import soft_delete, update_row
from models.records.limits import check_lengths
from models.records.validation import atomic_write, check_date, day_or_none, parse_date
from models.text.i18n import translate
from models.vocabulary_members import RECEIPT_WAIT_DAYS, TRANSFER_DIRECTIONS


@dataclass
class TransferInput:
    person_uuid: str
    direction: str  # in / out
    date: str
    organisation: str
    letter_no: str = ""
    receipt_on: str | None = None
    note: str = ""
    uuid: str | None = None


@dataclass(frozen=True)
class TransferRow:
    uuid: str
    person_uuid: str
    person: str
    direction: str
    date: str
    organisation: str
    letter_no: str
    receipt_on: str | None
    note: str


def tables_present() -> bool:
    row = database.execute_sql(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'transfer'"
    ).fetchone()
    return row[0] == 1


def validate_transfer(data: TransferInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    check_lengths(errors, data)  # models/records/limits.py
    if (
        not Person.select()
        .where((Person.uuid == data.person_uuid) & Person.deleted_at.is_null())
        .exists()
    ):
        errors["person"] = translate("Validation", "This person is no longer in the ledger.")
    if data.direction not in TRANSFER_DIRECTIONS:
        errors["direction"] = translate("Transfers", "Choose transferred in or out.")
    if not data.date:
        errors["date"] = translate("Validation", "{field} is required.").format(
            field=translate("Transfers", "Date")
        )
    check_date(errors, "date", data.date, translate("Transfers", "Date"))
    check_date(errors, "receipt_on", data.receipt_on, translate("Transfers", "Receipt returned"))
    if not clean_text(data.organisation):
        errors["organisation"] = translate("Validation", "{field} is required.").format(
            field=translate("Transfers", "Organisation")
        )
    start, receipt = parse_date(data.date), parse_date(data.receipt_on)
    if start and receipt and receipt < start and "receipt_on" not in errors:
        errors["receipt_on"] = translate(
            "Transfers", "The receipt cannot come back before the transfer."
        )
    if data.uuid and not Transfer.select().where(Transfer.uuid == data.uuid).exists():
        errors["uuid"] = translate("Validation", "This record no longer exists.")
    return errors


def _status_of(direction: str, day: str) -> tuple[str, str]:
    """(status, effective_on) the event writes."""
    if direction == "out":
        leaves = dt.date.fromisoformat(day) + dt.timedelta(days=1)
        return "transferred", leaves.isoformat()
    return "active", day


def save_transfer(data: TransferInput, who: str = "") -> str:
    errors = validate_transfer(data)
    if errors:
        raise ValidationError(errors)
    person = Person.get(Person.uuid == data.person_uuid)
    day = day_or_none(data.date)
    values = {
        "person": person,
        "direction": data.direction,
        "date": day,
        "organisation": clean_text(data.organisation),
        "letter_no": clean_text(data.letter_no),
        "receipt_on": day_or_none(data.receipt_on),
        "note": clean_text(data.note),
    }
    status, effective = _status_of(data.direction, str(day))
    label = translate("Transfers", "{direction}: {organisation}")
    status_note = label.format(
        direction=translate("Transfers", "Transferred out")
        if data.direction == "out"
        else translate("Transfers", "Transferred in"),
        organisation=values["organisation"],
    )
    with atomic_write():
        row = Transfer.get(Transfer.uuid == data.uuid) if data.uuid else None
        linked = (
            PersonStatus.get_or_none(PersonStatus.id == row.__data__.get("status"))
            if row is not None and row.__data__.get("status")
            else None
        )
        if linked is None:
            linked = PersonStatus.create(
                person=person, status=status, effective_on=effective, note=status_note
            )
            audit.record(
                "update",
                "person_status",
                linked.uuid,
                {"person": person.name, "status": status, "effective_on": effective},
                who=who,
            )
        else:
            update_row(
                PersonStatus,
                linked,
                {"person": person, "status": status, "effective_on": effective,
                 "note": status_note},
                "person_status",
                who,
            )  # fmt: skip
        values["status"] = linked
        if row is not None:
            update_row(Transfer, row, values, "transfer", who)
            return row.uuid
        row = Transfer.create(branch=person.branch, **values)  # the person's branch
        audit.record(
            "create",
            "transfer",
            row.uuid,
            {"person": person.name, "direction": data.direction, "date": day},
            who=who,
        )
        return row.uuid


def delete_transfer(uuid: str, who: str = "") -> None:
    """Delete the event and the roster status it wrote."""
    with atomic_write():
        row = Transfer.get_or_none(Transfer.uuid == uuid)
        soft_delete(Transfer, uuid, "transfer", who)
        if row is not None and row.__data__.get("status"):
            status = PersonStatus.get_or_none(PersonStatus.id == row.__data__.get("status"))
            if status is not None and status.deleted_at is None:
                now = utc_now()
                PersonStatus.update(deleted_at=now, updated_at=now, rev=PersonStatus.rev + 1).where(
                    PersonStatus.id == status.id
                ).execute()
                audit.record("delete", "person_status", status.uuid, {"deleted": [False, True]},
                             who=who)  # fmt: skip


def list_transfers(person_uuid: str | None = None) -> list[TransferRow]:
    if not tables_present():
        return []
    query = (
        Transfer.select(Transfer, Person)
        .join(Person, on=(Transfer.person == Person.id))
        .where(Transfer.deleted_at.is_null())
        .order_by(Transfer.date.desc(), Transfer.id.desc())
    )
    if person_uuid:
        query = query.where(Person.uuid == person_uuid)
    return [
        TransferRow(
            t.uuid,
            t.person.uuid,
            t.person.name,
            t.direction,
            str(t.date),
            t.organisation,
            t.letter_no,
            str(t.receipt_on) if t.receipt_on else None,
            t.note,
        )
        for t in query
    ]


def awaiting_receipt(today: dt.date | None = None) -> list[TransferRow]:
    """转出 older than 30 days without the 回执."""
    today = today or dt.date.today()
    limit = (today - dt.timedelta(days=RECEIPT_WAIT_DAYS)).isoformat()
    return [
        t for t in list_transfers() if t.direction == "out" and not t.receipt_on and t.date <= limit
    ]


def transfer_reminders(today: dt.date | None = None) -> list:
    from models.rules.followup import Reminder

    return [
        Reminder(
            translate(
                "Transfers",
                "{name}: transferred out to {organisation} on {date}; the receipt has not been"
                " recorded as returned.",
            ).format(name=t.person, organisation=t.organisation, date=t.date),
            "transfers",
        )
        for t in awaiting_receipt(today)
    ]
