"""The bureau in the app: make a bundle, import many files with a results table, district page."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from exports.bundle import make_bundle
from tests.bureau_helpers import build_branch, oracle
from tests.ui_support import QT_MARKS
from ui.bureau.actions import PAGE_KEY, BureauActions
from ui.bureau.bundle_dialog import BundleDialog
from ui.bureau.district_page import DistrictPage
from ui.bureau.import_dialog import COL_ADDED, COL_REASON, COL_RESULT, ImportDialog
from ui.shell.main_window import MainWindow

pytestmark = QT_MARKS

NAMES = ("育才小学党支部", "实验中学党支部")


@pytest.fixture
def bundles(tmp_path: Path) -> list[Path]:
    paths = []
    for n, name in enumerate(NAMES):
        made = build_branch(tmp_path / f"b{n}.ledger", name, seed=20 + n, per_month=3)
        make_bundle(made.path, tmp_path / f"b{n}.bundle")
        paths.append(tmp_path / f"b{n}.bundle")
    junk = tmp_path / "junk.ledger"
    junk.write_text("not a ledger", encoding="utf-8")
    return [*paths, junk]


def test_import_dialog_shows_one_row_per_file(bundles, ctx, qtbot) -> None:
    dialog = ImportDialog(ctx, bundles)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.imported, timeout=30000) as blocker:
        dialog.start()
    assert blocker.args == [2]
    table = dialog.table
    assert table.rowCount() == 3
    results = {table.item(r, 0).text(): r for r in range(3)}
    junk = results["junk.ledger"]
    assert table.item(junk, COL_RESULT).text() == "Rejected"
    assert "text file" in table.item(junk, COL_REASON).text()
    # The "New" column adds up to the rows now in the (previously empty) ledger.
    from tests.bureau_helpers import MERGED

    con = sqlite3.connect(ctx.ledger.path)
    try:
        in_file = sum(
            con.execute(
                f"SELECT COUNT(*) FROM {t}"
                + (" WHERE action <> 'import'" if t == "audit_entry" else "")
            ).fetchone()[0]
            for t in MERGED
        )
    finally:
        con.close()
    added = [int(table.item(r, COL_ADDED).text()) for n, r in results.items() if n != "junk.ledger"]
    assert in_file > 0 and sum(added) == in_file
    assert dialog.buttons.standardButtons() == QDialogButtonBox.StandardButton.Close


def test_district_page_and_branch_filter(bundles, ctx, qtbot) -> None:
    dialog = ImportDialog(ctx, bundles[:2])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        dialog.start()
    page = DistrictPage(ctx)
    qtbot.addWidget(page)
    page.set_month("2026-10")
    qtbot.wait(50)
    assert page.data is None  # nothing is counted before the page is shown
    page.show()
    qtbot.waitUntil(lambda: page.data is not None, timeout=10000)
    assert page.data.period == "2026" and page.table.rowCount() == 3
    expected = {}
    for n in range(2):
        expected.update(oracle(bundles[n], "2026-01-01", "2027-01-01"))
    shown = {page.table.item(r, 0).text(): page.table.item(r, 1).text() for r in range(3)}
    for name in NAMES:
        assert shown[name] == str(expected[name]["activities"])
    assert shown["Total"] == str(sum(f["activities"] for f in expected.values()))
    page.branch_filter.setCurrentIndex(page.branch_filter.findText(NAMES[1]))
    assert page.table.rowCount() == 1
    assert page.table.item(0, 0).text() == NAMES[1]
    assert NAMES[1] in page.sentence.text()


def test_bundle_dialog_without_phones(ctx, qtbot, tmp_path: Path) -> None:
    from models import services

    services.save_branch(services.BranchInput(name="实验小学党支部"))
    services.save_person(
        services.PersonInput(name="王伟", phone="13811112222", joined_on="2015-07-01")
    )
    dialog = BundleDialog(ctx)
    qtbot.addWidget(dialog)
    out = tmp_path / "out.ledger"
    dialog.path_edit.setText(str(out))
    assert dialog.no_phone.isChecked()
    with qtbot.waitSignal(dialog.bundle_made, timeout=30000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert out.exists()
    assert b"13811112222" not in out.read_bytes()
    assert str(out) in dialog.status.text()


def test_main_window_hook(bundles, ctx, qtbot) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    bureau = BureauActions(ctx, window)
    texts = [a.text() for a in window.file_menu.actions()]
    assert "Make bureau bundle…" in texts and "Import bureau bundles…" in texts
    assert PAGE_KEY not in window.pages  # one branch (here none): no district page yet
    dialog = bureau.import_bundles(bundles[:2])
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        pass
    assert PAGE_KEY in window.pages
    dialog.reject()


def test_import_into_a_branch_ledger_asks_first(ctx, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from models import services

    services.save_branch(services.BranchInput(name="实验小学党支部"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    bureau = BureauActions(ctx, window)
    asked, chosen = [], []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: chosen.append(a) or ([], "")
    )
    bureau.import_action.trigger()
    assert len(asked) == 1 and "实验小学党支部" in asked[0][2]
    assert chosen == []  # answered No: no file dialog, nothing imported


def test_bundle_goes_to_the_desktop_named_after_the_branch_and_explains_its_count(
    ctx, qtbot, tmp_path: Path, monkeypatch
) -> None:
    import datetime as dt
    import sqlite3

    from PySide6.QtGui import QDesktopServices

    from models import services

    home = tmp_path / "home"
    (home / "Desktop").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("XDG_DESKTOP_DIR", raising=False)
    services.save_branch(services.BranchInput(name="实验小学党支部"))
    people = [
        services.save_person(services.PersonInput(name=n, joined_on="2015-07-01"))
        for n in ("王伟", "李芳")
    ]
    services.save_activity(
        services.ActivityInput(
            kinds=["branch_meeting"],
            date=f"{dt.date.today().year}-01-05",
            topic="支部党员大会",
            attendance=[services.AttendanceInput(u, "present") for u in people],
        )
    )
    dialog = BundleDialog(ctx)
    qtbot.addWidget(dialog)
    expected = home / "Desktop" / f"实验小学党支部-{dt.date.today().year}.ledger"
    assert Path(dialog.path_edit.text()) == expected
    assert not dialog.open_folder.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.bundle_made, timeout=30000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert expected.exists()
    with sqlite3.connect(expected) as con:
        n = {
            t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("activity", "person", "attendance")
        }
    text = dialog.status.text()
    assert f"activities {n['activity']}" in text
    assert f"people {n['person']}" in text
    assert f"attendance rows {n['attendance']}" in text
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert dialog.open_folder.isVisibleTo(dialog)
    dialog.open_folder.click()
    assert [Path(u.toLocalFile()) for u in opened] == [expected.parent]


def test_held_file_is_imported_only_once_confirmed(ctx, qtbot, tmp_path, monkeypatch) -> None:
    """A copy of A's ledger renamed with most of A's activities deleted: the dialog shows it
    held (nothing imported); the bureau confirms, and only then it goes in."""
    import shutil

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from models import services
    from models.bureau.merge import import_files
    from models.file.ledger import open_ledger

    a = build_branch(tmp_path / "a.ledger", "育才小学党支部", seed=30, per_month=5)
    make_bundle(a.path, tmp_path / "a.bundle")
    import_files(ctx.ledger.db, [tmp_path / "a.bundle"])
    ctx.ledger.connect()
    copy = tmp_path / "copy.ledger"
    shutil.copy(a.path, copy)
    with open_ledger(copy):
        services.save_branch(services.BranchInput(name="新建幼儿园党支部", uuid=a.branch_uuid))
        for uuid in a.activities[:8]:
            services.delete_activity(uuid)
    make_bundle(copy, tmp_path / "copy.bundle")
    ctx.ledger.connect()

    def state() -> tuple:
        con = sqlite3.connect(ctx.ledger.path)
        try:
            return con.execute(
                "SELECT b.name, (SELECT COUNT(*) FROM activity a WHERE a.branch_id = b.id"
                " AND a.deleted_at IS NULL) FROM branch b"
            ).fetchone()
        finally:
            con.close()

    assert state() == ("育才小学党支部", len(a.activities))
    dialog = ImportDialog(ctx, [tmp_path / "copy.bundle"])
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        dialog.start()
    assert dialog.table.item(0, COL_RESULT).text() == "Held"
    reason = dialog.table.item(0, COL_REASON).text()
    assert "新建幼儿园党支部" in reason and "8" in reason
    assert state() == ("育才小学党支部", len(a.activities))  # nothing imported
    assert dialog.confirm_button.isVisible()
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes
    )
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert "新建幼儿园党支部" in asked[0][2]
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, COL_RESULT).text() == "Accepted"
    assert state() == ("新建幼儿园党支部", len(a.activities) - 8)
    dialog.grab().save(str(tmp_path / "dialog.png"))


def test_start_a_new_branch_from_the_file_menu(ctx, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from models import services

    old = services.save_branch(services.BranchInput(name="育才小学党支部"))
    person = services.save_person(services.PersonInput(name="王伟", on_roster_since="2025-01-01"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    bureau = BureauActions(ctx, window)
    assert bureau.new_branch_action in window.file_menu.actions()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("新建幼儿园党支部", True))
    bureau.new_branch_action.trigger()
    branch = services.current_branch()
    assert branch.name == "新建幼儿园党支部" and branch.uuid != old
    people = services.list_people()
    assert [p.name for p in people] == ["王伟"] and people[0].uuid != person
