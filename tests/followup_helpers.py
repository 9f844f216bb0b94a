"""A small branch for the follow-up tests (plan, 评议, 整改, 谈心谈话), written through the
services, and raw-sqlite3 readers the tests compute their expectations with."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from models import services

NAMES = ("李明", "王芳", "张伟", "刘洋", "陈静", "杨磊", "赵敏", "黄强")


@dataclass
class Branch:
    branch_uuid: str
    people: dict[str, str] = field(default_factory=dict)  # name → uuid
    committee: list[str] = field(default_factory=list)  # names


def make_branch(elected_on: str | None = "2024-03-15", name: str = "育才小学党支部") -> Branch:
    """8 people: 6 full members, a probationary member and an activist; 3 on the committee;
    刘洋 transferred out on 2026-06-30."""
    uuid = services.save_branch(
        services.BranchInput(name=name, elected_on=elected_on, groups=["第一党小组"])
    )
    made = Branch(uuid)
    for i, name in enumerate(NAMES):
        category = "probationary" if i == 6 else "activist" if i == 7 else "full_member"
        made.people[name] = services.save_person(
            services.PersonInput(
                name=name,
                category=category,
                joined_on=None if category == "activist" else "2015-07-01",
                on_roster_since="2020-01-01",
            )
        )
    services.set_person_status(made.people["刘洋"], "transferred", "2026-06-30")
    made.committee = ["李明", "王芳", "张伟"]
    services.set_committee(
        [(made.people[n], "secretary" if n == "李明" else "member", "") for n in made.committee]
    )
    return made


def raw(path: Path, sql: str, args: tuple = ()) -> list[tuple]:
    con = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def members_on(path: Path, day: str) -> dict[str, str]:
    """uuid → name of the party members on the roster on `day`, by plain SQL and a loop."""
    status: dict[int, tuple[str, str]] = {}
    for person_id, st, since in raw(
        path,
        "SELECT person_id, status, effective_on FROM person_status WHERE deleted_at IS NULL"
        " ORDER BY effective_on, id",
    ):
        if since <= day:
            status[person_id] = (st, since)
    result = {}
    for person_id, uuid, name, category in raw(
        path, "SELECT id, uuid, name, category FROM person WHERE deleted_at IS NULL"
    ):
        if category in ("full_member", "probationary") and status.get(person_id, ("",))[0] in (
            "active",
            "mobile",
        ):
            result[uuid] = name
    return result


def expected_plan_states(path: Path, today: str) -> dict[str, str]:
    """plan item uuid → held / missed / pending, from the file: held when linked to a live
    activity, or when a live activity of its kind that no item links lies in its month (each
    such activity counts for one item, the items taken by date); missed once its month is over."""
    live = raw(
        path,
        "SELECT a.id, a.date, k.kind FROM activity a JOIN activity_kind k ON k.activity_id = a.id"
        " WHERE a.deleted_at IS NULL AND k.deleted_at IS NULL ORDER BY a.date, a.id",
    )
    items = raw(
        path,
        "SELECT uuid, planned_on, kind, activity_id FROM plan_item WHERE deleted_at IS NULL"
        " ORDER BY planned_on, id",
    )
    live_ids = {a for a, *_ in live}
    used = {a for *_x, a in items if a in live_ids}
    states = {}
    for uuid, day, kind, activity_id in items:
        if activity_id in live_ids:
            states[uuid] = "held"
            continue
        match = next(
            (a for a, d, k in live if d[:7] == day[:7] and k == kind and a not in used), None
        )
        if match is not None:
            used.add(match)
            states[uuid] = "held"
        else:
            states[uuid] = "missed" if day[:7] < today[:7] else "pending"
    return states
