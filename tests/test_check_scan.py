"""`check` reads the attendance table — millions of rows in a district — once for both of its
rules (issue 13: the values of each row, and whether the person was on the roster that day), and
reports the same whether a file has a few problems or problems on every row (then SQL counts the
rest and each rule's first rows come through the date index). Statements are counted through
SQLite's trace hook, never timed."""

from __future__ import annotations

import re

import pytest

import models.check as check_module
from models.check import check_ledger
from tests.sample_ledger import fill_ledger

READS_ATTENDANCE = re.compile(r"\b(FROM|JOIN)\s+attendance\b", re.IGNORECASE)


@pytest.fixture
def sample(ledger):
    return fill_ledger(ledger, people=6, activities=5)


def _plant(ledger, sample) -> None:
    """Problems of both rules in several rows (written with plain SQL, as another tool would)."""
    run = ledger.db.execute_sql
    never, gone = sample.people[4], sample.people[5]
    run("DELETE FROM person_status WHERE person_id IN (?, ?)", (never.id, gone.id))
    first = sample.activities[0]
    run(
        "UPDATE attendance SET status = 'absent', reason = ' \u3000' WHERE activity_id = ?",
        (first.id,),
    )
    second = sample.activities[1]
    run(
        "UPDATE attendance SET status = 'leave', leave_type = '', reason = '' WHERE"
        " activity_id = ? AND person_id = ?",
        (second.id, sample.people[0].id),
    )
    run(
        "UPDATE attendance SET status = 'gone fishing' WHERE activity_id = ? AND person_id = ?",
        (second.id, sample.people[1].id),
    )
    run(
        "UPDATE attendance SET duration_min = 2000 WHERE activity_id = ? AND person_id = ?",
        (sample.activities[2].id, sample.people[2].id),
    )


def _traced(ledger, limit: int | None) -> tuple[list[str], list[str]]:
    statements: list[str] = []
    con = ledger.db.connection()
    con.set_trace_callback(statements.append)
    try:
        problems = check_ledger(ledger, limit)
    finally:
        con.set_trace_callback(None)
    return problems, statements


def _raw_counts(ledger) -> tuple[int, int]:
    """The two rules' problems counted independently, in Python over the raw rows."""
    run = ledger.db.execute_sql
    statuses: dict[int, list[tuple[str, int, str]]] = {}
    for pid, day, sid, status in run(
        "SELECT person_id, effective_on, id, status FROM person_status WHERE deleted_at IS NULL"
    ):
        statuses.setdefault(pid, []).append((day, sid, status))
    values = roster = 0
    for status, leave_type, reason, minutes, pid, day in run(
        "SELECT a.status, a.leave_type, a.reason, a.duration_min, a.person_id, ac.date"
        " FROM attendance a, activity ac, person p WHERE ac.id = a.activity_id"
        " AND p.id = a.person_id AND a.deleted_at IS NULL AND ac.deleted_at IS NULL"
    ):
        if status not in ("present", "late", "leave", "absent", "excluded", "guest"):
            values += 1
        else:
            values += status in ("leave", "absent") and not reason.strip()
            values += status == "leave" and leave_type not in ("official", "sick", "personal")
            values += minutes is not None and not 0 <= minutes <= 1440
        before = sorted(s for s in statuses.get(pid, []) if s[0] <= day)
        roster += not before or before[-1][2] not in ("active", "mobile")
    return values, roster


def test_the_attendance_table_is_read_once_for_both_of_its_rules(ledger, sample):
    _plant(ledger, sample)
    problems, statements = _traced(ledger, limit=200)
    assert len([s for s in statements if READS_ATTENDANCE.search(s)]) == 1
    values, roster = _raw_counts(ledger)
    assert values > 3 and roster > 3
    assert len([p for p in problems if "not on the roster" in p]) == roster


@pytest.mark.parametrize("limit", [1, 2, 3])
def test_many_problems_are_reported_as_a_few_are(ledger, sample, monkeypatch, limit):
    """The same report through both ways: the problem rows kept and sorted in Python, or (past
    KEEP rows) SQL counting the rest and listing each rule's first rows."""
    _plant(ledger, sample)
    everything = check_ledger(ledger, limit=None)
    few, few_statements = _traced(ledger, limit)
    monkeypatch.setattr(check_module._AttendanceScan, "KEEP", 1)
    monkeypatch.setattr(check_module._AttendanceScan, "BATCH", 1)
    many, many_statements = _traced(ledger, limit)
    rest = re.compile(r"a\.id > \S+")  # the rest of the table, counted in SQL
    assert not any(rest.search(s) for s in few_statements)
    assert any(rest.search(s) for s in many_statements)  # the other way was taken
    first_rows = [
        s for s in many_statements if READS_ATTENDANCE.search(s) and "ORDER BY ac.date" in s
    ]
    assert len(first_rows) == 2  # each rule's first rows, through the date index
    assert many == few
    values, roster = _raw_counts(ledger)
    for marker, total in (("not on the roster", roster), (None, values)):
        if marker:
            listed = [p for p in everything if marker in p]
        else:
            listed = [p for p in everything if "roster" not in p and "“" in p or "hours" in p]
        assert len(listed) == total
    on_roster = [p for p in few if "not on the roster" in p]
    assert on_roster == [p for p in everything if "not on the roster" in p][:limit]
    assert any(f"{roster - limit} more" in p for p in few)
    assert any(f"{values - limit} more" in p for p in few)
