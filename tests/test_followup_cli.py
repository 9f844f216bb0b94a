"""`main.py report plan|review|rectification PATH --year YYYY -o OUT.pdf|OUT.xlsx`: figures
checked against the file read with plain sqlite3; errors are messages, not tracebacks."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

import main
from models import services
from models.file.ledger import open_ledger
from tests.followup_helpers import expected_plan_states, make_branch, members_on, raw

HOSTILE = '=HYPERLINK("http://x","点我")\x07'


@pytest.fixture
def ledger_file(tmp_path: Path) -> Path:
    path = tmp_path / "branch.ledger"
    with open_ledger(path, create=True):
        made = make_branch()
        p = made.people
        services.add_plan_entry(
            services.PlanEntryInput(kind="theme_day", topic="主题党日", recurrence="monthly",
                                    year=2026, week=1, weekday=5, responsible_uuid=p["李明"])
        )  # fmt: skip
        services.add_plan_entry(
            services.PlanEntryInput(kind="party_lecture", topic=HOSTILE, recurrence="quarterly",
                                    year=2026, week=2, weekday=3)
        )  # fmt: skip
        for day in ("2026-01-09", "2026-03-06", "2026-03-20", "2026-05-08"):
            services.save_activity(
                services.ActivityInput(kinds=["theme_day"], date=day, topic="主题党日")
            )
        lecture = services.save_activity(
            services.ActivityInput(kinds=["party_lecture"], date="2026-02-11", topic="党课")
        )
        services.delete_activity(lecture)
        for name, grade in (("李明", "excellent"), ("王芳", "qualified"), ("张伟", "qualified")):
            services.save_review(
                services.ReviewInput(p[name], 2026, grade, peer_summary=HOSTILE,
                                     decided_on="2026-11-20")
            )  # fmt: skip
        services.save_rectification(
            services.RectificationInput(HOSTILE, "2026-01-10", owner_uuid=p["张伟"],
                                        deadline="2026-03-31")
        )  # fmt: skip
        services.save_rectification(
            services.RectificationInput("制度执行不严", "2026-02-01", deadline="2026-02-28",
                                        status="done", completed_on="2026-02-20")
        )  # fmt: skip
        services.save_rectification(
            services.RectificationInput("联系群众不够", "2026-04-01", deadline="2099-12-31")
        )
    return path


def _run(*args: str) -> int:
    return main.main(["--lang", "en", "report", *args])


def _as_of(year: int) -> str:
    return min(dt.date.today(), dt.date(year, 12, 31)).isoformat()


def _no_formulas(path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name), name


def test_plan_workbook(ledger_file, tmp_path, capsys, qapp):
    out = tmp_path / "plan.xlsx"
    assert _run("plan", str(ledger_file), "--year", "2026", "-o", str(out)) == 0
    assert capsys.readouterr().out.strip() == str(out)
    states = expected_plan_states(ledger_file, dt.date.today().isoformat())
    ws = openpyxl.load_workbook(out)["Planned and held"]
    year_row = [c.value for c in ws[15]]  # title row, header, twelve months, the year
    assert year_row[1:5] == [
        len(states),
        list(states.values()).count("held"),
        list(states.values()).count("missed"),
        list(states.values()).count("pending"),
    ]
    by_month = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(3, 15)}
    planned = raw(ledger_file, "SELECT substr(planned_on, 1, 7), COUNT(*) FROM plan_item"
                  " GROUP BY 1")  # fmt: skip
    assert by_month == {
        f"2026-{m:02d}": dict(planned).get(f"2026-{m:02d}", 0) for m in range(1, 13)
    }
    items = openpyxl.load_workbook(out)["The plan"]
    topics = [items.cell(r, 4).value for r in range(3, items.max_row + 1)]
    assert HOSTILE.replace("\x07", "") in topics
    _no_formulas(out)


def test_review_workbook_and_pdf(ledger_file, tmp_path, qapp):
    out = tmp_path / "review.xlsx"
    assert _run("review", str(ledger_file), "--year", "2026", "-o", str(out)) == 0
    wb = openpyxl.load_workbook(out)
    counts = dict(raw(ledger_file, "SELECT grade, COUNT(*) FROM review_result WHERE year = 2026"
                      " AND deleted_at IS NULL GROUP BY grade"))  # fmt: skip
    sheet = wb["Members per grade"]
    assert [sheet.cell(r, 2).value for r in range(3, 7)] == [
        counts.get(g, 0) for g in ("excellent", "qualified", "basically_qualified", "unqualified")
    ]
    assessed = {u for (u,) in raw(ledger_file, "SELECT p.uuid FROM review_result r JOIN person p"
                                  " ON p.id = r.person_id WHERE r.year = 2026")}  # fmt: skip
    missing = sorted(n for u, n in members_on(ledger_file, _as_of(2026)).items()
                     if u not in assessed)  # fmt: skip
    names = wb["Not assessed"]
    assert sorted(names.cell(r, 1).value for r in range(3, names.max_row + 1)) == missing
    _no_formulas(out)
    pdf = tmp_path / "review.pdf"
    assert _run("review", str(ledger_file), "--year", "2026", "-o", str(pdf)) == 0
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "育才小学党支部" in text and all(n in text for n in missing)


def test_rectification_workbook_and_pdf(ledger_file, tmp_path, qapp):
    out = tmp_path / "r.xlsx"
    assert _run("rectification", str(ledger_file), "--year", "2026", "-o", str(out)) == 0
    as_of = _as_of(2026)
    expected = {"in_progress": 0, "overdue": 0, "done": 0}
    for status, deadline in raw(ledger_file, "SELECT status, deadline FROM rectification_item"):
        late = status == "in_progress" and deadline is not None and deadline < as_of
        expected["overdue" if late else status] += 1
    wb = openpyxl.load_workbook(out)
    per_state = wb["Per state"]
    assert [per_state.cell(r, 2).value for r in range(3, 6)] == list(expected.values())
    register = wb["Rectification register"]
    cell = register.cell(3, 5)  # under the title row and the header
    assert cell.value == HOSTILE.replace("\x07", "") and cell.data_type == "s"
    _no_formulas(out)
    pdf = tmp_path / "r.pdf"
    assert _run("rectification", str(ledger_file), "--year", "2026", "-o", str(pdf)) == 0
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "制度执行不严" in text and "HYPERLINK" in text


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("plan", "{ledger}", "--month", "2026-01", "-o", "{out}"), ("--year",)),
        (("review", "{ledger}", "--year", "26", "-o", "{out}"), ("26",)),
        (("rectification", "{missing}", "--year", "2026", "-o", "{out}"), ("does not exist",)),
        (("plan", "{ledger}", "--year", "2026", "-o", "{nofolder}"), ("does not exist",)),
    ],
)
def test_errors_are_messages(ledger_file, tmp_path, capsys, qapp, args, words):
    values = {
        "ledger": str(ledger_file),
        "missing": str(tmp_path / "nope.ledger"),
        "out": str(tmp_path / "o.pdf"),
        "nofolder": str(tmp_path / "no" / "o.pdf"),
    }
    rc = _run(*(a.format(**values) for a in args))
    err = capsys.readouterr().err
    assert rc == 2 and "Traceback" not in err
    assert all(w in err for w in words), err
    assert not (tmp_path / "o.pdf").exists()


def test_monthly_and_annual_summaries_say_planned_vs_held(ledger_file, tmp_path, qapp):
    states = expected_plan_states(ledger_file, dt.date.today().isoformat())
    days = dict(raw(ledger_file, "SELECT uuid, planned_on FROM plan_item"))
    for period, flag in (("2026-03", "--month"), ("2026", "--year")):
        out = tmp_path / f"{period}.pdf"
        kind = "monthly" if flag == "--month" else "annual"
        assert _run(kind, str(ledger_file), flag, period, "-o", str(out)) == 0
        text = " ".join(PdfReader(out).pages[0].extract_text().split())
        mine = [s for u, s in states.items() if days[u].startswith(period)]
        line = (
            f"Planned {len(mine)}: held {mine.count('held')}, not held {mine.count('missed')},"
            f" still to come {mine.count('pending')}."
        )
        assert line in text, text[:600]


@pytest.mark.parametrize("kind", ["plan", "review", "rectification", "dues"])
def test_a_character_no_font_has_is_named_by_every_report(ledger_file, tmp_path, capsys, kind):
    """A plan topic, a member's name or an owner with U+10FFFD (private use, in no font): the
    PDF command names the text and the character on stderr, as the monthly summary does —
    never a silent empty box."""
    import sqlite3

    odd = "李\U0010fffd明"
    con = sqlite3.connect(ledger_file)
    with con:
        con.execute("UPDATE person SET name = ? WHERE name = ?", (odd, "李明"))
        con.execute("UPDATE plan_item SET topic = ?", (odd,))
        con.execute("UPDATE rectification_item SET description = ?", (odd,))
    con.close()
    capsys.readouterr()
    out = tmp_path / f"{kind}.pdf"
    assert _run(kind, str(ledger_file), "--year", "2026", "-o", str(out)) == 0
    err = capsys.readouterr().err
    assert out.exists() and odd in err and "U+10FFFD" in err, err
