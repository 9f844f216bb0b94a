"""The district's view of 问题整改: items per branch and state after the bureau merged the branches'
bundles, on the screen and in `report rectification DISTRICT --year` (checked against the branch
files read with sqlite3)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

import main
from exports.bundle import make_bundle
from models import services
from models.bureau.district_followup import rectification_by_branch
from models.bureau.merge import import_bundles
from models.file.ledger import open_ledger
from tests.followup_helpers import make_branch, raw
from ui.bureau.district_page import DistrictPage

NAMES = ("育才小学党支部", "实验中学党支部")
TODAY = dt.date(2026, 10, 15)
ITEMS = (  # (deadline, status, completed_on) per item, one list per branch
    [("2026-03-31", "in_progress", None), ("2026-12-31", "in_progress", None),
     ("2026-02-28", "done", "2026-02-20")],
    [("2026-05-31", "in_progress", None), ("2026-06-30", "in_progress", None)],
)  # fmt: skip


@pytest.fixture
def district(tmp_path: Path) -> tuple[Path, list[Path]]:
    files = []
    for n, name in enumerate(NAMES):
        path = tmp_path / f"b{n}.ledger"
        with open_ledger(path, create=True):
            make_branch(name=name)
            for i, (deadline, status, done) in enumerate(ITEMS[n]):
                services.save_rectification(
                    services.RectificationInput(f"问题{i}", "2026-01-10", deadline=deadline,
                                                status=status, completed_on=done)
                )  # fmt: skip
        make_bundle(path, tmp_path / f"b{n}.bundle")
        files.append(path)
    target = tmp_path / "district.ledger"
    results = import_bundles(target, [tmp_path / f"b{n}.bundle" for n in range(2)])
    assert all(r.accepted for r in results)
    return target, files


def oracle(files: list[Path], as_of: str) -> dict[str, tuple[int, int, int]]:
    """Per branch: (in progress, overdue, completed), from each branch's own file."""
    result = {}
    for path in files:
        (name,) = raw(path, "SELECT name FROM branch")[0]
        counts = {"in_progress": 0, "overdue": 0, "done": 0}
        for status, deadline in raw(path, "SELECT status, deadline FROM rectification_item"):
            late = status == "in_progress" and deadline is not None and deadline < as_of
            counts["overdue" if late else status] += 1
        result[name] = (counts["in_progress"], counts["overdue"], counts["done"])
    return result


def test_counts_per_branch_and_state(district):
    target, files = district
    with open_ledger(target, readonly=True):
        lines = rectification_by_branch(2026, TODAY)
    assert {b.name: (b.in_progress, b.overdue, b.done) for b in lines} == oracle(
        files, TODAY.isoformat()
    )


def test_the_report_of_a_district_has_a_sheet_per_branch(district, tmp_path, qapp):
    target, files = district
    out = tmp_path / "r.xlsx"
    rc = main.main(["--lang", "en", "report", "rectification", str(target), "--year", "2025",
                    "-o", str(out)])  # fmt: skip
    assert rc == 0
    sheet = openpyxl.load_workbook(out)["Per branch"]
    shown = {sheet.cell(r, 1).value: tuple(sheet.cell(r, c).value for c in (2, 3, 4))
             for r in range(3, sheet.max_row + 1)}  # fmt: skip
    # 2025: nothing was found yet in either branch.
    assert shown == {name: (0, 0, 0) for name in NAMES}
    rc = main.main(["--lang", "en", "report", "rectification", str(target), "--year", "2026",
                    "-o", str(out)])  # fmt: skip
    sheet = openpyxl.load_workbook(out)["Per branch"]
    shown = {sheet.cell(r, 1).value: tuple(sheet.cell(r, c).value for c in (2, 3, 4))
             for r in range(3, sheet.max_row + 1)}  # fmt: skip
    as_of = min(dt.date.today(), dt.date(2026, 12, 31)).isoformat()
    assert shown == oracle(files, as_of)


@pytest.mark.qt_log_level_fail("WARNING")
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_district_page_shows_them(district, qtbot, qapp, english):
    target, files = district
    from ui.shell.context import AppContext
    from ui.shell.worker import DbWorker

    with open_ledger(target) as led:
        worker = DbWorker(led)
        try:
            page = DistrictPage(AppContext(ledger=led, language="en", worker=worker))
            qtbot.addWidget(page)
            page.set_month("2026-10")
            page.show()
            qtbot.waitUntil(lambda: page.rectification.rowCount() == 3, timeout=10000)
            table = page.rectification
            shown = {table.item(r, 0).text(): [table.item(r, c).text() for c in (1, 2, 3)]
                     for r in range(3)}  # fmt: skip
        finally:
            worker.stop()
    as_of = min(dt.date.today(), dt.date(2026, 12, 31)).isoformat()
    expected = oracle(files, as_of)
    for name in NAMES:
        assert shown[name] == [str(v) for v in expected[name]]
    assert shown["Total"] == [str(sum(v[i] for v in expected.values())) for i in range(3)]
