"""`main.py demo`: the sample ledger is deterministic, complete, and as valid as typed-in data.

Every expectation is computed here from the raw rows (sqlite3), independently of the generator:
the roster on a day is worked out from the person_status rows, the months from `until`, hours
from the times.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import sqlite3
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from PIL import Image

from models.demo.generate import write_demo
from models.errors import ValidationError
from models.file.schema import CATEGORIES, KIND_CODES, LEAVE_TYPES
from tests.conftest import ROOT

UNTIL = "2026-06"
MONTHS = [f"2025-{m:02d}" for m in range(7, 13)] + [f"2026-{m:02d}" for m in range(1, 7)]


@pytest.fixture(scope="module")
def school(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "school.ledger"
    write_demo(path, seed=3, until=UNTIL)
    return path


@pytest.fixture(scope="module")
def joint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "joint.ledger"
    write_demo(path, seed=4, until=UNTIL, joint=True)
    return path


def query(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in id order."""
    tables = [r[0] for r in query(path, "SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: query(path, f'SELECT * FROM "{t}" ORDER BY rowid') for t in sorted(tables)}


def status_on(changes: list[tuple[str, str]], day: str) -> str:
    """The status in force on `day`, from (effective_on, status) rows: the latest one not after."""
    current = ""
    for since, status in sorted(changes, key=lambda c: c[0]):
        if since <= day:
            current = status
    return current


def statuses(path: Path) -> dict[int, list[tuple[str, str]]]:
    found: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for person, since, status in query(
        path, "SELECT person_id, effective_on, status FROM person_status ORDER BY id"
    ):
        found[person].append((since, status))
    return found


# --- determinism ---------------------------------------------------------------------------------


def test_same_seed_and_until_give_identical_files(tmp_path: Path) -> None:
    first, second, other = tmp_path / "a.ledger", tmp_path / "b.ledger", tmp_path / "c.ledger"
    write_demo(first, seed=11, months=4, until="2026-03")
    write_demo(second, seed=11, months=4, until="2026-03")
    write_demo(other, seed=12, months=4, until="2026-03")
    a, b, c = dump(first), dump(second), dump(other)
    assert sum(len(rows) for rows in a.values()) > 500
    assert a == b
    for table in ("person", "activity", "attendance", "compliance_rule"):
        assert a[table] != c[table], table


def test_identical_across_processes_with_different_hash_seeds(tmp_path: Path) -> None:
    """No set or dict order leaks into the file: Python randomises str hashes per process."""
    paths = []
    for hash_seed in ("1", "2"):
        path = tmp_path / f"h{hash_seed}.ledger"
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        done = subprocess.run(
            [sys.executable, "main.py", "--lang", "en", "demo", str(path), "--seed", "5"]
            + ["--months", "3", "--until", "2025-12", "--joint"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        paths.append(path)
    assert dump(paths[0]) == dump(paths[1])


# --- the period and its activities ---------------------------------------------------------------


# 春节 (初一) of the test's years, from the Chinese calendar: 除夕 is the day before.
SPRING_FESTIVAL = {2025: dt.date(2025, 1, 29), 2026: dt.date(2026, 2, 17)}
HOLIDAY_MONTHS = ("02", "07", "08")  # 寒假, 暑假


def test_a_year_holds_60_to_90_activities_fewer_in_the_holidays(school: Path, joint: Path) -> None:
    for path, most in ((school, 90), (joint, 100)):
        counts = dict(query(path, "SELECT substr(date, 1, 7), COUNT(*) FROM activity GROUP BY 1"))
        assert sorted(counts) == MONTHS
        assert 60 <= sum(counts.values()) <= most, counts
        holidays = [n for m, n in counts.items() if m[5:] in HOLIDAY_MONTHS]
        term = [n for m, n in counts.items() if m[5:] not in HOLIDAY_MONTHS]
        assert max(holidays) <= min(term), counts
        assert sum(holidays) / len(holidays) < sum(term) / len(term)


def test_a_school_calendar(school: Path, joint: Path) -> None:
    """No activity on 除夕 or 初一–初三, nor 1–3 October; on weekends volunteer work only."""
    closed = set()
    for festival in SPRING_FESTIVAL.values():
        closed |= {(festival + dt.timedelta(days=n)).isoformat() for n in range(-1, 3)}
    closed |= {f"{year}-10-0{d}" for year in (2025, 2026) for d in (1, 2, 3)}
    volunteer = "', '".join(("volunteer", "paired_assistance", "teaching_visit", "practical_deed"))
    for path in (school, joint):
        dates = [r[0] for r in query(path, "SELECT date FROM activity")]
        assert not closed & set(dates)
        weekend = query(
            path,
            "SELECT a.date, a.primary_kind FROM activity a WHERE strftime('%w', a.date)"
            " IN ('0', '6') AND NOT EXISTS (SELECT 1 FROM activity_kind k WHERE"
            f" k.activity_id = a.id AND k.kind IN ('{volunteer}'))",
        )
        assert weekend == []
        assert any(dt.date.fromisoformat(d).weekday() >= 5 for d in dates)  # volunteer Saturdays


def test_the_rules_are_met_but_for_one_or_two_months(school: Path, joint: Path) -> None:
    """The default rules, counted here from the raw rows: a realistic ledger misses one or two."""
    for path in (school, joint):
        held: dict[tuple[str, str, int | None], int] = defaultdict(int)
        for day, kind, group in query(
            path,
            "SELECT a.date, k.kind, a.party_group_id FROM activity a"
            " JOIN activity_kind k ON k.activity_id = a.id",
        ):
            quarter = f"{day[:4]}-Q{(int(day[5:7]) - 1) // 3 + 1}"
            for period in (day[:7], quarter, day[:4]):
                held[(kind, period, group if kind == "group_meeting" else None)] += 1
        groups = [r[0] for r in query(path, "SELECT id FROM party_group")]
        quarters = sorted({f"{m[:4]}-Q{(int(m[5:]) - 1) // 3 + 1}" for m in MONTHS})
        wanted = [(k, m, None) for m in MONTHS for k in MONTHLY]
        wanted += [("group_meeting", m, g) for m in MONTHS for g in groups]
        wanted += [(k, q, None) for q in quarters for k in ("branch_meeting", "party_lecture")]
        wanted += [(k, "2025", None) for k in ("life_meeting", "appraisal")]
        missed = [w for w in wanted if not held[w]]
        assert 1 <= len(missed) <= 2, missed


MONTHLY = ("committee_meeting", "theme_day", "staff_study")


def test_the_school_has_campaign_periods_within_its_period(school: Path) -> None:
    rows = query(school, "SELECT name, start_on, end_on, branch_id FROM campaign")
    first, last = MONTHS[0] + "-01", MONTHS[-1] + "-30"
    assert rows
    for name, start, end, branch in rows:
        assert name and start <= end and start <= last and end >= first and branch == 1


def test_every_kind_appears_over_twelve_months(school: Path, joint: Path) -> None:
    for path in (school, joint):
        kinds = {r[0] for r in query(path, "SELECT DISTINCT kind FROM activity_kind")}
        assert kinds == set(KIND_CODES)


def test_some_activities_have_several_kinds_and_primary_kind_is_the_first(school: Path) -> None:
    rows = query(
        school,
        "SELECT a.id, a.primary_kind, k.kind, k.position FROM activity a"
        " JOIN activity_kind k ON k.activity_id = a.id ORDER BY a.id, k.position",
    )
    kinds: dict[int, list[str]] = defaultdict(list)
    for activity, primary, kind, position in rows:
        if position == 0:
            assert kind == primary
        kinds[activity].append(kind)
    multi = [k for k in kinds.values() if len(k) > 1]
    assert any("branch_meeting" in k and k[0] == "theme_day" for k in multi)


def test_hours_come_from_the_times(school: Path) -> None:
    for start, end, minutes, override in query(
        school, "SELECT start_time, end_time, duration_min, hours_override FROM activity"
    ):
        sh, sm = map(int, start.split(":"))
        eh, em = map(int, end.split(":"))
        assert (eh * 60 + em) > (sh * 60 + sm)
        assert minutes == (eh * 60 + em) - (sh * 60 + sm)
        assert override == 0


def test_sequence_numbers_count_per_kind_and_year(school: Path) -> None:
    """第N次 of the primary kind, counting every activity of the year that has that kind."""
    rows = query(
        school,
        "SELECT a.id, a.primary_kind, substr(a.date, 1, 4), a.sequence, group_concat(k.kind)"
        " FROM activity a JOIN activity_kind k ON k.activity_id = a.id"
        " GROUP BY a.id ORDER BY a.date, a.start_time, a.end_time, a.id",
    )
    seen: dict[tuple[str, str], int] = defaultdict(int)
    for _, primary, year, sequence, kinds in rows:
        for kind in kinds.split(","):
            seen[(kind, year)] += 1
        assert sequence == seen[(primary, year)], (primary, year)
    assert max(seen.values()) >= 12


# --- the roster ----------------------------------------------------------------------------------


def test_branch_roster_groups_and_committee(school: Path) -> None:
    categories = [r[0] for r in query(school, "SELECT category FROM person")]
    assert 25 <= len(categories) <= 35
    assert set(categories) == set(CATEGORIES)
    assert categories.count("full_member") > len(categories) / 2
    assert {r[0] for r in query(school, "SELECT sex FROM person")} == {"M", "F"}
    assert len(query(school, "SELECT id FROM party_group")) == 2
    roles = query(school, "SELECT role, title FROM committee_role ORDER BY id")
    assert ("secretary", "书记") in roles and len(roles) >= 3
    assert len(query(school, "SELECT id FROM person WHERE phone <> ''")) >= 2
    every = {r[0] for r in query(school, "SELECT id FROM person")}
    history = statuses(school)
    assert all(history[p] and history[p][0][1] == "active" for p in every)


def test_the_roster_changes_during_the_period(school: Path) -> None:
    """Someone leaves (转出), someone goes 流动, someone joins, all inside the period."""
    first, last = MONTHS[0] + "-01", MONTHS[-1] + "-31"
    changes = query(school, "SELECT status, effective_on FROM person_status")
    inside = [status for status, day in changes if first <= day <= last]
    assert "transferred" in inside and "mobile" in inside and "active" in inside


def test_no_attendance_for_anyone_off_the_roster_that_day(school: Path, joint: Path) -> None:
    for path in (school, joint):
        history = statuses(path)
        rows = query(
            path,
            "SELECT t.person_id, a.date FROM attendance t JOIN activity a ON a.id = t.activity_id",
        )
        assert len(rows) > 800
        for person, day in rows:
            assert status_on(history[person], day) in ("active", "mobile"), (person, day)
        for host, recorder, day in query(path, "SELECT host_id, recorder_id, date FROM activity"):
            assert status_on(history[host], day) == "active"
            assert status_on(history[recorder], day) == "active"


def test_people_who_left_are_not_listed_after_they_left(school: Path) -> None:
    left = query(
        school, "SELECT person_id, effective_on FROM person_status WHERE status = 'transferred'"
    )
    assert left
    for person, since in left:
        later = query(
            school,
            "SELECT COUNT(*) FROM attendance t JOIN activity a ON a.id = t.activity_id"
            " WHERE t.person_id = ? AND a.date >= ?",
            (person, since),
        )
        assert later == [(0,)]


def test_mobile_members_stay_expected_on_official_leave(school: Path) -> None:
    mobile = query(
        school, "SELECT person_id, effective_on FROM person_status WHERE status = 'mobile'"
    )
    assert mobile
    for person, since in mobile:
        later = query(
            school,
            "SELECT t.status, t.leave_type FROM attendance t JOIN activity a"
            " ON a.id = t.activity_id WHERE t.person_id = ? AND a.date >= ?",
            (person, since),
        )
        assert later and set(later) == {("leave", "official")}


# --- attendance, votes, photos -------------------------------------------------------------------


def test_every_leave_and_absence_has_a_reason(school: Path) -> None:
    rows = query(school, "SELECT status, leave_type, reason, duration_min FROM attendance")
    by_status = defaultdict(int)
    for status, leave_type, reason, _ in rows:
        by_status[status] += 1
        if status == "leave":
            assert leave_type in LEAVE_TYPES and reason.strip()
        elif status == "absent":
            assert reason.strip() and leave_type == ""
        elif status == "present":
            assert reason == "" and leave_type == ""
    assert by_status["present"] > 0.8 * len(rows)
    assert by_status["late"] and by_status["leave"] and by_status["absent"]
    assert {r[1] for r in rows if r[0] == "leave"} == set(LEAVE_TYPES)


def test_volunteer_work_has_hours_people_served_and_deeds(school: Path) -> None:
    rows = query(
        school,
        "SELECT a.id, a.duration_min, a.people_served, a.deeds_done + a.deeds_in_progress,"
        " a.service_type FROM activity a WHERE a.primary_kind IN"
        " ('volunteer', 'paired_assistance', 'teaching_visit', 'practical_deed')",
    )
    assert rows
    assert sum(r[2] for r in rows) > 0 and sum(r[3] for r in rows) > 0
    for activity, hours, _, _, service_type in rows:
        assert service_type
        per_person = query(
            school, "SELECT duration_min FROM attendance WHERE activity_id = ?", (activity,)
        )
        assert per_person and all(h is not None and 0 < h <= hours for (h,) in per_person)


def test_votes_are_consistent_with_the_attendance(school: Path) -> None:
    votes = query(
        school,
        "SELECT v.activity_id, v.entitled, v.present, v.in_favour, v.against, v.abstain, a.date"
        " FROM vote v JOIN activity a ON a.id = v.activity_id",
    )
    assert votes
    for activity, entitled, present, yes, no, abstain, day in votes:
        kinds = [
            r[0]
            for r in query(
                school, "SELECT kind FROM activity_kind WHERE activity_id = ?", (activity,)
            )
        ]
        assert "branch_meeting" in kinds
        assert entitled >= present >= yes + no + abstain
        assert present * 2 > entitled and yes * 2 > entitled  # quorum, passed
        came = query(
            school,
            "SELECT COUNT(*) FROM attendance t JOIN person p ON p.id = t.person_id"
            " WHERE t.activity_id = ? AND t.status IN ('present', 'late')"
            " AND p.category = 'full_member' AND p.full_member_on < ?",
            (activity, day),
        )
        assert came == [(present,)]


def test_photos_are_real_jpegs_with_hash_size_and_thumbnail(school: Path) -> None:
    rows = query(school, "SELECT sha256, width, height, data, thumbnail, caption FROM attachment")
    assert 3 <= len(rows) <= 60
    for sha, width, height, data, thumbnail, caption in rows:
        assert hashlib.sha256(data).hexdigest() == sha
        with Image.open(io.BytesIO(data)) as image:
            assert image.format == "JPEG" and image.size == (width, height)
        with Image.open(io.BytesIO(thumbnail)) as thumb:
            assert max(thumb.size) < max(width, height)
        assert caption


def test_every_activity_passes_the_services_validation(school: Path, joint: Path) -> None:
    from models.file.ledger import open_ledger
    from models.services import get_activity, validate_activity

    # Every second activity of the school, every sixth of the joint branch (get_activity is
    # slow: one query per attendance row), and every activity with votes.
    for path, step in ((school, 2), (joint, 6)):
        uuids = [r[0] for r in query(path, "SELECT uuid FROM activity ORDER BY id")][::step]
        uuids += [
            r[0]
            for r in query(
                path, "SELECT uuid FROM activity WHERE id IN (SELECT activity_id FROM vote)"
            )
        ]
        with open_ledger(path, readonly=True):
            for uuid in uuids:
                data = get_activity(uuid)
                assert data.attendance and data.host_uuid and data.recorder_uuid
                assert validate_activity(data) == {}, (data.date, data.topic)


def test_demo_ledger_passes_check(school: Path, joint: Path) -> None:
    from models.check import check_file

    assert check_file(school) == []
    assert check_file(joint) == []


# --- joint branch --------------------------------------------------------------------------------


def test_joint_branch_covers_five_units_three_with_members(joint: Path) -> None:
    assert query(joint, "SELECT branch_type, guidance_officer <> '' FROM branch") == [("joint", 1)]
    units = query(joint, "SELECT id, has_members FROM unit ORDER BY position")
    assert len(units) == 5 and sum(u[1] for u in units) == 3
    with_members = {u[0] for u in units if u[1]}
    assert {r[0] for r in query(joint, "SELECT unit_id FROM person")} <= with_members
    taking_part = {r[0] for r in query(joint, "SELECT DISTINCT unit_id FROM activity_unit")}
    assert taking_part == {u[0] for u in units}
    without = query(
        joint,
        "SELECT COUNT(*) FROM activity a WHERE NOT EXISTS"
        " (SELECT 1 FROM activity_unit u WHERE u.activity_id = a.id)",
    )
    assert without == [(0,)]


# --- refusing, bad input, command line -----------------------------------------------------------


def test_refuses_an_existing_file_and_leaves_it_alone(tmp_path: Path) -> None:
    path = tmp_path / "mine.ledger"
    path.write_bytes(b"my own notes")
    with pytest.raises(FileExistsError):
        write_demo(path, months=1, until="2026-01")
    assert path.read_bytes() == b"my own notes"


@pytest.mark.parametrize("until", ["2026-13", "26-01", "soon"])
def test_bad_until_is_refused(tmp_path: Path, until: str) -> None:
    with pytest.raises(ValidationError):
        write_demo(tmp_path / "x.ledger", until=until)
    assert not (tmp_path / "x.ledger").exists()


def run_demo(*args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", "--lang", lang, "demo", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_creates_a_ledger_then_refuses_to_overwrite_it(tmp_path: Path) -> None:
    path = tmp_path / "demo.ledger"
    done = run_demo(str(path), "--months", "2", "--until", "2026-02", "--joint")
    assert done.returncode == 0, done.stderr
    assert path.exists() and str(path) in done.stdout
    assert query(path, "SELECT branch_type FROM branch") == [("joint",)]
    assert {r[0] for r in query(path, "SELECT substr(date, 1, 7) FROM activity")} == {
        "2026-01",
        "2026-02",
    }
    before = path.read_bytes()
    again = run_demo(str(path), "--months", "2", "--until", "2026-02")
    assert again.returncode != 0
    assert "Traceback" not in again.stderr
    assert str(path) in again.stderr and "already exists" in again.stderr
    assert path.read_bytes() == before
    chinese = run_demo(str(path), "--until", "2026-02", lang="zh_CN")
    assert chinese.returncode != 0 and "Traceback" not in chinese.stderr
    assert "已存在" in chinese.stderr


def test_cli_bad_until_is_a_clear_message(tmp_path: Path) -> None:
    done = run_demo(str(tmp_path / "x.ledger"), "--until", "2026-13")
    assert done.returncode != 0
    assert "Traceback" not in done.stderr and "YYYY-MM" in done.stderr
    assert not (tmp_path / "x.ledger").exists()


def test_default_until_is_this_month_up_to_today(tmp_path: Path) -> None:
    path = tmp_path / "now.ledger"
    write_demo(path, months=2)
    today = dt.date.today()
    this_month = today.isoformat()[:7]
    last_month = (today.replace(day=1) - dt.timedelta(days=1)).isoformat()[:7]
    dates = [r[0] for r in query(path, "SELECT date FROM activity")]
    months = {d[:7] for d in dates}
    assert months <= {last_month, this_month} and last_month in months
    assert max(dates) <= today.isoformat()  # nothing that has not happened yet
    explicit = tmp_path / "explicit.ledger"
    write_demo(explicit, months=1, until=this_month)  # an explicit month is the whole month
    whole = [r[0] for r in query(explicit, "SELECT date FROM activity")]
    assert {d[:7] for d in whole} == {this_month}


def test_candidates_sit_in_on_branch_meetings_as_guests(school: Path) -> None:
    rows = query(
        school,
        "SELECT p.category, t.reason FROM attendance t JOIN person p ON p.id = t.person_id"
        " JOIN activity a ON a.id = t.activity_id WHERE t.status = 'guest'",
    )
    assert rows and all(category in ("candidate", "activist") for category, _ in rows)
    meetings = query(
        school,
        "SELECT COUNT(DISTINCT t.activity_id) FROM attendance t JOIN activity_kind k"
        " ON k.activity_id = t.activity_id WHERE t.status = 'guest' AND k.kind = 'branch_meeting'",
    )
    assert meetings[0][0] >= 1


def test_two_demo_schools_of_the_same_name_have_their_own_campaign_rows() -> None:
    """Two demos may draw the same school name; their campaigns were seeded by the name alone,
    so both files held the same campaign uuids and the district took the second school's
    bundle for one rewriting the first school's rows (import_bench's floor failed on it)."""
    from models.demo.campaigns import campaign_rows
    from models.demo.generate import _stamp

    made = []
    for branch_uuid in (
        "01a00000-0000-7000-8000-000000000001",
        "01a00000-0000-7000-8000-000000000002",
    ):
        tables: dict = {"branch": [{"uuid": branch_uuid}]}
        campaign_rows("城关区实验小学党支部", tables, "2025-01-01", "2025-12-31", _stamp)
        made.append({row["uuid"] for row in tables["campaign"]})
    assert made[0] and made[1]
    assert not made[0] & made[1]


def test_two_demo_ledgers_never_share_a_record_identity(tmp_path: Path) -> None:
    """Seeds 1 and 12 draw the same joint branch name and as many activities; the 党费, 转接 and
    发展党员 rows took their uuids from a generator seeded by exactly those, so the two files
    shared uuids (a district importing both refused the second as rewriting the first)."""
    made = []
    for seed in (1, 12):
        path = tmp_path / f"s{seed}.ledger"
        write_demo(path, seed=seed, months=2, until="2026-10", joint=True)
        con = sqlite3.connect(path)
        try:
            tables = [
                name
                for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                if any(c[1] == "uuid" for c in con.execute(f'PRAGMA table_info("{name}")'))
            ]
            names = con.execute("SELECT name FROM branch").fetchall()
            uuids = {(t, u) for t in tables for (u,) in con.execute(f'SELECT uuid FROM "{t}"')}
        finally:
            con.close()
        made.append((names, uuids))
    assert made[0][0] == made[1][0]  # the same school name: the case that collided
    assert len(made[0][1]) > 100
    assert not made[0][1] & made[1][1]
