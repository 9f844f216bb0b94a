"""Small shared widgets: the empty-state message, the month selector, the date field, a figure
card, a page built on first show."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.shell.icons import icon

T = TypeVar("T")

SPACING = 8  # the one spacing unit; margins are multiples of it

# The smallest screen the app is made for: 1366×768 less a Windows taskbar (40 px) is 1366×728
# available; a window's title bar (about 32 px) leaves 696 px for its contents. Every dialog
# opens within this and can be shrunk to it (long forms scroll).
SMALL_SCREEN = (1366, 696)


translate = QCoreApplication.translate


class EmptyState(QLabel):
    """A centred, muted message saying what to do next on an empty page."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        # By name: the overview builds one before the first frame, which need not pay for
        # PySide's Qt namespace (~18 ms to build).
        self.setProperty("alignment", "AlignCenter")
        self.setWordWrap(True)
        self.setObjectName("emptyState")
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        self.setStyleSheet("color: palette(mid); padding: 32px;")


def month_text(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


_FULL_WIDTH = str.maketrans("０１２３４５６７８９－．／", "0123456789-./")


def parse_typed_date(text: str) -> dt.date | None:
    """A date as people type it: 2025-11-20, 2025.11.20, 2025/11/20, 20251120, 2025年11月20日
    (full-width digits too); None when it is not one of these or not a real day."""
    value = re.sub(r"\s+", "", text.translate(_FULL_WIDTH))
    m = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", value) or re.fullmatch(
        r"(\d{4})(\d{2})(\d{2})", value
    )
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def parse_typed_month(text: str) -> tuple[int, int] | None:
    """A month as people type it: 2025-11, 2025.11, 2025/11, 202511, 2025年11月 (or a whole
    date: its month); None when it is not one."""
    value = re.sub(r"\s+", "", text.translate(_FULL_WIDTH))
    m = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})月?", value) or re.fullmatch(r"(\d{4})(\d{2})", value)
    if m and 1 <= int(m[2]) <= 12:
        return int(m[1]), int(m[2])
    day = parse_typed_date(text)
    return (day.year, day.month) if day else None


class MonthSelector(QWidget):
    """‹ 2026-10 › — the month every page shows; emits `month_changed('YYYY-MM')`. The month can
    be typed whole (2025-11, 2025.11, 202511, 2025年11月: a QDateEdit kept the typed year only in
    its year section), stepped with the arrows, or with ↑ and ↓ in the field."""

    month_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, month: str | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QLineEdit

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self._prev = QToolButton(self)
        self._prev.setIcon(icon("chevron-left"))
        self._prev.setToolTip(translate("Widgets", "Previous month"))
        self._next = QToolButton(self)
        self._next.setIcon(icon("chevron-right"))
        self._next.setToolTip(translate("Widgets", "Next month"))
        self._edit = QLineEdit(self)
        self._edit.setObjectName("monthEdit")
        self._edit.setFixedWidth(80)
        self._edit.setToolTip(
            translate(
                "Widgets", "The month shown: type it (2025-11 or 2025年11月) or use the arrows"
            )
        )
        self._edit.setAccessibleName(translate("Widgets", "Month"))
        self._edit.installEventFilter(self)
        layout.addWidget(self._prev)
        layout.addWidget(self._edit)
        layout.addWidget(self._next)
        layout.addStretch(1)  # ‹ 2026-10 › stay together however wide the bar gives it
        self._month = ""
        self.set_month(month or month_text(dt.date.today()))
        self._edit.editingFinished.connect(self._on_edit_editing_finished)
        self._prev.clicked.connect(lambda: self.step(-1))
        self._next.clicked.connect(lambda: self.step(1))

    def month(self) -> str:
        return self._month

    def set_month(self, month: str) -> None:
        year, number = (int(x) for x in month.split("-"))
        self._show(year, number)

    def step(self, months: int) -> None:
        year, number = (int(x) for x in self._month.split("-"))
        index = year * 12 + number - 1 + months
        self._show(index // 12, index % 12 + 1)

    def _show(self, year: int, number: int) -> None:
        text = f"{year:04d}-{number:02d}"
        self._edit.setText(text)
        if text != self._month:
            self._month = text
            self.month_changed.emit(text)

    def _on_edit_editing_finished(self) -> None:
        typed = parse_typed_month(self._edit.text())
        if typed is None:
            self._edit.setText(self._month)  # not a month: back to the one shown
            return
        self._show(*typed)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        from PySide6.QtCore import QEvent, Qt

        if watched is self._edit and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.step(1 if event.key() == Qt.Key.Key_Up else -1)
                return True
        return super().eventFilter(watched, event)


def fill_branch_chooser(
    combo: QComboBox, label: QWidget, branches: list[tuple[str, str]], chosen: str | None
) -> None:
    """List the (name, uuid) branches in `combo` with `chosen` selected, without signalling a
    choice; the chooser and its label show only when the ledger holds several branches."""
    combo.blockSignals(True)
    combo.clear()
    for name, uuid in branches:
        combo.addItem(name, uuid)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)
    several = len(branches) > 1
    combo.setVisible(several)
    label.setVisible(several)


def choose_branch_in(combo: QComboBox, choice: str) -> None:
    """Select the branch `choice` (a uuid or a name) in a chooser, as the user would."""
    index = combo.findData(choice)
    if index < 0:
        index = combo.findText(choice)
    if index >= 0:
        combo.setCurrentIndex(index)


def record_at(records: Sequence[T], row: int) -> T | None:
    """The record shown in a table's `row`, or None (no row, or the table was refilled)."""
    return records[row] if 0 <= row < len(records) else None


def selected_record(view: QAbstractItemView, records: Sequence[T]) -> T | None:
    """The record of a table's first selected row, or None."""
    model = view.selectionModel()
    rows = model.selectedRows() if model is not None else []
    return record_at(records, rows[0].row()) if rows else None


def fill_text_table(
    table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[str]], stretch: int
) -> None:
    """Show `rows` of texts under `headers`: every column as wide as its contents, column
    `stretch` taking the room left."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Give `window` its preferred size, no larger than the small screen (SMALL_SCREEN) nor
    than the screen it is on (less room for its title bar)."""
    from PySide6.QtGui import QGuiApplication

    screen = window.screen() or QGuiApplication.primaryScreen()
    room_w, room_h = SMALL_SCREEN
    if screen is not None:
        available = screen.availableGeometry()
        room_w = min(room_w, available.width())
        room_h = min(room_h, available.height() - 32)
    window.resize(min(width, room_w), min(height, room_h))


class DateField(QWidget):
    """The one date field of the app: type the date in any usual shape (it is shown back as
    2025-11-20 once you leave the field) or pick it from the calendar. Tab goes on to the next
    field (the calendar button takes no focus). Emits `date_changed(iso)` ("" when emptied)
    when the date it holds changes."""

    date_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLineEdit

        self._optional = optional
        self._last = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(translate("Widgets", "e.g. 2025-11-20"))
        self.edit.setToolTip(
            translate(
                "Widgets", "Type the date (2025-11-20, 2025.11.20, 20251120 or 2025年11月20日)."
            )
        )
        self.edit.setMaximumWidth(130)
        self.button = QToolButton(self)
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setToolTip(translate("Widgets", "Pick the date from a calendar"))
        self.button.setAccessibleName(translate("Widgets", "Calendar"))
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        from PySide6.QtGui import QKeySequence, QShortcut

        # Alt+↓ opens the calendar from the keyboard, as in any drop-down.
        for keys in ("Alt+Down", "F4"):
            shortcut = QShortcut(QKeySequence(keys), self.edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._on_button_clicked)
        self.edit.editingFinished.connect(self._on_edit_editing_finished)
        self.button.clicked.connect(self._on_button_clicked)
        self.calendar = None

    # --- values ---

    def date(self) -> dt.date | None:
        """The date typed or picked; None when empty or not a date."""
        return parse_typed_date(self.edit.text())

    def iso(self) -> str | None:
        """The date as YYYY-MM-DD; None when empty; the stripped text when it is not a date
        (the services then report it at the field)."""
        text = self.edit.text().strip()
        if not text:
            return None
        day = parse_typed_date(text)
        return day.isoformat() if day else text

    def is_valid(self) -> bool:
        text = self.edit.text().strip()
        return parse_typed_date(text) is not None or (self._optional and not text)

    def text(self) -> str:
        return self.edit.text()

    def set_date(self, value: str | dt.date | None) -> None:
        """Show `value` (a date, an ISO text, or None for empty) without emitting."""
        if isinstance(value, dt.date):
            text = value.isoformat()
        else:
            day = parse_typed_date(value or "")
            text = day.isoformat() if day else (value or "")
        self.edit.setText(text)
        self._last = self._current()

    def setText(self, text: str) -> None:  # noqa: N802 (as QLineEdit, for old callers)
        self.set_date(text)

    def _current(self) -> str:
        day = self.date()
        return day.isoformat() if day else ""

    def _commit(self) -> None:
        day = self.date()
        if day is not None and self.edit.text() != day.isoformat():
            self.edit.setText(day.isoformat())
        current = self._current()
        if current != self._last and (day is not None or not self.edit.text().strip()):
            self._last = current
            self.date_changed.emit(current)

    def _on_edit_editing_finished(self) -> None:
        self._commit()

    def _on_button_clicked(self) -> None:
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtWidgets import QCalendarWidget

        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setObjectName("dateFieldCalendar")
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._on_calendar_clicked)
            self.calendar.activated.connect(self._on_calendar_clicked)
        day = self.date() or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.adjustSize()
        self.calendar.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _on_calendar_clicked(self, day: QDate) -> None:
        self.pick(dt.date(day.year(), day.month(), day.day()))

    def pick(self, day: dt.date) -> None:
        """As if `day` were chosen in the calendar."""
        if self.calendar is not None:
            self.calendar.hide()
        self.edit.setText(day.isoformat())
        self._commit()
        self.edit.setFocus()


class FigureCard(QFrame):
    """One big number with its caption (次, 人次, ...); once `set_clickable`, a click (or Enter
    or Space when focused) emits `clicked`."""

    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clickable = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("figureCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2 * SPACING, SPACING, 2 * SPACING, SPACING)
        layout.setSpacing(2)
        self.value_label = QLabel("—", self)
        font = self.value_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.value_label.setFont(font)
        self.caption_label = QLabel(caption, self)
        self.caption_label.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)

    def set_value(self, text: str) -> None:
        self.value_label.setText(text)

    def is_clickable(self) -> bool:
        return self._clickable

    def set_clickable(self, tooltip: str) -> None:
        """Make the card a button. Called once its figure is shown, after the first frame:
        the hand cursor and focus policy live in PySide's Qt namespace (~20 ms to build)."""
        from PySide6.QtCore import Qt

        self._clickable = True
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(tooltip)
        self.setAccessibleDescription(tooltip)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        from PySide6.QtCore import Qt

        if (
            self._clickable
            and event.button() == Qt.MouseButton.LeftButton
            and self.rect().contains(event.position().toPoint())
        ):
            self.clicked.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        from PySide6.QtCore import Qt

        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if self._clickable and event.key() in keys:
            self.clicked.emit()
            return
        super().keyPressEvent(event)

    def value(self) -> str:
        return self.value_label.text()


class LazyPage(QWidget):
    """Holds a page that is built the first time it is shown: pages nobody opens cost nothing
    at start-up. `built(page)` is emitted once the real page exists."""

    built = Signal(QWidget)

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self.page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure_built(self) -> QWidget:
        if self.page is None:
            self.page = self._factory()
            self.layout().addWidget(self.page)
            self.built.emit(self.page)
            if self.isVisible():
                # Shown now rather than by the layout's queued call: its showEvent loads it.
                self.page.show()
        return self.page

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.ensure_built()
        super().showEvent(event)


class DeferredRefresh:
    """Mixin for pages: a refresh asked while the page is hidden inside the window waits until
    the page is shown (so start-up and month changes only query the page on screen)."""

    _stale = False

    def defer_refresh(self) -> bool:
        if self.parent() is not None and not self.isVisible():  # type: ignore[attr-defined]
            self._stale = True
            return True
        self._stale = False
        return False

    def refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()  # type: ignore[attr-defined]
