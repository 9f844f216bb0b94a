"""The Excel workbook: one sheet per register, typed dates, frozen headers, figures that match."""

from __future__ import annotations

import datetime as dt
import sqlite3

import openpyxl
from reports_fixture import fmt_h, sql_figures

from exports.report_data import gather_workbook
from exports.xlsx.registers import write_workbook
from models.file.ledger import open_ledger
from models.file.schema import MEETING_KINDS, STUDY_KINDS, VOLUNTEER_KINDS


def _export(path, out, period):
    with open_ledger(path, readonly=True):
        write_workbook(gather_workbook(period), out)
    return openpyxl.load_workbook(out)


def test_workbook_registers_and_summary(built, zh, tmp_path):
    path, _fx = built
    wb = _export(path, tmp_path / "year.xlsx", "2026")
    assert wb.sheetnames == [
        "汇总",
        "会议",
        "学习",
        "志愿服务",
        "个人统计",
        "缺席请假",
        "党员花名册",  # the roster at the period's end (issue 15)
    ]
    con = sqlite3.connect(path)
    rows = con.execute(
        "SELECT date, primary_kind, topic FROM activity WHERE deleted_at IS NULL"
        " AND date LIKE '2026-%' ORDER BY date"
    ).fetchall()
    con.close()
    groups = {
        "会议": MEETING_KINDS + ("other",),
        "学习": STUDY_KINDS,
        "志愿服务": VOLUNTEER_KINDS,
    }
    for title, codes in groups.items():
        ws = wb[title]
        assert ws.freeze_panes == "A3"  # the title row (branch, period) and the header
        assert ws["A2"].value == "日期" and ws["A2"].font.b
        want = [(d, topic) for d, kind, topic in rows if kind in codes]
        got = [(r[0], r[4]) for r in ws.iter_rows(min_row=3, values_only=True)]
        assert [(dt.datetime.fromisoformat(d), t) for d, t in want] == got
        for (cell,) in ws.iter_rows(min_row=3, max_col=1):
            assert isinstance(cell.value, dt.datetime) and cell.is_date
        assert ws.column_dimensions["E"].width >= 12  # fitted to the Chinese topics
    summary = wb["汇总"]
    header = [c.value for c in summary[2]]
    total = [c.value for c in summary[3]]
    f = sql_figures(path, "2026-01-01", "2027-01-01")
    assert total[0] == "合计"
    for key, label in (("activities", "次数"), ("attendances", "人次"), ("expected", "应到")):
        assert total[header.index(label)] == f[key]
    assert total[header.index("学时（小时）")] == float(fmt_h(f["study_minutes"], ""))
    assert total[header.index("服务时长（小时）")] == float(fmt_h(f["service_minutes"], ""))
    months = [
        r[0].value for r in summary.iter_rows() if r[0].value and str(r[0].value)[:5] == "2026-"
    ]
    assert months == [f"2026-{m:02d}" for m in range(1, 13)]


def test_month_workbook_and_absences(built, zh, tmp_path):
    path, _fx = built
    wb = _export(path, tmp_path / "month.xlsx", "2026-10")
    assert wb["学习"].max_row == 3  # September's study session is not in October
    con = sqlite3.connect(path)
    absent = con.execute(
        "SELECT p.name, t.reason FROM attendance t JOIN person p ON p.id = t.person_id"
        " JOIN activity a ON a.id = t.activity_id"
        " WHERE a.date LIKE '2026-10-%' AND t.status IN ('leave', 'absent') ORDER BY a.date"
    ).fetchall()
    con.close()
    got = [(r[2], r[5]) for r in wb["缺席请假"].iter_rows(min_row=3, values_only=True)]
    assert got == absent


def test_empty_period(built, tmp_path):
    path, _fx = built
    wb = _export(path, tmp_path / "empty.xlsx", "2019-03")
    assert wb["Meetings"].max_row == 2 and wb["Summary"]["B3"].value == 0
