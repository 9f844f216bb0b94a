"""A ledger found damaged on opening: say so in plain words, name the newest good backup and its
date, offer to restore it, and keep the damaged file aside (never delete it).

The app calls `offer_recovery(parent, ledger_path, error)` when `open_ledger` raises
DamagedLedgerError; it returns the ledger's path once the backup is in place (open it again),
or None when the user declined or there was nothing to restore.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from models.errors import LedgerError
from models.file.backup import BackupInfo, newest_good_backup, restore_backup
from ui.backups.dialog import backup_time_text

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


class RecoveryDialog(QDialog):
    """ "This ledger is damaged" with the newest good backup and the choice to restore it."""

    def __init__(
        self,
        ledger_path: Path,
        error: Exception,
        backup: BackupInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.ledger_path = Path(ledger_path)
        self.error = error
        self.backup = backup
        self.restore_button: QPushButton | None = None
        self._build_ui()

    def _build_ui(self) -> None:
        self.setWindowTitle(translate("Backups", "Branch Ledger"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        icon = QLabel(self)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40)
        )
        layout.addWidget(icon)
        self.headline = QLabel(self)
        self.headline.setText(
            translate("Backups", "The ledger “{name}” is damaged").format(
                name=self.ledger_path.name
            )
        )
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        aside = f"{self.ledger_path.stem}.damaged-…{self.ledger_path.suffix}"
        if self.backup is not None:
            text = translate(
                "Backups",
                "Parts of this file can no longer be read, so it cannot be opened.\n\n"
                "The newest good backup was made on {time} and holds {activities} activities "
                "and {people} people. Records entered after that time are not in it.\n\n"
                "Restore this backup? The damaged file is kept beside it as “{aside}”, "
                "in case someone can still rescue it.",
            ).format(
                time=backup_time_text(self.backup),
                activities=self.backup.activities,
                people=self.backup.people,
                aside=aside,
            )
        else:
            text = translate(
                "Backups",
                "Parts of this file can no longer be read, so it cannot be opened, and no good "
                "backup of it was found.\n\nKeep the file as it is (do not delete it). If you "
                "sent a copy of the ledger to someone (for example a bureau bundle), ask them "
                "for it.",
            )
        self.message = QLabel(text, self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.details = QLabel(str(self.error), self)
        self.details.setWordWrap(True)
        self.details.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(self)
        if self.backup is not None:
            self.restore_button = buttons.addButton(
                translate("Backups", "Restore this backup"),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            self.restore_button.setDefault(True)
            buttons.addButton(
                translate("Backups", "Not now"), QDialogButtonBox.ButtonRole.RejectRole
            )
        else:
            buttons.addButton(translate("Backups", "Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def offer_recovery(
    parent: QWidget | None,
    ledger_path: str | Path,
    error: Exception,
    *,
    backups_root: Path | None = None,
    only_if_backup: bool = False,
) -> Path | None:
    """Offer to restore the newest good backup of a damaged ledger; the path to open, or None.

    With `only_if_backup`, nothing is shown when there is no good backup (the caller's own
    "damaged" message then says what to do). Blocks in the dialog's own event loop (it is shown
    while opening, before any window)."""
    path = Path(ledger_path)
    try:
        backup = newest_good_backup(path, backups_root)
    except OSError as exc:  # an unreadable backups folder: offer nothing rather than crash
        log.warning("cannot read the backups of %s: %s", path, exc)
        backup = None
    if backup is None and only_if_backup:
        return None
    dialog = RecoveryDialog(path, error, backup, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or backup is None:
        return None
    try:
        restore_backup(backup, path, aside_label="damaged")
    except LedgerError as exc:
        QMessageBox.warning(parent, translate("Backups", "Branch Ledger"), str(exc))
        return None
    return path
