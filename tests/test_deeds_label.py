"""The §3 figure column "good deeds" counts deeds done AND in progress, the bureau sentence's
为群众办好事实事 counts deeds done only: where the two numbers differ, the two labels must not
sound alike. The column says what it counts (含进行中 / incl. in progress), in the district
workbook and PDF, the branch workbook and the monthly/annual PDFs, headers whole."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from exports.bundle import make_bundle
from exports.pdf.annual import build_annual
from exports.pdf.district import build_district
from exports.pdf.monthly import build_monthly
from exports.report_data import gather_annual, gather_monthly, gather_workbook
from exports.xlsx.district import write_district_workbook
from exports.xlsx.registers import write_workbook
from models.bureau.district import district_data
from models.bureau.merge import import_bundles
from models.bureau.sentence import total_label
from models.file.ledger import open_ledger
from models.text import i18n
from tests.bureau_helpers import build_branch

IN_PROGRESS = {"zh_CN": "含进行中", "en": "in progress"}


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("deeds")
    for n, name in enumerate(("育才小学党支部", "实验中学党支部")):
        made = build_branch(tmp / f"b{n}.ledger", name, seed=3 + n, people=4, per_month=4)
        make_bundle(made.path, tmp / f"b{n}.bundle")
    path = tmp / "district.ledger"
    assert all(r.accepted for r in import_bundles(path, [tmp / "b0.bundle", tmp / "b1.bundle"]))
    return path, build_branch(tmp / "one.ledger", "育才小学党支部", seed=5, per_month=5).path


def _sums(path: Path, start: str, end: str) -> tuple[int, int]:
    """(done, done + in progress) over the live activities of the period, by raw SQL."""
    con = sqlite3.connect(path)
    done, both = con.execute(
        "SELECT SUM(deeds_done), SUM(deeds_done + deeds_in_progress) FROM activity"
        " WHERE deleted_at IS NULL AND date >= ? AND date < ?",
        (start, end),
    ).fetchone()
    con.close()
    return int(done or 0), int(both or 0)


def _flat_text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def _words(pdf: Path) -> list[str]:
    return _flat_text(pdf).split()


def _header_whole(header: str, pdf: Path, lang: str) -> None:
    if lang == "en":
        words = set(_words(pdf))
        for word in header.split():
            assert word in words, (word, header)  # no word cut in two
    else:
        assert header in "".join(_flat_text(pdf).split()), header


@pytest.fixture(params=["zh_CN", "en"])
def lang(request, qapp):
    i18n.install_cli(request.param)
    yield request.param
    i18n.install_cli("en")
    i18n.install(None)


def test_district_column_says_it_counts_deeds_in_progress(district, lang, tmp_path) -> None:
    path, _one = district
    done, both = _sums(path, "2026-01-01", "2027-01-01")
    assert done != both  # the fixture has deeds in progress: the two numbers differ
    with open_ledger(path, readonly=True):
        data = district_data("2026", today=dt.date(2026, 12, 31))
    xlsx = tmp_path / "d.xlsx"
    write_district_workbook(data, xlsx)
    wb = load_workbook(xlsx)
    rows = list(wb.worksheets[0].iter_rows(values_only=True))
    head = next(r for r in rows if r and r[1] and r[0] == data.highlight_headers()[0])
    column = next(i for i, h in enumerate(head) if h and IN_PROGRESS[lang] in str(h))
    label = str(head[column])
    total = next(r for r in rows if r[0] == total_label())
    assert total[column] == both
    # The sentence's figure: its header and value in the study-and-service sheet.
    i = next(k for k, d in enumerate(data.definitions) if d.measure == "deeds_done")
    sentence_label = data.highlight_headers()[i + 1]
    assert data.highlights[i] == done
    assert IN_PROGRESS[lang] not in sentence_label
    # Same-sounding: one label the tail of the other (好事实事（件） in 为群众办好事实事（件）).
    assert not sentence_label.lower().endswith(label.lower()), (label, sentence_label)
    assert not label.lower().endswith(sentence_label.lower()), (label, sentence_label)
    pdf = tmp_path / "d.pdf"
    build_district(data, pdf)
    _header_whole(label, pdf, lang)


def test_branch_documents_say_it_too(district, lang, tmp_path) -> None:
    _path, one = district
    done, both = _sums(one, "2026-10-01", "2026-11-01")
    assert done != both
    with open_ledger(one, readonly=True):
        monthly = gather_monthly("2026-10")
        annual = gather_annual("2026")
        book = gather_workbook("2026-10")
    xlsx = tmp_path / "r.xlsx"
    write_workbook(book, xlsx)
    rows = list(load_workbook(xlsx).worksheets[0].iter_rows(values_only=True))
    head = next(r for r in rows if any(h and IN_PROGRESS[lang] in str(h) for h in r))
    column = next(i for i, h in enumerate(head) if h and IN_PROGRESS[lang] in str(h))
    assert rows[rows.index(head) + 1][column] == both
    label = str(head[column])
    for build, data in ((build_monthly, monthly), (build_annual, annual)):
        pdf = tmp_path / f"{build.__name__}.pdf"
        build(data, pdf)
        _header_whole(label, pdf, lang)
