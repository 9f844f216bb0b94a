"""A small bar chart painted with QPainter (activities per month; no QtCharts needed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Signal
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent


class BarChart(QWidget):
    """Bars with their value on top and a label below; clicking a bar emits its key."""

    bar_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: list[tuple[str, str, int]] = []  # (key, label, value)
        self._highlight: str | None = None
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def set_series(self, series: list[tuple[str, str, int]], highlight: str | None = None) -> None:
        self._series = list(series)
        self._highlight = highlight
        self.setAccessibleDescription(", ".join(f"{label}: {v}" for _k, label, v in series))
        self.update()

    def series(self) -> list[tuple[str, str, int]]:
        return list(self._series)

    def sizeHint(self) -> QSize:
        return QSize(420, 200)

    def _bars(self) -> list[tuple[str, QRectF, QRectF, int, str]]:
        """(key, bar rect, column rect, value, label) for each bar in widget coordinates."""
        if not self._series:
            return []
        fm = self.fontMetrics()
        top, bottom = fm.height() + 6, fm.height() + 8
        area = QRectF(self.rect()).adjusted(8, top, -8, -bottom)
        most = max((v for _k, _l, v in self._series), default=0) or 1
        width = area.width() / len(self._series)
        bars = []
        for i, (key, label, value) in enumerate(self._series):
            column = QRectF(area.left() + i * width, 0, width, self.height())
            h = area.height() * value / most
            bar = QRectF(column.left() + width * 0.18, area.bottom() - h, width * 0.64, h)
            bars.append((key, bar, column, value, label))
        return bars

    def paintEvent(self, _event: QPaintEvent) -> None:
        bars = self._bars()
        if not bars:
            # The first frame: the figures come from the worker afterwards. Painting nothing
            # spares the first frame PySide's Qt namespace (~20 ms): the first setPen/setBrush
            # call of a process builds it while resolving the overloads.
            return
        # Imported here: the painter's and palette's wrappers (~2.5 ms) are not needed before
        # there are bars to paint.
        from PySide6.QtGui import QPainter, QPalette

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = self.fontMetrics()
        self._paint_bars(painter, bars)
        painter.setPen(pal.color(QPalette.ColorRole.Mid))
        base = self.height() - fm.height() - 8
        painter.drawLine(QPointF(8, base), QPointF(self.width() - 8, base))
        painter.end()

    def _paint_bars(self, painter: QPainter, bars: list) -> None:
        from PySide6.QtCore import Qt  # not before the first frame (see paintEvent)
        from PySide6.QtGui import QColor, QPalette

        pal = self.palette()
        accent = pal.color(QPalette.ColorRole.Highlight)
        muted = QColor(accent)
        muted.setAlpha(110)
        text = pal.color(QPalette.ColorRole.WindowText)
        fm = self.fontMetrics()
        for key, bar, column, value, label in bars:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent if key == self._highlight else muted)
            painter.drawRoundedRect(bar, 2, 2)
            painter.setPen(text)
            painter.drawText(
                QRectF(column.left(), bar.top() - fm.height() - 2, column.width(), fm.height()),
                Qt.AlignmentFlag.AlignCenter,
                str(value),
            )
            painter.drawText(
                QRectF(column.left(), self.height() - fm.height() - 4, column.width(), fm.height()),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for key, _bar, column, _value, _label in self._bars():
            if column.contains(event.position()):
                self.bar_clicked.emit(key)
                return
        super().mousePressEvent(event)
