"""Add or edit one person on the roster (name, category, dates, group, unit, phone, and the
花名册 fields: 民族, 籍贯, 学历, 职称/职务, 身份证号 — the last masked except while edited)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.errors import LedgerError, ValidationError
from models.services import parse_birth_text
from models.vocabulary import (
    CATEGORIES,
    EDUCATION_LEVELS,
    ETHNICITIES,
    category_label,
    mask_id_number,
    status_label,
)
from ui.records.editor_form import FieldErrors, error_label, with_error
from ui.shell.context import AppContext
from ui.shell.limits import limit_text
from ui.shell.widgets import DateField, fit_to_screen

translate = QCoreApplication.translate


class IdNumberField(QLineEdit):
    """The 身份证号: shown masked (3201**********1234) unless the field has the focus, when the
    whole number is there to be read and corrected. `value()` is always the whole number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = ""
        self.textEdited.connect(self._on_text_edited)

    def value(self) -> str:
        return self._value

    def set_value(self, value: str) -> None:
        self._value = value or ""
        self.setText(self._value if self.hasFocus() else mask_id_number(self._value))

    def _on_text_edited(self, text: str) -> None:
        self._value = text.strip()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        self.setText(self._value)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.setText(mask_id_number(self._value))


class PersonDialog(QDialog):
    """Create or edit a person; emits `record_saved(uuid)` and accepts after saving."""

    record_saved = Signal(str)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, person_uuid: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services = ctx.services
        self._uuid = person_uuid
        self.setObjectName("personDialog")
        self._build_ui()
        self._connect_signals()
        self._load()

    def _date_edit(self, key: str, label: str) -> DateField:
        edit = DateField(self)
        edit.setObjectName(key)
        self._row(key, label, edit)
        return edit

    def _row(self, key: str, label: str, widget: QWidget) -> None:
        message = error_label(self)
        self.errors.add(key, widget, message)
        self.form.addRow(label, with_error(widget, message))

    def _build_ui(self) -> None:
        self.setWindowTitle(
            translate("PersonDialog", "Edit person")
            if self._uuid
            else translate("PersonDialog", "Add a person")
        )
        fit_to_screen(self, 480, 680)
        layout = QVBoxLayout(self)
        scroll = QScrollArea(self)  # the form scrolls on a small screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        self.form = QFormLayout(body)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.summary = error_label(self)
        self.errors = FieldErrors(self.summary)
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self._row("name", translate("PersonDialog", "Name"), self.name)
        limit_text(self.name, "PersonInput", "name")
        self.sex = QComboBox(self)
        self.sex.addItem("—", "")
        self.sex.addItem(translate("PersonDialog", "Male"), "M")
        self.sex.addItem(translate("PersonDialog", "Female"), "F")
        self._row("sex", translate("PersonDialog", "Sex"), self.sex)
        self.birth_date = self._date_edit("birth_date", translate("PersonDialog", "Birth date"))
        # A roster often gives only the month of birth (出生年月): YYYY-MM is a valid birth date.
        self.birth_date.edit.setPlaceholderText(translate("PersonDialog", "YYYY-MM-DD or YYYY-MM"))
        self.category = QComboBox(self)
        self.category.setObjectName("category")
        for code in CATEGORIES:
            self.category.addItem(category_label(code), code)
        self._row("category", translate("PersonDialog", "Category"), self.category)
        self.joined_on = self._date_edit("joined_on", translate("PersonDialog", "Joined the Party"))
        self.full_member_on = self._date_edit(
            "full_member_on", translate("PersonDialog", "Full member since")
        )
        self.group = QComboBox(self)
        self._row("party_group", translate("PersonDialog", "Party group"), self.group)
        self.unit = QComboBox(self)
        self.unit_label = translate("PersonDialog", "Unit")
        self._row("unit", self.unit_label, self.unit)
        self.phone = QLineEdit(self)
        self.phone.setToolTip(
            translate("PersonDialog", "Private: left out of bureau bundles made without phones.")
        )
        self._row("phone", translate("PersonDialog", "Phone"), self.phone)
        # The 花名册 fields: 民族 and 学历 from their lists, or typed.
        self.ethnicity = QComboBox(self)
        self.ethnicity.setObjectName("ethnicity")
        self.ethnicity.setEditable(True)
        self.ethnicity.addItem("")
        self.ethnicity.addItems(list(ETHNICITIES))
        self._row("ethnicity", translate("PersonDialog", "Ethnicity"), self.ethnicity)
        self.native_place = QLineEdit(self)
        self.native_place.setObjectName("native_place")
        self.native_place.setPlaceholderText(translate("PersonDialog", "e.g. Nanjing, Jiangsu"))
        self._row("native_place", translate("PersonDialog", "Native place"), self.native_place)
        self.education = QComboBox(self)
        self.education.setObjectName("education")
        self.education.setEditable(True)
        self.education.addItem("")
        self.education.addItems(list(EDUCATION_LEVELS))
        self._row("education", translate("PersonDialog", "Education"), self.education)
        self.job_title = QLineEdit(self)
        self.job_title.setObjectName("job_title")
        self.job_title.setPlaceholderText(
            translate("PersonDialog", "e.g. senior teacher, head of grade")
        )
        self._row("job_title", translate("PersonDialog", "Title / post"), self.job_title)
        self.id_number = IdNumberField(self)
        self.id_number.setObjectName("id_number")
        self.id_number.setMaxLength(24)
        self.id_number.setToolTip(
            translate(
                "PersonDialog",
                "Private: shown masked except while you edit it, masked on the printed roster, "
                "and never in a bureau bundle unless you choose to include it.",
            )
        )
        self._row("id_number", translate("PersonDialog", "ID number"), self.id_number)
        limit_text(self.phone, "PersonInput", "phone")
        limit_text(self.native_place, "PersonInput", "native_place")
        limit_text(self.job_title, "PersonInput", "job_title")
        for combo, field in ((self.ethnicity, "ethnicity"), (self.education, "education")):
            limit_text(combo.lineEdit(), "PersonInput", field)  # typed, or from the list
        self.on_roster_since = self._date_edit(
            "on_roster_since", translate("PersonDialog", "On the roster since")
        )
        self.on_roster_since.setToolTip(
            translate(
                "PersonDialog",
                "From this date the person is expected at activities and may host, record or "
                "attend them. Empty: the date of joining the Party, else of full membership, "
                "else 1 January of this year.",
            )
        )
        self.note = QPlainTextEdit(self)
        self.note.setFixedHeight(60)
        self._row("note", translate("PersonDialog", "Note"), self.note)
        limit_text(self.note, "PersonInput", "note")
        self.history = QLabel(self)
        self.history.setWordWrap(True)
        self.history.setStyleSheet("color: palette(mid);")
        self.form.addRow(self.history)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("PersonDialog", "Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("PersonDialog", "Cancel")
        )
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.errors.watch(self._current_problems)
        self.joined_on.date_changed.connect(self._on_membership_date_changed)
        self.full_member_on.date_changed.connect(self._on_membership_date_changed)
        self.buttons.accepted.connect(self._on_save_requested)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self._on_save_requested)

    def _load(self) -> None:
        branch = self.services.current_branch()
        self.group.addItem("—", None)
        for uuid, name in branch.groups if branch else []:
            self.group.addItem(name, uuid)
        self.unit.addItem("—", None)
        for uuid, name, _, _ in branch.units if branch else []:
            self.unit.addItem(name, uuid)
        if self.unit.count() == 1:  # a branch of one school: no unit to choose
            label = self.form.labelForField(self.unit.parentWidget())
            self.unit.parentWidget().hide()
            if label is not None:
                label.hide()
        if not self._uuid:
            self.history.hide()
            self._on_membership_date_changed("")
            return
        data = self.services.get_person(self._uuid)
        self.name.setText(data.name)
        self.sex.setCurrentIndex(max(self.sex.findData(data.sex), 0))
        self.birth_date.set_date(data.birth_date)
        self.category.setCurrentIndex(max(self.category.findData(data.category), 0))
        self.joined_on.set_date(data.joined_on)
        self.full_member_on.set_date(data.full_member_on)
        self.group.setCurrentIndex(max(self.group.findData(data.party_group_uuid), 0))
        self.unit.setCurrentIndex(max(self.unit.findData(data.unit_uuid), 0))
        self.phone.setText(data.phone)
        self.ethnicity.setCurrentText(data.ethnicity)
        self.native_place.setText(data.native_place)
        self.education.setCurrentText(data.education)
        self.job_title.setText(data.job_title)
        self.id_number.set_value(data.id_number)
        self.note.setPlainText(data.note)
        # The first row of the status history: moving it lets last week's meetings count them.
        self.on_roster_since.set_date(data.on_roster_since)
        lines = [
            translate("PersonDialog", "{date}: {status}").format(
                date=day, status=status_label(status)
            )
            + (f" ({note})" if note else "")
            for day, status, note in self.services.status_history(self._uuid)
        ]
        self.history.setText(translate("PersonDialog", "Roster history:") + "\n" + "\n".join(lines))

    def _on_membership_date_changed(self, _day: str) -> None:
        # Show the on-roster date an empty field stands for.
        default = self.services.default_roster_start(
            self.joined_on.date(), self.full_member_on.date()
        )
        self.on_roster_since.edit.setPlaceholderText(
            translate("PersonDialog", "Empty: {date}").format(date=default)
        )

    def _current_problems(self) -> dict[str, str]:
        return self.services.validate_person(self.collect())

    def collect(self) -> object:
        return self.services.PersonInput(
            name=self.name.text().strip(),
            sex=self.sex.currentData(),
            birth_date=parse_birth_text(self.birth_date.text())
            or self.birth_date.text().strip()
            or None,
            unit_uuid=self.unit.currentData(),
            party_group_uuid=self.group.currentData(),
            category=self.category.currentData(),
            joined_on=self.joined_on.iso(),
            full_member_on=self.full_member_on.iso(),
            phone=self.phone.text().strip(),
            note=self.note.toPlainText().strip(),
            ethnicity=self.ethnicity.currentText().strip(),
            native_place=self.native_place.text().strip(),
            education=self.education.currentText().strip(),
            job_title=self.job_title.text().strip(),
            id_number=self.id_number.value(),
            on_roster_since=self.on_roster_since.iso(),
            uuid=self._uuid,
        )

    def _on_save_requested(self) -> None:
        self.save()

    def save(self) -> bool:
        data = self.collect()
        try:
            uuid = self.services.save_person(data)
        except ValidationError as exc:
            self.errors.show(
                exc.errors,
                translate("PersonDialog", "Not saved. Please correct the marked fields."),
            )
            return False
        except LedgerError as exc:
            self.errors.show({}, str(exc))
            return False
        self._uuid = uuid
        self.record_saved.emit(uuid)
        self.accept()
        return True
