"""Settings ▸ Themes and figures: the branch's themes (专题) and the bureau sentence's figure
definitions (口径).

Themes: add, rename, retire (no longer offered for new records, kept on old ones) or delete one
that no record carries; each change is stored at once. Figures: each figure of the bureau's
sentence — its label, which kinds and/or themes, whose attendance, what is counted (次 / 人次 / 件)
— edited in a small dialog, stored with Save (a district ledger's definitions are the bureau's).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import LedgerError, ValidationError
from models.vocabulary import (
    KIND_CODES,
    MEASURES,
    THEME_CODES,
    WHOSE,
    kind_label,
    measure_label,
    whose_label,
)
from ui.records.editor_form import error_label

translate = QCoreApplication.translate


def _message(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "；".join(exc.errors.values())
    return str(exc)


class ThemesEditor(QWidget):
    """The branch's theme list; every change is saved at once."""

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: list = []
        layout = QVBoxLayout(self)
        hint = QLabel(
            translate(
                "ThemesEditor",
                "Themes tag what an activity was about, whatever its kind (a 清明 theme party "
                "day and a museum visit are both revolutionary tradition education). A retired "
                "theme stays on the records that carry it.",
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("themesTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("ThemesEditor", "Theme"),
                translate("ThemesEditor", "Records"),
                translate("ThemesEditor", "State"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(translate("ThemesEditor", "Add…"), self)
        self.rename_button = QPushButton(translate("ThemesEditor", "Rename…"), self)
        self.retire_button = QPushButton(translate("ThemesEditor", "Retire"), self)
        self.delete_button = QPushButton(translate("ThemesEditor", "Delete"), self)
        for b in (self.add_button, self.rename_button, self.retire_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = error_label(self)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(lambda: self.add(self._ask_name("")))
        self.rename_button.clicked.connect(self._on_rename_clicked)
        self.retire_button.clicked.connect(self._on_retire_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.table.itemSelectionChanged.connect(self._refresh_buttons)

    def refresh(self) -> None:
        self.rows = self.services.list_themes()
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            state = (
                translate("ThemesEditor", "Retired")
                if row.retired
                else translate("ThemesEditor", "Offered")
            )
            kind = translate("ThemesEditor", "built-in") if row.code else ""
            for c, text in enumerate((row.name, str(row.in_use), f"{state} {kind}".strip())):
                item = QTableWidgetItem(text)
                if c == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self._refresh_buttons()

    def selected(self):
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def select(self, uuid: str) -> None:
        for r, row in enumerate(self.rows):
            if row.uuid == uuid:
                self.table.selectRow(r)

    def _refresh_buttons(self) -> None:
        row = self.selected()
        self.rename_button.setEnabled(row is not None)
        self.retire_button.setEnabled(row is not None)
        self.retire_button.setText(
            translate("ThemesEditor", "Offer again")
            if row is not None and row.retired
            else translate("ThemesEditor", "Retire")
        )
        self.delete_button.setEnabled(row is not None and not row.code)

    def _ask_name(self, current: str) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            translate("ThemesEditor", "Theme"),
            translate("ThemesEditor", "Name:"),
            QLineEdit.EchoMode.Normal,
            current,
        )
        return text if ok else None

    def _run(self, action) -> bool:
        try:
            action()
        except (ValidationError, LedgerError) as exc:
            self.message.setText(_message(exc))
            return False
        self.message.setText("")
        self.refresh()
        return True

    def add(self, name: str | None) -> bool:
        if name is None:
            return False
        return self._run(lambda: self.services.add_theme(name))

    def rename(self, name: str | None) -> bool:
        row = self.selected()
        if row is None or name is None:
            return False
        return self._run(lambda: self.services.rename_theme(row.uuid, name))

    def toggle_retired(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        return self._run(lambda: self.services.retire_theme(row.uuid, not row.retired))

    def delete(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        return self._run(lambda: self.services.delete_theme(row.uuid))

    def _on_rename_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            self.rename(self._ask_name(row.name))

    def _on_retire_clicked(self) -> None:
        self.toggle_retired()

    def _on_delete_clicked(self) -> None:
        self.delete()


class DefinitionDialog(QDialog):
    """One figure of the sentence: label, kinds, themes, whose attendance, what is counted."""

    def __init__(self, services, definition, themes: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("definitionDialog")
        self.setWindowTitle(translate("DefinitionDialog", "Figure of the bureau's sentence"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.label = QLineEdit(definition.label, self)
        self.label.setObjectName("figureLabel")
        form.addRow(translate("DefinitionDialog", "Label"), self.label)
        self.measure = QComboBox(self)
        self.measure.setObjectName("figureMeasure")
        for code in MEASURES:
            self.measure.addItem(measure_label(code), code)
        self.measure.setCurrentIndex(max(self.measure.findData(definition.measure), 0))
        form.addRow(translate("DefinitionDialog", "Counts"), self.measure)
        self.whose = QComboBox(self)
        self.whose.setObjectName("figureWhose")
        for code in WHOSE:
            self.whose.addItem(whose_label(code), code)
        self.whose.setCurrentIndex(max(self.whose.findData(definition.whose), 0))
        form.addRow(translate("DefinitionDialog", "Whose attendance"), self.whose)
        layout.addLayout(form)
        kinds_box = QGroupBox(translate("DefinitionDialog", "Kinds (none ticked: any kind)"), self)
        grid = QGridLayout(kinds_box)
        self.kind_boxes: dict[str, QCheckBox] = {}
        for i, code in enumerate(KIND_CODES):
            check = QCheckBox(kind_label(code), kinds_box)
            check.setChecked(code in definition.kinds)
            self.kind_boxes[code] = check
            grid.addWidget(check, i // 5, i % 5)
        layout.addWidget(kinds_box)
        themes_box = QGroupBox(
            translate("DefinitionDialog", "Themes (none ticked: any theme or none)"), self
        )
        grid = QGridLayout(themes_box)
        self.theme_boxes: dict[str, QCheckBox] = {}
        known = dict(themes)
        for key in definition.themes:
            known.setdefault(key, self.services.theme_text(key))
        for i, (key, name) in enumerate(known.items()):
            check = QCheckBox(name, themes_box)
            check.setChecked(key in definition.themes)
            self.theme_boxes[key] = check
            grid.addWidget(check, i // 4, i % 4)
        layout.addWidget(themes_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("DefinitionDialog", "OK")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("DefinitionDialog", "Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.measure.currentIndexChanged.connect(self._on_measure_changed)
        self._on_measure_changed()

    def _on_measure_changed(self, *_args) -> None:
        self.whose.setEnabled(self.measure.currentData() == "attendances")

    def definition(self):
        return self.services.FigureDefinition(
            label=self.label.text().strip(),
            measure=self.measure.currentData(),
            kinds=tuple(k for k, b in self.kind_boxes.items() if b.isChecked()),
            themes=tuple(k for k, b in self.theme_boxes.items() if b.isChecked()),
            whose=self.whose.currentData(),
        )


class DefinitionsEditor(QWidget):
    """The figures of the bureau's sentence and how each is counted (口径)."""

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.defs: list = []
        layout = QVBoxLayout(self)
        hint = QLabel(
            translate(
                "DefinitionsEditor",
                "Each figure of the bureau's sentence counts what its definition says; the "
                "district reports print the definitions under the sentence. A district ledger "
                "counts every school's records by its own definitions.",
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("definitionsTable")
        self.table.setHorizontalHeaderLabels(
            [translate("DefinitionsEditor", "Figure"), translate("DefinitionsEditor", "Counts")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(translate("DefinitionsEditor", "Add…"), self)
        self.edit_button = QPushButton(translate("DefinitionsEditor", "Edit…"), self)
        self.remove_button = QPushButton(translate("DefinitionsEditor", "Remove"), self)
        self.up_button = QPushButton(translate("DefinitionsEditor", "Move up"), self)
        self.defaults_button = QPushButton(translate("DefinitionsEditor", "Defaults"), self)
        self.save_button = QPushButton(translate("DefinitionsEditor", "Save figures"), self)
        self.save_button.setObjectName("saveDefinitions")
        for b in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.up_button,
            self.defaults_button,
        ):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.message = error_label(self)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.up_button.clicked.connect(self._on_up_clicked)
        self.defaults_button.clicked.connect(self._on_defaults_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.table.doubleClicked.connect(lambda _i: self._on_edit_clicked())

    def refresh(self) -> None:
        self.show_definitions(self.services.definitions())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    def show_definitions(self, defs: list) -> None:
        self.defs = list(defs)
        self.table.setRowCount(len(self.defs))
        for r, d in enumerate(self.defs):
            self.table.setItem(r, 0, QTableWidgetItem(d.label))
            self.table.setItem(r, 1, QTableWidgetItem(self.services.describe_definition(d)))
        self.table.resizeRowsToContents()

    def theme_choices(self) -> list[tuple[str, str]]:
        """(key, name) of the themes a definition may name: the built-in ones, the branch's own
        and any theme the ledger's records carry (a district's: every school's)."""
        choices = {code: self.services.theme_text(code) for code in THEME_CODES}
        for row in self.services.list_themes():
            choices.setdefault(row.key, row.name)
        for key in self.services.theme_keys_in_use():
            choices.setdefault(key, self.services.theme_text(key))
        return list(choices.items())

    def edit_dialog(self, definition) -> DefinitionDialog:
        return DefinitionDialog(self.services, definition, self.theme_choices(), self)

    def _on_add_clicked(self) -> None:
        dialog = self.edit_dialog(self.services.FigureDefinition("", "activities"))
        if dialog.exec():
            self.show_definitions([*self.defs, dialog.definition()])

    def _on_edit_clicked(self) -> None:
        r = self.table.currentRow()
        if not 0 <= r < len(self.defs):
            return
        dialog = self.edit_dialog(self.defs[r])
        if dialog.exec():
            defs = list(self.defs)
            defs[r] = dialog.definition()
            self.show_definitions(defs)
            self.table.selectRow(r)

    def _on_remove_clicked(self) -> None:
        r = self.table.currentRow()
        if 0 <= r < len(self.defs):
            self.show_definitions(self.defs[:r] + self.defs[r + 1 :])

    def _on_up_clicked(self) -> None:
        r = self.table.currentRow()
        if 0 < r < len(self.defs):
            defs = list(self.defs)
            defs[r - 1], defs[r] = defs[r], defs[r - 1]
            self.show_definitions(defs)
            self.table.selectRow(r - 1)

    def _on_defaults_clicked(self) -> None:
        self.show_definitions(self.services.default_definitions())

    def save(self) -> bool:
        try:
            self.services.save_definitions(self.defs)
        except (ValidationError, LedgerError) as exc:
            self.message.setText(_message(exc))
            return False
        self.message.setText(translate("DefinitionsEditor", "Saved."))
        return True

    def _on_save_clicked(self) -> None:
        self.save()
