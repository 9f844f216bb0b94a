"""The counting rules — the one place every figure is computed.

The screen, the PDF and Excel reports and the bureau's district summary all call these functions,
so a number never differs between them. Only live rows count (`deleted_at IS NULL` on activity,
attendance and activity_kind). For a period [start, end):

- 次 activities   = number of activities
- 人次 attendances = Σ over activities of attendance rows with status present or late
- 人数 people      = distinct people present or late
- 应到 expected    = attendance rows whose status is not 'excluded' (people on leave count)
- 实到 present     = attendance rows present or late
- 参会率 rate      = present / expected, 4 decimals (None when nothing was expected)
- 学时·时长 hours  = Σ activity.hours
- 件 deeds         = Σ (deeds_done + deeds_in_progress)

An activity with several kinds counts once in a total and once under each of its kinds.
Each figure is one plain SQL query (`BUREAU_SQL`, shown in the README) that anyone can run with
the sqlite3 shell (`reproducible_sql()` prints them as a script). The functions below compute
all of them in one aggregate statement per call.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from models.file.schema import KIND_CODES, VOLUNTEER_KINDS, database
from models.rules.periods import Period, month_of, parse_period
from models.text.i18n import translate
from models.vocabulary import kind_label

_LIVE_ACTIVITY = "a.deleted_at IS NULL AND a.date >= :start AND a.date < :end"
_LIVE_ATTENDANCE = (
    "FROM attendance t JOIN activity a ON a.id = t.activity_id"
    " WHERE t.deleted_at IS NULL AND " + _LIVE_ACTIVITY
)

# One plain query per figure (whole file). For one kind add
#   AND a.id IN (SELECT activity_id FROM activity_kind WHERE kind = :kind AND deleted_at IS NULL)
# and for one branch add  AND a.branch_id = (SELECT id FROM branch WHERE name = :branch).
BUREAU_SQL: dict[str, str] = {
    "activities": f"SELECT COUNT(*) FROM activity a WHERE {_LIVE_ACTIVITY}",
    "attendances": f"SELECT COUNT(*) {_LIVE_ATTENDANCE} AND t.status IN ('present', 'late')",
    "people": f"SELECT COUNT(DISTINCT t.person_id) {_LIVE_ATTENDANCE}"
    " AND t.status IN ('present', 'late')",
    "expected": f"SELECT COUNT(*) {_LIVE_ATTENDANCE} AND t.status <> 'excluded'",
    "present": f"SELECT COUNT(*) {_LIVE_ATTENDANCE} AND t.status IN ('present', 'late')",
    "attendance_rate": "SELECT ROUND(1.0 * SUM(t.status IN ('present', 'late'))"
    f" / SUM(t.status <> 'excluded'), 4) {_LIVE_ATTENDANCE}",
    "hours": f"SELECT ROUND(TOTAL(a.hours), 2) FROM activity a WHERE {_LIVE_ACTIVITY}",
    "deeds": "SELECT COALESCE(SUM(a.deeds_done + a.deeds_in_progress), 0) FROM activity a"
    f" WHERE {_LIVE_ACTIVITY}",
}
BUREAU_KIND_FILTER = (
    " AND a.id IN (SELECT activity_id FROM activity_kind WHERE kind = :kind AND deleted_at IS NULL)"
)
BUREAU_BRANCH_FILTER = " AND a.branch_id = (SELECT id FROM branch WHERE name = :branch)"

_PRESENT = "t.status IN ('present', 'late')"


def reproducible_sql() -> str:
    """The per-figure queries as one sqlite3-shell script (for the README and the bureau)."""
    lines = [
        "-- sqlite3 ledger.ledger",
        # The shell evaluates a bare 2026-10-01 as arithmetic: the quotes keep it text.
        ".param set :start \"'2026-10-01'\"",
        ".param set :end \"'2026-11-01'\"",
        "-- one kind:   append" + BUREAU_KIND_FILTER + "  (.param set :kind \"'theme_day'\")",
        "-- one branch: append" + BUREAU_BRANCH_FILTER,
    ]
    lines += [f"-- {name}\n{sql};" for name, sql in BUREAU_SQL.items()]
    return "\n".join(lines)


@dataclass(frozen=True)
class Figures:
    """The §3 figures of one period (and kind, branch ...)."""

    activities: int = 0
    attendances: int = 0
    people: int = 0
    expected: int = 0
    present: int = 0
    attendance_rate: float | None = None
    hours: float = 0.0
    deeds: int = 0

    def as_dict(self) -> dict[str, int | float | None]:
        return asdict(self)


FIGURE_KEYS = tuple(f.name for f in fields(Figures))


@dataclass(frozen=True)
class PersonTotals:
    """One person's participation in a period."""

    person_uuid: str
    name: str
    attendances: int  # 人次: activities attended (present or late)
    expected: int  # activities the person was expected at
    hours: float  # Σ attendance.hours, or the activity's hours when not given per person
    volunteer_hours: float  # the same, over activities with a volunteer kind


@dataclass(frozen=True)
class Absence:
    """An attendance row 'leave' or 'absent', with what the register shows about it."""

    activity_uuid: str
    date: str
    kind: str  # the activity's primary kind
    topic: str
    person_uuid: str
    person_name: str
    status: str  # leave / absent
    leave_type: str
    reason: str


def rate(present: int, expected: int) -> float | None:
    """present / expected to 4 decimals, halves rounded up like SQLite's ROUND() (Python's
    round() would give 0.0312 for 1/32 where the bureau's sqlite3 query shows 0.0313)."""
    if not expected:
        return None
    return (present * 20000 + expected) // (2 * expected) / 10000


def round_hours(hours: float | None) -> float:
    """Hours to 2 decimals as SQLite's ROUND(x, 2) shows them (1.005 → 1.01; Python's round()
    gives 1.0 because it rounds the binary value, not the decimal one the user typed)."""
    text = repr(float(hours or 0.0))
    return float(Decimal(text).quantize(Decimal("0.01"), ROUND_HALF_UP))


def _make(activities, hours, deeds, present, expected, people) -> Figures:
    present, expected = int(present or 0), int(expected or 0)
    return Figures(
        activities=int(activities or 0),
        attendances=present,
        people=int(people or 0),
        expected=expected,
        present=present,
        attendance_rate=rate(present, expected),
        hours=round_hours(hours),
        deeds=int(deeds or 0),
    )


_ATT_SUMS = (
    f"SUM({_PRESENT}) AS present, SUM(t.status <> 'excluded') AS expected,"
    f" COUNT(DISTINCT CASE WHEN {_PRESENT} THEN t.person_id END) AS people"
)
_ACT_SUMS = (
    "COUNT(*) AS activities, TOTAL(a.hours) AS hours,"
    " TOTAL(a.deeds_done + a.deeds_in_progress) AS deeds"
)
_SELECT = "s.activities, s.hours, s.deeds, att.present, att.expected, att.people"
# ?1 = start, ?2 = end (exclusive), ?3 = branch uuid, then the kind codes.
_IN_PERIOD = "a.deleted_at IS NULL AND a.date >= ?1 AND a.date < ?2"


@lru_cache(maxsize=64)
def _figures_sql(group: str, by_branch_id: bool, kind_count: int) -> str:
    """The one aggregate statement behind figures(), figures_by_kind() and figures_by_branch().

    Activity sums and attendance sums are aggregated separately (then joined on the group key)
    so an activity's hours are not multiplied by its attendance rows. The text is cached so that
    sqlite3's statement cache reuses the prepared statement.
    """
    if group == "branch":
        # Driven branch by branch through the activity(branch_id, date) index (CROSS JOIN fixes
        # the loop order), so rows arrive grouped and no sort of all attendance rows is needed.
        # Every live branch appears, even one without activities in the period.
        loop = f"branch b CROSS JOIN activity a ON a.branch_id = b.id AND {_IN_PERIOD}"
        return (
            f"WITH s AS (SELECT b.id AS key, {_ACT_SUMS} FROM {loop} GROUP BY b.id),"
            f" att AS (SELECT b.id AS key, {_ATT_SUMS} FROM {loop} CROSS JOIN attendance t"
            " ON t.activity_id = a.id AND t.deleted_at IS NULL GROUP BY b.id)"
            f" SELECT b.id, b.name, b.uuid, {_SELECT} FROM branch b"
            " LEFT JOIN s ON s.key = b.id LEFT JOIN att ON att.key = b.id"
            " WHERE b.deleted_at IS NULL OR s.key IS NOT NULL ORDER BY b.name COLLATE pinyin, b.id"
        )
    where = _IN_PERIOD
    if by_branch_id:
        where += " AND a.branch_id = (SELECT id FROM branch WHERE uuid = ?3)"
    if kind_count:
        marks = ", ".join(f"?{4 + i}" for i in range(kind_count))
        where += (
            " AND EXISTS (SELECT 1 FROM activity_kind f WHERE f.activity_id = a.id"
            f" AND f.deleted_at IS NULL AND f.kind IN ({marks}))"
        )
    if group == "total":
        # No grouping at all: two one-row aggregates side by side (no temporary B-trees).
        acts = (
            f"SELECT a.id, a.hours, a.deeds_done, a.deeds_in_progress FROM activity a WHERE {where}"
        )
        return (
            f"WITH a AS MATERIALIZED ({acts}) SELECT 0, {_SELECT}"
            f" FROM (SELECT {_ACT_SUMS} FROM a) s,"
            f" (SELECT {_ATT_SUMS} FROM a JOIN attendance t ON t.activity_id = a.id"
            " WHERE t.deleted_at IS NULL) att"
        )
    # By kind: one row per (activity, live kind).
    acts = (
        "SELECT a.id, k.kind AS key, a.hours, a.deeds_done, a.deeds_in_progress FROM activity a"
        f" JOIN activity_kind k ON k.activity_id = a.id AND k.deleted_at IS NULL WHERE {where}"
    )
    return (
        f"WITH a AS MATERIALIZED ({acts}),"
        f" att AS (SELECT a.key AS key, {_ATT_SUMS} FROM a JOIN attendance t"
        " ON t.activity_id = a.id WHERE t.deleted_at IS NULL GROUP BY a.key)"
        f" SELECT s.key, {_SELECT} FROM (SELECT a.key AS key, {_ACT_SUMS} FROM a GROUP BY a.key) s"
        " LEFT JOIN att ON att.key = s.key"
    )


def _run(group: str, period: Period, branch_uuid: str | None, kinds) -> list[tuple]:
    kinds = tuple(kinds or ())
    sql = _figures_sql(group, branch_uuid is not None, len(kinds))
    params: list[object] = [period.start, period.end]
    if branch_uuid is not None or kinds:
        params += [branch_uuid, *kinds]  # ?3 is unused (None) when only kinds are given
    return database.execute_sql(sql, params).fetchall()


def figures(period: str | Period, *, branch_uuid: str | None = None, kinds=None) -> Figures:
    """The §3 figures of a period; only one branch / activities having any of `kinds` if given."""
    rows = _run("total", parse_period(period), branch_uuid, kinds)
    return _make(*rows[0][1:]) if rows else Figures()


def figures_by_kind(period: str | Period, branch_uuid: str | None = None) -> dict[str, Figures]:
    """Figures per kind code (every code of §8 present; a multi-kind activity under each)."""
    result = {code: Figures() for code in KIND_CODES}
    for row in _run("kind", parse_period(period), branch_uuid, ()):
        result[row[0]] = _make(*row[1:])
    return result


def figures_by_branch(period: str | Period) -> dict[str, Figures]:
    """Figures per branch name (every live branch; a repeated name gets its uuid's prefix)."""
    result: dict[str, Figures] = {}
    for _id, name, uuid, *values in _run("branch", parse_period(period), None, ()):
        key = name if name not in result else f"{name} ({uuid[:8]})"
        result[key] = _make(*values)
    return result


def monthly_series(
    last_month: str | Period, n: int = 12, branch_uuid: str | None = None
) -> list[tuple[str, int]]:
    """Activities per month for the `n` months ending with `last_month` (for a chart)."""
    last = parse_period(last_month)
    last = month_of(last.last_day) if last.kind != "month" else last
    months = [last]
    while len(months) < n:
        months.insert(0, months[0].previous())
    sql = (
        "SELECT substr(a.date, 1, 7), COUNT(*) FROM activity a"
        " WHERE a.deleted_at IS NULL AND a.date >= ? AND a.date < ?"
    )
    params: list[object] = [months[0].start, last.end]
    if branch_uuid is not None:
        sql += " AND a.branch_id = (SELECT id FROM branch WHERE uuid = ?)"
        params.append(branch_uuid)
    counts = dict(database.execute_sql(sql + " GROUP BY 1", params).fetchall())
    return [(str(m), int(counts.get(str(m), 0))) for m in months]


def _period_filter(period: Period, branch_uuid: str | None) -> tuple[str, list[object]]:
    where = "a.deleted_at IS NULL AND t.deleted_at IS NULL AND a.date >= ? AND a.date < ?"
    params: list[object] = [period.start, period.end]
    if branch_uuid is not None:
        where += " AND a.branch_id = (SELECT id FROM branch WHERE uuid = ?)"
        params.append(branch_uuid)
    return where, params


def per_person_totals(period: str | Period, branch_uuid: str | None = None) -> list[PersonTotals]:
    """Per person with attendance rows in the period: attendances, hours, volunteer hours."""
    where, params = _period_filter(parse_period(period), branch_uuid)
    volunteer = ", ".join(f"'{code}'" for code in VOLUNTEER_KINDS)
    own_hours = "COALESCE(t.hours, a.hours)"
    sql = (
        f"SELECT p.uuid, p.name, SUM({_PRESENT}), SUM(t.status <> 'excluded'),"
        f" TOTAL(CASE WHEN {_PRESENT} THEN {own_hours} END),"
        f" TOTAL(CASE WHEN {_PRESENT} AND EXISTS (SELECT 1 FROM activity_kind k"
        " WHERE k.activity_id = a.id AND k.deleted_at IS NULL"
        f" AND k.kind IN ({volunteer})) THEN {own_hours} END)"
        " FROM activity a JOIN attendance t ON t.activity_id = a.id"
        f" JOIN person p ON p.id = t.person_id WHERE {where}"
        " GROUP BY p.id ORDER BY p.name COLLATE pinyin, p.id"
    )
    return [
        PersonTotals(uuid, name, int(att), int(exp), round_hours(hours), round_hours(vol))
        for uuid, name, att, exp, hours, vol in database.execute_sql(sql, params).fetchall()
    ]


def absences(period: str | Period, branch_uuid: str | None = None) -> list[Absence]:
    """Leave and absent rows of the period, by date, with their reasons."""
    where, params = _period_filter(parse_period(period), branch_uuid)
    sql = (
        "SELECT a.uuid, a.date, a.primary_kind, a.topic, p.uuid, p.name, t.status,"
        " t.leave_type, t.reason FROM activity a"
        " JOIN attendance t ON t.activity_id = a.id JOIN person p ON p.id = t.person_id"
        f" WHERE {where} AND t.status IN ('leave', 'absent')"
        " ORDER BY a.date, a.start_time, a.id, p.name COLLATE pinyin, p.id"
    )
    return [Absence(*row) for row in database.execute_sql(sql, params).fetchall()]


def stats_payload(period_str: str | Period, kind: str | None = None) -> dict:
    """The `stats --json` object (README, Command line): period, total, by_kind, by_branch.

    `kind` ('month' / 'year'), when the caller knows which was asked for, makes a bad value's
    message name that field."""
    period = parse_period(period_str, kind)
    return {
        "period": str(period),
        "total": figures(period).as_dict(),
        "by_kind": {code: f.as_dict() for code, f in figures_by_kind(period).items()},
        "by_branch": {name: f.as_dict() for name, f in figures_by_branch(period).items()},
    }


def format_figures_line(f: dict) -> str:
    """One line of figures in words (次, 人次, 人数, 应到, 实到, 参会率, 学时·时长, 件)."""
    rate = f.get("attendance_rate")
    return translate(
        "Stats",
        "{activities} activities, {attendances} attendances, {people} people, "
        "expected {expected}, present {present}, attendance rate {rate}, {hours} hours, "
        "{deeds} items",
    ).format(
        activities=f["activities"],
        attendances=f["attendances"],
        people=f["people"],
        expected=f["expected"],
        present=f["present"],
        rate="—" if rate is None else f"{rate * 100:.1f}%",
        hours=f"{f['hours']:.2f}".rstrip("0").rstrip("."),  # 1234567.5, not 1.23457e+06
        deeds=f["deeds"],
    )


def format_stats_text(payload: dict) -> str:
    """The `stats` command's human-readable output (kinds without activities left out)."""
    lines = [translate("Stats", "Statistics for {period}").format(period=payload["period"])]
    lines.append(
        translate("Stats", "Total: {figures}").format(figures=format_figures_line(payload["total"]))
    )
    kinds = [(c, f) for c, f in payload["by_kind"].items() if f["activities"]]
    if kinds:
        lines.append(translate("Stats", "By kind:"))
        lines.extend(f"  {kind_label(code)}: {format_figures_line(f)}" for code, f in kinds)
    if payload["by_branch"]:
        lines.append(translate("Stats", "By branch:"))
        lines.extend(
            f"  {name}: {format_figures_line(f)}" for name, f in payload["by_branch"].items()
        )
    return "\n".join(lines)
