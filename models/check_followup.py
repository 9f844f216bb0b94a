"""`check` rules for the records beyond activities: the year's plan, 评议 results, 整改 items
(and their photos), talks, 党费 and 转接 — the invariants their services keep, checked on the
rows as they are on disk (a file edited by hand or by another tool, or damaged).

Each rule is a generator like those of models/check.py: it yields functions that word a problem
(called only for the problems the report lists) and each names the record the way the user knows
it (the item's date and topic, the member's name and year …). Rows pointing to a person or branch
that is not there are found by SQLite's foreign_key_check (models/check.py) and worded with these
records' names (`TABLE_LABELS`); here: a link to someone of another branch, codes that do not
exist, dates that do not exist or are out of order, a completed item without its date, amounts
below zero, and two rows with the same identifier or the same natural key. A table the file's
format does not have yet is skipped. Queries are ordered, so the report repeats exactly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from peewee import SqliteDatabase

from models.records.validation import parse_date
from models.text.i18n import translate
from models.vocabulary import (
    KIND_CODES,
    PLAN_RECURRENCES,
    RECTIFICATION_SOURCES,
    RECTIFICATION_STATUSES,
    REVIEW_GRADES,
    TALK_KINDS,
)
from models.vocabulary_members import DUES_KINDS, TRANSFER_DIRECTIONS

Problem = Callable[[], str]
Rule = Callable[[SqliteDatabase, object], Iterator[Problem]]

FIRST_YEAR, LAST_YEAR = 1900, 2999  # what every form accepts as a year


def table_labels() -> dict[str, str]:
    """How the report names a row of these tables (the foreign-key check uses it too)."""
    return {
        "plan_item": translate("Check", "planned item"),
        "review_result": translate("Check", "appraisal result"),
        "rectification_item": translate("Check", "rectification item"),
        "rectification_photo": translate("Check", "photo of a rectification item"),
        "talk": translate("Check", "heart-to-heart talk"),
        "dues_standard": translate("Check", "dues standard"),
        "dues_payment": translate("Check", "dues payment"),
        "dues_month": translate("Check", "monthly dues total"),
        "transfer": translate("Check", "transfer"),
    }


# How a row is named: SQL for the two values `_record` words it with (our own SQL; `{t}` is
# the table's alias).
_NAMES: dict[str, str] = {
    "plan_item": "{t}.planned_on, coalesce(nullif({t}.topic, ''), {t}.theme)",
    "review_result": "(SELECT p.name FROM person p WHERE p.id = {t}.person_id), {t}.year",
    "rectification_item": "{t}.found_on, {t}.description",
    "rectification_photo": (
        "(SELECT r.found_on FROM rectification_item r WHERE r.id = {t}.item_id),"
        " (SELECT r.description FROM rectification_item r WHERE r.id = {t}.item_id)"
    ),
    "talk": "{t}.date, (SELECT p.name FROM person p WHERE p.id = {t}.person_id)",
    "dues_standard": (
        "(SELECT p.name FROM person p WHERE p.id = {t}.person_id), {t}.effective_from"
    ),
    "dues_payment": "(SELECT p.name FROM person p WHERE p.id = {t}.person_id), {t}.month",
    "dues_month": "(SELECT b.name FROM branch b WHERE b.id = {t}.branch_id), {t}.month",
    "transfer": "(SELECT p.name FROM person p WHERE p.id = {t}.person_id), {t}.date",
}


def _record(table: str, first: object, second: object) -> str:
    a, b = _text(first, 30), _text(second, 40)
    if table == "plan_item":
        text = translate("Check", "The planned item of {a} “{b}”")
    elif table == "review_result":
        text = translate("Check", "The appraisal result of {a} for {b}")
    elif table == "rectification_item":
        text = translate("Check", "The rectification item of {a} “{b}”")
    elif table == "rectification_photo":
        text = translate("Check", "A photo of the rectification item of {a} “{b}”")
    elif table == "talk":
        text = translate("Check", "The talk of {a} ({b})")
    elif table == "dues_standard":
        text = translate("Check", "The dues standard of {a} from {b}")
    elif table == "dues_payment":
        text = translate("Check", "The dues of {a} for {b}")
    elif table == "dues_month":
        text = translate("Check", "The dues totals of {a} for {b}")
    else:
        text = translate("Check", "The transfer of {a} on {b}")
    return text.format(a=a, b=b)


def _field(column: str) -> str:
    """A column as the forms name it."""
    names = {
        "planned_on": translate("Check", "planned date"),
        "decided_on": translate("Check", "date of the branch meeting"),
        "found_on": translate("Check", "date found"),
        "deadline": translate("Check", "deadline"),
        "completed_on": translate("Check", "completion date"),
        "date": translate("Check", "date"),
        "paid_on": translate("Check", "date paid"),
        "receipt_on": translate("Check", "date of the receipt"),
        "effective_from": translate("Check", "first month"),
        "month": translate("Check", "month"),
        "kind": translate("Check", "kind"),
        "recurrence": translate("Check", "recurrence"),
        "grade": translate("Check", "grade"),
        "status": translate("Check", "state"),
        "source": translate("Check", "source"),
        "direction": translate("Check", "direction"),
        "amount_cents": translate("Check", "monthly amount"),
        "base_cents": translate("Check", "salary base"),
        "rate_permille": translate("Check", "rate"),
        "due_cents": translate("Check", "amount due"),
        "paid_cents": translate("Check", "amount paid"),
        "members": translate("Check", "number of members"),
        "exempt": translate("Check", "number exempted"),
    }
    return names.get(column, column)


def _text(value: object, limit: int = 60) -> str:
    text = " ".join(str(value if value is not None else "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _present(db: SqliteDatabase) -> set[str]:
    return {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _columns(db: SqliteDatabase, table: str) -> set[str]:
    return {r[1] for r in db.execute_sql(f'PRAGMA table_info("{table}")')}


def _rows(db: SqliteDatabase, sql: str, params: tuple = ()) -> Iterator[tuple]:
    cursor = db.execute_sql(sql, params)
    while batch := cursor.fetchmany(1000):
        yield from batch


def _in(codes: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{c}'" for c in codes) + ")"


# --- codes ----------------------------------------------------------------------------------------

_CODES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "plan_item": (("kind", KIND_CODES), ("recurrence", PLAN_RECURRENCES)),
    "review_result": (("grade", REVIEW_GRADES),),
    "rectification_item": (
        ("status", RECTIFICATION_STATUSES),
        ("source", RECTIFICATION_SOURCES),
    ),
    "talk": (("kind", TALK_KINDS),),
    "dues_payment": (("kind", DUES_KINDS),),
    "transfer": (("direction", TRANSFER_DIRECTIONS),),
}

# Dates: (column, required). Months (YYYY-MM): columns.
_DATES: dict[str, tuple[tuple[str, bool], ...]] = {
    "plan_item": (("planned_on", True),),
    "review_result": (("decided_on", False),),
    "rectification_item": (("found_on", True), ("deadline", False), ("completed_on", False)),
    "talk": (("date", True),),
    "dues_payment": (("paid_on", False),),
    "transfer": (("date", True), ("receipt_on", False)),
}
_MONTHS: dict[str, tuple[str, ...]] = {
    "dues_standard": ("effective_from",),
    "dues_payment": ("month",),
    "dues_month": ("month",),
}
# A later date that may not come before an earlier one: (table, earlier, later).
_ORDER = (
    ("rectification_item", "found_on", "deadline"),
    ("rectification_item", "found_on", "completed_on"),
    ("transfer", "date", "receipt_on"),
)
_AMOUNTS: dict[str, tuple[str, ...]] = {
    "dues_standard": ("amount_cents", "base_cents", "rate_permille"),
    "dues_payment": ("due_cents", "paid_cents"),
    "dues_month": ("due_cents", "paid_cents", "members", "exempt"),
}
# The person links that must stay inside the row's branch (models/bureau/validate.py refuses
# a bundle otherwise).
_LINKS: dict[str, tuple[str, ...]] = {
    "plan_item": ("responsible_id",),
    "review_result": ("person_id",),
    "rectification_item": ("owner_id",),
    "talk": ("person_id", "other_id"),
    "dues_standard": ("person_id",),
    "dues_payment": ("person_id",),
    "transfer": ("person_id",),
}
# Natural keys the services keep unique among live rows (besides the uuid).
_KEYS: dict[str, tuple[str, ...]] = {
    "review_result": ("person_id", "year"),
    "dues_standard": ("person_id", "effective_from"),
    "dues_payment": ("person_id", "month"),
    "dues_month": ("branch_id", "month"),
}
TABLES = tuple(_NAMES)


def _named(table: str) -> str:
    return f"SELECT t.id, {_NAMES[table].format(t='t')}"


def code_problems(db: SqliteDatabase, _labels: object) -> Iterator[Problem]:
    """A kind, grade, status, source or direction that does not exist."""
    present = _present(db)
    for table, codes in _CODES.items():
        if table not in present:
            continue
        for column, allowed in codes:
            sql = (
                f'{_named(table)}, t."{column}" FROM "{table}" t WHERE t.deleted_at IS NULL'
                f' AND t."{column}" IS NOT NULL AND t."{column}" NOT IN {_in(allowed)}'
                " ORDER BY t.id"
            )
            for _id, a, b, code in _rows(db, sql):
                yield lambda table=table, a=a, b=b, column=column, code=code: translate(  # type: ignore[misc]
                    "Check", "{record}: its {field} “{code}” does not exist."
                ).format(record=_record(table, a, b), field=_field(column), code=_text(code, 30))


def date_problems(db: SqliteDatabase, _labels: object) -> Iterator[Problem]:
    """Dates that do not exist, are missing where required, or lie outside 1900–2999; months
    that are not YYYY-MM; a year of a result outside those years; a deadline, completion or
    receipt before the day it follows."""
    present = _present(db)
    for table, columns in _DATES.items():
        if table not in present:
            continue
        for column, required in columns:
            suspect = (f"coalesce(t.\"{column}\", '') = ''" if required else "0") + (
                f' OR (t."{column}" IS NOT NULL AND (typeof(t."{column}") <> \'text\''
                f' OR date(t."{column}", \'+0 days\') IS NOT t."{column}"'
                # substr: text without the column's (numeric) affinity, compared as text.
                f" OR substr(t.\"{column}\", 1, 4) < '{FIRST_YEAR}'"
                f" OR substr(t.\"{column}\", 1, 4) > '{LAST_YEAR}'))"
            )
            sql = (
                f'{_named(table)}, t."{column}" FROM "{table}" t WHERE t.deleted_at IS NULL'
                f" AND ({suspect}) ORDER BY t.id"
            )
            for _id, a, b, value in _rows(db, sql):
                if value in (None, ""):
                    yield lambda table=table, a=a, b=b, column=column: translate(  # type: ignore[misc]
                        "Check", "{record}: its {field} is missing."
                    ).format(record=_record(table, a, b), field=_field(column))
                elif parse_date(value) is None:
                    yield lambda table=table, a=a, b=b, column=column, value=value: translate(  # type: ignore[misc]
                        "Check", "{record}: its {field} {value} is not a date that exists."
                    ).format(
                        record=_record(table, a, b), field=_field(column), value=_text(value, 20)
                    )
                else:
                    yield lambda table=table, a=a, b=b, column=column, value=value: translate(  # type: ignore[misc]
                        "Check", "{record}: its {field} {value} is out of range ({first}–{last})."
                    ).format(
                        record=_record(table, a, b),
                        field=_field(column),
                        value=_text(value, 20),
                        first=FIRST_YEAR,
                        last=LAST_YEAR,
                    )
    for table, months in _MONTHS.items():
        if table not in present:
            continue
        for column in months:
            good = (
                f'typeof(t."{column}") = \'text\' AND length(t."{column}") = 7'
                f" AND date(t.\"{column}\" || '-01', '+0 days') IS t.\"{column}\" || '-01'"
                f" AND substr(t.\"{column}\", 1, 4) BETWEEN '{FIRST_YEAR}' AND '{LAST_YEAR}'"
            )
            sql = (
                f'{_named(table)}, t."{column}" FROM "{table}" t WHERE t.deleted_at IS NULL'
                f" AND NOT ({good}) ORDER BY t.id"
            )
            for _id, a, b, value in _rows(db, sql):
                yield lambda table=table, a=a, b=b, column=column, value=value: translate(  # type: ignore[misc]
                    "Check", "{record}: its {field} {value} is not a month (YYYY-MM)."
                ).format(record=_record(table, a, b), field=_field(column), value=_text(value, 20))
    if "review_result" in present:
        sql = (
            f"{_named('review_result')}, t.year FROM review_result t WHERE t.deleted_at IS NULL"
            f" AND (typeof(t.year) <> 'integer' OR t.year < {FIRST_YEAR}"
            f" OR t.year > {LAST_YEAR}) ORDER BY t.id"
        )
        for _id, a, b, _year in _rows(db, sql):
            yield lambda a=a, b=b: translate(  # type: ignore[misc]
                "Check", "{record}: the year is out of range ({first}–{last})."
            ).format(record=_record("review_result", a, b), first=FIRST_YEAR, last=LAST_YEAR)
    for table, earlier, later in _ORDER:
        if table not in present:
            continue
        sql = (
            f'{_named(table)}, t."{earlier}", t."{later}" FROM "{table}" t'
            f" WHERE t.deleted_at IS NULL AND typeof(t.\"{later}\") = 'text'"
            f' AND typeof(t."{earlier}") = \'text\' AND t."{later}" < t."{earlier}" ORDER BY t.id'
        )
        for _id, a, b, first, second in _rows(db, sql):

            def word(table=table, a=a, b=b, earlier=earlier, later=later, first=first,
                     second=second) -> str:  # fmt: skip
                return translate(
                    "Check", "{record}: its {later} {second} is before its {earlier} {first}."
                ).format(
                    record=_record(table, a, b),
                    later=_field(later),
                    second=_text(second, 20),
                    earlier=_field(earlier),
                    first=_text(first, 20),
                )

            yield word


def completion_problems(db: SqliteDatabase, _labels: object) -> Iterator[Problem]:
    """A completed 整改 item without the date it was completed."""
    if "rectification_item" not in _present(db):
        return
    sql = (
        f"{_named('rectification_item')} FROM rectification_item t WHERE t.deleted_at IS NULL"
        " AND t.status = 'done' AND (t.completed_on IS NULL OR t.completed_on = '')"
        " ORDER BY t.id"
    )
    for _id, a, b in _rows(db, sql):
        yield lambda a=a, b=b: translate(  # type: ignore[misc]
            "Check", "{record}: it is marked completed but has no completion date."
        ).format(record=_record("rectification_item", a, b))


def amount_problems(db: SqliteDatabase, _labels: object) -> Iterator[Problem]:
    """Amounts (in 分) and counts that are not whole numbers of zero or more."""
    present = _present(db)
    for table, columns in _AMOUNTS.items():
        if table not in present:
            continue
        for column in columns:
            sql = (
                f'{_named(table)}, t."{column}" FROM "{table}" t WHERE t.deleted_at IS NULL'
                f' AND t."{column}" IS NOT NULL AND (typeof(t."{column}") <> \'integer\''
                f' OR t."{column}" < 0) ORDER BY t.id'
            )
            for _id, a, b, value in _rows(db, sql):
                yield lambda table=table, a=a, b=b, column=column, value=value: translate(  # type: ignore[misc]
                    "Check", "{record}: its {field} {value} is not an amount of zero or more."
                ).format(record=_record(table, a, b), field=_field(column), value=_text(value, 20))


def branch_link_problems(db: SqliteDatabase, _labels: object) -> Iterator[Problem]:
    """A person of another branch linked to a branch's record (the bundle would be refused)."""
    present = _present(db)
    for table, columns in _LINKS.items():
        if table not in present:
            continue
        for column in columns:
            sql = (
                f'{_named(table)}, p.name FROM "{table}" t JOIN person p ON p.id = t."{column}"'
                " WHERE t.deleted_at IS NULL AND p.branch_id IS NOT t.branch_id"
                # a missing branch is the foreign-key check's to report
                " AND EXISTS (SELECT 1 FROM branch b WHERE b.id = t.branch_id) ORDER BY t.id"
            )
            for _id, a, b, name in _rows(db, sql):
                yield lambda table=table, a=a, b=b, name=name: translate(  # type: ignore[misc]
                    "Check", "{record}: {name} belongs to another branch."
                ).format(record=_record(table, a, b), name=_text(name, 30))


def duplicate_problems(db: SqliteDatabase, _labels: object) -> Iterator[Problem]:
    """Two rows with the same identifier (uuid), or two live rows with the same natural key
    (a member's result of one year, dues of one month …): possible only once a unique index was
    removed, and the bureau merge would take one for the other."""
    present = _present(db)
    for table in TABLES:
        if table not in present or "uuid" not in _columns(db, table):
            continue
        sql = (
            f'SELECT t.uuid, COUNT(*), MIN(t.id) FROM "{table}" t NOT INDEXED'
            " GROUP BY t.uuid HAVING COUNT(*) > 1 ORDER BY t.uuid"
        )
        for uuid, count, first_id in _rows(db, sql):
            yield lambda table=table, uuid=uuid, count=count, first_id=first_id: translate(  # type: ignore[misc]
                "Check", "{record}: {count} records share the identifier {uuid}."
            ).format(record=_named_row(db, table, first_id), count=count, uuid=_text(uuid, 40))
    for table, key in _KEYS.items():
        if table not in present:
            continue
        cols = ", ".join(f't."{c}"' for c in key)
        sql = (
            f'SELECT MIN(t.id), COUNT(*) FROM "{table}" t NOT INDEXED WHERE t.deleted_at IS NULL'
            f" GROUP BY {cols} HAVING COUNT(*) > 1 ORDER BY MIN(t.id)"
        )
        for first_id, count in _rows(db, sql):
            yield lambda table=table, first_id=first_id, count=count: translate(  # type: ignore[misc]
                "Check", "{record}: recorded {count} times."
            ).format(record=_named_row(db, table, first_id), count=count)


def _named_row(db: SqliteDatabase, table: str, row_id: int) -> str:
    found = db.execute_sql(f'{_named(table)} FROM "{table}" t WHERE t.id = ?', (row_id,)).fetchone()
    _id, a, b = found or (row_id, "", "")
    return _record(table, a, b)


FOLLOWUP_CHECKS: tuple[Rule, ...] = (
    code_problems,
    date_problems,
    completion_problems,
    amount_problems,
    branch_link_problems,
    duplicate_problems,
)
