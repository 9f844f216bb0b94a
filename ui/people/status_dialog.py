"""A dated change of someone's roster status: transferred out (转出), mobile (流动), back on."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.errors import LedgerError, ValidationError
from models.vocabulary import STATUSES, status_label
from ui.records.editor_form import FieldErrors, error_label, with_error
from ui.shell.context import AppContext
from ui.shell.widgets import DateField

translate = QCoreApplication.translate


class PersonStatusDialog(QDialog):
    """Record a status change with its date; emits `status_changed(uuid)` and accepts."""

    status_changed = Signal(str)

    def __init__(self, ctx: AppContext, person_uuid: str, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = ctx.services
        self._uuid = person_uuid
        self.setObjectName("personStatusDialog")
        self.setWindowTitle(translate("PersonStatusDialog", "Change roster status"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        title = QLabel(
            translate("PersonStatusDialog", "Roster status of {name}").format(name=name), self
        )
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        history = self.services.status_history(person_uuid)
        self.history = QLabel(
            "\n".join(
                f"{day}  {status_label(status)}" + (f"（{note}）" if note else "")
                for day, status, note in history
            ),
            self,
        )
        self.history.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.history)
        form = QFormLayout()
        layout.addLayout(form)
        self.summary = error_label(self)
        self.errors = FieldErrors(self.summary)
        self.status = QComboBox(self)
        self.status.setObjectName("status")
        current = history[-1][1] if history else "active"
        for code in STATUSES:
            self.status.addItem(status_label(code), code)
        # Offer a change by default: the first status other than the current one.
        self.status.setCurrentIndex(
            next(i for i, c in enumerate(STATUSES) if c != current) if len(STATUSES) > 1 else 0
        )
        self._row(form, "status", translate("PersonStatusDialog", "New status"), self.status)
        self.effective_on = DateField(self, optional=False)
        self.effective_on.set_date(dt.date.today())
        self.effective_on.setObjectName("effectiveOn")
        self._row(form, "effective_on", translate("PersonStatusDialog", "From"), self.effective_on)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(
            translate("PersonStatusDialog", "e.g. transferred to the district No. 2 school")
        )
        self._row(form, "note", translate("PersonStatusDialog", "Note"), self.note)
        hint = QLabel(
            translate(
                "PersonStatusDialog",
                "Activities before this date keep the person as they were; from this date "
                "they are expected only while on the roster.",
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        layout.addWidget(hint)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("PersonStatusDialog", "Save")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("PersonStatusDialog", "Cancel")
        )
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_save_requested)
        self.buttons.rejected.connect(self.reject)

    def _row(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        message = error_label(self)
        self.errors.add(key, widget, message)
        form.addRow(label, with_error(widget, message))

    def _on_save_requested(self) -> None:
        self.save()

    def save(self) -> bool:
        try:
            self.services.set_person_status(
                self._uuid,
                self.status.currentData(),
                self.effective_on.iso() or "",
                note=self.note.text().strip(),
            )
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return False
        except LedgerError as exc:
            self.errors.show({}, str(exc))
            return False
        self.status_changed.emit(self._uuid)
        self.accept()
        return True
