"""党费 (membership dues): each member's monthly standard as a dated history, what was due and
paid month by month (交纳 / 补交 / 免交 with its reason), the year's sheet, the branch's monthly
totals (what the bureau sees) and the arrears reminders.

Rules (党费收缴、使用和管理的规定, 2008): a member pays monthly by the standard the branch set
(工资基数 × 比例, kept optional here: the standard is what is entered). A month is *owed* by a
person who, on its first or on its last day, is on the roster (在册 or 流动) and a member by the
dated category history (正式党员, 预备党员: a 预备党员 admitted on the 15th owes that month);
its 应交 is the payment row's own figure when one was recorded,
else the standard in force that month. A month without a standard is not counted as owed: the
ledger cannot say what is due. Amounts are integer 分.

Both the category and the roster status are dated (person_category, person_status): someone
who left in March owes nothing after it, and someone admitted in May nothing before it, whatever
their category today.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from models.errors import ValidationError
from models.file.schema import (
    DuesMonth,
    DuesPayment,
    DuesStandard,
    Person,
    PersonStatus,
    database,
)
from models.records import audit
from models.records.branch import find_branch, the_branch
from models.records.followup_base import soft_delete, update_row
from models.records.limits import check_lengths
from models.records.validation import atomic_write, check_date, day_or_none
from models.rules.periods import period_text
from models.text.i18n import translate
from models.vocabulary import MEMBER_CATEGORIES
from models.vocabulary_members import (
    ARREARS_RULE_MONTHS,
    ARREARS_TALK_MONTHS,
    DUES_KINDS,
    yuan,
)

ON_ROSTER = ("active", "mobile")
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_MONEY = re.compile(r"^\d{1,7}(\.\d{1,2})?$")
DUES_TABLES = ("dues_standard", "dues_payment", "dues_month")


def tables_present() -> bool:
    """Whether the open ledger has the format-9 tables (an older file opened read-only does not)."""
    marks = ",".join("?" * len(DUES_TABLES))
    row = database.execute_sql(
        f"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ({marks})",
        DUES_TABLES,
    ).fetchone()
    return row[0] == len(DUES_TABLES)


# --- input ----------------------------------------------------------------------------------------


@dataclass
class StandardInput:
    person_uuid: str
    effective_from: str  # YYYY-MM
    amount: str  # yuan, "12.50"
    base: str = ""  # 工资基数, yuan (optional)
    rate: str = ""  # 比例 in percent, "0.5" / "1" / "1.5" / "2" (optional)
    note: str = ""
    uuid: str | None = None


@dataclass
class PaymentInput:
    person_uuid: str
    month: str  # YYYY-MM
    paid: str = ""  # yuan; empty = 0
    paid_on: str | None = None
    kind: str = "paid"  # DUES_KINDS
    note: str = ""  # the reason for 免交 (required then)
    due: str = ""  # yuan; empty = the standard in force that month


def parse_cents(value: str) -> int | None:
    """ "12.5" → 1250; None when not a non-negative amount with at most two decimals."""
    text = str(value or "").strip().replace("，", ".").replace("¥", "").replace("￥", "")
    if not _MONEY.fullmatch(text):
        return None
    whole, _dot, part = text.partition(".")
    return int(whole) * 100 + int((part + "00")[:2])


def _money(errors: dict[str, str], field_: str, value: str, label: str, *, required: bool) -> None:
    if not str(value or "").strip():
        if required:
            errors[field_] = translate("Validation", "{field} is required.").format(field=label)
        return
    if parse_cents(value) is None:
        errors[field_] = translate(
            "Dues", "{field} must be an amount in yuan, such as 12.50."
        ).format(field=label)


def _month(errors: dict[str, str], field_: str, value: str, label: str) -> None:
    if not _MONTH.fullmatch(str(value or "")):
        errors[field_] = translate("Dues", "{field} must be a month, YYYY-MM.").format(field=label)


def _member(errors: dict[str, str], uuid: str) -> Person | None:
    person = Person.get_or_none((Person.uuid == uuid) & Person.deleted_at.is_null())
    if person is None:
        errors["person"] = translate("Validation", "This person is no longer in the ledger.")
    return person


def validate_standard(data: StandardInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    check_lengths(errors, data)  # models/records/limits.py
    _member(errors, data.person_uuid)
    _month(errors, "effective_from", data.effective_from, translate("Dues", "From month"))
    _money(errors, "amount", data.amount, translate("Dues", "Monthly standard"), required=True)
    _money(errors, "base", data.base, translate("Dues", "Salary base"), required=False)
    rate = str(data.rate or "").strip().rstrip("%")
    rate_cents = parse_cents(rate) if rate else None
    if rate and (rate_cents is None or rate_cents > 10000):
        errors["rate"] = translate("Dues", "The rate is a percentage, such as 0.5 or 1.")
    elif rate_cents is not None and rate_cents % 10:
        errors["rate"] = translate("Dues", "The rate has at most one decimal (0.5, 1.5).")
    if data.uuid and not DuesStandard.select().where(DuesStandard.uuid == data.uuid).exists():
        errors["uuid"] = translate("Validation", "This record no longer exists.")
    return errors


def save_standard(data: StandardInput, who: str = "") -> str:
    """Set a member's monthly standard from a month on (one per person and month: setting it
    again for the same month replaces it)."""
    errors = validate_standard(data)
    if errors:
        raise ValidationError(errors)
    person = Person.get(Person.uuid == data.person_uuid)
    rate = str(data.rate or "").strip().rstrip("%")
    values = {
        "effective_from": data.effective_from,
        "amount_cents": parse_cents(data.amount),
        "base_cents": parse_cents(data.base) if str(data.base or "").strip() else None,
        "rate_permille": (parse_cents(rate) or 0) // 10 if rate else None,
        "note": clean_text(data.note),
    }
    with atomic_write():
        row = None
        if data.uuid:
            row = DuesStandard.get(DuesStandard.uuid == data.uuid)
        else:
            row = DuesStandard.get_or_none(
                (DuesStandard.person == person)
                & (DuesStandard.effective_from == data.effective_from)
            )
        if row is not None:
            clash = DuesStandard.get_or_none(
                (DuesStandard.person == person)
                & (DuesStandard.effective_from == data.effective_from)
                & (DuesStandard.id != row.id)
            )
            if clash is not None:
                raise ValidationError(
                    {
                        "effective_from": translate(
                            "Dues", "This member already has a standard from {month}."
                        ).format(month=data.effective_from)
                    }
                )
            update_row(DuesStandard, row, values, "dues_standard", who)
            return row.uuid
        # A member's dues rows belong to the member's branch (on a ledger of several
        # branches the first one is not everyone's).
        row = DuesStandard.create(branch=person.branch, person=person, **values)
        audit.record(
            "create",
            "dues_standard",
            row.uuid,
            {"person": person.name, "from": data.effective_from},
            who=who,
        )
        return row.uuid


def delete_standard(uuid: str, who: str = "") -> None:
    with atomic_write():
        soft_delete(DuesStandard, uuid, "dues_standard", who)


@dataclass(frozen=True)
class StandardRow:
    uuid: str
    effective_from: str
    amount_cents: int
    base_cents: int | None
    rate_permille: int | None
    note: str


def standard_history(person_uuid: str) -> list[StandardRow]:
    """A member's standards, oldest first."""
    if not tables_present():
        return []
    query = (
        DuesStandard.select()
        .join(Person)
        .where((Person.uuid == person_uuid) & DuesStandard.deleted_at.is_null())
        .order_by(DuesStandard.effective_from)
    )
    return [
        StandardRow(s.uuid, s.effective_from, s.amount_cents, s.base_cents, s.rate_permille, s.note)
        for s in query
    ]


def validate_payment(data: PaymentInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    check_lengths(errors, data)  # models/records/limits.py
    person = _member(errors, data.person_uuid)
    _month(errors, "month", data.month, translate("Dues", "Month"))
    if data.kind not in DUES_KINDS:
        errors["kind"] = translate("Dues", "Choose paid, paid late or exempt.")
    _money(errors, "paid", data.paid, translate("Dues", "Paid"), required=False)
    _money(errors, "due", data.due, translate("Dues", "Due"), required=False)
    check_date(errors, "paid_on", data.paid_on, translate("Dues", "Date paid"))
    if data.kind == "exempt":
        if not clean_text(data.note):
            errors["note"] = translate("Dues", "Give the reason for the exemption.")
    elif not data.paid_on:
        errors["paid_on"] = translate("Validation", "{field} is required.").format(
            field=translate("Dues", "Date paid")
        )
    if (
        "month" not in errors
        and "due" not in errors
        and person is not None
        and not str(data.due or "").strip()
        and _standard_cents(person.id, data.month) is None
    ):
        errors["due"] = translate(
            "Dues", "No standard is set for this member in {month}: enter the amount due."
        ).format(month=data.month)
    return errors


def save_payment(data: PaymentInput, who: str = "") -> str:
    """Record one member's dues of one month (replacing what was recorded for that month)."""
    errors = validate_payment(data)
    if errors:
        raise ValidationError(errors)
    person = Person.get(Person.uuid == data.person_uuid)
    due = (
        parse_cents(data.due)
        if str(data.due or "").strip()
        else _standard_cents(person.id, data.month)
    )
    exempt = data.kind == "exempt"
    values = {
        "due_cents": due or 0,
        "paid_cents": 0 if exempt else (parse_cents(data.paid) or 0),
        "paid_on": None if exempt else day_or_none(data.paid_on),
        "kind": data.kind,
        "note": clean_text(data.note),
    }
    with atomic_write():
        row = DuesPayment.get_or_none(
            (DuesPayment.person == person) & (DuesPayment.month == data.month)
        )
        if row is not None:  # a deleted one comes back, keeping its uuid
            update_row(DuesPayment, row, values, "dues_payment", who)
            uuid = row.uuid
        else:
            row = DuesPayment.create(
                branch=person.branch, person=person, month=data.month, **values
            )
            audit.record(
                "create",
                "dues_payment",
                row.uuid,
                {"person": person.name, "month": data.month, "kind": data.kind},
                who=who,
            )
            uuid = row.uuid
        refresh_month_total(data.month, who, person.branch.uuid)
        return uuid


def delete_payment(uuid: str, who: str = "") -> None:
    with atomic_write():
        row = DuesPayment.get_or_none(DuesPayment.uuid == uuid)
        soft_delete(DuesPayment, uuid, "dues_payment", who)
        if row is not None:
            refresh_month_total(row.month, who, row.branch.uuid)


def refresh_month_total(month: str, who: str = "", branch_uuid: str | None = None) -> None:
    """Write the branch's totals of `month` from its live payment rows (inside the caller's
    transaction); `branch_uuid`: see find_branch."""
    branch = find_branch(branch_uuid) if branch_uuid else the_branch()
    if branch is None:
        branch = the_branch()
    due, paid, members, exempt = database.execute_sql(
        "SELECT COALESCE(SUM(due_cents), 0), COALESCE(SUM(paid_cents), 0), COUNT(*),"
        " COALESCE(SUM(kind = 'exempt'), 0) FROM dues_payment"
        " WHERE deleted_at IS NULL AND branch_id = ? AND month = ?",
        (branch.id, month),
    ).fetchone()
    values = {"due_cents": due, "paid_cents": paid, "members": members, "exempt": exempt}
    row = DuesMonth.get_or_none((DuesMonth.branch == branch) & (DuesMonth.month == month))
    if row is None:
        DuesMonth.create(branch=branch, month=month, **values)
    else:
        update_row(DuesMonth, row, values, "dues_month", who)


def clean_text(value: str) -> str:
    """One line of text without control characters (it goes into every output)."""
    text = "".join(ch if ch.isprintable() or ch in "\n" else " " for ch in str(value or ""))
    return " ".join(text.split())


# --- reading ------------------------------------------------------------------------------------


def _standard_cents(person_id: int, month: str) -> int | None:
    row = (
        DuesStandard.select(DuesStandard.amount_cents)
        .where(
            (DuesStandard.person == person_id)
            & DuesStandard.deleted_at.is_null()
            & (DuesStandard.effective_from <= month)
        )
        .order_by(DuesStandard.effective_from.desc())
        .first()
    )
    return row.amount_cents if row else None


def _fk(row: Any, name: str) -> int:
    """The raw id a foreign key column holds (without loading the row it points to)."""
    return row.__data__[name]


def months_of(year: int) -> list[str]:
    return [f"{int(year):04d}-{m:02d}" for m in range(1, 13)]


def month_bounds(month: str) -> tuple[str, str]:
    y, m = int(month[:4]), int(month[5:7])
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return f"{month}-01", (nxt - dt.timedelta(days=1)).isoformat()


def _status_histories() -> dict[int, list[tuple[str, str]]]:
    rows: dict[int, list[tuple[str, str]]] = {}
    query = (
        PersonStatus.select(PersonStatus.person, PersonStatus.effective_on, PersonStatus.status)
        .where(PersonStatus.deleted_at.is_null())
        .order_by(PersonStatus.effective_on, PersonStatus.id)
    )
    tuples: Any = query.tuples()
    for person_id, since, status in tuples:
        rows.setdefault(person_id, []).append((str(since), status))
    return rows


def _on_roster(history: list[tuple[str, str]], day: str) -> bool:
    status = ""
    for since, st in history:
        if since > day:
            break
        status = st
    return status in ON_ROSTER


def _category_histories() -> dict[int, list[tuple[str | None, str]]]:
    """{person id: [(effective_on or None, category)]}, oldest first (an undated row first)."""
    rows: dict[int, list[tuple[str | None, str]]] = {}
    for person_id, since, category in database.execute_sql(
        "SELECT person_id, effective_on, category FROM person_category"
        " WHERE deleted_at IS NULL ORDER BY effective_on IS NOT NULL, effective_on, id"
    ):
        rows.setdefault(person_id, []).append((str(since) if since else None, category))
    return rows


def _member_on(categories: list[tuple[str | None, str]] | None, current: str, day: str) -> bool:
    """A member (正式/预备) on `day` by the dated history (`current`: a person without history
    rows holds their category on every day, as models.records.categories says)."""
    if not categories:
        return current in MEMBER_CATEGORIES
    held = None
    for since, category in categories:
        if since is not None and since > day:
            break
        held = category
    return held in MEMBER_CATEGORIES


def _liable(
    history: list[tuple[str, str]],
    month: str,
    categories: list[tuple[str | None, str]] | None = None,
    current: str = "full_member",
) -> bool:
    """Owes `month`: on its first or its last day, on the roster and a member that day."""
    return any(
        _on_roster(history, day) and _member_on(categories, current, day)
        for day in month_bounds(month)
    )


@dataclass
class DuesCell:
    month: str
    liable: bool
    due_cents: int | None  # the recorded figure, else the standard (None: no standard)
    paid_cents: int = 0
    paid_on: str | None = None
    kind: str = ""  # "" = nothing recorded
    note: str = ""
    uuid: str | None = None

    @property
    def owed(self) -> bool:
        """Counted as not paid: owed, a due amount known, and not exempt nor paid in full."""
        if not self.liable or not self.due_cents or self.kind == "exempt":
            return False
        return self.paid_cents < self.due_cents


@dataclass
class MemberDues:
    uuid: str
    name: str
    category: str
    standard_cents: int | None  # in force in the sheet's last month
    cells: list[DuesCell] = field(default_factory=list)

    @property
    def due_cents(self) -> int:
        return sum(c.due_cents or 0 for c in self.cells if c.liable or c.kind)

    @property
    def paid_cents(self) -> int:
        return sum(c.paid_cents for c in self.cells)


@dataclass
class DuesSheet:
    year: int
    months: list[str]
    members: list[MemberDues]

    def month_due(self, i: int) -> int:
        return sum(
            m.cells[i].due_cents or 0 for m in self.members if m.cells[i].liable or m.cells[i].kind
        )

    def month_paid(self, i: int) -> int:
        return sum(m.cells[i].paid_cents for m in self.members)

    @property
    def due_cents(self) -> int:
        return sum(m.due_cents for m in self.members)

    @property
    def paid_cents(self) -> int:
        return sum(m.paid_cents for m in self.members)


def dues_sheet(
    months: list[str], until: str | None = None, branch: str | None = None
) -> list[MemberDues]:
    """Each member's dues for `months` (members: category of a member, owing any of them, or
    with a payment recorded in them), by name. Months after `until` (YYYY-MM) are not owed yet
    (a payment recorded in advance still shows). `branch` (a uuid or name, see find_branch):
    only that branch's members (a district ledger's screens show one branch at a time); None:
    every member of the ledger."""
    if not tables_present() or not months:
        return []
    chosen = find_branch(branch) if branch is not None else None
    if branch is not None and chosen is None:
        return []
    histories = _status_histories()
    held = _category_histories()
    recorded: dict[tuple[int, str], DuesPayment] = {}
    for p in DuesPayment.select().where(
        DuesPayment.deleted_at.is_null() & DuesPayment.month.in_(months)
    ):
        recorded[(_fk(p, "person"), p.month)] = p
    standards: dict[int, list[tuple[str, int]]] = {}
    for s in (
        DuesStandard.select()
        .where(DuesStandard.deleted_at.is_null())
        .order_by(DuesStandard.effective_from)
    ):
        standards.setdefault(_fk(s, "person"), []).append((s.effective_from, s.amount_cents))
    people = Person.select().where(Person.deleted_at.is_null())
    if chosen is not None:
        people = people.where(Person.branch == chosen)
    people = people.order_by(Person.name, Person.id)
    result = []
    for person in people:
        history = histories.get(person.id, [])
        cells = []
        for month in months:
            liable = (until is None or month <= until) and _liable(
                history, month, held.get(person.id), person.category
            )
            std = None
            for since, cents in standards.get(person.id, []):
                if since <= month:
                    std = cents
            paid = recorded.get((person.id, month))
            if paid is not None:
                cells.append(
                    DuesCell(
                        month,
                        liable,
                        paid.due_cents,
                        paid.paid_cents,
                        str(paid.paid_on) if paid.paid_on else None,
                        paid.kind,
                        paid.note,
                        paid.uuid,
                    )
                )
            else:
                cells.append(DuesCell(month, liable, std if liable else None))
        if not any(c.liable or c.kind for c in cells):
            continue
        last_std = None
        for since, cents in standards.get(person.id, []):
            if since <= months[-1]:
                last_std = cents
        result.append(MemberDues(person.uuid, person.name, person.category, last_std, cells))
    return result


def dues_year(year: int, today: dt.date | None = None, branch: str | None = None) -> DuesSheet:
    """The year's sheet as of `today` (default: today): later months are not owed yet.
    `branch`: only that branch's members (see dues_sheet)."""
    months = months_of(year)
    until = (today or dt.date.today()).strftime("%Y-%m")
    return DuesSheet(int(year), months, dues_sheet(months, until, branch))


@dataclass(frozen=True)
class Arrears:
    uuid: str
    name: str
    months: int  # consecutive months owed, up to the last month before today's
    since: str  # the first of them (YYYY-MM)
    owed_cents: int


def _month_add(month: str, n: int) -> str:
    index = int(month[:4]) * 12 + int(month[5:7]) - 1 + n
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def arrears(
    today: dt.date | None = None,
    *,
    minimum: int = ARREARS_TALK_MONTHS,
    branch: str | None = None,
) -> list[Arrears]:
    """Members whose dues are recorded as not paid for `minimum` or more consecutive months,
    counting back from the month before today's (the current month may still be paid).
    `branch`: only that branch's members (see dues_sheet)."""
    if not tables_present():
        return []
    today = today or dt.date.today()
    last = _month_add(today.strftime("%Y-%m"), -1)
    months = [_month_add(last, -i) for i in range(23, -1, -1)]  # two years back is enough
    found = []
    for member in dues_sheet(months, branch=branch):
        run, owed = 0, 0
        for cell in reversed(member.cells):
            if not cell.owed:
                break
            run += 1
            owed += (cell.due_cents or 0) - cell.paid_cents
        if run >= minimum:
            found.append(Arrears(member.uuid, member.name, run, _month_add(last, 1 - run), owed))
    return sorted(found, key=lambda a: (-a.months, a.name))


def arrears_text(a: Arrears) -> str:
    """The reminder's sentence: what the ledger records, and what the rules say, no verdict."""
    if a.months >= ARREARS_RULE_MONTHS:
        return translate(
            "Dues",
            "{name}: no dues recorded as paid for {n} consecutive months (since {since}, {amount}"
            " yuan). The rules treat six months without paying and without a proper reason as"
            " leaving the Party of one's own accord; the branch should verify the facts and"
            " talk with the member before anything is decided.",
        ).format(name=a.name, n=a.months, since=period_text(a.since), amount=yuan(a.owed_cents))
    return translate(
        "Dues",
        "{name}: no dues recorded as paid for {n} consecutive months (since {since}, {amount}"
        " yuan). A talk with the member is due.",
    ).format(name=a.name, n=a.months, since=period_text(a.since), amount=yuan(a.owed_cents))


@dataclass(frozen=True)
class BranchDues:
    branch_uuid: str
    branch: str
    due_cents: int
    paid_cents: int
    months: int


def dues_by_branch(year: int) -> list[BranchDues]:
    """Per branch, the year's 应交 and 实交 from the monthly totals (the district's view: no
    per-person amounts)."""
    if not tables_present():
        return []
    rows = database.execute_sql(
        "SELECT b.uuid, b.name, COALESCE(SUM(m.due_cents), 0), COALESCE(SUM(m.paid_cents), 0),"
        " COUNT(m.id) FROM branch b LEFT JOIN dues_month m ON m.branch_id = b.id"
        " AND m.deleted_at IS NULL AND m.month BETWEEN ? AND ?"
        " WHERE b.deleted_at IS NULL GROUP BY b.id ORDER BY b.name, b.uuid",
        (f"{int(year):04d}-01", f"{int(year):04d}-12"),
    ).fetchall()
    return [BranchDues(*r) for r in rows]


def dues_reminders(today: dt.date | None = None, branch: str | None = None) -> list:
    """The overview's reminders (models.rules.followup.Reminder, section "dues"): 3 months and
    more in arrears; 6 and more urgent. `branch`: only that branch's members (see dues_sheet)."""
    from models.rules.followup import Reminder

    return [
        Reminder(arrears_text(a), "dues", urgent=a.months >= ARREARS_RULE_MONTHS)
        for a in arrears(today, branch=branch)
    ]
