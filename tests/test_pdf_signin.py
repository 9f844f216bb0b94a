"""The sign-in sheet (签到表): everyone expected, an empty signature column."""

from __future__ import annotations

import sqlite3
import subprocess

import pytest
from reports_fixture import (
    pdf_pages,
    pdffonts_unembedded,
    tokens,
    unembedded_fonts,
)

from exports.pdf.signin import build_signin
from exports.report_data import gather_signin
from models.errors import LedgerError
from models.file.ledger import open_ledger


def test_signin_sheet_lists_everyone_expected(built, zh, tmp_path):
    path, fx = built
    out = tmp_path / "signin.pdf"
    with open_ledger(path, readonly=True):
        build_signin(gather_signin(fx.activities[0]), out)
    text = "\n".join(pdf_pages(out))
    con = sqlite3.connect(path)
    names = [
        r[0]
        for r in con.execute(
            "SELECT p.name FROM attendance t JOIN person p ON p.id = t.person_id"
            " JOIN activity a ON a.id = t.activity_id WHERE a.uuid = ? AND t.status <> 'excluded'",
            (fx.activities[0],),
        )
    ]
    con.close()
    assert names and all(name in text for name in names)
    assert "签到表" in text and "本人签名" in text
    assert str(len(names)) in tokens(text)
    assert unembedded_fonts(out) == [] and pdffonts_unembedded(out) == []


def test_signin_sheet_for_a_meeting_without_attendance_uses_the_roster(built, zh, tmp_path):
    path, fx = built
    with open_ledger(path):
        from models.services import ActivityInput, expected_people, save_activity

        uuid = save_activity(
            ActivityInput(kinds=["branch_meeting"], date="2026-12-04", topic="支部党员大会")
        )
        expected = [p.name for p in expected_people("2026-12-04", ["branch_meeting"])]
    out = tmp_path / "upcoming.pdf"
    with open_ledger(path, readonly=True):
        build_signin(gather_signin(uuid), out)
    text = "\n".join(pdf_pages(out))
    assert expected and all(name in text for name in expected)
    assert "孙丽" not in text  # staff, not expected at a branch general meeting


def test_signin_sheet_for_a_deleted_or_unknown_activity_is_a_message(built, tmp_path):
    path, fx = built
    with open_ledger(path):
        from models.services import delete_activity

        delete_activity(fx.activities[2])
    with open_ledger(path, readonly=True):
        for uuid in (fx.activities[2], "no-such-uuid"):
            with pytest.raises(LedgerError, match="no longer in the ledger"):
                gather_signin(uuid)


def test_signin_running_header_dates_the_meeting_in_chinese(built, zh, tmp_path):
    path, fx = built
    out = tmp_path / "signin.pdf"
    with open_ledger(path, readonly=True):
        build_signin(gather_signin(fx.activities[0]), out)
    con = sqlite3.connect(path)
    (day,) = con.execute("SELECT date FROM activity WHERE uuid = ?", (fx.activities[0],)).fetchone()
    con.close()
    year, month, date = (int(x) for x in day.split("-"))
    layout = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    header = layout.splitlines()[0]  # the running header: branch … 签到表 · date
    assert f"{year}年{month}月{date}日" in header, header
    assert day not in layout  # never 2026-10-08 in the Chinese sheet
