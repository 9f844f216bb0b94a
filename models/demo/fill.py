"""People for the sample ledger's planned activities: host, recorder, attendance, votes, minutes.

Attendance follows the same audience rule as the service layer
(`models.records.activities.audience`):
everyone for 教职工政治学习, the committee for a 支委会, the group for a 党小组会, members for the
other meetings and study, and only those who took part for volunteer work. A person is listed
only while on the roster (status `active` on the day); a member is a member from the day the
branch meeting admitted them; someone on long leave is listed as 不计.
"""

from __future__ import annotations

import datetime as dt
import random

from models.demo import data as words
from models.demo.people import DemoBranch, DemoPerson
from models.demo.plan import DemoActivity
from models.file.schema import STUDY_KINDS, VOLUNTEER_KINDS
from models.records.activities import audience, derived_hours

CHAIRED_BY_SECRETARY = (
    "committee_meeting",
    "branch_meeting",
    "theme_day",
    "life_meeting",
    "appraisal",
)


def fill(rng: random.Random, branch: DemoBranch, activity: DemoActivity) -> None:
    """Add people and text to one planned activity."""
    activity.hours = derived_hours(activity.start, activity.end)
    _choose_host(rng, branch, activity)
    subjects = _vote_subjects(branch, activity)
    _attendance(rng, branch, activity, subjects)
    if "branch_meeting" in activity.kinds:
        _votes(rng, branch, activity, subjects)
    _text(rng, branch, activity)
    if branch.branch_type == "joint":
        _units(rng, branch, activity)
    _photos(rng, activity)


def _choose_host(rng: random.Random, branch: DemoBranch, a: DemoActivity) -> None:
    secretary, organiser, publicity = branch.committee_people()
    primary = a.kinds[0]
    if primary in CHAIRED_BY_SECRETARY:
        a.host, a.recorder = secretary, organiser
    elif primary == "party_lecture":
        a.host, a.recorder = rng.choice((secretary, secretary, organiser)), publicity
        if a.host is secretary:
            a.topic = "书记讲党课：" + a.topic
    elif primary == "group_meeting":
        assert a.group is not None
        a.host = branch.leaders[a.group]
        mates = [
            p
            for p in branch.people
            if p.group == a.group
            and p is not a.host
            and p.active_on(a.date)
            and p.member_on(a.date)
            and not p.excluded_on(a.date)
        ]
        a.recorder = rng.choice(mates) if mates else publicity
    elif primary in VOLUNTEER_KINDS:
        a.host = rng.choice([organiser, publicity, *branch.leaders])
        a.recorder = rng.choice([p for p in (organiser, publicity, secretary) if p is not a.host])
    else:
        a.host = rng.choice((publicity, secretary))
        a.recorder = organiser if a.host is secretary else rng.choice((organiser, publicity))
        if a.recorder is a.host:
            a.recorder = organiser


def _vote_subjects(branch: DemoBranch, a: DemoActivity) -> list[tuple[DemoPerson, str]]:
    """People admitted (预备党员) or made full members at this branch meeting."""
    if "branch_meeting" not in a.kinds:
        return []
    found = []
    for p in branch.people:
        if p.category == "probationary" and p.joined_on == a.date:
            found.append((p, f"接收{p.name}同志为中国共产党预备党员"))
        if p.category == "full_member" and p.full_member_on == a.date:
            found.append((p, f"{p.name}同志预备党员按期转为中国共产党正式党员"))
    return found


def _attendance(
    rng: random.Random,
    branch: DemoBranch,
    a: DemoActivity,
    subjects: list[tuple[DemoPerson, str]],
) -> None:
    day = a.date
    active = [p for p in branch.people if p.active_on(day)]
    who = audience(a.kinds)
    forced = {id(a.host), id(a.recorder)} | {id(p) for p, _ in subjects}
    if who == "participants":
        pool = [p for p in active if not p.excluded_on(day) and id(p) not in forced]
        count = rng.randint(3, 5) if a.hours < 1 else rng.randint(5, 10)
        chosen = rng.sample(pool, min(count, len(pool))) + [a.host, a.recorder]
        for p in sorted(chosen, key=lambda p: p.id):
            hours = a.hours
            if a.hours >= 2 and p is not a.host and rng.random() < 0.15:
                hours = a.hours - 0.5  # came after the start
            a.attendance.append((p, "present", "", "", hours))
        if a.people_served:
            a.non_members = rng.choice((0, 0, 1, 2, 3, 5))  # 家长志愿者
        return
    if who == "everyone":
        expected = active
    elif who == "committee":
        expected = [p for p in branch.committee_people() if p.active_on(day)]
    elif who == "group":
        expected = [p for p in active if p.member_on(day) and p.group == a.group]
    else:
        expected = [p for p in active if p.member_on(day)]
    # 流动党员 remain members of the branch and are expected (the default setting); away on
    # their posting, they are on official leave.
    away = [p for p in branch.people if p.status_on(day) == "mobile" and p.member_on(day)]
    if who in ("members", "everyone"):
        expected = expected + away
    elif who == "group":
        expected = expected + [p for p in away if p.group == a.group]
    if "branch_meeting" in a.kinds:
        # 发展对象 and 积极分子 sit in on the 支部党员大会 as guests (列席): listed, not expected.
        listed = {id(p) for p in expected}
        sitters = [
            p
            for p in active
            if id(p) not in listed
            and not p.member_on(day)
            and p.category in ("candidate", "activist")
        ]
        for p in rng.sample(sitters, min(len(sitters), rng.randint(1, 2))):
            a.attendance.append((p, "guest", "", "列席旁听", None))
    for p in sorted(expected, key=lambda p: p.id):
        if p.excluded_on(day):
            a.attendance.append((p, "excluded", "", "休产假", None))
        elif p.status_on(day) == "mobile":
            a.attendance.append((p, "leave", "official", "在对口帮扶地区支教（流动党员）", None))
        elif id(p) in forced:
            a.attendance.append((p, "present", "", "", None))
        else:
            a.attendance.append((p, *_status(rng), None))


def _status(rng: random.Random) -> tuple[str, str, str]:
    """(status, leave type, reason): mostly 出席, some 迟到 and 请假, rarely 缺席."""
    r = rng.random()
    if r < 0.06:
        leave_type = rng.choices(("official", "sick", "personal"), (5, 3, 2))[0]
        return "leave", leave_type, rng.choice(words.LEAVE_REASONS[leave_type])
    if r < 0.07:
        return "absent", "", rng.choice(words.ABSENT_REASONS)
    if r < 0.11:
        return "late", "", rng.choice(words.LATE_REASONS)
    return "present", "", ""


def _votes(
    rng: random.Random,
    branch: DemoBranch,
    a: DemoActivity,
    subjects: list[tuple[DemoPerson, str]],
) -> None:
    items = [item for _, item in subjects]
    if not items:
        year, month = int(a.date[:4]), int(a.date[5:7])
        ordinary = [
            p for p, s, *_ in a.attendance if s == "present" and p.category == "full_member"
        ]
        ordinary = ordinary or [branch.secretary]
        items.append(
            {
                1: f"通过支部{year}年度工作计划",
                2: f"推荐{rng.choice(ordinary).name}同志为{branch.district}教育系统优秀共产党员",
                3: "通过支部下半年工作安排",
                4: f"通过{year}年度党费收缴、使用和管理情况报告",
            }[(month - 1) // 3 + 1]
        )
    entitled = [
        (p, s)
        for p, s, *_ in a.attendance
        if s != "excluded" and p.full_member_on and p.full_member_on < a.date
    ]
    present = sum(1 for _, s in entitled if s in ("present", "late"))
    for item in items:
        abstain = 1 if present > 5 and rng.random() < 0.2 else 0
        if (present - abstain) * 2 <= len(entitled):
            abstain = 0
        a.votes.append((item, len(entitled), present, present - abstain, 0, abstain))


def _names(people: list[DemoPerson]) -> str:
    return "、".join(p.name for p in people)


def _text(rng: random.Random, branch: DemoBranch, a: DemoActivity) -> None:
    primary = a.kinds[0]
    there = [p for p, s, *_ in a.attendance if s in ("present", "late")]
    others = [p for p in there if p is not a.host]
    rng.shuffle(others)
    voices = (others + [a.host] * 3)[:3]
    expected = sum(1 for _, s, *_ in a.attendance if s != "excluded")
    agenda = list(words.AGENDA.get(primary, words.VOLUNTEER_AGENDA))
    if "branch_meeting" in a.kinds and primary != "branch_meeting":
        agenda.append("召开支部党员大会，讨论表决有关事项")
    if "volunteer" in a.kinds and primary != "volunteer":
        agenda.append("开展党员志愿服务")
    agenda += [f"表决：{v[0]}" for v in a.votes]
    a.agenda = "\n".join(f"{i}. {line}" for i, line in enumerate(agenda, 1))

    day = dt.date.fromisoformat(a.date)
    lecturer = a.host.name
    if primary == "guided_lecture":
        lecturer = f"{branch.district}教师发展中心{rng.choice(words.SURNAMES)}老师"
    fill_in = {
        "host": a.host.name,
        "recorder": a.recorder.name,
        "lecturer": lecturer,
        "expected": expected,
        "present": len(there),
        "date": f"{day.year}年{day.month}月{day.day}日",
        "topic": a.topic.removeprefix("书记讲党课："),
        "served": a.people_served,
        "s1": voices[0].name,
        "s2": voices[1].name,
        "s3": voices[2].name,
    }
    body = words.MINUTES_BODY[_minutes_style(primary)]
    outing = primary in VOLUNTEER_KINDS or primary == "study_visit"
    opening = words.MINUTES_OPENING["volunteer" if outing else "meeting"]
    closing = words.MINUTES_CLOSING["outing" if outing else "meeting"]
    lines = [rng.choice(opening), rng.choice(body)]
    away = [f"{p.name}（{r}）" for p, s, _, r, _ in a.attendance if s in ("leave", "absent")]
    if away:
        lines.append("请假或缺席：" + "，".join(away) + "。")
    for item, entitled, present, yes, no, abstain in a.votes:
        lines.append(
            f"表决“{item}”：应到有表决权党员{entitled}人，实到{present}人，"
            f"赞成{yes}票，反对{no}票，弃权{abstain}票，通过。"
        )
    lines.append(rng.choice(closing))
    a.minutes = "".join(line.format(**fill_in) for line in lines)

    resolutions = list(words.RESOLUTIONS.get(primary, ()))
    if resolutions:
        a.resolutions = rng.choice(resolutions)
    if a.votes:
        a.resolutions = "\n".join(
            f"{i}. 表决通过：{v[0]}，报上级党委。" for i, v in enumerate(a.votes, 1)
        )
    if primary in ("seminar", "collective_study", "group_meeting", "life_meeting", "staff_study"):
        a.speakers = _names(voices[: rng.randint(2, 3)] if others else [])
    if (
        primary in STUDY_KINDS
        and primary != "study_visit"
        or primary in ("group_meeting", "theme_day", "party_lecture")
    ):
        a.materials = a.topic[2:] if a.topic.startswith("学习《") else rng.choice(words.MATERIALS)
    guests = []
    if "branch_meeting" in a.kinds:
        seated = [
            p
            for p in branch.people
            if p.category in ("candidate", "activist") and p.active_on(a.date)
        ]
        if seated:
            guests.append("入党积极分子、发展对象：" + _names(seated[:3]))
        if branch.guidance_officer:
            guests.append(f"党建工作指导员{branch.guidance_officer}")
    if primary == "guided_lecture":
        guests.append(f"主讲：{lecturer}")
    a.guests = "；".join(guests)
    if not a.location:
        rooms = branch.rooms
        a.location = (
            rooms[1] if primary == "committee_meeting" and len(rooms) > 1 else rng.choice(rooms)
        )


def _minutes_style(primary: str) -> str:
    styles = {
        "theme_day": "theme",
        "party_lecture": "lecture",
        "guided_lecture": "lecture",
        "study_visit": "visit",
        "life_meeting": "life",
        "appraisal": "appraisal",
        "group_meeting": "study",
    }
    if primary in VOLUNTEER_KINDS:
        return "volunteer"
    return styles.get(primary, "study" if primary in STUDY_KINDS else "meeting")


def _units(rng: random.Random, branch: DemoBranch, a: DemoActivity) -> None:
    """The covered units that took part (joint branch only)."""
    units = {p.unit for p, s, *_ in a.attendance if s in ("present", "late")}
    if set(a.kinds) & {"theme_day", "volunteer", "staff_study"} and rng.random() < 0.6:
        without = [i for i, (_, _, has) in enumerate(branch.units) if not has]
        units.update(without)
        a.non_members += rng.randint(2, 6)  # teachers from the units without members
    a.units = sorted(units)


def _photos(rng: random.Random, a: DemoActivity) -> None:
    primary = a.kinds[0]
    chance = {"theme_day": 0.6, "study_visit": 1.0, "teaching_visit": 0.5, "volunteer": 0.25}
    if rng.random() < chance.get(primary, 0.0):
        count = 2 if primary == "study_visit" else 1
        captions = words.PHOTO_CAPTIONS[primary]
        a.photos = [captions[i % len(captions)] for i in range(count)]
