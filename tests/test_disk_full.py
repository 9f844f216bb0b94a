"""Disk full while saving: at 50 different points of a save the ledger stays intact, the user is
told the disk is full, nothing is half-saved, and the form's data saves fine on a retry.

The disk is "filled" with `PRAGMA max_page_count` set just above the file's current size; the
size of each save (attendance rows, minutes, votes, kinds) and the headroom vary, so the write
fails at a different statement of the save each time. The point of failure is measured by
counting the SQL statements peewee ran before the error.
"""

from __future__ import annotations

import copy
import logging
import random
import sqlite3
from pathlib import Path

import pytest

from models.errors import DiskFullError, disk_error_from
from models.file.ledger import open_ledger
from models.services import (
    ActivityInput,
    AttendanceInput,
    BranchInput,
    PersonInput,
    VoteInput,
    get_activity,
    save_activity,
    save_branch,
    save_person,
)

POINTS = 50
NO_LIMIT = 1073741823  # SQLite's default max_page_count


class StatementCounter(logging.Handler):
    """Counts the statements peewee executes and remembers the last one."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0
        self.last = ""

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        sql = record.msg[0] if isinstance(record.msg, tuple) else str(record.msg)
        self.last = " ".join(str(sql).split()[:3])  # e.g. 'INSERT INTO "attendance"'


def raw_counts(path: Path) -> dict[str, int]:
    """Rows per table, read by a separate plain sqlite3 connection."""
    con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        con.close()


def integrity(path: Path) -> list[str]:
    con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("PRAGMA integrity_check")]
    finally:
        con.close()


def make_input(rng: random.Random, people: list[str], n: int) -> ActivityInput:
    kinds = rng.choice([["collective_study"], ["theme_day", "volunteer"], ["branch_meeting"]])
    attendance = []
    for uuid in rng.sample(people, rng.randint(0, len(people))):
        status = rng.choice(["present", "late", "leave", "absent", "excluded"])
        attendance.append(
            AttendanceInput(
                uuid,
                status,
                leave_type="sick" if status == "leave" else "",
                reason="身体不适，" * rng.randint(2, 100) if status != "present" else "",
                hours=rng.choice([None, 1.5, 2.0]),
            )
        )
    votes = [
        VoteInput(f"表决事项{i}" * rng.randint(1, 30), 30, 25, 20, 3, 2)
        for i in range(rng.randint(0, 3))
    ]
    return ActivityInput(
        kinds=kinds,
        date=f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        start_time="14:00",
        end_time="16:00",
        location="会议室",
        topic=f"第{n}次 学习研讨",
        minutes="会议记录内容。" * rng.randint(0, 600),
        agenda="议程\n" * rng.randint(0, 100),
        attendance=attendance,
        votes=votes,
    )


def normalised(data: ActivityInput) -> ActivityInput:
    """What the service promises to store: reasons only where a status needs one, trimmed."""
    out = copy.deepcopy(data)
    for row in out.attendance:
        if row.status != "leave":
            row.leave_type = ""
        row.reason = row.reason.strip() if row.status != "present" else ""
    out.attendance.sort(key=lambda a: a.person_uuid)
    return out


@pytest.fixture
def ledger_with_people(tmp_path):
    path = tmp_path / "full.ledger"
    led = open_ledger(path, create=True)
    save_branch(BranchInput(name="实验小学党支部"))
    people = [
        save_person(PersonInput(name=f"党员{i:02d}", joined_on="2015-06-01")) for i in range(50)
    ]
    yield led, path, people
    led.close()


def test_disk_full_at_50_points_of_a_save(ledger_with_people):
    led, path, people = ledger_with_people
    rng = random.Random(2026)
    counter = StatementCounter()
    peewee_log = logging.getLogger("peewee")
    old_level, old_propagate = peewee_log.level, peewee_log.propagate
    peewee_log.addHandler(counter)
    peewee_log.setLevel(logging.DEBUG)
    peewee_log.propagate = False  # thousands of statements: counted, not captured
    points: dict[int, str] = {}  # statement number where the save failed -> the statement
    rounds = saved_first_time = 0
    try:
        while len(points) < POINTS and rounds < 400:
            rounds += 1
            data = make_input(rng, people, rounds)
            form = copy.deepcopy(data)  # what the form holds
            pages = led.db.execute_sql("PRAGMA page_count").fetchone()[0]
            before = raw_counts(path)
            led.db.execute_sql(f"PRAGMA max_page_count = {pages + rng.randint(0, 12)}")
            counter.count = 0
            try:
                uuid = save_activity(data)
                saved_first_time += 1
            except DiskFullError as exc:
                points.setdefault(counter.count, counter.last)
                assert "disk is full" in str(exc)
                assert integrity(path) == ["ok"]
                # Nothing of the failed save is in the file: no activity, kind, attendance,
                # vote or audit row was added.
                assert raw_counts(path) == before
                assert data == form  # the form keeps its contents
                led.db.execute_sql(f"PRAGMA max_page_count = {NO_LIMIT}")
                uuid = save_activity(data)  # the retry after space was freed
            finally:
                led.db.execute_sql(f"PRAGMA max_page_count = {NO_LIMIT}")
            stored = get_activity(uuid)
            stored.attendance.sort(key=lambda a: a.person_uuid)
            expected = normalised(form)
            expected.uuid = uuid
            assert stored == expected
            after = raw_counts(path)
            assert after["activity"] == before["activity"] + 1
            assert after["attendance"] == before["attendance"] + len(form.attendance)
    finally:
        peewee_log.removeHandler(counter)
        peewee_log.setLevel(old_level)
        peewee_log.propagate = old_propagate
    print(
        f"disk full: {rounds} rounds, {len(points)} distinct failure points, "
        f"{saved_first_time} saves had room; statements: {sorted(set(points.values()))}"
    )
    assert len(points) == POINTS
    assert integrity(path) == ["ok"]
    # Every activity has all its attendance: none half-saved (a raw SQL check of the file).
    con = sqlite3.connect(path)
    kinds_missing = con.execute(
        "SELECT count(*) FROM activity a WHERE NOT EXISTS "
        "(SELECT 1 FROM activity_kind k WHERE k.activity_id = a.id)"
    ).fetchone()[0]
    con.close()
    assert kinds_missing == 0


def test_a_masked_disk_full_error_is_still_recognised():
    """peewee reports 'cannot rollback' when SQLite already rolled back after SQLITE_FULL."""
    try:
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError as inner:
            raise sqlite3.OperationalError("cannot rollback - no transaction is active") from inner
    except sqlite3.OperationalError as outer:
        error = disk_error_from(outer)
    assert isinstance(error, DiskFullError) and "disk is full" in str(error)
    assert disk_error_from(sqlite3.OperationalError("disk I/O error")) is not None
    assert disk_error_from(ValueError("no such column")) is None
