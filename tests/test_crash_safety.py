"""SIGKILL during saves (issues 2 and 6): nothing committed is lost, nothing is half-saved.

A child process (tests/crash_child.py) saves activities with attendance through
`models.services.save_activity` in a loop and reports each one after the save returned; the
test kills it at random moments, 20 rounds on the same ledger, and after each kill reopens the
ledger (rolling back a hot journal) and checks every activity in it.
"""

from __future__ import annotations

import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from models import services
from models.check import check_ledger
from models.file.ledger import open_ledger
from tests.conftest import ROOT

ROUNDS = 20
SEED = 20261127
CHILD = ROOT / "tests" / "crash_child.py"
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
TOPIC = re.compile(r"^crash r(\d+) n(\d+) a(\d+) k(\d+)$")


def make_ledger(path: Path) -> None:
    with open_ledger(path, create=True):
        services.save_branch(services.BranchInput(name="崩溃测试党支部"))
        for i in range(20):
            services.save_person(
                services.PersonInput(name=f"党员{i:02d}", on_roster_since="2025-01-01")
            )


def read_reports(text: str) -> dict[str, tuple[int, int]]:
    """uuid -> (attendance, kinds) for every complete line the child printed."""
    reports = {}
    for line in text.splitlines(keepends=True):
        parts = line.split()
        if line.endswith("\n") and len(parts) == 3:
            reports[parts[0]] = (int(parts[1]), int(parts[2]))
    return reports


def saved_activities(db) -> dict[str, dict[str, object]]:
    """Every live activity with its live kinds and attendance, straight from the tables."""
    activities: dict[str, dict[str, object]] = {}
    for uuid, topic, primary in db.execute_sql(
        "SELECT uuid, topic, primary_kind FROM activity WHERE deleted_at IS NULL"
    ).fetchall():
        activities[uuid] = {"topic": topic, "primary": primary, "kinds": [], "attendance": 0}
    for uuid, kind in db.execute_sql(
        "SELECT ac.uuid, k.kind FROM activity_kind k JOIN activity ac ON ac.id = k.activity_id"
        " WHERE k.deleted_at IS NULL ORDER BY k.position"
    ).fetchall():
        activities[uuid]["kinds"].append(kind)
    for uuid, count in db.execute_sql(
        "SELECT ac.uuid, count(*) FROM attendance a JOIN activity ac ON ac.id = a.activity_id"
        " WHERE a.deleted_at IS NULL GROUP BY ac.uuid"
    ).fetchall():
        activities[uuid]["attendance"] = count
    audited = {
        r[0]
        for r in db.execute_sql("SELECT row_uuid FROM audit_entry WHERE table_name = 'activity'")
    }
    for uuid, found in activities.items():
        found["audited"] = uuid in audited
    return activities


def test_sigkill_during_saves_loses_nothing(tmp_path):
    path = tmp_path / "crash.ledger"
    journal = path.with_name(path.name + "-journal")
    make_ledger(path)
    rng = random.Random(SEED)
    reported: dict[str, tuple[int, int]] = {}
    hot_journals = stale_journals = 0
    for round_no in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(path), str(round_no)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        ready = child.stdout.readline()
        assert ready == "ready\n", child.stderr.read()
        time.sleep(rng.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert child.returncode == -signal.SIGKILL, child.stderr.read()
        this_round = read_reports(child.stdout.read())
        reported.update(this_round)
        # A journal whose header is still zeroed (or empty) is not hot: the database file had
        # not been touched yet. A valid header means half-written pages to roll back.
        hot = journal.exists() and journal.read_bytes()[:8] == JOURNAL_MAGIC
        hot_journals += hot
        stale_journals += journal.exists() and not hot

        with open_ledger(path) as led:  # takes the lock the dead child held; rolls back
            found = saved_activities(led.db)
            problems = check_ledger(led)
        assert not journal.exists() or journal.read_bytes()[:8] != JOURNAL_MAGIC

        # Nothing committed is lost: every reported activity is there with all its rows.
        for uuid, (attendance, kinds) in reported.items():
            assert uuid in found, f"round {round_no}: a committed activity was lost"
            assert found[uuid]["attendance"] == attendance
            assert len(found[uuid]["kinds"]) == kinds
        # Nothing is half-saved: every activity in the file is complete, whether or not the
        # child lived to report it (its topic says what it should contain).
        for activity in found.values():
            match = TOPIC.match(activity["topic"])
            assert match, activity
            _r, _n, attendance, kinds = map(int, match.groups())
            assert activity["attendance"] == attendance, f"half-saved attendance: {activity}"
            assert len(activity["kinds"]) == kinds, f"half-saved kinds: {activity}"
            assert activity["primary"] == activity["kinds"][0]
            assert activity["audited"], "the audit entry is written in the same transaction"
        # At most the one save that committed just before the kill went unreported.
        saved_this_round = {
            u for u, a in found.items() if TOPIC.match(a["topic"]).group(1) == str(round_no)
        }
        assert len(saved_this_round - set(this_round)) <= 1
        assert problems == []
        con = sqlite3.connect(path)
        try:
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            con.close()

    print(
        f"\ncrash safety: {ROUNDS} rounds, {len(reported)} reported saves, "
        f"{len(found)} activities in the ledger, {hot_journals} hot journals rolled back, "
        f"{stale_journals} journals not yet hot, "
        "0 lost, 0 half-saved"
    )
    assert reported, "the child must have saved something, or the test proves nothing"
