"""The 计划与整改 page driven through its widgets; every result checked in the file with sqlite3."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.followup_helpers import make_branch, members_on, raw
from tests.ui_support import QT_MARKS
from ui.followup.page import FollowupPage
from ui.overview.page import FOLLOWUP_ROLE, OverviewPage

pytestmark = QT_MARKS

TODAY = dt.date(2026, 10, 15)


@pytest.fixture
def page(ctx, qtbot, english):
    made = make_branch()
    page = FollowupPage(ctx)
    page.today = lambda: TODAY
    page.set_month("2026-10")
    page.refresh()
    qtbot.addWidget(page)
    page.resize(1366, 768)
    return page, made


def drive(page, fill):
    """Answer the next dialog the page opens with `fill(dialog)`, then Save."""
    seen = []

    def run(dialog):
        seen.append(dialog)
        fill(dialog)
        return dialog.save()

    page.run_dialog = run
    return seen


def pick(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def table_column(section, column: int) -> list[str]:
    return [section.table.item(r, column).text() for r in range(section.table.rowCount())]


def test_a_recurring_entry_is_planned_and_one_item_recorded_as_held(page, ledger_path, qtbot):
    page, made = page

    def entry(d):
        pick(d.kind, "theme_day")
        d.topic.setText("主题党日")
        pick(d.recurrence, "monthly")
        pick(d.week, 1)
        pick(d.weekday, 5)
        d.responsible.set_person(made.people["王芳"])

    dialogs = drive(page, entry)
    page.show()
    qtbot.waitExposed(page)
    qtbot.mouseClick(page.findChild(QPushButton, "planAdd"), Qt.MouseButton.LeftButton)
    assert dialogs and not dialogs[0].errors.shown, dialogs[0].errors.shown
    rows = raw(ledger_path, "SELECT planned_on FROM plan_item ORDER BY 1")
    assert len(rows) == 12 and page.plan.table.rowCount() == 12
    october = next(i for i, (d,) in enumerate(rows) if d.startswith("2026-10"))
    day = rows[october][0]

    def record(d):
        d.fields.start_time.setText("14:00")
        d.fields.end_time.setText("15:30")
        qtbot.mouseClick(d.attendance.all_present_button, Qt.MouseButton.LeftButton)

    dialogs = drive(page, record)
    page.plan.select_row(october)
    page.record_plan_item()
    (editor,) = dialogs
    activity = raw(
        ledger_path,
        "SELECT a.uuid, a.date, a.topic, k.kind, (SELECT p.uuid FROM person p WHERE p.id ="
        " a.host_id) FROM activity a JOIN activity_kind k ON k.activity_id = a.id",
    )
    assert activity and activity[0][1:] == (day, "主题党日", "theme_day", made.people["王芳"])
    present = {u for (u,) in raw(ledger_path, "SELECT p.uuid FROM attendance t JOIN person p"
                                 " ON p.id = t.person_id")}  # fmt: skip
    assert present == set(members_on(ledger_path, day))  # the expected people were filled in
    linked = raw(ledger_path, "SELECT a.uuid FROM plan_item i JOIN activity a"
                 " ON a.id = i.activity_id")  # fmt: skip
    assert linked == [(activity[0][0],)]
    assert "Held" in page.plan.table.item(october, 5).text()
    assert editor.isHidden()


def test_review_results_and_members_not_assessed(page, ledger_path):
    page, made = page

    def result(d):
        d.member.set_person(made.people["李明"])
        pick(d.grade, "excellent")
        d.decided_on.setText("2026/9/30")

    drive(page, result)
    page.add_review()
    assert raw(ledger_path, "SELECT grade, decided_on, year FROM review_result") == [
        ("excellent", "2026-09-30", 2026)
    ]
    members = members_on(ledger_path, TODAY.isoformat())
    expected = sorted(n for u, n in members.items() if u != made.people["李明"])
    side = page.review.side
    assert sorted(side.item(i).text() for i in range(side.count())) == expected

    def duplicate(d):
        d.member.set_person(made.people["李明"])

    dialogs = drive(page, duplicate)
    page.add_review()
    assert dialogs[0].errors.shown.keys() == {"person"}
    assert raw(ledger_path, "SELECT COUNT(*) FROM review_result") == [(1,)]


def test_rectification_item_overdue_and_field_errors(page, ledger_path):
    page, made = page

    def empty(d):
        d.found_on.setText("2026-01-10")

    dialogs = drive(page, empty)
    page.add_item()
    assert "description" in dialogs[0].errors.shown
    assert raw(ledger_path, "SELECT COUNT(*) FROM rectification_item") == [(0,)]

    def item(d):
        d.description.setPlainText("理论学习不够深入")
        d.found_on.setText("2026-01-10")
        d.owner.set_person(made.people["张伟"])
        d.deadline.setText("2026-06-30")
        pick(d.category, "Theoretical study")

    drive(page, item)
    page.add_item()
    stored = raw(ledger_path, "SELECT status, deadline, category FROM rectification_item")
    assert stored == [("in_progress", "2026-06-30", "Theoretical study")]
    late = stored[0][1] < TODAY.isoformat()
    assert page.rectification.table.item(0, 7).text() == ("Overdue" if late else "In progress")
    assert "1 overdue" in page.rectification.summary.text()


def test_talks_and_the_missing_pairs(page, ledger_path):
    page, made = page
    p = made.people

    def talk(d):
        d.day.setText("2026-09-01")
        pick(d.kind, "committee_member")
        d.who.set_person(p["李明"])
        d.other.set_person(p["陈静"])
        d.points.setPlainText("交流思想")

    drive(page, talk)
    page.add_talk()
    assert raw(ledger_path, "SELECT date, kind, points FROM talk") == [
        ("2026-09-01", "committee_member", "交流思想")
    ]
    members = members_on(ledger_path, TODAY.isoformat())
    committee = [p[n] for n in made.committee]
    pairs = {frozenset((c, m)) for c, m in itertools.product(committee, members) if c != m}
    missing = pairs - {frozenset((p["李明"], p["陈静"]))}
    assert page.talks.side.count() == len(missing)
    assert f"{len(pairs) - len(missing)} of {len(pairs)}" in page.talks.summary.text()


def test_the_documents_are_saved_from_the_page(page, tmp_path):
    page, _made = page
    for kind in ("plan", "review", "rectification"):
        assert page.export(kind, tmp_path / f"{kind}.pdf")
        assert (tmp_path / f"{kind}.pdf").read_bytes().startswith(b"%PDF")
        assert page.export(kind, tmp_path / f"{kind}.xlsx")
        assert (tmp_path / f"{kind}.xlsx").read_bytes().startswith(b"PK")


def test_overview_shows_planned_vs_held_and_opens_the_follow_up(ctx, qtbot, english):
    from models import services

    made = make_branch()
    services.add_plan_entry(
        services.PlanEntryInput(kind="theme_day", topic="主题党日", date="2026-10-09")
    )
    services.save_rectification(
        services.RectificationInput("整改问题", "2026-01-10", deadline="2026-03-31",
                                    owner_uuid=made.people["张伟"])
    )  # fmt: skip
    overview = OverviewPage(ctx)
    overview.today = lambda: TODAY
    qtbot.addWidget(overview)
    with qtbot.waitSignal(overview.loaded, timeout=10000):
        overview.set_month("2026-10")
    assert "Planned this month: 1, held 0" in overview.plan_line.text()
    items = [overview.reminders.item(i) for i in range(overview.reminders.count())]
    overdue = [i for i in items if i.data(FOLLOWUP_ROLE) == "rectification"]
    assert len(overdue) == 1 and "整改问题" in overdue[0].text()
    with qtbot.waitSignal(overview.followup_requested) as signal:
        overview._on_reminder_activated(overdue[0])
    assert signal.args == ["rectification"]


def test_a_record_saved_elsewhere_counts_when_the_page_is_shown_again(page, ledger_path, qtbot):
    from models import services

    page, _made = page
    services.add_plan_entry(
        services.PlanEntryInput(kind="party_lecture", topic="党课", date="2026-10-08")
    )
    page.show()
    qtbot.waitExposed(page)
    assert page.plan.table.item(0, 5).text() == "Planned"
    page.hide()
    services.save_activity(
        services.ActivityInput(kinds=["party_lecture"], date="2026-10-20", topic="党课")
    )
    page.show()
    qtbot.waitExposed(page)
    held = raw(ledger_path, "SELECT COUNT(*) FROM activity WHERE date LIKE '2026-10-%'")[0][0]
    assert held == 1 and page.plan.table.item(0, 5).text().startswith("Held")
