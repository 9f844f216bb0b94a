"""The district's view of the follow-up: 问题整改 items per branch and state (整改中, 逾期,
已完成) for a year, on a ledger holding several branches (the district ledger after imports).

The items of a year are those the branch's own 整改台账 of that year lists (models.records.
rectification): found in the year, or found earlier and still open or completed in it; 逾期 is an
item in progress whose deadline lay before the day counted (the year's end, or today).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.file.schema import database
from models.records.followup_base import tables_present


@dataclass(frozen=True)
class BranchRectification:
    branch_uuid: str
    name: str
    in_progress: int
    overdue: int
    done: int

    @property
    def total(self) -> int:
        return self.in_progress + self.overdue + self.done


def rectification_by_branch(year: int, today: dt.date | None = None) -> list[BranchRectification]:
    """One line per live branch (those without items too), by name."""
    as_of = min(today or dt.date.today(), dt.date(int(year), 12, 31)).isoformat()
    start, end = f"{int(year):04d}-01-01", f"{int(year) + 1:04d}-01-01"
    branches = database.execute_sql(
        "SELECT id, uuid, name FROM branch WHERE deleted_at IS NULL ORDER BY name, uuid"
    ).fetchall()
    counts: dict[int, dict[str, int]] = {b: {} for b, _u, _n in branches}
    if tables_present():
        rows = database.execute_sql(
            "SELECT branch_id, CASE WHEN status = 'in_progress' AND deadline IS NOT NULL"
            " AND deadline < ? THEN 'overdue' ELSE status END AS state, COUNT(*)"
            " FROM rectification_item WHERE deleted_at IS NULL AND found_on < ?"
            " AND (found_on >= ? OR status = 'in_progress' OR completed_on >= ?)"
            " GROUP BY branch_id, state",
            (as_of, end, start, start),
        ).fetchall()
        for branch_id, state, n in rows:
            if branch_id in counts:
                counts[branch_id][state] = n
    return [
        BranchRectification(
            uuid,
            name,
            counts[b].get("in_progress", 0),
            counts[b].get("overdue", 0),
            counts[b].get("done", 0),
        )
        for b, uuid, name in branches
    ]
