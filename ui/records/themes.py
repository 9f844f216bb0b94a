"""The themes (专题) of an activity: a check box per theme of the branch's list.

A theme tags what an activity was about (革命传统教育, 警示教育 …), whatever its kinds; the list is
edited in Settings ▸ Themes. A retired theme is offered only on an activity that carries it, so
opening and saving an old record never drops its theme.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

translate = QCoreApplication.translate

COLUMNS = 4


class ThemePicker(QWidget):
    """Check boxes for the branch's themes; `themes()` gives the ticked ones' uuids."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("themePicker")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        self._rows: list = []
        self._order: list[str] = []

    def set_choices(self, rows: list, carried: list[str] | None = None) -> None:
        """The branch's themes (services.list_themes()); retired ones only if `carried`."""
        carried = list(carried or [])
        self._rows = list(rows)
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.boxes = {}
        shown = [r for r in rows if not r.retired or r.uuid in carried]
        for i, row in enumerate(shown):
            text = row.name
            if row.retired:
                text = translate("ThemePicker", "{name} (retired)").format(name=row.name)
            check = QCheckBox(text, self)
            check.setObjectName(f"theme_{i}")
            check.setChecked(row.uuid in carried)
            self.boxes[row.uuid] = check
            self.grid.addWidget(check, i // COLUMNS, i % COLUMNS)
        if not shown:
            self.grid.addWidget(
                QLabel(translate("ThemePicker", "No themes: add them in Settings."), self), 0, 0
            )
        self._order = [r.uuid for r in shown]

    def set_themes(self, uuids: list[str]) -> None:
        if any(u not in self.boxes for u in uuids):
            self.set_choices(self._rows, uuids)
            return
        for uuid, box in self.boxes.items():
            box.setChecked(uuid in uuids)

    def themes(self) -> list[str]:
        return [u for u in self._order if self.boxes[u].isChecked()]
