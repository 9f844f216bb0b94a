"""File ▸ Import bureau bundles…: many files at once, a progress bar, then one row per file.

The import runs on the serial database worker (never on the GUI thread); the per-file progress
comes back by a queued signal. Every file ends as a row: accepted with its new / updated /
unchanged / conflict counts (the conflicts in the tooltip), held, or rejected with the reason.

A held file (models/bureau/ownership.py: the branch renamed, retyped or deleted, or a fifth of
its records deleted at once) changed nothing. "Confirm held changes…" lists them, and when the
bureau confirms, imports those files again accepting exactly those kinds of change.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.services import FileResult
from ui.shell.widgets import SPACING, fit_to_screen
from ui.shell.worker import run_now

translate = QCoreApplication.translate
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

(
    COL_FILE,
    COL_BRANCH,
    COL_RESULT,
    COL_ADDED,
    COL_UPDATED,
    COL_UNCHANGED,
    COL_CONFLICTS,
    COL_REASON,
) = range(8)


def column_titles() -> list[str]:
    return [
        translate("BureauImport", "File"),
        translate("BureauImport", "Branch"),
        translate("BureauImport", "Result"),
        translate("BureauImport", "New"),
        translate("BureauImport", "Updated"),
        translate("BureauImport", "Unchanged"),
        translate("BureauImport", "Conflicts"),
        translate("BureauImport", "Reason / conflicts"),
    ]


class _Progress(QObject):
    """Carries progress from the worker thread to the dialog (a queued signal)."""

    changed = Signal(int, int, str)

    def report(self, done: int, total: int, name: str) -> None:
        self.changed.emit(done, total, name)


class ImportDialog(QDialog):
    """Imports `paths` into the open (district) ledger and shows what happened to each file."""

    imported = Signal(int)  # number of files accepted; emitted when the import has finished

    def __init__(self, ctx, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.paths = [Path(p) for p in paths]
        self.results: list[FileResult] = []
        self.accept_kinds: frozenset[str] = frozenset()
        self._cancel = threading.Event()
        self._done = False
        self._progress = _Progress(self)
        self.setWindowTitle(translate("BureauImport", "Import bureau bundles"))
        fit_to_screen(self, 980, 460)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, max(1, len(self.paths)))
        self.table = QTableWidget(0, len(column_titles()), self)
        self.table.setObjectName("importResults")
        self.table.setHorizontalHeaderLabels(column_titles())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.confirm_button = self.buttons.addButton(
            translate("BureauImport", "Confirm held changes…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.confirm_button.setObjectName("confirmHeld")
        self.confirm_button.hide()
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self._progress.changed.connect(self._on_progress_changed)
        self.buttons.rejected.connect(self._on_buttons_rejected)
        self.confirm_button.clicked.connect(self._on_confirm_clicked)

    def start(self) -> None:
        """Begin the import on the database worker (or right here without one)."""
        self.status.setText(
            translate("BureauImport", "Importing {count} files…").format(count=len(self.paths))
        )
        run_now(
            self.ctx.worker,
            self.ctx.services.import_files,
            self.paths,
            self._progress.report,
            self._cancel.is_set,
            self.accept_kinds,
            on_done=self._on_import_done,
            on_error=self._on_import_error,
        )

    def _on_progress_changed(self, done: int, total: int, name: str) -> None:
        self.bar.setMaximum(max(1, total))
        self.bar.setValue(done)
        if name:
            self.status.setText(
                translate("BureauImport", "Checking and merging {name} ({n} of {total})…").format(
                    name=name, n=done + 1, total=total
                )
            )

    def _on_buttons_rejected(self) -> None:
        self.reject()

    def reject(self) -> None:
        """Close when finished; while importing, stop after the current file instead (each file
        is one transaction, so none is ever half-merged)."""
        if self._done or not self.paths:
            super().reject()
            return
        self._cancel.set()
        self.status.setText(translate("BureauImport", "Stopping after the current file…"))

    def _on_import_error(self, message: str) -> None:
        self.status.setText(message)
        self._finish()

    def _on_import_done(self, results: list[FileResult]) -> None:
        new = {r.file: r for r in results}
        # A second round (confirmed held files) replaces those files' rows.
        self.results = [new.pop(r.file, r) for r in self.results] + list(new.values())
        self.bar.setValue(self.bar.maximum())
        self.show_results(self.results)
        accepted = sum(r.accepted for r in self.results)
        held = sum(r.held for r in self.results)
        rejected = len(self.results) - accepted - held
        conflicts = sum(r.conflict_count for r in self.results if r.accepted)
        text = translate(
            "BureauImport",
            "{accepted} files accepted, {rejected} rejected, {conflicts} conflicts.",
        ).format(accepted=accepted, rejected=rejected, conflicts=conflicts)
        if held:
            text += " " + translate(
                "BureauImport",
                "{held} files held: nothing of them was imported. Check the changes listed, "
                "then confirm them, or ask the branch for a corrected bundle.",
            ).format(held=held)
        self.confirm_button.setVisible(held > 0)
        if len(self.results) < len(self.paths):
            text += " " + translate("BureauImport", "Stopped: the other files were not imported.")
        self.status.setText(text)
        self._finish()
        self.imported.emit(accepted)

    def held_results(self) -> list[FileResult]:
        return [r for r in self.results if r.held]

    def confirm_text(self) -> str:
        """What confirming means, file by file."""
        lines = []
        for r in self.held_results():
            lines.append(f"{Path(r.file).name} ({r.branch}):")
            lines += [f"  • {c.detail}" for c in r.conflicts]
        return "\n".join(lines)

    def ask_confirmation(self) -> bool:
        answer = QMessageBox.question(
            self,
            translate("BureauImport", "Confirm held changes"),
            translate(
                "BureauImport",
                "Import these files with the changes below? Confirm only what the branches "
                "have told you themselves.\n\n{changes}",
            ).format(changes=self.confirm_text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_confirm_clicked(self) -> None:
        held = self.held_results()
        if not held or not self.ask_confirmation():
            return
        self.accept_kinds = frozenset(k for r in held for k in r.held_kinds)
        self.paths = [Path(r.file) for r in held]
        self._done = False
        self._cancel.clear()
        self.confirm_button.hide()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)
        self.bar.setRange(0, max(1, len(self.paths)))
        self.bar.setValue(0)
        self.start()

    def _finish(self) -> None:
        self._done = True
        # Close has the reject role: _on_buttons_rejected closes the dialog once results exist.
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def show_results(self, results: list[FileResult]) -> None:
        """One row per file."""
        self.table.setRowCount(len(results))
        red = QBrush(QColor(200, 40, 40))
        for row, r in enumerate(results):
            accepted = r.accepted
            if accepted:
                result = translate("BureauImport", "Accepted")
            elif r.held:
                result = translate("BureauImport", "Held")
            else:
                result = translate("BureauImport", "Rejected")
            values = [
                Path(r.file).name,
                r.branch,
                result,
                str(r.added) if accepted else "",
                str(r.updated) if accepted else "",
                str(r.unchanged) if accepted else "",
                str(r.conflict_count) if accepted or r.held else "",
                self._conflict_text(r) if accepted or r.held else r.reason,
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(r.file if col == COL_FILE else value)
                if col in (COL_ADDED, COL_UPDATED, COL_UNCHANGED, COL_CONFLICTS):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if not accepted or (col == COL_CONFLICTS and r.conflict_count):
                    item.setForeground(red)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()

    @staticmethod
    def _conflict_text(r: FileResult) -> str:
        if r.held:
            head = translate("BureauImport", "Held, nothing imported; to confirm:")
            return "\n".join([head, *(f"• {c.detail}" for c in r.conflicts)])
        lines = [f"{c.table} {c.uuid[:8]}: {c.detail}" for c in r.conflicts]
        if r.conflict_count > len(r.conflicts):
            lines.append(
                translate("BureauImport", "… and {n} more").format(
                    n=r.conflict_count - len(r.conflicts)
                )
            )
        return "\n".join(lines)
