"""党费: standards with a dated history, payments (交纳 / 补交 / 免交), the year's sheet and its
documents, the arrears reminders, the bundle (totals only unless chosen) and the bureau merge.
Every figure is checked against what the test computes from the file with raw sqlite3."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

import main
from exports.bundle import make_bundle
from models import services
from models.bureau.bundle_format import schema_differences
from models.bureau.merge import import_bundles
from models.errors import ValidationError
from models.file.ledger import SCHEMA_VERSION, open_ledger
from tests.bureau_helpers import sha256
from tests.followup_helpers import make_branch, raw

ROOT = Path(__file__).resolve().parents[1]
FIXTURE_V1 = ROOT / "tests" / "data" / "ledger-v1.ledger"
HOSTILE = '=HYPERLINK("x")\x07\x1b 困难'


def _months(year: int) -> list[str]:
    return [f"{year}-{m:02d}" for m in range(1, 13)]


def expected_sheet(
    path: Path, year: int, today: dt.date | None = None
) -> dict[str, dict[str, tuple[int, int, str]]]:
    """name → month → (due, paid, kind) by plain SQL and loops: a member (正式/预备) on the
    roster on the month's first or last day owes the standard in force, unless a payment row
    says otherwise; months neither owed nor recorded are left out, as are months after
    today's not yet owed."""
    until = (today or dt.date.today()).strftime("%Y-%m")
    statuses: dict[int, list[tuple[str, str]]] = {}
    for pid, since, st in raw(
        path,
        "SELECT person_id, effective_on, status FROM person_status WHERE deleted_at IS NULL"
        " ORDER BY effective_on, id",
    ):
        statuses.setdefault(pid, []).append((since, st))

    def on_roster(pid: int, day: str) -> bool:
        st = ""
        for since, s in statuses.get(pid, []):
            if since <= day:
                st = s
        return st in ("active", "mobile")

    categories: dict[int, list[tuple[str, str]]] = {}
    for pid, since, cat in raw(
        path,
        "SELECT person_id, COALESCE(effective_on, ''), category FROM person_category"
        " WHERE deleted_at IS NULL ORDER BY COALESCE(effective_on, ''), id",
    ):
        categories.setdefault(pid, []).append((since, cat))

    def member(pid: int, current: str, day: str) -> bool:
        held = current if pid not in categories else ""
        for since, cat in categories.get(pid, []):
            if since <= day:
                held = cat
        return held in ("full_member", "probationary")

    result: dict[str, dict[str, tuple[int, int, str]]] = {}
    people = raw(path, "SELECT id, name, category FROM person WHERE deleted_at IS NULL")
    for pid, name, category in people:
        for month in _months(year):
            first = f"{month}-01"
            y, m = int(month[:4]), int(month[5:])
            last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()
            owes = month <= until and any(
                on_roster(pid, day) and member(pid, category, day) for day in (first, last)
            )
            row = raw(
                path,
                "SELECT due_cents, paid_cents, kind FROM dues_payment WHERE person_id = ?"
                " AND month = ? AND deleted_at IS NULL",
                (pid, month),
            )
            if row:
                result.setdefault(name, {})[month] = row[0]
            elif owes:
                std = raw(
                    path,
                    "SELECT amount_cents FROM dues_standard WHERE person_id = ? AND"
                    " effective_from <= ? AND deleted_at IS NULL ORDER BY effective_from DESC"
                    " LIMIT 1",
                    (pid, month),
                )
                result.setdefault(name, {})[month] = (std[0][0] if std else 0, 0, "")
    return result


@pytest.fixture
def dues_file(tmp_path: Path):
    """A branch's 2026 dues: everyone 10.00 a month, 李明 12.50 from July (a raise); 李明, 王芳,
    张伟 pay every month to September; 刘洋 (left 2026-06-30) pays to May; 陈静 exempt in
    January, then pays to September late (补交) on 2026-09-30; 杨磊 pays January and February only;
    赵敏 (预备) pays nothing. 黄强 is an activist: owes nothing."""
    path = tmp_path / "branch.ledger"
    with open_ledger(path, create=True):
        made = make_branch()
        p = made.people
        for uuid in p.values():
            services.save_standard(services.StandardInput(uuid, "2026-01", "10"))
        made.raise_uuid = services.save_standard(
            services.StandardInput(p["李明"], "2026-07", "12.5", base="5000", rate="0.5")
        )
        for name in ("李明", "王芳", "张伟"):
            for m in range(1, 10):
                services.save_payment(
                    services.PaymentInput(p[name], f"2026-{m:02d}", "10" if m < 7 or name != "李明"
                                          else "12.50", f"2026-{m:02d}-15")
                )  # fmt: skip
        for m in range(1, 6):
            services.save_payment(
                services.PaymentInput(p["刘洋"], f"2026-{m:02d}", "10", f"2026-{m:02d}-10")
            )
        made.exempt = services.save_payment(
            services.PaymentInput(p["陈静"], "2026-01", kind="exempt", note=HOSTILE)
        )
        for m in range(2, 10):
            services.save_payment(
                services.PaymentInput(p["陈静"], f"2026-{m:02d}", "10", "2026-09-30", kind="late",
                                      note="补交")
            )  # fmt: skip
        for m in (1, 2):
            services.save_payment(
                services.PaymentInput(p["杨磊"], f"2026-{m:02d}", "10", f"2026-{m:02d}-20")
            )
    return path, made


@pytest.mark.parametrize("today", [dt.date(2026, 12, 31), dt.date(2026, 8, 20)])
def test_the_years_sheet_matches_the_file(dues_file, today):
    path, _made = dues_file
    expected = expected_sheet(path, 2026, today)
    with open_ledger(path, readonly=True):
        sheet = services.dues_year(2026, today)
    got = {}
    for member in sheet.members:
        for cell in member.cells:
            if cell.liable or cell.kind:
                got.setdefault(member.name, {})[cell.month] = (
                    cell.due_cents or 0,
                    cell.paid_cents,
                    cell.kind,
                )
    assert got == expected
    assert "黄强" not in got  # an activist owes no dues
    assert set(got["刘洋"]) == set(_months(2026)[:6])  # left on 2026-06-30
    assert set(got["赵敏"]) == {m for m in _months(2026) if m <= today.strftime("%Y-%m")}
    assert (
        got["李明"]["2026-08"][0]
        == raw(path, "SELECT amount_cents FROM dues_standard WHERE effective_from = '2026-07'")[0][
            0
        ]
    )
    due = sum(v[0] for months in expected.values() for v in months.values())
    paid = sum(v[1] for months in expected.values() for v in months.values())
    assert (sheet.due_cents, sheet.paid_cents) == (due, paid)
    for i, month in enumerate(sheet.months):
        assert sheet.month_paid(i) == sum(m.get(month, (0, 0))[1] for m in expected.values())


def test_dues_follow_the_dated_category_not_todays(dues_file):
    """Who owes dues in month M is who is a member (正式/预备) in M: 黄强, an activist admitted
    as 预备党员 on 2026-05-20, owes from May, not before; 赵敏, whose 预备 membership was
    cancelled from 2026-04-01 (群众 since), owed January to March."""
    path, made = dues_file
    with open_ledger(path):
        services.set_person_category(made.people["黄强"], "probationary", "2026-05-20")
        services.set_person_category(made.people["赵敏"], "staff", "2026-04-01")
    today = dt.date(2026, 12, 31)
    expected = expected_sheet(path, 2026, today)
    with open_ledger(path, readonly=True):
        sheet = services.dues_year(2026, today)
    owed = {m.name: {c.month for c in m.cells if c.liable} for m in sheet.members}
    assert owed["黄强"] == set(expected["黄强"]) == {f"2026-{m:02d}" for m in range(5, 13)}
    assert owed["赵敏"] == set(expected["赵敏"]) == {"2026-01", "2026-02", "2026-03"}


def test_monthly_totals_are_the_sums_of_the_payment_rows(dues_file):
    path, made = dues_file
    with open_ledger(path):
        services.delete_payment(made.exempt)
    totals = raw(path, "SELECT month, due_cents, paid_cents, members, exempt FROM dues_month")
    for month, due, paid, members, exempt in totals:
        rows = raw(
            path,
            "SELECT due_cents, paid_cents, kind FROM dues_payment WHERE month = ?"
            " AND deleted_at IS NULL",
            (month,),
        )
        assert (due, paid, members, exempt) == (
            sum(r[0] for r in rows),
            sum(r[1] for r in rows),
            len(rows),
            sum(r[2] == "exempt" for r in rows),
        )
    assert {t[0] for t in totals} == {r[0] for r in raw(path, "SELECT month FROM dues_payment")}


def test_standard_history_and_replacing_a_months_payment(dues_file):
    path, made = dues_file
    with open_ledger(path):
        history = services.standard_history(made.people["李明"])
        assert [(h.effective_from, h.amount_cents, h.base_cents, h.rate_permille)
                for h in history] == [("2026-01", 1000, None, None),
                                      ("2026-07", 1250, 500000, 5)]  # fmt: skip
        uuid = services.save_payment(
            services.PaymentInput(made.people["杨磊"], "2026-02", "5", "2026-03-01", kind="late")
        )
    assert raw(
        path, "SELECT COUNT(*), SUM(paid_cents) FROM dues_payment WHERE uuid = ?", (uuid,)
    ) == [(1, 500)]
    assert raw(
        path,
        "SELECT COUNT(*) FROM dues_payment p JOIN person x ON x.id = p.person_id"
        " WHERE x.name = '杨磊' AND month = '2026-02'",
    ) == [(1,)]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (dict(month="2026-13", paid="1", paid_on="2026-01-01"), "month"),
        (dict(month="2026-01", paid="1.234", paid_on="2026-01-01"), "paid"),
        (dict(month="2026-01", paid="=1+1", paid_on="2026-01-01"), "paid"),
        (dict(month="2026-01", kind="exempt", note="  "), "note"),
        (dict(month="2026-01", paid="10"), "paid_on"),
        (dict(month="2025-01", paid="10", paid_on="2025-01-05"), "due"),  # no standard then
        (dict(month="2026-01", paid="10", paid_on="2026-01-01", kind="x"), "kind"),
    ],
)
def test_bad_payments_are_refused_naming_the_field(dues_file, data, field):
    path, made = dues_file
    before = sha256(path)
    with open_ledger(path):
        with pytest.raises(ValidationError) as info:
            services.save_payment(services.PaymentInput(made.people["赵敏"], **data))
    assert field in info.value.errors
    assert sha256(path) == before


def test_bad_standards_are_refused_naming_the_field(dues_file):
    path, made = dues_file
    with open_ledger(path):
        for kwargs, field in (
            (dict(effective_from="2026-1", amount="1"), "effective_from"),
            (dict(effective_from="2026-01", amount=""), "amount"),
            (dict(effective_from="2026-01", amount="1", rate="0.25"), "rate"),
            (dict(effective_from="2026-01", amount="1", base="-5"), "base"),
        ):
            with pytest.raises(ValidationError) as info:
                services.save_standard(services.StandardInput(made.people["赵敏"], **kwargs))
            assert field in info.value.errors


def _expected_arrears(path: Path, today: dt.date) -> dict[str, int]:
    """name → consecutive months owed and unpaid, back from the month before `today`'s."""
    sheet = expected_sheet(path, today.year, today)
    last = (today.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    result = {}
    for name, months in sheet.items():
        run = 0
        for month in reversed([m for m in _months(today.year) if m <= last]):
            due, paid, kind = months.get(month, (0, 0, ""))
            if due and kind != "exempt" and paid < due:
                run += 1
            else:
                break
        if run >= 3:
            result[name] = run
    return result


@pytest.mark.parametrize("today", [dt.date(2026, 6, 3), dt.date(2026, 11, 20)])
def test_arrears_reminders(dues_file, today):
    path, _made = dues_file
    expected = _expected_arrears(path, today)
    assert expected  # the fixture has arrears on both days
    with open_ledger(path, readonly=True):
        found = services.arrears(today)
        reminders = services.dues_reminders(today)
    assert {a.name: a.months for a in found} == expected
    assert len(reminders) == len(expected)
    for reminder in reminders:
        name = next(n for n in expected if reminder.text.startswith(n))
        assert reminder.section == "dues"
        assert reminder.urgent == (expected[name] >= 6)
        assert str(expected[name]) in reminder.text


def test_documents_carry_the_figures_and_keep_hostile_text_as_text(dues_file, tmp_path):
    path, _made = dues_file
    pdf, xlsx = tmp_path / "dues.pdf", tmp_path / "dues.xlsx"
    for out in (pdf, xlsx):
        assert main.main(["--lang", "en", "report", "dues", str(path), "--year", "2026", "-o",
                          str(out)]) == 0  # fmt: skip
    expected = expected_sheet(path, 2026)
    wb = load_workbook(xlsx)
    register = wb.worksheets[0]
    rows = [r for r in register.iter_rows(min_row=2, values_only=True) if r[1]]
    got = {(r[0], r[1]): (round(float(r[2]) * 100), round(float(r[3]) * 100)) for r in rows}
    assert got == {
        (name, month): (v[0], v[1])
        for name, months in expected.items()
        for month, v in months.items()
    }
    for row in register.iter_rows():
        for cell in row:
            assert cell.data_type != "f"
            if isinstance(cell.value, str):
                assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in cell.value)
    notes = [
        c.value
        for row in register.iter_rows()
        for c in row
        if c.value and "HYPERLINK" in str(c.value)
    ]
    assert notes and notes[0].startswith("=HYPERLINK")
    totals = wb.worksheets[1]
    total_row = [r for r in totals.iter_rows(values_only=True)][-1]
    due = sum(v[0] for months in expected.values() for v in months.values())
    paid = sum(v[1] for months in expected.values() for v in months.values())
    assert (round(float(total_row[1]) * 100), round(float(total_row[2]) * 100)) == (due, paid)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    assert f"{paid // 100}.{paid % 100:02d}" in text
    assert "HYPERLINK" in text and "\x07" not in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])


def test_report_dues_without_a_year_is_a_message(dues_file, tmp_path, capsys):
    path, _made = dues_file
    code = main.main(["--lang", "en", "report", "dues", str(path), "--month", "2026-01", "-o",
                      str(tmp_path / "x.pdf")])  # fmt: skip
    err = capsys.readouterr().err
    assert code != 0
    assert "--year" in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def _dues_rows(path: Path, table: str) -> list[tuple]:
    cols = {"dues_month": "month, due_cents, paid_cents, members, exempt, deleted_at IS NULL",
            "dues_payment": "month, due_cents, paid_cents, kind, note, deleted_at IS NULL",
            "dues_standard": "effective_from, amount_cents, deleted_at IS NULL"}[table]  # fmt: skip
    return sorted(raw(path, f"SELECT uuid, {cols} FROM {table}"))


def test_a_bundle_carries_only_the_totals_unless_the_branch_chooses(dues_file, tmp_path):
    path, _made = dues_file
    plain, detail = tmp_path / "plain.bundle", tmp_path / "detail.bundle"
    make_bundle(path, plain)
    make_bundle(path, detail, dues_detail=True)
    assert raw(plain, "SELECT COUNT(*) FROM dues_payment") == [(0,)]
    assert raw(plain, "SELECT COUNT(*) FROM dues_standard") == [(0,)]
    assert raw(
        plain,
        "SELECT COUNT(*) FROM audit_entry WHERE table_name LIKE 'dues_p%'"
        " OR table_name LIKE 'dues_s%'",
    ) == [(0,)]
    assert _dues_rows(plain, "dues_month") == _dues_rows(path, "dues_month")
    for table in ("dues_payment", "dues_standard", "dues_month"):
        assert _dues_rows(detail, table) == _dues_rows(path, table)
    district = tmp_path / "district.ledger"
    (first,) = import_bundles(district, [plain])
    assert first.accepted, first.reason
    with open_ledger(district, readonly=True):
        (branch,) = services.dues_by_branch(2026)
    sums = raw(path, "SELECT SUM(due_cents), SUM(paid_cents) FROM dues_payment"
                     " WHERE deleted_at IS NULL")[0]  # fmt: skip
    assert (branch.due_cents, branch.paid_cents) == sums
    assert raw(district, "SELECT COUNT(*) FROM dues_payment") == [(0,)]


def test_merge_is_idempotent_keeps_tombstones_and_lists_conflicts(dues_file, tmp_path):
    path, made = dues_file
    district = tmp_path / "district.ledger"
    make_bundle(path, tmp_path / "b1.bundle", dues_detail=True)
    (first,) = import_bundles(district, [tmp_path / "b1.bundle"])
    assert first.accepted, first.reason
    before = sha256(district)
    (again,) = import_bundles(district, [tmp_path / "b1.bundle"])
    assert (again.added, again.updated, again.conflict_count) == (0, 0, 0)
    assert sha256(district) == before
    with open_ledger(path):
        services.delete_payment(made.exempt)
        services.delete_standard(made.raise_uuid)
    make_bundle(path, tmp_path / "b2.bundle", dues_detail=True)
    (second,) = import_bundles(district, [tmp_path / "b2.bundle"])
    assert second.accepted and second.updated >= 3 and not second.conflict_count
    for table in ("dues_payment", "dues_standard", "dues_month"):
        # Live rows as they are; deleted ones arrive as tombstones: identities only (issue 17).
        here, there = _dues_rows(district, table), _dues_rows(path, table)
        assert [r for r in here if r[-1]] == [r for r in there if r[-1]]
        assert [r[0] for r in here if not r[-1]] == [r[0] for r in there if not r[-1]]
    (older,) = import_bundles(district, [tmp_path / "b1.bundle"])
    assert (older.added, older.updated) == (0, 0)
    assert raw(district, "SELECT deleted_at IS NOT NULL FROM dues_payment WHERE uuid = ?",
               (made.exempt,)) == [(1,)]  # fmt: skip
    # Changed on both sides: a conflict, the district's row kept.
    con = sqlite3.connect(district)
    con.execute("UPDATE dues_month SET paid_cents = 1, rev = rev + 1 WHERE month = '2026-02'")
    con.commit()
    con.close()
    with open_ledger(path):
        services.save_payment(
            services.PaymentInput(made.people["赵敏"], "2026-02", "10", "2026-10-01", kind="late")
        )
    make_bundle(path, tmp_path / "b3.bundle")
    (third,) = import_bundles(district, [tmp_path / "b3.bundle"])
    assert third.accepted and third.conflict_count == 1
    assert third.conflicts[0].table == "dues_month"
    assert raw(district, "SELECT paid_cents FROM dues_month WHERE month = '2026-02'") == [(1,)]


def test_a_bundle_with_a_bad_dues_row_is_refused(dues_file, tmp_path):
    from tests.test_followup_merge import _reseal

    path, _made = dues_file
    bundle = tmp_path / "bad.bundle"
    make_bundle(path, bundle, dues_detail=True)
    _reseal(bundle, "UPDATE dues_payment SET kind = '=1+1' WHERE month = '2026-01'")
    (result,) = import_bundles(tmp_path / "district.ledger", [bundle])
    assert result.status == "rejected" and "kind" in result.reason
    make_bundle(path, bundle, dues_detail=True)
    _reseal(bundle, "UPDATE dues_month SET month = '2026-13' WHERE month = '2026-01'")
    (result,) = import_bundles(tmp_path / "district.ledger", [bundle])
    assert result.status == "rejected" and "month" in result.reason


def test_a_format_1_ledger_is_upgraded_with_the_dues_tables(tmp_path):
    old = tmp_path / "old.ledger"
    shutil.copy(FIXTURE_V1, old)
    with open_ledger(old) as led:
        assert led.db.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert all(not c.kind for m in services.dues_year(2025).members for c in m.cells)
        assert services.arrears(dt.date(2026, 1, 1)) == []
    con = sqlite3.connect(old)
    try:
        assert schema_differences(con, SCHEMA_VERSION) == []
    finally:
        con.close()


def test_the_demo_has_dues_for_every_member(tmp_path):
    from models.demo.generate import write_demo

    path = tmp_path / "demo.ledger"
    write_demo(path, seed=3, until="2026-12")
    (last_day,) = raw(path, "SELECT MAX(date) FROM activity WHERE deleted_at IS NULL")[0]
    today = dt.date.fromisoformat(last_day)
    expected = expected_sheet(path, today.year, today)
    members = {name for name, months in expected.items() if any(v[0] for v in months.values())}
    payers = {n for (n,) in raw(path, "SELECT DISTINCT p.name FROM dues_payment d"
                                      " JOIN person p ON p.id = d.person_id")}  # fmt: skip
    assert members and members == payers  # every member has dues recorded
    kinds = dict(raw(path, "SELECT kind, COUNT(*) FROM dues_payment GROUP BY kind"))
    assert kinds.get("late") and kinds.get("exempt")
    assert raw(path, "SELECT COUNT(*) FROM dues_payment WHERE kind = 'exempt' AND note = ''") == [
        (0,)
    ]
    for month, due, paid in raw(path, "SELECT month, due_cents, paid_cents FROM dues_month"):
        assert (due, paid) == raw(
            path,
            "SELECT SUM(due_cents), SUM(paid_cents) FROM dues_payment WHERE month = ?",
            (month,),
        )[0]
    assert _expected_arrears(path, today + dt.timedelta(days=1))
    with open_ledger(path, readonly=True):
        assert services.arrears(today + dt.timedelta(days=1))


def test_a_district_report_shows_each_branchs_totals_only(dues_file, tmp_path):
    path, _made = dues_file
    other = tmp_path / "other.ledger"
    with open_ledger(other, create=True):
        made = make_branch(name="实验中学党支部")
        for uuid in made.people.values():
            services.save_standard(services.StandardInput(uuid, "2026-01", "20"))
        services.save_payment(
            services.PaymentInput(made.people["李明"], "2026-02", "20", "2026-02-03", note=HOSTILE)
        )
    district = tmp_path / "district.ledger"
    for source in (path, other):
        make_bundle(source, tmp_path / f"{source.stem}.bundle")
        (result,) = import_bundles(district, [tmp_path / f"{source.stem}.bundle"])
        assert result.accepted, result.reason
    expected = {
        name: (due, paid)
        for name, due, paid in raw(
            district,
            "SELECT b.name, SUM(m.due_cents), SUM(m.paid_cents) FROM dues_month m"
            " JOIN branch b ON b.id = m.branch_id WHERE m.deleted_at IS NULL GROUP BY b.id",
        )
    }
    sources = {}
    for source in (path, other):
        (name,) = raw(source, "SELECT name FROM branch")[0]
        sources[name] = raw(
            source,
            "SELECT SUM(due_cents), SUM(paid_cents) FROM dues_payment WHERE deleted_at IS NULL",
        )[0]
    assert expected == sources
    xlsx, pdf = tmp_path / "district.xlsx", tmp_path / "district.pdf"
    for out in (xlsx, pdf):
        assert main.main(["--lang", "en", "report", "dues", str(district), "--year", "2026",
                          "-o", str(out)]) == 0  # fmt: skip
    sheet = load_workbook(xlsx)["Per branch"]
    got = {
        r[0]: (round(float(r[1]) * 100), round(float(r[2]) * 100))
        for r in sheet.iter_rows(min_row=2, values_only=True)
        if r[0] and r[1] is not None
    }
    assert got == expected
    assert raw(district, "SELECT COUNT(*) FROM dues_payment") == [(0,)]
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    for due, paid in expected.values():
        assert f"{paid // 100}.{paid % 100:02d}" in text and f"{due // 100}.{due % 100:02d}" in text
