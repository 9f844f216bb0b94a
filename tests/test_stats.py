"""Counting rules: every figure checked against an independent Python loop."""

from __future__ import annotations

import sqlite3

import pytest

from models.errors import ValidationError
from models.file.schema import KIND_CODES
from models.rules import counting as stats
from models.rules.periods import Period, parse_period
from tests.stats_helpers import (
    add_activity,
    make_branch,
    make_people,
    oracle_figures,
    random_ledger,
)

MONTHS = ["2026-01", "2026-02", "2026-03", "2026-04"]


@pytest.fixture
def district(ledger):
    """Two branches, four months of random activities (seeded)."""
    return random_ledger(seed=7, months=MONTHS, branches=2)


def _period_range(text: str) -> tuple[str, str]:
    p = parse_period(text)
    return p.start, p.end


@pytest.mark.parametrize("period", ["2026-01", "2026-02", "2026-03", "2026-Q1", "2026-Q2", "2026"])
def test_totals_match_a_plain_loop(district, period):
    start, end = _period_range(period)
    assert stats.figures(period).as_dict() == oracle_figures(district, start, end)


def test_by_kind_counts_multi_kind_activities_under_each_kind(district):
    start, end = _period_range("2026-Q1")
    by_kind = stats.figures_by_kind("2026-Q1")
    assert set(by_kind) == set(KIND_CODES)
    for code in KIND_CODES:
        assert by_kind[code].as_dict() == oracle_figures(district, start, end, kind=code), code
    # The fixture really has multi-kind activities, so the kinds sum to more than the total.
    total = stats.figures("2026-Q1").activities
    assert sum(f.activities for f in by_kind.values()) > total


def test_by_branch_with_two_branches(district):
    start, end = _period_range("2026")
    by_branch = stats.figures_by_branch("2026")
    assert set(by_branch) == {"支部0", "支部1"}
    for name, figures in by_branch.items():
        assert figures.as_dict() == oracle_figures(district, start, end, branch=name)
    assert sum(f.activities for f in by_branch.values()) == stats.figures("2026").activities


def test_one_branch_and_kind_filter(district):
    from models.file.schema import Branch

    branch = Branch.get(Branch.name == "支部1")
    start, end = _period_range("2026-02")
    got = stats.figures("2026-02", branch_uuid=branch.uuid)
    assert got.as_dict() == oracle_figures(district, start, end, branch="支部1")
    # kinds=[a, b]: an activity with either kind counts once.
    wanted = {"theme_day", "volunteer"}
    expected_ids = {
        r.uuid
        for r in district
        if not r.deleted and start <= r.date < end and wanted & (set(r.kinds) - r.deleted_kinds)
    }
    assert stats.figures("2026-02", kinds=sorted(wanted)).activities == len(expected_ids)
    in_branch = {r.uuid for r in district if r.uuid in expected_ids and r.branch == "支部1"}
    both = stats.figures("2026-02", branch_uuid=branch.uuid, kinds=sorted(wanted))
    assert both.activities == len(in_branch)


def test_month_quarter_and_year_sums_agree(district):
    months = [stats.figures(m) for m in MONTHS[:3]]
    quarter = stats.figures("2026-Q1")
    for key in ("activities", "attendances", "expected", "present", "deeds"):
        assert getattr(quarter, key) == sum(getattr(f, key) for f in months)
    assert quarter.minutes == sum(f.minutes for f in months)
    # People are distinct over the quarter, not summed.
    assert quarter.people <= sum(f.people for f in months)


def test_status_rules_late_present_leave_expected_excluded_not_counted(ledger):
    branch, _ = make_branch()
    people = make_people(branch, 5)
    statuses = dict(zip(people, ("present", "late", "leave", "absent", "excluded"), strict=True))
    add_activity(branch, "2026-05-06", ["branch_meeting"], statuses)
    got = stats.figures("2026-05")
    present = [p for p, s in statuses.items() if s in ("present", "late")]
    expected = [p for p, s in statuses.items() if s != "excluded"]
    assert got.present == got.attendances == len(present) == 2
    assert got.expected == len(expected) == 4
    assert got.attendance_rate == len(present) / len(expected)


def test_people_joining_and_leaving_mid_month(ledger):
    """Attendance rows follow the roster: a newcomer has rows only after joining, a leaver
    only before leaving (or 'excluded'); 人数 counts each person once, 人次 per activity."""
    branch, _ = make_branch()
    stay, joiner, leaver = make_people(branch, 3)
    add_activity(branch, "2026-06-03", ["theme_day"], {stay: "present", leaver: "present"})
    add_activity(
        branch, "2026-06-17", ["staff_study"], {stay: "late", joiner: "present", leaver: "excluded"}
    )
    add_activity(branch, "2026-06-28", ["seminar"], {stay: "present", joiner: "leave"})
    got = stats.figures("2026-06")
    assert got.people == len({stay, joiner, leaver})
    assert got.attendances == 2 + 2 + 1
    assert got.expected == 2 + 2 + 2
    assert stats.figures("2026-06", kinds=["seminar"]).people == 1


def test_deleted_activity_is_ignored_everywhere(ledger):
    branch, _ = make_branch()
    (person,) = make_people(branch, 1)
    add_activity(branch, "2026-07-01", ["theme_day"], {person: "present"}, hours=2, deeds=(1, 0))
    add_activity(branch, "2026-07-02", ["theme_day"], {person: "present"}, deleted=True)
    assert stats.figures("2026-07").activities == 1
    assert stats.figures_by_kind("2026-07")["theme_day"].activities == 1
    assert stats.monthly_series("2026-07", 1) == [("2026-07", 1)]
    assert stats.per_person_totals("2026-07")[0].attendances == 1


def test_rate_rounds_halves_like_sqlite():
    con = sqlite3.connect(":memory:")
    try:
        for expected in (1, 3, 7, 32, 64, 96, 160, 333):
            for present in range(expected + 1):
                sql_rate = con.execute("SELECT ROUND(1.0 * ? / ?, 4)", (present, expected))
                assert stats.rate(present, expected) == sql_rate.fetchone()[0], (present, expected)
    finally:
        con.close()
    assert stats.rate(3, 0) is None


def test_hours_round_like_sqlite():
    con = sqlite3.connect(":memory:")
    try:
        for k in range(0, 20000, 7):
            hours = k / 1000
            shown = con.execute("SELECT ROUND(?, 2)", (hours,)).fetchone()[0]
            assert stats.round_hours(hours) == shown, hours
    finally:
        con.close()


def test_empty_period_and_rate_none(ledger):
    make_branch()
    got = stats.figures("2030-01")
    assert got == stats.Figures()
    assert got.attendance_rate is None


def test_bureau_sql_reproduces_every_figure(district, ledger_path):
    """The README's plain queries (one per figure) give the same numbers as the module."""
    period = parse_period("2026-Q1")
    con = sqlite3.connect(ledger_path)
    try:
        params = {"start": period.start, "end": period.end, "kind": "theme_day", "branch": "支部0"}
        total = stats.figures(period).as_dict()
        kind = stats.figures_by_kind(period)["theme_day"].as_dict()
        branch = stats.figures_by_branch(period)["支部0"].as_dict()
        for key, sql in stats.BUREAU_SQL.items():
            assert con.execute(sql, params).fetchone()[0] == total[key], key
            assert con.execute(sql + stats.BUREAU_KIND_FILTER, params).fetchone()[0] == kind[key]
            assert (
                con.execute(sql + stats.BUREAU_BRANCH_FILTER, params).fetchone()[0] == branch[key]
            )
    finally:
        con.close()


def test_reproducible_sql_script_runs(district, ledger_path):
    """The script printed for the README (sqlite3 shell) gives the module's numbers."""
    script = stats.reproducible_sql()
    names = [
        line[3:] for line in script.splitlines() if line.startswith("-- ") and " " not in line[3:]
    ]
    queries = [line.rstrip(";") for line in script.splitlines() if line.startswith("SELECT")]
    assert names == list(stats.BUREAU_SQL) and len(queries) == len(names)
    # Dates are quoted twice, or the sqlite3 shell computes 2026 - 10 - 1.
    assert ".param set :start \"'2026-10-01'\"" in script
    quarter = parse_period("2026-Q1")
    want = stats.figures(quarter).as_dict()
    assert want["activities"] > 0
    con = sqlite3.connect(ledger_path)
    try:
        for name, sql in zip(names, queries, strict=True):
            params = {"start": quarter.start, "end": quarter.end}
            assert con.execute(sql, params).fetchone()[0] == want[name], name
    finally:
        con.close()


def test_text_output_formats_large_hours():
    payload = {
        "period": "2026",
        "total": dict(stats.Figures(activities=3, hours=1234567.5).as_dict()),
        "by_kind": {},
        "by_branch": {},
    }
    assert "duration 1234567.5 h" in stats.format_stats_text(payload)


def test_monthly_series_fills_gaps(district):
    series = stats.monthly_series("2026-06", n=6)
    assert [m for m, _ in series] == [
        "2026-01",
        "2026-02",
        "2026-03",
        "2026-04",
        "2026-05",
        "2026-06",
    ]
    for month, count in series:
        start, end = _period_range(month)
        assert count == oracle_figures(district, start, end)["activities"]


def test_per_person_totals_and_volunteer_hours(district):
    from models.file.schema import VOLUNTEER_KINDS, Person

    start, end = _period_range("2026")
    want: dict[str, list[float]] = {}
    for r in district:
        if r.deleted or not start <= r.date < end:
            continue
        live_kinds = set(r.kinds) - r.deleted_kinds
        for person, (status, deleted, own) in r.attendance.items():
            if deleted or status == "guest":  # 列席: not in anyone's 应到 / 实到
                continue
            row = want.setdefault(person, [0, 0, 0.0, 0.0])
            if status != "excluded":
                row[1] += 1
            if status in ("present", "late"):
                hours = r.hours if own is None else own
                row[0] += 1
                row[2] += hours
                if live_kinds & set(VOLUNTEER_KINDS):
                    row[3] += hours
    got = {t.person_uuid: t for t in stats.per_person_totals("2026")}
    assert set(got) == set(want)
    for uuid, (att, exp, hours, vol) in want.items():
        t = got[uuid]
        assert (t.attendances, t.expected) == (att, exp)
        assert t.hours == pytest.approx(hours)
        assert t.volunteer_hours == pytest.approx(vol)
        assert t.name == Person.get(Person.uuid == uuid).name


def test_absences_list_leave_and_absent_with_reasons(district):
    start, end = _period_range("2026-03")
    want = sorted(
        (r.uuid, person, status)
        for r in district
        if not r.deleted and start <= r.date < end
        for person, (status, deleted, _own) in r.attendance.items()
        if not deleted and status in ("leave", "absent")
    )
    got = stats.absences("2026-03")
    assert sorted((a.activity_uuid, a.person_uuid, a.status) for a in got) == want
    assert [a.date for a in got] == sorted(a.date for a in got)
    assert all(a.reason for a in got)


def test_payload_has_exactly_the_spec_shape(district):
    payload = stats.stats_payload("2026-02")
    # SPEC §7: the shape, and the added keys by_theme and sentence.
    assert set(payload) == {"period", "total", "by_kind", "by_branch", "by_theme", "sentence"}
    assert payload["period"] == "2026-02"
    assert all(set(f) >= {"label", "definition", "value"} for f in payload["sentence"])
    for figures in [
        payload["total"],
        *payload["by_kind"].values(),
        *payload["by_branch"].values(),
        *payload["by_theme"].values(),
    ]:
        assert list(figures) == [
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
        ]
    text = stats.format_stats_text(payload)
    assert "2026-02" in text and str(payload["total"]["activities"]) in text


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("2026-13", "month"),
        ("2026-00", "month"),
        ("2026-1x", "month"),
        ("2026-Q5", "quarter"),
        ("abcd", "period"),
        ("0999", "year"),
        ("", "period"),
    ],
)
def test_bad_periods_name_the_field(text, field):
    with pytest.raises(ValidationError) as info:
        parse_period(text)
    assert list(info.value.errors) == [field]
    assert f"{field}: " in str(info.value) and text.strip() in str(info.value)


@pytest.mark.parametrize(
    ("text", "kind"), [("2026", "month"), ("2026-10", "year"), ("Oct", "month")]
)
def test_wrong_shape_for_the_asked_field(text, kind):
    with pytest.raises(ValidationError) as info:
        parse_period(text, kind)
    assert list(info.value.errors) == [kind]
    assert parse_period("2026-10", "month") == Period("month", 2026, 10)


def test_period_arithmetic():
    q = parse_period("2026-Q4")
    assert (q.start, q.end, str(q.next()), str(q.previous())) == (
        "2026-10-01",
        "2027-01-01",
        "2027-Q1",
        "2026-Q3",
    )
    assert str(parse_period("2026-01").previous()) == "2025-12"
    assert parse_period("2024-02").last_day.day == 29
    assert [str(m) for m in Period("quarter", 2026, 2).months()] == [
        "2026-04",
        "2026-05",
        "2026-06",
    ]
