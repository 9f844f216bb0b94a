"""党费: the year's month grid (one row per member, one column per month), recording a month's
payment (交纳 / 补交 / 免交 with its reason) and a member's monthly standard with its history."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import LedgerError, ValidationError
from models.vocabulary import DUES_KINDS, dues_kind_label, yuan
from ui.records.editor_form import FieldErrors, error_label, with_error
from ui.shell.context import AppContext
from ui.shell.limits import limit_text
from ui.shell.widgets import choose_branch_in, fill_branch_chooser

translate = QCoreApplication.translate
CELL_ROLE = Qt.ItemDataRole.UserRole + 1
OWED = QColor(255, 235, 230)


def cell_text(cell) -> str:
    if cell.kind == "exempt":
        return translate("DuesDialog", "exempt")
    if cell.kind:
        return yuan(cell.paid_cents)
    return "" if cell.liable and cell.due_cents else "—"


class DuesDialog(QDialog):
    """The year's 党费 grid. Double-click a month (or "Record payment…") to record it."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, year: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.services = ctx.services
        self.sheet: Any = None  # models.records.dues.DuesSheet once loaded
        # The branch shown: on a ledger of several branches (a district's) one at a time,
        # chosen in the bar; None until filled (then find_branch's: the first by name).
        self.branch_uuid: str | None = None
        self.today = dt.date.today  # a function, so tests and screenshots can pin "today"
        self.setObjectName("duesDialog")
        self.setWindowTitle(translate("DuesDialog", "Party dues"))
        self.resize(1100, 620)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.year = QSpinBox(self)
        self.year.setObjectName("duesYear")
        self.year.setRange(2000, 2999)
        self.year.setValue(year or dt.date.today().year)
        bar.addWidget(QLabel(translate("DuesDialog", "Year:"), self))
        bar.addWidget(self.year)
        self.branch_label = QLabel(translate("DuesDialog", "Branch:"), self)
        bar.addWidget(self.branch_label)
        self.branch_chooser = QComboBox(self)
        self.branch_chooser.setObjectName("duesBranch")
        self.branch_chooser.setMinimumContentsLength(14)
        bar.addWidget(self.branch_chooser)
        self.totals = QLabel(self)
        self.totals.setObjectName("duesTotals")
        bar.addWidget(self.totals, 1)
        self.pay_button = QPushButton(translate("DuesDialog", "Record payment…"), self)
        self.standard_button = QPushButton(translate("DuesDialog", "Set standard…"), self)
        bar.addWidget(self.pay_button)
        bar.addWidget(self.standard_button)
        layout.addLayout(bar)
        self.table = QTableWidget(self)
        self.table.setObjectName("duesGrid")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        # The branch's members in arrears (3 months and more), a few lines high at most.
        self.arrears = QPlainTextEdit(self)
        self.arrears.setObjectName("duesArrears")
        self.arrears.setReadOnly(True)
        self.arrears.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        layout.addWidget(self.arrears)
        self.history = QLabel(self)
        self.history.setObjectName("duesHistory")
        self.history.setWordWrap(True)
        self.history.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.history)
        legend = QLabel(
            translate(
                "DuesDialog",
                "Amounts paid in yuan. Empty (shaded): owed and not recorded as paid."
                " —: not a member on the roster that month, or no standard set.",
            ),
            self,
        )
        legend.setWordWrap(True)
        legend.setStyleSheet("color: palette(mid);")
        layout.addWidget(legend)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("DuesDialog", "Close")
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill_branches()
        self.branch_chooser.currentIndexChanged.connect(self._on_branch_chosen)
        self.year.valueChanged.connect(self.refresh)
        self.table.cellDoubleClicked.connect(self._on_cell_double_clicked)
        self.table.currentCellChanged.connect(self._on_current_changed)
        self.pay_button.clicked.connect(self._on_pay_clicked)
        self.standard_button.clicked.connect(self._on_standard_clicked)
        self.refresh()

    def _fill_branches(self) -> None:
        """The chooser lists the ledger's branches; shown only when there are several."""
        branches = [(b.name, b.uuid) for b in self.services.list_branches()]
        chosen = self.services.current_branch()  # find_branch's: the first by name
        self.branch_uuid = chosen.uuid if chosen is not None else None
        fill_branch_chooser(self.branch_chooser, self.branch_label, branches, self.branch_uuid)

    def _on_branch_chosen(self, _index: int) -> None:
        uuid = self.branch_chooser.currentData()
        if uuid and uuid != self.branch_uuid:
            self.branch_uuid = uuid
            self.refresh()

    def choose_branch(self, choice: str) -> None:
        """Show the branch `choice` (a uuid or name), as the chooser does."""
        choose_branch_in(self.branch_chooser, choice)

    def refresh(self) -> None:
        today = self.today()
        self.sheet = self.services.dues_year(self.year.value(), today, self.branch_uuid)
        owing = self.services.dues_reminders(today, self.branch_uuid)
        self.arrears.setPlainText("\n".join(r.text for r in owing))
        self.arrears.setVisible(bool(owing))
        sheet = self.sheet
        headers = [translate("DuesDialog", "Name"), translate("DuesDialog", "Standard")]
        headers += [
            translate("DuesDialog", "{month}").format(month=int(m[5:])) for m in sheet.months
        ]
        headers.append(translate("DuesDialog", "Total"))
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(sheet.members))
        for r, member in enumerate(sheet.members):
            self.table.setItem(r, 0, QTableWidgetItem(member.name))
            self.table.setItem(r, 1, QTableWidgetItem(yuan(member.standard_cents)))
            for c, cell in enumerate(member.cells, start=2):
                item = QTableWidgetItem(cell_text(cell))
                item.setData(CELL_ROLE, (member.uuid, cell.month))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if cell.owed:
                    item.setBackground(QBrush(OWED))
                tip = [dues_kind_label(cell.kind)] if cell.kind else []
                tip += [x for x in (cell.paid_on or "", cell.note) if x]
                if tip:
                    item.setToolTip("\n".join(tip))
                self.table.setItem(r, c, item)
            self.table.setItem(r, len(headers) - 1, QTableWidgetItem(yuan(member.paid_cents)))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.totals.setText(
            translate("DuesDialog", "Due {due} yuan, paid {paid} yuan.").format(
                due=yuan(sheet.due_cents), paid=yuan(sheet.paid_cents)
            )
        )
        self._on_current_changed(self.table.currentRow(), self.table.currentColumn())

    def _member_at(self, row: int):
        if self.sheet is None or not 0 <= row < len(self.sheet.members):
            return None
        return self.sheet.members[row]

    def _on_current_changed(self, row: int, _col: int, *_rest: int) -> None:
        member = self._member_at(row)
        self.pay_button.setEnabled(member is not None)
        self.standard_button.setEnabled(member is not None)
        if member is None:
            self.history.clear()
            return
        lines = [
            translate("DuesDialog", "from {month}: {amount} yuan").format(
                month=s.effective_from, amount=yuan(s.amount_cents)
            )
            for s in self.services.standard_history(member.uuid)
        ]
        self.history.setText(
            translate("DuesDialog", "Standard of {name}: {history}").format(
                name=member.name,
                history="; ".join(lines) or translate("DuesDialog", "none set"),
            )
        )

    def _on_cell_double_clicked(self, row: int, col: int) -> None:
        if 2 <= col < 14:
            self.open_payment(row, col - 2)
        elif col == 1:
            self.open_standard(row)

    def _on_pay_clicked(self) -> None:
        col = self.table.currentColumn()
        self.open_payment(self.table.currentRow(), col - 2 if 2 <= col < 14 else 0)

    def _on_standard_clicked(self) -> None:
        self.open_standard(self.table.currentRow())

    def open_payment(self, row: int, month_index: int) -> PaymentDialog | None:
        member = self._member_at(row)
        if member is None:
            return None
        self.table.setCurrentCell(row, month_index + 2)
        dialog = PaymentDialog(self.ctx, member, member.cells[month_index], self)
        dialog.saved.connect(self._on_saved)
        dialog.open()
        return dialog

    def open_standard(self, row: int) -> StandardDialog | None:
        member = self._member_at(row)
        if member is None:
            return None
        self.table.setCurrentCell(row, 1)
        dialog = StandardDialog(self.ctx, member, f"{self.year.value():04d}-01", self)
        dialog.saved.connect(self._on_saved)
        dialog.open()
        return dialog

    def _on_saved(self) -> None:
        row, col = self.table.currentRow(), self.table.currentColumn()
        self.refresh()
        self.table.setCurrentCell(row, col)
        self.changed.emit()


class _Form(QDialog):
    saved = Signal()

    def _setup(self, title: str) -> QFormLayout:
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        heading = QLabel(title, self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        form = QFormLayout()
        layout.addLayout(form)
        self.summary = error_label(self)
        self.errors = FieldErrors(self.summary)
        self._layout = layout
        return form

    def _row(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        message = error_label(self)
        self.errors.add(key, widget, message)
        form.addRow(label, with_error(widget, message))

    def _finish(self) -> None:
        self._layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("DuesDialog", "Save")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("DuesDialog", "Cancel")
        )
        self._layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def save(self) -> bool:
        try:
            self._save()
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return False
        except LedgerError as exc:
            self.errors.show({}, str(exc))
            return False
        self.saved.emit()
        self.accept()
        return True

    def _save(self) -> None:
        raise NotImplementedError


class PaymentDialog(_Form):
    """One member's dues of one month."""

    def __init__(self, ctx: AppContext, member, cell, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = ctx.services
        self.member = member
        self.cell = cell
        self.setObjectName("duesPaymentDialog")
        form = self._setup(
            translate("DuesDialog", "Dues of {name}, {month}").format(
                name=member.name, month=cell.month
            )
        )
        self.kind = QComboBox(self)
        self.kind.setObjectName("duesKind")
        for code in DUES_KINDS:
            self.kind.addItem(dues_kind_label(code), code)
        if cell.kind:
            self.kind.setCurrentIndex(DUES_KINDS.index(cell.kind))
        self._row(form, "kind", translate("DuesDialog", "How"), self.kind)
        self.due = QLineEdit(yuan(cell.due_cents) if cell.kind else "", self)
        self.due.setObjectName("duesDue")
        self.due.setPlaceholderText(
            yuan(cell.due_cents) if cell.due_cents else translate("DuesDialog", "no standard set")
        )
        self._row(form, "due", translate("DuesDialog", "Due (yuan)"), self.due)
        self.paid = QLineEdit(yuan(cell.paid_cents) if cell.kind else yuan(cell.due_cents), self)
        self.paid.setObjectName("duesPaid")
        self._row(form, "paid", translate("DuesDialog", "Paid (yuan)"), self.paid)
        self.paid_on = QDateEdit(
            QDate.fromString(cell.paid_on, "yyyy-MM-dd") if cell.paid_on else QDate.currentDate(),
            self,
        )
        self.paid_on.setObjectName("duesPaidOn")
        self.paid_on.setCalendarPopup(True)
        self.paid_on.setDisplayFormat("yyyy-MM-dd")
        self._row(form, "paid_on", translate("DuesDialog", "Date paid"), self.paid_on)
        self.note = QLineEdit(cell.note, self)
        limit_text(self.note, "PaymentInput", "note")
        self.note.setObjectName("duesNote")
        self.note.setPlaceholderText(
            translate("DuesDialog", "The reason, for an exemption (required then)")
        )
        self._row(form, "note", translate("DuesDialog", "Note"), self.note)
        self._finish()

    def _save(self) -> None:
        self.services.save_payment(
            self.services.PaymentInput(
                self.member.uuid,
                self.cell.month,
                paid=self.paid.text(),
                paid_on=self.paid_on.date().toString("yyyy-MM-dd"),
                kind=self.kind.currentData(),
                note=self.note.text(),
                due=self.due.text(),
            )
        )


class StandardDialog(_Form):
    """A member's monthly standard from a month on (the basis optional)."""

    def __init__(self, ctx: AppContext, member, month: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = ctx.services
        self.member = member
        self.setObjectName("duesStandardDialog")
        form = self._setup(
            translate("DuesDialog", "Monthly standard of {name}").format(name=member.name)
        )
        self.effective_from = QLineEdit(month, self)
        self.effective_from.setObjectName("duesFrom")
        self.effective_from.setPlaceholderText("YYYY-MM")
        self._row(
            form, "effective_from", translate("DuesDialog", "From month"), self.effective_from
        )
        self.amount = QLineEdit(yuan(member.standard_cents), self)
        self.amount.setObjectName("duesAmount")
        self._row(form, "amount", translate("DuesDialog", "Monthly standard (yuan)"), self.amount)
        self.base = QLineEdit(self)
        self.base.setObjectName("duesBase")
        self.base.setPlaceholderText(translate("DuesDialog", "optional"))
        self._row(form, "base", translate("DuesDialog", "Salary base (yuan)"), self.base)
        self.rate = QLineEdit(self)
        self.rate.setObjectName("duesRate")
        self.rate.setPlaceholderText(translate("DuesDialog", "optional, e.g. 0.5 or 1"))
        self._row(form, "rate", translate("DuesDialog", "Rate (%)"), self.rate)
        self.note = QLineEdit(self)
        limit_text(self.note, "StandardInput", "note")
        self._row(form, "note", translate("DuesDialog", "Note"), self.note)
        self._finish()

    def _save(self) -> None:
        self.services.save_standard(
            self.services.StandardInput(
                self.member.uuid,
                self.effective_from.text().strip(),
                self.amount.text(),
                base=self.base.text(),
                rate=self.rate.text(),
                note=self.note.text(),
            )
        )
