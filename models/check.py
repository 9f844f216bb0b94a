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

import contextlib
import functools
import heapq
import logging
import os
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from peewee import DatabaseError, SqliteDatabase

from models.errors import garbled_text_error_from
from models.file.ledger import READ_WAIT_SECONDS, Ledger, open_ledger
from models.file.schema import ATTENDANCE_STATUSES, KIND_CODES, LEAVE_TYPES, STATUSES
from models.records.validation import parse_date
from models.text.i18n import translate
from models.vocabulary import attendance_label, kind_label

log = logging.getLogger(__name__)

ON_ROSTER = ("active", "mobile")
# What reading a damaged file can raise: peewee's errors, and sqlite3's own when a row is read
# (text that is no longer UTF-8 fails while fetching, outside peewee's wrapper).
_UNREADABLE = (DatabaseError, sqlite3.DatabaseError, UnicodeDecodeError)
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
MAX_SQLITE_DETAILS = 5
MAX_PER_CHECK = 200
MMAP_BYTES = 32 * 1024 * 1024

# A problem found, worded only when called (those past the report's limit are only counted);
# a check may also yield a number: that many more problems, counted without wording them.
Problem = Callable[[], str]


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
    hide the other faults). Beyond the limit problems are only counted, never worded or kept,
    so memory stays flat whatever the file holds. `None` lists them all.
    """
    db = ledger.db
    with contextlib.suppress(DatabaseError):
        # The scan reads the whole file: through a bounded memory map, not copied page by
        # page into SQLite's cache (bounded: mapped pages count as the process's memory).
        db.execute_sql(f"PRAGMA mmap_size = {MMAP_BYTES}")
    integrity = _IntegrityCheck(ledger.path)
    integrity.start()
    problems: list[str] = []
    scan = _AttendanceScan(db, limit)  # the attendance table read once for both its rules
    checks: list[Callable[[SqliteDatabase, Labels], Iterator[Problem | int]]] = [
        _text_problems,
        functools.partial(_foreign_key_problems, limit=limit),
        _activity_problems,
        _kind_problems,
        lambda _db, labels: _attendance_problems(scan, labels),
        lambda _db, labels: _roster_problems(scan, labels),
        _vote_problems,
        _status_problems,
    ]
    # The plan, 评议, 整改, talks, 党费 and 转接 (models/check_followup.py), each a rule of its own.
    from models.check_followup import FOLLOWUP_CHECKS

    checks += FOLLOWUP_CHECKS
    labels = Labels(db)
    for check in checks:
        found: list[str] = []
        more = 0
        try:
            for problem in check(db, labels):
                if isinstance(problem, int):
                    more += problem  # problems a check counted without wording them
                elif limit is None or len(found) < limit:
                    found.append(problem())
                else:
                    more += 1
        except _UNREADABLE as exc:
            # A damaged table: say so and go on with the others.
            found.append(_unreadable(exc))
        if more:
            text = translate("Check", "… and {count} more problems of the same kind.")
            found.append(text.format(count=more))
        problems += found
    integrity.join()
    return (
        _sqlite_problems(db, integrity.rows)
        + _missing_part_problems(db)
        + _foreign_object_problems(db)
        + problems
    )


# --- helpers -------------------------------------------------------------------------------------


def _rows(db: SqliteDatabase, sql: str, params: tuple = ()) -> Iterator[tuple]:
    """The rows of a query, read as they are used (never all at once)."""
    cursor = db.execute_sql(sql, params)
    while batch := cursor.fetchmany(1000):
        yield from batch


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


class Labels:
    """Activity id → how the user knows it: its date and topic (or kind, if no topic). Read
    one by one, only for the problems that are worded."""

    def __init__(self, db: SqliteDatabase) -> None:
        self._db = db
        self._known: dict[int, str] = {}

    def __getitem__(self, row_id: int) -> str:
        if row_id not in self._known:
            found = self._db.execute_sql(
                "SELECT date, topic, primary_kind FROM activity WHERE id = ?", (row_id,)
            ).fetchone()
            day, topic, kind = found or ("", "", "")
            if len(self._known) > 10_000:
                self._known.clear()
            self._known[row_id] = translate("Check", "{date} “{topic}”").format(
                date=_text(day, 20), topic=_text(topic) or kind_label(_text(kind))
            )
        return self._known[row_id]

    def get(self, row_id: int | None) -> str | None:
        return None if row_id is None else self[row_id]


_LIVE_ACTIVITY = "ac.deleted_at IS NULL"


def _in(codes: tuple[str, ...]) -> str:
    # The codes are our own constants, never user input.
    return "(" + ", ".join(f"'{c}'" for c in codes) + ")"


# --- SQLite's own checks -------------------------------------------------------------------------


class _IntegrityCheck(threading.Thread):
    """SQLite's integrity_check on a read-only connection of its own, on a thread of its own:
    it reads the whole file while the app's own checks (other queries, mostly other pages)
    run beside it. SQLite works without Python's lock, so on two cores the check costs about
    the integrity_check alone."""

    def __init__(self, path: Path) -> None:
        super().__init__(name="integrity-check", daemon=True)
        self.path = path
        self.rows: list[str] | None = None

    def run(self) -> None:
        try:
            uri = self.path.resolve().as_uri() + "?mode=ro"
            con = sqlite3.connect(uri, uri=True, timeout=READ_WAIT_SECONDS)
            try:
                con.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
                self.rows = [r[0] for r in con.execute("PRAGMA integrity_check(100)")]
            finally:
                con.close()
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            log.info("integrity_check of %s on its own connection: %s", self.path, exc)
            self.rows = None  # checked on the ledger's own connection instead


def _sqlite_problems(db: SqliteDatabase, rows: list[str] | None = None) -> list[str]:
    if rows is None:
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
    if not found:
        return []
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
    if table not in labels:  # the later formats' records (models/check_followup.py)
        from models.check_followup import table_labels

        return table_labels().get(table, table)
    return labels.get(table, table)


def _foreign_key_problems(
    db: SqliteDatabase, labels: Labels, limit: int | None = MAX_PER_CHECK
) -> Iterator[Problem | int]:
    rows = _rows(db, "PRAGMA foreign_key_check")
    # Reported in a stable order: the first of them by table and row, the rest only counted.
    key = lambda r: (r[0], r[1] or 0, r[2], r[3])  # noqa: E731
    counted = _Counted(rows)
    first = sorted(counted, key=key) if limit is None else heapq.nsmallest(limit, counted, key=key)
    for table, rowid, parent, _fk in first:

        def word(table=table, rowid=rowid, parent=parent) -> str:
            activity = None
            if table in ("activity_kind", "activity_unit", "attendance", "vote", "attachment"):
                found = db.execute_sql(
                    f'SELECT activity_id FROM "{table}" WHERE rowid = ?', (rowid,)
                ).fetchone()
                activity = labels.get(found[0]) if found else None
            if activity:
                text = translate("Check", "{activity}: its {record} points to a missing {parent}.")
            else:
                text = translate("Check", "The {record} number {row} points to a missing {parent}.")
            return text.format(
                activity=activity,
                record=_table_label(table),
                row=rowid,
                parent=_table_label(parent),
            )

        yield word
    yield counted.n - len(first)


def _text_problems(db: SqliteDatabase, labels: Labels) -> Iterator[Problem | int]:
    """Every live activity's date, topic and kind are read once (they name the records
    everywhere): text that is no longer UTF-8 — a flipped bit — fails here, in plain words."""
    for _row in _rows(
        db, "SELECT date, topic, primary_kind FROM activity WHERE deleted_at IS NULL"
    ):
        pass
    yield from ()


class _Counted:
    """An iterator that counts what passed through it."""

    def __init__(self, rows: Iterator[tuple]) -> None:
        self._rows = rows
        self.n = 0

    def __iter__(self) -> Iterator[tuple]:
        for row in self._rows:
            self.n += 1
            yield row


# --- activities ----------------------------------------------------------------------------------
# Each check yields its problems as functions that word them; the caller calls each at once or
# never. Each lambda binds its row's values as defaults (mypy cannot infer such a lambda's
# type: hence the type: ignore[misc] comments).


def _activity_problems(db: SqliteDatabase, labels: Labels) -> Iterator[Problem]:
    # SQL picks the rows that may be wrong (a superset, cheap to test); Python decides.
    time_ok = "({t} = '' OR (typeof({t}) = 'text' AND {t} GLOB '[0-2][0-9]:[0-5][0-9]'))"
    suspect = (
        "typeof(date) <> 'text' OR date(date, '+0 days') IS NOT date OR date < '0001'"
        f" OR NOT {time_ok.format(t='start_time')} OR NOT {time_ok.format(t='end_time')}"
        " OR start_time >= '24:00' OR end_time >= '24:00'"
        " OR (start_time <> '' AND end_time <> '' AND end_time <= start_time)"
        " OR typeof(duration_min) <> 'integer' OR duration_min < 0 OR duration_min > 1440"
    )
    rows = _rows(
        db,
        # NOT INDEXED: one pass over the table, then the few rows found are sorted (ordered by
        # the date index, each row would be a jump to another page).
        "SELECT id, date, start_time, end_time, duration_min FROM activity NOT INDEXED"
        f" WHERE deleted_at IS NULL AND ({suspect}) ORDER BY date, id",
    )
    for row_id, day, start, end, minutes in rows:
        hours = _hours(minutes)
        if parse_date(day) is None:
            yield lambda row_id=row_id, day=day: translate(  # type: ignore[misc]
                "Check", "{activity}: the date {value} does not exist."
            ).format(activity=labels[row_id], value=_text(day, 20))
        times_ok = True
        for value, text in (
            (start, "start"),
            (end, "end"),
        ):
            if value and not (isinstance(value, str) and _TIME.match(value)):
                yield lambda text=text, row_id=row_id, value=value: _bad_time(text).format(  # type: ignore[misc]
                    activity=labels[row_id], value=_text(value, 20)
                )
                times_ok = False
        if times_ok and start and end and end <= start:
            yield lambda row_id=row_id, start=start, end=end: translate(  # type: ignore[misc]
                "Check", "{activity}: it ends ({end}) before it starts ({start})."
            ).format(activity=labels[row_id], start=start, end=end)
        if not isinstance(hours, int | float) or not 0 <= hours <= 24:
            yield lambda row_id=row_id, hours=hours: translate(  # type: ignore[misc]
                "Check", "{activity}: {hours} hours is not possible (0 to 24 hours)."
            ).format(activity=labels[row_id], hours=_number(hours))


def _bad_time(which: str) -> str:
    if which == "start":
        return translate("Check", "{activity}: the start time {value} is not a time of day.")
    return translate("Check", "{activity}: the end time {value} is not a time of day.")


def _kind_problems(db: SqliteDatabase, labels: Labels) -> Iterator[Problem]:
    live_kind = "k.activity_id = ac.id AND k.deleted_at IS NULL"
    for (row_id,) in _rows(
        db,
        f"SELECT ac.id FROM activity ac NOT INDEXED WHERE {_LIVE_ACTIVITY} AND NOT EXISTS"
        f" (SELECT 1 FROM activity_kind k WHERE {live_kind}) ORDER BY ac.date, ac.id",
    ):
        yield lambda row_id=row_id: translate(  # type: ignore[misc]
            "Check", "{activity}: the activity has no kind."
        ).format(activity=labels[row_id])
    for row_id, code in _rows(
        db,
        f"SELECT ac.id, k.kind FROM activity ac JOIN activity_kind k ON {live_kind}"
        f" WHERE {_LIVE_ACTIVITY} AND k.kind NOT IN {_in(KIND_CODES)}"
        " ORDER BY ac.date, ac.id, k.position, k.id",
    ):
        yield lambda row_id=row_id, code=code: translate(  # type: ignore[misc]
            "Check", "{activity}: “{code}” is not a known kind of activity."
        ).format(activity=labels[row_id], code=_text(code, 30))
    for row_id, primary, first in _rows(
        db,
        f"SELECT ac.id, ac.primary_kind, (SELECT k.kind FROM activity_kind k WHERE {live_kind}"
        " AND k.position = 0 ORDER BY k.id LIMIT 1) AS first FROM activity ac NOT INDEXED"
        f" WHERE {_LIVE_ACTIVITY} AND EXISTS (SELECT 1 FROM activity_kind k WHERE {live_kind})"
        " AND first IS NOT ac.primary_kind ORDER BY ac.date, ac.id",
    ):

        def word(row_id=row_id, primary=primary, first=first) -> str:
            if first is None:
                text = translate(
                    "Check", "{activity}: none of its kinds is marked as the main kind."
                )
            else:
                text = translate(
                    "Check",
                    "{activity}: its main kind is “{primary}” but its first kind is “{first}”.",
                )
            return text.format(
                activity=labels[row_id],
                primary=kind_label(_text(primary, 30)),
                first=kind_label(_text(first, 30)),
            )

        yield word


# --- attendance ----------------------------------------------------------------------------------
# The attendance table is the big one (millions of rows in a district): both of its rules — the
# values of each row, and whether the person was on the roster that day — are decided in one scan
# (_AttendanceScan), which also counts the problems past the report's limit.

# The roster as it stood on the activity's date: the latest live status change on or before that
# day (ties: the one written last), as models.records.people.list_people reads it.
_LATEST_STATUS = (
    "(SELECT s.status FROM person_status s WHERE s.person_id = a.person_id"
    " AND s.deleted_at IS NULL AND s.effective_on <= ac.date"
    " ORDER BY s.effective_on DESC, s.id DESC LIMIT 1)"
)
_BLANK = "' \t\n\r\u3000'"  # what an empty reason may hold (also the 全角 space)
# Which of the attendance rule's problems a row has (each 0/1), and the roster rule's verdict.
_UNKNOWN = f"a.status NOT IN {_in(ATTENDANCE_STATUSES)}"
_NO_REASON = f"(a.status IN ('leave', 'absent') AND trim(a.reason, {_BLANK}) = '')"
_NO_LEAVE_TYPE = f"(a.status = 'leave' AND a.leave_type NOT IN {_in(LEAVE_TYPES)})"
_BAD_MINUTES = (
    "(a.duration_min IS NOT NULL AND (typeof(a.duration_min) <> 'integer'"
    " OR a.duration_min < 0 OR a.duration_min > 1440))"
)
_OFF_ROSTER = f"coalesce({_LATEST_STATUS}, '') NOT IN {_in(ON_ROSTER)}"
_FLAGS = f"{_UNKNOWN}, {_NO_REASON}, {_NO_LEAVE_TYPE}, {_BAD_MINUTES}, {_OFF_ROSTER}"
# Rows with any problem of the attendance rule (cheap to test: most rows fail its first term) and
# how many problems such a row has (an unknown status says only that).
_ANY_VALUE_PROBLEM = f"({_UNKNOWN} OR {_NO_REASON} OR {_NO_LEAVE_TYPE} OR {_BAD_MINUTES})"
_VALUE_PROBLEMS = (
    f"CASE WHEN {_UNKNOWN} THEN 1 ELSE {_NO_REASON} + {_NO_LEAVE_TYPE} + {_BAD_MINUTES} END"
)
_LIVE_ATTENDANCE = f"a.deleted_at IS NULL AND {_LIVE_ACTIVITY}"
_ROW = "ac.id, p.name, a.status, a.leave_type, a.reason, a.duration_min, ac.date, p.id"
# A problem row as the scan keeps it: (activity id, name, status, leave type, reason, minutes,
# date, person id, unknown, no_reason, no_leave_type, bad_minutes, off_roster).
_Row = tuple


def _sql_order(value: object) -> tuple:
    """A sort key that orders values as SQLite's ORDER BY does (NULL, numbers, text, blobs;
    text by its UTF-8 bytes, i.e. by code point)."""
    if value is None:
        return (0, 0)
    if isinstance(value, int | float):
        return (1, value)
    if isinstance(value, str):
        return (2, value)
    return (3, value if isinstance(value, bytes) else repr(value).encode())


def _row_order(row: _Row) -> tuple:
    # ORDER BY ac.date, ac.id, p.name, p.id
    return (_sql_order(row[6]), row[0], _sql_order(row[1]), row[7])


class _AttendanceScan:
    """Both attendance rules in one pass over the table, run once for the two checks.

    The rows are read in the table's own order with each rule's verdict, and only those with a
    problem come to Python. When they are few (at most `KEEP` of them: a sound ledger has none)
    they are sorted here and that is all. When there are more (a file without roster history
    fails on every row: millions), Python stops reading: SQL counts the rest of the table in
    the same pass (from the row reached on), and each rule's first rows are read through the
    activities' date index, which stops as soon as the report's limit is reached."""

    KEEP = 5000
    BATCH = 1000  # rows fetched at a time

    def __init__(self, db: SqliteDatabase, limit: int | None) -> None:
        self.db = db
        self.limit = limit
        self.attendance: list[_Row] = []  # the first rows with an attendance problem, in order
        self.roster: list[_Row] = []  # the first rows off the roster, in order
        self.attendance_count = 0  # problems of the attendance rule (all rows)
        self.roster_count = 0
        self._done = False
        self._error: Exception | None = None

    def run(self) -> None:
        if self._error is not None:
            raise self._error
        if self._done:
            return
        try:
            self._scan()
        except _UNREADABLE as exc:
            self._error = exc
            raise
        self._done = True

    def _scan(self) -> None:
        keep = None if self.limit is None else max(self.KEEP, 2 * self.limit)
        cursor = self.db.execute_sql(
            f"SELECT a.id, {_ROW}, {_FLAGS} FROM attendance a"
            " CROSS JOIN activity ac ON ac.id = a.activity_id"
            f" CROSS JOIN person p ON p.id = a.person_id WHERE {_LIVE_ATTENDANCE}"
            f" AND ({_ANY_VALUE_PROBLEM} OR {_OFF_ROSTER}) ORDER BY a.id"
        )
        kept: list[_Row] = []
        last = None
        while batch := cursor.fetchmany(self.BATCH):
            kept.extend(row[1:] for row in batch)
            last = batch[-1][0]
            if keep is not None and len(kept) > keep:
                break
        else:
            last = None  # read to the end
        cursor.close()
        in_kept = (sum(_problems_of(r) for r in kept), sum(bool(r[12]) for r in kept))
        first = (
            sorted((r for r in kept if _problems_of(r)), key=_row_order),
            sorted((r for r in kept if r[12]), key=_row_order),
        )
        counts = in_kept
        if last is not None:
            # Many problems: SQL counts the rest of the table (from the row reached on).
            rest = self.db.execute_sql(
                f"SELECT total({_VALUE_PROBLEMS}) FILTER (WHERE {_ANY_VALUE_PROBLEM}),"
                f" total({_OFF_ROSTER}) FROM attendance a"
                " CROSS JOIN activity ac ON ac.id = a.activity_id"
                f" CROSS JOIN person p ON p.id = a.person_id WHERE a.id > ? AND {_LIVE_ATTENDANCE}",
                (last,),
            ).fetchone()
            counts = (in_kept[0] + int(rest[0]), in_kept[1] + int(rest[1]))
        self.attendance_count, self.roster_count = counts
        for rule, where in enumerate((_ANY_VALUE_PROBLEM, _OFF_ROSTER)):
            rows = first[rule]
            if counts[rule] > in_kept[rule]:
                # Problems past the rows read: the rule's first rows through the date index
                # (it stops at the limit).
                rows = list(
                    _rows(
                        self.db,
                        f"SELECT {_ROW}, {_FLAGS} FROM activity ac"
                        " CROSS JOIN attendance a ON a.activity_id = ac.id"
                        f" CROSS JOIN person p ON p.id = a.person_id WHERE {_LIVE_ATTENDANCE}"
                        f" AND {where} ORDER BY ac.date, ac.id, p.name, p.id"
                        f" LIMIT {int(self.limit or 0)}",
                    )
                )
            (self.attendance if rule == 0 else self.roster).extend(rows)


def _problems_of(row: _Row) -> int:
    unknown, no_reason, no_leave_type, bad_minutes = row[8:12]
    return 1 if unknown else bool(no_reason) + bool(no_leave_type) + bool(bad_minutes)


def _attendance_problems(scan: _AttendanceScan, labels: Labels) -> Iterator[Problem | int]:
    scan.run()
    worded = 0
    for row in scan.attendance:
        row_id, person, status, _leave_type, _reason, minutes = row[:6]
        unknown, no_reason, no_leave_type, bad_minutes = row[8:12]

        def values(row_id=row_id, person=person) -> dict[str, str]:
            return {"activity": labels[row_id], "name": _text(person, 30)}

        worded += _problems_of(row)
        if unknown:
            yield lambda status=status: translate(  # type: ignore[misc]
                "Check", "{activity}: {name} has an unknown attendance status “{code}”."
            ).format(code=_text(status, 30), **values())
            continue
        if no_reason:
            yield lambda status=status: translate(  # type: ignore[misc]
                "Check", "{activity}: {name} is marked “{status}” without a reason."
            ).format(status=attendance_label(status), **values())
        if no_leave_type:
            yield lambda: translate(
                "Check",
                "{activity}: {name} is on leave, but the kind of leave (official, sick, personal) "
                "is missing.",
            ).format(**values())
        if bad_minutes:
            yield lambda minutes=minutes: translate(  # type: ignore[misc]
                "Check", "{activity}: {hours} hours for {name} is not possible (0 to 24 hours)."
            ).format(hours=_number(_hours(minutes)), **values())
    yield scan.attendance_count - worded


def _roster_problems(scan: _AttendanceScan, labels: Labels) -> Iterator[Problem | int]:
    scan.run()
    # One problem per row (a file without roster history fails on every row: millions).
    for row in scan.roster:
        row_id, person = row[0], row[1]
        yield lambda row_id=row_id, person=person: translate(  # type: ignore[misc]
            "Check", "{activity}: {name} is in the attendance but was not on the roster that day."
        ).format(activity=labels[row_id], name=_text(person, 30))
    yield scan.roster_count - len(scan.roster)


# --- votes and roster statuses -------------------------------------------------------------------


def _vote_problems(db: SqliteDatabase, labels: Labels) -> Iterator[Problem]:
    rows = _rows(
        db,
        "SELECT ac.id, v.item, v.entitled, v.present, v.in_favour, v.against, v.abstain"
        " FROM vote v JOIN activity ac ON ac.id = v.activity_id"
        f" WHERE v.deleted_at IS NULL AND {_LIVE_ACTIVITY}"
        " ORDER BY ac.date, ac.id, v.position, v.id",
    )
    for row_id, item, entitled, present, yes, no, abstain in rows:

        def values(row_id=row_id, item=item) -> dict[str, str]:
            return {"activity": labels[row_id], "item": _text(item, 40)}

        numbers = (entitled, present, yes, no, abstain)
        if not all(isinstance(n, int) for n in numbers) or any(n < 0 for n in numbers):
            yield lambda: translate(
                "Check", "{activity}: the vote “{item}” has a count that is not a number of people."
            ).format(**values())
            continue
        if present > entitled:
            yield lambda present=present, entitled=entitled: translate(  # type: ignore[misc]
                "Check",
                "{activity}: the vote “{item}” has more voters present ({present}) than members "
                "entitled to vote ({entitled}).",
            ).format(present=present, entitled=entitled, **values())
        if yes + no + abstain > present:
            yield lambda yes=yes, no=no, abstain=abstain, present=present: translate(  # type: ignore[misc]
                "Check",
                "{activity}: the vote “{item}” has more votes cast ({cast}) than voters present "
                "({present}).",
            ).format(cast=yes + no + abstain, present=present, **values())


def _status_problems(db: SqliteDatabase, labels: Labels) -> Iterator[Problem]:
    rows = _rows(
        db,
        "SELECT p.name, s.status, s.effective_on FROM person_status s"
        " JOIN person p ON p.id = s.person_id"
        " WHERE s.deleted_at IS NULL AND p.deleted_at IS NULL ORDER BY p.name, p.id, s.id",
    )
    for person, status, effective_on in rows:
        if status not in STATUSES:
            yield lambda person=person, status=status: translate(  # type: ignore[misc]
                "Check", "{name}: a roster status change has the unknown status “{code}”."
            ).format(name=_text(person, 30), code=_text(status, 30))
        if parse_date(effective_on) is None:
            yield lambda person=person, effective_on=effective_on: translate(  # type: ignore[misc]
                "Check",
                "{name}: a roster status change has the date {value}, which does not exist.",
            ).format(name=_text(person, 30), value=_text(effective_on, 20))
