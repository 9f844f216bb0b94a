"""The 党费 dialog on a ledger of two branches (a district's): the month grid and the arrears
show one branch at a time, chosen above the grid; on a one-branch ledger there is no chooser.
Every expectation is read from the file with sqlite3."""

from __future__ import annotations

import datetime as dt

import pytest

from models import services as s
from tests.followup_helpers import make_branch, raw
from ui.people.dues_dialog import CELL_ROLE, DuesDialog
from ui.shell.context import AppContext

TODAY = dt.date(2026, 10, 15)


def _members(path, branch_uuid: str) -> set[str]:
    return {
        u
        for (u,) in raw(
            path,
            "SELECT p.uuid FROM person p JOIN branch b ON b.id = p.branch_id"
            " WHERE p.deleted_at IS NULL AND b.uuid = ?"
            " AND p.category IN ('full_member', 'probationary')",
            (branch_uuid,),
        )
    }


def _shown(dialog) -> set[str]:
    table = dialog.table
    return {table.item(r, 2).data(CELL_ROLE)[0] for r in range(table.rowCount())}


def _dialog(ledger, qtbot) -> DuesDialog:
    dialog = DuesDialog(AppContext(ledger=ledger), None, 2026)
    qtbot.addWidget(dialog)
    dialog.today = lambda: TODAY
    dialog.refresh()
    return dialog


@pytest.fixture
def two(ledger, ledger_path):
    second = make_branch(name="B小学党支部")  # made first, while it is the only branch
    first = make_branch(name="A小学党支部")  # sorts first: find_branch's choice
    for made in (second, first):
        for uuid in made.people.values():
            s.save_standard(s.StandardInput(uuid, "2026-01", "10"))
    # The second branch's members paid every month so far; the first branch's paid nothing.
    for uuid in _members(ledger_path, second.branch_uuid):
        for month in range(1, 10):
            s.save_payment(s.PaymentInput(uuid, f"2026-{month:02d}", "10", f"2026-{month:02d}-05"))
    return ledger_path, first, second


def test_dues_grid_and_arrears_one_branch_at_a_time(two, ledger, qtbot):
    path, first, second = two
    dialog = _dialog(ledger, qtbot)
    assert not dialog.branch_chooser.isHidden()
    assert dialog.branch_chooser.count() == 2
    a, b = first.branch_uuid, second.branch_uuid
    # The first branch by name, its members only; its arrears (nobody paid) name only them.
    assert _shown(dialog) == _members(path, a)
    paid_a = raw(
        path,
        "SELECT COALESCE(SUM(d.paid_cents), 0) FROM dues_payment d JOIN branch b"
        " ON b.id = d.branch_id WHERE d.deleted_at IS NULL AND b.uuid = ?",
        (a,),
    )[0][0]
    assert dialog.sheet.paid_cents == paid_a == 0
    lines = [line for line in dialog.arrears.toPlainText().splitlines() if line]
    owing = s.arrears(TODAY)  # every member of the ledger in arrears
    assert owing and len(lines) == len([x for x in owing if x.uuid in _members(path, a)])
    assert not any(x.uuid in _members(path, b) for x in owing)
    # The second branch: its members, what they paid, and no arrears.
    dialog.choose_branch(b)
    assert _shown(dialog) == _members(path, b)
    paid_b = raw(
        path,
        "SELECT SUM(d.paid_cents) FROM dues_payment d JOIN branch b ON b.id = d.branch_id"
        " WHERE d.deleted_at IS NULL AND b.uuid = ?",
        (b,),
    )[0][0]
    assert paid_b and dialog.sheet.paid_cents == paid_b
    assert dialog.arrears.isHidden()


def test_one_branch_no_chooser(ledger, ledger_path, qtbot):
    made = make_branch()
    dialog = _dialog(ledger, qtbot)
    assert dialog.branch_chooser.isHidden() and dialog.branch_label.isHidden()
    assert _shown(dialog) == _members(ledger_path, made.branch_uuid)
