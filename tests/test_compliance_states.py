"""One state per (rule, period), the same on the overview, in the monthly and annual reports and
in the district check; every period evaluated whole.

The expected states are computed here from raw sqlite3 counts and the dates alone.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3

import pytest

from exports.report_data import gather_annual, gather_monthly
from models.bureau.district import district_data
from models.rules.periods import Period
from tests.stats_helpers import add_activity, make_branch
from ui.overview.page import load_overview

D = dt.date.fromisoformat


def services_of(ledger):
    return ledger.services


YEAR = 2025
MONTHS = [f"{YEAR}-{m:02d}" for m in range(1, 13)]


def _periods(kind: str) -> list[Period]:
    if kind == "month":
        return [Period("month", YEAR, m) for m in range(1, 13)]
    if kind == "quarter":
        return [Period("quarter", YEAR, q) for q in range(1, 5)]
    return [Period("year", YEAR)]


def oracle(path, today: dt.date) -> dict[tuple[str, str, str], tuple[int, str]]:
    """(kind, period, group name or '') -> (count, state), from raw SQL and the calendar."""
    con = sqlite3.connect(path)
    try:
        rules = con.execute(
            "SELECT kind, period, min_count, per_group, needs_committee FROM compliance_rule"
            " WHERE enabled AND deleted_at IS NULL"
        ).fetchall()
        groups = con.execute(
            "SELECT id, name FROM party_group WHERE deleted_at IS NULL ORDER BY position, id"
        ).fetchall()
        has_committee = con.execute("SELECT COUNT(*) FROM committee_role").fetchone()[0] > 0
        result = {}
        for kind, period_kind, min_count, per_group, needs_committee in rules:
            for period in _periods(period_kind):
                targets = [(gid, name) for gid, name in groups] if per_group else [(None, "")]
                for gid, name in targets:
                    sql = (
                        "SELECT COUNT(DISTINCT a.id) FROM activity a JOIN activity_kind k"
                        " ON k.activity_id = a.id AND k.deleted_at IS NULL"
                        " WHERE a.deleted_at IS NULL AND k.kind = ? AND a.date >= ? AND a.date < ?"
                    )
                    args: list = [kind, period.start, period.end]
                    if gid is not None:
                        sql += " AND a.party_group_id = ?"
                        args.append(gid)
                    (count,) = con.execute(sql, args).fetchone()
                    if needs_committee and not has_committee:
                        state = "not_applicable"
                    elif count >= min_count:
                        state = "done"
                    elif today < period.first_day:
                        state = "not_due"
                    elif today > period.last_day:
                        state = "overdue"
                    else:
                        state = "due"
                    result[(kind, str(period), name)] = (count, state)
        return result
    finally:
        con.close()


def _lines(rule_lines) -> dict[tuple[str, str, str], tuple[int, str]]:
    return {(r.kind, r.period_label, r.detail): (r.done, r.state) for r in rule_lines}


def _statuses(statuses) -> dict[tuple[str, str, str], tuple[int, str]]:
    return {(s.kind, s.period, s.group or ""): (s.count, s.state) for s in statuses}


@pytest.fixture
def year_of_meetings(ledger):
    """A branch with a committee and one party group; meetings in every month of each quarter,
    with some obligations left unmet (random but seeded)."""
    branch, (group,) = make_branch(groups=1, committee=True)
    rng = random.Random(10)
    for month in MONTHS:
        for kind in ("branch_meeting", "committee_meeting", "party_lecture", "theme_day"):
            if rng.random() < 0.6:
                add_activity(branch, f"{month}-{rng.randint(1, 28):02d}", [kind])
        if rng.random() < 0.7:
            add_activity(branch, f"{month}-{rng.randint(1, 28):02d}", ["staff_study"])
        if rng.random() < 0.6:
            add_activity(
                branch, f"{month}-{rng.randint(1, 28):02d}", ["group_meeting"], group=group
            )
    add_activity(branch, f"{YEAR}-11-20", ["life_meeting"])
    return ledger


@pytest.mark.parametrize("today", ["2025-08-15", "2026-02-01"])
def test_every_output_gives_the_same_state_for_every_rule_and_period(year_of_meetings, today):
    ledger = year_of_meetings
    today = D(today)
    want = oracle(ledger.path, today)
    annual = _lines(gather_annual(str(YEAR), today=today).compliance)
    assert annual == want
    for month in MONTHS:
        data = gather_monthly(month, today=today)
        monthly = _lines(data.compliance_month + data.compliance_quarter)
        assert monthly, month
        assert monthly == {k: v for k, v in want.items() if k in monthly}
        assert {k[1] for k in monthly} == {month, f"{YEAR}-Q{(int(month[5:]) - 1) // 3 + 1}"}
        overview = _statuses(load_overview(services_of(ledger), month, today).statuses)
        assert overview == {k: want[k] for k in overview}
    if today.year == YEAR:
        states = {state for _count, state in want.values()}
        assert {"done", "due", "overdue", "not_due"} <= states


def test_annual_grid_counts_each_quarter_and_the_year_whole(ledger):
    branch, _ = make_branch(committee=True)
    add_activity(branch, "2025-05-21", ["branch_meeting"])
    add_activity(branch, "2025-11-12", ["life_meeting"])
    grid = _lines(gather_annual("2025", today=D("2026-01-15")).compliance)
    assert grid[("branch_meeting", "2025-Q2", "")] == (1, "done")
    assert grid[("life_meeting", "2025", "")] == (1, "done")
    assert grid[("branch_meeting", "2025-Q1", "")] == (0, "overdue")


def test_a_past_quarter_with_nothing_held_is_not_met_in_the_monthly_report(ledger):
    make_branch()
    data = gather_monthly("2025-02", today=D("2025-12-03"))
    quarter = _lines(data.compliance_quarter)
    assert quarter[("branch_meeting", "2025-Q1", "")] == (0, "overdue")
    assert _lines(data.compliance_month)[("theme_day", "2025-02", "")] == (0, "overdue")


def test_a_monthly_report_counts_its_whole_quarter(ledger):
    # The October report printed in December: the quarter's meeting was held in November.
    branch, _ = make_branch()
    add_activity(branch, "2025-11-12", ["branch_meeting"])
    data = gather_monthly("2025-10", today=D("2025-12-03"))
    assert _lines(data.compliance_quarter)[("branch_meeting", "2025-Q4", "")] == (1, "done")


def test_district_check_lists_every_missed_obligation_of_the_period(ledger):
    branch, _ = make_branch()
    for month in ("2025-01", "2025-02", "2025-04"):
        add_activity(branch, f"{month}-10", ["theme_day"])
    data = district_data("2025", today=D("2025-06-15"))
    (line,) = data.branches
    missed = {(s.kind, s.period): s.state for s in line.missed}
    want = oracle(ledger.path, D("2025-06-15"))
    expected = {
        (kind, period): state
        for (kind, period, _group), (_count, state) in want.items()
        if state in ("due", "overdue")
    }
    assert missed == expected
    assert missed[("theme_day", "2025-03")] == "overdue"  # not only the current month
    assert missed[("branch_meeting", "2025-Q1")] == "overdue"
    assert ("theme_day", "2025-07") not in missed  # not yet due is not missed


def test_a_spring_life_meeting_counts_for_the_year_it_belongs_to(ledger):
    from models import services as s
    from models.errors import ValidationError
    from tests.editing_helpers import make_branch as make_roster

    make_roster()
    meeting = s.ActivityInput(
        kinds=["life_meeting"],
        date="2026-03-05",
        topic="2025年度组织生活会",
        location="会议室",
        belongs_to_year=2025,
    )
    s.save_activity(meeting)
    grid_2025 = _lines(gather_annual("2025", today=D("2026-04-01")).compliance)
    grid_2026 = _lines(gather_annual("2026", today=D("2026-04-01")).compliance)
    assert grid_2025[("life_meeting", "2025", "")] == (1, "done")
    assert grid_2026[("life_meeting", "2026", "")] == (0, "due")
    # Only these kinds name a year, and only the year of the date or the one before.
    for bad in (
        s.ActivityInput(kinds=["theme_day"], date="2026-03-05", topic="x", belongs_to_year=2025),
        s.ActivityInput(kinds=["appraisal"], date="2026-03-05", topic="x", belongs_to_year=2023),
    ):
        with pytest.raises(ValidationError) as info:
            s.save_activity(bad)
        assert "belongs_to_year" in info.value.errors


def test_school_holiday_months_exempt_monthly_rules(ledger, qtbot):
    from models.rules.settings import set_setting

    branch, _ = make_branch()
    add_activity(branch, "2025-08-20", ["theme_day"])
    set_setting("holiday_months", [2, 7, 8])
    today = D("2025-12-03")
    grid = _lines(gather_annual("2025", today=today).compliance)
    assert grid[("theme_day", "2025-02", "")] == (0, "exempt")
    assert grid[("theme_day", "2025-07", "")] == (0, "exempt")
    assert grid[("theme_day", "2025-08", "")] == (1, "done")  # held anyway: done
    assert grid[("theme_day", "2025-03", "")] == (0, "overdue")
    assert grid[("branch_meeting", "2025-Q1", "")] == (0, "overdue")  # quarters are not exempt
    overview = _statuses(load_overview(services_of(ledger), "2025-02", today).statuses)
    assert overview[("theme_day", "2025-02", "")] == (0, "exempt")
    (line,) = district_data("2025", today=today).branches
    assert ("theme_day", "2025-02") not in {(s.kind, s.period) for s in line.missed}
    assert ("theme_day", "2025-03") in {(s.kind, s.period) for s in line.missed}
