"""The compliance rules as a table: on/off, minimum count, period. Each change is
saved at once through models.rules.compliance.update_rule (one transaction, logged)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
from models.vocabulary import kind_label, period_label
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
        self.message = error_label(self)
        layout.addWidget(self.message)

    def refresh(self) -> None:
        self._filling = True
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
