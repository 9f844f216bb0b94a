"""Write tests/data/ledger-v1.ledger: a small ledger of file format 1 (run once; the file is kept).

    uv run python tests/data/make_v1_fixture.py

The file is checked in so that every later version of the app is tested against a ledger really
written by format 1 (tests/test_migration.py). Do not regenerate it after format 1 has changed:
the tables are made from the frozen format-1 SQL, and the rows through models.file.schema as it
stood
then. UUIDs and timestamps are fixed, so the content is the same on every run.

The data below is also what the migration test expects to find after opening the file.
"""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from peewee import SqliteDatabase  # noqa: E402

from models.file import schema  # noqa: E402
from models.file.ledger import APPLICATION_ID, MIGRATIONS, PRAGMAS  # noqa: E402

TARGET = Path(__file__).resolve().parent / "ledger-v1.ledger"
STAMP = "2025-06-30T08:00:00.000000+00:00"
NAMESPACE = uuid.UUID("6f1c2a52-3d0b-4a59-9a4e-0b6e7c1f0001")

BRANCH = "红星小学党支部"
GROUPS = ("第一党小组", "第二党小组")
# name, sex, category, party group index, roster status changes (effective_on, status)
PEOPLE = (
    ("李明", "M", "full_member", 0, (("2018-09-01", "active"),)),
    ("王芳", "F", "full_member", 0, (("2019-03-01", "active"),)),
    ("张伟", "M", "probationary", 1, (("2024-07-01", "active"),)),
    ("刘洋", "M", "full_member", 1, (("2017-01-01", "active"), ("2025-04-15", "transferred"))),
    ("陈静", "F", "staff", None, (("2020-09-01", "active"),)),
)
# date, kinds, topic, start, end, host, recorder, {name: (status, leave_type, reason)}, votes
ACTIVITIES = (
    (
        "2025-03-07",
        ("theme_day", "volunteer"),
        "主题党日：学习新党章并到社区开展志愿服务",
        "14:00",
        "16:30",
        "李明",
        "王芳",
        {
            "李明": ("present", "", ""),
            "王芳": ("leave", "sick", "住院治疗"),
            "张伟": ("late", "", "堵车"),
            "刘洋": ("present", "", ""),
        },
        (("通过志愿服务计划", 3, 3, 3, 0, 0),),
    ),
    (
        "2025-04-10",
        ("collective_study",),
        "集中学习：二十届三中全会精神",
        "15:00",
        "17:00",
        "王芳",
        "张伟",
        {
            "李明": ("present", "", ""),
            "王芳": ("present", "", ""),
            "张伟": ("absent", "", "未说明原因"),
            "刘洋": ("present", "", ""),
            "陈静": ("present", "", ""),
        },
        (),
    ),
    (
        "2025-05-20",
        ("branch_meeting",),
        "支部党员大会：讨论张伟同志转正",
        "16:00",
        "17:30",
        "李明",
        "王芳",
        {
            "李明": ("present", "", ""),
            "王芳": ("present", "", ""),
            "张伟": ("excluded", "", "本人为讨论对象"),
        },
        (("同意张伟同志按期转正", 2, 2, 2, 0, 0),),
    ),
)


def fixed_uuid(*parts: object) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts)))


def stamped(model: type[schema.BaseModel], key: tuple[object, ...], **fields: object):
    return model.create(
        uuid=fixed_uuid(model.__name__, *key), created_at=STAMP, updated_at=STAMP, **fields
    )


def write(path: Path) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.unlink(missing_ok=True)
    db = SqliteDatabase(str(tmp), pragmas=PRAGMAS)
    db.connect()
    db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    with db.atomic():
        MIGRATIONS[1](db)  # the frozen format-1 tables
        db.execute_sql("PRAGMA user_version = 1")
    # The seeded rules get random uuids and the current time: fix them too.
    for (code,) in db.execute_sql("SELECT code FROM compliance_rule").fetchall():
        db.execute_sql(
            "UPDATE compliance_rule SET uuid = ?, created_at = ?, updated_at = ? WHERE code = ?",
            (fixed_uuid("ComplianceRule", code), STAMP, STAMP, code),
        )
    schema.database.initialize(db)
    with db.atomic():
        branch = stamped(schema.Branch, (BRANCH,), name=BRANCH, superior="区教育局党委")
        unit = stamped(schema.Unit, ("unit",), branch=branch, name="红星小学")
        groups = [
            stamped(schema.PartyGroup, (g,), branch=branch, name=g, position=i)
            for i, g in enumerate(GROUPS)
        ]
        people = {}
        for name, sex, category, group, changes in PEOPLE:
            person = stamped(
                schema.Person,
                (name,),
                branch=branch,
                name=name,
                sex=sex,
                category=category,
                unit=unit,
                party_group=groups[group] if group is not None else None,
            )
            for effective_on, status in changes:
                stamped(
                    schema.PersonStatus,
                    (name, effective_on),
                    person=person,
                    status=status,
                    effective_on=effective_on,
                )
            people[name] = person
        stamped(
            schema.CommitteeRole,
            ("secretary",),
            branch=branch,
            person=people["李明"],
            role="secretary",
            title="书记",
            since="2023-01-01",
        )
        for n, (day, kinds, topic, start, end, host, recorder, attendance, votes) in enumerate(
            ACTIVITIES
        ):
            activity = stamped(
                schema.Activity,
                (day, topic),
                branch=branch,
                primary_kind=kinds[0],
                sequence=n + 1,
                date=day,
                start_time=start,
                end_time=end,
                location="学校会议室",
                topic=topic,
                host=people[host],
                recorder=people[recorder],
                minutes=f"{topic}。与会同志认真学习、积极发言。",
                hours=(int(end[:2]) * 60 + int(end[3:]) - int(start[:2]) * 60 - int(start[3:]))
                / 60,
                deeds_done=2 if "volunteer" in kinds else 0,
            )
            for pos, kind in enumerate(kinds):
                stamped(
                    schema.ActivityKind, (day, kind), activity=activity, kind=kind, position=pos
                )
            for name, (status, leave_type, reason) in attendance.items():
                stamped(
                    schema.Attendance,
                    (day, name),
                    activity=activity,
                    person=people[name],
                    status=status,
                    leave_type=leave_type,
                    reason=reason,
                )
            for pos, (item, entitled, present, yes, no, abstain) in enumerate(votes):
                stamped(
                    schema.Vote,
                    (day, item),
                    activity=activity,
                    item=item,
                    entitled=entitled,
                    present=present,
                    in_favour=yes,
                    against=no,
                    abstain=abstain,
                    position=pos,
                )
    schema.database.initialize(None)
    db.execute_sql("VACUUM")
    db.close()
    tmp.replace(path)


if __name__ == "__main__":
    write(TARGET)
    print(f"wrote {TARGET}")
