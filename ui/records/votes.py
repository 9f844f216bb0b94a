"""The votes taken at a meeting: item, entitled, present, for, against, abstain → passed?"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.services import VoteInput, vote_passed
from ui.records.editor_form import error_label, error_style
from ui.shell.limits import limit_text

translate = QCoreApplication.translate

ITEM, ENTITLED, PRESENT, FOR, AGAINST, ABSTAIN, PASSED = range(7)
NUMBERS = (ENTITLED, PRESENT, FOR, AGAINST, ABSTAIN)


class VotesTable(QWidget):
    """Editable list of votes; `votes()` gives VoteInputs, `show_errors({'0': msg})` marks rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("votesTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("VotesTable", "Item voted on"),
                translate("VotesTable", "Entitled"),
                translate("VotesTable", "Present"),
                translate("VotesTable", "For"),
                translate("VotesTable", "Against"),
                translate("VotesTable", "Abstain"),
                translate("VotesTable", "Passed?"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        for column in (*NUMBERS, PASSED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(110)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(translate("VotesTable", "Add a vote"), self)
        self.remove_button = QPushButton(translate("VotesTable", "Remove vote"), self)
        hint = QLabel(
            translate(
                "VotesTable",
                "Passed when more than half of those entitled are present and more than half "
                "of those entitled vote for it.",
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addWidget(hint, 1)
        layout.addLayout(row)
        self.message = error_label(self)
        layout.addWidget(self.message)

    def add_vote(self, vote: VoteInput | None = None) -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        item = QLineEdit(vote.item if vote else "", self.table)
        limit_text(item, "VoteInput", "item")
        item.setPlaceholderText(translate("VotesTable", "e.g. admit 王芳 as a full member"))
        self.table.setCellWidget(r, ITEM, item)
        values = (
            (vote.entitled, vote.present, vote.in_favour, vote.against, vote.abstain)
            if vote
            else (0, 0, 0, 0, 0)
        )
        for column, value in zip(NUMBERS, values, strict=True):
            spin = QSpinBox(self.table)
            spin.setRange(0, 9999)
            spin.setValue(value)
            spin.valueChanged.connect(self._refresh_passed)
            self.table.setCellWidget(r, column, spin)
        passed = QTableWidgetItem()
        passed.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(r, PASSED, passed)
        self._refresh_passed()
        return r

    def set_votes(self, votes: list[VoteInput]) -> None:
        self.table.setRowCount(0)
        for vote in votes:
            self.add_vote(vote)

    def votes(self) -> list[VoteInput]:
        result = []
        for r in range(self.table.rowCount()):
            n = [self.table.cellWidget(r, c).value() for c in NUMBERS]
            result.append(VoteInput(self.table.cellWidget(r, ITEM).text().strip(), *n))
        return result

    def show_errors(self, errors: dict[str, str]) -> None:
        lines = []
        for r in range(self.table.rowCount()):
            text = errors.get(str(r), "")
            style = error_style(bool(text))
            self.table.cellWidget(r, ITEM).setStyleSheet(style)
            if text:
                lines.append(
                    translate("VotesTable", "Vote {n}: {problem}").format(n=r + 1, problem=text)
                )
        self.message.setText("\n".join(lines))
        self.message.setVisible(bool(lines))

    def _refresh_passed(self) -> None:
        for r in range(self.table.rowCount()):
            entitled, present, in_favour = (
                self.table.cellWidget(r, c).value() for c in (ENTITLED, PRESENT, FOR)
            )
            item = self.table.item(r, PASSED)
            if item is None:
                continue
            if entitled == 0:
                item.setText("—")
            elif vote_passed(entitled, present, in_favour):
                item.setText(translate("VotesTable", "Passed"))
            else:
                item.setText(translate("VotesTable", "Not passed"))

    def _on_add_clicked(self) -> None:
        r = self.add_vote()
        self.table.cellWidget(r, ITEM).setFocus()

    def _on_remove_clicked(self) -> None:
        r = self.table.currentRow()
        if r < 0:
            r = self.table.rowCount() - 1
        if r >= 0:
            self.table.removeRow(r)
            self._refresh_passed()
