"""People ▸ Roster…: print the 党员花名册 as of a chosen day, as PDF or Excel. ID numbers are
masked unless the secretary ticks the box (the copy is then private); the file is written on the
worker, and the dialog says where it went or why it could not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.shell.context import AppContext
from ui.shell.widgets import DateField
from ui.shell.worker import run_now

translate = QCoreApplication.translate


def write_roster(day: str, path: Path, show_id_numbers: bool) -> Path:
    """Gather and write the roster (on the worker, with the ledger in use)."""
    from exports.roster_data import gather_roster

    data = gather_roster(day, show_id_numbers=show_id_numbers)
    if path.suffix.lower() == ".xlsx":
        from exports.xlsx.roster import write_roster_workbook

        write_roster_workbook(data, path)
    else:
        from exports.pdf.roster import build_roster

        build_roster(data, path)
    return path


class RosterDialog(QDialog):
    """Choose the day and the format, then where to save; emits `written(path)`."""

    written = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("rosterDialog")
        self.setWindowTitle(translate("RosterDialog", "Party member roster"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "RosterDialog",
                "The Party members on the roster on the chosen day (full and probationary on "
                "that day), with their roster details.",
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.day = DateField(self, optional=False)
        self.day.setObjectName("rosterDay")
        self.day.set_date(dt.date.today())
        form.addRow(translate("RosterDialog", "As of"), self.day)
        self.format = QComboBox(self)
        self.format.setObjectName("rosterFormat")
        self.format.addItem(translate("RosterDialog", "PDF (to print)"), "pdf")
        self.format.addItem(translate("RosterDialog", "Excel workbook"), "xlsx")
        form.addRow(translate("RosterDialog", "Format"), self.format)
        layout.addLayout(form)
        self.show_ids = QCheckBox(
            translate(
                "RosterDialog", "Print ID numbers in full (a private copy; masked otherwise)"
            ),
            self,
        )
        self.show_ids.setObjectName("rosterShowIds")
        layout.addWidget(self.show_ids)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("RosterDialog", "Save as…")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("RosterDialog", "Close")
        )
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)

    def _on_save_clicked(self) -> None:
        day = self.day.iso()
        if not day:
            self.status.setText(translate("RosterDialog", "Enter the day as YYYY-MM-DD."))
            return
        suffix = self.format.currentData()
        name = translate("RosterDialog", "Party member roster {day}").format(day=day)
        start = str(self.ctx.ledger.path.parent / f"{name}.{suffix}")
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("RosterDialog", "Save the roster"),
            start,
            "PDF (*.pdf)" if suffix == "pdf" else "Excel (*.xlsx)",
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the roster of the chosen day to `path` (its suffix is the format)."""
        day = self.day.iso()
        if not day:
            self.status.setText(translate("RosterDialog", "Enter the day as YYYY-MM-DD."))
            return
        self.buttons.setEnabled(False)
        self.status.setText(translate("RosterDialog", "Writing the roster…"))
        run_now(
            self.ctx.worker,
            write_roster,
            day,
            path,
            self.show_ids.isChecked(),
            on_done=self._on_written,
            on_error=self._on_failed,
        )

    def _on_written(self, path: Path) -> None:
        self.buttons.setEnabled(True)
        self.status.setText(translate("RosterDialog", "Saved: {path}").format(path=path))
        self.written.emit(str(path))

    def _on_failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.status.setText(message)
