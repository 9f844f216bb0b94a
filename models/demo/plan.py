"""The sample ledger's calendar: which activities happen on which day, month by month.

A school Party branch of about 20 members holds some 60–90 activities a year, on a school
calendar:

- every month: a 支委会, each group's 党小组会, a 主题党日 (often also the month's 集中学习, now and
  then a Saturday of volunteer service), 教职工政治学习 (skipped once in a summer or winter
  holiday month: a realistic ledger has one or two misses);
- every quarter: a 支部党员大会 (sometimes held as the 主题党日) and a 党课;
- in December: 组织生活会 and 民主评议党员;
- one further activity a term month (OCCASIONAL), so that every kind appears within a year
  (交流研讨, 专题辅导, 参观学习, 结对帮扶, 送教下乡, 为群众办实事, 其他 …), and now and then a
  second one. The holiday months (寒假 February, 暑假 July and August) hold only what the rules
  ask for, and volunteer work.

No activity on 除夕 and the first days of the Spring Festival (SPRING_FESTIVAL, a table for the
demo years) nor in the National Day week (1–7 October); meetings on school days only, weekends
for volunteer work only.

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
        term = [m for m in members if m[1] not in HOLIDAY_MONTHS] or members
        year, month = rng.choice(term)
        held.append((year, month, rng.random() < 0.5))
        others = [m for m in term if m != (year, month)] or term
        plan.lecture_months.add(_ym(*rng.choice(others)))
    if not any(combined for _, _, combined in held):
        # Show at least once how one activity can carry several kinds.
        year, month, _ = held[-1]
        held[-1] = (year, month, True)
    for year, month, combined in held:
        day = school_day(year, month, 4, 0) if combined else school_day(year, month, 3, 2)
        plan.branch_day[day.isoformat()] = combined
    return plan


def quiet_months(rng: random.Random, months: list[tuple[int, int]]) -> set[str]:
    """The months (YYYY-MM) whose 教职工政治学习 is not held: one holiday month of each year."""
    by_year: dict[int, list[tuple[int, int]]] = {}
    for year, month in months:
        if month in HOLIDAY_MONTHS:
            by_year.setdefault(year, []).append((year, month))
    return {_ym(*rng.choice(found)) for found in by_year.values()}


def pick(rng: random.Random, topics: tuple[Topic, ...], month: str) -> str:
    """A topic that makes sense in `month` (YYYY-MM)."""
    fitting = [t for t, first, last in topics if first <= month and (not last or month <= last)]
    return rng.choice(fitting)


# 春节 (初一) of the demo years: 除夕 is the day before. No activity from 除夕 to 初六.
SPRING_FESTIVAL = {
    2014: dt.date(2014, 1, 31),
    2015: dt.date(2015, 2, 19),
    2016: dt.date(2016, 2, 8),
    2017: dt.date(2017, 1, 28),
    2018: dt.date(2018, 2, 16),
    2019: dt.date(2019, 2, 5),
    2020: dt.date(2020, 1, 25),
    2021: dt.date(2021, 2, 12),
    2022: dt.date(2022, 2, 1),
    2023: dt.date(2023, 1, 22),
    2024: dt.date(2024, 2, 10),
    2025: dt.date(2025, 1, 29),
    2026: dt.date(2026, 2, 17),
    2027: dt.date(2027, 2, 6),
    2028: dt.date(2028, 1, 26),
    2029: dt.date(2029, 2, 13),
    2030: dt.date(2030, 2, 3),
    2031: dt.date(2031, 1, 23),
    2032: dt.date(2032, 2, 11),
    2033: dt.date(2033, 1, 31),
    2034: dt.date(2034, 2, 19),
    2035: dt.date(2035, 2, 8),
    2036: dt.date(2036, 1, 28),
}
HOLIDAY_MONTHS = (2, 7, 8)  # 寒假 and 暑假: only the meetings the rules ask for


def public_holiday(day: dt.date) -> bool:
    """除夕 to 初六 (the Spring Festival holiday) and 1–7 October (National Day week)."""
    if day.month == 10 and day.day <= 7:
        return True
    festival = SPRING_FESTIVAL.get(day.year)
    return festival is not None and -1 <= (day - festival).days <= 5


def school_day(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th `weekday` of the month (weekday_in), or the next school day when that one falls
    in a public holiday."""
    day = weekday_in(year, month, weekday, n)
    while public_holiday(day) or day.weekday() >= 5:
        day += dt.timedelta(days=1)
    if day.month != month:  # the holiday ran to the month's end: the last school day before it
        day = weekday_in(year, month, weekday, n)
        while public_holiday(day) or day.weekday() >= 5:
            day -= dt.timedelta(days=1)
    return day


class _Calendar:
    """Hands out the school days of one month so that two meetings do not share an afternoon;
    weekends (volunteer work only) apart."""

    def __init__(self, year: int, month: int) -> None:
        days = calendar.monthrange(year, month)[1]
        every = [
            dt.date(year, month, d)
            for d in range(1, days + 1)
            if not public_holiday(dt.date(year, month, d))
        ]
        self.weekdays = [d for d in every if d.weekday() < 5]
        self.weekends = [d for d in every if d.weekday() >= 5]
        self.saturdays = [d for d in self.weekends if d.weekday() == 5] or self.weekends
        self.used: set[dt.date] = set()

    def take(self, preferred: dt.date) -> str:
        """The preferred school day, or the next free one (wrapping round the month)."""
        order = [d for d in self.weekdays if d >= preferred]
        order += [d for d in self.weekdays if d < preferred]
        for day in order:
            if day not in self.used:
                self.used.add(day)
                return day.isoformat()
        return (order[0] if order else preferred).isoformat()

    def any_day(self, rng: random.Random) -> str:
        return self.take(rng.choice(self.weekdays))

    def weekend(self, rng: random.Random) -> str:
        """A Saturday (or Sunday) for volunteer work."""
        return rng.choice(self.saturdays).isoformat()


def plan_month(
    rng: random.Random,
    year: int,
    month: int,
    index: int,
    quarters: QuarterPlan,
    groups: int,
    joint: bool,
    skip_staff_study: bool = False,
) -> list[DemoActivity]:
    """The activities of one month (without people). `index`: the month's place in the period;
    `skip_staff_study`: the month's 教职工政治学习 is not held (the one miss of a realistic
    ledger)."""
    ym = _ym(year, month)
    school = "幼儿园" if joint else "小学"
    holiday = month in HOLIDAY_MONTHS
    cal = _Calendar(year, month)
    out: list[DemoActivity] = []

    def add(kinds: list[str], day: str, start: str, end: str, topic: str, **kw) -> DemoActivity:
        activity = DemoActivity(list(kinds), day, start, end, topic, **kw)
        out.append(activity)
        return activity

    def afternoon(weekday: int, week: int) -> str:
        return cal.take(school_day(year, month, weekday, week))

    # The quarter's 支部党员大会 first: its day is fixed (the roster's admissions fall on it).
    branch_days = sorted(d for d in quarters.branch_day if d[:7] == ym)
    for day in branch_days:
        cal.used.add(dt.date.fromisoformat(day))
    noon = rng.choice((("12:30", "13:30"), ("12:40", "13:40")))
    add(["committee_meeting"], afternoon(1, 0), *noon, rng.choice(words.COMMITTEE_TOPICS))

    theme = _theme_topic(rng, year, month)
    kinds = ["theme_day"]
    times = ("14:30", "16:30")
    theme_day = ""
    for day in branch_days:
        if quarters.branch_day[day]:
            theme_day = day
            kinds.append("branch_meeting")
            if rng.random() < 0.4:
                kinds.append("volunteer")
                times = ("14:00", "17:00")
        else:
            add(
                ["branch_meeting"],
                day,
                "15:30",
                "17:00",
                f"{year}年第{(month - 1) // 3 + 1}季度支部党员大会",
            )
    if not theme_day and rng.random() < (0.5 if holiday else 0.15):
        # A Saturday of service in the community as the month's 主题党日.
        topic, service = rng.choice(words.VOLUNTEER[1:])
        community = rng.choice(words.COMMUNITIES)
        add(
            ["theme_day", "volunteer"],
            cal.weekend(rng),
            "09:00",
            "11:30",
            f"{theme}（{topic}）",
            location=community,
            service_type=service,
            people_served=rng.randint(20, 80),
        )
    else:
        if not theme_day and not holiday and rng.random() < 0.6:
            kinds.append("collective_study")  # the 主题党日 is the month's 集中学习 too
        add(kinds, theme_day or afternoon(4, 0), *times, theme)

    for g in range(groups):
        day = afternoon((0, 2, 3)[g % 3], 1)
        add(["group_meeting"], day, "16:00", "17:00", rng.choice(words.GROUP_TOPICS), group=g)
    staff_topics = words.KINDERGARTEN_STAFF_STUDY if joint else words.STAFF_STUDY
    if not skip_staff_study:
        add(["staff_study"], afternoon(2, 2), "15:30", "17:00", pick(rng, staff_topics, ym))
    if ym in quarters.lecture_months:
        add(["party_lecture"], afternoon(4, 2), "15:00", "16:30", rng.choice(words.PARTY_LECTURES))
    if month == 12:
        add(["life_meeting"], afternoon(1, 2), "14:00", "17:00", f"{year}年度组织生活会")
        add(["appraisal"], afternoon(3, 3), "15:00", "17:00", f"{year}年度民主评议党员")

    def occasional(kind: str) -> None:
        if kind == "seminar":
            topics = [
                t for t in words.SEMINARS if not joint or "班主任" not in t and "双减" not in t
            ]
            add(["seminar"], afternoon(1, 3), "15:30", "17:00", rng.choice(topics))
        elif kind == "guided_lecture":
            topic = rng.choice(words.GUIDED_LECTURES)
            add(["guided_lecture"], afternoon(0, 3), "15:00", "16:30", topic)
        elif kind == "collective_study":
            topic = pick(rng, words.COLLECTIVE_STUDY, ym)
            add(["collective_study"], afternoon(3, 1), "15:30", "17:00", topic)
        elif kind == "study_visit":
            place = rng.choice(words.VISIT_PLACES)
            add(
                ["study_visit"],
                afternoon(2, 3),
                "13:30",
                "16:30",
                f"革命传统教育：参观{place}",
                location=place,
            )
        elif kind == "paired_assistance":
            add(
                ["paired_assistance"],
                afternoon(2, 3),
                "15:30",
                "17:30",
                _paired(rng),
                service_type="结对帮扶",
                people_served=rng.randint(2, 8),
            )
        elif kind == "teaching_visit":
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
        elif kind == "other":
            topics = [t for t in words.OTHER_TOPICS if "七一" not in t or month in (6, 7)]
            add(["other"], afternoon(4, 3), "16:00", "17:00", rng.choice(topics))
        elif kind == "practical_deed":
            _deed(rng, cal, add, joint)
        else:
            _volunteer(rng, cal, add, joint, gate=not holiday and rng.random() < 0.3)

    # One occasional activity a term month (every kind within a year), now and then a second
    # one; in the holidays volunteer work only.
    if holiday:
        if rng.random() < 0.6:
            occasional("volunteer")
    else:
        occasional(OCCASIONAL[month])
        if rng.random() < 0.3:
            occasional(rng.choice(("volunteer", "collective_study", "practical_deed", "seminar")))
    return out


# The occasional activity of each term month (every kind within a year, in its season:
# 学雷锋 in March, 清明 visits in April, 七一 in June).
OCCASIONAL = {
    9: "seminar",
    10: "teaching_visit",
    11: "guided_lecture",
    12: "practical_deed",
    1: "collective_study",
    3: "volunteer",
    4: "study_visit",
    5: "paired_assistance",
    6: "other",
}


def _theme_topic(rng: random.Random, year: int, month: int) -> str:
    options = list(words.THEME_DAYS[month])
    if f"{year:04d}-{month:02d}" < "2025-11":
        options = [t for t in options if "四中全会" not in t]
    return rng.choice(options).format(n=year - 1921, t=year - 1984, year=year)


def _volunteer(rng, cal: _Calendar, add, joint: bool, gate: bool = False) -> None:
    """A Saturday in the community, or (`gate`) a morning 护校岗 on a school day."""
    if gate:
        topic, kind = words.VOLUNTEER[0]
        add(
            ["volunteer"],
            cal.any_day(rng),
            "07:20",
            "08:00",
            topic,
            location="幼儿园门口" if joint else "学校门口",
            service_type=kind,
        )
        return
    topic, kind = rng.choice(words.VOLUNTEER[1:])
    community = rng.choice(words.COMMUNITIES)
    add(
        ["volunteer"],
        cal.weekend(rng),
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
