"""What the user sees when a ledger cannot be opened, or when something unexpected breaks.

Never a traceback: each kind of LedgerError gets its plain message (already translated by the
models) plus the choices that make sense for it — open read-only when another window has the
file, choose another file, or quit.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from models.errors import (
    DamagedLedgerError,
    ForeignObjectsError,
    LedgerError,
    LedgerInUseError,
    NewerVersionError,
    NotALedgerError,
)

log = logging.getLogger(__name__)

READ_ONLY = "read_only"
REPAIR = "repair"
CHOOSE_ANOTHER = "choose_another"
QUIT = "quit"


translate = QCoreApplication.translate


def headline(exc: LedgerError) -> str:
    """A one-line title naming the kind of problem."""
    if isinstance(exc, LedgerInUseError):
        return translate("OpenError", "This ledger is already open")
    if isinstance(exc, NewerVersionError):
        return translate("OpenError", "This ledger needs a newer version of Branch Ledger")
    if isinstance(exc, DamagedLedgerError):
        return translate("OpenError", "This ledger is damaged")
    if isinstance(exc, ForeignObjectsError):
        return translate("OpenError", "This ledger was altered by another program")
    if isinstance(exc, NotALedgerError):
        return translate("OpenError", "This file is not a ledger")
    return translate("OpenError", "The ledger cannot be opened")


def advice(exc: LedgerError) -> str:
    """What to do next, in plain words."""
    if isinstance(exc, LedgerInUseError):
        return translate(
            "OpenError",
            "You can look at it read-only here (changes are not possible), or close the other "
            "window and try again.",
        )
    if isinstance(exc, NewerVersionError):
        return translate(
            "OpenError", "Install the newest Branch Ledger to open it, or choose another file."
        )
    if isinstance(exc, DamagedLedgerError):
        return translate(
            "OpenError",
            "Keep this file as it is. Open the newest backup instead (Choose another file…), "
            "or ask for a copy of the ledger from the person you last sent it to.",
        )
    if isinstance(exc, NotALedgerError):
        return translate("OpenError", "Choose the ledger file (it usually ends in .ledger).")
    if isinstance(exc, ForeignObjectsError):
        return translate(
            "OpenError",
            "“Open a repaired copy” writes a copy next to it without the added parts and opens "
            "that; the original stays as it is. Check the records of the copy (File ▸ Check "
            "ledger…) before you go on working in it.",
        )
    return translate("OpenError", "Choose another file, or quit.")


class LedgerErrorDialog(QMessageBox):
    """The plain-words dialog for a ledger that cannot be opened; `choice()` after it closes."""

    def __init__(self, exc: LedgerError, path: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ledgerErrorDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(translate("OpenError", "Branch Ledger"))
        self.setText(headline(exc))
        self.setInformativeText(f"{exc}\n\n{advice(exc)}")
        self._choices: dict[object, str] = {}
        if isinstance(exc, LedgerInUseError):
            button = self.addButton(
                translate("OpenError", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
            )
            self._choices[button] = READ_ONLY
            self.setDefaultButton(button)
        if isinstance(exc, ForeignObjectsError):
            button = self.addButton(
                translate("OpenError", "Open a repaired copy"), QMessageBox.ButtonRole.AcceptRole
            )
            self._choices[button] = REPAIR
            self.setDefaultButton(button)
        another = self.addButton(
            translate("OpenError", "Choose another file…"), QMessageBox.ButtonRole.ActionRole
        )
        self._choices[another] = CHOOSE_ANOTHER
        quit_button = self.addButton(
            translate("OpenError", "Quit"), QMessageBox.ButtonRole.RejectRole
        )
        self._choices[quit_button] = QUIT
        self.setEscapeButton(quit_button)
        if self.defaultButton() is None:
            self.setDefaultButton(another)
        self.exc = exc
        self.path = path

    def choice(self) -> str:
        """READ_ONLY, REPAIR, CHOOSE_ANOTHER or QUIT (closing the window means quit)."""
        return self._choices.get(self.clickedButton(), QUIT)

    def button_for(self, choice: str):
        """The button that makes `choice` (for tests and keyboard users)."""
        for button, value in self._choices.items():
            if value == choice:
                return button
        return None


def show_unexpected_error(parent: QWidget | None = None) -> None:
    """The plain message for a bug (the details went to the log)."""
    box = QMessageBox(parent)
    box.setObjectName("unexpectedErrorDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("OpenError", "Branch Ledger"))
    box.setText(translate("OpenError", "Something went wrong."))
    box.setInformativeText(
        translate(
            "OpenError",
            "Your saved records are safe. The last action may not have finished: check it, "
            "and if this happens again, send the log file to whoever supports you.",
        )
    )
    box.exec()
