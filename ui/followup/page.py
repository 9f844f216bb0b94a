"""计划与整改: the year's plan (planned vs held, a planned item becomes a record with one click),
民主评议 results, the 问题整改台账 and 谈心谈话 with its coverage check, one tab each.

The page follows the window's month selector by year. Every write goes through the services;
`records_changed` tells the window (the overview's reminders and the registers) to refresh.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.errors import LedgerError
from models.vocabulary import (
    grade_label,
    kind_label,
    plan_status_label,
    rectification_status_label,
    source_label,
    talk_kind_label,
)
from ui.followup.dialogs import (
    CategoriesDialog,
    PlanEntryDialog,
    PlanItemDialog,
    RectificationDialog,
    ReviewDialog,
    TalkDialog,
)
from ui.shell.widgets import choose_branch_in, fill_branch_chooser

translate = QCoreApplication.translate

SECTIONS = ("plan", "review", "rectification", "talks")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_COLOURS = {"held": "#2e7d32", "done": "#2e7d32", "missed": "#c62828", "overdue": "#c62828"}


class Section(QWidget):
    """A tab: a summary line, a table of rows, buttons, and an optional side list."""

    def __init__(self, headers: list[str], side_title: str = "", parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("sectionSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.buttons = QHBoxLayout()
        layout.addLayout(self.buttons)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.side: QListWidget | None = None
        if side_title:
            split = QSplitter(self)
            split.addWidget(self.table)
            box = QWidget(split)
            side = QVBoxLayout(box)
            side.setContentsMargins(0, 0, 0, 0)
            self.side_title = QLabel(side_title, box)
            side.addWidget(self.side_title)
            self.side = QListWidget(box)
            self.side.setObjectName("sideList")
            side.addWidget(self.side)
            split.addWidget(box)
            split.setStretchFactor(0, 3)
            split.setStretchFactor(1, 1)
            layout.addWidget(split, 1)
        else:
            layout.addWidget(self.table, 1)

    def button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons.addWidget(button)
        return button

    def end_buttons(self) -> None:
        self.buttons.addStretch(1)

    def fill(self, rows: list, cells: Callable[[object], list[str]], state=None) -> None:
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(cells(row)):
                item = QTableWidgetItem("" if text is None else str(text))
                item.setData(ROW_ROLE, row)
                if text and "\n" in str(text):
                    item.setToolTip(str(text))
                self.table.setItem(r, c, item)
            if state is not None and state(row) in STATE_COLOURS:
                colour = QBrush(QColor(STATE_COLOURS[state(row)]))
                self.table.item(r, self.table.columnCount() - 1).setForeground(colour)
        self.table.resizeColumnsToContents()
        for c in range(self.table.columnCount()):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 320))

    def selected(self) -> object | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(ROW_ROLE) if item else None

    def select_row(self, index: int) -> None:
        self.table.selectRow(index)


class FollowupPage(QWidget):
    """The four follow-up sections for one year."""

    records_changed = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services = ctx.services
        self.setObjectName("followupPage")
        self.today = dt.date.today  # a function, so tests and screenshots can pin "today"
        self.year = dt.date.today().year
        self.readonly = bool(getattr(ctx.ledger, "readonly", False))
        # The branch shown: on a ledger of several branches (a district's) one at a time,
        # chosen above the tabs; None is the ledger's branch (find_branch: the first by name).
        self.branch_uuid: str | None = None
        self._build_ui()
        self.refresh()

    # -- layout ------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        self.branch_label = QLabel(translate("FollowupPage", "Branch"), self)
        top.addWidget(self.branch_label)
        self.branch_chooser = QComboBox(self)
        self.branch_chooser.setObjectName("branchChooser")
        self.branch_chooser.setMinimumContentsLength(14)
        self.branch_chooser.currentIndexChanged.connect(self._on_branch_chosen)
        top.addWidget(self.branch_chooser)
        layout.addLayout(top)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("followupTabs")
        layout.addWidget(self.tabs, 1)

        self.plan = Section(
            [
                translate("FollowupPage", "Date"),
                translate("FollowupPage", "Kind"),
                translate("FollowupPage", "Theme"),
                translate("FollowupPage", "Topic"),
                translate("FollowupPage", "Responsible"),
                translate("FollowupPage", "State"),
            ],
            parent=self,
        )
        self.plan.button("planAdd", translate("FollowupPage", "Add to the plan…"), self.add_plan)
        self.plan.button("planEdit", translate("FollowupPage", "Edit…"), self.edit_plan)
        self.plan.button("planDelete", translate("FollowupPage", "Delete"), self.delete_plan)
        self.record_button = self.plan.button(
            "planRecord", translate("FollowupPage", "Record as held…"), self.record_plan_item
        )
        self.record_button.setToolTip(
            translate(
                "FollowupPage",
                "Open a new record with this item's kind, date, topic and host, and the "
                "people expected filled in",
            )
        )
        self._export_buttons(self.plan, "plan")
        self.tabs.addTab(self.plan, translate("FollowupPage", "Annual plan"))

        self.review = Section(
            [
                translate("FollowupPage", "Name"),
                translate("FollowupPage", "Grade"),
                translate("FollowupPage", "Branch meeting"),
                translate("FollowupPage", "Self-assessment"),
                translate("FollowupPage", "Peer assessment"),
            ],
            translate("FollowupPage", "Members not assessed"),
            self,
        )
        self.review.button("reviewAdd", translate("FollowupPage", "Add result…"), self.add_review)
        self.review.button("reviewEdit", translate("FollowupPage", "Edit…"), self.edit_review)
        self.review.button("reviewDelete", translate("FollowupPage", "Delete"), self.delete_review)
        self._export_buttons(self.review, "review")
        self.tabs.addTab(self.review, translate("FollowupPage", "Democratic appraisal"))

        self.rectification = Section(
            [
                translate("FollowupPage", "Found"),
                translate("FollowupPage", "Category"),
                translate("FollowupPage", "Problem"),
                translate("FollowupPage", "Owner"),
                translate("FollowupPage", "Measures"),
                translate("FollowupPage", "Deadline"),
                translate("FollowupPage", "Completed"),
                translate("FollowupPage", "State"),
            ],
            parent=self,
        )
        r = self.rectification
        r.button("rectificationAdd", translate("FollowupPage", "Add item…"), self.add_item)
        r.button("rectificationEdit", translate("FollowupPage", "Edit…"), self.edit_item)
        r.button("rectificationDelete", translate("FollowupPage", "Delete"), self.delete_item)
        r.button("categories", translate("FollowupPage", "Categories…"), self.edit_categories)
        self._export_buttons(r, "rectification")
        self.tabs.addTab(r, translate("FollowupPage", "Rectification"))

        self.talks = Section(
            [
                translate("FollowupPage", "Date"),
                translate("FollowupPage", "Talked"),
                translate("FollowupPage", "With"),
                translate("FollowupPage", "Kind"),
                translate("FollowupPage", "Key points"),
            ],
            translate("FollowupPage", "Pairs who have not talked this year"),
            self,
        )
        self.talks.button("talkAdd", translate("FollowupPage", "Add talk…"), self.add_talk)
        self.talks.button("talkEdit", translate("FollowupPage", "Edit…"), self.edit_talk)
        self.talks.button("talkDelete", translate("FollowupPage", "Delete"), self.delete_talk)
        self.talks.end_buttons()
        self.tabs.addTab(self.talks, translate("FollowupPage", "Heart-to-heart talks"))
        if self.readonly:
            for section in (self.plan, self.review, self.rectification, self.talks):
                for i in range(section.buttons.count()):
                    widget = section.buttons.itemAt(i).widget()
                    if widget is not None and not widget.objectName().startswith("export"):
                        widget.setEnabled(False)

    def _export_buttons(self, section: Section, kind: str) -> None:
        section.end_buttons()
        section.button(
            f"export_{kind}_pdf",
            translate("FollowupPage", "Save PDF…"),
            lambda: self.ask_export(kind, ".pdf"),
        )
        section.button(
            f"export_{kind}_xlsx",
            translate("FollowupPage", "Save Excel…"),
            lambda: self.ask_export(kind, ".xlsx"),
        )

    # -- the window's hooks --------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Records saved elsewhere change what counts as held: re-read on every showing."""
        super().showEvent(event)
        self.refresh()

    def set_month(self, month: str) -> None:
        year = int(month[:4])
        if year != self.year:
            self.year = year
            self.refresh()

    def show_section(self, name: str) -> None:
        self.tabs.setCurrentIndex(SECTIONS.index(name) if name in SECTIONS else 0)

    def _fill_branches(self) -> None:
        """The chooser lists the ledger's branches; shown only when there are several."""
        branches = [(b.name, b.uuid) for b in self.services.list_branches()]
        if self.branch_uuid not in [u for _n, u in branches]:
            chosen = self.services.current_branch()  # find_branch's: the first by name
            self.branch_uuid = chosen.uuid if chosen is not None else None
        fill_branch_chooser(self.branch_chooser, self.branch_label, branches, self.branch_uuid)
        # A new record is written to the ledger's own branch (activities: find_branch), so a
        # planned item of another branch is not recorded from here.
        own = self.services.current_branch()
        self.record_button.setEnabled(
            not self.readonly and (own is None or own.uuid == self.branch_uuid)
        )

    def _on_branch_chosen(self, _index: int) -> None:
        uuid = self.branch_chooser.currentData()
        if uuid and uuid != self.branch_uuid:
            self.branch_uuid = uuid
            self.refresh()

    def choose_branch(self, choice: str) -> None:
        """Show the branch `choice` (a uuid or name), as the chooser does."""
        choose_branch_in(self.branch_chooser, choice)

    def refresh(self) -> None:
        try:
            self._fill_branches()
        except LedgerError as exc:
            self.plan.summary.setText(str(exc))
            return
        self.title.setText(
            translate("FollowupPage", "Plan and follow-up, {year}").format(year=self.year)
        )
        try:
            self._fill_plan()
            self._fill_review()
            self._fill_rectification()
            self._fill_talks()
        except LedgerError as exc:
            self.plan.summary.setText(str(exc))

    def _fill_plan(self) -> None:
        today = self.today()
        s = self.services.plan_summary(str(self.year), today, self.branch_uuid)
        self.plan.summary.setText(
            translate(
                "FollowupPage",
                "Planned {planned}: held {held}, not held {missed}, still to come {pending}.",
            ).format(planned=s.planned, held=s.held, missed=s.missed, pending=s.pending)
        )
        self.plan.fill(
            self.services.list_plan(self.year, today, self.branch_uuid),
            lambda r: [
                r.planned_on,
                kind_label(r.kind),
                r.theme,
                r.topic,
                r.responsible,
                plan_status_label(r.status) + (f"（{r.held_on}）" if r.held_on else ""),
            ],
            lambda r: r.status,
        )

    def _fill_review(self) -> None:
        s = self.services.review_summary(self.year, self.today(), self.branch_uuid)
        counts = translate("FollowupPage", ", ").join(
            f"{grade_label(g)} {n}" for g, n in s.counts.items()
        )
        self.review.summary.setText(
            translate(
                "FollowupPage", "{assessed} of {expected} members assessed: {counts}."
            ).format(assessed=s.assessed, expected=s.expected, counts=counts)
        )
        self.review.fill(
            self.services.list_reviews(self.year, self.branch_uuid),
            lambda r: [
                r.name,
                grade_label(r.grade),
                r.decided_on or "",
                r.self_assessment,
                r.peer_summary,
            ],
        )
        self.review.side.clear()
        self.review.side.addItems([name for _uuid, name in s.not_assessed])

    def _fill_rectification(self) -> None:
        rows = self.services.list_rectifications(self.year, self._as_of(), self.branch_uuid)
        counts = {k: sum(r.status == k for r in rows) for k in ("in_progress", "overdue", "done")}
        self.rectification.summary.setText(
            translate(
                "FollowupPage",
                "{total} items: {doing} in progress, {late} overdue, {done} completed.",
            ).format(
                total=len(rows),
                doing=counts["in_progress"],
                late=counts["overdue"],
                done=counts["done"],
            )
        )
        self.rectification.fill(
            rows,
            lambda r: [
                f"{r.found_on} {source_label(r.source)}",
                r.category,
                r.description,
                r.owner,
                r.measures,
                r.deadline or "",
                " ".join(
                    x for x in (r.completed_on or "", r.evidence, self._photos(r.photos)) if x
                ),
                rectification_status_label(r.status),
            ],
            lambda r: r.status,
        )

    @staticmethod
    def _photos(count: int) -> str:
        if not count:
            return ""
        return translate("FollowupPage", "({n} photos)").format(n=count)

    def _fill_talks(self) -> None:
        coverage = self.services.talk_coverage(self.year, self.today(), self.branch_uuid)
        self.talks.summary.setText(
            translate(
                "FollowupPage",
                "Committee–member pairs: {covered} of {pairs} have talked this year (as of {day}).",
            ).format(covered=coverage.covered, pairs=coverage.pairs, day=coverage.day)
        )
        self.talks.fill(
            self.services.list_talks(self.year, self.branch_uuid),
            lambda t: [t.date, t.person, t.other, talk_kind_label(t.kind), t.points],
        )
        self.talks.side.clear()
        self.talks.side.addItems([f"{a} — {b}" for a, b in coverage.missing])

    def _as_of(self) -> dt.date:
        return min(self.today(), dt.date(self.year, 12, 31))

    # -- actions -------------------------------------------------------------------------------
    def run_dialog(self, dialog) -> bool:
        """Show a dialog until it is closed (tests drive it instead); True when saved."""
        return dialog.exec() == dialog.DialogCode.Accepted

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, translate("FollowupPage", "Delete"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _changed(self) -> None:
        self.refresh()
        self.records_changed.emit()

    def _edit(self, dialog) -> None:
        if self.run_dialog(dialog):
            self._changed()

    def _delete(self, section: Section, remove: Callable[[str], None], label: str) -> None:
        row = section.selected()
        if row is None:
            return
        if not self.confirm(translate("FollowupPage", "Delete “{item}”?").format(item=label)):
            return
        try:
            remove(row.uuid)
        except LedgerError as exc:
            QMessageBox.warning(self, translate("FollowupPage", "Not deleted"), str(exc))
            return
        self._changed()

    def add_plan(self) -> None:
        self._edit(PlanEntryDialog(self.ctx, self.year, self, self.branch_uuid))

    def edit_plan(self) -> None:
        row = self.plan.selected()
        if row is not None:
            self._edit(PlanItemDialog(self.ctx, row, self, self.branch_uuid))

    def delete_plan(self) -> None:
        row = self.plan.selected()
        if row is not None:
            label = f"{row.planned_on} {row.topic or row.theme}"
            self._delete(self.plan, self.services.delete_plan_item, label)

    def record_plan_item(self) -> None:
        """One click: a new record with the item's kind, date, topic and host, the expected
        people filled in by the editor; when it is saved, the item is linked to it."""
        row = self.plan.selected()
        if row is None:
            return
        from ui.records.editor import ActivityDialog

        initial = self.services.activity_from_plan(row.uuid)
        dialog = ActivityDialog(self.ctx, self, initial=initial)
        saved: list[str] = []
        dialog.record_saved.connect(saved.append)
        self.active_dialog = dialog
        self.run_dialog(dialog)
        self.active_dialog = None
        if saved:
            try:
                self.services.link_plan_item(row.uuid, saved[-1])
            except LedgerError as exc:
                QMessageBox.warning(self, translate("FollowupPage", "Not linked"), str(exc))
            self._changed()

    def add_review(self) -> None:
        self._edit(ReviewDialog(self.ctx, self.year, parent=self, branch=self.branch_uuid))

    def edit_review(self) -> None:
        row = self.review.selected()
        if row is not None:
            self._edit(ReviewDialog(self.ctx, self.year, row, self, self.branch_uuid))

    def delete_review(self) -> None:
        row = self.review.selected()
        if row is not None:
            self._delete(self.review, self.services.delete_review, row.name)

    def add_item(self) -> None:
        self._edit(RectificationDialog(self.ctx, parent=self, branch=self.branch_uuid))

    def edit_item(self) -> None:
        row = self.rectification.selected()
        if row is not None:
            self._edit(RectificationDialog(self.ctx, row, self, self.branch_uuid))

    def delete_item(self) -> None:
        row = self.rectification.selected()
        if row is not None:
            self._delete(self.rectification, self.services.delete_rectification, row.description)

    def edit_categories(self) -> None:
        dialog = CategoriesDialog(self.ctx, self)
        if self.run_dialog(dialog) or dialog.renamed:  # a rename is stored at once
            self._changed()

    def add_talk(self) -> None:
        self._edit(TalkDialog(self.ctx, parent=self, branch=self.branch_uuid))

    def edit_talk(self) -> None:
        row = self.talks.selected()
        if row is not None:
            self._edit(TalkDialog(self.ctx, row, self, self.branch_uuid))

    def delete_talk(self) -> None:
        row = self.talks.selected()
        if row is not None:
            self._delete(self.talks, self.services.delete_talk, f"{row.date} {row.person}")

    # -- documents -----------------------------------------------------------------------------
    def ask_export(self, kind: str, suffix: str) -> None:
        names = {
            "plan": translate("FollowupPage", "Annual work plan {year}"),
            "review": translate("FollowupPage", "Democratic appraisal {year}"),
            "rectification": translate("FollowupPage", "Rectification register {year}"),
        }
        default = str(Path.home() / (names[kind].format(year=self.year) + suffix))
        pattern = "PDF (*.pdf)" if suffix == ".pdf" else "Excel (*.xlsx)"
        path, _filter = QFileDialog.getSaveFileName(
            self, translate("FollowupPage", "Save as"), default, pattern
        )
        if path:
            self.export(kind, Path(path))

    def export(self, kind: str, path: Path) -> bool:
        """Write the year's document (PDF or Excel by the suffix); a problem is shown, not
        raised."""
        from exports import followup_data

        if path.suffix.lower() not in (".pdf", ".xlsx"):
            path = path.with_suffix(".pdf")
        try:
            with self.ctx.ledger.use():  # this window's ledger, whichever else is open
                data = getattr(followup_data, f"gather_{kind}")(
                    str(self.year), self.today(), self.branch_uuid
                )
            if path.suffix.lower() == ".xlsx":
                from exports.xlsx import followup as xlsx

                getattr(xlsx, f"write_{kind}_workbook")(data, path)
            else:
                from exports.pdf import followup as pdf

                getattr(pdf, f"build_{kind}")(data, path)
        except (LedgerError, OSError) as exc:
            QMessageBox.warning(self, translate("FollowupPage", "Not saved"), str(exc))
            return False
        self.last_export = path
        return True
