"""The monthly summary's bar chart, drawn directly on the canvas, looks exactly like the
reportlab.graphics HorizontalBarChart it replaced (rendered to pixels with poppler's pdftoppm)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from exports.pdf.charts import AXIS_GREY, _style_values, horizontal_bars
from exports.pdf.common import FRAME_WIDTH
from exports.pdf.fonts import fonts, plain


def graphics_chart(items: list[tuple[str, float]], width: float) -> Drawing:
    """The chart as it was built with reportlab.graphics (the reference)."""
    fs = fonts()
    STATE_DEFAULTS["fontName"] = fs.body
    rows = max(1, len(items))
    bar_area = rows * 6 * mm
    longest = max((stringWidth(plain(label), fs.body, 8.5) for label, _ in items), default=0)
    label_width = min(60 * mm, max(24 * mm, longest + 5 * mm))
    drawing = Drawing(width, bar_area + 14 * mm)
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 8 * mm
    chart.width = width - label_width - 12 * mm
    chart.height = bar_area
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


def render(flowable, path: Path) -> Image.Image:
    canvas = Canvas(str(path.with_suffix(".pdf")), pagesize=A4)
    width, height = flowable.wrapOn(canvas, FRAME_WIDTH, A4[1])
    flowable.drawOn(canvas, 60, A4[1] - 60 - height)
    canvas.save()
    subprocess.run(
        ["pdftoppm", "-png", "-r", "110", "-singlefile", str(path.with_suffix(".pdf")), str(path)],
        check=True,
    )
    return Image.open(path.with_suffix(".png")).convert("RGB")


CASES = {
    "month": [("党员大会", 1), ("支部委员会", 1), ("党小组会", 3), ("集中学习", 6), ("其他", 1)],
    "one": [("主题党日", 2)],
    "many_and_large": [(f"Kind {i} with a long English name", (i * 7) % 23) for i in range(14)],
    "zero_bar_and_rare": [("王𠮷", 0), ("党课", 12), ("volunteer work", 37)],
}


@pytest.mark.parametrize("items", CASES.values(), ids=CASES.keys())
def test_bars_look_as_reportlab_graphics_drew_them(tmp_path: Path, items):
    ours = horizontal_bars(items, FRAME_WIDTH)
    reference = graphics_chart(items, FRAME_WIDTH)
    assert (ours.width, ours.height) == (reference.width, reference.height)
    a = render(ours, tmp_path / "ours")
    b = render(reference, tmp_path / "reference")
    assert ImageChops.difference(a, b).getbbox() is None  # pixel for pixel
    assert a.convert("L").getextrema()[0] < 100  # and something dark was drawn at all
