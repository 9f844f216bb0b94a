"""Settings and first-start setup, driven through their widgets and checked in the ledger."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from models import services as s
from models.rules import compliance
from tests.editing_helpers import make_branch
from ui.settings.page import SettingsPage
from ui.settings.rules import ENABLED, MIN_COUNT, PERIOD
from ui.settings.setup_dialog import SetupDialog
from ui.shell.context import AppContext


def type_text(widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    if text.isascii():
        widget.clear()
        QApplication.processEvents()
        from PySide6.QtTest import QTest

        QTest.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def branch_row(path) -> tuple:
    with sqlite3.connect(path) as con:
        return con.execute(
            "SELECT name, superior, elected_on, rev FROM branch WHERE deleted_at IS NULL"
        ).fetchone()


@pytest.fixture
def page(ledger, ledger_path, qtbot):
    _, people = make_branch()
    widget = SettingsPage(AppContext(ledger=ledger))
    qtbot.addWidget(widget)
    widget.show()
    return widget, people, ledger_path


def test_branch_details_and_a_new_party_group_are_saved(page, qtbot):
    widget, _, path = page
    assert widget.name.text() == "第一实验小学党支部"
    type_text(widget.name, "第一实验小学党支部（新）")
    type_text(widget.superior, "区教育局党委")
    type_text(widget.elected_on.edit, "2024/9/1")
    widget.elected_on.edit.editingFinished.emit()
    assert "2027-09-01" in widget.term_note.text()
    qtbot.mouseClick(widget.groups.add_button, Qt.MouseButton.LeftButton)
    widget.groups.list.item(2).setText("第三党小组")
    uuid = s.current_branch().uuid
    answer_rename("The same branch")
    qtbot.mouseClick(widget.save_branch_button, Qt.MouseButton.LeftButton)
    assert s.current_branch().uuid == uuid  # renamed, the same identity
    name, superior, elected, _ = branch_row(path)
    assert (name, superior, elected) == ("第一实验小学党支部（新）", "区教育局党委", "2024-09-01")
    assert [g for _, g in s.current_branch().groups] == ["第一党小组", "第二党小组", "第三党小组"]


def answer_rename(button_text: str, seen: list | None = None) -> None:
    """Click `button_text` in the rename question as soon as it shows (it is modal)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "renameQuestion":
            QTimer.singleShot(20, click)
            return
        if seen is not None:
            seen.append(box.text())
        for button in box.buttons():
            if button.text() == button_text or (
                button_text == "Cancel"
                and box.buttonRole(button) == QMessageBox.ButtonRole.RejectRole
            ):
                button.click()
                return

    QTimer.singleShot(0, click)


def _all_uuids(path) -> set[str]:
    with sqlite3.connect(path) as con:
        tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {u for t in tables for (u,) in con.execute(f'SELECT uuid FROM "{t}"')}


def test_renaming_asks_whether_it_is_a_new_branch(page, qtbot):
    """A new name for a copied ledger: "A new branch" gives every record a new identity;
    cancelling saves nothing."""
    widget, people, path = page
    before_row, before_uuids = branch_row(path), _all_uuids(path)
    type_text(widget.name, "新建幼儿园党支部")
    answer_rename("Cancel")
    qtbot.mouseClick(widget.save_branch_button, Qt.MouseButton.LeftButton)
    assert branch_row(path) == before_row and _all_uuids(path) == before_uuids
    asked: list[str] = []
    answer_rename("A new branch", asked)
    qtbot.mouseClick(widget.save_branch_button, Qt.MouseButton.LeftButton)
    assert "新建幼儿园党支部" in asked[0] and "第一实验小学党支部" in asked[0]
    assert branch_row(path)[0] == "新建幼儿园党支部"
    after = _all_uuids(path)
    assert len(after) >= len(before_uuids) and after.isdisjoint(before_uuids)
    assert s.current_branch().name == "新建幼儿园党支部"
    assert {p.name for p in s.list_people()} >= set(people)  # the same people, new identities


def test_a_bad_date_and_a_duplicate_group_are_shown_and_nothing_saved(page, qtbot):
    widget, _, path = page
    before = branch_row(path)
    type_text(widget.founded_on.edit, "2020-13-01")
    widget.groups.add_group("第一党小组")
    qtbot.mouseClick(widget.save_branch_button, Qt.MouseButton.LeftButton)
    assert "2020-13-01" in widget.errors.shown["founded_on"]
    assert "groups" in widget.errors.shown
    assert widget.groups.message.isVisibleTo(widget)
    assert "border" in widget.founded_on.styleSheet()
    assert branch_row(path) == before
    assert len(s.current_branch().groups) == 2


def test_a_rule_is_switched_off_and_its_count_changed(page):
    widget, _, path = page
    rules = widget.rules
    r = rules.row_of("theme_day_monthly")
    rules.table.cellWidget(r, ENABLED).setChecked(False)
    rules.table.cellWidget(r, MIN_COUNT).setValue(2)
    period = rules.table.cellWidget(rules.row_of("party_lecture_quarterly"), PERIOD)
    period.setCurrentIndex(period.findData("month"))
    stored = {rule.code: rule for rule in compliance.list_rules()}
    assert stored["theme_day_monthly"].enabled is False
    assert stored["theme_day_monthly"].min_count == 2
    assert stored["party_lecture_quarterly"].period == "month"
    with sqlite3.connect(path) as con:
        logged = con.execute(
            "SELECT count(*) FROM audit_entry WHERE table_name = 'compliance_rule'"
        ).fetchone()[0]
    assert logged == 3  # one entry per change


def test_committee_seats_are_saved(page, qtbot):
    widget, people, _ = page
    widget.tabs.setCurrentIndex(1)
    editor = widget.committee
    r = editor.add_seat()
    editor.table.cellWidget(r, 0).setCurrentIndex(
        editor.table.cellWidget(r, 0).findData(people["张伟"])
    )
    editor.table.cellWidget(r, 1).setCurrentIndex(
        editor.table.cellWidget(r, 1).findData("secretary")
    )
    r = editor.add_seat()
    qtbot.mouseClick(widget.save_committee_button, Qt.MouseButton.LeftButton)
    assert s.committee() == []  # a seat without a person: nothing saved, message shown
    assert editor.message.isVisibleTo(widget)
    editor.table.cellWidget(r, 0).setCurrentIndex(
        editor.table.cellWidget(r, 0).findData(people["李娜"])
    )
    type_text(editor.table.cellWidget(r, 2), "组织委员")
    qtbot.mouseClick(widget.save_committee_button, Qt.MouseButton.LeftButton)
    seats = {(uuid, role, title) for uuid, _, role, title in s.committee()}
    assert seats == {(people["张伟"], "secretary", ""), (people["李娜"], "member", "组织委员")}


def test_choosing_a_language_emits_it(page, qtbot):
    widget, _, _ = page
    index = widget.language.findData("en")
    with qtbot.waitSignal(widget.language_changed) as changed:
        widget.language.setCurrentIndex(index)
        widget.language.activated.emit(index)
    assert changed.args == ["en"]


def test_setup_writes_a_joint_branch_with_units_secretary_and_groups(ledger, ledger_path, qtbot):
    dialog = SetupDialog(AppContext(ledger=ledger))
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name, "阳光幼教联合党支部")
    dialog.branch_type.setCurrentIndex(dialog.branch_type.findData("joint"))
    for _ in range(6):
        qtbot.mouseClick(dialog.units.add_button, Qt.MouseButton.LeftButton)
    assert dialog.units.table.rowCount() == 5  # a joint branch covers at most 5 units
    names = ["阳光幼儿园", "星星幼儿园", "月亮幼儿园", "", ""]
    for r, name in enumerate(names):
        if name:
            type_text(dialog.units.table.cellWidget(r, 0), name)
    type_text(dialog.secretary, "陈静")
    dialog.groups.add_group("第一党小组")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    # two units without a name: shown at their rows, nothing written
    assert dialog.isVisible()
    assert "border" in dialog.units.table.cellWidget(3, 0).styleSheet()
    with sqlite3.connect(ledger_path) as con:
        assert con.execute("SELECT count(*) FROM branch").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM person").fetchone()[0] == 0
    type_text(dialog.units.table.cellWidget(3, 0), "彩虹幼儿园")
    dialog.units.table.cellWidget(3, 2).setChecked(False)
    dialog.units.table.setCurrentCell(4, 0)
    qtbot.mouseClick(dialog.units.remove_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.branch_created):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert not dialog.wants_demo
    branch = s.current_branch()
    assert (branch.name, branch.branch_type) == ("阳光幼教联合党支部", "joint")
    assert [(u[1], u[3]) for u in branch.units] == [
        ("阳光幼儿园", True),
        ("星星幼儿园", True),
        ("月亮幼儿园", True),
        ("彩虹幼儿园", False),
    ]
    assert [g for _, g in branch.groups] == ["第一党小组"]
    [(uuid, name, role, _)] = s.committee()
    assert (name, role) == ("陈静", "secretary")
    assert uuid in {p.uuid for p in s.roster_on(s.list_people()[0].status_since)}


def test_setup_demo_button_writes_nothing(ledger, ledger_path, qtbot):
    dialog = SetupDialog(AppContext(ledger=ledger))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.wants_demo
    with sqlite3.connect(ledger_path) as con:
        assert con.execute("SELECT count(*) FROM branch").fetchone()[0] == 0


def test_counting_settings_are_saved_from_the_rules_tab(page):
    import json

    widget, _, path = page
    rules = widget.rules
    assert rules.mobile_expected.isChecked()  # the default
    assert rules.study_boxes["theme_day"].isChecked()
    assert not rules.study_boxes["committee_meeting"].isChecked()
    rules.mobile_expected.setChecked(False)
    rules.study_boxes["theme_day"].setChecked(False)
    with sqlite3.connect(path) as con:
        stored = dict(con.execute("SELECT key, value FROM setting").fetchall())
    assert json.loads(stored["mobile_expected"]) is False
    study = json.loads(stored["study_kinds"])
    assert "theme_day" not in study and "collective_study" in study and "party_lecture" in study


def test_school_holiday_months_are_saved(page):
    import json

    widget, _, path = page
    for m in (2, 7, 8):
        widget.rules.holiday_boxes[m].setChecked(True)
    with sqlite3.connect(path) as con:
        (value,) = con.execute("SELECT value FROM setting WHERE key = 'holiday_months'").fetchone()
    assert json.loads(value) == [2, 7, 8]
