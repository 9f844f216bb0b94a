"""组织关系转接: the list of transfers in and out, and the form that records one (the person's
roster status follows the event)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from models.errors import LedgerError, ValidationError
from models.vocabulary import TRANSFER_DIRECTIONS, transfer_direction_label
from ui.records.editor_form import FieldErrors, error_label, with_error
from ui.shell.context import AppContext
from ui.shell.limits import limit_text
from ui.shell.widgets import fill_text_table, record_at, selected_record

translate = QCoreApplication.translate


class TransfersDialog(QDialog):
    """Every transfer, newest first; add, edit (e.g. the 回执 came back) or delete one."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.services = ctx.services
        self.rows: list = []
        self.setObjectName("transfersDialog")
        self.setWindowTitle(translate("TransfersDialog", "Transfers of membership"))
        self.resize(980, 520)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        hint = QLabel(
            translate(
                "TransfersDialog",
                "A transfer out leaves the person on the roster through its date; a transfer in"
                " puts them on it from its date.",
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        bar.addWidget(hint, 1)
        self.add_button = QPushButton(translate("TransfersDialog", "Add…"), self)
        self.edit_button = QPushButton(translate("TransfersDialog", "Edit…"), self)
        self.delete_button = QPushButton(translate("TransfersDialog", "Delete"), self)
        for button in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.table = QTableWidget(self)
        self.table.setObjectName("transfersTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("TransfersDialog", "Close")
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(lambda: self.open_form())
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.table.cellDoubleClicked.connect(lambda row, _c: self.open_form(self._row(row)))
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.refresh()

    def refresh(self) -> None:
        self.rows = self.services.list_transfers()
        headers = [
            translate("TransfersDialog", "Name"),
            translate("TransfersDialog", "Transfer"),
            translate("TransfersDialog", "Date"),
            translate("TransfersDialog", "Organisation"),
            translate("TransfersDialog", "Letter no."),
            translate("TransfersDialog", "Receipt returned"),
            translate("TransfersDialog", "Note"),
        ]
        rows = [
            [t.person, transfer_direction_label(t.direction), t.date, t.organisation,
             t.letter_no, t.receipt_on or ("—" if t.direction == "in" else ""), t.note]
            for t in self.rows
        ]  # fmt: skip
        fill_text_table(self.table, headers, rows, stretch=3)
        self._on_selection_changed()

    def _row(self, index: int):
        return record_at(self.rows, index)

    def _selected(self):
        return selected_record(self.table, self.rows)

    def _on_selection_changed(self) -> None:
        chosen = self._selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _on_edit_clicked(self) -> None:
        self.open_form(self._selected())

    def _on_delete_clicked(self) -> None:
        row = self._selected()
        if row is not None:
            self.delete(row.uuid)

    def delete(self, uuid: str) -> None:
        self.services.delete_transfer(uuid)
        self.refresh()
        self.changed.emit()

    def open_form(self, row=None) -> TransferForm:
        form = TransferForm(self.ctx, row, self)
        form.saved.connect(self._on_saved)
        form.open()
        return form

    def _on_saved(self) -> None:
        self.refresh()
        self.changed.emit()


class TransferForm(QDialog):
    """One transfer: who, in or out, the date, the organisation, the letter and the 回执."""

    saved = Signal()

    def __init__(self, ctx: AppContext, row=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = ctx.services
        self.row = row
        self.setObjectName("transferForm")
        self.setWindowTitle(translate("TransfersDialog", "Transfer of membership"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.summary = error_label(self)
        self.errors = FieldErrors(self.summary)
        self.person = QComboBox(self)
        self.person.setObjectName("transferPerson")
        for p in self.services.list_people():
            self.person.addItem(p.name, p.uuid)
        self._add(form, "person", translate("TransfersDialog", "Name"), self.person)
        self.direction = QComboBox(self)
        self.direction.setObjectName("transferDirection")
        for code in TRANSFER_DIRECTIONS:
            self.direction.addItem(transfer_direction_label(code), code)
        self.direction.setCurrentIndex(TRANSFER_DIRECTIONS.index("out"))
        self._add(form, "direction", translate("TransfersDialog", "Transfer"), self.direction)
        self.date = self._date_edit("transferDate")
        self._add(form, "date", translate("TransfersDialog", "Date"), self.date)
        self.organisation = QLineEdit(self)
        limit_text(self.organisation, "TransferInput", "organisation")
        self.organisation.setObjectName("transferOrganisation")
        self.organisation.setPlaceholderText(
            translate("TransfersDialog", "The party organisation transferred to or from")
        )
        self._add(form, "organisation", translate("TransfersDialog", "Organisation"),
                  self.organisation)  # fmt: skip
        self.letter_no = QLineEdit(self)
        limit_text(self.letter_no, "TransferInput", "letter_no")
        self.letter_no.setObjectName("transferLetter")
        self._add(form, "letter_no", translate("TransfersDialog", "Letter no."), self.letter_no)
        self.has_receipt = QCheckBox(translate("TransfersDialog", "Receipt returned on"), self)
        self.has_receipt.setObjectName("transferHasReceipt")
        self.receipt_on = self._date_edit("transferReceipt")
        self.receipt_on.setEnabled(False)
        self.has_receipt.toggled.connect(self.receipt_on.setEnabled)
        holder = QWidget(self)
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.has_receipt)
        line.addWidget(self.receipt_on, 1)
        self._add(form, "receipt_on", translate("TransfersDialog", "Receipt"), holder)
        self.note = QLineEdit(self)
        limit_text(self.note, "TransferInput", "note")
        self._add(form, "note", translate("TransfersDialog", "Note"), self.note)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("TransfersDialog", "Save")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("TransfersDialog", "Cancel")
        )
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        if row is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(row.person_uuid)))
            self.direction.setCurrentIndex(TRANSFER_DIRECTIONS.index(row.direction))
            self.date.setDate(QDate.fromString(row.date, "yyyy-MM-dd"))
            self.organisation.setText(row.organisation)
            self.letter_no.setText(row.letter_no)
            if row.receipt_on:
                self.has_receipt.setChecked(True)
                self.receipt_on.setDate(QDate.fromString(row.receipt_on, "yyyy-MM-dd"))
            self.note.setText(row.note)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(QDate.currentDate(), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _add(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        message = error_label(self)
        self.errors.add(key, widget, message)
        form.addRow(label, with_error(widget, message))

    def save(self) -> bool:
        try:
            self.services.save_transfer(
                self.services.TransferInput(
                    self.person.currentData() or "",
                    self.direction.currentData(),
                    self.date.date().toString("yyyy-MM-dd"),
                    self.organisation.text(),
                    letter_no=self.letter_no.text(),
                    receipt_on=self.receipt_on.date().toString("yyyy-MM-dd")
                    if self.has_receipt.isChecked()
                    else None,
                    note=self.note.text(),
                    uuid=self.row.uuid if self.row is not None else None,
                )
            )
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return False
        except LedgerError as exc:
            self.errors.show({}, str(exc))
            return False
        self.saved.emit()
        self.accept()
        return True
