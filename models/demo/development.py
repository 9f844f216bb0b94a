"""The sample ledger's 发展党员 register: a realistic pipeline over the people the roster already
has. The member made full at the year's last branch meeting (转正, with that meeting's vote) and
the one admitted at its first (接收预备党员, with its vote), a 发展对象 chosen before the year
(政审, 24 学时 of 集中培训), an 积极分子 trained for more than a year (the overview reminds that
they may become a 发展对象), and a newly hired teacher who applied this autumn, with the talk
held within the month.

Every stage from the activist on is the person's dated category row: the rows the roster already
has are linked (and dated where they were undated, always before the demo's period, so nothing
counted in it changes). Written as plain rows like the rest of the demo, after every other row,
from its own generator.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

Row = dict[str, Any]

INTRODUCER_NOTE = ""


def _category_on(rows: list[Row], person_id: int, day: str) -> str | None:
    found = None
    for r in sorted(
        (r for r in rows if r["person_id"] == person_id and r["deleted_at"] is None),
        key=lambda r: (r["effective_on"] is not None, r["effective_on"] or ""),
    ):
        if r["effective_on"] is None or r["effective_on"] <= day:
            found = r["category"]
    return found


def development_rows(
    rng: random.Random,
    tables: dict[str, list[Row]],
    base: Callable[[str, str], Row],
    stamp: Callable[..., str],
    first_day: str,
    last_day: str,
) -> None:
    tables.setdefault("development_stage", [])
    categories = tables["person_category"]
    people = [p for p in tables["person"] if p["deleted_at"] is None]
    before = (dt.date.fromisoformat(first_day) - dt.timedelta(days=1)).isoformat()

    def full_members(day: str, exclude: int) -> list[int]:
        return [
            p["id"]
            for p in people
            if p["id"] != exclude and _category_on(categories, p["id"], day) == "full_member"
        ]

    def two(day: str, person_id: int) -> tuple[int | None, int | None]:
        found = full_members(day, person_id)
        if len(found) < 2:
            return None, None
        a, b = rng.sample(found[:8], 2)
        return a, b

    def row_of(person_id: int, category: str) -> Row | None:
        for r in categories:
            if r["person_id"] == person_id and r["category"] == category and not r["deleted_at"]:
                return r
        return None

    def meeting_vote(day: str, name: str) -> tuple[int | None, int | None]:
        for a in tables["activity"]:
            if a["date"] != day or a["deleted_at"]:
                continue
            for v in tables["vote"]:
                if v["activity_id"] == a["id"] and name in v["item"]:
                    return a["id"], v["id"]
        return None, None

    def stage(person: Row, code: str, day: str, category: Row | None, **values: Any) -> Row:
        row = base("development_stage", stamp(min(day, last_day), "17:00"))
        row.update(
            branch_id=1,
            person_id=person["id"],
            stage=code,
            date=day,
            category_id=category["id"] if category else None,
            first_person_id=None,
            second_person_id=None,
            vetted_on=None,
            training_min=None,
            approved_on=None,
            activity_id=None,
            vote_id=None,
            note="",
        )
        row.update(values)
        return row

    def approved(day: str) -> str | None:
        d = dt.date.fromisoformat(day) + dt.timedelta(days=rng.randint(12, 40))
        return d.isoformat() if d.isoformat() <= last_day else None

    def admitted_stages(person: Row, joined: str) -> None:
        first, second = two(joined, person["id"])
        activity, vote = meeting_vote(joined, person["name"])
        stage(person, "probationary", joined, row_of(person["id"], "probationary"),
              first_person_id=first, second_person_id=second, approved_on=approved(joined),
              activity_id=activity, vote_id=vote)  # fmt: skip

    # 转正 in the year: a full member whose full membership falls in the period.
    for p in people:
        full = p["full_member_on"]
        if p["category"] == "full_member" and p["joined_on"] and full and full >= first_day:
            admitted_stages(p, p["joined_on"])
            activity, vote = meeting_vote(full, p["name"])
            stage(p, "full_member", full, row_of(p["id"], "full_member"),
                  approved_on=approved(full), activity_id=activity, vote_id=vote)  # fmt: skip
            break
    # 接收预备党员 at a branch meeting of the period.
    for p in people:
        if p["category"] == "probationary" and p["joined_on"] and p["joined_on"] >= first_day:
            admitted_stages(p, p["joined_on"])
            break
    last = dt.date.fromisoformat(last_day)

    def dated(person: Row, category: str, day: str, earlier: str) -> Row | None:
        """Date the person's undated `category` row `day` (before the period), with an undated
        `earlier` category row before it."""
        row = row_of(person["id"], category)
        if row is None or row["effective_on"] is not None:
            return row
        row["effective_on"] = day
        extra = base("person_category", row["created_at"])
        extra.update(person_id=person["id"], category=earlier, effective_on=None, note="")
        return row

    # A 发展对象 chosen before the period: applied, activist for over a year, 政审, 24 学时.
    candidate = next((p for p in people if p["category"] == "candidate"), None)
    if candidate is not None:
        chosen = min(dt.date.fromisoformat(before), last - dt.timedelta(days=40))
        activist_on = chosen - dt.timedelta(days=rng.randint(380, 420))
        applied = activist_on - dt.timedelta(days=rng.randint(60, 120))
        stage(candidate, "applicant", applied.isoformat(), None)
        first, second = two(activist_on.isoformat(), candidate["id"])
        activist_row = base("person_category", stamp(activist_on.isoformat(), "16:00"))
        activist_row.update(person_id=candidate["id"], category="activist",
                            effective_on=activist_on.isoformat(), note="")  # fmt: skip
        stage(candidate, "activist", activist_on.isoformat(), activist_row,
              first_person_id=first, second_person_id=second)  # fmt: skip
        row = dated(candidate, "candidate", chosen.isoformat(), "staff")
        stage(candidate, "candidate", chosen.isoformat(), row,
              vetted_on=(chosen + dt.timedelta(days=rng.randint(10, 25))).isoformat(),
              training_min=24 * 60)  # fmt: skip
    # An activist trained for more than a year (a reminder on the overview).
    activist = next((p for p in people if p["category"] == "activist"), None)
    if activist is not None:
        chosen = min(dt.date.fromisoformat(before), last - dt.timedelta(days=380))
        applied = chosen - dt.timedelta(days=rng.randint(45, 90))
        stage(activist, "applicant", applied.isoformat(), None)
        first, second = two(chosen.isoformat(), activist["id"])
        row = dated(activist, "activist", chosen.isoformat(), "staff")
        stage(activist, "activist", chosen.isoformat(), row,
              first_person_id=first, second_person_id=second)  # fmt: skip
    # The newly hired teacher applies in the period; the branch talks with them within a month.
    staff = [p for p in people if p["category"] == "staff"]
    if staff:
        newcomer = staff[-1]
        hired = next(
            (s["effective_on"] for s in tables["person_status"]
             if s["person_id"] == newcomer["id"]),
            first_day,
        )  # fmt: skip
        applied = max(dt.date.fromisoformat(hired), dt.date.fromisoformat(first_day))
        applied += dt.timedelta(days=rng.randint(14, 30))
        if applied < last:
            stage(newcomer, "applicant", applied.isoformat(), None)
            talk_day = applied + dt.timedelta(days=rng.randint(5, 20))
            secretary = next(
                (r["person_id"] for r in tables.get("committee_role", [])
                 if r["role"] == "secretary"),
                None,
            )  # fmt: skip
            if talk_day <= last and secretary is not None and "talk" in tables:
                row = base("talk", stamp(talk_day.isoformat(), "16:40"))
                row.update(
                    branch_id=1,
                    date=talk_day.isoformat(),
                    person_id=secretary,
                    other_id=newcomer["id"],
                    other_name="",
                    kind="applicant",
                    points="了解入党动机和对党的认识，介绍入党程序，勉励其在教育教学工作中发挥骨干作用。",
                )
