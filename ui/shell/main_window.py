"""The main window: navigation, month selector, search, status bar with undo.

Actions and menus are built in ui/shell/main_menus.py. Pages are plain widgets added with
`add_page`;
a page may offer any of `set_month(month)`, `set_search(text)`, `refresh()`, `new_record()` and
`delete_selected()`, and the window calls what it has. File-menu hooks (`add_file_action`) let
the report, bureau and backup features plug in without editing this file.

What the first frame does not need waits for it (`after_first_paint`, see ui.shell.startup),
and nothing before it touches PySide's `Qt` namespace (building it costs ~18 ms): enum
properties are set by name.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from models.errors import LedgerError
from ui.overview.page import OverviewPage
from ui.shell.icons import icon
from ui.shell.main_menus import MenusMixin
from ui.shell.startup import FirstFrameQueue
from ui.shell.widgets import LazyPage, MonthSelector, fit_to_screen

if TYPE_CHECKING:
    from ui.records.register_page import RegisterPage

log = logging.getLogger(__name__)


translate = QCoreApplication.translate
NAV_KEY_ROLE = 0x0100  # Qt.ItemDataRole.UserRole: a navigation item's page key


def nav_titles() -> dict[str, str]:
    """The navigation labels (总览 · 会议 · 学习 · 志愿服务 · 人员 · 报表 · 设置)."""
    return {
        "overview": translate("MainWindow", "Overview"),
        "meeting": translate("MainWindow", "Meetings"),
        "study": translate("MainWindow", "Study"),
        "volunteer": translate("MainWindow", "Volunteer work"),
        "people": translate("MainWindow", "People"),
        "followup": translate("MainWindow", "Plan and follow-up"),
        "reports": translate("MainWindow", "Reports"),
        "settings": translate("MainWindow", "Settings"),
    }


class Page:
    """A page of the window: its key, its widget (maybe a LazyPage) and its navigation item."""

    __slots__ = ("key", "widget", "item")

    def __init__(self, key: str, widget: QWidget, item: QListWidgetItem) -> None:
        self.key, self.widget, self.item = key, widget, item


class RegisterPages(Mapping):
    """The three registers by category; each is built the first time it is asked for or shown
    (the first frame shows the overview: the registers' widgets and modules can wait)."""

    def __init__(self) -> None:
        self._lazy: dict[str, LazyPage] = {}

    def add(self, category: str, lazy: LazyPage) -> None:
        self._lazy[category] = lazy

    def __getitem__(self, category: str) -> RegisterPage:
        return self._lazy[category].ensure_built()

    def __iter__(self) -> Iterator[str]:
        return iter(self._lazy)

    def __len__(self) -> int:
        return len(self._lazy)

    def built(self) -> list[RegisterPage]:
        """The registers built so far (the others have nothing to refresh or close)."""
        return [lazy.page for lazy in self._lazy.values() if lazy.page is not None]


class MainWindow(MenusMixin, QMainWindow):
    """One window per open ledger; `controller` (ui.shell.app.AppController) opens and
    creates files."""

    ledger_requested = Signal(str)  # a recent file was chosen

    def __init__(self, ctx, controller=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.controller = controller
        self.pages: dict[str, Page] = {}
        # The ledger's connection waits for the first frame; every later job may use it.
        self._first_frame = FirstFrameQueue(self, self.ctx.ledger.connect)
        self._search_text = ""  # the search the pages were given (typing waits for a pause)
        self._undo: list[tuple[str, str]] = []  # (uuid, description) of deleted records
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self.setObjectName("mainWindow")
        fit_to_screen(self, 1180, 760)
        self._build_ui()
        self._build_actions()
        self._build_menus()
        self._add_default_pages()
        self._connect_signals()
        self.features: list[object] = []
        # After the first paint: the features' modules are not needed to show the window.
        self.after_first_paint(self._add_features)
        self.update_title()
        self.show_page("overview")

    # -- layout ------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(2)
        self.nav.setFixedWidth(170)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setStyleSheet(
            "QListWidget#navigation { outline: 0; }"
            "QListWidget#navigation::item { padding: 8px 10px; border: none; }"
            "QListWidget#navigation::item:selected {"
            " background: palette(highlight); color: palette(highlighted-text); }"
        )
        self.stack = QStackedWidget(self)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.toolbar = QToolBar(translate("MainWindow", "Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setProperty("toolButtonStyle", "ToolButtonTextBesideIcon")
        self.addToolBar(self.toolbar)
        self.month_selector = MonthSelector(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            translate("MainWindow", "Search topic, place, host, minutes (Ctrl+F)")
        )
        self.search.setMinimumWidth(260)
        self.search.addAction(
            icon("search"),
            QLineEdit.ActionPosition.LeadingPosition,
        )

        self.status_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy indicator: the worker reports no fraction
        self.progress.setMaximumWidth(120)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.hide()
        # Shown only when the database work lasts (no flicker for the usual quick queries).
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(150)
        self._progress_timer.timeout.connect(self.progress.show)
        self.undo_button = QPushButton(translate("MainWindow", "Undo"), self)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setFlat(True)
        self.undo_button.hide()
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.undo_button)
        self.statusBar().addPermanentWidget(self.progress)

    def _add_default_pages(self) -> None:
        titles = nav_titles()
        self.overview = OverviewPage(self.ctx, self)
        self.add_page("overview", titles["overview"], self.overview, icon("overview"))
        self.registers = RegisterPages()
        for category in ("meeting", "study", "volunteer"):
            lazy = self._register_page(category)
            self.registers.add(category, lazy)
            self.add_page(category, titles[category], lazy, icon(category))
        for key, module, name in (
            ("people", "ui.people.page", "PeoplePage"),
            ("followup", "ui.followup.page", "FollowupPage"),
            ("reports", "ui.reports.page", "ReportsPage"),
            ("settings", "ui.settings.page", "SettingsPage"),
        ):
            self.add_page(key, titles[key], self._lazy_page(module, name), icon(key))

    def _add_features(self) -> None:
        """The features that plug into the File menu through the hooks (`add_file_action`):
        bureau bundles, backups, the ledger check. Their modules load after the first frame."""
        if self.features or self.ctx.ledger.closed:
            return  # already added, or this window's ledger was closed meanwhile
        from ui.backups.actions import BackupActions
        from ui.backups.check_dialog import CheckActions
        from ui.bureau.actions import BureauActions

        self.features = [
            BureauActions(self.ctx, self),
            BackupActions(self.ctx, self, self.controller),
            CheckActions(self.ctx, self),
        ]

    def _register_page(self, category: str) -> LazyPage:
        """A register, built when first shown (or asked for through `registers`)."""

        def build() -> QWidget:
            from ui.records.register_page import RegisterPage

            page = RegisterPage(self.ctx, category)
            page.record_deleted.connect(self._on_register_record_deleted)
            page.table.addAction(self.delete_action)
            return page

        lazy = LazyPage(build, self)
        lazy.built.connect(self._on_lazy_page_built)
        return lazy

    def _lazy_page(self, module: str, name: str) -> QWidget:
        """A page, built (and its module imported) when first shown."""

        def build() -> QWidget:
            return getattr(importlib.import_module(module), name)(self.ctx)

        lazy = LazyPage(build, self)
        lazy.built.connect(self._on_lazy_page_built)
        return lazy

    def _on_lazy_page_built(self, page: QWidget) -> None:
        self._attach(page)

    def _attach(self, page: QWidget) -> None:
        """Give a page the month and search shown, and listen for its changes."""
        if hasattr(page, "set_month"):
            page.set_month(self.month_selector.month())
        if hasattr(page, "set_search") and self._search_text:
            page.set_search(self._search_text)
        if hasattr(page, "records_changed"):
            page.records_changed.connect(self._on_page_records_changed)
        if hasattr(page, "branch_saved"):  # Settings: the title and the overview change
            page.branch_saved.connect(lambda _uuid: self.refresh())
        if hasattr(page, "language_changed"):
            page.language_changed.connect(self._on_page_language_changed)

    @staticmethod
    def _real(widget: QWidget) -> QWidget | None:
        """The page itself (None for a lazy page not built yet)."""
        return widget.page if isinstance(widget, LazyPage) else widget

    def add_page(self, key: str, title: str, widget: QWidget, icon: QIcon | None = None) -> None:
        """Add (or replace) a page in the navigation; pages keep their order of first adding."""
        if key in self.pages:
            old = self.pages[key]
            index = self.stack.indexOf(old.widget)
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(old.widget)
            old.widget.deleteLater()
            old.item.setText(title)
            if icon is not None:
                old.item.setIcon(icon)
            self.pages[key] = Page(key, widget, old.item)
        else:
            item = QListWidgetItem(icon or QIcon(), title)
            item.setData(NAV_KEY_ROLE, key)
            self.nav.addItem(item)
            self.stack.addWidget(widget)
            self.pages[key] = Page(key, widget, item)
        if not isinstance(widget, LazyPage):
            self._attach(widget)

    def _connect_signals(self) -> None:
        self.nav.currentItemChanged.connect(self._on_nav_current_item_changed)
        self.month_selector.month_changed.connect(self._on_month_selector_month_changed)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.new_ledger_action.triggered.connect(self._on_new_ledger)
        self.open_ledger_action.triggered.connect(self._on_open_ledger)
        self.quit_action.triggered.connect(self.close)
        self.new_record_action.triggered.connect(self.new_record)
        self.delete_action.triggered.connect(self.delete_selected)
        self.undo_action.triggered.connect(self.undo_delete)
        self.undo_button.clicked.connect(self.undo_delete)
        self.find_action.triggered.connect(self._on_find)
        self.refresh_action.triggered.connect(self.refresh)
        self.overview.show_records.connect(self._on_overview_show_records)
        self.overview.month_requested.connect(self.month_selector.set_month)
        self.overview.followup_requested.connect(self._on_overview_followup_requested)
        self.overview.checklist.step_requested.connect(self._on_checklist_step_requested)
        if self.ctx.worker is not None:
            self.ctx.worker.busy_changed.connect(self._on_worker_busy_changed)
        readonly = self.ctx.ledger.readonly
        for a in (self.new_record_action, self.delete_action):
            a.setEnabled(not readonly)

    # -- navigation --------------------------------------------------------------------------
    def show_page(self, key: str) -> QWidget:
        """Switch to a page; returns the page itself (a lazy page is built now)."""
        page = self.pages[key]
        self.nav.setCurrentItem(page.item)
        return self.current_page()

    def current_key(self) -> str:
        item = self.nav.currentItem()
        return item.data(NAV_KEY_ROLE) if item else "overview"

    def current_page(self) -> QWidget:
        widget = self.stack.currentWidget()
        return widget.ensure_built() if isinstance(widget, LazyPage) else widget

    def _on_nav_current_item_changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is None:
            return
        key = current.data(NAV_KEY_ROLE)
        self.stack.setCurrentWidget(self.pages[key].widget)
        self.current_page()  # builds a lazy page
        self.new_record_action.setEnabled(not self.ctx.ledger.readonly)

    def update_title(self) -> None:
        name = self.ctx.ledger.path.stem
        branch = None if self.ctx.ledger.closed else self.ctx.ledger.branch_name()
        if branch:
            name = f"{branch} — {self.ctx.ledger.path.name}"
        title = translate("MainWindow", "{name} — Branch Ledger").format(name=name)
        if self.ctx.ledger.readonly:
            title += " " + translate("MainWindow", "(read-only)")
        self.setWindowTitle(title)
        self.setWindowFilePath(str(self.ctx.ledger.path))

    # -- commands ----------------------------------------------------------------------------
    def _each_page(self, method: str, *args) -> None:
        for page in self.pages.values():
            fn = getattr(self._real(page.widget), method, None)
            if callable(fn):
                fn(*args)

    def _on_month_selector_month_changed(self, month: str) -> None:
        self._each_page("set_month", month)

    def _on_search_timer_timeout(self) -> None:
        text = self._search_text = self.search.text()
        self._each_page("set_search", text)
        if text.strip() and self.current_key() == "overview":
            self.show_page("meeting")

    def _on_find(self) -> None:
        from PySide6.QtCore import Qt

        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def refresh(self) -> None:
        """F5: re-read every page from the ledger."""
        self._each_page("refresh")
        self.update_title()

    def new_record(self) -> None:
        page = self.current_page()
        if not hasattr(page, "new_record"):
            page = self.show_page("meeting")
        page.new_record()

    def _on_checklist_step_requested(self, step: str) -> None:
        """The first-run checklist's buttons: go where the step is done."""
        if step == "people":
            self.show_page("people")
        elif step == "meeting":
            self.show_page("meeting").new_record()
        elif step == "print":
            self.show_page("reports")
        elif step == "bundle":
            for feature in self.features:
                if hasattr(feature, "make_bundle"):
                    feature.make_bundle()
                    return

    def delete_selected(self) -> None:
        fn = getattr(self.current_page(), "delete_selected", None)
        if callable(fn):
            fn()

    def _on_worker_busy_changed(self, busy: int) -> None:
        if busy:
            self._progress_timer.start()
        else:
            self._progress_timer.stop()
            self.progress.hide()

    def _on_register_record_deleted(self, uuid: str, description: str) -> None:
        self._undo.append((uuid, description))
        self.undo_action.setEnabled(True)
        self.status_label.setText(
            translate("MainWindow", "Deleted “{record}”.").format(record=description)
        )
        self.undo_button.show()

    def undo_delete(self) -> None:
        """Bring back the last deleted record."""
        if not self._undo:
            return
        uuid, description = self._undo.pop()
        try:
            self.ctx.services.restore_activity(uuid)
        except LedgerError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, translate("MainWindow", "Branch Ledger"), str(exc))
            return
        self.undo_action.setEnabled(bool(self._undo))
        self.undo_button.setVisible(bool(self._undo))
        self.status_label.setText(
            translate("MainWindow", "Restored “{record}”.").format(record=description)
        )
        self.refresh()
        for page in self.registers.built():
            page.select_uuid(uuid)

    def _on_page_language_changed(self, language: str) -> None:
        if self.controller is not None:
            self.controller.set_language(language)
        else:
            from ui.shell.i18n import install_translator

            install_translator(QCoreApplication.instance(), language)

    def _on_page_records_changed(self) -> None:
        self.overview.refresh()
        for page in self.registers.built():
            if page is not self.sender():
                page.refresh()

    def _on_overview_show_records(
        self, category: str, kinds: tuple, date_from: str, date_to: str
    ) -> None:
        page = self.registers.get(category)
        if page is None:
            return
        self.show_page(category)
        page.show_filtered(tuple(kinds), date_from or None, date_to or None)

    def _on_overview_followup_requested(self, section: str) -> None:
        """A follow-up reminder: its section of the follow-up page (换届: the branch settings)."""
        if section == "branch":
            self.show_page("settings")
            return
        if section in ("dues", "transfers", "development"):
            page = self.show_page("people")
            opener = getattr(page, f"open_{section}", None)
            if opener is not None:
                opener()
            return
        page = self.show_page("followup")
        if hasattr(page, "show_section"):
            page.show_section(section)

    # -- first frame (ui.shell.startup) -------------------------------------------------------
    def after_first_paint(self, fn: Callable[[], None]) -> None:
        """Run `fn` once the window's first frame is painted (soon, if it already is)."""
        self._first_frame.add(fn)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        self._first_frame.painted()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._first_frame.shown()

    # -- Qt events ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """New labels after the language changed (pages rebuild their own on refresh)."""
        titles = nav_titles()
        for key, page in self.pages.items():
            if key in titles:
                page.item.setText(titles[key])
        self.update_title()

    def closeEvent(self, event: QCloseEvent) -> None:
        dialogs = [p.active_dialog for p in self.registers.built() if p.active_dialog]
        for dialog in dialogs:
            if not dialog.close():  # the editor asks about unsaved changes
                event.ignore()
                return
        super().closeEvent(event)
