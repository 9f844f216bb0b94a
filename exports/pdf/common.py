"""Styles, tables and other building blocks shared by every PDF document.

The page itself (A4 geometry, running header, footer with fingerprint and "第 x 页 共 y 页") is in
exports.pdf.page; its names are importable from here as well.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    LongTable,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from exports.pdf.fonts import clean, font_for, fonts, markup, text_width
from exports.pdf.linebreak import Paragraph
from exports.pdf.page import (  # noqa: F401 - the documents import the page from here too
    FRAME_WIDTH,
    HEADER_FILL,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE_GREY,
    HeadingKeeper,
    PageInfo,
    build_pdf,
)
from models.text.i18n import translate


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


TITLE_MIN_SIZE = 13
# What a paragraph may fill: the frame less its padding (6 pt each side; a table, centred,
# may use the whole FRAME_WIDTH).
TEXT_WIDTH = FRAME_WIDTH - 12


def title_paragraph(text: str, branch: str = "") -> Paragraph:
    """The document title, on one line where it fits (stepping the size down to 13 pt).

    A title that still does not fit is set on two lines split where the branch name meets the
    document's own name ("…党支部" / "月度工作小结"), so the document's name is never broken
    inside a word; a branch name too long even for its own line wraps by the line-breaking
    rules (exports.pdf.linebreak)."""
    st = styles().title
    lines = [text]
    size = _fitting_size(lines, st)
    if size is None and branch and branch in text:
        before, after = text.split(branch, 1)
        lines = [before + branch, after] if after.strip() else [before.rstrip(), branch]
        lines = [line.strip() for line in lines if line.strip()]
        size = _fitting_size(lines, st)
    size = size or TITLE_MIN_SIZE
    style = ParagraphStyle(f"title{size}", parent=st, fontSize=size, leading=round(size * 1.4, 1))
    return Paragraph("<br/>".join(markup(line, st.fontName) for line in lines), style)


def _fitting_size(lines: list[str], st: ParagraphStyle) -> float | None:
    size = st.fontSize
    while size >= TITLE_MIN_SIZE:
        if all(text_width(line, size, st.fontName) <= TEXT_WIDTH - 2 for line in lines):
            return size
        size -= 1
    return None


LONG_PARAGRAPH = 1200


def paragraphs(text: object, style: ParagraphStyle | None = None) -> list[Paragraph]:
    """Running text (minutes, resolutions) as one Paragraph per written paragraph, so long text
    splits across pages cleanly; a paragraph of more than LONG_PARAGRAPH characters is set as
    several, cut after a sentence (or, failing one, a space) — laying out one huge paragraph
    costs time in proportion to its length on every page it spans."""
    out: list[Paragraph] = []
    for block in clean(text).split("\n"):
        while len(block) > LONG_PARAGRAPH:
            window = block[LONG_PARAGRAPH // 2 : LONG_PARAGRAPH]
            ends = [window.rfind(mark) for mark in "。！？；.!?; "]
            cut = LONG_PARAGRAPH // 2 + max(ends) + 1 if max(ends) >= 0 else LONG_PARAGRAPH
            out.append(para(block[:cut], style))
            block = block[cut:]
        if block.strip():
            out.append(para(block, style))
    return out


def with_detail(text: str, detail: str) -> str:
    """ "text（detail）" in Chinese, "text (detail)" in English: each language's brackets."""
    if not detail:
        return text
    return translate("Reports", "{text} ({detail})").format(text=text, detail=detail).strip()


def heading(text: str, level: int = 2) -> Paragraph:
    """A heading: at most three lines (a longer topic is cut with a mark)."""
    st = styles().h2 if level == 2 else styles().h3
    return fitted(text, st, FRAME_WIDTH, 3 * st.leading + 1)


def fmt_number(value: float | int | None) -> str:
    """Numbers as printed: integers without decimals, others with up to two (7.75, 2.5), with
    thousands separators (1,264.5)."""
    if value is None:
        return "—"
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}"  # 12,480: the thousands separator a bureau's tables use
    return f"{value:,.2f}".rstrip("0").rstrip(".")


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
    frame_width: float = FRAME_WIDTH,
) -> Table:
    """A ruled table that splits across pages and repeats its header row.

    `widths` are fractions of the frame width (`frame_width`: a landscape page's is wider);
    `align` has one letter per column (L, C, R).
    """
    st = styles()
    by_align = {"L": st.cell, "C": st.cell_center, "R": st.cell_right}
    align = align.ljust(len(header), "L")
    col_widths = [w * frame_width for w in widths]
    data: list[list[object]] = [
        [
            Paragraph(markup(h, st.head_cell.fontName), words_fit(h, st.head_cell, w - 6))
            for h, w in zip(header, col_widths, strict=False)
        ]
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


# The tallest a table cell may grow: a text longer than this (a topic pasted with a whole
# document in it) is cut with a mark, since a row taller than a page cannot be laid out at all.
CELL_MAX_HEIGHT = 90 * mm
# Texts shorter than this always fit (no need to measure them).
_SHORT_TEXT = 120


def _cell(value: object, style: ParagraphStyle, width: float) -> object:
    """A table cell: plain text when it fits on one line in the body font (much faster to lay
    out), else a wrapping Paragraph (which also routes rare characters to the fallback font)."""
    if isinstance(value, Flowable):
        return value
    text = clean(value)
    fs = fonts()
    if (
        "\n" not in text
        and all(c == " " or font_for(c, fs.body, text) == fs.body for c in text)
        and stringWidth(text, fs.body, style.fontSize) <= width
    ):
        return text
    if _NUMBER.fullmatch(text):
        return _number_cell(text, style, width)
    return fitted(text, style, width)


# A figure ("1,264.1", "22/24", "91.0%", "—"): never wrapped inside a cell.
_NUMBER = re.compile(r"[\d.,/%:+\-–—×√○ ]+")
_MIN_NUMBER_SIZE = 5.5


def _number_cell(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """A figure too wide for its column: set on one line in a smaller size, never wrapped."""
    size = style.fontSize
    while size > _MIN_NUMBER_SIZE and stringWidth(text, style.fontName, size) > width:
        size -= 0.5
    smaller = ParagraphStyle(
        f"{style.name}-{size}", parent=style, fontSize=size, leading=max(size * 1.25, 6)
    )
    return Paragraph(markup(text, style.fontName), smaller)


_WORD = re.compile(r"[A-Za-z0-9.,'’()\-/%]+")
_MIN_WORD_SIZE = 6


def words_fit(text: object, style: ParagraphStyle, width: float) -> ParagraphStyle:
    """`style`, or a smaller size of it when a Latin word of `text` is wider than `width`:
    a word is never broken ("Attendance" in a narrow column steps the size down instead)."""
    words = _WORD.findall(clean(text))
    if not words:
        return style
    longest = max(words, key=lambda w: text_width(w, style.fontSize, style.fontName))
    size = style.fontSize
    while size > _MIN_WORD_SIZE and text_width(longest, size, style.fontName) > width:
        size -= 0.5
    if size == style.fontSize:
        return style
    return ParagraphStyle(
        f"{style.name}-w{size}", parent=style, fontSize=size, leading=round(size * 1.3, 1)
    )


def cut_mark() -> str:
    return translate("Reports", "… (cut)")


def fitted(
    text: object, style: ParagraphStyle, width: float, max_height: float = CELL_MAX_HEIGHT
) -> Paragraph:
    """A Paragraph of `text` no taller than `max_height` at `width`: a longer text is cut at
    the last character that fits, with a mark saying so (never a layout error)."""
    source = clean(text)
    style = words_fit(source, style, width)
    if len(source) >= _SHORT_TEXT:
        keep = _fitting_length(source, style, width, max_height)
        if keep < len(source):
            source = source[:keep] + cut_mark()
    return Paragraph(markup(source, style.fontName), style)


@functools.lru_cache(maxsize=256)
def _fitting_length(source: str, style: ParagraphStyle, width: float, max_height: float) -> int:
    """How many characters of `source` fit (with the cut mark when cut): the same long text
    often fills many rows (one reason for a whole group), so the answer is kept."""

    def fits(length: int) -> bool:
        text = source if length == len(source) else source[:length] + cut_mark()
        return Paragraph(markup(text, style.fontName), style).wrap(width, max_height)[1] <= (
            max_height
        )

    # No line holds more than width / (a third of the font size) characters: a text longer
    # than the page could ever show need not be measured whole.
    lines = max(1, int(max_height // style.leading) + 1)
    bound = min(len(source), int(width / (style.fontSize / 3) + 1) * lines)
    if bound == len(source) and fits(bound):
        return bound
    low, high = 0, bound  # the longest prefix that fits, by halving
    while low < high:
        mid = (low + high + 1) // 2
        if fits(mid):
            low = mid
        else:
            high = mid - 1
    return low


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
    width = FRAME_WIDTH / max(1, len(pairs))
    # A word never broken ("Attendance / s"): a long English label steps its size down.
    labels = [
        Paragraph(markup(label), words_fit(label, label_style, width - 12)) for label, _ in pairs
    ]
    values = [Paragraph(markup(value, value_style.fontName), value_style) for _, value in pairs]
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
            fitted(value, st.cell, 0.78 * FRAME_WIDTH - 6),
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


SEAL_SIZE = 36 * mm


def signature_block(roles: Sequence[str] | None = None, *, seal: bool = True) -> list[Flowable]:
    """Signature lines (支部书记签字：______ / 日期：______) with, beside them, the space where
    the branch's seal (盖章) goes: a space and one table (which never splits); give it to
    keep_last_with() so that it never stands alone at the top of a page."""
    st = styles()
    roles = list(roles or [translate("Reports", "Branch secretary's signature")])
    date_label = translate("Reports", "Date")
    lines = [*roles, date_label]
    seal_width = SEAL_SIZE + 8 * mm if seal else 0
    # "支部书记签字：" but "Branch secretary's signature:" (no full-width colon in English)
    labels = [translate("Reports", "{label}:").format(label=label) for label in lines]
    rows = [[para(label, st.body), ""] for label in labels]
    # The label column as wide as the longest label (on one line), the rest for the line.
    inner = 0.94 * FRAME_WIDTH - seal_width
    widest = max(text_width(label, st.body.fontSize, st.body.fontName) for label in labels)
    label_width = min(max(0.26 * FRAME_WIDTH, widest + 12), 0.6 * inner)
    table = Table(
        rows,
        colWidths=[label_width, inner - label_width],
        rowHeights=[12 * mm] * len(rows),
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                ("ALIGN", (0, 0), (0, -1), "RIGHT"),
            ]
        )
    )
    if not seal:
        return [Spacer(1, 8 * mm), table]
    seal_style = ParagraphStyle("seal", parent=st.note, alignment=TA_CENTER, fontSize=9)
    box = Table(
        [[para(translate("Reports", "(seal)"), seal_style)]],
        colWidths=[SEAL_SIZE],
        rowHeights=[SEAL_SIZE],
    )
    box.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, RULE_GREY, None, (2, 2)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    outer = Table(
        [[table, "", box]],
        colWidths=[
            0.74 * FRAME_WIDTH - seal_width + 0.26 * FRAME_WIDTH - 0.06 * FRAME_WIDTH,
            0.06 * FRAME_WIDTH,
            seal_width,
        ],
    )
    outer.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [Spacer(1, 8 * mm), outer]


class KeepWithPrevious(Flowable):
    """`tail` (a signature block) never alone at the top of a page: when it does not fit below
    `previous`, some of `previous` (rows of a table, lines of a paragraph) goes with it to the
    next page. `lead` (the headings just above `previous`) is placed only together with some of
    `previous`, so a heading never stays alone at the bottom of a page either."""

    def __init__(
        self,
        previous: Flowable,
        tail: list[Flowable],
        lead: Sequence[Flowable] = (),
        *,
        carried: bool = False,
    ) -> None:
        super().__init__()
        self.previous, self.tail, self.lead = previous, tail, list(lead)
        # The rest of a split: it goes whole to the next page (splitting it again on this one
        # would repeat a table's header row in the middle of the page).
        self.carried = carried

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803 - reportlab's
        return aW, 0xFFFFFF  # always split: the parts are laid out one by one

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803
        canv = self.canv if hasattr(self, "canv") else None
        lead_h = sum(f.wrapOn(canv, aW, aH)[1] + f.getSpaceBefore() for f in self.lead)
        prev_h = self.previous.wrapOn(canv, aW, aH)[1]
        tail_h = sum(f.wrapOn(canv, aW, aH)[1] for f in self.tail)
        room = aH - lead_h
        if prev_h + tail_h <= room:
            return [*self.lead, self.previous, *self.tail]
        frame = getattr(self, "_frame", None)
        at_top = frame is not None and getattr(frame, "_atTop", False)
        if self.carried and not at_top:
            return []  # on to the next page
        parts = self.previous.splitOn(canv, aW, room - tail_h) if room > tail_h else []
        if len(parts) < 2 and room > 0:
            # Too little room for part of it and the tail: fill this page with what fits,
            # keeping at least its last piece (a table row, a line) for the tail's page.
            parts = self.previous.splitOn(canv, aW, min(room, prev_h - 1))
        if len(parts) >= 2:
            return [*self.lead, *parts[:-1], KeepWithPrevious(parts[-1], self.tail, carried=True)]
        if at_top:
            # a whole page cannot hold them: no loop
            return [*self.lead, self.previous, *self.tail]
        return []  # all of it (headings too) to the next page


def keep_last_with(story: list[Flowable], tail: list[Flowable]) -> list[Flowable]:
    """`story` ending with `tail` kept together with what precedes it (see KeepWithPrevious);
    the headings right above the last flowable go with it."""
    if not story:
        return list(tail)
    body = story[:-1]
    lead: list[Flowable] = []
    while body and body[-1].getKeepWithNext():
        lead.insert(0, body.pop())
    return [*body, KeepWithPrevious(story[-1], tail, lead)]


def empty_note(text: str) -> Paragraph:
    return para(text, styles().note)
