"""Closing the app: the window goes at once, the last backup finishes in the background, and a
new start waits for it with a message instead of refusing the file (issue 13)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from models.errors import LedgerInUseError
from models.file import closing
from models.file.backup import list_backups
from models.file.ledger import open_ledger
from tests.ui_support import QT_MARKS, make_branch
from ui.shell import app as app_module
from ui.shell.app import AppController

pytestmark = QT_MARKS


def test_the_lock_and_a_marker_are_held_until_the_last_work_is_done(tmp_path):
    path = tmp_path / "branch.ledger"
    ledger = open_ledger(path, create=True)
    ledger.hand_over()  # to the closing thread
    release = threading.Event()
    thread = closing.close_in_background(ledger, lambda _p: release.wait(30))
    try:
        assert closing.is_closing(path)
        with pytest.raises(LedgerInUseError):
            open_ledger(path)
        assert not closing.wait_until_closed(path, timeout=0.2)
    finally:
        release.set()
        thread.join(30)
    assert not closing.is_closing(path)
    assert not closing.closing_marker(path).exists()
    open_ledger(path).close()


def test_a_marker_left_by_a_process_that_ended_is_ignored(tmp_path):
    path = tmp_path / "branch.ledger"
    open_ledger(path, create=True).close()
    closing.closing_marker(path).write_text("12345")
    assert not closing.is_closing(path)  # nobody holds the lock
    assert not closing.closing_marker(path).exists()


def test_quitting_hides_the_window_at_once_and_a_new_start_waits(
    qtbot, tmp_path, isolated_settings, english, monkeypatch
):
    path = tmp_path / "branch.ledger"
    with open_ledger(path, create=True):
        make_branch()
    release = threading.Event()
    events: list[str] = []
    real_last_work = app_module._last_work

    def slow_last_work(p):
        release.wait(30)  # a district's backup: seconds
        real_last_work(p)
        events.append("backed up")

    monkeypatch.setattr(app_module, "_last_work", slow_last_work)
    first = AppController("en")
    assert first.open_path(path)
    window = first.window
    qtbot.waitExposed(window)
    first.close(wait=False)  # what quitting does
    assert not window.isVisible()  # gone while the backup has not even started
    assert events == [] and closing.is_closing(path)

    seen: list[str] = []

    def watch() -> None:
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        ]
        if dialogs:
            seen.append(dialogs[0].labelText())
            release.set()
        else:
            QTimer.singleShot(20, watch)

    QTimer.singleShot(0, watch)
    second = AppController("en")
    try:
        assert second.open_path(path)  # waited, then opened: no "open elsewhere" dialog
        events.append("opened")
        assert seen and "still backing up" in seen[0] and path.name in seen[0]
        assert events == ["backed up", "opened"]
        assert len(list_backups(path, tmp_path / "backups")) >= 1
    finally:
        release.set()
        first.wait_closed()
        second.close()
