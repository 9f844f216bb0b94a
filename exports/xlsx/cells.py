"""Every value the app writes into a workbook goes through here, so that text stays text.

Text in a ledger comes from forms, bundles and rosters, and is hostile in every output: a topic
`=1+1`, a location `=cmd|' /C calc'!A0` or a branch named `=HYPERLINK("http://…","…")` must be
shown literally by Excel, WPS and LibreOffice, never run. openpyxl turns a string that starts
with `=` into a formula and one that reads like `#N/A` into an error value, so `put()` writes
every string as a string cell (`t="inlineStr"`) and marks those that start with a character a
spreadsheet reads as the start of a formula (= + - @ tab CR LF) with the "quote prefix" style,
which keeps them text even when someone edits the cell. Control characters (NUL, ESC, the
vertical tab Word uses for a line break) are removed or turned into line breaks, and texts are
cut to the 32,767 characters a cell holds, with a mark — never an exception in the middle of an
export. `save()` checks the whole workbook once more before writing it, for anything added later.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Any

# What a spreadsheet (or the CSV it may be saved to) treats as the start of a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
MAX_CELL_CHARS = 32767
CUT_MARK = "…"
# C0 controls except tab and line feed, DEL and the C1 controls; line separators become \n.
_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
TIME_FORMAT = "hh:mm"


def sheet_text(value: str) -> str:
    """Text as a cell can hold it: line breaks as \\n, no control characters, not too long."""
    text = _CONTROLS.sub("", _LINE_BREAKS.sub("\n", value))
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - len(CUT_MARK)] + CUT_MARK
    return text


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def literal(cell: Any) -> None:
    """Make a cell holding text a plain string cell that no spreadsheet evaluates."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
        if is_formula_like(cell.value):
            cell.quotePrefix = True


def put(ws: Any, row: int, column: int, value: Any) -> Any:
    """Write `value` into a cell: text as literal text, everything else as it is."""
    cell = ws.cell(row, column)
    if isinstance(value, str):
        cell.value = sheet_text(value)
        literal(cell)
    else:
        cell.value = value
        if isinstance(value, dt.time):
            cell.number_format = TIME_FORMAT
    return cell


def time_value(text: str | None) -> dt.time | str:
    """'14:30' as a time of day (Excel can add and sort it); anything else as text."""
    try:
        return dt.time.fromisoformat(text) if text else ""
    except (TypeError, ValueError):
        return text or ""


def save(wb: Any, out: str | os.PathLike[str]) -> Path:
    """Neutralise every cell once more, then write `out` complete or not at all."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type in ("f", "e") or isinstance(cell.value, str):
                    if not isinstance(cell.value, str):
                        cell.value = str(cell.value)
                    cell.value = sheet_text(cell.value)
                    literal(cell)  # after the assignment, which may have typed it a formula
    props = wb.properties
    for name in ("title", "subject", "creator", "description", "keywords"):
        value = getattr(props, name, None)
        if isinstance(value, str):
            setattr(props, name, sheet_text(value)[:255])
    from models.file.scratch import written_atomically

    target = Path(out)
    with written_atomically(target) as tmp:  # a full disk: no .part left, the plain message
        wb.save(tmp)
    return target
