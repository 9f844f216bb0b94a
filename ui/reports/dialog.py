"""A small window with one document's preview, Save as… and Print…: the sign-in sheet from a
meeting's context menu, the participation statement from a person's.

    from ui.reports.page import show_signin_sheet, show_participation_statement
    show_signin_sheet(ctx, parent_widget, activity_uuid)
    show_participation_statement(ctx, parent_widget, person_uuid)

Each opens a non-modal dialog, builds the document on the database worker and shows it when done.
For context menus, `signin_action` and `statement_action` make the ready-made QAction (translated
text, disabled without a selection):

    menu.addAction(signin_action(self.ctx, self, lambda: first_selected_uuid))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ui.reports.jobs import PERSON, SIGNIN, ReportRequest, ReportResult, ReportRunner
from ui.reports.period import MONTH, QUARTER, YEAR, PeriodChooser
from ui.reports.texts import document_title
from ui.shell.widgets import SPACING, fit_to_screen, month_text

translate = QCoreApplication.translate


def _window_month(parent: QWidget | None) -> str:
    """The main window's month if the dialog was opened from it, else this month."""
    window = parent.window() if parent is not None else None
    selector = getattr(window, "month_selector", None)
    if selector is not None and hasattr(selector, "month"):
        return selector.month()
    return month_text(dt.date.today())


class ReportDialog(QDialog):
    """One document: a busy bar while it is built, then the preview with its buttons."""

    def __init__(
        self,
        ctx,
        request: ReportRequest,
        parent: QWidget | None = None,
        period: PeriodChooser | None = None,
    ) -> None:
        super().__init__(parent)
        from ui.reports.preview import ReportPreview

        self.ctx = ctx
        self.base_request = request
        self.period = period
        self.runner = ReportRunner(ctx, self)
        self.preview = ReportPreview(self)
        self.setWindowTitle(document_title(request.document))
        fit_to_screen(self, 860, 760)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2 * SPACING, 2 * SPACING, 2 * SPACING, 2 * SPACING)
        layout.setSpacing(SPACING)
        if period is not None:
            row = QHBoxLayout()
            row.addWidget(QLabel(translate("ReportsPage", "Period:"), self))
            row.addWidget(period, 1)
            layout.addLayout(row)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(10)
        layout.addWidget(self.busy_bar)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        layout.addWidget(self.preview, 1)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(translate("ReportsPage", "Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)  # spinning through years builds only the last one
        self._debounce.timeout.connect(self.generate)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        if period is not None:
            period.period_changed.connect(lambda _p: self._debounce.start())

    def request(self) -> ReportRequest:
        if self.period is None:
            return self.base_request
        r = self.base_request
        return ReportRequest(r.document, self.period.period(), r.person_uuid, r.activity_uuid)

    def generate(self) -> None:
        self.busy_bar.show()
        self.error_label.hide()
        self.runner.run(self.request())

    def _on_runner_finished(self, result: ReportResult) -> None:
        self.busy_bar.setVisible(self.runner.is_busy())
        self.preview.show_result(result)

    def _on_runner_failed(self, message: str) -> None:
        self.busy_bar.setVisible(self.runner.is_busy())
        self.error_label.setText(message)
        self.error_label.show()


def _open(dialog: ReportDialog) -> ReportDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.generate()
    return dialog


def show_signin_sheet(ctx, parent: QWidget | None, activity_uuid: str) -> ReportDialog:
    """The sign-in sheet (签到表) of one meeting, previewed in its own window."""
    return _open(ReportDialog(ctx, ReportRequest(SIGNIN, activity_uuid=activity_uuid), parent))


def show_participation_statement(ctx, parent: QWidget | None, person_uuid: str) -> ReportDialog:
    """One person's participation statement; the period (default: the year) can be changed."""
    period = PeriodChooser(None, _window_month(parent))
    period.set_kinds((MONTH, QUARTER, YEAR), YEAR)
    request = ReportRequest(PERSON, person_uuid=person_uuid)
    return _open(ReportDialog(ctx, request, parent, period))


def _action(text: str, current: Callable[[], str | None], show: Callable, ctx, parent) -> QAction:
    action = QAction(text, parent)
    action.setEnabled(bool(current()))

    def on_triggered(_checked: bool = False) -> None:
        uuid = current()
        if uuid:
            show(ctx, parent, uuid)

    action.triggered.connect(on_triggered)
    return action


def signin_action(ctx, parent: QWidget, current: Callable[[], str | None]) -> QAction:
    """“Sign-in sheet…” for a context menu; `current()` gives the chosen activity's uuid."""
    text = translate("ReportsPage", "Print sign-in sheet…")
    return _action(text, current, show_signin_sheet, ctx, parent)


def statement_action(ctx, parent: QWidget, current: Callable[[], str | None]) -> QAction:
    """“Participation statement…” for a context menu; `current()` gives the person's uuid."""
    text = translate("ReportsPage", "Participation statement…")
    return _action(text, current, show_participation_statement, ctx, parent)
