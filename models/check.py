"""Check a ledger: SQLite's own checks and the app's invariants, each problem in plain words.

`check_file(path)` is the `check` command (and refuses, with the LedgerError of `open_ledger`, a
file that is not a ledger, is newer or cannot be read); `check_ledger(ledger)` checks a ledger
the app already has open. Both only read.

The invariants are those the services keep when they write (models/activity_checks.py), checked
here on the rows as they are on disk, so a file edited by another tool, written by an older
version, or damaged shows its problems instead of silently skewing the counts. Each problem names
the record (the activity's date and topic, the person's name). Queries are ordered, so running
the check twice reports the same list in the same order.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable

from peewee import DatabaseError, SqliteDatabase

from models.errors import garbled_text_error_from
from models.file.ledger import Ledger, open_ledger
from models.file.schema import ATTENDANCE_STATUSES, KIND_CODES, LEAVE_TYPES, STATUSES
from models.records.validation import parse_date
from models.text.i18n import translate
from models.vocabulary import attendance_label, kind_label

ON_ROSTER = ("active", "mobile")
# What reading a damaged file can raise: peewee's errors, and sqlite3's own when a row is read
# (text that is no longer UTF-8 fails while fetching, outside peewee's wrapper).
_UNREADABLE = (DatabaseError, sqlite3.DatabaseError, UnicodeDecodeError)
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
MAX_SQLITE_DETAILS = 5
MAX_PER_CHECK = 200


def check_file(path: str | os.PathLike[str], limit: int | None = MAX_PER_CHECK) -> list[str]:
    """Open `path` read-only and check it; raise the LedgerError if it cannot be opened."""
    # A ledger missing a table or a column, or holding foreign objects (a planted trigger), is
    # refused by every other command; `check` opens it read-only (no trigger fires on reading)
    # to say what is missing or added, with whatever else it finds.
    with open_ledger(path, readonly=True, allow_incomplete=True, allow_foreign=True) as ledger:
        return check_ledger(ledger, limit)


def repaired_message(path: str | os.PathLike[str]) -> str:
    """What `check --repair` says after writing the repaired copy."""
    return translate(
        "Check",
        "Wrote {path}: a copy without the parts Branch Ledger never makes. The original was "
        "left as it is.",
    ).format(path=path)


def all_clear(path: str | os.PathLike[str]) -> str:
    """What `check` says when it found nothing wrong."""
    return translate("Check", "No problems found in {path}.").format(path=path)


def check_ledger(ledger: Ledger, limit: int | None = MAX_PER_CHECK) -> list[str]:
    """Every problem found in an open ledger, in plain words (an empty list: all is well).

    Each kind of check lists at most `limit` problems and then says how many more it found (a
    file written by another tool can have the same fault on every row; a million lines would
    hide the other faults). `None` lists them all.
    """
    db = ledger.db
    problems = _sqlite_problems(db) + _missing_part_problems(db) + _foreign_object_problems(db)
    checks: list[Callable[[SqliteDatabase, dict[int, str]], list[str]]] = [
        _foreign_key_problems,
        _activity_problems,
        _kind_problems,
        _attendance_problems,
        _roster_problems,
        _vote_problems,
        _status_problems,
    ]
    try:
        labels = _activity_labels(db)
    except _UNREADABLE as exc:
        return problems + [_unreadable(exc)]
    for check in checks:
        try:
            found = check(db, labels)
        except _UNREADABLE as exc:
            # A damaged table: say so and go on with the others.
            found = [_unreadable(exc)]
        if limit is not None and len(found) > limit:
            more = translate("Check", "… and {count} more problems of the same kind.")
            found = found[:limit] + [more.format(count=len(found) - limit)]
        problems += found
    return problems


# --- helpers -------------------------------------------------------------------------------------


def _rows(db: SqliteDatabase, sql: str, params: tuple = ()) -> list[tuple]:
    return db.execute_sql(sql, params).fetchall()


def _text(value: object, limit: int = 60) -> str:
    """A stored text made safe for one line of output (hostile files may hold anything)."""
    text = " ".join(str(value if value is not None else "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _number(value: object) -> str:
    return f"{value:g}" if isinstance(value, int | float) else _text(value, 20)


def _hours(minutes: object) -> object:
    """A stored duration (whole minutes) as hours for the messages; anything else as it is."""
    if isinstance(minutes, int) and not isinstance(minutes, bool):
        return minutes / 60
    return "" if minutes is None else f"{minutes!r}"[:20]


def _unreadable(exc: Exception) -> str:
    if garbled_text_error_from(exc) is not None:  # a flipped bit in stored text
        return translate(
            "Check",
            "Some text in the file can no longer be read: the file is damaged. Keep it as it "
            "is and restore the newest backup.",
        )
    return translate(
        "Check", "Some records could not be read ({error}): the file is probably damaged."
    ).format(error=_text(exc, 120))


def _activity_labels(db: SqliteDatabase) -> dict[int, str]:
    """Live activity id → how the user knows it: its date and topic (or kind, if no topic)."""
    labels = {}
    for row_id, day, topic, kind in _rows(
        db, "SELECT id, date, topic, primary_kind FROM activity WHERE deleted_at IS NULL"
    ):
        labels[row_id] = translate("Check", "{date} “{topic}”").format(
            date=_text(day, 20), topic=_text(topic) or kind_label(_text(kind))
        )
    return labels


_LIVE_ACTIVITY = "ac.deleted_at IS NULL"


def _in(codes: tuple[str, ...]) -> str:
    # The codes are our own constants, never user input.
    return "(" + ", ".join(f"'{c}'" for c in codes) + ")"


# --- SQLite's own checks -------------------------------------------------------------------------


def _sqlite_problems(db: SqliteDatabase) -> list[str]:
    try:
        rows = [r[0] for r in _rows(db, "PRAGMA integrity_check(100)")]
    except _UNREADABLE as exc:
        rows = [str(exc)]
    if rows == ["ok"]:
        return []
    details = "; ".join(_text(r, 100) for r in rows[:MAX_SQLITE_DETAILS])
    return [
        translate(
            "Check",
            "The file is damaged: SQLite's own check found {count} problem(s) ({details}). "
            "Keep this file as it is and restore the newest backup.",
        ).format(count=len(rows), details=details)
    ]


def _missing_part_problems(db: SqliteDatabase) -> list[str]:
    """Tables and columns of the file's format that the file lacks (models.file.parts)."""
    from models.file.parts import missing_parts

    try:
        version = db.execute_sql("PRAGMA user_version").fetchone()[0]
        missing = missing_parts(db.connection(), version)
    except _UNREADABLE as exc:
        return [_unreadable(exc)]
    problems = []
    for table, column in missing:
        if column is None:
            text = translate(
                "Check",
                "The table “{table}” ({record}) is missing: another program removed it or the "
                "file is damaged. Restore the newest backup.",
            )
        else:
            text = translate(
                "Check",
                "The column “{column}” of the table “{table}” ({record}) is missing: another "
                "program removed it or the file is damaged. Restore the newest backup.",
            )
        problems.append(
            text.format(record=_table_label(table), table=_text(table, 40), column=_text(column))
        )
    return problems


def _foreign_object_problems(db: SqliteDatabase) -> list[str]:
    """Tables, views, triggers and indexes Branch Ledger never makes (models.file.known_schema)."""
    from models.file.known_schema import foreign_objects

    try:
        version = db.execute_sql("PRAGMA user_version").fetchone()[0]
        found = foreign_objects(db.connection(), version)
    except DatabaseError as exc:
        return [_unreadable(exc)]
    kinds = {
        "trigger": translate("Check", "trigger"),
        "view": translate("Check", "view"),
        "table": translate("Check", "table"),
        "index": translate("Check", "index"),
    }
    text = translate(
        "Check",
        "The ledger contains a {kind} “{name}” that Branch Ledger never makes: another program "
        "added it, and it could change records without anyone knowing. The app refuses to open "
        "this ledger; open it in the app, or run check with --repair, to make a repaired copy "
        "without it.",
    )
    return [
        text.format(kind=kinds.get(kind, _text(kind, 20)), name=_text(name, 60))
        for kind, name, _table, _sql in found
    ]


def _table_label(table: str) -> str:
    labels = {
        "branch": translate("Check", "branch"),
        "unit": translate("Check", "unit"),
        "party_group": translate("Check", "party group"),
        "person": translate("Check", "person"),
        "person_status": translate("Check", "roster status change"),
        "person_category": translate("Check", "category change"),
        "committee_role": translate("Check", "committee seat"),
        "activity": translate("Check", "activity"),
        "activity_kind": translate("Check", "kind of an activity"),
        "activity_unit": translate("Check", "participating unit"),
        "attendance": translate("Check", "attendance record"),
        "vote": translate("Check", "vote"),
        "attachment": translate("Check", "photo or scan"),
        "closed_month": translate("Check", "closed month"),
    }
    return labels.get(table, table)


def _foreign_key_problems(db: SqliteDatabase, labels: dict[int, str]) -> list[str]:
    problems = []
    rows = sorted(
        _rows(db, "PRAGMA foreign_key_check"), key=lambda r: (r[0], r[1] or 0, r[2], r[3])
    )
    for table, rowid, parent, _fk in rows:
        activity = None
        if table in ("activity_kind", "activity_unit", "attendance", "vote", "attachment"):
            found = _rows(db, f'SELECT activity_id FROM "{table}" WHERE rowid = ?', (rowid,))
            activity = labels.get(found[0][0]) if found else None
        if activity:
            text = translate("Check", "{activity}: its {record} points to a missing {parent}.")
        else:
            text = translate("Check", "The {record} number {row} points to a missing {parent}.")
        problems.append(
            text.format(
                activity=activity,
                record=_table_label(table),
                row=rowid,
                parent=_table_label(parent),
            )
        )
    return problems


# --- activities ----------------------------------------------------------------------------------


def _activity_problems(db: SqliteDatabase, labels: dict[int, str]) -> list[str]:
    problems = []
    rows = _rows(
        db,
        "SELECT id, date, start_time, end_time, duration_min FROM activity"
        " WHERE deleted_at IS NULL ORDER BY date, id",
    )
    for row_id, day, start, end, minutes in rows:
        hours = _hours(minutes)
        name = labels[row_id]
        if parse_date(day) is None:
            problems.append(
                translate("Check", "{activity}: the date {value} does not exist.").format(
                    activity=name, value=_text(day, 20)
                )
            )
        times_ok = True
        for value, text in (
            (start, translate("Check", "{activity}: the start time {value} is not a time of day.")),
            (end, translate("Check", "{activity}: the end time {value} is not a time of day.")),
        ):
            if value and not (isinstance(value, str) and _TIME.match(value)):
                problems.append(text.format(activity=name, value=_text(value, 20)))
                times_ok = False
        if times_ok and start and end and end <= start:
            problems.append(
                translate(
                    "Check", "{activity}: it ends ({end}) before it starts ({start})."
                ).format(activity=name, start=start, end=end)
            )
        if not isinstance(hours, int | float) or not 0 <= hours <= 24:
            problems.append(
                translate(
                    "Check", "{activity}: {hours} hours is not possible (0 to 24 hours)."
                ).format(activity=name, hours=_number(hours))
            )
    return problems


def _kind_problems(db: SqliteDatabase, labels: dict[int, str]) -> list[str]:
    problems = []
    live_kind = "k.activity_id = ac.id AND k.deleted_at IS NULL"
    for (row_id,) in _rows(
        db,
        f"SELECT ac.id FROM activity ac WHERE {_LIVE_ACTIVITY} AND NOT EXISTS"
        f" (SELECT 1 FROM activity_kind k WHERE {live_kind}) ORDER BY ac.date, ac.id",
    ):
        problems.append(
            translate("Check", "{activity}: the activity has no kind.").format(
                activity=labels[row_id]
            )
        )
    for row_id, code in _rows(
        db,
        f"SELECT ac.id, k.kind FROM activity ac JOIN activity_kind k ON {live_kind}"
        f" WHERE {_LIVE_ACTIVITY} AND k.kind NOT IN {_in(KIND_CODES)}"
        " ORDER BY ac.date, ac.id, k.position, k.id",
    ):
        problems.append(
            translate("Check", "{activity}: “{code}” is not a known kind of activity.").format(
                activity=labels[row_id], code=_text(code, 30)
            )
        )
    for row_id, primary, first in _rows(
        db,
        f"SELECT ac.id, ac.primary_kind, (SELECT k.kind FROM activity_kind k WHERE {live_kind}"
        " AND k.position = 0 ORDER BY k.id LIMIT 1) AS first FROM activity ac"
        f" WHERE {_LIVE_ACTIVITY} AND EXISTS (SELECT 1 FROM activity_kind k WHERE {live_kind})"
        " AND first IS NOT ac.primary_kind ORDER BY ac.date, ac.id",
    ):
        if first is None:
            text = translate("Check", "{activity}: none of its kinds is marked as the main kind.")
        else:
            text = translate(
                "Check", "{activity}: its main kind is “{primary}” but its first kind is “{first}”."
            )
        problems.append(
            text.format(
                activity=labels[row_id],
                primary=kind_label(_text(primary, 30)),
                first=kind_label(_text(first, 30)),
            )
        )
    return problems


# --- attendance ----------------------------------------------------------------------------------

_ATTENDANCE = (
    "SELECT ac.id, p.name, a.status, a.leave_type, a.reason, a.duration_min FROM attendance a"
    " JOIN activity ac ON ac.id = a.activity_id JOIN person p ON p.id = a.person_id"
    f" WHERE a.deleted_at IS NULL AND {_LIVE_ACTIVITY}"
)


def _attendance_problems(db: SqliteDatabase, labels: dict[int, str]) -> list[str]:
    problems = []
    rows = _rows(
        db,
        f"{_ATTENDANCE} AND (a.status NOT IN {_in(ATTENDANCE_STATUSES)}"
        " OR (a.status IN ('leave', 'absent') AND trim(coalesce(a.reason, '')) = '')"
        f" OR (a.status = 'leave' AND coalesce(a.leave_type, '') NOT IN {_in(LEAVE_TYPES)})"
        " OR (a.duration_min IS NOT NULL AND (typeof(a.duration_min) <> 'integer'"
        " OR a.duration_min < 0 OR a.duration_min > 1440)))"
        " ORDER BY ac.date, ac.id, p.name, p.id",
    )
    for row_id, person, status, leave_type, reason, minutes in rows:
        values = {"activity": labels[row_id], "name": _text(person, 30)}
        hours = None if minutes is None else _hours(minutes)
        if status not in ATTENDANCE_STATUSES:
            text = translate(
                "Check", "{activity}: {name} has an unknown attendance status “{code}”."
            )
            values["code"] = _text(status, 30)
            problems.append(text.format(**values))
            continue
        if status in ("leave", "absent") and not str(reason or "").strip():
            text = translate("Check", "{activity}: {name} is marked “{status}” without a reason.")
            problems.append(text.format(status=attendance_label(status), **values))
        if status == "leave" and leave_type not in LEAVE_TYPES:
            text = translate(
                "Check",
                "{activity}: {name} is on leave, but the kind of leave (official, sick, personal) "
                "is missing.",
            )
            problems.append(text.format(**values))
        if hours is not None and (not isinstance(hours, int | float) or not 0 <= hours <= 24):
            text = translate(
                "Check", "{activity}: {hours} hours for {name} is not possible (0 to 24 hours)."
            )
            problems.append(text.format(hours=_number(hours), **values))
    return problems


def _roster_problems(db: SqliteDatabase, labels: dict[int, str]) -> list[str]:
    # The roster as it stood on the activity's date: the latest live status change on or before
    # that day (ties: the one written last), as models.records.people.list_people reads it.
    latest = (
        "(SELECT s.status FROM person_status s WHERE s.person_id = a.person_id"
        " AND s.deleted_at IS NULL AND s.effective_on <= ac.date"
        " ORDER BY s.effective_on DESC, s.id DESC LIMIT 1)"
    )
    rows = _rows(
        db,
        f"{_ATTENDANCE} AND coalesce({latest}, '') NOT IN {_in(ON_ROSTER)}"
        " ORDER BY ac.date, ac.id, p.name, p.id",
    )
    return [
        translate(
            "Check", "{activity}: {name} is in the attendance but was not on the roster that day."
        ).format(activity=labels[row_id], name=_text(person, 30))
        for row_id, person, *_rest in rows
    ]


# --- votes and roster statuses -------------------------------------------------------------------


def _vote_problems(db: SqliteDatabase, labels: dict[int, str]) -> list[str]:
    problems = []
    rows = _rows(
        db,
        "SELECT ac.id, v.item, v.entitled, v.present, v.in_favour, v.against, v.abstain"
        " FROM vote v JOIN activity ac ON ac.id = v.activity_id"
        f" WHERE v.deleted_at IS NULL AND {_LIVE_ACTIVITY}"
        " ORDER BY ac.date, ac.id, v.position, v.id",
    )
    for row_id, item, entitled, present, yes, no, abstain in rows:
        values = {"activity": labels[row_id], "item": _text(item, 40)}
        numbers = (entitled, present, yes, no, abstain)
        if not all(isinstance(n, int) for n in numbers) or any(n < 0 for n in numbers):
            text = translate(
                "Check", "{activity}: the vote “{item}” has a count that is not a number of people."
            )
            problems.append(text.format(**values))
            continue
        if present > entitled:
            text = translate(
                "Check",
                "{activity}: the vote “{item}” has more voters present ({present}) than members "
                "entitled to vote ({entitled}).",
            )
            problems.append(text.format(present=present, entitled=entitled, **values))
        if yes + no + abstain > present:
            text = translate(
                "Check",
                "{activity}: the vote “{item}” has more votes cast ({cast}) than voters present "
                "({present}).",
            )
            problems.append(text.format(cast=yes + no + abstain, present=present, **values))
    return problems


def _status_problems(db: SqliteDatabase, labels: dict[int, str]) -> list[str]:
    problems = []
    rows = _rows(
        db,
        "SELECT p.name, s.status, s.effective_on FROM person_status s"
        " JOIN person p ON p.id = s.person_id"
        " WHERE s.deleted_at IS NULL AND p.deleted_at IS NULL ORDER BY p.name, p.id, s.id",
    )
    for person, status, effective_on in rows:
        name = _text(person, 30)
        if status not in STATUSES:
            problems.append(
                translate(
                    "Check", "{name}: a roster status change has the unknown status “{code}”."
                ).format(name=name, code=_text(status, 30))
            )
        if parse_date(effective_on) is None:
            problems.append(
                translate(
                    "Check",
                    "{name}: a roster status change has the date {value}, which does not exist.",
                ).format(name=name, value=_text(effective_on, 20))
            )
    return problems
