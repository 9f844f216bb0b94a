"""The Reports page: choose a document and its period, build it in the background, preview it,
save it, print it; after the monthly summary is saved or printed, offer to close the month.

Nothing here imports reportlab or openpyxl: the documents are built by ui.reports.jobs on the
database worker, which imports exports.* when the first document is asked for. The preview
(Qt's PDF viewer) is created on the first result too. The meeting's and the person's context
menus reach the sign-in sheet and the participation statement through ui.reports.dialog
(re-exported here as `show_signin_sheet` and `show_participation_statement`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.reports.close import CloseMonthBanner
from ui.reports.dialog import (
    show_participation_statement,
    show_signin_sheet,
    signin_action,
    statement_action,
)
from ui.reports.jobs import (
    ANNUAL,
    DOCUMENTS,
    MONTHLY,
    PERSON,
    SIGNIN,
    WORKBOOK,
    ReportRequest,
    ReportResult,
    ReportRunner,
    activity_choices,
    people_choices,
)
from ui.reports.period import MONTH, QUARTER, YEAR, PeriodChooser
from ui.reports.texts import document_hints, document_names
from ui.shell.widgets import SPACING, EmptyState
from ui.shell.worker import run_now

__all__ = [
    "ReportsPage",
    "show_participation_statement",
    "show_signin_sheet",
    "signin_action",
    "statement_action",
]

translate = QCoreApplication.translate

PANEL_WIDTH = 340

# Which periods each document can cover, and the one it starts with.
PERIOD_KINDS = {
    MONTHLY: ((MONTH,), MONTH),
    ANNUAL: ((YEAR,), YEAR),
    PERSON: ((MONTH, QUARTER, YEAR), YEAR),
    SIGNIN: ((MONTH,), MONTH),
    WORKBOOK: ((MONTH, QUARTER, YEAR), MONTH),
}


class ReportsPage(QWidget):
    """报表: documents for printing and filing."""

    month_closed = Signal(str)  # 'YYYY-MM' was closed from this page

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview = None  # ui.reports.preview.ReportPreview, made with the first document
        self.result: ReportResult | None = None
        self.runner = ReportRunner(ctx, self)
        self._people_stale = True  # the person picker is filled when first needed
        self._build_ui()
        self._connect_signals()
        self.retranslate()
        self._on_document_changed()

    # -- layout --------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        root = QHBoxLayout(self)
        root.setContentsMargins(2 * SPACING, 2 * SPACING, 2 * SPACING, SPACING)
        root.setSpacing(2 * SPACING)

        panel = QWidget(self)
        panel.setFixedWidth(PANEL_WIDTH)
        side = QVBoxLayout(panel)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(SPACING)
        self.heading = QLabel(panel)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        side.addWidget(self.heading)

        form = QFormLayout()
        form.setSpacing(SPACING)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        self.document_combo = QComboBox(panel)
        for code in DOCUMENTS:
            self.document_combo.addItem("", code)
        self.period = PeriodChooser(panel)
        self.person_combo = QComboBox(panel)
        self.activity_combo = QComboBox(panel)
        self.activity_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.activity_combo.setMinimumContentsLength(16)
        self.minutes_check = QCheckBox(panel)
        self.photos_check = QCheckBox(panel)
        options = QWidget(panel)
        options_layout = QVBoxLayout(options)
        options_layout.setContentsMargins(0, 0, 0, 0)
        options_layout.addWidget(self.minutes_check)
        options_layout.addWidget(self.photos_check)
        self.labels = {key: QLabel(panel) for key in ("doc", "period", "person", "act", "opts")}
        form.addRow(self.labels["doc"], self.document_combo)
        form.addRow(self.labels["period"], self.period)
        form.addRow(self.labels["person"], self.person_combo)
        form.addRow(self.labels["act"], self.activity_combo)
        form.addRow(self.labels["opts"], options)
        side.addLayout(form)

        self.hint_label = QLabel(panel)
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #5f6368;")
        side.addWidget(self.hint_label)

        self.generate_button = QPushButton(panel)
        self.generate_button.setObjectName("generateButton")
        self.generate_button.setDefault(True)
        self.generate_button.setMinimumHeight(32)
        self.generate_button.setShortcut(QKeySequence("Ctrl+Return"))
        side.addWidget(self.generate_button)
        self.busy_bar = QProgressBar(panel)
        self.busy_bar.setRange(0, 0)  # a busy bar: building a document reports no fraction
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(10)
        self.busy_bar.hide()
        side.addWidget(self.busy_bar)
        self.error_label = QLabel(panel)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        side.addWidget(self.error_label)
        self.close_banner = CloseMonthBanner(self.ctx, panel)
        side.addWidget(self.close_banner)
        side.addStretch(1)
        root.addWidget(panel)

        self.stack = QStackedWidget(self)
        self.empty_state = EmptyState("", self)
        self.stack.addWidget(self.empty_state)
        root.addWidget(self.stack, 1)

    def _connect_signals(self) -> None:
        self.document_combo.currentIndexChanged.connect(self._on_document_changed)
        self.period.period_changed.connect(self._on_period_changed)
        self.generate_button.clicked.connect(self.generate)
        self.runner.started.connect(lambda: self._set_busy(True))
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.close_banner.month_closed.connect(self.month_closed)
        self.close_banner.failed.connect(self.show_error)

    def retranslate(self) -> None:
        self.heading.setText(translate("ReportsPage", "Reports"))
        names = document_names()
        for i in range(self.document_combo.count()):
            self.document_combo.setItemText(i, names[self.document_combo.itemData(i)])
        texts = {
            "doc": translate("ReportsPage", "Document:"),
            "period": translate("ReportsPage", "Period:"),
            "person": translate("ReportsPage", "Person:"),
            "act": translate("ReportsPage", "Meeting:"),
            "opts": translate("ReportsPage", "Include:"),
        }
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.minutes_check.setText(translate("ReportsPage", "The full minutes"))
        self.photos_check.setText(translate("ReportsPage", "Photos (thumbnails with captions)"))
        self.generate_button.setText(translate("ReportsPage", "Generate"))
        self.generate_button.setToolTip(
            translate("ReportsPage", "Build the document and show it here (Ctrl+Enter)")
        )
        self.hint_label.setText(document_hints()[self.document()])
        self.empty_state.setText(
            translate(
                "ReportsPage",
                "Choose a document and its period on the left, then press Generate. "
                "The document is shown here to check before you save or print it.",
            )
        )
        self.period.retranslate()
        if self.preview is not None:
            self.preview.retranslate()
        self.close_banner.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what the main window calls ------------------------------------------------------------
    def set_month(self, month: str) -> None:
        """The main window's month selector: the period follows it."""
        self.period.set_month(month)

    def refresh(self) -> None:
        """Re-read the people or meetings the current document picks from.

        Only the list in use is read (the other is marked stale), so a start-up with the
        monthly summary chosen costs the database worker nothing.
        """
        self._people_stale = True
        doc = self.document()
        if doc == PERSON:
            self._load_people()
        elif doc == SIGNIN:
            self._load_activities()

    # -- state ---------------------------------------------------------------------------------
    def document(self) -> str:
        return self.document_combo.currentData()

    def set_document(self, document: str) -> None:
        self.document_combo.setCurrentIndex(self.document_combo.findData(document))

    def request(self) -> ReportRequest:
        doc = self.document()
        return ReportRequest(
            document=doc,
            period=self.period.period(),
            person_uuid=self.person_combo.currentData() if doc == PERSON else None,
            activity_uuid=self.activity_combo.currentData() if doc == SIGNIN else None,
            minutes=doc == MONTHLY and self.minutes_check.isChecked(),
            photos=doc == MONTHLY and self.photos_check.isChecked(),
        )

    def _set_row_visible(self, field: QWidget, visible: bool) -> None:
        self.form.setRowVisible(field, visible)

    def _on_document_changed(self, *_args: object) -> None:
        doc = self.document()
        kinds, default = PERIOD_KINDS[doc]
        self.period.set_kinds(kinds, default)
        self._set_row_visible(self.person_combo, doc == PERSON)
        self._set_row_visible(self.activity_combo, doc == SIGNIN)
        self._set_row_visible(self.minutes_check.parentWidget(), doc == MONTHLY)
        self.hint_label.setText(document_hints()[doc])
        self.error_label.hide()
        if doc == SIGNIN:
            self._load_activities()
        elif doc == PERSON and self._people_stale:
            self._load_people()
        self._update_generate()

    def _on_period_changed(self, _period: str) -> None:
        if self.document() == SIGNIN:
            self._load_activities()

    def _update_generate(self) -> None:
        doc = self.document()
        ready = not self.runner.is_busy()
        if doc == PERSON:
            ready = ready and self.person_combo.currentData() is not None
        if doc == SIGNIN:
            ready = ready and self.activity_combo.currentData() is not None
        self.generate_button.setEnabled(ready)

    # -- pickers -------------------------------------------------------------------------------
    def _load_people(self) -> None:
        self._people_stale = False
        run_now(
            self.ctx.worker,
            people_choices,
            self.ctx.services,
            dt.date.today().isoformat(),
            on_done=self._on_people_loaded,
            on_error=self.show_error,
        )

    def _on_people_loaded(self, choices: list[tuple[str, str]]) -> None:
        self._fill(self.person_combo, choices, translate("ReportsPage", "Nobody on the roster yet"))

    def _load_activities(self) -> None:
        if self.period.kind() != MONTH:
            return
        first, last = self.period.days()
        run_now(
            self.ctx.worker,
            activity_choices,
            self.ctx.services,
            first,
            last,
            on_done=lambda choices, month=first[:7]: self._on_activities_loaded(month, choices),
            on_error=self.show_error,
        )

    def _on_activities_loaded(self, month: str, choices: list[tuple[str, str]]) -> None:
        if month != self.period.month():  # the month changed again while this was read
            return
        self._fill(
            self.activity_combo, choices, translate("ReportsPage", "No meetings in this month")
        )
        # Preselect the next meeting from today, the usual reason for a sign-in sheet.
        today = dt.date.today().isoformat()
        for i in range(self.activity_combo.count()):
            if self.activity_combo.itemText(i)[:10] >= today:
                self.activity_combo.setCurrentIndex(i)
                break

    def _fill(self, combo: QComboBox, choices: list[tuple[str, str]], empty_text: str) -> None:
        keep = combo.currentData()
        combo.clear()
        for uuid, text in choices:
            combo.addItem(text, uuid)
        if not choices:
            combo.addItem(empty_text, None)
        index = combo.findData(keep) if keep else -1
        combo.setCurrentIndex(max(index, 0))
        self._update_generate()

    def select_person(self, person_uuid: str) -> bool:
        index = self.person_combo.findData(person_uuid)
        if index >= 0:
            self.person_combo.setCurrentIndex(index)
        return index >= 0

    def select_activity(self, activity_uuid: str) -> bool:
        index = self.activity_combo.findData(activity_uuid)
        if index >= 0:
            self.activity_combo.setCurrentIndex(index)
        return index >= 0

    # -- generating ----------------------------------------------------------------------------
    def generate(self) -> None:
        """Build the chosen document on the worker; the preview shows it when done."""
        request = self.request()
        if request.document == PERSON and not request.person_uuid:
            self.show_error(translate("ReportsPage", "Choose a person first."))
            return
        if request.document == SIGNIN and not request.activity_uuid:
            self.show_error(translate("ReportsPage", "Choose a meeting first."))
            return
        self.error_label.hide()
        self.close_banner.hide()
        self.runner.run(request)

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.generate_button.setText(
            translate("ReportsPage", "Generating…")
            if busy
            else translate("ReportsPage", "Generate")
        )
        self._update_generate()

    def _on_runner_finished(self, result: ReportResult) -> None:
        self._set_busy(self.runner.is_busy())
        if self.preview is None:
            from ui.reports.preview import ReportPreview

            self.preview = ReportPreview(self)
            self.preview.saved.connect(self._on_preview_done)
            self.preview.printed.connect(self._on_preview_done)
            self.stack.addWidget(self.preview)
        self.result = result
        self.preview.show_result(result)
        self.stack.setCurrentWidget(self.preview)

    def _on_runner_failed(self, message: str) -> None:
        self._set_busy(self.runner.is_busy())
        self.show_error(message)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    # -- closing the month ---------------------------------------------------------------------
    def _on_preview_done(self, *_args: object) -> None:
        """After the monthly summary is saved or printed: offer to close its month."""
        if self.result is not None and self.result.request.document == MONTHLY:
            from ui.overview.checklist import mark_done

            mark_done(self.ctx, "print")  # ticks "print the month" on the first-run checklist
            self.close_banner.offer(self.result.request.period)
