"""The page of every PDF document: A4 geometry, running header and footer, page numbering.

The footer shows the data fingerprint, the time the document was made and "第 x 页 共 y 页".
The total page count is only known at the end, so the canvas keeps every page's state and draws
the footers on save (the usual reportlab "NumberedCanvas").
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from typing import IO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import KeepTogether, SimpleDocTemplate
from reportlab.platypus.flowables import Flowable, _listWrapOn

from exports.pdf.fonts import MissingCharacters, draw_text, fonts, split_to_width, text_width
from models.file.scratch import write_bytes_atomically
from models.text.i18n import translate

PAGE_WIDTH, PAGE_HEIGHT = A4
# Chinese official documents use wide top/left margins (GB/T 9704 is 37 mm / 28 mm); a little
# less here leaves room for wide tables.
MARGIN_TOP = 25 * mm
MARGIN_BOTTOM = 22 * mm
MARGIN_LEFT = 22 * mm
MARGIN_RIGHT = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
RULE_GREY = colors.Color(0.55, 0.55, 0.55)
HEADER_FILL = colors.Color(0.92, 0.92, 0.92)


MIN_AFTER_HEADING = 30 * mm


class HeadingKeeper(KeepTogether):
    """What keepWithNext builds: keeps a heading with the start of what follows it.

    reportlab's own KeepTogether moves the heading to the next page whenever the whole table
    after it does not fit, which left half-empty pages; this one moves it only when less than
    MIN_AFTER_HEADING of the following content would fit below it.
    """

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        dims: list[tuple[float, float]] = []
        width, height = _listWrapOn(self._content, aW, self.canv, dims=dims)
        self._H, self._dims, self._wrapInfo = height, dims, (aW, aH)
        self._H0 = dims[0][1] if dims else 0
        return width, 0xFFFFFF  # force a split, as KeepTogether does

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        content = self._content[:]
        dims = self._dims or [(0, 0)]
        need = sum(h for _, h in dims[:-1]) + min(dims[-1][1], MIN_AFTER_HEADING)
        frame = getattr(self, "_frame", None)
        at_top = bool(frame is not None and getattr(frame, "_atTop", False))
        if need > aH and not at_top:
            content.insert(0, self.FrameBreak())
        return content


@dataclass(frozen=True)
class PageInfo:
    """What the running header and the footer show."""

    header_left: str
    header_right: str
    fingerprint: str
    made_at: str


HEADER_SIZES = (8.5, 8, 7.5, 7)
HEADER_GAP = 8 * mm


def _running_header(
    canvas: rl_canvas.Canvas,
    left: str,
    right: str,
    y: float,
    page_width: float = PAGE_WIDTH,
) -> None:
    """Branch name on the left, document and period on the right, above the rule. A long
    branch name first gets a smaller size, then wraps upwards onto more lines (never
    overprinting the right-hand text)."""
    frame_width = page_width - MARGIN_LEFT - MARGIN_RIGHT
    for size in HEADER_SIZES:
        if text_width(left, size) + text_width(right, size) + HEADER_GAP <= frame_width:
            draw_text(canvas, MARGIN_LEFT, y, left, size)
            draw_text(canvas, page_width - MARGIN_RIGHT, y, right, size, right=True)
            return
    size = HEADER_SIZES[-1]
    right_width = min(text_width(right, size), frame_width / 2)
    lines = split_to_width(left, size, frame_width - right_width - HEADER_GAP)
    for i, line in enumerate(reversed(lines[:3])):
        draw_text(canvas, MARGIN_LEFT, y + i * size * 1.25, line, size)
    for i, line in enumerate(reversed(split_to_width(right, size, right_width)[:3])):
        draw_text(canvas, page_width - MARGIN_RIGHT, y + i * size * 1.25, line, size, right=True)


def _numbered_canvas(info: PageInfo, pagesize: tuple[float, float] = A4) -> type[rl_canvas.Canvas]:
    page_width, page_height = pagesize  # A4, or A4 landscape
    fs = fonts()
    page_text = translate("Reports", "Page {page} of {total}")
    footer_text = translate("Reports", "Data fingerprint {fingerprint} · made {time}")

    class NumberedCanvas(rl_canvas.Canvas):
        """Keeps each page until the end so every footer can say how many pages there are."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            self.saveState()
            self.setStrokeColor(RULE_GREY)
            self.setLineWidth(0.5)
            top = page_height - MARGIN_TOP + 6 * mm
            self.line(MARGIN_LEFT, top, page_width - MARGIN_RIGHT, top)
            self.setFillColor(colors.Color(0.25, 0.25, 0.25))
            _running_header(self, info.header_left, info.header_right, top + 2 * mm, page_width)
            bottom = MARGIN_BOTTOM - 8 * mm
            self.line(MARGIN_LEFT, bottom + 4.5 * mm, page_width - MARGIN_RIGHT, bottom + 4.5 * mm)
            draw_text(
                self,
                MARGIN_LEFT,
                bottom,
                footer_text.format(fingerprint=info.fingerprint, time=info.made_at),
                7.5,
            )
            numbers = page_text.format(page=self._pageNumber, total=total)
            if any(ord(c) >= 0x2E80 for c in numbers):  # 第 1 页 共 3 页: one run, one font
                self.setFont(fs.body, 9)
                self.drawRightString(page_width - MARGIN_RIGHT, bottom, numbers)
            else:  # Page 1 of 3, in the Latin face
                draw_text(self, page_width - MARGIN_RIGHT, bottom, numbers, 9, right=True)
            self.restoreState()

    return NumberedCanvas


_last = threading.local()


def unprintable() -> list[str]:
    """What the last document built in this thread could not print (one message per character
    no font has, naming the text it is in): shown by the CLI and the Reports page."""
    return list(getattr(_last, "missing", []))


def build_pdf(
    out: str | os.PathLike[str] | IO[bytes],
    story: list[Flowable] | Callable[[], list[Flowable]],
    info: PageInfo,
    *,
    title: str,
    author: str = "",
    pagesize: tuple[float, float] = A4,
) -> int:
    """Lay out `story` on A4 pages and write the PDF to `out`; return the number of pages.

    The file appears only when complete (written to memory first), so a failed build never
    leaves half a PDF where the secretary expects the report.
    """
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        creator="Branch Ledger",
        subject=info.fingerprint,
        # Otherwise every page starts in Helvetica, which is never embedded.
        initialFontName=fonts().body,
    )
    doc.keepTogetherClass = HeadingKeeper
    canvas_class = _numbered_canvas(info, pagesize)
    with MissingCharacters() as missing:
        # A story given as a function is made here, so that its texts are checked too.
        flowables = story() if callable(story) else story
        doc.build(flowables, canvasmaker=canvas_class)
    _last.missing = missing.messages()
    data = buffer.getvalue()
    if hasattr(out, "write"):
        out.write(data)
    else:
        write_bytes_atomically(out, data)  # a full disk: no .part left, the plain message
    return doc.page
