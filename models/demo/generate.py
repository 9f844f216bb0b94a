"""`main.py demo`: write a realistic sample ledger in Chinese.

A school branch of about 30 people (or with `joint`, a 联合党支部 of five kindergartens, "3+2")
and some 60–90 activities a year on a school calendar (models.demo.plan) for `months` months up
to `until`, with attendance,
leave reasons, votes, volunteer hours, good deeds and a few generated photos.

Deterministic: everything — content, UUIDs and timestamps — comes from `random.Random(seed)` and
the dates of the data, never from the clock, so the same seed and `until` give the same file
contents. The rows are built in memory first, then written in one transaction straight into a
new ledger (the services would log every row with the current time and random UUIDs); the
values are the ones the services accept (reasons for every absence, hosts on the roster, ...).
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import random
import re
from pathlib import Path
from typing import Any

from models.demo.campaigns import campaign_rows
from models.demo.development import development_rows
from models.demo.dues import dues_rows, transfer_rows
from models.demo.fill import fill
from models.demo.followup import followup_rows
from models.demo.people import DemoBranch, build_branch
from models.demo.photos import make_photo
from models.demo.plan import DemoActivity, month_list, plan_month, plan_quarters, quiet_months
from models.demo.roster_fields import fill_roster_fields
from models.demo.themes import theme_rows
from models.errors import ValidationError
from models.file.ledger import open_ledger
from models.file.schema import uuid_v7
from models.records.activities import derived_minutes
from models.text.i18n import translate

Row = dict[str, Any]
CHINA = dt.timezone(dt.timedelta(hours=8))
MAX_MONTHS = 120
WHO = "demo"


def write_demo(
    path: str | os.PathLike[str],
    *,
    seed: int = 1,
    months: int = 12,
    until: str | dt.date | None = None,
    joint: bool = False,
) -> str:
    """Write a new sample ledger at `path` and return a one-line summary.

    Refuses an existing file (FileExistsError) and a bad `until` or `months` (ValidationError).
    """
    last = _parse_until(until)
    if not 1 <= months <= MAX_MONTHS:
        raise ValidationError(
            {
                "--months": translate(
                    "Demo", "The number of months must be between 1 and {max}."
                ).format(max=MAX_MONTHS)
            }
        )
    target = Path(path)
    if target.exists():
        raise FileExistsError(
            errno.EEXIST,
            translate(
                "Demo",
                "a file with this name already exists. The demo never overwrites a file: "
                "choose a new file name.",
            ),
            str(target),
        )
    rng = random.Random(seed)
    branch, activities = build_content(rng, last, months, joint)
    if until is None:
        # The demo of "now" ends today: a ledger holds no meeting that has not happened yet.
        today = dt.date.today().isoformat()
        activities = [a for a in activities if a.date <= today]
    tables = _rows(rng, branch, activities, joint)
    ledger = open_ledger(target, create=True)
    try:
        with ledger.db.atomic():
            for table, rows in tables.items():
                _insert(ledger.db, table, rows)
            _settle_default_rules(rng, ledger.db, tables["branch"][0]["created_at"])
    except BaseException:
        ledger.close()
        target.unlink(missing_ok=True)
        raise
    ledger.close()
    return translate(
        "Demo",
        "Wrote a sample ledger to {path}: {branch}, {people} people, {activities} activities "
        "from {first} to {last}.",
    ).format(
        path=target,
        branch=branch.name,
        people=len(branch.people),
        activities=len(activities),
        first=activities[0].date if activities else "",
        last=activities[-1].date if activities else "",
    )


def _parse_until(until: str | dt.date | None) -> dt.date:
    """The first day of the last month (default: this month)."""
    if until is None:
        today = dt.date.today()
        return today.replace(day=1)
    if isinstance(until, dt.date):
        return until.replace(day=1)
    match = re.fullmatch(r"(\d{4})-(\d{2})", until.strip())
    if not match or not 1 <= int(match[2]) <= 12 or int(match[1]) < 1990:
        raise ValidationError(
            {
                "--until": translate(
                    "Demo", "{value} is not a month: write it as YYYY-MM, e.g. 2026-10."
                ).format(value=until)
            }
        )
    return dt.date(int(match[1]), int(match[2]), 1)


def build_content(
    rng: random.Random, last: dt.date, months: int, joint: bool
) -> tuple[DemoBranch, list[DemoActivity]]:
    """The branch and every activity of the period, in date order, with people filled in."""
    calendar = month_list(last, months)
    start = dt.date(calendar[0][0], calendar[0][1], 1)
    end_month = dt.date(last.year + last.month // 12, last.month % 12 + 1, 1)
    end = end_month - dt.timedelta(days=1)
    quarters = plan_quarters(rng, calendar)
    branch = build_branch(rng, start, end, sorted(quarters.branch_day), joint=joint)
    # The 花名册 fields, from generators of their own (the rest of the demo is unchanged).
    fill_roster_fields(branch.people, branch.name, branch.leaders)
    activities: list[DemoActivity] = []
    quiet = quiet_months(rng, calendar)
    for index, (year, month) in enumerate(calendar):
        skip = f"{year:04d}-{month:02d}" in quiet
        groups = len(branch.groups)
        activities += plan_month(rng, year, month, index, quarters, groups, joint, skip)
    activities.sort(key=lambda a: (a.date, a.start, a.end))
    # 第N次 counts, like the services' next_sequence, every activity of the year that has the
    # kind, so a 主题党日 held as the 支部党员大会 counts as a 支部党员大会 too.
    counters: dict[tuple[str, str], int] = {}
    for activity in activities:
        fill(rng, branch, activity)
        for kind in activity.kinds:
            key = (kind, activity.date[:4])
            counters[key] = counters.get(key, 0) + 1
        activity.sequence = counters[(activity.kinds[0], activity.date[:4])]
    return branch, activities


# --- rows ----------------------------------------------------------------------------------------


def _stamp(day: str, hhmm: str = "09:00", later: int = 0) -> str:
    """A UTC timestamp in the services' format, for local (Beijing) time `hhmm` on `day`."""
    local = dt.datetime.fromisoformat(f"{day}T{hhmm}").replace(tzinfo=CHINA)
    moment = (local + dt.timedelta(minutes=later)).astimezone(dt.UTC)
    return moment.isoformat(timespec="microseconds")


def _milliseconds(stamp: str) -> int:
    return round(dt.datetime.fromisoformat(stamp).timestamp() * 1000)


def _rows(
    rng: random.Random, branch: DemoBranch, activities: list[DemoActivity], joint: bool
) -> dict[str, list[Row]]:
    """Every row to insert, per table, in insertion order (explicit ids link them)."""

    def base(table: str, stamp: str) -> Row:
        row = {
            "id": len(tables[table]) + 1,
            # Time-ordered as the app's own (models.file.schema.new_uuid), made at `stamp`.
            "uuid": uuid_v7(_milliseconds(stamp), rng.getrandbits(128)),
            "created_at": stamp,
            "updated_at": stamp,
            "rev": 1,
            "deleted_at": None,
        }
        tables[table].append(row)
        return row

    def audit(action: str, table: str, row_uuid: str, changes: dict, stamp: str) -> None:
        row = base("audit_entry", stamp)
        text = json.dumps(changes, ensure_ascii=False, sort_keys=True)
        row.update(at=stamp, who=WHO, action=action, table_name=table, row_uuid=row_uuid)
        row.update(changes=text, reason="")

    names = (
        "branch", "unit", "party_group", "person", "person_status", "person_category",
        "committee_role", "activity",
        "activity_kind", "activity_unit", "attendance", "vote", "attachment", "audit_entry",
    )  # fmt: skip
    tables: dict[str, list[Row]] = {name: [] for name in names}
    first_day = activities[0].date[:8] + "01" if activities else dt.date.today().isoformat()
    setup_day = (dt.date.fromisoformat(first_day) - dt.timedelta(days=1)).isoformat()
    setup = _stamp(setup_day)
    b = base("branch", setup)
    b.update(
        name=branch.name,
        branch_type=branch.branch_type,
        superior=branch.superior,
        guidance_officer=branch.guidance_officer,
        founded_on=branch.founded_on,
        elected_on=branch.elected_on,
        term_years=3,
        theme_day_rule=branch.theme_day_rule,
    )
    unit_ids = []
    for i, (name, kind, has_members) in enumerate(branch.units):
        row = base("unit", setup)
        row.update(branch_id=1, name=name, unit_kind=kind, has_members=int(has_members), position=i)
        unit_ids.append(row["id"])
    for i, name in enumerate(branch.groups):
        base("party_group", setup).update(branch_id=1, name=name, position=i)
    person_ids: dict[int, int] = {}
    for p in branch.people:
        stamp = _stamp(max(p.roster_since, setup_day), "09:30")
        row = base("person", stamp)
        row.update(
            branch_id=1,
            name=p.name,
            sex=p.sex,
            birth_date=p.birth_date,
            unit_id=unit_ids[p.unit],
            party_group_id=None if p.group is None else p.group + 1,
            category=p.category,
            joined_on=p.joined_on,
            full_member_on=p.full_member_on,
            phone=p.phone,
            note=p.note,
            ethnicity=p.ethnicity,
            native_place=p.native_place,
            education=p.education,
            job_title=p.job_title,
            id_number=p.id_number,
        )
        person_ids[p.id] = row["id"]
        values = {"name": p.name, "category": p.category, "joined_on": p.joined_on}
        audit("create", "person", row["uuid"], values, stamp)
        for category, since in p.category_history():
            c = base("person_category", stamp if since is None else _stamp(since, "09:45"))
            c.update(person_id=row["id"], category=category, effective_on=since, note="")
        for status, since, note in p.statuses:
            at = _stamp(max(since, setup_day), "09:40")
            s = base("person_status", at)
            s.update(person_id=row["id"], status=status, effective_on=since, note=note)
            if status != "active" or since > setup_day:
                change = {"person": p.name, "status": status, "effective_on": since}
                audit("update", "person_status", s["uuid"], change, at)
    for p, role, title in branch.committee:
        seat = base("committee_role", setup)
        seat.update(branch_id=1, person_id=person_ids[p.id], role=role, title=title)
        seat.update(since=branch.elected_on, until=None)
    for a in activities:
        _activity_rows(rng, a, base, audit, person_ids, unit_ids)
    # The plan and the follow-up draw from their own generator (seeded from the data), so the
    # rows above stay exactly what they were before these tables existed.
    followup_rng = random.Random(f"{branch.name}|{first_day}|{len(activities)}")
    followup_rows(followup_rng, branch, tables, person_ids, base, _stamp)
    # 党费: likewise its own generator, after every other row.
    live = [a.date for a in activities]
    if live:
        last_day = max(live)
        dues_rng = random.Random(f"dues|{branch.name}|{first_day}|{len(activities)}")
        # That generator is seeded from the data, and two demos may draw the same school name
        # and as many activities: the branch's own uuid (from the seed) keeps their rows apart.
        salt = int(tables["branch"][0]["uuid"].replace("-", ""), 16)

        def dues_base(table: str, stamp: str) -> Row:
            """As `base`, but the uuid from the dues generator: `rng` is left untouched."""
            row = {
                "id": len(tables[table]) + 1,
                "uuid": uuid_v7(_milliseconds(stamp), dues_rng.getrandbits(128) ^ salt),
                "created_at": stamp,
                "updated_at": stamp,
                "rev": 1,
                "deleted_at": None,
            }
            tables[table].append(row)
            return row

        dues_rows(
            dues_rng, branch, tables, person_ids, dues_base, _stamp, int(last_day[:4]), last_day
        )
        transfer_rows(dues_rng, tables, dues_base, _stamp, int(last_day[:4]), last_day)
        campaign_rows(branch.name, tables, first_day, last_day, _stamp)  # 专项活动
        # 发展党员: its own generator too, after every other row.
        development_rows(
            random.Random(f"development|{branch.name}|{first_day}|{len(activities)}"),
            tables, dues_base, _stamp, first_day, last_day,
        )  # fmt: skip
    # Themes (专题) from the activities' topics and places: after every other row, no generator.
    theme_rows(tables)
    return tables


def _activity_rows(rng, a: DemoActivity, base, audit, person_ids, unit_ids) -> None:
    stamp = _stamp(a.date, a.end, later=rng.randint(20, 180))
    row = base("activity", stamp)
    row.update(
        branch_id=1,
        primary_kind=a.kinds[0],
        sequence=a.sequence,
        date=a.date,
        start_time=a.start,
        end_time=a.end,
        location=a.location,
        topic=a.topic,
        host_id=person_ids[a.host.id],
        recorder_id=person_ids[a.recorder.id],
        party_group_id=None if a.group is None else a.group + 1,
        agenda=a.agenda,
        minutes=a.minutes,
        resolutions=a.resolutions,
        guests=a.guests,
        materials=a.materials,
        speakers=a.speakers,
        duration_min=derived_minutes(a.start, a.end),
        hours_override=0,
        non_members=a.non_members,
        service_type=a.service_type,
        people_served=a.people_served,
        deeds_done=a.deeds_done,
        deeds_in_progress=a.deeds_in_progress,
    )
    activity_id = row["id"]
    for i, kind in enumerate(a.kinds):
        base("activity_kind", stamp).update(activity_id=activity_id, kind=kind, position=i)
    for unit in a.units:
        base("activity_unit", stamp).update(activity_id=activity_id, unit_id=unit_ids[unit])
    for person, status, leave_type, reason, hours in a.attendance:
        base("attendance", stamp).update(
            activity_id=activity_id,
            person_id=person_ids[person.id],
            status=status,
            leave_type=leave_type,
            reason=reason,
            duration_min=None if hours is None else round(hours * 60),
        )
    for i, (item, entitled, present, yes, no, abstain) in enumerate(a.votes):
        base("vote", stamp).update(
            activity_id=activity_id,
            item=item,
            entitled=entitled,
            present=present,
            in_favour=yes,
            against=no,
            abstain=abstain,
            position=i,
        )
    outdoor = a.kinds[0] in ("volunteer", "study_visit", "teaching_visit")
    for i, caption in enumerate(a.photos):
        photo = make_photo(rng, outdoor, vests=a.kinds[0] == "volunteer")
        base("attachment", stamp).update(
            activity_id=activity_id,
            caption=caption,
            mime="image/jpeg",
            sha256=photo.sha256,
            width=photo.width,
            height=photo.height,
            data=photo.data,
            thumbnail=photo.thumbnail,
            position=i,
        )
    changes = {"date": [None, a.date], "kinds": [None, a.kinds], "topic": [None, a.topic]}
    audit("create", "activity", row["uuid"], changes, stamp)


def _insert(db: Any, table: str, rows: list[Row]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    sql = 'INSERT INTO "{}" ({}) VALUES ({})'.format(
        table, ", ".join(f'"{c}"' for c in columns), ", ".join("?" * len(columns))
    )
    db.cursor().executemany(sql, [tuple(r[c] for c in columns) for r in rows])


def _settle_default_rules(rng: random.Random, db: Any, stamp: str) -> None:
    """Give the rules seeded by the new ledger UUIDs and times from the seed, not the clock."""
    ids = [r[0] for r in db.execute_sql("SELECT id FROM compliance_rule ORDER BY id")]
    for rule_id in ids:
        db.execute_sql(
            "UPDATE compliance_rule SET uuid = ?, created_at = ?, updated_at = ? WHERE id = ?",
            (uuid_v7(_milliseconds(stamp), rng.getrandbits(128)), stamp, stamp, rule_id),
        )
