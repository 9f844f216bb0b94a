"""Automatic backups: retention with a fake clock, checking, restoring, refusing bad copies."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import sqlite3
from pathlib import Path

import pytest

from models.errors import LedgerError, LedgerInUseError
from models.file import backup
from models.file.backup import (
    backup_dir,
    backup_now,
    backup_on_close,
    backup_on_open,
    list_backups,
    restore_backup,
    select_kept,
)
from models.file.ledger import open_ledger
from models.file.schema import Activity
from models.services import ActivityInput, BranchInput, save_activity, save_branch

UTC = dt.UTC
START = dt.datetime(2026, 1, 1, 9, 0, tzinfo=UTC)


def dump_hash(path: Path) -> str:
    """The ledger's whole content as SQL text, hashed (equal dumps: equal content)."""
    con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        text = "\n".join(con.iterdump())
    finally:
        con.close()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def expected_kept(
    times: dict[str, dt.datetime], now: dt.datetime, daily=7, weekly=4, monthly=12
) -> set[str]:
    """The retention rules computed another way: every backup of the week before `now`, the
    newest ten, then group by period and take the newest periods."""
    kept = {k for k, t in times.items() if now - t <= dt.timedelta(days=7)}
    kept |= set(sorted(times, key=times.get, reverse=True)[:10])
    for count, period in (
        (daily, lambda t: (t.year, t.month, t.day)),
        (weekly, lambda t: (t.isocalendar().year, t.isocalendar().week)),
        (monthly, lambda t: (t.year, t.month)),
    ):
        groups: dict[tuple, list[str]] = {}
        for key, when in times.items():
            groups.setdefault(period(when), []).append(key)
        for p in sorted(groups, reverse=True)[:count]:
            kept.add(max(groups[p], key=lambda k: times[k]))
    return kept


def year_of_times(seed: int) -> dict[str, dt.datetime]:
    """One backup a day for a year, some days two or three, at varying hours."""
    rng = random.Random(seed)
    times = {}
    for day in range(365):
        for n in range(rng.choice([1, 1, 1, 2, 3])):
            when = START + dt.timedelta(days=day, hours=rng.randint(0, 12), minutes=n * 17)
            times[f"b{day}-{n}"] = when
    return times


@pytest.mark.parametrize("seed", range(5))
def test_select_kept_over_a_year(seed):
    times = year_of_times(seed)
    now = max(times.values()) + dt.timedelta(minutes=1)
    kept = select_kept(times.items(), now)
    assert kept == expected_kept(times, now)
    newest = max(times, key=times.get)
    assert newest in kept
    # Every backup of the last week is kept, each session's, not only the last of each day.
    last_week = {k for k, t in times.items() if now - t <= dt.timedelta(days=7)}
    assert last_week <= kept and len(last_week) > 7
    days = {t.date() for t in times.values()}
    assert len(days) == 365


def test_select_kept_after_a_long_gap_keeps_the_last_backups():
    times = {f"b{i}": START + dt.timedelta(days=i) for i in range(30)}
    now = START + dt.timedelta(days=400)  # the ledger was not opened for a year
    kept = select_kept(times.items(), now)
    assert kept == expected_kept(times, now)
    # Nothing is in the last week, yet the ten newest are all there.
    assert {f"b{i}" for i in range(20, 30)} <= kept


def test_select_kept_never_deletes_backups_dated_in_the_future():
    times = {f"b{i}": START + dt.timedelta(days=i) for i in range(60)}
    now = START + dt.timedelta(days=20)  # the clock was set back
    kept = select_kept(times.items(), now)
    future = {k for k, t in times.items() if t > now}
    past = {k: t for k, t in times.items() if t <= now}
    assert kept == future | expected_kept(past, now)
    assert select_kept([], now) == set()


def make_ledger(path: Path):
    led = open_ledger(path, create=True)
    save_branch(BranchInput(name="实验小学党支部"))
    return led


def add_activity(n: int) -> str:
    return save_activity(
        ActivityInput(
            kinds=["collective_study"],
            date=f"2026-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
            start_time="14:00",
            end_time="15:30",
            topic=f"第{n}次集中学习",
            minutes="学习记录" * (n % 50),
        )
    )


def test_rotation_over_a_year_keeps_the_intended_set_and_each_restores_exactly(tmp_path):
    ledger_path = tmp_path / "branch.ledger"
    root = tmp_path / "backups"
    plan = year_of_times(11)  # one backup a day for a year, some days two or three
    # Known before anything runs, computed without select_kept: which backups must survive.
    last = max(plan.values())
    survivors = expected_kept({k: t.astimezone() for k, t in plan.items()}, last)
    made: dict[str, str] = {}  # planned key -> backup file name
    content: dict[str, str] = {}  # backup file name -> dump of the ledger when it was made
    led = make_ledger(ledger_path)
    try:
        branch_id = led.db.execute_sql("SELECT id FROM branch").fetchone()[0]
        # Durability of these inserts is not what this test is about; 580 fsyncs would be.
        led.db.execute_sql("PRAGMA synchronous = OFF")
        for n, (key, when) in enumerate(sorted(plan.items(), key=lambda kt: kt[1])):
            # Every backup holds an activity the one before did not (one INSERT keeps it fast).
            Activity.create(
                branch=branch_id, primary_kind="other", date=when.date(), topic=f"第{n}次"
            )
            info = backup_now(ledger_path, now=when, root=root)
            made[key] = info.path.name
            if key in survivors:
                content[info.path.name] = dump_hash(ledger_path)
    finally:
        led.close()
    folder = backup_dir(ledger_path, root)
    left = {p.name for p in folder.iterdir()}
    assert left == {made[k] for k in survivors}
    assert {b.path.name for b in list_backups(ledger_path, root, last)} == left
    assert len(plan) > 365 and len(left) == len(survivors) >= 20
    scratch = tmp_path / "scratch.ledger"
    for info in list_backups(ledger_path, root, last):
        restore_backup(info, scratch)
        assert dump_hash(scratch) == content[info.path.name]
    # Losses: zero — the newest backup holds every activity ever saved.
    newest = list_backups(ledger_path, root, last)[0]
    assert newest.activities == len(plan)
    print(
        f"rotation: {len(plan)} backups over 365 days, {len(left)} kept, "
        f"{len(content)} restored and equal to their dump"
    )


def test_list_backups_counts_match_the_ledger(tmp_path):
    ledger_path = tmp_path / "branch.ledger"
    root = tmp_path / "b"
    with make_ledger(ledger_path):
        for n in range(5):
            add_activity(n)
        backup_now(ledger_path, now=START, root=root)
    con = sqlite3.connect(ledger_path)
    acts = con.execute("SELECT count(*) FROM activity WHERE deleted_at IS NULL").fetchone()[0]
    ppl = con.execute("SELECT count(*) FROM person WHERE deleted_at IS NULL").fetchone()[0]
    con.close()
    (info,) = list_backups(ledger_path, root)
    assert (info.activities, info.people) == (acts, ppl) == (5, 0)
    assert info.size == info.path.stat().st_size and info.time == START


def test_backup_on_open_only_when_the_newest_is_a_day_old(tmp_path):
    ledger_path = tmp_path / "branch.ledger"
    root = tmp_path / "b"
    make_ledger(ledger_path).close()
    assert backup_on_open(ledger_path, now=START, root=root) is not None
    assert backup_on_open(ledger_path, now=START + dt.timedelta(hours=23), root=root) is None
    assert len(list_backups(ledger_path, root)) == 1
    later = backup_on_open(ledger_path, now=START + dt.timedelta(hours=24), root=root)
    assert later is not None and len(list_backups(ledger_path, root)) == 2
    closing = backup_on_close(ledger_path, now=START + dt.timedelta(hours=25), root=root)
    # Same day as the one before: both are kept (the week's sessions are all kept).
    names = [b.path for b in list_backups(ledger_path, root)]
    assert closing.path in names and later.path in names


def test_backup_folder_is_per_ledger_and_under_user_data(tmp_path, monkeypatch):
    import platformdirs

    monkeypatch.delenv(backup.BACKUP_ROOT_ENV, raising=False)
    user_data = Path(platformdirs.user_data_dir("BranchLedger", appauthor=False))
    assert backup.default_root() == user_data / "backups"
    monkeypatch.setenv(backup.BACKUP_ROOT_ENV, str(tmp_path / "portable"))
    assert backup.default_root() == tmp_path / "portable"
    a = backup_dir(tmp_path / "x" / "branch.ledger")
    b = backup_dir(tmp_path / "y" / "branch.ledger")
    assert a != b and a.parent == b.parent == backup.default_root()
    assert a.name.startswith("branch-")


def test_restore_keeps_the_replaced_file_and_its_journal_aside(tmp_path):
    ledger_path = tmp_path / "branch.ledger"
    root = tmp_path / "b"
    with make_ledger(ledger_path):
        add_activity(1)
        info = backup_now(ledger_path, now=START, root=root)
        add_activity(2)
    before = ledger_path.read_bytes()
    journal = ledger_path.with_name(ledger_path.name + "-journal")
    journal.write_bytes(b"journal of an interrupted save")
    aside = restore_backup(info, ledger_path, now=START)
    assert aside is not None and aside.read_bytes() == before
    assert aside.name.startswith("branch.replaced-") and aside.suffix == ".ledger"
    assert not journal.exists()
    assert (
        aside.with_name(aside.name + "-journal").read_bytes() == b"journal of an interrupted save"
    )
    assert dump_hash(ledger_path) == dump_hash(info.path)
    with open_ledger(ledger_path) as led:
        assert led.db.execute_sql("SELECT count(*) FROM activity").fetchone()[0] == 1
    assert not list(tmp_path.glob("*.restoring"))


def test_restore_refuses_while_the_ledger_is_open(tmp_path):
    ledger_path = tmp_path / "branch.ledger"
    root = tmp_path / "b"
    with make_ledger(ledger_path):
        info = backup_now(ledger_path, now=START, root=root)
        add_activity(1)
        before = hashlib.sha256(ledger_path.read_bytes()).hexdigest()
        with pytest.raises(LedgerInUseError):
            restore_backup(info, ledger_path)
        assert hashlib.sha256(ledger_path.read_bytes()).hexdigest() == before
    assert list(tmp_path.glob("*.replaced-*")) == []


def test_a_copy_that_does_not_check_out_is_dropped_and_older_backups_kept(tmp_path, monkeypatch):
    ledger_path = tmp_path / "branch.ledger"
    root = tmp_path / "b"
    make_ledger(ledger_path).close()
    good = backup_now(ledger_path, now=START, root=root)

    def broken_copy(source: Path, target: Path) -> None:
        target.write_bytes(source.read_bytes()[:5000])  # e.g. a USB stick pulled mid-copy

    monkeypatch.setattr(backup, "backup_file", broken_copy)
    with pytest.raises(LedgerError, match="did not check out"):
        backup_now(ledger_path, now=START + dt.timedelta(days=1), root=root)
    assert [b.path for b in list_backups(ledger_path, root)] == [good.path]


def test_disk_full_while_backing_up_keeps_the_existing_set(tmp_path, monkeypatch):
    ledger_path = tmp_path / "branch.ledger"
    root = tmp_path / "b"
    make_ledger(ledger_path).close()
    first = backup_now(ledger_path, now=START, root=root)
    before = hashlib.sha256(first.path.read_bytes()).hexdigest()

    def full(source: Path, target: Path) -> None:
        target.with_name(target.name + ".part").write_bytes(b"half")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "backup_file", full)
    with pytest.raises(LedgerError, match="disk may be full"):
        backup_now(ledger_path, now=START + dt.timedelta(days=1), root=root)
    folder = backup_dir(ledger_path, root)
    assert [p.name for p in folder.iterdir()] == [first.path.name]
    assert hashlib.sha256(first.path.read_bytes()).hexdigest() == before


def test_a_backup_taken_during_a_save_holds_only_what_was_committed(tmp_path):
    ledger_path = tmp_path / "branch.ledger"
    root = tmp_path / "b"
    with make_ledger(ledger_path) as led:
        add_activity(1)
        committed = dump_hash(ledger_path)
        with led.db.atomic() as txn:
            add_activity(2)  # not committed yet when the backup runs
            info = backup_now(ledger_path, now=START, root=root)
            txn.rollback()
    assert dump_hash(info.path) == committed
    assert info.activities == 1


def test_backups_started_together_do_not_trip_over_each_other(tmp_path):
    """Closing the app right after opening it: the background backup on opening and the one on
    closing run at the same moment; both must succeed and leave checked backups."""
    import threading

    from models.file.backup import backup_now, list_backups

    path = tmp_path / "branch.ledger"
    open_ledger(path, create=True).close()
    root = tmp_path / "backups"
    errors: list[BaseException] = []

    def run() -> None:
        try:
            backup_now(path, root=root)
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert list_backups(path, root)
    assert all(b.readable for b in list_backups(path, root))


def index_out_of_step(path: Path) -> None:
    """Damage that SQLite's quick_check does not see and integrity_check does: an index whose
    entries no longer match its table (as after a bad sector in an index page)."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA writable_schema = ON")
    con.execute(
        'UPDATE sqlite_master SET sql = \'CREATE UNIQUE INDEX "activity_uuid" ON "activity"'
        " (\"topic\")' WHERE name = 'activity_uuid'"
    )
    con.commit()
    con.close()
    con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    finally:
        con.close()


def test_a_backup_that_fails_the_full_check_is_never_offered_nor_restored(tmp_path):
    ledger_path = tmp_path / "branch.ledger"
    root = tmp_path / "b"
    with make_ledger(ledger_path):
        add_activity(1)
        good = backup_now(ledger_path, now=START, root=root)
        add_activity(2)
        decayed = backup_now(ledger_path, now=START + dt.timedelta(hours=2), root=root)
    index_out_of_step(decayed.path)
    assert backup.verify_backup(decayed) and not backup.verify_backup(good)
    offered = backup.newest_good_backup(ledger_path, root, now=START + dt.timedelta(hours=3))
    assert offered is not None and offered.path == good.path
    before = hashlib.sha256(ledger_path.read_bytes()).hexdigest()
    with pytest.raises(LedgerError, match="damaged"):
        restore_backup(decayed, ledger_path)
    assert hashlib.sha256(ledger_path.read_bytes()).hexdigest() == before


def test_a_mistake_made_this_morning_can_be_undone_this_afternoon(tmp_path):
    """Sessions of one day: opened at 8, closed at 9; opened at 10, a meeting deleted by
    mistake, closed at 10:30; in the afternoon the 9 o'clock state is still there."""
    ledger_path = tmp_path / "branch.ledger"
    root = tmp_path / "b"
    day = dt.datetime(2026, 3, 10, tzinfo=UTC)
    with make_ledger(ledger_path):
        for n in range(3):
            add_activity(n)
    backup_on_close(ledger_path, now=day - dt.timedelta(hours=7), root=root)  # yesterday
    uuids = []
    with open_ledger(ledger_path):
        backup_on_open(ledger_path, now=day + dt.timedelta(hours=8), root=root)
        uuids.append(add_activity(7))
    backup_on_close(ledger_path, now=day + dt.timedelta(hours=9), root=root)
    with open_ledger(ledger_path) as led:
        backup_on_open(ledger_path, now=day + dt.timedelta(hours=10), root=root)
        led.db.execute_sql("UPDATE activity SET deleted_at = '2026-03-10T02:10:00Z'")
    backup_on_close(ledger_path, now=day + dt.timedelta(hours=10, minutes=30), root=root)
    afternoon = day + dt.timedelta(hours=14)
    held = [b.activities for b in list_backups(ledger_path, root, afternoon)]
    assert held[0] == 0  # the newest holds the mistake
    assert 4 in held  # the morning's work before the mistake can be restored
    morning = next(b for b in list_backups(ledger_path, root, afternoon) if b.activities == 4)
    restore_backup(morning, ledger_path, now=afternoon)
    con = sqlite3.connect(ledger_path)
    live = con.execute("SELECT uuid FROM activity WHERE deleted_at IS NULL").fetchall()
    con.close()
    assert len(live) == 4 and (uuids[0],) in live


def test_at_least_the_last_ten_backups_are_kept_whatever_their_age(tmp_path):
    ledger_path = tmp_path / "branch.ledger"
    root = tmp_path / "b"
    make_ledger(ledger_path).close()
    # Twelve sessions on one day, then nothing for two months.
    made = [
        backup_now(ledger_path, now=START + dt.timedelta(minutes=10 * i), root=root).path
        for i in range(12)
    ]
    later = START + dt.timedelta(days=60)
    backup.rotate(backup_dir(ledger_path, root), later)
    left = {b.path for b in list_backups(ledger_path, root, later)}
    assert set(made[-10:]) <= left


def test_a_backup_dated_in_the_future_neither_outranks_newer_ones_nor_stops_daily_backups(
    tmp_path,
):
    ledger_path = tmp_path / "branch.ledger"
    root = tmp_path / "b"
    with make_ledger(ledger_path):
        add_activity(1)
    # Made while the computer's clock said next year.
    wrong = backup_now(ledger_path, now=START + dt.timedelta(days=365), root=root)
    with open_ledger(ledger_path):
        add_activity(2)
    # The clock is right again: the daily backup on opening still happens, day after day.
    first = backup_on_open(ledger_path, now=START, root=root)
    assert first is not None
    with open_ledger(ledger_path):
        add_activity(3)
    second = backup_on_open(ledger_path, now=START + dt.timedelta(days=1), root=root)
    assert second is not None
    now = START + dt.timedelta(days=1, hours=1)
    listed = list_backups(ledger_path, root, now)
    assert [b.path for b in listed] == [second.path, first.path, wrong.path]
    assert listed[-1].future and not listed[0].future
    assert backup.newest_good_backup(ledger_path, root, now).path == second.path
    assert list_backups(ledger_path, root, now)[0].activities == 3
