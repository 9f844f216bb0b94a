"""A damaged ledger (bytes overwritten in the middle): found on opening and by `check`, never
backed up over good backups, and restorable from the newest good backup."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from models.check import check_file
from models.errors import DamagedLedgerError
from models.file.backup import (
    backup_dir,
    backup_now,
    backup_on_close,
    backup_on_open,
    list_backups,
    newest_good_backup,
    restore_backup,
)
from models.file.ledger import open_ledger
from tests.conftest import ROOT
from tests.sample_ledger import fill_ledger

START = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)
BTREE_PAGE_TYPES = {2, 5, 10, 13}  # interior/leaf index and table pages


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage_middle(path: Path) -> int:
    """Overwrite 512 bytes at the start of the b-tree page nearest the middle of the file (its
    header and cell pointers), as a bad sector or a half-written copy would. Returns the page."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    middle = pages // 2
    for offset in range(pages):
        for page in (middle + offset, middle - offset):
            if 1 < page < pages and data[page * page_size] in BTREE_PAGE_TYPES:
                start = page * page_size
                data[start : start + 512] = bytes((i * 37 + 11) % 256 for i in range(512))
                path.write_bytes(bytes(data))
                return page
    raise AssertionError("no b-tree page to damage")


@pytest.fixture
def filled(tmp_path) -> Path:
    path = tmp_path / "branch.ledger"
    with open_ledger(path, create=True) as led:
        fill_ledger(led, people=30, activities=40)
    return path


def test_damage_is_detected_on_opening_and_the_file_left_unchanged(filled):
    damage_middle(filled)
    before = sha(filled)
    with pytest.raises(DamagedLedgerError) as info:
        open_ledger(filled)
    assert "damaged" in str(info.value)
    with pytest.raises(DamagedLedgerError):
        open_ledger(filled, readonly=True)
    with pytest.raises(DamagedLedgerError):  # the app's start-up (connection made later)
        open_ledger(filled, connect=False)
    assert sha(filled) == before


def test_damage_is_detected_by_check(filled):
    damage_middle(filled)
    before = sha(filled)
    with pytest.raises(DamagedLedgerError):
        check_file(filled)
    result = subprocess.run(
        [sys.executable, "main.py", "--lang", "en", "check", str(filled)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2, result.stderr
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
    assert sha(filled) == before


def test_a_damaged_ledger_is_never_backed_up_over_good_backups(filled, tmp_path):
    root = tmp_path / "backups"
    for day in range(3):
        backup_now(filled, now=START + dt.timedelta(days=day), root=root)
    folder = backup_dir(filled, root)
    good = {p.name: sha(p) for p in folder.iterdir()}
    assert len(good) == 3
    damage_middle(filled)
    later = START + dt.timedelta(days=30)
    for make in (backup_now, backup_on_open, backup_on_close):
        with pytest.raises(DamagedLedgerError):
            make(filled, now=later, root=root)
    assert {p.name: sha(p) for p in folder.iterdir()} == good


def test_the_newest_good_backup_is_found_and_restored_keeping_the_damaged_file(filled, tmp_path):
    root = tmp_path / "backups"
    older = backup_now(filled, now=START, root=root)
    newest = backup_now(filled, now=START + dt.timedelta(days=1), root=root)
    damage_middle(newest.path)  # the newest backup went bad too (same disk)
    assert newest_good_backup(filled, root) == older
    with pytest.raises(DamagedLedgerError):
        restore_backup(newest, filled)
    damage_middle(filled)
    damaged_bytes = filled.read_bytes()
    aside = restore_backup(older, filled, aside_label="damaged")
    assert aside is not None and aside.read_bytes() == damaged_bytes
    assert ".damaged-" in aside.name
    with open_ledger(filled) as led:
        assert led.db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    con = sqlite3.connect(filled)
    assert con.execute("SELECT count(*) FROM activity").fetchone()[0] == 40
    con.close()
    assert [b.path for b in list_backups(filled, root)] == [newest.path, older.path]
