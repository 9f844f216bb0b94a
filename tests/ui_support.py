"""Helpers for the GUI tests: a ledger filled through the services, a context with a worker."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from models import services
from models.services import ActivityInput, AttendanceInput, BranchInput, PersonInput

QT_MARKS = [
    # Qt warnings fail these tests; the offscreen platform's note about window size hints is
    # harmless and the only one allowed.
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]

NAMES = ["王伟", "李芳", "张敏", "刘强", "陈静", "杨磊", "黄丽", "赵军", "吴洋", "周杰"]


def make_branch(n_people: int = 8) -> list[str]:
    """A branch with one party group and `n_people` full members on the roster since 2020."""
    services.save_branch(BranchInput(name="实验小学党支部", groups=["第一党小组"]))
    return [
        services.save_person(
            PersonInput(
                name=NAMES[i % len(NAMES)] + (str(i) if i >= len(NAMES) else ""),
                joined_on="2015-07-01",
                on_roster_since="2020-01-01",
            )
        )
        for i in range(n_people)
    ]


def save_meeting(
    people: list[str],
    date: str,
    topic: str,
    kinds: tuple[str, ...] = ("branch_meeting",),
    statuses: dict[int, str] | None = None,
    location: str = "会议室",
    start: str = "14:00",
    end: str = "16:00",
) -> str:
    """An activity with everyone present except `statuses` {index: status}."""
    statuses = statuses or {}
    rows = []
    for i, uuid in enumerate(people):
        status = statuses.get(i, "present")
        rows.append(
            AttendanceInput(
                uuid,
                status,
                leave_type="sick" if status == "leave" else "",
                reason="生病" if status in ("leave", "absent") else "",
            )
        )
    return services.save_activity(
        ActivityInput(
            kinds=list(kinds),
            date=date,
            start_time=start,
            end_time=end,
            location=location,
            topic=topic,
            host_uuid=people[0] if people else None,
            attendance=rows,
        )
    )


def raw(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    """Plain sqlite3 on the ledger file: the independent check of what the app shows."""
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def wait_loaded(qtbot, page) -> None:
    """Wait until a register page's queries (run on the database worker) have answered."""
    qtbot.waitUntil(lambda: not page.model.is_loading(), timeout=10000)
