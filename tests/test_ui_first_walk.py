"""A new secretary's first week in one go (issue 12): set up the branch, import the roster from
Excel (birth months only, as rosters give them), catch up last week's meeting hosted by the
secretary, print the month, make the bundle; the overview's first-run checklist ticks each
step. Every outcome is checked with plain sqlite3 on the ledger, the PDF and the bundle."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ui.bureau.bundle_dialog import BundleDialog
from ui.overview.page import OverviewPage
from ui.people.page import PeoplePage
from ui.records.editor import ATTENDANCE_TAB, ActivityDialog
from ui.reports.jobs import MONTHLY
from ui.reports.page import ReportsPage
from ui.settings.setup_dialog import SetupDialog

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore(
        "propagateSizeHints", "does not support raise", "does not support grabbing"
    ),
]

WAIT = 30000
TODAY = dt.date.today()
MEETING_DAY = max(TODAY - dt.timedelta(days=7), dt.date(TODAY.year, 1, 1))

# 姓名, 性别, 出生年月, 类别, 入党时间 (the roster a school keeps in Excel)
# 出生年月 as rosters write it: month only (1978.05, 1982-03, 1990年4月), a full date, an Excel
# date cell.
ROSTER = [
    ("李娜", "女", dt.datetime(1985, 3, 12), "正式党员", "2008-06-30"),
    ("王强", "男", "1978.05", "正式党员", "2001.07.01"),
    ("赵敏", "女", "1990年4月", "预备党员", "2025年7月1日"),
    ("周杰", "男", "1982-03", "正式党员", "2010-07-01"),
    ("孙悦", "女", "1990/4/1", "入党积极分子", ""),
]


def raw(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    with sqlite3.connect(path) as con:
        return con.execute(sql, params).fetchall()


def type_into(qtbot, edit, text: str) -> None:
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


def write_roster(path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "性别", "出生年月", "类别", "入党时间"])
    for row in ROSTER:
        sheet.append(list(row))
    book.save(path)
    return path


def checklist_state(overview: OverviewPage) -> dict[str, bool]:
    return dict(overview.checklist.done)


def test_a_new_secretarys_first_week(ctx, qtbot, tmp_path, english, isolated_settings):
    path = ctx.ledger.path
    overview = OverviewPage(ctx)
    qtbot.addWidget(overview)

    # 1. Setup: the branch and its secretary
    setup = SetupDialog(ctx)
    qtbot.addWidget(setup)
    setup.show()
    type_into(qtbot, setup.name, "育才小学党支部")
    type_into(qtbot, setup.secretary, "陈静")
    with qtbot.waitSignal(setup.branch_created):
        qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    overview.show()
    with qtbot.waitSignal(overview.loaded, timeout=WAIT):
        overview.refresh()
    assert overview.checklist.isVisible()
    assert checklist_state(overview) == {
        "people": False,
        "meeting": False,
        "print": False,
        "bundle": False,
    }

    # 2. The roster from Excel
    people = PeoplePage(ctx)
    qtbot.addWidget(people)
    dialog = people.open_import(str(write_roster(tmp_path / "花名册.xlsx")))
    qtbot.addWidget(dialog)
    assert dialog.run_import(skip_bad=False) == len(ROSTER)
    assert raw(path, "SELECT count(*) FROM person WHERE deleted_at IS NULL") == [(len(ROSTER) + 1,)]
    births = dict(raw(path, "SELECT name, birth_date FROM person WHERE birth_date IS NOT NULL"))
    assert births["王强"] == "1978-05" and births["赵敏"] == "1990-04"
    assert births["李娜"] == "1985-03-12" and births["孙悦"] == "1990-04-01"

    # 3. Last week's branch meeting, hosted and recorded by the secretary (names typed)
    editor = ActivityDialog(
        ctx, initial=ctx.services.ActivityInput(kinds=["branch_meeting"], date="")
    )
    qtbot.addWidget(editor, before_close_func=lambda d: d.done(0))
    editor.show()
    qtbot.waitExposed(editor)
    f = editor.fields
    type_into(qtbot, f.date.edit, MEETING_DAY.strftime("%Y.%m.%d"))
    type_into(qtbot, f.topic, "学习贯彻全会精神")
    type_into(qtbot, f.start_time, "14:00")
    type_into(qtbot, f.end_time, "15:30")
    type_into(qtbot, f.host.lineEdit(), "陈静")
    type_into(qtbot, f.recorder.lineEdit(), "李娜")
    editor.tabs.setCurrentIndex(ATTENDANCE_TAB)
    qtbot.mouseClick(editor.attendance.all_present_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(editor.record_saved):
        qtbot.keyClick(f.topic, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = raw(
        path,
        "SELECT a.date, h.name, r.name FROM activity a JOIN person h ON h.id = a.host_id"
        " JOIN person r ON r.id = a.recorder_id WHERE a.deleted_at IS NULL",
    )
    assert stored == [(MEETING_DAY.isoformat(), "陈静", "李娜")]
    # Expected: the members on the roster that day, counted independently from the status rows
    members_then = {
        name
        for (name,) in raw(
            path,
            "SELECT p.name FROM person p JOIN person_status s ON s.person_id = p.id"
            " WHERE p.category IN ('full_member', 'probationary') AND s.status = 'active'"
            " AND s.effective_on <= ?",
            (MEETING_DAY.isoformat(),),
        )
    }
    attended = {
        name
        for (name,) in raw(
            path,
            "SELECT p.name FROM attendance t JOIN person p ON p.id = t.person_id"
            " WHERE t.status = 'present'",
        )
    }
    assert "陈静" in members_then and attended == members_then

    # 4. The month's summary as a PDF
    reports = ReportsPage(ctx)
    qtbot.addWidget(reports)
    reports.set_month(MEETING_DAY.strftime("%Y-%m"))
    reports.resize(1000, 680)
    reports.show()
    reports.set_document(MONTHLY)
    qtbot.waitUntil(reports.generate_button.isEnabled, timeout=WAIT)
    qtbot.mouseClick(reports.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: reports.result is not None and not reports.runner.is_busy(), timeout=WAIT
    )
    assert not reports.error_label.isVisibleTo(reports), reports.error_label.text()
    pdf = tmp_path / "月度工作小结.pdf"
    assert reports.preview.save_to(pdf)
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "学习贯彻全会精神" in text

    # 5. The bundle for the bureau
    bundle = BundleDialog(ctx)
    qtbot.addWidget(bundle)
    out = tmp_path / "育才小学党支部.ledger"
    bundle.path_edit.setText(str(out))
    with qtbot.waitSignal(bundle.bundle_made, timeout=WAIT):
        bundle.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert raw(
        out,
        "SELECT h.name FROM activity a JOIN person h ON h.id = a.host_id"
        " WHERE a.deleted_at IS NULL",
    ) == [("陈静",)]

    # The checklist ticked every step, and goes away once all are done
    with qtbot.waitSignal(overview.loaded, timeout=WAIT):
        overview.refresh()
    assert checklist_state(overview) == dict.fromkeys(
        ("people", "meeting", "print", "bundle"), True
    )
    assert not overview.checklist.isVisible()


def test_the_checklist_can_be_dismissed_and_its_buttons_lead_to_the_step(
    ctx, qtbot, english, isolated_settings
):
    from models import services
    from ui.shell.main_window import MainWindow

    services.save_branch(services.BranchInput(name="育才小学党支部"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.overview.loaded, timeout=WAIT):
        window.overview.refresh()
    checklist = window.overview.checklist
    assert checklist.isVisible()
    qtbot.mouseClick(checklist.buttons["people"], Qt.MouseButton.LeftButton)
    assert window.current_key() == "people"
    window.show_page("overview")
    qtbot.mouseClick(checklist.dismiss_button, Qt.MouseButton.LeftButton)
    assert not checklist.isVisible()
    with qtbot.waitSignal(window.overview.loaded, timeout=WAIT):
        window.overview.refresh()
    assert not checklist.isVisible()  # stays away
