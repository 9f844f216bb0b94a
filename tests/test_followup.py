"""The year's plan, 民主评议 results, 问题整改台账 and 谈心谈话 through the services; every expected
figure is computed here from the calendar or from the file with plain sqlite3."""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import shutil
from pathlib import Path

import pytest

from models import services
from models.errors import ValidationError
from models.file.ledger import open_ledger
from tests.followup_helpers import make_branch, members_on, raw

FIXTURE_V1 = Path(__file__).resolve().parent / "data" / "ledger-v1.ledger"


@pytest.fixture
def branch(ledger):
    return make_branch()


def _weekdays(year: int, month: int, weekday: int) -> list[dt.date]:
    """Every `weekday` (0 Monday) of a month, by walking its days."""
    days = calendar.monthrange(year, month)[1]
    return [
        dt.date(year, month, d)
        for d in range(1, days + 1)
        if dt.date(year, month, d).weekday() == weekday
    ]


# --- plan ---------------------------------------------------------------------------------------


def test_recurring_entries_expand_into_dated_items(branch, ledger_path):
    first_fridays = services.add_plan_entry(
        services.PlanEntryInput(
            kind="committee_meeting",
            topic="支委会",
            recurrence="monthly",
            year=2026,
            week=1,
            weekday=5,
            responsible_uuid=branch.people["李明"],
        )
    )
    lectures = services.add_plan_entry(
        services.PlanEntryInput(
            kind="party_lecture",
            theme="党的二十届三中全会精神",
            recurrence="quarterly",
            year=2026,
            week=5,  # the last
            weekday=1,
            month_in_quarter=2,
        )
    )
    assert len(first_fridays) == 12 and len(lectures) == 4
    expected = sorted(
        [_weekdays(2026, m, 4)[0].isoformat() for m in range(1, 13)]
        + [_weekdays(2026, m, 0)[-1].isoformat() for m in (2, 5, 8, 11)]
    )
    stored = [d for (d,) in raw(ledger_path, "SELECT planned_on FROM plan_item ORDER BY 1")]
    assert stored == expected
    series = raw(ledger_path, "SELECT kind, COUNT(DISTINCT series) FROM plan_item GROUP BY kind")
    assert dict(series) == {"committee_meeting": 1, "party_lecture": 1}
    rows = services.list_plan(2026, dt.date(2026, 1, 1))
    assert [r.planned_on for r in rows] == expected
    assert {r.responsible for r in rows if r.kind == "committee_meeting"} == {"李明"}


def test_bad_plan_entry_names_its_fields(branch):
    with pytest.raises(ValidationError) as info:
        services.add_plan_entry(
            services.PlanEntryInput(kind="nonsense", recurrence="monthly", year=26, weekday=9)
        )
    assert {"kind", "topic", "year", "weekday"} <= set(info.value.errors)
    with pytest.raises(ValidationError) as info:
        services.add_plan_entry(
            services.PlanEntryInput(kind="theme_day", topic="x", date="2026-02-30")
        )
    assert set(info.value.errors) == {"date"}


def _activity(kind: str, day: str, topic: str = "活动") -> str:
    return services.save_activity(
        services.ActivityInput(kinds=[kind], date=day, topic=topic, start_time="14:00",
                               end_time="15:00")
    )  # fmt: skip


def test_planned_vs_held(branch, ledger_path):
    today = dt.date(2026, 4, 10)
    services.add_plan_entry(
        services.PlanEntryInput(
            kind="theme_day", topic="主题党日", recurrence="monthly", year=2026, from_month=1,
            to_month=6, week=1, weekday=5,
        )
    )  # fmt: skip
    lecture = services.add_plan_entry(
        services.PlanEntryInput(kind="party_lecture", topic="党课", date="2026-03-20")
    )[0]
    # Held: January and March theme days (records of the kind in the month); the lecture by link
    # to a record made in another month; February's theme day was deleted; April is running.
    _activity("theme_day", "2026-01-09")
    deleted = _activity("theme_day", "2026-02-06")
    services.delete_activity(deleted)
    _activity("theme_day", "2026-03-06")
    made = _activity("party_lecture", "2026-04-02", "迟到的党课")
    services.link_plan_item(lecture, made)

    rows = services.list_plan(2026, today)
    # Independently: an item is held when linked to a live activity, or when a live activity
    # of its kind (not linked elsewhere) lies in its month.
    live = raw(
        ledger_path,
        "SELECT a.id, a.date, k.kind FROM activity a JOIN activity_kind k ON k.activity_id = a.id"
        " WHERE a.deleted_at IS NULL AND k.deleted_at IS NULL",
    )
    items = raw(
        ledger_path,
        "SELECT uuid, planned_on, kind, activity_id FROM plan_item WHERE deleted_at IS NULL",
    )
    linked = {a for *_x, a in items if a}
    expected = {}
    for uuid, day, kind, activity_id in items:
        if activity_id in {a for a, *_ in live}:
            expected[uuid] = "held"
        elif any(d[:7] == day[:7] and k == kind and a not in linked for a, d, k in live):
            expected[uuid] = "held"
        elif day[:7] < today.isoformat()[:7]:
            expected[uuid] = "missed"
        else:
            expected[uuid] = "pending"
    assert {r.uuid: r.status for r in rows} == expected
    assert sorted(expected.values()) == ["held"] * 3 + ["missed"] + ["pending"] * 3

    summary = services.plan_summary("2026", today)
    assert (summary.planned, summary.held, summary.missed, summary.pending) == (
        len(items),
        list(expected.values()).count("held"),
        list(expected.values()).count("missed"),
        list(expected.values()).count("pending"),
    )
    march = services.plan_summary("2026-03", today)
    in_march = [u for u, d, *_ in items if d.startswith("2026-03")]
    assert (march.planned, march.held) == (
        len(in_march),
        sum(expected[u] == "held" for u in in_march),
    )


def test_a_planned_item_becomes_a_record(branch, ledger_path):
    (item,) = services.add_plan_entry(
        services.PlanEntryInput(
            kind="branch_meeting",
            topic="学习党章",
            date="2026-05-08",
            responsible_uuid=branch.people["王芳"],
        )
    )
    data = services.activity_from_plan(item)
    assert (data.kinds, data.date, data.topic, data.host_uuid) == (
        ["branch_meeting"],
        "2026-05-08",
        "学习党章",
        branch.people["王芳"],
    )
    # The editor fills the expected people for a new record from these fields.
    expected = {p.uuid for p in services.expected_people(data.date, data.kinds)}
    assert expected == set(members_on(ledger_path, "2026-05-08"))
    data.start_time, data.end_time = "14:00", "15:00"
    activity = services.save_activity(data)
    services.link_plan_item(item, activity)
    (row,) = services.list_plan(2026, dt.date(2026, 12, 31))
    assert (row.status, row.activity_uuid, row.held_on) == ("held", activity, "2026-05-08")


# --- 民主评议 ------------------------------------------------------------------------------------


def test_review_counts_per_grade_and_members_not_assessed(branch, ledger_path):
    grades = {
        "李明": "excellent",
        "王芳": "qualified",
        "张伟": "qualified",
        "陈静": "basically_qualified",
    }
    for name, grade in grades.items():
        services.save_review(
            services.ReviewInput(
                branch.people[name], 2026, grade, "自评", "互评", decided_on="2026-12-20"
            )
        )
    services.save_review(services.ReviewInput(branch.people["杨磊"], 2025, "unqualified"))
    summary = services.review_summary(2026, dt.date(2027, 1, 5))
    counts = dict(
        raw(
            ledger_path,
            "SELECT grade, COUNT(*) FROM review_result WHERE year = 2026 AND deleted_at IS NULL"
            " GROUP BY grade",
        )
    )
    assert summary.counts == {
        g: counts.get(g, 0)
        for g in ("excellent", "qualified", "basically_qualified", "unqualified")
    }
    assessed = {u for (u,) in raw(ledger_path, "SELECT p.uuid FROM review_result r JOIN person p"
                                  " ON p.id = r.person_id WHERE r.year = 2026")}  # fmt: skip
    members = members_on(ledger_path, "2026-12-31")
    assert sorted(n for _u, n in summary.not_assessed) == sorted(
        n for u, n in members.items() if u not in assessed
    )
    assert "刘洋" not in {n for _u, n in summary.not_assessed}  # transferred out in June
    assert "黄强" not in {n for _u, n in summary.not_assessed}  # an activist is not assessed
    assert summary.expected == len(members)


def test_one_result_per_member_and_year(branch, ledger_path):
    first = services.save_review(services.ReviewInput(branch.people["李明"], 2026, "qualified"))
    with pytest.raises(ValidationError) as info:
        services.save_review(services.ReviewInput(branch.people["李明"], 2026, "excellent"))
    assert set(info.value.errors) == {"person"}
    services.delete_review(first)
    again = services.save_review(services.ReviewInput(branch.people["李明"], 2026, "excellent"))
    assert again == first  # revived, not duplicated: the bureau sees one record
    assert raw(ledger_path, "SELECT grade, rev, deleted_at FROM review_result") == [
        ("excellent", 3, None)
    ]
    with pytest.raises(ValidationError) as info:
        services.save_review(services.ReviewInput(branch.people["王芳"], 2026, "good"))
    assert set(info.value.errors) == {"grade"}


# --- 整改 -----------------------------------------------------------------------------------------


def test_rectification_status_is_derived_from_the_deadline(branch, ledger_path):
    owner = branch.people["张伟"]
    late = services.save_rectification(
        services.RectificationInput("理论学习不够深入", "2026-01-10", category="理论学习",
                                    owner_uuid=owner, deadline="2026-03-31")
    )  # fmt: skip
    services.save_rectification(
        services.RectificationInput("联系群众不够", "2026-01-10", deadline="2026-12-31")
    )
    services.save_rectification(
        services.RectificationInput("制度执行不严", "2026-01-10", deadline="2026-02-28",
                                    status="done", completed_on="2026-02-20", evidence="已修订制度")
    )  # fmt: skip
    today = dt.date(2026, 4, 1)
    rows = services.list_rectifications(2026, today)
    stored = raw(ledger_path, "SELECT uuid, status, deadline FROM rectification_item")
    expected = {
        u: "overdue" if s == "in_progress" and d < today.isoformat() else s for u, s, d in stored
    }
    assert {r.uuid: r.status for r in rows} == expected
    from models.rules.followup import reminders

    texts = [r.text for r in reminders(today) if r.section == "rectification"]
    assert len(texts) == 1 and "理论学习不够深入" in texts[0] and "张伟" in texts[0]
    assert late in expected
    # Completed on time: no longer overdue; the reminder goes away.
    services.save_rectification(
        services.RectificationInput("理论学习不够深入", "2026-01-10", owner_uuid=owner,
                                    deadline="2026-03-31", status="done",
                                    completed_on="2026-04-01", evidence="学习记录", uuid=late)
    )  # fmt: skip
    assert not [r for r in reminders(today) if r.section == "rectification"]


def test_rectification_fields_are_checked(branch):
    with pytest.raises(ValidationError) as info:
        services.save_rectification(
            services.RectificationInput(" ", "2026-13-01", status="done", deadline="2025-01-01")
        )
    assert {"description", "found_on", "completed_on"} <= set(info.value.errors)
    with pytest.raises(ValidationError) as info:
        services.save_rectification(
            services.RectificationInput("x", "2026-05-01", deadline="2026-04-01")
        )
    assert set(info.value.errors) == {"deadline"}


def test_categories_are_an_editable_list(branch):
    assert len(services.rectification_categories()) == 7
    services.set_rectification_categories(["学习", " 作风 ", "学习", ""])
    assert services.rectification_categories() == ["学习", "作风"]
    with pytest.raises(ValidationError) as info:
        services.set_rectification_categories([" "])
    assert set(info.value.errors) == {"categories"}


# --- 谈心谈话 -------------------------------------------------------------------------------------


def test_talk_coverage_lists_the_missing_pairs(branch, ledger_path):
    p = branch.people
    talks = [("李明", "王芳"), ("王芳", "陈静"), ("杨磊", "张伟"), ("李明", "赵敏")]
    for a, b in talks:
        services.save_talk(
            services.TalkInput("2026-09-01", p[a], "committee_member", other_uuid=p[b],
                               points="交流思想")
        )  # fmt: skip
    services.save_talk(
        services.TalkInput("2025-09-01", p["张伟"], "committee_member", other_uuid=p["陈静"])
    )  # fmt: skip  (last year)
    services.save_talk(services.TalkInput("2026-09-02", p["李明"], "applicant",
                                          other_name="周小红"))  # fmt: skip
    coverage = services.talk_coverage(2026, dt.date(2026, 10, 15))
    members = members_on(ledger_path, "2026-10-15")
    committee = {p[n] for n in branch.committee}
    done = {
        frozenset(pair)
        for pair in raw(
            ledger_path,
            "SELECT a.uuid, b.uuid FROM talk t JOIN person a ON a.id = t.person_id"
            " JOIN person b ON b.id = t.other_id WHERE t.date LIKE '2026-%'",
        )
    }
    should = {frozenset((c, m)) for c, m in itertools.product(committee, members) if c != m}
    missing = should - done
    assert coverage.pairs == len(should)
    assert coverage.covered == len(should) - len(missing)
    names = {u: n for n, u in p.items()}
    assert sorted(tuple(sorted(names[u] for u in pair)) for pair in missing) == sorted(
        tuple(sorted(pair)) for pair in coverage.missing
    )
    assert ("张伟", "陈静") in coverage.missing  # last year's talk does not count


def test_talk_needs_two_people(branch):
    with pytest.raises(ValidationError) as info:
        services.save_talk(
            services.TalkInput("2026-09-01", branch.people["李明"], "committee_member",
                               other_uuid=branch.people["李明"])
        )  # fmt: skip
    assert set(info.value.errors) == {"other"}
    with pytest.raises(ValidationError) as info:
        services.save_talk(services.TalkInput("2026-09-01", "", "chat"))
    assert {"person", "kind", "other"} <= set(info.value.errors)


# --- 换届 -----------------------------------------------------------------------------------------


def test_election_reminder_six_months_before_the_term_ends(ledger):
    make_branch(elected_on="2024-03-15")
    due = dt.date(2024 + 3, 3, 15)
    warn = dt.date(2026, 9, 15)  # six months before
    assert services.election_due(warn - dt.timedelta(days=1)).state == "ok"
    assert services.election_due(warn).state == "due"
    assert services.election_due(due).state == "overdue"
    assert services.election_due(warn).due_on == due.isoformat()
    texts = [r.text for r in services.followup_reminders(warn) if r.section == "branch"]
    # The date reads as running text does (3/15/2027 in English, 2027年3月15日 in Chinese).
    assert len(texts) == 1 and f"{due.month}/{due.day}/{due.year}" in texts[0]
    assert not [r for r in services.followup_reminders(warn - dt.timedelta(days=1))
                if r.section == "branch"]  # fmt: skip


# --- older files ---------------------------------------------------------------------------


def test_a_format_1_ledger_gains_the_tables(tmp_path):
    copy = tmp_path / "old.ledger"
    shutil.copy(FIXTURE_V1, copy)
    with open_ledger(copy, readonly=True):
        assert services.list_plan(2026) == []  # not upgraded: simply nothing planned yet
        assert services.list_rectifications() == []
    with open_ledger(copy):
        assert services.list_talks(2026) == []
        who = next(iter(services.list_people()))
        services.save_talk(services.TalkInput("2026-01-05", who.uuid, "member_member",
                                              other_name="某人"))  # fmt: skip
    assert raw(copy, "SELECT COUNT(*) FROM talk") == [(1,)]
