"""File ▸ Check ledger…: the same checks as `main.py check`, run on the worker, in plain words."""

from __future__ import annotations

import sqlite3

import pytest

from models.check import check_ledger
from tests.ui_support import QT_MARKS, make_branch, save_meeting
from ui.backups.check_dialog import CheckActions

pytestmark = QT_MARKS


@pytest.fixture
def window(qtbot):
    from PySide6.QtWidgets import QMainWindow

    w = QMainWindow()
    w.file_actions = []
    w.add_file_action = w.file_actions.append
    qtbot.addWidget(w)
    return w


def test_a_clean_ledger_says_so(ctx, window, qtbot, english):
    people = make_branch(3)
    save_meeting(people, "2026-10-09", "支部党员大会")
    actions = CheckActions(ctx, window)
    assert [a.objectName() for a in window.file_actions] == ["checkLedgerAction"]
    window.file_actions[0].trigger()
    dialog = actions.dialog
    with qtbot.waitSignal(dialog.checked, timeout=30000) as signal:
        pass
    assert signal.args == [0] and dialog.problems == []
    assert "No problems found" in dialog.headline.text()


def test_problems_are_listed_in_plain_words(ctx, ledger_path, window, qtbot, english):
    people = make_branch(3)
    save_meeting(people, "2026-10-09", "支部党员大会", statuses={1: "absent"})
    # A file edited by another tool: the absence loses its reason behind the services' back.
    con = sqlite3.connect(ledger_path)
    con.execute("UPDATE attendance SET reason = '' WHERE status = 'absent'")
    con.commit()
    con.close()
    expected = check_ledger(ctx.ledger)  # the command line's list, computed on its own
    assert expected
    actions = CheckActions(ctx, window)
    with qtbot.waitSignal(actions.check().checked, timeout=30000) as signal:
        pass
    dialog = actions.dialog
    assert signal.args == [len(expected)]
    shown = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert shown == expected
    assert any("支部党员大会" in line for line in shown)  # names the record
