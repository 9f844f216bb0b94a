"""The sample ledger's branch and roster: units, party groups, committee and about 30 people.

Pure data (no database): `build_branch()` returns plain objects that `models.demo.generate` writes.
Every
choice comes from the caller's `random.Random`, so a seed always gives the same people. Dated
events (a member admitted or made a full member at a branch meeting, a transfer in or out, a
member going 流动, a maternity leave) fall inside the period, so the roster changes over time.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from models.demo import data as words
from models.file.schema import MEMBER_CATEGORIES


@dataclass
class DemoPerson:
    """One person on the sample roster."""

    id: int
    name: str
    sex: str
    birth_date: str
    category: str
    unit: int  # index into DemoBranch.units
    group: int | None  # index into DemoBranch.groups
    joined_on: str | None = None
    full_member_on: str | None = None
    phone: str = ""
    note: str = ""
    statuses: list[tuple[str, str, str]] = field(default_factory=list)  # (status, on, note)
    excluded: tuple[str, str] | None = None  # (from, to): long leave, 不计 at meetings
    # The 花名册 fields (models/demo/roster_fields.py fills them).
    ethnicity: str = ""
    native_place: str = ""
    education: str = ""
    job_title: str = ""
    id_number: str = ""

    def status_on(self, day: str) -> str:
        """The roster status on `day` ('' before the first status row)."""
        current = ""
        for status, since, _ in self.statuses:
            if since <= day:
                current = status
        return current

    def active_on(self, day: str) -> bool:
        return self.status_on(day) == "active"

    def member_on(self, day: str) -> bool:
        """A party member on `day`: admitted (预备 counts) and not admitted later than `day`."""
        return self.category in MEMBER_CATEGORIES and (self.joined_on or "") <= day

    def category_history(self) -> list[tuple[str, str | None]]:
        """Dated category rows (None: since before the records): an admitted member was a
        发展对象 before the branch meeting admitted them; a full member was probationary from
        joining until 转正."""
        if self.category == "probationary" and self.joined_on:
            return [("candidate", None), ("probationary", self.joined_on)]
        if self.category == "full_member" and self.joined_on and self.full_member_on:
            return [("probationary", self.joined_on), ("full_member", self.full_member_on)]
        return [(self.category, None)]

    def excluded_on(self, day: str) -> bool:
        return self.excluded is not None and self.excluded[0] <= day <= self.excluded[1]

    @property
    def roster_since(self) -> str:
        return self.statuses[0][1]


@dataclass
class DemoBranch:
    """The branch with its units, groups, committee and roster."""

    name: str
    branch_type: str
    superior: str
    guidance_officer: str
    founded_on: str
    elected_on: str
    theme_day_rule: str
    district: str
    units: list[tuple[str, str, bool]]  # (name, kind, has members)
    groups: list[str]
    people: list[DemoPerson]
    committee: list[tuple[DemoPerson, str, str]]  # (person, role, title)
    leaders: list[DemoPerson]  # party group leaders, by group
    rooms: list[str]

    @property
    def secretary(self) -> DemoPerson:
        return self.committee[0][0]

    def committee_people(self) -> list[DemoPerson]:
        return [p for p, _, _ in self.committee]


def _day(value: dt.date) -> str:
    return value.isoformat()


def _years_before(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year - years, day=min(day.day, 28))


class _Names:
    """Unique Chinese names, weighted towards women as in most school staff rooms."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.given: set[str] = set()

    def make(self, sex: str) -> str:
        given = words.GIVEN_F if sex == "F" else words.GIVEN_M
        # Prefer given names not used yet: three 诗涵 in one staff room look made up.
        fresh = [g for g in given if g not in self.given] or list(given)
        while True:
            first = self.rng.choice(fresh)
            name = self.rng.choice(words.SURNAMES) + first
            if name not in self.used:
                self.used.add(name)
                self.given.add(first)
                return name


def build_branch(
    rng: random.Random,
    start: dt.date,
    end: dt.date,
    branch_days: list[str],
    *,
    joint: bool,
) -> DemoBranch:
    """The branch and its roster for the period [start, end]; `branch_days` are the dates of
    the branch general meetings, where members are admitted and made full members."""
    district = rng.choice(words.DISTRICTS)
    span = (end - start).days

    def within(fraction: float) -> dt.date:
        return start + dt.timedelta(days=int(span * fraction) + rng.randint(0, 10))

    if joint:
        with_members = list(words.KINDERGARTENS_WITH_MEMBERS)
        without = rng.sample(words.KINDERGARTENS_WITHOUT, 2)
        units = [(district + n, "幼儿园", True) for n in with_members]
        units += [(district + n, "幼儿园", False) for n in without]
        groups = [f"{n}党小组" for n in with_members]
        name = f"{district}学前教育联合党支部"
        rooms = [f"{n}{r}" for n in with_members for r in words.KINDERGARTEN_ROOMS[:2]]
        jobs = words.KINDERGARTEN_JOBS
        women = 0.92
    else:
        school = district + rng.choice(words.SCHOOLS)
        units = [(school, "小学", True)]
        groups = list(words.SCHOOL_GROUPS)
        name = f"{school}党支部"
        rooms = list(words.SCHOOL_ROOMS)
        jobs = words.SCHOOL_JOBS
        women = 0.7
    names = _Names(rng)
    people: list[DemoPerson] = []

    def person(category: str, age: tuple[int, int], note: str = "") -> DemoPerson:
        sex = "F" if rng.random() < women else "M"
        born = _years_before(start, rng.randint(*age)) - dt.timedelta(days=rng.randint(0, 360))
        p = DemoPerson(
            id=len(people) + 1,
            name=names.make(sex),
            sex=sex,
            birth_date=_day(born),
            category=category,
            unit=0,
            group=None,
            note=note or rng.choice(jobs),
        )
        first_job = max(born.year + 22, 1990)
        year = min(rng.randint(first_job, max(first_job, start.year - 1)), start.year - 1)
        p.statuses.append(("active", f"{year}-{rng.choice(('08-28', '09-01'))}", ""))
        if category in MEMBER_CATEGORIES:
            joined = dt.date(
                born.year + rng.randint(20, 32), rng.randint(1, 12), rng.randint(1, 28)
            )
            latest = _years_before(start, 2)
            if joined > latest:
                joined = latest - dt.timedelta(days=rng.randint(0, 400))
            p.joined_on = _day(joined)
            p.full_member_on = _day(joined.replace(year=joined.year + 1))
        people.append(p)
        return p

    lead = "园长" if joint else "校长"
    secretary = person("full_member", (44, 54), f"党支部书记、{lead}")
    organiser = person("full_member", (38, 50), f"副{lead}")
    publicity = person("full_member", (32, 45), "保教主任" if joint else "教导主任")
    leaders = [person("full_member", (33, 50)) for _ in groups]
    for p in leaders:
        p.note += "，党小组组长"
    ordinary = [person("full_member", (26, 57)) for _ in range(10)]
    leaving = person("full_member", (28, 45))
    mobile = person("full_member", (26, 35))
    arriving = person("full_member", (30, 45))
    promoted = person("full_member", (25, 32))
    admitted = [person("probationary", (24, 30)) for _ in range(2)]
    for category, count, ages in (("candidate", 2, (24, 32)), ("activist", 3, (23, 30))):
        for _ in range(count):
            person(category, ages)
    staff = [person("staff", (23, 56), rng.choice(words.STAFF_JOBS)) for _ in range(3)]

    leaving.statuses.append(
        (
            "transferred",
            _day(within(0.45)),
            f"组织关系转至{district}{rng.choice(words.OTHER_SCHOOLS)}党支部",
        )
    )
    mobile.statuses.append(("mobile", _day(within(0.3)), "赴对口帮扶地区支教一年，按流动党员管理"))
    town = rng.choice(words.TOWNS)
    arriving.statuses[0] = ("active", _day(within(0.55)), f"由{town}中心小学党支部转入")
    newcomer = staff[-1]
    newcomer.note = "新入职教师"
    september = dt.date(end.year, 9, 1)
    hired = september if start < september <= end else within(0.65)
    newcomer.statuses[0] = ("active", _day(hired), "新入职")
    newcomer.birth_date = _day(_years_before(hired, 23) - dt.timedelta(days=rng.randint(0, 300)))
    # Admissions and full membership are decided by a branch general meeting (its date is the
    # date of admission); without one in the period they happened before it.
    if branch_days:
        admitted[0].joined_on = branch_days[0]
        admitted[1].joined_on = branch_days[min(1, len(branch_days) - 1)]
        promoted.full_member_on = branch_days[-1]
    else:
        for p in admitted:
            p.joined_on = _day(start - dt.timedelta(days=rng.randint(30, 200)))
        promoted.full_member_on = _day(start - dt.timedelta(days=rng.randint(10, 60)))
    for p in admitted:
        p.full_member_on = None
    fm = dt.date.fromisoformat(promoted.full_member_on)
    promoted.joined_on = _day(fm.replace(year=fm.year - 1, day=min(fm.day, 28)))
    mothers = [
        p for p in ordinary if p.sex == "F" and p.birth_date > _day(_years_before(start, 38))
    ]
    if mothers:
        leave_from = within(0.2)
        mothers[0].excluded = (_day(leave_from), _day(leave_from + dt.timedelta(days=128)))
        mothers[0].note += "（期间休产假）"

    members = [p for p in people if p.category in MEMBER_CATEGORIES]
    others = [p for p in people if p.category not in MEMBER_CATEGORIES]
    rest = [p for p in members if p not in leaders and p not in (secretary, organiser, publicity)]
    rng.shuffle(rest)
    for i, p in enumerate(leaders):
        p.group = i
    for i, p in enumerate((secretary, organiser, publicity)):
        p.group = i % len(groups)
    for i, p in enumerate(rest):
        p.group = i % len(groups)
    for i, p in enumerate(others):
        p.unit = i % len(groups) if joint else 0
    if joint:
        for p in members:
            p.unit = p.group or 0
    for p in rng.sample(people[:3], 3) + rng.sample(people[3:], 2):
        p.phone = "1" + rng.choice("3589") + "".join(rng.choice("0123456789") for _ in range(9))

    elected = start - dt.timedelta(days=rng.randint(60, 700))
    titles = ("书记", "组织委员", "宣传委员")
    roles = ("secretary", "member", "member")
    return DemoBranch(
        name=name,
        branch_type="joint" if joint else "single",
        superior=f"{district}教育局党委",
        guidance_officer=names.make("M") if joint else "",
        founded_on=f"{rng.randint(1985, 2010)}-{rng.randint(3, 11):02d}-{rng.randint(1, 28):02d}",
        elected_on=_day(elected),
        theme_day_rule="每月第一周周五",
        district=district,
        units=units,
        groups=groups,
        people=people,
        committee=[
            (p, role, title)
            for p, role, title in zip((secretary, organiser, publicity), roles, titles, strict=True)
        ],
        leaders=leaders,
        rooms=rooms,
    )
