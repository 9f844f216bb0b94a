"""`main.py stats`: the JSON object against figures computed by the test itself."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from models.file.schema import KIND_CODES
from models.rules.periods import parse_period
from tests.conftest import ROOT
from tests.stats_helpers import oracle_figures, random_ledger

MONTHS = ["2026-09", "2026-10", "2026-11"]


def run_stats(*args: str, lang: str = "en") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "main.py", "--lang", lang, "stats", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def records(ledger):
    return random_ledger(seed=11, months=MONTHS, branches=2)


@pytest.mark.parametrize(("flag", "value"), [("--month", "2026-10"), ("--year", "2026")])
def test_stats_json_matches_the_loop(records, ledger_path, flag, value):
    result = run_stats(str(ledger_path), flag, value, "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    period = parse_period(value)
    start, end = period.start, period.end
    assert payload["period"] == value
    assert payload["total"] == oracle_figures(records, start, end)
    assert set(payload["by_kind"]) == set(KIND_CODES)
    for code, figures in payload["by_kind"].items():
        assert figures == oracle_figures(records, start, end, kind=code), code
    assert set(payload["by_branch"]) == {"支部0", "支部1"}
    for name, figures in payload["by_branch"].items():
        assert figures == oracle_figures(records, start, end, branch=name), name


def test_stats_text_in_chinese(records, ledger_path):
    result = run_stats(str(ledger_path), "--month", "2026-10", lang="zh_CN")
    assert result.returncode == 0, result.stderr
    total = oracle_figures(records, "2026-10-01", "2026-11-01")
    assert "2026-10" in result.stdout
    assert f"{total['attendances']} 人次" in result.stdout
    assert "支部0" in result.stdout and "支部1" in result.stdout


@pytest.mark.parametrize(
    ("flag", "value", "words"),
    [
        ("--month", "2026-13", "2026-13"),
        ("--month", "October", "YYYY-MM"),
        ("--year", "20x6", "YYYY"),
    ],
)
def test_bad_period_is_a_clear_error(ledger, ledger_path, flag, value, words):
    result = run_stats(str(ledger_path), flag, value, "--json")
    assert result.returncode != 0
    assert words in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_not_a_ledger_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello", encoding="utf-8")
    result = run_stats(str(path), "--month", "2026-10")
    assert result.returncode != 0
    assert "not a ledger" in result.stderr and "Traceback" not in result.stderr
