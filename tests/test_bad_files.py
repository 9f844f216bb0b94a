"""Files that are not (good) ledgers are refused in plain words and left byte-for-byte unchanged.

Issue 2: a text file, an empty file, a zip, another program's SQLite database, a newer-version,
truncated or damaged ledger, a folder and a missing file are each refused by `open_ledger` with
their own message, read-write and read-only, and nothing is written beside them.
"""

from __future__ import annotations

import hashlib
import sqlite3
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from models.errors import DamagedLedgerError, LedgerError, NewerVersionError, NotALedgerError
from models.file.ledger import SCHEMA_VERSION, open_ledger
from tests.sample_ledger import fill_ledger

SIDE_FILES = ("-journal", "-wal", "-shm")


def make_good_ledger(path: Path, *, people: int = 30, activities: int = 40) -> Path:
    """A real ledger with enough attendance rows to fill many pages."""
    with open_ledger(path, create=True) as led:
        fill_ledger(led, people=people, activities=activities)
    return path


def table_leaf_pages(path: Path, table: str) -> list[int]:
    """The leaf pages of `table`'s b-tree, found by walking it from its root page."""
    con = sqlite3.connect(path)
    try:
        root = con.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()[0]
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
    finally:
        con.close()
    data = path.read_bytes()

    def walk(page: int) -> list[int]:
        start = (page - 1) * page_size
        header = start + (100 if page == 1 else 0)
        kind = data[header]
        if kind == 0x0D:  # table leaf
            return [page]
        assert kind == 0x05, f"page {page} is not a table b-tree page"
        cells, right = (
            struct.unpack(">H", data[header + 3 : header + 5])[0],
            struct.unpack(">I", data[header + 8 : header + 12])[0],
        )
        pages: list[int] = []
        for i in range(cells):
            pointer = struct.unpack(">H", data[header + 12 + 2 * i : header + 14 + 2 * i])[0]
            pages += walk(struct.unpack(">I", data[start + pointer : start + pointer + 4])[0])
        return pages + walk(right)

    return walk(root)


def damage_ledger(path: Path) -> None:
    """Overwrite bytes in the middle of a middle leaf page of the attendance table."""
    pages = table_leaf_pages(path, "attendance")
    assert len(pages) >= 5, "the sample must span several pages"
    con = sqlite3.connect(path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    page = pages[len(pages) // 2]
    offset = (page - 1) * page_size + page_size // 2
    with open(path, "r+b") as fh:
        fh.seek(offset)
        fh.write(b"\xff" * 64)


def raw_quick_check(path: Path) -> list[str]:
    con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        con.close()


# --- the bad files: each builder writes one into a folder and returns its path -----------------


def text_file(tmp: Path) -> Path:
    path = tmp / "notes.ledger"
    path.write_text("支部会议记录\n2026-03-05 主题党日\n", encoding="utf-8")
    return path


def empty_file(tmp: Path) -> Path:
    path = tmp / "empty.ledger"
    path.write_bytes(b"")
    return path


def xlsx_file(tmp: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["姓名", "党小组"])
    book.active.append(["王伟", "第一党小组"])
    path = tmp / "roster.xlsx"
    book.save(path)
    renamed = tmp / "roster.ledger"
    path.rename(renamed)
    return renamed


def plain_zip(tmp: Path) -> Path:
    path = tmp / "archive.ledger"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    return path


def other_sqlite(tmp: Path) -> Path:
    path = tmp / "other.ledger"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    con.execute("INSERT INTO contacts VALUES ('王伟', '13800000000')")
    con.commit()
    con.close()
    return path


def newer_ledger(tmp: Path) -> Path:
    path = make_good_ledger(tmp / "newer.ledger", people=3, activities=2)
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    return path


def truncated_mid_page(tmp: Path) -> Path:
    path = make_good_ledger(tmp / "cut.ledger")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 123])
    return path


def truncated_on_page_boundary(tmp: Path) -> Path:
    # A copy that stopped exactly between two pages: the size alone looks plausible.
    path = make_good_ledger(tmp / "cut-pages.ledger")
    con = sqlite3.connect(path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    data = path.read_bytes()
    pages = len(data) // page_size
    path.write_bytes(data[: (pages // 2) * page_size])
    return path


def truncated_to_a_stub(tmp: Path) -> Path:
    # Only the start of the header arrived (an interrupted download or USB copy).
    path = make_good_ledger(tmp / "stub.ledger", people=2, activities=1)
    path.write_bytes(path.read_bytes()[:50])
    return path


def damaged_ledger(tmp: Path) -> Path:
    path = make_good_ledger(tmp / "damaged.ledger")
    damage_ledger(path)
    assert raw_quick_check(path) != ["ok"], "the damage must be one SQLite can see"
    return path


def a_folder(tmp: Path) -> Path:
    path = tmp / "folder.ledger"
    path.mkdir()
    (path / "inside.txt").write_text("x")
    return path


def missing_file(tmp: Path) -> Path:
    return tmp / "missing.ledger"


# builder, exception type, a part of the message that only this case has
CASES: list[tuple[Callable[[Path], Path], type[LedgerError], str]] = [
    (text_file, NotALedgerError, "is a text file"),
    (empty_file, NotALedgerError, "is empty"),
    (xlsx_file, NotALedgerError, "ZIP archive"),
    (plain_zip, NotALedgerError, "ZIP archive"),
    (other_sqlite, NotALedgerError, "database of another program"),
    (newer_ledger, NewerVersionError, "newer Branch Ledger"),
    (truncated_mid_page, DamagedLedgerError, "truncated"),
    (truncated_on_page_boundary, DamagedLedgerError, "truncated"),
    (truncated_to_a_stub, DamagedLedgerError, "only 50 bytes"),
    (damaged_ledger, DamagedLedgerError, "is damaged"),
    (a_folder, NotALedgerError, "is a folder"),
    (missing_file, NotALedgerError, "does not exist"),
]
IDS = [case[0].__name__ for case in CASES]


def fingerprint(path: Path) -> object:
    """sha256 of a file; the sorted listing with hashes for a folder; None when missing."""
    if path.is_dir():
        return sorted((p.name, hashlib.sha256(p.read_bytes()).hexdigest()) for p in path.iterdir())
    if not path.exists():
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side_files(path: Path) -> list[Path]:
    return [
        path.with_name(path.name + s) for s in SIDE_FILES if path.with_name(path.name + s).exists()
    ]


@pytest.mark.parametrize("readonly", [False, True], ids=["read-write", "read-only"])
@pytest.mark.parametrize(("build", "error", "fragment"), CASES, ids=IDS)
def test_bad_file_is_refused_and_left_unchanged(tmp_path, build, error, fragment, readonly):
    path = build(tmp_path)
    before = fingerprint(path)
    with pytest.raises(error) as info:
        open_ledger(path, readonly=readonly)
    message = str(info.value)
    assert fragment in message
    assert str(path) in message, "the message names the file"
    # Plain words: no SQLite internals (page numbers, "***" banners, exception class names).
    for jargon in ("Traceback", "sqlite3.", "***", "tree page", "malformed", "Error"):
        assert jargon not in message
    assert fingerprint(path) == before
    assert side_files(path) == []
    if build is missing_file:
        assert not path.exists(), "a missing file is refused, not created"


def test_each_kind_of_bad_file_has_its_own_message(tmp_path):
    messages = {}
    for build, _error, _fragment in CASES:
        folder = tmp_path / build.__name__
        folder.mkdir()
        path = build(folder)
        with pytest.raises(LedgerError) as info:
            open_ledger(path)
        # Compare the wording, not the file name.
        messages[build.__name__] = str(info.value).replace(str(path), "PATH")
    # An .xlsx and a plain .zip are both ZIP archives, and a file cut in the middle of a page
    # or between two pages is the same problem to the user; every other case has its own words.
    assert messages["xlsx_file"] == messages["plain_zip"]
    assert messages["truncated_mid_page"] == messages["truncated_on_page_boundary"]
    del messages["plain_zip"], messages["truncated_on_page_boundary"]
    assert len(set(messages.values())) == len(messages)


def test_newer_version_names_the_version_needed(tmp_path):
    path = newer_ledger(tmp_path)
    with pytest.raises(NewerVersionError) as info:
        open_ledger(path)
    assert info.value.needed == SCHEMA_VERSION + 1
    assert str(SCHEMA_VERSION + 1) in str(info.value)


def test_missing_file_is_created_only_when_asked(tmp_path):
    path = tmp_path / "sub" / "new.ledger"
    with pytest.raises(NotALedgerError):
        open_ledger(path)
    assert not path.exists()
    with pytest.raises(NotALedgerError):
        open_ledger(path, readonly=True)
    assert not path.exists()
    open_ledger(path, create=True).close()
    assert path.exists()
    assert raw_quick_check(path) == ["ok"]


def test_good_ledger_made_by_the_helpers_opens(tmp_path):
    # The builders above start from this ledger: it must itself be fine, or the refusals
    # above would prove nothing.
    path = make_good_ledger(tmp_path / "good.ledger")
    assert raw_quick_check(path) == ["ok"]
    with open_ledger(path, readonly=True) as led:
        count = led.db.execute_sql("SELECT count(*) FROM attendance").fetchone()[0]
    assert count == 30 * 40


def make_hot_journal(path: Path) -> int:
    """A ledger whose last save was cut off: its pages half-written, the hot journal beside it.

    A writer with a tiny cache spills its changes into the file mid-transaction; copying the file
    and its journal at that moment is what a power cut leaves behind. Returns the committed count.
    """
    source = make_good_ledger(path.with_name("source.ledger"), people=5, activities=3)
    con = sqlite3.connect(source, isolation_level=None)
    committed = con.execute("SELECT count(*) FROM attendance").fetchone()[0]
    con.execute("PRAGMA cache_size = 2")
    con.execute("BEGIN")
    con.execute("UPDATE attendance SET reason = ? ", ("x" * 300,))
    con.execute("DELETE FROM attendance WHERE id % 2 = 0")
    con.execute("CREATE TABLE spill (x)")
    for _ in range(500):
        con.execute("INSERT INTO spill VALUES (?)", ("y" * 500,))
    journal = source.with_name(source.name + "-journal")
    assert journal.exists()
    path.write_bytes(source.read_bytes())
    path.with_name(path.name + "-journal").write_bytes(journal.read_bytes())
    con.execute("ROLLBACK")
    con.close()
    return committed


def test_interrupted_save_is_refused_read_only_and_rolled_back_read_write(tmp_path):
    path = tmp_path / "crashed.ledger"
    committed = make_hot_journal(path)
    journal = path.with_name(path.name + "-journal")
    before = (fingerprint(path), fingerprint(journal))
    # Read-only cannot undo the unfinished save: say so plainly, touch nothing.
    with pytest.raises(LedgerError) as info:
        open_ledger(path, readonly=True)
    assert "interrupted" in str(info.value) and str(path) in str(info.value)
    assert (fingerprint(path), fingerprint(journal)) == before
    # Opening normally rolls the unfinished save back.
    with open_ledger(path) as led:
        rows = led.db.execute_sql("SELECT count(*), max(length(reason)) FROM attendance").fetchone()
        tables = [r[0] for r in led.db.execute_sql("SELECT name FROM sqlite_master")]
    assert rows[0] == committed and rows[1] < 300
    assert "spill" not in tables
    assert not journal.exists()
    assert raw_quick_check(path) == ["ok"]
