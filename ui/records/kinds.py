"""The kinds of an activity: a check box per kind, grouped, and which one is primary.

An activity may have several kinds (a 主题党日 that is also the 支部党员大会 and includes volunteer
service); the first is primary. Kinds are kept in the order they were ticked, and the primary
can be changed with the combo box beside them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from models.vocabulary import MEETING_KINDS, STUDY_KINDS, VOLUNTEER_KINDS, kind_label

translate = QCoreApplication.translate

COLUMNS = 6


class KindPicker(QWidget):
    """Check boxes for every kind, plus the primary kind; emits `kinds_changed(list)`."""

    kinds_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._order: list[str] = []
        self.boxes: dict[str, QCheckBox] = {}
        self._build_ui()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        groups = (
            (translate("KindPicker", "Meetings"), MEETING_KINDS),
            (translate("KindPicker", "Study"), STUDY_KINDS),
            (translate("KindPicker", "Volunteer work and other"), (*VOLUNTEER_KINDS, "other")),
        )
        for title, kinds in groups:
            box = QGroupBox(title, self)
            grid = QGridLayout(box)
            grid.setContentsMargins(8, 4, 8, 4)
            grid.setVerticalSpacing(2)
            for i, code in enumerate(kinds):
                check = QCheckBox(kind_label(code), box)
                check.setObjectName(f"kind_{code}")
                check.toggled.connect(lambda on, c=code: self._on_kind_toggled(c, on))
                self.boxes[code] = check
                grid.addWidget(check, i // COLUMNS, i % COLUMNS)
            layout.addWidget(box)
        row = QHBoxLayout()
        self.primary_label = QLabel(translate("KindPicker", "Primary kind:"), self)
        self.primary = QComboBox(self)
        self.primary.setObjectName("primaryKind")
        self.primary.setToolTip(
            translate(
                "KindPicker",
                "The record is listed and numbered under its primary kind; it also counts "
                "under every other kind ticked.",
            )
        )
        self.primary_label.setBuddy(self.primary)
        row.addWidget(self.primary_label)
        row.addWidget(self.primary, 1)
        layout.addLayout(row)
        self.primary.activated.connect(self._on_primary_activated)
        self._refresh_primary()

    def kinds(self) -> list[str]:
        return list(self._order)

    def set_kinds(self, kinds: list[str]) -> None:
        self._order = []
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in kinds)
            box.blockSignals(False)
        self._order = [k for k in kinds if k in self.boxes]
        self._refresh_primary()
        self.kinds_changed.emit(self.kinds())

    def _on_kind_toggled(self, code: str, on: bool) -> None:
        if on and code not in self._order:
            self._order.append(code)
        elif not on and code in self._order:
            self._order.remove(code)
        self._refresh_primary()
        self.kinds_changed.emit(self.kinds())

    def _on_primary_activated(self, index: int) -> None:
        code = self.primary.itemData(index)
        if code in self._order:
            self._order.remove(code)
            self._order.insert(0, code)
            self._refresh_primary()
            self.kinds_changed.emit(self.kinds())

    def _refresh_primary(self) -> None:
        self.primary.blockSignals(True)
        self.primary.clear()
        for code in self._order:
            self.primary.addItem(kind_label(code), code)
        self.primary.setCurrentIndex(0 if self._order else -1)
        self.primary.setEnabled(len(self._order) > 1)
        self.primary.blockSignals(False)
