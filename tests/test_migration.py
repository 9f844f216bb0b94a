"""Ledgers of older file formats keep opening; upgrades are backed up and all-or-nothing.

tests/data/ledger-v1.ledger was written once by tests/data/make_v1_fixture.py with file format 1
and is checked in: every later version of the app must open it and find the same records.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from models.errors import LedgerError
from models.file import ledger as ledger_module
from models.file.ledger import open_ledger
from models.file.schema import Activity, ActivityKind, Attendance, Person, Vote
from tests.data import make_v1_fixture as v1

FIXTURE = Path(__file__).resolve().parent / "data" / "ledger-v1.ledger"


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "branch.ledger"
    shutil.copy(FIXTURE, target)
    return target


def raw(path: Path, sql: str, args: tuple = ()) -> list[tuple]:
    con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def dump(path: Path) -> list[str]:
    """Schema and every row, as SQL text (what "data intact" is compared on)."""
    con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fixture_is_format_1():
    assert raw(FIXTURE, "PRAGMA user_version") == [(1,)]
    assert raw(FIXTURE, "PRAGMA application_id") == [(ledger_module.APPLICATION_ID,)]


def test_v1_ledger_opens_with_all_its_records(v1_copy):
    # Counts straight from the file with sqlite3, before the app touches it.
    tables = ("branch", "person", "person_status", "activity", "activity_kind", "attendance")
    expected = {t: raw(v1_copy, f"SELECT count(*) FROM {t}")[0][0] for t in tables}
    assert expected["person"] == len(v1.PEOPLE)
    assert expected["activity"] == len(v1.ACTIVITIES)
    assert expected["attendance"] == sum(len(a[7]) for a in v1.ACTIVITIES)

    with open_ledger(v1_copy) as led:
        assert ledger_module.user_version(led.db) == ledger_module.SCHEMA_VERSION
        assert Person.select().count() == expected["person"]
        assert Activity.select().count() == expected["activity"]
        assert ActivityKind.select().count() == expected["activity_kind"]
        assert Attendance.select().count() == expected["attendance"]

        secretary = Person.get(Person.name == "李明")
        assert secretary.category == "full_member"
        assert secretary.party_group.name == v1.GROUPS[0]

        day, kinds, topic, *_rest, attendance, votes = v1.ACTIVITIES[0]
        activity = Activity.get(Activity.date == day)
        assert activity.topic == topic
        assert activity.primary_kind == kinds[0]
        assert [
            k.kind
            for k in activity.kinds.where(ActivityKind.deleted_at.is_null()).order_by(
                ActivityKind.position
            )
        ] == list(kinds)
        found = {
            a.person.name: (a.status, a.leave_type, a.reason)
            for a in Attendance.select().where(Attendance.activity == activity)
        }
        assert found == attendance
        assert [(v.item, v.entitled, v.present, v.in_favour) for v in Vote.select()] == [
            (item, entitled, present, yes)
            for a in v1.ACTIVITIES
            for item, entitled, present, yes, _no, _abstain in a[8]
        ]

        # The services of this version read the old file too: the dated status change holds.
        from models.services import roster_on

        before = {p.name for p in roster_on("2025-04-10")}
        after = {p.name for p in roster_on("2025-05-20")}
    assert "刘洋" in before and "刘洋" not in after
    assert after == {name for name, *_x, changes in v1.PEOPLE if changes[-1][1] == "active"}


def test_read_only_open_of_an_older_ledger_writes_nothing(v1_copy):
    # The copy read is upgraded in memory (this version's queries need the new columns); the
    # file itself is not touched.
    before = sha256(v1_copy)
    with open_ledger(v1_copy, readonly=True) as led:
        assert ledger_module.user_version(led.db) == ledger_module.SCHEMA_VERSION
        from models.services import list_people

        assert {p.name for p in list_people()} == {name for name, *_x in v1.PEOPLE}
    assert sha256(v1_copy) == before
    assert sorted(p.name for p in v1_copy.parent.iterdir()) == [v1_copy.name]


def _add_nickname(db) -> None:
    db.execute_sql("ALTER TABLE person ADD COLUMN nickname TEXT NOT NULL DEFAULT ''")
    db.execute_sql("UPDATE person SET nickname = name || '同志'")


def test_upgrade_backs_up_first_then_migrates(v1_copy, monkeypatch):
    original = dump(v1_copy)
    seen_backups: list[Path] = []
    backup_when_step_ran: list[bool] = []

    def step_2(db) -> None:
        backup_when_step_ran.append(bool(seen_backups) and seen_backups[0].exists())
        _add_nickname(db)

    monkeypatch.setattr(ledger_module, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(ledger_module.MIGRATIONS, 2, step_2)
    with open_ledger(v1_copy, on_backup=seen_backups.append) as led:
        assert ledger_module.user_version(led.db) == 2

    assert backup_when_step_ran == [True], "the backup exists before the step runs"
    (backup,) = seen_backups
    assert backup.parent == v1_copy.parent and backup != v1_copy
    assert raw(backup, "PRAGMA user_version") == [(1,)]
    assert dump(backup) == original
    assert raw(v1_copy, "PRAGMA user_version") == [(2,)]
    names = raw(v1_copy, "SELECT name, nickname FROM person ORDER BY id")
    assert names == [(n, n + "同志") for n, *_x in v1.PEOPLE]
    assert raw(v1_copy, "PRAGMA integrity_check") == [("ok",)]


def test_failing_step_leaves_the_file_at_its_version_with_data_intact(v1_copy, monkeypatch):
    original = dump(v1_copy)

    def step_2(db) -> None:
        _add_nickname(db)  # half of the work done, then a bug
        db.execute_sql("DELETE FROM attendance")
        raise RuntimeError("bug in step 2")

    monkeypatch.setattr(ledger_module, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(ledger_module.MIGRATIONS, 2, step_2)
    with pytest.raises(LedgerError) as info:
        open_ledger(v1_copy)
    message = str(info.value)
    assert "format 1" in message and "backup" in message
    assert "RuntimeError" not in message
    assert raw(v1_copy, "PRAGMA user_version") == [(1,)]
    assert dump(v1_copy) == original
    assert not v1_copy.with_name(v1_copy.name + "-journal").exists()

    # Nothing is held open: with the working code the same file opens and upgrades.
    monkeypatch.setitem(ledger_module.MIGRATIONS, 2, _add_nickname)
    with open_ledger(v1_copy) as led:
        assert ledger_module.user_version(led.db) == 2


def test_steps_are_separate_transactions(v1_copy, monkeypatch):
    # Step 2 succeeds, step 3 fails: the file stays at format 2 with step 2's change.
    def step_3(db) -> None:
        db.execute_sql("UPDATE activity SET topic = ''")
        raise RuntimeError("bug in step 3")

    monkeypatch.setattr(ledger_module, "SCHEMA_VERSION", 3)
    monkeypatch.setitem(ledger_module.MIGRATIONS, 2, _add_nickname)
    monkeypatch.setitem(ledger_module.MIGRATIONS, 3, step_3)
    with pytest.raises(LedgerError) as info:
        open_ledger(v1_copy)
    assert "format 2" in str(info.value)
    assert raw(v1_copy, "PRAGMA user_version") == [(2,)]
    assert raw(v1_copy, "SELECT count(*) FROM person WHERE nickname != ''") == [(len(v1.PEOPLE),)]
    assert sorted(t for (t,) in raw(v1_copy, "SELECT topic FROM activity")) == sorted(
        a[2] for a in v1.ACTIVITIES
    )
