"""A register (meetings, study or volunteer work): filter bar, lazily paged table, empty state.

All filtering and sorting goes to SQL through RegisterModel; the total count runs on the database
worker because on a large ledger it is the slow part.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.errors import LedgerError
from models.services import ActivityInput, RegisterFilter, parse_period
from models.vocabulary import CATEGORY_KINDS, kind_label
from ui.records.register_model import COL_DATE, COL_TOPIC, RegisterModel
from ui.shell.widgets import SPACING, DeferredRefresh, EmptyState
from ui.shell.worker import run_now

log = logging.getLogger(__name__)

PERIOD_MONTH, PERIOD_YEAR, PERIOD_ALL, PERIOD_CUSTOM = "month", "year", "all", "custom"


translate = QCoreApplication.translate


def theme_icon(name: str, fallback: QStyle.StandardPixmap, widget: QWidget) -> QIcon:
    icon = QIcon.fromTheme(name)
    return icon if not icon.isNull() else widget.style().standardIcon(fallback)


class RegisterPage(DeferredRefresh, QWidget):
    """One register; `category` is 'meeting', 'study' or 'volunteer'."""

    records_changed = Signal()
    record_deleted = Signal(str, str)  # uuid, a short description for the undo message

    def __init__(self, ctx, category: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.category = category
        self._signin_action = None  # made on the first right-click
        self.kinds = tuple(CATEGORY_KINDS[category])
        self._month = dt.date.today().strftime("%Y-%m")
        self._search = ""
        self._custom: tuple[str | None, str | None] = (None, None)
        self.active_dialog = None  # the open record editor, if any
        self.model = RegisterModel(ctx.services, self, worker=ctx.worker)
        self._select_after_load: str | None = None
        self._build_ui()
        self._connect_signals()

    # -- layout ------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2 * SPACING, 2 * SPACING, 2 * SPACING, SPACING)
        layout.setSpacing(SPACING)
        bar = QHBoxLayout()
        bar.setSpacing(SPACING)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(translate("RegisterPage", "Kind"))
        self.kind_combo.addItem(translate("RegisterPage", "All kinds"), None)
        for code in self.kinds:
            self.kind_combo.addItem(kind_label(code), code)
        self.period_combo = QComboBox(self)
        self.period_combo.setAccessibleName(translate("RegisterPage", "Dates"))
        self.period_combo.addItem(translate("RegisterPage", "Month shown"), PERIOD_MONTH)
        self.period_combo.addItem(translate("RegisterPage", "Whole year"), PERIOD_YEAR)
        self.period_combo.addItem(translate("RegisterPage", "All dates"), PERIOD_ALL)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("registerCount")
        self.count_label.setStyleSheet("color: palette(mid);")
        bar.addWidget(QLabel(translate("RegisterPage", "Kind:"), self))
        bar.addWidget(self.kind_combo)
        bar.addSpacing(SPACING)
        bar.addWidget(QLabel(translate("RegisterPage", "Dates:"), self))
        bar.addWidget(self.period_combo)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.table = QTableView(self)
        self.table.setObjectName("registerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TOPIC, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)  # header clicks call model.sort() -> SQL
        for col, width in enumerate((130, 160, 0, 140, 90, 110, 70, 150)):
            if width:
                self.table.setColumnWidth(col, width)

        self.empty = EmptyState(self.empty_text(), self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

        self.edit_action = QAction(translate("RegisterPage", "Edit…"), self)
        self.edit_action.setIcon(
            theme_icon("document-edit", QStyle.StandardPixmap.SP_FileDialogDetailedView, self)
        )
        self.duplicate_action = QAction(translate("RegisterPage", "Duplicate as new record…"), self)
        self.duplicate_action.setIcon(
            theme_icon("edit-copy", QStyle.StandardPixmap.SP_FileDialogNewFolder, self)
        )
        self.delete_action = QAction(translate("RegisterPage", "Delete"), self)
        self.delete_action.setIcon(
            theme_icon("edit-delete", QStyle.StandardPixmap.SP_TrashIcon, self)
        )

    def _connect_signals(self) -> None:
        self.kind_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.period_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.edit_action.triggered.connect(self.edit_selected)
        self.duplicate_action.triggered.connect(self.duplicate_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        self.model.modelReset.connect(self._update_empty_state)
        self.model.rowsInserted.connect(self._update_empty_state)

    def empty_text(self) -> str:
        if self._search.strip() or self.kind_combo.currentData() or self._period() != PERIOD_MONTH:
            return translate(
                "RegisterPage",
                "No records match — change the search or the filters, or press Ctrl+N to add one",
            )
        return translate("RegisterPage", "No records this month yet — press Ctrl+N to add one")

    # -- what the page shows (called by the main window) ------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.refresh_if_stale()

    def set_month(self, month: str) -> None:
        self._month = month
        if self._period() == PERIOD_CUSTOM:
            self._set_period(PERIOD_MONTH)
        self.refresh()

    def set_search(self, text: str) -> None:
        self._search = text
        self.refresh()

    def show_filtered(
        self, kinds: tuple[str, ...] | None, date_from: str | None, date_to: str | None
    ) -> None:
        """Show the records behind an overview item: a kind (or all) within a date range."""
        kind = kinds[0] if kinds and len(kinds) == 1 else None
        self.kind_combo.blockSignals(True)
        index = self.kind_combo.findData(kind) if kind else 0
        self.kind_combo.setCurrentIndex(max(0, index))
        self.kind_combo.blockSignals(False)
        self._custom = (date_from, date_to)
        if self.period_combo.findData(PERIOD_CUSTOM) < 0:
            self.period_combo.blockSignals(True)
            self.period_combo.addItem("", PERIOD_CUSTOM)
            self.period_combo.blockSignals(False)
        label = f"{date_from or '…'} – {date_to or '…'}"
        self.period_combo.setItemText(self.period_combo.findData(PERIOD_CUSTOM), label)
        self._set_period(PERIOD_CUSTOM)
        self.refresh()

    def _period(self) -> str:
        return self.period_combo.currentData() or PERIOD_MONTH

    def _set_period(self, value: str) -> None:
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(value)))
        self.period_combo.blockSignals(False)

    def current_filter(self) -> RegisterFilter:
        kind = self.kind_combo.currentData()
        period = self._period()
        date_from = date_to = None
        if period in (PERIOD_MONTH, PERIOD_YEAR):
            p = parse_period(self._month if period == PERIOD_MONTH else self._month[:4])
            date_from, date_to = p.start, p.last_day.isoformat()
        elif period == PERIOD_CUSTOM:
            date_from, date_to = self._custom
        return RegisterFilter(
            date_from=date_from,
            date_to=date_to,
            kinds=(kind,) if kind else self.kinds,
            text=self._search.strip(),
        )

    def refresh(self) -> None:
        if self.defer_refresh():
            return
        """Re-run the query (F5, after a save, after the filters change)."""
        f = self.current_filter()
        try:
            if f == self.model.filter():
                self.model.reload()
            else:
                self.model.set_filter(f)
        except LedgerError as exc:
            QMessageBox.warning(self, translate("RegisterPage", "Branch Ledger"), str(exc))
            return
        self.count_label.setText(translate("RegisterPage", "Counting…"))
        run_now(
            self.ctx.worker,
            self.ctx.services.count_activities,
            f,
            on_done=lambda n, f=f: self._on_count_done(f, n),
            on_error=self.count_label.setText,
        )

    def _on_count_done(self, f: RegisterFilter, count: int) -> None:
        if f == self.model.filter():
            self.count_label.setText(
                QCoreApplication.translate("RegisterPage", "%n record(s)", "", count)
            )

    def _on_filter_changed(self, _index: int) -> None:
        if self._period() != PERIOD_CUSTOM:
            i = self.period_combo.findData(PERIOD_CUSTOM)
            if i >= 0:
                self.period_combo.blockSignals(True)
                self.period_combo.removeItem(i)
                self.period_combo.blockSignals(False)
        self.refresh()

    def _update_empty_state(self, *_args: object) -> None:
        empty = self.model.rowCount() == 0
        self.empty.setText(self.empty_text())
        self.stack.setCurrentWidget(self.empty if empty else self.table)
        if self._select_after_load and not self.model.is_loading():
            uuid, self._select_after_load = self._select_after_load, None
            self.select_uuid(uuid)

    # -- records -----------------------------------------------------------------------------
    def selected_uuids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r.uuid for r in (self.model.row_at(i) for i in rows) if r is not None]

    def select_uuid(self, uuid: str) -> bool:
        """Select a record; while a query runs, once its rows have arrived."""
        if self.model.is_loading():
            self._select_after_load = uuid
            return False
        row = self.model.row_of(uuid)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def new_record(self) -> None:
        day = dt.date.today()
        if self._month != day.strftime("%Y-%m"):
            day = dt.date.fromisoformat(self._month + "-01")
        kind = self.kind_combo.currentData() or self.kinds[0]
        self._open_editor(initial=ActivityInput(kinds=[kind], date=day.isoformat()))

    def edit_selected(self) -> None:
        uuids = self.selected_uuids()
        if uuids:
            self._open_editor(activity_uuid=uuids[0])

    def duplicate_selected(self) -> None:
        uuids = self.selected_uuids()
        if not uuids:
            return
        try:
            initial = self.ctx.services.duplicate_activity(uuids[0])
        except LedgerError as exc:
            QMessageBox.warning(self, translate("RegisterPage", "Branch Ledger"), str(exc))
            return
        self._open_editor(initial=initial)

    def delete_selected(self) -> None:
        if self.ctx.ledger.readonly:
            return
        for uuid in self.selected_uuids():
            row = self.model.row_at(self.model.row_of(uuid))
            try:
                self.ctx.services.delete_activity(uuid)
            except LedgerError as exc:
                QMessageBox.warning(self, translate("RegisterPage", "Branch Ledger"), str(exc))
                break
            description = f"{row.date} {row.topic}" if row else ""
            self.record_deleted.emit(uuid, description)
        self.refresh()
        self.records_changed.emit()

    def _open_editor(self, activity_uuid: str | None = None, initial=None) -> None:
        if self.ctx.ledger.readonly:
            QMessageBox.information(
                self,
                translate("RegisterPage", "Branch Ledger"),
                translate(
                    "RegisterPage",
                    "This ledger is open read-only (another window has it): records can be "
                    "looked at here but not changed.",
                ),
            )
            return
        from ui.records.editor import ActivityDialog

        dialog = ActivityDialog(self.ctx, self, activity_uuid=activity_uuid, initial=initial)
        dialog.record_saved.connect(self._on_dialog_record_saved)
        dialog.finished.connect(self._on_dialog_finished)
        self.active_dialog = dialog
        dialog.open()

    def _on_dialog_finished(self, _result: int) -> None:
        # Deleted later, from the event loop: the dialog may still be inside its own handler.
        dialog, self.active_dialog = self.active_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _on_dialog_record_saved(self, uuid: str) -> None:
        self.refresh()
        self.select_uuid(uuid)
        self.records_changed.emit()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self._open_editor(activity_uuid=row.uuid)

    def context_menu(self, pos: QPoint) -> QMenu | None:
        """The right-click menu for the row at `pos` (None off the rows)."""
        index = self.table.indexAt(pos)
        if not index.isValid():
            return None
        if index.row() not in {i.row() for i in self.table.selectionModel().selectedRows()}:
            self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.edit_action)
        menu.addAction(self.duplicate_action)
        menu.addSeparator()
        if self._signin_action is None:
            from ui.reports.dialog import signin_action  # the report modules load on first use

            self._signin_action = signin_action(
                self.ctx, self, lambda: (self.selected_uuids() or [None])[0]
            )
        menu.addAction(self._signin_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        readonly = self.ctx.ledger.readonly
        self.duplicate_action.setEnabled(not readonly)
        self.delete_action.setEnabled(not readonly)
        return menu

    def _on_table_context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(pos)
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.table.viewport().mapToGlobal(pos))
