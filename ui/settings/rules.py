"""The compliance rules as a table: on/off, minimum count, period. Each change is
saved at once through models.rules.compliance.update_rule (one transaction, logged)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import LedgerError
from models.services import PERIOD_KINDS, Services
from models.vocabulary import KIND_CODES, VOLUNTEER_KINDS, kind_label, period_label
from ui.records.editor_form import error_label

translate = QCoreApplication.translate

RULE, ENABLED, MIN_COUNT, PERIOD = range(4)


class RulesEditor(QWidget):
    """Edits the ledger's compliance rules; emits `rules_changed()` after each saved change."""

    rules_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._codes: list[str] = []
        self._filling = False
        layout = QVBoxLayout(self)
        hint = QLabel(
            translate(
                "SettingsPage",
                "The overview checks these rules every month, quarter and year. Defaults follow "
                "the 2018 branch work regulations; change them to your local practice.",
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("rulesTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("SettingsPage", "Rule"),
                translate("SettingsPage", "Checked"),
                translate("SettingsPage", "At least"),
                translate("SettingsPage", "Per"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(RULE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        layout.addWidget(self._build_counting())
        self.message = error_label(self)
        layout.addWidget(self.message)

    def _build_counting(self) -> QGroupBox:
        """The counting settings next to the rules: who is expected, what counts as 学时."""
        box = QGroupBox(translate("SettingsPage", "How the figures are counted"), self)
        grid = QGridLayout(box)
        self.mobile_expected = QCheckBox(
            translate(
                "SettingsPage",
                "Mobile Party members (流动党员) are expected at meetings (they remain members "
                "of the branch)",
            ),
            box,
        )
        self.mobile_expected.setObjectName("mobileExpected")
        self.mobile_expected.toggled.connect(self._on_counting_edited)
        grid.addWidget(self.mobile_expected, 0, 0, 1, 4)
        grid.addWidget(
            QLabel(translate("SettingsPage", "Kinds whose time counts as study hours:"), box),
            1,
            0,
            1,
            4,
        )
        self.study_boxes: dict[str, QCheckBox] = {}
        choices = [k for k in KIND_CODES if k not in VOLUNTEER_KINDS]
        for i, code in enumerate(choices):
            check = QCheckBox(kind_label(code), box)
            check.setObjectName(f"study_{code}")
            check.toggled.connect(self._on_counting_edited)
            self.study_boxes[code] = check
            grid.addWidget(check, 2 + i // 4, i % 4)
        note = QLabel(
            translate(
                "SettingsPage",
                "Volunteer kinds count as service hours. Guests (列席) are never expected.",
            ),
            box,
        )
        note.setWordWrap(True)
        row = 3 + len(choices) // 4
        grid.addWidget(note, row, 0, 1, 4)
        grid.addWidget(
            QLabel(
                translate(
                    "SettingsPage",
                    "School holidays (寒暑假): monthly rules are not checked in these months:",
                ),
                box,
            ),
            row + 1,
            0,
            1,
            4,
        )
        months = QWidget(box)
        line = QHBoxLayout(months)
        line.setContentsMargins(0, 0, 0, 0)
        self.holiday_boxes: dict[int, QCheckBox] = {}
        for m in range(1, 13):
            check = QCheckBox(translate("SettingsPage", "{month}").format(month=m), months)
            check.setObjectName(f"holiday_{m}")
            check.toggled.connect(self._on_counting_edited)
            self.holiday_boxes[m] = check
            line.addWidget(check)
        line.addStretch(1)
        grid.addWidget(months, row + 2, 0, 1, 4)
        return box

    def _on_counting_edited(self, *_args: object) -> None:
        if self._filling:
            return
        try:
            self.services.set_setting("mobile_expected", self.mobile_expected.isChecked())
            chosen = [code for code, box in self.study_boxes.items() if box.isChecked()]
            self.services.set_setting("study_kinds", chosen)
            holidays = [m for m, box in self.holiday_boxes.items() if box.isChecked()]
            self.services.set_setting("holiday_months", holidays)
        except LedgerError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return
        self.message.hide()
        self.rules_changed.emit()

    def refresh(self) -> None:
        self._filling = True
        self.mobile_expected.setChecked(self.services.mobile_expected())
        study = set(self.services.study_kinds())
        for code, box in self.study_boxes.items():
            box.setChecked(code in study)
        holidays = self.services.holiday_months()
        for m, box in self.holiday_boxes.items():
            box.setChecked(m in holidays)
        rules = self.services.list_rules()
        self._codes = [r.code for r in rules]
        self.table.setRowCount(len(rules))
        for r, rule in enumerate(rules):
            item = QTableWidgetItem(kind_label(rule.kind))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            note = []
            if rule.per_group:
                note.append(translate("SettingsPage", "each party group"))
            if rule.needs_committee:
                note.append(translate("SettingsPage", "only when there is a committee"))
            if rule.warn_from_month:
                note.append(
                    translate("SettingsPage", "reminders from month {m}").format(
                        m=rule.warn_from_month
                    )
                )
            if note:
                item.setText(f"{kind_label(rule.kind)}（{'，'.join(note)}）")
            item.setToolTip(rule.label)
            self.table.setItem(r, RULE, item)
            enabled = QCheckBox(self.table)
            enabled.setChecked(rule.enabled)
            enabled.toggled.connect(self._on_rule_edited)
            count = QSpinBox(self.table)
            count.setRange(1, 99)
            count.setValue(rule.min_count)
            count.setSuffix(translate("SettingsPage", " times"))
            count.valueChanged.connect(self._on_rule_edited)
            period = QComboBox(self.table)
            for code in PERIOD_KINDS:
                period.addItem(period_label(code), code)
            period.setCurrentIndex(max(period.findData(rule.period), 0))
            period.currentIndexChanged.connect(self._on_rule_edited)
            self.table.setCellWidget(r, ENABLED, enabled)
            self.table.setCellWidget(r, MIN_COUNT, count)
            self.table.setCellWidget(r, PERIOD, period)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(RULE, QHeaderView.ResizeMode.Stretch)
        self._filling = False

    def row_of(self, code: str) -> int:
        return self._codes.index(code)

    def _on_rule_edited(self, *_args: object) -> None:
        if self._filling:
            return
        sender = self.sender()
        for r, code in enumerate(self._codes):
            widgets = [self.table.cellWidget(r, c) for c in (ENABLED, MIN_COUNT, PERIOD)]
            if sender in widgets:
                enabled, count, period = widgets
                try:
                    self.services.update_rule(
                        code,
                        enabled=enabled.isChecked(),
                        min_count=count.value(),
                        period=period.currentData(),
                    )
                except LedgerError as exc:
                    self.message.setText(str(exc))
                    self.message.show()
                    return
                self.message.hide()
                self.rules_changed.emit()
                return
