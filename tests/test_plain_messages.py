"""Files damaged or made by other programs get messages in plain words: a bit-flipped bundle (no
UnicodeDecodeError, no codec talk), a UTF-16 database, a ledger missing a table or a column
(`check` finds it, `report` says so), never a traceback."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from exports.bundle import make_bundle
from models.bureau.merge import BundleRejected, import_files, inspect_bundle
from models.check import check_file
from models.errors import DamagedLedgerError, NotALedgerError
from models.file.ledger import open_ledger
from models.services import (
    ActivityInput,
    BranchInput,
    PersonInput,
    VoteInput,
    save_activity,
    save_branch,
    save_person,
)

ROOT = Path(__file__).resolve().parent.parent
TECHNICAL = ("decode", "UTF-8", "codec", "Error", "Traceback", "0x")


@pytest.fixture(scope="module")
def branch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("branch")
    path = folder / "branch.ledger"
    with open_ledger(path, create=True):
        save_branch(BranchInput(name="实验小学党支部"))
        for i in range(5):
            save_person(PersonInput(name=f"党员{i}", joined_on="2015-06-01"))
        for day in (3, 10, 17, 24):
            save_activity(
                ActivityInput(
                    kinds=["branch_meeting"],
                    date=f"2026-10-{day:02d}",
                    start_time="14:00",
                    end_time="15:30",
                    location="三楼会议室",
                    topic=f"十月{day}日支部党员大会",
                    votes=[VoteInput("表决事项", 5, 5, 5, 0, 0)],
                )
            )
    bundle = folder / "branch.bundle.ledger"
    make_bundle(path, bundle)
    return path, bundle


def rejection(bundle: Path, tmp_path: Path) -> str:
    folder = tmp_path / "inspect"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    with pytest.raises(BundleRejected) as caught:
        inspect_bundle(bundle, folder)
    return str(caught.value)


def assert_plain(message: str) -> None:
    assert not [w for w in TECHNICAL if w in message], message


def flipped(bundle: Path, out: Path, flips) -> Path:
    data = bytearray(bundle.read_bytes())
    for offset, bit in flips(data):
        data[offset] ^= bit
    out.write_bytes(bytes(data))
    return out


def test_a_bit_flipped_text_value_is_refused_in_plain_words(tmp_path, branch):
    _, bundle = branch
    topic = "十月17日支部党员大会".encode()
    # One bit of a Chinese character's second byte: the text is no longer UTF-8.
    bad = flipped(bundle, tmp_path / "b.ledger", lambda d: [(d.index(topic) + 1, 0x80)])
    message = rejection(bad, tmp_path)
    assert "damaged" in message
    assert_plain(message)


def test_bit_flips_that_garble_sqlites_own_damage_report_are_refused_in_plain_words(
    tmp_path, branch
):
    """Three flips: an index's name (in both places SQLite keeps it) and one of its entries, so
    integrity_check reports the damage naming an index whose name is no longer UTF-8."""
    _, bundle = branch
    con = sqlite3.connect(bundle)
    (root,) = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'vote_uuid'").fetchone()
    (size,) = con.execute("PRAGMA page_size").fetchone()
    (uuid,) = con.execute("SELECT uuid FROM vote ORDER BY uuid LIMIT 1").fetchone()
    con.close()

    def flips(data: bytearray) -> list[tuple[int, int]]:
        page = bytes(data[(root - 1) * size : root * size])
        return [
            (data.index(b"indexvote_uuidvote") + len(b"index"), 0x80),  # the name column
            (data.index(b'INDEX "vote_uuid"') + len(b'INDEX "'), 0x80),  # the name in the SQL
            ((root - 1) * size + page.index(uuid.encode()) + 35, 0x01),  # an index entry
        ]

    bad = flipped(bundle, tmp_path / "b.ledger", flips)
    raw = sqlite3.connect(bad)
    raw.text_factory = bytes
    report = raw.execute("PRAGMA integrity_check").fetchall()
    raw.close()
    assert b"\xf6ote_uuid" in report[0][0]  # the premise: SQLite's report is not UTF-8
    message = rejection(bad, tmp_path)
    assert "damaged" in message
    assert_plain(message)
    district = tmp_path / "district.ledger"
    with open_ledger(district, create=True) as led:
        (result,) = import_files(led.db, [bad])
    assert not result.accepted
    assert_plain(result.reason)


def utf16_copy(source: Path, target: Path) -> Path:
    """The same ledger rebuilt by another program that stores text as UTF-16."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    dst.execute("PRAGMA encoding = 'UTF-16le'")
    for (sql,) in src.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
        " ORDER BY type = 'index'"
    ):
        dst.execute(sql)
    for (table,) in src.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ):
        rows = src.execute(f'SELECT * FROM "{table}"').fetchall()
        if rows:
            marks = ",".join("?" * len(rows[0]))
            dst.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
    for pragma in ("application_id", "user_version"):
        dst.execute(f"PRAGMA {pragma} = {src.execute(f'PRAGMA {pragma}').fetchone()[0]}")
    dst.commit()
    dst.close()
    src.close()
    return target


def test_utf16_ledgers_and_bundles_are_refused_in_plain_words(tmp_path, branch):
    ledger, bundle = branch
    u16_bundle = utf16_copy(bundle, tmp_path / "u16.bundle.ledger")
    district = tmp_path / "district.ledger"
    with open_ledger(district, create=True) as led:
        before = led.db.execute_sql("SELECT count(*) FROM activity").fetchone()[0]
        (result,) = import_files(led.db, [u16_bundle])
        assert led.db.execute_sql("SELECT count(*) FROM activity").fetchone()[0] == before
    assert not result.accepted and "UTF-16" in result.reason
    assert_plain(result.reason.replace("UTF-16", ""))
    u16_ledger = utf16_copy(ledger, tmp_path / "u16.ledger")
    unchanged = u16_ledger.read_bytes()
    with pytest.raises(NotALedgerError, match="UTF-16"):
        open_ledger(u16_ledger)
    assert u16_ledger.read_bytes() == unchanged
    # A UTF-16 district: the bureau is told so, not "attached databases must use ...".
    u16_district = utf16_copy(district, tmp_path / "u16-district.ledger")
    out = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "import", str(u16_district), str(bundle)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 2 and "UTF-16" in out.stderr and "Traceback" not in out.stderr


def without(source: Path, target: Path, sql: str) -> Path:
    shutil.copyfile(source, target)
    con = sqlite3.connect(target)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute(sql)
    con.commit()
    con.close()
    return target


@pytest.mark.parametrize(
    ("sql", "table", "column"),
    [
        ("DROP TABLE vote", "vote", None),
        ("ALTER TABLE activity DROP COLUMN location", "activity", "location"),
    ],
)
def test_a_ledger_missing_a_table_or_a_column(tmp_path, branch, sql, table, column):
    ledger, _ = branch
    broken = without(ledger, tmp_path / "broken.ledger", sql)
    con = sqlite3.connect(broken)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    columns = {r[1] for r in con.execute(f'PRAGMA table_info("{table}")')}
    assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]  # SQLite sees no fault
    con.close()
    assert (table not in tables) if column is None else (column not in columns)
    # `check` finds it ...
    problems = check_file(broken)
    named = [p for p in problems if "missing" in p and f"“{column or table}”" in p]
    assert named, problems
    # ... the app refuses it as damaged (so it offers the newest backup) ...
    before = broken.read_bytes()
    with pytest.raises(DamagedLedgerError, match="incomplete"):
        open_ledger(broken)
    assert broken.read_bytes() == before
    # ... and `report` says so in plain words.
    out = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "report", "monthly", str(broken)]
        + ["--month", "2026-10", "-o", str(tmp_path / "m.pdf")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 2, out.stderr
    assert "incomplete" in out.stderr and (column or table) in out.stderr
    assert "Traceback" not in out.stderr and not (tmp_path / "m.pdf").exists()


def test_a_bit_flipped_ledger_is_checked_and_refused_in_plain_words(tmp_path, branch):
    ledger, _ = branch
    topic = "十月17日支部党员大会".encode()
    bad = flipped(ledger, tmp_path / "flipped.ledger", lambda d: [(d.index(topic) + 1, 0x80)])
    problems = check_file(bad)
    assert any("can no longer be read" in p for p in problems), problems
    for p in problems:
        assert_plain(p)
    for args in (
        ["check", str(bad)],
        ["report", "monthly", str(bad), "--month", "2026-10", "-o", str(tmp_path / "m.pdf")],
    ):
        out = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), *args],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert out.returncode in (1, 2), out.stderr
        assert "can no longer be read" in out.stdout + out.stderr
        assert_plain(out.stdout + out.stderr)
