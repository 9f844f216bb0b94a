"""Charts for the PDF documents, labelled as the text around them is set: Chinese in the CJK
body font, Latin letters and digits in the proportional Latin face (never the CJK font's
fixed-width Latin), a rare character in the extension font.

The monthly summary's bars are drawn directly on the canvas (HorizontalBars); the annual
summary's columns use reportlab.graphics, imported only then.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus.flowables import Flowable

from exports.pdf.fonts import draw_text, fonts, is_latin, plain, text_width

LABEL_GAP = 8  # pt between a bar's label and the axis (its ticks reach 5 pt out)
BAR_FILL = colors.Color(0.66, 0.11, 0.11)  # the red of Party documents, printed dark enough in grey
AXIS_GREY = colors.Color(0.45, 0.45, 0.45)
GRID_GREY = colors.Color(0.85, 0.85, 0.85)

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing


def _nice_max(value: float) -> tuple[float, float]:
    """An axis maximum and step a little above `value` with whole-number steps."""
    top = max(1.0, float(value))
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if top / step <= 6:
            return step * (int(top / step) + (0 if (top / step).is_integer() else 1)), step
    return top, top / 5


def _use_body_font_in_graphics() -> None:
    """Charts start from reportlab's graphics defaults (Helvetica, never embedded): use ours."""
    from reportlab.graphics import shapes

    shapes.STATE_DEFAULTS["fontName"] = fonts().body


def label_font(labels: Sequence[str]) -> str:
    """The one font for a set of graphics labels (reportlab.graphics draws a label in a single
    font): the Latin face when every label is Latin text (English month names, figures), else
    the CJK body font."""
    fs = fonts()
    if fs.latin and all(is_latin(c) for label in labels for c in plain(label) if not c.isspace()):
        return fs.latin
    return fs.body


def _style_values(chart, items: list, fs) -> None:
    """The value axis, grid and bars both charts share."""
    top, step = _nice_max(max((v for _, v in items), default=0))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = label_font(["0123456789"])
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.strokeColor = AXIS_GREY
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID_GREY
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars[0].fillColor = BAR_FILL
    chart.bars[0].strokeColor = None


def _count_label(value: float) -> str:
    """Bar labels: the count, nothing over an empty month."""
    return "" if not value else f"{value:g}"


class HorizontalBars(Flowable):
    """One bar per (label, value), labels at the left, values at the bar ends.

    Drawn with plain canvas operations in the geometry reportlab's HorizontalBarChart gives
    these settings (one series, barWidth 10, groupSpacing 4, category axis ticks 5 to the left,
    value axis ticks and labels 5 below, labels in a box 1.2 × the font size high): the monthly
    summary is printed every month, and the graphics package cost it ~40 ms to import and draw
    (tests/test_pdf_charts.py compares the two drawings).
    """

    def __init__(self, items: Sequence[tuple[str, float]], width: float) -> None:
        super().__init__()
        self.items = [(plain(label), float(value)) for label, value in items]
        self.width = width
        rows = max(1, len(self.items))
        self.bar_area = rows * 6 * mm
        self.height = self.bar_area + 14 * mm
        # Room for the longest label (English kind names are longer than Chinese ones), each
        # character measured in the font that draws it.
        longest = max((text_width(label, 8.5) for label, _ in self.items), default=0)
        self.plot_x = min(60 * mm, max(24 * mm, longest + 5 * mm))
        self.plot_y = 8 * mm
        self.plot_width = width - self.plot_x - 12 * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        x0, y0, w, h = self.plot_x, self.plot_y, self.plot_width, self.bar_area
        top, step = _nice_max(max((v for _, v in self.items), default=0))
        ticks = [i * step for i in range(int(top / step + 1e-9) + 1)]
        # reportlab draws the first category at the bottom; reversed so the list reads top-down.
        ordered = list(reversed(self.items)) or [("", 0.0)]
        slot = h / len(ordered)
        canvas.saveState()
        canvas.setLineCap(0)
        canvas.setLineJoin(0)
        # grid
        canvas.setStrokeColor(GRID_GREY)
        canvas.setLineWidth(0.4)
        for t in ticks:
            x = x0 + w * t / top
            canvas.line(x, y0, x, y0 + h)
        # bars and their labels
        canvas.setFillColor(BAR_FILL)
        bar = slot * 10 / 14
        for i, (_, value) in enumerate(ordered):
            if not value:
                continue  # no bar at all (a zero-width rectangle still prints a faint line)
            canvas.rect(x0, y0 + i * slot + slot * 2 / 14, w * value / top, bar, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        for i, (_, value) in enumerate(ordered):
            draw_text(
                canvas, x0 + w * value / top + 3, y0 + (i + 0.5) * slot - 0.4 * 8, int(value), 8
            )
        # category axis: line, a tick at each boundary, labels right-aligned clear of the ticks
        canvas.setStrokeColor(AXIS_GREY)
        canvas.setLineWidth(1)
        canvas.line(x0, y0, x0, y0 + h)
        for i in range(len(ordered) + 1):
            canvas.line(x0, y0 + i * slot, x0 - 5, y0 + i * slot)
        for i, (label, _) in enumerate(ordered):
            draw_text(
                canvas, x0 - LABEL_GAP, y0 + (i + 0.5) * slot - 0.4 * 8.5, label, 8.5, right=True
            )
        # value axis: line, ticks 5 down, labels centred below them
        canvas.line(x0, y0, x0 + w, y0)
        for t in ticks:
            canvas.line(x0 + w * t / top, y0, x0 + w * t / top, y0 - 5)
        for t in ticks:
            tick = f"{int(t)}"
            draw_text(canvas, x0 + w * t / top - text_width(tick, 7.5) / 2, y0 - 5 - 7.5, tick, 7.5)
        canvas.restoreState()


def horizontal_bars(items: Sequence[tuple[str, float]], width: float) -> HorizontalBars:
    """One bar per (label, value), labels at the left, values at the bar ends."""
    return HorizontalBars(items, width)


def monthly_columns(items: Sequence[tuple[str, float]], width: float, caption: str = "") -> Drawing:
    """A column per month (label, value), e.g. activities in each month of a year."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String

    _use_body_font_in_graphics()
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
    chart.categoryAxis.labels.fontName = label_font(chart.categoryAxis.categoryNames)
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = AXIS_GREY
    _style_values(chart, items, fs)
    chart.barLabelFormat = _count_label
    chart.barLabels.fontName = label_font(["0123456789"])
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
                fontName=(fs.latin_bold or fs.heading)
                if label_font([caption]) != fs.body
                else fs.heading,
                fontSize=9,
                textAnchor="middle",
            )
        )
    return drawing
