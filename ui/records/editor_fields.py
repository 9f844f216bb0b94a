"""The record tab of the activity editor: kinds, date and times, place, topic, host and
recorder, party group, units, guests, and the study and volunteer fields (shown only when a
study or volunteer kind is ticked)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.services import ActivityInput
from models.vocabulary import STUDY_KINDS, VOLUNTEER_KINDS, YEAR_OF_RECORD_KINDS
from ui.records.editor_form import (
    FieldErrors,
    PersonCombo,
    error_label,
    normalise_time,
    parse_number,
    with_error,
)
from ui.records.kinds import KindPicker
from ui.records.themes import ThemePicker
from ui.shell.limits import limit_text
from ui.shell.widgets import DateField

translate = QCoreApplication.translate


class ActivityFields(QWidget):
    """The record's own fields; `fill(data)` copies them into an ActivityInput."""

    date_changed = Signal(str)
    times_changed = Signal()
    group_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._messages: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self._build_ui()
        self.date.date_changed.connect(self._on_date_date_changed)
        self.start_time.editingFinished.connect(self._on_time_edited)
        self.end_time.editingFinished.connect(self._on_time_edited)
        self.group.currentIndexChanged.connect(self._on_group_index_changed)
        self.kinds.kinds_changed.connect(self._on_kinds_changed)

    def _field(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        message = error_label(self)
        self._messages[key] = message
        self._widgets[key] = widget
        limit_text(widget, "ActivityInput", key)  # topic, place, guests, materials …
        form.addRow(label, with_error(widget, message))

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.kinds = KindPicker(self)
        kinds_message = error_label(self)
        self._messages["kinds"], self._widgets["kinds"] = kinds_message, self.kinds
        layout.addWidget(self.kinds)
        layout.addWidget(kinds_message)
        form = QFormLayout()
        layout.addLayout(form)
        self.sequence = QSpinBox(self)
        self.sequence.setRange(0, 999)
        self.sequence.setSpecialValueText("—")
        self.sequence.setMaximumWidth(120)
        self._field(form, "sequence", translate("ActivityFields", "Sequence number"), self.sequence)
        self.date = DateField(self, optional=False)
        self.date.setObjectName("date")
        self._field(form, "date", translate("ActivityFields", "Date"), self.date)
        # 所属年度: only for 组织生活会 / 民主评议 (often held in spring for the last year).
        self.belongs_to_year = QSpinBox(self)
        self.belongs_to_year.setObjectName("belongsToYear")
        self.belongs_to_year.setRange(1899, 2999)
        self.belongs_to_year.setSpecialValueText(
            translate("ActivityFields", "the year of its date")
        )
        self.belongs_to_year.setMaximumWidth(200)
        self.belongs_to_year.setToolTip(
            translate(
                "ActivityFields",
                "A meeting held early in the year for the year before counts for that year's "
                "rules.",
            )
        )
        self.year_label = QLabel(translate("ActivityFields", "Belongs to year"), self)
        year_message = error_label(self)
        self._messages["belongs_to_year"] = year_message
        self._widgets["belongs_to_year"] = self.belongs_to_year
        self.year_box = with_error(self.belongs_to_year, year_message)
        form.addRow(self.year_label, self.year_box)
        times = QWidget(self)
        row = QHBoxLayout(times)
        row.setContentsMargins(0, 0, 0, 0)
        self.start_time = QLineEdit(times)
        self.start_time.setObjectName("startTime")
        self.end_time = QLineEdit(times)
        self.end_time.setObjectName("endTime")
        for edit in (self.start_time, self.end_time):
            edit.setPlaceholderText(translate("ActivityFields", "HH:MM"))
            edit.setMaximumWidth(90)
        self.hours = QLineEdit(times)
        self.hours.setObjectName("hours")
        self.hours.setMaximumWidth(70)
        self.hours.setToolTip(
            translate("ActivityFields", "Empty: worked out from the start and end times.")
        )
        row.addWidget(self.start_time)
        row.addWidget(QLabel("–", times))
        row.addWidget(self.end_time)
        row.addSpacing(16)
        row.addWidget(QLabel(translate("ActivityFields", "Hours"), times))
        row.addWidget(self.hours)
        row.addStretch(1)
        time_messages = QWidget(self)
        box = QVBoxLayout(time_messages)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(times)
        for key, widget in (
            ("start_time", self.start_time),
            ("end_time", self.end_time),
            ("hours", self.hours),
        ):
            message = error_label(self)
            self._messages[key], self._widgets[key] = message, widget
            box.addWidget(message)
        form.addRow(translate("ActivityFields", "Time"), time_messages)
        self.location = QLineEdit(self)
        self._field(form, "location", translate("ActivityFields", "Place"), self.location)
        self.topic = QLineEdit(self)
        self.topic.setObjectName("topic")
        self._field(form, "topic", translate("ActivityFields", "Topic"), self.topic)
        self.themes = ThemePicker(self)
        self.themes.setToolTip(
            translate(
                "ActivityFields",
                "What the activity was about, whatever its kind (the bureau counts some figures "
                "by theme). The list is edited in Settings.",
            )
        )
        self._field(form, "themes", translate("ActivityFields", "Themes"), self.themes)
        self.host = PersonCombo(self)
        self.host.setObjectName("host")
        self._field(form, "host", translate("ActivityFields", "Host"), self.host)
        self.recorder = PersonCombo(self)
        self.recorder.setObjectName("recorder")
        self._field(form, "recorder", translate("ActivityFields", "Recorder"), self.recorder)
        self.group = QComboBox(self)
        self.group.setObjectName("partyGroup")
        self.group_label = QLabel(translate("ActivityFields", "Party group"), self)
        message = error_label(self)
        self._messages["party_group"], self._widgets["party_group"] = message, self.group
        self.group_box = with_error(self.group, message)
        form.addRow(self.group_label, self.group_box)
        self.units_box = QWidget(self)
        self.units_layout = QHBoxLayout(self.units_box)
        self.units_layout.setContentsMargins(0, 0, 0, 0)
        self.unit_checks: dict[str, QCheckBox] = {}
        self.units_label = QLabel(translate("ActivityFields", "Units taking part"), self)
        message = error_label(self)
        self._messages["units"], self._widgets["units"] = message, self.units_box
        self.units_cell = with_error(self.units_box, message)
        form.addRow(self.units_label, self.units_cell)
        self.guests = QLineEdit(self)
        self.guests.setPlaceholderText(translate("ActivityFields", "Names, separated by 、"))
        self._field(form, "guests", translate("ActivityFields", "Guests"), self.guests)
        layout.addWidget(self._build_study())
        layout.addWidget(self._build_volunteer())
        layout.addStretch(1)

    def _build_study(self) -> QGroupBox:
        self.study_box = QGroupBox(translate("ActivityFields", "Study"), self)
        form = QFormLayout(self.study_box)
        self.materials = QPlainTextEdit(self.study_box)
        self.materials.setPlaceholderText(translate("ActivityFields", "One title per line"))
        self.materials.setFixedHeight(60)
        self._field(form, "materials", translate("ActivityFields", "Materials"), self.materials)
        self.speakers = QLineEdit(self.study_box)
        self.speakers.setPlaceholderText(translate("ActivityFields", "Names, separated by 、"))
        self._field(form, "speakers", translate("ActivityFields", "Speakers"), self.speakers)
        return self.study_box

    def _build_volunteer(self) -> QGroupBox:
        self.volunteer_box = QGroupBox(translate("ActivityFields", "Volunteer service"), self)
        form = QFormLayout(self.volunteer_box)
        self.service_type = QLineEdit(self.volunteer_box)
        self.service_type.setPlaceholderText(
            translate("ActivityFields", "e.g. community tutoring, road safety duty")
        )
        self._field(
            form, "service_type", translate("ActivityFields", "Service type"), self.service_type
        )
        self.people_served = QSpinBox(self.volunteer_box)
        self.deeds_done = QSpinBox(self.volunteer_box)
        self.deeds_in_progress = QSpinBox(self.volunteer_box)
        for spin in (self.people_served, self.deeds_done, self.deeds_in_progress):
            spin.setRange(0, 99999)
            spin.setMaximumWidth(120)
        self._field(
            form, "people_served", translate("ActivityFields", "People served"), self.people_served
        )
        self._field(
            form, "deeds_done", translate("ActivityFields", "Good deeds done"), self.deeds_done
        )
        self._field(
            form,
            "deeds_in_progress",
            translate("ActivityFields", "Good deeds in progress"),
            self.deeds_in_progress,
        )
        return self.volunteer_box

    # --- choices from the ledger ---

    def set_people(self, people: list[tuple[str, str]]) -> None:
        """The roster on the date, for host and recorder."""
        self.host.set_people(people)
        self.recorder.set_people(people)

    def set_groups(self, groups: list[tuple[str, str]]) -> None:
        current = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(translate("ActivityFields", "— choose —"), None)
        for uuid, name in groups:
            self.group.addItem(name, uuid)
        self.group.setCurrentIndex(max(self.group.findData(current), 0))
        self.group.blockSignals(False)

    def set_units(self, units: list[tuple[str, str]], joint: bool) -> None:
        for check in self.unit_checks.values():
            check.deleteLater()
        self.unit_checks = {}
        for uuid, name in units:
            check = QCheckBox(name, self.units_box)
            self.units_layout.addWidget(check)
            self.unit_checks[uuid] = check
        self.units_label.setVisible(joint and bool(units))
        self.units_cell.setVisible(joint and bool(units))

    def register_errors(self, errors: FieldErrors) -> None:
        for key, message in self._messages.items():
            errors.add(key, self._widgets[key], message)

    # --- values ---

    def iso_date(self) -> str:
        """The date as YYYY-MM-DD; "" while the field holds no date."""
        day = self.date.date()
        return day.isoformat() if day else ""

    def default_hours(self) -> float:
        """Hours from the times (0 when they are missing or not times)."""
        from models.services import derived_hours

        start, end = normalise_time(self.start_time.text()), normalise_time(self.end_time.text())
        try:
            return derived_hours(start, end)
        except ValueError:
            return 0.0

    def load(self, data: ActivityInput) -> None:
        self.kinds.set_kinds(data.kinds)
        self.sequence.setValue(data.sequence or 0)
        self.date.set_date(data.date)
        self.start_time.setText(data.start_time)
        self.end_time.setText(data.end_time)
        self.hours.setText("" if data.hours is None else f"{data.hours:g}")
        self.belongs_to_year.setValue(data.belongs_to_year or self.belongs_to_year.minimum())
        self.location.setText(data.location)
        self.topic.setText(data.topic)
        self.themes.set_themes(data.theme_uuids)
        self.host.set_person(data.host_uuid)
        self.recorder.set_person(data.recorder_uuid)
        self.group.setCurrentIndex(max(self.group.findData(data.party_group_uuid), 0))
        for uuid, check in self.unit_checks.items():
            check.setChecked(uuid in data.unit_uuids)
        self.guests.setText(data.guests)
        self.materials.setPlainText(data.materials)
        self.speakers.setText(data.speakers)
        self.service_type.setText(data.service_type)
        self.people_served.setValue(data.people_served)
        self.deeds_done.setValue(data.deeds_done)
        self.deeds_in_progress.setValue(data.deeds_in_progress)
        self._on_time_edited()

    def fill(self, data: ActivityInput, local: dict[str, str]) -> None:
        """Copy the fields into `data`; problems only the form can see go into `local`."""
        data.kinds = self.kinds.kinds()
        data.sequence = self.sequence.value() or None
        data.date = self.date.iso() or ""
        data.start_time = normalise_time(self.start_time.text())
        data.end_time = normalise_time(self.end_time.text())
        try:
            data.hours = parse_number(self.hours.text())
        except ValueError:
            data.hours = None
            local["hours"] = translate("ActivityFields", "Hours: {value} is not a number.").format(
                value=self.hours.text()
            )
        year = self.belongs_to_year.value()
        named = self.year_box.isVisibleTo(self) and year != self.belongs_to_year.minimum()
        data.belongs_to_year = year if named else None
        data.location = self.location.text().strip()
        data.topic = self.topic.text().strip()
        data.theme_uuids = self.themes.themes()
        data.host_uuid = self.host.person_uuid()
        data.recorder_uuid = self.recorder.person_uuid()
        # A typed name is never saved as a blank: it is a person, or the record is not saved.
        for key, combo, label in (
            ("host", self.host, translate("ActivityFields", "Host")),
            ("recorder", self.recorder, translate("ActivityFields", "Recorder")),
        ):
            problem = combo.problem(self.iso_date())
            if problem:
                local[key] = f"{label}: {problem}"
        data.party_group_uuid = self.group.currentData() if self.group.isVisibleTo(self) else None
        data.unit_uuids = [u for u, check in self.unit_checks.items() if check.isChecked()]
        data.guests = self.guests.text().strip()
        study = self.study_box.isVisibleTo(self)
        volunteer = self.volunteer_box.isVisibleTo(self)
        data.materials = self.materials.toPlainText().strip() if study else ""
        data.speakers = self.speakers.text().strip() if study else ""
        data.service_type = self.service_type.text().strip() if volunteer else ""
        data.people_served = self.people_served.value() if volunteer else 0
        data.deeds_done = self.deeds_done.value() if volunteer else 0
        data.deeds_in_progress = self.deeds_in_progress.value() if volunteer else 0

    # --- reactions ---

    # Slots return None: PySide mishandles the reference count of a bool a slot returns.
    def _on_date_date_changed(self, day: str) -> None:
        if day:
            self.date_changed.emit(day)

    def _on_group_index_changed(self, _index: int) -> None:
        self.group_changed.emit()

    def _on_time_edited(self) -> None:
        for edit in (self.start_time, self.end_time):
            normal = normalise_time(edit.text())
            if normal != edit.text():
                edit.setText(normal)
        self.hours.setPlaceholderText(f"{self.default_hours():g}")
        self.times_changed.emit()

    def _on_kinds_changed(self, kinds: list[str]) -> None:
        self.study_box.setVisible(any(k in STUDY_KINDS for k in kinds))
        self.volunteer_box.setVisible(any(k in VOLUNTEER_KINDS for k in kinds))
        yearly = any(k in YEAR_OF_RECORD_KINDS for k in kinds)
        self.year_label.setVisible(yearly)
        self.year_box.setVisible(yearly)
        grouped = "group_meeting" in kinds and self.group.count() > 1
        self.group_label.setVisible(grouped)
        self.group_box.setVisible(grouped)
