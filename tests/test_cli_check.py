"""`main.py check PATH`: exit 0 clean, 1 problems found, 2 not a ledger or unreadable.

Exit codes for damage: a ledger whose pages are broken is refused when it is opened
(quick_check fails), so `check` says it is damaged and exits 2, like any file that cannot be read.
Damage that leaves the pages readable but the indexes wrong (only integrity_check sees it) is a
problem *inside* a ledger: it is listed with the other problems and the exit code is 1.
Either way the file is only read.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from models.file.ledger import SCHEMA_VERSION, open_ledger
from tests.conftest import ROOT
from tests.sample_ledger import fill_ledger
from tests.test_bad_files import damaged_ledger, make_hot_journal, newer_ledger, text_file
from tests.test_check import corrupt_index_entry


def run_check(path: Path, lang: str = "en") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", "--lang", lang, "check", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def clean_ledger(tmp_path: Path) -> Path:
    path = tmp_path / "clean.ledger"
    with open_ledger(path, create=True) as led:
        fill_ledger(led, people=8, activities=5)
    return path


def plant_missing_reason(path: Path) -> tuple[str, str, str]:
    """Mark one person absent without a reason; return (date, topic, name)."""
    with open_ledger(path) as led:
        row = led.db.execute_sql(
            "SELECT a.id, ac.date, ac.topic, p.name FROM attendance a"
            " JOIN activity ac ON ac.id = a.activity_id JOIN person p ON p.id = a.person_id"
            " ORDER BY a.id LIMIT 1 OFFSET 7"
        ).fetchone()
        led.db.execute_sql(
            "UPDATE attendance SET status = 'absent', reason = '' WHERE id = ?", (row[0],)
        )
    return str(row[1]), row[2], row[3]


def test_clean_ledger_exits_0(clean_ledger):
    before = sha256(clean_ledger)
    result = run_check(clean_ledger)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    assert sha256(clean_ledger) == before


def test_planted_problem_exits_1_and_is_printed(clean_ledger):
    day, topic, name = plant_missing_reason(clean_ledger)
    before = sha256(clean_ledger)
    result = run_check(clean_ledger)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert day in lines[0] and topic in lines[0] and name in lines[0]
    assert "without a reason" in lines[0]
    assert sha256(clean_ledger) == before
    assert run_check(clean_ledger).stdout == result.stdout, "a second run reports the same"


def test_problems_are_reported_in_chinese(clean_ledger):
    day, topic, name = plant_missing_reason(clean_ledger)
    result = run_check(clean_ledger, "zh_CN")
    assert result.returncode == 1, result.stderr
    assert name in result.stdout and topic in result.stdout
    assert "without a reason" not in result.stdout
    assert "缺席" in result.stdout and "原因" in result.stdout


def test_text_file_exits_2_with_a_message_and_no_traceback(tmp_path):
    path = text_file(tmp_path)
    result = run_check(path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "is a text file" in result.stderr and str(path) in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("build", "words"),
    [
        (damaged_ledger, "is damaged"),
        (newer_ledger, f"format {SCHEMA_VERSION + 1}"),
        (lambda tmp: tmp / "missing.ledger", "does not exist"),
    ],
    ids=["damaged", "newer", "missing"],
)
def test_unreadable_files_exit_2(tmp_path, build, words):
    path = build(tmp_path)
    before = sha256(path) if path.exists() else None
    result = run_check(path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert words in result.stderr
    # One plain sentence: no traceback, no SQLite report (that goes to the log with -v).
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr and "page" not in result.stderr
    assert (sha256(path) if path.exists() else None) == before


def test_interrupted_save_exits_2_and_is_left_for_the_app_to_roll_back(tmp_path):
    path = tmp_path / "crashed.ledger"
    make_hot_journal(path)
    journal = path.with_name(path.name + "-journal")
    before = (sha256(path), sha256(journal))
    result = run_check(path)
    assert result.returncode == 2
    assert "interrupted" in result.stderr and "Traceback" not in result.stderr
    assert (sha256(path), sha256(journal)) == before


def test_damaged_index_exits_1_with_the_damage_listed(clean_ledger):
    corrupt_index_entry(clean_ledger, "attendance_uuid")
    result = run_check(clean_ledger)
    assert result.returncode == 1, result.stderr
    assert "damaged" in result.stdout and "attendance_uuid" in result.stdout
