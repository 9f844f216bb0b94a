"""The sample ledger's calendar: which activities happen on which day, month by month.

Monthly: a 支委会, each group's 党小组会, a 主题党日 on the first Friday, 教职工政治学习, 集中学习
and 交流研讨, volunteer work and a 为群众办实事. Quarterly: a 支部党员大会 (sometimes held as the
主题党日, sometimes with volunteer service too) and a 党课. Every few months: 专题辅导, 参观学习,
结对帮扶, 送教下乡, 其他. In December: 组织生活会 and 民主评议党员. Each month then gets extra
activities up to a random total of 17–22, so every month holds 15–25 activities.

Only dates, times, kinds and topics are decided here; `models.demo.fill` adds the people.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from dataclasses import dataclass, field

from models.demo import data as words
from models.demo.people import DemoPerson

Topic = tuple[str, str, str]


@dataclass
class DemoActivity:
    """One planned activity; the fill step adds people, attendance, minutes and votes."""

    kinds: list[str]
    date: str
    start: str
    end: str
    topic: str
    group: int | None = None
    location: str = ""
    service_type: str = ""
    people_served: int = 0
    deeds_done: int = 0
    deeds_in_progress: int = 0
    host: DemoPerson | None = None
    recorder: DemoPerson | None = None
    agenda: str = ""
    minutes: str = ""
    resolutions: str = ""
    guests: str = ""
    materials: str = ""
    speakers: str = ""
    non_members: int = 0
    hours: float = 0.0
    sequence: int = 0
    attendance: list[tuple[DemoPerson, str, str, str, float | None]] = field(default_factory=list)
    votes: list[tuple[str, int, int, int, int, int]] = field(default_factory=list)
    units: list[int] = field(default_factory=list)
    photos: list[str] = field(default_factory=list)


@dataclass
class QuarterPlan:
    """Where the quarter's 支部党员大会 and 党课 fall."""

    branch_day: dict[str, bool] = field(default_factory=dict)  # date -> held as the 主题党日
    lecture_months: set[str] = field(default_factory=set)  # YYYY-MM


def month_list(until: dt.date, months: int) -> list[tuple[int, int]]:
    """The `months` (year, month) pairs ending with `until`'s month, oldest first."""
    index = until.year * 12 + until.month - 1
    return [(i // 12, i % 12 + 1) for i in range(index - months + 1, index + 1)]


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def weekday_in(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (0-based, clamped to the last) `weekday` (0 = Monday) of the month."""
    days = calendar.monthrange(year, month)[1]
    found = [
        dt.date(year, month, d)
        for d in range(1, days + 1)
        if dt.date(year, month, d).weekday() == weekday
    ]
    return found[min(n, len(found) - 1)]


def plan_quarters(rng: random.Random, months: list[tuple[int, int]]) -> QuarterPlan:
    """One 支部党员大会 and one 党课 per quarter touched by the period."""
    quarters: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for year, month in months:
        quarters.setdefault((year, (month - 1) // 3), []).append((year, month))
    plan = QuarterPlan()
    held: list[tuple[int, int, bool]] = []
    for members in quarters.values():
        year, month = rng.choice(members)
        held.append((year, month, rng.random() < 0.5))
        others = [m for m in members if m != (year, month)] or members
        plan.lecture_months.add(_ym(*rng.choice(others)))
    if not any(combined for _, _, combined in held):
        # Show at least once how one activity can carry several kinds.
        year, month, _ = held[-1]
        held[-1] = (year, month, True)
    for year, month, combined in held:
        day = weekday_in(year, month, 4, 0) if combined else weekday_in(year, month, 3, 2)
        plan.branch_day[day.isoformat()] = combined
    return plan


def pick(rng: random.Random, topics: tuple[Topic, ...], month: str) -> str:
    """A topic that makes sense in `month` (YYYY-MM)."""
    fitting = [t for t, first, last in topics if first <= month and (not last or month <= last)]
    return rng.choice(fitting)


class _Calendar:
    """Hands out afternoons of one month so that two meetings do not share one."""

    def __init__(self, year: int, month: int) -> None:
        days = calendar.monthrange(year, month)[1]
        self.weekdays = [
            dt.date(year, month, d)
            for d in range(1, days + 1)
            if dt.date(year, month, d).weekday() < 5
        ]
        every = [dt.date(year, month, d) for d in range(1, days + 1)]
        self.saturdays = [d for d in every if d.weekday() == 5]
        self.used: set[dt.date] = set()

    def take(self, preferred: dt.date) -> str:
        start = self.weekdays.index(preferred) if preferred in self.weekdays else 0
        order = self.weekdays[start:] + self.weekdays[:start]
        for day in order:
            if day not in self.used:
                self.used.add(day)
                return day.isoformat()
        return preferred.isoformat()

    def any_day(self, rng: random.Random) -> str:
        return self.take(rng.choice(self.weekdays))


def plan_month(
    rng: random.Random,
    year: int,
    month: int,
    index: int,
    quarters: QuarterPlan,
    groups: int,
    joint: bool,
) -> list[DemoActivity]:
    """The activities of one month (without people)."""
    ym = _ym(year, month)
    school = "幼儿园" if joint else "小学"
    cal = _Calendar(year, month)
    out: list[DemoActivity] = []

    def add(kinds: list[str], day: str, start: str, end: str, topic: str, **kw) -> DemoActivity:
        activity = DemoActivity(list(kinds), day, start, end, topic, **kw)
        out.append(activity)
        return activity

    def afternoon(weekday: int, week: int) -> str:
        return cal.take(weekday_in(year, month, weekday, week))

    committee_day = weekday_in(year, month, 1, 0).isoformat()
    noon = rng.choice((("12:30", "13:30"), ("12:40", "13:40")))
    add(["committee_meeting"], committee_day, *noon, rng.choice(words.COMMITTEE_TOPICS))

    theme = _theme_topic(rng, year, month)
    first_friday = weekday_in(year, month, 4, 0)
    kinds = ["theme_day"]
    times = ("14:30", "16:30")
    branch_days = [d for d in quarters.branch_day if d[:7] == ym]
    for day in branch_days:
        if quarters.branch_day[day]:
            kinds.append("branch_meeting")
            if rng.random() < 0.6:
                kinds.append("volunteer")
                times = ("14:00", "17:00")
        else:
            add(
                ["branch_meeting"],
                afternoon(3, 2),
                "15:30",
                "17:00",
                f"{year}年第{(month - 1) // 3 + 1}季度支部党员大会",
            )
    add(kinds, cal.take(first_friday), *times, theme)

    for g in range(groups):
        day = afternoon((0, 2, 3)[g % 3], 1)
        add(["group_meeting"], day, "16:00", "17:00", rng.choice(words.GROUP_TOPICS), group=g)
    staff_topics = words.KINDERGARTEN_STAFF_STUDY if joint else words.STAFF_STUDY
    add(["staff_study"], afternoon(2, 2), "15:30", "17:00", pick(rng, staff_topics, ym))
    for week in (0, 2):
        add(
            ["collective_study"],
            afternoon((3, 1)[week // 2], week + 1),
            "15:30",
            "17:00",
            pick(rng, words.COLLECTIVE_STUDY, ym),
        )
    seminar = ["seminar", "collective_study"] if index % 4 == 3 else ["seminar"]
    topics = [t for t in words.SEMINARS if not joint or "班主任" not in t and "双减" not in t]
    add(seminar, afternoon(1, 3), "15:30", "17:00", rng.choice(topics))
    _volunteer(rng, cal, add, year, month, joint)
    _deed(rng, cal, add, joint)

    if ym in quarters.lecture_months:
        add(["party_lecture"], afternoon(4, 2), "15:00", "16:30", rng.choice(words.PARTY_LECTURES))
    if index % 2 == 0:
        add(
            ["paired_assistance"],
            afternoon(2, 3),
            "15:30",
            "17:30",
            _paired(rng),
            service_type="结对帮扶",
            people_served=rng.randint(2, 8),
        )
    if index % 2 == 1:
        add(
            ["guided_lecture"], afternoon(0, 3), "15:00", "16:30", rng.choice(words.GUIDED_LECTURES)
        )
    if index % 3 == 0:
        place = rng.choice(words.VISIT_PLACES)
        day = rng.choice(cal.saturdays).isoformat()
        add(["study_visit"], day, "08:30", "11:30", f"革命传统教育：参观{place}", location=place)
    if index % 3 == 1 and month not in (1, 2, 7, 8):
        town = rng.choice(words.TOWNS)
        add(
            ["teaching_visit"],
            cal.any_day(rng),
            "08:30",
            "11:30",
            f"送教下乡：赴{town}中心{school}送课",
            location=f"{town}中心{school}",
            service_type="送教下乡",
            people_served=rng.randint(40, 120),
        )
    if index % 3 == 2:
        topics = [t for t in words.OTHER_TOPICS if "七一" not in t or month in (6, 7)]
        add(["other"], afternoon(4, 3), "16:00", "17:00", rng.choice(topics))
    if month == 12:
        add(["life_meeting"], afternoon(1, 2), "14:00", "17:00", f"{year}年度组织生活会")
        add(["appraisal"], afternoon(3, 3), "15:00", "17:00", f"{year}年度民主评议党员")

    # School holidays (February, July, August) are quieter.
    target = rng.randint(15, 17) if month in (2, 7, 8) else rng.randint(17, 22)
    extras = ("collective_study", "volunteer", "practical_deed", "staff_study", "guided_lecture")
    while len(out) < target:
        kind = rng.choices(extras, (4, 4, 2, 1, 1))[0]
        if kind == "volunteer":
            _volunteer(rng, cal, add, year, month, joint, community_only=True)
        elif kind == "practical_deed":
            _deed(rng, cal, add, joint)
        elif kind == "guided_lecture":
            add([kind], cal.any_day(rng), "15:00", "16:30", rng.choice(words.GUIDED_LECTURES))
        else:
            topics = staff_topics if kind == "staff_study" else words.COLLECTIVE_STUDY
            add([kind], cal.any_day(rng), "15:30", "17:00", pick(rng, topics, ym))
    return out


def _theme_topic(rng: random.Random, year: int, month: int) -> str:
    options = list(words.THEME_DAYS[month])
    if f"{year:04d}-{month:02d}" < "2025-11":
        options = [t for t in options if "四中全会" not in t]
    return rng.choice(options).format(n=year - 1921, t=year - 1984, year=year)


def _volunteer(
    rng, cal: _Calendar, add, year: int, month: int, joint: bool, community_only=False
) -> None:
    """A morning 护校岗 on a school day and a Saturday in the community."""
    if not community_only and month not in (7, 8):
        topic, kind = words.VOLUNTEER[0]
        gate = "幼儿园门口" if joint else "学校门口"
        add(
            ["volunteer"],
            rng.choice(cal.weekdays).isoformat(),
            "07:20",
            "08:00",
            topic,
            location=gate,
            service_type=kind,
        )
    topic, kind = rng.choice(words.VOLUNTEER[1:])
    community = rng.choice(words.COMMUNITIES)
    add(
        ["volunteer"],
        rng.choice(cal.saturdays).isoformat(),
        "09:00",
        "11:00",
        topic,
        location=community,
        service_type=kind,
        people_served=rng.randint(20, 80),
    )


def _deed(rng, cal: _Calendar, add, joint: bool) -> None:
    done = rng.random() < 0.7
    deeds = [d for d in words.DEEDS if not joint or "课后" not in d]
    add(
        ["practical_deed"],
        cal.any_day(rng),
        "15:30",
        "17:30",
        "为群众办实事：" + rng.choice(deeds),
        location=rng.choice(words.COMMUNITIES),
        service_type="办实事",
        people_served=rng.randint(10, 60),
        deeds_done=1 if done else 0,
        deeds_in_progress=0 if done else 1,
    )


def _paired(rng: random.Random) -> str:
    return rng.choice(words.PAIRED).format(town=rng.choice(words.TOWNS))
