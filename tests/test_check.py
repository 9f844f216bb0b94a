"""models.check: each invariant, planted in an otherwise clean ledger, is reported by name.

Violations are written with plain SQL (the services would refuse them), as another tool, an old
version or a damaged disk could leave them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from models.check import check_file, check_ledger
from models.file.ledger import open_ledger
from tests.sample_ledger import fill_ledger


@pytest.fixture
def sample(ledger):
    return fill_ledger(ledger, people=6, activities=4)


def sql(ledger, statement: str, *params: object) -> None:
    ledger.db.execute_sql(statement, params)


def only_problem(ledger) -> str:
    problems = check_ledger(ledger)
    assert len(problems) == 1, problems
    return problems[0]


def test_clean_ledger_has_no_problems(ledger, sample):
    assert check_ledger(ledger) == []


def test_checked_in_format_1_ledger_is_clean():
    assert check_file(Path(__file__).parent / "data" / "ledger-v1.ledger") == []


def test_ledger_written_by_the_services_is_clean(ledger):
    from models import services as s

    s.save_branch(s.BranchInput(name="实验中学党支部", groups=["第一党小组"]))
    wang = s.save_person(s.PersonInput(name="王伟", on_roster_since="2025-01-01"))
    li = s.save_person(s.PersonInput(name="李娜", on_roster_since="2025-01-01"))
    zhao = s.save_person(s.PersonInput(name="赵强", on_roster_since="2025-01-01", category="staff"))
    s.set_person_status(zhao, "transferred", "2026-03-01")
    s.set_person_status(li, "mobile", "2026-02-01")
    first = s.save_activity(
        s.ActivityInput(
            kinds=["theme_day", "volunteer"],
            date="2026-02-10",
            start_time="14:00",
            end_time="16:00",
            topic="主题党日",
            host_uuid=wang,
            attendance=[
                s.AttendanceInput(wang, "present"),
                s.AttendanceInput(li, "leave", "sick", "住院"),
                s.AttendanceInput(zhao, "absent", reason="未请假"),
            ],
            votes=[s.VoteInput("通过计划", 2, 1, 1)],
        )
    )
    # Re-saving with the kinds swapped and fewer people soft-deletes rows: still consistent.
    data = s.get_activity(first)
    data.kinds = ["volunteer", "theme_day"]
    data.attendance = data.attendance[:2]
    s.save_activity(data)
    gone = s.save_activity(
        s.ActivityInput(kinds=["collective_study"], date="2026-03-05", topic="集中学习")
    )
    s.delete_activity(gone)
    assert check_ledger(ledger) == []


def test_leave_or_absence_without_a_reason(ledger, sample):
    activity, person = sample.activities[1], sample.people[2]
    sql(
        ledger,
        "UPDATE attendance SET status = 'absent', reason = '  '"
        " WHERE activity_id = ? AND person_id = ?",
        activity.id,
        person.id,
    )
    problem = only_problem(ledger)
    assert str(activity.date) in problem and activity.topic in problem and person.name in problem
    assert "without a reason" in problem


def test_leave_without_its_kind(ledger, sample):
    activity, person = sample.activities[2], sample.people[3]
    sql(
        ledger,
        "UPDATE attendance SET status = 'leave', leave_type = '', reason = '出差'"
        " WHERE activity_id = ? AND person_id = ?",
        activity.id,
        person.id,
    )
    problem = only_problem(ledger)
    assert person.name in problem and "kind of leave" in problem


def test_activity_without_a_kind(ledger, sample):
    activity = sample.activities[1]
    sql(
        ledger,
        "UPDATE activity_kind SET deleted_at = '2026-05-01' WHERE activity_id = ?",
        activity.id,
    )
    problem = only_problem(ledger)
    assert activity.topic in problem and "no kind" in problem


def test_main_kind_differs_from_the_first_kind(ledger, sample):
    activity = sample.activities[0]  # theme_day + volunteer
    sql(ledger, "UPDATE activity SET primary_kind = 'volunteer' WHERE id = ?", activity.id)
    problem = only_problem(ledger)
    assert activity.topic in problem and "Volunteer service" in problem
    assert "Theme party day" in problem


def test_unknown_kind_code(ledger, sample):
    activity = sample.activities[0]
    sql(
        ledger,
        "UPDATE activity_kind SET kind = 'karaoke' WHERE activity_id = ? AND position = 1",
        activity.id,
    )
    problem = only_problem(ledger)
    assert "karaoke" in problem and activity.topic in problem


def test_attendance_of_someone_not_on_the_roster_that_day(ledger, sample):
    activity = sample.activities[2]  # 2026-03-03
    left_before, left_after, never, mobile = sample.people[2:6]
    insert = (
        "INSERT INTO person_status (uuid, created_at, updated_at, rev, person_id, status,"
        " effective_on, note) VALUES (?, '', '', 1, ?, ?, ?, '')"
    )
    sql(ledger, insert, "s1", left_before.id, "transferred", "2026-03-03")
    sql(ledger, insert, "s2", left_after.id, "transferred", "2026-03-04")
    sql(ledger, "DELETE FROM person_status WHERE person_id = ?", never.id)
    sql(ledger, insert, "s3", mobile.id, "mobile", "2026-01-15")
    problems = [p for p in check_ledger(ledger) if str(activity.date) in p]
    # Counted independently: on 2026-03-03 `left_before` had left, `never` was never on the roster.
    named = sorted(p for p in problems if "not on the roster" in p)
    assert len(named) == 2
    assert any(left_before.name in p for p in named) and any(never.name in p for p in named)
    assert not any(left_after.name in p or mobile.name in p for p in problems)
    # `never` attends every activity: each one is reported.
    everywhere = [p for p in check_ledger(ledger) if never.name in p]
    assert len(everywhere) == len(sample.activities)


def test_bad_times_and_hours(ledger, sample):
    a, b, c, d = sample.activities
    sql(ledger, "UPDATE activity SET start_time = '16:00', end_time = '15:30' WHERE id = ?", a.id)
    sql(ledger, "UPDATE activity SET start_time = '25:00' WHERE id = ?", b.id)
    sql(ledger, "UPDATE activity SET duration_min = -60 WHERE id = ?", c.id)
    sql(
        ledger,
        "UPDATE attendance SET duration_min = 1800 WHERE activity_id = ? AND person_id = ?",
        d.id,
        sample.people[0].id,
    )
    problems = check_ledger(ledger)
    assert len(problems) == 4, problems
    assert a.topic in problems[0] and "ends (15:30) before it starts (16:00)" in problems[0]
    assert b.topic in problems[1] and "25:00" in problems[1]
    assert c.topic in problems[2] and "-1" in problems[2]
    assert d.topic in problems[3] and sample.people[0].name in problems[3] and "30" in problems[3]


def test_activity_date_that_does_not_exist(ledger, sample):
    activity = sample.activities[1]
    sql(ledger, "UPDATE activity SET date = '2026-02-30' WHERE id = ?", activity.id)
    problem = only_problem(ledger)
    assert "2026-02-30" in problem and "does not exist" in problem


def test_unknown_attendance_status(ledger, sample):
    activity, person = sample.activities[3], sample.people[4]
    sql(
        ledger,
        "UPDATE attendance SET status = 'asleep' WHERE activity_id = ? AND person_id = ?",
        activity.id,
        person.id,
    )
    problem = only_problem(ledger)
    assert "asleep" in problem and person.name in problem and activity.topic in problem


@pytest.mark.parametrize(
    ("counts", "words"),
    [
        ((10, 11, 5, 0, 0), "more voters present (11) than members entitled to vote (10)"),
        ((10, 8, 6, 2, 1), "more votes cast (9) than voters present (8)"),
        ((10, 8, -1, 0, 0), "not a number of people"),
    ],
)
def test_inconsistent_votes(ledger, sample, counts, words):
    activity = sample.activities[0]
    sql(
        ledger,
        "UPDATE vote SET entitled = ?, present = ?, in_favour = ?, against = ?, abstain = ?"
        " WHERE activity_id = ?",
        *counts,
        activity.id,
    )
    problem = only_problem(ledger)
    assert words in problem and activity.topic in problem


def test_missing_person_found_by_foreign_key_check(ledger, sample):
    activity = sample.activities[1]
    sql(ledger, "PRAGMA foreign_keys = OFF")
    sql(
        ledger,
        "INSERT INTO attendance (uuid, created_at, updated_at, rev, activity_id, person_id,"
        " status, leave_type, reason) VALUES ('x', '', '', 1, ?, 9999, 'present', '', '')",
        activity.id,
    )
    sql(ledger, "PRAGMA foreign_keys = ON")
    problem = only_problem(ledger)
    assert activity.topic in problem and "points to a missing person" in problem


def test_soft_deleted_records_are_not_checked(ledger, sample):
    activity = sample.activities[1]
    sql(
        ledger,
        "UPDATE attendance SET reason = '', status = 'absent' WHERE activity_id = ?",
        activity.id,
    )
    assert len(check_ledger(ledger)) == len(sample.people)
    sql(ledger, "UPDATE activity SET deleted_at = '2026-06-01' WHERE id = ?", activity.id)
    assert check_ledger(ledger) == []


def test_damaged_index_is_reported_and_the_check_repeats_exactly(tmp_path):
    path = tmp_path / "index.ledger"
    with open_ledger(path, create=True) as led:
        fill_ledger(led, people=5, activities=3)
        sql(led, "UPDATE attendance SET reason = '' , status = 'leave' WHERE id = 2")
    corrupt_index_entry(path, "attendance_uuid")
    first = check_file(path)
    assert check_file(path) == first
    assert any("damaged" in p and "attendance_uuid" in p for p in first), first
    assert any("without a reason" in p for p in first)


def corrupt_index_entry(path: Path, index: str) -> None:
    """Change one key inside an index page: the tree stays well-formed (quick_check passes),
    but the index no longer matches its table (only integrity_check sees it)."""
    con = sqlite3.connect(path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0]
    key = con.execute("SELECT uuid FROM attendance ORDER BY uuid LIMIT 1 OFFSET 3").fetchone()[0]
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    at = data.find(key.encode(), start, start + page_size)
    assert at > 0
    last = at + len(key) - 1
    data[last] = ord("0") if data[last] != ord("0") else ord("1")
    path.write_bytes(bytes(data))
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    assert con.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    con.close()


@pytest.mark.parametrize("joint", [False, True], ids=["school", "joint-branch"])
def test_demo_ledgers_pass_their_own_check(tmp_path, joint):
    # The sample ledger people try the app with must not show problems in "check ledger".
    from models.demo.generate import write_demo

    path = tmp_path / "demo.ledger"
    write_demo(path, seed=7, months=3, until="2026-06", joint=joint)
    assert check_file(path) == []


def test_long_lists_are_cut_with_a_count_of_the_rest(ledger, sample):
    sql(ledger, "UPDATE attendance SET status = 'absent', reason = ''")
    everything = check_ledger(ledger, limit=None)
    # Counted independently: every attendance row of the sample is now a problem.
    rows = ledger.db.execute_sql("SELECT count(*) FROM attendance").fetchone()[0]
    assert len(everything) == rows == len(sample.people) * len(sample.activities)
    cut = check_ledger(ledger, limit=5)
    assert cut[:5] == everything[:5]
    assert len(cut) == 6 and f"{rows - 5} more" in cut[5]


def test_past_the_limit_problems_are_counted_not_worded(ledger, sample, monkeypatch):
    """A file where every row is wrong: only the listed problems are put in words (and held
    in memory); the others are counted (issue 13: 1.2 GB when every row of a district fails)."""
    import models.check as check_module

    sql(ledger, "DELETE FROM person_status")  # nobody on the roster: every attendance fails
    sql(ledger, "UPDATE attendance SET status = 'absent', reason = ''")
    rows = ledger.db.execute_sql("SELECT count(*) FROM attendance").fetchone()[0]
    worded = []
    real = check_module.translate

    def counting(context: str, text: str) -> str:
        worded.append(text)
        return real(context, text)

    monkeypatch.setattr(check_module, "translate", counting)
    cut = check_ledger(ledger, limit=2)
    assert rows > 4
    assert [line for line in cut if f"{rows - 2} more" in line] and len(cut) == 6
    # Two checks fail on every row: 2 problems each worded (with their activity's label), and
    # one "… and N more" line each.
    assert len(worded) <= 2 * (2 * 2 + 1)


# --- foreign objects: triggers, views and tables another program planted (issue 17) -------------

KEEP_PRESENT = (
    "CREATE TRIGGER keep_present_{event} AFTER {event} ON attendance WHEN NEW.status <> 'present'"
    " BEGIN UPDATE attendance SET status = 'present', leave_type = '', reason = ''"
    " WHERE id = NEW.id; END"
)


def _plant(path: Path, *statements: str) -> None:
    con = sqlite3.connect(path)
    try:
        for statement in statements:
            con.execute(statement)
        con.commit()
    finally:
        con.close()


def _digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def _statuses(path: Path, activity_uuid: str) -> dict[str, str]:
    con = sqlite3.connect(path)
    try:
        return dict(
            con.execute(
                "SELECT p.name, t.status FROM attendance t JOIN person p ON p.id = t.person_id"
                " JOIN activity a ON a.id = t.activity_id WHERE a.uuid = ?",
                (activity_uuid,),
            ).fetchall()
        )
    finally:
        con.close()


@pytest.fixture
def absent_ledger(tmp_path: Path):
    """A branch ledger with one activity at which 李娜 was absent (with a reason)."""
    from models import services as s

    path = tmp_path / "branch.ledger"
    with open_ledger(path, create=True):
        s.save_branch(s.BranchInput(name="实验中学党支部"))
        wang = s.save_person(s.PersonInput(name="王伟", on_roster_since="2025-01-01"))
        li = s.save_person(s.PersonInput(name="李娜", on_roster_since="2025-01-01"))
        activity = s.save_activity(
            s.ActivityInput(
                kinds=["theme_day"],
                date="2026-02-10",
                start_time="14:00",
                end_time="16:00",
                topic="主题党日",
                attendance=[
                    s.AttendanceInput(wang, "present"),
                    s.AttendanceInput(li, "absent", reason="未请假"),
                ],
            )
        )
    return path, activity


def test_planted_trigger_in_a_branch_ledger_is_refused(absent_ledger, capsys, qapp):
    """The trigger would turn the absence into "present" on the next save: the ledger is not
    opened, the file stays as it was, `check` names the trigger; the repaired copy saves
    the absence as it is."""
    from main import main
    from models import services as s
    from models.errors import ForeignObjectsError
    from models.file.known_schema import repaired_copy

    path, activity = absent_ledger
    _plant(path, KEEP_PRESENT.format(event="UPDATE"), KEEP_PRESENT.format(event="INSERT"))
    before = _digest(path)
    with pytest.raises(ForeignObjectsError) as error:
        open_ledger(path)
    assert "keep_present" in str(error.value)
    with pytest.raises(ForeignObjectsError):
        open_ledger(path, readonly=True)
    assert _digest(path) == before
    problems = check_file(path)
    assert len([p for p in problems if "keep_present" in p]) == 2, problems
    assert main(["--lang", "en", "check", str(path)]) == 1
    assert "keep_present" in capsys.readouterr().out
    assert main(["--lang", "en", "stats", str(path), "--year", "2026"]) == 2
    assert "keep_present" in capsys.readouterr().err
    assert _digest(path) == before

    assert main(["--lang", "en", "check", str(path), "--repair"]) == 0
    out = capsys.readouterr().out
    assert "branch.repaired.ledger" in out and "No problems found" in out
    assert _digest(path) == before
    copy = repaired_copy(path)
    assert copy != path and _digest(path) == before
    assert copy.name == "branch.repaired-2.ledger"
    assert check_file(copy) == []
    with open_ledger(copy):
        again = s.get_activity(activity)
        again.topic = "主题党日（修改）"
        s.save_activity(again)
    assert _statuses(copy, activity) == {"王伟": "present", "李娜": "absent"}
    assert repaired_copy(path) != copy  # an earlier repaired copy is never replaced
    assert main(["--lang", "en", "check", str(path.parent / "missing.ledger"), "--repair"]) == 2


def test_planted_trigger_in_the_district_is_refused(tmp_path: Path, capsys, qapp):
    """A trigger in the district file that deletes a school's people during an import: the
    import refuses the district (nothing imported, not a byte changed), `check` names it."""
    from exports.bundle import make_bundle
    from main import main
    from models.bureau.merge import import_bundles
    from models.errors import ForeignObjectsError
    from tests.bureau_helpers import build_branch

    a = build_branch(tmp_path / "a.ledger", "育才小学党支部", seed=1, per_month=1)
    b = build_branch(tmp_path / "b.ledger", "实验中学党支部", seed=2, per_month=1)
    make_bundle(a.path, tmp_path / "a.bundle")
    make_bundle(b.path, tmp_path / "b.bundle")
    district = tmp_path / "district.ledger"
    import_bundles(district, [tmp_path / "a.bundle"])
    _plant(
        district,
        "CREATE TRIGGER purge AFTER INSERT ON audit_entry BEGIN DELETE FROM person WHERE"
        " branch_id = (SELECT id FROM branch WHERE name = '育才小学党支部'); END",
    )
    before = _digest(district)
    with pytest.raises(ForeignObjectsError):
        import_bundles(district, [tmp_path / "b.bundle"])
    assert main(["--lang", "en", "import", str(district), str(tmp_path / "b.bundle")]) == 2
    assert "purge" in capsys.readouterr().err
    assert _digest(district) == before
    con = sqlite3.connect(district)
    people = con.execute("SELECT COUNT(*) FROM person WHERE deleted_at IS NULL").fetchone()[0]
    con.close()
    assert people == len(a.people)
    assert any("purge" in p for p in check_file(district))


def test_views_tables_indexes_and_reserved_names_are_foreign(absent_ledger):
    from models.errors import ForeignObjectsError

    path, _activity = absent_ledger
    cases = {
        "view": "CREATE VIEW v_people AS SELECT * FROM person",
        "table": "CREATE TABLE notes (x)",
        "index": "CREATE INDEX person_phone ON person (phone)",
    }
    for kind, statement in cases.items():
        planted = path.with_name(f"{kind}.ledger")
        import shutil

        shutil.copy(path, planted)
        _plant(planted, statement)
        with pytest.raises(ForeignObjectsError):
            open_ledger(planted)
        assert any(kind in p for p in check_file(planted)), kind
    # A trigger named like SQLite's statistics table is still a trigger.
    stat = path.with_name("stat.ledger")
    import shutil

    shutil.copy(path, stat)
    _plant(
        stat,
        "PRAGMA writable_schema = ON",
        "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES ('trigger',"
        " 'sqlite_stat1', 'attendance', 0, 'CREATE TRIGGER sqlite_stat1 AFTER UPDATE ON"
        " attendance BEGIN UPDATE attendance SET status = ''present''; END')",
    )
    with pytest.raises(ForeignObjectsError) as error:
        open_ledger(stat)
    assert "sqlite_stat1" in str(error.value)
    from models.file.known_schema import repaired_copy

    assert check_file(repaired_copy(stat)) == []
    # SQLite's own statistics (ANALYZE) are not foreign.
    _plant(path, "ANALYZE")
    open_ledger(path).close()
    assert check_file(path) == []


def test_known_schema_is_what_the_app_creates(ledger):
    """The reference the open check compares with is exactly what the migrations make."""
    from models.file.known_schema import known_entries, master_entries
    from models.file.ledger import SCHEMA_VERSION

    made = master_entries(ledger.db.connection())
    assert {e[:3] for e in made} == {e[:3] for e in known_entries(SCHEMA_VERSION)}
