"""The district overview page: figures per branch and in total, rules not met, a branch filter.
The period is the chosen month's month, quarter or year, or one of the ledger's campaigns
(Settings ▸ 专项活动).

Shown when the ledger holds several branches (the bureau's district ledger). The figures come
from models.bureau.district (which counts with models.rules.counting), loaded on the
database worker;
the branch
filter narrows the table, the totals and the sentence to one branch without another query.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import LedgerError
from models.services import DistrictData, branch_sentence, format_hours
from models.vocabulary import kind_label
from ui.shell.widgets import SPACING
from ui.shell.worker import run_now

translate = QCoreApplication.translate
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALL = ""
CAMPAIGN = "campaign:"  # period_kind data of a campaign: the prefix and its name


def column_titles() -> list[str]:
    return [
        translate("DistrictPage", "Branch"),
        translate("DistrictPage", "Activities"),
        translate("DistrictPage", "Attendances"),
        translate("DistrictPage", "Expected"),
        translate("DistrictPage", "Present"),
        translate("DistrictPage", "Attendance rate"),
        translate("DistrictPage", "Study hours"),
        translate("DistrictPage", "Service hours"),
        translate("DistrictPage", "Good deeds incl. in progress"),
        # then one column per figure of the bureau's sentence (the ledger's definitions)
        translate("DistrictPage", "Rules not met"),
    ]


def period_of(month: str, kind: str) -> str:
    """The month, quarter or year containing `month` ('YYYY-MM'), as the counting rules spell it."""
    year, number = (int(x) for x in month.split("-"))
    if kind == "quarter":
        return f"{year:04d}-Q{(number - 1) // 3 + 1}"
    if kind == "year":
        return f"{year:04d}"
    return f"{year:04d}-{number:02d}"


def _number(value: float | int | None) -> str:
    if value is None:
        return "—"
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}"


class DistrictPage(QWidget):
    """Figures per branch and in total for the month / quarter / year of the chosen month."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month = dt.date.today().strftime("%Y-%m")
        self.data: DistrictData | None = None
        self._stale = True  # loaded when first shown: a district's year takes seconds to count
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2 * SPACING, 2 * SPACING, 2 * SPACING, 2 * SPACING)
        layout.setSpacing(SPACING)
        bar = QHBoxLayout()
        self.period_kind = QComboBox(self)
        self.period_kind.setObjectName("districtPeriod")
        for code, label in (
            ("month", translate("DistrictPage", "This month")),
            ("quarter", translate("DistrictPage", "This quarter")),
            ("year", translate("DistrictPage", "This year")),
        ):
            self.period_kind.addItem(label, code)
        self.period_kind.setCurrentIndex(2)
        self.branch_filter = QComboBox(self)
        self.branch_filter.setObjectName("branchFilter")
        self.branch_filter.addItem(translate("DistrictPage", "All branches"), ALL)
        self.pdf_button = QPushButton(translate("DistrictPage", "District report (PDF)…"), self)
        self.xlsx_button = QPushButton(translate("DistrictPage", "Excel…"), self)
        bar.addWidget(QLabel(translate("DistrictPage", "Period:"), self))
        bar.addWidget(self.period_kind)
        bar.addWidget(QLabel(translate("DistrictPage", "Branch:"), self))
        bar.addWidget(self.branch_filter, 1)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.xlsx_button)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.sentence = QLabel(self)
        self.sentence.setObjectName("districtSentence")
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, len(column_titles()), self)
        self.table.setObjectName("districtTable")
        self.table.setHorizontalHeaderLabels(column_titles())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(column_titles()) - 1, QHeaderView.ResizeMode.Stretch)
        layout.addLayout(bar)
        layout.addWidget(self.title)
        layout.addWidget(self.sentence)
        layout.addWidget(self.table, 1)
        self.rectification_title = QLabel(self)
        layout.addWidget(self.rectification_title)
        self.rectification = QTableWidget(0, 5, self)
        self.rectification.setObjectName("districtRectification")
        self.rectification.setHorizontalHeaderLabels(
            [
                translate("DistrictPage", "Branch"),
                translate("DistrictPage", "In progress"),
                translate("DistrictPage", "Overdue"),
                translate("DistrictPage", "Completed"),
                translate("DistrictPage", "Total"),
            ]
        )
        self.rectification.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rectification.verticalHeader().hide()
        self.rectification.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.rectification.setMaximumHeight(180)
        layout.addWidget(self.rectification)

    def _connect_signals(self) -> None:
        self.period_kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.branch_filter.currentIndexChanged.connect(lambda _i: self.show_data())
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))

    # -- the main window's page protocol ----------------------------------------------------
    def set_month(self, month: str) -> None:
        if month != self.month:
            self.month = month
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.load_campaigns()
        if self._stale:
            self.refresh()

    def period(self):
        """The period shown: 'YYYY-MM' / 'YYYY-Qn' / 'YYYY', or a campaign's date range."""
        code = self.period_kind.currentData() or "year"
        if code.startswith(CAMPAIGN):
            # LedgerError when the schools date it differently (the message names them).
            return self.ctx.services.find_campaign(code[len(CAMPAIGN) :])
        return period_of(self.month, code)

    def load_campaigns(self) -> None:
        """Offer the ledger's campaigns after month, quarter and year (kept chosen if still
        there)."""
        chosen = self.period_kind.currentData()
        self.period_kind.blockSignals(True)
        while self.period_kind.count() > 3:
            self.period_kind.removeItem(3)
        for name in self.ctx.services.known_names():
            self.period_kind.addItem(name, CAMPAIGN + name)
        self.period_kind.setCurrentIndex(max(self.period_kind.findData(chosen), 0))
        self.period_kind.blockSignals(False)

    def refresh(self) -> None:
        """Reload the figures on the worker (later, on showing, if the page is hidden)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        try:
            period = self.period()
        except LedgerError as exc:
            self.data = None
            self.title.clear()
            self.table.setRowCount(0)
            self.sentence.setText(str(exc))
            return
        self.title.setText(
            translate("DistrictPage", "District overview {period}").format(
                period=getattr(period, "name", "") or period
            )
        )
        run_now(
            self.ctx.worker,
            functools.partial(self.ctx.services.district_data, period),
            on_done=self._on_loaded,
            on_error=self._on_failed,
        )
        year = int(str(period)[:4])
        self.rectification_title.setText(
            translate("DistrictPage", "Rectification items {year}, per branch and state").format(
                year=year
            )
        )
        run_now(
            self.ctx.worker,
            functools.partial(self.ctx.services.rectification_by_branch, year),
            on_done=self._on_rectification_loaded,
            on_error=self._on_failed,
        )

    def _on_rectification_loaded(self, lines: list) -> None:
        """问题整改 items of the year per branch and state, and the district's total."""
        rows = [(b.name, b.in_progress, b.overdue, b.done, b.total) for b in lines]
        rows.append(
            (
                translate("DistrictPage", "Total"),
                *(sum(r[i] for r in rows) for i in range(1, 5)),
            )
        )
        self.rectification.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.rectification.setItem(r, c, item)

    def _on_failed(self, message: str) -> None:
        self.sentence.setText(message)

    def _on_loaded(self, data: DistrictData) -> None:
        self.data = data
        self.title.setText(
            translate("DistrictPage", "District overview {period}").format(
                period=data.period_label or data.period
            )
        )
        chosen = self.branch_filter.currentData()
        self.branch_filter.blockSignals(True)
        self.branch_filter.clear()
        self.branch_filter.addItem(translate("DistrictPage", "All branches"), ALL)
        for line in data.branches:
            self.branch_filter.addItem(line.name, line.uuid)
        index = self.branch_filter.findData(chosen)
        self.branch_filter.setCurrentIndex(max(0, index))
        self.branch_filter.blockSignals(False)
        self.show_data()

    def show_data(self) -> None:
        """Fill the table (one row per branch shown, then the total) and the sentence."""
        data = self.data
        if data is None:
            return
        chosen = self.branch_filter.currentData() or ALL
        lines = [b for b in data.branches if chosen in (ALL, b.uuid)]
        rows = [(b.name, b.figures, b.highlights, self._missed(b)) for b in lines]
        notes = "\n".join(data.definition_notes())
        if chosen == ALL:
            total = translate("DistrictPage", "Total")
            rows.append((total, data.total, data.highlights, ("", "")))
            self.sentence.setText(data.sentence)
        elif lines:
            self.sentence.setText(
                branch_sentence(lines[0].name, data.definitions, lines[0].highlights)
            )
        self.sentence.setToolTip(notes)
        base = column_titles()
        # Each figure of the sentence with its unit on a second line (the tooltip: its 口径).
        figures = [
            h.replace("（", "\n（", 1).replace(" (", "\n(", 1) for h in data.highlight_headers()
        ]
        titles = base[:-1] + figures[1:] + base[-1:]
        self.table.setColumnCount(len(titles))
        self.table.setHorizontalHeaderLabels(titles)
        header = self.table.horizontalHeader()
        for c in range(len(titles)):
            header.setSectionResizeMode(
                c,
                QHeaderView.ResizeMode.Stretch
                if c == len(titles) - 1
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        for c, note in enumerate(data.definition_notes(), start=len(base) - 1):
            self.table.horizontalHeaderItem(c).setToolTip(note)
        self.table.setRowCount(len(rows))
        for r, (name, f, h, (missed, missed_detail)) in enumerate(rows):
            rate = "—" if f.attendance_rate is None else f"{f.attendance_rate * 100:.1f}%"
            values = [
                name,
                _number(f.activities),
                _number(f.attendances),
                _number(f.expected),
                _number(f.present),
                rate,
                format_hours(f.study_minutes),
                format_hours(f.service_minutes),
                _number(f.deeds),
                *(_number(v) for v in h),
                missed,
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if 0 < c < len(values) - 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if c == len(values) - 1:
                    item.setToolTip(missed_detail)
                if name == translate("DistrictPage", "Total") and chosen == ALL:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()

    @staticmethod
    def _missed(line) -> tuple[str, str]:
        """A short cell (the kinds of the rules not met) and the full list for its tooltip."""
        if not line.missed:
            return translate("DistrictPage", "All met"), ""
        kinds = "、".join(dict.fromkeys(kind_label(s.kind) for s in line.missed))
        detail = "\n".join(
            f"{s.label}（{s.period}{' ' + s.group if s.group else ''}）" for s in line.missed
        )
        return kinds, detail

    def export(self, kind: str) -> None:
        """Write the district report of the shown period (PDF or Excel) on the worker."""
        if self.data is None:
            return
        suffix = "pdf" if kind == "pdf" else "xlsx"
        default = self.ctx.ledger.path.with_name(f"district-{self.data.period}.{suffix}")
        filters = (
            translate("DistrictPage", "PDF files (*.pdf)")
            if kind == "pdf"
            else translate("DistrictPage", "Excel workbooks (*.xlsx)")
        )
        path, _ = QFileDialog.getSaveFileName(
            self, translate("DistrictPage", "Save district report"), str(default), filters
        )
        if not path:
            return
        run_now(
            self.ctx.worker,
            write_report,
            self.data,
            Path(path),
            on_done=lambda out: QMessageBox.information(
                self,
                translate("DistrictPage", "District report"),
                translate("DistrictPage", "Saved {path}.").format(path=out),
            ),
            on_error=lambda message: QMessageBox.warning(
                self, translate("DistrictPage", "District report"), message
            ),
        )


def write_report(data: DistrictData, path: Path) -> Path:
    """PDF or Excel by the file's suffix (as `report district -o`)."""
    from models.errors import LedgerError

    try:
        if path.suffix.lower() == ".xlsx":
            from exports.xlsx.district import write_district_workbook

            write_district_workbook(data, path)
        else:
            from exports.pdf.district import build_district

            build_district(data, path)
    except OSError as exc:
        raise LedgerError(f"{path}: {exc.strerror or exc}") from exc
    return path
