"""The service layer: validation returns every bad field, writes are whole, changes are logged."""

from __future__ import annotations

import pytest

from models import services as s
from models.errors import ClosedMonthError, ValidationError
from models.file.schema import Activity, Attendance, AuditEntry


@pytest.fixture
def branch(ledger):
    s.save_branch(s.BranchInput(name="第一实验小学党支部", groups=["第一党小组", "第二党小组"]))
    info = s.current_branch()
    people = {
        "张伟": s.save_person(
            s.PersonInput(name="张伟", joined_on="2005-07-01", party_group_uuid=info.groups[0][0])
        ),
        "李娜": s.save_person(s.PersonInput(name="李娜", on_roster_since="2026-03-10")),
        "王芳": s.save_person(
            s.PersonInput(name="王芳", category="staff", on_roster_since="2020-01-01")
        ),
    }
    return info, people


def meeting(people, **changes):
    data = s.ActivityInput(
        kinds=["branch_meeting"],
        date="2026-03-20",
        start_time="14:00",
        end_time="15:30",
        location="党员活动室",
        topic="学习贯彻全会精神",
        host_uuid=people["张伟"],
        recorder_uuid=people["张伟"],
        attendance=[
            s.AttendanceInput(people["张伟"], "present"),
            s.AttendanceInput(people["李娜"], "leave", "sick", "病假"),
        ],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_every_bad_field_is_reported_at_once(branch):
    _, people = branch
    bad = meeting(
        people,
        date="2026-02-30",
        topic="  ",
        kinds=[],
        hours=-1,
        votes=[s.VoteInput("接收预备党员", entitled=5, present=6, in_favour=3)],
    )
    with pytest.raises(ValidationError) as caught:
        s.save_activity(bad)
    assert {"date", "topic", "kinds", "hours", "votes.0"} <= set(caught.value.errors)
    assert "2026-02-30" in caught.value.errors["date"]
    assert Activity.select().count() == 0


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"start_time": "15:00", "end_time": "14:00"}, "end_time"),
        ({"start_time": "25:00"}, "start_time"),
        ({"hours": 24.5}, "hours"),
        ({"non_members": -1}, "non_members"),
    ],
)
def test_single_bad_fields(branch, changes, field):
    _, people = branch
    with pytest.raises(ValidationError) as caught:
        s.save_activity(meeting(people, **changes))
    assert field in caught.value.errors


def test_absence_needs_a_reason_and_host_must_be_on_the_roster(branch):
    _, people = branch
    data = meeting(
        people,
        date="2026-03-05",  # 李娜 joins the roster on 2026-03-10
        host_uuid=people["李娜"],
        attendance=[s.AttendanceInput(people["张伟"], "absent", reason="")],
    )
    with pytest.raises(ValidationError) as caught:
        s.save_activity(data)
    errors = caught.value.errors
    assert "host" in errors
    assert f"attendance.{people['张伟']}" in errors
    data.attendance = [s.AttendanceInput(people["李娜"], "present")]
    data.host_uuid = people["张伟"]
    with pytest.raises(ValidationError) as caught:
        s.save_activity(data)
    assert f"attendance.{people['李娜']}" in caught.value.errors


def test_save_reads_back_and_hours_derive_from_times(branch):
    _, people = branch
    uuid = s.save_activity(meeting(people, kinds=["theme_day", "branch_meeting", "volunteer"]))
    back = s.get_activity(uuid)
    assert back.kinds == ["theme_day", "branch_meeting", "volunteer"]
    assert back.hours is None  # not overridden
    assert Activity.get(Activity.uuid == uuid).duration_min == 90
    assert Activity.get(Activity.uuid == uuid).primary_kind == "theme_day"
    reasons = {a.person_uuid: (a.status, a.leave_type, a.reason) for a in back.attendance}
    assert reasons[people["李娜"]] == ("leave", "sick", "病假")


def test_editing_attendance_keeps_row_identity(branch):
    _, people = branch
    uuid = s.save_activity(meeting(people))
    before = {a.person_id: a.uuid for a in Attendance.select()}
    data = s.get_activity(uuid)
    data.attendance = [a for a in data.attendance if a.person_uuid != people["李娜"]]
    s.save_activity(data)
    data.attendance.append(s.AttendanceInput(people["李娜"], "late"))
    s.save_activity(data)
    after = {a.person_id: a.uuid for a in Attendance.select()}
    assert before == after  # revived, not duplicated
    statuses = sorted(a.status for a in Attendance.select().where(Attendance.deleted_at.is_null()))
    assert statuses == ["late", "present"]


def test_expected_people_follow_the_roster_on_the_date(branch):
    _, people = branch
    before = {p.name for p in s.expected_people("2026-03-05", ["branch_meeting"])}
    after = {p.name for p in s.expected_people("2026-03-15", ["branch_meeting"])}
    staff = {p.name for p in s.expected_people("2026-03-15", ["staff_study"])}
    assert before == {"张伟"}
    assert after == {"张伟", "李娜"}
    assert staff == {"张伟", "李娜", "王芳"}
    s.set_person_status(people["李娜"], "transferred", "2026-04-01")
    assert {p.name for p in s.expected_people("2026-04-02", ["branch_meeting"])} == {"张伟"}
    assert {p.name for p in s.expected_people("2026-03-31", ["branch_meeting"])} == {"张伟", "李娜"}


def test_delete_and_undo(branch):
    _, people = branch
    uuid = s.save_activity(meeting(people))
    s.delete_activity(uuid)
    assert s.count_activities() == 0
    assert Activity.get(Activity.uuid == uuid).deleted_at is not None  # a tombstone, not gone
    s.restore_activity(uuid)
    assert [r.uuid for r in s.list_activities()] == [uuid]


def test_audit_log_records_old_and_new(branch):
    _, people = branch
    uuid = s.save_activity(meeting(people), who="secretary")
    data = s.get_activity(uuid)
    data.topic = "新的议题"
    s.save_activity(data, who="secretary")
    entries = s.list_audit(uuid)
    assert [e.action for e in entries] == ["update", "create"]
    assert entries[0].changes["topic"] == ["学习贯彻全会精神", "新的议题"]
    assert entries[0].who == "secretary"


def test_closed_month_needs_a_reason_and_records_an_amendment(branch):
    _, people = branch
    uuid = s.save_activity(meeting(people))
    s.close_month("2026-03")
    data = s.get_activity(uuid)
    data.location = "会议室"
    with pytest.raises(ClosedMonthError):
        s.save_activity(data)
    assert s.get_activity(uuid).location == "党员活动室"
    s.save_activity(data, reason="地点记错")
    last = s.list_audit(uuid)[0]
    assert (last.action, last.reason) == ("amend", "地点记错")
    with pytest.raises(ClosedMonthError):
        s.save_activity(meeting(people, date="2026-03-28"))


def test_a_failed_save_writes_nothing(branch, monkeypatch):
    _, people = branch
    import models.records.activities as activities

    def boom(*args, **kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr(activities, "_sync_children", boom)
    audit_before = AuditEntry.select().count()
    with pytest.raises(RuntimeError):
        s.save_activity(meeting(people))
    assert Activity.select().count() == 0
    assert AuditEntry.select().count() == audit_before


def test_register_sorts_and_filters_in_sql(branch):
    _, people = branch
    for day, topic in (("2026-03-20", "乙"), ("2026-03-12", "甲"), ("2026-03-25", "丙")):
        s.save_activity(meeting(people, date=day, topic=topic))
    s.save_activity(meeting(people, date="2026-03-21", topic="志愿", kinds=["volunteer"]))
    rows = s.list_activities(sort="date", descending=False)
    assert [r.date for r in rows] == sorted(r.date for r in rows)
    f = s.RegisterFilter(kinds=("branch_meeting",), text="甲")
    assert [r.topic for r in s.list_activities(f)] == ["甲"]
    f = s.RegisterFilter(kinds=("volunteer",))
    assert s.count_activities(f) == 1
    page = s.list_activities(limit=2, offset=1, sort="topic", descending=False)
    everything = s.list_activities(sort="topic", descending=False)
    assert page == everything[1:3]


def test_person_validation_names_fields(branch):
    with pytest.raises(ValidationError) as caught:
        s.save_person(
            s.PersonInput(name="", birth_date="1990-13-01", category="x", phone="abc", sex="?")
        )
    assert {"name", "birth_date", "category", "phone", "sex"} <= set(caught.value.errors)


def test_renaming_a_party_group_keeps_its_members(branch):
    info, people = branch
    (first_uuid, _), (second_uuid, second_name) = info.groups
    s.save_branch(
        s.BranchInput(
            name=info.name,
            uuid=info.uuid,
            groups=[s.GroupInput("语文组", first_uuid), s.GroupInput(second_name, second_uuid)],
        )
    )
    after = s.current_branch()
    assert after.groups == [(first_uuid, "语文组"), (second_uuid, second_name)]
    zhang = next(p for p in s.list_people() if p.uuid == people["张伟"])
    assert (zhang.party_group, zhang.party_group_uuid) == ("语文组", first_uuid)
