"""Row validation of a bureau bundle: the same rules a form applies, on every row of every table.

Two passes, both cheap. `type_problems()` asks SQLite (one scan per table) whether every value
has the storage type the frozen schema declares — SQLite itself would accept a picture in a date
column. `RowValidator` then checks the meaning of each row with the form's own helpers and
codes (dates that exist, times of day, known kinds and statuses, reasons for absences, hours in
range, vote counts that add up); it is fed batch by batch while the content hash is computed.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import sqlite3
import threading
from collections.abc import Callable, Collection, Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from models.bureau.bundle_format import ReferenceSchema, StreamedBlob, TableInfo
from models.bureau.ownership import MAX_REV
from models.file.schema import ATTENDANCE_STATUSES, BRANCH_TYPES, CATEGORIES, LEAVE_TYPES, STATUSES
from models.records.activity_checks import MAX_COUNT
from models.records.validation import minutes_of, parse_birth_date, parse_date
from models.rules.periods import PERIOD_KINDS
from models.text.i18n import translate
from models.vocabulary import (
    KIND_CODES,
    PLAN_RECURRENCES,
    RECTIFICATION_SOURCES,
    RECTIFICATION_STATUSES,
    REVIEW_GRADES,
    TALK_KINDS,
)
from models.vocabulary_development import DEVELOPMENT_STAGES
from models.vocabulary_members import DUES_KINDS, TRANSFER_DIRECTIONS
from models.vocabulary_themes import THEME_CODES

MAX_PROBLEMS = 5
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _sql_type(declared: str, notnull: bool) -> tuple[str, ...]:
    if declared == "INTEGER":
        kinds = ("integer",)
    elif declared == "REAL":
        kinds = ("real", "integer")
    elif declared == "BLOB":
        kinds = ("blob",)
    else:  # VARCHAR, TEXT, DATE: ISO text
        kinds = ("text",)
    return kinds if notnull else (*kinds, "null")


def _column_problems(
    con: sqlite3.Connection,
    ref: ReferenceSchema,
    schema: str,
    tests: Callable[[str, TableInfo], list[tuple[str, str]]],
    message: Callable[[], str],
) -> list[str]:
    """A few rows per table failing any of `tests(table, info)` — (column, SQL test) pairs —
    found by one scan of each table in SQLite, each named with the columns that fail as
    `message()` words it ({table}, {uuid}, {columns})."""
    problems: list[str] = []
    for table, info in ref.tables.items():
        checks = tests(table, info)
        if not checks:
            continue
        names = ", ".join(f"CASE WHEN {test} THEN '{c}' END" for c, test in checks)
        sql = (
            f'SELECT quote(uuid), {names} FROM "{schema}"."{table}"'
            f" WHERE {' OR '.join(test for _c, test in checks)} LIMIT {MAX_PROBLEMS}"
        )
        for uuid, *failed in con.execute(sql):
            problems.append(
                message().format(table=table, uuid=uuid, columns=", ".join(c for c in failed if c))
            )
        if len(problems) >= MAX_PROBLEMS:
            break
    return problems[:MAX_PROBLEMS]


def type_problems(con: sqlite3.Connection, ref: ReferenceSchema, schema: str = "main") -> list[str]:
    """Values whose storage type is not the declared one (a few examples per table)."""

    def tests(_table: str, info: TableInfo) -> list[tuple[str, str]]:
        return [
            (col, f'typeof("{col}") NOT IN ({", ".join(repr(k) for k in kinds)})')
            for col, declared, notnull in zip(info.columns, info.types, info.notnull, strict=True)
            for kinds in [_sql_type(declared, notnull or col == "id")]
        ]

    return _column_problems(
        con,
        ref,
        schema,
        tests,
        lambda: translate("Bureau", "{table} {uuid}: wrong kind of value in {columns}"),
    )


def length_problems(
    con: sqlite3.Connection, ref: ReferenceSchema, schema: str = "main"
) -> list[str]:
    """Texts longer than the form that writes them allows (models/records/limits.py), or than
    STORED_TEXT_CEILING where no form does: a bundle cannot bring a text no secretary could
    have typed, nor one big enough to fill the bureau's memory when its rows are read. One
    scan per table, in SQLite (run once the storage types are known to be right)."""
    from models.records.limits import stored_limit

    def tests(table: str, info: TableInfo) -> list[tuple[str, str]]:
        return [
            (col, f'length("{col}") > {stored_limit(table, col)}')
            for col, declared in zip(info.columns, info.types, strict=True)
            if declared not in ("INTEGER", "REAL", "BLOB")
        ]

    return _column_problems(
        con,
        ref,
        schema,
        tests,
        lambda: translate("Bureau", "{table} {uuid}: longer text than a form allows in {columns}"),
    )


def consistency_problems(
    con: sqlite3.Connection, schema: str = "main", tables: Collection[str] | None = None
) -> list[str]:
    """Rows that are fine alone but not together, as the forms never write them: an activity
    without a kind or whose primary kind is not its first kind; someone of another branch in
    an activity's attendance, as its host or its recorder; a plan item, 评议 result, 整改 item
    or talk naming a person or an activity of another branch. `tables`: those the bundle's
    format has (default: all)."""
    s = f'"{schema}"'
    checks = [
        (
            f"SELECT a.uuid FROM {s}.activity a WHERE a.deleted_at IS NULL AND a.primary_kind IS"
            f" NOT (SELECT k.kind FROM {s}.activity_kind k WHERE k.activity_id = a.id"
            " AND k.deleted_at IS NULL ORDER BY k.position, k.id LIMIT 1)",
            translate("Bureau", "activity {uuid}: its kinds do not match its primary kind"),
        ),
        (
            f"SELECT t.uuid FROM {s}.attendance t JOIN {s}.activity a ON a.id = t.activity_id"
            f" JOIN {s}.person p ON p.id = t.person_id WHERE p.branch_id <> a.branch_id",
            translate("Bureau", "attendance {uuid}: a person of another branch"),
        ),
        (
            f"SELECT a.uuid FROM {s}.activity a JOIN {s}.person p"
            " ON p.id IN (a.host_id, a.recorder_id) WHERE p.branch_id <> a.branch_id",
            translate("Bureau", "activity {uuid}: host or recorder of another branch"),
        ),
    ]
    if tables is None or "activity_theme" in tables:
        checks.append(
            (
                f"SELECT x.uuid FROM {s}.activity_theme x JOIN {s}.activity a"
                f" ON a.id = x.activity_id JOIN {s}.theme h ON h.id = x.theme_id"
                " WHERE h.branch_id <> a.branch_id",
                translate("Bureau", "activity_theme {uuid}: a theme of another branch"),
            )
        )
    for table, links in FOLLOWUP_LINKS.items():
        if tables is not None and table not in tables:
            continue
        for column, parent in links:
            checks.append(
                (
                    f"SELECT r.uuid FROM {s}.{table} r JOIN {s}.{parent} x ON x.id = r.{column}"
                    " WHERE x.branch_id <> r.branch_id",
                    translate("Bureau", "{table} {{uuid}}: a link to another branch").format(
                        table=table
                    ),
                )
            )
    if tables is None or "development_stage" in tables:
        checks += _development_links(s)
    problems = []
    for sql, text in checks:
        for (uuid,) in con.execute(sql + f" LIMIT {MAX_PROBLEMS}"):
            problems.append(text.format(uuid=uuid))
    return problems[:MAX_PROBLEMS]


def _development_links(s: str) -> list[tuple[str, str]]:
    """A 发展党员 stage's category change is the person's own, its vote is its meeting's."""
    return [
        (
            f"SELECT d.uuid FROM {s}.development_stage d JOIN {s}.person_category c"
            " ON c.id = d.category_id WHERE c.person_id <> d.person_id",
            translate("Bureau", "development_stage {uuid}: the category of another person"),
        ),
        (
            f"SELECT d.uuid FROM {s}.development_stage d JOIN {s}.vote v ON v.id = d.vote_id"
            " WHERE d.activity_id IS NOT v.activity_id",
            translate("Bureau", "development_stage {uuid}: a vote of another meeting"),
        ),
    ]


# The person and activity links of the format-6 tables: each must be of the row's own branch.
FOLLOWUP_LINKS = {
    "plan_item": (("responsible_id", "person"), ("activity_id", "activity")),
    "review_result": (("person_id", "person"),),
    "rectification_item": (("owner_id", "person"),),
    "talk": (("person_id", "person"), ("other_id", "person")),
    "dues_standard": (("person_id", "person"),),
    "dues_payment": (("person_id", "person"),),
    "transfer": (("person_id", "person"),),
    "development_stage": (
        ("person_id", "person"),
        ("first_person_id", "person"),
        ("second_person_id", "person"),
        ("activity_id", "activity"),
    ),
}

Check = Callable[[dict[str, object]], str | None]


def _required(*names: str) -> Check:
    def check(row: dict[str, object]) -> str | None:
        for name in names:
            value = row[name]
            if not isinstance(value, str) or not value.strip():
                return translate("Bureau", "{field} is empty").format(field=name)
        return None

    return check


# What a spreadsheet reads as the start of a formula (exports/xlsx/cells.py writes such text
# literally; a name is refused outright, since it lands in every sheet of the district workbook).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _spreadsheet_safe(*names: str) -> Check:
    """A name that would be a formula in a spreadsheet, or has control characters, is refused."""

    def check(row: dict[str, object]) -> str | None:
        for name in names:
            value = row[name]
            if not isinstance(value, str):
                continue
            if value.startswith(_FORMULA_STARTS):
                return translate(
                    "Bureau", "{field} starts with {char!r}, which a spreadsheet runs as a formula"
                ).format(field=name, char=value[0])
            if _CONTROL.search(value):
                return translate("Bureau", "{field} contains control characters").format(field=name)
        return None

    return check


def _one_of(name: str, allowed: Sequence[str]) -> Check:
    def check(row: dict[str, object]) -> str | None:
        if row[name] not in allowed:
            return translate("Bureau", "{field}: unknown value {value}").format(
                field=name, value=repr(row[name])[:40]
            )
        return None

    return check


def _dates(*names: str) -> Check:
    def check(row: dict[str, object]) -> str | None:
        for name in names:
            value = row[name]
            # Exactly as a form stores it: no stray space or line break around the date.
            if value is not None and (
                not isinstance(value, str)
                or not _DATE.fullmatch(value)
                or parse_date(value) is None
            ):
                return translate("Bureau", "{field}: {value} is not a date that exists").format(
                    field=name, value=repr(value)[:40]
                )
        return None

    return check


def _range(name: str, low: float, high: float | None = None) -> Check:
    def check(row: dict[str, object]) -> str | None:
        value = row.get(name)  # absent in a bundle of an older format: nothing to check
        if value is None:
            return None
        if isinstance(value, float) and not math.isfinite(value):
            bad = True
        else:
            bad = value < low or (high is not None and value > high)  # type: ignore[operator]
        if bad:
            return translate("Bureau", "{field}: {value} is out of range").format(
                field=name, value=value
            )
        return None

    return check


def _json(name: str) -> Check:
    def check(row: dict[str, object]) -> str | None:
        try:
            json.loads(str(row[name]))
        except ValueError:
            return translate("Bureau", "{field} is not valid JSON").format(field=name)
        return None

    return check


def _activity_times(row: dict[str, object]) -> str | None:
    start, end = row["start_time"], row["end_time"]
    for value in (start, end):
        if value and not _TIME.fullmatch(str(value)):
            return translate("Bureau", "{value} is not a time of day").format(value=value)
    if start and end and minutes_of(str(end)) <= minutes_of(str(start)):
        return translate("Bureau", "the end time is not after the start time")
    sequence = row["sequence"]
    if sequence is not None and sequence < 1:  # type: ignore[operator]
        return translate("Bureau", "the sequence number starts at 1")
    if sequence is not None and sequence > MAX_COUNT:  # type: ignore[operator]
        return translate("Bureau", "the sequence number is too large")
    return None


def _attendance(row: dict[str, object]) -> str | None:
    status = row["status"]
    if status in ("leave", "absent") and not str(row["reason"]).strip():
        return translate("Bureau", "an absence without a reason")
    if status == "leave" and row["leave_type"] not in LEAVE_TYPES:
        return translate("Bureau", "leave without its kind (official, sick, personal)")
    return None


def _vote(row: dict[str, object]) -> str | None:
    entitled, present = row["entitled"], row["present"]
    cast = row["in_favour"] + row["against"] + row["abstain"]  # type: ignore[operator]
    numbers = (entitled, present, row["in_favour"], row["against"], row["abstain"])
    if min(numbers) < 0:  # type: ignore[type-var]
        return translate("Bureau", "negative vote counts")
    if max(numbers) > MAX_COUNT:  # type: ignore[type-var]
        return translate("Bureau", "vote counts that are too large")
    if present > entitled or cast > present:  # type: ignore[operator]
        return translate("Bureau", "vote counts that do not add up")
    return None


def _birth_date(row: dict[str, object]) -> str | None:
    # A roster may give only the month of birth (YYYY-MM), as the person form accepts.
    value = row["birth_date"]
    # Exactly as the form stores it (no stray space or line break).
    if value is not None and parse_birth_date(value) != value:
        return translate("Bureau", "{field}: {value} is not a date that exists").format(
            field="birth_date", value=repr(value)[:40]
        )
    return None


Where = tuple[str, object]  # the table and uuid of the record showing a picture


class PictureCheck:
    """Whether a stored picture is whole, deciding by its sha256 first.

    `known` are the hashes of pictures the ledger at hand already holds and verified when they
    were added (a branch's own photos, made whole by `prepare_image`; the photos the district
    took in after this same check): a bundle's picture whose bytes hash to one of them is
    byte for byte a picture already verified, and is not decoded again. Every other picture is
    decoded completely (`picture_is_whole`), once per distinct hash in a pass. A hash says
    nothing about bytes that were never verified, so a picture new to the ledger — anything a
    foreign bundle brings — is always decoded."""

    def __init__(self, known: Collection[str] = (), background: bool = False) -> None:
        """`background`: decode on worker threads (PIL lets go of the GIL while it decodes)
        alongside the caller's own work; `failures()` then waits for them and names the
        records whose picture is not whole, and `close()` ends the workers."""
        self.known = known
        self._whole: set[str] = set()
        self.decoded = 0  # pictures actually decoded (for the benchmarks and tests)
        workers = max(1, min(4, os.cpu_count() or 1))
        self._pool = ThreadPoolExecutor(workers, "picture-check") if background else None
        # At most this many pictures wait in memory for a worker.
        self._slots = threading.BoundedSemaphore(4 * workers)
        self._pending: dict[str, tuple[Future[bool], list[Where]]] = {}

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def is_whole(self, value: StreamedBlob | bytes, where: Where = ("", None)) -> bool:
        """Whether the picture is whole; in the background, a picture not yet known is taken
        as whole until `failures()` says otherwise for `where` (the record showing it)."""
        if isinstance(value, StreamedBlob):
            digest, data = value.sha256, value.data
        else:
            digest, data = hashlib.sha256(value).hexdigest(), value
        if digest in self.known or digest in self._whole:
            return True
        if data is None:
            return False  # far larger than any stored photo
        if self._pool is None:
            self.decoded += 1
            if not _decodes(data):
                return False
            self._whole.add(digest)
            return True
        if digest in self._pending:
            self._pending[digest][1].append(where)
            return True
        self.decoded += 1
        self._slots.acquire()
        future = self._pool.submit(_decodes, data)
        future.add_done_callback(lambda _: self._slots.release())
        self._pending[digest] = (future, [where])
        return True

    def failures(self) -> list[Where]:
        """Wait for the pictures being decoded in the background; the `where` of each record
        whose picture is not whole."""
        failed: list[Where] = []
        for digest, (future, places) in self._pending.items():
            if future.result():
                self._whole.add(digest)
            else:
                failed.extend(places)
        self._pending.clear()
        return failed


def _decodes(data: bytes) -> bool:
    from models.records import photos

    return photos.picture_is_whole(data)


def _attachment(
    row: dict[str, object], pictures: PictureCheck | None = None, where: Where = ("", None)
) -> str | None:
    data = row["data"]  # a StreamedBlob (size and sha256) when the content hash streamed it
    if isinstance(data, bytes | bytearray):
        data = StreamedBlob(len(data), hashlib.sha256(data).hexdigest(), bytes(data))
    if not isinstance(data, StreamedBlob):
        return None  # another type: type_problems() reports it
    if row["deleted_at"] is not None and data.size == 0:
        return None  # a deleted photo travels as a tombstone without its picture
    if data.sha256 != row["sha256"]:
        return translate("Bureau", "a photo whose content does not match its hash")
    # The hash only says the bytes were not changed after hashing: a photo cut short before
    # (or by a tool that rehashed it) must still not reach the district's reports.
    pictures = pictures if pictures is not None else PictureCheck()
    if row.get("deleted_at") is None:
        for part in ("data", "thumbnail"):
            value = data if part == "data" else row.get(part)
            if isinstance(value, bytes | bytearray):
                value = bytes(value)
            if not isinstance(value, StreamedBlob | bytes) or not (
                value.size if isinstance(value, StreamedBlob) else value
            ):
                continue  # no thumbnail (another type: type_problems() reports it)
            if not pictures.is_whole(value, where):
                return translate("Bureau", "a photo that is truncated or cannot be read")
    return None


def _phone(row: dict[str, object]) -> str | None:
    phone = str(row["phone"])
    if phone and not all(c.isdigit() or c in "+- ()" for c in phone):
        return translate("Bureau", "a phone number with letters in it")
    return None


def _id_number(row: dict[str, object]) -> str | None:
    """A 身份证号 (format 6) is empty or a valid GB 11643 number: a bundle cannot bring garbage."""
    from models.records.id_number import is_valid

    value = row.get("id_number")
    if value and not (isinstance(value, str) and is_valid(value)):
        return translate("Bureau", "an ID number that is not valid")
    return None


def _closed_month(row: dict[str, object]) -> str | None:
    if not _MONTH.fullmatch(str(row["month"])):
        return translate("Bureau", "{value} is not a month").format(value=repr(row["month"])[:20])
    return None


def _plan_text(row: dict[str, object]) -> str | None:
    if not str(row["topic"]).strip() and not str(row["theme"]).strip():
        return translate("Bureau", "a planned item without topic or theme")
    return None


def _rectification(row: dict[str, object]) -> str | None:
    if row["status"] == "done" and row["completed_on"] is None:
        return translate("Bureau", "a completed item without its completion date")
    return None


def _talk(row: dict[str, object]) -> str | None:
    if row["other_id"] is None and not str(row["other_name"]).strip():
        return translate("Bureau", "a talk without the person talked with")
    if row["other_id"] is not None and row["other_id"] == row["person_id"]:
        return translate("Bureau", "a talk of someone with themselves")
    return None


_MONTH_TEXT = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


def _month_text(column: str) -> Check:
    def check(row: dict[str, object]) -> str | None:
        if not _MONTH_TEXT.fullmatch(str(row[column])):
            return translate("Bureau", "{column} is not a month (YYYY-MM)").format(column=column)
        return None

    return check


def _theme(row: dict[str, object]) -> str | None:
    if not row.get("code") and not str(row.get("name") or "").strip():
        return translate("Bureau", "a theme without a name")
    return None


def _campaign(row: dict[str, object]) -> str | None:
    """A school's campaign: its own branch's (the bureau's own, branch NULL, never travels), and
    it cannot end before it starts."""
    if row["branch_id"] is None:
        return translate("Bureau", "a campaign without its branch (only the bureau defines those)")
    start, end = row["start_on"], row["end_on"]
    if isinstance(start, str) and isinstance(end, str) and end < start:
        return translate("Bureau", "the campaign ends before it starts")
    return None


def _common(row: dict[str, object]) -> str | None:
    if not _UUID.fullmatch(str(row["uuid"])):
        return translate("Bureau", "not a valid identifier")
    if row["rev"] < 1:  # type: ignore[operator]
        return translate("Bureau", "revision below 1")
    if row["rev"] > MAX_REV:  # type: ignore[operator]
        return translate("Bureau", "revision {rev} is impossibly high").format(rev=row["rev"])
    return None


RULES: dict[str, list[Check]] = {
    "branch": [
        _required("name"),
        _spreadsheet_safe("name"),
        _one_of("branch_type", BRANCH_TYPES),
        _dates("founded_on", "elected_on"),
        _range("term_years", 1, 10),
    ],
    "unit": [_required("name"), _spreadsheet_safe("name")],
    "party_group": [_required("name"), _spreadsheet_safe("name")],
    "person": [
        _required("name"),
        _spreadsheet_safe("name"),
        _one_of("sex", ("", "M", "F")),
        _one_of("category", CATEGORIES),
        _birth_date,
        _dates("joined_on", "full_member_on"),
        _phone,
        _id_number,
    ],
    "person_status": [_one_of("status", STATUSES), _dates("effective_on")],
    "person_category": [_one_of("category", CATEGORIES), _dates("effective_on")],
    "committee_role": [_required("role"), _dates("since", "until")],
    "activity": [
        _one_of("primary_kind", KIND_CODES),
        _dates("date"),
        _required("topic"),
        _activity_times,
        _range("duration_min", 0, 1440),
        _range("hours", 0, 24),  # format 1–2 bundles
        _range("non_members", 0, MAX_COUNT),
        _range("people_served", 0, MAX_COUNT),
        _range("deeds_done", 0, MAX_COUNT),
        _range("deeds_in_progress", 0, MAX_COUNT),
    ],
    "activity_kind": [_one_of("kind", KIND_CODES), _range("position", 0)],
    "attendance": [
        _one_of("status", ATTENDANCE_STATUSES),
        _attendance,
        _range("duration_min", 0, 1440),
        _range("hours", 0, 24),  # format 1–2 bundles
    ],
    "vote": [_required("item"), _vote],
    "attachment": [_attachment],
    "compliance_rule": [
        _one_of("kind", KIND_CODES),
        _one_of("period", PERIOD_KINDS),
        _range("min_count", 1, 99),
    ],
    "closed_month": [_closed_month],
    "audit_entry": [_required("action", "table_name"), _json("changes")],
    "setting": [_required("key"), _json("value")],
    "plan_item": [
        _plan_text,
        _one_of("kind", KIND_CODES),
        _one_of("recurrence", PLAN_RECURRENCES),
        _dates("planned_on"),
    ],
    "review_result": [
        _one_of("grade", REVIEW_GRADES),
        _range("year", 1900, 2999),
        _dates("decided_on"),
    ],
    "rectification_item": [
        _required("description"),
        _one_of("source", RECTIFICATION_SOURCES),
        _one_of("status", RECTIFICATION_STATUSES),
        _dates("found_on", "deadline", "completed_on"),
        _rectification,
    ],
    "talk": [_one_of("kind", TALK_KINDS), _dates("date"), _talk],
    # Format 5: a 整改 item's photo is checked as an activity's is (hash, whole picture).
    "rectification_photo": [_attachment],
    "dues_standard": [
        _month_text("effective_from"),
        _range("amount_cents", 0, 10**9),
        _range("base_cents", 0, 10**11),
        _range("rate_permille", 0, 1000),
    ],
    "dues_payment": [
        _month_text("month"),
        _one_of("kind", DUES_KINDS),
        _range("due_cents", 0, 10**9),
        _range("paid_cents", 0, 10**9),
        _dates("paid_on"),
    ],
    "transfer": [_one_of("direction", TRANSFER_DIRECTIONS), _dates("date", "receipt_on")],
    "development_stage": [
        _one_of("stage", DEVELOPMENT_STAGES),
        _dates("date", "vetted_on", "approved_on"),
        _range("training_min", 0, 500 * 60),
    ],
    # Format 8: a theme is a built-in one (its code, its name optional) or a named one.
    "theme": [_one_of("code", ("", *THEME_CODES)), _theme, _spreadsheet_safe("name")],
    "campaign": [
        _required("name", "start_on", "end_on"),
        _spreadsheet_safe("name"),
        _dates("start_on", "end_on"),
        _campaign,
    ],
    "dues_month": [
        _month_text("month"),
        _range("due_cents", 0, 10**12),
        _range("paid_cents", 0, 10**12),
        _range("members", 0),
        _range("exempt", 0),
    ],
}


class RowValidator:
    """Collects the first few problems found in the rows it is shown.

    With `background`, the pictures are decoded on worker threads while the rows go on being
    read and hashed: `finish()` waits for them and adds their problems. Use it as a context
    manager then, so the workers end whatever happens."""

    def __init__(self, known_pictures: Collection[str] = (), background: bool = False) -> None:
        """`known_pictures`: hashes of pictures already verified in the ledger at hand (see
        PictureCheck); they are not decoded again."""
        self.problems: list[str] = []
        self.pictures = PictureCheck(known_pictures, background)

    def __enter__(self) -> RowValidator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.pictures.close()

    def finish(self) -> list[str]:
        """Every problem found, once the pictures still being decoded are done."""
        unreadable = translate("Bureau", "a photo that is truncated or cannot be read")
        for table, uuid in self.pictures.failures():
            self._add(table, uuid, unreadable)
        return self.problems

    def _add(self, table: str, uuid: object, problem: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(
                translate("Bureau", "{table} {uuid}: {problem}").format(
                    table=table, uuid=str(uuid)[:36], problem=problem
                )
            )

    def _own(self, check: Check, table: str) -> Check:
        if check is _attachment:
            return lambda row: _attachment(row, self.pictures, (table, row["uuid"]))
        return check

    def visit(self, table: str, columns: Sequence[str], rows: list[tuple]) -> None:
        if len(self.problems) >= MAX_PROBLEMS:
            return
        checks = [_common, *(self._own(c, table) for c in RULES.get(table, ()))]
        for values in rows:
            row = dict(zip(columns, values, strict=True))
            # A tombstone carries its identity only (the merge empties the rest): its other
            # values are neither read nor stored, so only the identity is checked.
            for check in checks if row.get("deleted_at") is None else checks[:1]:
                problem = check(row)
                if problem:
                    self._add(table, row["uuid"], problem)
                    if len(self.problems) >= MAX_PROBLEMS:
                        return
                    break
