"""Small list editors used by the settings page and the first-start setup: covered units,
party groups, and committee seats."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from models.services import GroupInput, UnitInput
from ui.records.editor_form import error_label, error_style
from ui.shell.limits import limit_text

translate = QCoreApplication.translate

MAX_UNITS = 5
ROLES = ("secretary", "deputy", "member")


def role_label(code: str) -> str:
    labels = {
        "secretary": translate("SettingsPage", "Secretary"),
        "deputy": translate("SettingsPage", "Deputy secretary"),
        "member": translate("SettingsPage", "Committee member"),
    }
    return labels.get(code, code)


def _buttons(
    parent: QWidget, add: str, remove: str
) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    row = QHBoxLayout()
    add_button = QPushButton(add, parent)
    remove_button = QPushButton(remove, parent)
    row.addWidget(add_button)
    row.addWidget(remove_button)
    row.addStretch(1)
    return row, add_button, remove_button


class UnitsEditor(QWidget):
    """The units a (joint) branch covers: name, kind (幼儿园, 小学…), has members."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("unitsTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("SettingsPage", "Unit"),
                translate("SettingsPage", "Kind of unit"),
                translate("SettingsPage", "Has Party members"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(120)
        layout.addWidget(self.table)
        row, self.add_button, self.remove_button = _buttons(
            self, translate("SettingsPage", "Add unit"), translate("SettingsPage", "Remove unit")
        )
        layout.addLayout(row)
        self.message = error_label(self)
        layout.addWidget(self.message)
        self._uuids: list[str | None] = []
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)

    def add_unit(self, name: str = "", kind: str = "", has_members: bool = True, uuid=None) -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self._uuids.append(uuid)
        name_edit = QLineEdit(name, self.table)
        limit_text(name_edit, "UnitInput", "name")
        name_edit.setPlaceholderText(translate("SettingsPage", "e.g. 实验幼儿园"))
        kind_edit = QLineEdit(kind, self.table)
        limit_text(kind_edit, "UnitInput", "unit_kind")
        kind_edit.setPlaceholderText(translate("SettingsPage", "e.g. kindergarten"))
        members = QCheckBox(self.table)
        members.setChecked(has_members)
        self.table.setCellWidget(r, 0, name_edit)
        self.table.setCellWidget(r, 1, kind_edit)
        self.table.setCellWidget(r, 2, members)
        self.add_button.setEnabled(self.table.rowCount() < MAX_UNITS)
        return r

    def set_units(self, units: list[tuple[str, str, str, bool]]) -> None:
        self.table.setRowCount(0)
        self._uuids = []
        for uuid, name, kind, has_members in units:
            self.add_unit(name, kind, has_members, uuid)
        self.add_button.setEnabled(self.table.rowCount() < MAX_UNITS)

    def units(self) -> list[UnitInput]:
        return [
            UnitInput(
                self.table.cellWidget(r, 0).text().strip(),
                self.table.cellWidget(r, 1).text().strip(),
                self.table.cellWidget(r, 2).isChecked(),
                self._uuids[r],
            )
            for r in range(self.table.rowCount())
        ]

    def show_errors(self, errors: dict[str, str]) -> None:
        """Row problems as {'<i>': message} (routed by FieldErrors from 'units.<i>')."""
        lines = [errors["units"]] if "units" in errors else []
        for r in range(self.table.rowCount()):
            text = errors.get(str(r), "")
            self.table.cellWidget(r, 0).setStyleSheet(error_style(bool(text)))
            if text:
                lines.append(text)
        self.message.setText("\n".join(lines))
        self.message.setVisible(bool(lines))

    def _on_add_clicked(self) -> None:
        if self.table.rowCount() < MAX_UNITS:
            self.table.cellWidget(self.add_unit(), 0).setFocus()

    def _on_remove_clicked(self) -> None:
        r = self.table.currentRow() if self.table.currentRow() >= 0 else self.table.rowCount() - 1
        if r >= 0:
            self.table.removeRow(r)
            del self._uuids[r]
            self.add_button.setEnabled(True)


class GroupsEditor(QWidget):
    """Party group names, in order; double-click a name to rename it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setObjectName("groupsList")
        self.list.setMinimumHeight(90)
        layout.addWidget(self.list)
        row, self.add_button, self.remove_button = _buttons(
            self,
            translate("SettingsPage", "Add party group"),
            translate("SettingsPage", "Remove party group"),
        )
        layout.addLayout(row)
        self.message = error_label(self)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)

    def add_group(self, name: str, uuid: str | None = None) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, uuid)  # a rename keeps the group's identity
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    def set_groups(self, groups: list[tuple[str | None, str]]) -> None:
        """(uuid, name) pairs; a uuid of None is a group not saved yet."""
        self.list.clear()
        for uuid, name in groups:
            self.add_group(name, uuid)

    def groups(self) -> list[GroupInput]:
        return [
            GroupInput(item.text().strip(), item.data(Qt.ItemDataRole.UserRole))
            for item in (self.list.item(i) for i in range(self.list.count()))
        ]

    def show_errors(self, errors: dict[str, str]) -> None:
        text = errors.get("groups", "")
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.list.setStyleSheet(error_style(bool(text)))

    def _on_add_clicked(self) -> None:
        n = self.list.count() + 1
        item = self.add_group(translate("SettingsPage", "Party group {n}").format(n=n))
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def _on_remove_clicked(self) -> None:
        row = self.list.currentRow() if self.list.currentRow() >= 0 else self.list.count() - 1
        if row >= 0:
            self.list.takeItem(row)


class CommitteeEditor(QWidget):
    """Committee seats: person (from the roster), role, and the title the branch uses."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: list[tuple[str, str]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("committeeTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("SettingsPage", "Person"),
                translate("SettingsPage", "Role"),
                translate("SettingsPage", "Title"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 160)
        self.table.setColumnWidth(1, 130)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.table)
        row, self.add_button, self.remove_button = _buttons(
            self, translate("SettingsPage", "Add seat"), translate("SettingsPage", "Remove seat")
        )
        layout.addLayout(row)
        self.message = error_label(self)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)

    def set_people(self, people: list[tuple[str, str]]) -> None:
        self._people = list(people)

    def add_seat(
        self, person_uuid: str | None = None, role: str = "member", title: str = ""
    ) -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        person = QComboBox(self.table)
        person.setMinimumWidth(120)
        person.addItem("—", None)
        for uuid, name in self._people:
            person.addItem(name, uuid)
        person.setCurrentIndex(max(person.findData(person_uuid), 0))
        roles = QComboBox(self.table)
        for code in ROLES:
            roles.addItem(role_label(code), code)
        roles.setCurrentIndex(max(roles.findData(role), 0))
        title_edit = QLineEdit(title, self.table)
        title_edit.setPlaceholderText(translate("SettingsPage", "e.g. 组织委员, 宣传委员"))
        self.table.setCellWidget(r, 0, person)
        self.table.setCellWidget(r, 1, roles)
        self.table.setCellWidget(r, 2, title_edit)
        return r

    def set_seats(self, seats: list[tuple[str, str, str, str]]) -> None:
        self.table.setRowCount(0)
        for uuid, _name, role, title in seats:
            self.add_seat(uuid, role, title)

    def seats(self) -> list[tuple[str | None, str, str]]:
        return [
            (
                self.table.cellWidget(r, 0).currentData(),
                self.table.cellWidget(r, 1).currentData(),
                self.table.cellWidget(r, 2).text().strip(),
            )
            for r in range(self.table.rowCount())
        ]

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _on_add_clicked(self) -> None:
        self.add_seat()

    def _on_remove_clicked(self) -> None:
        r = self.table.currentRow() if self.table.currentRow() >= 0 else self.table.rowCount() - 1
        if r >= 0:
            self.table.removeRow(r)
