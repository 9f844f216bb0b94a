"""The people page: the roster as of today, add and edit, dated status changes, import."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.services import sort_text
from models.vocabulary import category_label, status_label
from ui.people.development_dialog import DevelopmentDialog
from ui.people.dues_dialog import DuesDialog
from ui.people.import_dialog import ImportDialog
from ui.people.person_dialog import PersonDialog
from ui.people.roster_dialog import RosterDialog
from ui.people.status_dialog import PersonStatusDialog
from ui.people.transfers_dialog import TransfersDialog
from ui.shell.context import AppContext

translate = QCoreApplication.translate

NAME, CATEGORY, GROUP, UNIT, STATUS, STUDY, PHONE = range(7)
COLUMNS = 7
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


class PeopleModel(QAbstractTableModel):
    """The roster (PersonRow list) as a table; a few hundred rows at most, so held in memory."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._study: dict = {}

    def set_rows(self, rows: list, study: dict | None = None) -> None:
        """`study`: person uuid → counting.StudyLine (this year's 学时 of each Party member)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._study = dict(study or {})
        self.endResetModel()

    def _study_text(self, uuid: str) -> str:
        from models.services import format_hours

        line = self._study.get(uuid)
        if line is None:
            return ""
        return translate("PeoplePage", "{hours} of {required} {mark}").format(
            hours=format_hours(line.study_minutes),
            required=format_hours(line.required * 60),
            mark="✓" if line.met else "✗",
        )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else COLUMNS

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            (
                translate("PeoplePage", "Name"),
                translate("PeoplePage", "Category"),
                translate("PeoplePage", "Party group"),
                translate("PeoplePage", "Unit"),
                translate("PeoplePage", "Status today"),
                translate("PeoplePage", "Study hours this year"),
                translate("PeoplePage", "Phone"),
            )[section]
            if 0 <= section < COLUMNS
            else None
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return p
        if role == SORT_ROLE and column in (NAME, GROUP, UNIT):
            # Names in pinyin order, as in every list, PDF and register (models.text.collation).
            return sort_text({NAME: p.name, GROUP: p.party_group, UNIT: p.unit}[column])
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == NAME:
                return p.name
            if column == CATEGORY:
                return p.category if role == SORT_ROLE else category_label(p.category)
            if column == GROUP:
                return p.party_group
            if column == UNIT:
                return p.unit
            if column == STATUS:
                text = status_label(p.status) if p.status else "—"
                if role == SORT_ROLE:
                    return p.status
                return f"{text}（{p.status_since}）" if p.status != "active" else text
            if column == STUDY:
                line = self._study.get(p.uuid)
                if role == SORT_ROLE:
                    return -1 if line is None else line.study_minutes
                return self._study_text(p.uuid)
            if column == PHONE:
                return p.phone
        if role == Qt.ItemDataRole.ToolTipRole and column == STUDY and p.uuid in self._study:
            return translate(
                "PeoplePage",
                "Study hours a year: at least 32 for each Party member, 56 for the branch "
                "secretary and committee members.",
            )
        if role == Qt.ItemDataRole.ForegroundRole and p.status not in ("active", "mobile"):
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None


class PeoplePage(QWidget):
    """The roster with its actions; `refresh()` reloads it from the ledger."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services = ctx.services
        self.setObjectName("peoplePage")
        self._statement_action = None  # made on the first right-click
        self._build_ui()
        self._connect_signals()
        self.refresh()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("peopleSearch")
        self.search.setPlaceholderText(translate("PeoplePage", "Search names, groups, units…"))
        self.search.setClearButtonEnabled(True)
        self.show_all = QCheckBox(translate("PeoplePage", "Include people no longer here"), self)
        self.add_button = QPushButton(translate("PeoplePage", "Add person…"), self)
        self.edit_button = QPushButton(translate("PeoplePage", "Edit…"), self)
        self.status_button = QPushButton(translate("PeoplePage", "Change status…"), self)
        self.status_button.setToolTip(
            translate("PeoplePage", "Transferred out, mobile, or back on the roster, with a date")
        )
        self.import_button = QPushButton(translate("PeoplePage", "Import from Excel/CSV…"), self)
        self.dues_button = QPushButton(translate("PeoplePage", "Party dues…"), self)
        self.dues_button.setObjectName("duesButton")
        self.transfers_button = QPushButton(translate("PeoplePage", "Transfers…"), self)
        self.transfers_button.setObjectName("transfersButton")
        self.transfers_button.setToolTip(
            translate("PeoplePage", "Transfers of membership in and out, with the receipts")
        )
        self.roster_button = QPushButton(translate("PeoplePage", "Roster…"), self)
        self.roster_button.setObjectName("rosterButton")
        self.roster_button.setToolTip(
            translate("PeoplePage", "Print the Party member roster of a chosen day (PDF or Excel)")
        )
        self.development_button = QPushButton(translate("PeoplePage", "Member development…"), self)
        self.development_button.setObjectName("developmentButton")
        self.development_button.setToolTip(
            translate(
                "PeoplePage",
                "Applicants, activists, candidates and probationary members: stages and dates",
            )
        )
        self.dues_button.setToolTip(
            translate("PeoplePage", "Each member's monthly standard and the dues paid, by month")
        )
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_all)
        for button in (
            self.add_button,
            self.edit_button,
            self.status_button,
            self.dues_button,
            self.transfers_button,
            self.roster_button,
            self.development_button,
            self.import_button,
        ):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.model = PeopleModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView(self)
        self.table.setObjectName("peopleTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(
            translate(
                "PeoplePage",
                "No one is on the roster yet — add people one by one, or import a list from "
                "Excel or CSV.",
            ),
            self,
        )
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid); padding: 32px;")
        holder = QWidget(self)
        self.stack = QStackedLayout(holder)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(holder, 1)
        self.count_label = QLabel(self)
        layout.addWidget(self.count_label)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self.show_all.toggled.connect(self._on_show_all_toggled)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.status_button.clicked.connect(self._on_status_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.dues_button.clicked.connect(self._on_dues_clicked)
        self.transfers_button.clicked.connect(self._on_transfers_clicked)
        self.roster_button.clicked.connect(self._on_roster_clicked)
        self.development_button.clicked.connect(self._on_development_clicked)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def refresh(self) -> None:
        today = dt.date.today().isoformat()
        rows = self.services.list_people(today, include_off_roster=self.show_all.isChecked())
        study = {line.person_uuid: line for line in self.services.yearly_study(today[:4])}
        self.model.set_rows(rows, study)
        self.stack.setCurrentWidget(self.table if rows or self.show_all.isChecked() else self.empty)
        on_roster = sum(1 for p in rows if p.status in ("active", "mobile"))
        self.count_label.setText(
            translate("PeoplePage", "{n} on the roster today").format(n=on_roster)
        )
        self._on_selection_changed()

    def selected_row(self) -> object | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    # --- actions -------------------------------------------------------------------------------

    def open_person(self, person_uuid: str | None = None) -> PersonDialog:
        dialog = PersonDialog(self.ctx, self, person_uuid)
        dialog.record_saved.connect(self._on_person_saved)
        dialog.open()
        return dialog

    def open_status(self) -> PersonStatusDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        dialog = PersonStatusDialog(self.ctx, row.uuid, row.name, self)
        dialog.status_changed.connect(self._on_person_saved)
        dialog.open()
        return dialog

    def open_import(self, path: str | None = None) -> ImportDialog:
        dialog = ImportDialog(self.ctx, self, path)
        dialog.people_imported.connect(self._on_people_imported)
        dialog.open()
        return dialog

    def open_dues(self, year: int | None = None) -> DuesDialog:
        dialog = DuesDialog(self.ctx, self, year)
        dialog.open()
        return dialog

    def _on_dues_clicked(self) -> None:
        self.open_dues()

    def open_transfers(self) -> TransfersDialog:
        dialog = TransfersDialog(self.ctx, self)
        dialog.changed.connect(self.refresh)  # the roster status follows a transfer
        dialog.open()
        return dialog

    def _on_transfers_clicked(self) -> None:
        self.open_transfers()

    def open_roster(self) -> RosterDialog:
        dialog = RosterDialog(self.ctx, self)
        dialog.open()
        return dialog

    def _on_roster_clicked(self) -> None:
        self.open_roster()

    def open_development(self) -> DevelopmentDialog:
        dialog = DevelopmentDialog(self.ctx, self)
        dialog.changed.connect(self.refresh)  # the category follows a stage
        dialog.open()
        return dialog

    def _on_development_clicked(self) -> None:
        self.open_development()

    def _on_add_clicked(self) -> None:
        self.open_person()

    def _on_edit_clicked(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_person(row.uuid)

    def _on_status_clicked(self) -> None:
        self.open_status()

    def _on_import_clicked(self) -> None:
        self.open_import()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.open_person(index.data(ROW_ROLE).uuid)

    def context_menu(self, pos: QPoint) -> QMenu | None:
        """The right-click menu for the row at `pos` (None off the rows)."""
        from ui.reports.dialog import statement_action  # the report modules load on first use

        index = self.table.indexAt(pos)
        if not index.isValid():
            return None
        self.table.selectRow(index.row())
        menu = QMenu(self)
        edit = menu.addAction(translate("PeoplePage", "Edit…"))
        edit.triggered.connect(self._on_edit_clicked)
        status = menu.addAction(translate("PeoplePage", "Change status…"))
        status.triggered.connect(self._on_status_clicked)
        menu.addSeparator()
        if self._statement_action is None:
            self._statement_action = statement_action(
                self.ctx, self, lambda: getattr(self.selected_row(), "uuid", None)
            )
        menu.addAction(self._statement_action)
        return menu

    def _on_table_context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(pos)
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.table.viewport().mapToGlobal(pos))

    def _on_person_saved(self, uuid: str) -> None:
        self.refresh()
        for r in range(self.proxy.rowCount()):
            if self.proxy.index(r, 0).data(ROW_ROLE).uuid == uuid:
                self.table.selectRow(r)
                break

    def _on_people_imported(self, _count: int) -> None:
        self.refresh()

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())

    def _on_show_all_toggled(self, _on: bool) -> None:
        self.refresh()

    def _on_selection_changed(self, *_args: object) -> None:
        chosen = self.selected_row() is not None
        self.edit_button.setEnabled(chosen)
        self.status_button.setEnabled(chosen)
