"""Roster import: CSV in the encodings Excel writes, .xlsx, column guessing, per-row problems,
and a write that is whole or nothing."""

from __future__ import annotations

import csv
import re
import sqlite3

import pytest

from models import services as s
from models.errors import ValidationError
from models.records import roster_import as ri
from models.records.editing import get_person
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


# --- issue 12: a real roster (出生年月 as written, Excel cells, encodings, two people of one name)


def stored_people(ledger_path) -> dict[str, list[tuple[str | None, str | None]]]:
    """{name: [(birth_date, unit name)]} straight from the file."""
    people: dict[str, list[tuple[str | None, str | None]]] = {}
    with sqlite3.connect(ledger_path) as con:
        for name, birth, unit in con.execute(
            "SELECT p.name, p.birth_date, u.name FROM person p LEFT JOIN unit u"
            " ON u.id = p.unit_id WHERE p.deleted_at IS NULL ORDER BY p.id"
        ):
            people.setdefault(name, []).append((birth, unit))
    return people


# 出生年月 as real rosters write it, and what it means: the month alone is a valid birth month.
BIRTHS = [
    ("1978.05", "1978-05"),
    ("1982-03", "1982-03"),
    ("1990年4月", "1990-04"),
    ("1990/4/1", "1990-04-01"),
    ("１９８５．１１", "1985-11"),  # typed with a full-width input method
    ("196312", "1963-12"),
]


def test_birth_months_as_rosters_write_them_are_imported(branch, ledger_path, tmp_path):
    rows = [["姓名", "出生年月", "政治面貌", "入党时间"]] + [
        [f"党员{i}", written, "中共党员", "2008-07-01"] for i, (written, _) in enumerate(BIRTHS)
    ]
    table = ri.read_table(write_csv(tmp_path / "roster.csv", rows))
    mapping = ri.guess_mapping(table.headers)
    results = ri.check_rows(table, mapping)
    assert all(r.ok for r in results), [r.problems for r in results]
    assert ri.import_people(table, mapping) == len(BIRTHS)
    stored = stored_people(ledger_path)
    for i, (_, meant) in enumerate(BIRTHS):
        assert stored[f"党员{i}"] == [(meant, None)]


def test_a_month_is_not_enough_for_the_other_dates_and_the_row_says_how_to_fix_it(branch, tmp_path):
    rows = [["姓名", "出生年月", "入党时间"], ["吕明", "1979.13", "1998.07"]]
    table = ri.read_table(write_csv(tmp_path / "roster.csv", rows))
    [row] = ri.check_rows(table, ri.guess_mapping(table.headers))
    assert set(row.problems) == {"birth_date", "joined_on"}
    assert "1979.13" in row.problems["birth_date"]
    # the fix is spelled out: the month the cell gives, with a day
    assert "1998.07" in row.problems["joined_on"] and "1998-07-01" in row.problems["joined_on"]


def test_excel_cells_are_read_as_the_secretary_sees_them(branch, ledger_path, tmp_path):
    import datetime as dt

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "出生年月", "入党时间"])
    cases = [  # (birth cell value, its number format, what Excel shows and the ledger keeps)
        (dt.datetime(1978, 5, 1), 'yyyy"年"m"月"', "1978-05"),
        (dt.datetime(1981, 9, 1), "yyyy.mm", "1981-09"),
        (dt.datetime(1990, 4, 17), "yyyy/m/d", "1990-04-17"),
        (1978.1, "0.00", "1978-10"),  # shown as 1978.10: October
        (1982.03, "General", "1982-03"),
    ]
    for i, (value, number_format, _) in enumerate(cases):
        sheet.append([f"党员{i}", value, dt.datetime(2008, 7, 1)])
        sheet.cell(row=i + 2, column=2).number_format = number_format
        sheet.cell(row=i + 2, column=3).number_format = "yyyy-mm-dd"
    path = tmp_path / "roster.xlsx"
    book.save(path)
    table = ri.read_table(path)
    mapping = ri.guess_mapping(table.headers)
    assert ri.import_people(table, mapping) == len(cases)
    stored = stored_people(ledger_path)
    for i, (_, _, meant) in enumerate(cases):
        assert stored[f"党员{i}"] == [(meant, None)]


def test_unicode_text_from_excel_with_a_bom_is_read(branch, tmp_path):
    # Excel's "Unicode text" (.txt): UTF-16 with a byte order mark, columns split by tabs.
    path = tmp_path / "roster.txt"
    with open(path, "w", newline="", encoding="utf-16") as f:
        csv.writer(f, dialect="excel-tab").writerows([HEADER, *GOOD])
    assert path.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    table = ri.read_table(path)
    assert table.headers == HEADER
    assert table.rows == [[c for c in row] for row in GOOD]
    assert all(r.ok for r in ri.check_rows(table, ri.guess_mapping(table.headers)))


def test_two_people_of_one_name_are_imported_when_told_apart(ledger, ledger_path, tmp_path):
    make_branch(joint=True)  # 王芳 is on the roster already, without birth date or unit
    wang = next(p.uuid for p in s.list_people() if p.name == "王芳")
    person = get_person(wang)
    person.birth_date = "1970-01-02"
    s.save_person(person)
    rows = [
        ["姓名", "出生年月", "所在单位", "政治面貌", "入党时间"],
        ["王芳", "1978.05", "实验小学", "中共党员", "2000-07-01"],  # line 2: told apart by birth
        ["王芳", "1990年4月", "实验小学", "中共党员", "2012-07-01"],  # line 3: also
        ["王芳", "1970-01", "", "中共党员", "1995-07-01"],  # line 4: may be the 王芳 we have
        ["李刚", "", "实验小学", "中共党员", "2001-07-01"],  # line 5
        ["李刚", "", "实验幼儿园", "中共党员", "2003-07-01"],  # line 6: told apart by unit
        ["李刚", "", "", "中共党员", "2004-07-01"],  # line 7: nothing tells it apart
    ]
    table = ri.read_table(write_csv(tmp_path / "roster.csv", rows))
    mapping = ri.guess_mapping(table.headers)
    results = {r.line: r for r in ri.check_rows(table, mapping)}
    assert {line for line, r in results.items() if not r.ok} == {4, 7}
    assert "duplicate" in results[4].problems and "duplicate" in results[7].problems
    # every row imported beside another person of the same name says so
    assert {line for line, r in results.items() if r.warnings} == {2, 3, 5, 6}
    before = stored_people(ledger_path)
    assert ri.import_people(table, mapping, skip_bad=True) == 4
    after = stored_people(ledger_path)
    assert sorted(after["王芳"]) == sorted(
        [*before["王芳"], ("1978-05", "实验小学"), ("1990-04", "实验小学")]
    )
    assert sorted(after["李刚"], key=str) == sorted(
        [(None, "实验小学"), (None, "实验幼儿园")], key=str
    )


# --- issue 17: a file that claims or is huge is refused or read in bounded memory

CHILD = """
import json, resource, sys, tracemalloc
sys.path.insert(0, {root!r})
# A limit on the child's address space: should the reader try to build the declared sheet, it
# fails here instead of taking the machine's memory.
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
from models.errors import ValidationError
from models.records import roster_import as ri
from models.records.editing import get_person
tracemalloc.start()
try:
    table = ri.read_table({path!r})
    out = {{"headers": table.headers, "rows": table.rows}}
except ValidationError as exc:
    out = {{"error": exc.errors}}
out["peak"] = tracemalloc.get_traced_memory()[1]
print(json.dumps(out))
"""


def read_in_child(path) -> dict:
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = str(Path(__file__).resolve().parent.parent)
    done = subprocess.run(
        [sys.executable, "-c", CHILD.format(root=root, path=str(path))],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def test_a_workbook_declaring_a_huge_sheet_is_read_in_bounded_memory(tmp_path):
    import zipfile

    from openpyxl import Workbook

    book = Workbook()
    for row in [HEADER, *GOOD]:
        book.active.append(row)
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    # The same workbook, its sheet declaring every cell Excel allows (A1:XFD1048576).
    huge = tmp_path / "huge.xlsx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(huge, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data, n = re.subn(
                    rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:XFD1048576"/>', data
                )
                assert n == 1
            dst.writestr(item, data)
    result = read_in_child(huge)
    assert "error" not in result, result
    assert result["headers"] == HEADER and result["rows"] == GOOD
    assert result["peak"] < 32 * 1024 * 1024  # bytes: the declared sheet would need gigabytes


@pytest.mark.parametrize("name", ["roster.csv", "roster.xlsx", "roster.txt"])
def test_a_4_gib_sparse_file_is_refused_by_its_header_without_reading_it(tmp_path, name):
    import tracemalloc

    path = tmp_path / name
    with open(path, "wb") as f:
        f.truncate(4 << 30)  # 4 GiB of nothing: sparse, costs no disk
    tracemalloc.start()
    try:
        with pytest.raises(ValidationError) as caught:
            ri.read_table(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert name in caught.value.errors["file"]
    assert peak < 4 * 1024 * 1024  # bytes: only the header was read, never the 4 GiB


def test_a_birth_month_travels_to_the_bureau(tmp_path):
    """A person imported with only a birth month is a valid row of a bundle: the district
    accepts it and keeps the month as it was given."""
    from exports.bundle import make_bundle
    from models.bureau.merge import import_bundles
    from models.file.ledger import open_ledger

    branch_path = tmp_path / "branch.ledger"
    with open_ledger(branch_path, create=True):
        make_branch()
        table = ri.read_table(
            write_csv(tmp_path / "r.csv", [["姓名", "出生年月"], ["钱军", "1979.06"]])
        )
        assert ri.import_people(table, ri.guess_mapping(table.headers)) == 1
    make_bundle(branch_path, tmp_path / "branch.bundle")
    [result] = import_bundles(tmp_path / "district.ledger", [tmp_path / "branch.bundle"])
    assert result.accepted, result
    assert stored_people(tmp_path / "district.ledger")["钱军"] == [("1979-06", None)]


def test_a_title_above_the_header_is_skipped_and_rows_keep_their_excel_numbers(branch, tmp_path):
    """Real rosters start with a title and a note; problems name the row as Excel numbers it."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet["A1"] = "第一实验小学党支部党员花名册"
    sheet["A2"] = "填表日期：2026年9月"
    for c, title in enumerate(HEADER, start=1):
        sheet.cell(row=4, column=c, value=title)
    placed = {5: GOOD[0], 6: BAD[0], 9: GOOD[1]}  # rows 7 and 8 left empty
    for r, values in placed.items():
        for c, value in enumerate(values, start=1):
            sheet.cell(row=r, column=c, value=value or None)
    path = tmp_path / "花名册.xlsx"
    book.save(path)
    table = ri.read_table(path)
    assert table.headers == HEADER
    results = ri.check_rows(table, ri.guess_mapping(table.headers))
    assert [r.line for r in results] == sorted(placed)
    assert [r.line for r in results if not r.ok] == [6]  # 周杰's 1988-02-30, on Excel's row 6


def test_a_staff_list_with_every_political_status_imports(branch, ledger_path, tmp_path):
    rows = [
        ["姓名", "政治面貌"],
        ["教师甲", "中共党员"],
        ["教师乙", "共青团员"],
        ["教师丙", "民盟盟员"],
        ["教师丁", "无党派人士"],
        ["教师戊", "群众"],
    ]
    table = ri.read_table(write_csv(tmp_path / "教职工.csv", rows, "gbk"))
    assert ri.import_people(table, ri.guess_mapping(table.headers)) == len(rows) - 1
    with sqlite3.connect(ledger_path) as con:
        categories = dict(
            con.execute("SELECT name, category FROM person WHERE name LIKE '教师%'").fetchall()
        )
    assert categories == {
        "教师甲": "full_member",
        "教师乙": "staff",
        "教师丙": "staff",
        "教师丁": "staff",
        "教师戊": "staff",
    }
