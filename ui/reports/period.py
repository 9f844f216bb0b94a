"""The period picker of the reports: a month, a quarter or a year, as the document allows."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from ui.shell.widgets import SPACING, MonthSelector, month_text

MONTH, QUARTER, YEAR = "month", "quarter", "year"

translate = QCoreApplication.translate


def kind_names() -> dict[str, str]:
    return {
        MONTH: translate("ReportsPage", "Month"),
        QUARTER: translate("ReportsPage", "Quarter"),
        YEAR: translate("ReportsPage", "Year"),
    }


class PeriodChooser(QWidget):
    """[Month ▾] [‹ 2026-10 ›] or [Year ▾] [2026] [Q4]; emits `period_changed('YYYY…')`."""

    period_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, month: str | None = None) -> None:
        super().__init__(parent)
        self._kinds: tuple[str, ...] = (MONTH,)
        self._build_ui(month or month_text(dt.date.today()))
        self._connect_signals()
        self.retranslate()
        self._update_visibility()

    def _build_ui(self, month: str) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem("", MONTH)
        self.month_selector = MonthSelector(self, month)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(1990, 2100)
        self.year_spin.setValue(int(month[:4]))
        self.quarter_combo = QComboBox(self)
        for q in range(1, 5):
            self.quarter_combo.addItem(f"Q{q}", q)
        self.quarter_combo.setCurrentIndex((int(month[5:7]) - 1) // 3)
        layout.addWidget(self.kind_combo)
        layout.addWidget(self.month_selector)
        layout.addWidget(self.year_spin)
        layout.addWidget(self.quarter_combo)
        layout.addStretch(1)

    def _connect_signals(self) -> None:
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.month_selector.month_changed.connect(self._emit)
        self.year_spin.valueChanged.connect(self._emit)
        self.quarter_combo.currentIndexChanged.connect(self._emit)

    def retranslate(self) -> None:
        names = kind_names()
        for i in range(self.kind_combo.count()):
            self.kind_combo.setItemText(i, names[self.kind_combo.itemData(i)])
        self.kind_combo.setAccessibleName(translate("ReportsPage", "Kind of period"))
        self.year_spin.setAccessibleName(translate("ReportsPage", "Year"))
        self.quarter_combo.setAccessibleName(translate("ReportsPage", "Quarter"))

    # -- state ---------------------------------------------------------------------------------
    def kind(self) -> str:
        return self.kind_combo.currentData()

    def set_kinds(self, kinds: tuple[str, ...], default: str | None = None) -> None:
        """Offer only `kinds` (the combo is hidden when there is one); select `default`."""
        self._kinds = kinds
        wanted = (
            default if default in kinds else (self.kind() if self.kind() in kinds else kinds[0])
        )
        names = kind_names()
        # Rebuilt rather than hiding rows: a hidden row can still be reached by wheel or keys.
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        for code in kinds:
            self.kind_combo.addItem(names[code], code)
        self.kind_combo.setCurrentIndex(kinds.index(wanted))
        self.kind_combo.blockSignals(False)
        self._update_visibility()

    def set_kind(self, kind: str) -> None:
        index = self.kind_combo.findData(kind)
        if index >= 0:
            self.kind_combo.setCurrentIndex(index)

    def set_month(self, month: str) -> None:
        """Follow the main window's month (the year and quarter follow it too)."""
        self.blockSignals(True)
        self.month_selector.set_month(month)
        self.year_spin.setValue(int(month[:4]))
        self.quarter_combo.setCurrentIndex((int(month[5:7]) - 1) // 3)
        self.blockSignals(False)
        self._emit()

    def month(self) -> str:
        return self.month_selector.month()

    def period(self) -> str:
        """'YYYY-MM', 'YYYY-Qn' or 'YYYY' as the stats and reports parse them."""
        kind = self.kind()
        if kind == MONTH:
            return self.month()
        if kind == QUARTER:
            return f"{self.year_spin.value():04d}-Q{self.quarter_combo.currentData()}"
        return f"{self.year_spin.value():04d}"

    def days(self) -> tuple[str, str]:
        """First and last day of the chosen period (inclusive ISO dates)."""
        kind = self.kind()
        year = self.year_spin.value()
        if kind == MONTH:
            year, number = (int(x) for x in self.month().split("-"))
            first, months = dt.date(year, number, 1), 1
        elif kind == QUARTER:
            first, months = dt.date(year, 3 * self.quarter_combo.currentData() - 2, 1), 3
        else:
            first, months = dt.date(year, 1, 1), 12
        index = first.month - 1 + months
        after = dt.date(first.year + index // 12, index % 12 + 1, 1)
        return first.isoformat(), (after - dt.timedelta(days=1)).isoformat()

    # -- handlers ------------------------------------------------------------------------------
    def _update_visibility(self) -> None:
        kind = self.kind()
        self.kind_combo.setVisible(len(self._kinds) > 1)
        self.month_selector.setVisible(kind == MONTH)
        self.year_spin.setVisible(kind in (QUARTER, YEAR))
        self.quarter_combo.setVisible(kind == QUARTER)

    def _on_kind_combo_changed(self, _index: int) -> None:
        self._update_visibility()
        self._emit()

    def _emit(self, *_args: object) -> None:
        if not self.signalsBlocked():
            self.period_changed.emit(self.period())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
