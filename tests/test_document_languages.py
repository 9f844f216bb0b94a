"""Every document (monthly, annual, person statement, sign-in sheet, plan, 评议, 整改, 党费,
the registers, the 党员花名册, the 发展党员工作台账 and the district summary; PDF and
Excel) in both languages, through the command line: every PDF font embedded; English output of a
ledger whose own texts are all Latin holds no Chinese character at all (no untranslated label,
no "（" or "：", no "Paid late (补交)"); Chinese output of the demo ledger holds no English
word (the data fingerprint aside)."""

from __future__ import annotations

import re
import sqlite3
import subprocess
from pathlib import Path

import openpyxl
import pytest
from reports_fixture import pdffonts_unembedded

from main import main
from models.demo.generate import write_demo

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]|[\U00020000-\U0003ffff]")
WORD = re.compile(r"[A-Za-z]{2,}")
FINGERPRINT = re.compile(r"[0-9a-f]{12}")


def _latinise(path: Path) -> None:
    """Every stored text with a non-ASCII character becomes "Column rowid" (JSON texts, which
    hold codes, are left alone)."""
    con = sqlite3.connect(path)
    with con:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for table in tables:
            columns = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
            for column in columns:
                con.execute(
                    f"UPDATE {table} SET {column} = ? || ' ' || rowid"
                    f" WHERE typeof({column}) = 'text' AND {column} GLOB '*[^ -~]*'"
                    f" AND substr({column}, 1, 1) NOT IN ('{{', '[')",
                    (column.capitalize(),),
                )
    con.close()


def _first(path: Path, sql: str) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def _documents(school: Path, district: Path, lang: str, out: Path) -> list[Path]:
    out.mkdir()
    made = []

    def run(*args: str, name: str) -> None:
        target = out / name
        assert main(["--lang", lang, *args, "-o", str(target)]) == 0, name
        made.append(target)

    run("report", "monthly", str(school), "--month", "2026-09", "--minutes", name="monthly.pdf")
    run("report", "annual", str(school), "--year", "2026", name="annual.pdf")
    for kind in ("plan", "review", "rectification", "dues"):
        for suffix in ("pdf", "xlsx"):
            run("report", kind, str(school), "--year", "2026", name=f"{kind}.{suffix}")
    run("export-xlsx", str(school), "--year", "2026", name="registers.xlsx")
    for suffix in ("pdf", "xlsx"):  # 党员花名册 and 发展党员工作台账
        run("report", "roster", str(school), "--on", "2026-12-31", name=f"roster.{suffix}")
        run("report", "development", str(school), "--year", "2026", name=f"development.{suffix}")
    for suffix in ("pdf", "xlsx"):
        run("report", "district", str(district), "--year", "2026", name=f"district.{suffix}")
    # The person statement and the sign-in sheet have no command: built as the app builds them.
    from exports.pdf.person import build_person
    from exports.pdf.signin import build_signin
    from exports.report_data import gather_person, gather_signin
    from models.file.ledger import open_ledger
    from models.text import i18n

    member = _first(school, "SELECT uuid FROM person WHERE category = 'full_member' LIMIT 1")
    meeting = _first(
        school,
        "SELECT a.uuid FROM activity a JOIN activity_kind k ON k.activity_id = a.id"
        " WHERE k.kind = 'branch_meeting' AND a.deleted_at IS NULL ORDER BY a.date LIMIT 1",
    )
    i18n.install_cli(lang)
    with open_ledger(school, readonly=True):
        build_person(gather_person(member, "2026"), out / "person.pdf")
        build_signin(gather_signin(meeting), out / "signin.pdf")
    made += [out / "person.pdf", out / "signin.pdf"]
    return made


def _texts(path: Path) -> list[str]:
    if path.suffix == ".pdf":
        out = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        )
        return out.stdout.splitlines()
    book = openpyxl.load_workbook(path)
    texts = []
    for ws in book.worksheets:
        texts.append(ws.title)
        texts += [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
        texts += [h.text for h in (ws.oddHeader.left, ws.oddHeader.center, ws.oddHeader.right)]
        texts += [h.text for h in (ws.oddFooter.left, ws.oddFooter.center, ws.oddFooter.right)]
    return [t for t in texts if t]


@pytest.fixture(autouse=True)
def _english_afterwards():
    """The documents are made in both languages: English again afterwards for other tests."""
    yield
    from models.text import i18n

    i18n.install_cli("en")
    i18n.install(None)


@pytest.fixture(scope="module")
def ledgers(tmp_path_factory) -> dict[str, tuple[Path, Path]]:
    """(school, district) ledgers: as the demo writes them, and with every text made Latin."""
    base = tmp_path_factory.mktemp("languages")
    found = {}
    for name, latin in (("demo", False), ("latin", True)):
        schools = []
        for seed in (3, 5):
            school = base / f"{name}-{seed}.ledger"
            write_demo(school, seed=seed, until="2026-12")
            if latin:
                _latinise(school)
            bundle = base / f"{name}-{seed}.bundle.ledger"
            assert main(["bundle", str(school), "-o", str(bundle)]) == 0
            schools.append((school, bundle))
        district = base / f"{name}-district.ledger"
        assert main(["import", str(district), *[str(b) for _s, b in schools]]) == 0
        found[name] = (schools[0][0], district)
    return found


def test_english_documents_of_latin_texts_hold_no_chinese(ledgers, tmp_path):
    school, district = ledgers["latin"]
    docs = _documents(school, district, "en", tmp_path / "en")
    assert len(docs) == 19
    for doc in docs:
        if doc.suffix == ".pdf":
            assert not pdffonts_unembedded(doc), doc.name
        chinese = [line for line in _texts(doc) if CJK.search(line)]
        assert not chinese, (doc.name, chinese[:3])


def test_chinese_documents_hold_no_english_word(ledgers, tmp_path):
    school, district = ledgers["demo"]
    docs = _documents(school, district, "zh_CN", tmp_path / "zh")
    for doc in docs:
        if doc.suffix == ".pdf":
            assert not pdffonts_unembedded(doc), doc.name
        english = [
            line
            for line in _texts(doc)
            if WORD.search(FINGERPRINT.sub("", line))  # 数据指纹 d7fad8e5a32e is hexadecimal
        ]
        assert not english, (doc.name, english[:3])
