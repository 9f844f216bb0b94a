"""A small, valid ledger written straight through the peewee models (tests of files and `check`).

It does not go through models.services on purpose: the file tests must not depend on the
service layer, and `check` must be tested against rows exactly as they are on disk.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from models.file.schema import (
    Activity,
    ActivityKind,
    Attendance,
    Branch,
    PartyGroup,
    Person,
    PersonStatus,
    Vote,
)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"


@dataclass
class Sample:
    """What `fill_ledger` wrote, so tests can name records without querying for them."""

    branch: Branch
    people: list[Person] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)


def fill_ledger(ledger: object, *, people: int = 12, activities: int = 6, seed: int = 0) -> Sample:
    """Write a branch, `people` people on the roster since 2020, and `activities` activities in
    2026 with attendance for everyone (some late, some on leave with a reason)."""
    rng = random.Random(seed)
    with ledger.db.atomic():  # type: ignore[attr-defined]
        branch = Branch.create(name="实验小学党支部")
        group = PartyGroup.create(branch=branch, name="第一党小组")
        sample = Sample(branch)
        for i in range(people):
            person = Person.create(
                branch=branch,
                name=SURNAMES[i % len(SURNAMES)] + GIVEN[(i * 7) % len(GIVEN)] + str(i),
                party_group=group,
                category="full_member" if i % 4 else "probationary",
            )
            PersonStatus.create(person=person, status="active", effective_on="2020-01-01")
            sample.people.append(person)
        for n in range(activities):
            kinds = ["theme_day", "volunteer"] if n % 3 == 0 else ["collective_study"]
            activity = Activity.create(
                branch=branch,
                primary_kind=kinds[0],
                sequence=n + 1,
                date=f"2026-{(n % 12) + 1:02d}-{(n % 27) + 1:02d}",
                start_time="14:00",
                end_time="16:00",
                location="会议室",
                topic=f"学习会第{n + 1}次",
                host=sample.people[0],
                recorder=sample.people[1 % people],
                duration_min=120,
                minutes="讨论记录" * rng.randint(5, 40),
            )
            for pos, kind in enumerate(kinds):
                ActivityKind.create(activity=activity, kind=kind, position=pos)
            for person in sample.people:
                roll = rng.random()
                if roll < 0.1:
                    Attendance.create(
                        activity=activity,
                        person=person,
                        status="leave",
                        leave_type="sick",
                        reason="生病住院",
                    )
                else:
                    Attendance.create(
                        activity=activity, person=person, status="late" if roll < 0.2 else "present"
                    )
            if n % 3 == 0:
                Vote.create(
                    activity=activity,
                    item="通过学习计划",
                    entitled=people,
                    present=people - 1,
                    in_favour=people - 2,
                    against=1,
                    abstain=0,
                )
            sample.activities.append(activity)
    return sample
