"""District figures equal the sum of the branches' figures; the report shows them exactly."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
from pathlib import Path

import pytest

from exports.bundle import make_bundle
from exports.pdf.district import build_district
from exports.report_data import gather_monthly
from exports.xlsx.district import write_district_workbook
from main import main
from models.bureau.district import district_data
from models.bureau.merge import import_bundles
from models.file.ledger import open_ledger
from tests.bureau_helpers import build_branch, oracle

NAMES = ("育才小学党支部", "实验中学党支部", "东风幼儿园党支部")
FIGURES = ("activities", "attendances", "expected", "hours", "deeds", "people")


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("district")
    branches = []
    for n, name in enumerate(NAMES):
        made = build_branch(
            tmp / f"b{n}.ledger", name, seed=10 + n, per_month=5, activists=2, themes=True
        )
        make_bundle(made.path, tmp / f"b{n}.bundle")
        branches.append(made)
    path = tmp / "district.ledger"
    results = import_bundles(path, [tmp / f"b{n}.bundle" for n in range(len(NAMES))])
    assert all(r.accepted for r in results)
    return tmp, path, branches


@pytest.mark.parametrize(
    "period,start,end",
    [
        ("2026", "2026-01-01", "2027-01-01"),
        ("2026-10", "2026-10-01", "2026-11-01"),
    ],
)
def test_district_is_the_sum_of_the_branches(district, period, start, end) -> None:
    tmp, path, branches = district
    # Each branch counted in its own file, independently of models.rules.counting.
    own = {}
    for made in branches:
        own.update(oracle(made.path, start, end))
    with open_ledger(path, readonly=True):
        data = district_data(period, today=dt.date(2026, 12, 31))
    assert [b.name for b in data.branches] == sorted(NAMES)
    for line in data.branches:
        mine = own[line.name]
        for key in FIGURES:
            assert getattr(line.figures, key) == pytest.approx(mine[key]), (line.name, key)
        assert line.highlights == [
            mine["collective_study"],
            mine["seminar"],
            mine["tradition"],
            mine.get("party_volunteer", 0),
            mine["deeds_done"],
        ], line.name
    for key in FIGURES:
        assert getattr(data.total, key) == pytest.approx(sum(f[key] for f in own.values())), key
    assert data.total.activities > 0
    h = data.highlights
    assert h[0] == sum(f["collective_study"] for f in own.values())
    assert h[3] == sum(f.get("party_volunteer", 0) for f in own.values())
    # The sentence states the exact totals, each under its definition's label.
    for d, number in zip(data.definitions, h, strict=True):
        assert f"{d.label} {number} " in data.sentence


def test_branch_filter(district) -> None:
    _tmp, path, branches = district
    own = oracle(branches[1].path, "2026-01-01", "2027-01-01")[NAMES[1]]
    with open_ledger(path, readonly=True):
        everyone = district_data("2026", with_compliance=False)
        uuid = next(b.uuid for b in everyone.branches if b.name == NAMES[1])
        one = district_data("2026", branch_uuid=uuid, with_compliance=False)
    assert [b.name for b in one.branches] == [NAMES[1]]
    assert one.total.activities == own["activities"]
    assert one.total.attendances == own["attendances"]


def test_missed_rules_per_branch(district) -> None:
    _tmp, path, branches = district
    with open_ledger(path, readonly=True):
        data = district_data("2026-10", today=dt.date(2026, 11, 15))
    for made, name in zip(branches, NAMES, strict=True):
        con = sqlite3.connect(made.path)
        held = {
            k
            for (k,) in con.execute(
                "SELECT k.kind FROM activity_kind k JOIN activity a ON a.id = k.activity_id"
                " WHERE a.date BETWEEN '2026-10-01' AND '2026-10-31'"
                " AND a.deleted_at IS NULL AND k.deleted_at IS NULL"
            )
        }
        con.close()
        line = next(b for b in data.branches if b.name == name)
        missed = {s.kind for s in line.missed if s.period_kind == "month"}
        # A monthly rule is missed exactly when its kind was not held in October (the branches
        # have a party group but no committee, so the committee rule does not apply).
        assert missed == {"theme_day", "staff_study", "group_meeting"} - held


def test_pdf_and_excel(district, tmp_path: Path) -> None:
    _tmp, path, _branches = district
    with open_ledger(path, readonly=True):
        data = district_data("2026", today=dt.date(2026, 12, 31))
    pdf = tmp_path / "district.pdf"
    pages = build_district(data, pdf)
    assert pages >= 1 and pdf.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    text = "".join(page.extract_text() for page in reader.pages)
    for name in NAMES:
        assert name in text
    assert str(data.total.attendances) in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), fonts.stdout
    xlsx = tmp_path / "district.xlsx"
    write_district_workbook(data, xlsx)
    from openpyxl import load_workbook

    wb = load_workbook(xlsx)
    sheet = wb.worksheets[0]
    values = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]}
    for line in data.branches:
        assert values[line.name][1] == line.figures.activities
        assert values[line.name][2] == line.figures.attendances
    total = [r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0] == "Total"][0]
    assert total[1] == sum(b.figures.activities for b in data.branches)
    assert total[9] == data.total.deeds
    assert data.sentence in [c for r in sheet.iter_rows(values_only=True) for c in r if c]
    # 口径说明: every figure's definition is printed under the sentence, in the PDF and Excel.
    cells = [c for ws in wb.worksheets for r in ws.iter_rows(values_only=True) for c in r if c]
    flat = "".join(text.split())
    for note in data.definition_notes():
        assert note in cells
        assert "".join(note.split()) in flat, note


def test_cli_report_district(district, tmp_path: Path, qapp) -> None:
    # qapp: main() must find a QApplication, not create a QCoreApplication (GUI tests follow).
    _tmp, path, _branches = district
    pdf, xlsx = tmp_path / "d.pdf", tmp_path / "d.xlsx"
    assert (
        main(["--lang", "en", "report", "district", str(path), "--year", "2026", "-o", str(pdf)])
        == 0
    )
    assert (
        main(
            ["--lang", "en", "report", "district", str(path), "--month", "2026-10", "-o", str(xlsx)]
        )
        == 0
    )
    assert pdf.read_bytes().startswith(b"%PDF")
    assert xlsx.read_bytes().startswith(b"PK")


def test_branch_reports_on_a_district_file_need_the_branch(district, tmp_path, qapp, capsys):
    _tmp, path, branches = district
    out = tmp_path / "m.pdf"
    base = ["--lang", "en", "report", "monthly", str(path), "--month", "2026-10", "-o", str(out)]
    assert main(base) == 2
    err = capsys.readouterr().err
    assert "--branch" in err and all(name in err for name in NAMES)
    assert not out.exists()
    assert main([*base, "--branch", "无此支部"]) == 2
    err = capsys.readouterr().err
    assert "无此支部" in err and all(name in err for name in NAMES)
    # With a name: that branch's figures, as counted in its own file.
    xlsx = tmp_path / "x.xlsx"
    rc = main(["--lang", "en", "export-xlsx", str(path), "--month", "2026-10", "-o", str(xlsx)])
    assert rc == 2 and not xlsx.exists()
    assert main([*base, "--branch", NAMES[1]]) == 0 and out.exists()
    capsys.readouterr()
    own = oracle(branches[1].path, "2026-10-01", "2026-11-01")[NAMES[1]]
    with open_ledger(path, readonly=True):
        data = gather_monthly("2026-10", branch=NAMES[1])
    assert data.branch_name == NAMES[1]
    assert data.total.activities == own["activities"]
    assert data.total.attendances == own["attendances"]


def test_the_totals_add_up_the_rows_without_another_pass(district, monkeypatch) -> None:
    """The district page's totals are its rows added up, not a second query over the whole
    period (issue 13): every count asked for names a branch."""
    from models.rules import counting

    _tmp, path, branches = district
    asked = []
    real = counting._run

    def spy(kind, period, branch_uuid, kinds):
        asked.append((kind, branch_uuid))
        return real(kind, period, branch_uuid, kinds)

    monkeypatch.setattr(counting, "_run", spy)
    with open_ledger(path, readonly=True):
        data = district_data("2026", with_compliance=False)
    # One query grouped by branch (the rows), then per-branch ones; never a whole-period total.
    assert asked and all(group == "branch" for group, uuid in asked if uuid is None)
    own = {}
    for made in branches:
        own.update(oracle(made.path, "2026-01-01", "2027-01-01"))
    expected = sum(f["expected"] for f in own.values())
    present = sum(f["attendances"] for f in own.values())
    assert data.total.expected == expected
    assert data.total.attendance_rate == pytest.approx(present / expected, abs=1e-4)


def test_excel_and_stats_list_the_same_branches(district, tmp_path: Path, capsys, qapp) -> None:
    """A deleted branch whose activities still count, and two branches of the same name:
    `stats --json` and the district workbook list the same rows, adding up to the total."""
    import json
    import shutil

    _tmp, path, branches = district
    copy = tmp_path / "district.ledger"
    shutil.copy(path, copy)
    con = sqlite3.connect(copy)
    con.execute(
        "UPDATE branch SET deleted_at = '2026-11-01T00:00:00', rev = rev + 1 WHERE uuid = ?",
        (branches[0].branch_uuid,),
    )
    con.execute("UPDATE branch SET name = ? WHERE uuid = ?", (NAMES[1], branches[2].branch_uuid))
    con.commit()
    con.close()
    assert main(["--lang", "en", "stats", str(copy), "--year", "2026", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    xlsx = tmp_path / "d.xlsx"
    assert (
        main(["--lang", "en", "report", "district", str(copy), "--year", "2026", "-o", str(xlsx)])
        == 0
    )
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx).worksheets[0]
    rows = {}
    # The title row, then the header row, then one row per branch and the total.
    for row in sheet.iter_rows(min_row=3, values_only=True):
        if row[0] is None:
            break
        rows[row[0]] = row[1]
    total = rows.pop("Total")
    assert set(rows) == set(stats["by_branch"])
    assert len(rows) == len(NAMES)
    assert rows == {name: f["activities"] for name, f in stats["by_branch"].items()}
    assert total == stats["total"]["activities"] == sum(rows.values())
