"""Line breaking for mixed Chinese and Latin text: Chinese rules (禁则) and whole Latin words.

reportlab's CJK wrapping breaks between any two characters: a line could start with "，" or
"）" (it hangs only a single such mark), end with "（" or "“", and an English word or a number
("1264.1") could be cut in two. `Paragraph` here breaks lines itself:

- a Latin word, a number or a run of digits with its unit stays whole (unless it is wider than
  the line on its own);
- no line starts with closing punctuation (，。、；：？！）》」』”’ …): the mark takes the
  character before it to the next line;
- no line ends with opening punctuation (（《「『“‘ …): it moves to the next line with what it
  opens;
- spaces are break opportunities and never start a line.

Only the breaking is ours; the lines are built and drawn by reportlab as for its own CJK wrap.
"""

from __future__ import annotations

from reportlab.platypus.paragraph import Paragraph as _Paragraph
from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine

# May not start a line (Chinese 行首禁则), and may not end one (行尾禁则).
CANNOT_START = frozenset("，。、；：？！）》」』】〕〉］｝”’…‥·・%‰℃°′″!),.:;?]}｡､ー～〜ゝゞ々")
CANNOT_END = frozenset("（《「『【〔〈［｛“‘([{$￥£")
FUZZ = 1e-6


def _is_word_char(char: str) -> bool:
    """Part of a Latin word or a number (kept together on one line)."""
    if not char:
        return False
    code = ord(char)
    if code < 0x2E80:  # below the CJK blocks: Latin, Greek, Cyrillic, digits, Latin punctuation
        return not char.isspace() and char not in CANNOT_END and char not in "—–"
    return False


def _units(chars: list[cjkU]) -> list[tuple[int, int]]:
    """[start, end) index ranges that must stay on one line."""
    units: list[tuple[int, int]] = []
    i, n = 0, len(chars)
    while i < n:
        start = i
        char = chars[i]
        if hasattr(char.frag, "lineBreak"):
            i += 1
        elif _is_word_char(char) and char not in CANNOT_START:
            while i < n and _is_word_char(chars[i]) and not hasattr(chars[i].frag, "lineBreak"):
                i += 1
        else:
            i += 1
        units.append((start, i))
    # Glue: opening marks to what follows, closing marks to what precedes.
    glued: list[tuple[int, int]] = []
    pending: int | None = None  # start of opening marks waiting for their unit
    for start, end in units:
        text = "".join(chars[start:end])
        if pending is None and text in CANNOT_END:
            pending = start
            continue
        if pending is not None:
            if text in CANNOT_END:
                continue
            start, pending = pending, None
        if glued and text and text[0] in CANNOT_START and not text.isspace():
            glued[-1] = (glued[-1][0], end)
        else:
            glued.append((start, end))
    if pending is not None:
        glued.append((pending, len(chars)))
    return glued


def break_lines(chars: list[cjkU], max_widths: list[float], calc_bounds: bool) -> ParaLines:
    """The lines of a paragraph (reportlab's CJK line objects) by the rules above."""
    lines: list[object] = []
    edges = [0.0]  # edges[i]: the width of chars[:i]
    for char in chars:
        edges.append(edges[-1] + char.width)

    def line(start: int, end: int, line_break: bool = False) -> None:
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        used = edges[end] - edges[start]
        lines.append(
            makeCJKParaLine(
                chars[start:end], max_width, used, max_width - used, line_break, calc_bounds
            )
        )

    line_start = pos = 0
    for start, end in _units(chars):
        if end - start == 1 and hasattr(chars[start].frag, "lineBreak"):
            line(line_start, end, True)
            line_start = pos = end
            continue
        blank = all(c.isspace() for c in chars[start:end])
        if blank and line_start == start:
            line_start = pos = end  # no line starts with a space
            continue
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        if blank or edges[end] - edges[line_start] <= max_width + FUZZ:
            pos = end
            continue
        if pos > line_start:  # the unit goes to the next line
            line(line_start, pos)
            line_start = pos
            max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        # A unit wider than a whole line (a very long word): cut it where each line is full.
        while edges[end] - edges[line_start] > max_width + FUZZ:
            cut = line_start + 1
            while cut < end and edges[cut + 1] - edges[line_start] <= max_width + FUZZ:
                cut += 1
            line(line_start, cut)
            line_start = cut
            max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        pos = end
    if pos > line_start:
        line(line_start, pos)
    return ParaLines(kind=1, lines=lines)


class Paragraph(_Paragraph):
    """A reportlab Paragraph (wordWrap="CJK" styles) that breaks lines by the rules above."""

    def breakLinesCJK(self, maxWidths: float | list[float]) -> ParaLines:  # noqa: N802, N803
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        if getattr(self, "bulletText", None) or getattr(self.style, "endDots", None):
            return super().breakLinesCJK(maxWidths)
        self.height = 0
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara
        frags = self.frags
        if not frags:
            return super().breakLinesCJK(maxWidths)
        chars: list[cjkU] = []
        for frag in frags:
            if hasattr(frag, "cbDefn"):
                return super().breakLinesCJK(maxWidths)  # images inline: reportlab's own way
            text = frag.text if hasattr(frag, "text") else "".join(getattr(frag, "words", []))
            if isinstance(text, bytes):
                text = text.decode("utf-8")
            if text:
                chars.extend(cjkU(t, frag, "utf-8") for t in text)
            else:
                chars.append(cjkU(text, frag, "utf-8"))
        auto = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
        return break_lines(chars, list(maxWidths), auto not in ("", "off"))
