"""The page template, styles and table helpers shared by every PDF document.

A4 portrait with office-like margins; a running header (branch and document); a footer with the
data fingerprint, the time the document was made and "第 x 页 共 y 页". The total page count is
only known at the end, so the canvas keeps every page's state and draws the footers on save
(the usual reportlab "NumberedCanvas").
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import IO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable, _listWrapOn

from exports.fonts import fonts, markup
from models.i18n import translate

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


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of a document."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    head_cell: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle


_styles: Styles | None = None


def styles() -> Styles:
    """The styles (created once; the fonts are registered on first use)."""
    global _styles
    if _styles is None:
        fs = fonts()
        body = ParagraphStyle(
            "body", fontName=fs.body, fontSize=10.5, leading=17, wordWrap="CJK", alignment=TA_LEFT
        )
        cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12.5)
        _styles = Styles(
            title=ParagraphStyle(
                "title",
                fontName=fs.heading,
                fontSize=18,
                leading=26,
                alignment=TA_CENTER,
                spaceAfter=2 * mm,
                wordWrap="CJK",
            ),
            subtitle=ParagraphStyle(
                "subtitle",
                parent=body,
                alignment=TA_CENTER,
                fontSize=11,
                leading=16,
                spaceAfter=4 * mm,
            ),
            h2=ParagraphStyle(
                "h2",
                fontName=fs.heading,
                fontSize=13,
                leading=19,
                spaceBefore=5 * mm,
                spaceAfter=2 * mm,
                keepWithNext=1,
                wordWrap="CJK",
            ),
            h3=ParagraphStyle(
                "h3",
                fontName=fs.heading,
                fontSize=11,
                leading=16,
                spaceBefore=3 * mm,
                spaceAfter=1.5 * mm,
                keepWithNext=1,
                wordWrap="CJK",
            ),
            body=body,
            cell=cell,
            cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
            cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
            head_cell=ParagraphStyle(
                "head_cell", parent=cell, fontName=fs.heading, alignment=TA_CENTER
            ),
            small=ParagraphStyle("small", parent=body, fontSize=8, leading=11),
            note=ParagraphStyle(
                "note", parent=body, textColor=colors.Color(0.3, 0.3, 0.3), fontSize=9.5
            ),
        )
    return _styles


def para(text: object, style: ParagraphStyle | None = None) -> Paragraph:
    """A Paragraph of plain text (escaped, rare characters routed to the fallback font)."""
    st = style or styles().body
    return Paragraph(markup(text, st.fontName), st)


def heading(text: str, level: int = 2) -> Paragraph:
    st = styles().h2 if level == 2 else styles().h3
    return Paragraph(markup(text, st.fontName), st)


def fmt_number(value: float | int | None) -> str:
    """Numbers as printed: integers without decimals, others with up to two (7.75, 2.5)."""
    if value is None:
        return "—"
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def fmt_rate(rate: float | None) -> str:
    """参会率 as a percentage with one decimal (— when nobody was expected)."""
    return "—" if rate is None else f"{rate * 100:.1f}%"


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    align: str = "",
    *,
    total_row: bool = False,
) -> Table:
    """A ruled table that splits across pages and repeats its header row.

    `widths` are fractions of the frame width; `align` has one letter per column (L, C, R).
    """
    st = styles()
    by_align = {"L": st.cell, "C": st.cell_center, "R": st.cell_right}
    align = align.ljust(len(header), "L")
    col_widths = [w * FRAME_WIDTH for w in widths]
    data: list[list[object]] = [
        [Paragraph(markup(h, st.head_cell.fontName), st.head_cell) for h in header]
    ]
    for row in rows:
        data.append(
            [
                _cell(cell, by_align[a], width - 6)
                for cell, a, width in zip(row, align, col_widths, strict=False)
            ]
        )
    table = LongTable(data, colWidths=col_widths, repeatRows=1)
    names = {"L": "LEFT", "C": "CENTER", "R": "RIGHT"}
    commands = [
        ("FONTSIZE", (0, 1), (-1, -1), st.cell.fontSize),
        ("LEADING", (0, 1), (-1, -1), st.cell.leading),
        *[("ALIGN", (i, 1), (i, -1), names[a]) for i, a in enumerate(align)],
        ("GRID", (0, 0), (-1, -1), 0.5, RULE_GREY),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if total_row and rows:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL))
    table.setStyle(table_style(commands))
    return table


def _cell(value: object, style: ParagraphStyle, width: float) -> object:
    """A table cell: plain text when it fits on one line in the body font (much faster to lay
    out), else a wrapping Paragraph (which also routes rare characters to the fallback font)."""
    if isinstance(value, Flowable):
        return value
    text = "" if value is None else str(value)
    fs = fonts()
    if (
        "\n" not in text
        and all(fs.covers(fs.body, c) or c == " " for c in text)
        and stringWidth(text, fs.body, style.fontSize) <= width
    ):
        return text
    return Paragraph(markup(text), style)


def table_style(commands: list[tuple]) -> TableStyle:
    """A TableStyle whose cell font is the body font (reportlab's default, Helvetica, is never
    embedded, and empty cells would still pull it into the PDF)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts().body), *commands])


def figures_table(pairs: Sequence[tuple[str, str]]) -> Table:
    """Key figures as a band of boxes: label above, number below."""
    st = styles()
    label_style = ParagraphStyle("fig_label", parent=st.cell_center, fontSize=8.5)
    value_style = ParagraphStyle(
        "fig_value", parent=st.cell_center, fontName=st.h2.fontName, fontSize=14, leading=19
    )
    labels = [Paragraph(markup(label), label_style) for label, _ in pairs]
    values = [Paragraph(markup(value, value_style.fontName), value_style) for _, value in pairs]
    width = FRAME_WIDTH / max(1, len(pairs))
    table = Table([labels, values], colWidths=[width] * len(pairs))
    table.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, RULE_GREY),
                ("INNERGRID", (0, 0), (-1, -1), 0.4, RULE_GREY),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 1), (-1, 1), 4),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 5),
            ]
        )
    )
    return table


def info_lines(pairs: Sequence[tuple[str, str]]) -> Table:
    """A borderless two-column block of "label：value" lines (document particulars)."""
    st = styles()
    rows = [
        [
            Paragraph(
                markup(label, st.h3.fontName),
                ParagraphStyle("il", parent=st.cell, fontName=st.h3.fontName),
            ),
            Paragraph(markup(value), st.cell),
        ]
        for label, value in pairs
    ]
    table = Table(rows, colWidths=[0.22 * FRAME_WIDTH, 0.78 * FRAME_WIDTH])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def signature_block(roles: Sequence[str] | None = None) -> KeepTogether:
    """Signature lines (支部书记签字：______  日期：______), kept on one page."""
    st = styles()
    roles = list(roles or [translate("Reports", "Branch secretary's signature")])
    date_label = translate("Reports", "Date")
    rows = [
        [
            para(f"{role}：", st.body),
            "",
            para(f"{date_label}：", st.body),
            "",
        ]
        for role in roles
    ]
    table = Table(
        rows,
        colWidths=[0.26 * FRAME_WIDTH, 0.34 * FRAME_WIDTH, 0.12 * FRAME_WIDTH, 0.28 * FRAME_WIDTH],
        rowHeights=[13 * mm] * len(rows),
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                ("LINEBELOW", (3, 0), (3, -1), 0.6, colors.black),
                ("ALIGN", (0, 0), (0, -1), "RIGHT"),
            ]
        )
    )
    return KeepTogether([Spacer(1, 8 * mm), table])


def empty_note(text: str) -> Paragraph:
    return para(text, styles().note)


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


def _numbered_canvas(info: PageInfo) -> type[rl_canvas.Canvas]:
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
            top = PAGE_HEIGHT - MARGIN_TOP + 6 * mm
            self.line(MARGIN_LEFT, top, PAGE_WIDTH - MARGIN_RIGHT, top)
            self.setFont(fs.body, 8.5)
            self.setFillColor(colors.Color(0.25, 0.25, 0.25))
            self.drawString(MARGIN_LEFT, top + 2 * mm, info.header_left)
            self.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, top + 2 * mm, info.header_right)
            bottom = MARGIN_BOTTOM - 8 * mm
            self.line(MARGIN_LEFT, bottom + 4.5 * mm, PAGE_WIDTH - MARGIN_RIGHT, bottom + 4.5 * mm)
            self.setFont(fs.body, 7.5)
            self.drawString(
                MARGIN_LEFT,
                bottom,
                footer_text.format(fingerprint=info.fingerprint, time=info.made_at),
            )
            self.setFont(fs.body, 9)
            self.drawRightString(
                PAGE_WIDTH - MARGIN_RIGHT,
                bottom,
                page_text.format(page=self._pageNumber, total=total),
            )
            self.restoreState()

    return NumberedCanvas


def build_pdf(
    out: str | os.PathLike[str] | IO[bytes],
    story: list[Flowable],
    info: PageInfo,
    *,
    title: str,
    author: str = "",
) -> int:
    """Lay out `story` on A4 pages and write the PDF to `out`; return the number of pages.

    The file appears only when complete (written to memory first), so a failed build never
    leaves half a PDF where the secretary expects the report.
    """
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
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
    canvas_class = _numbered_canvas(info)
    doc.build(story, canvasmaker=canvas_class)
    data = buffer.getvalue()
    if hasattr(out, "write"):
        out.write(data)  # type: ignore[union-attr]
    else:
        tmp = f"{os.fspath(out)}.part"
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, out)
    return doc.page
