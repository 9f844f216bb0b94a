"""Small shared widgets: the empty-state message, the month selector, a figure card, a page
built on first show."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.shell.icons import icon

SPACING = 8  # the one spacing unit; margins are multiples of it


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


class MonthSelector(QWidget):
    """‹ 2026-10 › — the month every page shows; emits `month_changed('YYYY-MM')`."""

    month_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, month: str | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self._prev = QToolButton(self)
        self._prev.setIcon(icon("chevron-left"))
        self._prev.setToolTip(translate("Widgets", "Previous month"))
        self._next = QToolButton(self)
        self._next.setIcon(icon("chevron-right"))
        self._next.setToolTip(translate("Widgets", "Next month"))
        self._edit = QDateEdit(self)
        self._edit.setDisplayFormat("yyyy-MM")
        self._edit.setCalendarPopup(False)
        self._edit.setToolTip(translate("Widgets", "The month shown"))
        self._edit.setAccessibleName(translate("Widgets", "Month"))
        layout.addWidget(self._prev)
        layout.addWidget(self._edit)
        layout.addWidget(self._next)
        self.set_month(month or month_text(dt.date.today()))
        self._edit.dateChanged.connect(self._on_edit_date_changed)
        self._prev.clicked.connect(lambda: self.step(-1))
        self._next.clicked.connect(lambda: self.step(1))

    def month(self) -> str:
        d = self._edit.date()
        return f"{d.year():04d}-{d.month():02d}"

    def set_month(self, month: str) -> None:
        year, number = (int(x) for x in month.split("-"))
        self._edit.setDate(QDate(year, number, 1))

    def step(self, months: int) -> None:
        self._edit.setDate(self._edit.date().addMonths(months))

    def _on_edit_date_changed(self, _date: QDate) -> None:
        self.month_changed.emit(self.month())


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
