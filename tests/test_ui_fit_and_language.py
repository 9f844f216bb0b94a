"""Every dialog fits a 1366×768 screen with a Windows taskbar, and the Chinese UI has no English
buttons, Qt's own (OK, Cancel, Close, the file dialog) included (issue 12)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from models import services as s
from tests.editing_helpers import make_branch
from ui.shell.context import AppContext

# 1366×768 less a 40 px taskbar is 1366×728; a title bar takes about 32 px of that.
ROOM_W, ROOM_H = 1366, 728 - 32

# Letters that may stand in a Chinese button: names of file formats and keys.
ALLOWED = {"PDF", "Excel", "CSV", "Ctrl", "Esc", "ledger", "xlsx"}


@pytest.fixture
def chinese(qapp):
    from ui.shell.i18n import install_translator

    assert install_translator(qapp, "zh_CN") == "zh_CN"
    yield
    install_translator(qapp, "en")


def english_words(text: str) -> list[str]:
    """Words of English left in a label ("&Open" → "Open"; the "(&O)" mnemonic is not one)."""
    text = re.sub(r"\(&\w\)", "", text).replace("&", "")
    return [w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in ALLOWED]


def make_dialogs(ctx, people: dict[str, str], tmp_path: Path) -> list[QWidget]:
    from ui.backups.check_dialog import CheckDialog
    from ui.backups.dialog import BackupDialog
    from ui.backups.recovery import RecoveryDialog
    from ui.bureau.bundle_dialog import BundleDialog
    from ui.bureau.import_dialog import ImportDialog as BundleImportDialog
    from ui.followup.dialogs import (
        CategoriesDialog,
        PlanEntryDialog,
        RectificationDialog,
        ReviewDialog,
        TalkDialog,
    )
    from ui.people.import_dialog import ImportDialog
    from ui.people.person_dialog import PersonDialog
    from ui.people.status_dialog import PersonStatusDialog
    from ui.records.editor import ActivityDialog
    from ui.reports.dialog import ReportDialog
    from ui.reports.jobs import ReportRequest
    from ui.settings.setup_dialog import SetupDialog
    from ui.shell.main_window import MainWindow

    everything = ["branch_meeting", "collective_study", "volunteer"]
    joint_setup = SetupDialog(ctx)
    joint_setup.branch_type.setCurrentIndex(joint_setup.branch_type.findData("joint"))
    for _ in range(5):
        joint_setup.units.add_button.click()
    for _ in range(4):
        joint_setup.groups.add_group("第一党小组")
    box = QMessageBox(QMessageBox.Icon.Question, "台账", "保存吗？")
    box.setStandardButtons(
        QMessageBox.StandardButton.Ok
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Close
        | QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
    )
    files = QFileDialog(None, "打开台账", str(tmp_path))
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    files.setFileMode(QFileDialog.FileMode.ExistingFile)
    saving = QFileDialog(None, "保存", str(tmp_path))
    saving.setOption(QFileDialog.Option.DontUseNativeDialog)
    saving.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    asking = QInputDialog()
    asking.setLabelText("原因")
    return [
        ActivityDialog(ctx, initial=s.ActivityInput(kinds=everything, date="2026-03-02")),
        PersonDialog(ctx),
        PersonDialog(ctx, person_uuid=people["张伟"]),
        PersonStatusDialog(ctx, people["张伟"], "张伟"),
        SetupDialog(ctx),
        joint_setup,
        BundleDialog(ctx),
        BundleImportDialog(ctx, []),
        ImportDialog(ctx),
        CheckDialog(ctx),
        BackupDialog(ctx.ledger.path, backups_root=tmp_path / "backups"),
        RecoveryDialog(ctx.ledger.path, OSError("damaged"), None),
        ReportDialog(ctx, ReportRequest("monthly", period="2026-03")),
        MainWindow(ctx),
        PlanEntryDialog(ctx, 2026),
        ReviewDialog(ctx, 2026),
        RectificationDialog(ctx),
        TalkDialog(ctx),
        CategoriesDialog(ctx),
        box,
        files,
        saving,
        asking,
    ]


@pytest.fixture
def dialogs(chinese, ledger, tmp_path, qtbot, isolated_settings):
    _info, people = make_branch(joint=True)
    ctx = AppContext(ledger=ledger, language="zh_CN")
    made = make_dialogs(ctx, people, tmp_path)
    for widget in made:
        qtbot.addWidget(widget, before_close_func=lambda w: w.done(0) if hasattr(w, "done") else 0)
    return made


def test_every_dialog_opens_within_a_small_screen_and_keeps_its_buttons_on_it(dialogs, qtbot):
    for widget in dialogs:
        name = type(widget).__name__ + ":" + widget.windowTitle()
        size = widget.size()
        assert size.width() <= ROOM_W and size.height() <= ROOM_H, (name, size)
        widget.show()
        qtbot.waitExposed(widget)
        smallest = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        assert smallest.width() <= ROOM_W and smallest.height() <= ROOM_H, (name, smallest)
        # At the size it opens with, every button of its button row is inside the window.
        QApplication.processEvents()
        for box in widget.findChildren(QDialogButtonBox):
            for button in box.buttons():
                if not button.isVisibleTo(widget):
                    continue
                corner = button.mapTo(widget, button.rect().bottomRight())
                assert widget.rect().contains(corner), (name, button.text())
        widget.hide()


def test_no_english_button_or_label_in_the_chinese_ui(dialogs, qtbot):
    found: list[tuple[str, str]] = []
    for widget in dialogs:
        widget.show()
        qtbot.waitExposed(widget)
        name = type(widget).__name__
        for button in widget.findChildren(QAbstractButton):
            if button.isVisibleTo(widget) and english_words(button.text()):
                found.append((name, button.text()))
        if isinstance(widget, QFileDialog):
            for label in widget.findChildren(QLabel):
                if label.isVisibleTo(widget) and english_words(label.text()):
                    found.append((name, label.text()))
        widget.hide()
    assert found == []
