"""The record editor: one meeting, study session or volunteer activity with its attendance,
votes and photos. Saves through models.services in one transaction (photos right after, in the
same user action), shows every problem at its field, and never loses what was typed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.errors import ClosedMonthError, DiskFullError, LedgerError, ValidationError
from models.vocabulary import VOLUNTEER_KINDS
from ui.records.attendance import AttendanceTable
from ui.records.editor_fields import ActivityFields
from ui.records.editor_form import FieldErrors, error_label, with_error
from ui.records.photos import PhotoWidget
from ui.records.votes import VotesTable
from ui.shell.context import AppContext
from ui.shell.limits import limit_text
from ui.shell.widgets import fit_to_screen

translate = QCoreApplication.translate

RECORD_TAB, CONTENT_TAB, ATTENDANCE_TAB, PHOTOS_TAB = range(4)
TAB_OF_PREFIX = {"attendance": ATTENDANCE_TAB, "non_members": ATTENDANCE_TAB, "votes": CONTENT_TAB}


def _keeps_enter(widget: QWidget) -> bool:
    """True inside a field whose Enter has its own meaning and keeps the focus there (the
    attendance name box: type the next name)."""
    while widget is not None:
        if widget.property("enterStays"):
            return True
        widget = widget.parentWidget()
    return False


class ActivityDialog(QDialog):
    """Create or edit one activity; emits `record_saved(uuid)` and accepts after saving."""

    record_saved = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        activity_uuid: str | None = None,
        initial: object | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services = ctx.services
        self._uuid = activity_uuid
        self._loading = True
        self._sequence_touched = activity_uuid is not None
        self.setObjectName("activityDialog")
        self._build_ui()
        self._connect_signals()
        self._load(activity_uuid, initial)
        self._loading = False
        self._baseline = self.collect()

    # --- layout ------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setWindowTitle(
            translate("ActivityDialog", "Edit record")
            if self._uuid
            else translate("ActivityDialog", "New record")
        )
        fit_to_screen(self, 900, 760)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)
        self.fields = ActivityFields(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields)
        self.tabs.addTab(scroll, translate("ActivityDialog", "Record"))
        content = QScrollArea(self)
        content.setWidgetResizable(True)
        content.setWidget(self._build_content())
        self.tabs.addTab(content, translate("ActivityDialog", "Content"))
        self.tabs.addTab(self._build_attendance(), translate("ActivityDialog", "Attendance"))
        self.photo_widget = PhotoWidget(self.services, self)
        self.tabs.addTab(self.photo_widget, translate("ActivityDialog", "Photos"))
        self.summary = error_label(self)
        self.summary.setObjectName("formSummary")
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("ActivityDialog", "Save"))
        self.save_button.setToolTip(translate("ActivityDialog", "Save (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("ActivityDialog", "Cancel")
        )
        layout.addWidget(self.buttons)
        self.errors = FieldErrors(self.summary)
        self.fields.register_errors(self.errors)
        self.errors.add("non_members", self.non_members, self.non_members_message)
        self.errors.add_prefix("attendance", self.attendance)
        self.errors.add_prefix("votes", self.votes)
        self.errors.watch(self._current_problems, self._reshow_errors)

    def _build_content(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.agenda = QPlainTextEdit(page)
        self.agenda.setPlaceholderText(translate("ActivityDialog", "One agenda item per line"))
        self.agenda.setFixedHeight(80)
        self.minutes = QPlainTextEdit(page)
        self.minutes.setPlaceholderText(
            translate("ActivityDialog", "What was said and decided, as written by the recorder")
        )
        self.resolutions = QPlainTextEdit(page)
        self.resolutions.setFixedHeight(70)
        self.votes = VotesTable(page)
        limit_text(self.agenda, "ActivityInput", "agenda")
        limit_text(self.minutes, "ActivityInput", "minutes")
        limit_text(self.resolutions, "ActivityInput", "resolutions")
        form.addRow(translate("ActivityDialog", "Agenda"), self.agenda)
        form.addRow(translate("ActivityDialog", "Minutes"), self.minutes)
        form.addRow(translate("ActivityDialog", "Resolutions"), self.resolutions)
        form.addRow(translate("ActivityDialog", "Votes"), self.votes)
        return page

    def _build_attendance(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.attendance = AttendanceTable(page)
        layout.addWidget(self.attendance, 1)
        form = QFormLayout()
        self.non_members = QSpinBox(page)
        self.non_members.setObjectName("nonMembers")
        self.non_members.setRange(0, 9999)
        self.non_members.setMaximumWidth(120)
        self.non_members.setToolTip(
            translate("ActivityDialog", "People present who are not on the roster.")
        )
        self.non_members_message = error_label(page)
        form.addRow(
            translate("ActivityDialog", "Non-members present"),
            with_error(self.non_members, self.non_members_message),
        )
        layout.addLayout(form)
        return page

    def _connect_signals(self) -> None:
        # Only Ctrl+S and the Save button save: Enter acts in the field it is pressed in (adds
        # the typed name, moves on in a table or form), never on the whole record.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.buttons.accepted.connect(self._on_save_requested)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self._on_save_requested)
        self.fields.date_changed.connect(self._on_fields_date_changed)
        self.fields.kinds.kinds_changed.connect(self._on_fields_kinds_changed)
        self.fields.group_changed.connect(self._refresh_expected)
        self.fields.times_changed.connect(self._on_fields_times_changed)
        self.fields.sequence.valueChanged.connect(self._on_sequence_value_changed)

    # --- loading -------------------------------------------------------------------------------

    def _load(self, uuid: str | None, initial: object | None) -> None:
        s = self.services
        if uuid:
            data = s.get_activity(uuid)
        elif initial is not None:
            data = initial
            data.date = data.date or dt.date.today().isoformat()
        else:
            data = s.ActivityInput(kinds=[], date=dt.date.today().isoformat())
        branch = s.current_branch()
        self.fields.set_groups(branch.groups if branch else [])
        joint = bool(branch and branch.branch_type == "joint")
        self.fields.set_units([(u[0], u[1]) for u in (branch.units if branch else [])], joint)
        self._fill_roster(data.date)
        # The record's own branch's themes (a district ledger holds several branches).
        self.fields.themes.set_choices(s.activity_themes(uuid), data.theme_uuids)
        self.fields.load(data)
        self.agenda.setPlainText(data.agenda)
        self.minutes.setPlainText(data.minutes)
        self.resolutions.setPlainText(data.resolutions)
        self.votes.set_votes(data.votes)
        self.non_members.setValue(data.non_members)
        if uuid or data.attendance:
            everyone = {p.uuid: (p.name, p.category) for p in s.list_people(data.date)}
            self.attendance.set_attendance(data.attendance, everyone)
        else:
            self._refresh_expected(force=True)
        if uuid:
            self.photo_widget.load(self.services.list_attachments(uuid))
        self._on_fields_kinds_changed(data.kinds)
        if not uuid and data.sequence is None:
            self._suggest_sequence()
        self.attendance.set_default_hours(self.fields.default_hours())

    def _fill_roster(self, day: str) -> None:
        roster = self.services.roster_on(day)
        self.fields.set_people([(p.uuid, p.name) for p in roster])
        self.attendance.set_roster([(p.uuid, p.name, p.category) for p in roster])

    def _refresh_expected(self, force: bool = False) -> None:
        if self._loading and not force:
            return
        data = self.collect()
        if not data.kinds or not self.fields.iso_date():
            return
        people = self.services.expected_people(data.date, data.kinds, data.party_group_uuid)
        self.attendance.set_expected([(p.uuid, p.name, p.category) for p in people])

    def _suggest_sequence(self) -> None:
        kinds = self.fields.kinds.kinds()
        if not kinds or self._sequence_touched or not self.fields.iso_date():
            return
        year = int(self.fields.iso_date()[:4])
        self.fields.sequence.blockSignals(True)
        self.fields.sequence.setValue(self.services.next_sequence(kinds[0], year))
        self.fields.sequence.blockSignals(False)

    # --- reading -------------------------------------------------------------------------------

    def _collect(self) -> tuple[object, dict[str, str]]:
        data = self.services.ActivityInput(kinds=[], date="")
        local: dict[str, str] = {}
        self.fields.fill(data, local)
        data.agenda = self.agenda.toPlainText().strip()
        data.minutes = self.minutes.toPlainText().strip()
        data.resolutions = self.resolutions.toPlainText().strip()
        data.votes = self.votes.votes()
        data.attendance = self.attendance.attendance()
        data.non_members = self.non_members.value()
        data.uuid = self._uuid
        return data, local

    def collect(self) -> object:
        """The form as an ActivityInput (what Save would write)."""
        return self._collect()[0]

    def is_dirty(self) -> bool:
        return self.collect() != self._baseline or self.photo_widget.dirty()

    # --- saving --------------------------------------------------------------------------------

    def _on_save_requested(self) -> None:
        # The Save button and Ctrl+S; save() also returns whether it worked, for callers.
        self.save()

    def save(self) -> bool:
        """Validate, save the record and its photos; True when everything is stored."""
        if self.photo_widget.busy():
            self._show_message(translate("ActivityDialog", "Wait until the photos are ready."))
            return False
        if self._uuid and not self.is_dirty():
            self.accept()  # nothing changed: no new revision, no audit entry
            return True
        data, local = self._collect()
        errors = {**self.services.validate_activity(data), **local}
        if errors:
            self._show_errors(errors)
            return False
        self.errors.clear()
        self._mark_tabs(set())
        reason = ""
        while True:
            try:
                uuid = self.services.save_activity(data, reason=reason)
                break
            except ClosedMonthError as exc:
                reason = self._ask_amendment_reason(str(exc))
                if not reason:
                    return False
            except ValidationError as exc:
                self._show_errors(exc.errors)
                return False
            except LedgerError as exc:
                self._report_failure(exc)
                return False
        self._uuid = uuid
        try:
            self.photo_widget.apply(uuid, reason=reason)
        except LedgerError as exc:
            # The record is stored; the photos stay in the tab so Save can store them again.
            self._baseline = self.collect()
            self.record_saved.emit(uuid)
            errors = exc.errors if isinstance(exc, ValidationError) else {"photos": str(exc)}
            self.photo_widget.show_errors(errors)
            self.tabs.setCurrentIndex(PHOTOS_TAB)
            self._show_message(
                translate(
                    "ActivityDialog", "The record is saved, but its photos are not: {problem}"
                ).format(problem=" ".join(errors.values()))
            )
            return False
        self._baseline = self.collect()
        self.record_saved.emit(uuid)
        self.accept()
        return True

    def _current_problems(self) -> dict[str, str]:
        data, local = self._collect()
        return {**self.services.validate_activity(data), **local}

    def _reshow_errors(self, remaining: dict[str, str]) -> None:
        """After an edit: the problems still there stay shown, the fixed ones go."""
        if not remaining:
            self._mark_tabs(set())
            self.photo_widget.show_errors({})
            return
        self._show_errors(remaining, move=False)

    def _show_errors(self, errors: dict[str, str], move: bool = True) -> None:
        focus = self.errors.show(
            errors, translate("ActivityDialog", "The record was not saved. Please correct:")
        )
        tabs = {TAB_OF_PREFIX.get(key.split(".")[0], RECORD_TAB) for key in errors}
        if {"photos", "photo"} & set(errors):
            self.photo_widget.show_errors(
                {k: v for k, v in errors.items() if k in ("photos", "photo")}
            )
            tabs.add(PHOTOS_TAB)
        self._mark_tabs(tabs)
        names = [self.tabs.tabText(i) for i in sorted(tabs)]
        self.summary.setText(
            self.summary.text()
            + "\n"
            + translate("ActivityDialog", "See the marked tabs: {tabs}").format(
                tabs="、".join(names)
            )
        )
        self.summary.show()
        if not move:
            return
        if self.tabs.currentIndex() not in tabs:
            self.tabs.setCurrentIndex(min(tabs))
        if focus is not None and self.tabs.currentIndex() == RECORD_TAB:
            focus.setFocus()

    def _mark_tabs(self, tabs: set[int]) -> None:
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for i in range(self.tabs.count()):
            self.tabs.setTabIcon(i, icon if i in tabs else QIcon())

    def _show_message(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.show()

    def _report_failure(self, exc: LedgerError) -> None:
        """Disk full or another write failure: nothing was saved, the form keeps its contents."""
        self._show_message(str(exc))
        box = QMessageBox(self)
        box.setObjectName("saveFailedBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("ActivityDialog", "Not saved"))
        box.setText(
            translate("ActivityDialog", "The disk is full: nothing was saved.")
            if isinstance(exc, DiskFullError)
            else translate("ActivityDialog", "The record could not be saved.")
        )
        box.setInformativeText(str(exc))
        box.exec()

    def _ask_amendment_reason(self, message: str) -> str:
        dialog = QInputDialog(self)
        dialog.setObjectName("amendmentReasonDialog")
        dialog.setWindowTitle(translate("ActivityDialog", "Amend a closed month"))
        dialog.setLabelText(message)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setOkButtonText(translate("ActivityDialog", "Save as amendment"))
        dialog.setCancelButtonText(translate("ActivityDialog", "Cancel"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return ""
        return dialog.textValue().strip()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Enter that no field used moves to the next field (QDialog would press a default
        button; this dialog has none, so a stray Enter never saves or closes the record)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = QApplication.focusWidget()
            if isinstance(focused, QAbstractButton) and focused.isEnabled():
                focused.click()
            elif focused is not None and self.isAncestorOf(focused) and not _keeps_enter(focused):
                self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Cancel or the window's close button: ask first when something would be lost."""
        if self.is_dirty():
            box = QMessageBox(self)
            box.setObjectName("unsavedChangesBox")
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(translate("ActivityDialog", "Unsaved changes"))
            box.setText(translate("ActivityDialog", "Save the changes to this record?"))
            save = box.addButton(
                translate("ActivityDialog", "Save"), QMessageBox.ButtonRole.AcceptRole
            )
            discard = box.addButton(
                translate("ActivityDialog", "Discard"), QMessageBox.ButtonRole.DestructiveRole
            )
            box.addButton(
                translate("ActivityDialog", "Keep editing"), QMessageBox.ButtonRole.RejectRole
            )
            box.setDefaultButton(save)
            box.exec()
            if box.clickedButton() is save:
                self.save()
                return
            if box.clickedButton() is not discard:
                return
        super().reject()

    # --- reactions -----------------------------------------------------------------------------

    def _on_fields_date_changed(self, day: str) -> None:
        if self._loading:
            return
        self._fill_roster(day)
        self._suggest_sequence()
        self._refresh_expected()

    def _on_fields_kinds_changed(self, kinds: list[str]) -> None:
        volunteer_only = bool(kinds) and all(k in VOLUNTEER_KINDS for k in kinds)
        self.attendance.set_empty_hint(
            translate(
                "ActivityDialog",
                "For volunteer work the list starts empty: add the people who took part.",
            )
            if volunteer_only
            else translate("ActivityDialog", "Choose the kind of activity to list who is expected.")
            if not kinds
            else ""
        )
        if self._loading:
            return
        self._suggest_sequence()
        self._refresh_expected()

    def _on_fields_times_changed(self) -> None:
        self.attendance.set_default_hours(self.fields.default_hours())

    def _on_sequence_value_changed(self, _value: int) -> None:
        if not self._loading:
            self._sequence_touched = True
