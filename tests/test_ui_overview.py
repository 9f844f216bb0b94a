"""The overview: figures, compliance board, chart, and clicking through to the records."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

from models import services
from tests.ui_support import QT_MARKS, make_branch, raw, save_meeting, wait_loaded
from ui.overview.page import STATUS_ROLE, OverviewPage

pytestmark = QT_MARKS

TODAY = dt.date(2026, 10, 20)


def make_overview(ctx, qtbot, month: str = "2026-10") -> OverviewPage:
    page = OverviewPage(ctx)
    qtbot.addWidget(page)
    page.today = lambda: TODAY
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.set_month(month)
    return page


def shown(page: OverviewPage) -> dict[str, str]:
    return {key: card.value() for key, card in page.cards.items()}


def month_figures_by_sql(path, month: str) -> dict[str, float]:
    """The month's figures straight from the file (an independent count)."""
    start, end = f"{month}-01", f"{month}-32"
    live = "a.deleted_at IS NULL AND a.date >= ? AND a.date < ?"
    att = (
        "FROM attendance t JOIN activity a ON a.id = t.activity_id"
        f" WHERE t.deleted_at IS NULL AND {live}"
    )
    one = lambda sql: raw(path, sql, (start, end))[0][0] or 0  # noqa: E731
    return {
        "activities": one(f"SELECT COUNT(*) FROM activity a WHERE {live}"),
        "attendances": one(f"SELECT COUNT(*) {att} AND t.status IN ('present','late')"),
        "people": one(
            f"SELECT COUNT(DISTINCT t.person_id) {att} AND t.status IN ('present','late')"
        ),
        "expected": one(f"SELECT COUNT(*) {att} AND t.status <> 'excluded'"),
        "study_minutes": one(
            f"SELECT TOTAL(a.duration_min) FROM activity a WHERE {live} AND a.id IN"
            " (SELECT activity_id FROM activity_kind WHERE deleted_at IS NULL AND kind IN"
            " ('collective_study', 'seminar', 'staff_study', 'guided_lecture', 'study_visit',"
            " 'party_lecture', 'theme_day'))"
        ),
        "deeds": one(f"SELECT TOTAL(deeds_done + deeds_in_progress) FROM activity a WHERE {live}"),
    }


def test_figures_change_by_the_meetings_numbers(ctx, qtbot, english):
    people = make_branch(8)
    save_meeting(
        people[:5], "2026-10-03", "十月学习", kinds=("collective_study",), statuses={4: "absent"}
    )
    page = make_overview(ctx, qtbot)
    before = month_figures_by_sql(ctx.ledger.path, "2026-10")
    assert shown(page)["activities"] == str(before["activities"]) == "1"
    assert shown(page)["attendances"] == str(before["attendances"])

    # A 2-hour meeting of all 8: one late (counts as present), one on leave, one absent.
    statuses = {1: "late", 2: "leave", 3: "absent"}
    save_meeting(people, "2026-10-12", "支部党员大会", statuses=statuses)
    present = sum(1 for i in range(8) if statuses.get(i, "present") in ("present", "late"))
    present_people = {
        people[i] for i in range(8) if statuses.get(i, "present") in ("present", "late")
    }
    earlier_people = {people[i] for i in range(4)}  # the study: 0..3 present, 4 absent
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()
    after = shown(page)
    assert after["activities"] == str(before["activities"] + 1)
    assert after["attendances"] == str(before["attendances"] + present)
    assert after["people"] == str(len(present_people | earlier_people))
    # The 2-hour 支部党员大会 is not study: 学时 stay as they were.
    assert after["study_hours"] == f"{before['study_minutes'] / 60:.1f}".removesuffix(".0") + " h"
    expected_total = before["expected"] + 8
    rate = (before["attendances"] + present) / expected_total
    assert after["attendance_rate"] == f"{rate * 100:.1f}%"
    assert (
        int(after["activities"]) == month_figures_by_sql(ctx.ledger.path, "2026-10")["activities"]
    )


def test_compliance_board_and_click_through(ctx, qtbot, english):
    from ui.shell.main_window import MainWindow

    people = make_branch(4)
    held = save_meeting(people, "2026-10-09", "主题党日", kinds=("theme_day",))
    save_meeting(people, "2026-09-09", "九月主题党日", kinds=("theme_day",))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.overview.today = lambda: TODAY
    window.month_selector.set_month("2026-10")
    with qtbot.waitSignal(window.overview.loaded, timeout=10000):
        window.show()  # pages query the ledger when they are on screen
    board = window.overview.board
    items = [board.topLevelItem(i) for i in range(board.topLevelItemCount())]
    rules = {it.data(0, STATUS_ROLE).code: it for it in items if it.data(0, STATUS_ROLE)}
    theme = rules["theme_day_monthly"]
    assert theme.text(2) == "Done" and theme.text(1) == "1 / 1"
    assert rules["branch_meeting_quarterly"].text(2) == "Due"  # Q4 has not ended on TODAY
    # Clicking the rule shows exactly the records behind it in the meetings register.
    board.scrollToItem(theme)
    rect = board.visualItemRect(theme)
    qtbot.mouseClick(board.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key() == "meeting"
    page = window.registers["meeting"]
    wait_loaded(qtbot, page)
    assert [page.model.row_at(i).uuid for i in range(page.model.rowCount())] == [held]
    assert list(theme.data(0, STATUS_ROLE).activity_uuids) == [held]


def test_chart_shows_activities_per_month(ctx, qtbot, english):
    people = make_branch(3)
    for day in ("2026-10-02", "2026-10-20", "2026-08-05", "2025-11-30", "2025-10-31"):
        save_meeting(people, day, "会议 " + day)
    page = make_overview(ctx, qtbot)
    series = page.chart.series()
    assert [key for key, _label, _n in series][0] == "2025-11"
    assert series[-1][0] == "2026-10"
    by_sql = dict(
        raw(
            ctx.ledger.path,
            "SELECT substr(date,1,7), COUNT(*) FROM activity WHERE deleted_at IS NULL GROUP BY 1",
        )
    )
    assert [(k, n) for k, _l, n in series] == [(k, by_sql.get(k, 0)) for k, _l, _n in series]
    assert sum(n for *_rest, n in series) == 4  # 2025-10-31 is outside the 12 months


def test_month_selector_steps_the_overview(ctx, qtbot, english):
    from ui.shell.main_window import MainWindow

    make_branch(2)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.month_selector.set_month("2026-10")
    with qtbot.waitSignal(window.overview.loaded, timeout=10000):
        window.show()
    with qtbot.waitSignal(window.overview.loaded, timeout=10000):
        window.month_selector.step(-1)
    assert window.overview.month() == "2026-09"
    assert window.registers["study"].current_filter().date_from == "2026-09-01"
    assert services.current_branch() is not None


def test_clicking_a_month_in_the_chart_shows_that_month(ctx, qtbot, english):
    from ui.shell.main_window import MainWindow

    people = make_branch(2)
    save_meeting(people, "2026-07-08", "七月会议")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.overview.today = lambda: TODAY
    window.month_selector.set_month("2026-10")
    with qtbot.waitSignal(window.overview.loaded, timeout=10000):
        window.show()
    chart = window.overview.chart
    keys = [key for key, _label, _n in chart.series()]
    column = chart.width() / len(keys)
    x = int(column * keys.index("2026-07") + column / 2)
    with qtbot.waitSignal(window.overview.loaded, timeout=10000):
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(x, chart.height() // 2))
    assert window.month_selector.month() == "2026-07"
    assert window.overview.cards["activities"].value() == "1"


def test_reminders_open_the_records_of_their_rule(ctx, qtbot, english):
    """On 2026-10-20 with no branch general meeting since June: Q4's is due, Q3's was missed;
    clicking a reminder asks for the meetings register of that rule's kind and period."""
    people = make_branch(4)
    save_meeting(people, "2026-06-10", "第二季度支部党员大会")
    page = make_overview(ctx, qtbot)
    items = [page.reminders.item(i) for i in range(page.reminders.count())]
    by_period = {
        it.data(STATUS_ROLE).period: it
        for it in items
        if it.data(STATUS_ROLE) is not None and it.data(STATUS_ROLE).kind == "branch_meeting"
    }
    assert set(by_period) == {"2026-Q3", "2026-Q4"}
    assert by_period["2026-Q3"].data(STATUS_ROLE).state == "overdue"
    assert by_period["2026-Q4"].data(STATUS_ROLE).state == "due"
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    rect = page.reminders.visualItemRect(by_period["2026-Q3"])
    with qtbot.waitSignal(page.show_records, timeout=5000) as signal:
        qtbot.mouseClick(page.reminders.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["meeting", ("branch_meeting",), "2026-07-01", "2026-09-30"]


def test_figure_cards_open_the_records_behind_them(ctx, qtbot, english, monkeypatch):
    """A figure spans the three registers: its card offers them, each showing the month's
    records; 件 (good deeds) goes straight to the month's volunteer work."""
    from PySide6.QtWidgets import QMenu

    from ui.shell.main_window import MainWindow

    people = make_branch(4)
    save_meeting(people, "2026-10-09", "十月支部党员大会")
    studied = save_meeting(people, "2026-10-12", "十月集中学习", kinds=("collective_study",))
    save_meeting(people, "2026-09-12", "九月集中学习", kinds=("collective_study",))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.overview.today = lambda: TODAY
    window.month_selector.set_month("2026-10")
    with qtbot.waitSignal(window.overview.loaded, timeout=10000):
        window.show()
    card = window.overview.cards["activities"]
    assert card.is_clickable() and card.value() == "2"
    offered: list[QMenu] = []

    def choose_study(_page, menu: QMenu, _pos) -> None:
        offered.append(menu)
        [study] = [a for a in menu.actions() if a.text() == "Study of the month"]
        study.trigger()

    monkeypatch.setattr(OverviewPage, "exec_menu", choose_study)
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=card.rect().center())
    assert [a.text() for a in offered[0].actions()] == [
        "Meetings of the month",
        "Study of the month",
        "Volunteer work of the month",
    ]
    assert window.current_key() == "study"
    page = window.registers["study"]
    wait_loaded(qtbot, page)
    assert [page.model.row_at(i).uuid for i in range(page.model.rowCount())] == [studied]

    deeds = window.overview.cards["deeds"]
    with qtbot.waitSignal(window.overview.show_records, timeout=5000) as signal:
        deeds.setFocus()
        qtbot.keyClick(deeds, Qt.Key.Key_Return)  # the keyboard works as well as the mouse
    assert signal.args == ["volunteer", (), "2026-10-01", "2026-10-31"]
