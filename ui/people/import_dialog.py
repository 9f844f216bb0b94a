"""Import a roster from Excel or CSV: preview, column mapping, each bad row's problem, and a
write that is whole — all rows once every problem is fixed, or explicitly only the good rows.

Cells can be corrected right in the preview (the file itself is not changed); every edit and
every mapping change checks the rows again through models.records.roster_import.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import LedgerError, ValidationError
from models.services import ROSTER_FIELDS, RowResult, Table
from ui.records.editor_form import error_label
from ui.shell.context import AppContext
from ui.shell.widgets import fit_to_screen

translate = QCoreApplication.translate

BAD_ROW = QColor("#fde2e0")
BAD_CELL = QColor("#f5b7b1")  # the very cell to correct, in a bad row
NOTE_ROW = QColor("#fff4d6")  # a row that imports, with a warning to read
LINE, PROBLEMS = 0, 1  # preview columns before the file's own


def field_label(name: str) -> str:
    labels = {
        "name": translate("ImportDialog", "Name"),
        "sex": translate("ImportDialog", "Sex"),
        "birth_date": translate("ImportDialog", "Birth date"),
        "category": translate("ImportDialog", "Category"),
        "party_group": translate("ImportDialog", "Party group"),
        "unit": translate("ImportDialog", "Unit"),
        "joined_on": translate("ImportDialog", "Joined the Party"),
        "full_member_on": translate("ImportDialog", "Full member since"),
        "phone": translate("ImportDialog", "Phone"),
        "on_roster_since": translate("ImportDialog", "On the roster since"),
        "note": translate("ImportDialog", "Note"),
    }
    return labels.get(name, name)


class ImportDialog(QDialog):
    """Pick a file, map its columns, fix or skip bad rows, import; emits `people_imported(n)`."""

    people_imported = Signal(int)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, path: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table_data: Table | None = None
        self.results: list[RowResult] = []
        self._filling = False
        self.setObjectName("importDialog")
        self._build_ui()
        self._connect_signals()
        if path:
            self.load_file(path)
        self._refresh_buttons()

    def _build_ui(self) -> None:
        self.setWindowTitle(translate("ImportDialog", "Import the roster"))
        fit_to_screen(self, 1000, 640)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.file_label = QLabel(
            translate(
                "ImportDialog", "Choose an Excel (.xlsx) or CSV file with one person per row."
            ),
            self,
        )
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(translate("ImportDialog", "Choose file…"), self)
        row.addWidget(self.file_label, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        self.mapping_box = QGroupBox(
            translate("ImportDialog", "Which column holds what (guessed from the headers)"), self
        )
        grid = QGridLayout(self.mapping_box)
        self.mapping: dict[str, QComboBox] = {}
        for i, name in enumerate(ROSTER_FIELDS):
            combo = QComboBox(self.mapping_box)
            combo.setObjectName(f"map_{name}")
            self.mapping[name] = combo
            grid.addWidget(QLabel(field_label(name), self.mapping_box), i // 4, (i % 4) * 2)
            grid.addWidget(combo, i // 4, (i % 4) * 2 + 1)
        layout.addWidget(self.mapping_box)
        self.preview = QTableWidget(0, 2, self)
        self.preview.setObjectName("importPreview")
        self.preview.verticalHeader().hide()
        layout.addWidget(self.preview, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.message = error_label(self)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        hint = QLabel(
            translate(
                "ImportDialog", "Correct a cell by double-clicking it; the file is not changed."
            ),
            self,
        )
        hint.setStyleSheet("color: palette(mid);")
        self.import_all_button = QPushButton(translate("ImportDialog", "Import all"), self)
        self.import_all_button.setObjectName("importAll")
        self.import_good_button = QPushButton(self)
        self.import_good_button.setObjectName("importGood")
        self.close_button = QPushButton(translate("ImportDialog", "Close"), self)
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.import_good_button)
        buttons.addWidget(self.import_all_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self._on_choose_clicked)
        for combo in self.mapping.values():
            combo.currentIndexChanged.connect(self._on_mapping_changed)
        self.preview.itemChanged.connect(self._on_preview_item_changed)
        self.import_all_button.clicked.connect(self._on_import_all_clicked)
        self.import_good_button.clicked.connect(self._on_import_good_clicked)
        self.close_button.clicked.connect(self.reject)

    # --- loading -------------------------------------------------------------------------------

    def load_file(self, path: str) -> bool:
        try:
            self.table_data = self.ctx.services.read_table(path)
        except ValidationError as exc:
            self.table_data = None
            self._show_problem(" ".join(exc.errors.values()))
            return False
        self.message.hide()
        self.file_label.setText(
            translate("ImportDialog", "{name}: {n} rows").format(
                name=Path(path).name, n=len(self.table_data.rows)
            )
        )
        guessed = self.ctx.services.guess_mapping(self.table_data.headers)
        self._filling = True
        for name, combo in self.mapping.items():
            combo.clear()
            combo.addItem(translate("ImportDialog", "(not imported)"), -1)
            for i, header in enumerate(self.table_data.headers):
                combo.addItem(header or translate("ImportDialog", "Column {n}").format(n=i + 1), i)
            combo.setCurrentIndex(max(combo.findData(guessed.get(name, -1)), 0))
        self._filling = False
        self._recheck()
        return True

    def current_mapping(self) -> dict[str, int]:
        return {n: c.currentData() for n, c in self.mapping.items() if (c.currentData() or 0) >= 0}

    def _recheck(self) -> None:
        if self.table_data is None:
            return
        self.results = self.ctx.services.check_rows(self.table_data, self.current_mapping())
        self._fill_preview()
        self._refresh_buttons()

    def _fill_preview(self) -> None:
        data = self.table_data
        self._filling = True
        self.preview.clear()
        self.preview.setColumnCount(2 + len(data.headers))
        self.preview.setHorizontalHeaderLabels(
            [
                translate("ImportDialog", "Line"),
                translate("ImportDialog", "What to fix"),
                *data.headers,
            ]
        )
        self.preview.setRowCount(len(data.rows))
        mapping = self.current_mapping()
        for r, (cells, result) in enumerate(zip(data.rows, self.results, strict=True)):
            line = QTableWidgetItem(str(result.line))
            notes = [*result.problems.values(), *(f"⚠ {w}" for w in result.warnings.values())]
            problems = QTableWidgetItem("\n".join(notes) or "✓")
            problems.setToolTip("\n".join(notes))
            for item in (line, problems):
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.preview.setItem(r, LINE, line)
            self.preview.setItem(r, PROBLEMS, problems)
            for c, value in enumerate(cells):
                self.preview.setItem(r, 2 + c, QTableWidgetItem(value))
            if not result.ok:
                for c in range(self.preview.columnCount()):
                    self.preview.item(r, c).setBackground(QBrush(BAD_ROW))
                problems.setForeground(QBrush(QColor("#a93226")))
                # The cell to correct: darker, and its problem on hover.
                for key, message in result.problems.items():
                    name = "name" if key == "duplicate" else key  # a second 王芳: her name
                    if name in mapping and self.preview.item(r, 2 + mapping[name]) is not None:
                        cell = self.preview.item(r, 2 + mapping[name])
                        cell.setBackground(QBrush(BAD_CELL))
                        cell.setToolTip(message)
            elif result.warnings:
                for c in range(self.preview.columnCount()):
                    self.preview.item(r, c).setBackground(QBrush(NOTE_ROW))
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROBLEMS, QHeaderView.ResizeMode.Interactive)
        self.preview.setColumnWidth(PROBLEMS, 360)
        self.preview.setWordWrap(True)
        self.preview.resizeRowsToContents()
        self._filling = False

    def problems(self) -> dict[int, dict[str, str]]:
        """{file line: {field: message}} for every bad row."""
        return {r.line: r.problems for r in self.results if not r.ok}

    def warnings(self) -> dict[int, dict[str, str]]:
        """{file line: {kind: message}} for the rows that import with a warning."""
        return {r.line: r.warnings for r in self.results if r.ok and r.warnings}

    def _refresh_buttons(self) -> None:
        bad = sum(1 for r in self.results if not r.ok)
        good = len(self.results) - bad
        self.mapping_box.setEnabled(self.table_data is not None)
        self.import_all_button.setEnabled(bool(self.results) and bad == 0)
        self.import_good_button.setText(
            translate("ImportDialog", "Import only the {n} good rows").format(n=good)
        )
        self.import_good_button.setVisible(bad > 0 and good > 0)
        if self.table_data is None:
            self.summary.clear()
            return
        if bad:
            text = translate(
                "ImportDialog",
                "{good} rows are ready; {bad} have problems (marked red, the cell to correct "
                "darker). Correct them here or in the file, or import only the good rows.",
            ).format(good=good, bad=bad)
        else:
            text = translate("ImportDialog", "All {n} rows are ready to import.").format(n=good)
        noted = len(self.warnings())
        if noted:
            text += " " + translate(
                "ImportDialog", "Please read the notes on {n} rows (marked yellow)."
            ).format(n=noted)
        self.summary.setText(text)

    def _show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # --- reactions -----------------------------------------------------------------------------

    def _on_choose_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("ImportDialog", "Choose the roster file"),
            "",
            translate("ImportDialog", "Roster (*.xlsx *.csv *.txt)"),
        )
        if path:
            self.load_file(path)

    def _on_mapping_changed(self, _index: int) -> None:
        if not self._filling:
            self._recheck()

    def _on_preview_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.table_data is None or item.column() < 2:
            return
        self.table_data.rows[item.row()][item.column() - 2] = item.text().strip()
        self._recheck()

    def _on_import_all_clicked(self) -> None:
        self.run_import(skip_bad=False)

    def _on_import_good_clicked(self) -> None:
        self.run_import(skip_bad=True)

    def run_import(self, skip_bad: bool) -> int:
        """Write the rows (all, or explicitly only the good ones); 0 when nothing was written."""
        if self.table_data is None:
            return 0
        try:
            count = self.ctx.services.import_people(
                self.table_data, self.current_mapping(), skip_bad=skip_bad
            )
        except ValidationError:
            self._recheck()  # the ledger changed meanwhile: show the rows as they are now
            self._show_problem(
                translate("ImportDialog", "Nothing was imported: some rows have problems.")
            )
            return 0
        except LedgerError as exc:
            self._show_problem(str(exc))
            return 0
        self.people_imported.emit(count)
        box = QMessageBox(self.parentWidget() or self)
        box.setObjectName("importDoneBox")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(translate("ImportDialog", "Import the roster"))
        box.setText(
            translate("ImportDialog", "{n} people were added to the roster.").format(n=count)
        )
        box.open()  # not blocking: this dialog closes right after, the note stays
        self.accept()
        return count
