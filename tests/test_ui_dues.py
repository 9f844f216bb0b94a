"""The 党费 dialog on the people page: the month grid shows what the file holds; a standard and
a month's payment are recorded through the widgets; a bad entry names its field."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QDate, Qt

from models import services as s
from tests.followup_helpers import make_branch
from ui.people.dues_dialog import DuesDialog
from ui.people.page import PeoplePage
from ui.shell.context import AppContext

HOSTILE = "=1+1\x07 生病"


@pytest.fixture
def setup(ledger, ledger_path, qtbot):
    made = make_branch()
    for uuid in made.people.values():
        s.save_standard(s.StandardInput(uuid, "2026-01", "10"))
    s.save_payment(s.PaymentInput(made.people["李明"], "2026-03", "10", "2026-03-05"))
    page = PeoplePage(AppContext(ledger=ledger))
    qtbot.addWidget(page)
    return page, made, ledger_path


def _cell(dialog, name: str, month: int):
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == name)
    return row, dialog.table.item(row, month + 1)


def test_the_grid_shows_the_file_and_records_a_payment(setup, qtbot):
    page, made, path = setup
    qtbot.mouseClick(page.dues_button, Qt.MouseButton.LeftButton)
    assert page.findChild(DuesDialog) is not None  # the button opens it (this year)
    dialog = page.open_dues(2026)
    qtbot.addWidget(dialog)
    con = sqlite3.connect(path)
    names = {
        n
        for (n,) in con.execute(
            "SELECT name FROM person WHERE category IN ('full_member', 'probationary')"
        )
    }
    assert {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())} == names
    _row, march = _cell(dialog, "李明", 3)
    assert march.text() == "10.00"
    row, april = _cell(dialog, "王芳", 4)
    assert april.text() == ""  # owed, not paid
    pay = dialog.open_payment(row, 3)
    qtbot.addWidget(pay)
    pay.kind.setCurrentIndex(pay.kind.findData("exempt"))
    pay.note.setText("")
    assert not pay.save()
    assert "note" in pay.errors.shown
    pay.note.setText(HOSTILE)
    assert pay.save()
    kind, note, paid = con.execute(
        "SELECT p.kind, p.note, p.paid_cents FROM dues_payment p"
        " JOIN person x ON x.id = p.person_id WHERE x.name = '王芳' AND p.month = '2026-04'"
    ).fetchone()
    assert (kind, paid) == ("exempt", 0) and "\x07" not in note
    _row, april = _cell(dialog, "王芳", 4)
    assert april.text() == "exempt"  # the tests run in English
    con.close()


def test_a_standard_is_set_from_a_month_on(setup, qtbot):
    page, made, path = setup
    dialog = page.open_dues(2026)
    qtbot.addWidget(dialog)
    row, _item = _cell(dialog, "张伟", 1)
    std = dialog.open_standard(row)
    qtbot.addWidget(std)
    std.effective_from.setText("2026-13")
    assert not std.save() and "effective_from" in std.errors.shown
    std.effective_from.setText("2026-07")
    std.amount.setText("15.5")
    std.rate.setText("0.5")
    assert std.save()
    con = sqlite3.connect(path)
    rows = con.execute(
        "SELECT effective_from, amount_cents, rate_permille FROM dues_standard d JOIN person x"
        " ON x.id = d.person_id WHERE x.name = '张伟' AND d.deleted_at IS NULL"
        " ORDER BY effective_from"
    ).fetchall()
    con.close()
    assert rows == [("2026-01", 1000, None), ("2026-07", 1550, 5)]
    assert "15.50" in dialog.history.text()


def test_a_transfer_is_recorded_and_its_receipt_added(setup, qtbot):
    page, made, path = setup
    qtbot.mouseClick(page.transfers_button, Qt.MouseButton.LeftButton)
    dialog = page.open_transfers()
    qtbot.addWidget(dialog)
    form = dialog.open_form()
    qtbot.addWidget(form)
    form.person.setCurrentIndex(form.person.findData(made.people["张伟"]))
    form.date.setDate(QDate(2026, 4, 30))
    assert not form.save() and "organisation" in form.errors.shown
    form.organisation.setText("区第二中学党支部")
    form.letter_no.setText("12")
    assert form.save()
    con = sqlite3.connect(path)
    rows = con.execute(
        "SELECT t.direction, t.date, t.receipt_on, s.status, s.effective_on FROM transfer t"
        " JOIN person_status s ON s.id = t.status_id"
    ).fetchall()
    assert rows == [("out", "2026-04-30", None, "transferred", "2026-05-01")]
    assert dialog.table.rowCount() == 1
    dialog.table.selectRow(0)
    edit = dialog.open_form(dialog.rows[0])
    qtbot.addWidget(edit)
    edit.has_receipt.setChecked(True)
    edit.receipt_on.setDate(QDate(2026, 5, 12))
    assert edit.save()
    assert con.execute("SELECT receipt_on FROM transfer").fetchall() == [("2026-05-12",)]
    con.close()
