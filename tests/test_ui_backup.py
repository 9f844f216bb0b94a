"""The Backups window and the damaged-ledger recovery, driven through their widgets."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from models.errors import DamagedLedgerError
from models.file.backup import backup_now, list_backups
from models.file.ledger import open_ledger
from tests.test_backup import dump_hash
from tests.test_damaged import damage_middle
from tests.ui_support import QT_MARKS, make_branch, save_meeting
from ui.backups.dialog import COL_ACTIVITIES, COL_DATE, COL_PEOPLE, COL_SIZE, BackupDialog
from ui.backups.recovery import RecoveryDialog, offer_recovery

pytestmark = QT_MARKS

START = dt.datetime(2026, 9, 1, 7, 30, tzinfo=dt.UTC)


def raw_count(path: Path, table: str) -> int:
    con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return con.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def history(tmp_path, english):
    """A ledger with three backups a day apart, each holding one more meeting than the last."""
    path = tmp_path / "branch.ledger"
    root = tmp_path / "backups"
    led = open_ledger(path, create=True)
    people = make_branch(5)
    for day in range(3):
        save_meeting(people, f"2026-09-0{day + 1}", f"第{day + 1}次支部党员大会")
        backup_now(path, now=START + dt.timedelta(days=day), root=root)
    save_meeting(people, "2026-09-10", "备份之后的会议")
    state = {"ledger": led}
    yield path, root, state
    if state["ledger"] is not None:
        state["ledger"].close()


def test_the_dialog_lists_each_backup_with_date_size_and_records(qtbot, history):
    path, root, _ = history
    dialog = BackupDialog(path, backups_root=root)
    qtbot.addWidget(dialog)
    files = sorted(root.rglob("*.ledger"), reverse=True)  # names sort by time: newest first
    assert dialog.table.rowCount() == len(files) == 3
    for row, file in enumerate(files):
        stamp = dt.datetime.strptime(file.stem.rsplit("-", 1)[-1], "%Y%m%dT%H%M%SZ")
        local = stamp.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")
        assert dialog.table.item(row, COL_DATE).text() == local
        kb = file.stat().st_size / 1024
        assert dialog.table.item(row, COL_SIZE).text() == QLocale().toString(kb, "f", 1) + " kB"
        assert dialog.table.item(row, COL_ACTIVITIES).text() == str(raw_count(file, "activity"))
        assert dialog.table.item(row, COL_PEOPLE).text() == str(raw_count(file, "person"))
    assert [dialog.table.item(r, COL_ACTIVITIES).text() for r in range(3)] == ["3", "2", "1"]


def test_back_up_now_adds_a_backup(qtbot, history):
    path, root, _ = history
    dialog = BackupDialog(path, backups_root=root)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 4
    assert dialog.table.item(0, COL_ACTIVITIES).text() == str(raw_count(path, "activity")) == "4"
    assert "Backup made" in dialog.status_label.text()


def test_restoring_a_backup_keeps_the_replaced_ledger_aside(qtbot, history):
    path, root, state = history
    before = path.read_bytes()
    calls = []

    def close_ledger() -> None:
        calls.append("close")
        state["ledger"].close()
        state["ledger"] = None

    def reopen_ledger() -> None:
        calls.append("reopen")
        state["ledger"] = open_ledger(path)

    dialog = BackupDialog(
        path, backups_root=root, close_ledger=close_ledger, reopen_ledger=reopen_ledger
    )
    qtbot.addWidget(dialog)
    oldest = list_backups(path, root)[-1]
    dialog.table.selectRow(2)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    assert "1 activities" in box.informativeText()
    with qtbot.waitSignal(dialog.backup_restored) as signal:
        qtbot.mouseClick(dialog.confirm_yes, Qt.MouseButton.LeftButton)
    assert calls == ["close", "reopen"]
    ledger_arg, aside_arg = signal.args
    assert Path(ledger_arg) == path
    aside = Path(aside_arg)
    assert aside.parent == path.parent and aside.read_bytes() == before
    assert dump_hash(path) == dump_hash(oldest.path)
    assert raw_count(path, "activity") == 1
    assert str(aside) in dialog.status_label.text()


def test_a_backup_made_while_closing_cannot_rotate_the_chosen_one_away(qtbot, history):
    path, root, state = history
    chosen = list_backups(path, root)[0]
    content = dump_hash(chosen.path)

    def close_ledger() -> None:  # as the app does: a backup on closing, ...
        state["ledger"].close()
        state["ledger"] = None
        backup_now(path, now=chosen.time + dt.timedelta(hours=1), root=root)
        # ... whose rotation removes the chosen one (as it does in a ledger unused for months
        # whose old backups are no longer kept).
        chosen.path.unlink()

    dialog = BackupDialog(path, backups_root=root, close_ledger=close_ledger)
    qtbot.addWidget(dialog)
    assert dialog.restore(chosen)
    assert not chosen.path.exists()  # rotated away by the closing backup ...
    assert dump_hash(path) == content  # ... and restored all the same
    assert list(root.rglob("*.restoring")) == []


def test_a_backup_that_fails_the_full_check_is_not_offered_for_restoring(qtbot, history):
    from tests.test_backup import index_out_of_step

    path, root, state = history
    before = path.read_bytes()
    newest = list_backups(path, root)[0]
    index_out_of_step(newest.path)
    dialog = BackupDialog(path, backups_root=root, close_ledger=lambda: pytest.fail("closed"))
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.confirm_box is None  # no "Restore?" question for a damaged backup
    assert "damaged" in dialog.status_label.text()
    assert dialog.table.item(0, COL_ACTIVITIES).text() == "damaged"
    assert not dialog.restore_button.isEnabled()
    assert path.read_bytes() == before
    # The damaged-ledger recovery offers the newest backup that passes the full check.
    offered = []

    def accept_offer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, RecoveryDialog) and widget.isVisible():
                offered.append(widget.backup)
                widget.reject()

    QTimer.singleShot(0, accept_offer)
    offer_recovery(None, path, DamagedLedgerError("damaged"), backups_root=root)
    assert [b.path for b in offered] == [list_backups(path, root)[1].path]


def test_cancelling_a_restore_changes_nothing(qtbot, history):
    path, root, state = history
    before = path.read_bytes()
    dialog = BackupDialog(path, backups_root=root, close_ledger=lambda: pytest.fail("closed"))
    qtbot.addWidget(dialog)
    dialog.table.selectRow(1)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    cancel = [b for b in dialog.confirm_box.buttons() if b is not dialog.confirm_yes][0]
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert path.read_bytes() == before
    assert list(path.parent.glob("*.replaced-*")) == []


def click_when_shown(qtbot, button_of, seen: dict, tries: int = 500) -> None:
    """Answer the recovery dialog from inside its exec() (it is modal and blocks); give up
    after `tries` looks 20 ms apart, so a dialog that never comes leaves no poller behind."""

    def poll(left: int) -> None:
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, RecoveryDialog) and w.isVisible()
        ]
        if not dialogs:
            if left:
                QTimer.singleShot(20, lambda: poll(left - 1))
            return
        dialog = dialogs[0]
        seen["text"] = dialog.headline.text() + "\n" + dialog.message.text()
        qtbot.mouseClick(button_of(dialog), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, lambda: poll(tries))


def test_a_damaged_ledger_is_restored_from_the_newest_good_backup(qtbot, history):
    path, root, state = history
    state["ledger"].close()
    state["ledger"] = None
    newest = list_backups(path, root)[0]
    damage_middle(path)
    damaged = path.read_bytes()
    with pytest.raises(DamagedLedgerError) as info:
        open_ledger(path)
    seen: dict = {}
    click_when_shown(qtbot, lambda d: d.restore_button, seen)
    assert offer_recovery(None, path, info.value, backups_root=root) == path
    local = newest.time.astimezone().strftime("%Y-%m-%d %H:%M")
    assert "damaged" in seen["text"] and local in seen["text"]
    assert f"{newest.activities} activities" in seen["text"]
    (aside,) = path.parent.glob("branch.damaged-*.ledger")
    assert aside.read_bytes() == damaged
    state["ledger"] = open_ledger(path)
    assert dump_hash(path) == dump_hash(newest.path)


def test_declining_recovery_leaves_the_damaged_file_alone(qtbot, history):
    path, root, state = history
    state["ledger"].close()
    state["ledger"] = None
    damage_middle(path)
    damaged = path.read_bytes()
    seen: dict = {}

    def not_now(dialog: RecoveryDialog) -> QPushButton:
        return next(b for b in dialog.findChildren(QPushButton) if b.text() == "Not now")

    click_when_shown(qtbot, not_now, seen)
    assert offer_recovery(None, path, DamagedLedgerError("damaged"), backups_root=root) is None
    assert path.read_bytes() == damaged
    assert list(path.parent.glob("*.damaged-*")) == []


def test_no_good_backup_is_said_plainly(qtbot, tmp_path, english):
    path = tmp_path / "lonely.ledger"
    open_ledger(path, create=True).close()
    damage_middle(path)
    seen: dict = {}

    def only_button(dialog: RecoveryDialog) -> QPushButton:
        (button,) = dialog.findChildren(QPushButton)  # "Close": there is nothing to restore
        assert dialog.restore_button is None
        return button

    click_when_shown(qtbot, only_button, seen)
    assert offer_recovery(None, path, DamagedLedgerError("x"), backups_root=tmp_path / "b") is None
    assert "no good backup" in seen["text"]
    # The app's opening flow asks for the offer only when there is something to restore.
    seen.clear()
    click_when_shown(qtbot, only_button, seen, tries=5)  # answers it, should it appear
    shown = offer_recovery(
        None, path, DamagedLedgerError("x"), backups_root=tmp_path / "b", only_if_backup=True
    )
    assert shown is None
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, RecoveryDialog) and w.isVisible()
    ]


def test_file_menu_backups_restores_inside_the_running_app(qtbot, history, isolated_settings):
    from ui.backups.actions import BackupActions
    from ui.shell.app import AppController

    path, root, state = history
    assert root == isolated_settings.parent / "backups"  # where the app puts its backups here
    state["ledger"].close()
    state["ledger"] = None
    controller = AppController("en")
    assert controller.open_path(path)
    try:
        window = controller.window
        qtbot.waitUntil(lambda: any(isinstance(f, BackupActions) for f in window.features))
        (action,) = [a for a in window.file_menu.actions() if a.objectName() == "backupsAction"]
        action.trigger()
        (actions,) = [f for f in window.features if isinstance(f, BackupActions)]
        dialog = actions.dialog
        oldest = list_backups(path, root)[-1]
        content = dump_hash(oldest.path)
        dialog.table.selectRow(dialog.backups.index(oldest))
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.confirm_yes, Qt.MouseButton.LeftButton)
        # The app closed the ledger (backing it up), restored, and reopened it in a new window
        # that says what happened.
        assert controller.ledger is not None and controller.ledger.path == path
        assert controller.window is not window
        assert "was restored" in controller.window.status_label.text()
        assert dump_hash(path) == content
        assert len(list(path.parent.glob("branch.replaced-*.ledger"))) == 1
    finally:
        controller.close()


def test_backups_after_opening_and_before_closing(qtbot, tmp_path, english):
    from ui.backups.actions import backup_before_close, start_backup_after_open

    path = tmp_path / "branch.ledger"
    root = tmp_path / "backups"
    led = open_ledger(path, create=True)
    make_branch(3)
    start_backup_after_open(led, backups_root=root).join(30)
    assert len(list_backups(path, root)) == 1
    start_backup_after_open(led, backups_root=root).join(30)  # not a day later: no new one
    assert len(list_backups(path, root)) == 1
    assert backup_before_close(led, backups_root=root) is None
    led.close()
    # Same day: both are kept (each session of the last week can be restored).
    assert len(list_backups(path, root)) == 2
    assert dump_hash(list_backups(path, root)[0].path) == dump_hash(path)
    with open_ledger(path, readonly=True) as ro:
        assert start_backup_after_open(ro, backups_root=root) is None
        assert backup_before_close(ro, backups_root=root) is None


def test_a_failed_background_backup_is_reported_in_the_gui_thread(qtbot, tmp_path, english):
    from ui.backups.actions import start_backup_after_open

    path = tmp_path / "branch.ledger"
    led = open_ledger(path, create=True)
    damage_middle(path)  # damaged while open: the backup must refuse it
    messages: list[str] = []
    thread = start_backup_after_open(led, messages.append, backups_root=tmp_path / "b")
    thread.join(30)
    qtbot.waitUntil(lambda: bool(messages))
    assert "damaged" in messages[0] and "no backup was made" in messages[0]
    assert list_backups(path, tmp_path / "b") == []
    led.db.close()
    led.close()


def test_the_app_offers_the_newest_backup_for_a_damaged_ledger(qtbot, history, isolated_settings):
    from ui.shell.app import AppController

    path, root, state = history
    assert root == isolated_settings.parent / "backups"  # where the app looks for backups here
    state["ledger"].close()
    state["ledger"] = None
    newest = list_backups(path, root)[0]
    damage_middle(path)
    damaged = path.read_bytes()
    seen: dict = {}
    click_when_shown(qtbot, lambda d: d.restore_button, seen)
    controller = AppController("en")
    try:
        assert controller.open_path(path)  # restored, then opened
        assert controller.ledger is not None and controller.ledger.path == path
        assert "damaged" in seen["text"]
        assert dump_hash(path) == dump_hash(newest.path)
        (aside,) = path.parent.glob("branch.damaged-*.ledger")
        assert aside.read_bytes() == damaged
    finally:
        controller.close()
