"""The monthly summary's bar chart, drawn directly on the canvas, looks exactly like the
reportlab.graphics HorizontalBarChart it replaced (rendered to pixels with poppler's pdftoppm),
and labels English in the proportional Latin face, never in the CJK font's fixed-width Latin
(checked with poppler's pdffonts, independently of the pixel comparison)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from exports.pdf.charts import AXIS_GREY, LABEL_GAP, _style_values, horizontal_bars, monthly_columns
from exports.pdf.common import FRAME_WIDTH
from exports.pdf.fonts import fonts, is_latin, plain


def reference_font(label: str) -> str:
    """The face a label of one script is set in: Latin letters and digits in the Latin face."""
    fs = fonts()
    assert fs.latin is not None
    latin = all(is_latin(c) for c in label if not c.isspace())
    return fs.latin if latin else fs.body


def graphics_chart(items: list[tuple[str, float]], width: float) -> Drawing:
    """The chart as it was built with reportlab.graphics (the reference)."""
    fs = fonts()
    STATE_DEFAULTS["fontName"] = fs.body
    rows = max(1, len(items))
    bar_area = rows * 6 * mm
    longest = max(
        (stringWidth(plain(label), reference_font(label), 8.5) for label, _ in items), default=0
    )
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
    for i, (label, _) in enumerate(ordered):
        chart.categoryAxis.labels[i].fontName = reference_font(label)
    chart.categoryAxis.labels.fontSize = 8.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -LABEL_GAP
    chart.categoryAxis.strokeColor = AXIS_GREY
    _style_values(chart, items, fs)
    chart.barSpacing = 2
    chart.groupSpacing = 4
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = reference_font("0")
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
    "zero_bar_and_mixed": [("王芳", 0), ("党课", 12), ("volunteer work", 37)],
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


def _face_names(pdf: Path) -> set[str]:
    """The base names of the fonts a PDF uses ("LiberationSerif", "UMingCN-0"), via pdffonts."""
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    return {line.split()[0].split("+")[-1] for line in out.stdout.splitlines()[2:]}


def _face_of(font: str) -> str:
    """The PostScript name of a registered font, as pdffonts prints it (after the subset tag)."""
    name = pdfmetrics.getFont(font).face.name
    return name.decode() if isinstance(name, bytes) else str(name)


def _chart_pdf(flowable, path: Path) -> Path:
    canvas = Canvas(str(path), pagesize=A4)
    _w, height = flowable.wrapOn(canvas, FRAME_WIDTH, A4[1])
    flowable.drawOn(canvas, 60, A4[1] - 60 - height)
    canvas.save()
    return path


def test_english_bars_use_the_proportional_latin_face(tmp_path: Path):
    fs = fonts()
    assert fs.latin is not None
    items = [("Branch general meeting", 1), ("Theme party day", 2), ("Other", 11)]
    faces = _face_names(_chart_pdf(horizontal_bars(items, FRAME_WIDTH), tmp_path / "bars.pdf"))
    assert _face_of(fs.latin) in faces
    assert _face_of(fs.body) not in faces  # no label, value or tick in the CJK font's Latin


def test_english_columns_use_the_proportional_latin_face(tmp_path: Path):
    fs = fonts()
    assert fs.latin is not None
    items = [(f"{m:02d}", m * 3 % 7) for m in range(1, 13)]
    drawing = monthly_columns(items, FRAME_WIDTH, "Activities per month")
    faces = _face_names(_chart_pdf(drawing, tmp_path / "columns.pdf"))
    assert _face_of(fs.latin) in faces
    assert _face_of(fs.body) not in faces


def test_a_rare_character_in_a_bar_label_is_drawn_from_the_extension_font(tmp_path: Path):
    fs = fonts()
    if fs.fallback is None:
        pytest.fail("no extension font (HanaMinB ships in resources/fonts)")
    pdf = _chart_pdf(horizontal_bars([("王𠮷祥", 3)], FRAME_WIDTH), tmp_path / "rare.pdf")
    fs.covers(fs.fallback, "𠮷")  # registers the extension font
    assert _face_of(fs.fallback) in _face_names(pdf)


def test_bar_labels_stand_clear_of_the_axis_ticks(tmp_path: Path):
    items = [("Committee meeting", 1), ("Party group meeting", 3), ("Other", 1)]
    bars = horizontal_bars(items, FRAME_WIDTH)
    pdf = _chart_pdf(bars, tmp_path / "bars.pdf")
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]+)<', out)
    axis = 60 + bars.plot_x  # where _chart_pdf draws the chart, plus the plot's left edge
    label_words = [(float(x1), w) for _x0, x1, w in words if w in ("meeting", "Other")]
    assert len(label_words) == 3
    for right, word in label_words:
        assert right <= axis - 5, (word, right, axis)  # the ticks reach 5 pt left of the axis
