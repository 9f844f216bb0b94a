"""花名册: the roster fields on the person (format 6), the private 身份证号 (checked, masked, never
in a bundle unless chosen, never printed in full), and the 党员花名册 as of a day (PDF, Excel,
`report roster`, the sheet in export-xlsx). Expected rows are computed with raw sqlite3 from the
dated histories, for days before and after a transfer and a 转正."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

import main
from exports.bundle import make_bundle
from models import services
from models.bureau.merge import import_bundles
from models.errors import ValidationError
from models.file.ledger import open_ledger
from tests.followup_helpers import make_branch, raw

ROOT = Path(__file__).resolve().parents[1]
FIXTURE_V1 = ROOT / "tests" / "data" / "ledger-v1.ledger"
# The two examples printed in GB 11643-1999 (valid check characters, one of them X).
ID_A = "11010519491231002X"
ID_B = "440524188001010014"
HOSTILE = '=HYPERLINK("http://x","y")'


def expected_roster(path: Path, day: str, branch_id: int | None = None) -> list[tuple[str, str]]:
    """(name, category) of the Party members on the roster on `day`, by plain SQL and loops:
    the latest status row on or before the day is 在册/流动, and the latest category row (an
    undated one first) on or before it is 正式/预备."""
    status: dict[int, str] = {}
    for pid, since, st in raw(
        path,
        "SELECT person_id, effective_on, status FROM person_status WHERE deleted_at IS NULL"
        " ORDER BY effective_on, id",
    ):
        if since <= day:
            status[pid] = st
    category: dict[int, str] = {}
    for pid, since, cat in raw(
        path,
        "SELECT person_id, COALESCE(effective_on, ''), category FROM person_category"
        " WHERE deleted_at IS NULL ORDER BY COALESCE(effective_on, ''), id",
    ):
        if since <= day:
            category[pid] = cat
    rows = []
    for pid, name, branch in raw(
        path, "SELECT id, name, branch_id FROM person WHERE deleted_at IS NULL"
    ):
        if branch_id is not None and branch != branch_id:
            continue
        if status.get(pid) in ("active", "mobile") and category.get(pid) in (
            "full_member",
            "probationary",
        ):
            rows.append((name, category[pid]))
    return sorted(rows)


@pytest.fixture
def roster_file(tmp_path: Path):
    """make_branch's eight people (刘洋's status: transferred from 2026-06-30), plus: 黄强 the
    activist admitted 预备 on 2026-03-01 and 转正 on 2026-09-01 (the secretary's two entries);
    陈静 transferred out on 2026-07-20 (a 转出 event); 周新 transferred in on 2026-08-10.
    李明 has every roster field, his ID number also pasted into his note."""
    path = tmp_path / "branch.ledger"
    with open_ledger(path, create=True):
        made = make_branch()
        p = made.people
        services.set_person_category(p["黄强"], "probationary", "2026-03-01")
        services.set_person_category(p["黄强"], "full_member", "2026-09-01")
        services.save_transfer(
            services.TransferInput(p["陈静"], "out", "2026-07-20", "市第二中学党支部", "2026-031")
        )
        p["周新"] = services.save_person(
            services.PersonInput(
                name="周新",
                category="full_member",
                joined_on="2010-05-04",
                on_roster_since="2026-08-10",
            )
        )
        services.save_transfer(
            services.TransferInput(p["周新"], "in", "2026-08-10", "区教育局机关党支部")
        )
        data = services.get_person(p["李明"])
        data.ethnicity = "回族"
        data.native_place = "江苏南京"
        data.education = "大学本科"
        data.job_title = HOSTILE
        data.id_number = ID_A.lower()  # stored as 11010519491231002X
        data.note = f"身份证 {ID_A} 已核对"
        services.save_person(data)
    return path, made


@pytest.mark.parametrize("day", ["2026-02-28", "2026-06-29", "2026-07-15", "2026-08-31",
                                 "2026-09-15"])  # fmt: skip
def test_the_roster_of_a_day_matches_the_dated_histories(roster_file, day):
    path, _made = roster_file
    with open_ledger(path, readonly=True):
        roster = services.member_roster(day)
    got = sorted((r.name, r.category) for r in roster.rows)
    assert got == expected_roster(path, day)
    names = dict(got)
    # The cases the fixture was built for, as the oracle computes them too:
    assert ("刘洋" in names) == (day < "2026-06-30")
    assert ("陈静" in names) == (day <= "2026-07-20")
    assert ("周新" in names) == (day >= "2026-08-10")
    assert names.get("黄强") == (
        None if day < "2026-03-01" else "probationary" if day < "2026-09-01" else "full_member"
    )
    assert roster.full_members + roster.probationary == len(got)


def test_transfer_and_promotion_days_move_people_between_rosters(roster_file):
    path, _made = roster_file
    before, after = expected_roster(path, "2026-06-01"), expected_roster(path, "2026-09-30")
    assert before != after  # the fixture really changes the roster between the two days
    with open_ledger(path, readonly=True):
        assert sorted((r.name, r.category) for r in services.member_roster("2026-06-01").rows) == (
            before
        )
        assert sorted((r.name, r.category) for r in services.member_roster("2026-09-30").rows) == (
            after
        )


def test_roster_fields_are_stored_and_the_id_number_is_checked(roster_file):
    path, made = roster_file
    assert raw(
        path,
        "SELECT ethnicity, native_place, education, job_title, id_number FROM person"
        " WHERE name = '李明'",
    ) == [("回族", "江苏南京", "大学本科", HOSTILE, ID_A)]
    with open_ledger(path):
        data = services.get_person(made.people["王芳"])
        for bad, words in (
            ("11010519491231002", "18"),  # too short
            ("110105194912310021", "X"),  # the check character should be X
            ("11010519491331002X", "19491331"),  # month 13: not a birth date
            ("1101051949123100AX", "17"),
        ):
            data.id_number = bad
            with pytest.raises(ValidationError) as err:
                services.save_person(data)
            assert set(err.value.errors) == {"id_number"}
            assert words in err.value.errors["id_number"]
        data.id_number = ID_B
        data.ethnicity = "x" * 61
        with pytest.raises(ValidationError) as err:
            services.save_person(data)
        assert set(err.value.errors) == {"ethnicity"}
        data.ethnicity = "汉族"
        services.save_person(data)
        listed = {r.name: r for r in services.list_people()}
    assert raw(path, "SELECT id_number FROM person WHERE name = '王芳'") == [(ID_B,)]
    assert listed["王芳"].id_number_masked == "4405**********0014"
    # The audit log, read on screen, never holds a whole ID number.
    assert not raw(path, "SELECT 1 FROM audit_entry WHERE instr(changes, ?) > 0", (ID_B,))


def _bundle_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    for suffix in ("-wal", "-journal"):
        extra = Path(str(path) + suffix)
        if extra.exists():
            data += extra.read_bytes()
    return data


def test_a_fresh_bundle_never_holds_an_id_number(roster_file, tmp_path):
    path, _made = roster_file
    out = tmp_path / "b.bundle"
    info = make_bundle(path, out)
    data = _bundle_bytes(out)
    for form in (ID_A, ID_A.lower(), ID_A[:17]):
        assert form.encode() not in data
    assert "已核对".encode() in data  # the note went, without the number
    assert info.manifest["id_numbers"] is False
    assert raw(out, "SELECT COUNT(*) FROM person WHERE id_number <> ''") == [(0,)]
    # The ledger itself keeps it.
    assert raw(path, "SELECT id_number FROM person WHERE name = '李明'") == [(ID_A,)]


def test_id_numbers_travel_only_when_chosen_and_a_later_plain_bundle_keeps_them(
    roster_file, tmp_path
):
    path, _made = roster_file
    chosen = tmp_path / "with.bundle"
    make_bundle(path, chosen, id_numbers=True)
    assert ID_A.encode() in _bundle_bytes(chosen)
    district = tmp_path / "district.ledger"
    (first,) = import_bundles(district, [chosen])
    assert first.status == "accepted"
    assert raw(district, "SELECT id_number FROM person WHERE name = '李明'") == [(ID_A,)]
    plain = tmp_path / "plain.bundle"
    make_bundle(path, plain)
    (second,) = import_bundles(district, [plain])
    assert second.status == "accepted" and second.conflict_count == 0
    assert raw(district, "SELECT id_number FROM person WHERE name = '李明'") == [(ID_A,)]
    # The bureau's roster prints it masked.
    out = tmp_path / "district-roster.pdf"
    code = main.main(["--lang", "en", "report", "roster", str(district), "--on", "2026-06-01",
                      "-o", str(out)])  # fmt: skip
    assert code == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "1101**********002X" in text and ID_A not in text


def test_roster_pdf_and_sheet_list_the_expected_members(roster_file, tmp_path):
    path, _made = roster_file
    day = "2026-07-15"
    expected = expected_roster(path, day)
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    for out in (pdf, xlsx):
        assert main.main(["--lang", "zh_CN", "report", "roster", str(path), "--on", day,
                          "-o", str(out)]) == 0  # fmt: skip
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True).stdout  # fmt: skip
    assert "党员花名册" in text and "2026-07-15" in text
    for name, _cat in expected:
        assert name in text
    assert "周新" not in text and "刘洋" not in text
    assert ID_A not in text and "1101**********002X" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert all(" yes " in line for line in fonts.splitlines()[2:])
    wb = load_workbook(xlsx)
    ws = wb.worksheets[0]
    assert "2026-07-15" in str(ws["A1"].value)
    header = [c.value for c in ws[2]]
    name_col = header.index("姓名")
    names = [r[name_col] for r in ws.iter_rows(min_row=3, values_only=True) if
             isinstance(r[0], int)]  # fmt: skip
    assert sorted(names) == sorted(n for n, _c in expected)
    assert ws.page_setup.orientation == "landscape"
    for row in ws.iter_rows():
        for cell in row:
            assert cell.data_type != "f"
            assert cell.value != ID_A
    assert any(cell.value == HOSTILE for row in ws.iter_rows() for cell in row)


def test_export_xlsx_has_the_roster_sheet(roster_file, tmp_path):
    path, _made = roster_file
    out = tmp_path / "all.xlsx"
    assert main.main(["--lang", "en", "export-xlsx", str(path), "--month", "2026-07",
                      "-o", str(out)]) == 0  # fmt: skip
    ws = load_workbook(out)["Party member roster"]
    header = [c.value for c in ws[2]]
    names = sorted(
        r[header.index("Name")] for r in ws.iter_rows(min_row=3, values_only=True)
        if isinstance(r[0], int)
    )  # fmt: skip
    assert names == sorted(n for n, _c in expected_roster(path, "2026-07-31"))


def test_report_roster_errors_are_plain(roster_file, tmp_path, capsys):
    path, _made = roster_file
    out = str(tmp_path / "r.pdf")
    assert main.main(["--lang", "en", "report", "roster", str(path), "--year", "2026",
                      "-o", out]) == 2  # fmt: skip
    assert "--on" in capsys.readouterr().err
    assert main.main(["--lang", "en", "report", "roster", str(path), "--on", "2026-02-30",
                      "-o", out]) == 2  # fmt: skip
    err = capsys.readouterr().err
    assert "YYYY-MM-DD" in err and "Traceback" not in err
    assert not Path(out).exists()


def test_a_format_1_ledger_upgrades_with_empty_roster_fields(tmp_path):
    copy = tmp_path / "old.ledger"
    shutil.copy(FIXTURE_V1, copy)
    with open_ledger(copy):
        pass
    con = sqlite3.connect(copy)
    try:
        rows = con.execute(
            "SELECT ethnicity, native_place, education, job_title, id_number FROM person"
        ).fetchall()
    finally:
        con.close()
    assert rows and set(rows) == {("", "", "", "", "")}


def test_the_roster_import_reads_the_roster_columns_when_they_exist(tmp_path):
    from openpyxl import Workbook

    from models.records import roster_import as ri

    sheet = tmp_path / "花名册.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "性别", "民族", "籍贯", "学历", "职称/职务", "身份证号码", "人员类别",
               "入党时间"])  # fmt: skip
    ws.append(["孙丽", "女", "满族", "辽宁沈阳", "研究生（硕士）", "一级教师", ID_B, "正式党员",
               "2012-06-30"])  # fmt: skip
    ws.append(["钱进", "男", "汉族", "", "", "", "440524188001010015", "正式党员", "2012-06-30"])
    wb.save(sheet)
    path = tmp_path / "b.ledger"
    with open_ledger(path, create=True):
        make_branch()
        table = ri.read_table(sheet)
        mapping = ri.guess_mapping(table.headers)
        assert {k: mapping[k] for k in ("ethnicity", "native_place", "education", "job_title",
                                        "id_number")} == {
            "ethnicity": 2, "native_place": 3, "education": 4, "job_title": 5, "id_number": 6
        }  # fmt: skip
        results = ri.check_rows(table, mapping)
        assert results[0].ok, results[0].problems
        assert set(results[1].problems) == {"id_number"}
        assert "4" in results[1].problems["id_number"]  # the check digit it should have
        ri.import_people(table, mapping, skip_bad=True)
    assert raw(
        path,
        "SELECT ethnicity, native_place, education, job_title, id_number FROM person"
        " WHERE name = '孙丽'",
    ) == [("满族", "辽宁沈阳", "研究生（硕士）", "一级教师", ID_B)]
    assert raw(path, "SELECT COUNT(*) FROM person WHERE name = '钱进'") == [(0,)]


def test_an_old_format_bundle_merges_beside_a_districts_id_numbers(tmp_path):
    """A format-1 bundle (no roster fields) upgraded on import, merged into a district that
    holds its people's ID numbers from a bundle the branch chose to send them in: the older
    file changes nothing, the numbers stay."""
    from tests.bureau_helpers import seal_format1_bundle

    ledger = tmp_path / "branch.ledger"
    shutil.copy(FIXTURE_V1, ledger)
    old = tmp_path / "old.bundle"
    shutil.copy(FIXTURE_V1, old)
    con = sqlite3.connect(old)
    seal_format1_bundle(con)
    con.close()
    with open_ledger(ledger):
        first = services.list_people()[0]
        data = services.get_person(first.uuid)
        data.id_number = ID_B
        services.save_person(data)
    chosen = tmp_path / "chosen.bundle"
    make_bundle(ledger, chosen, id_numbers=True)
    district = tmp_path / "district.ledger"
    (a,) = import_bundles(district, [chosen])
    assert a.accepted, a.reason
    (b,) = import_bundles(district, [old])
    assert b.accepted, b.reason
    assert raw(district, "SELECT id_number FROM person WHERE uuid = ?", (first.uuid,)) == [(ID_B,)]
    assert raw(district, "SELECT COUNT(*) FROM person WHERE id_number <> ''") == [(1,)]


def test_a_bundle_with_a_bad_id_number_is_refused(roster_file, tmp_path):
    path, _made = roster_file
    bundle = tmp_path / "b.bundle"
    make_bundle(path, bundle, id_numbers=True)
    from tests.test_hostile_bundles import _spoil

    bad = _spoil(
        bundle,
        tmp_path / "bad.bundle",
        "UPDATE person SET id_number = '=cmd|calc' WHERE name = '李明'",
        rehash=True,  # a consistent manifest: only the row check can catch it
    )
    (result,) = import_bundles(tmp_path / "district.ledger", [bad])
    assert result.status == "rejected"
    assert "ID number" in result.reason


def test_the_bundle_command_sends_id_numbers_only_when_asked(roster_file, tmp_path, capsys):
    path, _made = roster_file
    plain, chosen = tmp_path / "plain.bundle", tmp_path / "chosen.bundle"
    assert main.main(["--lang", "en", "bundle", str(path), "-o", str(plain)]) == 0
    assert "No ID numbers are in the bundle." in capsys.readouterr().out
    assert ID_A.encode() not in _bundle_bytes(plain)
    assert main.main(["--lang", "en", "bundle", str(path), "-o", str(chosen),
                      "--with-id-numbers"]) == 0  # fmt: skip
    assert "ID numbers are in the bundle" in capsys.readouterr().out
    assert raw(chosen, "SELECT id_number FROM person WHERE name = '李明'") == [(ID_A,)]


def test_a_district_roster_needs_the_branch_and_lists_only_its_members(tmp_path, capsys):
    bundles = []
    for i, name in enumerate(("育才小学党支部", "实验中学党支部")):
        path = tmp_path / f"b{i}.ledger"
        with open_ledger(path, create=True):
            make_branch(name=name)
        bundles.append(tmp_path / f"b{i}.bundle")
        make_bundle(path, bundles[-1])
    district = tmp_path / "district.ledger"
    assert all(r.accepted for r in import_bundles(district, bundles))
    out = tmp_path / "r.xlsx"
    code = main.main(["--lang", "en", "report", "roster", str(district), "--on", "2026-05-01",
                      "-o", str(out)])  # fmt: skip
    assert code == 2
    err = capsys.readouterr().err
    assert "--branch" in err and "实验中学党支部" in err and not out.exists()
    assert main.main(["--lang", "en", "report", "roster", str(district), "--on", "2026-05-01",
                      "--branch", "实验中学党支部", "-o", str(out)]) == 0  # fmt: skip
    (branch_id,) = raw(district, "SELECT id FROM branch WHERE name = '实验中学党支部'")[0]
    expected = sorted(n for n, _c in expected_roster(district, "2026-05-01", branch_id))
    ws = load_workbook(out).worksheets[0]
    rows = [r for r in ws.iter_rows(min_row=3, values_only=True) if isinstance(r[0], int)]
    assert sorted(r[1] for r in rows) == expected
    assert len(rows) == len(expected)  # the other branch's namesakes are not listed
