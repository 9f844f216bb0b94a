"""Durations are exact (whole minutes), rounded only for display; 学时 and 服务时长 are separate;
每名党员 学时 against 32 / 56 a year.

Expected values are computed here with Decimal arithmetic or raw sqlite3.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

import main
from exports.report_data import gather_annual, gather_person
from models import services as s
from models.errors import ValidationError
from models.file.ledger import open_ledger
from models.rules import counting as stats
from models.rules.settings import set_setting
from tests.bureau_helpers import seal_format1_bundle
from tests.editing_helpers import make_branch

FIXTURE = Path(__file__).resolve().parent / "data" / "ledger-v1.ledger"


def hours(minutes: int, places: str = "0.01") -> Decimal:
    return (Decimal(minutes) / 60).quantize(Decimal(places), ROUND_HALF_UP)


def raw(path: Path, sql: str, args: tuple = ()) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


@pytest.fixture
def branch(ledger):
    _info, people = make_branch()
    return ledger, people


def study(people, day: str, start: str = "14:00", end: str = "15:40", kinds=("collective_study",)):
    return s.save_activity(
        s.ActivityInput(
            kinds=list(kinds),
            date=day,
            start_time=start,
            end_time=end,
            topic="集中学习",
            location="会议室",
            attendance=[s.AttendanceInput(uuid, "present") for uuid in people],
        )
    )


def test_65_sessions_of_1h40_add_up_to_108_33_not_108_55(branch, tmp_path, capsys):
    ledger, people = branch
    for i in range(65):
        study([people["张伟"]] if i < 6 else [], f"2026-{i % 12 + 1:02d}-{i // 12 + 1:02d}")
    ledger.close()
    (minutes,) = raw(ledger.path, "SELECT SUM(duration_min) FROM activity")[0]
    assert minutes == 65 * 100
    with open_ledger(ledger.path, readonly=True):
        total = stats.figures("2026")
        person = next(t for t in stats.per_person_totals("2026") if t.person_uuid == people["张伟"])
        statement = gather_person(people["张伟"], "2026")
    assert total.hours == float(hours(65 * 100)) == 108.33
    assert total.study_hours == total.hours and total.service_hours == 0
    assert stats.format_hours(total.minutes) == f"{hours(6500, '0.1')} h" == "108.3 h"
    assert person.minutes == person.study_minutes == 600 and person.hours == 10.0
    assert statement.totals.study_minutes == 600
    # stats --json prints the same, and the bureau's own SQL agrees.
    assert main.main(["stats", str(ledger.path), "--year", "2026", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["total"]["hours"] == payload["total"]["study_hours"] == 108.33
    sql = stats.BUREAU_SQL["hours"]
    got = raw(ledger.path, sql.replace(":start", "'2026-01-01'").replace(":end", "'2027-01-01'"))
    assert got == [(108.33,)]


def test_hours_to_2_decimals_are_what_sqlite_rounds():
    con = sqlite3.connect(":memory:")
    try:
        for m in range(0, 30000, 7):
            assert (
                stats.hours_2dp(m) == con.execute("SELECT ROUND(? / 60.0, 2)", (m,)).fetchone()[0]
            )
            assert stats.display_hours(m) == float(hours(m, "0.1")), m
    finally:
        con.close()


def test_typed_hours_are_kept_to_the_minute(branch):
    _ledger, people = branch
    uuid = s.save_activity(
        s.ActivityInput(
            kinds=["volunteer"],
            date="2026-05-09",
            topic="社区服务",
            location="社区",
            hours=1.67,
            attendance=[s.AttendanceInput(people["张伟"], "present", hours=0.75)],
        )
    )
    from models.file.schema import Activity, Attendance

    activity = Activity.get(Activity.uuid == uuid)
    assert activity.duration_min == 100
    assert Attendance.get(Attendance.activity == activity).duration_min == 45
    again = s.get_activity(uuid)
    assert again.hours == 1.67 and again.attendance[0].hours == 0.75
    s.save_activity(again)  # read back and saved again: still exactly the same minutes
    assert Activity.get(Activity.uuid == uuid).duration_min == 100


def test_study_and_service_hours_are_separate_and_follow_the_setting(branch):
    _ledger, people = branch
    everyone = list(people.values())
    study(everyone, "2026-03-03", "14:00", "16:00", ("collective_study",))  # 120 study
    study(everyone, "2026-03-06", "08:00", "11:30", ("theme_day",))  # 210 study (default)
    study(everyone, "2026-03-10", "09:00", "10:15", ("committee_meeting",))  # neither
    study(everyone, "2026-03-14", "08:30", "11:00", ("volunteer",))  # 150 service
    f = stats.figures("2026-03")
    assert (f.study_minutes, f.service_minutes, f.minutes) == (330, 150, 555)
    set_setting("study_kinds", ["collective_study", "seminar"])
    f = stats.figures("2026-03")
    assert (f.study_minutes, f.service_minutes) == (120, 150)
    with pytest.raises(ValidationError) as info:
        set_setting("study_kinds", ["volunteer"])
    assert "study_kinds" in info.value.errors


def test_yearly_study_hours_against_32_and_56(branch):
    _ledger, people = branch
    s.set_committee([(people["张伟"], "secretary", "书记")])
    # 张伟 (secretary) and 李娜 (member): 17 study sessions of 2 h = 34 h.
    for i in range(17):
        study([people["张伟"], people["李娜"]], f"2026-{i % 12 + 1:02d}-{i // 12 + 10:02d}",
              "14:00", "16:00")  # fmt: skip
    data = gather_annual("2026", today=dt.date(2026, 12, 31))
    lines = {line.name: line for line in data.study}
    assert set(lines) == {"张伟", "李娜", "王芳"}  # the Party members; 赵强 is staff
    assert (lines["张伟"].required, lines["张伟"].study_minutes, lines["张伟"].met) == (
        56,
        2040,
        False,
    )
    assert (lines["李娜"].required, lines["李娜"].met) == (32, True)
    assert (lines["王芳"].study_minutes, lines["王芳"].met) == (0, False)


def test_v1_hours_become_minutes(tmp_path):
    path = tmp_path / "old.ledger"
    shutil.copy(FIXTURE, path)
    before = raw(path, "SELECT id, hours FROM activity ORDER BY id")
    with open_ledger(path):
        pass
    after = raw(path, "SELECT id, duration_min FROM activity ORDER BY id")
    assert after == [(i, int((Decimal(repr(h)) * 60).quantize(Decimal(1)))) for i, h in before]
    columns = [r[1] for r in raw(path, "PRAGMA table_info(activity)")]
    assert "hours" not in columns


def test_an_old_format_bundle_arrives_in_minutes_with_its_categories(tmp_path):
    from models.bureau.merge import import_bundles

    bundle = tmp_path / "old.bundle"
    shutil.copy(FIXTURE, bundle)
    con = sqlite3.connect(bundle)
    seal_format1_bundle(con)
    hours = dict(con.execute("SELECT uuid, hours FROM activity").fetchall())
    people = con.execute("SELECT COUNT(*) FROM person").fetchone()[0]
    con.close()
    district = tmp_path / "district.ledger"
    (first,) = import_bundles(district, [bundle])
    assert first.accepted, first.reason
    got = dict(raw(district, "SELECT uuid, duration_min FROM activity"))
    assert got == {u: int((Decimal(repr(h)) * 60).quantize(Decimal(1))) for u, h in hours.items()}
    categories = raw(district, "SELECT COUNT(DISTINCT person_id) FROM person_category")
    assert categories == [(people,)]
    (again,) = import_bundles(district, [bundle])  # the same rows again: nothing new
    assert again.accepted and (again.added, again.updated) == (0, 0)
