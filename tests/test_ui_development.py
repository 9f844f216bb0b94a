"""The 发展党员 dialog on the people page: it lists the people in development with their stage and
next date as the file holds them; a stage (with its contacts, or its 支部大会 and vote) is recorded
through the widgets and lands in the file as the dated category change; a bad entry names its
field; the overview shows the reminders."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import QDate, Qt

from models import services as s
from tests.followup_helpers import make_branch
from ui.people.development_dialog import DevelopmentDialog
from ui.people.page import PeoplePage
from ui.shell.context import AppContext

TODAY = dt.date(2026, 9, 15)


@pytest.fixture
def setup(ledger, ledger_path, qtbot):
    made = make_branch()
    p = made.people
    made.applicant = s.save_person(
        s.PersonInput(name="申请人甲", category="staff", on_roster_since="2023-09-01")
    )
    s.save_stage(s.StageInput(made.applicant, "applicant", "2026-01-10"))
    s.save_stage(s.StageInput(made.applicant, "activist", "2026-03-01", p["李明"], p["王芳"]))
    made.meeting = s.save_activity(
        s.ActivityInput(
            kinds=["branch_meeting"],
            date="2026-09-10",
            topic="接收预备党员",
            votes=[s.VoteInput("接收黄强同志为预备党员", 6, 6, 6)],
        )
    )
    s.save_stage(s.StageInput(p["黄强"], "candidate", "2026-05-01", training_hours=24))
    page = PeoplePage(AppContext(ledger=ledger))
    qtbot.addWidget(page)
    return page, made, ledger_path


def _dialog(page, qtbot) -> DevelopmentDialog:
    qtbot.mouseClick(page.development_button, Qt.MouseButton.LeftButton)
    assert page.findChild(DevelopmentDialog) is not None  # the button opens it
    dialog = page.open_development()
    qtbot.addWidget(dialog)
    dialog.today = lambda: TODAY
    dialog.refresh()
    return dialog


def _row(dialog, name: str) -> int:
    return next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == name)


def test_the_list_shows_the_file_and_a_stage_is_recorded(setup, qtbot):
    page, made, path = setup
    dialog = _dialog(page, qtbot)
    con = sqlite3.connect(path)
    names = {n for (n,) in con.execute("SELECT DISTINCT p.name FROM development_stage d"
                                       " JOIN person p ON p.id = d.person_id")}  # fmt: skip
    assert {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())} == names
    row = _row(dialog, "申请人甲")
    assert dialog.table.item(row, 1).text() == "Activist"
    assert dialog.table.item(row, 8).text() == "2027-03-01"  # one year of training
    # 黄强, a 发展对象, admitted by the branch meeting of 2026-09-10 (linked to its vote).
    dialog.table.selectRow(_row(dialog, "黄强"))
    form = dialog.open_form()
    qtbot.addWidget(form)
    assert form.stage.currentData() == "probationary"  # the next stage
    assert form.meeting.isVisibleTo(form) and not form.training.isVisibleTo(form)
    form.first.setCurrentIndex(form.first.findText("张伟"))
    form.second.setCurrentIndex(form.second.findText("张伟"))
    form.meeting.setCurrentIndex(1)
    assert form.date.date() == QDate(2026, 9, 10)  # the meeting's date
    assert not form.save()
    assert "second_person" in form.errors.shown  # the same person twice
    form.second.setCurrentIndex(form.second.findText("陈静"))
    assert form.save()
    rows = con.execute(
        "SELECT d.stage, d.date, c.category, c.effective_on, f.name, g.name, v.item"
        " FROM development_stage d JOIN person p ON p.id = d.person_id"
        " JOIN person_category c ON c.id = d.category_id JOIN person f ON f.id = d.first_person_id"
        " JOIN person g ON g.id = d.second_person_id JOIN vote v ON v.id = d.vote_id"
        " WHERE p.name = '黄强' AND d.deleted_at IS NULL AND d.stage = 'probationary'"
    ).fetchall()
    assert rows == [("probationary", "2026-09-10", "probationary", "2026-09-10", "张伟", "陈静",
                     "接收黄强同志为预备党员")]  # fmt: skip
    assert con.execute("SELECT category FROM person WHERE name = '黄强'").fetchone() == (
        "probationary",
    )
    row = _row(dialog, "黄强")
    assert dialog.table.item(row, 1).text() == "Probationary member"
    assert dialog.table.item(row, 8).text() == "2027-09-10"  # the 预备期 ends
    dialog.table.selectRow(row)
    votes = [dialog.stage_table.item(r, 6).text() for r in range(dialog.stage_table.rowCount())]
    assert any("6 for" in v and "passed" in v for v in votes)


def test_a_bad_date_names_the_field_and_writes_nothing(setup, qtbot):
    page, _made, path = setup
    dialog = _dialog(page, qtbot)
    dialog.table.selectRow(_row(dialog, "申请人甲"))
    form = dialog.open_form()
    qtbot.addWidget(form)
    assert form.stage.currentData() == "candidate"
    form.date.setDate(QDate(2026, 2, 1))  # before the activist stage
    before = sqlite3.connect(path).execute("SELECT COUNT(*) FROM development_stage").fetchone()
    assert not form.save()
    assert "date" in form.errors.shown
    after = sqlite3.connect(path).execute("SELECT COUNT(*) FROM development_stage").fetchone()
    assert before == after


def test_deleting_a_stage_removes_its_category_change(setup, qtbot):
    page, made, path = setup
    dialog = _dialog(page, qtbot)
    dialog.table.selectRow(_row(dialog, "申请人甲"))
    stages = [dialog.stage_table.item(r, 0).text() for r in range(dialog.stage_table.rowCount())]
    dialog.stage_table.selectRow(stages.index("Activist"))
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    con = sqlite3.connect(path)
    assert con.execute("SELECT category FROM person WHERE name = '申请人甲'").fetchone() == (
        "staff",
    )
    assert dialog.table.item(_row(dialog, "申请人甲"), 1).text() == "Applicant"


def test_the_overview_shows_the_reminders_and_opens_the_register(ctx, qtbot, english):
    from ui.overview.page import FOLLOWUP_ROLE, OverviewPage

    made = make_branch()
    uuid = s.save_person(s.PersonInput(name="申请人乙", category="staff"))
    s.save_stage(s.StageInput(uuid, "applicant", "2026-08-01"))
    s.save_stage(s.StageInput(made.people["赵敏"], "probationary", "2025-10-01",
                              made.people["李明"], made.people["王芳"]))  # fmt: skip
    overview = OverviewPage(ctx)
    overview.today = lambda: TODAY
    qtbot.addWidget(overview)
    with qtbot.waitSignal(overview.loaded, timeout=10000):
        overview.set_month("2026-09")
    items = [overview.reminders.item(i) for i in range(overview.reminders.count())]
    ours = [i for i in items if i.data(FOLLOWUP_ROLE) == "development"]
    texts = [i.text() for i in ours]
    # 申请人乙: no talk a month after 2026-08-01; 赵敏: the 预备期 ends 2026-10-01 (within 30 days).
    assert any("申请人乙" in t for t in texts) and any("赵敏" in t for t in texts)
    assert len(ours) == 2
    with qtbot.waitSignal(overview.followup_requested) as signal:
        overview._on_reminder_activated(ours[0])
    assert signal.args == ["development"]


def test_a_development_reminder_opens_the_register_on_the_people_page(
    qapp, isolated_settings, english, qtbot, tmp_path
):
    from models.file.ledger import open_ledger
    from ui.shell.app import AppController

    path = tmp_path / "branch.ledger"
    with open_ledger(path, create=True):
        make_branch()
    controller = AppController("en")
    try:
        assert controller.open_path(path)
        window = controller.window
        window._on_overview_followup_requested("development")
        page = window.show_page("people")
        dialogs = page.findChildren(DevelopmentDialog)
        assert len(dialogs) == 1 and dialogs[0].isVisible()
        dialogs[0].close()
    finally:
        if controller.window is not None:
            controller.window.close()
        controller.close()


def test_editing_a_stage_keeps_a_contact_who_has_left(setup, qtbot):
    page, made, path = setup
    s.set_person_category(made.people["王芳"], "staff", "2026-06-01")  # no longer a full member
    dialog = _dialog(page, qtbot)
    dialog.table.selectRow(_row(dialog, "申请人甲"))
    stages = [dialog.stage_table.item(r, 0).text() for r in range(dialog.stage_table.rowCount())]
    dialog.stage_table.selectRow(stages.index("Activist"))
    form = dialog.open_form(dialog.selected_stage())
    qtbot.addWidget(form)
    assert form.second.currentText() == "王芳"
    form.note.setText("联系人调整前")
    assert form.save()
    con = sqlite3.connect(path)
    assert con.execute(
        "SELECT g.name, d.note FROM development_stage d JOIN person g ON g.id = d.second_person_id"
        " WHERE d.stage = 'activist'"
    ).fetchall() == [("王芳", "联系人调整前")]
