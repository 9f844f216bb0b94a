"""Starting the app: bad ledger files get a plain dialog, the default ledger, first start,
the crash handler, and nothing heavy imported at start-up."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from models.file.ledger import SCHEMA_VERSION, lock_path, open_ledger
from models.file.lock import FileLock
from tests.test_bad_files import damage_ledger, make_good_ledger
from tests.ui_support import QT_MARKS, make_branch
from ui.shell import app as app_module
from ui.shell.app import AppController
from ui.shell.errors import CHOOSE_ANOTHER, QUIT, READ_ONLY, LedgerErrorDialog
from ui.shell.startup import WAITS_FOR_FIRST_FRAME

pytestmark = QT_MARKS

ROOT = Path(__file__).resolve().parent.parent


def answer_error_dialog(qtbot, choice: str, seen: dict) -> None:
    """When the error dialog appears (inside its own exec()), note what it says and answer."""

    def poll() -> None:
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, LedgerErrorDialog) and w.isVisible()
        ]
        if not dialogs:
            QTimer.singleShot(20, poll)
            return
        dialog = dialogs[0]
        seen["title"] = dialog.text()
        seen["text"] = dialog.informativeText()
        seen["buttons"] = sorted(
            value for value in (READ_ONLY, CHOOSE_ANOTHER, QUIT) if dialog.button_for(value)
        )
        dialog.button_for(choice).click()

    QTimer.singleShot(0, poll)


def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "notes.ledger"
    path.write_text("会议记录\nthis is not a ledger\n", encoding="utf-8")
    return path


def newer_ledger(tmp_path: Path) -> Path:
    path = tmp_path / "newer.ledger"
    open_ledger(path, create=True).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    return path


def damaged_ledger(tmp_path: Path) -> Path:
    path = make_good_ledger(tmp_path / "damaged.ledger")
    damage_ledger(path)
    return path


@pytest.fixture
def controller(qapp, isolated_settings, english):
    c = AppController("en")
    yield c
    if c.window is not None:
        c.window.close()
    c.close()


@pytest.mark.parametrize(
    ("make", "title", "words"),
    [
        (text_file, "This file is not a ledger", "is a text file, not a ledger"),
        (newer_ledger, "This ledger needs a newer version of Branch Ledger", "newer Branch Ledger"),
        (damaged_ledger, "This ledger is damaged", "restore the newest backup"),
    ],
)
def test_a_bad_file_gets_its_plain_message(controller, qtbot, tmp_path, make, title, words):
    path = make(tmp_path)
    before = path.read_bytes()
    seen: dict = {}
    answer_error_dialog(qtbot, QUIT, seen)
    assert controller.open_path(path) is False
    assert seen["title"] == title
    assert words in seen["text"] and str(path) in seen["text"]
    assert "Traceback" not in seen["text"]
    assert seen["buttons"] == [CHOOSE_ANOTHER, QUIT]
    assert controller.window is None and path.read_bytes() == before


def test_a_ledger_in_use_can_be_opened_read_only(controller, qtbot, tmp_path, monkeypatch):
    path = make_good_ledger(tmp_path / "shared.ledger")
    other = FileLock(lock_path(path))
    other.acquire()  # as another Branch Ledger window would hold it
    try:
        seen: dict = {}
        answer_error_dialog(qtbot, READ_ONLY, seen)
        assert controller.open_path(path) is True
    finally:
        other.release()
    assert seen["title"] == "This ledger is already open"
    assert "open in another Branch Ledger window" in seen["text"]
    assert seen["buttons"] == [CHOOSE_ANOTHER, QUIT, READ_ONLY]
    window = controller.window
    assert controller.ledger.readonly and "(read-only)" in window.windowTitle()
    assert not window.new_record_action.isEnabled()
    told: list = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    page = window.registers["meeting"]
    page.new_record()  # e.g. from a double-click: nothing to save into, so it says why
    assert page.active_dialog is None and "read-only" in told[0]


def test_choose_another_file_opens_it(controller, qtbot, tmp_path, monkeypatch):
    bad = text_file(tmp_path)
    good = make_good_ledger(tmp_path / "good.ledger")
    monkeypatch.setattr(controller, "_ask_open_file", lambda parent, folder: good)
    seen: dict = {}
    answer_error_dialog(qtbot, CHOOSE_ANOTHER, seen)
    assert controller.open_path(bad) is True
    assert controller.ledger.path == good
    assert "实验小学党支部" in controller.window.windowTitle()
    assert controller.recent_ledgers()[0] == good.resolve()


def test_default_ledger_is_created_in_the_data_folder(tmp_path, monkeypatch):
    """`main.py` with no --ledger: the data folder's branch.ledger is made, then opened."""
    script = textwrap.dedent(
        f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        import ui.shell.app as app
        app.data_dir = lambda: Path({str(tmp_path / "data")!r})
        def done():
            c = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]
            print("WINDOW", c[0].windowTitle() if c else None)
            print("HEAVY", sorted(m for m in ("reportlab", "openpyxl") if m in sys.modules))
            QApplication.quit()
        qt = QApplication(sys.argv[:1])
        QTimer.singleShot(300, done)
        # no setup dialog in this check: the branch question is answered elsewhere
        app.AppController.first_start_if_needed = lambda self: None
        sys.exit(app.run_app(None, "en"))
        """
    )
    env = {
        **__import__("os").environ,
        "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
        "BRANCH_LEDGER_BACKUPS": str(tmp_path / "backups"),
    }
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env
    )
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "data" / "branch.ledger").exists()
    assert "WINDOW branch — Branch Ledger" in out.stdout
    assert "HEAVY []" in out.stdout  # reportlab and openpyxl are loaded only when needed


def test_the_first_frame_is_the_full_window_without_the_later_modules(tmp_path):
    """At the first paint the window is the opened ledger's (title, navigation, toolbar), while
    what only later pages, features and the worker need is not imported yet, the ORM included
    (the ledger was checked, its models are bound after the frame); it all comes after that
    frame (features in the File menu, the overview's figures)."""
    path = make_good_ledger(tmp_path / "first.ledger")
    later = WAITS_FOR_FIRST_FRAME
    script = textwrap.dedent(
        f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        sys.path.insert(0, {str(ROOT)!r})
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        class FirstPaint(QObject):
            done = False
            def eventFilter(self, obj, event):
                if (not self.done and event.type() == QEvent.Type.Paint and obj.isWidgetType()
                        and obj.window().objectName() == "mainWindow"):
                    self.done = True
                    w = obj.window()
                    print("TITLE", w.windowTitle())
                    print("NAV", w.nav.count(), w.toolbar.isVisible())
                    print("LOADED", sorted(m for m in {later!r} if m in sys.modules))
                    QTimer.singleShot(3000, lambda: after(w))
                return False

        def after(w):
            print("FEATURES", len(w.features))
            print("FIGURES", [c.value() for c in w.overview.cards.values()])
            print("LATER", sorted(m for m in {later!r} if m in sys.modules))
            QApplication.quit()

        qt = QApplication(sys.argv[:1])
        hook = FirstPaint()
        qt.installEventFilter(hook)
        import main
        sys.exit(main.main(["--ledger", {str(path)!r}, "--lang", "en"]))
        """
    )
    env = {
        **__import__("os").environ,
        "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
        "BRANCH_LEDGER_BACKUPS": str(tmp_path / "backups"),
    }
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env
    )
    assert out.returncode == 0, out.stderr
    assert "TITLE 实验小学党支部 — first.ledger — Branch Ledger" in out.stdout
    assert "NAV 8 True" in out.stdout
    assert "LOADED []" in out.stdout
    assert "FEATURES 3" in out.stdout  # bureau, backups, check: added after the first frame
    later_loaded = out.stdout.split("LATER", 1)[1]
    assert "models.rules.compliance" in later_loaded and "ui.backups.actions" in later_loaded
    assert "peewee" in later_loaded and "models.file.schema" in later_loaded
    figures = out.stdout.split("FIGURES", 1)[1].splitlines()[0]
    assert "'—'" not in figures  # the overview's figures came from the models afterwards
    assert "reportlab" not in later_loaded and "openpyxl" not in later_loaded


def test_an_unexpected_error_shows_a_plain_message(qapp, qtbot, english):
    seen: dict = {}

    def poll() -> None:
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox)
            and w.objectName() == "unexpectedErrorDialog"
            and w.isVisible()
        ]
        if not boxes:
            QTimer.singleShot(20, poll)
            return
        seen["text"] = boxes[0].text() + " " + boxes[0].informativeText()
        boxes[0].accept()

    old = sys.excepthook
    app_module.install_excepthook()
    try:
        QTimer.singleShot(0, poll)
        try:
            raise ZeroDivisionError("division by zero")
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    assert seen["text"].startswith("Something went wrong.")
    assert "ZeroDivisionError" not in seen["text"] and "Traceback" not in seen["text"]


def test_keyboard_shortcuts(ctx, qtbot, english):
    from PySide6.QtCore import Qt

    from ui.shell.main_window import MainWindow

    make_branch(2)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    assert window.new_record_action.shortcut().toString() == "Ctrl+N"
    assert window.refresh_action.shortcut().toString() == "F5"
    qtbot.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search.hasFocus)
    qtbot.keyClicks(window.search, "hall")  # QTest types Latin-1 only
    qtbot.waitUntil(lambda: window.registers["meeting"].current_filter().text == "hall")
    assert window.current_key() == "meeting"
    assert window.windowTitle().startswith("实验小学党支部")


def test_end_to_end_a_meeting_entered_in_the_editor(ctx, qtbot, tmp_path, english):
    """Issue 3: create a meeting through the dialog with attendance, a leave reason and a photo,
    then see it in the register and the overview's figures change by the right amounts."""
    from PySide6.QtCore import Qt

    from tests.editing_helpers import picture_file
    from tests.test_ui_editor import drop_files, type_into
    from tests.ui_support import raw, save_meeting, wait_loaded
    from ui.overview.page import OverviewPage
    from ui.records.editor import PHOTOS_TAB
    from ui.shell.main_window import MainWindow

    people = make_branch(6)  # six full members: all expected at a branch meeting
    save_meeting(people[:3], "2026-03-05", "三月集中学习", kinds=("collective_study",))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.overview.today = lambda: __import__("datetime").date(2026, 3, 20)
    window.month_selector.set_month("2026-03")
    with qtbot.waitSignal(window.overview.loaded, timeout=10000):
        window.show()
    before = {k: c.value() for k, c in window.overview.cards.items()}
    assert before["activities"] == "1" and before["attendances"] == "3"

    page = window.show_page("meeting")
    wait_loaded(qtbot, page)
    assert page.stack.currentWidget() is page.empty  # nothing this month yet
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N
    dialog = page.active_dialog
    assert dialog is not None and dialog.fields.kinds.kinds() == ["branch_meeting"]
    f = dialog.fields
    type_into(qtbot, f.topic, "学习贯彻全会精神")
    type_into(qtbot, f.location, "党员活动室")
    type_into(qtbot, f.start_time, "14:00")
    type_into(qtbot, f.end_time, "15:30")
    f.host.setCurrentIndex(f.host.findData(people[0]))
    f.recorder.setCurrentIndex(f.recorder.findData(people[1]))
    table = dialog.attendance
    assert sorted(table.person_uuids()) == sorted(people)
    row = table.row_of(people[2])
    table.table.cellWidget(row, 2).setCurrentIndex(table.table.cellWidget(row, 2).findData("leave"))
    table.table.cellWidget(row, 3).setCurrentIndex(table.table.cellWidget(row, 3).findData("sick"))
    type_into(qtbot, table.table.cellWidget(row, 4), "住院治疗")
    qtbot.mouseClick(table.all_present_button, Qt.MouseButton.LeftButton)
    dialog.tabs.setCurrentWidget(dialog.tabs.widget(PHOTOS_TAB))  # the Photos tab
    drop_files(dialog.photo_widget.list, [picture_file(tmp_path, "合影.jpg", 2400, 1600)])
    qtbot.waitUntil(lambda: not dialog.photo_widget.busy())
    assert dialog.photo_widget.count() == 1
    with qtbot.waitSignal(window.overview.loaded, timeout=10000):
        with qtbot.waitSignal(dialog.record_saved) as saved:
            dialog.save_button.click()
        window.show_page("overview")  # the overview re-reads the ledger when shown
    uuid = saved.args[0]
    wait_loaded(qtbot, page)

    # the register shows the new meeting, with 5 of 6 present
    shown = [page.model.row_at(i) for i in range(page.model.rowCount())]
    assert [r.uuid for r in shown] == [uuid]
    assert (shown[0].topic, shown[0].present, shown[0].expected) == ("学习贯彻全会精神", 5, 6)
    assert raw(
        ctx.ledger.path,
        "SELECT t.reason, t.leave_type FROM attendance t JOIN activity a ON a.id = t.activity_id"
        " JOIN person p ON p.id = t.person_id WHERE a.uuid = ? AND p.uuid = ?",
        (uuid, people[2]),
    ) == [("住院治疗", "sick")]
    assert raw(
        ctx.ledger.path,
        "SELECT COUNT(*) FROM attachment t JOIN activity a ON a.id = t.activity_id"
        " WHERE a.uuid = ? AND t.deleted_at IS NULL",
        (uuid,),
    ) == [(1,)]

    # the overview's figures moved by exactly this meeting: +1 activity, +5 attendances,
    # people: the 3 at the study plus the 2 new ones present, rate 8 of 9; a branch meeting is
    # not study, so the 学时 stay
    after = {k: c.value() for k, c in window.overview.cards.items()}
    study_present, meeting_present = set(people[:3]), set(people) - {people[2]}
    assert after["activities"] == str(int(before["activities"]) + 1)
    assert after["attendances"] == str(int(before["attendances"]) + len(meeting_present))
    assert after["people"] == str(len(study_present | meeting_present))
    assert after["study_hours"] == before["study_hours"]
    rate = (3 + len(meeting_present)) / (3 + len(people))
    assert after["attendance_rate"] == f"{rate * 100:.1f}%"
    assert isinstance(window.overview, OverviewPage)


def answer_setup(fill) -> list:
    """When the first-start dialog appears, run `fill(dialog)` on it."""
    seen: list = []

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if type(widget).__name__ == "SetupDialog" and widget.isVisible():
                seen.append(widget)
                fill(widget)
                return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def test_first_start_asks_for_the_branch(controller, qtbot, tmp_path):
    from models import services

    def fill(dialog) -> None:
        dialog.name.setText("育才小学党支部")
        dialog.secretary.setText("王书记")
        dialog.start_button.click()

    seen = answer_setup(fill)
    assert controller.open_path(tmp_path / "new.ledger", create=True)
    qtbot.waitUntil(lambda: bool(seen))
    qtbot.waitUntil(lambda: "育才小学党支部" in controller.window.windowTitle())
    assert services.current_branch().name == "育才小学党支部"
    assert [p.name for p in services.list_people()] == ["王书记"]


def test_first_start_can_open_the_demo_ledger(controller, qtbot, tmp_path, monkeypatch):
    from models import services

    monkeypatch.setattr(app_module, "data_dir", lambda: tmp_path / "data")
    seen = answer_setup(lambda dialog: dialog.demo_button.click())
    assert controller.open_path(tmp_path / "empty.ledger", create=True)
    qtbot.waitUntil(lambda: bool(seen))
    demo = tmp_path / "data" / "demo.ledger"
    qtbot.waitUntil(lambda: controller.ledger.path == demo, timeout=60000)
    branch = services.current_branch()
    assert branch is not None and branch.name in controller.window.windowTitle()
    count = raw_count(demo, "SELECT COUNT(*) FROM activity WHERE deleted_at IS NULL")
    assert count > 50  # a year of activities to look around in (some 80 a year)


def raw_count(path, sql: str) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_choosing_a_language_in_settings_rebuilds_the_window(controller, qtbot, tmp_path):
    from tests.test_ui_i18n import NAV_EN, NAV_ZH, nav_texts
    from ui.shell.i18n import install_translator

    path = make_good_ledger(tmp_path / "lang.ledger")
    assert controller.open_path(path)
    assert nav_texts(controller.window) == NAV_EN
    try:
        controller.set_language("zh_CN")
        assert nav_texts(controller.window) == NAV_ZH
        from PySide6.QtCore import QSettings

        assert QSettings().value("language") == "zh_CN"  # kept for the next start
    finally:
        install_translator(QApplication.instance(), "en")


def test_file_menu_new_open_and_recent(controller, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    first = make_good_ledger(tmp_path / "first.ledger")
    assert controller.open_path(first)
    monkeypatch.setattr(AppController, "first_start_if_needed", lambda self: None)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "second"), "")
    )
    controller.window.new_ledger_action.trigger()  # File ▸ New ledger…
    second = tmp_path / "second.ledger"
    assert second.exists() and controller.ledger.path == second
    probe = FileLock(lock_path(first))
    probe.acquire()  # the first ledger was closed and its lock released
    probe.release()
    window = controller.window
    window._fill_recent_menu()  # File ▸ Open recent
    assert [a.text() for a in window.recent_menu.actions()] == [
        str(second.resolve()),
        str(first.resolve()),
    ]
    window.recent_menu.actions()[1].trigger()
    assert controller.ledger.path.resolve() == first.resolve()
    assert "实验小学党支部" in controller.window.windowTitle()


def test_a_large_ledger_is_checked_on_a_thread_behind_a_progress_dialog(
    controller, qtbot, tmp_path, monkeypatch
):
    """A district's ledger takes seconds to check: the app stays responsive and says so."""
    import threading

    good = make_good_ledger(tmp_path / "district.ledger")
    from models.file import verified

    verified.forget(good)  # e.g. copied from elsewhere: never checked here (else opened at once)
    monkeypatch.setattr(app_module, "BACKGROUND_OPEN_BYTES", 0)  # every file counts as large
    on_main_thread: list[bool] = []
    real_open = app_module.open_ledger

    def spy(*args, **kwargs):
        on_main_thread.append(threading.current_thread() is threading.main_thread())
        return real_open(*args, **kwargs)

    monkeypatch.setattr(app_module, "open_ledger", spy)
    seen_progress: list[str] = []

    def watch() -> None:
        for w in QApplication.topLevelWidgets():
            if w.objectName() == "backgroundProgress" and w.isVisible():
                seen_progress.append(w.labelText())
        if not controller.window:
            QTimer.singleShot(5, watch)

    QTimer.singleShot(0, watch)
    assert controller.open_path(good) is True
    assert on_main_thread == [False]
    assert seen_progress and "district.ledger" in seen_progress[0]
    assert "实验小学党支部" in controller.window.windowTitle()
    # A file that cannot be opened still gets its plain-words dialog, from the GUI thread.
    seen: dict = {}
    answer_error_dialog(qtbot, QUIT, seen)
    assert controller.open_path(text_file(tmp_path)) is False
    assert "text file" in seen["text"] and on_main_thread == [False, False]


def test_the_smoke_test_starts_the_app_on_a_ledger_and_quits(tmp_path):
    """`main.py --smoke-test` (what CI runs on the built program): exit 0 once the window is
    shown with its translations, font and icons; 2 without a ledger to start on."""
    path = tmp_path / "branch.ledger"
    with open_ledger(path, create=True):
        make_branch()
    env = {
        **__import__("os").environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
        "BRANCH_LEDGER_BACKUPS": str(tmp_path / "backups"),
    }
    command = [sys.executable, str(ROOT / "main.py"), "--smoke-test", "--lang", "zh_CN"]
    out = subprocess.run(
        [*command, "--ledger", str(path)], capture_output=True, text=True, timeout=120, env=env
    )
    assert out.returncode == 0, out.stderr
    assert "window shown" in out.stdout
    missing = subprocess.run(
        [*command, "--ledger", str(tmp_path / "none.ledger")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert missing.returncode == 2 and not (tmp_path / "none.ledger").exists()


def test_a_ledger_with_a_planted_trigger_opens_as_a_repaired_copy(controller, qtbot, tmp_path):
    """Refused in plain words, the original left as it is; "Open a repaired copy" opens a copy
    without the trigger."""
    from ui.shell.errors import REPAIR

    path = make_good_ledger(tmp_path / "planted.ledger")
    con = sqlite3.connect(path)
    con.execute(
        "CREATE TRIGGER keep_present AFTER UPDATE ON attendance BEGIN"
        " UPDATE attendance SET status = 'present' WHERE id = NEW.id; END"
    )
    con.commit()
    con.close()
    before = path.read_bytes()
    seen: dict = {}
    answer_error_dialog(qtbot, REPAIR, seen)
    assert controller.open_path(path) is True
    assert seen["title"] == "This ledger was altered by another program"
    assert "keep_present" in seen["text"] and str(path) in seen["text"]
    assert path.read_bytes() == before
    opened = controller.ledger.path
    assert opened != path and opened.name == "planted.repaired.ledger"
    con = sqlite3.connect(opened)
    triggers = con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
    con.close()
    assert triggers == []
