"""File ▸ Make bureau bundle…: where to write it, and whether to leave out phone numbers.

The bundle is made on the database worker (snapshot, check and re-check take a moment on a
large ledger); the dialog then says what went into it, or why it could not be made.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
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
from ui.shell.widgets import SPACING, fit_to_screen
from ui.shell.worker import run_now

translate = QCoreApplication.translate


_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def default_folder() -> Path:
    """Where a bundle goes unless the user chooses: the Desktop, else Documents, else home
    (never the app's hidden data folder, where nobody would find it to hand it over)."""
    from PySide6.QtCore import QStandardPaths

    for location in (
        QStandardPaths.StandardLocation.DesktopLocation,
        QStandardPaths.StandardLocation.DocumentsLocation,
    ):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def suggested_name(ledger_path: Path, branch_name: str | None, folder: Path | None = None) -> Path:
    """<folder>/<branch>-<year>.ledger (e.g. 第一实验小学党支部-2026.ledger on the Desktop)."""
    stem = _NOT_IN_FILE_NAMES.sub("", branch_name or "").strip(" .") or ledger_path.stem
    return (folder or default_folder()) / f"{stem}-{dt.date.today().year}.ledger"


# The order a secretary reads the record counts in; other tables follow in the manifest's order.
_COUNT_ORDER = ("activity", "person", "attendance", "attachment", "vote")


def table_label(table: str) -> str:
    return {
        "branch": translate("BureauBundle", "branches"),
        "unit": translate("BureauBundle", "units"),
        "party_group": translate("BureauBundle", "party groups"),
        "person": translate("BureauBundle", "people"),
        "person_status": translate("BureauBundle", "roster changes"),
        "committee_role": translate("BureauBundle", "committee seats"),
        "activity": translate("BureauBundle", "activities"),
        "activity_kind": translate("BureauBundle", "activity kinds"),
        "activity_unit": translate("BureauBundle", "units taking part"),
        "attendance": translate("BureauBundle", "attendance rows"),
        "vote": translate("BureauBundle", "votes"),
        "attachment": translate("BureauBundle", "photos"),
        "compliance_rule": translate("BureauBundle", "reminder rules"),
        "closed_month": translate("BureauBundle", "archived months"),
        "audit_entry": translate("BureauBundle", "change log entries"),
        "setting": translate("BureauBundle", "settings"),
    }.get(table, table)


def explain_counts(counts: dict[str, int]) -> str:
    """ "115 records: activities 3, people 24, …" — what the bundle's total is made of."""
    order = [t for t in _COUNT_ORDER if t in counts] + [t for t in counts if t not in _COUNT_ORDER]
    parts = [
        translate("BureauBundle", "{what} {n}").format(what=table_label(t), n=counts[t])
        for t in order
        if counts[t]
    ]
    return translate("BureauBundle", "{total} records: {parts}").format(
        total=sum(counts.values()), parts=translate("BureauBundle", ", ").join(parts)
    )


class BundleDialog(QDialog):
    """Choose the file, then make the bundle off the GUI thread."""

    bundle_made = Signal(str)  # the bundle's path

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: BundleInfo | None = None
        self.setWindowTitle(translate("BureauBundle", "Make bureau bundle"))
        fit_to_screen(self, 620, 220)
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
        self.path_edit.setToolTip(
            translate("BureauBundle", "The file to hand to the bureau (Choose… for another place).")
        )
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
        self.id_numbers = QCheckBox(
            translate(
                "BureauBundle",
                "Include the members' ID numbers (not recommended; the bureau never prints them)",
            ),
            self,
        )
        self.id_numbers.setObjectName("idNumbers")
        self.id_numbers.setChecked(False)
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
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("BureauBundle", "Cancel")
        )
        self.open_folder = QPushButton(translate("BureauBundle", "Open folder"), self)
        self.open_folder.setObjectName("openBundleFolder")
        self.open_folder.setToolTip(
            translate("BureauBundle", "Show the bundle in its folder, to copy or attach it.")
        )
        self.open_folder.hide()
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.no_phone)
        layout.addWidget(self.dues_detail)
        layout.addWidget(self.id_numbers)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.open_folder)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

    def _connect_signals(self) -> None:
        self.browse.clicked.connect(self._on_browse_clicked)
        self.open_folder.clicked.connect(self._on_open_folder_clicked)
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
                id_numbers=self.id_numbers.isChecked(),
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
            "{last}.\n{counts}.\nContent hash {hash}.",
        ).format(
            path=info.path,
            branch=m["branch"]["name"],
            first=period.get("first") or "—",
            last=period.get("last") or "—",
            counts=explain_counts(m["counts"]),
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
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("BureauBundle", "Close")
        )
        self.buttons.setEnabled(True)
        self.open_folder.show()
        from ui.overview.checklist import mark_done

        mark_done(self.ctx, "bundle")  # ticks "make a bundle" on the first-run checklist
        self.bundle_made.emit(str(info.path))

    def _on_open_folder_clicked(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if self.info is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.info.path).parent)))

    def _on_failed(self, message: str) -> None:
        self.bar.hide()
        self.buttons.setEnabled(True)
        self.status.setText(message)
