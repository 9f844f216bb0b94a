"""Campaign periods and date ranges (issue 10): stored, validated, carried by bundles, merged into
the district without touching another school's rows, and asked for on the command line.

Expected figures are counted by tests/bureau_helpers.oracle (plain sqlite3 and Python loops) for
ranges crossing a month and a year boundary."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from exports.bundle import make_bundle
from main import main
from models import services
from models.bureau.bundle_format import MANIFEST_KEY, content_hash
from models.bureau.merge import import_bundles
from models.errors import ValidationError
from models.file.ledger import SCHEMA_VERSION, open_ledger
from tests.bureau_helpers import build_branch, oracle, sha256

MONTHS = ("2025-11", "2025-12", "2026-01", "2026-02")
CAMPAIGN = "第二批主题教育"
START, LAST, END = "2025-12-10", "2026-01-20", "2026-01-21"  # END: the day after LAST
FIGURES = ("activities", "attendances", "expected", "deeds", "people")


def _add_campaign(path: Path, name: str, start: str, end: str) -> str:
    with open_ledger(path):
        return services.save_campaign(name, start, end)


@pytest.fixture(scope="module")
def schools(tmp_path_factory):
    """Two schools, each with its own campaign of the same name and dates, bundled and merged."""
    tmp = tmp_path_factory.mktemp("campaigns")
    a = build_branch(tmp / "a.ledger", "育才小学党支部", seed=21, months=MONTHS, per_month=6)
    b = build_branch(tmp / "b.ledger", "实验中学党支部", seed=22, months=MONTHS, per_month=4)
    a_campaign = _add_campaign(a.path, CAMPAIGN, START, LAST)
    _add_campaign(a.path, "寒假志愿服务", "2026-01-15", "2026-02-20")
    b_campaign = _add_campaign(b.path, CAMPAIGN, START, LAST)
    make_bundle(a.path, tmp / "a.bundle")
    make_bundle(b.path, tmp / "b.bundle")
    district = tmp / "district.ledger"
    results = import_bundles(district, [tmp / "a.bundle", tmp / "b.bundle"])
    assert all(r.accepted and not r.conflict_count for r in results), results
    return tmp, a, b, district, a_campaign, b_campaign


def _campaign_rows(path: Path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(
            "SELECT c.uuid, c.name, c.start_on, c.end_on, c.deleted_at, b.uuid FROM campaign c"
            " LEFT JOIN branch b ON b.id = c.branch_id ORDER BY c.uuid"
        ).fetchall()
    finally:
        con.close()


def test_new_ledger_has_the_campaign_table(ledger_path):
    with open_ledger(ledger_path, create=True):
        pass
    con = sqlite3.connect(ledger_path)
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        columns = [r[1] for r in con.execute("PRAGMA table_info(campaign)")]
    finally:
        con.close()
    assert {"name", "start_on", "end_on", "branch_id"} <= set(columns)


def test_a_campaign_is_validated_field_by_field(ledger):
    services.save_branch(services.BranchInput(name="育才小学党支部"))
    cases = [
        (("", "2026-09-01", "2026-11-30"), "name"),
        (("  ", "2026-09-01", "2026-11-30"), "name"),
        (("主题教育", "", "2026-11-30"), "start_on"),
        (("主题教育", "2026-02-30", "2026-11-30"), "start_on"),
        (("主题教育", "2026-09-01", "11/30/2026"), "end_on"),
        (("主题教育", "2026-12-01", "2026-11-30"), "end_on"),
    ]
    for args, field in cases:
        with pytest.raises(ValidationError) as caught:
            services.save_campaign(*args)
        assert field in caught.value.errors, (args, caught.value.errors)
    services.save_campaign("主题教育", "2026-09-01", "2026-11-30")
    with pytest.raises(ValidationError) as caught:
        services.save_campaign("主题教育", "2026-10-01", "2026-10-31")
    assert "name" in caught.value.errors
    rows = services.list_campaigns()
    assert [(r.name, r.start_on, r.end_on, r.branch) for r in rows] == [
        ("主题教育", "2026-09-01", "2026-11-30", "育才小学党支部")
    ]
    services.delete_campaign(rows[0].uuid)
    assert services.list_campaigns() == []


def test_bundles_carry_campaigns_and_the_merge_is_idempotent(schools):
    tmp, a, b, district, a_campaign, b_campaign = schools
    rows = {r[0]: r for r in _campaign_rows(district)}
    assert rows[a_campaign][1:] == (CAMPAIGN, START, LAST, None, a.branch_uuid)
    assert rows[b_campaign][1:] == (CAMPAIGN, START, LAST, None, b.branch_uuid)
    assert len(rows) == 3
    before = sha256(district)
    again = import_bundles(district, [tmp / "a.bundle", tmp / "b.bundle"])
    assert all(r.accepted and not r.added and not r.updated for r in again), again
    assert sha256(district) == before


def _rebundle(good: Path, target: Path, sql: str, params=()) -> Path:
    """A real bundle changed with SQL, its hash and counts recomputed (only the ownership and row
    rules can catch it)."""
    shutil.copy(good, target)
    con = sqlite3.connect(target)
    try:
        con.execute(sql, params)
        (value,) = con.execute(
            "SELECT value FROM setting WHERE key = ?", (MANIFEST_KEY,)
        ).fetchone()
        data = json.loads(value)
        data["content_hash"], data["counts"] = content_hash(con)
        con.execute(
            "UPDATE setting SET value = ? WHERE key = ?",
            (json.dumps(data, ensure_ascii=False), MANIFEST_KEY),
        )
        con.commit()
    finally:
        con.close()
    return target


def test_a_school_never_changes_another_schools_or_the_bureaus_campaign(schools):
    tmp, a, b, district, a_campaign, _b = schools
    good = tmp / "b.bundle"
    cases = {
        # B's bundle rewrites A's campaign (same uuid, later revision) ...
        "rewrite": (
            "UPDATE campaign SET uuid = ?, rev = 50, end_on = '2026-02-28' WHERE id = 1",
            (a_campaign,),
        ),
        # ... or deletes it.
        "delete": (
            "UPDATE campaign SET uuid = ?, rev = 50, deleted_at = '2026-03-01' WHERE id = 1",
            (a_campaign,),
        ),
        # A campaign without a branch would be the bureau's own: a school cannot send one.
        "bureau": ("UPDATE campaign SET branch_id = NULL, rev = 2 WHERE id = 1", ()),
        "backwards": ("UPDATE campaign SET start_on = '2026-03-01', rev = 2 WHERE id = 1", ()),
        "formula": ("UPDATE campaign SET name = '=HYPERLINK(1)', rev = 2 WHERE id = 1", ()),
    }
    for name, (sql, params) in cases.items():
        before = sha256(district)
        bad = _rebundle(good, tmp / f"campaign-{name}.bundle", sql, params)
        (result,) = import_bundles(district, [bad])
        assert not result.accepted, (name, result)
        assert sha256(district) == before, name
    assert (a_campaign, CAMPAIGN, START, LAST, None, a.branch_uuid) in _campaign_rows(district)


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_stats_for_a_range_and_a_campaign_cross_the_year(schools, capsys):
    tmp, a, b, district, *_ = schools
    own = oracle(a.path, START, END)["育才小学党支部"]
    assert own["activities"] > 0
    for period in (("--from", START, "--to", LAST), ("--campaign", CAMPAIGN)):
        code, out, err = _run(capsys, "stats", str(a.path), *period, "--json")
        assert code == 0, err
        total = json.loads(out)["total"]
        for key in FIGURES:
            assert total[key] == own[key], (period, key)
        assert total["hours"] == pytest.approx(own["hours"])
    # The district: each school counted in its own file.
    both = {**oracle(a.path, START, END), **oracle(b.path, START, END)}
    code, out, err = _run(capsys, "stats", str(district), "--campaign", CAMPAIGN, "--json")
    assert code == 0, err
    payload = json.loads(out)
    for name, figures in both.items():
        for key in FIGURES:
            assert payload["by_branch"][name][key] == figures[key], (name, key)
    assert payload["total"]["activities"] == sum(f["activities"] for f in both.values())


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (("--campaign", "第三批主题教育"), ("第三批主题教育", CAMPAIGN, "寒假志愿服务")),
        (("--from", "2026-02-01", "--to", "2026-01-01"), ("--to", "2026-01-01", "2026-02-01")),
        (("--from", "2026-01-01", "--to", "2026-01-31", "--month", "2026-01"), ("--month",)),
        (("--from", "2026-01-01"), ("--to",)),
        (("--from", "2026-01-32", "--to", "2026-02-01"), ("--from", "2026-01-32")),
        ((), ("--campaign",)),
    ],
)
def test_clear_errors(schools, capsys, argv, words):
    tmp, a, *_ = schools
    xlsx = ("export-xlsx", str(a.path), "-o", str(tmp / "x.xlsx"))
    for command in (("stats", str(a.path)), xlsx):
        code, out, err = _run(capsys, *command, *argv)
        assert code != 0 and out == "", (command, argv)
        assert "Traceback" not in err
        for word in words:
            assert word in err, (command, word, err)


def test_schools_dating_a_campaign_differently_are_named(tmp_path, schools, capsys):
    tmp, a, b, district, *_ = schools
    copy = tmp_path / "district.ledger"
    shutil.copy(district, copy)
    con = sqlite3.connect(copy)
    con.execute(
        "UPDATE campaign SET end_on = '2026-01-31' WHERE branch_id ="
        " (SELECT id FROM branch WHERE uuid = ?)",
        (b.branch_uuid,),
    )
    con.commit()
    con.close()
    code, _out, err = _run(capsys, "stats", str(copy), "--campaign", CAMPAIGN)
    assert code != 0
    assert "育才小学党支部" in err and "实验中学党支部" in err and "--from" in err
    # The bureau defines its own: it wins over the schools' (a ledger of several branches
    # makes a campaign the bureau's).
    with open_ledger(copy):
        services.save_campaign(CAMPAIGN, START, "2026-01-05")
        assert [r.branch for r in services.list_campaigns() if not r.branch]
    code, out, err = _run(capsys, "stats", str(copy), "--campaign", CAMPAIGN, "--json")
    assert code == 0, err
    both = {**oracle(a.path, START, "2026-01-06"), **oracle(b.path, START, "2026-01-06")}
    assert json.loads(out)["total"]["activities"] == sum(f["activities"] for f in both.values())


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_district_report_names_the_campaign(schools, capsys, zh):
    tmp, a, b, district, *_ = schools
    pdf, xlsx = tmp / "campaign.pdf", tmp / "campaign.xlsx"
    for out in (pdf, xlsx):
        code = main(["--lang", "zh_CN", "report", "district", str(district)]
                    + ["--campaign", CAMPAIGN, "-o", str(out)])  # fmt: skip
        _out, err = capsys.readouterr()
        assert code == 0, err
    text = "".join(_pdf_text(pdf).split())
    assert "第二批主题教育期间，" in text
    assert "2025年12月10日至2026年1月20日" in text
    assert START not in text and LAST not in text  # no ISO dates in the Chinese text
    assert "2025年12月（已开展" in text  # the missed months of the check, in words too
    both = {**oracle(a.path, START, END), **oracle(b.path, START, END)}
    from openpyxl import load_workbook

    wb = load_workbook(xlsx, read_only=True)
    cells = [str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row]
    assert any("第二批主题教育（2025年12月10日至2026年1月20日）" in c for c in cells)
    assert not any(START in c for c in cells)
    first = wb.worksheets[0]
    found = {row[0]: row[1] for row in first.iter_rows(values_only=True) if row and row[0] in both}
    assert found == {name: f["activities"] for name, f in both.items()}


def test_a_plain_range_names_its_dates(schools, capsys, zh):
    tmp, a, b, district, *_ = schools
    pdf = tmp / "range.pdf"
    code = main(["--lang", "zh_CN", "report", "district", str(district)]
                + ["--from", "2025-12-01", "--to", "2025-12-31", "-o", str(pdf)])  # fmt: skip
    _out, err = capsys.readouterr()
    assert code == 0, err
    text = "".join(_pdf_text(pdf).split())
    assert "2025年12月1日至12月31日，" in text


# --- the settings page ---------------------------------------------------------------------------


def _campaign_table(path: Path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(
            "SELECT name, start_on, end_on, deleted_at IS NOT NULL FROM campaign ORDER BY id"
        ).fetchall()
    finally:
        con.close()


@pytest.fixture
def settings(ledger, ledger_path, qtbot):
    from tests.editing_helpers import make_branch
    from ui.settings.page import SettingsPage
    from ui.shell.context import AppContext

    make_branch()
    widget = SettingsPage(AppContext(ledger=ledger))
    qtbot.addWidget(widget)
    widget.show()
    widget.tabs.setCurrentWidget(widget.campaigns)
    return widget.campaigns, ledger_path


def test_a_campaign_is_added_changed_and_deleted_on_the_settings_page(settings, qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    editor, path = settings
    editor.name.setText("第二批主题教育")
    editor.start.edit.setText("2019/9/1")
    editor.end.edit.setText("2020-01-31")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert _campaign_table(path) == [("第二批主题教育", "2019-09-01", "2020-01-31", 0)]
    assert editor.table.rowCount() == 1 and editor.table.item(0, 0).text() == "第二批主题教育"
    # The selected campaign is changed, not copied.
    editor.table.selectRow(0)
    editor.end.edit.setText("2020-02-29")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert _campaign_table(path) == [("第二批主题教育", "2019-09-01", "2020-02-29", 0)]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert _campaign_table(path) == [("第二批主题教育", "2019-09-01", "2020-02-29", 1)]
    assert editor.table.rowCount() == 0


def test_bad_campaign_fields_are_shown_and_nothing_saved(settings, qtbot):
    from PySide6.QtCore import Qt

    editor, path = settings
    editor.name.setText("")
    editor.start.edit.setText("2026-11-30")
    editor.end.edit.setText("2026-09-01")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert set(editor.errors.shown) == {"name", "end_on"}
    assert "border" in editor.name.styleSheet()
    editor.name.setText("秋季学期专项")
    editor.end.edit.setText("2026-13-01")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert set(editor.errors.shown) == {"end_on"}
    assert _campaign_table(path) == []


def test_the_district_page_shows_a_campaign(schools, tmp_path, qtbot, zh):
    """The bureau defines its own campaign in the district ledger and reads it on the page."""
    from ui.bureau.district_page import DistrictPage
    from ui.shell.context import AppContext
    from ui.shell.worker import DbWorker

    tmp, a, b, district, *_ = schools
    copy = tmp_path / "district.ledger"
    shutil.copy(district, copy)
    with open_ledger(copy) as led:
        services.save_campaign("冬季专项", "2025-12-20", "2026-01-10")
        worker = DbWorker(led)
        try:
            page = DistrictPage(AppContext(ledger=led, language="zh_CN", worker=worker))
            qtbot.addWidget(page)
            page.set_month("2026-01")
            page.show()
            names = [page.period_kind.itemText(i) for i in range(page.period_kind.count())]
            assert sorted(names[3:]) == sorted([CAMPAIGN, "寒假志愿服务", "冬季专项"])
            qtbot.waitUntil(lambda: page.data is not None, timeout=10000)  # the year first
            page.data = None
            page.period_kind.setCurrentIndex(page.period_kind.findText("冬季专项"))
            qtbot.waitUntil(lambda: page.data is not None, timeout=10000)
            data = page.data
            sentence, title = page.sentence.text(), page.title.text()
        finally:
            worker.stop()
    assert data.period == "2025-12-20..2026-01-10"
    assert sentence.startswith("冬季专项期间，")
    assert "冬季专项（2025年12月20日至2026年1月10日）" in title
    both = {
        **oracle(a.path, "2025-12-20", "2026-01-11"),
        **oracle(b.path, "2025-12-20", "2026-01-11"),
    }
    assert {line.name: line.figures.activities for line in data.branches} == {
        name: f["activities"] for name, f in both.items()
    }


def test_stats_text_names_the_range_in_words(schools, capsys, zh):
    tmp, a, *_ = schools
    code = main(["--lang", "zh_CN", "stats", str(a.path), "--campaign", CAMPAIGN])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "2025年12月10日至2026年1月20日" in out and START not in out


def test_a_deleted_campaign_is_deleted_in_the_district(schools, tmp_path):
    tmp, a, b, district, a_campaign, b_campaign = schools
    school, copy = tmp_path / "a.ledger", tmp_path / "district.ledger"
    shutil.copy(a.path, school)
    shutil.copy(district, copy)
    with open_ledger(school):
        services.delete_campaign(a_campaign)
    make_bundle(school, tmp_path / "a2.bundle")
    (result,) = import_bundles(copy, [tmp_path / "a2.bundle"])
    assert result.accepted and result.updated >= 1, result
    rows = {r[0]: r for r in _campaign_rows(copy)}
    assert rows[a_campaign][4] is not None  # a tombstone
    assert rows[b_campaign][4] is None  # the other school's campaign stays
    before = sha256(copy)
    (again,) = import_bundles(copy, [tmp_path / "a2.bundle"])
    assert again.accepted and not again.added and not again.updated
    assert sha256(copy) == before


def test_the_bureau_defines_its_own_even_with_one_school_imported(schools, tmp_path):
    tmp, a, *_ = schools
    district = tmp_path / "district.ledger"
    (result,) = import_bundles(district, [tmp / "a.bundle"])
    assert result.accepted
    with open_ledger(district):
        services.save_campaign("全区专项", "2026-01-01", "2026-01-31")
        own = [r for r in services.list_campaigns() if r.name == "全区专项"]
    assert [r.branch for r in own] == [""]
    con = sqlite3.connect(district)
    try:
        assert con.execute("SELECT branch_id FROM campaign WHERE name = '全区专项'").fetchall() == [
            (None,)
        ]
    finally:
        con.close()
