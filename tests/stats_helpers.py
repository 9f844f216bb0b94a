"""Fixture builders for the statistics and compliance tests, plus an independent oracle.

The builders write rows with the peewee models directly (no services), and remember what they
wrote in plain Python records; `oracle_figures()` recomputes the §3 figures from those records
with a simple loop, so the tests never compare the SQL with itself.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from models.file.schema import (
    Activity,
    ActivityKind,
    Attendance,
    Branch,
    CommitteeRole,
    PartyGroup,
    Person,
    utc_now,
)


@dataclass
class ActRecord:
    """What a test wrote for one activity."""

    uuid: str
    branch: str  # branch name
    date: str
    kinds: list[str]
    hours: float
    deeds: int
    deleted: bool = False
    deleted_kinds: set[str] = field(default_factory=set)
    # person uuid -> (status, deleted, per-person hours or None)
    attendance: dict[str, tuple[str, bool, float | None]] = field(default_factory=dict)


def make_branch(name: str = "第一党支部", groups: int = 0, committee: bool = False):
    branch = Branch.create(name=name)
    made_groups = [PartyGroup.create(branch=branch, name=f"第{i + 1}党小组") for i in range(groups)]
    if committee:
        secretary = Person.create(branch=branch, name=f"{name}书记")
        CommitteeRole.create(branch=branch, person=secretary, role="secretary", title="书记")
    return branch, made_groups


def make_people(branch: Branch, n: int, prefix: str = "党员") -> list[Person]:
    return [Person.create(branch=branch, name=f"{prefix}{i:02d}") for i in range(n)]


def add_activity(
    branch: Branch,
    date: str,
    kinds: list[str],
    attendance: dict[Person, str] | None = None,
    *,
    hours: float = 1.5,
    deeds: tuple[int, int] = (0, 0),
    deleted: bool = False,
    group: PartyGroup | None = None,
    person_hours: dict[Person, float] | None = None,
    topic: str = "学习",
) -> tuple[Activity, ActRecord]:
    activity = Activity.create(
        branch=branch,
        primary_kind=kinds[0],
        date=date,
        topic=topic,
        duration_min=round(hours * 60),
        deeds_done=deeds[0],
        deeds_in_progress=deeds[1],
        party_group=group,
        deleted_at=utc_now() if deleted else None,
    )
    for position, kind in enumerate(kinds):
        ActivityKind.create(activity=activity, kind=kind, position=position)
    record = ActRecord(activity.uuid, branch.name, date, list(kinds), hours, sum(deeds), deleted)
    for person, status in (attendance or {}).items():
        own = (person_hours or {}).get(person)
        Attendance.create(
            activity=activity,
            person=person,
            status=status,
            leave_type="sick" if status == "leave" else "",
            reason="生病" if status in ("leave", "absent") else "",
            duration_min=None if own is None else round(own * 60),
        )
        record.attendance[person.uuid] = (status, False, own)
    return activity, record


def delete_attendance(activity: Activity, person: Person, record: ActRecord) -> None:
    Attendance.update(deleted_at=utc_now()).where(
        (Attendance.activity == activity) & (Attendance.person == person)
    ).execute()
    status, _, own = record.attendance[person.uuid]
    record.attendance[person.uuid] = (status, True, own)


def delete_kind(activity: Activity, kind: str, record: ActRecord) -> None:
    ActivityKind.update(deleted_at=utc_now()).where(
        (ActivityKind.activity == activity) & (ActivityKind.kind == kind)
    ).execute()
    record.deleted_kinds.add(kind)


def random_ledger(seed: int, months: list[str], branches: int = 2) -> list[ActRecord]:
    """Branches with people who join and leave mid-period, random multi-kind activities,
    every attendance status, deleted activities, attendance rows and kinds."""
    from models.file.schema import database

    rng = random.Random(seed)
    records: list[ActRecord] = []
    with database.atomic():  # one commit: FULL sync per row would make the tests slow
        for b in range(branches):
            _random_branch(rng, b, months, records)
    return records


def _random_branch(rng: random.Random, b: int, months: list[str], records: list) -> None:
    from models.file.schema import KIND_CODES

    branch, _ = make_branch(f"支部{b}")
    people = make_people(branch, 12, prefix=f"支部{b}党员")
    # Each person is on the roster for a window of days; outside it they get no row.
    windows = {p.uuid: sorted(rng.sample(range(0, 28 * len(months)), 2)) for p in people}
    for m_index, month in enumerate(months):
        for _ in range(rng.randint(3, 7)):
            day = rng.randint(1, 28)
            kinds = rng.sample(KIND_CODES, rng.choice((1, 1, 2, 3)))
            serial = m_index * 28 + day - 1
            statuses = {}
            for p in people:
                low, high = windows[p.uuid]
                if low <= serial <= high or rng.random() < 0.3:
                    statuses[p] = rng.choice(
                        ("present", "present", "late", "leave", "absent", "excluded", "guest")
                    )
            person_hours = {p: rng.choice((0.5, 2.0)) for p in statuses if rng.random() < 0.2}
            activity, record = add_activity(
                branch,
                f"{month}-{day:02d}",
                kinds,
                statuses,
                hours=rng.choice((0.5, 1.0, 1.5, 2.0, 3.5)),
                deeds=(rng.randint(0, 2), rng.randint(0, 1)),
                deleted=rng.random() < 0.1,
                person_hours=person_hours,
            )
            if statuses and rng.random() < 0.2:
                delete_attendance(activity, rng.choice(list(statuses)), record)
            if len(kinds) > 1 and rng.random() < 0.3:
                delete_kind(activity, kinds[-1], record)
            records.append(record)


def oracle_figures(
    records: list[ActRecord],
    start: str,
    end: str,
    *,
    kind: str | None = None,
    branch: str | None = None,
) -> dict:
    """The §3 figures recomputed with a plain loop over what the test wrote."""
    activities = attendances = expected = deeds = 0
    minutes = study = service = 0
    people: set[str] = set()
    for r in records:
        if r.deleted or not (start <= r.date < end):
            continue
        if kind is not None and (kind not in r.kinds or kind in r.deleted_kinds):
            continue
        if branch is not None and r.branch != branch:
            continue
        activities += 1
        own = round(r.hours * 60)
        minutes += own
        live = set(r.kinds) - r.deleted_kinds
        study += own if live & STUDY else 0
        service += own if live & SERVICE else 0
        deeds += r.deeds
        for person, (status, deleted, _own) in r.attendance.items():
            if deleted:
                continue
            if status in ("present", "late"):
                attendances += 1
                people.add(person)
            if status not in ("excluded", "guest"):
                expected += 1
    return {
        "activities": activities,
        "attendances": attendances,
        "people": len(people),
        "expected": expected,
        "present": attendances,
        # Halves round up (as SQLite's ROUND does): exact decimal arithmetic, no float.
        "attendance_rate": float(
            (Decimal(attendances) / Decimal(expected)).quantize(Decimal("0.0001"), ROUND_HALF_UP)
        )
        if expected
        else None,
        "hours": _h(minutes),
        "deeds": deeds,
        "study_hours": _h(study),
        "service_hours": _h(service),
    }


# The default 学时 kinds and the volunteer kinds, written out (not imported from the code).
STUDY = {
    "collective_study",
    "seminar",
    "staff_study",
    "guided_lecture",
    "study_visit",
    "party_lecture",
    "theme_day",
}
SERVICE = {"volunteer", "paired_assistance", "teaching_visit", "practical_deed"}


def _h(minutes: int) -> float:
    """Whole minutes as hours to 2 decimals, halves up (exact decimal arithmetic)."""
    return float((Decimal(minutes) / 60).quantize(Decimal("0.01"), ROUND_HALF_UP))
