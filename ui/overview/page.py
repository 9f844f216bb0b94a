"""The overview: the month's figures, the compliance board, 12 months of activity, reminders.

Everything is computed by models.rules.counting and models.rules.compliance (the one place the
counting rules
live) in one job on the database worker; the page only lays the results out. Clicking a rule
opens the register filtered to the records behind it; clicking a bar shows that month.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from html import escape as html_escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.vocabulary import CATEGORY_KINDS, rule_state_label
from ui.overview.chart import BarChart
from ui.overview.checklist import FirstRunChecklist
from ui.shell.icons import icon
from ui.shell.widgets import SPACING, DeferredRefresh, EmptyState, FigureCard
from ui.shell.worker import run_now

if TYPE_CHECKING:
    from models.services import Figures, RuleStatus, Services

# Qt.ItemDataRole.UserRole + 1, as a plain int: the page is built before the first frame, which
# need not pay for building PySide's Qt namespace (~18 ms).
STATUS_ROLE = 0x0101
FOLLOWUP_ROLE = 0x0102  # a follow-up reminder's section of the follow-up page
STATE_COLOURS = {
    "done": "#2e7d32",
    "due": "#b26a00",
    "overdue": "#c62828",
    "not_due": "#777777",
    "exempt": "#1565c0",
    "not_applicable": "#777777",
}
FIGURE_KEYS = (
    "activities",
    "attendances",
    "people",
    "study_hours",
    "service_hours",
    "deeds",
    "attendance_rate",
)


translate = QCoreApplication.translate


@dataclass
class OverviewData:
    """What one refresh computed (in the worker)."""

    month: str
    figures: Figures
    statuses: list[RuleStatus] = field(default_factory=list)
    series: list[tuple[str, int]] = field(default_factory=list)
    reminders: list[tuple[str, RuleStatus]] = field(default_factory=list)
    has_branch: bool = True
    followup: list = field(default_factory=list)  # models.rules.followup.Reminder
    plan: object = None  # models.records.plan.PlanSummary of the month
    people: int = 0  # live people and records, for the first-run checklist
    activities: int = 0
    archived_months: int = 0


def load_overview(services: Services, month: str, today: dt.date) -> OverviewData:
    """All the overview's numbers for `month` (runs on the database worker)."""
    counts = services.record_counts()
    return OverviewData(
        month=month,
        figures=services.figures(month),
        statuses=services.evaluate(month, today=today),
        series=services.monthly_series(month, 12),
        reminders=services.reminder_items(today),
        has_branch=services.current_branch() is not None,
        followup=services.followup_reminders(today)
        + services.dues_reminders(today)
        + services.transfer_reminders(today)
        + services.development_reminders(today),
        plan=services.plan_summary(month, today),
        people=counts["people"],
        activities=counts["activities"],
        archived_months=counts["archived_months"],
    )


def category_of(kind: str) -> str:
    for category, kinds in CATEGORY_KINDS.items():
        if kind in kinds:
            return category
    return "meeting"


def format_figure(key: str, f: Figures) -> str:
    value = getattr(f, key)
    if key == "attendance_rate":
        return "—" if value is None else f"{value * 100:.1f}%"
    if key in ("hours", "study_hours", "service_hours"):
        from models.services import format_hours

        return format_hours(getattr(f, key.replace("hours", "minutes")))
    return str(value)


class OverviewPage(DeferredRefresh, QWidget):
    """The month at a glance; `show_records(category, kinds, date_from, date_to)` on a click."""

    show_records = Signal(str, tuple, str, str)
    month_requested = Signal(str)
    followup_requested = Signal(str)  # plan / review / rectification / talks / branch
    loaded = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._month = dt.date.today().strftime("%Y-%m")
        self.today = dt.date.today  # a function, so tests and screenshots can pin "today"
        self.data: OverviewData | None = None
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2 * SPACING, 2 * SPACING, 2 * SPACING, 2 * SPACING)
        layout.setSpacing(2 * SPACING)

        self.title = QLabel(body)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.empty = EmptyState(
            translate("OverviewPage", "Set up the branch first: open Settings."), body
        )
        self.empty.hide()
        layout.addWidget(self.empty)
        self.checklist = FirstRunChecklist(self.ctx, body)
        self.checklist.hide()  # shown once the ledger's counts are in
        layout.addWidget(self.checklist)

        cards = QGridLayout()
        cards.setSpacing(SPACING)
        captions = {
            "activities": translate("OverviewPage", "Activities"),
            "attendances": translate("OverviewPage", "Attendances"),
            "people": translate("OverviewPage", "People"),
            "study_hours": translate("OverviewPage", "Study hours"),
            "service_hours": translate("OverviewPage", "Service hours"),
            "deeds": translate("OverviewPage", "Good deeds (items)"),
            "attendance_rate": translate("OverviewPage", "Attendance rate"),
        }
        self.cards: dict[str, FigureCard] = {}
        for i, key in enumerate(FIGURE_KEYS):
            card = FigureCard(captions[key], body)
            card.setObjectName(f"figure_{key}")
            self.cards[key] = card
            card.clicked.connect(lambda key=key: self._on_card_clicked(key))
            cards.addWidget(card, 0, i)
        layout.addLayout(cards)
        self.plan_line = QLabel(body)
        self.plan_line.setObjectName("planLine")
        self.plan_line.setToolTip(translate("OverviewPage", "Click to open the year's plan"))
        self.plan_line.linkActivated.connect(lambda _link: self.followup_requested.emit("plan"))
        layout.addWidget(self.plan_line)

        middle = QHBoxLayout()
        middle.setSpacing(2 * SPACING)
        board_box = QGroupBox(translate("OverviewPage", "Compliance"), body)
        board_layout = QVBoxLayout(board_box)
        self.board = QTreeWidget(board_box)
        self.board.setObjectName("complianceBoard")
        self.board.setColumnCount(3)
        self.board.setHeaderLabels(
            [
                translate("OverviewPage", "Rule"),
                translate("OverviewPage", "Held"),
                translate("OverviewPage", "State"),
            ]
        )
        self.board.setRootIsDecorated(False)
        self.board.setUniformRowHeights(True)
        self.board.header().setStretchLastSection(False)
        self.board.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.board.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.board.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.board.setToolTip(
            translate("OverviewPage", "Click a rule to see the records behind it")
        )
        self.board.setMinimumHeight(260)
        board_layout.addWidget(self.board)
        middle.addWidget(board_box, 1)

        right = QVBoxLayout()
        right.setSpacing(2 * SPACING)
        chart_box = QGroupBox(
            translate("OverviewPage", "Activities per month (last 12 months)"), body
        )
        chart_layout = QVBoxLayout(chart_box)
        self.chart = BarChart(chart_box)
        self.chart.setObjectName("monthChart")
        self.chart.setToolTip(translate("OverviewPage", "Click a month to show it"))
        chart_layout.addWidget(self.chart)
        right.addWidget(chart_box, 3)
        reminder_box = QGroupBox(translate("OverviewPage", "Reminders"), body)
        reminder_layout = QVBoxLayout(reminder_box)
        self.reminders = QListWidget(reminder_box)
        self.reminders.setObjectName("reminders")
        self.reminders.setWordWrap(True)
        reminder_layout.addWidget(self.reminders)
        right.addWidget(reminder_box, 2)
        middle.addLayout(right, 1)
        layout.addLayout(middle, 1)

    def _connect_signals(self) -> None:
        self.board.itemActivated.connect(self._on_board_item_activated)
        self.reminders.itemActivated.connect(self._on_reminder_activated)
        self.reminders.itemClicked.connect(self._on_reminder_activated)
        self.board.itemClicked.connect(self._on_board_item_activated)
        self.chart.bar_clicked.connect(self.month_requested)

    # -- data --------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._update_checklist()  # a month printed or a bundle made since it was last shown
        # After the window's first paint: the worker's job would otherwise compete with it.
        later = getattr(self.window(), "after_first_paint", None)
        if later is not None:
            later(self.refresh_if_stale)
        else:
            QTimer.singleShot(0, self.refresh_if_stale)

    def _update_checklist(self) -> None:
        if self.data is None or not self.data.has_branch or self.ctx.ledger.readonly:
            self.checklist.hide()
            return
        self.checklist.update_steps(
            self.data.people, self.data.activities, self.data.archived_months
        )

    def set_month(self, month: str) -> None:
        self._month = month
        self.refresh()

    def month(self) -> str:
        return self._month

    def refresh(self) -> None:
        if self.defer_refresh():
            return
        month = self._month
        self.title.setText(
            translate("OverviewPage", "Overview of {month}").format(
                month=self.ctx.services.period_text(month)
            )
        )
        run_now(
            self.ctx.worker,
            load_overview,
            self.ctx.services,
            month,
            self.today(),
            on_done=self._on_loaded,
            on_error=self._on_load_failed,
        )

    def _on_load_failed(self, message: str) -> None:
        self.reminders.clear()
        self.reminders.addItem(message)

    def _on_loaded(self, data: OverviewData) -> None:
        if data.month != self._month:
            return  # a newer refresh is on its way
        self.data = data
        self.empty.setVisible(not data.has_branch)
        self._update_checklist()
        for key, card in self.cards.items():
            card.set_value(format_figure(key, data.figures))
            if not card.is_clickable():
                card.set_clickable(translate("OverviewPage", "Click to see the records behind it"))
        self._fill_board(data.statuses)
        self.chart.set_series(
            [(m, self._month_label(m), n) for m, n in data.series],
            highlight=data.month,
        )
        self._fill_plan_line(data.plan)
        self.reminders.clear()
        warning = icon("overdue")
        for text, status in data.reminders:
            item = QListWidgetItem(warning, text)
            item.setData(STATUS_ROLE, status)  # activating it opens that rule's period
            self.reminders.addItem(item)
        due = icon("due")
        for reminder in data.followup:
            item = QListWidgetItem(warning if reminder.urgent else due, reminder.text)
            item.setData(FOLLOWUP_ROLE, reminder.section)  # opens the follow-up page there
            self.reminders.addItem(item)
        if not data.reminders and not data.followup:
            self.reminders.addItem(translate("OverviewPage", "Nothing is due. Well done."))
        self.loaded.emit()

    def _fill_plan_line(self, plan) -> None:
        """Planned vs held in the month shown (a link to the year's plan)."""
        if plan is None or not plan.planned:
            text = translate("OverviewPage", "Nothing is planned for this month.")
        else:
            text = translate(
                "OverviewPage", "Planned this month: {planned}, held {held}, not held {missed}."
            ).format(planned=plan.planned, held=plan.held, missed=plan.missed)
        self.plan_line.setText(f'<a href="plan">{html_escape(text)}</a>')

    @staticmethod
    def _month_label(month: str) -> str:
        # "10月" / "Oct": the short name of the month, January starting a new year shown in full.
        number = int(month[5:])
        label = QLocale().monthName(number, QLocale.FormatType.ShortFormat)
        return month[:4] if number == 1 else label

    def _fill_board(self, statuses: list[RuleStatus]) -> None:
        from PySide6.QtCore import Qt

        self.board.clear()
        icons = {state: icon(state) for state in ("done", "due", "overdue")}
        for period_kind in ("month", "quarter", "year"):
            rows = [s for s in statuses if s.period_kind == period_kind]
            if not rows:
                continue
            heading = QTreeWidgetItem([self.ctx.services.period_text(rows[0].period)])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setFirstColumnSpanned(False)
            self.board.addTopLevelItem(heading)
            for s in rows:
                label = (
                    s.label
                    if not s.group
                    else translate("OverviewPage", "{group}: {rule}").format(
                        group=s.group, rule=s.label
                    )
                )
                item = QTreeWidgetItem(
                    ["    " + label, f"{s.count} / {s.min_count}", rule_state_label(s.state)]
                )
                item.setData(0, STATUS_ROLE, s)
                item.setToolTip(0, label)
                item.setForeground(2, QBrush(QColor(STATE_COLOURS.get(s.state, "#777777"))))
                if s.state in icons:
                    item.setIcon(2, icons[s.state])
                if s.warning:
                    item.setToolTip(0, translate("OverviewPage", "Due soon: plan it now"))
                self.board.addTopLevelItem(item)

    def _on_card_clicked(self, key: str) -> None:
        """A figure's records: the month's volunteer register for 件; for the others, which
        span all three registers, a menu of them."""
        month = self.ctx.services.parse_period(self._month)
        start, end = month.start, month.last_day.isoformat()
        if key == "deeds":
            self.show_records.emit("volunteer", (), start, end)
            return
        menu = self.records_menu(start, end)
        card = self.cards[key]
        self.exec_menu(menu, card.mapToGlobal(card.rect().bottomLeft()))

    def exec_menu(self, menu: QMenu, pos) -> None:
        """Show `menu` at `pos` until a choice is made (tests answer it instead)."""
        menu.exec(pos)

    def records_menu(self, start: str, end: str) -> QMenu:
        """The three registers of the month, each opening with the month's records."""
        menu = QMenu(self)
        menu.setObjectName("figureRecordsMenu")
        labels = {
            "meeting": translate("OverviewPage", "Meetings of the month"),
            "study": translate("OverviewPage", "Study of the month"),
            "volunteer": translate("OverviewPage", "Volunteer work of the month"),
        }
        for category, label in labels.items():
            action = menu.addAction(label)
            action.triggered.connect(
                lambda _checked=False, c=category: self.show_records.emit(c, (), start, end)
            )
        return menu

    def _on_board_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self._show_rule_records(item.data(0, STATUS_ROLE))

    def _on_reminder_activated(self, item: QListWidgetItem) -> None:
        section = item.data(FOLLOWUP_ROLE)
        if section:
            self.followup_requested.emit(section)
            return
        self._show_rule_records(item.data(STATUS_ROLE))

    def _show_rule_records(self, status: RuleStatus | None) -> None:
        """The register of the rule's kind over the rule's period (what was or was not held)."""
        if status is None:
            return
        period = self.ctx.services.parse_period(status.period)
        self.show_records.emit(
            category_of(status.kind), (status.kind,), period.start, period.last_day.isoformat()
        )
