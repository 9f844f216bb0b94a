"""Compliance checks at month, quarter and year boundaries."""

from __future__ import annotations

import datetime as dt
import json
from fractions import Fraction

import pytest

from models.errors import ValidationError
from models.file.schema import AuditEntry, CommitteeRole, Person
from models.rules import compliance
from models.rules.defaults import DEFAULT_RULES
from tests.stats_helpers import add_activity, delete_kind, make_branch, make_people

D = dt.date.fromisoformat


def _by_code(statuses, code, group=None):
    found = [s for s in statuses if s.code == code and s.group == group]
    assert len(found) == 1, (code, group, statuses)
    return found[0]


@pytest.fixture
def branch(ledger):
    branch, _ = make_branch(committee=True)
    return branch


def test_default_rules_are_listed_with_labels(ledger):
    rules = compliance.list_rules()
    assert [r.code for r in rules] == [d.code for d in DEFAULT_RULES]
    quarterly = next(r for r in rules if r.code == "branch_meeting_quarterly")
    assert quarterly.label == "Branch general meeting: at least 1 per quarter"


def test_quarterly_meeting_on_last_day_of_quarter_counts_for_that_quarter(branch):
    meeting, _ = add_activity(branch, "2026-03-31", ["branch_meeting"])
    q1 = _by_code(compliance.evaluate("2026-02", today=D("2026-05-01")), "branch_meeting_quarterly")
    assert (q1.period, q1.count, q1.state) == ("2026-Q1", 1, "done")
    assert q1.activity_uuids == (meeting.uuid,)
    q2 = _by_code(compliance.evaluate("2026-04", today=D("2026-04-01")), "branch_meeting_quarterly")
    assert (q2.period, q2.count, q2.state) == ("2026-Q2", 0, "due")


def test_quarterly_meeting_on_first_day_of_next_quarter_does_not_save_the_old_one(branch):
    add_activity(branch, "2026-04-01", ["branch_meeting"])
    q1 = _by_code(compliance.evaluate("2026-03", today=D("2026-04-01")), "branch_meeting_quarterly")
    assert (q1.count, q1.state) == (0, "overdue")
    q2 = _by_code(compliance.evaluate("2026-06", today=D("2026-04-01")), "branch_meeting_quarterly")
    assert (q2.count, q2.state) == (1, "done")


def test_due_on_last_day_overdue_on_the_next(branch):
    last_day = _by_code(
        compliance.evaluate("2026-06", today=D("2026-06-30")), "branch_meeting_quarterly"
    )
    next_day = _by_code(
        compliance.evaluate("2026-06", today=D("2026-07-01")), "branch_meeting_quarterly"
    )
    assert (last_day.state, next_day.state) == ("due", "overdue")
    month_end = _by_code(compliance.evaluate("2026-06", today=D("2026-06-30")), "theme_day_monthly")
    month_after = _by_code(
        compliance.evaluate("2026-06", today=D("2026-07-01")), "theme_day_monthly"
    )
    assert (month_end.state, month_after.state) == ("due", "overdue")


def test_monthly_rule_month_boundary(branch):
    add_activity(branch, "2026-05-31", ["theme_day"])
    may = _by_code(compliance.evaluate("2026-05", today=D("2026-06-01")), "theme_day_monthly")
    june = _by_code(compliance.evaluate("2026-06", today=D("2026-06-01")), "theme_day_monthly")
    assert (may.count, may.state) == (1, "done")
    assert (june.count, june.state) == (0, "due")


def test_multi_kind_activity_counts_for_each_kind(branch):
    activity, _ = add_activity(branch, "2026-05-08", ["theme_day", "branch_meeting", "volunteer"])
    statuses = compliance.evaluate("2026-05", today=D("2026-05-20"))
    for code in ("theme_day_monthly", "branch_meeting_quarterly"):
        status = _by_code(statuses, code)
        assert (status.count, status.state) == (1, "done")
        assert status.activity_uuids == (activity.uuid,)


def test_deleted_activities_and_kinds_do_not_count(branch):
    add_activity(branch, "2026-05-08", ["theme_day"], deleted=True)
    activity, record = add_activity(branch, "2026-05-09", ["staff_study", "theme_day"])
    delete_kind(activity, "theme_day", record)
    statuses = compliance.evaluate("2026-05", today=D("2026-05-20"))
    assert _by_code(statuses, "theme_day_monthly").count == 0
    assert _by_code(statuses, "staff_study_monthly").count == 1


def test_per_group_rule_checks_each_group(ledger):
    branch, (first, second) = make_branch(groups=2)
    add_activity(branch, "2026-05-10", ["group_meeting"], group=first)
    add_activity(branch, "2026-05-11", ["group_meeting"])  # no group: counts for none
    statuses = compliance.evaluate("2026-05", today=D("2026-05-20"))
    a = _by_code(statuses, "group_meeting_monthly", first.name)
    b = _by_code(statuses, "group_meeting_monthly", second.name)
    assert (a.count, a.state, a.group_uuid) == (1, "done", first.uuid)
    assert (b.count, b.state) == (0, "due")
    texts = compliance.reminders(D("2026-05-20"))
    assert any(second.name in t and "Party group meeting" in t for t in texts)
    assert not any(first.name in t and "this month" in t for t in texts)
    # April had no meeting of either group: both are reminded as missed last month.
    assert sum("last month (2026-04)" in t and "Party group meeting" in t for t in texts) == 2


def test_per_group_rule_without_groups_is_not_applicable(branch):
    status = _by_code(
        compliance.evaluate("2026-05", today=D("2026-05-20")), "group_meeting_monthly"
    )
    assert status.state == "not_applicable"


def test_committee_rule_needs_a_committee(ledger):
    branch, _ = make_branch(committee=False)
    code = "committee_meeting_monthly"
    assert _by_code(compliance.evaluate("2026-05", today=D("2026-05-20")), code).state == (
        "not_applicable"
    )
    (person,) = make_people(branch, 1)
    CommitteeRole.create(branch=branch, person=person, role="secretary", until="2026-04-30")
    assert _by_code(compliance.evaluate("2026-05", today=D("2026-05-20")), code).state == (
        "not_applicable"
    )
    assert _by_code(compliance.evaluate("2026-04", today=D("2026-05-20")), code).state == "overdue"
    CommitteeRole.create(branch=branch, person=person, role="secretary", since="2026-05-01")
    assert _by_code(compliance.evaluate("2026-05", today=D("2026-05-20")), code).state == "due"


def test_disabled_rule_is_skipped_and_change_is_audited(branch):
    compliance.update_rule("theme_day_monthly", enabled=False, who="书记")
    codes = {s.code for s in compliance.evaluate("2026-05", today=D("2026-05-20"))}
    assert "theme_day_monthly" not in codes
    assert "staff_study_monthly" in codes
    entry = AuditEntry.get(AuditEntry.table_name == "compliance_rule")
    assert json.loads(entry.changes) == {"enabled": [True, False]}
    assert entry.who == "书记"


def test_min_count_and_period_changes(branch):
    add_activity(branch, "2026-05-02", ["party_lecture"])
    info = compliance.update_rule("party_lecture_quarterly", min_count=2, period="month")
    assert info.label == "Party lecture: at least 2 per month"
    status = _by_code(compliance.evaluate("2026-05", today=D("2026-05-20")), info.code)
    assert (status.period, status.count, status.min_count, status.state) == ("2026-05", 1, 2, "due")
    assert any("Only 1 of the required 2" in t for t in compliance.reminders(D("2026-05-20")))


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"min_count": 0}, "min_count"),
        ({"min_count": "2"}, "min_count"),
        ({"period": "week"}, "period"),
    ],
)
def test_update_rule_rejects_bad_values(ledger, kwargs, field):
    with pytest.raises(ValidationError) as info:
        compliance.update_rule("theme_day_monthly", **kwargs)
    assert field in info.value.errors
    assert compliance.list_rules()[4].min_count == 1


def test_update_unknown_rule(ledger):
    with pytest.raises(ValidationError) as info:
        compliance.update_rule("no_such_rule", enabled=False)
    assert "code" in info.value.errors


def test_yearly_rule_warns_from_october(branch):
    sept = _by_code(compliance.evaluate("2026-09", today=D("2026-09-30")), "life_meeting_yearly")
    octo = _by_code(compliance.evaluate("2026-10", today=D("2026-10-01")), "life_meeting_yearly")
    assert (sept.state, sept.warning) == ("due", False)
    assert (octo.state, octo.warning) == ("due", True)
    label = "Organisational life meeting"
    assert not any(label in t and "this year" in t for t in compliance.reminders(D("2026-09-30")))
    assert any(label in t and "this year" in t for t in compliance.reminders(D("2026-10-01")))
    dec31 = _by_code(compliance.evaluate("2026-12", today=D("2026-12-31")), "life_meeting_yearly")
    jan1 = _by_code(compliance.evaluate("2026-12", today=D("2027-01-01")), "life_meeting_yearly")
    assert (dec31.state, jan1.state) == ("due", "overdue")
    assert any(label in t and "(2026)" in t for t in compliance.reminders(D("2027-01-01")))


def test_reminders_in_plain_words(branch):
    add_activity(branch, "2026-04-03", ["theme_day"])
    texts = compliance.reminders(D("2026-05-03"))
    assert "No Branch general meeting has been held this quarter yet" in texts
    assert "No Theme party day has taken place this month yet" in texts
    # Last month had its theme day, the last quarter had no general meeting.
    assert not any("Theme party day" in t and "last month" in t for t in texts)
    assert "No Branch general meeting was held last quarter (2026-Q1)" in texts
    add_activity(branch, "2026-05-04", ["branch_meeting", "theme_day"])
    texts = compliance.reminders(D("2026-05-05"))
    assert not any("this quarter" in t and "Branch general meeting" in t for t in texts)


def test_vote_passed_matches_the_majority_rule():
    for entitled in range(0, 12):
        for present in range(0, entitled + 1):
            for in_favour in range(0, present + 1):
                quorum = Fraction(present) > Fraction(entitled, 2)
                majority = Fraction(in_favour) > Fraction(entitled, 2)
                assert compliance.vote_passed(entitled, present, in_favour) == (quorum and majority)


def test_no_branch_gives_no_statuses(ledger):
    assert compliance.evaluate("2026-05", today=D("2026-05-20")) == []
    assert Person.select().count() == 0


def test_incomplete_records_name_what_is_missing(branch):
    from models.file.schema import Activity, Attendance
    from models.rules.compliance_records import MISSING_CODES, incomplete_records, missing_label

    host, recorder, member = make_people(branch, 3)
    full = dict(start_time="14:00", end_time="15:30", location="会议室", host=host,
                recorder=recorder, topic="学习党章")  # fmt: skip
    # name -> (field overrides, what is wrong with the attendance, codes expected to be reported)
    cases = {
        "complete": ({}, "", ()),
        "no_time": ({"end_time": ""}, "", ("time",)),
        "no_place_no_topic": ({"location": " ", "topic": ""}, "", ("location", "topic")),
        "no_people": ({"host": None, "recorder": None}, "", ("host", "recorder")),
        "no_attendance": ({}, "none", ("attendance",)),
        "only_deleted_attendance": ({}, "deleted", ("attendance",)),
        "absent_without_reason": ({}, "no reason", ("reason",)),
    }
    made = {}
    for day, (name, (overrides, attendance, _)) in enumerate(cases.items(), start=1):
        activity = Activity.create(
            branch=branch, primary_kind="theme_day", date=f"2026-05-{day:02d}",
            **{**full, **overrides},
        )  # fmt: skip
        made[activity.uuid] = name
        if attendance != "none":
            Attendance.create(
                activity=activity,
                person=member,
                status="present",
                deleted_at="2026-05-20" if attendance == "deleted" else None,
            )
        if attendance == "no reason":
            Attendance.create(activity=activity, person=host, status="absent", reason="")
    got = {r.activity_uuid: r.missing for r in incomplete_records("2026-05")}
    want = {uuid: cases[name][2] for uuid, name in made.items() if cases[name][2]}
    assert got == want
    assert len({missing_label(code) for code in MISSING_CODES}) == len(MISSING_CODES)
