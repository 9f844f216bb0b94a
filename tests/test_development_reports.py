"""`main.py report development PATH --year YYYY -o OUT.pdf|.xlsx`: the 发展党员工作台账, one row
per person with every date (compared with the raw rows), landscape A4 with the header on every
page and every font embedded; the sheet never holds a formula; errors are messages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from pypdf import PdfReader
from reports_fixture import pdffonts_unembedded

import main
from models import services
from models.file.ledger import open_ledger
from tests.followup_helpers import raw
from tests.test_development import build_pipeline

HOSTILE = '=HYPERLINK("http://x","点")'


def cn(day: str) -> str:
    d = dt.date.fromisoformat(day)
    return f"{d.year}年{d.month}月{d.day}日"


def many(tmp_path: Path, count: int = 14) -> Path:
    """The pipeline plus `count` applicants and activists (enough for two landscape pages)."""
    path, made = build_pipeline(tmp_path / "branch.ledger")
    with open_ledger(path):
        for i in range(count):
            name = HOSTILE if i == 0 else f"申请人{i:02d}"
            uuid = services.save_person(
                services.PersonInput(name=name, category="staff", on_roster_since="2023-09-01")
            )
            services.save_stage(
                services.StageInput(uuid, "applicant", f"2026-{1 + i % 9:02d}-0{1 + i % 8}")
            )
            if i % 2:
                services.save_stage(
                    services.StageInput(uuid, "activist", f"2026-{2 + i % 9:02d}-15",
                                        made.people["李明"], made.people["张伟"])
                )  # fmt: skip
    return path


def raw_dates(path: Path) -> dict[str, list[str]]:
    """name → every date of every live stage (stage date, 政审, approval), from the file."""
    found: dict[str, list[str]] = {}
    for name, *days in raw(
        path,
        "SELECT p.name, d.date, d.vetted_on, d.approved_on FROM development_stage d"
        " JOIN person p ON p.id = d.person_id WHERE d.deleted_at IS NULL",
    ):
        found.setdefault(name, []).extend(x for x in days if x)
    return found


def test_pdf_has_every_date_in_chinese_on_landscape_pages(tmp_path, capsys, qapp):
    path = many(tmp_path)
    out = tmp_path / "dev.pdf"
    rc = main.main(["--lang", "zh_CN", "report", "development", str(path), "--year", "2026",
                    "-o", str(out)])  # fmt: skip
    assert rc == 0 and capsys.readouterr().out.strip() == str(out)
    reader = PdfReader(out)
    pages = [p.extract_text() for p in reader.pages]
    main.main(["--lang", "en", "stats", str(path), "--year", "2026"])  # back to English
    assert len(pages) >= 2
    for page in reader.pages:
        assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    for text in pages:
        assert "姓名" in text and "发展对象" in text  # the header row on every page
    text = "".join(pages).replace("\n", "")
    dates = raw_dates(path)
    assert len(dates) == 15
    for name, days in dates.items():
        assert name[:8] in text
        for day in days:
            assert cn(day) in text, (name, day)
    assert pdffonts_unembedded(out) == []


def test_sheet_one_row_per_person_with_real_dates(tmp_path, capsys, qapp):
    path = many(tmp_path, 4)
    out = tmp_path / "dev.xlsx"
    rc = main.main(["--lang", "en", "report", "development", str(path), "--year", "2026",
                    "-o", str(out)])  # fmt: skip
    assert rc == 0
    ws = openpyxl.load_workbook(out).active
    header_row = 2
    header = [c.value for c in ws[header_row]]
    rows = {}
    for row in ws.iter_rows(min_row=header_row + 1):
        if row[1].value is None and row[3].value is None:
            break
        rows[row[0].value] = row
    dates = raw_dates(path)
    assert set(rows) == set(dates)
    for name, days in dates.items():
        cells = {c.value.date().isoformat() for c in rows[name] if isinstance(c.value, dt.datetime)}
        assert set(days) <= cells, name
    hostile = rows[HOSTILE][0]
    assert hostile.data_type == "s" and hostile.value == HOSTILE
    assert "Application" in header and "Introducers" in header


def test_errors_are_messages(tmp_path, capsys, qapp):
    path, _made = build_pipeline(tmp_path / "branch.ledger")
    out = tmp_path / "x.pdf"
    rc = main.main(["--lang", "en", "report", "development", str(path), "--month", "2026-01",
                    "-o", str(out)])  # fmt: skip
    err = capsys.readouterr().err
    assert rc == 2 and "--year" in err and "Traceback" not in err and not out.exists()
    rc = main.main(["--lang", "en", "report", "development", str(path), "--year", "2026",
                    "--branch", "没有这个支部", "-o", str(out)])  # fmt: skip
    err = capsys.readouterr().err
    assert rc == 2 and "branch" in err and "Traceback" not in err and not out.exists()
    rc = main.main(["--lang", "en", "report", "development", str(path), "--year", "2026",
                    "-o", str(tmp_path / "nowhere" / "x.pdf")])  # fmt: skip
    assert rc == 2 and "does not exist" in capsys.readouterr().err


def test_a_district_ledger_needs_the_branch(tmp_path, capsys, qapp):
    from exports.bundle import make_bundle
    from models.bureau.merge import import_bundles

    district = tmp_path / "district.ledger"
    for name, file in (("育才小学党支部", "a"), ("实验中学党支部", "b")):
        path, made = build_pipeline(tmp_path / f"{file}.ledger", name)
        if file == "b":
            with open_ledger(path):
                uuid = services.save_person(
                    services.PersonInput(name="乙校申请人", category="staff")
                )
                services.save_stage(services.StageInput(uuid, "applicant", "2026-03-01"))
        make_bundle(path, tmp_path / f"{file}.bundle")
        (result,) = import_bundles(district, [tmp_path / f"{file}.bundle"])
        assert result.accepted
    out = tmp_path / "d.xlsx"
    rc = main.main(["--lang", "en", "report", "development", str(district), "--year", "2026",
                    "-o", str(out)])  # fmt: skip
    err = capsys.readouterr().err
    assert rc == 2 and "--branch" in err and "实验中学党支部" in err and not out.exists()
    rc = main.main(["--lang", "en", "report", "development", str(district), "--year", "2026",
                    "--branch", "实验中学党支部", "-o", str(out)])  # fmt: skip
    assert rc == 0
    ws = openpyxl.load_workbook(out).active
    names = [r[0].value for r in ws.iter_rows(min_row=3) if r[1].value is not None]
    expected = raw(
        district,
        "SELECT DISTINCT p.name FROM development_stage d JOIN person p ON p.id = d.person_id"
        " JOIN branch b ON b.id = d.branch_id WHERE b.name = '实验中学党支部'",
    )
    assert sorted(names) == sorted(n for (n,) in expected) and "乙校申请人" in names


def test_a_past_years_register_shows_that_year_only(tmp_path, capsys, qapp):
    path, _made = build_pipeline(tmp_path / "branch.ledger")
    out = tmp_path / "2025.xlsx"
    rc = main.main(["--lang", "en", "report", "development", str(path), "--year", "2025",
                    "-o", str(out)])  # fmt: skip
    assert rc == 0
    ws = openpyxl.load_workbook(out).active
    header = [c.value for c in ws[2]]
    (row,) = [r for r in ws.iter_rows(min_row=3) if r[0].value == "周新"]
    values = {h: c.value for h, c in zip(header, row, strict=False)}
    later = raw(path, "SELECT date FROM development_stage WHERE date > '2025-12-31'")
    assert later  # the 转正 of 2026 exists in the file ...
    cells = {c.value.date().isoformat() for c in row if isinstance(c.value, dt.datetime)}
    assert not cells & {d for (d,) in later}  # ... but not in the register as of 2025
    assert values["Stage now"] == "Probationary member"
