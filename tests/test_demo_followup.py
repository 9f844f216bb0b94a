"""The demo ledger holds a plan, a year's 评议 results, 4–6 整改 items in various states and
谈心谈话 records, all as the forms would write them (checked on the raw rows with sqlite3)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from models.demo.generate import write_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "school.ledger"
    write_demo(path, seed=3, until="2026-12")
    return path


def q(path: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_a_plan_for_the_year_partly_linked_to_records(demo):
    rows = q(demo, "SELECT planned_on, kind, recurrence, series, activity_id FROM plan_item")
    assert {d[:4] for d, *_ in rows} == {"2026"}
    assert {m for (m,) in q(demo, "SELECT DISTINCT substr(planned_on, 6, 2) FROM plan_item")} == {
        f"{m:02d}" for m in range(1, 13)
    }
    monthly = [r for r in rows if r[2] == "monthly"]
    assert len({r[3] for r in monthly}) == 2 and len(monthly) == 24
    linked = q(
        demo,
        "SELECT p.kind, substr(p.planned_on, 1, 7), substr(a.date, 1, 7),"
        " (SELECT COUNT(*) FROM activity_kind k WHERE k.activity_id = a.id AND k.kind = p.kind)"
        " FROM plan_item p JOIN activity a ON a.id = p.activity_id",
    )
    assert linked and all(pm == am and has == 1 for _k, pm, am, has in linked)


def test_a_years_review_results(demo):
    rows = q(demo, "SELECT year, grade, decided_on FROM review_result")
    assert len({y for y, *_ in rows}) == 1 and len(rows) >= 10
    assert {g for _y, g, _d in rows} <= {"excellent", "qualified", "basically_qualified"}
    assert "excellent" in {g for _y, g, _d in rows}
    held = q(demo, "SELECT a.date FROM activity a JOIN activity_kind k ON k.activity_id = a.id"
             " WHERE k.kind = 'appraisal' ORDER BY a.date DESC LIMIT 1")  # fmt: skip
    assert {d for *_x, d in rows} == {held[0][0]}
    members = q(demo, "SELECT COUNT(*) FROM person WHERE category IN ('full_member',"
                " 'probationary')")[0][0]  # fmt: skip
    assert len(rows) < members  # someone is listed as not assessed


def test_rectification_items_in_various_states(demo):
    rows = q(demo, "SELECT status, deadline, completed_on, evidence, owner_id FROM"
             " rectification_item")  # fmt: skip
    assert 4 <= len(rows) <= 6
    last = q(demo, "SELECT MAX(date) FROM activity")[0][0]
    states = set()
    for status, deadline, completed, _evidence, owner in rows:
        assert owner is not None
        if status == "done":
            assert completed is not None
            states.add("done")
        else:
            states.add("overdue" if deadline < last else "in_progress")
    assert states == {"done", "in_progress", "overdue"}


def test_talks(demo):
    kinds = dict(q(demo, "SELECT kind, COUNT(*) FROM talk GROUP BY kind"))
    assert set(kinds) == {"committee_member", "member_member", "applicant"}
    assert all(p for (p,) in q(demo, "SELECT points FROM talk"))
    bad = q(demo, "SELECT COUNT(*) FROM talk WHERE other_id = person_id")
    assert bad == [(0,)]
    dates = [dt.date.fromisoformat(d) for (d,) in q(demo, "SELECT date FROM talk")]
    assert {d.year for d in dates} == {2026}
