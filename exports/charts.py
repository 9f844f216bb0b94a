"""Charts for the PDF documents (reportlab.graphics), labelled in the document's CJK body font."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from exports.fonts import fonts, plain

BAR_FILL = colors.Color(0.66, 0.11, 0.11)  # the red of Party documents, printed dark enough in grey
AXIS_GREY = colors.Color(0.45, 0.45, 0.45)


def _nice_max(value: float) -> tuple[float, float]:
    """An axis maximum and step a little above `value` with whole-number steps."""
    top = max(1.0, float(value))
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if top / step <= 6:
            return step * (int(top / step) + (0 if (top / step).is_integer() else 1)), step
    return top, top / 5


def _style_values(chart, items: list, fs) -> None:
    """The value axis, grid and bars both charts share."""
    top, step = _nice_max(max((v for _, v in items), default=0))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = fs.body
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.strokeColor = AXIS_GREY
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars[0].fillColor = BAR_FILL
    chart.bars[0].strokeColor = None


def _count_label(value: float) -> str:
    """Bar labels: the count, nothing over an empty month."""
    return "" if not value else f"{value:g}"


def horizontal_bars(items: Sequence[tuple[str, float]], width: float) -> Drawing:
    """One bar per (label, value), labels at the left, values at the bar ends."""
    fs = fonts()
    rows = max(1, len(items))
    bar_area = rows * 6 * mm
    height = bar_area + 14 * mm
    # Room for the longest label (English kind names are longer than Chinese ones).
    longest = max((stringWidth(plain(label), fs.body, 8.5) for label, _ in items), default=0)
    label_width = min(60 * mm, max(24 * mm, longest + 5 * mm))
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 8 * mm
    chart.width = width - label_width - 12 * mm
    chart.height = bar_area
    # reportlab draws the first category at the bottom; reverse so the list reads top-down.
    ordered = list(reversed(items))
    chart.data = [[float(v) for _, v in ordered] or [0.0]]
    chart.categoryAxis.categoryNames = [plain(label) for label, _ in ordered] or [""]
    chart.categoryAxis.labels.fontName = fs.body
    chart.categoryAxis.labels.fontSize = 8.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -2
    chart.categoryAxis.strokeColor = AXIS_GREY
    _style_values(chart, items, fs)
    chart.barSpacing = 2
    chart.groupSpacing = 4
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fs.body
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def monthly_columns(items: Sequence[tuple[str, float]], width: float, caption: str = "") -> Drawing:
    """A column per month (label, value), e.g. activities in each month of a year."""
    fs = fonts()
    height = 62 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x = 12 * mm
    chart.y = 10 * mm
    chart.width = width - 18 * mm
    chart.height = height - 20 * mm
    chart.data = [[float(v) for _, v in items] or [0.0]]
    chart.categoryAxis.categoryNames = [plain(label) for label, _ in items] or [""]
    chart.categoryAxis.labels.fontName = fs.body
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = AXIS_GREY
    _style_values(chart, items, fs)
    chart.barLabelFormat = _count_label
    chart.barLabels.fontName = fs.body
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 2
    drawing.add(chart)
    if caption:
        drawing.add(
            String(
                width / 2,
                height - 5 * mm,
                plain(caption),
                fontName=fs.heading,
                fontSize=9,
                textAnchor="middle",
            )
        )
    return drawing
