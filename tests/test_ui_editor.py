"""The record editor, driven through its widgets; every outcome is checked in the ledger."""

from __future__ import annotations

import sqlite3
import warnings

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox

from models import services as s
from models.errors import DiskFullError
from models.records import photos
from tests.editing_helpers import make_branch, picture_file
from ui.records.editor import ATTENDANCE_TAB, PHOTOS_TAB, ActivityDialog
from ui.shell.context import AppContext

DAY = "2026-03-20"


@pytest.fixture
def setup(ledger, ledger_path):
    info, people = make_branch()
    return AppContext(ledger=ledger), people, ledger_path


def count(path, table: str) -> int:
    with sqlite3.connect(path) as con:
        return con.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]


def answer_modal(object_name: str, act) -> list[bool]:
    """When the modal `object_name` opens, run `act(widget)` on it; the list records that it
    was seen (a prompt that never appears leaves it empty)."""
    seen: list[bool] = []

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == object_name and widget.isVisible():
                seen.append(True)
                act(widget)
                return
        QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def click_button(text: str):
    def act(box: QMessageBox) -> None:
        for button in box.buttons():
            if button.text() == text:
                button.click()
                return
        raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")

    return act


def keep(qtbot, dialog: ActivityDialog) -> None:
    # At teardown close without the unsaved-changes prompt (a modal box would wait forever).
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))


def new_meeting(qtbot, ctx) -> ActivityDialog:
    dialog = ActivityDialog(ctx, initial=s.ActivityInput(kinds=["branch_meeting"], date=DAY))
    keep(qtbot, dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_into(qtbot, edit, text: str) -> None:
    """Type `text` over the field's contents; Chinese arrives the way an input method sends
    it (a commit string), since QTest can only press keys for ASCII."""
    edit.setFocus()
    edit.selectAll()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(edit, event)
    edit.editingFinished.emit()


def drop_files(widget, paths) -> None:
    """Drag files from the file manager onto `widget` (enter, then drop)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # PySide picks the QPoint overload
        enter = QDragEnterEvent(QPoint(10, 10), *args)
    QApplication.sendEvent(widget.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), *args)
    QApplication.sendEvent(widget.viewport(), drop)
    assert drop.isAccepted()


def test_a_meeting_with_attendance_a_leave_reason_and_a_photo_is_saved(setup, qtbot, tmp_path):
    ctx, people, path = setup
    dialog = new_meeting(qtbot, ctx)
    f = dialog.fields
    type_into(qtbot, f.topic, "学习贯彻全会精神")
    type_into(qtbot, f.location, "党员活动室")
    type_into(qtbot, f.start_time, "14:00")
    type_into(qtbot, f.end_time, "15:30")
    f.host.setCurrentIndex(f.host.findData(people["张伟"]))
    f.recorder.setCurrentIndex(f.recorder.findData(people["李娜"]))
    table = dialog.attendance
    # members are expected at a branch meeting; the staff member is not
    assert sorted(table.person_uuids()) == sorted(people[n] for n in ("张伟", "李娜", "王芳"))
    row = table.row_of(people["王芳"])
    status = table.table.cellWidget(row, 2)
    status.setCurrentIndex(status.findData("leave"))
    leave = table.table.cellWidget(row, 3)
    leave.setCurrentIndex(leave.findData("sick"))
    type_into(qtbot, table.table.cellWidget(row, 4), "住院治疗")
    qtbot.mouseClick(table.all_present_button, Qt.MouseButton.LeftButton)
    dialog.tabs.setCurrentIndex(PHOTOS_TAB)
    drop_files(dialog.photo_widget.list, [picture_file(tmp_path, "合影.jpg", 3000, 2000)])
    qtbot.waitUntil(lambda: not dialog.photo_widget.busy())
    dialog.photo_widget.set_caption(0, "会议现场")
    assert count(path, "activity") == 0
    dialog.activateWindow()
    with qtbot.waitSignal(dialog.record_saved) as saved:
        dialog.save_button.click()
    uuid = saved.args[0]
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = s.get_activity(uuid)
    assert stored.topic == "学习贯彻全会精神" and stored.kinds == ["branch_meeting"]
    assert (stored.start_time, stored.end_time) == ("14:00", "15:30")
    assert stored.host_uuid == people["张伟"] and stored.recorder_uuid == people["李娜"]
    by_person = {a.person_uuid: a for a in stored.attendance}
    assert by_person[people["王芳"]].status == "leave"
    assert by_person[people["王芳"]].leave_type == "sick"
    assert by_person[people["王芳"]].reason == "住院治疗"
    assert by_person[people["张伟"]].status == "present"
    assert by_person[people["李娜"]].status == "present"
    with sqlite3.connect(path) as con:
        rows = con.execute(
            "SELECT t.caption, t.width, t.height FROM attachment t JOIN activity a"
            " ON a.id = t.activity_id WHERE a.uuid = ? AND t.deleted_at IS NULL",
            (uuid,),
        ).fetchall()
        minutes = con.execute(
            "SELECT duration_min FROM activity WHERE uuid = ?", (uuid,)
        ).fetchone()[0]
    assert len(rows) == 1 and rows[0][0] == "会议现场" and max(rows[0][1:]) <= 1600
    assert minutes == (15 * 60 + 30) - 14 * 60


def test_ctrl_s_saves(setup, qtbot):
    ctx, people, path = setup
    dialog = ActivityDialog(ctx, initial=s.ActivityInput(kinds=["volunteer"], date=DAY))
    keep(qtbot, dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    type_into(qtbot, dialog.fields.topic, "社区义务辅导")
    with qtbot.waitSignal(dialog.record_saved):
        qtbot.keyClick(dialog.fields.topic, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert count(path, "activity") == 1


def test_a_leave_without_reason_and_end_before_start_are_shown_and_nothing_is_saved(setup, qtbot):
    ctx, people, path = setup
    dialog = new_meeting(qtbot, ctx)
    type_into(qtbot, dialog.fields.topic, "学习会")
    type_into(qtbot, dialog.fields.start_time, "15:00")
    type_into(qtbot, dialog.fields.end_time, "14:00")
    dialog.attendance.set_status(people["王芳"], "leave", "personal", "")
    qtbot.mouseClick(dialog.attendance.all_present_button, Qt.MouseButton.LeftButton)
    before = (count(path, "activity"), count(path, "attendance"))
    dialog.save_button.click()
    assert (count(path, "activity"), count(path, "attendance")) == before
    assert dialog.isVisible()
    # the end time is marked at its field, with the message beside it
    end_message = dialog.fields._messages["end_time"]
    assert end_message.isVisibleTo(dialog) and end_message.text()
    assert "border" in dialog.fields.end_time.styleSheet()
    # the attendance problem names the person, and the row's reason is marked
    assert "王芳" in dialog.attendance.message.text()
    assert "attendance." + people["王芳"] in dialog.errors.shown
    row = dialog.attendance.row_of(people["王芳"])
    assert "border" in dialog.attendance.table.cellWidget(row, 4).styleSheet()
    assert not dialog.attendance.table.cellWidget(
        dialog.attendance.row_of(people["张伟"]), 4
    ).styleSheet()
    # fixing both lets it save
    type_into(qtbot, dialog.fields.end_time, "16:00")
    type_into(qtbot, dialog.attendance.table.cellWidget(row, 4), "外出培训")
    with qtbot.waitSignal(dialog.record_saved):
        dialog.save_button.click()
    assert count(path, "activity") == before[0] + 1
    assert not dialog.fields._messages["end_time"].isVisibleTo(dialog)


def test_the_first_problem_tab_is_shown(setup, qtbot):
    ctx, people, _ = setup
    dialog = new_meeting(qtbot, ctx)
    type_into(qtbot, dialog.fields.topic, "学习会")
    dialog.save_button.click()  # nobody marked yet: only attendance problems
    assert dialog.tabs.currentIndex() == ATTENDANCE_TAB
    assert len(dialog.errors.shown) == len(dialog.attendance.person_uuids())


@pytest.mark.parametrize(("answer", "closed"), [("Keep editing", False), ("Discard", True)])
def test_closing_with_unsaved_changes_asks_first(setup, qtbot, answer, closed):
    ctx, _, path = setup
    dialog = new_meeting(qtbot, ctx)
    type_into(qtbot, dialog.fields.topic, "未保存的主题")
    seen = answer_modal("unsavedChangesBox", click_button(answer))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(seen))
    assert dialog.isVisible() is not closed
    assert count(path, "activity") == 0
    if not closed:
        assert dialog.fields.topic.text() == "未保存的主题"


def test_closing_an_untouched_form_does_not_ask(setup, qtbot):
    ctx, _, _ = setup
    dialog = new_meeting(qtbot, ctx)
    seen = answer_modal("unsavedChangesBox", click_button("Discard"))
    dialog.close()
    qtbot.wait(50)
    assert not seen and not dialog.isVisible()


def test_editing_a_record_in_a_closed_month_asks_for_the_amendment_reason(setup, qtbot):
    ctx, people, path = setup
    uuid = s.save_activity(
        s.ActivityInput(
            kinds=["collective_study"],
            date=DAY,
            topic="旧主题",
            attendance=[s.AttendanceInput(people["张伟"], "present")],
        )
    )
    s.close_month(DAY[:7])
    dialog = ActivityDialog(ctx, activity_uuid=uuid)
    keep(qtbot, dialog)
    dialog.show()
    assert dialog.fields.topic.text() == "旧主题"
    assert dialog.attendance.person_uuids() == [people["张伟"]]
    type_into(qtbot, dialog.fields.topic, "更正后的主题")

    def give_reason(box: QInputDialog) -> None:
        box.setTextValue("主题记录有误")
        box.accept()

    seen = answer_modal("amendmentReasonDialog", give_reason)
    with qtbot.waitSignal(dialog.record_saved):
        dialog.save_button.click()
    assert seen
    assert s.get_activity(uuid).topic == "更正后的主题"
    assert count(path, "activity") == 1
    entry = s.list_audit(uuid)[0]
    assert (entry.action, entry.reason) == ("amend", "主题记录有误")


def test_a_full_disk_keeps_the_form_and_says_so(setup, qtbot, monkeypatch):
    ctx, people, path = setup
    dialog = new_meeting(qtbot, ctx)
    type_into(qtbot, dialog.fields.topic, "磁盘已满时的记录")
    qtbot.mouseClick(dialog.attendance.all_present_button, Qt.MouseButton.LeftButton)

    def full(*_args, **_kwargs):
        raise DiskFullError("The disk is full (or could not be written), so nothing was saved.")

    monkeypatch.setattr(s, "save_activity", full)
    seen = answer_modal("saveFailedBox", lambda box: box.accept())
    assert dialog.save() is False
    assert seen and dialog.isVisible()
    assert "disk is full" in dialog.summary.text()
    assert dialog.fields.topic.text() == "磁盘已满时的记录"
    assert count(path, "activity") == 0


def test_volunteer_work_starts_with_an_empty_list_and_people_are_added(setup, qtbot):
    ctx, people, path = setup
    dialog = ActivityDialog(ctx, initial=s.ActivityInput(kinds=["volunteer"], date=DAY))
    keep(qtbot, dialog)
    dialog.show()
    assert dialog.attendance.person_uuids() == []
    assert dialog.fields.volunteer_box.isVisible() and not dialog.fields.study_box.isVisible()
    combo = dialog.attendance.add_combo
    combo.setCurrentIndex(combo.findData(people["赵强"]))
    qtbot.mouseClick(dialog.attendance.add_button, Qt.MouseButton.LeftButton)
    assert dialog.attendance.person_uuids() == [people["赵强"]]
    type_into(qtbot, dialog.fields.topic, "社区义务辅导")
    dialog.fields.people_served.setValue(25)
    dialog.fields.deeds_done.setValue(2)
    with qtbot.waitSignal(dialog.record_saved) as saved:
        dialog.save_button.click()
    stored = s.get_activity(saved.args[0])
    assert [(a.person_uuid, a.status) for a in stored.attendance] == [(people["赵强"], "present")]
    assert (stored.people_served, stored.deeds_done) == (25, 2)


def test_a_second_kind_and_a_new_primary_are_saved_in_order(setup, qtbot):
    ctx, people, _ = setup
    dialog = new_meeting(qtbot, ctx)
    kinds = dialog.fields.kinds
    kinds.boxes["theme_day"].click()
    kinds.primary.setCurrentIndex(kinds.primary.findData("theme_day"))
    kinds.primary.activated.emit(kinds.primary.currentIndex())
    assert dialog.fields.sequence.value() == s.next_sequence("theme_day", 2026)
    type_into(qtbot, dialog.fields.topic, "主题党日暨党员大会")
    qtbot.mouseClick(dialog.attendance.all_present_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.record_saved) as saved:
        dialog.save_button.click()
    assert s.get_activity(saved.args[0]).kinds == ["theme_day", "branch_meeting"]


def test_photos_added_to_a_saved_record_and_removed(setup, qtbot, tmp_path):
    ctx, people, _ = setup
    uuid = s.save_activity(s.ActivityInput(kinds=["volunteer"], date=DAY, topic="义务劳动"))
    photos.add_attachment(uuid, picture_file(tmp_path, "a.png", 300, 200), "旧照片")
    dialog = ActivityDialog(ctx, activity_uuid=uuid)
    keep(qtbot, dialog)
    widget = dialog.photo_widget
    assert widget.captions() == ["旧照片"]
    widget.add_files([str(picture_file(tmp_path, "b.jpg", 500, 400))])
    qtbot.waitUntil(lambda: not widget.busy())
    widget.list.setCurrentRow(0)
    qtbot.mouseClick(widget.remove_button, Qt.MouseButton.LeftButton)
    widget.set_caption(0, "新照片")
    with qtbot.waitSignal(dialog.record_saved):
        dialog.save_button.click()
    assert [a.caption for a in photos.list_attachments(uuid)] == ["新照片"]


def test_saving_an_unchanged_record_writes_nothing(setup, qtbot):
    ctx, people, path = setup
    uuid = s.save_activity(
        s.ActivityInput(
            kinds=["theme_day"],
            date=DAY,
            topic="主题党日",
            attendance=[s.AttendanceInput(people["张伟"], "late", reason="堵车")],
        )
    )
    with sqlite3.connect(path) as con:
        before = con.execute(
            "SELECT rev, (SELECT count(*) FROM audit_entry) FROM activity"
        ).fetchone()
    dialog = ActivityDialog(ctx, activity_uuid=uuid)
    keep(qtbot, dialog)
    dialog.show()
    assert not dialog.is_dirty()
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with sqlite3.connect(path) as con:
        after = con.execute(
            "SELECT rev, (SELECT count(*) FROM audit_entry) FROM activity"
        ).fetchone()
    assert after == before


def test_a_life_meeting_names_the_year_it_belongs_to(setup, qtbot):
    ctx, people, path = setup
    dialog = ActivityDialog(ctx, initial=s.ActivityInput(kinds=["life_meeting"], date="2026-03-20"))
    keep(qtbot, dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    f = dialog.fields
    assert f.year_box.isVisible()
    type_into(qtbot, f.topic, "2025年度组织生活会")
    type_into(qtbot, f.location, "会议室")
    f.belongs_to_year.setValue(2025)
    dialog.attendance.all_present_button.click()
    assert dialog.save()
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT belongs_to_year FROM activity").fetchall() == [(2025,)]
    study = ActivityDialog(ctx, initial=s.ActivityInput(kinds=["collective_study"], date=DAY))
    keep(qtbot, study)
    study.show()
    qtbot.waitExposed(study)
    assert not study.fields.year_box.isVisible()
