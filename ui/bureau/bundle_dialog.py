"""File ▸ Make bureau bundle…: where to write it, and whether to leave out phone numbers.

The bundle is made on the database worker (snapshot, check and re-check take a moment on a
large ledger); the dialog then says what went into it, or why it could not be made.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exports.bundle import BundleInfo, make_bundle
from ui.shell.widgets import SPACING
from ui.shell.worker import run_now

translate = QCoreApplication.translate


def suggested_name(ledger_path: Path, branch_name: str | None) -> Path:
    """<branch>-报送包-2026-11-27.ledger beside the ledger."""
    stem = branch_name or ledger_path.stem
    label = translate("BureauBundle", "bundle")
    return ledger_path.with_name(f"{stem}-{label}-{dt.date.today().isoformat()}.ledger")


class BundleDialog(QDialog):
    """Choose the file, then make the bundle off the GUI thread."""

    bundle_made = Signal(str)  # the bundle's path

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: BundleInfo | None = None
        self.setWindowTitle(translate("BureauBundle", "Make bureau bundle"))
        self.resize(620, 220)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        intro = QLabel(
            translate(
                "BureauBundle",
                "A bundle is a checked copy of this ledger for the bureau, with a manifest "
                "(branch, period, record counts, content hash). Hand it over by USB stick, "
                "e-mail or shared folder.",
            ),
            self,
        )
        intro.setWordWrap(True)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("bundlePath")
        branch = None
        try:
            info = self.ctx.services.current_branch()
            branch = info.name if info else None
        except Exception:  # noqa: BLE001 - the name is only a suggestion
            branch = None
        self.path_edit.setText(str(suggested_name(self.ctx.ledger.path, branch)))
        self.browse = QPushButton(translate("BureauBundle", "Choose…"), self)
        row.addWidget(QLabel(translate("BureauBundle", "Save as:"), self))
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        self.no_phone = QCheckBox(
            translate("BureauBundle", "Leave out all phone numbers (recommended)"), self
        )
        self.no_phone.setObjectName("noPhone")
        self.no_phone.setChecked(True)
        self.dues_detail = QCheckBox(
            translate(
                "BureauBundle",
                "Include each member's party dues (otherwise only the monthly totals)",
            ),
            self,
        )
        self.dues_detail.setObjectName("duesDetail")
        self.dues_detail.setChecked(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("BureauBundle", "Make bundle")
        )
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.no_phone)
        layout.addWidget(self.dues_detail)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.browse.clicked.connect(self._on_browse_clicked)
        self.buttons.accepted.connect(self.make)
        self.buttons.rejected.connect(self.reject)

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("BureauBundle", "Save bureau bundle"),
            self.path_edit.text(),
            translate("BureauBundle", "Ledger files (*.ledger);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def make(self) -> None:
        """Make the bundle on the worker; the dialog stays open to show the outcome."""
        target = self.path_edit.text().strip()
        if not target:
            self.status.setText(translate("BureauBundle", "Choose where to save the bundle."))
            return
        self.buttons.setEnabled(False)
        self.bar.show()
        self.status.setText(translate("BureauBundle", "Making and checking the bundle…"))
        run_now(
            self.ctx.worker,
            functools.partial(
                make_bundle,
                no_phone=self.no_phone.isChecked(),
                dues_detail=self.dues_detail.isChecked(),
            ),
            self.ctx.ledger.path,
            Path(target),
            on_done=self._on_made,
            on_error=self._on_failed,
        )

    def _on_made(self, info: BundleInfo) -> None:
        self.info = info
        self.bar.hide()
        m = info.manifest
        period = m.get("period") or {}
        text = translate(
            "BureauBundle",
            "The bundle was made and checked: {path}\n{branch}, activities from {first} to "
            "{last}, {rows} records. Content hash {hash}.",
        ).format(
            path=info.path,
            branch=m["branch"]["name"],
            first=period.get("first") or "—",
            last=period.get("last") or "—",
            rows=sum(m["counts"].values()),
            hash=m["content_hash"][:16],
        )
        if info.phones_in_texts:
            text += "\n" + translate(
                "BureauBundle",
                "Phone numbers were also cut out of the texts of {count} records (branch "
                "details, notes, minutes…); the ledger itself keeps them.",
            ).format(count=info.phones_in_texts)
        self.status.setText(text)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.setEnabled(True)
        self.bundle_made.emit(str(info.path))

    def _on_failed(self, message: str) -> None:
        self.bar.hide()
        self.buttons.setEnabled(True)
        self.status.setText(message)
