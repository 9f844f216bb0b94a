"""The people page: roster table, add/edit, dated status changes, and the roster import."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent, QInputMethodEvent
from PySide6.QtWidgets import QApplication

from models import services as s
from tests.editing_helpers import make_branch
from ui.people.import_dialog import ImportDialog
from ui.people.page import NAME, STATUS, PeopleModel, PeoplePage
from ui.shell.context import AppContext

HEADER = ["姓名", "性别", "出生日期", "人员类别", "党小组", "入党日期", "联系电话"]
ROWS = [
    ["陈静", "女", "1985/3/7", "正式党员", "第一党小组", "2008-07-01", "13800000001"],
    ["周杰", "男", "1988-02-30", "正式党员", "第一党小组", "2010-07-01", ""],  # no such day
    ["刘洋", "男", "1990-11-02", "预备党员", "第二党小组", "2025.9.1", ""],
    ["吴磊", "男", "", "正式党员", "第九党小组", "2010-07-01", ""],  # no such group
    ["孙敏", "女", "", "群众", "", "", ""],
]


@pytest.fixture
def setup(ledger, ledger_path):
    _, people = make_branch()
    return AppContext(ledger=ledger), people, ledger_path


def people_count(path) -> int:
    with sqlite3.connect(path) as con:
        return con.execute("SELECT count(*) FROM person WHERE deleted_at IS NULL").fetchone()[0]


def type_text(widget, text: str) -> None:
    """Replace the text the way an input method commits Chinese."""
    widget.setFocus()
    widget.selectAll()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def page_names(page: PeoplePage) -> list[str]:
    return [page.proxy.index(r, NAME).data() for r in range(page.proxy.rowCount())]


def test_the_model_passes_qt_model_tester(setup, qtmodeltester):
    model = PeopleModel()
    model.set_rows(s.list_people())
    qtmodeltester.check(model)


def test_the_roster_is_listed_searched_and_a_person_added(setup, qtbot):
    ctx, people, path = setup
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    assert sorted(page_names(page)) == sorted(people)
    qtbot.keyClicks(page.search, "")  # no-op, focus only
    type_text(page.search, "王")
    assert page_names(page) == ["王芳"]
    page.search.clear()
    dialog = page.open_person()
    qtbot.addWidget(dialog)
    type_text(dialog.name, "马丽")
    dialog.category.setCurrentIndex(dialog.category.findData("activist"))
    qtbot.keyClicks(dialog.birth_date.edit, "1995/6/1")
    qtbot.keyClicks(dialog.phone, "13900001111")
    before = people_count(path)
    with qtbot.waitSignal(dialog.record_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert people_count(path) == before + 1
    row = next(p for p in s.list_people() if p.name == "马丽")
    assert (row.category, row.birth_date, row.phone) == ("activist", "1995-06-01", "13900001111")
    assert "马丽" in page_names(page)


def test_a_bad_date_is_shown_at_the_field_and_nothing_saved(setup, qtbot):
    ctx, people, path = setup
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    dialog = page.open_person(people["张伟"])
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "张伟"
    dialog.birth_date.setText("1990-02-30")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "1990-02-30" in dialog.errors.shown["birth_date"]
    assert "border" in dialog.birth_date.styleSheet()
    with sqlite3.connect(path) as con:
        birth = con.execute("SELECT birth_date FROM person WHERE name='张伟'").fetchone()[0]
    assert birth is None


def test_a_status_change_keeps_its_date(setup, qtbot):
    ctx, people, _ = setup
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    row = page_names(page).index("李娜")
    page.table.selectRow(row)
    dialog = page.open_status()
    qtbot.addWidget(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData("transferred"))
    since = dt.date.today() - dt.timedelta(days=10)
    dialog.effective_on.set_date(since)
    type_text(dialog.note, "调往第二小学")
    with qtbot.waitSignal(dialog.status_changed):
        dialog.buttons.accepted.emit()
    assert s.status_history(people["李娜"])[-1] == (
        since.isoformat(),
        "transferred",
        "调往第二小学",
    )
    # expected the day before the change, no longer from its date
    before = (since - dt.timedelta(days=1)).isoformat()
    assert people["李娜"] in {p.uuid for p in s.expected_people(before, ["branch_meeting"])}
    assert people["李娜"] not in {
        p.uuid for p in s.expected_people(since.isoformat(), ["branch_meeting"])
    }
    # today the page leaves her out unless asked to show everyone, then with the date
    assert "李娜" not in page_names(page)
    page.show_all.setChecked(True)
    index = page.proxy.index(page_names(page).index("李娜"), STATUS)
    assert since.isoformat() in index.data()


def write_csv(tmp_path, rows):
    path = tmp_path / "花名册.csv"
    with open(path, "w", newline="", encoding="gb18030") as f:
        csv.writer(f).writerows([HEADER, *rows])
    return path


def test_import_with_two_bad_rows_shows_both_and_imports_nothing_until_fixed(
    setup, qtbot, tmp_path
):
    ctx, _, path = setup
    dialog = ImportDialog(ctx, path=str(write_csv(tmp_path, ROWS)))
    qtbot.addWidget(dialog)
    problems = dialog.problems()
    assert sorted(problems) == [3, 5]  # file lines of 周杰 and 吴磊
    # each problem is shown in its preview row
    shown = {
        dialog.preview.item(r, 0).text(): dialog.preview.item(r, 1).text()
        for r in range(dialog.preview.rowCount())
    }
    assert "1988-02-30" in shown["3"] and "第九党小组" in shown["5"]
    assert not dialog.import_all_button.isEnabled()
    before = people_count(path)
    assert dialog.run_import(skip_bad=False) == 0
    assert people_count(path) == before
    # fix both rows in the preview (the birth date column, the party group column)
    birth_col = 2 + HEADER.index("出生日期")
    group_col = 2 + HEADER.index("党小组")
    dialog.preview.item(1, birth_col).setText("1988-02-28")
    dialog.preview.item(3, group_col).setText("第二党小组")
    assert dialog.problems() == {}
    assert dialog.import_all_button.isEnabled()
    with qtbot.waitSignal(dialog.people_imported) as imported:
        qtbot.mouseClick(dialog.import_all_button, Qt.MouseButton.LeftButton)
    assert imported.args == [len(ROWS)]
    assert people_count(path) == before + len(ROWS)
    groups = {p.name: p.party_group for p in s.list_people()}
    assert groups["吴磊"] == "第二党小组"


def test_import_of_the_good_rows_only_when_asked(setup, qtbot, tmp_path):
    ctx, _, path = setup
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    dialog = page.open_import(str(write_csv(tmp_path, ROWS)))
    qtbot.addWidget(dialog)
    assert dialog.import_good_button.isVisible()
    before = people_count(path)
    with qtbot.waitSignal(dialog.people_imported):
        qtbot.mouseClick(dialog.import_good_button, Qt.MouseButton.LeftButton)
    assert people_count(path) == before + len(ROWS) - 2
    names = set(page_names(page))
    assert {"陈静", "刘洋", "孙敏"} <= names and not {"周杰", "吴磊"} & names


def test_changing_the_mapping_rechecks_the_rows(setup, qtbot, tmp_path):
    ctx, _, _ = setup
    dialog = ImportDialog(ctx, path=str(write_csv(tmp_path, ROWS)))
    qtbot.addWidget(dialog)
    group = dialog.mapping["party_group"]
    group.setCurrentIndex(group.findData(-1))  # do not import the party group column
    assert sorted(dialog.problems()) == [3]  # only the impossible date is left


def test_a_file_that_is_not_a_roster_says_so(setup, qtbot, tmp_path):
    ctx, _, _ = setup
    bad = tmp_path / "roster.xlsx"
    bad.write_text("not a workbook")
    dialog = ImportDialog(ctx, path=str(bad))
    qtbot.addWidget(dialog)
    assert "roster.xlsx" in dialog.message.text()
    assert not dialog.import_all_button.isEnabled()


def test_import_preview_says_per_row_what_to_fix_and_imports_two_people_of_one_name(
    setup, qtbot, tmp_path
):
    """Issue 12: a real roster — 出生年月 as a month, two 刘洋 told apart by birth date — and
    each bad row says what is wrong at the very cell, and how to fix it."""
    ctx, _, path = setup
    header = ["姓名", "性别", "出生年月", "政治面貌", "入党时间"]
    rows = [
        ["刘洋", "男", "1978.05", "中共党员", "2000-07-01"],  # line 2
        ["刘洋", "男", "1990年4月", "中共党员", "2012-07-01"],  # line 3: another 刘洋
        ["钱军", "男", "1979.13", "中共党员", "1998.07"],  # line 4: no 13th month, no day
    ]
    roster = tmp_path / "花名册.csv"
    with open(roster, "w", newline="", encoding="gbk") as f:
        csv.writer(f).writerows([header, *rows])
    dialog = ImportDialog(ctx, path=str(roster))
    qtbot.addWidget(dialog)
    assert sorted(dialog.problems()) == [4]
    assert sorted(dialog.problems()[4]) == ["birth_date", "joined_on"]
    assert sorted(dialog.warnings()) == [2, 3]  # they import, and say there are two 刘洋
    shown = {
        dialog.preview.item(r, 0).text(): dialog.preview.item(r, 1).text()
        for r in range(dialog.preview.rowCount())
    }
    assert "1979.13" in shown["4"] and "1998-07-01" in shown["4"]  # the day to write
    assert "刘洋" in shown["2"] and "刘洋" in shown["3"]
    # the cells to correct carry their own message
    birth_cell = dialog.preview.item(2, 2 + header.index("出生年月"))
    joined_cell = dialog.preview.item(2, 2 + header.index("入党时间"))
    assert birth_cell.toolTip() == dialog.problems()[4]["birth_date"]
    assert joined_cell.toolTip() == dialog.problems()[4]["joined_on"]
    assert birth_cell.background().color() != dialog.preview.item(2, 0).background().color()
    # fixed in the preview, everything imports in one go
    birth_cell.setText("1979.12")  # each edit checks the rows again and refills the preview
    dialog.preview.item(2, 2 + header.index("入党时间")).setText("1998-07-01")
    assert dialog.problems() == {}
    before = people_count(path)
    with qtbot.waitSignal(dialog.people_imported):
        qtbot.mouseClick(dialog.import_all_button, Qt.MouseButton.LeftButton)
    assert people_count(path) == before + 3
    with sqlite3.connect(path) as con:
        births = con.execute(
            "SELECT name, birth_date FROM person WHERE name IN ('刘洋', '钱军') ORDER BY id"
        ).fetchall()
    assert births == [("刘洋", "1978-05"), ("刘洋", "1990-04"), ("钱军", "1979-12")]


def test_a_birth_month_is_typed_and_kept_in_the_person_editor(setup, qtbot):
    ctx, people, path = setup
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    dialog = page.open_person(people["张伟"])
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.birth_date.edit, "1978.05")  # the DateField's line edit
    with qtbot.waitSignal(dialog.record_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with sqlite3.connect(path) as con:
        birth = con.execute("SELECT birth_date FROM person WHERE name='张伟'").fetchone()[0]
    assert birth == "1978-05"
    again = page.open_person(people["张伟"])
    qtbot.addWidget(again)
    assert again.birth_date.text() == "1978-05"


def test_each_members_study_hours_this_year_against_the_minimum(setup, qtbot):
    from ui.people.page import STUDY

    _ctx, people, path = setup
    ctx = _ctx
    s.set_committee([(people["张伟"], "secretary", "书记")])
    year = dt.date.today().year
    # 李娜: 17 sessions of 2 h (34 h ≥ 32); 张伟, the secretary, the same (34 h < 56).
    for i in range(17):
        s.save_activity(
            s.ActivityInput(
                kinds=["collective_study"],
                date=f"{year}-01-{i + 1:02d}",
                start_time="14:00",
                end_time="16:00",
                topic="集中学习",
                location="会议室",
                attendance=[s.AttendanceInput(people[n], "present") for n in ("张伟", "李娜")],
            )
        )
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    with sqlite3.connect(path) as con:
        minutes = dict(
            con.execute(
                "SELECT p.name, SUM(a.duration_min) FROM attendance t"
                " JOIN activity a ON a.id = t.activity_id JOIN person p ON p.id = t.person_id"
                " GROUP BY p.id"
            ).fetchall()
        )
    shown = {
        page.proxy.index(r, NAME).data(): page.proxy.index(r, STUDY).data()
        for r in range(page.proxy.rowCount())
    }
    assert shown["李娜"] == f"{minutes['李娜'] // 60} h of 32 h ✓"
    assert shown["张伟"] == f"{minutes['张伟'] // 60} h of 56 h ✗"
    assert shown["王芳"] == "0 h of 32 h ✗"  # a probationary member counts too
    assert shown["赵强"] == ""  # staff: no minimum


def test_roster_fields_are_edited_and_the_id_number_is_masked_unless_edited(setup, qtbot):
    ctx, people, path = setup
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    page.show()
    dialog = page.open_person(people["张伟"])
    qtbot.addWidget(dialog)
    dialog.ethnicity.setCurrentText("回族")
    type_text(dialog.native_place, "江苏南京")
    dialog.education.setCurrentIndex(dialog.education.findText("大学本科"))
    type_text(dialog.job_title, "高级教师")
    dialog.id_number.setFocus()
    qtbot.keyClicks(dialog.id_number, "110105194912310021")  # check character should be X
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "X" in dialog.errors.shown["id_number"]
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT id_number FROM person WHERE name='张伟'").fetchone() == ("",)
    dialog.id_number.setFocus()
    dialog.id_number.selectAll()
    qtbot.keyClicks(dialog.id_number, "11010519491231002x")
    # Leaving the field masks it (sent by hand: an offscreen window is never active).
    QApplication.sendEvent(
        dialog.id_number, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason)
    )
    assert dialog.id_number.text() == "1101**********002X"
    with qtbot.waitSignal(dialog.record_saved):
        dialog.save_button.click()
    with sqlite3.connect(path) as con:
        row = con.execute(
            "SELECT ethnicity, native_place, education, job_title, id_number FROM person"
            " WHERE name='张伟'"
        ).fetchone()
    assert row == ("回族", "江苏南京", "大学本科", "高级教师", "11010519491231002X")
    again = page.open_person(people["张伟"])
    qtbot.addWidget(again)
    assert again.id_number.text() == "1101**********002X"  # shown masked until edited
    assert again.id_number.value() == "11010519491231002X"


def test_the_roster_dialog_writes_the_members_of_the_chosen_day(setup, qtbot, tmp_path):
    from openpyxl import load_workbook

    ctx, people, path = setup
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    dialog = page.open_roster()
    qtbot.addWidget(dialog)
    day = dt.date.today().isoformat()
    dialog.day.set_date(day)
    out = tmp_path / "roster.xlsx"
    with qtbot.waitSignal(dialog.written):
        dialog.save_to(out)
    ws = load_workbook(out).worksheets[0]
    header = [c.value for c in ws[2]]
    names = [r[header.index("Name")] for r in ws.iter_rows(min_row=3, values_only=True)
             if isinstance(r[0], int)]  # fmt: skip
    with sqlite3.connect(path) as con:
        members = [n for (n,) in con.execute(
            "SELECT name FROM person p WHERE deleted_at IS NULL AND (SELECT category FROM"
            " person_category c WHERE c.person_id = p.id AND c.deleted_at IS NULL AND"
            " (c.effective_on IS NULL OR c.effective_on <= ?) ORDER BY c.effective_on IS NULL,"
            " c.effective_on DESC, c.id DESC LIMIT 1) IN ('full_member', 'probationary') AND"
            " (SELECT status FROM person_status s WHERE s.person_id = p.id AND s.deleted_at IS"
            " NULL AND s.effective_on <= ? ORDER BY s.effective_on DESC, s.id DESC LIMIT 1)"
            " IN ('active', 'mobile')", (day, day))]  # fmt: skip
    assert members and sorted(names) == sorted(members)
