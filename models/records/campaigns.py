"""Campaign periods (专项活动, e.g. 第二批主题教育 2019-09-01…2020-01-31): named date ranges stored
in the ledger, chosen like a month or a year (`--campaign NAME`, the district page).

Who defines a campaign:
- a school: in a ledger holding one branch, the campaign belongs to that branch (`branch_id`),
  travels in its bundles and is merged into the district under that branch only (a school's
  bundle never changes another school's campaign, nor the bureau's);
- the bureau: in the district ledger (several branches, or any ledger that has imported a
  bundle), a campaign it defines has no branch (NULL): it is the bureau's own, for the whole
  district, and never leaves it.

Looking a name up (`find_campaign`): the bureau's own definition wins; otherwise the schools'
definitions of that name are used when they agree on the dates; when they differ, the error
names them so the bureau can define the campaign itself (or ask with --from/--to).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.errors import LedgerError, ValidationError
from models.file.schema import Branch, Campaign, database
from models.records import audit
from models.records.dues import clean_text
from models.records.followup_base import soft_delete, update_row
from models.records.validation import atomic_write, parse_date
from models.rules.periods import DateRange, date_range, date_text
from models.text.i18n import translate

MAX_NAME = 60


@dataclass(frozen=True)
class CampaignRow:
    uuid: str
    name: str
    start_on: str
    end_on: str
    note: str
    branch: str  # the branch that defined it; "" for the bureau's own

    @property
    def period(self) -> DateRange:
        return date_range(self.start_on, self.end_on, self.name)


def tables_present() -> bool:
    row = database.execute_sql(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'campaign'"
    ).fetchone()
    return row[0] == 1


def _owner() -> Branch | None:
    """The branch a campaign defined here belongs to: the ledger's one branch; None (the
    bureau's own) in a district ledger — one that holds several branches or has imported a
    bundle (even a district of one school so far)."""
    live = list(Branch.select().where(Branch.deleted_at.is_null()).limit(2))
    if len(live) != 1 or is_district():
        return None
    return live[0]


def is_district() -> bool:
    """Whether the ledger has taken in a bureau bundle (the merge logs each import)."""
    row = database.execute_sql(
        "SELECT EXISTS (SELECT 1 FROM audit_entry WHERE action = 'import'"
        " AND table_name = 'bundle')"
    ).fetchone()
    return bool(row[0])


def _same_owner(owner: Branch | None):
    return Campaign.branch.is_null() if owner is None else (Campaign.branch == owner.id)


def validate_campaign(
    name: str, start_on: str, end_on: str, uuid: str | None = None
) -> dict[str, str]:
    """Field → message: a name (unique among this ledger's own campaigns), two real dates, start
    on or before end."""
    errors: dict[str, str] = {}
    clean = clean_text(name)
    if not clean:
        errors["name"] = translate("Validation", "{field} is required.").format(
            field=translate("Campaigns", "Name")
        )
    elif len(clean) > MAX_NAME:
        errors["name"] = translate("Campaigns", "The name is longer than {n} characters.").format(
            n=MAX_NAME
        )
    labels = {"start_on": translate("Campaigns", "From"), "end_on": translate("Campaigns", "To")}
    days: dict[str, dt.date | None] = {}
    for field, value in (("start_on", start_on), ("end_on", end_on)):
        days[field] = parse_date(value)
        if value in (None, ""):
            errors[field] = translate("Validation", "{field} is required.").format(
                field=labels[field]
            )
        elif days[field] is None:
            errors[field] = translate(
                "Validation", "{field}: {value} is not a date that exists (use YYYY-MM-DD)."
            ).format(field=labels[field], value=value)
    start, end = days["start_on"], days["end_on"]
    if start and end and start > end:
        errors["end_on"] = translate("Campaigns", "The campaign cannot end before it starts.")
    if uuid and not Campaign.select().where(Campaign.uuid == uuid).exists():
        errors["uuid"] = translate("Validation", "This record no longer exists.")
    if clean and "name" not in errors:
        owner = _owner() if not uuid else Campaign.get(Campaign.uuid == uuid).branch
        clash = Campaign.select().where(
            (Campaign.name == clean) & Campaign.deleted_at.is_null() & _same_owner(owner)
        )
        if uuid:
            clash = clash.where(Campaign.uuid != uuid)
        if clash.exists():
            errors["name"] = translate(
                "Campaigns", "A campaign named {name} already exists."
            ).format(name=clean)
    return errors


def save_campaign(
    name: str, start_on: str, end_on: str, note: str = "", uuid: str | None = None, who: str = ""
) -> str:
    """Add (or with `uuid`, change) a campaign; ValidationError naming the field if bad."""
    errors = validate_campaign(name, start_on, end_on, uuid)
    if errors:
        raise ValidationError(errors)
    values = {
        "name": clean_text(name),
        "start_on": parse_date(start_on),
        "end_on": parse_date(end_on),
        "note": clean_text(note),
    }
    with atomic_write():
        if uuid:
            row = Campaign.get(Campaign.uuid == uuid)
            update_row(Campaign, row, values, "campaign", who)
            return row.uuid
        row = Campaign.create(branch=_owner(), **values)
        audit.record(
            "create",
            "campaign",
            row.uuid,
            {k: str(v) for k, v in values.items()},
            who=who,
        )
        return row.uuid


def delete_campaign(uuid: str, who: str = "") -> None:
    """Delete a campaign (a tombstone: the district removes it at the next bundle too)."""
    with atomic_write():
        soft_delete(Campaign, uuid, "campaign", who)


def list_campaigns() -> list[CampaignRow]:
    """Every live campaign of the ledger, by start date (the bureau's and each branch's)."""
    if not tables_present():
        return []
    rows = database.execute_sql(
        "SELECT c.uuid, c.name, c.start_on, c.end_on, c.note, COALESCE(b.name, '')"
        " FROM campaign c LEFT JOIN branch b ON b.id = c.branch_id"
        " WHERE c.deleted_at IS NULL ORDER BY c.start_on, c.name, c.id"
    ).fetchall()
    return [CampaignRow(*(str(v) for v in row)) for row in rows]


def known_names() -> list[str]:
    names: list[str] = []
    for row in list_campaigns():
        if row.name not in names:
            names.append(row.name)
    return names


def find_campaign(name: str) -> DateRange:
    """The period of the campaign called `name` (see the module's rule); LedgerError listing the
    known campaigns when there is none, or the differing definitions when they disagree."""
    wanted = clean_text(name)
    rows = [r for r in list_campaigns() if r.name == wanted]
    if not rows:
        known = known_names()
        listed = translate("Campaigns", ", ").join(known) if known else "—"
        raise LedgerError(
            translate(
                "Campaigns", "There is no campaign named {name} in this ledger. Known: {known}."
            ).format(name=wanted, known=listed)
        )
    own = [r for r in rows if not r.branch]
    if own:
        return own[0].period
    spans = {(r.start_on, r.end_on) for r in rows}
    if len(spans) == 1:
        return rows[0].period
    listed = translate("Campaigns", "; ").join(
        translate("Campaigns", "{branch}: {start} to {end}").format(
            branch=r.branch, start=date_text(r.start_on), end=date_text(r.end_on)
        )
        for r in rows
    )
    raise LedgerError(
        translate(
            "Campaigns",
            "The branches date the campaign {name} differently ({listed}): define it in the "
            "district ledger, or give --from and --to.",
        ).format(name=wanted, listed=listed)
    )
