"""The offer to close a month, shown after its monthly summary is saved or printed.

Closing (models.services.close_month) marks the printed report as final: the month's records can
still be corrected, but each change then asks for a reason and is kept as an amendment.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models.errors import LedgerError
from ui.shell.widgets import SPACING

translate = QCoreApplication.translate


class CloseMonthBanner(QFrame):
    """“Is this the final report for 2026-10? …” [Close this month] [Not now]."""

    month_closed = Signal(str)  # 'YYYY-MM'
    failed = Signal(str)  # a plain message

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month = ""  # the month offered
        self.done = False  # that month has been closed from here
        self.setObjectName("closeMonthBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#closeMonthBanner { background: palette(alternate-base); border-radius: 4px; }"
        )
        box = QVBoxLayout(self)
        box.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        box.addWidget(self.label)
        row = QHBoxLayout()
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeMonthButton")
        self.not_now_button = QPushButton(self)
        self.not_now_button.setFlat(True)
        row.addWidget(self.close_button)
        row.addWidget(self.not_now_button)
        row.addStretch(1)
        box.addLayout(row)
        self.close_button.clicked.connect(self.close_month)
        self.not_now_button.clicked.connect(self.hide)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.close_button.setText(translate("ReportsPage", "Archive this month"))
        self.close_button.setToolTip(
            translate(
                "ReportsPage",
                "Archiving keeps the month as printed: its records can still be corrected, "
                "but each change asks for a reason and is kept as an amendment.",
            )
        )
        self.not_now_button.setText(translate("ReportsPage", "Not now"))
        if not self.month:
            return
        if not self.done:
            text = translate(
                "ReportsPage",
                "Is this the final report for {month}? Archive the month to keep it as printed: "
                "its records can still be corrected, but each change will ask for a reason "
                "and be kept as an amendment.",
            )
        else:
            text = translate(
                "ReportsPage",
                "{month} is archived. Later changes to its records will ask for a reason.",
            )
        self.label.setText(text.format(month=self.month))

    def offer(self, month: str) -> bool:
        """Show the offer for `month` unless the ledger is read-only or the month is closed."""
        if self.ctx.ledger.readonly:
            return False
        try:
            closed = self.ctx.services.month_closed(f"{month}-01")
        except LedgerError as exc:
            self.failed.emit(str(exc))
            return False
        if closed:
            return False
        self.month, self.done = month, False
        self.close_button.show()
        self.not_now_button.show()
        self.retranslate()
        self.show()
        return True

    def close_month(self) -> bool:
        """Close the offered month (models.services.close_month)."""
        if not self.month or self.done:
            return False
        try:
            self.ctx.services.close_month(self.month)
        except LedgerError as exc:
            self.failed.emit(str(exc))
            return False
        self.done = True
        self.close_button.hide()
        self.not_now_button.hide()
        self.retranslate()
        self.month_closed.emit(self.month)
        return True
