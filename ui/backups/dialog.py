"""The Backups window: the automatic backups of the open ledger (date, size, records), a backup
made on request, and restoring one (the file it replaces is kept aside first).

The ledger must be closed while a backup is put in its place, and opened again afterwards; the
app passes `close_ledger` and `reopen_ledger` for that. The dialog reports the outcome by signal
too, because reopening may replace the window it belongs to.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import LedgerError
from models.file.backup import (
    BackupInfo,
    backup_dir,
    backup_now,
    list_backups,
    restore_backup,
    verify_backup,
)
from models.file.scratch import scratch_folder
from ui.shell.widgets import fit_to_screen

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

COL_DATE, COL_SIZE, COL_ACTIVITIES, COL_PEOPLE = range(4)


def backup_time_text(info: BackupInfo) -> str:
    """The backup's time on this computer's clock, as the list shows it."""
    return info.time.astimezone().strftime("%Y-%m-%d %H:%M")


def size_text(locale: QLocale, size: int) -> str:
    """ "284.0 KB": the units people know from their file manager."""
    return locale.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class BackupDialog(QDialog):
    """Lists the ledger's backups; makes one now; restores the chosen one."""

    backup_restored = Signal(str, str)  # ledger path, where the replaced file was kept ("" none)
    restore_failed = Signal(str)  # the plain message

    def __init__(
        self,
        ledger_path: str | Path,
        parent: QWidget | None = None,
        *,
        backups_root: Path | None = None,
        close_ledger: Callable[[], None] | None = None,
        reopen_ledger: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.ledger_path = Path(ledger_path)
        self._root = backups_root
        self._close_ledger = close_ledger
        self._reopen_ledger = reopen_ledger
        self.backups: list[BackupInfo] = []
        self.confirm_box: QMessageBox | None = None
        self.restored_text = ""
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _build_ui(self) -> None:
        self.setWindowTitle(translate("Backups", "Backups"))
        fit_to_screen(self, 640, 420)
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            translate(
                "Backups",
                "Branch Ledger backs this ledger up by itself when you open it (once a day) and "
                "when you close it. It keeps every backup of the last 7 days (at least the last "
                "10), then one a day for 7 days, one a week for 4 weeks and one a month for 12 "
                "months.",
            ),
            self,
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("Backups", "Made on"),
                translate("Backups", "Size"),
                translate("Backups", "Activities"),
                translate("Backups", "People"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_DATE, QHeaderView.ResizeMode.Stretch)
        for col in (COL_SIZE, COL_ACTIVITIES, COL_PEOPLE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.folder_label)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("backupStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(translate("Backups", "Back up now"), self)
        self.restore_button = QPushButton(translate("Backups", "Restore…"), self)
        self.close_button = QPushButton(translate("Backups", "Close"), self)
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update_buttons)

    # -- the list ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the backups folder again (newest first)."""
        self.backups = list_backups(self.ledger_path, self._root)
        locale = QLocale()
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            when = backup_time_text(info)
            if info.future:
                when = translate(
                    "Backups", "{time} (in the future: the computer's clock was wrong)"
                ).format(time=when)
            cells = [
                when,
                size_text(locale, info.size),
                str(info.activities) if info.readable else translate("Backups", "unreadable"),
                str(info.people) if info.readable else "",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col != COL_DATE:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        if self.backups:
            self.table.selectRow(0)
            self.folder_label.setText(
                translate("Backups", "Folder: {folder}").format(
                    folder=backup_dir(self.ledger_path, self._root)
                )
            )
        else:
            self.folder_label.setText(
                translate("Backups", "There are no backups of this ledger yet.")
            )
        self._update_buttons()

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        info = self.selected_backup()
        self.restore_button.setEnabled(info is not None and info.readable)

    # -- actions -------------------------------------------------------------------------------
    def _on_backup_button_clicked(self) -> None:
        try:
            info = backup_now(self.ledger_path, root=self._root)
        except LedgerError as exc:
            self.status_label.setText(str(exc))
            return
        self.status_label.setText(
            translate("Backups", "Backup made: {time}.").format(time=backup_time_text(info))
        )
        self.reload()

    def _on_restore_button_clicked(self) -> None:
        info = self.selected_backup()
        if info is None:
            return
        # Offered only once it has passed the full check (a file can decay on the disk).
        if verify_backup(info):
            self.status_label.setText(
                translate(
                    "Backups",
                    "The backup made on {time} is damaged and cannot be restored. Choose another "
                    "backup.",
                ).format(time=backup_time_text(info))
            )
            row = self.backups.index(info)
            self.table.item(row, COL_ACTIVITIES).setText(translate("Backups", "damaged"))
            self.table.item(row, COL_PEOPLE).setText("")
            self.restore_button.setEnabled(False)
            return
        box = QMessageBox(self)
        box.setObjectName("restoreConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("Backups", "Restore a backup"))
        box.setText(
            translate("Backups", "Restore the backup made on {time}?").format(
                time=backup_time_text(info)
            )
        )
        box.setInformativeText(
            translate(
                "Backups",
                "The ledger will hold what it held then ({activities} activities, {people} "
                "people). Changes made since are not in the backup. The current ledger is first "
                "kept beside it as a copy, so nothing is lost.",
            ).format(activities=info.activities, people=info.people)
        )
        self.confirm_yes = box.addButton(
            translate("Backups", "Restore"), QMessageBox.ButtonRole.AcceptRole
        )
        cancel = box.addButton(translate("Backups", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.buttonClicked.connect(
            lambda button: self.restore(info) if button is self.confirm_yes else None
        )
        self.confirm_box = box
        box.open()  # window-modal, without a nested event loop

    def restore(self, info: BackupInfo) -> bool:
        """Close the ledger, put `info` in its place, reopen; True when it was restored."""
        # Closing may make a backup and rotate the chosen one away: restore from a private copy
        # that rotation does not touch (in a scratch folder: removed even if the app is killed).
        try:
            with scratch_folder("restore") as folder:
                staged = folder / info.path.name
                try:
                    shutil.copyfile(info.path, staged)
                except OSError as exc:
                    self.status_label.setText(
                        translate("Backups", "The backup cannot be read: {error}").format(
                            error=exc.strerror or exc
                        )
                    )
                    return False
                if self._close_ledger is not None:
                    self._close_ledger()
                try:
                    aside = restore_backup(staged, self.ledger_path)
                except LedgerError as exc:
                    log.warning("restore of %s failed: %s", info.path, exc)
                    aside, error = None, str(exc)
                else:
                    error = None
        except (OSError, LedgerError) as exc:  # no scratch folder (a full disk): nothing closed
            self.status_label.setText(str(exc))
            return False
        # Reopen first: the signals below may be shown in the window that reopening makes.
        if self._reopen_ledger is not None:
            self._reopen_ledger()
        if error is not None:
            self.status_label.setText(error)
            self.restore_failed.emit(error)
            return False
        if aside is not None:
            text = translate(
                "Backups",
                "The backup made on {time} was restored. The ledger it replaced was kept "
                "as {aside}.",
            ).format(time=backup_time_text(info), aside=aside)
        else:
            text = translate("Backups", "The backup made on {time} was restored.").format(
                time=backup_time_text(info)
            )
        self.restored_text = text
        self.status_label.setText(text)
        self.backup_restored.emit(str(self.ledger_path), str(aside or ""))
        return True
