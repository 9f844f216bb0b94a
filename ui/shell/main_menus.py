"""The main window's actions and menus: File (new, open, recent ledgers, feature hooks, quit),
Record (new, delete, undo) and View (search, refresh), with their shortcuts and icons.

Built before the first frame, so nothing here touches PySide's `Qt` namespace: building it
costs ~18 ms at start-up (all its enums at once). Enum properties are set by name instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QSizePolicy, QWidget

from ui.shell.icons import icon

translate = QCoreApplication.translate


class MenusMixin:
    """Builds the actions and menus of MainWindow (which provides the widgets they act on)."""

    def _build_actions(self) -> None:
        def action(text: str, shortcut=None, icon_name: str = "") -> QAction:
            a = QAction(text, self)
            if shortcut is not None:
                # setShortcuts: PySide resolves setShortcut's overloads through Qt.Key.
                a.setShortcuts([QKeySequence(shortcut)])
            if icon_name:
                a.setIcon(icon(icon_name))
            self.addAction(a)
            return a

        self.new_ledger_action = action(translate("MainWindow", "New ledger…"), None, "new-ledger")
        self.open_ledger_action = action(
            translate("MainWindow", "Open ledger…"), QKeySequence.StandardKey.Open, "open"
        )
        self.quit_action = action(
            translate("MainWindow", "Quit"), QKeySequence.StandardKey.Quit, "quit"
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.new_record_action = action(
            translate("MainWindow", "New record"), "Ctrl+N", "new-record"
        )
        self.delete_action = action(
            translate("MainWindow", "Delete"), QKeySequence.StandardKey.Delete, "delete"
        )
        self.delete_action.setProperty("shortcutContext", "WidgetWithChildrenShortcut")
        self.undo_action = action(
            translate("MainWindow", "Undo delete"), QKeySequence.StandardKey.Undo, "undo"
        )
        self.undo_action.setEnabled(False)
        self.find_action = action(
            translate("MainWindow", "Search"), QKeySequence.StandardKey.Find, "search"
        )
        self.refresh_action = action(translate("MainWindow", "Refresh"), "F5", "refresh")

        self.toolbar.addAction(self.new_record_action)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(QLabel(" " + translate("MainWindow", "Month:") + " ", self))
        self.toolbar.addWidget(self.month_selector)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.search)
        self.toolbar.addAction(self.refresh_action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self.file_menu.addAction(self.new_ledger_action)
        self.file_menu.addAction(self.open_ledger_action)
        self.recent_menu = QMenu(translate("MainWindow", "Open recent"), self)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        # Hook: reports, bureau bundles and backups add their actions here (add_file_action).
        self._file_hook = self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.record_menu = bar.addMenu(translate("MainWindow", "&Record"))
        for a in (self.new_record_action, self.delete_action, self.undo_action):
            self.record_menu.addAction(a)
        self.view_menu = bar.addMenu(translate("MainWindow", "&View"))
        self.view_menu.addAction(self.find_action)
        self.view_menu.addAction(self.refresh_action)

    def add_file_action(self, action: QAction) -> None:
        """Hook for other features: put `action` in the File menu above Quit."""
        action.setParent(self)
        self.file_menu.insertAction(self._file_hook, action)

    def _on_new_ledger(self) -> None:
        if self.controller is not None:
            self.controller.new_ledger_dialog(self)

    def _on_open_ledger(self) -> None:
        if self.controller is not None:
            self.controller.open_ledger_dialog(self)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.controller.recent_ledgers() if self.controller is not None else []
        for path in paths:
            a = self.recent_menu.addAction(str(path))
            a.triggered.connect(lambda _checked=False, p=path: self._open_recent(p))
        if not paths:
            empty = self.recent_menu.addAction(translate("MainWindow", "No recent ledgers"))
            empty.setEnabled(False)

    def _open_recent(self, path: Path) -> None:
        if self.controller is not None:
            self.controller.open_path(Path(path), parent=self)
