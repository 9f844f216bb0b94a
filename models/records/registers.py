"""The registers: filtered, sorted, paged lists of activities, done entirely in SQL.

A register of 100,000 activities must sort and filter without pulling every row into Python, so
the view asks for a count and then for the page it shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.file.schema import database
from models.rules.counting import EXPECTED_SQL, GUEST_SQL, PRESENT_SQL

# column name -> SQL expression it sorts by
SORT_COLUMNS = {
    "date": "a.date {dir}, a.start_time {dir}, a.id {dir}",
    "kind": "a.primary_kind {dir}, a.date DESC",
    "topic": "a.topic {dir}, a.date DESC",
    "location": "a.location {dir}, a.date DESC",
    "host": "host_name COLLATE pinyin {dir}, a.date DESC",
    "present": "present {dir}, a.date DESC",
    "expected": "expected {dir}, a.date DESC",
    "hours": "a.duration_min {dir}, a.date DESC",
    "sequence": "a.sequence {dir}, a.date DESC",
}


@dataclass(frozen=True)
class RegisterFilter:
    """What a register shows. Dates are inclusive ISO strings; `kinds` matches any kind."""

    date_from: str | None = None
    date_to: str | None = None
    kinds: tuple[str, ...] = ()
    text: str = ""
    branch_uuid: str | None = None
    include_deleted: bool = False


@dataclass(frozen=True)
class ActivityRow:
    uuid: str
    date: str
    start_time: str
    end_time: str
    kinds: tuple[str, ...]
    topic: str
    location: str
    host: str
    recorder: str
    expected: int
    present: int
    minutes: int  # the activity's duration in whole minutes
    sequence: int | None
    deleted: bool
    guests: int = 0  # 列席: attending, outside 应到 / 实到
    themes: tuple[str, ...] = ()  # the names of its themes (专题)


def _theme_names(packed: str | None) -> tuple[str, ...]:
    """The names of an activity's themes from the register query's packed code/name pairs."""
    from models.records.themes import theme_name

    if not packed:
        return ()
    return tuple(theme_name(*(item.split("\x1f", 1) + [""])[:2]) for item in packed.split("\x1e"))


def _where(f: RegisterFilter) -> tuple[str, list[object]]:
    clauses = ["1=1"] if f.include_deleted else ["a.deleted_at IS NULL"]
    params: list[object] = []
    if f.date_from:
        clauses.append("a.date >= ?")
        params.append(f.date_from)
    if f.date_to:
        clauses.append("a.date <= ?")
        params.append(f.date_to)
    if f.kinds:
        marks = ",".join("?" * len(f.kinds))
        clauses.append(
            "EXISTS (SELECT 1 FROM activity_kind k WHERE k.activity_id = a.id"
            f" AND k.deleted_at IS NULL AND k.kind IN ({marks}))"
        )
        params.extend(f.kinds)
    if f.branch_uuid:
        clauses.append("a.branch_id = (SELECT id FROM branch WHERE uuid = ?)")
        params.append(f.branch_uuid)
    text = f.text.strip()
    if text:
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append(
            "(a.topic LIKE ? ESCAPE '\\' OR a.location LIKE ? ESCAPE '\\'"
            " OR a.minutes LIKE ? ESCAPE '\\' OR a.agenda LIKE ? ESCAPE '\\'"
            " OR h.name LIKE ? ESCAPE '\\')"
        )
        params.extend([like] * 5)
    return " AND ".join(clauses), params


def count_activities(f: RegisterFilter = RegisterFilter()) -> int:
    where, params = _where(f)
    sql = "SELECT COUNT(*) FROM activity a LEFT JOIN person h ON h.id = a.host_id WHERE " + where
    return database.execute_sql(sql, params).fetchone()[0]


def list_activities(
    f: RegisterFilter = RegisterFilter(),
    *,
    sort: str = "date",
    descending: bool = True,
    limit: int | None = None,
    offset: int = 0,
) -> list[ActivityRow]:
    """One page of the register, sorted and filtered in SQL."""
    where, params = _where(f)
    order = SORT_COLUMNS.get(sort, SORT_COLUMNS["date"]).format(dir="DESC" if descending else "ASC")
    sql = f"""
        SELECT a.uuid, a.date, a.start_time, a.end_time,
               (SELECT group_concat(kind, ',') FROM (SELECT kind FROM activity_kind k
                 WHERE k.activity_id = a.id AND k.deleted_at IS NULL ORDER BY k.position)),
               a.topic, a.location, COALESCE(h.name, '') AS host_name, COALESCE(r.name, ''),
               (SELECT COUNT(*) FROM attendance t WHERE t.activity_id = a.id
                 AND t.deleted_at IS NULL AND {EXPECTED_SQL}) AS expected,
               (SELECT COUNT(*) FROM attendance t WHERE t.activity_id = a.id
                 AND t.deleted_at IS NULL AND {PRESENT_SQL}) AS present,
               a.duration_min, a.sequence, a.deleted_at IS NOT NULL,
               (SELECT COUNT(*) FROM attendance t WHERE t.activity_id = a.id
                 AND t.deleted_at IS NULL AND {GUEST_SQL}) AS guests,
               (SELECT group_concat(code || char(31) || name, char(30)) FROM (SELECT h.code,
                 h.name FROM activity_theme x JOIN theme h ON h.id = x.theme_id
                 WHERE x.activity_id = a.id AND x.deleted_at IS NULL AND h.deleted_at IS NULL
                 ORDER BY h.position, h.id)) AS themes
        FROM activity a
        LEFT JOIN person h ON h.id = a.host_id
        LEFT JOIN person r ON r.id = a.recorder_id
        WHERE {where}
        ORDER BY {order}
        LIMIT ? OFFSET ?"""
    rows = database.execute_sql(sql, [*params, -1 if limit is None else limit, offset])
    return [
        ActivityRow(
            uuid,
            str(date),
            start,
            end,
            tuple((kinds or "").split(",")) if kinds else (),
            topic,
            location,
            host,
            recorder,
            expected,
            present,
            minutes,
            sequence,
            bool(deleted),
            guests,
            _theme_names(themes),
        )
        for (
            uuid,
            date,
            start,
            end,
            kinds,
            topic,
            location,
            host,
            recorder,
            expected,
            present,
            minutes,
            sequence,
            deleted,
            guests,
            themes,
        ) in rows
    ]
