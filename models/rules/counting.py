"""The counting rules — the one place every figure is computed.

The screen, the PDF and Excel reports and the bureau's district summary all call these functions,
so a number never differs between them. Only live rows count (`deleted_at IS NULL` on activity,
attendance and activity_kind). For a period [start, end):

- 次 activities   = number of activities
- 人次 attendances = Σ over activities of attendance rows with status present or late
- 人数 people      = distinct people present or late
- 应到 expected    = attendance rows whose status is neither 'excluded' (不计) nor 'guest' (列席):
                     people on leave and absent count
- 实到 present     = attendance rows present or late
- 参会率 rate      = present / expected, 4 decimals (None when nothing was expected)
- 时长 hours       = Σ activity.duration_min / 60 (whole minutes summed exactly, rounded once)
- 学时 study_hours = the same over activities having a study kind (the `study_kinds` setting:
                     by default the study kinds, 党课 and 主题党日)
- 服务时长 service_hours = the same over activities having a volunteer kind
- 件 deeds         = Σ (deeds_done + deeds_in_progress)

Durations are stored as whole minutes and summed as integers; they are rounded only when shown:
to 2 decimals in `stats --json` (SQLite's ROUND of the exact value) and as `format_hours()` (one
decimal and the unit, "108.3 小时") on every screen and page. A person's 学时 is the sum over the
study activities they attended (present or late) of their own minutes, else the activity's.

`PRESENT_SQL` / `EXPECTED_SQL` (and `is_present()` / `is_expected()`) are the one definition of
who was present and who was expected; the registers, the person statement and the editor's live
count use them too.

An activity with several kinds counts once in a total and once under each of its kinds.
Each figure is one plain SQL query (`BUREAU_SQL`, shown in the README) that anyone can run with
the sqlite3 shell (`reproducible_sql()` prints them as a script). The functions below compute
all of them in one aggregate statement per call.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from models.file.schema import KIND_CODES, VOLUNTEER_KINDS, database
from models.rules.periods import Period, month_of, parse_period
from models.rules.settings import DEFAULT_STUDY_KINDS, study_kinds
from models.text.i18n import translate
from models.vocabulary import kind_label

# The one definition of present (实到) and expected (应到) for an attendance row `t`.
PRESENT_STATUSES = ("present", "late")
NOT_EXPECTED_STATUSES = ("excluded", "guest")  # 不计, 列席
PRESENT_SQL = "t.status IN ('present', 'late')"
EXPECTED_SQL = "t.status NOT IN ('excluded', 'guest')"
GUEST_SQL = "t.status = 'guest'"


def is_present(status: str) -> bool:
    return status in PRESENT_STATUSES


def is_expected(status: str) -> bool:
    return status not in NOT_EXPECTED_STATUSES


def present_sql(alias: str = "t") -> str:
    return PRESENT_SQL.replace("t.", f"{alias}.")


def expected_sql(alias: str = "t") -> str:
    return EXPECTED_SQL.replace("t.", f"{alias}.")


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
    "attendances": f"SELECT COUNT(*) {_LIVE_ATTENDANCE} AND {PRESENT_SQL}",
    "people": f"SELECT COUNT(DISTINCT t.person_id) {_LIVE_ATTENDANCE} AND {PRESENT_SQL}",
    "expected": f"SELECT COUNT(*) {_LIVE_ATTENDANCE} AND {EXPECTED_SQL}",
    "present": f"SELECT COUNT(*) {_LIVE_ATTENDANCE} AND {PRESENT_SQL}",
    "attendance_rate": f"SELECT ROUND(1.0 * SUM({PRESENT_SQL})"
    f" / SUM({EXPECTED_SQL}), 4) {_LIVE_ATTENDANCE}",
    "hours": "SELECT ROUND(TOTAL(a.duration_min) / 60.0, 2) FROM activity a"
    f" WHERE {_LIVE_ACTIVITY}",
    "study_hours": "SELECT ROUND(TOTAL(a.duration_min) / 60.0, 2) FROM activity a"
    f" WHERE {_LIVE_ACTIVITY} AND a.id IN (SELECT activity_id FROM activity_kind"
    f" WHERE deleted_at IS NULL AND kind IN ({', '.join(repr(k) for k in DEFAULT_STUDY_KINDS)}))",
    "service_hours": "SELECT ROUND(TOTAL(a.duration_min) / 60.0, 2) FROM activity a"
    f" WHERE {_LIVE_ACTIVITY} AND a.id IN (SELECT activity_id FROM activity_kind"
    f" WHERE deleted_at IS NULL AND kind IN ({', '.join(repr(k) for k in VOLUNTEER_KINDS)}))",
    "deeds": "SELECT COALESCE(SUM(a.deeds_done + a.deeds_in_progress), 0) FROM activity a"
    f" WHERE {_LIVE_ACTIVITY}",
}
BUREAU_KIND_FILTER = (
    " AND a.id IN (SELECT activity_id FROM activity_kind WHERE kind = :kind AND deleted_at IS NULL)"
)
BUREAU_BRANCH_FILTER = " AND a.branch_id = (SELECT id FROM branch WHERE name = :branch)"

_PRESENT = PRESENT_SQL


def bureau_sql() -> dict[str, str]:
    """BUREAU_SQL with the open ledger's own study kinds in the study_hours query."""
    default = ", ".join(repr(k) for k in DEFAULT_STUDY_KINDS)
    own = ", ".join(repr(k) for k in study_kinds()) or "NULL"
    return {key: sql.replace(default, own) for key, sql in BUREAU_SQL.items()}


def reproducible_sql() -> str:
    """The per-figure queries as one sqlite3-shell script (for the README and the bureau)."""
    lines = [
        "-- sqlite3 ledger.ledger",
        # The shell evaluates a bare 2026-10-01 as arithmetic: the quotes keep it text.
        ".param set :start \"'2026-10-01'\"",
        ".param set :end \"'2026-11-01'\"",
        "-- one kind:   append" + BUREAU_KIND_FILTER + "  (.param set :kind \"'theme_day'\")",
        "-- one branch: append" + BUREAU_BRANCH_FILTER,
        "-- study_hours: the ledger's own study kinds (the study_kinds setting)",
    ]
    lines += [f"-- {name}\n{sql};" for name, sql in bureau_sql().items()]
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
    hours: float = 0.0  # minutes / 60 to 2 decimals (for JSON); show with format_hours(minutes)
    deeds: int = 0
    study_hours: float = 0.0
    service_hours: float = 0.0
    guests: int = 0  # 列席 人次 (not in 应到 / 实到 / 人次)
    minutes: int = 0  # exact
    study_minutes: int = 0
    service_minutes: int = 0

    def as_dict(self) -> dict[str, int | float | None]:
        """The `stats --json` object F: the eight figures, then study/service hours."""
        return {key: getattr(self, key) for key in FIGURE_KEYS}


FIGURE_KEYS = (
    "activities",
    "attendances",
    "people",
    "expected",
    "present",
    "attendance_rate",
    "hours",
    "deeds",
    "study_hours",
    "service_hours",
)


@dataclass(frozen=True)
class PersonTotals:
    """One person's participation in a period."""

    person_uuid: str
    name: str
    attendances: int  # 人次: activities attended (present or late)
    expected: int  # activities the person was expected at
    minutes: int  # Σ own minutes, or the activity's when not given per person (present/late)
    study_minutes: int  # the same, over activities with a study kind (学时)
    service_minutes: int  # the same, over activities with a volunteer kind (服务时长)

    @property
    def hours(self) -> float:
        return hours_2dp(self.minutes)

    @property
    def study_hours(self) -> float:
        return hours_2dp(self.study_minutes)

    @property
    def volunteer_hours(self) -> float:
        return hours_2dp(self.service_minutes)


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


def hours_2dp(minutes: int | float | None) -> float:
    """Whole minutes as hours to 2 decimals, halves up: what SQLite's ROUND(m / 60.0, 2) shows
    (an exact tie never occurs: m/60 has no 5 in the third decimal place)."""
    m = int(minutes or 0)
    return (m * 200 + 60) // 120 / 100 if m >= 0 else -hours_2dp(-m)


def display_hours(minutes: int | float | None) -> float:
    """Hours to 1 decimal, halves up: the one way hours are shown (screens, PDFs, Excel)."""
    m = int(minutes or 0)
    return (m * 20 + 60) // 120 / 10


def hours_number(minutes: int | float | None) -> str:
    """'108.3' / '10': the number of format_hours(), for a cell whose heading gives the unit."""
    return f"{display_hours(minutes):.1f}".removesuffix(".0")


def format_hours(minutes: int | float | None) -> str:
    """'108.3小时' / '108.3 h': hours to one decimal with the unit, everywhere a person reads
    (a table cell whose heading already says 小时 shows hours_number())."""
    return translate("Stats", "{hours} h").format(hours=hours_number(minutes))


def round_hours(hours: float | None) -> float:
    """Hours to 2 decimals as SQLite's ROUND(x, 2) shows them (1.005 → 1.01; Python's round()
    gives 1.0 because it rounds the binary value, not the decimal one the user typed)."""
    text = repr(float(hours or 0.0))
    return float(Decimal(text).quantize(Decimal("0.01"), ROUND_HALF_UP))


def _make(activities, minutes, deeds, study, service, present, expected, people, guests) -> Figures:
    present, expected = int(present or 0), int(expected or 0)
    minutes, study, service = int(minutes or 0), int(study or 0), int(service or 0)
    return Figures(
        activities=int(activities or 0),
        attendances=present,
        people=int(people or 0),
        expected=expected,
        present=present,
        attendance_rate=rate(present, expected),
        hours=hours_2dp(minutes),
        deeds=int(deeds or 0),
        study_hours=hours_2dp(study),
        service_hours=hours_2dp(service),
        guests=int(guests or 0),
        minutes=minutes,
        study_minutes=study,
        service_minutes=service,
    )


_ATT_SUMS = (
    f"SUM({_PRESENT}) AS present, SUM({EXPECTED_SQL}) AS expected,"
    f" COUNT(DISTINCT CASE WHEN {_PRESENT} THEN t.person_id END) AS people,"
    f" SUM({GUEST_SQL}) AS guests"
)
_ACT_SUMS = (
    "COUNT(*) AS activities, TOTAL(a.duration_min) AS minutes,"
    " TOTAL(a.deeds_done + a.deeds_in_progress) AS deeds,"
    " TOTAL(CASE WHEN a.is_study THEN a.duration_min END) AS study,"
    " TOTAL(CASE WHEN a.is_service THEN a.duration_min END) AS service"
)
_SELECT = (
    "s.activities, s.minutes, s.deeds, s.study, s.service,"
    " att.present, att.expected, att.people, att.guests"
)


def _has_kind(codes) -> str:
    """SQL: activity `a` has a live kind among `codes` (checked codes, inlined as literals)."""
    listed = ", ".join(f"'{c}'" for c in codes if c in KIND_CODES) or "NULL"
    return (
        "EXISTS (SELECT 1 FROM activity_kind sk WHERE sk.activity_id = a.id"
        f" AND sk.deleted_at IS NULL AND sk.kind IN ({listed}))"
    )


# ?1 = start, ?2 = end (exclusive), ?3 = branch uuid, then the kind codes.
_IN_PERIOD = "a.deleted_at IS NULL AND a.date >= ?1 AND a.date < ?2"


@lru_cache(maxsize=64)
def _figures_sql(
    group: str,
    by_branch_id: bool,
    kind_count: int,
    study: tuple[str, ...],
    themes: tuple[str, ...] = (),
) -> str:
    """The one aggregate statement behind figures(), figures_by_kind() and figures_by_branch().

    Activity sums and attendance sums are aggregated separately (then joined on the group key)
    so an activity's hours are not multiplied by its attendance rows. The text is cached so that
    sqlite3's statement cache reuses the prepared statement.
    """
    flags = f"{_has_kind(study)} AS is_study, {_has_kind(VOLUNTEER_KINDS)} AS is_service"
    if group == "branch":
        # Driven branch by branch through the activity(branch_id, date) index (CROSS JOIN fixes
        # the loop order), so rows arrive grouped and no sort of all attendance rows is needed.
        # Every live branch appears, even one without activities in the period.
        loop = f"branch b CROSS JOIN activity a ON a.branch_id = b.id AND {_IN_PERIOD}"
        acts = (
            f"SELECT b.id AS bid, a.id, a.duration_min, a.deeds_done, a.deeds_in_progress, {flags}"
            f" FROM {loop}"
        )
        return (
            f"WITH a AS MATERIALIZED ({acts}),"
            f" s AS (SELECT a.bid AS key, {_ACT_SUMS} FROM a GROUP BY a.bid),"
            f" att AS (SELECT a.bid AS key, {_ATT_SUMS} FROM a CROSS JOIN attendance t"
            " ON t.activity_id = a.id AND t.deleted_at IS NULL GROUP BY a.bid)"
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
    if themes:
        where += f" AND {theme_filter_sql(themes)}"
    if group == "total":
        # No grouping at all: two one-row aggregates side by side (no temporary B-trees).
        acts = (
            f"SELECT a.id, a.duration_min, a.deeds_done, a.deeds_in_progress, {flags}"
            f" FROM activity a WHERE {where}"
        )
        return (
            f"WITH a AS MATERIALIZED ({acts}) SELECT 0, {_SELECT}"
            f" FROM (SELECT {_ACT_SUMS} FROM a) s,"
            f" (SELECT {_ATT_SUMS} FROM a JOIN attendance t ON t.activity_id = a.id"
            " WHERE t.deleted_at IS NULL) att"
        )
    # By kind: one row per (activity, live kind).
    acts = (
        "SELECT a.id, k.kind AS key, a.duration_min, a.deeds_done, a.deeds_in_progress,"
        f" {flags} FROM activity a"
        f" JOIN activity_kind k ON k.activity_id = a.id AND k.deleted_at IS NULL WHERE {where}"
    )
    return (
        f"WITH a AS MATERIALIZED ({acts}),"
        f" att AS (SELECT a.key AS key, {_ATT_SUMS} FROM a JOIN attendance t"
        " ON t.activity_id = a.id WHERE t.deleted_at IS NULL GROUP BY a.key)"
        f" SELECT s.key, {_SELECT} FROM (SELECT a.key AS key, {_ACT_SUMS} FROM a GROUP BY a.key) s"
        " LEFT JOIN att ON att.key = s.key"
    )


def _run(group: str, period: Period, branch_uuid: str | None, kinds, themes=()) -> list[tuple]:
    kinds = tuple(kinds or ())
    sql = _figures_sql(
        group, branch_uuid is not None, len(kinds), tuple(study_kinds()), tuple(themes or ())
    )
    params: list[object] = [period.start, period.end]
    if branch_uuid is not None or kinds:
        params += [branch_uuid, *kinds]  # ?3 is unused (None) when only kinds are given
    return database.execute_sql(sql, params).fetchall()


def figures(
    period: str | Period, *, branch_uuid: str | None = None, kinds=None, themes=None
) -> Figures:
    """The §3 figures of a period; only one branch / activities having any of `kinds` / carrying
    any of `themes` (theme keys) if given."""
    rows = _run("total", parse_period(period), branch_uuid, kinds, themes)
    return _make(*rows[0][1:]) if rows else Figures()


def figures_by_kind(period: str | Period, branch_uuid: str | None = None) -> dict[str, Figures]:
    """Figures per kind code (every code of §8 present; a multi-kind activity under each)."""
    result = {code: Figures() for code in KIND_CODES}
    for row in _run("kind", parse_period(period), branch_uuid, ()):
        result[row[0]] = _make(*row[1:])
    return result


def branch_rows(period: str | Period) -> list[tuple[str, str, Figures]]:
    """(uuid, name as listed, figures) of every branch the period's figures list: every live
    branch, and a deleted one that still has activities in the period (so that the rows add
    up to the total); a repeated name gets its uuid's prefix. `stats` and the district
    overview, PDF and Excel all list exactly these."""
    rows: list[tuple[str, str, Figures]] = []
    seen: set[str] = set()
    for _id, name, uuid, *values in _run("branch", parse_period(period), None, ()):
        key = name if name not in seen else f"{name} ({uuid[:8]})"
        seen.add(key)
        rows.append((uuid, key, _make(*values)))
    return rows


def figures_by_branch(period: str | Period) -> dict[str, Figures]:
    """Figures per branch name (branch_rows)."""
    return {name: f for _uuid, name, f in branch_rows(period)}


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
    """Per person with attendance rows in the period (列席 rows left out): attendances,
    expected, and minutes in all / study / volunteer activities attended."""
    where, params = _period_filter(parse_period(period), branch_uuid)
    own = "COALESCE(t.duration_min, a.duration_min)"
    sql = (
        f"SELECT p.uuid, p.name, SUM({_PRESENT}), SUM({EXPECTED_SQL}),"
        f" TOTAL(CASE WHEN {_PRESENT} THEN {own} END),"
        f" TOTAL(CASE WHEN {_PRESENT} AND {_has_kind(study_kinds())} THEN {own} END),"
        f" TOTAL(CASE WHEN {_PRESENT} AND {_has_kind(VOLUNTEER_KINDS)} THEN {own} END)"
        " FROM activity a JOIN attendance t ON t.activity_id = a.id"
        f" JOIN person p ON p.id = t.person_id WHERE {where} AND NOT {GUEST_SQL}"
        " GROUP BY p.id ORDER BY p.name COLLATE pinyin, p.id"
    )
    return [
        PersonTotals(uuid, name, int(att), int(exp), int(m), int(study), int(service))
        for uuid, name, att, exp, m, study, service in database.execute_sql(sql, params).fetchall()
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
        # Added keys (the shape above stays): figures per theme key, and the bureau's sentence,
        # each figure with its definition (口径) and value.
        "by_theme": {key: f.as_dict() for key, f in figures_by_theme(period).items()},
        "sentence": [f.as_json() for f in sentence_figures(period)],
    }


def format_figures_line(f: dict) -> str:
    """One line of figures in words (次, 人次, 人数, 应到, 实到, 参会率, 学时·时长, 件)."""
    rate = f.get("attendance_rate")
    return translate(
        "Stats",
        "{activities} activities, {attendances} attendances, {people} people, "
        "expected {expected}, present {present}, attendance rate {rate}, duration {hours}, "
        "study hours {study}, service hours {service}, {deeds} items",
    ).format(
        activities=f["activities"],
        attendances=f["attendances"],
        people=f["people"],
        expected=f["expected"],
        present=f["present"],
        rate="—" if rate is None else f"{rate * 100:.1f}%",
        hours=_hours_text(f["hours"]),
        study=_hours_text(f.get("study_hours", 0.0)),
        service=_hours_text(f.get("service_hours", 0.0)),
        deeds=f["deeds"],
    )


def _hours_text(hours: float) -> str:
    """The JSON's 2-decimal hours in the one display form (1 decimal and the unit)."""
    return format_hours(round(hours * 60))


def format_stats_text(payload: dict) -> str:
    """The `stats` command's human-readable output (kinds without activities left out)."""
    period = payload["period"]
    if ".." in period:  # a date range in words (2026年9月1日至11月30日), never ISO in Chinese
        from models.rules.periods import period_text

        period = period_text(period)
    lines = [translate("Stats", "Statistics for {period}").format(period=period)]
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
    themes = [(k, f) for k, f in payload.get("by_theme", {}).items() if f["activities"]]
    if themes:
        from models.rules.definitions import theme_text

        lines.append(translate("Stats", "By theme:"))
        lines.extend(f"  {theme_text(key)}: {format_figures_line(f)}" for key, f in themes)
    if payload.get("sentence"):
        lines.append(translate("Stats", "The bureau's figures:"))
        from models.vocabulary_themes import measure_unit

        lines.extend(
            translate("Stats", "  {label}: {value} {unit} ({definition})").format(
                unit=measure_unit(f["measure"]), **f
            )
            for f in payload["sentence"]
        )
    return "\n".join(lines)


# The yearly 学时 minimum (《中国共产党党员教育管理工作条例》2019): every member 32; the branch
# secretary and committee members 56.
STUDY_MINIMUM_MEMBER = 32
STUDY_MINIMUM_COMMITTEE = 56


@dataclass(frozen=True)
class StudyLine:
    """One Party member's 学时 in a year against their minimum."""

    person_uuid: str
    name: str
    category: str  # on the reference day
    committee: bool  # held a committee seat in the year
    required: int  # hours: 56 for committee members, 32 for members
    study_minutes: int

    @property
    def met(self) -> bool:
        return self.study_minutes >= self.required * 60


def yearly_study(year: str | Period, branch_uuid: str | None = None, today=None) -> list[StudyLine]:
    """Every Party member (正式 or 预备 on the year's last day, or today if earlier) on the roster
    then, or holding a committee seat in the year, with their 学时 and minimum, by name."""
    import datetime as dt

    from models.records.categories import category_sql

    period = parse_period(year, "year")
    ref = min(period.last_day, today or dt.date.today()).isoformat()
    params: list[object] = [ref, period.last_day.isoformat(), period.start]
    where = "p.deleted_at IS NULL"
    if branch_uuid is not None:
        where += " AND p.branch_id = (SELECT id FROM branch WHERE uuid = ?4)"
        params.append(branch_uuid)
    sql = (
        f"SELECT p.uuid, p.name, {category_sql('p.id', '?1')} AS cat,"
        " EXISTS (SELECT 1 FROM committee_role r WHERE r.person_id = p.id"
        " AND r.deleted_at IS NULL AND (r.since IS NULL OR r.since <= ?2)"
        " AND (r.until IS NULL OR r.until >= ?3)) AS seat,"
        " (SELECT s.status FROM person_status s WHERE s.person_id = p.id"
        " AND s.deleted_at IS NULL AND s.effective_on <= ?1"
        " ORDER BY s.effective_on DESC, s.id DESC LIMIT 1) AS status"
        f" FROM person p WHERE {where} ORDER BY p.name, p.id"
    )
    minutes = {t.person_uuid: t.study_minutes for t in per_person_totals(period, branch_uuid)}
    lines = []
    for uuid, name, category, seat, status in database.execute_sql(sql, params).fetchall():
        member = category in ("full_member", "probationary") and status in ("active", "mobile")
        if not (member or seat):
            continue
        required = STUDY_MINIMUM_COMMITTEE if seat else STUDY_MINIMUM_MEMBER
        lines.append(
            StudyLine(uuid, name, category or "", bool(seat), required, minutes.get(uuid, 0))
        )
    return lines


# --- themes and the figure definitions (口径) ----------------------------------------
# A definition (models.rules.definitions) picks activities by kinds and/or themes and counts 次,
# 人次 (of Party members on the day, of everyone present, or with guests and non-members too) or 件.
# Each is one plain SQL query (`definition_sql`), run here grouped by branch.


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def theme_filter_sql(keys) -> str:
    """SQL: activity `a` carries a live theme named by any of `keys` (a built-in theme's code,
    else an added theme's name: models.records.themes.theme_key)."""
    from models.vocabulary_themes import THEME_CODES

    codes = [k for k in keys if k in THEME_CODES]
    names = [k for k in keys if k not in THEME_CODES]
    tests = []
    if codes:
        tests.append(f"h.code IN ({', '.join(_quoted(c) for c in codes)})")
    if names:
        tests.append(f"(h.code = '' AND h.name IN ({', '.join(_quoted(n) for n in names)}))")
    return (
        "EXISTS (SELECT 1 FROM activity_theme x JOIN theme h ON h.id = x.theme_id"
        " WHERE x.activity_id = a.id AND x.deleted_at IS NULL AND h.deleted_at IS NULL"
        f" AND ({' OR '.join(tests) or '0'}))"
    )


MEMBER_ON_DAY_SQL = "{category} IN ('full_member', 'probationary')"


def _definition_parts(d) -> list[tuple[str, str]]:
    """(FROM … WHERE … with :start, :end, the expression summed) of a definition: one part, or
    two for 人次 with guests and non-members (attendance rows + the activities' non_members)."""
    from models.records.categories import category_sql

    where = _LIVE_ACTIVITY
    if d.kinds:
        where += f" AND {_has_kind(d.kinds)}"
    if d.themes:
        where += f" AND {theme_filter_sql(d.themes)}"
    activity_from = f"FROM activity a WHERE {where}"
    if d.measure == "activities":
        return [(activity_from, "COUNT(*)")]
    if d.measure == "deeds_done":
        return [(activity_from, "TOTAL(a.deeds_done)")]
    if d.measure == "deeds":
        return [(activity_from, "TOTAL(a.deeds_done + a.deeds_in_progress)")]
    # The period's activities first (their date index), then each one's attendance: with a
    # kind or theme test in the WHERE, SQLite would otherwise scan every attendance row of
    # the file (a district's ten years: 2 M rows for one month).
    att_from = (
        "FROM activity a CROSS JOIN attendance t ON t.activity_id = a.id"
        f" WHERE t.deleted_at IS NULL AND {where}"
    )
    if d.whose == "members":
        member = MEMBER_ON_DAY_SQL.format(category=category_sql("t.person_id", "a.date"))
        return [(f"{att_from} AND {PRESENT_SQL} AND {member}", "COUNT(*)")]
    if d.whose == "everyone":
        return [
            (f"{att_from} AND t.status IN ('present', 'late', 'guest')", "COUNT(*)"),
            (activity_from, "TOTAL(a.non_members)"),
        ]
    return [(f"{att_from} AND {PRESENT_SQL}", "COUNT(*)")]


def definition_sql(d, branch: bool = False) -> str:
    """The one plain query of a definition's value over the file (:start, :end; with `branch`,
    one branch's: :branch is its name), for the README, 口径 and anyone with sqlite3."""
    parts = []
    for source, expr in _definition_parts(d):
        if branch:
            source += BUREAU_BRANCH_FILTER
        parts.append(f"(SELECT {expr} {source})")
    return "SELECT CAST(" + " + ".join(parts) + " AS INTEGER)"


def definition_by_branch_sql(d) -> list[str]:
    """The statements of a definition's value per branch (branch uuid, value; :start, :end).

    Grouped by `+a.branch_id`: grouped by the bare column, SQLite would walk the whole
    activity(branch_id, date) index — every activity of the file — to save a sort of the
    period's few; the unary plus keeps the value and leaves it the date index."""
    return [
        f"SELECT (SELECT uuid FROM branch WHERE id = a.branch_id), {expr} {source}"
        " GROUP BY +a.branch_id"
        for source, expr in _definition_parts(d)
    ]


def _definition_by_branch(d, period: Period) -> dict[str, int]:
    """A definition's value per branch uuid (branches with nothing left out)."""
    totals: dict[str, int] = {}
    for sql in definition_by_branch_sql(d):
        rows = database.execute_sql(sql, {"start": period.start, "end": period.end}).fetchall()
        for uuid, value in rows:
            totals[uuid] = totals.get(uuid, 0) + int(value or 0)
    return totals


def sentence_by_branch(period: str | Period, defs=None) -> tuple[list, dict[str, list[int]]]:
    """(the definitions, {branch uuid: the value of each}) for the period."""
    from models.rules.definitions import definitions

    period = parse_period(period)
    defs = list(defs if defs is not None else definitions())
    values: dict[str, list[int]] = {}
    for i, d in enumerate(defs):
        for uuid, value in _definition_by_branch(d, period).items():
            values.setdefault(uuid, [0] * len(defs))[i] = value
    return defs, values


def sentence_figures(period: str | Period, branch_uuid: str | None = None, defs=None) -> list:
    """[SentenceFigure] of the bureau's sentence for the period (one branch, or the ledger)."""
    from models.rules.definitions import SentenceFigure

    defs, by_branch = sentence_by_branch(period, defs)
    rows = [v for u, v in by_branch.items() if branch_uuid is None or u == branch_uuid]
    return [SentenceFigure(d, sum(r[i] for r in rows)) for i, d in enumerate(defs)]


def theme_keys_in_use() -> list[str]:
    """The theme keys (codes of built-in themes, names of added ones) of the ledger's live themes,
    built-in ones first in their order, then added ones by name."""
    from models.vocabulary_themes import THEME_CODES

    rows = database.execute_sql(
        "SELECT DISTINCT h.code, TRIM(h.name) FROM theme h WHERE h.deleted_at IS NULL"
    ).fetchall()
    codes = {c for c, _n in rows if c}
    names = sorted({n for c, n in rows if not c and n})
    return [c for c in THEME_CODES if c in codes] + names


def figures_by_theme(period: str | Period, branch_uuid: str | None = None) -> dict[str, Figures]:
    """The §3 figures of the activities carrying each theme (keyed by theme key; a theme no
    activity of the period carries has zero figures)."""
    period = parse_period(period)
    return {
        key: figures(period, branch_uuid=branch_uuid, themes=(key,)) for key in theme_keys_in_use()
    }
