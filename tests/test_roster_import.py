"""Roster import: CSV in the encodings Excel writes, .xlsx, column guessing, per-row problems,
and a write that is whole or nothing."""

from __future__ import annotations

import csv
import sqlite3

import pytest

from models import services as s
from models.errors import ValidationError
from models.records import roster_import as ri
from tests.editing_helpers import make_branch

HEADER = ["姓名", "性别", "出生日期", "人员类别", "党小组", "入党日期", "转正日期", "联系电话"]
GOOD = [
    ["陈静", "女", "1985/3/7", "正式党员", "第一党小组", "2008-07-01", "2009-07-01", "13800000001"],
    ["刘洋", "男", "1990-11-02", "预备党员", "第二党小组", "2025.9.1", "", ""],
    ["孙敏", "女", "", "群众", "", "", "", "0571-88886666"],
]
BAD = [
    ["周杰", "男", "1988-02-30", "正式党员", "第一党小组", "2010-07-01", "", ""],  # no Feb 30
    ["吴磊", "男", "", "正式党员", "第九党小组", "2010-07-01", "", ""],  # unknown group
]


def write_csv(path, rows, encoding="utf-8-sig"):
    with open(path, "w", newline="", encoding=encoding) as f:
        csv.writer(f).writerows(rows)
    return path


def people_count(ledger_path) -> int:
    with sqlite3.connect(ledger_path) as con:
        return con.execute("SELECT count(*) FROM person WHERE deleted_at IS NULL").fetchone()[0]


@pytest.fixture
def branch(ledger):
    return make_branch()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_in_every_encoding_is_read_and_columns_guessed(branch, tmp_path, encoding):
    path = write_csv(tmp_path / "roster.csv", [HEADER, *GOOD], encoding)
    table = ri.read_table(path)
    assert table.headers == HEADER
    assert len(table.rows) == len(GOOD)
    mapping = ri.guess_mapping(table.headers)
    assert mapping == {
        "name": 0,
        "sex": 1,
        "birth_date": 2,
        "category": 3,
        "party_group": 4,
        "joined_on": 5,
        "full_member_on": 6,
        "phone": 7,
    }
    results = ri.check_rows(table, mapping)
    assert all(r.ok for r in results), [r.problems for r in results]
    assert results[0].person.birth_date == "1985-03-07"
    assert results[0].person.sex == "F"
    assert results[1].person.category == "probationary"
    assert results[1].person.joined_on == "2025-09-01"
    assert results[2].person.category == "staff"


def test_two_bad_rows_block_the_import_until_good_rows_are_asked_for(branch, ledger_path, tmp_path):
    path = write_csv(tmp_path / "roster.csv", [HEADER, GOOD[0], BAD[0], GOOD[1], BAD[1], GOOD[2]])
    table = ri.read_table(path)
    mapping = ri.guess_mapping(table.headers)
    results = ri.check_rows(table, mapping)
    bad = {r.line: r.problems for r in results if not r.ok}
    assert sorted(bad) == [3, 5]  # file lines (header = 1)
    assert "birth_date" in bad[3] and "1988-02-30" in bad[3]["birth_date"]
    assert "party_group" in bad[5] and "第九党小组" in bad[5]["party_group"]
    before = people_count(ledger_path)
    with pytest.raises(ValidationError) as caught:
        ri.import_people(table, mapping)
    assert set(caught.value.errors) == {"line.3", "line.5"}
    assert people_count(ledger_path) == before  # nothing half-imported
    assert ri.import_people(table, mapping, skip_bad=True) == len(GOOD)
    assert people_count(ledger_path) == before + len(GOOD)
    names = {p.name for p in s.list_people()}
    assert {r[0] for r in GOOD} <= names and not {r[0] for r in BAD} & names
    # a second import of the same file finds everyone already there and writes nothing more
    again = ri.check_rows(table, mapping)
    assert all("duplicate" in r.problems for r in again if r.line in (2, 4, 6))
    with pytest.raises(ValidationError):
        ri.import_people(table, mapping)
    assert people_count(ledger_path) == before + len(GOOD)


def test_fixed_rows_import_everything_in_one_go(branch, ledger_path, tmp_path):
    fixed = [BAD[0][:2] + ["1988-02-28"] + BAD[0][3:], BAD[1][:4] + ["第二党小组"] + BAD[1][5:]]
    path = write_csv(tmp_path / "roster.csv", [HEADER, *GOOD, *fixed])
    table = ri.read_table(path)
    before = people_count(ledger_path)
    assert ri.import_people(table, ri.guess_mapping(table.headers)) == len(GOOD) + 2
    assert people_count(ledger_path) == before + len(GOOD) + 2
    groups = {p.name: p.party_group for p in s.list_people()}
    assert groups["吴磊"] == "第二党小组"


def test_xlsx_with_real_dates_and_numeric_phone(branch, tmp_path):
    import datetime as dt

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Sex", "Birth date", "Category", "Phone"])
    sheet.append(["Zhou Min", "F", dt.datetime(1992, 4, 5), "Full member", 13900000002])
    path = tmp_path / "roster.xlsx"
    book.save(path)
    table = ri.read_table(path)
    mapping = ri.guess_mapping(table.headers)
    [row] = ri.check_rows(table, mapping)
    assert row.ok, row.problems
    assert row.person.birth_date == "1992-04-05"
    assert row.person.phone == "13900000002"


def test_unreadable_files_give_a_message(branch, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError) as caught:
        ri.read_table(empty)
    assert "file" in caught.value.errors
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook")
    with pytest.raises(ValidationError) as caught:
        ri.read_table(fake)
    assert "fake.xlsx" in caught.value.errors["file"]
