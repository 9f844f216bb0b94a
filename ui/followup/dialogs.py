"""The follow-up's editing dialogs: a plan entry (once or recurring), a planned item, a 评议 result,
a 整改 item, a talk, and the list of 整改 categories. Each validates through its service and shows
every problem at its field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.errors import LedgerError, ValidationError
from models.vocabulary import (
    KIND_CODES,
    MEMBER_CATEGORIES,
    PLAN_RECURRENCES,
    RECTIFICATION_SOURCES,
    REVIEW_GRADES,
    TALK_KINDS,
    grade_label,
    kind_label,
    rectification_status_label,
    recurrence_label,
    source_label,
    talk_kind_label,
)
from ui.records.editor_form import FieldErrors, PersonCombo, error_label, with_error
from ui.records.photos import PhotoWidget
from ui.shell.limits import limit_text
from ui.shell.widgets import DateField, fit_to_screen

translate = QCoreApplication.translate


class FormDialog(QDialog):
    """A form of labelled fields with their messages, Save and Cancel; subclasses build the
    fields, `collect()` the input and `store(data)` it through a service."""

    FORM = ""  # its input, for the text limits (ui/shell/limits.py)

    record_saved = Signal(str)

    def __init__(
        self, ctx, title: str, parent: QWidget | None = None, branch: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services = ctx.services
        self.branch = branch  # the branch the page shows (None: the ledger's, find_branch)
        self._people: dict[str, PersonCombo] = {}
        self.setWindowTitle(title)
        fit_to_screen(self, 520, 420)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.summary = error_label(self)
        self.summary.setObjectName("formSummary")
        layout.addWidget(self.summary)
        self.errors = FieldErrors(self.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("FollowupDialog", "Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("FollowupDialog", "Cancel")
        )
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_save_requested)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self._on_save_requested)

    # -- fields ------------------------------------------------------------------------------
    def row(self, key: str, label: str, widget: QWidget) -> QWidget:
        widget.setObjectName(key)
        message = error_label(self)
        self.errors.add(key, widget, message)
        self.form.addRow(label, with_error(widget, message))
        return widget

    def line(self, key: str, label: str, text: str = "") -> QLineEdit:
        edit = QLineEdit(text, self)
        limit_text(edit, self.FORM, key)
        self.row(key, label, edit)
        return edit

    def date(self, key: str, label: str, text: str | None = "") -> DateField:
        edit = DateField(self)  # the app's one date field: typed dates and the calendar
        edit.set_date(text or None)
        self.row(key, label, edit)
        return edit

    def text(self, key: str, label: str, text: str = "", height: int = 70) -> QPlainTextEdit:
        edit = QPlainTextEdit(text, self)
        edit.setFixedHeight(height)
        limit_text(edit, self.FORM, key)
        self.row(key, label, edit)
        return edit

    def combo(
        self, key: str, label: str, items: list[tuple[str, object]], current: object = None
    ) -> QComboBox:
        box = QComboBox(self)
        for text, data in items:
            box.addItem(text, data)
        box.setCurrentIndex(max(box.findData(current), 0) if current is not None else 0)
        self.row(key, label, box)
        return box

    def person(self, key: str, label: str, current: str | None, members_only=False) -> PersonCombo:
        box = PersonCombo(self)
        people = self.services.list_people(include_off_roster=False, branch=self.branch)
        if members_only:
            people = [p for p in people if p.category in MEMBER_CATEGORIES]
        box.set_people([(p.uuid, p.name) for p in people], keep=current)
        if current and box.person_uuid() != current:  # someone no longer on the roster
            gone = next(
                (p for p in self.services.list_people(branch=self.branch) if p.uuid == current),
                None,
            )
            if gone is not None:
                box.addItem(gone.name, gone.uuid)
                box.set_person(current)
        self.row(key, label, box)
        self._people[key] = box
        return box

    @staticmethod
    def date_text(edit: DateField) -> str | None:
        return edit.iso()

    # -- saving ------------------------------------------------------------------------------
    def collect(self) -> object:
        raise NotImplementedError

    def store(self, data: object) -> str:
        raise NotImplementedError

    def _on_save_requested(self) -> None:
        self.save()

    def save(self) -> bool:
        # A typed name is a person or the form is not saved (never a blank in its place).
        typed = {
            key: problem
            for key, box in self._people.items()
            if (problem := box.problem(translate("FollowupDialog", "today")))
        }
        if typed:
            self.errors.show(
                typed, translate("FollowupDialog", "Not saved. Please correct the marked fields.")
            )
            return False
        try:
            uuid = self.store(self.collect())
        except ValidationError as exc:
            self.errors.show(
                exc.errors,
                translate("FollowupDialog", "Not saved. Please correct the marked fields."),
            )
            return False
        except LedgerError as exc:
            self.errors.show({}, str(exc))
            return False
        self.record_saved.emit(uuid or "")
        self.accept()
        return True


def offer_themes(edit: QLineEdit, services) -> None:
    """Offer the branch's themes (专题, Settings) as the plan's theme is typed; the plan keeps
    the text, so any other words may still be written."""
    try:
        names = [r.name for r in services.list_themes(include_retired=False)]
    except LedgerError:
        return
    completer = QCompleter(names, edit)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    edit.setCompleter(completer)
    if names and not edit.text():
        edit.setPlaceholderText("、".join(names[:3]) + "…")


def kind_items() -> list[tuple[str, object]]:
    return [(kind_label(k), k) for k in KIND_CODES]


class PlanEntryDialog(FormDialog):
    """Add to the plan: once on a date, or every month / quarter of a year (expanded)."""

    FORM = "PlanEntryInput"

    def __init__(
        self, ctx, year: int, parent: QWidget | None = None, branch: str | None = None
    ) -> None:
        super().__init__(ctx, translate("FollowupDialog", "Add to the plan"), parent, branch)
        self.setObjectName("planEntryDialog")
        self.kind = self.combo("kind", translate("FollowupDialog", "Kind"), kind_items())
        self.topic = self.line("topic", translate("FollowupDialog", "Topic"))
        self.theme = self.line("theme", translate("FollowupDialog", "Theme"))
        offer_themes(self.theme, self.services)
        self.responsible = self.person(
            "responsible", translate("FollowupDialog", "Responsible"), None
        )
        self.recurrence = self.combo(
            "recurrence",
            translate("FollowupDialog", "Recurs"),
            [(recurrence_label(r), r) for r in PLAN_RECURRENCES],
        )
        self.day = self.date("date", translate("FollowupDialog", "Date"))
        self.year = QSpinBox(self)
        self.year.setRange(1900, 2999)
        self.year.setValue(year)
        self.row("year", translate("FollowupDialog", "Year"), self.year)
        ordinals = [
            translate("FollowupDialog", "First"),
            translate("FollowupDialog", "Second"),
            translate("FollowupDialog", "Third"),
            translate("FollowupDialog", "Fourth"),
            translate("FollowupDialog", "Last"),
        ]
        self.week = self.combo(
            "week",
            translate("FollowupDialog", "Week of the month"),
            [(t, i + 1) for i, t in enumerate(ordinals)],
        )
        days = [
            translate("FollowupDialog", "Monday"),
            translate("FollowupDialog", "Tuesday"),
            translate("FollowupDialog", "Wednesday"),
            translate("FollowupDialog", "Thursday"),
            translate("FollowupDialog", "Friday"),
            translate("FollowupDialog", "Saturday"),
            translate("FollowupDialog", "Sunday"),
        ]
        self.weekday = self.combo(
            "weekday",
            translate("FollowupDialog", "Day of the week"),
            [(t, i + 1) for i, t in enumerate(days)],
            5,
        )
        self.month_in_quarter = self.combo(
            "month_in_quarter",
            translate("FollowupDialog", "Month of the quarter"),
            [(str(i), i) for i in (1, 2, 3)],
        )
        self.note = self.text("note", translate("FollowupDialog", "Note"), height=50)
        self.recurrence.currentIndexChanged.connect(self._on_recurrence_changed)
        self._on_recurrence_changed()

    def _show(self, widget: QWidget, visible: bool) -> None:
        box = widget.parentWidget()
        box.setVisible(visible)
        label = self.form.labelForField(box)
        if label is not None:
            label.setVisible(visible)

    def _on_recurrence_changed(self, _index: int = 0) -> None:
        recurrence = self.recurrence.currentData()
        self._show(self.day, recurrence == "once")
        for widget in (self.year, self.week, self.weekday):
            self._show(widget, recurrence != "once")
        self._show(self.month_in_quarter, recurrence == "quarterly")

    def collect(self) -> object:
        return self.services.PlanEntryInput(
            kind=self.kind.currentData(),
            topic=self.topic.text().strip(),
            theme=self.theme.text().strip(),
            responsible_uuid=self.responsible.person_uuid(),
            recurrence=self.recurrence.currentData(),
            date=self.date_text(self.day),
            year=self.year.value(),
            week=self.week.currentData(),
            weekday=self.weekday.currentData(),
            month_in_quarter=self.month_in_quarter.currentData(),
            note=self.note.toPlainText().strip(),
            branch_uuid=self.branch,
        )

    def store(self, data: object) -> str:
        uuids = self.services.add_plan_entry(data)
        return uuids[0] if uuids else ""


class PlanItemDialog(FormDialog):
    """Edit one dated item of the plan."""

    FORM = "PlanItemInput"

    def __init__(self, ctx, row, parent: QWidget | None = None, branch: str | None = None) -> None:
        super().__init__(ctx, translate("FollowupDialog", "Planned item"), parent, branch)
        self.setObjectName("planItemDialog")
        self._uuid = row.uuid
        self.day = self.date("planned_on", translate("FollowupDialog", "Date"), row.planned_on)
        self.kind = self.combo("kind", translate("FollowupDialog", "Kind"), kind_items(), row.kind)
        self.topic = self.line("topic", translate("FollowupDialog", "Topic"), row.topic)
        self.theme = self.line("theme", translate("FollowupDialog", "Theme"), row.theme)
        offer_themes(self.theme, self.services)
        self.responsible = self.person(
            "responsible", translate("FollowupDialog", "Responsible"), row.responsible_uuid
        )
        self.note = self.text("note", translate("FollowupDialog", "Note"), row.note, 50)

    def collect(self) -> object:
        return self.services.PlanItemInput(
            planned_on=self.date_text(self.day) or "",
            kind=self.kind.currentData(),
            topic=self.topic.text().strip(),
            theme=self.theme.text().strip(),
            responsible_uuid=self.responsible.person_uuid(),
            note=self.note.toPlainText().strip(),
            uuid=self._uuid,
            branch_uuid=self.branch,
        )

    def store(self, data: object) -> str:
        return self.services.save_plan_item(data)


class ReviewDialog(FormDialog):
    """One member's 民主评议 result for a year."""

    FORM = "ReviewInput"

    def __init__(
        self, ctx, year: int, row=None, parent: QWidget | None = None, branch: str | None = None
    ) -> None:
        super().__init__(ctx, translate("FollowupDialog", "Appraisal result"), parent, branch)
        self.setObjectName("reviewDialog")
        self._uuid = row.uuid if row else None
        self._year = row.year if row else year
        self.year_label = QLabel(str(self._year), self)
        self.form.addRow(translate("FollowupDialog", "Year"), self.year_label)
        self.member = self.person(
            "person",
            translate("FollowupDialog", "Member"),
            row.person_uuid if row else None,
            members_only=True,
        )
        self.grade = self.combo(
            "grade",
            translate("FollowupDialog", "Grade decided by the branch"),
            [(grade_label(g), g) for g in REVIEW_GRADES],
            row.grade if row else "qualified",
        )
        self.decided_on = self.date(
            "decided_on",
            translate("FollowupDialog", "Branch meeting on"),
            row.decided_on if row else "",
        )
        self.self_assessment = self.text(
            "self_assessment",
            translate("FollowupDialog", "Self-assessment"),
            row.self_assessment if row else "",
        )
        self.peer_summary = self.text(
            "peer_summary",
            translate("FollowupDialog", "Peer assessment (summary)"),
            row.peer_summary if row else "",
        )

    def collect(self) -> object:
        return self.services.ReviewInput(
            person_uuid=self.member.person_uuid() or "",
            year=self._year,
            grade=self.grade.currentData(),
            self_assessment=self.self_assessment.toPlainText().strip(),
            peer_summary=self.peer_summary.toPlainText().strip(),
            decided_on=self.date_text(self.decided_on),
            uuid=self._uuid,
            branch_uuid=self.branch,
        )

    def store(self, data: object) -> str:
        return self.services.save_review(data)


class RectificationDialog(FormDialog):
    """One item of the 问题整改台账."""

    FORM = "RectificationInput"

    def __init__(
        self, ctx, row=None, parent: QWidget | None = None, branch: str | None = None
    ) -> None:
        super().__init__(ctx, translate("FollowupDialog", "Rectification item"), parent, branch)
        self.setObjectName("rectificationDialog")
        self.resize(560, 640)
        self._uuid = row.uuid if row else None
        self.description = self.text(
            "description", translate("FollowupDialog", "Problem"), row.description if row else ""
        )
        self.found_on = self.date(
            "found_on", translate("FollowupDialog", "Found on"), row.found_on if row else ""
        )
        self.source = self.combo(
            "source",
            translate("FollowupDialog", "Found at"),
            [(source_label(s), s) for s in RECTIFICATION_SOURCES],
            row.source if row else None,
        )
        categories = list(self.services.rectification_categories())
        if row and row.category and row.category not in categories:
            categories.append(row.category)
        self.category = self.combo(
            "category",
            translate("FollowupDialog", "Category"),
            [("—", "")] + [(c, c) for c in categories],
            row.category if row else None,
        )
        self.owner = self.person(
            "owner", translate("FollowupDialog", "Owner"), row.owner_uuid if row else None
        )
        self.measures = self.text(
            "measures", translate("FollowupDialog", "Measures"), row.measures if row else ""
        )
        self.deadline = self.date(
            "deadline", translate("FollowupDialog", "Deadline"), row.deadline if row else ""
        )
        status = "done" if row and row.status == "done" else "in_progress"
        self.status = self.combo(
            "status",
            translate("FollowupDialog", "State"),
            [(rectification_status_label(s), s) for s in ("in_progress", "done")],
            status,
        )
        self.completed_on = self.date(
            "completed_on",
            translate("FollowupDialog", "Completed on"),
            row.completed_on if row else "",
        )
        self.evidence = self.text(
            "evidence",
            translate("FollowupDialog", "Evidence of completion"),
            row.evidence if row else "",
            50,
        )
        self.photos = EvidencePhotos(self.services, self)
        self.photos.list.setFixedHeight(120)
        self.photos.hint.setText(
            translate(
                "FollowupDialog",
                "Photos as evidence of completion: drag them here or press “Add photos…” "
                "(a completed item; at most {cap}).",
            ).format(cap=self.services.MAX_PER_ACTIVITY)
        )
        self.row("photos", translate("FollowupDialog", "Photos"), self.photos)
        if self._uuid:
            self.photos.load(self.services.list_evidence_photos(self._uuid))
        self.status.currentIndexChanged.connect(self._on_status_changed)
        self._on_status_changed()

    def _on_status_changed(self, _index: int = 0) -> None:
        """Photos are evidence of completion: added to a completed item only."""
        done = self.status.currentData() == "done"
        cap = self.services.MAX_PER_ACTIVITY
        self.photos.add_button.setEnabled(done and self.photos.count() < cap)
        self.photos.list.setAcceptDrops(done)
        self.photos.list.viewport().setAcceptDrops(done)

    def collect(self) -> object:
        return self.services.RectificationInput(
            description=self.description.toPlainText().strip(),
            found_on=self.date_text(self.found_on) or "",
            source=self.source.currentData(),
            category=self.category.currentData() or "",
            owner_uuid=self.owner.person_uuid(),
            measures=self.measures.toPlainText().strip(),
            deadline=self.date_text(self.deadline),
            status=self.status.currentData(),
            completed_on=self.date_text(self.completed_on),
            evidence=self.evidence.toPlainText().strip(),
            uuid=self._uuid,
            branch_uuid=self.branch,
        )

    def store(self, data: object) -> str:
        if self.photos.busy():
            raise ValidationError(
                {"photos": translate("FollowupDialog", "Wait until the photos are ready.")}
            )
        uuid = self.services.save_rectification(data)
        self._uuid = uuid  # saved: Save again (after a photo problem) updates it
        if self.photos.dirty():
            self.photos.apply(uuid)
        return uuid


class EvidencePhotos(PhotoWidget):
    """The photos of a 整改 item, edited as an activity's are; `apply(item_uuid)` stores them."""

    def apply(self, activity_uuid: str, who: str = "", reason: str = "") -> None:
        item_uuid = activity_uuid  # the base class's name for the record the photos belong to
        new = [p for p in self._photos if p.uuid is None and p.prepared is not None]
        uuids = self.services.apply_evidence_changes(
            item_uuid,
            add=[(p.prepared, p.caption) for p in new],
            remove=list(self._removed),
            captions={
                p.uuid: p.caption for p in self._photos if p.uuid and p.caption != p.saved_caption
            },
            who=who,
        )
        for photo, uuid in zip(new, uuids, strict=True):
            photo.uuid, photo.prepared = uuid, None
        for photo in self._photos:
            photo.saved_caption = photo.caption
        self._removed = []


class TalkDialog(FormDialog):
    """One 谈心谈话: when, who, with whom (on the roster, or a name), the key points."""

    FORM = "TalkInput"

    def __init__(
        self, ctx, row=None, parent: QWidget | None = None, branch: str | None = None
    ) -> None:
        super().__init__(ctx, translate("FollowupDialog", "Heart-to-heart talk"), parent, branch)
        self.setObjectName("talkDialog")
        self._uuid = row.uuid if row else None
        self.day = self.date("date", translate("FollowupDialog", "Date"), row.date if row else "")
        self.kind = self.combo(
            "kind",
            translate("FollowupDialog", "Kind"),
            [(talk_kind_label(k), k) for k in TALK_KINDS],
            row.kind if row else None,
        )
        self.who = self.person(
            "person", translate("FollowupDialog", "Talked"), row.person_uuid if row else None
        )
        self.other = self.person(
            "other", translate("FollowupDialog", "With"), row.other_uuid if row else None
        )
        self.other_name = self.line(
            "other_name",
            translate("FollowupDialog", "Or, not on the roster"),
            row.other if row and not row.other_uuid else "",
        )
        self.other_name.setPlaceholderText(translate("FollowupDialog", "e.g. an applicant"))
        self.points = self.text(
            "points", translate("FollowupDialog", "Key points"), row.points if row else "", 110
        )

    def collect(self) -> object:
        other = self.other.person_uuid()
        return self.services.TalkInput(
            date=self.date_text(self.day) or "",
            person_uuid=self.who.person_uuid() or "",
            kind=self.kind.currentData(),
            other_uuid=other,
            other_name="" if other else self.other_name.text().strip(),
            points=self.points.toPlainText().strip(),
            uuid=self._uuid,
            branch_uuid=self.branch,
        )

    def store(self, data: object) -> str:
        return self.services.save_talk(data)


class CategoriesDialog(FormDialog):
    """The list of 整改 categories, one per line (add a line, delete one to retire it), how many
    items use each, and a rename that carries the new name to the items that use the old one.
    A retired category stays on its items (they store it as text) and is offered when they are
    edited: nothing in use is lost."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, translate("FollowupDialog", "Rectification categories"), parent)
        self.setObjectName("categoriesDialog")
        self.renamed = False  # a rename is stored at once, even if the dialog is cancelled
        self.lines = self.text(
            "categories",
            translate("FollowupDialog", "One per line"),
            "\n".join(self.services.rectification_categories()),
            200,
        )
        self.usage = QLabel(self)
        self.usage.setObjectName("categoryUsage")
        self.usage.setWordWrap(True)
        self.form.addRow(translate("FollowupDialog", "In use"), self.usage)
        self.rename_from = self.combo("rename_from", translate("FollowupDialog", "Rename"), [])
        self.rename_to = self.line("new", translate("FollowupDialog", "to"))
        self.rename_button = QPushButton(translate("FollowupDialog", "Rename"), self)
        self.rename_button.setObjectName("renameCategory")
        self.rename_button.clicked.connect(lambda _checked=False: self.rename())
        self.form.addRow("", self.rename_button)
        self.lines.textChanged.connect(self._show_usage)
        self._fill_renames()
        self._show_usage()

    def _fill_renames(self) -> None:
        names = list(self.services.rectification_categories())
        names += [n for n in self.services.category_usage() if n not in names]
        self.rename_from.clear()
        for name in names:
            self.rename_from.addItem(name, name)

    def _show_usage(self) -> None:
        listed = {" ".join(line.split()) for line in self.lines.toPlainText().splitlines()}
        parts = []
        for name, count in self.services.category_usage().items():
            if name in listed:
                parts.append(translate("FollowupDialog", "{name}: {n}").format(name=name, n=count))
            else:
                parts.append(
                    translate(
                        "FollowupDialog", "{name}: {n} (not in the list; kept on its items)"
                    ).format(name=name, n=count)
                )
        self.usage.setText(
            "\n".join(parts) or translate("FollowupDialog", "No item has a category yet.")
        )

    def rename(self) -> bool:
        """Rename the chosen category in the list and on its items (stored at once)."""
        old = self.rename_from.currentData() or ""
        try:
            self.services.rename_rectification_category(old, self.rename_to.text())
        except ValidationError as exc:
            self.errors.show(exc.errors, translate("FollowupDialog", "Not renamed."))
            return False
        except LedgerError as exc:
            self.errors.show({}, str(exc))
            return False
        self.errors.clear()
        self.lines.setPlainText("\n".join(self.services.rectification_categories()))
        self.rename_to.clear()
        self._fill_renames()
        self._show_usage()
        self.renamed = True
        return True

    def collect(self) -> object:
        return self.lines.toPlainText().splitlines()

    def store(self, data: object) -> str:
        self.services.set_rectification_categories(data)
        return ""


DialogFactory = Callable[..., FormDialog]
