"""The bureau features in the main window: two File-menu actions and the district page.

`BureauActions(ctx, main_window)` plugs itself in through the window's hooks
(`add_file_action`, `add_page`): File ▸ Make bureau bundle… (every ledger), File ▸ Import bureau
bundles… (writable ledgers), and the district overview page once the ledger holds more than one
branch (a district ledger, or right after the first imports).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QStyle, QWidget

from models.errors import LedgerError
from ui.bureau.bundle_dialog import BundleDialog
from ui.bureau.district_page import DistrictPage
from ui.bureau.import_dialog import ImportDialog

translate = QCoreApplication.translate
PAGE_KEY = "district"


class BureauActions(QObject):
    """Owns the bureau actions of one main window, and its district page once shown."""

    def __init__(self, ctx, main_window: QWidget) -> None:
        super().__init__(main_window)
        self.ctx = ctx
        self.window = main_window
        self.dialog: QWidget | None = None
        self.bundle_action = QAction(translate("Bureau", "Make bureau bundle…"), main_window)
        self.bundle_action.setObjectName("makeBundleAction")
        self.import_action = QAction(translate("Bureau", "Import bureau bundles…"), main_window)
        self.import_action.setObjectName("importBundlesAction")
        self.import_action.setEnabled(not ctx.ledger.readonly)
        self.new_branch_action = QAction(
            translate("Bureau", "Start a new branch from this ledger…"), main_window
        )
        self.new_branch_action.setObjectName("newBranchAction")
        self.new_branch_action.setEnabled(not ctx.ledger.readonly)
        self.bundle_action.triggered.connect(self.make_bundle)
        self.import_action.triggered.connect(self.import_bundles)
        self.new_branch_action.triggered.connect(self.start_new_branch)
        if hasattr(main_window, "add_file_action"):
            main_window.add_file_action(self.bundle_action)
            main_window.add_file_action(self.import_action)
            main_window.add_file_action(self.new_branch_action)
        self.update_district_page()

    def make_bundle(self) -> BundleDialog:
        dialog = BundleDialog(self.ctx, self.window)
        self.dialog = dialog
        dialog.open()
        return dialog

    def choose_bundles(self) -> list[Path]:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            translate("Bureau", "Choose the branches' bundles"),
            str(self.ctx.ledger.path.parent),
            translate("Bureau", "Ledger files (*.ledger);;All files (*)"),
        )
        return [Path(p) for p in paths]

    def import_bundles(self, paths: list[Path] | None = None) -> ImportDialog | None:
        """Ask for files (unless given), then import them into the open ledger."""
        if paths is None or isinstance(paths, bool):  # from QAction.triggered(checked)
            if not self.confirm_target():
                return None
            paths = self.choose_bundles()
        if not paths:
            return None
        dialog = ImportDialog(self.ctx, paths, self.window)
        dialog.imported.connect(self._on_dialog_imported)
        self.dialog = dialog
        dialog.open()
        dialog.start()
        return dialog

    def ask_new_branch_name(self, current: str) -> str | None:
        """The new branch's name (None: cancelled)."""
        name, ok = QInputDialog.getText(
            self.window,
            translate("Bureau", "Start a new branch from this ledger"),
            translate(
                "Bureau",
                "Every record of this ledger gets a new identity, so that the bureau takes it "
                "for a new branch and never for {branch}, whose ledger it was copied from. Use "
                "this once, right after copying another branch's ledger to start your own.\n\n"
                "Name of the new branch:",
            ).format(branch=current),
            QLineEdit.EchoMode.Normal,
            current,
        )
        return name.strip() if ok and name.strip() else None

    def start_new_branch(self, *_args: object) -> str | None:
        """File ▸ Start a new branch from this ledger…: new identities (and name) for it all."""
        services = self.ctx.services
        branches = services.live_branches()
        if len(branches) != 1:
            QMessageBox.information(
                self.window,
                translate("Bureau", "Start a new branch from this ledger"),
                translate(
                    "Bureau",
                    "Only a ledger holding one branch can start a new branch; this one holds "
                    "{count}.",
                ).format(count=len(branches)),
            )
            return None
        name = self.ask_new_branch_name(branches[0][1])
        if name is None:
            return None
        try:
            uuid = services.start_new_branch(name)
        except LedgerError as exc:
            QMessageBox.warning(
                self.window, translate("Bureau", "Start a new branch from this ledger"), str(exc)
            )
            return None
        refresh = getattr(self.window, "refresh", None)
        if callable(refresh):
            refresh()
        return uuid

    def confirm_target(self) -> bool:
        """A school's own ledger holds one branch: importing others' bundles into it is rarely
        meant (the bureau keeps a separate district ledger), so ask first."""
        try:
            branches = self.ctx.services.live_branches()
        except LedgerError:
            return True
        if len(branches) != 1:
            return True
        answer = QMessageBox.question(
            self.window,
            translate("Bureau", "Import bureau bundles"),
            translate(
                "Bureau",
                "This ledger is the ledger of {branch}. Importing other branches' bundles makes "
                "it a district ledger holding several branches. The bureau usually imports into "
                "a separate district ledger (File ▸ New ledger…).\n\nImport into this ledger?",
            ).format(branch=branches[0][1]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_dialog_imported(self, accepted: int) -> None:
        if accepted:
            self.update_district_page()
            refresh = getattr(self.window, "refresh", None)
            if callable(refresh):
                refresh()

    def update_district_page(self) -> DistrictPage | None:
        """Add the district page when the ledger holds several branches."""
        pages = getattr(self.window, "pages", {})
        if PAGE_KEY in pages:
            return pages[PAGE_KEY].widget
        try:
            several = len(self.ctx.services.live_branches()) > 1
        except LedgerError:
            several = False
        if not several or not hasattr(self.window, "add_page"):
            return None
        page = DistrictPage(self.ctx, self.window)
        icon = self.window.style().standardIcon(QStyle.StandardPixmap.SP_DriveNetIcon)
        self.window.add_page(PAGE_KEY, translate("Bureau", "District"), page, icon)
        return page
