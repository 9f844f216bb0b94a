"""The demo's year's plan, 民主评议 results, 整改 items and 谈心谈话 (Chinese data, from the seed).

For the last year of the demo: a plan (monthly 主题党日 and 支委会, quarterly 党课 and 支部党员大会,
the year's 组织生活会 and 民主评议), part of it linked to the records held; the 评议 results of the
latest 民主评议 held (one member on long leave not assessed); five 整改 items found at the latest
组织生活会 (two completed, each with a photo as evidence, two in progress, one overdue); talks
between the committee and most members before the 组织生活会, a few between members and two
with activists.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from models.demo.people import DemoBranch
from models.file.schema import MEMBER_CATEGORIES
from models.records.plan import nth_weekday

Row = dict[str, Any]

THEMES = (
    "学习贯彻党的二十届三中全会精神",
    "弘扬教育家精神",
    "党纪学习教育",
    "铸牢中华民族共同体意识",
    "立德树人 为党育人",
)
CATEGORIES = (
    "理论学习",
    "政治意识",
    "党性修养",
    "联系服务群众",
    "作风与履职",
    "先锋模范作用",
    "廉洁自律",
)
PROBLEMS = (
    ("理论学习不够系统深入，学用结合不紧", "理论学习", "制定个人学习计划，每月撰写一篇学习心得"),
    ("联系服务家长和学生的主动性不够", "联系服务群众", "每位党员结对两个学困生家庭，每学期家访"),
    ("党员先锋模范作用发挥不够充分", "先锋模范作用", "设立党员示范岗，在教学开放周上示范课"),
    ("组织生活质量不高，形式较单一", "党性修养", "主题党日采取现场教学、研讨交流等多种形式"),
    ("落实廉洁从教规定的警示教育不经常", "廉洁自律", "每学期开展一次警示教育，签订廉洁从教承诺书"),
)  # fmt: skip
EVIDENCE = ("学习心得汇编及检查记录", "家访记录表12份", "示范课听课记录", "")
PHOTO_CAPTIONS = ("学习心得交流会", "家访现场")
POINTS = (
    "交流近期思想和工作情况，对班级管理提出建议。",
    "谈了教学中的困难，支部将协调年级组给予帮助。",
    "围绕组织生活会查摆问题交换意见，相互提醒。",
    "了解家庭情况，鼓励在课题研究中发挥骨干作用。",
    "交流学习党纪的体会，提出改进支部活动形式的意见。",
)


def followup_rows(
    rng: random.Random,
    branch: DemoBranch,
    tables: dict[str, list[Row]],
    person_ids: dict[int, int],
    base: Callable[[str, str], Row],
    stamp: Callable[..., str],
) -> None:
    """Add the follow-up rows to `tables` (through `base`, which numbers and stamps them)."""
    activities = [a for a in tables["activity"] if a["deleted_at"] is None]
    if not activities:
        return
    kinds: dict[int, list[str]] = {}
    for k in tables["activity_kind"]:
        kinds.setdefault(k["activity_id"], []).append(k["kind"])
    last_day = max(a["date"] for a in activities)
    year = int(last_day[:4])
    secretary = branch.secretary
    for name in ("plan_item", "review_result", "rectification_item", "talk"):
        tables.setdefault(name, [])
    _plan(rng, branch, tables, activities, kinds, year, person_ids, base, stamp)
    _reviews(rng, branch, tables, activities, kinds, person_ids, base, stamp)
    _rectifications(rng, branch, tables, activities, kinds, last_day, person_ids, base, stamp)
    _talks(rng, branch, tables, year, last_day, person_ids, base, stamp, secretary)
    _evidence_photos(rng, tables, base, stamp)  # last: the rows above stay as they were


def _evidence_photos(rng, tables, base, stamp) -> None:
    """A photo as evidence for each completed 整改 item (format 5)."""
    from models.demo.photos import make_photo

    tables.setdefault("rectification_photo", [])
    done = [r for r in tables["rectification_item"] if r["status"] == "done"]
    for item, caption in zip(done, PHOTO_CAPTIONS, strict=False):
        photo = make_photo(rng, outdoor=False)
        base("rectification_photo", stamp(item["completed_on"], "16:10")).update(
            item_id=item["id"],
            caption=caption,
            mime="image/jpeg",
            sha256=photo.sha256,
            width=photo.width,
            height=photo.height,
            data=photo.data,
            thumbnail=photo.thumbnail,
            position=0,
        )


def _plan(rng, branch, tables, activities, kinds, year, person_ids, base, stamp) -> None:
    secretary, organiser, publicity = (p for p, _r, _t in branch.committee)
    entries = [
        ("theme_day", "主题党日", range(1, 13), 1, 5, publicity),
        ("committee_meeting", "支委会", range(1, 13), 1, 1, secretary),
        ("party_lecture", "书记讲党课", (2, 5, 8, 11), 3, 3, secretary),
        ("branch_meeting", "支部党员大会", (3, 6, 9, 12), 2, 4, organiser),
        ("life_meeting", "年度组织生活会", (12,), 3, 4, secretary),
        ("appraisal", "民主评议党员", (12,), 3, 5, organiser),
    ]
    made_at = stamp(f"{year}-01-03", "10:00")
    claimed: set[int] = set()
    for kind, topic, months, week, weekday, person in entries:
        series = "" if len(months) == 1 else _uuid(rng)
        recurrence = "once" if len(months) == 1 else "monthly" if len(months) == 12 else "quarterly"
        for month in months:
            day = nth_weekday(year, month, week, weekday).isoformat()
            row = base("plan_item", made_at)
            held = [
                a["id"]
                for a in activities
                if a["date"][:7] == day[:7] and kind in kinds[a["id"]] and a["id"] not in claimed
            ]
            link = held[0] if held and rng.random() < 0.6 else None
            if link is not None:
                claimed.add(link)
            row.update(
                branch_id=1,
                planned_on=day,
                kind=kind,
                theme=THEMES[(month - 1) % len(THEMES)] if kind != "committee_meeting" else "",
                topic=topic,
                responsible_id=person_ids[person.id],
                recurrence=recurrence,
                series=series,
                activity_id=link,
                note="",
            )


def _latest(activities, kinds, kind) -> Row | None:
    found = [a for a in activities if kind in kinds[a["id"]]]
    return max(found, key=lambda a: a["date"]) if found else None


def _members_on(branch: DemoBranch, day: str) -> list:
    return [
        p
        for p in branch.people
        if p.category in MEMBER_CATEGORIES and p.status_on(day) in ("active", "mobile")
    ]


def _reviews(rng, branch, tables, activities, kinds, person_ids, base, stamp) -> None:
    meeting = _latest(activities, kinds, "appraisal")
    if meeting is not None:
        day = meeting["date"]
    else:
        # Not held yet in the demo's period: the results of the year before it, decided at the
        # 支部党员大会 that December (the roster as the demo begins).
        first = min(a["date"] for a in activities)
        day = f"{int(first[:4]) - 1}-12-18"
    members = _members_on(branch, day) or _members_on(branch, min(a["date"] for a in activities))
    away = [p for p in members if p.excluded and p.excluded[0] <= day <= p.excluded[1]]
    skipped = away[0] if away else members[-1]
    for p in members:
        if p is skipped:
            continue
        draw = rng.random()
        grade = (
            "excellent" if draw < 0.22 else "basically_qualified" if draw > 0.97 else "qualified"
        )
        row = base("review_result", stamp(day, "17:00"))
        row.update(
            branch_id=1,
            person_id=person_ids[p.id],
            year=int(day[:4]),
            self_assessment="能认真学习，完成教育教学任务；在联系群众方面还需加强。",
            peer_summary=rng.choice(("工作踏实，群众评价好。", "业务能力强，乐于帮助青年教师。",
                                     "积极参加组织生活，发挥了骨干作用。")),
            grade=grade,
            decided_on=day,
            note="",
        )  # fmt: skip


def _rectifications(rng, branch, tables, activities, kinds, last_day, person_ids, base, stamp):
    meeting = _latest(activities, kinds, "life_meeting") or activities[0]
    found = meeting["date"]
    end = dt.date.fromisoformat(last_day)
    committee = [p for p, _r, _t in branch.committee]
    for i, (problem, category, measures) in enumerate(PROBLEMS):
        found_day = dt.date.fromisoformat(found)
        if i < 2:  # completed
            deadline = found_day + dt.timedelta(days=60)
            completed = min(end, found_day + dt.timedelta(days=20 + 15 * i))
            status, done, evidence = "done", completed.isoformat(), EVIDENCE[i]
        elif i == 4:  # overdue: the deadline passed before the demo's last day
            deadline = max(found_day, end - dt.timedelta(days=10))
            status, done, evidence = "in_progress", None, ""
        else:
            deadline = end + dt.timedelta(days=45 + 30 * i)
            status, done, evidence = "in_progress", None, ""
        row = base("rectification_item", stamp(found, "18:00"))
        row.update(
            branch_id=1,
            found_on=found,
            source="life_meeting",
            description=problem,
            category=category,
            owner_id=person_ids[committee[i % len(committee)].id],
            measures=measures,
            deadline=deadline.isoformat(),
            status=status,
            completed_on=done,
            evidence=evidence,
        )
        if status == "done":
            row["rev"] = 2
            row["updated_at"] = stamp(done, "16:00")


def _talks(rng, branch, tables, year, last_day, person_ids, base, stamp, secretary) -> None:
    start = dt.date(year, 1, 1)
    end = dt.date.fromisoformat(last_day)
    span = max(1, (end - start).days)
    members = _members_on(branch, last_day)
    committee = [p for p, _r, _t in branch.committee]

    def talk(person, other, kind, other_name="") -> None:
        day = (start + dt.timedelta(days=rng.randint(0, span))).isoformat()
        row = base("talk", stamp(day, "16:30"))
        row.update(
            branch_id=1,
            date=day,
            person_id=person_ids[person.id],
            other_id=person_ids[other.id] if other is not None else None,
            other_name=other_name,
            kind=kind,
            points=rng.choice(POINTS),
        )

    for c in committee:
        for m in members:
            if m is c or (m in committee and committee.index(m) < committee.index(c)):
                continue
            if rng.random() < 0.85:
                talk(c, m, "committee_member")
    for _ in range(min(4, len(members) // 3)):
        a, b = rng.sample(members, 2)
        talk(a, b, "member_member")
    activists = [p for p in branch.people if p.category in ("activist", "candidate")]
    for p in activists[:2]:
        talk(secretary, p, "applicant")


def _uuid(rng: random.Random) -> str:
    import uuid

    return str(uuid.UUID(int=rng.getrandbits(128), version=4))
