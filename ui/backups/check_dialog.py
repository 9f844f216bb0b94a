"""File ▸ Check ledger…: SQLite's own checks and the app's invariants, in plain words.

The check (models.check.check_ledger, the same as `main.py check`) runs on the database worker,
since `integrity_check` reads the whole file; the dialog shows a busy bar until it is done.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ui.shell.widgets import fit_to_screen
from ui.shell.worker import run_now

translate = QCoreApplication.translate


def _run_check(ledger) -> list[str]:
    return ledger.services.check_ledger(ledger)


class CheckDialog(QDialog):
    """Runs the check when opened and lists what it found."""

    checked = Signal(int)  # the number of problems, once the check is done

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.problems: list[str] | None = None
        self.setObjectName("checkDialog")
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setWindowTitle(translate("CheckDialog", "Check ledger"))
        fit_to_screen(self, 640, 420)
        layout = QVBoxLayout(self)
        self.headline = QLabel(
            translate("CheckDialog", "Checking {name}…").format(name=self.ctx.ledger.path.name),
            self,
        )
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy: SQLite's check reports no progress
        layout.addWidget(self.bar)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.hide()
        layout.addWidget(self.list, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)

    def start(self) -> None:
        run_now(
            self.ctx.worker,
            _run_check,
            self.ctx.ledger,
            on_done=self._on_check_done,
            on_error=self._on_check_failed,
        )

    def _on_check_done(self, problems: list[str]) -> None:
        self.problems = list(problems)
        self.bar.hide()
        if self.problems:
            self.headline.setText(
                translate(
                    "CheckDialog",
                    "{n} problem(s) found in {name}. Correct the records named below; nothing "
                    "was changed by the check.",
                ).format(n=len(self.problems), name=self.ctx.ledger.path.name)
            )
            self.list.addItems(self.problems)
            self.list.show()
        else:
            self.headline.setText(
                translate("CheckDialog", "No problems found in {name}.").format(
                    name=self.ctx.ledger.path.name
                )
            )
        self.checked.emit(len(self.problems))

    def _on_check_failed(self, message: str) -> None:
        self.problems = [message]
        self.bar.hide()
        self.headline.setText(
            translate("CheckDialog", "The ledger could not be checked: {reason}").format(
                reason=message
            )
        )
        self.checked.emit(1)


class CheckActions(QObject):
    """Owns File ▸ Check ledger… of one main window."""

    def __init__(self, ctx, main_window: QWidget) -> None:
        super().__init__(main_window)
        self.ctx = ctx
        self.window = main_window
        self.dialog: CheckDialog | None = None
        self.action = QAction(translate("CheckDialog", "Check ledger…"), main_window)
        self.action.setObjectName("checkLedgerAction")
        self.action.triggered.connect(self.check)
        if hasattr(main_window, "add_file_action"):
            main_window.add_file_action(self.action)

    def check(self) -> CheckDialog:
        dialog = CheckDialog(self.ctx, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        dialog.start()
        return dialog
