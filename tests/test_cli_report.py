"""`main.py report monthly|annual` and `export-xlsx`."""

from __future__ import annotations

import openpyxl
from pypdf import PdfReader
from reports_fixture import sql_figures

import main


def test_report_monthly_and_annual(built, qapp, tmp_path, capsys):
    path, _fx = built
    out = tmp_path / "m.pdf"
    rc = main.main(
        [
            "--lang",
            "zh_CN",
            "report",
            "monthly",
            str(path),
            "--month",
            "2026-10",
            "-o",
            str(out),
            "--minutes",
            "--photos",
        ]
    )
    assert rc == 0 and out.exists()
    assert capsys.readouterr().out.strip() == str(out)
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "月度工作小结" in text and "会议记录" in text
    annual = tmp_path / "a.pdf"
    rc = main.main(
        ["--lang", "zh_CN", "report", "annual", str(path), "--year", "2026", "-o", str(annual)]
    )
    assert rc == 0 and "年度工作总结" in PdfReader(annual).pages[0].extract_text()
    main.main(["--lang", "en", "stats", str(path), "--year", "2026"])  # back to English


def test_export_xlsx(built, qapp, tmp_path, capsys):
    path, _fx = built
    out = tmp_path / "o.xlsx"
    rc = main.main(["--lang", "en", "export-xlsx", str(path), "--month", "2026-10", "-o", str(out)])
    assert rc == 0 and capsys.readouterr().out.strip() == str(out)
    wb = openpyxl.load_workbook(out)
    assert wb["Summary"]["B3"].value == sql_figures(path, "2026-10-01", "2026-11-01")["activities"]


def test_errors_are_messages_not_tracebacks(built, qapp, tmp_path, capsys):
    path, _fx = built
    out = tmp_path / "x.pdf"
    rc = main.main(
        ["--lang", "en", "report", "monthly", str(path), "--month", "2026-13", "-o", str(out)]
    )
    err = capsys.readouterr().err
    assert rc == 2 and "13" in err and "Traceback" not in err and not out.exists()
    rc = main.main(
        ["--lang", "en", "report", "annual", str(path), "--month", "2026-10", "-o", str(out)]
    )
    assert rc == 2 and "--year" in capsys.readouterr().err
    rc = main.main(
        [
            "--lang",
            "en",
            "report",
            "monthly",
            str(tmp_path / "missing.ledger"),
            "--month",
            "2026-10",
            "-o",
            str(out),
        ]
    )
    assert rc == 2 and "does not exist" in capsys.readouterr().err
    rc = main.main(
        [
            "--lang",
            "en",
            "export-xlsx",
            str(path),
            "--year",
            "2026",
            "-o",
            str(tmp_path / "no" / "such" / "o.xlsx"),
        ]
    )
    assert rc == 2 and "does not exist" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.part"))


def test_report_leaves_the_ledger_unchanged(built, qapp, tmp_path):
    path, _fx = built
    before = path.read_bytes()
    main.main(
        [
            "--lang",
            "en",
            "report",
            "monthly",
            str(path),
            "--month",
            "2026-10",
            "-o",
            str(tmp_path / "m.pdf"),
        ]
    )
    assert path.read_bytes() == before
