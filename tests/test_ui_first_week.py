"""A new secretary's first week (issue 12): people on the roster from a chosen date, typed names
that are people or are refused, typed dates, and Enter that never saves the record. Driven
through the widgets; every outcome is checked in the ledger with plain sqlite3."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDateEdit, QDialog, QWidget

from models import services as s
from tests.editing_helpers import make_branch
from ui.followup.dialogs import PlanEntryDialog, RectificationDialog, TalkDialog
from ui.people.person_dialog import PersonDialog
from ui.people.status_dialog import PersonStatusDialog
from ui.records.editor import ATTENDANCE_TAB, CONTENT_TAB, ActivityDialog
from ui.settings.page import SettingsPage
from ui.settings.setup_dialog import SetupDialog
from ui.shell.context import AppContext

# Typing into a name box opens its completion popup; the offscreen platform notes that it
# cannot raise it or grab the keyboard for it: harmless, like the size-hint note.
pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore(
        "propagateSizeHints", "does not support raise", "does not support grabbing"
    ),
]

TODAY = dt.date.today()
# A meeting last week (kept inside this year: people entered without dates count from 1 January).
LAST_WEEK = max(TODAY - dt.timedelta(days=7), dt.date(TODAY.year, 1, 1)).isoformat()


def line(widget: QWidget):
    """The line edit the user types into (a date field's, a combo box's, or the widget)."""
    if hasattr(widget, "lineEdit") and widget.lineEdit() is not None:
        return widget.lineEdit()
    return getattr(widget, "edit", widget)


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Select what the field holds and type `text` over it (Chinese as an input method
    commits it), then leave the field with Tab."""
    edit = line(widget)
    window = edit.window()
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    edit.setFocus()
    edit.selectAll()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(edit, event)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def raw(path, sql: str, params: tuple = ()) -> list[tuple]:
    with sqlite3.connect(path) as con:
        return con.execute(sql, params).fetchall()


def open_editor(qtbot, ctx, kinds=("branch_meeting",), day: str = LAST_WEEK) -> ActivityDialog:
    dialog = ActivityDialog(ctx, initial=s.ActivityInput(kinds=list(kinds), date=day))
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


@pytest.fixture
def branch(ledger, ledger_path):
    _info, people = make_branch()
    return AppContext(ledger=ledger), people, ledger_path


# --- (1) people exist from the date they joined, not from today ----------------------------------


def test_the_secretary_from_setup_hosts_last_weeks_meeting_by_typed_name(
    ledger, ledger_path, qtbot
):
    ctx = AppContext(ledger=ledger)
    setup = SetupDialog(ctx)
    qtbot.addWidget(setup)
    setup.show()
    type_into(qtbot, setup.name, "第一实验小学党支部")
    type_into(qtbot, setup.secretary, "陈静")
    with qtbot.waitSignal(setup.branch_created):
        qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    since = raw(
        ledger_path,
        "SELECT s.effective_on FROM person_status s JOIN person p ON p.id = s.person_id"
        " WHERE p.name = '陈静'",
    )
    assert since == [(dt.date(TODAY.year, 1, 1).isoformat(),)]  # the default: 1 January

    dialog = open_editor(qtbot, ctx)
    type_into(qtbot, dialog.fields.topic, "补记上周的支部党员大会")
    type_into(qtbot, dialog.fields.host, "陈静")
    type_into(qtbot, dialog.fields.recorder, "陈静")
    dialog.tabs.setCurrentIndex(ATTENDANCE_TAB)
    qtbot.mouseClick(dialog.attendance.all_present_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.record_saved):
        dialog.save_button.click()
    stored = raw(
        ledger_path,
        "SELECT a.date, h.name, r.name FROM activity a LEFT JOIN person h ON h.id = a.host_id"
        " LEFT JOIN person r ON r.id = a.recorder_id",
    )
    assert stored == [(LAST_WEEK, "陈静", "陈静")]
    attended = raw(
        ledger_path,
        "SELECT p.name, t.status FROM attendance t JOIN person p ON p.id = t.person_id",
    )
    assert attended == [("陈静", "present")]


def test_setup_takes_the_roster_date_from_the_join_date(ledger, ledger_path, qtbot):
    setup = SetupDialog(AppContext(ledger=ledger))
    qtbot.addWidget(setup)
    setup.show()
    type_into(qtbot, setup.name, "实验中学党支部")
    type_into(qtbot, setup.secretary, "周杰")
    type_into(qtbot, setup.secretary_joined, "2001年7月1日")
    with qtbot.waitSignal(setup.branch_created):
        qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    rows = raw(
        ledger_path,
        "SELECT p.joined_on, s.effective_on FROM person p JOIN person_status s"
        " ON s.person_id = p.id",
    )
    assert rows == [("2001-07-01", "2001-07-01")]


def test_a_typed_name_not_on_the_roster_that_day_is_refused_not_saved_blank(branch, qtbot):
    ctx, people, path = branch
    s.save_person(s.PersonInput(name="孙悦", joined_on=None, on_roster_since=TODAY.isoformat()))
    dialog = open_editor(qtbot, ctx)
    type_into(qtbot, dialog.fields.topic, "支部党员大会")
    type_into(qtbot, dialog.fields.host, "孙悦")
    dialog.save_button.click()
    assert raw(path, "SELECT count(*) FROM activity") == [(0,)]
    assert dialog.isVisible()
    assert "孙悦" in dialog.errors.shown.get("host", "")
    message = dialog.fields._messages["host"]
    assert message.isVisibleTo(dialog) and "孙悦" in message.text()


def test_a_chosen_host_who_drops_off_the_list_when_the_date_moves_is_reported(branch, qtbot):
    ctx, people, path = branch
    late = s.save_person(s.PersonInput(name="孙悦", on_roster_since=LAST_WEEK))
    dialog = open_editor(qtbot, ctx)
    type_into(qtbot, dialog.fields.topic, "支部党员大会")
    dialog.fields.host.set_person(late)
    type_into(qtbot, dialog.fields.date, "2020-06-01")  # before 孙悦 was on the roster
    dialog.save_button.click()
    assert raw(path, "SELECT count(*) FROM activity") == [(0,)]
    assert "孙悦" in dialog.errors.shown.get("host", "")


def test_the_person_editor_moves_the_on_roster_date(branch, qtbot):
    ctx, people, path = branch
    uuid = s.save_person(s.PersonInput(name="孙悦", on_roster_since=TODAY.isoformat()))
    dialog = PersonDialog(ctx, person_uuid=uuid)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.on_roster_since
    assert field.isEnabled()
    type_into(qtbot, field, "2024.9.1")
    with qtbot.waitSignal(dialog.record_saved):
        dialog.save_button.click()
    rows = raw(
        path,
        "SELECT s.effective_on, s.status FROM person_status s JOIN person p"
        " ON p.id = s.person_id WHERE p.uuid = ?",
        (uuid,),
    )
    assert rows == [("2024-09-01", "active")]
    # and the move is in the audit log
    assert (
        raw(path, "SELECT count(*) FROM audit_entry WHERE table_name = 'person_status'")[0][0] >= 1
    )


def test_a_person_added_without_dates_is_on_the_roster_from_the_first_of_january(branch, qtbot):
    ctx, people, path = branch
    dialog = PersonDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.name, "马丽")
    dialog.category.setCurrentIndex(dialog.category.findData("staff"))
    with qtbot.waitSignal(dialog.record_saved):
        dialog.save_button.click()
    rows = raw(
        path,
        "SELECT s.effective_on FROM person_status s JOIN person p ON p.id = s.person_id"
        " WHERE p.name = '马丽'",
    )
    assert rows == [(dt.date(TODAY.year, 1, 1).isoformat(),)]


def test_add_to_the_list_takes_a_typed_name_and_says_why_when_it_cannot(branch, qtbot):
    ctx, people, path = branch
    dialog = open_editor(qtbot, ctx, kinds=("volunteer",))
    dialog.tabs.setCurrentIndex(ATTENDANCE_TAB)
    table = dialog.attendance
    assert table.person_uuids() == []  # volunteer work starts with an empty list
    type_into(qtbot, table.add_combo, "李娜")
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert table.person_uuids() == [people["李娜"]]
    type_into(qtbot, table.add_combo, "无此人")
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert table.person_uuids() == [people["李娜"]]
    assert table.add_message.isVisibleTo(dialog) and "无此人" in table.add_message.text()


# --- (2) typed dates and the calendar -------------------------------------------------------------


@pytest.mark.parametrize("typed", ["2025-11-20", "2025.11.20", "20251120", "2025年11月20日"])
def test_the_record_date_takes_a_typed_date_and_tab_moves_on(branch, qtbot, typed):
    ctx, people, path = branch
    dialog = open_editor(qtbot, ctx, day="2026-03-05")
    type_into(qtbot, dialog.fields.date, typed)
    assert dialog.collect().date == "2025-11-20"
    # Tab left the date for the next field, not the date's next section
    assert QApplication.focusWidget() is dialog.fields.start_time


@pytest.mark.parametrize("typed", ["2025-11-20", "2025.11.20", "20251120", "2025年11月20日"])
def test_the_status_change_date_takes_a_typed_date(branch, qtbot, typed):
    ctx, people, path = branch
    dialog = PersonStatusDialog(ctx, people["王芳"], "王芳")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.status.setCurrentIndex(dialog.status.findData("transferred"))
    type_into(qtbot, dialog.effective_on, typed)
    with qtbot.waitSignal(dialog.status_changed):
        dialog.buttons.accepted.emit()
    rows = raw(
        path,
        "SELECT s.effective_on FROM person_status s JOIN person p ON p.id = s.person_id"
        " WHERE p.uuid = ? AND s.status = 'transferred'",
        (people["王芳"],),
    )
    assert rows == [("2025-11-20",)]


def test_a_date_can_be_picked_from_the_calendar(branch, qtbot):
    ctx, people, path = branch
    dialog = PersonDialog(ctx, person_uuid=people["赵强"])
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.birth_date
    qtbot.mouseClick(field.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: field.calendar is not None and field.calendar.isVisible())
    field.calendar.setSelectedDate(QDate(1988, 4, 12))
    field.calendar.clicked.emit(QDate(1988, 4, 12))
    assert not field.calendar.isVisible()
    with qtbot.waitSignal(dialog.record_saved):
        dialog.save_button.click()
    assert raw(path, "SELECT birth_date FROM person WHERE uuid = ?", (people["赵强"],)) == [
        ("1988-04-12",)
    ]


def test_no_dialog_keeps_a_sectioned_date_edit(branch, qtbot):
    ctx, people, _ = branch
    widgets = [
        ActivityDialog(ctx, initial=s.ActivityInput(kinds=["branch_meeting"], date=LAST_WEEK)),
        PersonDialog(ctx),
        PersonDialog(ctx, person_uuid=people["张伟"]),
        PersonStatusDialog(ctx, people["张伟"], "张伟"),
        SetupDialog(ctx),
        SettingsPage(ctx),
        PlanEntryDialog(ctx, 2026),
        RectificationDialog(ctx),
        TalkDialog(ctx),
    ]
    for widget in widgets:
        qtbot.addWidget(widget, before_close_func=lambda d: d.done(0) if hasattr(d, "done") else 0)
        assert widget.findChildren(QDateEdit) == [], type(widget).__name__


# --- (3) Enter acts where it is pressed; only Ctrl+S or Save saves --------------------------------


def test_enter_in_the_name_box_adds_the_person_and_does_not_save(branch, qtbot):
    ctx, people, path = branch
    dialog = open_editor(qtbot, ctx, kinds=("volunteer",))
    type_into(qtbot, dialog.fields.topic, "社区义务辅导")
    dialog.tabs.setCurrentIndex(ATTENDANCE_TAB)
    combo = dialog.attendance.add_combo
    edit = line(combo)
    edit.setFocus()
    event = QInputMethodEvent()
    event.setCommitString("张伟")
    QApplication.sendEvent(edit, event)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert raw(path, "SELECT count(*) FROM activity") == [(0,)]
    assert dialog.attendance.person_uuids() == [people["张伟"]]
    # Enter in a plain field does not save either
    dialog.tabs.setCurrentIndex(0)
    qtbot.keyClick(line(dialog.fields.topic), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert raw(path, "SELECT count(*) FROM activity") == [(0,)]
    # Ctrl+S does
    with qtbot.waitSignal(dialog.record_saved):
        qtbot.keyClick(line(dialog.fields.topic), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert raw(path, "SELECT count(*) FROM activity") == [(1,)]


def test_enter_in_the_votes_table_stays_in_the_table(branch, qtbot):
    ctx, people, path = branch
    dialog = open_editor(qtbot, ctx)
    type_into(qtbot, dialog.fields.topic, "支部党员大会")
    dialog.tabs.setCurrentIndex(ATTENDANCE_TAB)
    qtbot.mouseClick(dialog.attendance.all_present_button, Qt.MouseButton.LeftButton)
    dialog.tabs.setCurrentIndex(CONTENT_TAB)
    qtbot.mouseClick(dialog.votes.add_button, Qt.MouseButton.LeftButton)
    for column in (1, 2, 3):  # entitled, present, for: a complete vote (the record could save)
        dialog.votes.table.cellWidget(0, column).setValue(3)
    item = dialog.votes.table.cellWidget(0, 0)
    item.setFocus()
    event = QInputMethodEvent()
    event.setCommitString("接收王芳为正式党员")
    QApplication.sendEvent(item, event)
    qtbot.keyClick(item, Qt.Key.Key_Return)
    assert dialog.isVisible() and raw(path, "SELECT count(*) FROM activity") == [(0,)]
    entitled = dialog.votes.table.cellWidget(0, 1)
    focused = QApplication.focusWidget()
    assert focused is not None and dialog.isAncestorOf(focused)  # Enter moved on in the form
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert raw(path, "SELECT count(*) FROM activity") == [(0,)]
    assert dialog.votes.votes()[0].item == "接收王芳为正式党员"
    assert entitled is not None
    # the record was complete all along: Ctrl+S saves it
    with qtbot.waitSignal(dialog.record_saved):
        qtbot.keyClick(item, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert raw(path, "SELECT count(*) FROM activity") == [(1,)]


# --- (7) problems go away once fixed; the red frame boxes inputs, never labels -------------------


def test_a_problem_disappears_as_soon_as_it_is_fixed(branch, qtbot):
    ctx, people, path = branch
    dialog = open_editor(qtbot, ctx)
    type_into(qtbot, dialog.fields.topic, "支部党员大会")
    type_into(qtbot, dialog.fields.start_time, "15:00")
    type_into(qtbot, dialog.fields.end_time, "14:00")
    qtbot.mouseClick(dialog.attendance.all_present_button, Qt.MouseButton.LeftButton)
    dialog.save_button.click()
    assert set(dialog.errors.shown) == {"end_time"}
    message = dialog.fields._messages["end_time"]
    assert message.isVisibleTo(dialog) and dialog.summary.isVisibleTo(dialog)
    assert dialog.fields.end_time.styleSheet()
    type_into(qtbot, dialog.fields.end_time, "16:00")  # fixed, not saved yet
    assert raw(path, "SELECT count(*) FROM activity") == [(0,)]
    assert not message.isVisibleTo(dialog)
    assert not dialog.fields.end_time.styleSheet()
    assert not dialog.summary.isVisibleTo(dialog)
    assert dialog.tabs.tabIcon(0).isNull()


def test_one_of_two_problems_fixed_leaves_the_other(branch, qtbot):
    ctx, people, path = branch
    dialog = open_editor(qtbot, ctx)
    type_into(qtbot, dialog.fields.start_time, "15:00")
    type_into(qtbot, dialog.fields.end_time, "14:00")
    type_into(qtbot, dialog.fields.host, "无此人")
    dialog.save_button.click()
    assert {"end_time", "host"} <= set(dialog.errors.shown)
    type_into(qtbot, dialog.fields.end_time, "16:00")
    assert "end_time" not in dialog.errors.shown and "host" in dialog.errors.shown
    assert dialog.fields._messages["host"].isVisibleTo(dialog)
    assert not dialog.fields._messages["end_time"].isVisibleTo(dialog)


def test_the_error_frame_does_not_box_the_labels_and_check_boxes(branch, qtbot):
    from PySide6.QtWidgets import QCheckBox, QLabel

    ctx, people, path = branch
    dialog = ActivityDialog(ctx, initial=s.ActivityInput(kinds=[], date=LAST_WEEK))
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    picker = dialog.fields.kinds
    texts = picker.findChildren(QLabel) + picker.findChildren(QCheckBox)
    before = [w.sizeHint() for w in texts]
    dialog.save_button.click()
    assert "kinds" in dialog.errors.shown
    QApplication.processEvents()
    assert [w.sizeHint() for w in texts] == before


@pytest.mark.parametrize("typed", ["2025-11", "2025.11", "202511", "2025年11月"])
def test_the_month_selector_takes_a_typed_month(qtbot, typed):
    from ui.shell.widgets import MonthSelector

    selector = MonthSelector(month="2026-12")
    qtbot.addWidget(selector)
    selector.show()
    edit = selector.findChild(QWidget, "monthEdit") or selector._edit
    with qtbot.waitSignal(selector.month_changed) as changed:
        type_into(qtbot, edit, typed)
    assert changed.args == ["2025-11"] and selector.month() == "2025-11"


def test_a_typed_owner_who_is_nobody_is_not_saved_as_a_blank(branch, qtbot):
    ctx, people, path = branch
    dialog = RectificationDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.description.setPlainText("理论学习不够深入")
    type_into(qtbot, dialog.found_on, "2026.1.10")
    type_into(qtbot, dialog.owner, "无此人")
    assert not dialog.save()
    assert raw(path, "SELECT count(*) FROM rectification_item") == [(0,)]
    assert "无此人" in dialog.errors.shown.get("owner", "")
    type_into(qtbot, dialog.owner, "张伟")  # a name that is one person on the roster
    assert dialog.save()
    assert raw(
        path,
        "SELECT r.found_on, p.name FROM rectification_item r JOIN person p ON p.id = r.owner_id",
    ) == [("2026-01-10", "张伟")]
