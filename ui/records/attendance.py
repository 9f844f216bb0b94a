"""The attendance tab: everyone expected on the activity's date, with status, leave type,
reason and hours per person; "all present" in one click; people added from the roster.

A person's status starts empty ("— choose —") so nobody is recorded as present by accident;
"All present" marks everyone not yet marked. Rows the user touched or added stay when the date
or kinds change; untouched rows follow the new list of expected people.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.services import AttendanceInput
from models.vocabulary import (
    ATTENDANCE_STATUSES,
    LEAVE_TYPES,
    PRESENT_STATUSES,
    attendance_label,
    category_label,
    leave_type_label,
)
from ui.records.editor_form import error_label, error_style, parse_number
from ui.shell.limits import limit_text

translate = QCoreApplication.translate

NAME, CATEGORY, STATUS, LEAVE, REASON, HOURS = range(6)
NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # the bare name of an entry of the "add" list


@dataclass
class _Row:
    person_uuid: str
    name: str
    category: str
    manual: bool = False  # added by hand or edited: kept when the expected list changes


class AttendanceTable(QWidget):
    """Edits a list of AttendanceInput; emits `changed()` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._roster: list[tuple[str, str, str]] = []  # (uuid, name, category)
        self._default_hours = 0.0
        self._build_ui()
        self.all_present_button.clicked.connect(self._on_all_present_clicked)
        self.add_button.clicked.connect(self._on_add_clicked)
        # Enter in the name box adds the person typed (and never saves the record).
        self.add_combo.lineEdit().returnPressed.connect(self._on_add_clicked)
        self.add_combo.setProperty("enterStays", True)
        self.remove_button.clicked.connect(self._on_remove_clicked)

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.all_present_button = QPushButton(translate("AttendanceTable", "All present"), self)
        self.all_present_button.setObjectName("allPresent")
        self.all_present_button.setToolTip(
            translate("AttendanceTable", "Mark everyone not yet marked as present.")
        )
        self.summary = QLabel(self)
        self.summary.setObjectName("attendanceSummary")
        bar.addWidget(self.all_present_button)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        layout.addLayout(bar)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("attendanceTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("AttendanceTable", "Name"),
                translate("AttendanceTable", "Category"),
                translate("AttendanceTable", "Status"),
                translate("AttendanceTable", "Kind of leave"),
                translate("AttendanceTable", "Reason"),
                translate("AttendanceTable", "Hours"),
            ]
        )
        header = self.table.horizontalHeader()
        for column in (NAME, CATEGORY, STATUS, LEAVE, HOURS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        self.empty_hint = QLabel(self)
        self.empty_hint.setStyleSheet("color: palette(mid);")
        self.empty_hint.setWordWrap(True)
        layout.addWidget(self.empty_hint)
        self.message = error_label(self)
        layout.addWidget(self.message)
        add_row = QHBoxLayout()
        self.add_combo = QComboBox(self)
        self.add_combo.setObjectName("addPerson")
        self.add_combo.setEditable(True)
        self.add_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.add_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.add_combo.lineEdit().setPlaceholderText(
            translate("AttendanceTable", "Type a name from the roster")
        )
        self.add_button = QPushButton(translate("AttendanceTable", "Add to the list"), self)
        self.remove_button = QPushButton(translate("AttendanceTable", "Remove from the list"), self)
        add_row.addWidget(self.add_combo, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        layout.addLayout(add_row)
        self.add_message = error_label(self)
        self.add_message.setObjectName("addPersonMessage")
        layout.addWidget(self.add_message)

    # --- filling -------------------------------------------------------------------------------

    def set_roster(self, people: list[tuple[str, str, str]]) -> None:
        """Everyone who may be added (uuid, name, category): the roster on the date."""
        self._roster = list(people)
        self._refresh_add_combo()

    def set_expected(self, people: list[tuple[str, str, str]]) -> None:
        """Follow a new expected list, keeping the rows the user touched or added."""
        expected = {uuid for uuid, _, _ in people}
        keep = [r for r in self._rows if r.manual or r.person_uuid in expected]
        kept = {r.person_uuid for r in keep}
        saved = {r.person_uuid: self._row_input(i) for i, r in enumerate(self._rows)}
        rows = keep + [_Row(u, n, c) for u, n, c in people if u not in kept]
        self._fill(rows, saved)

    def set_attendance(
        self, rows: list[AttendanceInput], people: dict[str, tuple[str, str]]
    ) -> None:
        """Load a saved record's attendance; `people` maps uuid → (name, category)."""
        loaded = [
            _Row(a.person_uuid, *people.get(a.person_uuid, (a.person_uuid, "")), manual=True)
            for a in rows
        ]
        self._fill(loaded, {a.person_uuid: a for a in rows})

    def set_default_hours(self, hours: float) -> None:
        self._default_hours = hours
        for r in range(self.table.rowCount()):
            self._hours_edit(r).setPlaceholderText(f"{hours:g}")

    def set_empty_hint(self, text: str) -> None:
        self.empty_hint.setText(text)
        self.empty_hint.setVisible(bool(text) and not self._rows)

    def _fill(self, rows: list[_Row], values: dict[str, AttendanceInput]) -> None:
        self._rows = rows
        self.table.setRowCount(0)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            self._make_row(r, row, values.get(row.person_uuid))
        self._refresh_add_combo()
        self.empty_hint.setVisible(bool(self.empty_hint.text()) and not rows)
        self._refresh_summary()

    def _make_row(self, r: int, row: _Row, value: AttendanceInput | None) -> None:
        name = QTableWidgetItem(row.name)
        name.setData(Qt.ItemDataRole.UserRole, row.person_uuid)
        self.table.setItem(r, NAME, name)
        self.table.setItem(r, CATEGORY, QTableWidgetItem(category_label(row.category)))
        status = QComboBox(self.table)
        status.setMinimumWidth(110)
        status.addItem(translate("AttendanceTable", "— choose —"), "")
        for code in ATTENDANCE_STATUSES:
            status.addItem(attendance_label(code), code)
        leave = QComboBox(self.table)
        leave.setMinimumWidth(90)
        leave.addItem("", "")
        for code in LEAVE_TYPES:
            leave.addItem(leave_type_label(code), code)
        reason = QLineEdit(self.table)
        limit_text(reason, "AttendanceInput", "reason")
        hours = QLineEdit(self.table)
        hours.setPlaceholderText(f"{self._default_hours:g}")
        hours.setToolTip(translate("AttendanceTable", "Empty: the activity's hours."))
        hours.setMaximumWidth(70)
        if value is not None:
            status.setCurrentIndex(max(status.findData(value.status), 0))
            leave.setCurrentIndex(max(leave.findData(value.leave_type), 0))
            reason.setText(value.reason)
            hours.setText("" if value.hours is None else f"{value.hours:g}")
        for column, widget in ((STATUS, status), (LEAVE, leave), (REASON, reason), (HOURS, hours)):
            self.table.setCellWidget(r, column, widget)
        status.currentIndexChanged.connect(lambda _i, w=status: self._on_row_edited(w))
        leave.currentIndexChanged.connect(lambda _i, w=leave: self._on_row_edited(w))
        reason.textEdited.connect(lambda _t, w=reason: self._on_row_edited(w))
        hours.textEdited.connect(lambda _t, w=hours: self._on_row_edited(w))
        self._enable_row(r)

    # --- reading -------------------------------------------------------------------------------

    def _status(self, r: int) -> QComboBox:
        return self.table.cellWidget(r, STATUS)

    def _hours_edit(self, r: int) -> QLineEdit:
        return self.table.cellWidget(r, HOURS)

    def row_of(self, person_uuid: str) -> int:
        for r, row in enumerate(self._rows):
            if row.person_uuid == person_uuid:
                return r
        return -1

    def _row_input(self, r: int) -> AttendanceInput:
        try:
            hours = parse_number(self._hours_edit(r).text())
        except ValueError:
            hours = -1.0  # not a number: the service reports the row ("hours between 0 and 24")
        return AttendanceInput(
            self._rows[r].person_uuid,
            self._status(r).currentData() or "",
            self.table.cellWidget(r, LEAVE).currentData() or "",
            self.table.cellWidget(r, REASON).text().strip(),
            hours,
        )

    def attendance(self) -> list[AttendanceInput]:
        return [self._row_input(r) for r in range(len(self._rows))]

    def person_uuids(self) -> list[str]:
        return [r.person_uuid for r in self._rows]

    # --- editing -------------------------------------------------------------------------------

    def set_status(
        self, person_uuid: str, status: str, leave_type: str = "", reason: str = ""
    ) -> None:
        """Set one person's status (the same as choosing it in the row)."""
        r = self.row_of(person_uuid)
        self._status(r).setCurrentIndex(self._status(r).findData(status))
        leave = self.table.cellWidget(r, LEAVE)
        leave.setCurrentIndex(max(leave.findData(leave_type), 0))
        self.table.cellWidget(r, REASON).setText(reason)
        self._on_row_edited(self._status(r))

    def _enable_row(self, r: int) -> None:
        status = self._status(r).currentData()
        leave = self.table.cellWidget(r, LEAVE)
        leave.setEnabled(status == "leave")
        reason = self.table.cellWidget(r, REASON)
        reason.setPlaceholderText(
            translate("AttendanceTable", "Required")
            if status in ("leave", "absent")
            else translate("AttendanceTable", "Optional")
            if status in ("late", "excluded", "guest")
            else ""
        )
        reason.setEnabled(status not in ("present", ""))
        self._hours_edit(r).setEnabled(status in PRESENT_STATUSES)  # a guest's time is not counted

    def _on_row_edited(self, widget: QWidget) -> None:
        for r in range(self.table.rowCount()):
            if widget in [self.table.cellWidget(r, c) for c in (STATUS, LEAVE, REASON, HOURS)]:
                self._rows[r].manual = True
                self._enable_row(r)
                break
        self._refresh_summary()
        self.changed.emit()

    def _on_all_present_clicked(self) -> None:
        for r in range(self.table.rowCount()):
            if not self._status(r).currentData():
                self._status(r).setCurrentIndex(self._status(r).findData("present"))
        self._refresh_summary()
        self.changed.emit()

    def add_person(self, person_uuid: str) -> None:
        """Add someone from the roster to the list (volunteers, people not expected)."""
        if self.row_of(person_uuid) >= 0:
            return
        for uuid, name, category in self._roster:
            if uuid == person_uuid:
                saved = {r.person_uuid: self._row_input(i) for i, r in enumerate(self._rows)}
                saved[uuid] = AttendanceInput(uuid, "present")
                self._fill([*self._rows, _Row(uuid, name, category, manual=True)], saved)
                self.changed.emit()
                return

    def _on_add_clicked(self) -> None:
        """Add the person typed or chosen; say why when nobody is added."""
        typed = self.add_combo.currentText().strip()
        if not typed:
            self._show_add_problem(
                translate("AttendanceTable", "Type or choose a name from the roster first.")
            )
            return
        matches = [i for i in range(self.add_combo.count()) if self.add_combo.itemText(i) == typed]
        if not matches:
            matches = [
                i
                for i in range(self.add_combo.count())
                if self.add_combo.itemData(i, NAME_ROLE) == typed
            ]
        if len(matches) == 1:
            self.add_person(self.add_combo.itemData(matches[0]))
            self.add_combo.setEditText("")
            self._show_add_problem("")
            return
        if matches:
            problem = translate(
                "AttendanceTable",
                "More than one person is called {name}: choose one from the list.",
            ).format(name=typed)
        elif any(r.name == typed for r in self._rows):
            problem = translate("AttendanceTable", "{name} is already on the list.").format(
                name=typed
            )
        else:
            problem = translate(
                "AttendanceTable",
                "{name} is not on the roster on this date. Add them in People (and set since "
                "when they have been on the roster), or check the spelling.",
            ).format(name=typed)
        self._show_add_problem(problem)

    def _show_add_problem(self, text: str) -> None:
        self.add_message.setText(text)
        self.add_message.setVisible(bool(text))

    def _on_remove_clicked(self) -> None:
        r = self.table.currentRow()
        if 0 <= r < len(self._rows):
            saved = {row.person_uuid: self._row_input(i) for i, row in enumerate(self._rows)}
            self._fill([row for i, row in enumerate(self._rows) if i != r], saved)
            self.changed.emit()

    def _refresh_add_combo(self) -> None:
        listed = {r.person_uuid for r in self._rows}
        self.add_combo.blockSignals(True)
        self.add_combo.clear()
        for uuid, name, category in self._roster:
            if uuid not in listed:
                self.add_combo.addItem(f"{name}（{category_label(category)}）", uuid)
                self.add_combo.setItemData(self.add_combo.count() - 1, name, NAME_ROLE)
        self.add_combo.setEditText("")
        self.add_combo.blockSignals(False)

    def _refresh_summary(self) -> None:
        from models.services import is_expected, is_present  # the one definition

        statuses = [self._status(r).currentData() or "" for r in range(self.table.rowCount())]
        expected = sum(1 for s in statuses if is_expected(s))  # an unmarked row is expected
        present = sum(1 for s in statuses if is_present(s))
        self.summary.setText(
            translate(
                "AttendanceTable",
                "Expected {expected} · present {present} · on leave {leave} · absent {absent}"
                " · guests {guests} · not marked {open}",
            ).format(
                expected=expected,
                present=present,
                leave=statuses.count("leave"),
                absent=statuses.count("absent"),
                guests=statuses.count("guest"),
                open=statuses.count(""),
            )
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        """Mark the rows named in `errors` ({person_uuid: message}) and list the messages."""
        lines = []
        first = -1
        for r, row in enumerate(self._rows):
            text = errors.get(row.person_uuid, "")
            value = self._row_input(r)
            # Mark the cell that needs fixing, judged from the row itself.
            bad = {
                STATUS: bool(text) and value.status not in ATTENDANCE_STATUSES,
                LEAVE: bool(text) and value.status == "leave" and not value.leave_type,
                REASON: bool(text) and value.status in ("leave", "absent") and not value.reason,
                HOURS: bool(text) and value.hours is not None and not 0 <= value.hours <= 24,
            }
            if text and not any(bad.values()):
                bad[STATUS] = True
            for column, flag in bad.items():
                style = error_style(flag)
                self.table.cellWidget(r, column).setStyleSheet(style)
            self.table.item(r, NAME).setToolTip(text)
            if text:
                lines.append(text)
                first = r if first < 0 else first
        unknown = [t for key, t in errors.items() if self.row_of(key) < 0]
        lines.extend(unknown)
        self.message.setText("\n".join(lines))
        self.message.setVisible(bool(lines))
        if first >= 0:
            self.table.scrollToItem(self.table.item(first, NAME))
