"""Plain data for each document, gathered from the ledger's services and statistics.

The PDF and Excel writers take these dataclasses and nothing else, so they never query the ledger
and never count: every figure comes from models.rules.counting (one counting rule for
screen, PDF,
Excel and bureau). What is read here directly are the records themselves (dates, topics, names,
minutes, photos) and, for the fingerprint, the uuid and revision of every row a document used.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from exports.report_types import (
    AbsenceLine,
    ActivityLine,
    AnnualData,
    KindCount,
    MonthlyData,
    PersonLine,
    PersonStatement,
    Photo,
    RuleLine,
    SignInSheet,
    WorkbookData,
)
from models.errors import ValidationError
from models.rules.periods import Period
from models.text.collation import name_key
from models.text.i18n import translate

if TYPE_CHECKING:
    from models.rules.counting import PersonTotals


def made_now() -> str:
    """The local time a document is made, to the minute."""
    return dt.datetime.now().strftime("%Y-%m-%d %H:%M")


def fingerprint(rows: Iterable[tuple[str, str, int]]) -> str:
    """First 12 hex digits of sha256 over (table, uuid, rev) of the rows a document used.

    Sorted, so the same data gives the same fingerprint however it was read; any edit bumps a
    revision and so changes it.
    """
    digest = hashlib.sha256()
    for table, uuid, rev in sorted(rows):
        digest.update(f"{table}:{uuid}:{rev}\n".encode())
    return digest.hexdigest()[:12]


# --- gathering ---------------------------------------------------------------------------------


def _branch(name: str | None = None, *, choose: bool = False) -> tuple[str, str | None]:
    """(name, uuid) of the branch a branch report is about; an empty ledger still gets a
    printable name. A file holding several branches (a district ledger) needs `name`: without
    it (when `choose`), or with a name it does not hold, a ValidationError on "branch" lists
    the branches."""
    from models.services import current_branch, list_branches

    branches = [(b.name, b.uuid) for b in list_branches()]
    if name is not None:
        found = [b for b in branches if b[0] == name.strip()]
        if len(found) == 1:
            return found[0]
        raise ValidationError(
            {
                "branch": translate(
                    "Reports", "The file holds no branch named {name}. Its branches: {names}."
                ).format(name=name, names=_names(branches))
            }
        )
    if choose and len(branches) > 1:
        raise ValidationError(
            {
                "branch": translate(
                    "Reports",
                    "The file holds {count} branches; choose one with --branch NAME: {names}.",
                ).format(count=len(branches), names=_names(branches))
            }
        )
    branch = current_branch()
    if branch is None:
        return translate("Reports", "(branch not set up)"), None
    return branch.name, branch.uuid


def _names(branches: list[tuple[str, str]]) -> str:
    return translate("Reports", ", ").join(name for name, _uuid in branches) or "—"


def _register(start: str, end_inclusive: str, branch_uuid: str | None, kinds=()) -> list:
    from models.services import RegisterFilter, list_activities

    return list_activities(
        RegisterFilter(
            date_from=start, date_to=end_inclusive, kinds=tuple(kinds), branch_uuid=branch_uuid
        ),
        sort="date",
        descending=False,
    )


_DETAIL_COLUMNS = (
    "minutes",
    "resolutions",
    "agenda",
    "materials",
    "service_type",
    "people_served",
    "deeds_done",
    "deeds_in_progress",
)


def _details(uuids: list[str]) -> dict[str, dict[str, Any]]:
    """The written fields of activities (minutes, resolutions, volunteer particulars), read in
    one query rather than one service call per activity."""
    from models.file.schema import database

    result: dict[str, dict[str, Any]] = {}
    for start in range(0, len(uuids), 500):  # stay under SQLite's parameter limit
        chunk = uuids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT uuid, {', '.join(_DETAIL_COLUMNS)} FROM activity WHERE uuid IN ({marks})"
        for uuid, *values in database.execute_sql(sql, chunk).fetchall():
            result[uuid] = dict(zip(_DETAIL_COLUMNS, values, strict=True))
    return result


def _lines(rows: list, *, details: bool = False, photos: bool = False) -> list[ActivityLine]:
    extra = _details([r.uuid for r in rows]) if details else {}
    lines = []
    for row in rows:
        line = _line(row, photos=photos)
        for key, value in extra.get(row.uuid, {}).items():
            setattr(line, key, value)
        lines.append(line)
    return lines


def _line(row: Any, *, photos: bool = False) -> ActivityLine:
    line = ActivityLine(
        uuid=row.uuid,
        date=row.date,
        kinds=list(row.kinds),
        topic=row.topic,
        host=row.host,
        present=row.present,
        expected=row.expected,
        guests=row.guests,
        start_time=row.start_time,
        end_time=row.end_time,
        location=row.location,
        recorder=row.recorder,
        duration_min=row.minutes,
    )
    if photos:
        line.photos = _photos(row.uuid)
    return line


def _photos(activity_uuid: str) -> list[Photo]:
    from models.file.schema import Activity, Attachment

    query = (
        Attachment.select()
        .join(Activity)
        .where(
            (Activity.uuid == activity_uuid)
            & Attachment.deleted_at.is_null()
            & Attachment.mime.startswith("image/")
        )
        .order_by(Attachment.position, Attachment.id)
    )
    from models.records.photos import picture_is_whole

    photos = []
    for a in query:
        data = bytes(a.thumbnail or a.data)
        # A broken picture (a file damaged on disk, a truncated copy) is shown as a note in
        # its place (the PDF's "photo cannot be shown"), never the end of the whole report.
        photos.append(
            Photo(a.caption, data if picture_is_whole(data) else b"", a.mime, a.width, a.height)
        )
    return photos


def _rows_used(start: str, end: str, branch_uuid: str | None, photos: bool) -> list[tuple]:
    """(table, uuid, rev) of the activities of [start, end) and every row hanging off them."""
    from models.file.schema import database

    where = "a.deleted_at IS NULL AND a.date >= ? AND a.date < ?"
    params: list[object] = [start, end]
    if branch_uuid:
        where += " AND a.branch_id = (SELECT id FROM branch WHERE uuid = ?)"
        params.append(branch_uuid)
    children = ["attendance", "activity_kind", "vote"] + (["attachment"] if photos else [])
    parts = [f"SELECT 'activity', a.uuid, a.rev FROM activity a WHERE {where}"]
    for table in children:
        parts.append(
            f"SELECT '{table}', c.uuid, c.rev FROM {table} c JOIN activity a"
            f" ON a.id = c.activity_id WHERE c.deleted_at IS NULL AND {where}"
        )
    parts.append(
        "SELECT 'person', p.uuid, p.rev FROM person p WHERE p.id IN (SELECT t.person_id"
        f" FROM attendance t JOIN activity a ON a.id = t.activity_id WHERE {where})"
    )
    sql = " UNION ALL ".join(parts)
    return database.execute_sql(sql, params * len(parts)).fetchall()


def _kinds_in_order(by_kind: dict[str, Any]) -> list[KindCount]:
    from models.file.schema import KIND_CODES

    return [KindCount(code, by_kind[code]) for code in KIND_CODES if by_kind[code].activities]


def gather_monthly(
    month: str,
    *,
    minutes: bool = False,
    photos: bool = False,
    today: Any = None,
    branch: str | None = None,
) -> MonthlyData:
    """The monthly summary's data for 'YYYY-MM' from the open ledger (compliance as of `today`,
    default the real day)."""
    from models.rules import counting as stats
    from models.rules.periods import parse_period

    period = parse_period(month)
    if period.kind != "month":
        raise ValidationError({"month": translate("Reports", "Give a month as YYYY-MM.")})
    name, branch_uuid = _branch(branch, choose=True)
    rows = _register(period.start, period.last_day.isoformat(), branch_uuid)
    people = stats.per_person_totals(period, branch_uuid)
    month_rules, quarter_rules = _compliance_for_month(period, branch_uuid, today)
    return MonthlyData(
        branch_name=name,
        month=str(period),
        total=stats.figures(period, branch_uuid=branch_uuid),
        by_kind=_kinds_in_order(stats.figures_by_kind(period, branch_uuid)),
        activities=_lines(rows, details=minutes, photos=photos),
        absences=[
            AbsenceLine(a.date, a.topic, [a.kind], a.person_name, a.status, a.leave_type, a.reason)
            for a in stats.absences(period, branch_uuid)
        ],
        volunteers=[
            PersonLine(p.name, service_minutes=p.service_minutes)
            for p in people
            if p.service_minutes > 0
        ],
        compliance_month=month_rules,
        compliance_quarter=quarter_rules,
        fingerprint=fingerprint(_rows_used(period.start, period.end, branch_uuid, photos)),
        made_at=made_now(),
        include_minutes=minutes,
        include_photos=photos,
        plan=_plan(str(period)),
    )


def _rule_line(r: Any) -> RuleLine:
    return RuleLine(
        label=r.label,
        kind=r.kind,
        period=r.period_kind,
        period_label=r.period,
        required=r.min_count,
        done=r.count,
        state=r.state,
        detail=r.group or "",
    )


def _compliance(period: Any, branch_uuid: str | None, today: Any = None) -> list[RuleLine]:
    """Every enabled rule in its whole period containing `period`'s first day, as of today:
    the same state the overview and the annual grid show for that (rule, period)."""
    from models.rules.compliance import evaluate

    return [_rule_line(r) for r in evaluate(period.first_day, today=today, branch_uuid=branch_uuid)]


def _compliance_for_month(
    period: Any, branch_uuid: str | None, today: Any = None
) -> tuple[list[RuleLine], list[RuleLine]]:
    """Monthly rules for the month; quarterly rules for the whole quarter containing it."""
    rules = _compliance(period, branch_uuid, today)
    return [r for r in rules if r.period == "month"], [r for r in rules if r.period == "quarter"]


def _compliance_for_year(period: Any, branch_uuid: str | None, today: Any = None) -> list[RuleLine]:
    """Each rule in each of its periods of the year, whole: 12 months, 4 quarters, the year."""
    from models.rules.compliance import evaluate_period

    return [_rule_line(r) for r in evaluate_period(period, today=today, branch_uuid=branch_uuid)]


def gather_annual(year: str, *, today: Any = None, branch: str | None = None) -> AnnualData:
    """The annual summary's data for 'YYYY' (compliance as of `today`, default the real day)."""
    from models.rules import counting as stats
    from models.rules.periods import parse_period

    period = parse_period(year)
    if period.kind != "year":
        raise ValidationError({"year": translate("Reports", "Give a year as YYYY.")})
    name, branch_uuid = _branch(branch, choose=True)
    last = period.last_day.isoformat()
    return AnnualData(
        branch_name=name,
        year=str(period),
        total=stats.figures(period, branch_uuid=branch_uuid),
        by_month=[(str(m), stats.figures(m, branch_uuid=branch_uuid)) for m in period.months()],
        by_kind=_kinds_in_order(stats.figures_by_kind(period, branch_uuid)),
        people=_people_lines(period, branch_uuid),
        compliance=_compliance_for_year(period, branch_uuid, today),
        study=stats.yearly_study(period, branch_uuid, today),
        life_meetings=[
            _line(r) for r in _register(period.start, last, branch_uuid, ["life_meeting"])
        ],
        appraisals=[_line(r) for r in _register(period.start, last, branch_uuid, ["appraisal"])],
        fingerprint=fingerprint(_rows_used(period.start, period.end, branch_uuid, False)),
        made_at=made_now(),
        plan=_plan(str(period)),
    )


def _plan(period_text: str) -> Any:
    """Planned vs held in the period (None when nothing is planned)."""
    from models.records.plan import plan_summary

    summary = plan_summary(period_text, dt.date.today())
    return summary if summary.planned else None


def gather_person(person_uuid: str, period_text: str) -> PersonStatement:
    """A participation statement for one person over a month, quarter or year."""
    from models.rules import counting as stats
    from models.rules.periods import parse_period
    from models.services import list_people

    period = parse_period(period_text)
    name, branch_uuid = _branch()
    person = next(
        (p for p in list_people(period.last_day.isoformat()) if p.uuid == person_uuid), None
    )
    if person is None:
        raise ValidationError({"person": translate("Reports", "That person is not in the ledger.")})
    totals = next(
        (t for t in stats.per_person_totals(period, branch_uuid) if t.person_uuid == person_uuid),
        None,
    )
    line_totals = PersonLine(person.name, person.category)
    if totals is not None:
        line_totals = _person_line(totals, person.category)
    mine = _attendance_of(person_uuid, period.start, period.end)
    lines: list[tuple[ActivityLine, str, float]] = []
    for row in _register(period.start, period.last_day.isoformat(), branch_uuid):
        if row.uuid not in mine or mine[row.uuid][0] == "excluded":  # 列席 lines are listed
            continue
        status, own_hours = mine[row.uuid]
        # The minutes credited on this line as recorded: the person's own, else the activity's
        # (the same rule stats.per_person_totals sums; the totals row comes from there).
        credited = 0
        if stats.is_present(status):
            credited = own_hours if own_hours is not None else row.minutes
        lines.append((_line(row), status, credited))
    return PersonStatement(
        branch_name=name,
        person_name=person.name,
        category=person.category,
        unit=" / ".join(x for x in (person.unit, person.party_group) if x),
        period=str(period),
        period_start=period.start,
        period_end=period.last_day.isoformat(),
        totals=line_totals,
        lines=lines,
        fingerprint=fingerprint(_rows_used(period.start, period.end, branch_uuid, False)),
        made_at=made_now(),
    )


def _roster_at_end(period: Any, branch: str | None) -> Any:
    """The 党员花名册 on the period's last day (today while the period runs), IDs masked."""
    from exports.roster_data import gather_roster

    day = min(period.last_day, dt.date.today())
    return gather_roster(day.isoformat(), branch=branch)


def _attendance_of(person_uuid: str, start: str, end: str) -> dict[str, tuple[str, Any]]:
    """activity uuid → (status, own hours) of one person's live attendance rows in [start, end)."""
    from models.file.schema import database

    sql = (
        "SELECT a.uuid, t.status, t.duration_min FROM attendance t"
        " JOIN activity a ON a.id = t.activity_id JOIN person p ON p.id = t.person_id"
        " WHERE p.uuid = ? AND t.deleted_at IS NULL AND a.deleted_at IS NULL"
        " AND a.date >= ? AND a.date < ?"
    )
    rows = database.execute_sql(sql, (person_uuid, start, end)).fetchall()
    return {uuid: (status, hours) for uuid, status, hours in rows}


def gather_signin(activity_uuid: str) -> SignInSheet:
    """A sign-in sheet: the activity's attendance list if recorded, else who is expected."""
    from models.file.schema import Activity
    from models.services import expected_people, get_activity, list_people

    gone = ValidationError(
        {"activity": translate("Reports", "That activity is no longer in the ledger.")}
    )
    try:
        full = get_activity(activity_uuid)
    except Activity.DoesNotExist:
        raise gone from None
    name, branch_uuid = _branch()
    rows = _register(full.date, full.date, branch_uuid)
    row = next((r for r in rows if r.uuid == activity_uuid), None)
    if row is None:  # deleted (a tombstone) meanwhile
        raise gone
    people_on_day = {p.uuid: p for p in list_people(full.date)}
    listed = [a.person_uuid for a in full.attendance if a.status != "excluded"]
    if listed:
        people = [people_on_day[u] for u in listed if u in people_on_day]
    else:
        people = expected_people(full.date, full.kinds, full.party_group_uuid)
    # By party group in the branch's own order (第一, 第二, 第三 …), then unit and name.
    from models.services import current_branch

    branch = current_branch()
    order = {uuid: i for i, (uuid, _) in enumerate(branch.groups if branch else [])}
    people = sorted(
        people,
        key=lambda p: (
            order.get(p.party_group_uuid, len(order)),
            name_key(p.unit),
            name_key(p.name),
        ),
    )
    return SignInSheet(
        branch_name=name,
        activity=_line(row),
        people=[(p.name, p.category, p.party_group or p.unit) for p in people],
        fingerprint=fingerprint(_rows_used(full.date, _next_day(full.date), branch_uuid, False)),
        made_at=made_now(),
    )


def _next_day(day: str) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()


def gather_workbook(period_text: str | Period, *, branch: str | None = None) -> WorkbookData:
    """The registers and summaries of a month ('YYYY-MM'), a year ('YYYY') or a date range /
    campaign (a DateRange: its months are cut to the range) for Excel."""
    from models.bureau.district import period_label_text
    from models.rules import counting as stats
    from models.rules.periods import DateRange, date_range, parse_period

    period = parse_period(period_text)
    name, branch_uuid = _branch(branch, choose=True)
    rows = _register(period.start, period.last_day.isoformat(), branch_uuid)
    months = period.months() if period.kind != "month" else []
    pieces: list[tuple[str, Period]] = [(str(m), m) for m in months]
    if isinstance(period, DateRange):
        pieces = [
            (str(m), date_range(max(m.first_day, period.first), min(m.last_day, period.last)))
            for m in months
        ]
    return WorkbookData(
        branch_name=name,
        period=str(period),
        period_label=period_label_text(period) if isinstance(period, DateRange) else "",
        total=stats.figures(period, branch_uuid=branch_uuid),
        by_kind=_kinds_in_order(stats.figures_by_kind(period, branch_uuid)),
        by_month=[(label, stats.figures(m, branch_uuid=branch_uuid)) for label, m in pieces],
        activities=_lines(rows, details=True),
        people=_people_lines(period, branch_uuid),
        absences=[
            AbsenceLine(a.date, a.topic, [a.kind], a.person_name, a.status, a.leave_type, a.reason)
            for a in stats.absences(period, branch_uuid)
        ],
        fingerprint=fingerprint(_rows_used(period.start, period.end, branch_uuid, False)),
        made_at=made_now(),
        roster=_roster_at_end(period, branch),
    )


def _roster_at_end(period: Any, branch: str | None) -> Any:
    """The 党员花名册 on the period's last day (today while the period runs), IDs masked."""
    from exports.roster_data import gather_roster

    day = min(period.last_day, dt.date.today())
    return gather_roster(day.isoformat(), branch=branch)


def _person_line(t: PersonTotals, category: str = "") -> PersonLine:
    """One person's totals (stats.per_person_totals) as a report line."""
    return PersonLine(
        t.name,
        category,
        t.attendances,
        t.expected,
        t.minutes,
        t.study_minutes,
        t.service_minutes,
    )


def _people_lines(period: Period, branch_uuid: str | None) -> list[PersonLine]:
    from models.rules.counting import per_person_totals

    return [_person_line(t) for t in per_person_totals(period, branch_uuid)]
