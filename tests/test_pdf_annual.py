"""The annual summary PDF: year, month and per-person figures match an independent count."""

from __future__ import annotations

from reports_fixture import (
    contains_run,
    fmt,
    fmt_h,
    pdf_pages,
    pdffonts_unembedded,
    person_totals,
    sql_figures,
    tokens,
    unembedded_fonts,
)

from exports.pdf.annual import build_annual
from exports.report_data import gather_annual
from models.file.ledger import open_ledger


def _row(f: dict) -> list[str]:
    rate = f"{f['present'] / f['expected'] * 100:.1f}%" if f["expected"] else "—"
    return [
        fmt(f["activities"]),
        fmt(f["attendances"]),
        fmt(f["people"]),
        fmt(f["expected"]),
        fmt(f["present"]),
        rate,
        fmt_h(f["study_minutes"]),
        fmt_h(f["service_minutes"]),
        fmt(f["deeds"]),
    ]


def test_year_month_and_people_match_an_independent_count(built, zh, tmp_path):
    path, _fx = built
    out = tmp_path / "annual.pdf"
    with open_ledger(path, readonly=True):
        data = gather_annual("2026")
    build_annual(data, out)
    text = "\n".join(pdf_pages(out))
    toks = tokens(text)
    year = sql_figures(path, "2026-01-01", "2027-01-01")
    assert year["activities"] == 5
    assert contains_run(toks, ["全年", *_row(year)])
    september = sql_figures(path, "2026-09-01", "2026-10-01")
    october = sql_figures(path, "2026-10-01", "2026-11-01")
    assert contains_run(toks, ["2026年9月", *_row(september)])
    assert contains_run(toks, ["2026年10月", *_row(october)])
    assert contains_run(toks, ["2026年3月", *_row(sql_figures(path, "2026-03-01", "2026-04-01"))])
    people = person_totals(path, "2026-01-01", "2027-01-01")
    for name, t in people.items():
        if name.startswith("王龑"):
            continue  # split by the PDF text extraction around the missing glyph
        assert contains_run(
            toks,
            [name, fmt(t["attended"]), fmt(t["expected"]), fmt_h(t["study"]), fmt_h(t["vol"])],
        ), name
    assert "组织生活会" in text and "民主评议党员" in text
    assert "本年度制度落实情况" in text
    assert unembedded_fonts(out) == [] and pdffonts_unembedded(out) == []


def test_empty_year(built, zh, tmp_path):
    path, _fx = built
    out = tmp_path / "empty.pdf"
    with open_ledger(path, readonly=True):
        build_annual(gather_annual("2019"), out)
    text = "\n".join(pdf_pages(out))
    assert "本年度没有活动记录" in text


def test_english_figure_tables_keep_words_whole_and_figures_at_the_right(built, english, tmp_path):
    import re
    import subprocess

    path, _fx = built
    out = tmp_path / "annual-en.pdf"
    with open_ledger(path, readonly=True):
        build_annual(gather_annual("2026"), out)
    bbox = subprocess.run(
        ["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]+)<'
    pages = [
        [(float(x0), float(y0), float(x1), w) for x0, y0, x1, w in re.findall(pattern, page)]
        for page in bbox.split("<page ")[1:]
    ]
    # The last column (good deeds) of the month table is set like the other figures: flush
    # right, one right edge.
    column: list[tuple[float, float, float, str]] = []
    for page in pages:
        months = [w for w in page if w[3] == "Month"]
        deeds = [w for w in page if w[3] == "deeds" and months and abs(w[1] - months[0][1]) < 12]
        if deeds:
            header = [w[3] for w in page if abs(w[1] - months[0][1]) < 12]
            assert "Attendances" in header, header  # never "Attendanc" / "es"
            below = [w for w in page if w[1] > deeds[0][1] + 5 and w[0] > deeds[0][0] - 15]
            column = [w for w in below if re.fullmatch(r"[\d,]+", w[3])][:12]
            break
    assert len(column) >= 3
    assert max(w[2] for w in column) - min(w[2] for w in column) < 1, column
    assert min(w[2] for w in column) > deeds[0][2], column  # not at the left of the cell
