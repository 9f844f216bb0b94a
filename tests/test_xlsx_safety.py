"""Workbooks cannot be turned against their reader: hostile text is written as literal text.

A topic `=1+1`, a location `=cmd|' /C calc'!A0`, an absence reason `=HYPERLINK(…)` or a branch
named like a formula must reach Excel, WPS and LibreOffice as plain strings (never a formula cell,
quote-prefixed where a spreadsheet would read a formula); control characters never crash an export.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import zipfile

import openpyxl
import pytest

from exports.report_data import gather_workbook
from exports.xlsx.cells import sheet_text
from exports.xlsx.registers import write_workbook
from models.file.ledger import open_ledger

HOSTILE = [
    "=1+1",
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://example.invalid/x","城南区第九小学党支部")',
    "+1+2",
    "-2+3",
    "@SUM(1,1)",
    "\t=1+1",
    "\r=1+1",
    "#N/A",
]


def _plant(path, texts: list[str]) -> None:
    """Hostile texts straight into the file (as a bundle or an old version could have left them)."""
    con = sqlite3.connect(path)
    with con:
        acts = [r[0] for r in con.execute("SELECT id FROM activity ORDER BY date, id")]
        for i, act in enumerate(acts):
            text = texts[i % len(texts)]
            con.execute(
                "UPDATE activity SET topic = ?, location = ? WHERE id = ?",
                (text, texts[(i + 1) % len(texts)], act),
            )
        absences = [
            r[0]
            for r in con.execute("SELECT id FROM attendance WHERE status IN ('leave','absent')")
        ]
        for i, att in enumerate(absences):
            con.execute(
                "UPDATE attendance SET reason = ? WHERE id = ?", (texts[(i + 6) % len(texts)], att)
            )
        con.execute("UPDATE branch SET name = ?", (texts[2 % len(texts)],))
        con.execute(
            "UPDATE person SET name = ? WHERE id = (SELECT min(id) FROM person)", (texts[0],)
        )
    con.close()


def _stored(path) -> set[str]:
    con = sqlite3.connect(path)
    rows = con.execute(
        "SELECT topic FROM activity UNION SELECT location FROM activity"
        " UNION SELECT reason FROM attendance UNION SELECT name FROM branch"
        " UNION SELECT name FROM person"
    ).fetchall()
    con.close()
    return {r[0] for r in rows if r[0]}


def _texts(wb) -> list[str]:
    return [
        c.value
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str)
    ]


def _export(path, out, period="2026"):
    with open_ledger(path, readonly=True):
        write_workbook(gather_workbook(period), out)
    return openpyxl.load_workbook(out)


def test_formula_like_text_is_written_as_literal_strings(built, zh, tmp_path):
    path, _fx = built
    _plant(path, HOSTILE)
    out = tmp_path / "hostile.xlsx"
    wb = _export(path, out)
    seen: dict[str, list] = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                assert cell.data_type != "e", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    seen.setdefault(cell.value, []).append(cell)
    wanted = {sheet_text(t) for t in HOSTILE} & {sheet_text(t) for t in _stored(path)}
    assert len(wanted) >= 8  # topics, locations, reasons, branch name and a person's name
    for text in wanted:
        cells = [c for value, cs in seen.items() if text in value for c in cs]
        assert cells, text
        for cell in cells:
            assert cell.data_type == "s"
        exact = seen.get(text, [])
        assert exact, text  # at least one cell holds exactly the hostile text
        for cell in exact:
            assert cell.value == text
            assert cell.quotePrefix, (text, cell.coordinate)
    # The branch name is in the title row of every sheet, as text.
    branch = sheet_text(HOSTILE[2])
    for ws in wb.worksheets:
        assert branch in str(ws["A1"].value)
        assert ws["A1"].data_type == "s"
    # No formula element anywhere in the package.
    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name)


def test_district_workbook_writes_a_formula_named_branch_as_text(tmp_path):
    from exports.bundle import make_bundle
    from exports.xlsx.district import write_district_workbook
    from models.bureau.district import district_data
    from models.bureau.merge import import_bundles
    from tests.bureau_helpers import build_branch

    made = build_branch(tmp_path / "b.ledger", "城南区第九小学党支部", seed=3, per_month=3)
    make_bundle(made.path, tmp_path / "b.bundle")
    district = tmp_path / "district.ledger"
    assert all(r.accepted for r in import_bundles(district, [tmp_path / "b.bundle"]))
    # A name that got into the district file some other way (an older version's import).
    hostile = '=HYPERLINK("http://example.invalid/x","城南区第九小学党支部")'
    con = sqlite3.connect(district)
    with con:
        con.execute("UPDATE branch SET name = ?", (hostile,))
    con.close()
    with open_ledger(district, readonly=True):
        data = district_data("2026", today=dt.date(2026, 12, 31))
    out = tmp_path / "d.xlsx"
    write_district_workbook(data, out)
    wb = openpyxl.load_workbook(out)
    found = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type not in ("f", "e"), (ws.title, cell.coordinate)
                if cell.value == hostile:
                    found += 1
                    assert cell.data_type == "s" and cell.quotePrefix
    assert found >= 3  # one row in each of the three sheets


@pytest.mark.parametrize("bad", ["\x00", "\x1b", "\x0b", "\x0c", "\x7f", "\x9b"])
def test_control_characters_never_crash_a_workbook(built, tmp_path, bad):
    path, _fx = built
    _plant(path, [f"学习{bad}材料", f"{bad}=1+1", "敬老院" + bad * 3])
    wb = _export(path, tmp_path / "ctl.xlsx")
    texts = [
        c.value
        for ws in wb.worksheets
        for r in ws.iter_rows()
        for c in r
        if isinstance(c.value, str)
    ]
    assert any(t.startswith("学习") and "材料" in t for t in texts)
    assert not any(bad in t for t in texts if bad not in "\n")


def test_very_long_text_is_cut_with_a_mark(built, tmp_path):
    path, _fx = built
    _plant(path, ["长" * 40000, "短"])
    wb = _export(path, tmp_path / "long.xlsx")
    longest = max(
        (
            c.value
            for ws in wb.worksheets
            for r in ws.iter_rows()
            for c in r
            if isinstance(c.value, str)
        ),
        key=len,
    )
    assert len(longest) == 32767 and longest.endswith("…")


def test_times_are_time_values_and_print_setup(built, zh, tmp_path):
    path, _fx = built
    wb = _export(path, tmp_path / "t.xlsx", "2026-10")
    ws = wb["会议"]
    assert "实验小学党支部" in ws["A1"].value and "2026年10月" in ws["A1"].value
    assert ws["A2"].value == "日期" and ws.freeze_panes == "A3"
    starts = [r[1] for r in ws.iter_rows(min_row=3, values_only=True)]
    assert starts and all(isinstance(s, dt.time) for s in starts)
    for sheet in wb.worksheets:
        assert int(sheet.page_setup.paperSize) == 9  # A4
        assert sheet.print_title_rows == "$1:$2"
        assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert wb["志愿服务"].page_setup.orientation == "landscape"  # 15 columns
