"""发展党员: the people in development with their stage and the next date due, each person's
stages (dates, 培养联系人 / 入党介绍人, 政审, 集中培训, 上级批准 and the 支部大会's vote), and the
form that records a stage (which is the person's dated category change)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from models.errors import LedgerError, ValidationError
from models.vocabulary import (
    DEVELOPMENT_STAGES,
    STAGES_BY_MEETING,
    STAGES_WITH_TWO,
    helpers_label,
    stage_date_label,
    stage_label,
)
from ui.records.editor_form import FieldErrors, error_label, with_error
from ui.shell.context import AppContext
from ui.shell.widgets import fill_text_table, record_at, selected_record

translate = QCoreApplication.translate


def _table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    return table


class DevelopmentDialog(QDialog):
    """The register: one line per person in development; below, the chosen person's stages."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.services = ctx.services
        self.today = dt.date.today  # a function, so tests and screenshots can pin "today"
        self.lines: list = []
        self.stages: list = []
        self.setObjectName("developmentDialog")
        self.setWindowTitle(translate("DevelopmentDialog", "Member development"))
        self.resize(1180, 640)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        hint = QLabel(
            translate(
                "DevelopmentDialog",
                "Each stage from the activist on is the person's category from its date.",
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        bar.addWidget(hint, 1)
        self.add_button = QPushButton(translate("DevelopmentDialog", "Record a stage…"), self)
        self.add_button.setObjectName("recordStageButton")
        self.edit_button = QPushButton(translate("DevelopmentDialog", "Edit stage…"), self)
        self.delete_button = QPushButton(translate("DevelopmentDialog", "Delete stage"), self)
        for button in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        split = QSplitter(self)
        split.setOrientation(split.orientation().Vertical)
        self.table = _table(split, "developmentTable")
        self.stage_table = _table(split, "stagesTable")
        split.addWidget(self.table)
        split.addWidget(self.stage_table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("DevelopmentDialog", "Close")
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(lambda: self.open_form())
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.table.itemSelectionChanged.connect(self._on_person_selected)
        self.stage_table.itemSelectionChanged.connect(self._on_stage_selected)
        self.stage_table.cellDoubleClicked.connect(lambda row, _c: self.open_form(self._stage(row)))
        self.refresh()

    # --- the register ---------------------------------------------------------------------------

    def refresh(self) -> None:
        today = self.today().isoformat()
        chosen = self.selected_person()
        year_ago = (self.today() - dt.timedelta(days=366)).isoformat()
        self.lines = [
            ln
            for ln in self.services.development_register(today)
            if ln.stage != "full_member"
            or ("full_member" in ln.stages and ln.stages["full_member"].date >= year_ago)
        ]
        headers = [
            translate("DevelopmentDialog", "Name"),
            translate("DevelopmentDialog", "Stage now"),
            stage_label("applicant"),
            stage_label("activist"),
            stage_label("candidate"),
            stage_label("probationary"),
            stage_label("full_member"),
            translate("DevelopmentDialog", "Next"),
            translate("DevelopmentDialog", "Due"),
        ]
        self.table.blockSignals(True)
        rows = [
            [
                line.name,
                stage_label(line.stage) if line.stage else "—",
                *[line.stages[s].date if s in line.stages else "" for s in DEVELOPMENT_STAGES],
                line.next_label,
                line.next_due or "",
            ]
            for line in self.lines
        ]
        fill_text_table(self.table, headers, rows, stretch=7)
        due = len(headers) - 1
        for r, line in enumerate(self.lines):
            item = self.table.item(r, due)
            if item is not None and line.next_due and line.next_due <= today:
                item.setForeground(self.palette().link())
        self.table.blockSignals(False)
        row = next((i for i, ln in enumerate(self.lines) if ln.person_uuid == chosen), 0)
        if self.lines:
            self.table.selectRow(row)
        self._on_person_selected()

    def selected_person(self) -> str | None:
        if not hasattr(self, "table"):
            return None
        line = selected_record(self.table, self.lines)
        return line.person_uuid if line is not None else None

    def _on_person_selected(self) -> None:
        uuid = self.selected_person()
        self.stages = self.services.list_stages(uuid) if uuid else []
        headers = [
            translate("DevelopmentDialog", "Stage"),
            translate("DevelopmentDialog", "Date"),
            translate("DevelopmentDialog", "Contacts / introducers"),
            translate("DevelopmentDialog", "Political check"),
            translate("DevelopmentDialog", "Training hours"),
            translate("DevelopmentDialog", "Approved"),
            translate("DevelopmentDialog", "Branch meeting vote"),
            translate("DevelopmentDialog", "Note"),
        ]
        rows = [
            [
                stage_label(s.stage),
                s.date,
                "、".join(n for n in (s.first_person, s.second_person) if n),
                s.vetted_on or "",
                "" if s.training_hours is None else f"{s.training_hours:g}",
                s.approved_on or "",
                s.vote.text() if s.vote is not None else s.meeting,
                s.note,
            ]
            for s in self.stages
        ]
        fill_text_table(self.stage_table, headers, rows, stretch=6)
        self._on_stage_selected()

    def _stage(self, index: int):
        return record_at(self.stages, index)

    def selected_stage(self):
        return selected_record(self.stage_table, self.stages)

    def _on_stage_selected(self) -> None:
        chosen = self.selected_stage() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _on_edit_clicked(self) -> None:
        self.open_form(self.selected_stage())

    def _on_delete_clicked(self) -> None:
        row = self.selected_stage()
        if row is not None:
            self.delete(row.uuid)

    def delete(self, uuid: str) -> None:
        self.services.delete_stage(uuid)
        self.refresh()
        self.changed.emit()

    def next_stage(self, person_uuid: str | None) -> str:
        """The stage after the person's latest (the first for someone new)."""
        done = [s.stage for s in self.services.list_stages(person_uuid)] if person_uuid else []
        if not done:
            return DEVELOPMENT_STAGES[0]
        latest = max(DEVELOPMENT_STAGES.index(code) for code in done)
        return DEVELOPMENT_STAGES[min(latest + 1, len(DEVELOPMENT_STAGES) - 1)]

    def open_form(self, row=None) -> StageForm:
        person = row.person_uuid if row is not None else self.selected_person()
        form = StageForm(self.ctx, row, self, person=person, stage=self.next_stage(person))
        form.saved.connect(self._on_saved)
        form.open()
        return form

    def _on_saved(self) -> None:
        self.refresh()
        self.changed.emit()


class StageForm(QDialog):
    """One stage: who, which stage, its date and the details that stage has."""

    saved = Signal()

    def __init__(
        self,
        ctx: AppContext,
        row=None,
        parent: QWidget | None = None,
        person: str | None = None,
        stage: str = "applicant",
    ):
        super().__init__(parent)
        self.services = ctx.services
        self.row = row
        self.setObjectName("stageForm")
        self.setWindowTitle(translate("DevelopmentDialog", "Stage of member development"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.summary = error_label(self)
        self.errors = FieldErrors(self.summary)
        self.rows: dict[str, QWidget] = {}
        people = self.services.list_people()
        self.person = QComboBox(self)
        self.person.setObjectName("stagePerson")
        for p in people:
            self.person.addItem(p.name, p.uuid)
        self._add("person", translate("DevelopmentDialog", "Name"), self.person)
        self.stage = QComboBox(self)
        self.stage.setObjectName("stageStage")
        for code in DEVELOPMENT_STAGES:
            self.stage.addItem(stage_label(code), code)
        self._add("stage", translate("DevelopmentDialog", "Stage"), self.stage)
        self.date = self._date_edit("stageDate")
        self.date_label = QLabel(self)
        self._add("date", self.date_label, self.date)
        self.first = self._person_combo("stageFirst", people)
        self.second = self._person_combo("stageSecond", people)
        self.first_label, self.second_label = QLabel(self), QLabel(self)
        self._add("first_person", self.first_label, self.first)
        self._add("second_person", self.second_label, self.second)
        done_on = translate("DevelopmentDialog", "Done on")
        self.vetted, self.vetted_on = self._optional_date("stageVetted", done_on)
        self._add("vetted_on", translate("DevelopmentDialog", "Political check"),
                  self._pair(self.vetted, self.vetted_on))  # fmt: skip
        self.training = QDoubleSpinBox(self)
        self.training.setObjectName("stageTraining")
        self.training.setRange(0, 500)
        self.training.setDecimals(1)
        self.training.setSuffix(translate("DevelopmentDialog", " hours"))
        self.training.setValue(24)
        self._add("training_hours", translate("DevelopmentDialog", "Concentrated training"),
                  self.training)  # fmt: skip
        self.approved, self.approved_on = self._optional_date(
            "stageApproved", translate("DevelopmentDialog", "Approved on")
        )
        self._add("approved_on", translate("DevelopmentDialog", "Approval above"),
                  self._pair(self.approved, self.approved_on))  # fmt: skip
        self.meeting = QComboBox(self)
        self.meeting.setObjectName("stageMeeting")
        self.meeting.addItem(translate("DevelopmentDialog", "(not linked)"), None)
        for m in self.services.branch_meeting_votes():
            self.meeting.addItem(m.text(), (m.activity_uuid, m.vote_uuid))
        self._add("meeting", translate("DevelopmentDialog", "Branch meeting and vote"),
                  self.meeting)  # fmt: skip
        self.note = QLineEdit(self)
        self.note.setObjectName("stageNote")
        self._add("note", translate("DevelopmentDialog", "Note"), self.note)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("DevelopmentDialog", "Save")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("DevelopmentDialog", "Cancel")
        )
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.stage.currentIndexChanged.connect(self._on_stage_changed)
        self.meeting.currentIndexChanged.connect(self._on_meeting_changed)
        if person:
            self.person.setCurrentIndex(max(0, self.person.findData(person)))
        self.stage.setCurrentIndex(DEVELOPMENT_STAGES.index(stage))
        if row is not None:
            self._load(row)
        self._on_stage_changed()

    def _load(self, row) -> None:
        self.person.setCurrentIndex(max(0, self.person.findData(row.person_uuid)))
        self.person.setEnabled(False)
        self.stage.setCurrentIndex(DEVELOPMENT_STAGES.index(row.stage))
        self.date.setDate(QDate.fromString(row.date, "yyyy-MM-dd"))
        helpers = (
            (self.first, row.first_person_uuid, row.first_person),
            (self.second, row.second_person_uuid, row.second_person),
        )
        for combo, uuid, name in helpers:
            if uuid and combo.findData(uuid) < 0:  # a full member then, no longer today
                combo.addItem(name, uuid)
            combo.setCurrentIndex(max(0, combo.findData(uuid)))
        if row.vetted_on:
            self.vetted.setChecked(True)
            self.vetted_on.setDate(QDate.fromString(row.vetted_on, "yyyy-MM-dd"))
        if row.training_hours is not None:
            self.training.setValue(row.training_hours)
        if row.approved_on:
            self.approved.setChecked(True)
            self.approved_on.setDate(QDate.fromString(row.approved_on, "yyyy-MM-dd"))
        for i in range(self.meeting.count()):
            data = self.meeting.itemData(i)
            if data and data[0] == row.activity_uuid and data[1] == row.vote_uuid:
                self.meeting.setCurrentIndex(i)
        self.note.setText(row.note)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(QDate.currentDate(), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _optional_date(self, name: str, text: str) -> tuple[QCheckBox, QDateEdit]:
        box = QCheckBox(text, self)
        box.setObjectName(name + "Done")
        edit = self._date_edit(name + "On")
        edit.setEnabled(False)
        box.toggled.connect(edit.setEnabled)
        return box, edit

    def _pair(self, box: QCheckBox, edit: QDateEdit) -> QWidget:
        holder = QWidget(self)
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(box)
        line.addWidget(edit, 1)
        return holder

    def _person_combo(self, name: str, people: list) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem("", None)
        for p in people:
            if p.category == "full_member":
                combo.addItem(p.name, p.uuid)
        return combo

    def _add(self, key: str, label: str | QLabel, widget: QWidget) -> None:
        message = error_label(self)
        self.errors.add(key, widget, message)
        holder = with_error(widget, message)
        self.form.addRow(label, holder)
        self.rows[key] = holder

    def _on_stage_changed(self) -> None:
        code = self.stage.currentData()
        self.date_label.setText(stage_date_label(code))
        two = code in STAGES_WITH_TWO
        label = helpers_label(code)
        self.first_label.setText(f"{label} 1" if two else "")
        self.second_label.setText(f"{label} 2" if two else "")
        shown = {
            "first_person": two,
            "second_person": two,
            "vetted_on": code == "candidate",
            "training_hours": code == "candidate",
            "approved_on": code in STAGES_BY_MEETING,
            "meeting": code in STAGES_BY_MEETING,
        }
        for key, visible in shown.items():
            self.form.setRowVisible(self.rows[key], visible)

    def _on_meeting_changed(self) -> None:
        """A meeting chosen: the stage's date is the meeting's."""
        text = self.meeting.currentText()
        day = QDate.fromString(text[:10], "yyyy-MM-dd")
        if self.meeting.currentData() and day.isValid():
            self.date.setDate(day)

    def data(self):
        code = self.stage.currentData()
        meeting = self.meeting.currentData() or (None, None)

        def day(box: QCheckBox, edit: QDateEdit) -> str | None:
            return edit.date().toString("yyyy-MM-dd") if box.isChecked() else None

        return self.services.StageInput(
            self.person.currentData() or "",
            code,
            self.date.date().toString("yyyy-MM-dd"),
            first_person_uuid=self.first.currentData(),
            second_person_uuid=self.second.currentData(),
            vetted_on=day(self.vetted, self.vetted_on),
            training_hours=self.training.value() if code == "candidate" else None,
            approved_on=day(self.approved, self.approved_on),
            activity_uuid=meeting[0],
            vote_uuid=meeting[1],
            note=self.note.text(),
            uuid=self.row.uuid if self.row is not None else None,
        )

    def save(self) -> bool:
        try:
            self.services.save_stage(self.data())
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return False
        except LedgerError as exc:
            self.errors.show({}, str(exc))
            return False
        self.saved.emit()
        self.accept()
        return True
